// A picker's per-topic counts, kept up to date from what changed, always equal a fresh count:
// after answers, saved runs, other tabs' writes, resets, scheduling and a new day.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { review } from '../../src/core/fsrs.js';
import { ProgressStore, type TopicStats } from '../../src/core/progress-store.js';
import { RATINGS } from '../../src/core/rating.js';
import { TopicCounts } from '../../src/core/topic-counts.js';
import type { Bank, IndexedBank, Question } from '../../src/data/types.js';
import { record } from '../../src/core/progress-answers.js';
import { saveRun } from '../../src/core/progress-runs.js';
import { settle } from '../../src/core/progress-schedule.js';
import { MemoryStorage } from './memory-storage.js';

const DAY = 86_400_000;
const TOPICS = ['t0', 't1', 't2'];
const IDS = Array.from({ length: 12 }, (_, i) => `q${i}`);

function bankOf(questions: Question[]): IndexedBank {
  const byTopic = new Map(TOPICS.map((t) => [t, questions.filter((q) => q.topic === t)]));
  return {
    bank: { title: 'Test', topics: TOPICS.map((id) => ({ id, title: id })), questions } as Bank,
    source: 'test',
    questionsById: new Map(questions.map((q) => [q.id, q])),
    topicsById: new Map(TOPICS.map((id) => [id, { id, title: id }])),
    questionsByTopic: byTopic,
  };
}

const BANK = bankOf(IDS.map((id, i) => ({ id, topic: TOPICS[i % 3]!, prompt: id })));

const plain = (m: ReadonlyMap<string, TopicStats>): Record<string, TopicStats> => Object.fromEntries([...m].map(([k, v]) => [k, { ...v }]));

const op = fc.oneof(
  fc.record({ kind: fc.constant('answer' as const), id: fc.constantFrom(...IDS, 'not-in-bank'), rating: fc.constantFrom(...RATINGS) }),
  fc.record({ kind: fc.constant('other tab' as const), id: fc.constantFrom(...IDS), rating: fc.constantFrom(...RATINGS) }),
  fc.record({ kind: fc.constant('run' as const) }),
  fc.record({ kind: fc.constant('reset' as const) }),
  fc.record({ kind: fc.constant('settle' as const) }),
  fc.record({ kind: fc.constant('time' as const), hours: fc.integer({ min: 1, max: 72 }) }),
);

describe('TopicCounts', () => {
  it('stays equal to a fresh count through answers, runs, other tabs, resets, scheduling and new days', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops) => {
        let now = new Date(2026, 2, 2, 9).getTime();
        const storage = new MemoryStorage();
        const store = new ProgressStore('k', storage, () => now, review);
        const counts = new TopicCounts(BANK, store);
        counts.get();
        for (const o of ops) {
          if (o.kind === 'answer') await record(store, o.id, o.rating !== 'again', o.rating);
          else if (o.kind === 'other tab') {
            await record(new ProgressStore('k', storage, () => now, review), o.id, o.rating !== 'again', o.rating);
            store.reload();
          } else if (o.kind === 'run') saveRun(store, 'run:x', { v: 1, at: now });
          else if (o.kind === 'reset') {
            storage.data.delete('k');
            store.reload();
          } else if (o.kind === 'settle') await settle(store);
          else now += o.hours * 3_600_000;
          const kept = plain(counts.get());
          // What a fresh count says once the scheduling it asked for is done.
          await settle(store);
          expect(plain(counts.get()), o.kind).to.deep.equal(plain(new TopicCounts(BANK, store).get()));
          expect(kept.t0!.total + kept.t1!.total + kept.t2!.total).to.equal(IDS.length);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('counts a saved run as no change, and an answer as a change to one topic only', async () => {
    const store = new ProgressStore('k', new MemoryStorage(), () => Date.now(), review);
    const counts = new TopicCounts(BANK, store);
    const before = plain(counts.get());
    saveRun(store, 'run:x', { v: 1 });
    expect(plain(counts.get())).to.deep.equal(before);
    await record(store, 'q1', true, 'good');
    expect(plain(counts.get())).to.deep.equal({ ...before, t1: { total: 4, answered: 1, correct: 1, due: 0 } });
  });

  it('asks for the schedule only when a pending review might be due today', async () => {
    let now = new Date(2026, 2, 2, 9).getTime();
    let asked = 0;
    const store = new ProgressStore(
      'k',
      new MemoryStorage(),
      () => now,
      (card, rating, at) => (asked++, review(card, rating, at)),
    );
    const counts = new TopicCounts(BANK, store);
    await record(store, 'q0', false, 'again');
    counts.get();
    await new Promise((resolve) => setTimeout(resolve));
    expect(asked, 'an answer from today cannot be due today').to.equal(0);
    await record(store, 'q3', false, 'again');
    now += DAY + 3_600_000; // tomorrow, 10:00: both answers may be due now
    expect(counts.get().get('t0')!.due, 'not yet scheduled').to.equal(0);
    await settle(store);
    expect(asked).to.equal(2);
    expect(counts.get().get('t0')!.due).to.equal(2);
  });
});
