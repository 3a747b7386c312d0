// The whole English catalogue: the parts each element's chunk carries (./en/*.ts) put together.
// It defines the message ids and their parameters (../messages.ts) and the table in ../README.md;
// no element imports it, so that no page downloads the English of elements it does not use.

import { bank } from './en/bank.js';
import { card } from './en/card.js';
import { countdown } from './en/countdown.js';
import { feedback } from './en/feedback.js';
import { interview } from './en/interview.js';
import { picker } from './en/picker.js';
import { report } from './en/report.js';
import { runner } from './en/runner.js';
import { shared } from './en/shared.js';
import { summary } from './en/summary.js';

export const en = { ...shared, ...bank, ...card, ...countdown, ...feedback, ...picker, ...runner, ...summary, ...interview, ...report };
