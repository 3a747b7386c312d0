// The CDN file's loader on a page where one element's code fails to download: that element says
// so and fires quiz-error; the other elements on the page load and work.

import { expect, waitUntil } from '@open-wc/testing';
import type { QuizErrorDetail } from '../../src/events.js';
import { clearFaults, fault } from '../fault.js';
import { text } from './frame.js';

const CDN = '/dist/cdn/quizkit.js';

after(() => clearFaults());

describe('the CDN loader when an element chunk fails', () => {
  it('shows an alert on the element whose code answered 500, and the other elements still work', async () => {
    fault('/dist/cdn/question-card.js', '500');
    // The markup is on the page before the kit loads, as on a static page.
    const card = document.createElement('quiz-question-card');
    card.setAttribute('question', 'precision-vs-recall');
    card.append(Object.assign(document.createElement('p'), { textContent: 'Fallback content of the author' }));
    const picker = document.createElement('quiz-topic-picker');
    picker.setAttribute('href', '/practice?topic={topic}');
    document.body.append(card, picker);
    const errors: QuizErrorDetail[] = [];
    document.addEventListener('quiz-error', (e) => errors.push(e.detail));
    await import(/* @vite-ignore */ CDN);
    await waitUntil(() => card.querySelector('[role=alert]'), 'no alert on the card', { timeout: 8000 });
    const alert = card.querySelector('[role=alert]');
    expect(text(alert)).to.match(/^Question unavailable: its code could not load \(.+\)\. Reload the page to try again\.$/);
    expect(errors).to.have.length(1);
    expect(errors[0]!.source).to.equal('quiz-question-card');
    expect(customElements.get('quiz-question-card')).to.equal(undefined);
    // The picker on the same page loads, with the bank, and renders its links.
    await customElements.whenDefined('quiz-topic-picker');
    await waitUntil(() => picker.shadowRoot?.querySelector('a[part=topic]'), 'the picker did not render', { timeout: 8000 });
    // A card inserted later gets the same message, not a silent undefined tag.
    const later = document.createElement('quiz-question-card');
    document.body.append(later);
    await waitUntil(() => later.querySelector('[role=alert]'), 'no alert on the later card');
    expect(errors).to.have.length(2);
    for (const el of [card, picker, later]) el.remove();
  });
});
