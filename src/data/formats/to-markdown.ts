// A bank as a Markdown bank (the format of markdown.ts, described in src/data/README.md), so that
// a JSON bank can be edited as Markdown and converted back.

import type { Bank, Question, Topic } from '../types.js';

/** Heading text: a heading is one line, so line breaks become spaces. */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** `{#id name=value}` after a heading; a value with spaces or braces is quoted. */
function attributes(id: string | undefined, fields: [string, string | undefined][]): string {
  const parts = id === undefined ? [] : [`#${id}`];
  for (const [name, value] of fields) {
    if (value !== undefined) parts.push(`${name}=${value === '' || /[\s{}]/.test(value) ? `"${value}"` : value}`);
  }
  return parts.length ? ` {${parts.join(' ')}}` : '';
}

/** A code span holding `text` exactly: fenced with more backticks than it holds, padded where needed. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Lines after the first, indented to stay inside a list item (or a quote, with `prefix` "  > "). */
const indented = (text: string, prefix = '  '): string =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? line : line.trim() === '' ? prefix.trimEnd() : `${prefix}${line}`))
    .join('\n');

/** A `>` quote indented under a list item. */
const quote = (text: string): string => `  > ${indented(text, '  > ')}`;

const keywordLine = (keywords: string[] | undefined): string[] => (keywords ? [`  Keywords: ${keywords.map(code).join(', ')}`] : []);

function question(q: Question): string[] {
  const out = [`### ${oneLine(q.prompt)}${attributes(q.id, [['difficulty', q.difficulty]])}`, ''];
  if (q.check) {
    if (q.check.prompt) out.push(q.check.prompt, '');
    for (const choice of q.check.choices) {
      out.push(`- [${choice.correct ? 'x' : ' '}] ${indented(choice.text)}`);
      if (choice.feedback) out.push(quote(choice.feedback));
    }
    out.push('');
    if (q.check.explanation) out.push(q.check.explanation, '');
  }
  const section = (title: string, lines: string[]): void => void out.push(`#### ${title}`, '', ...lines, '');
  if (q.variants?.length)
    section(
      'Also asked as',
      q.variants.map((v) => `- ${indented(v)}`),
    );
  if (q.why) section('Why interviewers ask', [q.why]);
  if (q.answer) section('Answer', [q.answer]);
  if (q.keyPoints?.length)
    section(
      'Key points',
      q.keyPoints.flatMap((k) => [`- ${indented(k.point)}`, ...keywordLine(k.keywords)]),
    );
  if (q.misconceptions?.length) {
    section(
      'Misconceptions',
      q.misconceptions.flatMap((m) => [
        `- ${indented(m.claim)}`,
        ...keywordLine(m.keywords),
        ...(m.point !== undefined ? [`  Key point: ${m.point + 1}`] : []),
        quote(m.feedback),
      ]),
    );
  }
  return out;
}

function topic(t: Topic, questions: Question[]): string[] {
  const out = [`## ${oneLine(t.title)}${attributes(t.id, [])}`, ''];
  if (t.description) out.push(t.description, '');
  return [...out, ...questions.flatMap(question)];
}

/**
 * The bank as Markdown: `#` title, a `##` per topic, a `###` per question with its choices and
 * its `####` sections. Ids are always written (`{#id}`), so that editing a prompt keeps its
 * learners' progress. Text is written as it is: it already is Markdown.
 */
export function bankToMarkdown(bank: Bank): string {
  const head = `# ${oneLine(bank.title)}${attributes(bank.id, [
    ['language', bank.language],
    ['version', bank.version],
    ['$schema', bank.$schema],
  ])}`;
  const body = bank.topics.flatMap((t) =>
    topic(
      t,
      bank.questions.filter((q) => q.topic === t.id),
    ),
  );
  return `${[head, '', ...body].join('\n').trimEnd()}\n`;
}
