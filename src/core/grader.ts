// Offline feedback on a typed answer: which of a question's key points it covers, and why.
//
// Rules, so that a learner can trust the result:
// - Text is normalised (case, accents, punctuation, British -ise/-isation spellings) and each
//   word reduced to a simple stem, so "regularizes", "regularisation" and "regularization" match.
// - A key point is covered when any of its keywords, or the point's own wording when it has
//   none, appears in the answer; the words of a multi-word keyword must appear in order, with
//   at most one function word between them ("exactly to zero" matches "exactly zero").
// - Words of 6+ letters tolerate one typo (9+ letters: two).
// - Negation-blind: "it does not use a penalty" still matches "penalty". Feedback is a study
//   aid, not an exam mark.
// - A bare list of keywords is not an answer: when fewer than 1 in 8 of an answer's words are
//   function words (the, is, of, because, …), the score is capped at half the points.

import type { KeyPoint } from '../data/types.js';

export interface PointFeedback {
  point: string;
  covered: boolean;
  /** The keywords found, as the bank spells them. */
  matched: string[];
  /** The learner's own words that matched, as typed, for highlighting. */
  evidence: string[];
}

export interface AnswerFeedback {
  points: PointFeedback[];
  covered: number;
  score: number;
  maxScore: number;
  /** Looks like keywords without sentences (the score was capped). */
  keywordList: boolean;
  verdict: string;
  /** Came from the page's feedback service, not the offline grader. */
  remote?: boolean;
  /** Why the page's feedback service was not used, when it failed. */
  fallback?: string;
}

/** The commonest English function words: real sentences are full of them, keyword lists are not. */
const FUNCTION_WORDS = new Set(
  'a an the is are was be it its this that of to in on at by for with from as and or but if so because not no can will would do does has have which than then when how why what'.split(' '),
);

interface Token {
  stem: string;
  /** Lower case, accents and British spellings folded: for typo tolerance. */
  word: string;
  /** The word as the learner typed it, and where it starts in the text. */
  raw: string;
  at: number;
}

/** Lower case, accents removed, British spellings folded into American ones. */
function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(e|es|ed|ing)$/, 'iz$1')
    .replace(/our$/, 'or');
}

const SUFFIXES = [
  'izations', 'ization', 'ations', 'ation', 'izing', 'izes', 'ized', 'ize', 'ings', 'ing', 'ities', 'ity',
  'ments', 'ment', 'ness', 'edly', 'ed', 'ies', 'es', 's', 'ly', 'er', 'ers',
];

/** A deliberately simple stemmer: strips common English suffixes, undoubles a final consonant. */
export function stem(word: string): string {
  let w = normaliseWord(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = suffix === 'ies' ? `${w.slice(0, -3)}y` : w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ss|ll)$/.test(w)) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => {
    const word = normaliseWord(m[0].replace(/['’]s$/, ''));
    return { raw: m[0], word, stem: stem(word), at: m.index };
  });
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Same stem, or a typo away from the keyword as written (6+ letters: one edit, 9+: two). */
function sameWord(answer: Token, keyword: Token): boolean {
  if (answer.stem === keyword.stem) return true;
  const tolerance = keyword.word.length >= 9 ? 2 : keyword.word.length >= 6 ? 1 : 0;
  return tolerance > 0 && editDistance(answer.word, keyword.word, tolerance) <= tolerance;
}

/**
 * Where the keyword's words appear in order in the answer, allowing one function word between
 * them ("exactly to zero" matches "exactly zero"): [start, end), or undefined.
 */
function findPhrase(answer: Token[], phrase: Token[]): [number, number] | undefined {
  if (phrase.length === 0) return undefined;
  for (let i = 0; i < answer.length; i++) {
    let at = i;
    let k = 0;
    for (; k < phrase.length && at < answer.length; k++, at++) {
      if (k > 0 && !sameWord(answer[at]!, phrase[k]!) && FUNCTION_WORDS.has(answer[at]!.word)) at++;
      if (at >= answer.length || !sameWord(answer[at]!, phrase[k]!)) break;
    }
    if (k === phrase.length) return [i, at];
  }
  return undefined;
}

/** Words that carry meaning in a key point's own wording, used when it lists no keywords. */
function pointTerms(point: string): string[] {
  return tokenize(point)
    .filter((t) => !FUNCTION_WORDS.has(t.word) && t.raw.length > 3)
    .map((t) => t.raw);
}

function verdictFor(covered: number, total: number, keywordList: boolean, empty: boolean): string {
  if (empty) return 'No answer typed.';
  if (keywordList) return 'A list of keywords: explain each idea in a sentence for full credit.';
  const share = total && covered / total;
  const count = `covers ${covered} of ${total} key points`;
  return share === 1 ? 'Strong answer: it covers every key point.' : share >= 0.6 ? `Good answer: it ${count}.` : share > 0 ? `Partial answer: it ${count}.` : 'Off target: it covers none of the key points.';
}

/** Compares a typed answer with the key points it should cover. */
export function gradeAnswer(answer: string, keyPoints: readonly KeyPoint[]): AnswerFeedback {
  const tokens = tokenize(answer);
  const points = keyPoints.map((kp): PointFeedback => {
    const keywords = kp.keywords?.length ? kp.keywords : pointTerms(kp.point);
    const matched: string[] = [];
    const evidence: string[] = [];
    for (const keyword of keywords) {
      const span = findPhrase(tokens, tokenize(keyword));
      if (!span) continue;
      matched.push(keyword);
      const last = tokens[span[1] - 1]!;
      const said = answer.slice(tokens[span[0]]!.at, last.at + last.raw.length);
      if (!evidence.includes(said)) evidence.push(said);
    }
    return { point: kp.point, covered: matched.length > 0, matched, evidence };
  });
  const covered = points.filter((p) => p.covered).length;
  const functionWords = tokens.filter((t) => FUNCTION_WORDS.has(t.word)).length;
  const keywordList = tokens.length > 0 && functionWords / tokens.length < 1 / 8;
  const maxScore = keyPoints.length;
  const score = keywordList ? Math.min(covered, Math.floor(maxScore / 2)) : covered;
  return {
    points,
    covered,
    score,
    maxScore,
    keywordList,
    verdict: verdictFor(covered, maxScore, keywordList, tokens.length === 0),
  };
}
