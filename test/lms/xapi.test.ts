// <quiz-runner report="xapi"> against a test LRS (scripts/lrs-middleware.mjs) that validates every
// statement with Learning Locker's xAPI validator and answers 503 when asked to.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import type { QuizErrorDetail } from '../../src/events.js';
import { forgetQueues, settled } from '../../src/lms/xapi.js';
import { retry } from '../../src/lms/xapi-queue.js';
import type { Statement } from '../../src/lms/xapi-statements.js';
import { $, $$, button, loaded, SAMPLE, settle } from '../components/helpers.js';

const AUTH = 'Basic dGVzdDp0ZXN0';
const ACTOR = JSON.stringify({ mbox: 'mailto:ada@example.com', name: 'Ada' });
let lrsCount = 0;
let endpoint = '';

interface LrsState {
  statements: Statement[];
  problems: { id: string; problems: string[] }[];
  requests: number;
  conflicts: number;
}
const lrs = async (): Promise<LrsState> => (await fetch(`${endpoint}statements`)).json() as Promise<LrsState>;
const setMode = (mode: 'up' | 'flaky' | 'down'): Promise<Response> => fetch(`${endpoint}mode`, { method: 'POST', body: mode });

const errors: QuizErrorDetail[] = [];
const firstMs = retry.firstMs;

beforeEach(() => {
  forgetQueues();
  forgetProgressStores();
  localStorage.clear();
  errors.length = 0;
  // A fresh LRS per test, and retries quick enough for a test.
  endpoint = `${location.origin}/test-lrs/xapi-${Date.now()}-${lrsCount++}/`;
  retry.firstMs = 20;
});

after(() => {
  forgetQueues();
  retry.firstMs = firstMs;
});

const card = (el: QuizRunner): QuizQuestionCard => $<QuizQuestionCard>(el, 'quiz-question-card');

async function runner(): Promise<QuizRunner> {
  const el = await fixture<QuizRunner>(
    html`<quiz-runner report="xapi" src=${SAMPLE} xapi-endpoint=${endpoint} xapi-auth=${AUTH} xapi-actor=${ACTOR}
      @quiz-error=${(e: CustomEvent<QuizErrorDetail>) => errors.push(e.detail)}></quiz-runner>`,
  );
  await loaded(el);
  return el;
}

async function click(el: QuizRunner, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
  await settle(el);
}

async function answer(el: QuizRunner, ...choices: number[]): Promise<void> {
  const c = card(el);
  await settle(el, c);
  for (const i of choices) $$(c, 'input')[i]!.click();
  button(c, 'Check').click();
  await settle(el, c);
}

/** The sample run: the first question wrong, the second right. */
async function runSample(el: QuizRunner): Promise<void> {
  await click(el, 'Start');
  await answer(el, 0);
  await click(el, 'Next');
  await answer(el, 0, 1);
  await click(el, 'Finish');
}

const verbs = (s: Statement[]): string[] => s.map((x) => x.verb.id.split('/').pop()!);

describe('report="xapi"', () => {
  it('sends initialized, answered per question, failed and completed, each valid xAPI 1.0.3, through an LRS that answers 503 some of the time', async () => {
    await setMode('flaky');
    const el = await runner();
    await runSample(el);
    await waitUntil(async () => (await lrs()).statements.length === 5, 'not every statement arrived', { timeout: 8000 });
    await settled(endpoint);
    const state = await lrs();
    expect(state.problems).to.deep.equal([]);
    expect(state.conflicts).to.equal(0);
    expect(state.requests).to.be.greaterThan(5); // every statement was refused at least once
    const s = [...state.statements].sort((a, b) => a.timestamp.localeCompare(b.timestamp) || verbs([a])[0]!.localeCompare(verbs([b])[0]!));
    expect(verbs(s)).to.deep.equal(['initialized', 'answered', 'answered', 'completed', 'failed']);
    const [init, wrong, right] = s as [Statement, Statement, Statement];
    const quiz = `${location.origin}${location.pathname}#sample`;
    expect(init.object).to.deep.equal({
      objectType: 'Activity',
      id: quiz,
      definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: { und: 'Sample bank' } },
    });
    expect(init.actor).to.deep.equal({ objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.com' });
    expect(wrong.object.id).to.equal(`${quiz}/precision-vs-recall`);
    expect(wrong.object.definition).to.include({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' });
    expect(wrong.result).to.deep.include({ success: false, response: 'a', score: { scaled: 0, raw: 0, min: 0, max: 1 } });
    expect(right.result).to.deep.include({ success: true, response: 'a[,]b', score: { scaled: 1, raw: 1, min: 0, max: 1 } });
    expect(right.result!.duration).to.match(/^PT[\d.]+S$/);
    expect(right.context!.contextActivities!.parent![0]!.id).to.equal(quiz);
    const registrations = new Set(s.map((x) => x.context!.registration));
    expect(registrations.size).to.equal(1);
    const judged = s.find((x) => verbs([x])[0] === 'failed')!;
    expect(judged.result).to.deep.include({ success: false, completion: true, score: { scaled: 0.5, raw: 50, min: 0, max: 100 } });
    expect(errors.map((e) => e.source)).to.deep.equal(['xapi']); // the 503s, told once
    expect(errors[0]!.message).to.match(/answered 503; statements are kept and sent again/);
  });

  it('keeps statements across a reload while the LRS is down, and sends each once when it is back', async () => {
    await setMode('down');
    const el = await runner();
    await runSample(el);
    await waitUntil(() => Object.keys(localStorage).some((k) => k.startsWith('quizkit:xapi-queue:')), 'the queue was not stored');
    const stored = (): Statement[] => JSON.parse(localStorage.getItem(`quizkit:xapi-queue:${endpoint}`) ?? '[]') as Statement[];
    await waitUntil(() => stored().length === 5, 'not every statement was queued');
    const ids = stored().map((s) => s.id);
    // The page goes away with nothing accepted.
    forgetQueues();
    el.remove();
    expect((await lrs()).statements).to.have.length(0);

    await setMode('up');
    await runner();
    await waitUntil(async () => (await lrs()).statements.length === 5, 'the stored statements were not sent after the reload', {
      timeout: 8000,
    });
    await settled(endpoint);
    const state = await lrs();
    expect(state.statements.map((s) => s.id).sort()).to.deep.equal([...ids].sort());
    expect(state.problems).to.deep.equal([]);
    expect(localStorage.getItem(`quizkit:xapi-queue:${endpoint}`)).to.equal(null);
  });

  it('takes its settings from cmi5 launch parameters in the page URL (fetching the auth token once)', async () => {
    const registration = 'cafebabe-1234-4321-8abc-0123456789ab';
    const activity = 'https://lms.example.com/courses/7/quiz';
    const before = location.href;
    const url = new URL(location.href);
    url.searchParams.set('endpoint', endpoint);
    url.searchParams.set('fetch', `${endpoint}fetch`);
    url.searchParams.set(
      'actor',
      JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'learner-7' } }),
    );
    url.searchParams.set('registration', registration);
    url.searchParams.set('activity_id', activity);
    history.replaceState(null, '', url);
    try {
      const el = await fixture<QuizRunner>(html`<quiz-runner report="xapi" src=${SAMPLE}></quiz-runner>`);
      await loaded(el);
      await click(el, 'Start');
      await waitUntil(async () => (await lrs()).statements.length === 1, 'no statement arrived', { timeout: 8000 });
      const [s] = (await lrs()).statements as [Statement];
      expect(s.actor).to.deep.equal({ objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'learner-7' } });
      expect(s.context!.registration).to.equal(registration);
      expect(s.object.id).to.equal(activity);
      expect((await lrs()).problems).to.deep.equal([]);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('without an endpoint or an actor, fires quiz-error once and the quiz still works', async () => {
    const el = await fixture<QuizRunner>(
      html`<quiz-runner report="xapi" src=${SAMPLE} @quiz-error=${(e: CustomEvent<QuizErrorDetail>) => errors.push(e.detail)}></quiz-runner>`,
    );
    await loaded(el);
    await waitUntil(() => errors.length, 'no quiz-error');
    expect(errors).to.have.length(1);
    expect(errors[0]!.source).to.equal('xapi');
    expect(errors[0]!.message).to.match(/needs an LRS endpoint .* and an actor/);
    await runSample(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#summary-heading'), 'no summary');
    expect(errors).to.have.length(1);
  });
});
