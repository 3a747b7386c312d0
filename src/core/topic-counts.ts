// A bank's per-topic progress counts, kept up to date from what changed in the progress store
// (the questions it names) instead of recounted over the whole bank on every write.

import type { IndexedBank } from '../data/types.js';
import type { ProgressStore, TopicStats } from './progress-store.js';
import { changedSince } from './progress-journal.js';
import { endOfToday, isDue } from './progress-schedule.js';
import { isSuccess } from './rating.js';

/** What one answered question adds to its topic's counts. */
interface Share {
  topic: string;
  correct: boolean;
  due: boolean;
}

export class TopicCounts {
  readonly bank: IndexedBank;
  readonly store: ProgressStore;
  readonly #stats = new Map<string, TopicStats>();
  readonly #shares = new Map<string, Share>();
  /** The store's version the counts are at (-1: never counted). */
  #version = -1;
  /** The end of the day the due counts are for: a new day makes other questions due. */
  #endOfToday = 0;

  constructor(bank: IndexedBank, store: ProgressStore) {
    this.bank = bank;
    this.store = store;
  }

  /** The counts per topic id, brought up to date: in proportion to the questions that changed since last time. */
  get(): ReadonlyMap<string, TopicStats> {
    const store = this.store;
    const end = endOfToday(store);
    if (this.#version !== store.version || this.#endOfToday !== end) {
      const changed = this.#endOfToday === end ? changedSince(store, this.#version) : undefined;
      // Taken before counting: asking for due dates may schedule pending reviews, a later change.
      this.#version = store.version;
      this.#endOfToday = end;
      if (changed) for (const id of changed) this.#recount(id, end);
      else this.#countAll(end);
    }
    return this.#stats;
  }

  #countAll(end: number): void {
    this.#stats.clear();
    this.#shares.clear();
    for (const topic of this.bank.bank.topics) {
      this.#stats.set(topic.id, { total: this.bank.questionsByTopic.get(topic.id)?.length ?? 0, answered: 0, correct: 0, due: 0 });
    }
    for (const questions of this.bank.questionsByTopic.values()) for (const q of questions) this.#recount(q.id, end);
  }

  /** Takes question `id`'s old share out of its topic's counts and puts its current one in. */
  #recount(id: string, end: number): void {
    const old = this.#shares.get(id);
    if (old) this.#add(old, -1);
    const topic = this.bank.questionsById.get(id)?.topic;
    const p = this.store.get(id);
    if (topic === undefined || !p) {
      this.#shares.delete(id);
      return;
    }
    const share: Share = { topic, correct: isSuccess(p.rating), due: isDue(this.store, p, end) };
    this.#shares.set(id, share);
    this.#add(share, 1);
  }

  #add({ topic, correct, due }: Share, sign: 1 | -1): void {
    const stats = this.#stats.get(topic);
    if (!stats) return;
    stats.answered += sign;
    if (correct) stats.correct += sign;
    if (due) stats.due += sign;
  }
}
