// Test-only LMS file server: /test-scorm/<1.2|2004>/<file> serves the files of the package that
// `quizkit scorm` makes of the sample bank, unzipped, as an LMS serves an imported package.

import fs from 'node:fs';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import { unzipSync } from 'fflate';
import { scormPackage } from '../bin/scorm-package.js';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};
const packages = new Map();

export const scormPackageMiddleware = async (context, next) => {
  const match = /^\/test-scorm\/(1\.2|2004)\/(.+)$/.exec(context.path);
  if (!match) return next();
  const [, version, file] = match;
  if (!packages.has(version)) {
    const bank = JSON.parse(fs.readFileSync(path.resolve('test/fixtures/sample-bank.json'), 'utf8'));
    packages.set(version, unzipSync(scormPackage(bank, { version, count: 2, pass: 50 })));
  }
  const bytes = packages.get(version)[file];
  if (!bytes) return next();
  context.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  context.body = Buffer.from(bytes);
};
