// Markdown banks to quizkit banks, through micromark (mdast-util-from-markdown with GFM task list
// items). Bank text keeps its Markdown source, sliced by the parser's positions, for the kit's own
// safe renderer. Loaded lazily by convert.ts; the format is described in src/data/README.md.

import type { Blockquote, Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { toString } from 'mdast-util-to-string';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Bank, BankProblem, Check, Choice, Difficulty, KeyPoint, Misconception, Question, Topic } from '../types.js';
import { validateBank } from '../validate.js';
import type { ConvertResult } from './convert.js';
import { slug } from './slug.js';

/** The topic of questions that come before any `##` heading. */
const DEFAULT_TOPIC: Topic = { id: 'general', title: 'General' };

/** The `####` sections of a question, by the lower-case names an author may give them. */
const SECTIONS = {
  answer: ['answer', 'model answer'],
  why: ['why interviewers ask', 'why interviewers ask this', 'why', 'why it is asked'],
  keyPoints: ['key points'],
  variants: ['also asked as', 'variants'],
  misconceptions: ['misconceptions', 'common misconceptions'],
  explanation: ['explanation'],
} as const;
type Section = keyof typeof SECTIONS;

/** What `{…}` after a heading may set, per heading depth, besides `#id`: the bank field of the same name. */
const ATTRIBUTES: Record<number, readonly string[]> = { 1: ['language', 'version', '$schema'], 2: [], 3: ['difficulty'] };

const DIFFICULTIES: readonly string[] = ['easy', 'medium', 'hard'];

interface Where {
  line: number;
  column: number;
}

/** A heading and the blocks under it, up to the next heading of its depth or less. */
interface Part {
  heading: Heading;
  blocks: RootContent[];
}

interface QuestionPart extends Part {
  sections: Part[];
}

interface TopicPart {
  heading?: Heading;
  blocks: RootContent[];
  questions: QuestionPart[];
}

/** A heading's text (Markdown source), its plain text and what its `{…}` set. */
interface HeadingParts {
  source: string;
  plain: string;
  id?: string;
  attributes: Map<string, string>;
}

/**
 * Inline bank scripts are indented with the page's HTML; Markdown would read four spaces as code.
 * Removes the white space every non-blank line starts with, and says how wide it was.
 */
function dedent(text: string): { text: string; indent: number } {
  const lines = text.split('\n');
  let common: string | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const lead = line.slice(0, line.length - line.trimStart().length);
    if (common === undefined) common = lead;
    let n = 0;
    while (n < common.length && n < lead.length && common[n] === lead[n]) n++;
    common = common.slice(0, n);
  }
  if (!common) return { text, indent: 0 };
  const width = common.length;
  return { text: lines.map((l) => (l.trim() === '' ? '' : l.slice(width))).join('\n'), indent: width };
}

/** Attributes in `{#id key=value key="a value"}`, or a message saying what is wrong with them. */
function readAttributes(inside: string): { id?: string; attributes: Map<string, string> } | string {
  const attributes = new Map<string, string>();
  let id: string | undefined;
  let i = 0;
  while (i < inside.length) {
    if (inside[i] === ' ' || inside[i] === '\t') {
      i++;
      continue;
    }
    let start = i;
    while (i < inside.length && inside[i] !== ' ' && inside[i] !== '\t' && inside[i] !== '=') i++;
    const name = inside.slice(start, i);
    if (name.startsWith('#')) {
      if (inside[i] === '=') return `"${name}=" is not an id: write {#id}`;
      id = name.slice(1);
      continue;
    }
    if (inside[i] !== '=' || name === '') return `"${name || inside.slice(i)}" is not an attribute: write {#id} or {#id name=value}`;
    i++;
    let value: string;
    if (inside[i] === '"') {
      const close = inside.indexOf('"', i + 1);
      if (close < 0) return `the value of "${name}" has no closing quote`;
      value = inside.slice(i + 1, close);
      i = close + 1;
    } else {
      start = i;
      while (i < inside.length && inside[i] !== ' ' && inside[i] !== '\t') i++;
      value = inside.slice(start, i);
    }
    attributes.set(name, value);
  }
  return { ...(id !== undefined ? { id } : {}), attributes };
}

export function markdownToBank(input: string, title = 'Questions'): ConvertResult {
  // A byte order mark (Windows editors save one) marks the encoding, not text: micromark drops it,
  // so the offsets it gives are only right in the text without it.
  const { text, indent } = dedent(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const problems: BankProblem[] = [];
  /** Where each bank path was written, so that the validator's problems can name a line too. */
  const places = new Map<string, Where>();

  // Continuation lines inside a list item or a quote start with the container's prefix
  // (indentation, `>`), which micromark reads as tokens of their own: they are kept here, by
  // offset, so that text inside containers can be sliced without them.
  const prefixes = new Map<number, { end: number; column: number }>();
  const keepPrefix = function (this: unknown, token: { start: { offset: number; column: number }; end: { offset: number } }): undefined {
    prefixes.set(token.start.offset, { end: token.end.offset, column: token.start.column });
  };
  let root: Root;
  try {
    root = fromMarkdown(text, {
      // Character references (`&amp;`) stay text: bank text keeps its source, and the kit's
      // renderer shows it as written (the CDN build leaves micromark's entity table out, too).
      extensions: [gfmTaskListItem(), { disable: { null: ['characterReference'] } }],
      mdastExtensions: [gfmTaskListItemFromMarkdown(), { exit: { blockQuotePrefix: keepPrefix, listItemIndent: keepPrefix } }],
    });
  } catch (e) {
    // micromark reads any text; only a bug (or a stack overflow on absurd nesting) lands here.
    return { problems: [{ path: 'line 1', message: `could not read the Markdown: ${(e as Error).message}`, severity: 'error' }] };
  }

  // Columns count from the author's text, before dedent() took `indent` off every line.
  const where = (node: { position?: { start: Where } | undefined }): Where => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    return { line: start.line, column: start.column + indent };
  };
  const pathOf = (w: Where): string => (w.column > 1 ? `line ${w.line}, column ${w.column}` : `line ${w.line}`);
  const report = (
    node: { position?: { start: Where } | undefined } | Where,
    message: string,
    severity: BankProblem['severity'] = 'error',
  ): void => {
    problems.push({ path: pathOf('line' in node ? node : where(node)), message, severity });
  };

  /**
   * The lines from offset `from` to `to`, each after the first without the prefixes of the
   * containers around it: those that start left of `column`, where the text itself starts.
   */
  function linesOf(from: number, to: number, column: number): { from: number; to: number }[] {
    const lines: { from: number; to: number }[] = [];
    for (let start = from; ;) {
      const next = text.indexOf('\n', start);
      const end = next < 0 || next >= to ? to : next;
      lines.push({ from: start, to: end });
      if (end >= to) return lines;
      start = end + 1;
      for (let prefix = prefixes.get(start); prefix && prefix.column < column; prefix = prefixes.get(start)) start = prefix.end;
    }
  }

  const slice = (from: number, to: number, column: number): string =>
    linesOf(from, to, column)
      .map((l) => text.slice(l.from, l.to))
      .join('\n')
      .trim();

  /** The Markdown source of consecutive blocks. */
  const sourceOf = (blocks: readonly RootContent[]): string => {
    const first = blocks[0]?.position;
    const last = blocks.at(-1)?.position;
    if (!first || !last) return '';
    return slice(first.start.offset!, last.end.offset!, first.start.column);
  };

  function headingParts(heading: Heading): HeadingParts {
    const parts: HeadingParts = { source: '', plain: toString(heading).trim(), attributes: new Map() };
    const first = heading.children[0]?.position;
    const last = heading.children.at(-1);
    if (!first || !last?.position) return parts;
    let end = last.position.end.offset!;
    // `{…}` at the end of the heading's last text (not inside code or a link) holds its attributes.
    if (last.type === 'text') {
      const raw = text.slice(last.position.start.offset, end).trimEnd();
      const open = raw.lastIndexOf('{');
      if (raw.endsWith('}') && open >= 0 && raw[open - 1] !== '\\') {
        const read = readAttributes(raw.slice(open + 1, -1));
        if (typeof read === 'string') {
          report(heading, read);
        } else {
          if (read.id !== undefined) parts.id = read.id;
          parts.attributes = read.attributes;
        }
        end = last.position.start.offset! + open;
        const braces = last.value.lastIndexOf('{');
        parts.plain = (toString(heading.children.slice(0, -1)) + (braces >= 0 ? last.value.slice(0, braces) : '')).trim();
      }
    }
    parts.source = text.slice(first.start.offset, end).trim();
    const known = ATTRIBUTES[heading.depth] ?? [];
    for (const name of parts.attributes.keys()) {
      if (!known.includes(name)) {
        report(
          heading,
          `"${name}" is not something a ${'#'.repeat(heading.depth)} heading sets${known.length ? ` (it sets: ${known.join(', ')})` : ''}`,
        );
      }
    }
    return parts;
  }

  // Sorts the document into the bank, its topics, their questions and their sections.
  let bankHeading: Heading | undefined;
  const intro: RootContent[] = [];
  const topicParts: TopicPart[] = [];
  let topic: TopicPart | undefined;
  let question: QuestionPart | undefined;
  let section: Part | undefined;
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth <= 4) {
      if (node.depth === 1) {
        if (bankHeading) report(node, 'a bank has one `#` title; this is a second one (topics are `##` headings, questions `###`)');
        else if (topicParts.length)
          report(node, 'the bank title (`#`) comes before its topics and questions (topics are `##` headings, questions `###`)');
        else bankHeading = node;
        continue;
      }
      section = undefined;
      if (node.depth === 2) {
        question = undefined;
        topicParts.push((topic = { heading: node, blocks: [], questions: [] }));
      } else if (node.depth === 3) {
        if (!topic) topicParts.push((topic = { blocks: [], questions: [] }));
        topic.questions.push((question = { heading: node, blocks: [], sections: [] }));
      } else if (question) {
        question.sections.push((section = { heading: node, blocks: [] }));
      } else {
        report(node, 'a `####` section belongs to a question: put a `###` heading with the question before it');
      }
      continue;
    }
    // `---` between questions and HTML comments only separate; neither is part of a text.
    if (node.type === 'thematicBreak' || (node.type === 'html' && node.value.startsWith('<!--'))) continue;
    (section ?? question ?? topic ?? { blocks: intro }).blocks.push(node);
  }
  const stray = intro[0];
  if (stray) report(stray, 'text before the first topic (`##`) or question (`###`) belongs to nothing and is ignored', 'warning');

  const bankTitle = bankHeading ? headingParts(bankHeading) : undefined;
  if (bankHeading) places.set('', where(bankHeading));
  // In the order of the JSON format, so that a converted bank reads like a written one.
  const bank: Bank = {
    ...(bankTitle?.attributes.has('$schema') ? { $schema: bankTitle.attributes.get('$schema') } : {}),
    ...(bankTitle?.id !== undefined ? { id: bankTitle.id } : {}),
    title: bankTitle?.source || title,
    ...(bankTitle?.attributes.has('version') ? { version: bankTitle.attributes.get('version') } : {}),
    ...(bankTitle?.attributes.has('language') ? { language: bankTitle.attributes.get('language') } : {}),
    topics: [],
    questions: [],
  };

  const topicIds = new Map<string, Where>();
  const questionIds = new Map<string, Where>();
  /** An id from `{#id}`, else the slug of the heading, made unique with `-2`, `-3`… */
  const idFor = (parts: HeadingParts, heading: Heading, taken: Map<string, Where>, kind: string): string => {
    const at = where(heading);
    if (parts.id !== undefined) {
      const earlier = taken.get(parts.id);
      if (earlier) report(heading, `the ${kind} id "${parts.id}" is taken by the ${kind} on line ${earlier.line}`);
      taken.set(parts.id, at);
      return parts.id;
    }
    const base = slug(parts.plain) || kind;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    if (id !== base)
      report(
        heading,
        `the ${kind} id "${base}" is taken by the ${kind} on line ${taken.get(base)!.line}; this one is "${id}" (set one with {#id})`,
        'warning',
      );
    taken.set(id, at);
    return id;
  };

  for (const part of topicParts) {
    let current: Topic;
    if (part.heading) {
      const parts = headingParts(part.heading);
      if (!parts.source) report(part.heading, 'a topic (`##`) needs a title');
      current = { id: idFor(parts, part.heading, topicIds, 'topic'), title: parts.source };
      const description = sourceOf(part.blocks);
      if (description) current.description = description;
      places.set(`topics[${bank.topics.length}]`, where(part.heading));
    } else {
      // Only the first part can lack a heading: questions before any `##`.
      current = { ...DEFAULT_TOPIC };
      topicIds.set(current.id, where(part.questions[0]!.heading));
    }
    bank.topics.push(current);
    for (const q of part.questions) {
      const path = `questions[${bank.questions.length}]`;
      places.set(path, where(q.heading));
      const made = readQuestion(q, current.id, path);
      if (made) bank.questions.push(made);
    }
  }

  function readQuestion(part: QuestionPart, topicId: string, path: string): Question | undefined {
    const parts = headingParts(part.heading);
    if (!parts.source) {
      report(part.heading, 'a question (`###`) needs its prompt as the heading text');
      return undefined;
    }
    const question: Question = { id: idFor(parts, part.heading, questionIds, 'question'), topic: topicId, prompt: parts.source };
    const difficulty = parts.attributes.get('difficulty');
    if (difficulty !== undefined) {
      if (DIFFICULTIES.includes(difficulty)) question.difficulty = difficulty as Difficulty;
      else report(part.heading, `difficulty must be easy, medium or hard, not "${difficulty}"`);
    }
    const check = readCheck(part, `${path}.check`);
    const seen = new Set<Section>();
    for (const s of part.sections) {
      const name = toString(s.heading).trim().toLowerCase().replace(/[:.]$/, '');
      const kind = (Object.keys(SECTIONS) as Section[]).find((k) => (SECTIONS[k] as readonly string[]).includes(name));
      if (!kind) {
        report(
          s.heading,
          `"${toString(s.heading).trim()}" is not a section quizkit knows (it knows: Answer, Why interviewers ask, Key points, Also asked as, Misconceptions, Explanation)`,
        );
        continue;
      }
      if (seen.has(kind)) {
        report(s.heading, `the question has a second "${toString(s.heading).trim()}" section`);
        continue;
      }
      seen.add(kind);
      if (s.blocks.length === 0) {
        report(s.heading, 'the section is empty', 'warning');
        continue;
      }
      if (kind === 'answer' || kind === 'why') {
        question[kind] = sourceOf(s.blocks);
        continue;
      }
      // The check's explanation, as a section rather than as the paragraphs after the choices.
      if (kind === 'explanation') {
        if (!check)
          report(
            s.heading,
            'an explanation explains the choices (`- [x]`), and this question has none; a model answer goes under `#### Answer`',
          );
        else if (check.explanation) report(s.heading, 'the explanation is written twice: after the choices and under `#### Explanation`');
        else check.explanation = sourceOf(s.blocks);
        continue;
      }
      const list = onlyList(s);
      if (!list) continue;
      if (kind === 'variants') {
        question.variants = list.children.map((item) => itemText(item, 'a phrasing')).filter((v) => v !== undefined);
      } else if (kind === 'keyPoints') {
        question.keyPoints = list.children.map((item, i) => {
          places.set(`${path}.keyPoints[${i}]`, where(item));
          return readKeyPoint(item);
        });
      } else {
        question.misconceptions = list.children.map((item, i) => {
          places.set(`${path}.misconceptions[${i}]`, where(item));
          return readMisconception(item);
        });
      }
    }
    if (check) question.check = check;
    // Fields in the order of the JSON format, so that a converted bank reads like a written one.
    const order: (keyof Question)[] = [
      'id',
      'topic',
      'difficulty',
      'prompt',
      'variants',
      'why',
      'answer',
      'keyPoints',
      'misconceptions',
      'check',
    ];
    return Object.fromEntries(order.filter((k) => question[k] !== undefined).map((k) => [k, question[k]])) as unknown as Question;
  }

  /** A section that must hold one list (key points, phrasings, misconceptions). */
  function onlyList(s: Part): List | undefined {
    const list = s.blocks[0];
    if (list?.type !== 'list' || s.blocks.length > 1) {
      report(
        s.blocks.find((b) => b.type !== 'list') ?? s.blocks[1] ?? s.heading,
        `the "${toString(s.heading).trim()}" section holds one list, an item per entry`,
      );
      return undefined;
    }
    const task = list.children.find((item) => typeof item.checked === 'boolean');
    if (task) report(task, 'choices (`- [x]`, `- [ ]`) go right under the question heading, before its `####` sections');
    return list;
  }

  /** The one paragraph of a list item, as Markdown source. */
  function itemText(item: ListItem, what: string): string | undefined {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') {
      report(item, `an item needs ${what} as its text`);
      return undefined;
    }
    if (rest.length) report(rest[0]!, `an item holds ${what} on its own, as one paragraph`);
    return sourceOf([first]);
  }

  /**
   * An item's paragraph split into its text and its labelled lines (`Keywords: …`,
   * `Key point: 2`), which come last.
   */
  function labelled(paragraph: Paragraph): { text: string; labels: Map<string, { value: string; keywords?: string[] }> } {
    const start = paragraph.position!.start;
    const lines = linesOf(start.offset!, paragraph.position!.end.offset!, start.column);
    const labels = new Map<string, { value: string; keywords?: string[] }>();
    let body = lines.length;
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = text.slice(lines[i]!.from, lines[i]!.to).trim();
      const colon = line.indexOf(':');
      const label = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
      if (label !== 'keywords' && label !== 'key point') break;
      body = i;
      const value = line.slice(colon + 1).trim();
      const codes = paragraph.children.filter(
        (c) => c.type === 'inlineCode' && c.position!.start.offset! >= lines[i]!.from && c.position!.end.offset! <= lines[i]!.to,
      );
      const keywords = codes.length
        ? codes.map((c) => (c as { value: string }).value)
        : value
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean);
      labels.set(label, { value, keywords });
    }
    return { text: body > 0 ? slice(lines[0]!.from, lines[body - 1]!.to, start.column) : '', labels };
  }

  function readKeyPoint(item: ListItem): KeyPoint {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') {
      report(item, 'a key point needs its text');
      return { point: '' };
    }
    if (rest.length) report(rest[0]!, 'a key point is one paragraph: its text, then a line `Keywords: `…``');
    const { text: point, labels } = labelled(first);
    if (labels.has('key point')) report(item, '"Key point:" belongs to a misconception, not to a key point');
    const keywords = labels.get('keywords')?.keywords;
    return keywords ? { point, keywords } : { point };
  }

  function readMisconception(item: ListItem): Misconception {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') {
      report(item, 'a misconception needs its claim as its text');
      return { claim: '', feedback: '' };
    }
    const { text: claim, labels } = labelled(first);
    const keywords = labels.get('keywords')?.keywords;
    const quote = rest[0];
    if (quote?.type !== 'blockquote') report(quote ?? item, 'a misconception needs its feedback as a `>` quote under it');
    const feedback = quote?.type === 'blockquote' ? sourceOf(quote.children) : '';
    const misconception: Misconception = keywords ? { claim, keywords, feedback } : { claim, feedback };
    if (rest.length > 1) report(rest[1]!, 'a misconception holds its claim and one `>` quote with its feedback');
    const point = labels.get('key point');
    if (point) {
      const n = Number(point.value);
      if (Number.isInteger(n) && n >= 1) misconception.point = n - 1;
      else report(item, `"Key point:" takes the number of a key point (1 for the first), not "${point.value}"`);
    }
    return misconception;
  }

  /** The check: paragraphs before the choices (its prompt), the `- [x]` list and the explanation after it. */
  function readCheck(part: QuestionPart, path: string): Check | undefined {
    const index = part.blocks.findIndex((b) => b.type === 'list' && b.children.some((item) => typeof item.checked === 'boolean'));
    if (index < 0) {
      if (part.blocks.length) {
        report(
          part.blocks[0]!,
          'text right under a question goes with its choices (`- [x]`, `- [ ]`); put a model answer under `#### Answer`',
        );
      }
      return undefined;
    }
    const list = part.blocks[index] as List;
    places.set(path, where(list));
    // A `>` quote at the margin on the line right after a choice ends the list there: it is feedback
    // meant to be indented under that choice (after a blank line, a quote is the explanation).
    const quote = part.blocks[index + 1];
    if (quote?.type === 'blockquote' && quote.position!.start.line === list.position!.end.line + 1) {
      report(quote, "a choice's feedback (`>`) goes indented under the choice, by two spaces; at the margin it ends the list of choices");
      return undefined;
    }
    const second = part.blocks
      .slice(index + 1)
      .find((b) => b.type === 'list' && b.children.some((item) => typeof item.checked === 'boolean'));
    if (second) report(second, 'a question has one list of choices; this is a second one');
    const choices: Choice[] = [];
    list.children.forEach((item, i) => {
      places.set(`${path}.choices[${i}]`, where(item));
      if (typeof item.checked !== 'boolean') {
        report(item, 'each choice starts with `[x]` (right) or `[ ]` (wrong)');
        return;
      }
      const [first, ...rest] = item.children as (Paragraph | Blockquote | RootContent)[];
      // From the paragraph's first child: when the text starts with code, emphasis or a link, mdast
      // leaves the `[x]` marker inside the paragraph's position (it moves it past only a text).
      const start = first?.type === 'paragraph' ? first.children[0]?.position?.start.offset : undefined;
      const text = start === undefined ? '' : slice(start, first!.position!.end.offset!, first!.position!.start.column);
      const choice: Choice = { text, correct: item.checked };
      if (rest[0]?.type === 'blockquote') choice.feedback = sourceOf(rest[0].children);
      const extra = rest.find((b, n) => n > 0 || b.type !== 'blockquote');
      if (extra) report(extra, 'a choice holds its text and, indented under it, one `>` quote with its feedback');
      choices.push(choice);
    });
    if (choices.length < list.children.length) {
      // Items without a checkbox are reported; counting what is left would only add noise.
    } else if (!choices.some((c) => c.correct)) report(list, 'a choice list needs at least one `- [x]` (a right answer)');
    else if (choices.length < 2) report(list, 'a choice list needs at least two choices');
    const prompt = sourceOf(part.blocks.slice(0, index));
    const explanation = sourceOf(part.blocks.slice(index + 1));
    return { ...(prompt ? { prompt } : {}), choices, ...(explanation ? { explanation } : {}) };
  }

  if (bank.questions.length === 0 && !problems.some((p) => p.severity === 'error')) {
    report({ line: 1, column: 1 }, 'the text has no question: write each one under a `###` heading');
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };

  // The rules of the bank format the Markdown cannot break by its shape (visible text, unique
  // choices, reserved ids…), each moved to the line that wrote it.
  // A question's topic is the heading it stands under, so a problem with it is the topic id's own.
  for (const p of validateBank(bank).filter((p) => !/^questions\[\d+\]\.topic$/.test(p.path))) {
    const prefix = [...places.keys()]
      .filter((k) => k === '' || p.path === k || p.path.startsWith(`${k}.`) || p.path.startsWith(`${k}[`))
      .sort((a, b) => b.length - a.length)[0];
    const at = prefix === undefined ? { line: 1, column: 1 } : places.get(prefix)!;
    const rest = prefix ? p.path.slice(prefix.length).replace(/^\./, '') : p.path;
    problems.push({ path: pathOf(at), message: rest ? `${rest}: ${p.message}` : p.message, severity: p.severity });
  }
  return { bank, problems };
}
