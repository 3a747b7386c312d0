// UI language resolution per the contract: the element's lang, else the nearest ancestor's
// (across shadow roots), else the bank's language, else English; regions fall back to their language.

import { expect, fixture, html } from '@open-wc/testing';
import { canonicalTag, matchLocale, resolveLocale } from '../../src/i18n/locale.js';

/** A host whose open shadow root holds `child` inside a <div>, for crossing shadow boundaries. */
function hostWith(child: Element): HTMLElement {
  const host = document.createElement('div');
  const div = document.createElement('div');
  div.append(child);
  host.attachShadow({ mode: 'open' }).append(div);
  return host;
}

describe('matchLocale', () => {
  it('falls back from a region or script to its language', () => {
    expect(['de-AT', 'de-CH', 'es-419', 'fr-CA', 'ar-EG', 'en-GB', 'sr-Latn-RS'].map(matchLocale)).to.deep.equal([
      'de',
      'de',
      'es',
      'fr',
      'ar',
      'en',
      undefined,
    ]);
  });

  it('reads any case and POSIX underscores', () => {
    expect(['DE', 'de_at', ' Fr-ca '].map(matchLocale)).to.deep.equal(['de', 'de', 'fr']);
    expect(canonicalTag('de_at')).to.equal('de-AT');
  });

  it('knows nothing of unshipped, empty or malformed tags', () => {
    expect(['zh', 'pt-BR', '', '   ', 'not a tag!', null, undefined, 'x'].map(matchLocale)).to.deep.equal(Array(8).fill(undefined));
  });
});

describe('resolveLocale', () => {
  it("uses the element's own lang first", async () => {
    const el = await fixture(html`<div lang="fr"><span lang="de-AT"></span></div>`);
    expect(resolveLocale(el.firstElementChild!, 'es')).to.deep.equal({ locale: 'de', lang: 'de-AT', dir: 'ltr', from: 'element' });
  });

  it("else the nearest ancestor's lang", async () => {
    const el = await fixture(html`<section lang="es"><div lang="ar"><p><span></span></p></div></section>`);
    expect(resolveLocale(el.querySelector('span')!, 'de')).to.deep.equal({ locale: 'ar', lang: 'ar', dir: 'rtl', from: 'ancestor' });
  });

  it('crosses shadow roots to their hosts, through several levels', async () => {
    const wrapper = await fixture(html`<div lang="fr-CA"></div>`);
    const target = document.createElement('span');
    const inner = hostWith(target);
    const outer = hostWith(inner);
    wrapper.append(outer);
    expect(resolveLocale(target)).to.deep.include({ locale: 'fr', lang: 'fr-CA', from: 'ancestor' });
    outer.setAttribute('lang', 'es');
    expect(resolveLocale(target)).to.deep.include({ locale: 'es', from: 'ancestor' });
    inner.setAttribute('lang', 'ar');
    expect(resolveLocale(target)).to.deep.include({ locale: 'ar', dir: 'rtl' });
  });

  it("else the bank's language, with the same region fallback", async () => {
    const el = await fixture(html`<div><span></span></div>`);
    // The test page's <html> has no lang: nothing above decides.
    expect(document.documentElement.hasAttribute('lang')).to.equal(false);
    expect(resolveLocale(el.firstElementChild!, 'es-MX')).to.deep.equal({ locale: 'es', lang: 'es-MX', dir: 'ltr', from: 'bank' });
  });

  it('else English', async () => {
    const el = await fixture(html`<div></div>`);
    expect(resolveLocale(el)).to.deep.equal({ locale: 'en', lang: 'en', dir: 'ltr', from: 'default' });
    expect(resolveLocale(el, '')).to.deep.include({ locale: 'en', from: 'default' });
  });

  it('shows an unshipped language in English: the first lang found decides, even so', async () => {
    const el = await fixture(html`<div lang="de"><span lang="zh-Hant"></span></div>`);
    expect(resolveLocale(el.firstElementChild!, 'fr')).to.deep.equal({ locale: 'en', lang: 'en', dir: 'ltr', from: 'element' });
    expect(resolveLocale(el, 'fr')).to.deep.include({ locale: 'de' });
    const plain = await fixture(html`<div></div>`);
    expect(resolveLocale(plain, 'pt')).to.deep.equal({ locale: 'en', lang: 'en', dir: 'ltr', from: 'bank' });
  });

  it('takes lang="" as "unknown", as HTML does: the ancestors above it do not count, the bank does', async () => {
    const el = await fixture(html`<div lang="fr"><span lang=""></span></div>`);
    expect(resolveLocale(el.firstElementChild!, 'de')).to.deep.include({ locale: 'de', from: 'bank' });
    expect(resolveLocale(el.firstElementChild!)).to.deep.include({ locale: 'en', from: 'default' });
  });

  it("reads the document's own <html lang>", async () => {
    const el = await fixture(html`<div></div>`);
    document.documentElement.setAttribute('lang', 'de-DE');
    try {
      expect(resolveLocale(el, 'fr')).to.deep.equal({ locale: 'de', lang: 'de-DE', dir: 'ltr', from: 'ancestor' });
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
});
