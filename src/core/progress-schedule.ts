// Due dates from the progress store, for the views that show them (a picker's due counts, the
// practice order of a runner, exports): a page that only records answers never loads this.
//
// `settle()` replays a question's pending reviews in order, each at its own time, onto its card:
// FSRS is deterministic (no fuzz), so the card is the one computing each review at once would
// have given. Until then `due` is a lower bound (tomorrow), which is enough to tell that an
// answer given within the last day is not due today.

import type { StoredCard } from './fsrs.js';
import { warn, type Change, type ProgressStore, type QuestionProgress } from './progress-store.js';
import { RATINGS } from './rating.js';

/** A store's scheduling: the pending reviews being scheduled, and whether the last try failed. */
interface Settling {
  running?: Promise<void>;
  /** The last try to schedule failed: due dates stay lower bounds until a later `settle()` works. */
  failed?: boolean;
}

const settling = new WeakMap<ProgressStore, Settling>();

const stateOf = (store: ProgressStore): Settling => {
  let state = settling.get(store);
  if (!state) settling.set(store, (state = {}));
  return state;
};

/** `id`'s card after its pending reviews up to `at` as a change: it replaces only an older card. */
function schedule(id: string, at: number, card: StoredCard): Change {
  return {
    id,
    at,
    apply({ q }) {
      const p = q.get(id);
      if (!p || (p.card?.last_review ?? -Infinity) >= at) return false;
      const next: QuestionProgress = { ...p, card, due: p.last === at ? card.due : p.due };
      const pending = p.pending?.filter(([when]) => when > at);
      if (pending?.length) next.pending = pending;
      else delete next.pending;
      q.set(id, next);
      return true;
    },
  };
}

/** Whether some question in `store` has reviews not yet scheduled (its `due` is then a lower bound). */
export function unsettled(store: ProgressStore): boolean {
  for (const p of store.questions.values()) if (p.pending) return true;
  return false;
}

/**
 * Schedules every pending review in `store`: loads the scheduler, replays each question's
 * pending reviews in order at their own times, and writes the cards in one change. If the
 * scheduler fails, the answers keep their simple schedule and a later call tries again.
 */
export function settle(store: ProgressStore): Promise<void> {
  const scheduler = store.schedule;
  const state = stateOf(store);
  if (state.running) return state.running;
  if (!scheduler || !unsettled(store)) return Promise.resolve();
  const done = (async () => {
    // Never within the caller's turn: a view asking while it renders is told of the change after.
    await null;
    try {
      const changes: Change[] = [];
      for (const [id, p] of [...store.questions]) {
        if (!p.pending) continue;
        let card = p.card;
        for (const [at, rating] of p.pending) {
          const next = scheduler(card, RATINGS[rating]!, at);
          card = next instanceof Promise ? await next : next;
        }
        changes.push(schedule(id, p.pending.at(-1)![0], card!));
      }
      store.change(...changes);
      state.failed = false;
    } catch (e) {
      state.failed = true;
      warn(`scheduling failed (${(e as Error).message}); the answers are saved with a simple schedule.`);
    } finally {
      state.running = undefined;
    }
  })();
  state.running = done;
  return done;
}

/** The end of today (local time) by `store`'s clock, as topic counts count what is due. */
export const endOfToday = (store: ProgressStore): number => new Date(store.now()).setHours(24, 0, 0, 0);

/**
 * When `id` is next due, or undefined if never answered. Asking schedules the pending reviews
 * (views update when that is done): until then the answer is a lower bound.
 */
export function dueAt(store: ProgressStore, id: string): number | undefined {
  const p = store.get(id);
  if (p?.pending) void settle(store);
  return p?.due;
}

/**
 * Whether `p` counts as due by `end` (the end of today). A pending review's lower bound may tell
 * that it is not; when it cannot, the reviews are scheduled (views update when that is done) and
 * the question counts as not due meanwhile. Without a working scheduler the lower bound decides.
 */
export function isDue(store: ProgressStore, p: QuestionProgress, end: number): boolean {
  if (p.due >= end) return false;
  if (!p.pending || !store.schedule || settling.get(store)?.failed) return true;
  void settle(store);
  return false;
}
