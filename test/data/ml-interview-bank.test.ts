// The bundled bank's content rules: every seed phrasing once, complete questions, sound checks.

import { expect } from '@open-wc/testing';
import bundled from '../../src/data/banks/ml-interview.json';
import type { Bank } from '../../src/data/types.js';
import { validateBank } from '../../src/data/validate.js';

const bank = bundled as Bank;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The seed page: a title, an intro, then question / "why" line pairs, then a call to action. */
async function seedPhrasings(): Promise<string[]> {
  const text = await (await fetch(new URL('../fixtures/ml-interview-seed.txt', import.meta.url))).text();
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const end = lines.indexOf('Ready to practice machine learning questions?');
  const pairs = lines.slice(2, end);
  expect(pairs.length % 2, 'the seed alternates questions and notes').to.equal(0);
  return pairs.filter((_, i) => i % 2 === 0);
}

describe('the bundled ML interview bank', () => {
  it('is a valid bank with the id ml-interview', () => {
    expect(validateBank(bank)).to.deep.equal([]);
    expect(bank.id).to.equal('ml-interview');
    expect(bank.questions.length).to.be.within(30, 35);
  });

  it('holds each of the 57 distinct seed phrasings exactly once, verbatim', async () => {
    const seed = await seedPhrasings();
    expect(seed).to.have.length(60);
    const distinct = new Set(seed);
    expect(distinct.size).to.equal(57);
    const used = bank.questions.flatMap((q) => [q.prompt, ...(q.variants ?? [])]);
    const counts = new Map<string, number>();
    for (const phrasing of used) counts.set(phrasing, (counts.get(phrasing) ?? 0) + 1);
    const missing = [...distinct].filter((p) => !counts.has(p));
    const repeated = [...counts].filter(([, n]) => n > 1).map(([p]) => p);
    const invented = used.filter((p) => !distinct.has(p));
    expect({ missing, repeated, invented }).to.deep.equal({ missing: [], repeated: [], invented: [] });
  });

  it('uses unique kebab-case ids', () => {
    const ids = bank.questions.map((q) => q.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of [...ids, ...bank.topics.map((t) => t.id)]) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has 6 to 9 described topics, each with questions', () => {
    expect(bank.topics.length).to.be.within(6, 9);
    for (const topic of bank.topics) {
      expect(topic.description, topic.id).to.be.a('string').and.not.equal('');
      expect(bank.questions.filter((q) => q.topic === topic.id).length, topic.id).to.be.at.least(3);
    }
  });

  it('gives every question a difficulty, a why, a model answer of 120-250 words and 3-6 key points', () => {
    for (const q of bank.questions) {
      expect(q.difficulty, q.id).to.be.oneOf(['easy', 'medium', 'hard']);
      expect(words(q.why ?? ''), `${q.id} why`).to.be.within(20, 120);
      expect(words(q.answer ?? ''), `${q.id} answer`).to.be.within(120, 250);
      expect(q.keyPoints?.length ?? 0, `${q.id} key points`).to.be.within(3, 6);
    }
  });

  it('never lists one keyword under two key points of the same question', () => {
    for (const q of bank.questions) {
      const seen = new Map<string, string>();
      for (const kp of q.keyPoints ?? []) {
        expect(kp.keywords?.length ?? 0, `${q.id}: "${kp.point}" has keywords`).to.be.at.least(2);
        for (const keyword of kp.keywords ?? []) {
          const key = keyword.toLowerCase().trim();
          expect(seen.get(key), `${q.id}: "${keyword}" is under two key points`).to.equal(undefined);
          seen.set(key, kp.point);
        }
      }
    }
  });

  it('gives every question a check with 3-5 choices, at least one right and one wrong, feedback and an explanation', () => {
    for (const q of bank.questions) {
      const check = q.check!;
      expect(check, q.id).to.be.an('object');
      expect(check.choices.length, q.id).to.be.within(3, 5);
      expect(check.choices.some((c) => c.correct === true), `${q.id} has a right choice`).to.equal(true);
      expect(check.choices.some((c) => c.correct !== true), `${q.id} has a wrong choice`).to.equal(true);
      for (const c of check.choices) expect(c.feedback, `${q.id}: feedback for "${c.text}"`).to.be.a('string').and.not.equal('');
      expect(check.explanation, q.id).to.be.a('string').and.not.equal('');
    }
  });

  it('does not always put the right answer in the same place', () => {
    const positions = new Set(bank.questions.map((q) => q.check!.choices.findIndex((c) => c.correct === true)));
    expect(positions.size).to.be.at.least(3);
  });

  it('states the metric formulas correctly', () => {
    const answer = (id: string): string => bank.questions.find((q) => q.id === id)?.answer ?? '';
    expect(answer('precision-vs-recall')).to.contain('TP / (TP + FP)').and.contain('TP / (TP + FN)');
  });
});
