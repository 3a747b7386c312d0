// The real catalogue chunks failing on the network: a server error, or no answer within the
// element's load-timeout. The element stays usable in English, with one console warning.
// Each case fails a different locale, since a browser remembers a module that failed to load.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LocalizeController } from '../../src/controllers/localize.js';
import { en } from '../../src/i18n/locales/en.js';
import { captureWarnings } from '../core/warnings.js';
import { clearFaults, fault } from '../fault.js';

class ChunkProbe extends LitElement {
  static override properties: PropertyDeclarations = { loadTimeout: { type: Number, attribute: 'load-timeout' } };
  declare loadTimeout: number | undefined;
  readonly localize = new LocalizeController(this, { english: en });

  override render(): TemplateResult {
    return html`<button lang=${this.localize.lang}>${this.localize.t('runner.start')}</button>`;
  }
}
customElements.define('chunk-probe', ChunkProbe);

declare global {
  interface HTMLElementTagNameMap {
    'chunk-probe': ChunkProbe;
  }
}

const label = (el: Element): string => el.shadowRoot?.querySelector('button')?.textContent ?? '';

describe('catalogue chunks that fail to load', () => {
  const warnings = captureWarnings();
  // No fault outlives this file (Firefox's test pages share one browser context).
  afterEach(() => clearFaults());

  it('falls back to English when the server fails the chunk', async () => {
    fault('/src/i18n/locales/fr.ts', '500');
    const reported: { message: string; source: string }[] = [];
    const listener = (e: Event): number => reported.push((e as CustomEvent).detail);
    document.addEventListener('quiz-error', listener);
    const page = await fixture<HTMLDivElement>(html`<div lang="fr"><chunk-probe></chunk-probe><chunk-probe></chunk-probe></div>`);
    await waitUntil(() => reported.length === 2, 'each element reports the failure in quiz-error', { timeout: 10000 });
    document.removeEventListener('quiz-error', listener);
    expect(reported.map((d) => d.source)).to.deep.equal(['fr messages', 'fr messages']);
    expect(reported[0]!.message).to.match(/^The "fr" messages could not load \(.+\); the elements show English instead\.$/);
    for (const el of page.querySelectorAll('chunk-probe')) {
      await el.updateComplete;
      expect(label(el)).to.equal('Start');
      expect(el.shadowRoot!.querySelector('button')!.lang).to.equal('en');
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(
      /^quizkit: the "fr" messages could not load \(the fr messages code could not load: .+\); the elements show English instead\.$/,
    );
  });

  it('falls back to English when the chunk does not arrive within load-timeout', async () => {
    fault('/src/i18n/locales/es.ts', 'stall');
    const el = await fixture<ChunkProbe>(html`<chunk-probe lang="es" load-timeout="1"></chunk-probe>`);
    expect(label(el)).to.equal('Start');
    await waitUntil(() => warnings.messages.length > 0, 'no warning', { timeout: 10000 });
    expect(warnings.messages).to.deep.equal([
      'quizkit: the "es" messages could not load (the es messages code could not load: no answer within 1 s); the elements show English instead.',
    ]);
    expect(label(el)).to.equal('Start');
  });

  it('still loads the other languages', async () => {
    const el = await fixture<ChunkProbe>(html`<chunk-probe lang="de"></chunk-probe>`);
    await waitUntil(() => label(el) === 'Starten', 'German did not load', { timeout: 10000 });
    expect(warnings.messages).to.deep.equal([]);
  });
});
