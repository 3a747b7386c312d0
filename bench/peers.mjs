// The peer bench's pages: one quiz, taken from the bundled bank, converted to quizkit's bank
// JSON, quizdown's Markdown and SurveyJS's JSON, and the HTML pages that show it with each tool
// the way its own documentation does. `node bench/peers.mjs --out DIR` writes them for reading.
//
// Every format gets the same content as far as it can hold it: the check's prompt, its choices
// and which are correct, the feedback per choice and the explanation (quizkit's format also
// needs each question's topic). quizdown shows a choice's
// feedback on its results page, so the explanation goes with the (first) correct choice's
// feedback; SurveyJS has no per-choice feedback or explanation, so its JSON has neither.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BANK = path.join(ROOT, 'src/data/banks/ml-interview.json');

export const QUIZ_SIZE = 30;
export const TOOLS = ['quizkit', 'preloaded', 'quizdown', 'surveyjs'];

/** The peers' files the pages load, served from node_modules (devDependencies of the bench). */
export const PEER_ASSETS = {
  quizdown: '/node_modules/quizdown/public/build/quizdown.js',
  surveyCss: '/node_modules/survey-core/survey-core.fontless.min.css',
  surveyCore: '/node_modules/survey-core/survey.core.min.js',
  surveyUi: '/node_modules/survey-js-ui/survey-js-ui.min.js',
};

/** The first `QUIZ_SIZE` questions of the bundled bank that have a check, and the bank's topics. */
export function loadQuiz() {
  const bank = JSON.parse(fs.readFileSync(BANK, 'utf8'));
  const questions = bank.questions.filter((q) => q.check).slice(0, QUIZ_SIZE);
  if (questions.length < QUIZ_SIZE) throw new Error(`${BANK} has only ${questions.length} questions with a check`);
  return { bank, questions };
}

const checkPrompt = (q) => q.check.prompt ?? q.prompt;
const isMultiple = (q) => q.check.choices.filter((c) => c.correct).length > 1;

/**
 * quizkit: a bank holding the same quiz: each question's prompt is its check's prompt (a check
 * without its own prompt asks the question's), topics keep their ids and titles (the format
 * requires them), and nothing a quiz does not show (model answers, key points, difficulty).
 */
export function toQuizkitBank(bank, questions) {
  const used = new Set(questions.map((q) => q.topic));
  return {
    id: 'bench-quiz',
    title: 'Machine-learning quiz',
    version: '1',
    language: 'en',
    topics: bank.topics.filter((t) => used.has(t.id)).map(({ id, title }) => ({ id, title })),
    questions: questions.map((q) => ({
      id: q.id,
      topic: q.topic,
      prompt: checkPrompt(q),
      check: { choices: q.check.choices, explanation: q.check.explanation },
    })),
  };
}

/** quizdown Markdown (docs/syntax.md): `1. [x]` for single choice, `- [x]` for multiple, `>` comments. */
export function toQuizdown(questions) {
  const quote = (text) =>
    text
      .split('\n')
      .map((line) => `    > ${line}`)
      .join('\n');
  return questions
    .map((q) => {
      const marker = isMultiple(q) ? '-' : '1.';
      const firstRight = q.check.choices.findIndex((c) => c.correct);
      const choices = q.check.choices.map((c, i) => {
        const comment = [c.feedback, i === firstRight ? q.check.explanation : undefined].filter(Boolean).join(' ');
        return `${marker} [${c.correct ? 'x' : ' '}] ${c.text}${comment ? `\n${quote(comment)}` : ''}`;
      });
      return `### ${checkPrompt(q)}\n\n${choices.join('\n')}\n`;
    })
    .join('\n');
}

/** SurveyJS JSON: one question per page, `correctAnswer` for scoring, the score on completion. */
export function toSurveyJS(questions) {
  return {
    title: 'Machine-learning quiz',
    showProgressBar: true,
    completedHtml: '<p>You got {correctAnswers} of {questionCount} right.</p>',
    pages: questions.map((q) => {
      const multiple = isMultiple(q);
      const right = q.check.choices.flatMap((c, i) => (c.correct ? [i] : []));
      return {
        elements: [
          {
            type: multiple ? 'checkbox' : 'radiogroup',
            name: q.id,
            title: checkPrompt(q),
            choices: q.check.choices.map((c, i) => ({ value: i, text: c.text })),
            correctAnswer: multiple ? right : right[0],
          },
        ],
      };
    }),
  };
}

// ---- pages -----------------------------------------------------------------------------------

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const PROSE = [
  'Most machine-learning projects fail long before the model: the data was labelled in a hurry, the ' +
    'metric rewarded the wrong thing, or nobody checked how the model would be used. This post walks ' +
    'through the questions interviewers ask to find out whether a candidate has seen that happen.',
  'Before reading on, try the question below. It takes a minute, and the feedback explains the answer.',
  'If that one was easy, the rest of the series goes deeper: evaluation, generalisation, trees and ' +
    'optimisation, each with a short quiz at the end.',
];

function page({ title, head = '', body }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(title)}</title>
${head}
  </head>
  <body>
    <article>
      <h1>${escapeHtml(title)}</h1>
${body}
    </article>
  </body>
</html>
`;
}

const CDN = path.join(ROOT, 'dist/cdn');
await init;

/** `file` of the CDN build and every file it imports statically, transitively (read from the build). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of parse(fs.readFileSync(path.join(CDN, file), 'utf8'))[0])
    if (i.d === -1 && i.n?.startsWith('./')) closure(i.n.slice(2), seen);
  return seen;
}

/**
 * The README's preload recipe ("What a page downloads, and preloading it"): a modulepreload link
 * for each file the page's elements import and the data they show, then the one script tag.
 */
function preloaded(elements, data) {
  const files = new Set();
  for (const element of elements) closure(element, files);
  return [...files, ...data, 'quizkit.js']
    .map((f) => `    <link rel="modulepreload" href="/dist/cdn/${f}" />`)
    .concat('    <script type="module" src="/dist/cdn/quizkit.js"></script>')
    .join('\n');
}

/** The quiz widget of each tool, as its documentation embeds it, plus what goes into <head>. */
const WIDGETS = {
  // One tag in <head>; the elements' code is fetched when their tags appear.
  quizkit: {
    head: '    <script type="module" src="/dist/cdn/quizkit.js"></script>',
    card: (q) => `<quiz-question-card question="${q.id}" mode="quiz"></quiz-question-card>`,
    quiz: (bank, questions) =>
      `<quiz-runner count="0" mode="quiz"><script type="application/json">${scriptJson(toQuizkitBank(bank, questions))}</script></quiz-runner>`,
  },
  // The same, with the README's preload links in <head>: every file starts with the page.
  preloaded: {
    head: (kase, first) =>
      kase === 'blog' ? preloaded(['question-card.js'], [`bank/${first}.js`]) : preloaded(['quiz-runner.js', 'parse.js'], []),
    card: (q) => WIDGETS.quizkit.card(q),
    quiz: (bank, questions) => WIDGETS.quizkit.quiz(bank, questions),
  },
  // README "Stand-alone Example": the script and quizdown.init() in <head>, the quiz in a div.
  quizdown: {
    head: `    <script src="${PEER_ASSETS.quizdown}"></script>\n    <script>quizdown.init();</script>`,
    card: (q) => `<div class="quizdown">\n${escapeHtml(toQuizdown([q]))}</div>`,
    quiz: (bank, questions) => `<div class="quizdown">\n${escapeHtml(toQuizdown(questions))}</div>`,
  },
  // "Add a Survey to a JavaScript Application": the stylesheet and both scripts in <head>, a
  // container, then new Survey.Model(json).render(container). The fontless stylesheet because
  // the default one loads Open Sans from Google Fonts, which this closed network cannot reach.
  surveyjs: {
    head:
      `    <link rel="stylesheet" href="${PEER_ASSETS.surveyCss}" />\n` +
      `    <script src="${PEER_ASSETS.surveyCore}"></script>\n` +
      `    <script src="${PEER_ASSETS.surveyUi}"></script>`,
    card: (q) => surveyWidget(toSurveyJS([q])),
    quiz: (_bank, questions) => surveyWidget(toSurveyJS(questions)),
  },
};

function surveyWidget(json) {
  return `<div id="surveyContainer"></div>
<script>
  const survey = new Survey.Model(${scriptJson(json)});
  survey.render(document.getElementById('surveyContainer'));
</script>`;
}

/**
 * The bench's pages by URL path: `/peers/blog/<tool>.html` (a blog post with one question; quizkit's
 * from the bundled bank, as a blog author writes it) and `/peers/quiz/<tool>.html` (the
 * `QUIZ_SIZE`-question quiz, its data inline in the page for every tool).
 */
export function peerPages() {
  const { bank, questions } = loadQuiz();
  const pages = {};
  for (const tool of TOOLS) {
    const w = WIDGETS[tool];
    const prose = PROSE.map((p) => `      <p>${escapeHtml(p)}</p>`);
    const head = (kase) => (typeof w.head === 'function' ? w.head(kase, questions[0].id) : w.head);
    pages[`/peers/blog/${tool}.html`] = page({
      title: 'What interviewers ask about unlabelled data',
      head: head('blog'),
      body: [prose[0], prose[1], w.card(questions[0]), prose[2]].join('\n'),
    });
    pages[`/peers/quiz/${tool}.html`] = page({
      title: `Machine learning: ${QUIZ_SIZE} questions`,
      head: head('quiz'),
      body: w.quiz(bank, questions),
    });
  }
  return { pages, firstQuestion: questions[0].id };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  if (at < 0 || !process.argv[at + 1]) {
    console.error('usage: node bench/peers.mjs --out DIR');
    process.exit(1);
  }
  const out = process.argv[at + 1];
  const { pages } = peerPages();
  for (const [url, html] of Object.entries(pages)) {
    const file = path.join(out, url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, html);
    console.log(`${file} (${html.length.toLocaleString('en')} characters)`);
  }
}
