// English: the verdict on a typed answer, in the verdict's lazy chunk (loaded with the grading).
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

import type { Tools } from '../../messages.js';

type Count = { count: number };

export const feedback = {
  'feedback.noAnswer': 'No answer typed.',
  'feedback.covers': ({ covered, total }: { covered: number; total: number }, t: Tools) =>
    covered
      ? t.plural(total, { one: `it covers ${t.n(covered)} of # key idea`, other: `it covers ${t.n(covered)} of # key ideas` })
      : t.plural(total, { one: 'it covers none of the # key idea', other: 'it covers none of the # key ideas' }),
  'feedback.claimsWrong': ({ count }: Count, t: Tools) => t.plural(count, { one: 'one claim looks wrong', other: '# claims look wrong' }),
  'feedback.ideasDenied': ({ count }: Count, t: Tools) =>
    t.plural(count, { one: 'one idea you mentioned looked denied', other: '# ideas you mentioned looked denied' }),
  'feedback.keywordList': ({ detail }: { detail: string }) =>
    `A list of keywords: ${detail}. Explain each idea in a sentence for full credit.`,
  'feedback.checkClaims': ({ detail }: { detail: string }) => `Check your claims: ${detail}.`,
  'feedback.strong': ({ detail }: { detail: string }) => `Strong answer: ${detail}.`,
  'feedback.good': ({ detail }: { detail: string }) => `Good answer: ${detail}.`,
  'feedback.partial': ({ detail }: { detail: string }) => `Partial answer: ${detail}.`,
  'feedback.offTarget': ({ detail }: { detail: string }) => `Off target: ${detail}.`,
  'feedback.swapped': ({ said, wrong, right }: { said: string; wrong: string; right: string }) =>
    `"${said}" was said of ${wrong}, but it holds for ${right}.`,
  /** A feedback service's score when it gave no comment. */
  'feedback.remoteScore': ({ percent }: { percent: number }, t: Tools) => `Score: ${t.pct(percent)}.`,
};
