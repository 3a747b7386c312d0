// `npm run bench`: quizkit against its peers, quizdown and SurveyJS, in headless Chromium, then
// quizkit alone on 1,000- and 10,000-question banks. One local server gzips everything the same
// way (scripts/bench-server.mjs); bench/peers.mjs makes the pages and bench/probe.js measures
// in them. Every run gets a fresh browser context with the cache disabled; the tools take turns
// (the order rotates each round) and each is run RUNS times, unthrottled and throttled.
// Prints Markdown tables (median and range), what quizkit's bytes and time go to, and one
// summary line with the ratios against issue 11's goals. Exits non-zero only when a measurement
// fails (a page throws, a request fails or goes off this machine, a step times out): the goals
// are reported, not enforced. Options: --runs N (default 7), --only blog,quiz,banks.
// CHROME_PATH overrides /usr/bin/chromium.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startBenchServer } from './bench-server.mjs';
import { PEER_ASSETS, peerPages, QUIZ_SIZE, TOOLS } from '../bench/peers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROME = chromiumLaunchOptions.executablePath;

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('runs', 7)) || 7);
const CASES = new Set(option('only', 'blog,quiz,banks').split(','));
const BANK_SIZES = [1_000, 10_000];

// Throttling: 4× CPU and Chrome DevTools' "Slow 4G" network preset: 150 ms × 3.75 latency,
// 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up. Chromium applies the latency to every request.
const CPU_RATE = 4;
const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };
const PAGE_TIMEOUT_MS = 90_000;
const NAMES = { quizkit: 'quizkit', preloaded: 'quizkit, preloaded', quizdown: 'quizdown', surveyjs: 'SurveyJS' };

if (!fs.existsSync(path.join(ROOT, 'dist/cdn/quizkit.js'))) {
  console.error('dist/cdn/quizkit.js is missing: run "npm run build" first (or use "npm run bench").');
  process.exit(1);
}
for (const file of Object.values(PEER_ASSETS)) {
  if (!fs.existsSync(path.join(ROOT, file))) {
    console.error(`${file.slice(1)} is missing: run "npm ci" (quizdown, survey-core and survey-js-ui are devDependencies).`);
    process.exit(1);
  }
}
if (!fs.existsSync(CHROME)) {
  console.error(`Chromium not found at ${CHROME}: install it (apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

// ---- one run in a fresh context --------------------------------------------------------------

/** Follows a page's requests over CDP: bytes over the wire, timings, failures, requests off this machine. */
function trackNetwork(cdp, origin) {
  const requests = new Map();
  const pending = new Set();
  const problems = [];
  let changed = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    const url = e.request.url;
    if (url.startsWith('data:')) return;
    if (!url.startsWith(origin)) problems.push(`request off this machine: ${url}`);
    requests.set(e.requestId, { url: url.slice(origin.length), start: e.timestamp, end: undefined, bytes: 0 });
    pending.add(e.requestId);
    changed = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.status >= 400) problems.push(`the server answered ${e.response.status} for ${e.response.url}`);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
    pending.delete(e.requestId);
    changed = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r && !e.canceled) problems.push(`request failed: ${r.url} (${e.errorText})`);
    pending.delete(e.requestId);
    changed = Date.now();
  });
  return {
    problems,
    requests: () => [...requests.values()],
    bytes: () => [...requests.values()].reduce((sum, r) => sum + r.bytes, 0),
    reset() {
      requests.clear();
      pending.clear();
    },
    /** Resolves once no request has been in flight for `quietMs` (or after `maxMs`). */
    async idle(quietMs, maxMs) {
      const until = Date.now() + maxMs;
      while (Date.now() < until && (pending.size || Date.now() - changed < quietMs)) await new Promise((r) => setTimeout(r, 50));
    },
  };
}

async function withPage(browser, origin, run) {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ path: path.join(ROOT, 'bench/probe.js') });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const net = trackNetwork(cdp, origin);
    const errors = [];
    page.on('pageerror', (e) => errors.push(`the page threw: ${e.message}`));
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    // A same-origin page first: the renderer process exists and the emulation below applies to
    // it before the measured navigation starts.
    await page.goto(`${origin}/blank.html`);
    const result = await run({ page, cdp, net });
    const problems = [...errors, ...net.problems];
    if (problems.length) throw new Error([...new Set(problems)].join('\n  '));
    return result;
  } finally {
    await context.close();
  }
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return {
    script: m.ScriptDuration * 1000,
    style: m.RecalcStyleDuration * 1000,
    layout: m.LayoutDuration * 1000,
    task: m.TaskDuration * 1000,
  };
}

/** One page load of a peer case: first question, heap, "next" (quiz case), bytes once the network is idle. */
function measurePeer(browser, origin, kase, tool, throttled) {
  return withPage(browser, origin, async ({ page, cdp, net }) => {
    if (throttled) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    }
    net.reset();
    const before = await mainThread(cdp);
    await page.goto(`${origin}/peers/${kase}/${tool}.html`, { waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS });
    await page.waitForFunction(() => !!window.__probe, null, { polling: 20, timeout: PAGE_TIMEOUT_MS });
    const first = await page.evaluate(() => window.__probe.loaded);
    const startReady = await page.evaluate(() => window.__probe.startReady);
    const after = await mainThread(cdp);
    const thread = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
    const heap = throttled ? undefined : await heapUsed(cdp);
    const next = kase === 'quiz' ? await page.evaluate(() => window.__probe.next()) : undefined;
    // Bytes count what the page fetched by the time the network is quiet, "next" included (a
    // tool may fetch code after the first question). The same in both conditions, so counted
    // unthrottled only; a throttled run just waits for the requests already in flight.
    await net.idle(throttled ? 0 : 300, 30_000);
    return { first, startReady, thread, heap, next, bytes: throttled ? undefined : net.bytes(), requests: net.requests() };
  });
}

/** One page load of the bank case: bench/bench.html times the elements, then the heap is measured. */
function measureBank(browser, origin, questions) {
  return withPage(browser, origin, async ({ page, cdp }) => {
    await page.goto(`${origin}/bench/bench.html?questions=${questions}`);
    await page.waitForFunction(() => window.benchDone === true, null, { polling: 100, timeout: PAGE_TIMEOUT_MS });
    const { error, data } = await page.evaluate(() => ({ error: window.benchError, data: window.benchResults }));
    if (error) throw new Error(`the bank bench failed in the page: ${error}`);
    return { ...data, heap: await heapUsed(cdp) };
  });
}

// ---- statistics and formatting ---------------------------------------------------------------

function stats(xs) {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s.at(-1), n: s.length };
}
const ms = (n) => `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en')} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const range = (s, unit) => {
  if (!s) return '—';
  const num = (n) => unit(n).replace(/ [A-Za-z]+$/, '');
  return s.min === s.max ? unit(s.median) : `${unit(s.median)} (${num(s.min)}–${num(s.max)})`;
};
const ratio = (a, b) => a / b;
const times = (r) => `${r.toFixed(2)}×`;
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

// ---- the bench -------------------------------------------------------------------------------

const began = Date.now();
const { pages } = peerPages();
pages['/blank.html'] =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title></head><body></body></html>';
let server;
let browser;
let failed = false;
try {
  server = await startBenchServer({ root: ROOT, pages });
  server.warm([
    ...Object.keys(pages),
    ...fs
      .readdirSync(path.join(ROOT, 'dist/cdn'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `/dist/cdn/${f}`),
    ...Object.values(PEER_ASSETS),
    '/bench/bench.html',
    '/bench/bench.js',
  ]);
  browser = await chromium.launch(chromiumLaunchOptions);
  const origin = server.origin;
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu =
      fs
        .readFileSync('/proc/cpuinfo', 'utf8')
        .match(/^model name\s*:\s*(.+)$/m)?.[1]
        ?.trim() ?? cpu;
  } catch {
    // not Linux: os.cpus() names it
  }
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  console.log(
    `machine: nproc ${cores}, ${cpu}, Chromium ${browser.version()}, Node ${process.version}; load average ${os.loadavg()[0].toFixed(1)} at the start`,
  );
  if (os.loadavg()[0] > cores) console.log('  (other work is running: times and spreads will be inflated)');

  const peerCases = ['blog', 'quiz'].filter((c) => CASES.has(c));
  if (peerCases.length) {
    console.log(`\nquizkit against its peers: ${RUNS} runs each, tools alternating, a fresh browser context per run, cache disabled`);
    console.log(
      `throttled: ${CPU_RATE}× CPU and DevTools "Slow 4G" (562.5 ms latency per request, 1.44 Mbit/s down, 675 kbit/s up); server: gzip -9`,
    );
    console.log('times from navigation, median (min–max); heap, bytes and main-thread time from the unthrottled runs\n');
  }
  const results = {}; // results[kase][tool][throttled] = [run, …]
  for (const kase of peerCases) results[kase] = Object.fromEntries(TOOLS.map((tool) => [tool, { false: [], true: [] }]));
  // One warm-up load of each tool, not counted, so that the first measured run does not pay
  // for starting Chromium's processes.
  if (peerCases.length) for (const tool of TOOLS) await measurePeer(browser, origin, peerCases[0], tool, false);
  for (let round = 0; round < RUNS; round++) {
    const order = TOOLS.map((_, i) => TOOLS[(i + round) % TOOLS.length]);
    for (const kase of peerCases) {
      for (const throttled of [false, true]) {
        for (const tool of order) results[kase][tool][throttled].push(await measurePeer(browser, origin, kase, tool, throttled));
      }
    }
    if (peerCases.length) process.stderr.write(`  round ${round + 1} of ${RUNS} done (${((Date.now() - began) / 1000).toFixed(0)} s)\n`);
  }

  const summary = {};
  if (peerCases.length) {
    const rows = [];
    for (const kase of peerCases) {
      for (const tool of TOOLS) {
        const fast = results[kase][tool].false;
        const slow = results[kase][tool].true;
        const s = {
          first: stats(fast.map((r) => r.first)),
          firstSlow: stats(slow.map((r) => r.first)),
          next: stats(fast.map((r) => r.next)),
          nextSlow: stats(slow.map((r) => r.next)),
          heap: stats(fast.map((r) => r.heap)),
          bytes: stats(fast.map((r) => r.bytes)),
        };
        summary[`${kase}:${tool}`] = s;
        rows.push([
          kase === 'blog' ? 'blog post, 1 question' : `${QUIZ_SIZE}-question quiz`,
          NAMES[tool],
          range(s.first, ms),
          range(s.firstSlow, ms),
          range(s.next, ms),
          range(s.nextSlow, ms),
          range(s.heap, mb),
          range(s.bytes, kb),
        ]);
      }
    }
    console.log(
      table(
        ['page', 'tool', 'first question', 'first question, throttled', '"next"', '"next", throttled', 'JS heap', 'bytes over the wire'],
        rows,
      ),
    );

    // Where the time goes: main-thread work until the first question (unthrottled), and for
    // quizkit's runner the start screen, which the probe clicks through as soon as it shows.
    console.log('\nmain thread until the first question (unthrottled medians): script / style / layout / all tasks');
    for (const kase of peerCases) {
      for (const tool of TOOLS) {
        const runs = results[kase][tool].false;
        const part = (k) => ms(stats(runs.map((r) => r.thread[k])).median);
        const start = stats(runs.map((r) => r.startReady));
        const startSlow = stats(results[kase][tool].true.map((r) => r.startReady));
        console.log(
          `  ${kase.padEnd(5)} ${NAMES[tool].padEnd(9)} ${part('script')} / ${part('style')} / ${part('layout')} / ${part('task')}` +
            (start ? `; start screen at ${ms(start.median)} (throttled ${ms(startSlow.median)})` : ''),
        );
      }
    }
    // What quizkit's bytes are, and when each file arrives on the throttled network.
    for (const kase of peerCases) {
      const last = results[kase].quizkit.true.at(-1);
      const t0 = Math.min(...last.requests.map((r) => r.start));
      console.log(
        `\nquizkit, ${kase} page, last throttled run: each request, bytes over the wire and when it ran (from the first request)`,
      );
      for (const r of last.requests) {
        console.log(
          `  ${r.url.padEnd(44)} ${kb(r.bytes).padStart(9)}  ${((r.start - t0) * 1000).toFixed(0).padStart(5)}–${((r.end - t0) * 1000).toFixed(0).padStart(5)} ms`,
        );
      }
    }
  }

  if (CASES.has('banks')) {
    const bank = Object.fromEntries(BANK_SIZES.map((n) => [n, []]));
    await measureBank(browser, origin, BANK_SIZES[0]); // warm-up
    for (let round = 0; round < RUNS; round++) {
      for (const n of round % 2 ? [...BANK_SIZES].reverse() : BANK_SIZES) bank[n].push(await measureBank(browser, origin, n));
    }
    const keys = ['pickerReady', 'runnerReady', 'runStart', 'next', 'finish', 'heap'];
    const s = Object.fromEntries(
      BANK_SIZES.map((n) => [
        n,
        Object.fromEntries(
          [...keys, 'jsonParse', 'validate', 'outline', 'index', 'parseBankText', 'parseOnUse'].map((k) => [
            k,
            stats(bank[n].map((r) => r[k])),
          ]),
        ),
      ]),
    );
    const rows = BANK_SIZES.map((n) => [
      `${n.toLocaleString('en')} questions (${mb(bank[n][0].bank.jsonBytes)} JSON)`,
      ...keys.map((k) => range(s[n][k], k === 'heap' ? mb : ms)),
    ]);
    const [small, large] = BANK_SIZES;
    rows.push([`growth ${large / small}× the questions`, ...keys.map((k) => times(ratio(s[large][k].median, s[small][k].median)))]);
    console.log(`\nquizkit on large inline banks (20 topics; runner: count="10" shuffle; ${RUNS} runs each, unthrottled)`);
    console.log(table(['bank', 'picker ready', 'runner ready', 'start', '"next"', 'finish', 'JS heap'], rows));
    const worst = keys.map((k) => [k, ratio(s[large][k].median, s[small][k].median)]).sort((a, b) => b[1] - a[1])[0];
    console.log(
      `growth 1k → 10k: at most ${times(worst[1])} (${worst[0]}), ${worst[1] <= large / small ? 'no worse than linear' : 'WORSE than linear'} (linear: ${large / small}×)`,
    );
    if (bank[large][0].bankLayerSkipped) console.log(`bank layer alone: skipped (${bank[large][0].bankLayerSkipped})`);
    else {
      console.log('bank layer alone (no elements):');
      for (const n of BANK_SIZES) {
        console.log(
          `  ${n.toLocaleString('en').padStart(6)}: JSON.parse ${ms(s[n].jsonParse.median)}, validateBank ${ms(s[n].validate.median)}, indexBank ${ms(s[n].index.median)}, ` +
            `parseBankText (all three) ${ms(s[n].parseBankText.median)}; as elements do (the outline up front, each question when shown): ` +
            `validateOutline ${ms(s[n].outline.median)}, parseBankText ${ms(s[n].parseOnUse.median)}`,
        );
      }
    }
  }

  if (summary['quiz:quizkit']) {
    const q = (tool, k) => summary[`quiz:${tool}`][k].median;
    const goal = (r, limit) => `${times(r)} (goal ≤ ${limit}×: ${r <= limit ? 'met' : 'NOT met'})`;
    console.log(
      `\nsummary: ${QUIZ_SIZE}-question quiz, throttled first question quizkit/quizdown ${goal(q('quizkit', 'firstSlow') / q('quizdown', 'firstSlow'), 0.5)}, ` +
        `quizkit/SurveyJS ${goal(q('quizkit', 'firstSlow') / q('surveyjs', 'firstSlow'), 0.4)}; ` +
        `bytes quizkit/quizdown ${goal(q('quizkit', 'bytes') / q('quizdown', 'bytes'), 0.5)}`,
    );
    console.log(
      `with the README's preload links: throttled first question quizkit/quizdown ${times(q('preloaded', 'firstSlow') / q('quizdown', 'firstSlow'))}, ` +
        `quizkit/SurveyJS ${times(q('preloaded', 'firstSlow') / q('surveyjs', 'firstSlow'))}`,
    );
    // The floor under any page of this shape, from its own throttled runs: the HTML's arrival
    // (with the bank inline) plus one request per file in series. One tag is two more: the
    // script, then the element code that it finds the page needs; preloaded, they run together.
    const htmlEnd = stats(
      results.quiz.quizkit.true.map((r) => {
        const t0 = Math.min(...r.requests.map((x) => x.start));
        return (r.requests.find((x) => x.url.endsWith('.html')).end - t0) * 1000;
      }),
    ).median;
    const latency = SLOW_4G.latency;
    const floor = (files) => htmlEnd + files * latency;
    console.log(
      `floor, throttled (the HTML arrives at ${ms(htmlEnd)}, then ${ms(latency)} per file in series, before any transfer or script): ` +
        `one tag (script, then element code) ${ms(floor(2))} = ${times(floor(2) / q('quizdown', 'firstSlow'))} quizdown, ` +
        `${times(floor(2) / q('surveyjs', 'firstSlow'))} SurveyJS; preloaded (one file's wait) ${ms(floor(1))} = ` +
        `${times(floor(1) / q('quizdown', 'firstSlow'))} quizdown, ${times(floor(1) / q('surveyjs', 'firstSlow'))} SurveyJS`,
    );
  }
} catch (e) {
  failed = true;
  console.error(`\nbenchmark failed:\n  ${e instanceof Error ? e.message : String(e)}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
}
console.log(`\ndone in ${((Date.now() - began) / 1000).toFixed(0)} s; load average ${os.loadavg()[0].toFixed(1)} at the end`);
process.exit(failed ? 1 : 0);
