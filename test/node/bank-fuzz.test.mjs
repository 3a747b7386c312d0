// Property test: thousands of mutants of the bundled bank, on each of which validateBank (built,
// through quizkit/data) never throws, keeps its messages short, and agrees with bank.schema.json
// apart from the rules a schema cannot state, listed by name below.
// `npm test` runs 2,000 mutants (a few seconds); `npm run fuzz` runs 100,000.

/* global structuredClone */

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';

const { validateBank, formatProblem } = await import('quizkit/data');
const schema = JSON.parse(fs.readFileSync('dist/bank.schema.json', 'utf8'));
const bundled = JSON.parse(fs.readFileSync('dist/banks/ml-interview.json', 'utf8'));
// `--runs=N` when run directly (npm run fuzz), FUZZ_RUNS under `node --test`; 2,000 take ~3 s.
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? process.env.FUZZ_RUNS) || 2000;
const SEED = Number(process.env.FUZZ_SEED) || 20261126;
// In npm test, a busy CI machine stops early rather than stalling the suite (at least 500 must run).
const BUDGET_SECONDS = process.argv.some((a) => a.startsWith('--runs=')) ? Infinity : Number(process.env.FUZZ_SECONDS) || 20;

/**
 * Errors the schema cannot state (it accepts banks that break only these). Every other error
 * must come with the schema refusing the bank.
 */
const SCHEMA_CANNOT_STATE = {
  'unique topic ids': / is used by another topic$/,
  'unique question ids': / is used by another question$/,
  'topic references': / is not a topic of this bank$/,
  'unique choice texts': / is the text of another choice$/,
  'nesting depth': /^nested too deep/,
};
/** By design: the schema refuses unknown fields so editors flag typos; the validator only warns. */
const BY_DESIGN = 'unknown fields are warnings in the validator, refusals in the schema';

const validator = new Validator(schema, '2020-12', true);
const cannotState = (p) => Object.values(SCHEMA_CANNOT_STATE).some((re) => re.test(p.message));

/** Why validateBank and the schema disagree on `bank`, or '' when they agree. */
function disagreement(bank) {
  const problems = validateBank(bank);
  const errors = problems.filter((p) => p.severity === 'error');
  const warned = problems.some((p) => p.severity === 'warning');
  const schemaRefuses = !validator.validate(bank).valid;
  const statable = errors.filter((p) => !cannotState(p));
  if (!schemaRefuses && statable.length) return `only the validator refuses: ${formatProblem(statable[0])}`;
  if (!schemaRefuses && warned) return 'the validator warns about a field the schema accepts';
  // Unknown-field warnings explain a refusal (BY_DESIGN); nothing else may be left unexplained.
  if (schemaRefuses && !statable.length && !warned) {
    const { instanceLocation, keyword } = new Validator(schema, '2020-12', false).validate(bank).errors.at(-1);
    return `only the schema refuses: ${keyword} at ${instanceLocation.slice(0, 80)}`;
  }
  return '';
}

// ---- Mutants ----

const HOSTILE = [
  '',
  ' ',
  '\t\n',
  '\u200B',
  '\u200B\u200D\uFEFF',
  '\u00AD',
  '\u2060',
  '\u202E',
  '\u3164',
  '\u2800',
  '\u034F',
  '\uD800',
  'a\uDC00b',
  '\uD83D',
  '😀',
  'ok 😀',
  ' padded',
  'padded ',
  'a,b',
  ',',
  'a, b',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '__defineGetter__',
  'x'.repeat(20_000),
  '<img src=x onerror=alert(1)>',
  '[a](javascript:alert(1))',
  'easy',
  'medium',
  'true',
  'null',
  '0',
];
const FIELDS = [
  '$schema',
  'id',
  'title',
  'version',
  'language',
  'topics',
  'questions',
  'description',
  'topic',
  'difficulty',
  'prompt',
  'variants',
  'why',
  'answer',
  'keyPoints',
  'point',
  'keywords',
  'check',
  'choices',
  'text',
  'correct',
  'feedback',
  'explanation',
];

/** A copy, or the value itself when it nests too deep for structuredClone (sharing is fine here). */
const clone = (v) => {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
};

const nest = (depth, inner = 1) => {
  let v = inner;
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
};

const anyValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, [], {}, ...HOSTILE).map(clone),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(10, 31, 33, 200, 20_000).map((d) => nest(d)),
);

/** One mutation at the node reached by following `steps` from the root. */
const mutation = fc.record({
  steps: fc.array(fc.nat(), { maxLength: 7 }),
  op: fc.constantFrom('replace', 'replace', 'delete', 'duplicate', 'copySibling', 'addKey', 'editString', 'wrap'),
  value: anyValue,
  key: fc.oneof(
    fc.constantFrom(...FIELDS, '__proto__', 'constructor', 'toString', 'valueOf', 'x'.repeat(500)),
    fc.string({ maxLength: 6 }),
  ),
  pick: fc.nat(),
  edit: fc.constantFrom(' ', 'pad', ',', 'zw', 'surrogate', 'long', 'proto', 'trim'),
});

const keysOf = (v) => (Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v));
const isContainer = (v) => typeof v === 'object' && v !== null;

/** Sets an own property, even `__proto__` (as JSON.parse does), instead of changing the prototype. */
const put = (node, key, value) => Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });

function apply(bank, { steps, op, value, key, pick, edit }) {
  // Descend while the next step names a child container; stop at a container and mutate one of its slots.
  let node = bank;
  for (const s of steps) {
    const keys = keysOf(node);
    if (!keys.length || s % (keys.length + 1) === keys.length) break;
    const child = node[keys[s % (keys.length + 1)]];
    if (!isContainer(child)) break;
    node = child;
  }
  const keys = keysOf(node);
  const slot = keys.length ? keys[pick % keys.length] : Array.isArray(node) ? 0 : key;
  const other = keys.length ? keys[(pick >> 3) % keys.length] : slot;
  switch (op) {
    case 'replace':
      put(node, slot, value);
      break;
    case 'delete':
      if (Array.isArray(node)) node.splice(Number(slot), 1);
      else delete node[slot];
      break;
    case 'duplicate':
      if (Array.isArray(node)) node.push(clone(node[slot]));
      else put(node, key, clone(node[slot]));
      break;
    case 'copySibling':
      node[slot] = clone(node[other]);
      break;
    case 'addKey':
      if (Array.isArray(node)) node.push(value);
      else put(node, key, value);
      break;
    case 'wrap':
      node[slot] = [node[slot]];
      break;
    case 'editString': {
      const s = node[slot];
      if (typeof s !== 'string') {
        node[slot] = String(s);
        break;
      }
      node[slot] = {
        ' ': ` ${s}`,
        pad: `${s}\n`,
        ',': `${s},x`,
        zw: '\u200B\u200C',
        surrogate: `${s}\uD800`,
        long: s.repeat(2000) || 'y'.repeat(5000),
        proto: 'constructor',
        trim: s.trim(),
      }[edit];
      break;
    }
  }
}

// Each mutant starts from a window of four questions of the bundled bank (with all its topics):
// the schema validator takes ~30 ms on the whole bank and ~1 ms on a window, so thousands fit in CI.
/** A hostile string (or a sibling's text) in one of the fields the new rules are about, so each rule is reached often. */
const targeted = fc.record({
  where: fc.constantFrom('topicId', 'questionId', 'questionTopic', 'title', 'prompt', 'choice', 'sameChoice'),
  i: fc.nat(),
  text: fc.constantFrom(...HOSTILE),
});

function aim(bank, { where, i, text }) {
  const topic = bank.topics[i % bank.topics.length];
  const question = bank.questions[i % bank.questions.length];
  const choices = question.check?.choices;
  if (where === 'topicId') topic.id = text;
  if (where === 'questionId') question.id = text;
  if (where === 'questionTopic') question.topic = text;
  if (where === 'title') bank.title = text;
  if (where === 'prompt') question.prompt = text;
  if (where === 'choice' && choices) choices[i % choices.length].text = text;
  if (where === 'sameChoice' && choices) choices[(i + 1) % choices.length].text = ` ${choices[i % choices.length].text}`;
}

const mutant = fc.tuple(fc.nat(), fc.array(mutation, { maxLength: 3 }), fc.array(targeted, { maxLength: 2 })).map(([start, ms, aims]) => {
  const at = start % bundled.questions.length;
  const bank = structuredClone({ ...bundled, questions: bundled.questions.slice(at, at + 4) });
  for (const a of aims) aim(bank, a);
  for (const m of ms) apply(bank, m);
  return bank;
});

/** Runs `runs` mutants; counts disagreements, exceptions and long messages, keeping a few examples. */
function fuzz(runs, seed) {
  const found = { runs: 0, disagreements: 0, exceptions: 0, longMessages: 0, examples: new Set(), kinds: new Map() };
  const kind = (what) => {
    const k = what
      .replace(/"[^"]*"/g, '"…"')
      .replace(/#\/(questions|topics)\/\d+/, '#/$1/n')
      .replace(/\[\d+\]|\/\d+/g, '[n]')
      .slice(0, 90);
    found.kinds.set(k, (found.kinds.get(k) ?? 0) + 1);
  };
  // Batches of 100 with their own seeds, so a busy machine can stop at the time budget.
  const deadline = performance.now() + BUDGET_SECONDS * 1000;
  const banks = function* () {
    for (let done = 0; done < runs && performance.now() < deadline; done += 100) {
      yield* fc.sample(mutant, { numRuns: Math.min(100, runs - done), seed: seed + done });
    }
  };
  for (const bank of banks()) {
    found.runs++;
    try {
      const why = disagreement(bank);
      if (why) {
        found.disagreements++;
        kind(why);
        found.examples.add(why.replace(/\[\d+\]/g, '[n]').slice(0, 200));
      }
      const long = validateBank(bank)
        .map(formatProblem)
        .find((line) => line.length > 400);
      if (long) {
        found.longMessages++;
        kind('long message');
        found.examples.add(`long message: ${long.slice(0, 120)}…`);
      }
    } catch (error) {
      found.exceptions++;
      kind(`threw ${String(error)}`);
      found.examples.add(`threw ${String(error).slice(0, 120)}`);
    }
  }
  return found;
}

/** How many mutants each kind of error refuses (FUZZ_KINDS=1): shows the mutants reach each rule. */
function coverage(runs, seed) {
  const counts = {};
  for (const bank of fc.sample(mutant, { numRuns: runs, seed })) {
    for (const p of validateBank(bank)) {
      const k = p.message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').slice(0, 60);
      counts[k] = (counts[k] ?? 0) + 1;
    }
  }
  return counts;
}

test(`validateBank and bank.schema.json agree on ${RUNS} mutants of the bundled bank (except: ${Object.keys(SCHEMA_CANNOT_STATE).join(', ')}; ${BY_DESIGN})`, () => {
  const started = performance.now();
  const found = fuzz(RUNS, SEED);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz: ${found.runs} of ${RUNS} mutants (seed ${SEED}) in ${seconds} s: ${found.disagreements} disagreements, ${found.exceptions} exceptions, ${found.longMessages} long messages`,
  );
  if (process.env.FUZZ_KINDS) console.log(found.kinds, coverage(RUNS, SEED));
  assert.ok(found.runs >= Math.min(RUNS, 500), `only ${found.runs} mutants ran within ${BUDGET_SECONDS} s`);
  assert.deepEqual(
    { ...found, runs: undefined, kinds: undefined, examples: [...found.examples].slice(0, 8) },
    { runs: undefined, disagreements: 0, exceptions: 0, longMessages: 0, kinds: undefined, examples: [] },
  );
});

test('the mutants are hostile enough: many are refused, and both sides refuse some', () => {
  let refused = 0;
  for (const bank of fc.sample(mutant, { numRuns: 300, seed: SEED })) {
    if (validateBank(bank).some((p) => p.severity === 'error')) refused++;
  }
  assert.ok(refused > 100, `only ${refused} of 300 mutants refused`);
});

// Banks an element loads are checked in two steps: the outline up front, each question when it is
// first used (src/data/parse.ts). Together the two must find exactly what validateBank finds.
const { validateOutline, validateQuestion } = await import('../../dist/data/validate.js');

/** What the outline and every question checked on its own find together, as formatted lines. */
function inTwoSteps(bank) {
  const lines = new Set(validateOutline(bank).map(formatProblem));
  const topics = Array.isArray(bank?.topics) ? bank.topics : [];
  // The topic ids validateBank knows by the time it reads the questions: each topic's string id.
  const topicIds = new Set(topics.map((t) => t?.id).filter((id) => typeof id === 'string' && id));
  const questions = Array.isArray(bank?.questions) ? bank.questions : [];
  questions.forEach((q, i) => validateQuestion(q, `questions[${i}]`, topicIds).forEach((p) => lines.add(formatProblem(p))));
  return lines;
}

test(`the outline and each question checked on use find what validateBank finds, on ${Math.min(RUNS, 1000)} mutants`, () => {
  const deadline = performance.now() + BUDGET_SECONDS * 1000;
  let runs = 0;
  for (const bank of fc.sample(mutant, { numRuns: Math.min(RUNS, 1000), seed: SEED + 1 })) {
    if (performance.now() > deadline) break;
    runs++;
    const whole = new Set(validateBank(bank).map(formatProblem));
    assert.deepEqual([...inTwoSteps(bank)].sort(), [...whole].sort());
  }
  assert.ok(runs >= 300, `only ${runs} mutants ran within ${BUDGET_SECONDS} s`);
});

test('the outline reads no question content: a broken check or key point waits for its question', () => {
  const bank = structuredClone(bundled);
  bank.questions[3].check = { choices: [{ text: '' }] };
  bank.questions[3].hint = 'a field this version does not know';
  assert.deepEqual(validateOutline(bank), []);
  const topicIds = new Set(bank.topics.map((t) => t.id));
  assert.deepEqual(validateQuestion(bank.questions[3], 'questions[3]', topicIds).map(formatProblem), [
    'warning: questions[3].hint: is not a field this version of quizkit knows; it is ignored',
    'questions[3].check.choices: must have at least 2 items',
    'questions[3].check.choices[0].text: must not be empty',
  ]);
  // What a page needs before it shows anything is still checked at once.
  bank.questions[5].topic = 'nope';
  bank.questions[6].id = bank.questions[7].id;
  assert.deepEqual(validateOutline(bank).map(formatProblem), [
    'questions[5].topic: "nope" is not a topic of this bank',
    `questions[7].id: ${JSON.stringify(bank.questions[7].id)} is used by another question`,
  ]);
});
