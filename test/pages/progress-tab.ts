// One tab of the two-tab progress test (test/core/progress-tabs.test.ts): the page's progress
// store, as the elements use it, answers its questions as soon as the test says "go".

import { progressFor } from '../../src/internal/progress.js';
import type { Bank } from '../../src/data/types.js';
import { record } from '../../src/core/progress-answers.js';

const params = new URLSearchParams(location.search);
const name = params.get('name') ?? '';
const ids = (params.get('ids') ?? '').split(',');
const channel = new BroadcastChannel(params.get('channel') ?? '');
const store = progressFor({ id: params.get('bank') ?? '', title: 'Two tabs', topics: [], questions: [] } satisfies Bank);

/** A task boundary (storage events and lock grants come in between) that no tab throttles. */
const nextTask = (): Promise<unknown> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = resolve;
    port2.postMessage(null);
  });

channel.onmessage = async (e) => {
  if (e.data !== 'go') return;
  const recorded: Promise<unknown>[] = [];
  for (const [i, id] of ids.entries()) {
    // As a card does: the answer is reported at once, without waiting for it to be saved.
    recorded.push(record(store, id, i % 2 === 0, i % 2 === 0 ? 'good' : 'again'));
    await nextTask();
  }
  await Promise.all(recorded);
  await store.saved();
  channel.postMessage({ done: name });
};
channel.postMessage({ ready: name });
