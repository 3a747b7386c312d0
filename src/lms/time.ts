// Times and durations in the formats SCORM 1.2, SCORM 2004 and xAPI each require.

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 duration (SCORM 2004 timeinterval, xAPI `duration`): `PT1H2M3.45S`, hundredths at most. */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || !(h || m) ? `${s}S` : ''}`;
}

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` (hours at least two digits, at most four). */
export function scorm12Timespan(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.min(9999, Math.floor(cs / 360_000));
  return `${pad(h)}:${pad(Math.floor((cs % 360_000) / 6000))}:${pad(Math.floor((cs % 6000) / 100))}.${pad(cs % 100)}`;
}

/** SCORM 1.2 CMITime: the time of day, `HH:MM:SS`. */
export const scorm12Time = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

/** SCORM 2004 time(second,10,0): ISO 8601 in UTC with at most hundredths of a second. */
export const scorm2004Time = (d: Date): string => d.toISOString().replace(/(\.\d\d)\dZ$/, '$1Z');
