// Asks the <quiz-bank> or <quiz-runner> around an element for its bank (a @lit/context consumer).
// Loaded on demand, with the provider's code in the CDN build: an element that no provider
// encloses, such as a card in a blog post, never needs it.

import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { bankContext, watchForLateProviders, type BankState } from '../context.js';

/** Subscribes `host` to the bank of the provider around it; `callback` hears each new state. */
export function consumeBank(host: ReactiveControllerHost & HTMLElement, callback: (state: BankState) => void): void {
  // Before the consumer asks: a provider that upgrades later then still answers it.
  watchForLateProviders(host.ownerDocument);
  new ContextConsumer(host, { context: bankContext, subscribe: true, callback });
}
