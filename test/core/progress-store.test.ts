import { expect } from '@open-wc/testing';
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

  it('records answers, schedules reviews and counts them per set of questions', () => {
    let now = 1000;
    const store = new ProgressStore('k', new FakeStorage(), () => now);
    store.record('a', true, 'good');
    store.record('b', false, 'again');
    expect(store.get('a')).to.deep.equal({ seen: 1, correct: 1, last: 1000, due: 1000 + DAY, rating: 'good' });
    expect(store.get('b')!.due).to.equal(1000 + 10 * 60_000);
    expect(store.stats(questions('a', 'b', 'c'))).to.deep.equal({ total: 3, answered: 2, correct: 1, due: 0 });
    now += 11 * 60_000;
    expect(store.stats(questions('a', 'b', 'c')).due).to.equal(1);
    now += DAY;
    expect(store.stats(questions('a', 'b', 'c')).due).to.equal(2);
  });

  it('persists across instances (a reload) under a versioned key', () => {
    const storage = new FakeStorage();
    new ProgressStore('quizkit:bank', storage, () => 5).record('a', true, 'easy');
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

  it('tells subscribers about changes and counts versions', () => {
    const store = new ProgressStore('k', new FakeStorage());
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.record('a', true, 'good');
    off();
    store.record('a', true, 'good');
    expect(calls).to.equal(1);
    expect(store.version).to.equal(2);
  });

  it('ignores corrupt JSON with a warning', () => {
    const storage = new FakeStorage();
    storage.data.set('k', '{ not json');
    const store = new ProgressStore('k', storage);
    expect(store.get('a')).to.equal(undefined);
    expect(warnings[0]).to.match(/not JSON; starting afresh/);
    store.record('a', true, 'good');
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

  it('leaves data from a newer version untouched and works in memory', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ v: 2, q: { a: { future: true } } });
    storage.data.set('k', newer);
    const store = new ProgressStore('k', storage);
    store.record('a', true, 'good');
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

  it('works in memory when storage cannot be read (SecurityError)', () => {
    const storage = new FakeStorage();
    storage.failReads = true;
    const store = new ProgressStore('k', storage);
    store.record('a', true, 'good');
    expect(store.get('a')!.seen).to.equal(1);
    expect(store.persistent).to.equal(false);
    expect(warnings[0]).to.match(/cannot be read \(The operation is insecure\.\)/);
  });

  it('keeps working in memory when storage is full (QuotaExceededError)', () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    const store = new ProgressStore('k', storage);
    store.record('a', true, 'good');
    store.record('a', false, 'again');
    expect(store.get('a')).to.include({ seen: 2, correct: 1 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/cannot be saved/);
  });

  it('works without any storage', () => {
    const store = new ProgressStore('k', undefined);
    store.record('a', true, 'hard');
    expect(store.get('a')!.rating).to.equal('hard');
    expect(store.persistent).to.equal(false);
  });
});
