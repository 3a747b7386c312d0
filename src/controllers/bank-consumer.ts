// Asks the <quiz-bank> or <quiz-runner> around an element for its bank (a @lit/context consumer).
// Loaded on demand, with the provider's code in the CDN build: an element that no provider
// encloses, such as a card in a blog post, never needs it.

import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { bankContext, watchForLateProviders, type BankState } from '../context.js';
import { PROVIDER_TO_COME, type LateProvider, type Wait } from './bank-controller.js';

/** The elements subscribed already: asking again (after a Retry) does not subscribe twice. */
const subscribed = new WeakSet<Element>();

/**
 * Subscribes `host` to the bank of the provider around it (`callback` hears each new state), and
 * says what it still has to wait for before that bank comes: a provider that has not upgraded yet
 * (the page's ContextRoot then hands it the request), or the provider's code of a runner, its
 * nearest, which loads it when asked (just now, by the request; again, after a failure).
 */
export function consumeBank(
  host: ReactiveControllerHost & HTMLElement,
  providers: Element[],
  callback: (state: BankState) => void,
): Wait | undefined {
  if (!subscribed.has(host)) {
    subscribed.add(host);
    // Before the consumer asks: a provider that upgrades later then still answers it.
    watchForLateProviders(host.ownerDocument);
    new ContextConsumer(host, { context: bankContext, subscribe: true, callback });
  }
  const late = providers.find((p) => !p.matches(':defined'));
  if (late) return { key: `waiting:${late.localName}`, until: customElements.whenDefined(late.localName) };
  const coming = (providers[0] as LateProvider)[PROVIDER_TO_COME]?.();
  return coming && { key: 'waiting:provider', until: coming };
}
