// The progress store's seam: changes made by its other modules (answers, schedules, saved runs)
// merge as the store's own did, and a page's storage adapter is wired to the store it opens.

import { expect } from '@open-wc/testing';
import { record } from '../../src/core/progress-answers.js';
import { changedSince } from '../../src/core/progress-journal.js';
import { loadRun, saveRun } from '../../src/core/progress-runs.js';
import { ProgressStore, type Change } from '../../src/core/progress-store.js';
import { openAdapter, type ProgressStorage } from '../../src/data/progress-storage.js';
import type { Bank } from '../../src/data/types.js';
import { captureWarnings } from './warnings.js';
import { MemoryStorage } from './memory-storage.js';

/** A tab that read `storage` before anything was saved, and writes its own copy over it. */
const staleTab = (storage: MemoryStorage): ProgressStore =>
  new ProgressStore('k', { getItem: () => null, setItem: (k, v) => storage.setItem(k, v) });

const storedQ = (storage: MemoryStorage): Record<string, { seen: number }> => JSON.parse(storage.getItem('k')!).q;

captureWarnings();

describe('ProgressStore changes from its modules', () => {
  it('puts back a timed change that another tab wrote over, once, and tells what it touched', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore('k', storage, () => 1_000);
    let applied = 0;
    // A change of a kind the core does not know: it only needs its id, its time and how to apply it.
    const mark: Change = {
      id: 'x',
      at: 1_000,
      apply({ q }) {
        if (q.has('x')) return false;
        applied++;
        q.set('x', { seen: 1, correct: 0, last: 1_000, due: 2_000 });
        return true;
      },
    };
    const before = store.version;
    store.change(mark);
    expect([...changedSince(store, before)!]).to.deep.equal(['x']);
    void record(staleTab(storage), 'y', true, 'good');
    expect(Object.keys(storedQ(storage))).to.deep.equal(['y']);
    store.reload();
    expect(Object.keys(storedQ(storage))).to.have.members(['x', 'y']);
    store.reload();
    expect(applied, 'applied again once, after the other tab dropped it').to.equal(2);
  });

  it('puts back a saved run only until it is written: a later write of another tab wins', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore('k', storage);
    saveRun(store, 'run:/a#0', { index: 1 });
    const other = staleTab(storage);
    saveRun(other, 'run:/b#0', { index: 2 });
    store.reload();
    expect(loadRun(store, 'run:/a#0')).to.equal(undefined);
    expect(loadRun(store, 'run:/b#0')).to.deep.equal({ index: 2 });
  });

  it('a change that changes nothing is neither counted nor written', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore('k', storage);
    store.change({ apply: () => false });
    expect(store.version).to.equal(0);
    expect(storage.data.has('k')).to.equal(false);
  });
});

describe('openAdapter', () => {
  const bank = { id: 'b', title: 'B' } as Bank;

  it("opens the store on the adapter's text and takes in what its subscribe announces", async () => {
    const stored = JSON.stringify({ v: 1, q: { a: { seen: 1, correct: 1, last: 5, due: 6 } } });
    let announce: ((value: string | null) => void) | undefined;
    const adapter: ProgressStorage = {
      get: async () => stored,
      set: () => {},
      subscribe: (_key, listener) => {
        announce = listener;
        return () => {};
      },
    };
    const store = await openAdapter(adapter, 'quizkit:b', bank, (storage) => new ProgressStore('quizkit:b', storage));
    expect(store.persistent).to.equal(true);
    expect(store.get('a')!.seen).to.equal(1);
    announce!(JSON.stringify({ v: 1, q: { a: { seen: 4, correct: 2, last: 9, due: 10 } } }));
    expect(store.get('a')!.seen).to.equal(4);
  });

  it('keeps progress in memory, unsubscribed, when the adapter cannot be read', async () => {
    let subscribed = false;
    const adapter: ProgressStorage = {
      get: () => Promise.reject(new Error('503')),
      set: () => {},
      subscribe: () => {
        subscribed = true;
        return () => {};
      },
    };
    let given: unknown = 'not called';
    const store = await openAdapter(adapter, 'quizkit:b', bank, (storage) => {
      given = storage;
      return new ProgressStore('quizkit:b', storage);
    });
    expect(given).to.equal(undefined);
    expect(store.persistent).to.equal(false);
    expect(subscribed).to.equal(false);
  });
});
