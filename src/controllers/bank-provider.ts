// A bank for an element that also hands one to the elements inside it (<quiz-bank>, <quiz-runner>):
// a BankController resolves the element's own bank and a context provider passes it on.

import { ContextProvider } from '@lit/context';
import { bankContext, type BankState } from '../context.js';
import { consumeBank } from './bank-consumer.js';
import { BankController, useConsumer, type BankHost } from './bank-controller.js';

// The elements inside a provider ask it for its bank: with the provider's code comes the means.
useConsumer(consumeBank);

/**
 * Gives `host` a BankController for its own bank (returned; `onChange` hears each new state)
 * and provides that bank to the elements inside it; or, while `pinned` returns one, that bank
 * instead: a runner keeps giving its question cards the bank its run started on, whatever
 * happens to its own bank meanwhile.
 */
export function provideBank(host: BankHost, onChange?: (state: BankState) => void, pinned?: () => BankState | undefined): BankController {
  // The provider first: it answers the elements inside as soon as the host connects, before the
  // host's own request for a bank goes out (BankController's consumer).
  const context = new ContextProvider(host, { context: bankContext, initialValue: { status: 'loading' } });
  const provide = (): void => context.setValue(pinned?.() ?? bank.state);
  const bank = new BankController(host, (state) => {
    provide();
    onChange?.(state);
  });
  // The pinned bank may come or go with any update (a run starts or ends).
  host.addController({ hostUpdate: provide });
  return bank;
}
