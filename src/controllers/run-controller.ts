// A <quiz-runner>'s run: plans the questions, starts, resumes, moves, records answers, finishes
// and saves it, firing quiz-start and quiz-complete. The element only renders it.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProgressStore } from '../core/progress-store.js';
import { changedSince } from '../core/progress-journal.js';
import { clearRun, loadRun, runKeys, saveRun } from '../core/progress-runs.js';
import { dueAt } from '../core/progress-schedule.js';
import {
  newRun,
  runExpired,
  runOwner,
  runStorageKey,
  settingsKey,
  settingsProblem,
  type ProblemTranslate,
  summarise,
  withAnswer,
  withDraft,
  type Run,
  type RunSettings,
} from '../core/run.js';
import { seedFrom, selectQuestions } from '../core/selection.js';
import { passMark } from '../core/settings.js';
import type { BankState } from '../context.js';
import { fire, type QuizAnswerDetail, type QuizCompleteDetail, type QuizMode } from '../events.js';
import { parseList, type TopicList } from '../components/shared/list.js';
import { loadChunk } from '../internal/lazy.js';

/** A loaded bank with its progress store. */
export type ReadyBank = Extract<BankState, { status: 'ready' }>;

/** The element a run belongs to: its settings (see RUN_SETTINGS), its pass mark and its id. */
export interface RunHost extends ReactiveControllerHost, HTMLElement {
  mode: QuizMode;
  topics: TopicList;
  count: number;
  shuffle: boolean;
  seed: string | undefined;
  pass: number;
  loadTimeout?: number | undefined;
}

/**
 * A run stays bound to the bank it started on (`bound`): a bank that changes under it (a new
 * `src`, a move into a `<quiz-bank>` with another bank) applies from the next run, so the run
 * never meets question ids its bank does not have. Runs are saved in the bound bank's store under
 * runStorageKey(); starting or finishing a run clears this runner's runs under other settings
 * (every run under its id, or, without an id, the runs it saved or offered on this page view) and
 * every run nobody saved for RUN_EXPIRY_MS.
 */
export class RunController implements ReactiveController {
  /** The run on screen: in progress, or finished (then `result` is its summary). */
  run: Run | undefined;
  /** An unfinished run saved under the current settings, offered to resume. */
  resumable: Run | undefined;
  /**
   * While a saved run is read back (its code loads on demand): `true`, or, when that code could
   * not load, what to tell the learner (the saved run stays in storage until `retry()`).
   */
  restoring: true | string | undefined;
  /** The summary of the finished run. */
  result: QuizCompleteDetail | undefined;
  /** The bank the run started on. */
  bound: ReadyBank | undefined;

  readonly #host: RunHost;
  readonly #bank: () => BankState;
  readonly #moved: () => void;
  /** The settings (settingsKey) and storage key the run started with. */
  #startedWith = '';
  #key = '';
  /** Keys this runner saved or offered on this page view: the runs that are its own. */
  readonly #mine = new Set<string>();
  #planned: { key: string; store: ProgressStore; version: number; ids: string[] } | undefined;
  /** The storage key and bank last looked up for a saved run. */
  #looked = '';
  #lookedIn: ProgressStore | undefined;
  /** A draft waits to be saved (see draft()). */
  #drafting: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param bank gives the host's own bank, which new runs start on
   * @param moved called when a run starts, goes to another question or finishes (then `result` is set)
   */
  constructor(host: RunHost, bank: () => BankState, moved: () => void) {
    this.#host = host;
    this.#bank = bank;
    this.#moved = moved;
    host.addController(this);
  }

  hostUpdate(): void {
    // New settings, a new id or a new bank before a run: look for a run saved under them.
    const ready = this.#ready;
    // A page's own progress storage may arrive after the bank: a new store is looked in too.
    const at = ready ? `${this.#storageKey()}@${ready.bank.source}` : '';
    if (at === this.#looked && ready?.store === this.#lookedIn) return;
    this.#looked = at;
    this.#lookedIn = ready?.store;
    this.#findSaved();
    if (ready && !this.run) this.#prefetchFirst(ready);
  }

  /**
   * The start screen is up: from a bank that loads its questions one by one, the first question
   * the run would ask loads now (with its answer parts where the mode shows answers), so that
   * "Start" does not wait on the network. A failure is left to the card, as in #prefetch.
   */
  #prefetchFirst(ready: ReadyBank): void {
    const first = this.plan()[0];
    if (first !== undefined) ready.bank.lazy?.load(first, this.#host.mode !== 'quiz', this.#host.loadTimeout).catch(() => {});
  }

  get settings(): RunSettings {
    const h = this.#host;
    return { mode: h.mode, topics: parseList(h.topics), count: h.count, shuffle: h.shuffle, seed: h.seed };
  }

  /** The bank to hand on to the question cards: the run's own while it is in progress. */
  get pinned(): ReadyBank | undefined {
    return this.run && !this.run.finishedAt ? this.bound : undefined;
  }

  /**
   * What changed since the run in progress started, if anything: its `questions` (the host's
   * bank, ready, comes from elsewhere than the run's) or its `settings`. Both apply from the next run.
   */
  get changed(): 'questions' | 'settings' | undefined {
    if (!this.pinned) return undefined;
    const ready = this.#ready;
    if (ready && ready.bank.source !== this.bound!.bank.source) return 'questions';
    return this.#startedWith === settingsKey(this.settings) ? undefined : 'settings';
  }

  get #ready(): ReadyBank | undefined {
    const state = this.#bank();
    return state.status === 'ready' ? state : undefined;
  }

  #storageKey(): string {
    return runStorageKey(location.pathname, this.#host.id, this.settings);
  }

  /** The questions the next run would ask, recomputed only when the settings, bank or progress change. */
  plan(): string[] {
    const ready = this.#ready;
    if (!ready) return [];
    const settings = this.settings;
    const { store } = ready;
    const key = `${settingsKey(settings)}|${ready.bank.source}`;
    // Saving a run changes no question's progress: the plan stays (it is a pass over the bank).
    const planned = this.#planned;
    if (
      planned?.key === key &&
      planned.store === store &&
      (planned.version === store.version || changedSince(store, planned.version)?.size === 0)
    ) {
      planned.version = store.version;
      return planned.ids;
    }
    const ids = selectQuestions(ready.bank.bank.questions, {
      ...settings,
      seed: seedFrom(settings.seed ?? Math.floor(Math.random() * 2 ** 32)),
      // Practice asks for due dates, which schedules pending reviews; the plan is made again once they are.
      dueAt: (id) => dueAt(store, id),
      counts: ready.bank.lazy?.counts,
    });
    this.#planned = { key, store, version: store.version, ids };
    return ids;
  }

  /** What is wrong with the settings for the host's bank, if anything: in English, or in `t`'s language. */
  problem(t?: ProblemTranslate): string | undefined {
    const ready = this.#ready;
    return ready && settingsProblem(this.settings, ready.bank, this.plan().length, t);
  }

  /**
   * Offers to resume the unfinished run saved under the current settings, if there is one, once
   * the code that reads it back is here; if that code fails, says so (quiz-error) until `retry()`.
   */
  #findSaved(): void {
    const ready = this.#ready;
    if (!ready || this.run) return;
    this.resumable = this.restoring = undefined;
    const key = this.#storageKey();
    const data = loadRun(ready.store, key);
    if (data === undefined) return;
    this.#mine.add(key);
    const looked = this.#looked;
    this.restoring = true;
    loadChunk('run restore', this.#host.loadTimeout).then(
      ({ restoreRun }) => {
        // Settings, bank or store changed meanwhile, or a run started: that lookup is another's.
        if (looked !== this.#looked || ready.store !== this.#lookedIn || this.run) return;
        this.restoring = undefined;
        this.resumable = restoreRun(data, ready.bank);
        if (!this.resumable) {
          console.warn(`quizkit: the saved run "${key}" no longer fits the bank; it was discarded.`);
          clearRun(ready.store, key);
        }
        this.#host.requestUpdate();
      },
      (e: Error) => {
        if (looked !== this.#looked || ready.store !== this.#lookedIn || this.run) return;
        this.restoring = `Your unfinished run could not be restored (${e.message}).`;
        fire(this.#host, 'quiz-error', { message: this.restoring, source: 'restore' });
        this.#host.requestUpdate();
      },
    );
  }

  /** Reads the saved run back again, after its code failed to load. */
  retry(): void {
    this.#findSaved();
    this.#host.requestUpdate();
  }

  /**
   * Starts a run on `ids` (by default the planned questions of the host's bank) in `mode`, on
   * `bank` (by default the host's). Ids the bank does not have are left out.
   */
  start(ids?: string[], mode: QuizMode = this.#host.mode, bank = this.#ready): void {
    if (!bank) return;
    const questionIds = (ids ?? this.plan()).filter((id) => bank.bank.questionsById.has(id));
    if (questionIds.length === 0) return;
    const { topics } = this.settings;
    this.#begin(bank, newRun(mode, topics, questionIds, Date.now()));
    const { id, title } = bank.bank.bank;
    fire(this.#host, 'quiz-start', { questionIds, mode, topics, bank: { id: id ?? title, title } });
  }

  /** Resumes the run offered in `resumable`. */
  resume(): void {
    const ready = this.#ready;
    if (ready && this.resumable) this.#begin(ready, this.resumable);
  }

  /** Forgets the run offered in `resumable`. */
  discard(): void {
    if (this.#ready) clearRun(this.#ready.store, this.#storageKey());
    this.resumable = undefined;
    this.#host.requestUpdate();
  }

  /** Shows question `index`; past the last, finishes the run. */
  goTo(index: number): void {
    const run = this.run;
    if (!run || run.finishedAt) return;
    if (index >= run.ids.length) this.#finish();
    else this.#show({ ...run, index: Math.max(0, index) });
    this.#moved();
  }

  /**
   * Keeps `text`, typed for question `id` and not submitted yet, in the run: saved within a
   * second (not on every key, which would write the whole progress each time), and at once when
   * the page goes away, so that a reload loses none of it.
   */
  draft(id: string, text: string): void {
    const run = this.run;
    if (!run || run.finishedAt || run.answers[id]) return;
    this.run = withDraft(run, id, text);
    this.#drafting ??= setTimeout(() => this.#save(), 1000);
  }

  /** Saves the run while it is unfinished; `now` writes it at once, not when the lock comes (the page is going away). */
  #save = (now?: boolean): void => {
    clearTimeout(this.#drafting);
    this.#drafting = undefined;
    const { run, bound } = this;
    if (!run || run.finishedAt || !bound) return;
    saveRun(bound.store, this.#key, { ...run, savedAt: Date.now() });
    if (now) bound.store.flush();
  };

  /** The page goes away with a draft waiting: it is written now (anything else is saved already). */
  #leave = (): void => {
    if (this.#drafting !== undefined) this.#save(true);
  };

  hostConnected(): void {
    addEventListener('pagehide', this.#leave);
  }

  hostDisconnected(): void {
    // A draft waiting to be saved still is, by its timer.
    removeEventListener('pagehide', this.#leave);
  }

  /** New settings after a run has finished: the start screen comes back, for them (the summary was of the old ones). */
  settingsChanged(): void {
    if (this.run?.finishedAt) this.run = this.result = undefined;
  }

  /** Records an answer to the run. */
  answer(answer: QuizAnswerDetail): void {
    const run = this.run;
    if (!run || run.finishedAt) return;
    this.#show(withAnswer(run, answer));
    // Flashcards move on once rated, as in most spaced-repetition apps.
    if (run.mode === 'practice' && answer.rating) this.goTo(run.index + 1);
  }

  #begin(bank: ReadyBank, run: Run): void {
    this.bound = bank;
    this.#startedWith = settingsKey(this.settings);
    this.#key = this.#storageKey();
    this.#mine.add(this.#key);
    this.resumable = this.restoring = undefined;
    this.result = undefined;
    this.#show(run);
    this.#clearOthers(bank.store);
    this.#moved();
  }

  /** Shows `run` and saves it while it is unfinished. */
  #show(run: Run): void {
    this.run = run;
    this.#save();
    if (!run.finishedAt) this.#prefetch(run);
    this.#host.requestUpdate();
  }

  /**
   * From a bank that loads its questions one by one: the question shown and the next one, with
   * their answer parts where the mode shows answers, so that "Next" never waits on the network.
   * A failure is left to the card, which shows it with Retry when it gets there.
   */
  #prefetch(run: Run): void {
    const lazy = this.bound?.bank.lazy;
    for (const id of run.ids.slice(run.index, run.index + 2)) lazy?.load(id, run.mode !== 'quiz', this.#host.loadTimeout).catch(() => {});
  }

  /**
   * Undefined when every question of the run is complete (the summary shows them all), as in a
   * bank loaded whole; else a promise that completes them, or rejects with the first download
   * that failed (a question that breaks the bank format is left as it is).
   */
  complete(): Promise<unknown> | undefined {
    const { run, bound } = this;
    const lazy = bound?.bank.lazy;
    const answer = run?.mode !== 'quiz';
    if (!run || !lazy || run.ids.every((id) => lazy.has(id, answer))) return undefined;
    return Promise.all(
      run.ids.map((id) =>
        lazy.load(id, answer, this.#host.loadTimeout).catch((e: Error) => {
          // A question that breaks the bank format stays broken: the summary lists it by its
          // outline (its prompt), without an explanation. A download that failed is retried.
          if (e.name !== 'InvalidQuestionError') throw e;
        }),
      ),
    );
  }

  #finish(): void {
    const { run, bound } = this;
    if (!run || !bound) return;
    const finished = { ...run, finishedAt: Date.now() };
    this.result = summarise(finished, bound.bank, passMark(this.#host.pass), finished.finishedAt);
    this.#show(finished);
    clearRun(bound.store, this.#key);
    this.#clearOthers(bound.store);
    fire(this.#host, 'quiz-complete', this.result);
  }

  /** Clears this runner's runs under other settings than the current run's, and expired runs. */
  #clearOthers(store: ProgressStore): void {
    const id = this.#host.id;
    const owner = id ? runOwner(location.pathname, id) : undefined;
    const now = Date.now();
    for (const key of runKeys(store)) {
      if (key === this.#key) continue;
      if (this.#mine.has(key) || (owner && key.startsWith(owner)) || runExpired(loadRun(store, key), now)) clearRun(store, key);
    }
  }
}
