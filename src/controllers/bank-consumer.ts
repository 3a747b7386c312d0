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
 * Subscribes `host` to the bank of the provider around it (`callback` hears each new state) once
 * that can answer, and says what it waits for until then: a provider that has not upgraded yet,
 * or the provider's code of a runner, its nearest, which loads it when asked (again, after a
 * failure). Asked only then, no provider further up (a <quiz-bank> around the runner) answers instead.
 */
export function consumeBank(
  host: ReactiveControllerHost & HTMLElement,
  providers: Element[],
  callback: (state: BankState) => void,
): Wait | undefined {
  const late = providers.find((p) => !p.matches(':defined'));
  if (late) return { key: `waiting:${late.localName}`, until: customElements.whenDefined(late.localName) };
  const coming = (providers[0] as LateProvider)[PROVIDER_TO_COME]?.();
  if (coming) return { key: 'waiting:provider', until: coming };
  if (subscribed.has(host)) return undefined;
  subscribed.add(host);
  // Before the consumer asks: a provider that announces itself later still answers it then.
  watchForLateProviders(host.ownerDocument);
  new ContextConsumer(host, { context: bankContext, subscribe: true, callback });
  return undefined;
}
