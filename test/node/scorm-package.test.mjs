// `quizkit scorm`: the package's manifest is valid against the SCORM 1.2 and 2004 4th Edition
// schemas (libxml2's validator, as xmllint-wasm), and the package holds everything it launches.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';

const CLI = fileURLToPath(import.meta.resolve('../../bin/quizkit.js'));
const SAMPLE = fileURLToPath(import.meta.resolve('../fixtures/sample-bank.json'));
const GIFT = fileURLToPath(import.meta.resolve('../fixtures/sample.gift'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizkit-scorm-'));

function build(bank, ...args) {
  const out = path.join(dir, `${path.basename(bank)}-${args.join('_') || 'default'}.zip`);
  execFileSync('node', [CLI, 'scorm', bank, '-o', out, ...args], { stdio: 'pipe' });
  return unzipSync(new Uint8Array(fs.readFileSync(out)));
}

/** Validates `xml` against every schema in `files` (the package's own copies): one wrapper imports them all. */
async function validate(xml, files, namespaces) {
  const wrapper = `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${Object.entries(namespaces)
    .map(([ns, loc]) => `<xs:import namespace="${ns}" schemaLocation="${loc}"/>`)
    .join('')}</xs:schema>`;
  const preload = Object.entries(files)
    .filter(([name]) => name.endsWith('.xsd'))
    .map(([fileName, bytes]) => ({ fileName, contents: strFromU8(bytes) }));
  return validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'wrapper.xsd', contents: wrapper }],
    preload,
  });
}

test('a SCORM 1.2 package (the default) has a schema-valid manifest listing every file it ships', async () => {
  const files = build(SAMPLE);
  const manifest = strFromU8(files['imsmanifest.xml']);
  assert.match(manifest, /<schemaversion>1\.2<\/schemaversion>/);
  assert.match(manifest, /adlcp:scormtype="sco" href="index.html"/);
  assert.match(manifest, /<adlcp:masteryscore>70<\/adlcp:masteryscore>/);
  const result = await validate(manifest, files, {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
  });
  assert.equal(result.valid, true, result.rawOutput);
  for (const [, href] of manifest.matchAll(/<file href="([^"]+)"/g)) assert.ok(files[href], `${href} is listed but not in the zip`);
  assert.ok(files['quizkit/quizkit.js'] && files['quizkit/scorm.js']);
  assert.equal(files['quizkit/ml-interview-bank.js'], undefined, 'the bundled bank is not needed');
});

test('a SCORM 2004 4th Edition package has a schema-valid manifest', async () => {
  const files = build(SAMPLE, '--scorm', '2004', '--title', 'ML <basics> & more');
  const manifest = strFromU8(files['imsmanifest.xml']);
  assert.match(manifest, /<schemaversion>2004 4th Edition<\/schemaversion>/);
  assert.match(manifest, /<title>ML &lt;basics&gt; &amp; more<\/title>/);
  const result = await validate(manifest, files, {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  });
  assert.equal(result.valid, true, result.rawOutput);
});

test('the schema check fails a manifest that breaks the schema (the test can fail)', async () => {
  const files = build(SAMPLE);
  const broken = strFromU8(files['imsmanifest.xml']).replace(
    '<organizations default="organization">',
    '<organizations default="organization"><bogus/>',
  );
  const result = await validate(broken, files, {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
  });
  assert.equal(result.valid, false);
});

test('the launch page runs the packaged kit and bank with the options, and loads nothing from the network', () => {
  const files = build(GIFT, '--mode', 'practice', '--count', '5', '--pass', '80');
  const page = strFromU8(files['index.html']);
  assert.match(page, /<script type="module" src="quizkit\/quizkit.js"><\/script>/);
  assert.match(page, /<quiz-runner report="scorm" src="bank.json" mode="practice" count="5" pass="80"><\/quiz-runner>/);
  assert.equal(JSON.parse(strFromU8(files['bank.json'])).questions.length > 0, true);
  for (const [name, bytes] of Object.entries(files)) {
    if (!/\.(html|js)$/.test(name)) continue;
    // No script, style or import from another origin (URLs in comments and strings of the kit are text).
    assert.doesNotMatch(strFromU8(bytes), /(src|href)="https?:|import\s*\(?\s*["']https?:/, `${name} loads from the network`);
  }
});

test('usage mistakes exit 2 with a message', () => {
  for (const args of [
    ['scorm', SAMPLE],
    ['scorm', SAMPLE, '-o', 'x.zip', '--scorm', '3'],
    ['scorm', SAMPLE, '-o', 'x.zip', '--pass', '120'],
    ['scorm', SAMPLE, '-o', 'x.zip', '--mode', 'exam'],
  ]) {
    const r = spawnSync('node', [CLI, ...args], { encoding: 'utf8' });
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /quizkit: .*\nRun "quizkit scorm --help"/);
  }
});
