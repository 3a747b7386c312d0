// What hands a bank on to the elements inside an element (a @lit/context provider): a <quiz-bank>
// has it from the start; a <quiz-runner> loads it when an element in its light DOM first asks.

import { ContextProvider } from '@lit/context';
import { bankContext, type BankState } from '../context.js';
import { consumeBank } from './bank-consumer.js';
import { BankController, useConsumer, type BankHost } from './bank-controller.js';

// The elements inside a provider ask it for its bank: with the provider's code comes the means.
useConsumer(consumeBank);

/**
 * Gives `host` a BankController for its own bank (returned; `onChange` hears each new state)
 * and provides that bank to the elements inside it.
 */
export function provideBank(host: BankHost, onChange?: (state: BankState) => void): BankController {
  // The provider first: it answers the elements inside as soon as the host connects, before the
  // host's own request for a bank goes out (BankController's consumer).
  const context = new ContextProvider(host, { context: bankContext, initialValue: { status: 'loading' } });
  return new BankController(host, (state) => {
    context.setValue(state);
    onChange?.(state);
  });
}

/**
 * Provides `bank()` (as each update of `host` finds it) to the elements inside `host` from now
 * on: a runner, whose run keeps the bank it started on whatever happens to its own meanwhile.
 */
export function provideTo(host: BankHost, bank: () => BankState): void {
  const context = new ContextProvider(host, { context: bankContext, initialValue: bank() });
  // The pinned bank may come or go with any update (a run starts or ends).
  host.addController({ hostUpdate: () => context.setValue(bank()) });
}
