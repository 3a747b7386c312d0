// Defaults and limits of the elements' settings, each defined once, with the rules that bring a
// value from an attribute into range.

/** The pass mark of a run, in percent, unless `pass` says otherwise. */
export const DEFAULT_PASS_MARK = 70;

/** Seconds to wait for the page's feedback service before grading offline. */
export const DEFAULT_FEEDBACK_TIMEOUT = 10;

/** The default heading level of each element's title: a runner's title is an h2, its questions h3. */
export const DEFAULT_HEADING_LEVEL = { card: 3, runner: 2 } as const;

/** `pass` as a percentage from 0 to 100; the default when it is not a number. */
export const passMark = (pass: number | undefined): number =>
  typeof pass === 'number' && Number.isFinite(pass) ? Math.min(100, Math.max(0, pass)) : DEFAULT_PASS_MARK;

/** A heading level from 1 to 6 (`aria-level`); `fallback` when `level` is not a number. */
export const headingLevel = (level: number | undefined, fallback: number): number =>
  Math.min(6, Math.max(1, Math.round(level ?? fallback) || fallback));
