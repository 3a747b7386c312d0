// Measures the offline answer grader against the hand-labelled development set in
// test/fixtures/grader-dev/: per-key-point precision and recall, Pearson correlation with the
// human grades, the mean score per answer type, and how often wrong answers still get half marks.
// The grader is TypeScript: esbuild (already a devDependency) bundles it to a temporary file.
// Exits 1 when a target is missed, so CI can run it. `--json` prints the numbers as JSON, `--misses`
// each key point the grader and the labels disagree on, `--only FILE` one file's answers alone.

import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV = path.join(ROOT, 'test/fixtures/grader-dev');
const WRONG = new Set(['wrong-fluent', 'negated', 'misconception']);
const TARGETS = { wrongAtHalf: 0.1, pearson: 0.8, precision: 0.85, recall: 0.85 };

/** Bundles src/core/grader.ts to a temporary ES module and imports it. */
async function loadGrader() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizkit-grader-'));
  const outfile = path.join(dir, 'grader.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'src/core/grader.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pearson(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const bank = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/data/banks/ml-interview.json'), 'utf8'));
const questions = new Map(bank.questions.map((q) => [q.id, q]));
// `--only answers-7.json`: one file alone (a new batch, graded once before any tuning).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const answers = fs
  .readdirSync(DEV)
  .filter((f) => f.endsWith('.json') && (!only || f === only))
  .sort()
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join(DEV, f), 'utf8')));

const { gradeAnswer } = await loadGrader();
let tp = 0,
  fp = 0,
  fn = 0;
const scores = [],
  grades = [],
  byType = new Map(),
  misses = [];
let wrong = 0,
  wrongAtHalf = 0,
  wrongGood = 0;
for (const a of answers) {
  const q = questions.get(a.question);
  if (!q) throw new Error(`${a.question} is not a question of the bundled bank`);
  const f = gradeAnswer(a.answer, q, { language: bank.language });
  const share = f.score / f.maxScore;
  scores.push(share);
  grades.push(a.grade);
  f.points.forEach((p, i) => {
    const human = a.covered.includes(i);
    if (p.covered && human) tp++;
    else if (p.covered) fp++;
    else if (human) fn++;
    if (p.covered !== human) misses.push(`${human ? 'missed' : 'false '} ${a.question} KP${i} [${a.type}]`);
  });
  const t = byType.get(a.type) ?? { n: 0, grader: 0, human: 0 };
  t.n++;
  t.grader += share;
  t.human += a.grade;
  byType.set(a.type, t);
  if (WRONG.has(a.type)) {
    wrong++;
    if (f.score >= f.maxScore / 2) wrongAtHalf++;
    if (/^(Strong|Good)/.test(f.verdict)) wrongGood++;
  }
}

const result = {
  answers: answers.length,
  questions: new Set(answers.map((a) => a.question)).size,
  precision: tp / (tp + fp),
  recall: tp / (tp + fn),
  pearson: pearson(scores, grades),
  wrongAtHalf: wrongAtHalf / wrong,
  wrongGoodVerdict: wrongGood / wrong,
  byType: Object.fromEntries([...byType].map(([type, t]) => [type, { n: t.n, grader: t.grader / t.n, human: t.human / t.n }])),
};
const met = {
  precision: result.precision >= TARGETS.precision,
  recall: result.recall >= TARGETS.recall,
  pearson: result.pearson >= TARGETS.pearson,
  wrongAtHalf: result.wrongAtHalf <= TARGETS.wrongAtHalf,
};

if (process.argv.includes('--json')) console.log(JSON.stringify({ ...result, met }, null, 2));
else {
  const f2 = (x) => x.toFixed(2);
  const mark = (ok) => (ok ? 'met' : 'MISSED');
  console.log(`Grader dev set: ${result.answers} answers to ${result.questions} questions`);
  console.log(`key-point precision ${f2(result.precision)} (target >= ${TARGETS.precision}: ${mark(met.precision)})`);
  console.log(`key-point recall    ${f2(result.recall)} (target >= ${TARGETS.recall}: ${mark(met.recall)})`);
  console.log(`Pearson r           ${f2(result.pearson)} (target >= ${TARGETS.pearson}: ${mark(met.pearson)})`);
  console.log(
    `wrong or negated answers at >= half the points: ${wrongAtHalf}/${wrong} = ${f2(result.wrongAtHalf)} (target <= ${TARGETS.wrongAtHalf}: ${mark(met.wrongAtHalf)})`,
  );
  console.log(`wrong or negated answers with a Good or Strong verdict: ${wrongGood}/${wrong}`);
  console.log('mean score per type (grader / human):');
  for (const [type, t] of Object.entries(result.byType))
    console.log(`  ${type.padEnd(14)} n=${String(t.n).padStart(3)}  ${f2(t.grader)} / ${f2(t.human)}`);
  if (process.argv.includes('--misses')) console.log(misses.join('\n'));
}
process.exitCode = Object.values(met).every(Boolean) ? 0 : 1;
