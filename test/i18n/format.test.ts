// Numbers, percentages, durations (Intl.DurationFormat and the fallback without it), the
// countdown clock and the report's date, in each shipped language.

import { expect } from '@open-wc/testing';
import { formatList, formatNumber, formatPercent } from '../../src/i18n/format.js';
import { formatClock, formatDate, formatDuration, formatDurationWith, nativeDurationFormat } from '../../src/i18n/format-time.js';

const LANGS = ['en', 'de', 'es', 'fr', 'ar'];
const MIN_5_S = 3 * 60_000 + 5_000;

describe('formatNumber and formatPercent', () => {
  it("write numbers with the language's decimal and grouping signs", () => {
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    expect(formatNumber('de', 1234.5)).to.equal('1.234,5');
    expect(formatNumber('fr', 1234.5)).to.match(/^1\s234,5$/);
    expect(formatNumber('ar-EG', 12)).to.equal('١٢');
  });

  it('take percentages from 0 to 100, as the kit computes them', () => {
    expect(formatPercent('en', 70)).to.equal('70%');
    expect(formatPercent('de', 70)).to.match(/^70\s%$/);
    expect(formatPercent('fr', 66.7)).to.match(/^66,7\s%$/);
    expect(formatPercent('ar', 70)).to.match(/^70.?%.?$/u);
    expect(formatPercent('en', 33.333)).to.equal('33.3%');
  });

  it("lists items with the language's conjunction", () => {
    expect(formatList('en', ['Trees', 'Evaluation', 'Deep learning'])).to.equal('Trees, Evaluation, and Deep learning');
    expect(formatList('de', ['Bäume', 'Evaluation'])).to.equal('Bäume und Evaluation');
    expect(formatList('ar', ['أ', 'ب'])).to.equal('أ وب');
  });
});

describe('formatDuration', () => {
  it('uses Intl.DurationFormat where the browser has it', () => {
    const DurationFormat = nativeDurationFormat();
    if (!DurationFormat) return void expect.fail('this browser was expected to have Intl.DurationFormat');
    for (const lang of LANGS) {
      expect(formatDuration(lang, MIN_5_S), lang).to.equal(new DurationFormat(lang, { style: 'short' }).format({ minutes: 3, seconds: 5 }));
    }
    expect(formatDuration('en', MIN_5_S)).to.equal('3 min, 5 sec');
  });

  it('falls back to unit numbers joined as a list without it, reading the same', () => {
    const DurationFormat = nativeDurationFormat();
    for (const lang of LANGS) {
      for (const ms of [0, 45_400, MIN_5_S, 180_000, 3_600_000 + 5_000]) {
        const fallback = formatDurationWith(undefined, lang, ms);
        expect(fallback, `${lang} ${ms}`).to.match(/\d/);
        // Where both exist, they agree: the fallback is what browsers without DurationFormat show.
        if (DurationFormat) expect(fallback, `${lang} ${ms}`).to.equal(formatDurationWith(DurationFormat, lang, ms));
      }
    }
    expect(formatDurationWith(undefined, 'en', MIN_5_S)).to.equal('3 min, 5 sec');
    expect(formatDurationWith(undefined, 'de', 3_600_000 + 5_000)).to.equal('1 Std., 5 Sek.');
  });

  it('leaves out zero units, rounds to the second, and shows no time as 0 seconds', () => {
    for (const impl of [nativeDurationFormat(), undefined]) {
      expect(formatDurationWith(impl, 'en', 180_000)).to.equal('3 min');
      expect(formatDurationWith(impl, 'en', 45_400)).to.equal('45 sec');
      expect(formatDurationWith(impl, 'en', 0)).to.equal('0 sec');
      expect(formatDurationWith(impl, 'en', -5)).to.equal('0 sec');
      expect(formatDurationWith(impl, 'en', 2 * 3_600_000 + 60_000)).to.equal('2 hr, 1 min');
    }
  });
});

describe('formatClock', () => {
  it('shows the countdown as m:ss, h:mm:ss from an hour', () => {
    expect([5, 65, 600, 3_725].map((s) => formatClock('en', s))).to.deep.equal(['0:05', '1:05', '10:00', '1:02:05']);
  });

  it("uses the language's digits", () => {
    expect(formatClock('de', 125)).to.equal('2:05');
    expect(formatClock('ar', 125)).to.equal('2:05');
    expect(formatClock('ar-EG', 125)).to.equal('٢:٠٥');
  });
});

describe('formatDate', () => {
  // 01:00 UTC on 27 November is still 26 November in Samoa (UTC−11) and already 27 in Kiribati (UTC+14).
  const instant = new Date(Date.UTC(2026, 10, 27, 1, 0));

  it("gives the date in the learner's time zone, not the UTC date", () => {
    expect(formatDate('en', instant, 'Pacific/Pago_Pago')).to.equal('November 26, 2026');
    expect(formatDate('en', instant, 'Pacific/Kiritimati')).to.equal('November 27, 2026');
    expect(formatDate('de', instant, 'Pacific/Pago_Pago')).to.equal('26. November 2026');
    expect(formatDate('fr', instant, 'Pacific/Pago_Pago')).to.equal('26 novembre 2026');
    expect(formatDate('es', instant, 'Pacific/Pago_Pago')).to.equal('26 de noviembre de 2026');
    expect(formatDate('ar', instant, 'Pacific/Pago_Pago')).to.match(/^26 نوفمبر 2026$/);
  });

  it("uses the browser's own time zone by default", () => {
    // Whatever zone the test machine has, the day shown is the local day of the instant.
    const local = new Date(2026, 10, 26, 23, 30);
    expect(formatDate('en', local)).to.equal('November 26, 2026');
    expect(formatDate('en', new Date(2026, 0, 1, 0, 15))).to.equal('January 1, 2026');
  });
});
