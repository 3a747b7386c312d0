// A <quiz-runner>'s bank for the quizkit elements in its light DOM (a <quiz-topic-picker> inside
// it): the provider's code (bank-provider.ts, with @lit/context) loads only once one of them asks.
// The cards the runner renders are handed their bank (HANDED) and never ask.

import type { BankState } from '../context.js';
import { loadChunk } from '../internal/lazy.js';
import { BANK_CONTEXT, PROVIDER_TO_COME, type BankHost, type LateProvider } from './bank-controller.js';
import type { HeldRequest } from './bank-provider.js';

/** The elements that may ask a runner for its bank. */
const QUIZKIT = 'quiz-question-card,quiz-topic-picker,quiz-runner,quiz-bank';

/**
 * Provides `bank()` to the elements inside `host` once one asks for it. Until the provider's code
 * has come, their requests are held here (not answered by a provider further up, such as a
 * <quiz-bank> around the runner) and asked again once it is here. The element that asked waits
 * for it through PROVIDER_TO_COME and says so if it fails; asking again loads it again. Elements
 * in the runner before it upgraded asked nobody (or the <quiz-bank> around it): it loads the
 * provider as it connects, and the page's ContextRoot (or that <quiz-bank>) asks it again.
 */
export function provideOnRequest(host: BankHost & LateProvider, bank: () => BankState): void {
  /** The requests held, by callback: one per consumer, however often it asks. */
  const held = new Map<unknown, HeldRequest>();
  let loading: Promise<void> | undefined;
  let providing = false;
  const load = (): Promise<void> =>
    (loading ??= loadChunk('bank provider', host.loadTimeout).then(
      ({ provideTo }) => {
        providing = true;
        provideTo(host, bank, held.values());
        held.clear();
      },
      (e: Error) => {
        loading = undefined;
        throw e;
      },
    ));
  // A failure reaches the elements that asked, which wait on PROVIDER_TO_COME.
  const ask = (): void => void load().catch(() => {});
  host[PROVIDER_TO_COME] = () => (providing ? undefined : load());
  host.addController({ hostConnected: () => !providing && host.querySelector(QUIZKIT) && ask() });
  host.addEventListener('context-request', (e) => {
    // Once the provider is here it answers; the runner's own request (inside a <quiz-bank>) goes on up.
    if (providing || e.context !== (BANK_CONTEXT as unknown) || e.contextTarget === host) return;
    e.stopPropagation();
    held.set(e.callback, e);
    ask();
  });
}
