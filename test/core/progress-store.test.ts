import { expect } from '@open-wc/testing';
import { review } from '../../src/core/fsrs.js';
import { ProgressStore } from '../../src/core/progress-store.js';
import type { Question } from '../../src/data/types.js';

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

describe('ProgressStore', () => {
  let warnings: string[];
  const realWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.warn = realWarn;
  });

  it('records answers, schedules reviews with FSRS and counts what is due today', async () => {
    // Monday 9:00 local time.
    let now = new Date(2026, 10, 23, 9, 0).getTime();
    const store = new ProgressStore('k', new FakeStorage(), () => now, review);
    await store.record('a', true, 'easy');
    await store.record('b', false, 'again');
    expect(store.get('a')).to.deep.include({ seen: 1, correct: 1, last: now, rating: 'easy' });
    expect(store.get('a')!.card).to.deep.include({ reps: 1, lapses: 0, due: store.get('a')!.due });
    // New cards: easy waits 8 days, again comes back tomorrow.
    expect(store.get('a')!.due - now).to.equal(8 * DAY);
    expect(store.get('b')!.due - now).to.equal(DAY);
    expect(store.stats(questions('a', 'b', 'c'))).to.deep.equal({ total: 3, answered: 2, correct: 1, due: 0 });
    now += DAY - 8 * 3_600_000; // Tuesday 1:00: b is due at 9:00, so it is due today
    expect(store.stats(questions('a', 'b', 'c')).due).to.equal(1);
    now += 30 * DAY;
    expect(store.stats(questions('a', 'b', 'c')).due).to.equal(2);
  });

  it('spaces reviews further apart after each success and closer after a lapse', async () => {
    let now = new Date(2026, 0, 1, 12).getTime();
    const store = new ProgressStore('k', undefined, () => now, review);
    const gaps: number[] = [];
    for (const rating of ['good', 'good', 'good', 'good'] as const) {
      const p = await store.record('a', true, rating);
      gaps.push(Math.round((p.due - now) / DAY));
      now = p.due;
    }
    expect(gaps[3]).to.be.greaterThan(gaps[2]!);
    expect(gaps[2]).to.be.greaterThan(gaps[1]!);
    const lapse = await store.record('a', false, 'again');
    expect((lapse.due - now) / DAY).to.be.below(gaps[3]! / 4);
    expect(lapse.card!.lapses).to.equal(1);
  });

  it('saves the answer with a simple schedule when the scheduler fails', async () => {
    const store = new ProgressStore('k', undefined, () => 0, () => Promise.reject(new Error('offline')));
    expect(await store.record('a', true, 'good')).to.deep.equal({ seen: 1, correct: 1, last: 0, due: DAY, rating: 'good' });
    expect((await store.record('b', false, 'again')).due).to.equal(600_000);
    expect(warnings[0]).to.match(/scheduling failed \(offline\)/);
  });

  it('persists across instances (a reload) under a versioned key', async () => {
    const storage = new FakeStorage();
    await new ProgressStore('quizkit:bank', storage, () => 5).record('a', true, 'easy');
    expect(JSON.parse(storage.data.get('quizkit:bank')!).v).to.equal(1);
    const reloaded = new ProgressStore('quizkit:bank', storage, () => 6);
    expect(reloaded.get('a')).to.include({ seen: 1, rating: 'easy' });
    expect(reloaded.persistent).to.equal(true);
  });

  it('saves, restores and clears unfinished runs', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore('k', storage);
    store.saveRun('run:/page#0', { index: 2 });
    expect(new ProgressStore('k', storage).loadRun('run:/page#0')).to.deep.equal({ index: 2 });
    store.clearRun('run:/page#0');
    expect(new ProgressStore('k', storage).loadRun('run:/page#0')).to.equal(undefined);
  });

  it('tells subscribers about changes and counts versions', async () => {
    const store = new ProgressStore('k', new FakeStorage());
    let calls = 0;
    const off = store.subscribe(() => calls++);
    await store.record('a', true, 'good');
    off();
    await store.record('a', true, 'good');
    expect(calls).to.equal(1);
    expect(store.version).to.equal(2);
  });

  it('takes in what another tab saved, and tells its subscribers', async () => {
    const storage = new FakeStorage();
    const here = new ProgressStore('k', storage);
    const there = new ProgressStore('k', storage);
    await here.record('a', true, 'good');
    await there.record('b', true, 'good'); // 'there' never saw 'a' …
    let told = 0;
    here.subscribe(() => told++);
    here.reload(); // … but 'here' takes in 'b' before writing again
    expect(here.get('b')!.seen).to.equal(1);
    await here.record('c', true, 'good');
    const saved = JSON.parse(storage.data.get('k')!).q;
    expect(Object.keys(saved)).to.have.members(['b', 'c']);
    expect(told).to.equal(2);
  });

  it('ignores corrupt JSON with a warning', async () => {
    const storage = new FakeStorage();
    storage.data.set('k', '{ not json');
    const store = new ProgressStore('k', storage);
    expect(store.get('a')).to.equal(undefined);
    expect(warnings[0]).to.match(/not JSON; starting afresh/);
    await store.record('a', true, 'good');
    expect(JSON.parse(storage.data.get('k')!).q.a.seen).to.equal(1);
  });

  it('ignores foreign data and malformed entries with a warning', () => {
    const storage = new FakeStorage();
    storage.data.set('k', JSON.stringify(['someone', 'else']));
    expect(new ProgressStore('k', storage).get('0')).to.equal(undefined);
    expect(warnings[0]).to.match(/not quizkit data/);
    storage.data.set('k', JSON.stringify({ v: 1, q: { good: { seen: 1, correct: 1, last: 1, due: 2 }, bad: { seen: 'x' }, worse: null }, runs: 7 }));
    const store = new ProgressStore('k', storage);
    expect(store.get('good')).to.deep.equal({ seen: 1, correct: 1, last: 1, due: 2 });
    expect(store.get('bad')).to.equal(undefined);
    expect(store.get('worse')).to.equal(undefined);
    expect(store.loadRun('x')).to.equal(undefined);
  });

  it('leaves data from a newer version untouched and works in memory', async () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ v: 2, q: { a: { future: true } } });
    storage.data.set('k', newer);
    const store = new ProgressStore('k', storage);
    await store.record('a', true, 'good');
    expect(store.get('a')!.seen).to.equal(1);
    expect(storage.data.get('k')).to.equal(newer);
    expect(store.persistent).to.equal(false);
    expect(warnings[0]).to.match(/newer version \(2\); it is left untouched/);
  });

  it('starts afresh from an older version', () => {
    const storage = new FakeStorage();
    storage.data.set('k', JSON.stringify({ v: 0, q: { a: { seen: 1, correct: 1, last: 1, due: 2 } } }));
    expect(new ProgressStore('k', storage).get('a')).to.equal(undefined);
    expect(warnings[0]).to.match(/old version/);
  });

  it('works in memory when storage cannot be read (SecurityError)', async () => {
    const storage = new FakeStorage();
    storage.failReads = true;
    const store = new ProgressStore('k', storage);
    await store.record('a', true, 'good');
    expect(store.get('a')!.seen).to.equal(1);
    expect(store.persistent).to.equal(false);
    expect(warnings[0]).to.match(/cannot be read \(The operation is insecure\.\)/);
  });

  it('keeps working in memory when storage is full (QuotaExceededError)', async () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    const store = new ProgressStore('k', storage);
    await store.record('a', true, 'good');
    await store.record('a', false, 'again');
    expect(store.get('a')).to.include({ seen: 2, correct: 1 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/cannot be saved/);
  });

  it('works without any storage', async () => {
    const store = new ProgressStore('k', undefined);
    await store.record('a', true, 'hard');
    expect(store.get('a')!.rating).to.equal('hard');
    expect(store.persistent).to.equal(false);
  });
});
