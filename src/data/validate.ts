// Checks a parsed bank against the format rules and lists every problem with its JSON path.
// The shape is one table (SHAPES, mirroring bank.schema.json), walked in document order;
// the rules a schema cannot state (unique ids, topic references, unique choice texts, depth)
// are checked on the way. It never throws: recursion is bounded by SHAPES, not by the input.
// Fields this version does not know are warnings, not errors: a bank written for a newer
// quizkit still loads on a page that has an older one.

import type { BankProblem } from './types.js';

type Obj = Record<string, unknown>;

/**
 * Field kinds: `text` a string with something visible in it, `string` any string, `strings` a
 * string array, `id` a question id, `topicId` a topic id (or a question's reference to one),
 * `boolean`, `difficulty`, `index` a whole number from 0; an array `[shape, minItems]` is a list of objects of that shape;
 * a bare shape name is one object. No string may hold a lone surrogate (half of an emoji, say):
 * it cannot be stored as UTF-8 and shows as a replacement box.
 */
type Kind = 'text' | 'string' | 'strings' | 'id' | 'topicId' | 'boolean' | 'difficulty' | 'index' | ShapeName | [ShapeName, number];
type ShapeName = 'bank' | 'topic' | 'question' | 'keyPoint' | 'misconception' | 'check' | 'choice';

/**
 * Each shape's fields; `!` marks a required one. The bank format requires only a title, topic
 * ids and titles, and question ids, topics and prompts; an optional object, once given, still
 * needs what it cannot work without: a key point its `point` (what feedback names), a check its
 * `choices` (two or more, one correct), a choice its `text`. A check without its own prompt
 * uses the question's.
 */
const SHAPES: Record<ShapeName, Record<string, Kind>> = {
  bank: {
    $schema: 'string',
    id: 'string',
    '!title': 'text',
    version: 'string',
    language: 'string',
    '!topics': ['topic', 1],
    '!questions': ['question', 1],
  },
  topic: { '!id': 'topicId', '!title': 'text', description: 'string' },
  question: {
    '!id': 'id',
    '!topic': 'topicId',
    difficulty: 'difficulty',
    '!prompt': 'text',
    variants: 'strings',
    why: 'string',
    answer: 'string',
    keyPoints: ['keyPoint', 0],
    misconceptions: ['misconception', 0],
    check: 'check',
  },
  misconception: { '!claim': 'text', keywords: 'strings', '!feedback': 'text', point: 'index' },
  keyPoint: { '!point': 'text', keywords: 'strings' },
  check: { prompt: 'text', '!choices': ['choice', 2], explanation: 'string' },
  choice: { '!text': 'text', correct: 'boolean', feedback: 'string' },
};

/** What validateOutline checks of a question: what indexes, plans and lists it before it is shown. */
const OUTLINE_QUESTION: Record<string, Kind> = { '!id': 'id', '!topic': 'topicId', difficulty: 'difficulty', '!prompt': 'text' };

/**
 * Deeper than this, a value is refused as "nested too deep" (a real bank nests 5 levels). The
 * depth walk is iterative, so even a million levels cannot overflow the stack.
 */
export const MAX_DEPTH = 32;

/**
 * What counts as visible. Whitespace, control and format characters (zero-width space and
 * joiners, direction marks, soft hyphen, BOM), the combining grapheme joiner, Hangul fillers and
 * the blank Braille pattern draw nothing, so text made only of them is empty to a learner.
 * bank.schema.json states the same two patterns (`$defs/text`, `$defs/string`).
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Cs}\u034F\u115F\u1160\u3164\uFFA0\u2800]/u;
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Names every plain object inherits (`constructor`, `__proto__`, `toString`, …): an id like
 * these would read an inherited member wherever ids key a plain object, in quizkit or in a
 * page's own script, so it is refused rather than audited everywhere. The list is
 * Object.prototype's own names, spelt out because bank.schema.json repeats it (`$defs/id`).
 */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

/** Quoted and shortened, so a problem message stays one readable line. */
const quote = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** A key as a path step: `.name`, or `["odd key"]` quoted and shortened when it is not a plain name. */
const step = (path: string, key: string): string =>
  /^[\w$]{1,40}$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${quote(key)}]`;

/** How a choice text looks on screen, for finding two choices a learner cannot tell apart. */
const looks = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The path of each place `data` nests deeper than MAX_DEPTH, without descending further there.
 * Iterative, and visits each object once (so a cycle, which a script can build and JSON cannot,
 * ends the walk too).
 */
function tooDeep(data: unknown, at = '', depth = 0): string[] {
  const found: string[] = [];
  const stack: [unknown, string, number][] = [[data, at, depth]];
  const seen = new Set<object>();
  while (stack.length) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (depth >= MAX_DEPTH) {
      found.push(path);
      continue;
    }
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((item, i) => [`${path}[${i}]`, item])
      : Object.keys(value).map((key) => [step(path, key), (value as Obj)[key]]);
    for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], entries[i]![0], depth + 1]);
  }
  return found;
}

/**
 * Lists every way `data` breaks the bank format, each with the JSON path of the problem,
 * e.g. `{ path: 'questions[3].topic', message: '"foo" is not a topic of this bank', severity: 'error' }`.
 * Fields the format does not know are listed as warnings. `data` is a valid bank when no
 * problem is an error.
 */
export function validateBank(data: unknown): BankProblem[] {
  return validator().bank(data);
}

/**
 * What a page needs of a bank before it shows anything, for banks whose questions are checked as
 * they are first used (see validateQuestion): the bank's fields, its topics, and of each question
 * its id (unique), topic (one of the bank's), difficulty and prompt. A question's other fields,
 * and fields this version does not know in a question, are left to validateQuestion. At 10,000
 * questions this is a fraction of validateBank, which reads every string of every question.
 */
export function validateOutline(data: unknown): BankProblem[] {
  return validator(true).bank(data);
}

/**
 * Everything validateBank checks of one question, `question` at `path` (`questions[3]`) of a bank
 * whose topics are `topicIds`; whether its id is unique is the outline's to check.
 */
export function validateQuestion(question: unknown, path: string, topicIds: ReadonlySet<string>): BankProblem[] {
  return validator(false, topicIds).question(question, path);
}

/** The checks, sharing what they learn as they go (topic and question ids); `outline` skips question content. */
function validator(outline = false, knownTopics: ReadonlySet<string> = new Set()) {
  const problems: BankProblem[] = [];
  // A path is cut in the middle past 160 characters, so a problem stays one readable line.
  const report = (path: string, message: string, severity: BankProblem['severity'] = 'error'): void =>
    void problems.push({ path: path.length > 160 ? `${path.slice(0, 60)}…${path.slice(-99)}` : path, message, severity });
  const topicIds = new Set<string>(knownTopics);
  const questionIds = new Set<string>();

  function check(value: unknown, path: string, kind: Kind): void {
    if (Array.isArray(kind)) {
      if (!Array.isArray(value)) return report(path, `must be an array, not ${describe(value)}`);
      if (value.length < kind[1]) report(path, `must have at least ${kind[1]} item${kind[1] === 1 ? '' : 's'}`);
      return value.forEach((item, i) => check(item, `${path}[${i}]`, kind[0]));
    }
    if (kind === 'strings') {
      if (!Array.isArray(value)) return report(path, `must be an array, not ${describe(value)}`);
      return value.forEach((item, i) => check(item, `${path}[${i}]`, 'string'));
    }
    if (typeof value === 'string' && LONE_SURROGATE.test(value) && kind !== 'difficulty') {
      return report(path, 'has a broken character (a lone UTF-16 surrogate)');
    }
    if (kind === 'text' || kind === 'string' || kind === 'id' || kind === 'topicId') {
      if (typeof value !== 'string') report(path, `must be a string, not ${describe(value)}`);
      else if (kind !== 'string' && !VISIBLE.test(value)) report(path, 'must not be empty');
      else if (kind === 'id' || kind === 'topicId') checkId(value, path, kind);
      return;
    }
    if (kind === 'boolean') {
      if (typeof value !== 'boolean') report(path, `must be true or false, not ${describe(value)}`);
      return;
    }
    if (kind === 'index') {
      if (!Number.isInteger(value) || (value as number) < 0) report(path, `must be a whole number from 0, not ${JSON.stringify(value)}`);
      return;
    }
    if (kind === 'difficulty') {
      if (value !== 'easy' && value !== 'medium' && value !== 'hard') {
        report(path, `must be "easy", "medium" or "hard", not ${typeof value === 'string' ? quote(value) : describe(value)}`);
      }
      return;
    }
    if (!isObject(value)) {
      const what = kind === 'bank' ? ' with "title", "topics" and "questions"' : '';
      return report(path || '(root)', `must be an object${what}, not ${describe(value)}`);
    }
    const brief = outline && kind === 'question';
    const fields = brief ? OUTLINE_QUESTION : SHAPES[kind];
    const at = (key: string): string => step(path, key);
    // The outline leaves a question's other fields, known or not, to validateQuestion.
    if (!brief)
      for (const key of Object.keys(value)) {
        // hasOwn, not `in`: a field named `constructor` or `toString` is unknown too.
        if (!Object.hasOwn(fields, key) && !Object.hasOwn(fields, `!${key}`))
          report(at(key), 'is not a field this version of quizkit knows; it is ignored', 'warning');
      }
    for (const [field, fieldKind] of Object.entries(fields)) {
      const key = field.replace('!', '');
      if (value[key] !== undefined) check(value[key], at(key), fieldKind);
      else if (field !== key) report(at(key), 'is required');
    }
    // Rules beyond the shape: unique ids, known topics (topics come before questions), a correct choice.
    const { id, topic, choices } = value;
    if ((kind === 'topic' || kind === 'question') && typeof id === 'string' && id) {
      const seen = kind === 'topic' ? topicIds : questionIds;
      if (seen.has(id)) report(at('id'), `${quote(id)} is used by another ${kind}`);
      seen.add(id);
    }
    if (kind === 'question' && typeof topic === 'string' && topic && !topicIds.has(topic)) {
      report(at('topic'), `${quote(topic)} is not a topic of this bank`);
    }
    // A misconception's point names one of its question's key points (checked by the question).
    if (kind === 'question' && !brief && Array.isArray(value.misconceptions)) {
      const points = Array.isArray(value.keyPoints) ? value.keyPoints.length : 0;
      value.misconceptions.forEach((m: Obj | null, i: number) => {
        if (Number.isInteger(m?.point) && (m!.point as number) >= points)
          report(`${at('misconceptions')}[${i}].point`, `${m!.point} is not a key point of this question (it has ${points})`);
      });
    }
    if (kind === 'check' && Array.isArray(choices) && choices.length >= 2 && !choices.some((c: Obj | null) => c?.correct === true)) {
      report(at('choices'), 'has no correct choice (mark one with "correct": true)');
    }
    if (kind === 'check' && Array.isArray(choices)) {
      const texts = new Set<string>();
      choices.forEach((c: unknown, i) => {
        const text = isObject(c) && typeof c.text === 'string' ? looks(c.text) : '';
        if (text && texts.has(text)) report(`${at('choices')}[${i}].text`, `${quote(text)} is the text of another choice`);
        texts.add(text);
      });
    }
  }

  /** Rules for ids beyond being text: they key progress and go into comma-separated attributes. */
  function checkId(id: string, path: string, kind: 'id' | 'topicId'): void {
    if (id.trim() !== id) report(path, `${quote(id)} must not start or end with white space`);
    else if (PROTOTYPE_NAMES.has(id)) report(path, `${quote(id)} is a reserved name; choose another id`);
    else if (kind === 'topicId' && id.includes(','))
      report(path, `${quote(id)} must not contain a comma (the topics attribute is a comma-separated list)`);
  }

  /** Runs `checks` on `value` at `path`, `depth` levels into the bank, after its depth. */
  function run(value: unknown, path: string, depth: number, checks: () => void): BankProblem[] {
    try {
      // The outline measures the depth of everything but the list of questions, whose content it
      // does not read: validateQuestion measures each one's.
      const measured = outline && isObject(value) && Array.isArray(value.questions) ? { ...value, questions: [] } : value;
      for (const deep of tooDeep(measured, path, depth)) report(deep, `nested too deep (more than ${MAX_DEPTH} levels)`);
      checks();
    } catch (error) {
      // Only a script's own object can get here (a throwing getter, a revoked Proxy): JSON cannot.
      report(path || '(root)', `could not be read: ${quote(String(error))}`);
    }
    return problems;
  }

  return {
    bank: (data: unknown): BankProblem[] => run(data, '', 0, () => check(data, '', 'bank')),
    // A question is two levels into its bank (`questions`, then its index).
    question: (value: unknown, path: string): BankProblem[] => run(value, path, 2, () => check(value, path, 'question')),
  };
}

/**
 * One line for a problem: `questions[3].topic: "foo" is not a topic of this bank`; a warning
 * says so: `warning: questions[2].hint: is not a field this version of quizkit knows; it is ignored`.
 */
export const formatProblem = (p: BankProblem): string => `${p.severity === 'warning' ? 'warning: ' : ''}${p.path}: ${p.message}`;
