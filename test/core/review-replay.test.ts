// Answers saved as pending reviews and scheduled later give the schedule that scheduling each at
// once gave; progress saved before reviews were pending still loads and schedules the same.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { review, type StoredCard } from '../../src/core/fsrs.js';
import { ProgressStore } from '../../src/core/progress-store.js';
import { RATINGS, type Rating } from '../../src/core/rating.js';
import { captureWarnings } from './warnings.js';
import { record } from '../../src/core/progress-answers.js';
import { changedSince } from '../../src/core/progress-journal.js';
import { loadRun, saveRun } from '../../src/core/progress-runs.js';
import { settle } from '../../src/core/progress-schedule.js';
import { MemoryStorage } from './memory-storage.js';

const DAY = 86_400_000;
const START = new Date(2026, 0, 5, 8, 30).getTime();
const warned = captureWarnings();

/** The card after `reviews` scheduled one by one as they happen: what quizkit stored before reviews were pending. */
const atOnce = (reviews: readonly [number, Rating][], card?: StoredCard): StoredCard | undefined =>
  reviews.reduce<StoredCard | undefined>((c, [at, rating]) => review(c, rating, at), card);

/** Reviews of a few questions, at increasing times from START: gaps from a minute to two months. */
const histories = fc.array(
  fc.record({
    id: fc.constantFrom('a', 'b', 'c'),
    gap: fc.integer({ min: 60_000, max: 60 * DAY }),
    rating: fc.constantFrom(...RATINGS),
    // Something needs due dates right after this answer (a picker opened, say).
    settle: fc.boolean(),
  }),
  { minLength: 1, maxLength: 25 },
);

describe('pending reviews', () => {
  it('replayed later, give exactly the cards and due dates of scheduling each answer at once', async () => {
    await fc.assert(
      fc.asyncProperty(histories, async (steps) => {
        let now = START;
        const store = new ProgressStore('k', new MemoryStorage(), () => now, review);
        const byId = new Map<string, [number, Rating][]>();
        for (const { id, gap, rating, settle: settleNow } of steps) {
          now += gap;
          await record(store, id, rating !== 'again', rating);
          byId.set(id, [...(byId.get(id) ?? []), [now, rating]]);
          if (settleNow) await settle(store);
        }
        await settle(store);
        for (const [id, reviews] of byId) {
          const expected = atOnce(reviews)!;
          expect(store.get(id)!.card, id).to.deep.equal(expected);
          expect(store.get(id)!.due, id).to.equal(expected.due);
          expect(store.get(id)!.pending, id).to.equal(undefined);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('give a due date no earlier than a day after the answer, so an answer from today is never due today', () => {
    fc.assert(
      fc.property(histories, (steps) => {
        let now = START;
        let card: StoredCard | undefined;
        for (const { gap, rating } of steps) {
          now += gap;
          card = review(card, rating, now);
          expect(card.due - now).to.be.at.least(DAY);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('are stored compactly, and removed once scheduled', async () => {
    const storage = new MemoryStorage();
    let now = START;
    const store = new ProgressStore('k', storage, () => now, review);
    await record(store, 'a', false, 'again');
    now += DAY;
    await record(store, 'a', true, 'good');
    const stored = (): Record<string, unknown> => (JSON.parse(storage.data.get('k')!) as { q: Record<string, unknown> }).q;
    expect(stored().a).to.deep.equal({
      seen: 2,
      correct: 1,
      last: now,
      due: now + DAY,
      rating: 'good',
      pending: [
        [START, 0],
        [now, 2],
      ],
    });
    await settle(store);
    await store.saved();
    expect(stored().a).to.not.have.property('pending');
    expect(stored().a).to.deep.include({
      due: atOnce([
        [START, 'again'],
        [now, 'good'],
      ])!.due,
    });
  });

  it('from two tabs are replayed in time order, whichever wrote first', async () => {
    const storage = new MemoryStorage();
    let now = START;
    const one = new ProgressStore('k', storage, () => now, review);
    const two = new ProgressStore('k', storage, () => now, review);
    await record(one, 'a', true, 'good');
    now += 2 * DAY;
    await record(two, 'a', false, 'again'); // two's write merges one's answer in
    now += DAY;
    await record(one, 'a', true, 'easy'); // and one's merges two's
    one.reload();
    await settle(one);
    await one.saved();
    two.reload();
    const expected = atOnce([
      [START, 'good'],
      [START + 2 * DAY, 'again'],
      [START + 3 * DAY, 'easy'],
    ])!;
    expect(two.get('a')).to.deep.include({ seen: 3, due: expected.due });
    expect(two.get('a')!.card).to.deep.equal(expected);
  });

  it('an answer older than the scheduled card (a tab that wrote late) only counts', async () => {
    let now = START + DAY;
    const store = new ProgressStore('k', new MemoryStorage(), () => now, review);
    await record(store, 'a', true, 'good');
    await settle(store);
    const card = store.get('a')!.card;
    now = START; // a clock behind, as a late write from another tab carries an older time
    await record(store, 'a', false, 'again');
    expect(store.get('a')).to.deep.include({ seen: 2, correct: 1, last: START + DAY, card });
    expect(store.get('a')!.pending).to.equal(undefined);
  });
});

describe('progress saved before reviews were pending (storage format v1 as written until now)', () => {
  // As the store wrote it: `a` scheduled after both answers; `b` answered, then the page closed
  // before FSRS came (no card); `c` scheduled once, then answered again and closed too soon.
  const cardA = atOnce([
    [START, 'again'],
    [START + DAY, 'good'],
  ])!;
  const cardC = atOnce([[START, 'easy']])!;
  const fixture = {
    v: 1,
    q: {
      a: { seen: 2, correct: 1, last: START + DAY, due: cardA.due, rating: 'good', card: cardA },
      b: { seen: 1, correct: 0, last: START + DAY, due: START + 2 * DAY, rating: 'again' },
      c: { seen: 2, correct: 2, last: START + 9 * DAY, due: START + 10 * DAY, rating: 'good', card: cardC },
    },
    runs: { 'run:/page#r|quiz': { v: 1, ids: ['a'], index: 0, answers: [] } },
    stamps: { a: { x1: START + DAY } },
  };
  // The literal text, so that the test keeps reading today's format whatever the store writes.
  const text = JSON.stringify(fixture);

  it('loads as it is, with the answers never scheduled taken as pending', () => {
    const storage = new MemoryStorage();
    storage.data.set('k', text);
    const store = new ProgressStore('k', storage, () => START + 10 * DAY, review);
    expect(warned.messages).to.deep.equal([]);
    expect(store.get('a')).to.deep.equal(fixture.q.a);
    expect(store.get('b')).to.deep.equal({ ...fixture.q.b, pending: [[START + DAY, 0]] });
    expect(store.get('c')).to.deep.equal({ ...fixture.q.c, pending: [[START + 9 * DAY, 2]] });
    expect(loadRun(store, 'run:/page#r|quiz')).to.deep.equal(fixture.runs['run:/page#r|quiz']);
  });

  it('schedules them as the old store would have, and keeps the scheduled ones', async () => {
    const storage = new MemoryStorage();
    storage.data.set('k', text);
    const store = new ProgressStore('k', storage, () => START + 10 * DAY, review);
    await settle(store);
    expect(store.get('a')!.card).to.deep.equal(cardA);
    expect(store.get('b')!.card).to.deep.equal(review(undefined, 'again', START + DAY));
    expect(store.get('c')!.card).to.deep.equal(review(cardC, 'good', START + 9 * DAY));
    expect(store.get('c')!.due).to.equal(store.get('c')!.card!.due);
    // A new answer builds on the stored card.
    await record(store, 'a', true, 'easy');
    await settle(store);
    expect(store.get('a')!.card).to.deep.equal(review(cardA, 'easy', START + 10 * DAY));
    await store.saved();
    expect((JSON.parse(storage.data.get('k')!) as { v: number }).v).to.equal(1);
  });
});

describe('changedSince', () => {
  it('names the questions that changed, none for a run, and nothing it cannot know', async () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore('k', storage, () => START, review);
    const v0 = store.version;
    await record(store, 'a', true, 'good');
    await record(store, 'b', true, 'good');
    expect([...changedSince(store, v0)!]).to.have.members(['a', 'b']);
    const v1 = store.version;
    saveRun(store, 'run:x', { v: 1 });
    expect(changedSince(store, v1)!.size, 'a saved run changes no question').to.equal(0);
    expect(changedSince(store, store.version)!.size).to.equal(0);
    // Another tab wrote: anything may have changed.
    const other = new ProgressStore('k', storage, () => START + 1, review);
    await record(other, 'c', true, 'good');
    const v2 = store.version;
    store.reload();
    expect(changedSince(store, v2)).to.equal(undefined);
    // Far back: no longer known.
    for (let i = 0; i < 100; i++) saveRun(store, 'run:x', { v: 1, i });
    expect(changedSince(store, v2 + 1)).to.equal(undefined);
  });
});
