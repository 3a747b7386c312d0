// Resolves the bank an element uses — its `src`, an enclosing <quiz-bank>, an inline
// <script> child (JSON, Markdown or GIFT), or the bundled bank — and reports failures.

import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bankContext, watchForLateProviders, type BankState } from '../context.js';
import { loadBundledIndex, loadBundledQuestion } from '../data/bundled.js';
import { INLINE_BANK, loadBank } from '../data/load.js';
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

/** The elements that provide a bank to the elements inside them. */
const PROVIDERS = new Set(['quiz-bank', 'quiz-runner']);

/** The parent in the composed tree: a shadow root's host stands for the root. */
function parentOf(node: Node): Node | null {
  const parent = node.parentNode;
  return parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : parent;
}

/**
 * The tag of an enclosing provider that is not defined yet, if any: it will provide the bank
 * once it upgrades (the page's ContextRoot hands it the request), so loading another bank
 * meanwhile would only waste a download and flash the wrong questions.
 */
function providerToCome(el: Element): string | undefined {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    if (node instanceof Element && PROVIDERS.has(node.localName) && !node.matches(':defined')) return node.localName;
  }
  return undefined;
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
  readonly #question: (() => { id: string; answer: boolean }) | undefined;
  #unwatch: (() => void) | undefined;
  /** Set by retry(): focus follows the load, so that it is not lost with the Retry button. */
  #refocus = false;

  /**
   * @param onChange called with each new state
   * @param watchProgress re-render the host whenever the learner's progress changes
   * @param question the one question the host shows, if it shows one (and whether with its answer
   *   parts): from the bundled bank it then loads that question alone, not the bank's index
   */
  constructor(
    host: BankHost,
    onChange: (state: BankState) => void = () => {},
    watchProgress = false,
    question?: () => { id: string; answer: boolean },
  ) {
    this.#host = host;
    this.#onChange = onChange;
    this.#watchProgress = watchProgress;
    this.#question = question;
    host.addController(this);
    new ContextConsumer(host, {
      context: bankContext,
      subscribe: true,
      callback: (value) => {
        this.#provided = value;
        if (this.#key === 'context') this.#setOwn(value);
      },
    });
  }

  /** Whether the state comes from an enclosing provider, which reports its own failures. */
  get fromProvider(): boolean {
    return this.#key === 'context';
  }

  hostUpdate(): void {
    const src = this.#host.src?.trim();
    const waitFor = src || this.#provided ? undefined : providerToCome(this.#host);
    const script = src || waitFor ? null : this.#host.querySelector<HTMLScriptElement>(INLINE_BANK);
    const one = this.#question?.();
    const key = src ? `src:${src}` : this.#provided ? 'context' : waitFor ? 'waiting' : script ? 'inline' : `bundled:${one?.id ?? '*'}`;
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
    if (waitFor) {
      // The provider answers as it upgrades. Should it not (a copy of the kit with another
      // context key, say), look again once it is defined and fall back to the other sources.
      void customElements.whenDefined(waitFor).then(() => this.#key === 'waiting' && this.#host.requestUpdate());
      return;
    }
    const timeout = this.#host.loadTimeout;
    // The bundled bank comes split: a card's one question, or the index of a picker or runner.
    const load =
      src || script
        ? loadBank(src || script!, { timeout, validateOnUse: true })
        : one
          ? loadBundledQuestion(one.id, one.answer, timeout)
          : loadBundledIndex(timeout);
    void load.then((result) => {
      if (this.#key === key) this.#setOwn(toState(result));
    });
  }

  /** Loads the bank again after a failure (the Retry button of the error message). */
  retry(): void {
    if (this.state.status !== 'error' || this.#key === 'context') return;
    this.#key = undefined;
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
    // Before the ContextConsumer (added after this controller) asks for the bank.
    watchForLateProviders(this.#host.ownerDocument);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // A reconnected element resolves again: it may have moved into or out of a <quiz-bank>.
    this.#key = undefined;
    this.#provided = undefined;
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

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
