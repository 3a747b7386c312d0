// The zip from `quizkit scorm`, unzipped and launched in a frame of a page where scorm-again is
// the LMS: a learner completes the quiz, and the LMS's data model has the results.

import { expect, waitUntil } from '@open-wc/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';

type Lms = Window & { API?: Scorm12API; API_1484_11?: Scorm2004API };
const lms = window as Lms;

afterEach(() => {
  delete lms.API;
  delete lms.API_1484_11;
  document.querySelectorAll('iframe').forEach((f) => f.remove());
});

/** Launches the package's index.html in a frame, as an LMS does, and returns its runner. */
async function launch(version: '1.2' | '2004'): Promise<{ frame: HTMLIFrameElement; runner: HTMLElement }> {
  const frame = Object.assign(document.createElement('iframe'), { src: `/test-scorm/${version}/index.html`, title: 'SCO' });
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('quiz-runner')?.shadowRoot?.querySelector('button'), 'the SCO did not start', {
    timeout: 10000,
  });
  return { frame, runner: frame.contentDocument!.querySelector('quiz-runner')! };
}

const press = async (root: ShadowRoot, label: string): Promise<void> => {
  await waitUntil(() => [...root.querySelectorAll('button')].some((b) => b.textContent!.trim() === label), `no "${label}" button`, {
    timeout: 5000,
  });
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!.click();
};

async function completeQuiz(runner: HTMLElement): Promise<void> {
  const root = runner.shadowRoot!;
  await press(root, 'Start');
  for (const [i, choices] of [
    [0, [1]],
    [1, [0, 1]],
  ] as const) {
    await waitUntil(() => root.querySelector('quiz-question-card')?.shadowRoot?.querySelector('input'), `question ${i + 1} not shown`);
    const card = root.querySelector('quiz-question-card')!.shadowRoot!;
    for (const c of choices) card.querySelectorAll('input')[c]!.click();
    await press(card, 'Check');
    await press(root, i === 0 ? 'Next' : 'Finish');
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const dump = (api: Scorm12API | Scorm2004API): any => (api.renderCommitCMI(false) as { cmi: unknown }).cmi;

describe('the package from quizkit scorm, launched by an LMS', () => {
  it('SCORM 1.2: the LMS receives score, passed, and an interaction per answer', async () => {
    const api = (lms.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 }));
    const { runner } = await launch('1.2');
    await completeQuiz(runner);
    await waitUntil(() => api.cmi.core.lesson_status === 'passed', `not passed: ${api.cmi.core.lesson_status}`, { timeout: 5000 });
    const cmi = dump(api);
    expect([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max]).to.deep.equal(['100', '0', '100']);
    expect([cmi.interactions[0].id, cmi.interactions[0].result, cmi.interactions[1].student_response]).to.deep.equal([
      'precision-vs-recall',
      'correct',
      'a,b',
    ]);
  });

  it('SCORM 2004: the LMS receives scaled score, success and completion', async () => {
    const api = (lms.API_1484_11 = new Scorm2004API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 }));
    const { runner } = await launch('2004');
    await completeQuiz(runner);
    await waitUntil(() => api.cmi.completion_status === 'completed', 'not completed', { timeout: 5000 });
    expect([api.cmi.success_status, api.cmi.score.scaled]).to.deep.equal(['passed', '1']);
  });
});
