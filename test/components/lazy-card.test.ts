// A question card whose on-demand code fails or stalls: an alert, one quiz-error, and the answer kept.

import { expect } from '@open-wc/testing';
import type { QuizErrorDetail } from '../../src/events.js';
import { fault } from '../fault.js';
import { $, button, isolate, text } from './helpers.js';
import { ANSWER, card, status, submit } from './lazy-card-helpers.js';

const CLIENT = '/src/core/remote-feedback.ts';
const COUNTDOWN = '/src/controllers/countdown.ts';

isolate();

// Each test fails a different chunk: Chromium remembers a module that failed for the page's life
// (the grader's failure is in lazy-grader.test.ts, since offline feedback here needs the grader).
describe('<quiz-question-card> when its on-demand code fails', () => {
  it('falls back to offline feedback when the feedback client fails to load, and says so', async () => {
    fault(CLIENT, '500');
    const el = await card({ endpoint: '/test-feedback/ok' });
    const { answer, errors } = await submit(el);
    // Offline feedback, as when the service itself fails: the answer is graded, not scored 0.
    expect(answer.score).to.be.greaterThan(0);
    expect(answer.response).to.equal(ANSWER);
    expect(text($(el, '[part=verdict]'))).to.not.equal('');
    expect(text($(el, '[part=answer] [role=alert]'))).to.match(/^Offline feedback: the feedback client code could not load/);
    expect(errors.map((e) => e.message)).to.have.length(1);
    expect(errors[0]!.message).to.match(/feedback client/);
    expect(status(el)).to.match(/^Answer shown\. /);
    await expect(el).to.be.accessible();
  });

  it('lets the learner answer at their own pace when the countdown fails to load', async () => {
    fault(COUNTDOWN, '404');
    const errored = new Promise<QuizErrorDetail>((resolve) =>
      document.addEventListener('quiz-error', (e) => resolve(e.detail), { once: true }),
    );
    const el = await card({ timeLimit: 60 });
    const detail = await errored;
    expect(detail.source).to.equal('countdown');
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.match(
      /^The countdown could not load \(the countdown code could not load: .*\); take the time you need\.$/,
    );
    expect(el.shadowRoot!.querySelector('[part=timer]')).to.equal(null);
    expect(button(el, 'Submit answer').disabled).to.equal(false);
  });
});
