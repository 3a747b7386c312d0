import { expect } from '@open-wc/testing';
import { pack, unpack } from '../../src/lms/suspend-data.js';
import { review } from '../../src/core/fsrs.js';
import { ProgressStore } from '../../src/core/progress-store.js';
import type { Bank } from '../../src/data/types.js';
import { captureWarnings } from '../core/warnings.js';
import { bank60, largestProgress } from './fixtures.js';
import { settle } from '../../src/core/progress-schedule.js';

const KEY = 'quizkit:bank-60';
const DAY = 86_400_000;
const warnings = captureWarnings();
const PAGE = location.pathname;

describe('suspend_data packing', () => {
  it('fits the largest case (60 questions answered and scheduled, a 60-question run 59 answers in) in SCORM 1.2’s 4,096 characters', () => {
    const bank = bank60();
    const text = largestProgress(bank);
    const dropped: string[] = [];
    const packed = pack(text, KEY, bank, 4096, dropped, PAGE)!;
    expect(dropped).to.deep.equal([]);
    expect(packed.length).to.be.at.most(4096);
    expect(text.length).to.be.greaterThan(25_000); // what it would take unpacked
  });

  it('unpacks to the same progress and run, to the minute and the hundredth', () => {
    const bank = bank60();
    const original = JSON.parse(largestProgress(bank));
    const back = JSON.parse(unpack(pack(JSON.stringify(original), KEY, bank, 4096, [], PAGE)!, KEY, bank, PAGE)!);
    expect(Object.keys(back.q)).to.deep.equal(Object.keys(original.q));
    for (const [id, p] of Object.entries<Record<string, number & { [k: string]: number }>>(original.q)) {
      const b = back.q[id];
      expect([b.seen, b.correct, b.rating]).to.deep.equal([p.seen, p.correct, p.rating]);
      expect(Math.abs(b.last - p.last!)).to.be.below(60_000);
      expect(Math.abs(b.due - p.due!)).to.be.below(60_000);
      expect(b.card.last_review).to.equal(b.last);
      expect(b.card.stability).to.be.closeTo((p.card as unknown as { stability: number }).stability, 0.005);
      expect(b.card.reps).to.equal(12);
    }
    const [key, run] = Object.entries<Record<string, unknown>>(back.runs)[0]!;
    const [, originalRun] = Object.entries<Record<string, unknown>>(original.runs)[0]!;
    expect(key).to.equal(Object.keys(original.runs)[0]);
    expect(run.ids).to.deep.equal(originalRun.ids);
    expect([run.mode, run.index, run.topics]).to.deep.equal(['quiz', 59, ['metrics', 'models']]);
    expect(Math.abs((run.startedAt as number) - (originalRun.startedAt as number))).to.be.below(1000);
    const a = (run.answers as Record<string, Record<string, unknown>>)[bank.questions[5]!.id]!;
    expect(a).to.deep.equal({
      questionId: bank.questions[5]!.id,
      mode: 'quiz',
      score: 1,
      maxScore: 1,
      correct: true,
      elapsedMs: 11_900,
      response: [0, 2],
    });
    expect(Object.keys(run.answers as object)).to.have.length(59);
  });

  it('keeps typed answers, points, ratings and odd ids (a dot, a comma, "__proto__") through a round trip', () => {
    const bank: Bank = {
      id: 'b',
      title: 'B',
      topics: [{ id: 't', title: 'T' }],
      questions: ['a.b,c', '__proto__', 'plain'].map((id) => ({ id, topic: 't', prompt: 'p' })),
    };
    const answers = {
      'a.b,c': {
        questionId: 'a.b,c',
        mode: 'interview',
        score: 1.5,
        maxScore: 3,
        response: 'Precision. Recall, and 100% «unicode» [,] text',
        points: [true, false, true],
        elapsedMs: 4200,
      },
      __proto__: null,
    };
    const practice = {
      questionId: 'plain',
      mode: 'practice',
      score: 0,
      maxScore: 2,
      response: '',
      rating: 'hard',
      points: [],
      elapsedMs: 0,
    };
    const data = {
      v: 1,
      q: JSON.parse('{"__proto__": {"seen": 1, "correct": 0, "last": 1764000000000, "due": 1764086400000}}'),
      runs: {
        'run:/x#0|interview||3|': {
          v: 1,
          mode: 'interview',
          topics: [],
          ids: ['a.b,c', '__proto__', 'plain'],
          index: 1,
          answers: { ...answers, plain: practice },
          startedAt: 1764000000000,
        },
      },
    };
    const back = JSON.parse(unpack(pack(JSON.stringify(data), 'k', bank, 4096)!, 'k', bank)!);
    expect(Object.keys(back.q)).to.deep.equal(['__proto__']);
    expect(back.q.__proto__).to.deep.equal({ seen: 1, correct: 0, last: 1764000000000, due: 1764086400000 });
    const run = back.runs['run:/x#0|interview||3|'];
    expect(run.answers['a.b,c']).to.deep.equal({ ...answers['a.b,c'] });
    expect(run.answers.plain).to.deep.equal({ ...practice, mode: 'practice' });
  });

  it('keeps answers not yet scheduled (pending reviews), to the minute, with and without a card; the latest alone costs nothing', async () => {
    const bank = bank60();
    const [a, b, c] = bank.questions.map((q) => q.id);
    const t = Date.UTC(2026, 3, 1, 10, 0);
    const card = review(undefined, 'good', t);
    const data = {
      v: 1,
      q: {
        // Two answers on a card page, never scheduled: no card, two pending reviews.
        [a!]: {
          seen: 2,
          correct: 1,
          last: t + DAY,
          due: t + 2 * DAY,
          rating: 'good',
          pending: [
            [t, 0],
            [t + DAY, 2],
          ],
        },
        // Scheduled once, then answered twice more.
        [b!]: {
          seen: 3,
          correct: 3,
          last: t + 5 * DAY,
          due: t + 6 * DAY,
          rating: 'easy',
          card,
          pending: [
            [t + 4 * DAY, 2],
            [t + 5 * DAY, 3],
          ],
        },
        // Only the latest answer is pending: the store takes it as pending anyway.
        [c!]: { seen: 1, correct: 0, last: t, due: t + DAY, rating: 'again', pending: [[t, 0]] },
      },
      runs: {},
      stamps: {},
    };
    const packed = pack(JSON.stringify(data), KEY, bank, 4096, [], PAGE)!;
    const back = JSON.parse(unpack(packed, KEY, bank, PAGE)!);
    expect(back.q[a!]).to.deep.include({ pending: data.q[a!]!.pending });
    expect(back.q[a!].card).to.equal(undefined);
    expect(back.q[b!].pending).to.deep.equal(data.q[b!]!.pending);
    expect(back.q[b!].card).to.deep.include({ due: card.due, reps: 1 });
    expect(back.q[c!].pending).to.equal(undefined);
    // The store reads them back as the same pending reviews, and schedules them the same.
    const storage = { text: unpack(packed, KEY, bank, PAGE)!, getItem: () => storage.text, setItem: () => {} };
    const store = new ProgressStore(KEY, storage, () => t + 6 * DAY, review);
    for (const id of [a!, b!, c!]) expect(store.get(id)!.pending, id).to.deep.equal(data.q[id]!.pending);
    // From the card as packed (stability and difficulty to the hundredth).
    const unpacked = store.get(b!)!.card;
    await settle(store);
    expect(store.get(b!)!.card).to.deep.equal(review(review(unpacked, 'good', t + 4 * DAY), 'easy', t + 5 * DAY));
    expect(warnings.messages).to.deep.equal([]);
  });

  it('gives up detail in order when it cannot fit: typed answers, then the FSRS history, then the run', () => {
    const bank = bank60();
    const data = JSON.parse(largestProgress(bank));
    const run = Object.values<{ answers: Record<string, { response: unknown; mode: string }> }>(data.runs)[0]!;
    for (const a of Object.values(run.answers)) a.response = 'A long typed answer that explains the trade-off in detail. '.repeat(4);
    const dropped: string[] = [];
    const packed = pack(JSON.stringify(data), KEY, bank, 4096, dropped, PAGE)!;
    expect(packed.length).to.be.at.most(4096);
    expect(dropped[0]).to.match(/typed answers .* cut to 200/);
    const back = JSON.parse(unpack(packed, KEY, bank, PAGE)!);
    expect(Object.keys(back.q)).to.have.length(60);

    const smaller: string[] = [];
    const tight = pack(JSON.stringify(data), KEY, bank, 2500, smaller, PAGE)!;
    expect(tight.length).to.be.at.most(2500);
    expect(smaller.at(-1)).to.match(/spaced-repetition history|unfinished run/);
    expect(Object.keys(JSON.parse(unpack(tight, KEY, bank, PAGE)!).q)).to.have.length(60);
    expect(pack(JSON.stringify(data), KEY, bank, 100)).to.equal(undefined);
  });

  it('refers to a question by its full id where two ids of the bank share a short hash, and drops questions no longer in the bank', () => {
    // 2,000 ids: some pairs must share one of the 46,656 hashes.
    const questions = Array.from({ length: 2000 }, (_, i) => ({ id: `q${i}`, topic: 't', prompt: 'p' }));
    const bank: Bank = { id: 'b', title: 'B', topics: [{ id: 't', title: 'T' }], questions };
    const q = Object.fromEntries(questions.map(({ id }) => [id, { seen: 1, correct: 1, last: 1764000000000, due: 1764086400000 }]));
    const packed = pack(JSON.stringify({ v: 1, q, runs: {} }), 'k', bank, 1e6)!;
    expect(packed).to.include('~q'); // at least one full id
    expect(Object.keys(JSON.parse(unpack(packed, 'k', bank)!).q)).to.have.length(2000);
    const fewer: Bank = { ...bank, questions: questions.slice(0, 10) };
    // Hashed entries of questions that left the bank are dropped; entries under a full id are kept, as the store keeps them.
    const kept = Object.keys(JSON.parse(unpack(packed, 'k', fewer)!).q);
    expect(kept.slice(0, 10).sort()).to.deep.equal(
      questions
        .slice(0, 10)
        .map((x) => x.id)
        .sort(),
    );
    expect(kept.length).to.be.below(100);
    for (const id of kept.filter((k) => !fewer.questions.some((x) => x.id === k))) expect(packed).to.include(`~${id}.`);
  });

  it('answers undefined for data that is not its own or is another bank’s, and null for none', () => {
    const bank = bank60();
    expect(unpack('', KEY, bank)).to.equal(null);
    expect(unpack('bookmark=page7', KEY, bank)).to.equal(undefined);
    expect(unpack('qk1{not json', KEY, bank)).to.equal(undefined);
    const packed = pack(largestProgress(bank), KEY, bank, 4096)!;
    expect(unpack(packed, 'quizkit:other', bank)).to.equal(undefined);
  });

  it('turns corrupt fields into values the progress store rejects with a warning', async () => {
    const { ProgressStore } = await import('../../src/core/progress-store.js');
    const bank = bank60();
    const id = bank.questions[0]!.id;
    const packed = pack(
      JSON.stringify({ v: 1, q: { [id]: { seen: 1, correct: 1, last: 1764000000000, due: 1764086400000 } }, runs: {} }),
      KEY,
      bank,
      4096,
    )!;
    const broken = packed.replace(/"q":"(\w{3})\.[^"]*"/, '"q":"$1.zz!!"');
    const store = new ProgressStore(KEY, { getItem: () => unpack(broken, KEY, bank) ?? null, setItem: () => {} });
    expect(store.get(id)).to.equal(undefined);
    expect(warnings.messages.join('\n')).to.match(/ignored the progress of/);
  });
});
