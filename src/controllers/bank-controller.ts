// Resolves the bank an element uses — its `src`, an enclosing <quiz-bank>, an inline
// <script> child (JSON, Markdown or GIFT), or the bundled bank — and reports failures.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BankState } from '../context.js';
import { loadBundledIndex, loadBundledQuestion, type OneQuestion } from '../data/bundled.js';
import { dropFetch, fetchAhead } from '../data/fetch-ahead.js';
import { loadChunk, type ChunkModule } from '../internal/lazy.js';
import { openProgress, progressFor } from '../internal/progress.js';
import type { ProgressStorage } from '../data/progress-storage.js';
import type { BankResult } from '../data/types.js';
import { fire } from '../events.js';

/** An element that uses a bank: its `src` and `load-timeout` say where from and how long to wait. */
export type BankHost = ReactiveControllerHost &
  HTMLElement & {
    src?: string | undefined;
    loadTimeout?: number | undefined;
    progressStorage?: ProgressStorage | undefined;
  };

/** The inline bank scripts an element reads, by their `type`. */
const INLINE_BANK = ':scope>script:is([type="application/json"],[type="text/markdown"],[type="text/gift"])';

/** The bank loader (load.ts, a lazy chunk with the parser), once it has come. */
let loader: ChunkModule<'bank loader'> | undefined;

/**
 * Loads a bank of the element's own, from `src` or an inline script. Until the loader has come,
 * the fetch of `src` starts alongside it, not after it: the loader takes that fetch over.
 */
function loadOwnBank(from: string | HTMLScriptElement, timeout: number | undefined): Promise<BankResult> {
  if (loader) return loader.loadBank(from, { timeout, validateOnUse: true });
  let url: string | undefined;
  try {
    // Resolved as the loader resolves it, so that it takes this fetch over.
    url = typeof from === 'string' ? new URL(from, document.baseURI).href : undefined;
  } catch {
    // Not a URL: the loader says so.
  }
  if (url) fetchAhead(url);
  const source = url ?? (typeof from === 'string' ? from : 'an inline <script>');
  return loadChunk('bank loader', timeout)
    .then(
      (module) => (loader = module).loadBank(from, { timeout, validateOnUse: true }),
      (e: Error): BankResult => ({
        ok: false,
        error: { message: `Could not load the question bank from ${source}: ${e.message}`, source },
      }),
    )
    .finally(() => {
      if (url) dropFetch(url);
    });
}

/** The elements that provide a bank to the elements inside them. */
const PROVIDERS = new Set(['quiz-bank', 'quiz-runner']);

// Global symbols rather than module state, so that two copies of the kit on one page (a card of
// one in a runner of the other) understand each other, as they do through the context key.
/**
 * Hands an element its bank as a provider would, without context: a runner gives the cards it
 * renders the bank of its run so. Not public API: `card[HANDED]?.(state)`.
 */
export const HANDED = Symbol.for('quizkit.handBank');
/**
 * On a provider whose code loads when first asked (a runner): loads it (again, after a failure),
 * resolving once it provides; undefined once it does.
 */
export const PROVIDER_TO_COME = Symbol.for('quizkit.providerToCome');

/** A provider whose context provider comes on demand (see PROVIDER_TO_COME). */
export type LateProvider = Element & { [PROVIDER_TO_COME]?: () => Promise<void> | undefined };

/** The parent in the composed tree: a shadow root's host stands for the root. */
function parentOf(node: Node): Node | null {
  const parent = node.parentNode;
  return parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : parent;
}

/** The providers around `el` in the composed tree (a card in a runner's shadow root has one), nearest first. */
function providersAround(el: Element): Element[] {
  const found: Element[] = [];
  for (let node = parentOf(el); node; node = parentOf(node)) {
    if (node instanceof Element && PROVIDERS.has(node.localName)) found.push(node);
  }
  return found;
}

type ConsumeBank = ChunkModule<'bank context'>['consumeBank'];

/** The context consumer (bank-consumer.ts, a lazy chunk), once it is here. */
let consumer: ConsumeBank | undefined;
/** Its chunk on its way, for every element that waits for it; unset again if it fails (Retry loads it again). */
let consumerToCome: Promise<void> | undefined;

/**
 * Hands over the context consumer as a provider's code loads (bank-provider.ts), so that the
 * elements inside a defined provider ask it for its bank at once, not a chunk load later.
 */
export function useConsumer(consume: ConsumeBank): void {
  consumer ??= consume;
}

/** What an element waits for before it decides on its bank: `key` names it, `until` ends it. */
export interface Wait {
  key: string;
  until: Promise<unknown>;
}

export class BankController implements ReactiveController {
  /** What the host renders from. */
  state: BankState = { status: 'loading' };

  readonly #host: BankHost;
  #provided: BankState | undefined;
  /** The host's `progressStorage` that the current state's store was opened on. */
  #storage: ProgressStorage | undefined;
  /** Identifies the current load, so a slow earlier load cannot overwrite a newer one. */
  #key: string | undefined;
  readonly #onChange: (state: BankState) => void;
  readonly #watchProgress: boolean;
  readonly #question: (() => OneQuestion) | undefined;
  #unwatch: (() => void) | undefined;
  /** What failed of what the host waited for from a provider around it (the context code, a runner's provider), until retry(). */
  #failed: Error | undefined;
  /** The providers around the host, found once per connection: its ancestors change only by moving it. */
  #around: Element[] | undefined;
  /** Set by retry(): focus follows the load, so that it is not lost with the Retry button. */
  #refocus = false;

  /**
   * @param onChange called with each new state
   * @param watchProgress re-render the host whenever the learner's progress changes
   * @param question the one question the host shows, if it shows one (whether with its answer
   *   parts, and the bundled bank's ids): from the bundled bank it then loads that question alone,
   *   not the bank's index
   */
  constructor(host: BankHost, onChange: (state: BankState) => void = () => {}, watchProgress = false, question?: () => OneQuestion) {
    this.#host = host;
    this.#onChange = onChange;
    this.#watchProgress = watchProgress;
    this.#question = question;
    host.addController(this);
    (host as BankHost & { [HANDED]?: (state: BankState) => void })[HANDED] = this.#take;
  }

  /** Whether the state comes from an enclosing provider, which reports its own failures. */
  get fromProvider(): boolean {
    return this.#key === 'context';
  }

  hostUpdate(): void {
    const src = this.#host.src?.trim();
    const waitFor = src || this.#provided ? undefined : this.#contextToCome();
    const script = src || waitFor ? null : this.#host.querySelector<HTMLScriptElement>(INLINE_BANK);
    const one = this.#question?.();
    const key = src
      ? `src:${src}`
      : this.#provided
        ? 'context'
        : waitFor instanceof Error
          ? 'context-error'
          : waitFor
            ? waitFor.key
            : script
              ? 'inline'
              : `bundled:${one?.id ?? '*'}`;
    if (key === this.#key) {
      // Only the storage changed (an LMS reporter attached, say): same bank, the store on the new storage.
      if (this.#host.progressStorage !== this.#storage && this.state.status === 'ready') {
        this.#setOwn(key === 'context' ? this.#provided! : this.state);
      }
      return;
    }
    this.#key = key;
    if (key === 'context') {
      this.#setOwn(this.#provided!);
      return;
    }
    this.state = { status: 'loading' };
    if (waitFor instanceof Error) {
      const tag = this.#around?.[0]?.localName ?? 'quiz-bank';
      this.#set({ status: 'error', message: `Could not use the bank of the enclosing <${tag}>: ${waitFor.message}`, source: tag });
      return;
    }
    if (waitFor) {
      // The provider answers once the consumer is there and the provider upgraded. Should it not
      // (a copy of the kit with another context key, say), look again and fall back to the other sources.
      void waitFor.until.then(
        () => this.#key === key && this.#host.requestUpdate(),
        (e: Error) => {
          if (this.#key !== key) return;
          this.#failed = e;
          this.#host.requestUpdate();
        },
      );
      return;
    }
    const timeout = this.#host.loadTimeout;
    // The bundled bank comes split: a card's one question, or the index of a picker or runner.
    const load = src || script ? loadOwnBank(src || script!, timeout) : one ? loadBundledQuestion(one, timeout) : loadBundledIndex(timeout);
    void load.then((result) => {
      if (this.#key === key) this.#setOwn(toState(result));
    });
  }

  /** Loads the bank again after a failure (the Retry button of the error message). */
  retry(): void {
    if (this.state.status !== 'error' || this.#key === 'context') return;
    this.#key = undefined;
    this.#failed = undefined;
    this.#refocus = true;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#refocus) return;
    // The Retry button is gone: hold focus on the loading message, then on what replaced it.
    const root = this.#host.shadowRoot;
    const selector = { loading: '[part=loading]', error: '[part=error] button', ready: '[role=heading][tabindex], input, button' }[
      this.state.status
    ];
    root?.querySelector<HTMLElement>(selector)?.focus();
    if (this.state.status !== 'loading') this.#refocus = false;
  }

  hostConnected(): void {
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // A reconnected element resolves again: it may have moved into or out of a <quiz-bank>.
    this.#key = undefined;
    this.#around = undefined;
    this.#provided = undefined;
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  /**
   * What an element inside a provider (<quiz-bank>, <quiz-runner>) waits for before it may use
   * another bank: the context consumer's chunk, then (see consumeBank) the provider's upgrade and
   * a runner's provider code, so that it neither downloads a bank it will not use nor flashes the
   * wrong questions. What failed of them, if one failed.
   */
  #contextToCome(): Wait | Error | undefined {
    const providers = (this.#around ??= providersAround(this.#host));
    if (providers.length === 0 || this.#failed) return this.#failed;
    // From hostUpdate, never hostConnected: a controller (the consumer) added while the host's
    // controllers are being connected would be connected twice.
    if (consumer) return consumer(this.#host, providers, this.#take);
    // Only before a provider's code has loaded (a card upgraded before its <quiz-bank>).
    consumerToCome ??= loadChunk('bank context', this.#host.loadTimeout).then(
      (module) => useConsumer(module.consumeBank),
      (e: Error) => {
        consumerToCome = undefined;
        throw e;
      },
    );
    return { key: 'waiting:context', until: consumerToCome };
  }

  /** Takes the bank of a provider around the host (by context), or one handed to it (HANDED). */
  readonly #take = (value: BankState): void => {
    if (value === this.#provided) return;
    this.#provided = value;
    if (this.#key === 'context') this.#setOwn(value);
    else this.#host.requestUpdate();
  };

  /**
   * Sets `state` with its store on the host's own `progressStorage`, if it has one (it wins over
   * an enclosing provider's), once that storage has been read.
   */
  #setOwn(state: BankState): void {
    const storage = this.#host.progressStorage;
    this.#storage = storage;
    if (state.status !== 'ready') return this.#set(state);
    if (!storage) return this.#set(this.#key === 'context' ? state : { ...state, store: progressFor(state.bank.bank) });
    const key = this.#key;
    void Promise.resolve(openProgress(state.bank.bank, storage)).then((store) => {
      if (this.#key === key && this.#storage === storage) this.#set({ ...state, store });
    });
  }

  #set(state: BankState): void {
    const wasError = this.state.status === 'error';
    this.state = state;
    this.#unwatch?.();
    this.#unwatch = this.#watchProgress && state.status === 'ready' ? state.store.subscribe(() => this.#host.requestUpdate()) : undefined;
    // A provider reports its own failures; elements report only the banks they loaded.
    if (state.status === 'error' && !wasError && this.#key !== 'context') {
      fire(this.#host, 'quiz-error', { message: state.message, source: state.source });
    }
    this.#onChange(state);
    this.#host.requestUpdate();
  }
}

/** A load result as a state; a ready bank comes with the page's progress store for it. */
export const toState = (result: BankResult): BankState =>
  result.ok ? { status: 'ready', bank: result.bank, store: progressFor(result.bank.bank) } : { status: 'error', ...result.error };
