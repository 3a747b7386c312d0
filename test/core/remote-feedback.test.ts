import { expect } from '@open-wc/testing';
import {
  checkReply,
  endpointProvider,
  MAX_COMMENT_LENGTH,
  requestFeedback,
  timeoutMs,
  type FeedbackProvider,
} from '../../src/core/remote-feedback.js';
import type { Question } from '../../src/data/types.js';

const question: Question = {
  id: 'q',
  topic: 't',
  prompt: 'What is recall?',
  answer: 'TP / (TP + FN).',
  keyPoints: [
    { point: 'Formula', keywords: ['tp'] },
    { point: 'Meaning', keywords: ['caught'] },
  ],
};

describe('remote feedback', () => {
  it("turns a provider reply into feedback in the offline grader's shape", async () => {
    let seen: unknown;
    const provider: FeedbackProvider = async (request) => {
      seen = request;
      return { score: 0.5, points: [true, false], comment: 'Half there.' };
    };
    const feedback = await requestFeedback(provider, question, 'It is TP over all positives.');
    expect(seen).to.deep.equal({
      question: { id: 'q', prompt: 'What is recall?', answer: 'TP / (TP + FN).', keyPoints: question.keyPoints },
      answer: 'It is TP over all positives.',
    });
    expect(feedback).to.deep.equal({
      points: [
        { point: 'Formula', covered: true, matched: [], evidence: [], denied: [] },
        { point: 'Meaning', covered: false, matched: [], evidence: [], denied: [] },
      ],
      covered: 1,
      score: 1,
      maxScore: 2,
      keywordList: false,
      issues: [],
      verdict: 'Half there.',
      remote: true,
    });
  });

  it('falls back to the 10 s default for a timeout that is not a positive number up to 120 s', async () => {
    for (const bad of ['abc', -5, 0, 1e9, Number.NaN, Infinity, undefined, '5']) expect(timeoutMs(bad), String(bad)).to.equal(10_000);
    expect(timeoutMs(2.5)).to.equal(2500);
    expect(timeoutMs(120)).to.equal(120_000);
    // Today "abc" meant a timer of NaN ms: the service was abandoned at once.
    const slow: FeedbackProvider = () => new Promise((resolve) => setTimeout(() => resolve({ score: 1 }), 30));
    for (const bad of [Number.NaN, -5, 1e9]) expect(await requestFeedback(slow, question, 'a', bad)).to.deep.include({ remote: true });
  });

  it('lets the points decide the score when a reply gives both and they disagree', async () => {
    const none = await requestFeedback(async () => ({ score: 1, points: [false, false] }), question, 'a');
    expect(none).to.deep.include({ score: 0, covered: 0, verdict: 'Score: 0%.' });
    const half = await requestFeedback(async () => ({ score: 0, points: [true, false], comment: 'ok' }), question, 'a');
    expect(half).to.deep.include({ score: 1, covered: 1 });
  });

  it('cuts a huge comment to a readable length', async () => {
    const comment = `${'word '.repeat(1_000_000)}end`;
    const feedback = await requestFeedback(async () => ({ score: 0.5, comment }), question, 'a');
    const verdict = (feedback as { verdict: string }).verdict;
    expect(verdict.length).to.be.at.most(MAX_COMMENT_LENGTH);
    expect(verdict.endsWith('…')).to.equal(true);
  });

  it('gives a score-only reply a verdict of its own', async () => {
    const feedback = await requestFeedback(async () => ({ score: 1 }), question, 'a');
    expect(feedback).to.deep.include({ verdict: 'Score: 100%.', score: 2, covered: 2 });
  });

  it('refuses replies it cannot use, saying why', async () => {
    expect(checkReply(null, 2)).to.equal('the reply is not an object');
    expect(checkReply({ score: 1.5 }, 2)).to.equal('"score" must be a number from 0 to 1');
    expect(checkReply({ score: 0.5, points: [true] }, 2)).to.equal('"points" must list 2 true or false values, one per key point');
    expect(checkReply({ score: 0.5, comment: 7 }, 2)).to.equal('"comment" must be text');
    expect(await requestFeedback(async () => ({ score: -1 }), question, 'a')).to.equal(
      'the feedback service\'s reply was not usable: "score" must be a number from 0 to 1',
    );
  });

  it('reports a provider that throws', async () => {
    expect(await requestFeedback(() => Promise.reject(new Error('quota exceeded')), question, 'a')).to.equal(
      'the feedback service failed: quota exceeded',
    );
  });

  it('gives up after the timeout and aborts the provider', async () => {
    let aborted = false;
    const provider: FeedbackProvider = (_, signal) => new Promise(() => signal.addEventListener('abort', () => (aborted = true)));
    expect(await requestFeedback(provider, question, 'a', 0.1)).to.equal('the feedback service failed: no reply within 0.1 s');
    expect(aborted).to.equal(true);
  });

  it('POSTs JSON to an endpoint without credentials unless asked', async () => {
    document.cookie = 'quizkit-test=1; path=/';
    try {
      const omit = await requestFeedback(endpointProvider('/test-feedback/ok'), question, 'abc');
      expect(typeof omit !== 'string' && omit.verdict).to.equal('Service feedback on q: 3 characters; cookie not sent.');
      const include = await requestFeedback(endpointProvider('/test-feedback/ok', 'include'), question, 'abc');
      expect(typeof include !== 'string' && include.verdict).to.equal('Service feedback on q: 3 characters; cookie sent.');
      expect(await requestFeedback(endpointProvider('/test-feedback/error'), question, 'abc')).to.equal(
        'the feedback service failed: the server answered 500',
      );
    } finally {
      document.cookie = 'quizkit-test=; path=/; max-age=0';
    }
  });
});
