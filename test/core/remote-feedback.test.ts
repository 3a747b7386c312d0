import { expect } from '@open-wc/testing';
import { checkReply, endpointProvider, requestFeedback, type FeedbackProvider } from '../../src/core/remote-feedback.js';
import type { Question } from '../../src/data/types.js';

const question: Question = {
  id: 'q',
  topic: 't',
  prompt: 'What is recall?',
  answer: 'TP / (TP + FN).',
  keyPoints: [{ point: 'Formula', keywords: ['tp'] }, { point: 'Meaning', keywords: ['caught'] }],
};

describe('remote feedback', () => {
  it('turns a provider reply into feedback in the offline grader\'s shape', async () => {
    let seen: unknown;
    const provider: FeedbackProvider = async (request) => {
      seen = request;
      return { score: 0.5, points: [true, false], comment: 'Half there.' };
    };
    const feedback = await requestFeedback(provider, question, 'It is TP over all positives.');
    expect(seen).to.deep.equal({ question: { id: 'q', prompt: 'What is recall?', answer: 'TP / (TP + FN).', keyPoints: question.keyPoints }, answer: 'It is TP over all positives.' });
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
    const provider: FeedbackProvider = (_, signal) =>
      new Promise(() => signal.addEventListener('abort', () => (aborted = true)));
    const start = performance.now();
    expect(await requestFeedback(provider, question, 'a', 100)).to.equal('the feedback service failed: no reply within 0.1 s');
    expect(performance.now() - start).to.be.below(1000);
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
