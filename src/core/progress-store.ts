// The learner's progress per bank (answers, review schedule, unfinished runs), kept in Storage
// when it works and in memory when it does not. Tabs share it without losing each other's
// answers: every change is merged into what is stored at write time. Never throws: stored data
// of the wrong shape is ignored field by field with a console warning.
//
// This is the part every page loads: reading, checking, merging and writing the stored data, and
// telling views what changed. What changes progress comes with the views that make the change,
// each as its own kind of Change: answers with the card (progress-answers.ts), due dates with
// pickers and runners (progress-schedule.ts), unfinished runs with runners (progress-runs.ts). So
// a card page does not download the scheduling or the saved runs, nor a picker page the answers.
//
// An answer is stored as a pending review (when, rating), not scheduled: the scheduler (FSRS,
// injected and loaded lazily) is only needed by what shows due dates, and a card page shows
// none. Its `pending` reviews are folded into its `card` by progress-schedule.ts, which says how.
//
// How changes merge (the rule is also in the README, "Several tabs"):
// - An answer is an event with a unique stamp. Applying it adds one to `seen` (and to `correct`
//   if right); if it is the question's latest answer it also sets `last`, `rating` and a
//   provisional `due`. Two tabs answering the same question therefore both count, and the later
//   answer decides the rating. A question's stamps are kept for ten minutes, so applying the same
//   answer again changes nothing: a tab re-applies its recent answers on every write and whenever
//   another tab saved, and so puts back any answer that a tab writing at the same moment dropped.
//   An answer newer than the question's card is also added, in time order, to its pending reviews.
// - A schedule (the FSRS card after the pending reviews up to time t) replaces the stored card
//   only if that card is older than t, and removes those reviews; `due` follows it only while t
//   is the question's latest answer.
// - Unfinished runs merge per run key: the last write of a key wins, and clearing a key removes
//   only that key.

import type { StoredCard } from './fsrs.js';
import { isRating, RATINGS, type Rating } from './rating.js';

export const PROGRESS_VERSION = 1;

export interface QuestionProgress {
  /** Times answered or rated. */
  seen: number;
  /** Times answered right (quiz) or rated good or easy (practice). */
  correct: number;
  /** When last answered, ms since epoch. */
  last: number;
  /** When next due for review, ms since epoch. */
  due: number;
  rating?: Rating;
  /** The scheduler's state for this question (FSRS memory model). */
  card?: StoredCard;
  /**
   * Reviews not yet in `card`, oldest first: [when (ms since epoch), rating (0 again … 3 easy)].
   * While there are any, `due` is a lower bound; `settle()` (progress-schedule.ts) folds them into `card`.
   */
  pending?: PendingReview[];
}

/** A review recorded but not yet scheduled: when, and the rating's index in RATINGS. */
export type PendingReview = [at: number, rating: number];

/** Computes the next review: the FSRS card after a rating, sync or async. */
export type Scheduler = (card: StoredCard | undefined, rating: Rating, now: number) => StoredCard | Promise<StoredCard>;

/**
 * Runs `task` while no other tab runs a task under the same `name` (the Web Locks API's
 * `navigator.locks.request`); where there is none, the store runs the task at once.
 */
export type Lock = (name: string, task: () => void) => Promise<unknown>;

export interface TopicStats {
  total: number;
  answered: number;
  correct: number;
  /** Due for review by the end of today (local time). */
  due: number;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Progress as the store holds it. Maps, so that no id (`__proto__`, `constructor`) can clash with Object's names. */
export interface ProgressData {
  q: Map<string, QuestionProgress>;
  runs: Map<string, unknown>;
  /** Per question, the answers applied in the last STAMP_MS: stamp → when answered. */
  stamps: Map<string, Map<string, number>>;
}

/**
 * One change, applied to the copy in memory at once and merged into storage when written: an
 * answer, a schedule or a saved run, each made by its own module.
 */
export interface Change {
  /** The question it changes (what the journal records); none for a saved run. */
  id?: string;
  /**
   * When it was made. A change with a time is re-applied on every write while HEAL_MS old (so
   * applying it again must change nothing); one without (a saved run) only until written once.
   */
  at?: number;
  /** Applies the change to `data`; false when it was already there (or is older than what is). */
  apply(data: ProgressData): boolean;
}

/**
 * What one change touched: the question ids, or null when anything may have changed (another
 * tab's data, a reset). Views use it to update what they derive (see progress-journal.ts).
 */
export interface JournalEntry {
  version: number;
  ids: readonly string[] | null;
}

/** How long an answer's stamp is stored: far longer than two tabs can take to see each other's writes. */
const STAMP_MS = 600_000;
/** How many changes the journal keeps, so how far back `changedSince` can look. */
const JOURNAL = 64;
/** How long a tab keeps re-applying its own changes: well within STAMP_MS, so a re-applied answer is always recognised. */
const HEAL_MS = STAMP_MS / 2;

const emptyData = (): ProgressData => ({ q: new Map(), runs: new Map(), stamps: new Map() });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const entries = (v: unknown): [string, unknown][] => (isObject(v) ? Object.entries(v) : []);
const isCount = (v: unknown): v is number => Number.isFinite(v) && (v as number) >= 0;

const CARD_FIELDS = [
  'due',
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
] as const;

function toCard(v: unknown): StoredCard | undefined {
  if (!isObject(v) || !CARD_FIELDS.every((f) => Number.isFinite(v[f]))) return undefined;
  if (v.last_review !== undefined && !Number.isFinite(v.last_review)) return undefined;
  const card = Object.fromEntries(CARD_FIELDS.map((f) => [f, v[f]])) as unknown as StoredCard;
  if (v.last_review !== undefined) card.last_review = v.last_review as number;
  return card;
}

/** A stored question's progress, field by field; what does not fit is named in `dropped`. */
function toProgress(id: string, v: unknown, dropped: string[]): QuestionProgress | undefined {
  if (!isObject(v) || !isCount(v.seen) || !isCount(v.correct) || !Number.isFinite(v.last) || !Number.isFinite(v.due)) {
    dropped.push(`the progress of ${quote(id)}`);
    return undefined;
  }
  const p: QuestionProgress = { seen: v.seen, correct: v.correct, last: v.last as number, due: v.due as number };
  if (isRating(v.rating)) p.rating = v.rating;
  else if (v.rating !== undefined) dropped.push(`the rating of ${quote(id)}`);
  const card = toCard(v.card);
  if (card) p.card = card;
  else if (v.card !== undefined) dropped.push(`the schedule of ${quote(id)}`);
  const after = card?.last_review ?? -Infinity;
  let pending: PendingReview[] = [];
  if (Array.isArray(v.pending)) pending = v.pending.filter(isPendingReview).filter(([at]) => at > after);
  else if (v.pending !== undefined) dropped.push(`the pending reviews of ${quote(id)}`);
  // Saved before reviews were pending (or by an older quizkit): an answer newer than the card is
  // its latest, not yet scheduled.
  if (!pending.length && p.rating && p.last > after) pending = [[p.last, RATINGS.indexOf(p.rating)]];
  if (pending.length) p.pending = pending.sort((a, b) => a[0] - b[0]);
  return p;
}

const isPendingReview = (v: unknown): v is PendingReview =>
  Array.isArray(v) && v.length === 2 && Number.isFinite(v[0]) && Number.isInteger(v[1]) && v[1] >= 0 && v[1] < RATINGS.length;

/** An id in a warning: quoted, and short whatever it is. */
const quote = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** "a, b and 3 more". */
function list(items: string[]): string {
  const shown = items.slice(0, 3).join(', ');
  return items.length > 3 ? `${shown} and ${items.length - 3} more` : shown;
}

/** The stored text of `data`, without stamps older than STAMP_MS. */
function serialise(data: ProgressData, now: number): string {
  const stamps: [string, Record<string, number>][] = [];
  for (const [id, s] of data.stamps) {
    for (const [stamp, at] of s) if (at < now - STAMP_MS) s.delete(stamp);
    if (s.size && data.q.has(id)) stamps.push([id, Object.fromEntries(s)]);
  }
  // Object.fromEntries defines own properties, so an id such as "__proto__" is stored as data.
  return JSON.stringify({
    v: PROGRESS_VERSION,
    q: Object.fromEntries(data.q),
    runs: Object.fromEntries(data.runs),
    stamps: Object.fromEntries(stamps),
  });
}

/** Warns on the console about this bank's progress. Exported for the store's other modules. */
export const warn = (message: string): void => console.warn(`quizkit: progress ${message}`);

export class ProgressStore {
  /** False when nothing can be saved (no storage, blocked, full, or newer data to protect). */
  persistent: boolean;
  /** Grows on every change, so that views can cache what they derive from the store. */
  version = 0;
  /** The clock: ms since epoch. */
  readonly now: () => number;
  /** What schedules the pending reviews (see progress-schedule.ts); without one, due dates stay lower bounds. */
  readonly schedule: Scheduler | undefined;

  readonly #key: string;
  readonly #storage: StorageLike | undefined;
  readonly #lock: Lock | undefined;
  #data: ProgressData;
  /** The stored text as last read or written here: when storage still holds it, no other tab wrote. */
  #raw: string | null = null;
  /** Changes made here, re-applied on every write until HEAL_MS old (runs: until written once). */
  #log: Change[] = [];
  /** How many changes at the end of the log are not written yet. */
  #unwritten = 0;
  /** The copy in memory has changes that storage has not. */
  #dirty = false;
  /** A write is waiting for the lock. */
  #waiting = false;
  /** Settles when the last write requested is done. */
  #written: Promise<void> = Promise.resolve();
  /** The page is gone: nothing more is written. */
  #retired = false;
  #journal: JournalEntry[] = [];
  readonly #listeners = new Set<() => void>();

  /**
   * `lock` serialises writes across tabs (Web Locks); without one, each write still reads,
   * merges and writes in one synchronous step.
   */
  constructor(key: string, storage: StorageLike | undefined, now = (): number => Date.now(), schedule?: Scheduler, lock?: Lock) {
    this.#key = key;
    this.#storage = storage;
    this.now = now;
    this.schedule = schedule;
    this.#lock = lock;
    this.persistent = !!storage;
    this.#raw = this.#readRaw();
    this.#data = this.#parse(this.#raw) ?? emptyData();
  }

  #readRaw(): string | null {
    if (!this.persistent) return null;
    try {
      return this.#storage!.getItem(this.#key);
    } catch (e) {
      this.persistent = false;
      warn(`cannot be read (${(e as Error).message}); keeping it in memory.`);
      return null;
    }
  }

  /** Stored text as progress, checked field by field; undefined when a newer quizkit wrote it. */
  #parse(raw: string | null): ProgressData | undefined {
    const data = emptyData();
    if (raw === null) return data;
    let saved: unknown;
    try {
      saved = JSON.parse(raw);
    } catch {
      warn(`under "${this.#key}" is not JSON; starting afresh.`);
      return data;
    }
    if (!isObject(saved) || typeof saved.v !== 'number') {
      warn(`under "${this.#key}" is not quizkit data; starting afresh.`);
      return data;
    }
    if (saved.v > PROGRESS_VERSION) {
      // A newer quizkit wrote it: use nothing, and overwrite nothing.
      this.persistent = false;
      warn(`under "${this.#key}" is from a newer version (${saved.v}); it is left untouched.`);
      return undefined;
    }
    if (saved.v < PROGRESS_VERSION) {
      warn(`under "${this.#key}" is from an old version; starting afresh.`);
      return data;
    }
    const dropped: string[] = [];
    if (saved.q !== undefined && !isObject(saved.q)) dropped.push('the answers');
    for (const [id, value] of entries(saved.q)) {
      const p = toProgress(id, value, dropped);
      if (p) data.q.set(id, p);
    }
    if (saved.runs !== undefined && !isObject(saved.runs)) dropped.push('the saved runs');
    for (const [key, run] of entries(saved.runs)) {
      // A run's fields are checked against the bank when it is resumed (core/run.ts).
      if (isObject(run)) data.runs.set(key, run);
      else dropped.push(`the run ${quote(key)}`);
    }
    for (const [id, stamps] of entries(saved.stamps)) {
      const valid = entries(stamps).filter((e): e is [string, number] => Number.isFinite(e[1]));
      if (data.q.has(id) && valid.length) data.stamps.set(id, new Map(valid));
    }
    if (dropped.length) warn(`under "${this.#key}": ignored ${list(dropped)} (not in the expected shape).`);
    return data;
  }

  /** Tells views that progress changed: the questions in `ids`, or any question when null. */
  #changed(ids: readonly string[] | null = null): void {
    this.version++;
    this.#journal.push({ version: this.version, ids });
    if (this.#journal.length > JOURNAL) this.#journal.shift();
    for (const listener of this.#listeners) listener();
  }

  /**
   * Applies `changes` here at once, then merges them into storage in one write. The store's
   * other modules make the changes (answers, schedules, saved runs); views call those modules.
   */
  change(...changes: Change[]): void {
    const applied = changes.filter((c) => c.apply(this.#data));
    if (!applied.length) return;
    this.#changed(applied.flatMap((c) => (c.id === undefined ? [] : [c.id])));
    if (!this.persistent || this.#retired) return;
    this.#log.push(...applied);
    this.#unwritten += applied.length;
    this.#dirty = true;
    this.#requestWrite();
  }

  #requestWrite(): void {
    if (this.#waiting) return;
    this.#waiting = true;
    if (!this.#lock) return this.#write();
    this.#written = this.#lock(this.#key, () => this.#write()).then(
      () => {},
      // No lock after all (an opaque origin, say): a merge without it still beats an overwrite.
      () => this.#write(),
    );
  }

  /** One step: reads what is stored, applies this store's changes to it, writes the result. */
  #write(): void {
    this.#waiting = false;
    if (!this.persistent || this.#retired) return;
    const raw = this.#readRaw();
    let dirty = this.#dirty;
    const external = raw !== this.#raw;
    if (external) {
      // Another tab saved: start from its data and put this tab's changes on top.
      const missing = this.#takeIn(raw);
      if (missing === undefined) return this.#changed();
      dirty ||= missing;
    }
    if (dirty && this.persistent) {
      const now = this.now();
      const text = serialise(this.#data, now);
      try {
        this.#storage!.setItem(this.#key, text);
        this.#raw = text;
        this.#dirty = false;
        this.#log = this.#log.filter((c) => c.at !== undefined && c.at >= now - HEAL_MS);
        this.#unwritten = 0;
      } catch (e) {
        this.persistent = false;
        warn(`cannot be saved (${(e as Error).message}); keeping it in memory.`);
      }
    }
    if (external) this.#changed();
  }

  /**
   * Makes what another tab stored (`raw`) this store's copy, with this tab's recent changes put
   * back on top. Whether any of them was missing there; undefined when a newer quizkit wrote it
   * (then nothing changes here).
   */
  #takeIn(raw: string | null): boolean | undefined {
    // Progress removed from storage (a page's "reset", or site data cleared) is a decision, not a
    // write that missed this tab's answers: only changes not yet written are put back.
    if (raw === null) this.#log = this.#log.slice(this.#log.length - this.#unwritten);
    const data = this.#parse(raw);
    if (!data) return undefined;
    let missing = false;
    for (const change of this.#recentLog()) missing = change.apply(data) || missing;
    this.#data = data;
    this.#raw = raw;
    return missing;
  }

  /** Reads the stored progress again (another tab saved) and tells the subscribers. */
  reload(): void {
    if (!this.persistent || this.#retired) return;
    const raw = this.#readRaw();
    if (raw === this.#raw) return;
    // That tab may have written without this tab's latest changes: keep them, and write them back.
    const missing = this.#takeIn(raw);
    this.#changed();
    if (missing) {
      this.#dirty = true;
      this.#requestWrite();
    }
  }

  /**
   * This tab's changes still to put back: those not written yet, and written answers while
   * HEAL_MS old. Older ones are dropped first: their stamps may have left storage, and an answer
   * applied again without its stamp would count twice (a tab left open for days, say).
   */
  #recentLog(): Change[] {
    const since = this.now() - HEAL_MS;
    const written = this.#log.length - this.#unwritten;
    this.#log = this.#log.filter((c, i) => i >= written || (c.at !== undefined && c.at >= since));
    return this.#log;
  }

  /** Writes what is not yet saved at once, without waiting for the lock: the page is going away. */
  flush(): void {
    if (this.#dirty) this.#write();
  }

  /** Resolves once every change made so far is written (or cannot be). */
  saved(): Promise<void> {
    return this.#written;
  }

  /** Stops writing: the page the store belonged to is gone (tests simulate a reload with it). */
  retire(): void {
    this.#retired = true;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get(id: string): QuestionProgress | undefined {
    return this.#data.q.get(id);
  }

  /** Every answered question's progress, by id. */
  get questions(): ReadonlyMap<string, QuestionProgress> {
    return this.#data.q;
  }

  /** What the last JOURNAL changes touched, oldest first. */
  get journal(): readonly JournalEntry[] {
    return this.#journal;
  }

  /** The unfinished runs saved, by run key (see progress-runs.ts). */
  get runs(): ReadonlyMap<string, unknown> {
    return this.#data.runs;
  }
}
