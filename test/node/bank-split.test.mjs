// The bundled bank's split (scripts/split-bank.mjs): the committed files match the bank, nothing is
// lost or duplicated, quiz mode's chunks hold no answers, answer chunks nothing only grading reads,
// and the bank is valid (pages do not validate it: this is where it is checked).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ANSWER_FIELDS, BANK, GRADING_FIELDS, OUT, splitBank, staleFiles } from '../../scripts/split-bank.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bank = JSON.parse(fs.readFileSync(path.join(root, BANK), 'utf8'));
const read = (file) => JSON.parse(fs.readFileSync(path.join(root, OUT, file), 'utf8'));

const tiny = {
  id: 'tiny',
  title: 'Tiny',
  version: '1',
  language: 'en',
  topics: [{ id: 't', title: 'T' }],
  questions: [
    {
      id: 'q-one',
      topic: 't',
      difficulty: 'easy',
      prompt: 'One?',
      why: 'Why',
      answer: 'A',
      variants: ['Uno?'],
      keyPoints: [{ point: 'p', keywords: ['pk'] }, { point: 'r' }],
      misconceptions: [{ claim: 'c', feedback: 'f', point: 0 }],
      check: { choices: [{ text: 'x', correct: true }, { text: 'y' }] },
    },
    { id: 'q-two', topic: 't', prompt: 'Two?', answer: 'B' },
  ],
};

describe('scripts/split-bank.mjs', () => {
  it('the committed split matches src/data/banks/ml-interview.json (run "npm run bank:split" when it does not)', () => {
    assert.deepEqual(staleFiles(root), []);
  });

  it('splits a bank into an index, question chunks without the answer parts, answer chunks and grading chunks', () => {
    const files = splitBank(tiny);
    assert.deepEqual(Object.keys(files).sort(), [
      'answers/q-one.json',
      'answers/q-two.json',
      'chunks-cdn.ts',
      'chunks.ts',
      'grading/q-one.json',
      'grading/q-two.json',
      'ids.ts',
      'index.json',
      'questions/q-one.json',
      'questions/q-two.json',
    ]);
    assert.deepEqual(JSON.parse(files['index.json']), {
      id: 'tiny',
      title: 'Tiny',
      version: '1',
      language: 'en',
      topics: [{ id: 't', title: 'T' }],
      questions: [
        { id: 'q-one', topic: 't', prompt: 'One?', difficulty: 'easy', choices: 2, keyPoints: 2 },
        { id: 'q-two', topic: 't', prompt: 'Two?' },
      ],
    });
    const one = JSON.parse(files['questions/q-one.json']);
    assert.equal(one.bank, undefined);
    assert.deepEqual(one.topic, { id: 't', title: 'T' });
    assert.deepEqual(Object.keys(one.question).sort(), ['check', 'difficulty', 'id', 'prompt', 'topic', 'why']);
    assert.deepEqual(JSON.parse(files['answers/q-one.json']), { answer: 'A', keyPoints: [{ point: 'p' }, { point: 'r' }] });
    // What only the grader of a typed answer reads: keywords by key point, misconceptions, other phrasings.
    assert.deepEqual(JSON.parse(files['grading/q-one.json']), {
      misconceptions: [{ claim: 'c', feedback: 'f', point: 0 }],
      variants: ['Uno?'],
      keywords: [['pk'], []],
    });
    assert.deepEqual(JSON.parse(files['grading/q-two.json']), {});
    assert.match(files['chunks.ts'], /'q-one': \(\) => import\('\.\/grading\/q-one\.json'\)/);
    assert.match(files['chunks.ts'], /'q-two': \(\) => import\('\.\/questions\/q-two\.json'\)/);
    assert.match(files['chunks.ts'], /'q-two': \(\) => import\('\.\/answers\/q-two\.json'\)/);
    // The CDN build's form: each file named after its id, which Rollup emits; no import() per part,
    // and no id list (pickers and runners take their ids from the index).
    assert.doesNotMatch(files['chunks-cdn.ts'], /import\('\.\//);
    assert.doesNotMatch(files['chunks-cdn.ts'], /q-one/);
    // A card checks a page's id against the ids before it names a file.
    assert.match(files['ids.ts'], /ids: new Set\(\["q-one","q-two"\]\),/);
    // ...and the bank's meta, which a runner's questions need not repeat.
    assert.match(files['ids.ts'], /meta: \{"id":"tiny","title":"Tiny","version":"1","language":"en"\},/);
  });

  it('refuses an id that is not a slug (it becomes a file name) and an id used twice', () => {
    for (const id of ['../index', 'a/b', 'A-b', 'a--b', '', 'a.b', "x'y"]) {
      const bad = { ...tiny, questions: [{ ...tiny.questions[1], id }] };
      assert.throws(() => splitBank(bad), /is not a slug/, id);
    }
    assert.throws(() => splitBank({ ...tiny, questions: [tiny.questions[1], tiny.questions[1]] }), /used twice/);
    assert.throws(() => splitBank({ ...tiny, questions: [{ ...tiny.questions[1], topic: 'nope' }] }), /not a topic/);
  });
});

describe('the split of the bundled bank', () => {
  const index = read('index.json');

  it('puts every question back together as it is in the bank, with its topic', () => {
    assert.deepEqual(
      index.questions.map((q) => q.id),
      bank.questions.map((q) => q.id),
    );
    for (const q of bank.questions) {
      const chunk = read(`questions/${q.id}.json`);
      const { keywords, ...grading } = read(`grading/${q.id}.json`);
      const answer = read(`answers/${q.id}.json`);
      const keyPoints = answer.keyPoints?.map((p, i) => (keywords?.[i]?.length ? { ...p, keywords: keywords[i] } : p));
      assert.deepEqual({ ...chunk.question, ...answer, ...grading, ...(keyPoints && { keyPoints }) }, q, q.id);
      // The topic's id and title, which the card shows; not its description, which pickers read from the index.
      const topic = bank.topics.find((t) => t.id === q.topic);
      assert.deepEqual(chunk.topic, { id: topic.id, title: topic.title });
    }
  });

  it('keeps what quiz mode never shows out of the question chunks', () => {
    for (const q of bank.questions) {
      const question = read(`questions/${q.id}.json`).question;
      for (const field of ANSWER_FIELDS) assert.equal(question[field], undefined, `${q.id}.${field}`);
    }
  });

  it('keeps what only the grader reads out of the answer chunks', () => {
    for (const q of bank.questions) {
      const answer = read(`answers/${q.id}.json`);
      for (const field of GRADING_FIELDS) assert.equal(answer[field], undefined, `${q.id}.${field}`);
      assert.ok(
        answer.keyPoints?.every((p) => p.keywords === undefined),
        q.id,
      );
    }
  });

  it('is a valid bank (validated here, at build time, rather than in every page)', async () => {
    const { validateBank } = await import('quizkit/data');
    assert.deepEqual(validateBank(bank), []);
    // The index alone, its entries as questions, is a valid bank too: topics and ids agree.
    const entries = index.questions.map(({ choices: _c, keyPoints: _k, ...q }) => q);
    assert.deepEqual(validateBank({ ...index, questions: entries }), []);
  });

  it('is still published whole for Node and apps (quizkit/banks/ml-interview.json)', () => {
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(root, 'dist/banks/ml-interview.json'), 'utf8')), bank);
  });
});
