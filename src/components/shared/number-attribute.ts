// Number attributes read as HTML reads its own (`<img width="100px">` is 100 pixels), so that
// what authors write means what they meant: `pass="80%"` is 80, `time-limit="90s"` 90 seconds.

import type { ComplexAttributeConverter } from 'lit';

/**
 * The converter of a number attribute named `name`: the number its value starts with, whatever
 * follows (`80%`, `90s`); `m:ss` as minutes and seconds (`2:00` is 120). A value that starts with
 * no number is NaN, so the element uses its default, with a console warning naming the value.
 */
export const numberAttribute = (name: string): ComplexAttributeConverter<number | null> => ({
  fromAttribute(value) {
    if (value === null) return null;
    const clock = /^\s*(\d+):([0-5]\d)\s*$/.exec(value);
    const n = clock ? Number(clock[1]) * 60 + Number(clock[2]) : parseFloat(value);
    if (Number.isNaN(n)) console.warn(`quizkit: ${name}="${value}" is not a number; the default is used.`);
    return n;
  },
});
