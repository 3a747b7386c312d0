// Test-only faults: a test names the files that should fail, and how, in a "quizkit-fault" cookie.
//
// The cookie holds JSON `{ "<path>": "<fault>" }`, e.g. `{ "/src/core/grader.ts": "500" }`. A
// cookie belongs to the test's own page (each test file runs in a browser context of its own),
// so a fault never reaches the other test files running at the same time. Faults:
// - "500", "404": that status;
// - "garbage": 200 with a body that is not valid JavaScript or JSON (a parse error);
// - "stall": no answer at all (for STALL_MS, then 504, so that no request outlives the run);
// - "stall-body": the headers and half a body, then nothing (for STALL_MS).

import { PassThrough } from 'node:stream';
import { clearTimeout, setTimeout } from 'node:timers';

const STALL_MS = 60_000;
const COOKIE = /(?:^|;\s*)quizkit-fault=([^;]*)/;

function faultFor(context) {
  const match = COOKIE.exec(context.get('cookie') ?? '');
  if (!match) return undefined;
  try {
    return JSON.parse(decodeURIComponent(match[1]))[context.path];
  } catch {
    return undefined;
  }
}

export const faultMiddleware = async (context, next) => {
  const fault = faultFor(context);
  if (!fault) return next();
  // The test runner marks every file it serves cacheable for a year, after this middleware has
  // run: a fault would then stay in the browser's cache, and Retry could never succeed. Varying
  // on the cookie makes the cache fetch the file again once the test clears its faults.
  context.set('Cache-Control', 'no-store');
  context.set('Vary', 'Cookie');
  if (fault === '500' || fault === '404') {
    context.status = Number(fault);
    context.body = `test fault ${fault}`;
  } else if (fault === 'garbage') {
    context.type = context.path.endsWith('.json') ? 'application/json' : 'text/javascript';
    context.body = '{ this is not code';
  } else if (fault === 'stall') {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, STALL_MS);
      context.req.on('close', () => (clearTimeout(timer), resolve()));
    });
    context.status = 504;
  } else if (fault === 'stall-body') {
    const body = new PassThrough();
    body.write('{"title": "A bank that never ends", "topics": [');
    const timer = setTimeout(() => body.end(']}'), STALL_MS);
    context.req.on('close', () => (clearTimeout(timer), body.destroy()));
    context.type = context.path.endsWith('.json') ? 'application/json' : 'text/javascript';
    context.body = body;
  } else return next();
};
