// The `quizkit` command line, run as a child process in plain Node: output lines, exit codes,
// --json and --help, as an author's CI would see them.

import assert from 'node:assert/strict';
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

  it('reports a missing file, a file of unknown format and a Markdown bank as errors', () => {
    const markdown = path.join(tmp, 'bank.md');
    fs.writeFileSync(markdown, '# A bank\n');
    const { status, lines } = quizkit('validate', 'missing.json', 'ml-interview-seed.txt', markdown);
    assert.equal(status, 1);
    assert.deepEqual(lines, [
      'missing.json: file: cannot read it (ENOENT)',
      'ml-interview-seed.txt: file: cannot tell its format: name it .json or .gift, or pass --format',
      `${markdown}: file: Markdown banks are not supported by this version of quizkit yet`,
    ]);
  });

  it('exits 2 with a hint on a usage mistake', () => {
    for (const args of [['validate'], ['validate', '--bogus', 'a.json'], ['frobnicate'], ['validate', '--format', 'docx', 'a.x']]) {
      const { status, stderr } = quizkit(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^quizkit: .+\nRun "quizkit (validate )?--help" for usage\.\n$/, args.join(' '));
    }
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

  it('refuses an output that is not .json and an input that is not GIFT', () => {
    assert.equal(quizkit('convert', 'sample.gift', '-o', 'out.md').status, 2);
    assert.equal(quizkit('convert', 'sample-bank.json', '-o', path.join(tmp, 'x.json')).status, 2);
  });
});

describe('quizkit --help', () => {
  it('describes the commands, and each command its options', () => {
    const main = quizkit('--help');
    assert.equal(main.status, 0);
    assert.match(main.stdout, /^Usage: quizkit <command> \[options\]/);
    assert.match(main.stdout, /validate <file\.\.\.>/);
    assert.match(main.stdout, /convert <file> -o <out>/);
    for (const [command, option] of [
      ['validate', '--json'],
      ['convert', '-o, --output <file>'],
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
