// English: <quiz-topic-picker>'s messages.
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

import type { Tools } from '../../messages.js';

type Count = { count: number };

import { shared } from './shared.js';

export const picker = {
  'common.allTopics': 'All topics',
  'picker.loading': 'Loading topics…',
  'picker.unavailable': 'Topics unavailable.',
  'picker.unavailableFromProvider': 'Topics unavailable: its question bank could not be loaded.',
  'picker.label': 'Topics',
  'picker.hintMultiple': 'Pick any; none picked means all topics.',
  'picker.questions': ({ count }: Count, t: Tools) => t.plural(count, { one: '# question', other: '# questions' }),
  'picker.answered': ({ count }: Count, t: Tools) => `${t.n(count)} answered`,
  'picker.right': ({ count }: Count, t: Tools) => `${t.n(count)} right`,
  'picker.due': ({ count }: Count, t: Tools) => `${t.n(count)} due today`,
  'picker.notConnected': 'Not connected.',
  'picker.noRunner': ({ id }: { id: string }) => `for="${id}": there is no <quiz-runner id="${id}"> on this page.`,
};

/** The ids a picker carries the English of. */
export const pickerEnglish = { ...shared, ...picker };
