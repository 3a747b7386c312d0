// <quiz-runner report="scorm"> against scorm-again, a real SCORM 1.2 and 2004 runtime, as the LMS.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import type { QuizErrorDetail } from '../../src/events.js';
import { forgetSession } from '../../src/lms/scorm.js';
import { pack, unpack } from '../../src/lms/suspend-data.js';
import { $, $$, button, loaded, SAMPLE, settle, text } from '../components/helpers.js';
import { captureWarnings } from '../core/warnings.js';
import { bank60, largestProgress } from './fixtures.js';

type Lms = Window & { API?: Scorm12API; API_1484_11?: Scorm2004API };
const lms = window as Lms;
const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;

/** The LMS's data model as it would send it to its server (write-only elements included). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const dump = (api: Scorm12API | Scorm2004API): any => (api.renderCommitCMI(false) as { cmi: unknown }).cmi;

const warnings = captureWarnings();

function leavePage(): void {
  // A closing page: the reporter commits and terminates, the stores write what they have.
  forgetSession();
  forgetProgressStores();
}

beforeEach(() => {
  leavePage();
  delete lms.API;
  delete lms.API_1484_11;
  localStorage.clear();
});

after(() => {
  leavePage();
  delete lms.API;
  delete lms.API_1484_11;
});

const errors: QuizErrorDetail[] = [];
beforeEach(() => (errors.length = 0));

async function runner(
  template = html`<quiz-runner report="scorm" src=${SAMPLE} @quiz-error=${(e: CustomEvent<QuizErrorDetail>) => errors.push(e.detail)}></quiz-runner>`,
): Promise<QuizRunner> {
  const el = await fixture<QuizRunner>(template);
  await loaded(el);
  return el;
}

const card = (el: QuizRunner): QuizQuestionCard => $<QuizQuestionCard>(el, 'quiz-question-card');

async function answer(el: QuizRunner, ...choices: number[]): Promise<void> {
  const c = card(el);
  await settle(el, c);
  for (const i of choices) $$(c, 'input')[i]!.click();
  button(c, 'Check').click();
  await settle(el, c);
}

async function next(el: QuizRunner, label = 'Next'): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
  await settle(el);
  if (label === 'Next') await settle(el, card(el));
}

/** Waits until the reporter has attached (the runner's store is then the one on suspend_data). */
const attached = (el: QuizRunner): Promise<unknown> =>
  waitUntil(() => el.progressStorage, 'the SCORM reporter did not attach', { timeout: 4000 });

/** A run of the sample bank: the first question wrong, the second right (both correct choices). */
async function start(el: QuizRunner): Promise<void> {
  button(el, 'Start').click();
  await el.updateComplete;
  await settle(el, card(el));
}

async function runSample(el: QuizRunner): Promise<void> {
  await start(el);
  await answer(el, 0);
  await next(el);
  await answer(el, 0, 1);
  await next(el, 'Finish');
  await waitUntil(() => el.shadowRoot!.querySelector('#summary-heading'), 'no summary', { timeout: 4000 });
}

describe('report="scorm" with a SCORM 1.2 LMS', () => {
  it('reports the score as a percentage, the status, session time and one interaction per answer, and commits', async () => {
    const api = (lms.API = new Scorm12API(settings));
    let commits = 0;
    api.on('LMSCommit', () => commits++);
    const el = await runner();
    await attached(el);
    expect(api.cmi.core.lesson_status).to.equal('incomplete');
    await runSample(el);
    const cmi = api.cmi;
    expect([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max]).to.deep.equal(['50', '0', '100']);
    expect(cmi.core.lesson_status).to.equal('failed'); // 50% against the pass mark of 70
    // CMITimespan: one or two decimals (scorm-again keeps "00:00:00.6" as such).
    expect(dump(api).core.session_time).to.match(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
    expect(commits).to.equal(1);
    const interactions = dump(api).interactions;
    expect([interactions[0].id, interactions[1].id]).to.deep.equal(['precision-vs-recall', 'regularisation']);
    expect([0, 1].map((i) => [interactions[i].type, interactions[i].result])).to.deep.equal([
      ['choice', 'wrong'],
      ['choice', 'correct'],
    ]);
    // Also a CMITimespan: scorm-again keeps "00:00:00.10" as "00:00:00.1" (one time in ten).
    expect(interactions[1].latency).to.match(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
    expect(interactions[1].time).to.match(/^\d\d:\d\d:\d\d$/);
    // student_response is write-only in 1.2: read from what the LMS would store.
    expect([dump(api).interactions[0].student_response, dump(api).interactions[1].student_response]).to.deep.equal(['a', 'a,b']);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('commits, sets session time and terminates when the page goes away, leaving progress in suspend_data', async () => {
    const api = (lms.API = new Scorm12API(settings));
    const el = await runner();
    await attached(el);
    await start(el);
    await answer(el, 1);
    await waitUntil(() => api.cmi.suspend_data, 'nothing in suspend_data');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(api.isTerminated()).to.equal(true);
    expect(dump(api).core.exit).to.equal('suspend');
    expect(dump(api).core.session_time).to.match(/^\d\d:\d\d:\d\d/);
    const saved = JSON.parse(unpack(api.cmi.suspend_data, 'quizkit:sample', await (await fetch(SAMPLE)).json(), location.pathname)!);
    expect(saved.q['precision-vs-recall']).to.include({ seen: 1, correct: 1 });
    expect(Object.values<{ index: number }>(saved.runs)[0]!.index).to.equal(0);
  });

  it('resumes an unfinished run from suspend_data on another device (nothing in localStorage)', async () => {
    const first = (lms.API = new Scorm12API(settings));
    let el = await runner();
    await attached(el);
    await start(el);
    await answer(el, 1);
    await next(el);
    leavePage();
    el.remove();
    localStorage.clear();

    const second = (lms.API = new Scorm12API(settings));
    second.loadFromJSON({ suspend_data: first.cmi.suspend_data, core: { entry: 'resume' } } as never, 'cmi');
    el = await runner();
    await attached(el);
    await waitUntil(() => $$(el, 'button').some((b) => text(b) === 'Resume'), 'no Resume offered');
    expect(text($(el, '[part=start] .actions p'))).to.equal('You have an unfinished run: 1 of 2 answered.');
    button(el, 'Resume').click();
    await el.updateComplete;
    await settle(el, card(el));
    expect(text($(el, '#progress-label'))).to.equal('Question 2 of 2');
    button(el, 'Back').click();
    await el.updateComplete;
    await settle(el, card(el));
    expect(text($(card(el), '#result'))).to.match(/Correct/);
  });

  it('resumes the largest case: a 60-question bank with a 59-answer run, packed within 4,096 characters', async () => {
    const bank = bank60();
    const packed = pack(largestProgress(bank), 'quizkit:bank-60', bank, 4096, [], location.pathname)!;
    expect(packed.length).to.be.at.most(4096);
    const api = (lms.API = new Scorm12API(settings));
    api.loadFromJSON({ suspend_data: packed } as never, 'cmi');
    const el = await runner(html`<quiz-runner report="scorm" count="0" topics="metrics,models"
      ><script type="application/json">${JSON.stringify(bank)}</script></quiz-runner>`);
    await attached(el);
    await waitUntil(() => $$(el, 'button').some((b) => text(b) === 'Resume'), 'no Resume offered', { timeout: 4000 });
    expect(text($(el, '[part=start] .actions p'))).to.equal('You have an unfinished run: 59 of 60 answered.');
    button(el, 'Resume').click();
    await el.updateComplete;
    await settle(el, card(el));
    await answer(el, 0);
    await next(el, 'Finish');
    await waitUntil(() => api.cmi.core.lesson_status === 'passed' || api.cmi.core.lesson_status === 'failed', 'no result');
    // 39 of the 59 earlier answers were right, and the last one is not: 39 of 60.
    expect(api.cmi.core.score.raw).to.equal('65');
    expect(api.cmi.suspend_data.length).to.be.at.most(4096);
  });
});

describe('report="scorm" with a SCORM 2004 LMS', () => {
  it('reports raw and scaled score, success and completion status, ISO 8601 times, and interactions', async () => {
    const api = (lms.API_1484_11 = new Scorm2004API(settings));
    const el = await runner();
    await attached(el);
    expect(api.cmi.completion_status).to.equal('incomplete');
    await runSample(el);
    const cmi = api.cmi;
    expect([cmi.score.raw, cmi.score.min, cmi.score.max, cmi.score.scaled]).to.deep.equal(['50', '0', '100', '0.5']);
    expect([cmi.success_status, cmi.completion_status]).to.deep.equal(['failed', 'completed']);
    expect(dump(api).session_time).to.match(/^PT/);
    const { 0: first, 1: second } = dump(api).interactions as Record<string, Record<string, string>>;
    expect([first!.id, first!.type, first!.result, first!.learner_response]).to.deep.equal([
      'precision-vs-recall',
      'choice',
      'incorrect',
      'a',
    ]);
    expect([second!.id, second!.result, second!.learner_response]).to.deep.equal(['regularisation', 'correct', 'a[,]b']);
    expect(second!.latency).to.match(/^PT(\d+M)?[\d.]+S$/);
    expect(second!.timestamp).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,2})?Z$/);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(api.isTerminated()).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('passes a learner at or above the pass mark', async () => {
    const api = (lms.API_1484_11 = new Scorm2004API(settings));
    const el = await runner(html`<quiz-runner report="scorm" src=${SAMPLE} pass="50"></quiz-runner>`);
    await attached(el);
    await runSample(el);
    expect(api.cmi.success_status).to.equal('passed');
  });
});

describe('report="scorm" failures', () => {
  it('without an LMS, works as usual and fires quiz-error once', async () => {
    const el = await runner();
    await waitUntil(() => errors.length > 0, 'no quiz-error');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ source: 'scorm' });
    expect(errors[0]!.message).to.match(/no LMS found .*API_1484_11/);
    await runSample(el);
    expect(text($(el, '[part=score]'))).to.match(/1 of 2|50/);
    expect(errors).to.have.length(1);
    expect(el.progressStorage).to.equal(undefined); // progress stays in localStorage
  });

  it('reports an LMS error with the LMS’s own diagnostic, once, and the runner carries on', async () => {
    const api = (lms.API = new Scorm12API(settings));
    // The LMS's gradebook refuses every commit, as scorm-again reports a failed commit.
    api.LMSCommit = () => {
      api.throwSCORMError('cmi', 101, 'The gradebook is closed for this course');
      return 'false';
    };
    const el = await runner();
    await attached(el);
    await runSample(el);
    await waitUntil(() => errors.length > 0, 'no quiz-error');
    expect(errors).to.have.length(1);
    expect(errors[0]!.source).to.equal('scorm');
    expect(errors[0]!.message).to.match(/Commit: error 101 .*The gradebook is closed for this course/);
    expect(text($(el, '#summary-heading'))).to.not.equal('');
    window.dispatchEvent(new PageTransitionEvent('pagehide')); // the second refusal is only logged
    expect(errors).to.have.length(1);
    expect(warnings.messages.join('\n')).to.match(/gradebook is closed/);
  });

  it('ignores suspend_data another tool wrote, with a warning, and starts afresh', async () => {
    const api = (lms.API = new Scorm12API(settings));
    api.loadFromJSON({ suspend_data: 'slide=7;quiz=done' } as never, 'cmi');
    const el = await runner();
    await attached(el);
    await settle(el);
    expect(button(el, 'Start').disabled).to.equal(false);
    expect(warnings.messages.join('\n')).to.match(/suspend_data: it holds something that is not quizkit progress/);
  });
});
