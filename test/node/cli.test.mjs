// The `quizkit` command line, run as a child process in plain Node: output lines, exit codes,
// --json and --help, as an author's CI would see them.

import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseBank } from 'quizkit/data';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).bin.quizkit);
const fixtures = path.join(root, 'test/fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quizkit-cli-'));

/** Runs quizkit in the fixtures folder, so file names in the output are as typed. */
const quizkit = (...args) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: fixtures, encoding: 'utf8' });
  return { status, stdout, stderr, lines: stdout.split('\n').filter(Boolean) };
};

describe('quizkit validate', () => {
  it('prints nothing but a summary and exits 0 for a good bank', () => {
    const { status, lines, stderr } = quizkit('validate', 'sample-bank.json');
    assert.equal(status, 0);
    assert.deepEqual(lines, []);
    assert.equal(stderr, 'quizkit: 1 file checked, 0 errors, 0 warnings\n');
  });

  it('prints one line per problem, FILE: where: message, and exits 1 on an error', () => {
    const { status, lines } = quizkit('validate', 'invalid-bank.json', 'not-json.json', 'sample-bank.json');
    assert.equal(status, 1);
    assert.deepEqual(lines, [
      'invalid-bank.json: questions[0].topic: "nope" is not a topic of this bank',
      'not-json.json: line 1, column 24: not valid JSON: Expected double-quoted property name',
    ]);
  });

  it('marks warnings, which alone exit 0 (1 with --strict)', () => {
    const { status, lines } = quizkit('validate', 'newer-bank.json');
    assert.equal(status, 0);
    assert.equal(lines[0], 'newer-bank.json: license: warning: is not a field this version of quizkit knows; it is ignored');
    assert.equal(lines.length, 4);
    assert.equal(quizkit('validate', '--strict', 'newer-bank.json').status, 1);
  });

  it('checks GIFT files, naming the line of each problem', () => {
    const { status, lines } = quizkit('validate', 'sample.gift');
    assert.equal(status, 0);
    assert.deepEqual(lines, [
      'sample.gift: line 25: warning: "Depth" is a question with numerical answers, which quizkit cannot run; skipped',
      'sample.gift: line 27: warning: "Pairs" is a question with matching pairs, which quizkit cannot run; skipped',
      'sample.gift: line 32: warning: "Name it" is a question with short typed answers, which quizkit cannot run; skipped',
    ]);
    const broken = path.join(tmp, 'broken.gift');
    fs.writeFileSync(broken, '::Ok:: fine {=a ~b}\n\n::Broken:: oops {=a ~b\n');
    const result = quizkit('validate', broken);
    assert.equal(result.status, 1);
    assert.match(result.lines[0], new RegExp(`^${broken.replaceAll('\\', '\\\\')}: line 3: not valid GIFT: `));
  });

  it('prints the problems as JSON with --json', () => {
    const { status, stdout } = quizkit('validate', '--json', 'invalid-bank.json', 'sample-bank.json');
    assert.equal(status, 1);
    assert.deepEqual(JSON.parse(stdout), [
      { file: 'invalid-bank.json', path: 'questions[0].topic', message: '"nope" is not a topic of this bank', severity: 'error' },
    ]);
  });

  it('reports a missing file and a file of unknown format as errors', () => {
    const { status, lines } = quizkit('validate', 'missing.json', 'ml-interview-seed.txt');
    assert.equal(status, 1);
    assert.deepEqual(lines, [
      'missing.json: file: cannot read it (ENOENT)',
      'ml-interview-seed.txt: file: cannot tell its format: name it .json, .gift or .md, or pass --format',
    ]);
  });

  it('checks Markdown files, naming the line (and column) of each problem', () => {
    assert.deepEqual(quizkit('validate', 'sample.md'), {
      status: 0,
      stdout: '',
      stderr: 'quizkit: 1 file checked, 0 errors, 0 warnings\n',
      lines: [],
    });
    const { status, lines } = quizkit('validate', 'broken.md', 'sample.md');
    assert.equal(status, 1);
    assert.deepEqual(lines, ['broken.md: line 7: a choice list needs at least one `- [x]` (a right answer)']);
    const indented = path.join(tmp, 'indented.markdown');
    fs.writeFileSync(indented, '  ### Q?\n\n  - [x] a\n  - b\n');
    assert.deepEqual(quizkit('validate', '--json', indented).stdout && JSON.parse(quizkit('validate', '--json', indented).stdout), [
      { file: indented, path: 'line 4, column 3', message: 'each choice starts with `[x]` (right) or `[ ]` (wrong)', severity: 'error' },
    ]);
  });

  it('reads any file as Markdown with --format markdown', () => {
    const text = path.join(tmp, 'quiz.txt');
    fs.writeFileSync(text, '### Two plus two?\n\n- [x] 4\n- [ ] 5\n');
    assert.equal(quizkit('validate', text).status, 1);
    assert.equal(quizkit('validate', '--format', 'markdown', text).status, 0);
  });

  it('exits 2 with a hint on a usage mistake', () => {
    for (const args of [['validate'], ['validate', '--bogus', 'a.json'], ['frobnicate'], ['validate', '--format', 'docx', 'a.x']]) {
      const { status, stderr } = quizkit(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^quizkit: .+\nRun "quizkit (validate )?--help" for usage\.\n$/, args.join(' '));
    }
  });

  it('reads files as a browser reads a fetched bank: UTF-8, a byte order mark dropped', () => {
    // Windows editors save UTF-8 with a byte order mark: each format must read as without one.
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const files = ['sample-bank.json', 'sample.gift', 'sample.md'].map((name) => {
      const file = path.join(tmp, `bom-${name}`);
      fs.writeFileSync(file, Buffer.concat([bom, fs.readFileSync(path.join(fixtures, name))]));
      return file;
    });
    const { status, lines } = quizkit('validate', ...files);
    assert.equal(status, 0, lines.join('\n'));
    assert.deepEqual(
      lines,
      quizkit('validate', 'sample-bank.json', 'sample.gift', 'sample.md').lines.map((l) => l.replace(/^(sample)/, `${tmp}/bom-$1`)),
    );
    const out = path.join(tmp, 'bom-sample.json');
    assert.equal(quizkit('convert', files[2], '-o', out).status, 0);
    assert.deepEqual(JSON.parse(fs.readFileSync(out, 'utf8')), JSON.parse(quizkit('convert', 'sample.md').stdout));
  });

  it('refuses a file that is not UTF-8, rather than showing replacement characters', () => {
    const file = path.join(tmp, 'latin1.gift');
    fs.writeFileSync(file, Buffer.from('::Caf\xe9::What does a caf\xe9 serve?{=coffee ~nothing}\n', 'latin1'));
    assert.deepEqual(quizkit('validate', file), {
      status: 1,
      stdout: `${file}: file: is not UTF-8 text: save it as UTF-8 and try again\n`,
      stderr: 'quizkit: 1 file checked, 1 error, 0 warnings\n',
      lines: [`${file}: file: is not UTF-8 text: save it as UTF-8 and try again`],
    });
  });
});

describe('quizkit convert', () => {
  it('writes bank JSON that loads, and reports the skipped questions', () => {
    const out = path.join(tmp, 'sample.json');
    const { status, stderr } = quizkit('convert', 'sample.gift', '-o', out, '--title', 'Sample');
    assert.equal(status, 0);
    assert.match(stderr, /sample\.gift: line 25: warning: "Depth"/);
    assert.match(stderr, /quizkit: wrote .*sample\.json \(4 questions in 2 topics\)\n$/);
    const bank = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(bank.title, 'Sample');
    assert.equal(parseBank(bank, out).ok, true);
    assert.equal(quizkit('validate', out).status, 0);
  });

  it('writes to standard output without -o, titled after the file', () => {
    const { status, stdout } = quizkit('convert', 'sample.gift');
    assert.equal(status, 0);
    assert.equal(JSON.parse(stdout).title, 'sample');
  });

  it('writes nothing and exits 1 when the bank has an error', () => {
    const input = path.join(tmp, 'none.gift');
    const out = path.join(tmp, 'none.json');
    fs.writeFileSync(input, '::None:: pick one {~a ~b}\n');
    const { status, stderr } = quizkit('convert', input, '-o', out);
    assert.equal(status, 1);
    assert.match(stderr, /none\.gift: line 1: "None" has no right answer/);
    assert.equal(fs.existsSync(out), false);
  });

  it('converts a Markdown bank to bank JSON', () => {
    const { status, stdout } = quizkit('convert', 'sample.md');
    assert.equal(status, 0);
    const bank = JSON.parse(stdout);
    assert.equal(bank.title, 'Sample Markdown bank');
    assert.deepEqual(
      bank.questions.map((q) => q.id),
      ['precision-vs-recall', 'good-splits', 'explain-bagging'],
    );
  });

  it('converts the bundled bank to Markdown and back to an equal bank', () => {
    const bundled = path.join(root, 'src/data/banks/ml-interview.json');
    const markdown = path.join(tmp, 'ml-interview.md');
    const back = path.join(tmp, 'ml-interview.json');
    const there = quizkit('convert', bundled, '-o', markdown);
    assert.equal(there.status, 0);
    assert.equal(there.stderr, `quizkit: wrote ${markdown} (34 questions in 7 topics)\n`);
    assert.match(
      fs.readFileSync(markdown, 'utf8'),
      /^### What is the difference between precision and recall\? \{#precision-vs-recall difficulty=easy\}$/m,
    );
    assert.equal(quizkit('validate', markdown).status, 0);
    assert.equal(quizkit('convert', markdown, '-o', back).status, 0);
    assert.deepEqual(JSON.parse(fs.readFileSync(back, 'utf8')), JSON.parse(fs.readFileSync(bundled, 'utf8')));
  });

  it('writes Markdown to standard output with --to markdown, GIFT included', () => {
    const { status, stdout } = quizkit('convert', 'sample.gift', '--to', 'markdown');
    assert.equal(status, 0);
    assert.match(stdout, /^# sample\n\n## Model evaluation \{#ml-model-evaluation\}\n/);
    assert.match(stdout, /^- \[x\] Precision\n {2}> right, it divides by everything predicted positive$/m);
  });

  it('warns of what Markdown cannot hold exactly, and still writes it', () => {
    const input = path.join(tmp, 'odd.json');
    const out = path.join(tmp, 'odd.md');
    const bank = {
      title: 'Odd',
      topics: [{ id: 't', title: 'T' }],
      questions: [{ id: 'q', topic: 't', prompt: 'Two\nlines?', answer: 'A.', why: '   padded' }],
    };
    fs.writeFileSync(input, JSON.stringify(bank));
    const { status, stderr } = quizkit('convert', input, '-o', out);
    assert.equal(status, 0);
    assert.deepEqual(stderr.split('\n').filter(Boolean), [
      `${input}: questions[0].prompt: warning: the Markdown does not hold this exactly; converting it back gives another value`,
      `${input}: questions[0].why: warning: the Markdown does not hold this exactly; converting it back gives another value`,
      `quizkit: wrote ${out} (1 question in 1 topic)`,
    ]);
    assert.ok(fs.existsSync(out));
  });

  it('writes no Markdown that would not convert back, and exits 1', () => {
    const input = path.join(tmp, 'heading.json');
    const out = path.join(tmp, 'heading.md');
    const bank = {
      title: 'H',
      topics: [{ id: 't', title: 'T' }],
      questions: [{ id: 'q', topic: 't', prompt: 'Q?', check: { choices: [{ text: 'One\n\nTwo', correct: true }, { text: 'b' }] } }],
    };
    fs.writeFileSync(input, JSON.stringify(bank));
    const { status, stderr } = quizkit('convert', input, '-o', out);
    assert.equal(status, 1);
    assert.equal(
      stderr,
      `${input}: (root): the Markdown written for this bank would not convert back (line 9, column 3: a choice holds its text and, indented under it, one \`>\` quote with its feedback)\n`,
    );
    assert.equal(fs.existsSync(out), false);
  });

  it('refuses an output that is neither .json nor .md, and an input of unknown format', () => {
    assert.equal(quizkit('convert', 'sample.gift', '-o', 'out.txt').status, 2);
    assert.equal(quizkit('convert', 'sample.gift', '--to', 'docx').status, 2);
    assert.equal(quizkit('convert', 'ml-interview-seed.txt', '-o', path.join(tmp, 'x.json')).status, 2);
  });
});

describe('quizkit --help', () => {
  it('describes the commands, and each command its options', () => {
    const main = quizkit('--help');
    assert.equal(main.status, 0);
    assert.match(main.stdout, /^Usage: quizkit <command> \[options\]/);
    assert.match(main.stdout, /validate <file\.\.\.>/);
    assert.match(main.stdout, /convert <file> -o <out>/);
    assert.match(main.stdout, /\(JSON, GIFT, Markdown\)/);
    for (const [command, option] of [
      ['validate', '--json'],
      ['validate', 'json, gift or markdown'],
      ['convert', '-o, --output <file>'],
      ['convert', '--to <format>'],
    ]) {
      const { status, stdout } = quizkit(command, '--help');
      assert.equal(status, 0);
      assert.match(stdout, new RegExp(`^Usage: quizkit ${command} `));
      assert.ok(stdout.includes(option), `${command} --help lists ${option}`);
    }
    assert.equal(quizkit('-h').stdout, main.stdout);
  });

  it('prints the version of the package', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(quizkit('--version').stdout, `${version}\n`);
  });
});
