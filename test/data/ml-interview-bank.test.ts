// The bundled bank's content rules: every seed phrasing once, complete questions, sound checks.

import { expect } from '@open-wc/testing';
import bundled from '../../src/data/banks/ml-interview.json';
import { gradeAnswer, keywordWords } from '../../src/core/grader.js';
import type { Bank, Question } from '../../src/data/types.js';
import { validateBank } from '../../src/data/validate.js';

const bank = bundled as Bank;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The seed page: a title, an intro, then question / "why" line pairs, then a call to action. */
async function seedPhrasings(): Promise<string[]> {
  const text = await (await fetch(new URL('../fixtures/ml-interview-seed.txt', import.meta.url))).text();
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
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
      expect(
        check.choices.some((c) => c.correct === true),
        `${q.id} has a right choice`,
      ).to.equal(true);
      expect(
        check.choices.some((c) => c.correct !== true),
        `${q.id} has a wrong choice`,
      ).to.equal(true);
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

/** Keywords of a question's key points and misconceptions, with where each sits. */
const keywordsOf = (q: Question): { keyword: string; where: string }[] => [
  ...(q.keyPoints ?? []).flatMap((kp, i) => (kp.keywords ?? []).map((keyword) => ({ keyword, where: `${q.id} keyPoints[${i}]` }))),
  ...(q.misconceptions ?? []).flatMap((m, i) => (m.keywords ?? []).map((keyword) => ({ keyword, where: `${q.id} misconceptions[${i}]` }))),
];

describe('the bundled bank grades its own answers soundly (every question)', () => {
  it('credits each model answer with every one of its key points, and flags no claim in it', () => {
    const failures = bank.questions.flatMap((q) => {
      const f = gradeAnswer(q.answer ?? '', q, { language: bank.language });
      const missed = f.points.flatMap((p, i) => (p.covered ? [] : [`${q.id}: misses keyPoints[${i}]`]));
      return [...missed, ...f.issues.map((x) => `${q.id}: flags "${x.evidence}" (${x.message})`)];
    });
    expect(failures).to.deep.equal([]);
  });

  it('gives the prompt alone, and every variant, no key point', () => {
    const echoes = bank.questions.flatMap((q) =>
      [q.prompt, ...(q.variants ?? [])].flatMap((text) => {
        const f = gradeAnswer(text, q, { language: bank.language });
        return f.points.flatMap((p, i) => (p.covered ? [`${q.id} keyPoints[${i}] covered by "${text}" via ${p.matched.join(', ')}`] : []));
      }),
    );
    expect(echoes).to.deep.equal([]);
  });

  it("uses no keyword that matches in more than 3 other questions' model answers", function () {
    // About 1,100 gradings of whole answers: seconds on a loaded CI machine.
    this.timeout(120_000);
    // One probe per question, with each keyword as its own point, keeps this to 34 x 33 gradings.
    const generic = bank.questions.flatMap((q) => {
      const keywords = (q.keyPoints ?? []).flatMap((kp, i) => (kp.keywords ?? []).map((keyword) => ({ keyword, i })));
      const probe: Question = {
        id: 'probe',
        topic: q.topic,
        prompt: '-',
        keyPoints: keywords.map(({ keyword }) => ({ point: keyword, keywords: [keyword] })),
      };
      const hits = keywords.map(() => [] as string[]);
      for (const other of bank.questions) {
        if (other === q) continue;
        gradeAnswer(other.answer ?? '', probe).points.forEach((p, k) => p.covered && hits[k]!.push(other.id));
      }
      return keywords.flatMap(({ keyword, i }, k) =>
        hits[k]!.length > 3 ? [`${q.id} keyPoints[${i}] "${keyword}" matches ${hits[k]!.length}: ${hits[k]!.join(', ')}`] : [],
      );
    });
    expect(generic).to.deep.equal([]);
  });

  it('has no keyword that could never count: stated as written, each one covers its point', () => {
    // A keyword made only of the question's words (its prompt or a variant) never counts: the
    // grader gives nothing for repeating the question. Nor does one the matcher cannot find.
    const dead = bank.questions.flatMap((q) =>
      (q.keyPoints ?? []).flatMap((kp, i) =>
        (kp.keywords ?? []).flatMap((keyword) => {
          const bound = /^([^:]+?):\s+(.+)$/.exec(keyword);
          const answer = bound ? `Here ${bound[1]!.split('|')[0]} ${bound[2]}, as I explained.` : `Here ${keyword}, as I explained.`;
          const f = gradeAnswer(answer, { prompt: q.prompt, variants: q.variants, keyPoints: [{ point: kp.point, keywords: [keyword] }] });
          return f.points[0]!.covered ? [] : [`${q.id} keyPoints[${i}] "${keyword}"`];
        }),
      ),
    );
    expect(dead).to.deep.equal([]);
  });

  it('has no keyword that reduces to a function word or to fewer than 3 letters', () => {
    const short = bank.questions.flatMap((q) =>
      keywordsOf(q).flatMap(({ keyword, where }) => (keywordWords(keyword).join('').length < 3 ? [`${where}: "${keyword}"`] : [])),
    );
    expect(short).to.deep.equal([]);
  });

  it('no longer has the broken or generic keywords the content review named', () => {
    const q = (id: string): Question => bank.questions.find((x) => x.id === id)!;
    const all = (id: string, point?: number): string[] =>
      (point === undefined ? q(id).keyPoints! : [q(id).keyPoints![point]!]).flatMap((kp) => kp.keywords ?? []).map((k) => k.toLowerCase());
    expect(all('ml-vs-ai')).to.not.include.members(['a*', 'superset']);
    expect(all('ml-vs-ai', 2)).to.include.members(['search', 'planning', 'rule-based']);
    expect(all('ml-vs-traditional-programming', 1)).to.not.include.members(['learned', 'examples']);
    expect(all('ml-vs-traditional-programming', 0)).to.include.members(['writes the rules', 'rules by hand']);
    expect(all('gradient-descent', 0)).to.include.members(['against the gradient', 'opposite way']).and.not.include('derivative');
    expect(all('ml-project-lifecycle')).to.not.include.members(['modeling', 'retraining']);
    expect(all('underfitting', 5)).to.not.include.members(['more rows', 'more samples']);
    expect(all('cross-entropy-vs-mse', 4)).to.not.include('log loss');
    expect(all('feature-importance')).to.not.include('causality');
    expect(all('missing-data')).to.not.include.members(['standardise', 'mode', 'flag']);
    expect(all('cross-validation')).to.not.include.members(['mean', 'k-fold', 'folds']);
    expect(all('decision-tree-pros-cons', 2)).to.not.include('fast');
    expect(all('lasso-vs-ridge', 5)).to.not.include('closed form');
  });

  it('catches the reversed answers the review tried (swapped subjects, wrong directions)', () => {
    const wrong: [string, string][] = [
      [
        'precision-vs-recall',
        'Precision is TP / (TP + FN), the share of actual positives we catch, and recall is TP / (TP + FP). For spam favour recall.',
      ],
      [
        'lasso-vs-ridge',
        'Ridge uses the absolute values and sets coefficients exactly to zero, so ridge does feature selection; lasso keeps every feature.',
      ],
      [
        'bagging-vs-boosting',
        'Boosting trains its models in parallel on bootstrap samples and reduces variance; bagging is sequential, fixing errors, and reduces bias.',
      ],
      ['ml-vs-ai', 'AI is a subset of machine learning, and every AI system is trained on data.'],
      ['dropout', 'Dropout removes the weakest neurons permanently and is applied at inference time too.'],
    ];
    for (const [id, answer] of wrong) {
      const question = bank.questions.find((x) => x.id === id)!;
      const f = gradeAnswer(answer, question);
      expect(f.score / f.maxScore, `${id}: ${f.verdict}`).to.be.below(0.5);
      expect(f.issues.length, `${id}: ${f.verdict}`).to.be.at.least(1);
      expect(f.verdict, id).to.match(/^Check your claims/);
    }
  });
});

describe("the bundled bank's checks give nothing away", () => {
  const single = bank.questions.map((q) => q.check!).filter((c) => c.choices.filter((ch) => ch.correct).length === 1);

  it('makes the right choice strictly the longest in at most 35% of single-answer checks', () => {
    const longest = single.filter((c) => {
      const right = c.choices.find((ch) => ch.correct)!.text.length;
      return c.choices.every((ch) => ch.correct || ch.text.length < right);
    });
    expect(longest.length / single.length).to.be.at.most(0.35);
  });

  it('scores "always pick the longest choice" at 40% or less', () => {
    // Ties between longest choices are a guess among them.
    const score = single.reduce((sum, c) => {
      const max = Math.max(...c.choices.map((ch) => ch.text.length));
      const longest = c.choices.filter((ch) => ch.text.length === max);
      return sum + (longest.some((ch) => ch.correct) ? 1 / longest.length : 0);
    }, 0);
    expect(score / single.length).to.be.at.most(0.4);
  });

  it('says "(Select all that apply.)" in every multi-answer prompt', () => {
    const multi = bank.questions.filter((q) => q.check!.choices.filter((ch) => ch.correct).length > 1);
    for (const q of multi) expect(q.check!.prompt, q.id).to.contain('(Select all that apply.)');
  });

  it("carries the content review's fixes", () => {
    const q = (id: string): Question => bank.questions.find((x) => x.id === id)!;
    expect(q('cross-validation').answer).to.contain('understates the true uncertainty');
    expect(q('overfitting').answer).to.contain('which reduce variance').and.not.contain('cancel out variance');
    expect(q('dropout').answer).to.contain('each training example sees a different').and.not.contain('each mini-batch trains');
    expect(q('dropout').keyPoints![0]!.point).to.contain('each training example');
    expect(q('regression-loss-functions').answer).to.contain('Hessian vanishes for large residuals').and.contain('Tweedie');
    expect(q('cross-entropy-vs-mse').why).to.not.contain('calibrated');
    expect(q('cross-entropy-vs-mse').keyPoints![4]!.point).to.contain('proper scoring rules');
    expect(q('hyperparameter-tuning').check!.choices[0]!.text).to.contain('64 runs');
  });
});
