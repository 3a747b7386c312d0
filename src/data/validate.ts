// Checks a parsed bank against the format rules and lists every problem with its JSON path.
// The shape is one table (SHAPES, mirroring bank.schema.json), walked in document order;
// the rules a schema cannot state (unique ids, topic references) are checked on the way.
// Fields this version does not know are warnings, not errors: a bank written for a newer
// quizkit still loads on a page that has an older one.

import type { BankProblem } from './types.js';

type Obj = Record<string, unknown>;

/**
 * Field kinds: `text` a non-empty string, `string` any string, `strings` a string array,
 * `boolean`, `difficulty`, `index` a whole number from 0; an array `[shape, minItems]` is a list of objects of that shape;
 * a bare shape name is one object.
 */
type Kind = 'text' | 'string' | 'strings' | 'boolean' | 'difficulty' | 'index' | ShapeName | [ShapeName, number];
type ShapeName = 'bank' | 'topic' | 'question' | 'keyPoint' | 'misconception' | 'check' | 'choice';

/**
 * Each shape's fields; `!` marks a required one. The bank format requires only a title, topic
 * ids and titles, and question ids, topics and prompts; an optional object, once given, still
 * needs what it cannot work without: a key point its `point` (what feedback names), a check its
 * `choices` (two or more, one correct), a choice its `text`. A check without its own prompt
 * uses the question's.
 */
const SHAPES: Record<ShapeName, Record<string, Kind>> = {
  bank: { $schema: 'string', id: 'string', '!title': 'text', version: 'string', language: 'string', '!topics': ['topic', 1], '!questions': ['question', 1] },
  topic: { '!id': 'text', '!title': 'text', description: 'string' },
  question: {
    '!id': 'text', '!topic': 'text', difficulty: 'difficulty', '!prompt': 'text', variants: 'strings', why: 'string', answer: 'string',
    keyPoints: ['keyPoint', 0], misconceptions: ['misconception', 0], check: 'check',
  },
  misconception: { '!claim': 'text', keywords: 'strings', '!feedback': 'text', point: 'index' },
  keyPoint: { '!point': 'text', keywords: 'strings' },
  check: { prompt: 'text', '!choices': ['choice', 2], explanation: 'string' },
  choice: { '!text': 'text', correct: 'boolean', feedback: 'string' },
};

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

/** Quoted and shortened, so a problem message stays one readable line. */
const quote = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * Lists every way `data` breaks the bank format, each with the JSON path of the problem,
 * e.g. `{ path: 'questions[3].topic', message: '"foo" is not a topic of this bank', severity: 'error' }`.
 * Fields the format does not know are listed as warnings. `data` is a valid bank when no
 * problem is an error.
 */
export function validateBank(data: unknown): BankProblem[] {
  const problems: BankProblem[] = [];
  const report = (path: string, message: string, severity: BankProblem['severity'] = 'error'): void =>
    void problems.push({ path, message, severity });
  const topicIds = new Set<string>();
  const questionIds = new Set<string>();

  function check(value: unknown, path: string, kind: Kind): void {
    if (Array.isArray(kind)) {
      if (!Array.isArray(value)) return report(path, `must be an array, not ${describe(value)}`);
      if (value.length < kind[1]) report(path, `must have at least ${kind[1]} item${kind[1] === 1 ? '' : 's'}`);
      return value.forEach((item, i) => check(item, `${path}[${i}]`, kind[0]));
    }
    if (kind === 'strings') {
      if (!Array.isArray(value)) return report(path, `must be an array, not ${describe(value)}`);
      return value.forEach((item, i) => typeof item !== 'string' && report(`${path}[${i}]`, `must be a string, not ${describe(item)}`));
    }
    if (kind === 'text' || kind === 'string') {
      if (typeof value !== 'string') report(path, `must be a string, not ${describe(value)}`);
      else if (kind === 'text' && !value.trim()) report(path, 'must not be empty');
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
        report(path, `must be "easy", "medium" or "hard", not ${JSON.stringify(value)}`);
      }
      return;
    }
    if (!isObject(value)) {
      const what = kind === 'bank' ? ' with "title", "topics" and "questions"' : '';
      return report(path || '(root)', `must be an object${what}, not ${describe(value)}`);
    }
    const fields = SHAPES[kind];
    const at = (key: string): string => (path ? `${path}.${key}` : key);
    for (const key of Object.keys(value)) {
      if (!(key in fields) && !(`!${key}` in fields)) report(at(key), 'is not a field this version of quizkit knows; it is ignored', 'warning');
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
    if (kind === 'question' && Array.isArray(value.misconceptions)) {
      const points = Array.isArray(value.keyPoints) ? value.keyPoints.length : 0;
      value.misconceptions.forEach((m: Obj | null, i: number) => {
        if (Number.isInteger(m?.point) && (m!.point as number) >= points) report(at(`misconceptions[${i}].point`), `${m!.point} is not a key point of this question (it has ${points})`);
      });
    }
    if (kind === 'check' && Array.isArray(choices) && choices.length >= 2 && !choices.some((c: Obj | null) => c?.correct === true)) {
      report(at('choices'), 'has no correct choice (mark one with "correct": true)');
    }
  }

  check(data, '', 'bank');
  return problems;
}

/**
 * One line for a problem: `questions[3].topic: "foo" is not a topic of this bank`; a warning
 * says so: `warning: questions[2].hint: is not a field this version of quizkit knows; it is ignored`.
 */
export const formatProblem = (p: BankProblem): string => `${p.severity === 'warning' ? 'warning: ' : ''}${p.path}: ${p.message}`;
