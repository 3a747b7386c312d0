// English: the interview countdown's messages, in the countdown's lazy chunk.
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

import type { Tools } from '../../messages.js';

export const countdown = {
  'countdown.timeLeft': 'Time left:',
  'countdown.timeUp': 'Time is up: finish your answer and submit it.',
  'countdown.hide': 'Hide timer',
  'countdown.show': 'Show timer',
  'countdown.timeUpAnnounce': 'Time is up. Nothing is submitted for you: finish your answer and press Submit.',
  'countdown.secondsLeft': ({ count }: { count: number }, t: Tools) => t.plural(count, { one: '# second left.', other: '# seconds left.' }),
};
