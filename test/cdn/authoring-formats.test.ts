// The built CDN file with Markdown and GIFT banks: each parser is a chunk of its own, fetched only
// by a page that uses its format, and both run under a strict CSP with Trusted Types.

import { expect, waitUntil } from '@open-wc/testing';
import { text } from './frame.js';

const CDN = '/dist/cdn/quizkit.js';
const PARSERS = ['markdown-parser.js', 'gift-parser.js', 'slug.js'];

const button = (root: ShadowRoot | null | undefined, label: string): HTMLButtonElement | undefined =>
  [...(root?.querySelectorAll('button') ?? [])].find((b) => text(b) === label);

/** The CDN files a window has fetched, by name. */
const fetched = (win: Window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => name.includes('/dist/cdn/'))
    .map((name) => name.slice(name.lastIndexOf('/') + 1));

before(() => performance.setResourceTimingBufferSize(10000));

describe('the CDN build with authoring formats', () => {
  it('fetches no parser for a page that uses JSON banks only', async () => {
    await import(/* @vite-ignore */ CDN);
    const card = document.createElement('quiz-question-card');
    card.setAttribute('question', 'precision-vs-recall');
    document.body.append(card);
    await waitUntil(() => text(card.shadowRoot?.querySelector('[part=prompt]')), 'the card did not render', { timeout: 5000 });
    expect(fetched(window).filter((f) => PARSERS.includes(f))).to.deep.equal([]);
    card.remove();
  });

  it('runs an inline Markdown bank and a GIFT file under a strict CSP with Trusted Types, fetching each parser once', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/csp-formats.html';
    frame.style.width = '800px';
    frame.style.height = '900px';
    document.body.append(frame);
    const root = (id: string): ShadowRoot | null | undefined => frame.contentDocument?.getElementById(id)?.shadowRoot;
    const inner = (): ShadowRoot | null | undefined => root('markdown')?.querySelector('quiz-question-card')?.shadowRoot;

    await waitUntil(() => button(root('markdown'), 'Start'), 'the Markdown runner did not load under CSP', { timeout: 8000 });
    expect(text(root('markdown')?.querySelector('#start-heading'))).to.equal('Blog quiz &amp; friends');
    button(root('markdown'), 'Start')!.click();
    await waitUntil(() => inner()?.querySelector('input'), 'no question', { timeout: 5000 });
    (inner()!.querySelectorAll('input')[0] as HTMLInputElement).click();
    button(inner(), 'Check')!.click();
    await waitUntil(() => text(inner()).includes('Right: TP / (TP + FP) &lt; 1.'), 'no feedback');
    await waitUntil(() => button(root('markdown'), 'Finish'), 'no Finish button');
    button(root('markdown'), 'Finish')!.click();
    await waitUntil(() => root('markdown')?.querySelector('[part=score]'), 'no summary under CSP', { timeout: 5000 });

    await waitUntil(() => root('gift')?.querySelector('input'), 'the GIFT card did not load under CSP', { timeout: 5000 });
    expect(text(root('gift')?.querySelector('[part=prompt]'))).to.equal('Which metric is hurt by false positives?');

    const probe = frame.contentWindow as unknown as { cspViolations: string[]; trustedTypesEnforced: boolean };
    expect(probe.trustedTypesEnforced, 'the page must enforce Trusted Types').to.equal(true);
    expect(probe.cspViolations).to.deep.equal([]);
    const files = fetched(frame.contentWindow!);
    for (const parser of PARSERS)
      expect(
        files.filter((f) => f === parser),
        parser,
      ).to.have.length(1);
    frame.remove();
  });
});
