// Two real tabs of one origin (own pages, own progress stores, the real localStorage and Web
// Locks) answer at the same moment: no answer may be lost.

import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { QuestionProgress } from '../../src/core/progress-store.js';
import { RATINGS } from '../../src/core/rating.js';

/** Opens two tabs that answer `one` and `two` (question ids) in turn, with no pause; resolves with what is stored then. */
async function answerInTwoTabs(one: string[], two: string[]): Promise<() => Record<string, QuestionProgress>> {
  const bank = `two-tabs-${Math.random().toString(36).slice(2)}`;
  const channel = new BroadcastChannel(bank);
  const seen = { ready: new Set<string>(), done: new Set<string>() };
  channel.onmessage = (e: MessageEvent<{ ready?: string; done?: string }>) => {
    if (e.data.ready) seen.ready.add(e.data.ready);
    if (e.data.done) seen.done.add(e.data.done);
  };
  const url = (name: string, ids: string[]): string =>
    `/test/pages/progress-tab.html?${new URLSearchParams({ name, bank, channel: bank, ids: ids.join() })}`;
  await executeServerCommand('open-tabs', { urls: [url('one', one), url('two', two)] });
  await waitUntil(() => seen.ready.size === 2, 'the tabs did not load', { timeout: 10_000 });
  channel.postMessage('go');
  await waitUntil(() => seen.done.size === 2, 'the tabs did not finish answering', { timeout: 10_000 });
  channel.close();
  return () => (JSON.parse(localStorage.getItem(`quizkit:${bank}`) ?? '{}') as { q?: Record<string, QuestionProgress> }).q ?? {};
}

describe('progress in two tabs', function () {
  this.timeout(30_000);

  afterEach(async () => {
    await executeServerCommand('close-tabs');
    for (const key of Object.keys(localStorage)) if (key.startsWith('quizkit:two-tabs-')) localStorage.removeItem(key);
  });

  it('loses none of 40 answers to different questions, given in turn with no pause', async () => {
    const one = Array.from({ length: 20 }, (_, i) => `one-${i}`);
    const two = Array.from({ length: 20 }, (_, i) => `two-${i}`);
    const stored = await answerInTwoTabs(one, two);
    const lost = (): string[] => [...one, ...two].filter((id) => stored()[id]?.seen !== 1);
    // A tab may still be putting back an answer the other dropped: give it a moment.
    await waitUntil(() => lost().length === 0, '', { timeout: 2000 }).catch(() => {});
    expect(lost(), `${lost().length} of 40 answers lost`).to.deep.equal([]);
    // Every answer is also kept as a review to schedule, whichever tab wrote last.
    for (const id of [...one, ...two]) {
      const p = stored()[id]!;
      expect(p.pending, id).to.deep.equal([[p.last, RATINGS.indexOf(p.rating!)]]);
    }
  });

  it('counts all 40 answers when both tabs answer the same question', async () => {
    const same = Array.from({ length: 20 }, () => 'same');
    const stored = await answerInTwoTabs(same, same);
    await waitUntil(() => stored().same?.seen === 40, '', { timeout: 2000 }).catch(() => {});
    expect(stored().same, `${40 - (stored().same?.seen ?? 0)} of 40 answers lost`).to.include({ seen: 40, correct: 20 });
    // And each of the 40 is a review to replay, in time order.
    const times = stored().same!.pending!.map(([at]) => at);
    expect(times).to.have.length(40);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
  });
});
