// A <quiz-runner>'s bank for the quizkit elements in its light DOM (a <quiz-topic-picker> inside
// it): the provider's code (bank-provider.ts, with @lit/context) loads only once one of them asks.
// The cards the runner renders are handed their bank (HANDED) and never ask.

import type { BankState } from '../context.js';
import { loadChunk } from '../internal/lazy.js';
import { PROVIDER_TO_COME, type BankHost, type LateProvider } from './bank-controller.js';

/**
 * Provides `bank()` to the elements inside `host` once one asks for it through PROVIDER_TO_COME
 * (the consumer does, before it asks by context): the provider's code loads then, or again
 * after a failure, which the element that asked shows.
 */
export function provideOnRequest(host: BankHost & LateProvider, bank: () => BankState): void {
  let loading: Promise<void> | undefined;
  let providing = false;
  host[PROVIDER_TO_COME] = () =>
    providing
      ? undefined
      : (loading ??= loadChunk('bank provider', host.loadTimeout).then(
          ({ provideTo }) => {
            providing = true;
            provideTo(host, bank);
          },
          (e: Error) => {
            loading = undefined;
            throw e;
          },
        ));
}
