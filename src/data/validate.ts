// Checks a parsed bank against the format rules and lists every problem with its JSON path.

import type { Bank, BankProblem } from './types.js';

type Obj = Record<string, unknown>;

const DIFFICULTIES = ['easy', 'medium', 'hard'];

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

/** Quoted and shortened, so a problem message stays one readable line. */
const quote = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);

class Checker {
  readonly problems: BankProblem[] = [];

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Reports fields that the format does not know (usually a typo, e.g. `keypoints`). */
  known(obj: Obj, path: string, fields: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!fields.includes(key)) this.report(join(path, key), 'is not a field of the bank format');
    }
  }

  string(obj: Obj, path: string, key: string, required: boolean): string | undefined {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.report(join(path, key), 'is required');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.report(join(path, key), `must be a string, not ${describe(v)}`);
      return undefined;
    }
    if (required && v.trim() === '') this.report(join(path, key), 'must not be empty');
    return v;
  }

  array(obj: Obj, path: string, key: string, required: boolean, minItems = 0): unknown[] | undefined {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.report(join(path, key), 'is required');
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.report(join(path, key), `must be an array, not ${describe(v)}`);
      return undefined;
    }
    if (v.length < minItems) {
      this.report(join(path, key), `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`);
    }
    return v;
  }

  strings(obj: Obj, path: string, key: string): void {
    const list = this.array(obj, path, key, false);
    list?.forEach((item, i) => {
      if (typeof item !== 'string') this.report(`${join(path, key)}[${i}]`, `must be a string, not ${describe(item)}`);
    });
  }
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

const ROOT_FIELDS = ['$schema', 'id', 'title', 'version', 'language', 'topics', 'questions'] as const;
const TOPIC_FIELDS = ['id', 'title', 'description'] as const;
const QUESTION_FIELDS = [
  'id', 'topic', 'difficulty', 'prompt', 'variants', 'why', 'answer', 'keyPoints', 'check',
] as const;
const KEY_POINT_FIELDS = ['point', 'keywords'] as const;
const CHECK_FIELDS = ['prompt', 'choices', 'explanation'] as const;
const CHOICE_FIELDS = ['text', 'correct', 'feedback'] as const;

/**
 * Lists every way `data` breaks the bank format, each with the JSON path of the problem,
 * e.g. `{ path: 'questions[3].topic', message: '"foo" is not a topic of this bank' }`.
 * An empty list means `data` is a valid {@link Bank}.
 */
export function validateBank(data: unknown): BankProblem[] {
  const c = new Checker();
  if (!isObject(data)) {
    c.report('(root)', `must be an object with "title", "topics" and "questions", not ${describe(data)}`);
    return c.problems;
  }
  c.known(data, '', ROOT_FIELDS);
  c.string(data, '', 'id', false);
  c.string(data, '', 'title', true);
  c.string(data, '', 'version', false);
  c.string(data, '', 'language', false);

  const topicIds = new Set<string>();
  c.array(data, '', 'topics', true, 1)?.forEach((topic, i) => {
    const path = `topics[${i}]`;
    if (!isObject(topic)) return c.report(path, `must be an object, not ${describe(topic)}`);
    c.known(topic, path, TOPIC_FIELDS);
    const id = c.string(topic, path, 'id', true);
    if (id) {
      if (topicIds.has(id)) c.report(`${path}.id`, `${quote(id)} is used by another topic`);
      topicIds.add(id);
    }
    c.string(topic, path, 'title', true);
    c.string(topic, path, 'description', false);
  });

  const questionIds = new Set<string>();
  c.array(data, '', 'questions', true, 1)?.forEach((question, i) => {
    const path = `questions[${i}]`;
    if (!isObject(question)) return c.report(path, `must be an object, not ${describe(question)}`);
    c.known(question, path, QUESTION_FIELDS);
    const id = c.string(question, path, 'id', true);
    if (id) {
      if (questionIds.has(id)) c.report(`${path}.id`, `${quote(id)} is used by another question`);
      questionIds.add(id);
    }
    const topic = c.string(question, path, 'topic', true);
    if (topic && !topicIds.has(topic)) c.report(`${path}.topic`, `${quote(topic)} is not a topic of this bank`);
    const difficulty = question.difficulty;
    if (difficulty !== undefined && !DIFFICULTIES.includes(difficulty as string)) {
      c.report(`${path}.difficulty`, `must be "easy", "medium" or "hard", not ${JSON.stringify(difficulty)}`);
    }
    c.string(question, path, 'prompt', true);
    c.strings(question, path, 'variants');
    c.string(question, path, 'why', false);
    c.string(question, path, 'answer', false);
    c.array(question, path, 'keyPoints', false)?.forEach((kp, k) => {
      const kpPath = `${path}.keyPoints[${k}]`;
      if (!isObject(kp)) return c.report(kpPath, `must be an object, not ${describe(kp)}`);
      c.known(kp, kpPath, KEY_POINT_FIELDS);
      c.string(kp, kpPath, 'point', true);
      c.strings(kp, kpPath, 'keywords');
    });
    const check = question.check;
    if (check === undefined) return;
    const checkPath = `${path}.check`;
    if (!isObject(check)) return c.report(checkPath, `must be an object, not ${describe(check)}`);
    c.known(check, checkPath, CHECK_FIELDS);
    c.string(check, checkPath, 'prompt', true);
    c.string(check, checkPath, 'explanation', false);
    const choices = c.array(check, checkPath, 'choices', true, 2);
    let correct = 0;
    choices?.forEach((choice, k) => {
      const choicePath = `${checkPath}.choices[${k}]`;
      if (!isObject(choice)) return c.report(choicePath, `must be an object, not ${describe(choice)}`);
      c.known(choice, choicePath, CHOICE_FIELDS);
      c.string(choice, choicePath, 'text', true);
      c.string(choice, choicePath, 'feedback', false);
      if (choice.correct !== undefined && typeof choice.correct !== 'boolean') {
        c.report(`${choicePath}.correct`, `must be true or false, not ${describe(choice.correct)}`);
      }
      if (choice.correct === true) correct++;
    });
    if (choices && choices.length >= 2 && correct === 0) {
      c.report(`${checkPath}.choices`, 'has no correct choice (mark one with "correct": true)');
    }
  });
  return c.problems;
}

/** Type guard form of {@link validateBank}. */
export const isBank = (data: unknown): data is Bank => validateBank(data).length === 0;

/** One line for a problem: `questions[3].topic: "foo" is not a topic of this bank`. */
export const formatProblem = (p: BankProblem): string => `${p.path}: ${p.message}`;
