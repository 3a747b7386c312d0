// A host page's inherited text styles stay outside the elements; its font size still applies.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import '../../src/components/topic-picker/topic-picker.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import { $, loaded, SAMPLE } from './helpers.js';
import type { LitElement } from 'lit';

// What a React starter's `#root` and a few blog themes put on their wrappers.
const HOSTILE =
  'text-align: center; line-height: 3; letter-spacing: 4px; word-spacing: 9px; white-space: pre; ' +
  'text-transform: uppercase; text-indent: 3em; font-style: italic; font-weight: 900; font-size: 20px';

describe('host page styles', () => {
  for (const [tag, part] of [
    ['quiz-question-card', '#prompt'],
    ['quiz-topic-picker', '[part=topics]'],
    ['quiz-runner', 'p'],
  ] as const) {
    it(`do not leak into <${tag}>`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${HOSTILE}></div>`);
      const el = document.createElement(tag) as LitElement;
      el.setAttribute('src', SAMPLE);
      if (tag === 'quiz-question-card') el.setAttribute('question', 'precision-vs-recall');
      wrapper.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector(part), `<${tag}> did not render its bank`, { timeout: 4000 });
      await loaded(el);
      const style = getComputedStyle($(el, part));
      expect(style.textAlign).to.equal('start');
      expect(style.letterSpacing).to.equal('normal');
      expect(style.wordSpacing).to.equal('0px');
      expect(style.whiteSpace).to.equal('normal');
      expect(style.textTransform).to.equal('none');
      expect(style.textIndent).to.equal('0px');
      expect(style.fontStyle).to.equal('normal');
      expect(style.lineHeight).to.not.equal('60px');
      // The page's font size is kept: the kit fits the page's type scale.
      expect(getComputedStyle(el).fontSize).to.equal('20px');
      await expect(el).to.be.accessible();
    });
  }
});
