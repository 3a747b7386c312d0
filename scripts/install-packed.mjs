// Installs the built package as npm would publish it (package.json `files` and `exports`) into
// DIR/node_modules/quizkit, so that checks import `quizkit` exactly as an app does. Its own
// dependencies (lit, @lit/react, react…) resolve from the root node_modules above DIR.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

export function installPacked(dir) {
  if (!fs.existsSync(path.join(root, 'dist/index.js')) || !fs.existsSync(path.join(root, 'dist/types/jsx.d.ts'))) {
    throw new Error('The package is not built: run `npm run build` first.');
  }
  const tmp = path.join(root, '.tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: root, encoding: 'utf8' }));
  const target = path.join(dir, 'node_modules/quizkit');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(tmp, path.basename(filename)), '-C', target, '--strip-components=1']);
  return target;
}
