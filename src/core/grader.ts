// Offline feedback on a typed answer: which key points it states correctly, which claims look wrong, and why.
//
// Rules, so that a learner can trust the result (each is documented in src/data/README.md):
// - Words are compared after normalising case, accents, British spellings (-ise, -our) and word
//   endings (English only), so "regularises", "regularisation" and "regularization" match, as do
//   compare / comparing / compared and select / selection.
// - A multi-word keyword matches when its words appear in any order within a small window of one
//   sentence ("exactly zero" matches "zero, exactly" and "exactly to zero").
// - Typo tolerance (one edit from 6 letters, two from 11) never changes the first letter and never
//   adds or drops a negative prefix (un-, in-, im-, ir-, il-, non-, dis-): balanced ≠ imbalanced.
// - Negation scope: a keyword inside a denied clause ("doesn't set weights to exactly zero",
//   "…, that's a myth", "it's a misconception that …", "more data won't help") does not count,
//   and the point says which words looked denied.
// - Subject binding: a keyword written "lasso|l1: exactly zero" counts only when the claim is made
//   about lasso (or l1): the subject named in the same clause, else nearby, else the one the answer
//   was last talking about. Said of another subject of the question, it is reported as swapped.
// - A question's `misconceptions` are common wrong claims: stating one (not denying it) adds its
//   feedback and takes away the key point it names, or one point when it names none.
// - Repeating the question earns nothing: a keyword made only of words from the prompt (or its
//   variants) never covers a point on its own.
// - A bare list of keywords is not an answer: in English, when fewer than 1 in 8 words are
//   function words, the score is capped at half the points.
// - The English-specific rules (stemming, negation, function words) apply only to English text;
//   in unspaced scripts (Chinese, Japanese, Thai) keywords are found as substrings.

import type { KeyPoint, Misconception, Question } from '../data/types.js';
import { GOOD_SHARE } from './rating.js';

export interface PointFeedback {
  point: string;
  covered: boolean;
  /** The keywords found, as the bank spells them. */
  matched: string[];
  /** The learner's own words that matched, as typed, for highlighting. */
  evidence: string[];
  /** The learner's words for this point that sat in a denied clause, as typed. */
  denied: string[];
}

/** A claim in the answer that looks wrong: a listed misconception, or a point said of the wrong subject. */
export interface ClaimIssue {
  kind: 'misconception' | 'swapped';
  /** What to tell the learner. */
  message: string;
  /** The learner's words, as typed. */
  evidence: string;
  /** The key point that lost its credit, when there is one. */
  point?: number;
  /**
   * A swap's subjects, as the bank names them: the one the words were said of and the one they
   * hold for. Views say the swap in the learner's language with them (`message` is English).
   */
  subjects?: { wrong: string; right: string };
}

export interface AnswerFeedback {
  points: PointFeedback[];
  covered: number;
  score: number;
  maxScore: number;
  /** Looks like keywords without sentences (the score was capped). */
  keywordList: boolean;
  /** Claims that look wrong; empty when none did. */
  issues: ClaimIssue[];
  verdict: string;
  /** Came from the page's feedback service, not the offline grader. */
  remote?: boolean;
  /** Why the page's feedback service was not used, when it failed. */
  fallback?: string;
}

/** What the grader reads from a question; a bare key point list is accepted too. */
export type GradableQuestion = Partial<Pick<Question, 'prompt' | 'variants' | 'keyPoints' | 'misconceptions'>>;

export interface GradeOptions {
  /** The bank's language (BCP 47). English rules apply only to English (the default). */
  language?: string;
}

/** The commonest English function words: real sentences are full of them, keyword lists are not. */
const FUNCTION_WORDS = new Set(
  'a an the is are was be it its this that of to in on at by for with from as and or but if so because not no can will would do does has have which than then when how why what'.split(
    ' ',
  ),
);
/** Dropped from keywords before matching; negations are kept, since they carry the claim. */
const FILLER = new Set([
  ...FUNCTION_WORDS,
  'i',
  'you',
  'we',
  'they',
  'their',
  'our',
  'your',
  'them',
  'these',
  'those',
  'there',
  'each',
  'also',
  'just',
  'very',
]);
FILLER.delete('not');
FILLER.delete('no');

/** Words that end a clause: negation and subjects do not reach past them. */
const CLAUSE_WORDS = new Set(['but', 'while', 'whilst', 'whereas', 'although', 'though', 'however', 'yet', 'and', 'because', 'so']);
/** Clauses that set a condition usually name their subject afterwards ("if FN are costly, favour recall"). */
const CONDITIONAL = new Set(['if', 'when', 'whenever', 'where', 'for', 'in']);
/** A subject after these words is the one being contrasted, not the one the clause is about. */
const CONTRAST = new Set(['unlike', 'than', 'versus', 'vs', 'over', 'compared']);
/** First halves of compounds that make a different subject: semi-supervised, self-supervised. */
const COMPOUND = new Set(['semi', 'self', 'weakly']);
/** Negation cues besides "not" (never, n't and cannot are folded into "not"). */
const CUES = new Set(['not', 'no', 'without', 'neither', 'nor', 'none', 'nothing', 'nobody', 'hardly', 'barely']);
/** Words that turn the one word they qualify into its contrary: "the opposite direction of the gradient". */
const OPPOSITES = new Set(['opposite', 'reverse', 'contrary', 'inverse']);
/** "not only", "isn't just": not a denial. */
const NOT_A_DENIAL = new Set(['only', 'just', 'simply', 'merely', 'matter', 'mention']);
/** "X won't help", "X doesn't work": the denial reaches back to X. */
const DENIED_PREDICATES = new Set([
  'help',
  'work',
  'matter',
  'fix',
  'prevent',
  'need',
  'necessary',
  'useful',
  'cure',
  'solv',
  'true',
  'right',
  'correct',
  'hold',
  'apply',
  'enough',
]);
const NEGATIVE_PREFIXES = ['non', 'dis', 'un', 'in', 'im', 'ir', 'il'];
/** "…, that's a myth", "which is wrong", "but that's not really it": the sentence so far is denied. */
const POST_CUE =
  /\b(?:that'?s|that is|this is|which is|it'?s|is)\s+(?:(?:just|really|simply|actually|a|an|total|complete|common|popular|old)\s+)*(?:myth|misconception|wrong|false|incorrect|untrue|not\s+(?:really\s+)?(?:it|true|right|correct|the case))\b/i;
const PRE_CUE =
  /\b(?:myth|misconception|not\s+(?:really\s+|actually\s+)?true|false|wrong|incorrect|untrue)\s+(?:to say\s+)?that\b|\bwrong to (?:say|think)\b/i;
const SHORT_DENIAL =
  /^\s*(?:that'?s|that is|this is|it'?s|it is)?\s*(?:(?:just|a|an|common)\s+)*(?:myth|misconception|wrong|false|not true|untrue|incorrect)\b/i;
/** Scripts written without spaces between words: keywords are found as substrings there. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

interface Token {
  /** Stem for comparing word forms (English), else the folded word. */
  stem: string;
  /** Lower case, accents and British spellings folded: for typo tolerance. */
  word: string;
  /** The word as the learner typed it, and where it starts in the text. */
  raw: string;
  at: number;
  sentence: number;
  clause: number;
}

/** Lower case, accents removed, British spellings folded into American ones (English only). */
function normaliseWord(word: string, english: boolean): string {
  const w = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'");
  if (!english) return w;
  if (/^(?:never|cannot|not)$|n't$|^(?:do|does|did|is|are|was|were|can|wo|would|could|should|has|have|had)nt$/.test(w)) return 'not';
  return w
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/([^aeiou])is(e|es|ed|ing)$/, '$1iz$2')
    .replace(/yse(s|d)?$/, 'yze$1')
    .replace(/our$/, 'or');
}

/** Longest first. `iz…` endings keep "iz" so that normalize ≠ normal and standardize ≠ standard. */
const SUFFIXES: [string, string][] = (
  [
    ['izations', 'iz'],
    ['ization', 'iz'],
    ['izing', 'iz'],
    ['izers', 'iz'],
    ['izer', 'iz'],
    ['izes', 'iz'],
    ['ized', 'iz'],
    ['ize', 'iz'],
    ['bilities', 'bl'],
    ['bility', 'bl'],
    ['ations', ''],
    ['ation', ''],
    ['ating', ''],
    ['ated', ''],
    ['ates', ''],
    ['ate', ''],
    ['ities', ''],
    ['ity', ''],
    ['ments', ''],
    ['ment', ''],
    ['ness', ''],
    ['ions', ''],
    ['ion', ''],
    ['ally', ''],
    ['edly', ''],
    ['ings', ''],
    ['ing', ''],
    ['ies', 'y'],
    ['ied', 'y'],
    ['ers', ''],
    ['er', ''],
    ['ed', ''],
    ['es', ''],
    ['al', ''],
    ['ly', ''],
    ['s', ''],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * A small English stemmer: strips up to three common suffixes (dimensionality → dimension),
 * undoubles a final consonant (stopping → stop) and drops a silent e (compare → compar).
 */
export function stem(word: string): string {
  return stemFolded(normaliseWord(word, true));
}

const stems = new Map<string, string>();

/** `stem()` of a word already normalised; cached, since the same words recur across answers. */
function stemFolded(folded: string): string {
  let cached = stems.get(folded);
  if (cached === undefined) {
    cached = stripSuffixes(folded);
    if (stems.size > 20_000) stems.clear();
    stems.set(folded, cached);
  }
  return cached;
}

function stripSuffixes(folded: string): string {
  let w = folded;
  if (w.length <= 3 || /\d/.test(w)) return w;
  for (let pass = 0; pass < 3; pass++) {
    const hit = SUFFIXES.find(
      ([suffix, to]) => w.endsWith(suffix) && w.length - suffix.length + to.length >= 3 && !(suffix === 's' && /[siu]s$/.test(w)),
    );
    if (!hit || w.endsWith('iz')) break;
    w = w.slice(0, -hit[0].length) + hit[1];
  }
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ss|ll)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Keywords and subjects recur in every grading: their tokens are kept (read-only). */
const shortTexts = new Map<string, Token[]>();

/** Words with the sentence and clause each belongs to, for negation and subject scope. */
function tokenize(text: string, english: boolean, arabic = false): Token[] {
  if (text.length > 80) return tokenizeText(text, english, arabic);
  const key = `${+english}${+arabic}${text}`;
  let tokens = shortTexts.get(key);
  if (!tokens) {
    tokens = tokenizeText(text, english, arabic);
    if (shortTexts.size > 5_000) shortTexts.clear();
    shortTexts.set(key, tokens);
  }
  return tokens;
}

/**
 * Terms written out or abbreviated, as one word: "artificial intelligence" is "ai" in an answer
 * and in a keyword alike (English; stems of the words written out).
 */
const TERMS: [stems: string[], word: string][] = [
  ['artificial intelligence', 'ai'],
  ['machine learning', 'ml'],
  ['k nearest neighbours', 'knn'],
  ['k nearest neighbors', 'knn'],
  ['support vector machine', 'svm'],
  ['principal component analysis', 'pca'],
].map(([term, word]) => [term!.split(' ').map((w) => stemFolded(normaliseWord(w, true))), word!]);

/** Each written-out term in `tokens` as the one word of its abbreviation, quoted as it was written. */
function foldTerms(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const term = TERMS.find(([stems]) =>
      stems.every((st, k) => tokens[i + k]?.stem === st && tokens[i + k]!.sentence === tokens[i]!.sentence),
    );
    if (!term) {
      out.push(tokens[i]!);
      continue;
    }
    const last = tokens[i + term[0].length - 1]!;
    out.push({ ...tokens[i]!, raw: text.slice(tokens[i]!.at, last.at + last.raw.length), word: term[1], stem: term[1] });
    i += term[0].length - 1;
  }
  return out;
}

function tokenizeText(text: string, english: boolean, arabic: boolean): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let end = 0;
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(end, m.index);
    end = m.index + m[0].length;
    // A full stop ends a sentence, but not inside "0.5" or "model.eval" (a gap of "." alone); the
    // stops of unspaced scripts end one wherever they are.
    if (tokens.length && (/[!?;\n。！？；]|\.\s/.test(gap) || (gap.includes('.') && gap !== '.'))) {
      sentence++;
      clause++;
    } else if (tokens.length && /[,:()—–]|\s-\s/.test(gap)) clause++;
    let word = normaliseWord(m[0].replace(/['’]s$/i, ''), english);
    if (english && CLAUSE_WORDS.has(word) && tokens.length) clause++;
    // Arabic writes the article "al-" (and "wa-al-") as part of the word.
    if (arabic && word.length > 4) word = word.replace(/^و?ال/, '');
    tokens.push({ raw: m[0], word, stem: english ? stemFolded(word) : word, at: m.index, sentence, clause });
  }
  return english ? foldTerms(text, tokens) : tokens;
}

/** Optimal string alignment distance (a swap of two letters is one edit), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/** One word is the other with a negative prefix added (balanced / imbalanced, supervised / unsupervised). */
function prefixFlip(a: string, b: string): boolean {
  return NEGATIVE_PREFIXES.some(
    (p) =>
      (a.startsWith(p) && !b.startsWith(p) && editDistance(a.slice(p.length), b, 1) <= 1) ||
      (b.startsWith(p) && !a.startsWith(p) && editDistance(b.slice(p.length), a, 1) <= 1),
  );
}

/** Typo verdicts by word pair: a bank check grades thousands of answer-keyword pairs. */
const typoCache = new Map<string, boolean>();

/** Same stem, or a typo away from the keyword as written (6+ letters: one edit, 11+: two). */
function sameWord(answer: Token, keyword: Token): boolean {
  if (answer.stem === keyword.stem) return true;
  const w = keyword.word;
  const tolerance = w.length >= 11 ? 2 : w.length >= 6 ? 1 : 0;
  if (!tolerance || answer.word[0] !== w[0] || Math.abs(answer.word.length - w.length) > tolerance || /\d/.test(w)) return false;
  const key = `${answer.word} ${w}`;
  let same = typoCache.get(key);
  if (same === undefined) {
    same = editDistance(answer.word, w, tolerance) <= tolerance && !prefixFlip(answer.word, w);
    if (typoCache.size > 20_000) typoCache.clear();
    typoCache.set(key, same);
  }
  return same;
}

/** An answer, tokenised once, with what each word's negation status is. */
interface Answer {
  text: string;
  tokens: Token[];
  english: boolean;
  arabic: boolean;
  /** For each token: the position of the negation cue governing it, or -1. */
  cue: number[];
  /** Tokens denied by a cue elsewhere in the sentence ("…, that's a myth"). */
  denied: boolean[];
  /** Unspaced scripts: the folded text without spaces, for substring search. */
  compact: string;
  /** Cache of `positions()`. */
  places: Map<string, number[]>;
}

/** Marks which words fall under a negation, before or after them. */
function readAnswer(text: string, english: boolean, arabic: boolean): Answer {
  const tokens = tokenize(text, english, arabic);
  const cue = tokens.map(() => -1);
  const denied = tokens.map(() => false);
  if (english) {
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      if (OPPOSITES.has(t.word)) {
        // Only the word it qualifies ("direction"): a keyword that names the opposite itself
        // ("opposite direction") keeps it, and the rest of the clause is said as usual.
        const j = tokens.findIndex((n, k) => k > i && !FUNCTION_WORDS.has(n.word));
        if (j > 0 && tokens[j]!.clause === t.clause && cue[j]! < 0) cue[j] = i;
        return;
      }
      const isCue = CUES.has(t.word) || (t.word === 'instead' && next?.word === 'of') || (t.word === 'rather' && next?.word === 'than');
      if (!isCue || (next && NOT_A_DENIAL.has(next.word))) return;
      for (let j = i + 1; j < tokens.length && tokens[j]!.clause === t.clause; j++) cue[j] = i;
      // "more data won't help": the predicate is denied, and so is what it is said of.
      const predicate = tokens.slice(i + 1, i + 3).some((n) => n.clause === t.clause && DENIED_PREDICATES.has(n.stem));
      // "clustering isn't an unsupervised task": a denied copula denies its subject too.
      const copula =
        /^(?:is|are|was|were)n[’']?t$/i.test(t.raw) || (t.word === 'not' && /^(?:is|are|was|were)$/.test(tokens[i - 1]?.word ?? ''));
      if (predicate || copula) for (let j = i - 1; j >= 0 && tokens[j]!.clause === t.clause; j--) cue[j] = i;
    });
    const sentences = new Map<number, Token[]>();
    tokens.forEach((t) => sentences.set(t.sentence, [...(sentences.get(t.sentence) ?? []), t]));
    for (const [s, words] of sentences) {
      const from = words[0]!.at;
      const last = words[words.length - 1]!;
      const body = text.slice(from, last.at + last.raw.length);
      const deny = (at: number, to: number): void =>
        tokens.forEach((t, i) => void (t.sentence === s && t.at >= at && t.at < to && (denied[i] = true)));
      const post = POST_CUE.exec(body);
      if (post) deny(from, from + post.index);
      const pre = PRE_CUE.exec(body);
      if (pre) {
        const rest = body.slice(pre.index);
        const stop = /\b(?:but|however|actually|in fact|whereas|while)\b/i.exec(rest);
        deny(from + pre.index, from + pre.index + (stop ? stop.index : rest.length));
      }
      // "That's a myth." on its own denies the sentence before it.
      if (words.length <= 6 && SHORT_DENIAL.test(body) && s > 0)
        tokens.forEach((t, i) => void (t.sentence === s - 1 && (denied[i] = true)));
    }
  }
  return { text, tokens, english, arabic, cue, denied, compact: fold(text), places: new Map() };
}

/** Folded text without spaces or punctuation, for substring matching in unspaced scripts. */
const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');

interface Match {
  /** Token positions the keyword matched, in the answer. */
  at: number[];
  said: string;
}

/** A keyword ready to match: its words (fillers dropped), or its folded text for unspaced scripts. */
interface Phrase {
  keyword: string;
  words: Token[];
  compact?: string;
  /** Subject aliases this keyword is bound to ("lasso|l1: …"), as bank text. */
  subject?: string[];
  /** Made only of the question's own words: never covers a point alone. */
  echo: boolean;
}

const BOUND = /^([^:]+?):\s+(.+)$/u;

function readPhrase(keyword: string, a: Answer, promptStems: Set<string>): Phrase {
  const bound = BOUND.exec(keyword);
  const claim = bound ? bound[2]! : keyword;
  const subject = bound
    ? bound[1]!
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
  if (UNSPACED.test(claim)) return { keyword, words: [], compact: fold(claim), subject, echo: false };
  const all = tokenize(claim, a.english, a.arabic);
  // "Type I error": that "i" is a numeral, not the filler pronoun.
  const words = a.english ? all.filter((t, k) => !FILLER.has(t.word) || (t.word === 'i' && all[k - 1]?.word === 'type')) : all;
  const echo = words.length > 0 && words.every((t) => promptStems.has(t.stem));
  return { keyword, words, subject, echo };
}

/**
 * Every place the phrase's words appear, in any order, within one sentence and a window of
 * (words + 2) tokens; each answer word serves one keyword word.
 */
function findAll(a: Answer, phrase: Phrase): Match[] {
  if (phrase.compact !== undefined) {
    const found = phrase.compact && a.compact.includes(phrase.compact);
    return found ? [{ at: [], said: phrase.keyword.split(':').pop()!.trim() }] : [];
  }
  const { tokens } = a;
  const words = phrase.words;
  if (!words.length) return [];
  // Where each keyword word occurs; most keywords miss a word entirely, and stop here.
  const places = words.map((w) => positions(a, w));
  if (places.some((p) => !p.length)) return [];
  const window = words.length + 2;
  // Formulas ("2pr/(p+r)", "k-1") keep their order: "(p + r) / 2" is not "2 * p * r / (p + r)".
  // So do negative keywords, whose negation must sit right before the next word: "not co-adapt"
  // matches "can't co-adapt", not "doesn't prevent co-adaptation".
  const negative = words.some((w) => w.word === 'not' || w.word === 'no');
  const ordered = negative || words.some((w) => w.word.length < 2 || /\d/.test(w.word));
  const starts = new Set(ordered ? places[0] : places.flat());
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!starts.has(i)) continue;
    const used: number[] = [];
    // The keyword as written, however many small words it has ("square root of the number of
    // features"); else its words in any order within the window.
    const written = asWritten(tokens, words, i);
    const ok = written
      ? used.push(...written) > 0
      : words.every((w) => {
          const from = ordered && used.length ? used[used.length - 1]! + 1 : i;
          for (let j = from; j < Math.min(tokens.length, i + window) && tokens[j]!.sentence === tokens[i]!.sentence; j++) {
            if (!used.includes(j) && sameWord(tokens[j]!, w)) return used.push(j);
          }
          return false;
        });
    // Only small words may come between a negation and the word it negates: "never the test
    // set", "not at random"; "doesn't prevent co-adaptation" does not negate co-adaptation.
    const negates = (k: number): boolean => tokens.slice(used[k]! + 1, used[k + 1]).every((t) => FILLER.has(t.word));
    if (
      !ok ||
      (negative &&
        words.some((w, k) => (w.word === 'not' || w.word === 'no') && k + 1 < words.length && !(used[k + 1]! > used[k]! && negates(k))))
    )
      continue;
    const first = Math.min(...used);
    const last = tokens[Math.max(...used)]!;
    matches.push({ at: used, said: a.text.slice(tokens[first]!.at, last.at + last.raw.length) });
  }
  return matches;
}

/**
 * Where the keyword's words are, from token `i`, in their order with nothing but small words
 * between them, in one sentence; undefined unless all are.
 */
function asWritten(tokens: Token[], words: Token[], i: number): number[] | undefined {
  const found: number[] = [];
  let at = i;
  for (const w of words) {
    while (at < tokens.length && !sameWord(tokens[at]!, w) && FILLER.has(tokens[at]!.word)) at++;
    if (at >= tokens.length || tokens[at]!.sentence !== tokens[i]!.sentence || !sameWord(tokens[at]!, w)) return undefined;
    found.push(at++);
  }
  return found;
}

/** The words of a keyword that matching looks for (English fillers dropped, a subject binding removed). */
export function keywordWords(keyword: string): string[] {
  const claim = BOUND.exec(keyword)?.[2] ?? keyword;
  if (UNSPACED.test(claim)) return [fold(claim)];
  return tokenize(claim, true)
    .filter((t) => !FILLER.has(t.word))
    .map((t) => t.word);
}

/** The positions of the answer's words that match one keyword word, computed once per answer. */
function positions(a: Answer, w: Token): number[] {
  const key = `${w.word} ${w.stem}`;
  let found = a.places.get(key);
  if (!found) {
    found = [];
    a.tokens.forEach((t, i) => sameWord(t, w) && found!.push(i));
    a.places.set(key, found);
  }
  return found;
}

/** A negation cue outside the keyword itself governs one of its words. */
function isDenied(a: Answer, m: Match): boolean {
  return m.at.some((i) => a.denied[i] || (a.cue[i]! >= 0 && !m.at.includes(a.cue[i]!)));
}

/** The question's compared subjects: aliases that appear together in one binding form one group. */
interface Subjects {
  groupOf: Map<string, number>;
  names: string[];
  aliases: { words: Token[]; group: number }[];
}

function readSubjects(phrases: Phrase[], a: Answer): Subjects {
  const groupOf = new Map<string, number>();
  const names: string[] = [];
  const aliases: Subjects['aliases'] = [];
  for (const { subject } of phrases) {
    if (!subject) continue;
    const keys = subject.map((s) =>
      tokenize(s, a.english, a.arabic)
        .map((t) => t.stem)
        .join(' '),
    );
    const known = keys.map((k) => groupOf.get(k)).find((g) => g !== undefined);
    const group = known ?? names.push(subject[0]!) - 1;
    subject.forEach((s, i) => {
      if (groupOf.has(keys[i]!)) return;
      groupOf.set(keys[i]!, group);
      aliases.push({ words: tokenize(s, a.english, a.arabic), group });
    });
  }
  return { groupOf, names, aliases };
}

/** Where each subject is named in the answer (a contrasted one, "unlike ridge", is skipped). */
function mentions(a: Answer, subjects: Subjects): { at: number; end: number; group: number }[] {
  const found: { at: number; end: number; group: number }[] = [];
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    // "unlike ridge" names the other subject; "semi-supervised" is not "supervised".
    if (i > 0 && (CONTRAST.has(tokens[i - 1]!.word) || COMPOUND.has(tokens[i - 1]!.word))) continue;
    for (const alias of subjects.aliases) {
      const n = alias.words.length;
      if (n && alias.words.every((w, k) => tokens[i + k] && sameWord(tokens[i + k]!, w)))
        found.push({ at: i, end: i + n, group: alias.group });
    }
  }
  return found;
}

/**
 * Which subject a claim at `m` is about: one named in its clause (before it, then after it); for
 * a conditional clause the one named later in the sentence; else the one last talked about.
 */
function subjectOf(a: Answer, m: Match, named: { at: number; end: number; group: number }[]): number | undefined {
  const start = Math.min(...m.at);
  const end = Math.max(...m.at);
  const { tokens } = a;
  const { clause, sentence } = tokens[start]!;
  const outside = named.filter((n) => n.end <= start || n.at > end);
  const before = outside.filter((n) => n.at < start).reverse();
  const after = outside.filter((n) => n.at > end);
  const inClause = (n: { at: number }): boolean => tokens[n.at]!.clause === clause;
  const inSentence = (n: { at: number }): boolean => tokens[n.at]!.sentence === sentence;
  const clauseStart = tokens.find((t) => t.clause === clause)!;
  const conditional = CONDITIONAL.has(clauseStart.word);
  const order = conditional
    ? [before.find(inClause), after.find(inClause), after.find(inSentence), before.find(inSentence), before[0]]
    : [before.find(inClause), after.find(inClause), before.find(inSentence), after.find(inSentence), before[0]];
  return order.find((n) => n !== undefined)?.group;
}

interface Hit {
  match: Match;
  denied: boolean;
  /** The subject group it was said of, when the keyword is bound and another subject was named. */
  swappedFrom?: number;
  bound?: number;
}

/** Every match of a keyword, with whether it was denied and whether it was said of the right subject. */
function hits(a: Answer, phrase: Phrase, subjects: Subjects, named: ReturnType<typeof mentions>): Hit[] {
  if (phrase.echo) return [];
  const bound =
    phrase.subject &&
    subjects.groupOf.get(
      tokenize(phrase.subject[0]!, a.english, a.arabic)
        .map((t) => t.stem)
        .join(' '),
    );
  return findAll(a, phrase).flatMap((match): Hit[] => {
    const denied = match.at.length > 0 && isDenied(a, match);
    if (bound === undefined || !match.at.length) return [{ match, denied }];
    const about = subjectOf(a, match, named);
    if (about === undefined) return [];
    return [{ match, denied, bound, ...(about !== bound && { swappedFrom: about }) }];
  });
}

/** Words that carry meaning in a key point's own wording, used when it lists no keywords. */
function pointTerms(point: string, english: boolean): string[] {
  return tokenize(point, english)
    .filter((t) => !FUNCTION_WORDS.has(t.word) && t.raw.length > 3)
    .map((t) => t.raw);
}

const count = (n: number, one: string, many: string): string => (n === 1 ? `one ${one}` : `${n} ${many}`);

function verdictFor(f: Omit<AnswerFeedback, 'verdict'>, empty: boolean, denied: number): string {
  if (empty) return 'No answer typed.';
  const total = f.maxScore;
  const covers = f.covered ? `covers ${f.covered} of ${total} key ideas` : `covers none of the ${total} key ideas`;
  const notes = [
    f.issues.length ? `${count(f.issues.length, 'claim looks', 'claims look')} wrong` : '',
    denied ? `${count(denied, 'idea', 'ideas')} you mentioned looked denied` : '',
  ].filter(Boolean);
  const detail = [covers, ...notes].join('; ');
  if (f.keywordList) return `A list of keywords: it ${detail}. Explain each idea in a sentence for full credit.`;
  if (f.issues.length) return `Check your claims: it ${detail}.`;
  const share = total ? f.score / total : 0;
  const label = share === 1 ? 'Strong answer' : share >= GOOD_SHARE ? 'Good answer' : share > 0 ? 'Partial answer' : 'Off target';
  return `${label}: it ${detail}.`;
}

/** The answer is in English: the bank says so (or says nothing) and the text is mostly Latin script. */
function isEnglish(text: string, language: string | undefined): boolean {
  if (language && !/^en\b/i.test(language)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters === 0 || latin / letters > 0.5;
}

/**
 * Compares a typed answer with the key points of `question` (or a bare list of key points):
 * which points it states correctly, which claims look wrong, a score and an honest verdict.
 */
export function gradeAnswer(answer: string, question: GradableQuestion | readonly KeyPoint[], options: GradeOptions = {}): AnswerFeedback {
  const q: GradableQuestion = Array.isArray(question) ? { keyPoints: question as KeyPoint[] } : (question as GradableQuestion);
  const keyPoints = q.keyPoints ?? [];
  const misconceptions: readonly Misconception[] = q.misconceptions ?? [];
  const english = isEnglish(answer, options.language);
  const a = readAnswer(answer, english, /^ar\b/i.test(options.language ?? ''));
  const promptStems = new Set([q.prompt ?? '', ...(q.variants ?? [])].flatMap((p) => tokenize(p, english).map((t) => t.stem)));
  const pointPhrases = keyPoints.map((kp) =>
    (kp.keywords?.length ? kp.keywords : pointTerms(kp.point, english)).map((k) => readPhrase(k, a, promptStems)),
  );
  const misPhrases = misconceptions.map((m) => (m.keywords?.length ? m.keywords : [m.claim]).map((k) => readPhrase(k, a, promptStems)));
  const subjects = readSubjects([...pointPhrases.flat(), ...misPhrases.flat()], a);
  const named = subjects.names.length ? mentions(a, subjects) : [];
  const issues: ClaimIssue[] = [];
  const lost = new Set<number>();

  misconceptions.forEach((m, i) => {
    const hit = misPhrases[i]!.flatMap((p) => hits(a, p, subjects, named)).find((h) => !h.denied && h.swappedFrom === undefined);
    if (!hit) return;
    const point = m.point !== undefined && m.point >= 0 && m.point < keyPoints.length ? m.point : undefined;
    if (point !== undefined) lost.add(point);
    issues.push({ kind: 'misconception', message: m.feedback, evidence: hit.match.said, ...(point !== undefined && { point }) });
  });

  let deniedPoints = 0;
  const points = keyPoints.map((kp, index): PointFeedback => {
    const matched: string[] = [];
    const evidence: string[] = [];
    const denied: string[] = [];
    const swapped: Hit[] = [];
    for (const phrase of pointPhrases[index]!) {
      for (const h of hits(a, phrase, subjects, named)) {
        if (h.denied) {
          if (!denied.includes(h.match.said)) denied.push(h.match.said);
        } else if (h.swappedFrom !== undefined) swapped.push(h);
        else {
          if (!matched.includes(phrase.keyword)) matched.push(phrase.keyword);
          // "Fraud … fraud" is one quote: the first, as written.
          if (!evidence.some((e) => e.toLowerCase() === h.match.said.toLowerCase())) evidence.push(h.match.said);
        }
      }
    }
    // A point said of the wrong subject, and never of the right one, is a swap ("precision
    // is TP / (TP + FN)"); an answer that also states it correctly is comparing, not confused.
    // A swap that a listed misconception already explains is reported once, as the misconception.
    const swap = swapped.find((h) => !issues.some((x) => x.evidence === h.match.said));
    if (swap && !matched.length && !lost.has(index)) {
      const said = swap.match.said;
      const wrong = subjects.names[swap.swappedFrom!]!;
      const right = subjects.names[swap.bound!]!;
      issues.push({
        kind: 'swapped',
        message: `"${said}" was said of ${wrong}, but it holds for ${right}.`,
        evidence: said,
        point: index,
        subjects: { wrong, right },
      });
      lost.add(index);
    }
    const covered = matched.length > 0 && !lost.has(index);
    if (!covered && denied.length) deniedPoints++;
    return { point: kp.point, covered, matched, evidence, denied };
  });

  const covered = points.filter((p) => p.covered).length;
  const functionWords = a.tokens.filter((t) => FUNCTION_WORDS.has(t.word) || t.word === 'not').length;
  const keywordList = english && a.tokens.length > 0 && functionWords / a.tokens.length < 1 / 8;
  const maxScore = keyPoints.length;
  const unlinked = issues.filter((x) => x.kind === 'misconception' && x.point === undefined).length;
  const raw = Math.max(0, covered - unlinked);
  const score = keywordList ? Math.min(raw, Math.floor(maxScore / 2)) : raw;
  const feedback = { points, covered, score, maxScore, keywordList, issues };
  return { ...feedback, verdict: verdictFor(feedback, a.tokens.length === 0 && !answer.trim(), deniedPoints) };
}
