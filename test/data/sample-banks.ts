// Sample banks shared by the validator and schema tests: one good bank, one broken bank per rule,
// and banks with fields this version does not know (warnings, not errors).

import type { Bank } from '../../src/data/types.js';

export const goodBank = (): Bank => ({
  id: 'sample',
  title: 'Sample',
  version: '1',
  language: 'en',
  topics: [
    { id: 'a', title: 'Topic A', description: 'First' },
    { id: 'b', title: 'Topic B' },
  ],
  questions: [
    {
      id: 'q1',
      topic: 'a',
      difficulty: 'easy',
      prompt: 'Question one?',
      variants: ['Question 1?'],
      why: 'Because.',
      answer: 'Answer.',
      keyPoints: [{ point: 'Point', keywords: ['point'] }],
      check: {
        prompt: 'Pick',
        choices: [
          { text: 'yes', correct: true, feedback: 'Right' },
          { text: 'no', correct: false },
        ],
        explanation: 'E',
      },
    },
    { id: 'q2', topic: 'b', prompt: 'Question two?' },
  ],
});

type Mutable = Record<string, unknown> & { topics: Record<string, unknown>[]; questions: Record<string, unknown>[] };

interface BadBank {
  name: string;
  bank: unknown;
  /** The problem the validator must report. */
  problem: string;
  /** Rules a JSON Schema cannot state (uniqueness, references); the schema accepts these. */
  schemaCannotTell?: boolean;
}

function broken(name: string, problem: string, change: (b: Mutable) => void, schemaCannotTell = false): BadBank {
  const bank = goodBank() as unknown as Mutable;
  change(bank);
  return { name, bank, problem, schemaCannotTell };
}

const check = (b: Mutable): Record<string, unknown> => b.questions[0]!.check as Record<string, unknown>;

export const badBanks = (): BadBank[] => [
  broken('a bank without a title', 'title: is required', (b) => delete b.title),
  broken('a blank title', 'title: must not be empty', (b) => (b.title = '  ')),
  broken('topics that are not an array', 'topics: must be an array, not an object', (b) => (b.topics = {} as never)),
  broken('a bank without topics', 'topics: must have at least 1 item', (b) => (b.topics = [])),
  broken('a bank without questions', 'questions: is required', (b) => delete (b as Record<string, unknown>).questions),
  broken('an empty question list', 'questions: must have at least 1 item', (b) => (b.questions = [])),
  broken('a topic without an id', 'topics[1].id: is required', (b) => delete b.topics[1]!.id),
  broken('a topic that is a string', 'topics[0]: must be an object, not a string', (b) => (b.topics[0] = 'a' as never)),
  broken('a question without a prompt', 'questions[1].prompt: is required', (b) => delete b.questions[1]!.prompt),
  broken('a question without a topic', 'questions[1].topic: is required', (b) => delete b.questions[1]!.topic),
  broken('a question id that is a number', 'questions[0].id: must be a string, not a number', (b) => (b.questions[0]!.id = 7)),
  broken(
    'an unknown difficulty',
    'questions[0].difficulty: must be "easy", "medium" or "hard", not "trivial"',
    (b) => (b.questions[0]!.difficulty = 'trivial'),
  ),
  broken(
    'variants that are not strings',
    'questions[0].variants[0]: must be a string, not a number',
    (b) => (b.questions[0]!.variants = [1]),
  ),
  broken(
    'a key point without its point',
    'questions[0].keyPoints[0].point: is required',
    (b) => (b.questions[0]!.keyPoints = [{ keywords: [] }]),
  ),
  broken(
    'a check with one choice',
    'questions[0].check.choices: must have at least 2 items',
    (b) => (check(b).choices = [{ text: 'only', correct: true }]),
  ),
  broken(
    'a check with no correct choice',
    'questions[0].check.choices: has no correct choice (mark one with "correct": true)',
    (b) => (check(b).choices = [{ text: 'x' }, { text: 'y', correct: false }]),
  ),
  broken(
    'a choice whose correct flag is a string',
    'questions[0].check.choices[0].correct: must be true or false, not a string',
    (b) =>
      (check(b).choices = [
        { text: 'x', correct: 'yes' },
        { text: 'y', correct: true },
      ]),
  ),
  broken('a check prompt that is blank', 'questions[0].check.prompt: must not be empty', (b) => (check(b).prompt = ' ')),
  broken('an unknown topic', 'questions[1].topic: "nope" is not a topic of this bank', (b) => (b.questions[1]!.topic = 'nope'), true),
  broken('duplicate question ids', 'questions[1].id: "q1" is used by another question', (b) => (b.questions[1]!.id = 'q1'), true),
  broken('duplicate topic ids', 'topics[1].id: "a" is used by another topic', (b) => (b.topics[1]!.id = 'a'), true),
  broken(
    'a misconception without feedback',
    'questions[0].misconceptions[0].feedback: is required',
    (b) => (b.questions[0]!.misconceptions = [{ claim: 'L2 zeroes weights' }]),
  ),
  broken(
    'a misconception point that is not a whole number',
    'questions[0].misconceptions[0].point: must be a whole number from 0, not 1.5',
    (b) => (b.questions[0]!.misconceptions = [{ claim: 'c', feedback: 'f', point: 1.5 }]),
  ),
  broken(
    'a misconception point past the key points',
    'questions[0].misconceptions[0].point: 9 is not a key point of this question (it has 1)',
    (b) => (b.questions[0]!.misconceptions = [{ claim: 'c', feedback: 'f', point: 9 }]),
    true,
  ),
  broken(
    'two choices a learner cannot tell apart',
    'questions[0].check.choices[1].text: "yes" is the text of another choice',
    (b) => (check(b).choices = [{ text: 'yes', correct: true }, { text: ' yes\n' }]),
    true,
  ),
  broken(
    'a question id named like an object member',
    'questions[1].id: "constructor" is a reserved name; choose another id',
    (b) => (b.questions[1]!.id = 'constructor'),
  ),
  broken('a topic id named like an object member', 'topics[1].id: "__proto__" is a reserved name; choose another id', (b) => {
    b.topics[1]!.id = '__proto__';
    b.questions[1]!.topic = '__proto__';
  }),
  broken(
    'a question id with a trailing space',
    'questions[1].id: "q2 " must not start or end with white space',
    (b) => (b.questions[1]!.id = 'q2 '),
  ),
  broken('a topic id with a leading tab', 'topics[1].id: "\\tb" must not start or end with white space', (b) => {
    b.topics[1]!.id = '\tb';
    b.questions[1]!.topic = '\tb';
  }),
  broken(
    'a topic id with a comma',
    'topics[1].id: "b,c" must not contain a comma (the topics attribute is a comma-separated list)',
    (b) => {
      b.topics[1]!.id = 'b,c';
      b.questions[1]!.topic = 'b,c';
    },
  ),
  broken('a title of zero-width characters', 'title: must not be empty', (b) => (b.title = '\u200B\u200D\uFEFF')),
  broken(
    'a prompt of a soft hyphen and a Hangul filler',
    'questions[1].prompt: must not be empty',
    (b) => (b.questions[1]!.prompt = '\u00AD\u3164'),
  ),
  broken(
    'a choice text of direction marks',
    'questions[0].check.choices[1].text: must not be empty',
    (b) => (check(b).choices = [{ text: 'yes', correct: true }, { text: '\u200E\u202E' }]),
  ),
  broken(
    'an answer with a lone surrogate',
    'questions[0].answer: has a broken character (a lone UTF-16 surrogate)',
    (b) => (b.questions[0]!.answer = 'half an emoji \uD83D'),
  ),
  broken(
    'a variant with a lone low surrogate',
    'questions[0].variants[0]: has a broken character (a lone UTF-16 surrogate)',
    (b) => (b.questions[0]!.variants = ['\uDE00 x']),
  ),
];

interface WarnedBank {
  name: string;
  bank: unknown;
  /** Every problem the validator must report, all of them warnings. */
  warnings: string[];
}

/** Banks a newer quizkit (or a typo) added fields to: they load, and each field is a warning. */
export const banksWithUnknownFields = (): WarnedBank[] => {
  const newer = goodBank() as unknown as Mutable;
  newer.license = 'CC-BY-4.0';
  newer.questions[1]!.hint = 'Think of spam filters.';
  check(newer).shuffle = false;
  const misspelt = goodBank() as unknown as Mutable;
  misspelt.questions[0]!.keypoints = [];
  // Named like Object.prototype members, which `key in fields` used to take for known fields;
  // `__proto__` is an own key as JSON.parse makes it.
  const inherited = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
  Object.assign(inherited, goodBank());
  (inherited.questions as Record<string, unknown>[])[1]!['constructor'] = 'x';
  (inherited.topics as Record<string, unknown>[])[0]!['toString'] = 'x';
  return [
    {
      name: 'fields named like object members',
      bank: inherited,
      warnings: [
        'warning: __proto__: is not a field this version of quizkit knows; it is ignored',
        'warning: topics[0].toString: is not a field this version of quizkit knows; it is ignored',
        'warning: questions[1].constructor: is not a field this version of quizkit knows; it is ignored',
      ],
    },
    {
      name: 'a bank written for a newer quizkit',
      bank: newer,
      warnings: [
        'warning: license: is not a field this version of quizkit knows; it is ignored',
        'warning: questions[0].check.shuffle: is not a field this version of quizkit knows; it is ignored',
        'warning: questions[1].hint: is not a field this version of quizkit knows; it is ignored',
      ],
    },
    {
      name: 'a misspelt field',
      bank: misspelt,
      warnings: ['warning: questions[0].keypoints: is not a field this version of quizkit knows; it is ignored'],
    },
  ];
};

/** The good bank with no check prompt of its own: its checks ask the question's prompt. */
export const bankWithoutCheckPrompts = (): Bank => {
  const bank = goodBank();
  delete bank.questions[0]!.check!.prompt;
  return bank;
};
