#!/usr/bin/env node
// The `quizkit` command line: validate banks (JSON, GIFT, Markdown) and convert between them, in plain Node.

import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs, TextDecoder } from 'node:util';
import { bankToMarkdown, convertBank, validateBank } from '../dist/data.js';
import { scormPackage } from './scorm-package.js';

const { version } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const HELP = {
  main: `Usage: quizkit <command> [options]

Check and convert quizkit question banks.

Commands:
  validate <file...>       Report every problem of bank files (JSON, GIFT, Markdown)
  convert <file> -o <out>  Convert a bank: GIFT or Markdown to JSON, JSON to Markdown
  scorm <file> -o <out>    Package a bank as a SCORM course for any LMS

Options:
  -h, --help     Show this help, or a command's help: quizkit <command> --help
  -v, --version  Show the version

Exit status: 0 when all is well, 1 when a bank has an error, 2 on a usage mistake.
`,
  validate: `Usage: quizkit validate [options] <file...>

Checks bank files and prints one line per problem: FILE: where: message, where is a JSON path
(JSON banks) or a line (GIFT, Markdown: "line 14" or "line 14, column 3"). Warnings (a field
quizkit does not know, a GIFT question type it cannot run) are marked "warning:" and do not fail
the check unless --strict is given.
The format comes from the extension: .json, .gift, .md or .markdown (or --format).

Options:
  --json             Print the problems as a JSON array of { file, path, message, severity }
  --strict           Count warnings as errors (exit 1)
  --format <format>  Read every file as json, gift or markdown, whatever its extension
  -h, --help         Show this help

Examples:
  quizkit validate banks/*.json
  quizkit validate --json moodle-export.gift
  quizkit validate docs/quizzes/*.md
`,
  convert: `Usage: quizkit convert [options] <file> -o <out.json|out.md>

Converts a bank between formats: GIFT (.gift) or Markdown (.md) to bank JSON, and bank JSON
(or GIFT) to Markdown, for editing; converting that Markdown back gives the same bank. Problems
are printed as by "quizkit validate"; a bank with an error is not written. The output format
comes from the extension of -o; without -o the bank goes to standard output as JSON (or --to).
Writing Markdown, it warns of anything the Markdown cannot hold exactly.

Options:
  -o, --output <file>  Where to write the bank (.json or .md)
  --to <format>        Write json or markdown, whatever the extension of -o
  --title <title>      The bank's title when the input has none (GIFT; Markdown without "# ")
                       (default: the file name)
  --format <format>    Read the input as json, gift or markdown, whatever its extension
  -h, --help           Show this help

Examples:
  quizkit convert moodle-export.gift -o bank.json
  quizkit convert quiz.md -o bank.json
  quizkit convert bank.json -o bank.md
`,
  scorm: `Usage: quizkit scorm [options] <bank> -o <out.zip>

Packages a bank (JSON or GIFT) as a SCORM course: imsmanifest.xml, a launch page whose
<quiz-runner report="scorm"> reports score, pass or fail and every answer to the LMS, the
quizkit kit and the bank. Upload the zip to Moodle, Canvas, Blackboard or any SCORM LMS.
The package loads nothing from the network.

Options:
  -o, --output <file>  Where to write the zip (required)
  --scorm <version>    1.2 (default, the most widely supported) or 2004 (4th Edition)
  --mode <mode>        quiz (default), practice or interview
  --count <n>          Questions per run (default 10; 0 for all)
  --pass <percent>     Pass mark (default 70)
  --title <title>      The course title (default: the bank's title)
  -h, --help           Show this help

Example:
  quizkit scorm bank.json -o ml-quiz.zip --scorm 2004 --count 20 --pass 80
`,
};

class UsageError extends Error {}

const FORMATS = ['json', 'gift', 'markdown'];
const EXTENSIONS = { '.json': 'json', '.gift': 'gift', '.md': 'markdown', '.markdown': 'markdown' };

function formatOf(file, given) {
  const format = given ?? EXTENSIONS[path.extname(file).toLowerCase()];
  if (format && FORMATS.includes(format)) return format;
  if (given) throw new UsageError(`"${given}" is not a format quizkit reads (it reads: ${FORMATS.join(', ')})`);
  return undefined;
}

/** A JSON.parse message names a character position; authors want a line and column. */
function jsonProblem(text, error) {
  const position = Number(/position (\d+)/.exec(error.message)?.[1]);
  if (!Number.isFinite(position)) return { path: 'line 1', message: `not valid JSON: ${error.message}`, severity: 'error' };
  const before = text.slice(0, position).split('\n');
  const where = `line ${before.length}, column ${before.at(-1).length + 1}`;
  return { path: where, message: `not valid JSON: ${error.message.replace(/ in JSON at position \d+.*$/, '')}`, severity: 'error' };
}

/** Reads and checks one file; returns its problems and, when it has no error, the bank. */
async function check(file, options) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { problems: [{ path: 'file', message: `cannot read it (${e.code ?? e.message})`, severity: 'error' }] };
  }
  // As a browser reads a fetched bank: UTF-8, without its byte order mark. A file in another
  // encoding (Windows-1252, say) is refused rather than shown with replacement characters.
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [{ path: 'file', message: 'is not UTF-8 text: save it as UTF-8 and try again', severity: 'error' }] };
  }
  const format = formatOf(file, options.format);
  if (!format) {
    return {
      problems: [{ path: 'file', message: 'cannot tell its format: name it .json, .gift or .md, or pass --format', severity: 'error' }],
    };
  }
  if (format === 'json') {
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { problems: [jsonProblem(text, e)] };
    }
    const problems = validateBank(data);
    return { problems, bank: problems.some((p) => p.severity === 'error') ? undefined : data };
  }
  return convertBank(text, format, { title: options.title ?? path.basename(file, path.extname(file)) });
}

const line = (file, p) => `${file}: ${p.path}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;

const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(files, problems) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `quizkit: ${count(files, 'file')} checked, ${count(errors, 'error')}, ${count(problems.length - errors, 'warning')}`;
}

async function validate(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return void process.stdout.write(HELP.validate);
  if (positionals.length === 0) throw new UsageError('validate needs at least one file');
  if (values.format) formatOf('', values.format); // a wrong --format is a usage mistake, before any file
  const all = [];
  for (const file of positionals) {
    const { problems } = await check(file, values);
    all.push(...problems.map((p) => ({ file, ...p })));
  }
  if (values.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  else for (const p of all) process.stdout.write(`${line(p.file, p)}\n`);
  if (!values.json) process.stderr.write(`${summary(positionals.length, all)}\n`);
  return all.some((p) => p.severity === 'error' || values.strict) ? 1 : 0;
}

/** The paths where two banks differ (at most `max`): what a Markdown file could not hold exactly. */
function differences(a, b, where = '', found = [], max = 10) {
  if (found.length >= max || isDeepStrictEqual(a, b)) return found;
  const isObject = (v) => typeof v === 'object' && v !== null;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return [...found, where || '(root)'];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const step = Array.isArray(a) ? `${where}[${key}]` : where ? `${where}.${key}` : key;
    found = differences(a[key], b[key], step, found, max);
  }
  return found;
}

/** The bank as Markdown, with a warning for each field that would not come back the same. */
async function toMarkdown(bank) {
  const markdown = bankToMarkdown(bank);
  const back = await convertBank(markdown, 'markdown', { title: bank.title });
  // A choice without "correct" is a wrong one: Markdown writes it "- [ ]", which reads back as false.
  const expected = structuredClone(bank);
  for (const q of expected.questions) for (const c of q.check?.choices ?? []) c.correct ??= false;
  if (!back.bank) {
    // A bank this writer cannot express is a bug worth a report, not a file that will not load.
    const [first] = back.problems.filter((p) => p.severity === 'error');
    return {
      problems: [
        {
          path: '(root)',
          message: `the Markdown written for this bank would not convert back (${first.path}: ${first.message})`,
          severity: 'error',
        },
      ],
    };
  }
  const problems = differences(expected, back.bank).map((where) => ({
    path: where,
    message: 'the Markdown does not hold this exactly; converting it back gives another value',
    severity: 'warning',
  }));
  return { text: markdown, problems };
}

async function convert(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      to: { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void process.stdout.write(HELP.convert);
  if (positionals.length !== 1) throw new UsageError('convert takes one input file');
  const [file] = positionals;
  const to = values.to ?? (values.output ? formatOf(values.output) : 'json');
  if (to !== 'json' && to !== 'markdown') {
    throw new UsageError(
      values.to ? `convert writes json or markdown, not "${values.to}"` : `the output must be a .json or .md file (${values.output})`,
    );
  }
  const format = formatOf(file, values.format);
  if (!format) throw new UsageError(`cannot tell the format of ${file}: name it .json, .gift or .md, or pass --format`);
  const { bank, problems } = await check(file, { ...values, format });
  const written = bank && (to === 'markdown' ? await toMarkdown(bank) : { text: `${JSON.stringify(bank, null, 2)}\n`, problems: [] });
  for (const p of [...problems, ...(written?.problems ?? [])]) process.stderr.write(`${line(file, p)}\n`);
  if (!written?.text) return 1;
  if (!values.output) return void process.stdout.write(written.text);
  fs.writeFileSync(values.output, written.text);
  process.stderr.write(
    `quizkit: wrote ${values.output} (${count(bank.questions.length, 'question')} in ${count(bank.topics.length, 'topic')})\n`,
  );
  return 0;
}

async function scorm(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      scorm: { type: 'string' },
      mode: { type: 'string' },
      count: { type: 'string' },
      pass: { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void process.stdout.write(HELP.scorm);
  if (positionals.length !== 1) throw new UsageError('scorm takes one bank file');
  if (!values.output || path.extname(values.output).toLowerCase() !== '.zip') throw new UsageError('scorm needs -o <out.zip>');
  const version = values.scorm ?? '1.2';
  if (!['1.2', '2004'].includes(version)) throw new UsageError(`--scorm is 1.2 or 2004, not "${version}"`);
  if (values.mode && !['quiz', 'practice', 'interview'].includes(values.mode))
    throw new UsageError(`--mode is quiz, practice or interview, not "${values.mode}"`);
  const number = (name, min, max) => {
    if (values[name] === undefined) return undefined;
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new UsageError(`--${name} is a whole number from ${min} to ${max}, not "${values[name]}"`);
    return n;
  };
  const count = number('count', 0, 100000);
  const pass = number('pass', 0, 100) ?? 70;
  const [file] = positionals;
  const { bank, problems } = await check(file, values);
  for (const p of problems) process.stderr.write(`${line(file, p)}\n`);
  if (!bank) return 1;
  const zip = scormPackage(bank, { version, mode: values.mode, count, pass, title: values.title });
  fs.writeFileSync(values.output, zip);
  process.stderr.write(
    `quizkit: wrote ${values.output} (SCORM ${version === '2004' ? '2004 4th Edition' : '1.2'}, ${bank.questions.length} questions, ${(zip.length / 1024).toFixed(0)} KB)\n`,
  );
  return 0;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === 'validate') return validate(rest);
  if (command === 'convert') return convert(rest);
  if (command === 'scorm') return scorm(rest);
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(HELP.main);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') return void process.stdout.write(`${version}\n`);
  throw new UsageError(`"${command}" is not a quizkit command`);
}

// `quizkit convert bank.json --to markdown | head` closes the pipe early: that is no error.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
});

try {
  process.exitCode = (await main(process.argv.slice(2))) ?? 0;
} catch (e) {
  // parseArgs throws TypeErrors with a code for unknown or malformed options: usage mistakes too.
  if (!(e instanceof UsageError) && !String(e.code).startsWith('ERR_PARSE_ARGS')) throw e;
  const [command] = process.argv.slice(2);
  const more = HELP[command] ? `quizkit ${command} --help` : 'quizkit --help';
  process.stderr.write(`quizkit: ${e.message}\nRun "${more}" for usage.\n`);
  process.exitCode = 2;
}
