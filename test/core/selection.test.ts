import { expect } from '@open-wc/testing';
import { random, seedFrom, selectQuestions, shuffled, type SelectOptions } from '../../src/core/selection.js';
import type { Question } from '../../src/data/types.js';

const q = (id: string, topic: string, check = true): Question => ({
  id,
  topic,
  prompt: id,
  ...(check ? { check: { prompt: '?', choices: [{ text: 'a', correct: true }, { text: 'b' }] } } : {}),
});
const bank = [q('a1', 'a'), q('a2', 'a'), q('a3', 'a', false), q('b1', 'b'), q('b2', 'b'), q('c1', 'c')];
const base: SelectOptions = { topics: [], count: 0, mode: 'quiz', shuffle: false, seed: 1 };

describe('selectQuestions', () => {
  it('keeps bank order without shuffle and uses only questions with a check in quiz mode', () => {
    expect(selectQuestions(bank, base)).to.deep.equal(['a1', 'a2', 'b1', 'b2', 'c1']);
    expect(selectQuestions(bank, { ...base, mode: 'practice' })).to.deep.equal(['a1', 'a2', 'a3', 'b1', 'b2', 'c1']);
  });

  it('filters by topic and caps the count', () => {
    expect(selectQuestions(bank, { ...base, topics: ['b', 'c'] })).to.deep.equal(['b1', 'b2', 'c1']);
    expect(selectQuestions(bank, { ...base, count: 2 })).to.deep.equal(['a1', 'a2']);
    expect(selectQuestions(bank, { ...base, topics: ['nope'] })).to.deep.equal([]);
  });

  it('gives the same order for the same seed, in every browser (fixed expectation)', () => {
    const order = selectQuestions(bank, { ...base, shuffle: true, seed: seedFrom('42') });
    expect(order).to.deep.equal(selectQuestions(bank, { ...base, shuffle: true, seed: seedFrom('42') }));
    // Pinned: integer-only arithmetic, so this exact order holds on any engine.
    expect(order).to.deep.equal(['b2', 'b1', 'a1', 'c1', 'a2']);
    expect(selectQuestions(bank, { ...base, shuffle: true, seed: seedFrom('43') })).to.not.deep.equal(order);
  });

  it('serves due cards first in practice, most overdue first, then new ones, then the rest', () => {
    const due: Record<string, number> = { b1: 50, a2: 10, c1: 500 };
    const ids = selectQuestions(bank, { ...base, mode: 'practice', now: 100, dueAt: (id) => due[id] });
    expect(ids).to.deep.equal(['a2', 'b1', 'a1', 'a3', 'b2', 'c1']);
  });

  it('selects 10 distinct questions of the chosen topics from 10,000', () => {
    // How long it takes is measured by `npm run bench` ("run start"), not by a timer here.
    const big = Array.from({ length: 10000 }, (_, i) => q(`q${i}`, `t${i % 20}`));
    const ids = selectQuestions(big, { ...base, topics: ['t1', 't2'], count: 10, shuffle: true, seed: 7 });
    expect(ids).to.have.length(10);
    expect(new Set(ids).size).to.equal(10);
    expect(ids.every((id) => [1, 2].includes(Number(id.slice(1)) % 20))).to.equal(true);
  });
});

describe('seeded randomness', () => {
  it('hashes strings and numbers to 32-bit seeds', () => {
    expect(seedFrom(42)).to.equal(42);
    expect(seedFrom('42')).to.equal(seedFrom('42'));
    expect(seedFrom('a')).to.not.equal(seedFrom('b'));
    expect(seedFrom(-1)).to.equal(4294967295);
  });

  it('draws the same uniform sequence from the same seed', () => {
    const a = random(123);
    const b = random(123);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).to.deep.equal(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).to.be.at.least(0);
    expect(Math.max(...draws)).to.be.below(1);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).to.be.closeTo(0.5, 0.05);
  });

  it('shuffles without losing or duplicating items', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffled(items, random(9));
    expect(out).to.not.deep.equal(items);
    expect([...out].sort((x, y) => x - y)).to.deep.equal(items);
  });
});
