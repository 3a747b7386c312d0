// The learner's progress per bank (answers, review schedule, unfinished runs), kept in Storage
// when it works and in memory when it does not. Tabs share it without losing each other's
// answers: every change is merged into what is stored at write time. Never throws: stored data
// of the wrong shape is ignored field by field with a console warning.
//
// An answer is stored as a pending review (when, rating), not scheduled: the scheduler (FSRS,
// injected and loaded lazily) is only needed by what shows due dates, and a card page shows
// none. `settle()` replays a question's pending reviews in order, each at its own time, onto its
// card: FSRS is deterministic (no fuzz), so the card is the one computing each review at once
// would have given. Until then `due` is a lower bound (tomorrow), which is enough to tell that
// an answer given within the last day is not due today.
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
   * While there are any, `due` is a lower bound; `ProgressStore.settle()` folds them into `card`.
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

/** One change, applied to the copy in memory at once and merged into storage when written. */
type Change =
  | { kind: 'answer'; id: string; stamp: string; at: number; correct: boolean; rating: Rating }
  | { kind: 'schedule'; id: string; at: number; card: StoredCard }
  | { kind: 'run'; key: string; run: unknown };

/** Progress in memory. Maps, so that no id (`__proto__`, `constructor`) can clash with Object's names. */
interface Data {
  q: Map<string, QuestionProgress>;
  runs: Map<string, unknown>;
  /** Per question, the answers applied in the last STAMP_MS: stamp → when answered. */
  stamps: Map<string, Map<string, number>>;
}

/** How long an answer's stamp is stored: far longer than two tabs can take to see each other's writes. */
const STAMP_MS = 600_000;
/** How many changes `changedSince` can look back over. */
const JOURNAL = 64;
/** How long a tab keeps re-applying its own changes: well within STAMP_MS, so a re-applied answer is always recognised. */
const HEAL_MS = STAMP_MS / 2;
/**
 * The schedule used until the scheduler's is written (and for good if it never is): tomorrow,
 * which is what FSRS, day-based, gives a wrong answer, and no later than it gives a right one.
 * So it is a lower bound: a question it puts after a moment is not due before it either.
 */
const simpleDue = (at: number): number => at + 86_400_000;

const emptyData = (): Data => ({ q: new Map(), runs: new Map(), stamps: new Map() });

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

/** Applies `c` to `data`; false when it was already there (or is older than what is). */
function apply(data: Data, c: Change): boolean {
  if (c.kind === 'run') {
    if (c.run === undefined) return data.runs.delete(c.key);
    data.runs.set(c.key, c.run);
    return true;
  }
  const p = data.q.get(c.id);
  if (c.kind === 'schedule') {
    if (!p || (p.card?.last_review ?? -Infinity) >= c.at) return false;
    const next: QuestionProgress = { ...p, card: c.card, due: p.last === c.at ? c.card.due : p.due };
    const pending = p.pending?.filter(([at]) => at > c.at);
    if (pending?.length) next.pending = pending;
    else delete next.pending;
    data.q.set(c.id, next);
    return true;
  }
  const stamps = data.stamps.get(c.id) ?? new Map<string, number>();
  if (stamps.has(c.stamp)) return false;
  const next: QuestionProgress = { seen: (p?.seen ?? 0) + 1, correct: (p?.correct ?? 0) + (c.correct ? 1 : 0), last: c.at, due: 0 };
  if (p && p.last > c.at) {
    // A later answer is already there: this one only counts.
    Object.assign(next, { last: p.last, due: p.due });
    if (p.rating) next.rating = p.rating;
  } else {
    next.due = simpleDue(c.at);
    next.rating = c.rating;
  }
  // The card stays the one before this answer: it is what the scheduler starts from. An answer
  // older than the card came too late to be replayed: it only counts.
  if (p?.card) next.card = p.card;
  const pending = p?.pending ?? [];
  if (c.at > (p?.card?.last_review ?? -Infinity)) {
    const i = pending.findIndex(([at]) => at > c.at);
    const review: PendingReview = [c.at, RATINGS.indexOf(c.rating)];
    next.pending = i === -1 ? [...pending, review] : [...pending.slice(0, i), review, ...pending.slice(i)];
  } else if (pending.length) next.pending = pending;
  data.q.set(c.id, next);
  data.stamps.set(c.id, stamps.set(c.stamp, c.at));
  return true;
}

/** The stored text of `data`, without stamps older than STAMP_MS. */
function serialise(data: Data, now: number): string {
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

const warn = (message: string): void => console.warn(`quizkit: progress ${message}`);

export class ProgressStore {
  /** False when nothing can be saved (no storage, blocked, full, or newer data to protect). */
  persistent: boolean;
  /** Grows on every change, so that views can cache what they derive from the store. */
  version = 0;

  readonly #key: string;
  readonly #storage: StorageLike | undefined;
  readonly #now: () => number;
  readonly #schedule: Scheduler | undefined;
  readonly #lock: Lock | undefined;
  #data: Data;
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
  /** The pending reviews being scheduled, while they are. */
  #settling: Promise<void> | undefined;
  /** The last try to schedule failed: due dates stay lower bounds until a later `settle()` works. */
  #settleFailed = false;
  /**
   * What each recent change touched, newest last: the question ids, or null when anything may
   * have changed (another tab's data, a reset). Views use it to update what they derive.
   */
  #journal: { version: number; ids: readonly string[] | null }[] = [];
  /** This store's share of answer stamps: random per store, then a counter. */
  readonly #tab = Math.random().toString(36).slice(2, 8);
  #answers = 0;
  readonly #listeners = new Set<() => void>();

  /**
   * `lock` serialises writes across tabs (Web Locks); without one, each write still reads,
   * merges and writes in one synchronous step.
   */
  constructor(key: string, storage: StorageLike | undefined, now = (): number => Date.now(), schedule?: Scheduler, lock?: Lock) {
    this.#key = key;
    this.#storage = storage;
    this.#now = now;
    this.#schedule = schedule;
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
  #parse(raw: string | null): Data | undefined {
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
   * The ids of the questions whose progress changed since `version` (empty when only unfinished
   * runs did), or undefined when that is not known: anything may have changed, or `version` is
   * too old. Lets a view update its counts in proportion to what changed, not to the bank.
   */
  changedSince(version: number): Set<string> | undefined {
    if (version === this.version) return new Set();
    const first = this.#journal[0];
    if (!first || version < first.version - 1 || version > this.version) return undefined;
    const ids = new Set<string>();
    for (const entry of this.#journal) {
      if (entry.version <= version) continue;
      if (!entry.ids) return undefined;
      for (const id of entry.ids) ids.add(id);
    }
    return ids;
  }

  /** Applies `changes` here at once, then merges them into storage in one write. */
  #change(...changes: Change[]): void {
    const applied = changes.filter((c) => apply(this.#data, c));
    if (!applied.length) return;
    this.#changed(applied.flatMap((c) => (c.kind === 'run' ? [] : [c.id])));
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
      this.#forgetIfReset(raw);
      const data = this.#parse(raw);
      if (!data) return this.#changed();
      for (const change of this.#recentLog()) dirty = apply(data, change) || dirty;
      this.#data = data;
      this.#raw = raw;
    }
    if (dirty && this.persistent) {
      const now = this.#now();
      const text = serialise(this.#data, now);
      try {
        this.#storage!.setItem(this.#key, text);
        this.#raw = text;
        this.#dirty = false;
        this.#log = this.#log.filter((c) => c.kind !== 'run' && c.at >= now - HEAL_MS);
        this.#unwritten = 0;
      } catch (e) {
        this.persistent = false;
        warn(`cannot be saved (${(e as Error).message}); keeping it in memory.`);
      }
    }
    if (external) this.#changed();
  }

  /** Reads the stored progress again (another tab saved) and tells the subscribers. */
  reload(): void {
    if (!this.persistent || this.#retired) return;
    const raw = this.#readRaw();
    if (raw === this.#raw) return;
    this.#forgetIfReset(raw);
    const data = this.#parse(raw);
    if (!data) return this.#changed();
    // That tab may have written without this tab's latest changes: keep them, and write them back.
    let missing = false;
    for (const change of this.#recentLog()) missing = apply(data, change) || missing;
    this.#data = data;
    this.#raw = raw;
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
    const since = this.#now() - HEAL_MS;
    const written = this.#log.length - this.#unwritten;
    this.#log = this.#log.filter((c, i) => i >= written || (c.kind !== 'run' && c.at >= since));
    return this.#log;
  }

  /**
   * Progress removed from storage (a page's "reset", or site data cleared) is a decision, not a
   * write that missed this tab's answers: only changes not yet written are put back.
   */
  #forgetIfReset(raw: string | null): void {
    if (raw === null) this.#log = this.#log.slice(this.#log.length - this.#unwritten);
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

  /**
   * Records an answer or rating, saved at once as a pending review: no scheduler is needed (see
   * `settle()`). Resolves with the question's progress.
   */
  async record(id: string, correct: boolean, rating: Rating): Promise<QuestionProgress> {
    const at = this.#now();
    const stamp = `${this.#tab}${(this.#answers++).toString(36)}`;
    this.#change({ kind: 'answer', id, stamp, at, correct, rating });
    return Promise.resolve(this.get(id)!);
  }

  /** Whether some question has reviews not yet scheduled (its `due` is then a lower bound). */
  get unsettled(): boolean {
    for (const p of this.#data.q.values()) if (p.pending) return true;
    return false;
  }

  /**
   * Schedules every pending review: loads the scheduler, replays each question's pending reviews
   * in order at their own times, and writes the cards in one change. For views that show due
   * dates (counts, due-first order, exports); a page that only records answers never calls it.
   * If the scheduler fails, the answers keep their simple schedule and a later call tries again.
   */
  settle(): Promise<void> {
    const schedule = this.#schedule;
    if (this.#settling) return this.#settling;
    if (!schedule || !this.unsettled) return Promise.resolve();
    const done = (async () => {
      // Never within the caller's turn: a view asking while it renders is told of the change after.
      await null;
      try {
        const changes: Change[] = [];
        for (const [id, p] of [...this.#data.q]) {
          if (!p.pending) continue;
          let card = p.card;
          for (const [at, rating] of p.pending) {
            const next = schedule(card, RATINGS[rating]!, at);
            card = next instanceof Promise ? await next : next;
          }
          changes.push({ kind: 'schedule', id, at: p.pending.at(-1)![0], card: card! });
        }
        this.#change(...changes);
        this.#settleFailed = false;
      } catch (e) {
        this.#settleFailed = true;
        warn(`scheduling failed (${(e as Error).message}); the answers are saved with a simple schedule.`);
      } finally {
        this.#settling = undefined;
      }
    })();
    this.#settling = done;
    return done;
  }

  /** The end of today (local time), as `stats()` counts what is due. */
  endOfToday(): number {
    return new Date(this.#now()).setHours(24, 0, 0, 0);
  }

  /**
   * When `id` is next due, or undefined if never answered. Asking schedules the pending reviews
   * (views update when that is done): until then the answer is a lower bound.
   */
  dueAt(id: string): number | undefined {
    const p = this.#data.q.get(id);
    if (p?.pending) void this.settle();
    return p?.due;
  }

  /**
   * Whether `p` counts as due by `endOfToday`. A pending review's lower bound may tell that it
   * is not; when it cannot, the reviews are scheduled (views update when that is done) and the
   * question counts as not due meanwhile. Without a working scheduler the lower bound decides.
   */
  isDue(p: QuestionProgress, endOfToday: number): boolean {
    if (p.due >= endOfToday) return false;
    if (!p.pending || !this.#schedule || this.#settleFailed) return true;
    void this.settle();
    return false;
  }

  /** The keys of the saved unfinished runs (so that a runner can clear the runs it left). */
  runKeys(): string[] {
    return [...this.#data.runs.keys()];
  }

  loadRun(key: string): unknown {
    return this.#data.runs.get(key);
  }

  saveRun(key: string, run: unknown): void {
    this.#change({ kind: 'run', key, run });
  }

  clearRun(key: string): void {
    this.#change({ kind: 'run', key, run: undefined });
  }
}
