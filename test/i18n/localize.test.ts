// The localize controller on an element: English at once, its language once the catalogue
// chunk arrives, a re-render when a lang changes anywhere above it (across shadow roots),
// two languages on one page, the bank's language, `strings`, and English when a load fails.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LocalizeController, type CatalogueLoader } from '../../src/controllers/localize.js';
import type { Strings } from '../../src/i18n/messages.js';
import { messages as de } from '../../src/i18n/locales/de.js';
import { en } from '../../src/i18n/locales/en.js';
import { captureWarnings } from '../core/warnings.js';

/** A stand-in for a quizkit element: one button, one count, the UI text's lang and dir. */
class LocalizedProbe extends LitElement {
  static override properties: PropertyDeclarations = { strings: { attribute: false }, bankLanguage: { attribute: false } };
  declare strings: Strings | undefined;
  declare bankLanguage: string | undefined;
  static loader: CatalogueLoader | undefined;
  readonly localize = new LocalizeController(this, {
    english: en,
    bankLanguage: () => this.bankLanguage,
    ...(LocalizedProbe.loader && { load: LocalizedProbe.loader }),
  });

  override render(): TemplateResult {
    const { t, lang, dir } = this.localize;
    return html`<p lang=${lang} dir=${dir}><button>${t('runner.start')}</button> <span>${t('runner.questionCount', { count: 2 })}</span></p>`;
  }
}
customElements.define('localized-probe', LocalizedProbe);

/** Another element that renders a probe inside its own shadow root. */
class ProbeHost extends LitElement {
  override render(): TemplateResult {
    return html`<div><localized-probe></localized-probe></div>`;
  }
}
customElements.define('probe-host', ProbeHost);

declare global {
  interface HTMLElementTagNameMap {
    'localized-probe': LocalizedProbe;
    'probe-host': ProbeHost;
  }
}

const shown = (el: Element): string => (el.shadowRoot?.querySelector('p')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const uiLang = (el: Element): string | null => el.shadowRoot!.querySelector('p')!.getAttribute('lang');

async function until(el: Element, text: string): Promise<void> {
  await waitUntil(() => shown(el) === text, `expected "${text}", shows "${shown(el)}"`, { timeout: 5000 });
}

describe('LocalizeController', () => {
  it('shows English at once, with lang="en"', async () => {
    const el = await fixture<LocalizedProbe>(html`<localized-probe></localized-probe>`);
    expect(shown(el)).to.equal('Start 2 questions');
    expect(uiLang(el)).to.equal('en');
    expect(el.localize.locale).to.equal('en');
  });

  it("loads the catalogue chunk of the element's lang and re-renders in it", async () => {
    const el = await fixture<LocalizedProbe>(html`<localized-probe lang="de"></localized-probe>`);
    await until(el, 'Starten 2 Fragen');
    expect(uiLang(el)).to.equal('de');
  });

  it("keeps a region for lang and Intl, and its language's messages", async () => {
    const el = await fixture<LocalizedProbe>(html`<localized-probe lang="es-MX"></localized-probe>`);
    await until(el, 'Empezar 2 preguntas');
    expect(uiLang(el)).to.equal('es-MX');
    // Mexico writes "70%" where Spain writes "70 %": the region is kept for formatting.
    expect(el.localize.percent(70)).to.equal('70%');
    expect(new Intl.NumberFormat('es', { style: 'percent' }).format(0.7)).to.match(/^70\s%$/);
  });

  it('re-renders when the lang of an ancestor changes, also across a shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><probe-host></probe-host></div>`);
    const host = wrapper.querySelector('probe-host')!;
    await host.updateComplete;
    const probe = host.shadowRoot!.querySelector('localized-probe')!;
    await until(probe, 'Commencer 2 questions');
    host.setAttribute('lang', 'ar');
    await until(probe, 'ابدأ سؤالان');
    expect(probe.shadowRoot!.querySelector('p')!.dir).to.equal('rtl');
    host.removeAttribute('lang');
    await until(probe, 'Commencer 2 questions');
    wrapper.removeAttribute('lang');
    await until(probe, 'Start 2 questions');
  });

  it('re-renders when its own lang changes, and when it moves under another lang', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><section lang="es"></section><section lang="de"></section></div>`);
    const el = document.createElement('localized-probe');
    page.children[0]!.append(el);
    await until(el, 'Empezar 2 preguntas');
    page.children[1]!.append(el);
    await until(el, 'Starten 2 Fragen');
    el.setAttribute('lang', 'fr');
    await until(el, 'Commencer 2 questions');
    // Watching stops with the move: the old ancestor's lang no longer matters.
    page.children[1]!.setAttribute('lang', 'ar');
    await el.updateComplete;
    expect(shown(el)).to.equal('Commencer 2 questions');
  });

  it('lets two elements on one page speak different languages', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="de"><localized-probe></localized-probe><localized-probe lang="ar"></localized-probe></div>`,
    );
    const [german, arabic] = [...page.querySelectorAll('localized-probe')];
    await until(german!, 'Starten 2 Fragen');
    await until(arabic!, 'ابدأ سؤالان');
  });

  it("uses the bank's language when no lang is set, and follows it when the bank changes", async () => {
    const el = await fixture<LocalizedProbe>(html`<localized-probe .bankLanguage=${'fr-BE'}></localized-probe>`);
    await until(el, 'Commencer 2 questions');
    expect(el.localize.wanted.from).to.equal('bank');
    el.bankLanguage = 'pt';
    await until(el, 'Start 2 questions');
  });

  it("applies the element's strings over its language, and again when they change", async () => {
    const el = await fixture<LocalizedProbe>(html`<localized-probe lang="de" .strings=${{ 'runner.start': 'Los!' }}></localized-probe>`);
    await until(el, 'Los! 2 Fragen');
    el.strings = { 'runner.questionCount': ({ count }, t) => t.plural(count, { one: 'eine Karte', other: '# Karten' }) };
    await until(el, 'Starten 2 Karten');
    el.strings = undefined;
    await until(el, 'Starten 2 Fragen');
  });
});

describe('LocalizeController when a catalogue cannot load', () => {
  const warnings = captureWarnings();
  afterEach(() => (LocalizedProbe.loader = undefined));

  it('stays in English, with one console warning for the page, and no alert', async () => {
    let calls = 0;
    LocalizedProbe.loader = async (locale) => {
      calls++;
      throw new Error(`no ${locale} today`);
    };
    const page = await fixture<HTMLDivElement>(
      html`<div lang="de"><localized-probe></localized-probe><localized-probe></localized-probe></div>`,
    );
    await waitUntil(() => warnings.messages.length > 0, 'no warning');
    const probes = [...page.querySelectorAll('localized-probe')];
    for (const el of probes) {
      await el.updateComplete;
      expect(shown(el)).to.equal('Start 2 questions');
      expect(uiLang(el)).to.equal('en');
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    }
    expect(calls).to.equal(1);
    expect(warnings.messages).to.deep.equal([
      'quizkit: the "de" messages could not load (no de today); the elements show English instead.',
    ]);
  });

  it('shows English until a slow catalogue arrives, then its language', async () => {
    let arrive: () => void = () => {};
    LocalizedProbe.loader = () => new Promise((resolve) => (arrive = () => resolve(de)));
    const el = await fixture<LocalizedProbe>(html`<localized-probe lang="de"></localized-probe>`);
    expect(shown(el)).to.equal('Start 2 questions');
    expect(uiLang(el)).to.equal('en');
    arrive();
    await until(el, 'Starten 2 Fragen');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('goes back to English when the language changes to one that fails', async () => {
    LocalizedProbe.loader = async (locale) => {
      if (locale === 'de') return de;
      throw new Error('offline');
    };
    const el = await fixture<LocalizedProbe>(html`<localized-probe lang="de"></localized-probe>`);
    await until(el, 'Starten 2 Fragen');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => warnings.messages.length === 1, 'no warning');
    await until(el, 'Start 2 questions');
    expect(uiLang(el)).to.equal('en');
  });
});
