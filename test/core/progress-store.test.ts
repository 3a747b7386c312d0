import { expect, waitUntil } from '@open-wc/testing';
import { review, type StoredCard } from '../../src/core/fsrs.js';
import { ProgressStore, type Lock, type QuestionProgress, type Scheduler, type TopicStats } from '../../src/core/progress-store.js';
import type { Bank, IndexedBank, Question } from '../../src/data/types.js';
import { TopicCounts } from '../../src/core/topic-counts.js';
import { captureWarnings } from './warnings.js';
import { record } from '../../src/core/progress-answers.js';
import { clearRun, loadRun, runKeys, saveRun } from '../../src/core/progress-runs.js';
import { settle } from '../../src/core/progress-schedule.js';

/** An in-memory Storage that can be made to fail like a real one. */
class FakeStorage {
  data = new Map<string, string>();
  failReads = false;
  failWrites = false;
  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

const DAY = 86_400_000;
const questions = (...ids: string[]): Question[] => ids.map((id) => ({ id, topic: 't', prompt: id }));

/** A bank of `qs`, all in topic `t`, indexed as elements get it. */
const indexed = (qs: Question[]): IndexedBank => ({
  bank: { title: 'Test', topics: [{ id: 't', title: 'T' }], questions: qs } as Bank,
  source: 'test',
  questionsById: new Map(qs.map((q) => [q.id, q])),
  topicsById: new Map([['t', { id: 't', title: 'T' }]]),
  questionsByTopic: new Map([['t', qs]]),
});

/** The counts a topic picker shows for `qs`, from a fresh count. */
const stats = (store: ProgressStore, qs: Question[]): TopicStats => new TopicCounts(indexed(qs), store).get().get('t')!;

const warned = captureWarnings();

describe('ProgressStore', () => {
  it('records answers, schedules reviews with FSRS and counts what is due today', async () => {
    // Monday 9:00 local time.
    let now = new Date(2026, 10, 23, 9, 0).getTime();
    const store = new ProgressStore('k', new FakeStorage(), () => now, review);
    await record(store, 'a', true, 'easy');
    await record(store, 'b', false, 'again');
    expect(store.get('a')).to.deep.include({ seen: 1, correct: 1, last: now, rating: 'easy' });
    await settle(store);
    expect(store.get('a')!.card).to.deep.include({ reps: 1, lapses: 0, due: store.get('a')!.due });
    // New cards: easy waits 8 days, again comes back tomorrow.
    expect(store.get('a')!.due - now).to.equal(8 * DAY);
    expect(store.get('b')!.due - now).to.equal(DAY);
    expect(stats(store, questions('a', 'b', 'c'))).to.deep.equal({ total: 3, answered: 2, correct: 1, due: 0 });
    now += DAY - 8 * 3_600_000; // Tuesday 1:00: b is due at 9:00, so it is due today
    expect(stats(store, questions('a', 'b', 'c')).due).to.equal(1);
    now += 30 * DAY;
    expect(stats(store, questions('a', 'b', 'c')).due).to.equal(2);
  });

  it('spaces reviews further apart after each success and closer after a lapse', async () => {
    let now = new Date(2026, 0, 1, 12).getTime();
    const store = new ProgressStore('k', undefined, () => now, review);
    const gaps: number[] = [];
    for (const rating of ['good', 'good', 'good', 'good'] as const) {
      await record(store, 'a', true, rating);
      await settle(store);
      const p = store.get('a')!;
      gaps.push(Math.round((p.due - now) / DAY));
      now = p.due;
    }
    expect(gaps[3]).to.be.greaterThan(gaps[2]!);
    expect(gaps[2]).to.be.greaterThan(gaps[1]!);
    await record(store, 'a', false, 'again');
    await settle(store);
    const lapse = store.get('a')!;
    expect((lapse.due - now) / DAY).to.be.below(gaps[3]! / 4);
    expect(lapse.card!.lapses).to.equal(1);
  });

  it('saves the answer with a simple schedule when the scheduler fails', async () => {
    const store = new ProgressStore(
      'k',
      undefined,
      () => 0,
      () => Promise.reject(new Error('offline')),
    );
    expect(await record(store, 'a', true, 'good')).to.deep.equal({
      seen: 1,
      correct: 1,
      last: 0,
      due: DAY,
      rating: 'good',
      pending: [[0, 2]],
    });
    expect((await record(store, 'b', false, 'again')).due).to.equal(DAY);
    await settle(store);
    expect(warned.messages[0]).to.match(/scheduling failed \(offline\)/);
    // The answers keep their simple schedule, and their reviews stay for a later try.
    expect(store.get('a')).to.deep.equal({ seen: 1, correct: 1, last: 0, due: DAY, rating: 'good', pending: [[0, 2]] });
    expect(stats(store, questions('a', 'b')).due).to.equal(0);
  });

  it('persists across instances (a reload) under a versioned key', async () => {
    const storage = new FakeStorage();
    await record(new ProgressStore('quizkit:bank', storage, () => 5), 'a', true, 'easy');
    expect(JSON.parse(storage.data.get('quizkit:bank')!).v).to.equal(1);
    const reloaded = new ProgressStore('quizkit:bank', storage, () => 6);
    expect(reloaded.get('a')).to.include({ seen: 1, rating: 'easy' });
    expect(reloaded.persistent).to.equal(true);
  });

  it('saves, restores and clears unfinished runs', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore('k', storage);
    saveRun(store, 'run:/page#0', { index: 2 });
    expect(loadRun(new ProgressStore('k', storage), 'run:/page#0')).to.deep.equal({ index: 2 });
    saveRun(store, 'run:/other#0', { index: 1 });
    expect(runKeys(store)).to.deep.equal(['run:/page#0', 'run:/other#0']);
    clearRun(store, 'run:/page#0');
    expect(loadRun(new ProgressStore('k', storage), 'run:/page#0')).to.equal(undefined);
    expect(runKeys(new ProgressStore('k', storage))).to.deep.equal(['run:/other#0']);
  });

  it('tells subscribers about changes and counts versions', async () => {
    const store = new ProgressStore('k', new FakeStorage());
    let calls = 0;
    const off = store.subscribe(() => calls++);
    await record(store, 'a', true, 'good');
    off();
    await record(store, 'a', true, 'good');
    expect(calls).to.equal(1);
    expect(store.version).to.equal(2);
  });

  it('takes in what another tab saved, and tells its subscribers', async () => {
    const storage = new FakeStorage();
    const here = new ProgressStore('k', storage);
    const there = new ProgressStore('k', storage);
    await record(here, 'a', true, 'good');
    await record(there, 'b', true, 'good'); // 'there' never saw 'a', yet keeps it when it writes …
    let told = 0;
    here.subscribe(() => told++);
    here.reload(); // … and 'here' takes in 'b'
    expect(here.get('b')!.seen).to.equal(1);
    here.reload(); // nothing new: nobody is told
    await record(here, 'c', true, 'good');
    const saved = JSON.parse(storage.data.get('k')!).q;
    expect(Object.keys(saved)).to.have.members(['a', 'b', 'c']);
    expect(told).to.equal(2);
  });

  it('ignores corrupt JSON with a warning', async () => {
    const storage = new FakeStorage();
    storage.data.set('k', '{ not json');
    const store = new ProgressStore('k', storage);
    expect(store.get('a')).to.equal(undefined);
    expect(warned.messages[0]).to.match(/not JSON; starting afresh/);
    await record(store, 'a', true, 'good');
    expect(JSON.parse(storage.data.get('k')!).q.a.seen).to.equal(1);
  });

  it('ignores foreign data and malformed entries with a warning', () => {
    const storage = new FakeStorage();
    storage.data.set('k', JSON.stringify(['someone', 'else']));
    expect(new ProgressStore('k', storage).get('0')).to.equal(undefined);
    expect(warned.messages[0]).to.match(/not quizkit data/);
    storage.data.set(
      'k',
      JSON.stringify({ v: 1, q: { good: { seen: 1, correct: 1, last: 1, due: 2 }, bad: { seen: 'x' }, worse: null }, runs: 7 }),
    );
    const store = new ProgressStore('k', storage);
    expect(store.get('good')).to.deep.equal({ seen: 1, correct: 1, last: 1, due: 2 });
    expect(store.get('bad')).to.equal(undefined);
    expect(store.get('worse')).to.equal(undefined);
    expect(loadRun(store, 'x')).to.equal(undefined);
  });

  it('leaves data from a newer version untouched and works in memory', async () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ v: 2, q: { a: { future: true } } });
    storage.data.set('k', newer);
    const store = new ProgressStore('k', storage);
    await record(store, 'a', true, 'good');
    expect(store.get('a')!.seen).to.equal(1);
    expect(storage.data.get('k')).to.equal(newer);
    expect(store.persistent).to.equal(false);
    expect(warned.messages[0]).to.match(/newer version \(2\); it is left untouched/);
  });

  it('starts afresh from an older version', () => {
    const storage = new FakeStorage();
    storage.data.set('k', JSON.stringify({ v: 0, q: { a: { seen: 1, correct: 1, last: 1, due: 2 } } }));
    expect(new ProgressStore('k', storage).get('a')).to.equal(undefined);
    expect(warned.messages[0]).to.match(/old version/);
  });

  it('works in memory when storage cannot be read (SecurityError)', async () => {
    const storage = new FakeStorage();
    storage.failReads = true;
    const store = new ProgressStore('k', storage);
    await record(store, 'a', true, 'good');
    expect(store.get('a')!.seen).to.equal(1);
    expect(store.persistent).to.equal(false);
    expect(warned.messages[0]).to.match(/cannot be read \(The operation is insecure\.\)/);
  });

  it('keeps working in memory when storage is full (QuotaExceededError)', async () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    const store = new ProgressStore('k', storage);
    await record(store, 'a', true, 'good');
    await record(store, 'a', false, 'again');
    expect(store.get('a')).to.include({ seen: 2, correct: 1 });
    expect(warned.messages).to.have.length(1);
    expect(warned.messages[0]).to.match(/cannot be saved/);
  });

  it('works without any storage', async () => {
    const store = new ProgressStore('k', undefined);
    await record(store, 'a', true, 'hard');
    expect(store.get('a')!.rating).to.equal('hard');
    expect(store.persistent).to.equal(false);
  });
});

/** The Web Locks API as the store takes it. */
const webLock: Lock = (name, task) => navigator.locks.request(name, task);

/** Progress saved under `key`, as stored. */
const stored = (
  storage: { getItem(key: string): string | null },
  key = 'k',
): { q: Record<string, QuestionProgress>; runs: Record<string, unknown> } => JSON.parse(storage.getItem(key) ?? '{"q":{},"runs":{}}');

describe('ProgressStore in two tabs', () => {
  const ids = Array.from({ length: 20 }, (_, i) => i);

  it('keeps every answer when two tabs answer different questions in turn, with no pause', async () => {
    const storage = new FakeStorage();
    // Neither tab hears of the other's writes: each merges into what is stored when it writes.
    const [one, two] = [new ProgressStore('k', storage), new ProgressStore('k', storage)];
    for (const i of ids) {
      void record(one, `one-${i}`, true, 'good');
      void record(two, `two-${i}`, i % 2 === 0, 'again');
    }
    const q = stored(storage).q;
    const lost = ids.flatMap((i) => [`one-${i}`, `two-${i}`]).filter((id) => q[id]?.seen !== 1);
    expect(lost, 'answers lost').to.deep.equal([]);
  });

  it('counts every answer when both tabs answer the same question; the later one sets the rating', async () => {
    let now = 1_000;
    const storage = new FakeStorage();
    const [one, two] = [new ProgressStore('k', storage, () => now), new ProgressStore('k', storage, () => now)];
    await record(one, 'same', true, 'good'); // both tabs have seen this one
    two.reload();
    for (const i of ids) {
      now += 10;
      void record(one, 'same', true, 'easy');
      now += 10;
      void record(two, 'same', i < 19, i < 19 ? 'good' : 'again');
    }
    expect(stored(storage).q.same).to.deep.include({ seen: 41, correct: 40, last: now, due: now + DAY, rating: 'again' });
    // A tab that never reloads still shows the merged record once it has written.
    expect(one.get('same')!.seen).to.equal(40);
    two.reload();
    one.reload();
    expect([one.get('same')!.seen, two.get('same')!.seen]).to.deep.equal([41, 41]);
  });

  it('puts back its answers when a tab writing at the same moment dropped them, and counts them once', async () => {
    const storage = new FakeStorage();
    const here = new ProgressStore('k', storage);
    const before = storage.data.get('k') ?? null;
    await record(here, 'a', true, 'good');
    await record(here, 'b', false, 'again');
    // A tab that read before those answers writes its own copy over them.
    const stale = new ProgressStore('k', { getItem: () => before, setItem: (k, v) => storage.setItem(k, v) });
    await record(stale, 'c', true, 'good');
    expect(Object.keys(stored(storage).q)).to.deep.equal(['c']);
    here.reload(); // its 'storage' event
    expect(stored(storage).q).to.have.keys(['a', 'b', 'c']);
    here.reload();
    new ProgressStore('k', storage).reload();
    expect([stored(storage).q.a!.seen, stored(storage).q.b!.seen]).to.deep.equal([1, 1]);
  });

  it('takes progress removed from storage as a reset, not as answers to put back', async () => {
    const storage = new FakeStorage();
    const store = new ProgressStore('k', storage);
    await record(store, 'a', true, 'good');
    storage.data.delete('k'); // a page's "reset progress", or site data cleared
    store.reload();
    expect(store.get('a')).to.equal(undefined);
    expect(storage.data.has('k')).to.equal(false);
    await record(store, 'b', true, 'good');
    expect(Object.keys(stored(storage).q)).to.deep.equal(['b']);
  });

  it('merges unfinished runs per run key', () => {
    const storage = new FakeStorage();
    const [one, two] = [new ProgressStore('k', storage), new ProgressStore('k', storage)];
    saveRun(one, 'run:/a#0', { index: 1 });
    saveRun(two, 'run:/b#0', { index: 2 });
    saveRun(one, 'run:/a#0', { index: 3 });
    expect(stored(storage).runs).to.deep.equal({ 'run:/a#0': { index: 3 }, 'run:/b#0': { index: 2 } });
    two.reload();
    clearRun(two, 'run:/a#0');
    expect(stored(storage).runs).to.deep.equal({ 'run:/b#0': { index: 2 } });
    expect(loadRun(one, 'run:/a#0')).to.deep.equal({ index: 3 }); // until it hears of it
  });

  it('takes turns with the Web Locks API over the real localStorage', async () => {
    const key = `quizkit:test-locks-${Math.random()}`;
    try {
      const [one, two] = [
        new ProgressStore(key, localStorage, undefined, undefined, webLock),
        new ProgressStore(key, localStorage, undefined, undefined, webLock),
      ];
      for (const i of ids) {
        void record(one, `one-${i}`, true, 'good');
        void record(two, `two-${i}`, true, 'good');
        void record(one, 'same', true, 'good');
        void record(two, 'same', false, 'again');
      }
      await Promise.all([one.saved(), two.saved()]);
      const q = stored(localStorage, key).q;
      const lost = ids.flatMap((i) => [`one-${i}`, `two-${i}`]).filter((id) => q[id]?.seen !== 1);
      expect(lost, 'answers lost').to.deep.equal([]);
      expect(q.same).to.include({ seen: 40, correct: 20 });
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('writes under a lock, and without it when the lock fails or the page goes away first', async () => {
    const storage = new FakeStorage();
    const never: Lock = () => new Promise(() => {});
    const store = new ProgressStore('k', storage, () => 0, undefined, never);
    void record(store, 'a', true, 'good');
    expect(storage.data.has('k')).to.equal(false);
    store.flush(); // pagehide
    expect(stored(storage).q.a!.seen).to.equal(1);
    const refused = new ProgressStore(
      'k',
      storage,
      () => 0,
      undefined,
      () => Promise.reject(new DOMException('no locks here', 'SecurityError')),
    );
    void record(refused, 'b', true, 'good');
    await refused.saved();
    expect(stored(storage).q).to.have.keys(['a', 'b']);
  });

  it('stops writing when another tab has stored data of a newer version', async () => {
    const storage = new FakeStorage();
    const store = new ProgressStore('k', storage);
    await record(store, 'a', true, 'good');
    const newer = JSON.stringify({ v: 2, q: {} });
    storage.data.set('k', newer);
    await record(store, 'b', true, 'good');
    expect(storage.data.get('k')).to.equal(newer);
    expect(store.get('b')!.seen).to.equal(1);
    expect(store.persistent).to.equal(false);
    expect(warned.messages[0]).to.match(/newer version \(2\)/);
  });
});

describe('ProgressStore: an answer is saved before it is scheduled', () => {
  it('stores the answer at once when the scheduler never answers, and a later page schedules it', async () => {
    const now = new Date(2026, 10, 23, 9, 0).getTime();
    const storage = new FakeStorage();
    const stuck = new ProgressStore(
      'k',
      storage,
      () => now,
      () => new Promise<StoredCard>(() => {}),
    );
    void record(stuck, 'a', true, 'easy');
    void record(stuck, 'b', false, 'again');
    void settle(stuck);
    // In storage before the scheduler has answered (it never will): closing the tab loses nothing.
    expect(stored(storage).q.a).to.deep.equal({ seen: 1, correct: 1, last: now, due: now + DAY, rating: 'easy', pending: [[now, 3]] });
    expect(stored(storage).q.b).to.deep.include({ seen: 1, correct: 0, rating: 'again' });
    expect(stats(stuck, questions('a', 'b'))).to.deep.include({ answered: 2, correct: 1 });
    // The next page view has a scheduler that works: it schedules both when asked for due dates.
    const next = new ProgressStore('k', storage, () => now + 60_000, review);
    expect(stored(storage).q.a!.card, 'scheduled before anything needed due dates').to.equal(undefined);
    await settle(next);
    expect(stored(storage).q.a!.pending).to.equal(undefined);
    expect(stored(storage).q.a!.due - now).to.equal(8 * DAY);
    expect(stored(storage).q.a!.card).to.deep.include({ reps: 1, last_review: now });
    expect(next.get('b')).to.deep.include({ seen: 1, due: now + DAY });
  });

  it('writes the answer first with Web Locks too, then the schedule', async () => {
    const key = `quizkit:test-first-${Math.random()}`;
    let release: (() => void) | undefined;
    const slow: Scheduler = (card, rating, at) => new Promise((resolve) => (release = () => resolve(review(card, rating, at))));
    try {
      const store = new ProgressStore(key, localStorage, () => 5_000, slow, webLock);
      await record(store, 'a', true, 'good');
      const settled = settle(store);
      await store.saved();
      expect(stored(localStorage, key).q.a).to.deep.equal({
        seen: 1,
        correct: 1,
        last: 5_000,
        due: 5_000 + DAY,
        rating: 'good',
        pending: [[5_000, 2]],
      });
      await waitUntil(() => release, 'the scheduler was not asked');
      release!();
      await settled;
      const progress = store.get('a')!;
      await store.saved();
      expect(progress.due - 5_000).to.equal(3 * DAY);
      expect(stored(localStorage, key).q.a).to.deep.equal(progress);
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('schedules answers in order, each from the card the one before left', async () => {
    let now = 0;
    const pending: (() => void)[] = [];
    const slow: Scheduler = (card, rating, at) => new Promise((resolve) => pending.push(() => resolve(review(card, rating, at))));
    const store = new ProgressStore('k', new FakeStorage(), () => now, slow);
    await record(store, 'a', true, 'good');
    now = 3 * DAY;
    await record(store, 'a', true, 'good');
    const settled = settle(store);
    await waitUntil(() => pending.length === 1);
    pending.shift()!();
    await waitUntil(() => pending.length === 1);
    pending.shift()!();
    await settled;
    const p = store.get('a')!;
    expect(p.card).to.deep.include({ reps: 2, last_review: 3 * DAY });
    expect(p.due).to.equal(p.card!.due);
    expect(p.due - 3 * DAY).to.be.greaterThan(3 * DAY);
  });
});

describe('ProgressStore: stored data of the wrong shape', () => {
  it('drops what does not fit, field by field, with one warning naming it, and never throws', async () => {
    const storage = new FakeStorage();
    const good = { seen: 2, correct: 1, last: 5, due: 6 };
    storage.data.set(
      'k',
      JSON.stringify({
        v: 1,
        q: {
          good,
          badRating: { ...good, rating: 'meh' },
          badCard: { ...good, card: { due: 'soon' } },
          noSeen: { ...good, seen: 'x' },
          negative: { ...good, correct: -1 },
          list: [1, 2],
          none: null,
        },
        runs: { 'run:ok': { v: 1 }, 'run:number': 4, 'run:text': 'x' },
        stamps: { good: { s: 'x' }, other: 5 },
      }),
    );
    const store = new ProgressStore('k', storage, () => 10, review);
    expect(store.get('good')).to.deep.equal(good);
    expect(store.get('badRating')).to.deep.equal(good);
    expect(store.get('badCard')).to.deep.equal(good);
    for (const id of ['noSeen', 'negative', 'list', 'none']) expect(store.get(id), id).to.equal(undefined);
    expect(loadRun(store, 'run:ok')).to.deep.equal({ v: 1 });
    expect([loadRun(store, 'run:number'), loadRun(store, 'run:text')]).to.deep.equal([undefined, undefined]);
    expect(warned.messages).to.have.length(1);
    expect(warned.messages[0]).to.equal(
      'quizkit: progress under "k": ignored the rating of "badRating", the schedule of "badCard", the progress of "noSeen" and 5 more (not in the expected shape).',
    );
    await record(store, 'good', true, 'good');
    expect(stored(storage).q.good!.seen).to.equal(3);
    expect(Object.keys(stored(storage).q)).to.have.members(['good', 'badRating', 'badCard']);
  });

  it('ignores answers and runs that are not objects at all', () => {
    const storage = new FakeStorage();
    storage.data.set('k', JSON.stringify({ v: 1, q: 'lots', runs: [1] }));
    const store = new ProgressStore('k', storage);
    expect(stats(store, questions('0'))).to.deep.include({ answered: 0 });
    expect(loadRun(store, '0')).to.equal(undefined);
    expect(warned.messages[0]).to.match(/ignored the answers, the saved runs \(not in the expected shape\)/);
  });

  it('keeps questions and runs whose ids are names of Object members', async () => {
    const storage = new FakeStorage();
    const store = new ProgressStore('k', storage, () => 0);
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    expect(ids.map((id) => store.get(id))).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(stats(store, questions(...ids))).to.deep.equal({ total: 4, answered: 0, correct: 0, due: 0 });
    expect(loadRun(store, 'constructor')).to.equal(undefined);
    await record(store, '__proto__', true, 'good');
    await record(store, 'constructor', false, 'again');
    saveRun(store, '__proto__', { index: 1 });
    saveRun(store, 'toString', { index: 2 });
    clearRun(store, 'valueOf');
    const reloaded = new ProgressStore('k', storage, () => 0);
    expect(reloaded.get('__proto__')).to.include({ seen: 1, correct: 1 });
    expect(reloaded.get('constructor')).to.include({ seen: 1, correct: 0 });
    expect(reloaded.get('toString')).to.equal(undefined);
    expect(stats(reloaded, questions(...ids))).to.deep.include({ answered: 2, correct: 1 });
    expect([loadRun(reloaded, '__proto__'), loadRun(reloaded, 'toString')]).to.deep.equal([{ index: 1 }, { index: 2 }]);
    expect(Object.getPrototypeOf(stored(storage).q)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).seen).to.equal(undefined); // nothing leaked into Object.prototype
    expect(warned.messages).to.deep.equal([]);
  });
});
