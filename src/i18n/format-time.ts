// Durations, the countdown's clock and dates for a learner's language, through Intl: for the
// card's countdown, the runner's summary and the copied report (not every element needs them).

import { cached, formatList, formatNumber } from './format.js';

/** `Intl.DurationFormat` (Chromium 129, Firefox 136, Safari 16.4); ES2022's lib does not type it yet. */
export interface DurationFormatLike {
  format(duration: { hours?: number; minutes?: number; seconds?: number }): string;
}
export type DurationFormatConstructor = new (
  lang: string,
  options: { style: 'long' | 'short' | 'narrow'; secondsDisplay?: 'always' | 'auto' },
) => DurationFormatLike;

/** The browser's Intl.DurationFormat, where it has one. */
export const nativeDurationFormat = (): DurationFormatConstructor | undefined =>
  (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;

/** Hours, minutes and seconds of a duration in milliseconds, rounded to the second. */
function parts(ms: number): { hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/**
 * A duration for people, as Intl.DurationFormat writes it in its short style: "3 min, 5 sec",
 * "3 Min., 5 Sek.", "3 min et 5 s". Units that are zero are left out; no time at all is "0 sec".
 * Where the browser has no DurationFormat, see formatDurationWith.
 */
export const formatDuration = (lang: string, ms: number): string => formatDurationWith(nativeDurationFormat(), lang, ms);

/**
 * formatDuration with a given DurationFormat, or without one (`undefined`): then the same units
 * from Intl.NumberFormat, joined by Intl.ListFormat, which reads the same in the shipped languages.
 */
export function formatDurationWith(DurationFormat: DurationFormatConstructor | undefined, lang: string, ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  const none = !hours && !minutes && !seconds;
  const duration = { ...(hours && { hours }), ...(minutes && { minutes }), ...((seconds || none) && { seconds }) };
  if (DurationFormat) {
    // DurationFormat leaves out zero units itself, so "no time" needs its seconds asked for.
    const options = { style: 'short' as const, ...(none && { secondsDisplay: 'always' as const }) };
    return cached('duration', lang, options, () => new DurationFormat(lang, options)).format(duration);
  }
  const units = (['hours', 'minutes', 'seconds'] as const).flatMap((unit) =>
    duration[unit] === undefined
      ? []
      : [formatNumber(lang, duration[unit], { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'short' })],
  );
  return formatList(lang, units, 'unit');
}

/**
 * The countdown's clock, `m:ss` (`h:mm:ss` from an hour), in the language's digits: "2:05",
 * and "٢:٠٥" where a language writes Arabic-Indic digits (ar-EG).
 */
export function formatClock(lang: string, totalSeconds: number): string {
  const { hours, minutes, seconds } = parts(totalSeconds * 1000);
  const two = (n: number): string => formatNumber(lang, n, { minimumIntegerDigits: 2, useGrouping: false });
  const one = (n: number): string => formatNumber(lang, n, { useGrouping: false });
  return hours ? `${one(hours)}:${two(minutes)}:${two(seconds)}` : `${one(minutes)}:${two(seconds)}`;
}

/**
 * A calendar date in the learner's own time zone (or `timeZone`, for tests): "November 26,
 * 2026", "26. November 2026", "26 نوفمبر 2026". Not the UTC date, which is tomorrow's date on
 * an evening in Samoa or yesterday's on a morning in Kiribati.
 */
export function formatDate(lang: string, date: Date, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', ...(timeZone && { timeZone }) };
  return cached('date', lang, options, () => new Intl.DateTimeFormat(lang, options)).format(date);
}
