// Tests run in Debian's headless Chromium (CHROME_PATH overrides where it lives); the language
// tests (test/i18n/) run in Debian's Firefox ESR too (FIREFOX_PATH overrides where it lives).

import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { faultMiddleware } from './scripts/fault-middleware.mjs';
import { filePagePlugin } from './scripts/file-page-plugin.mjs';
import { lrsMiddleware } from './scripts/lrs-middleware.mjs';
import { scormPackageMiddleware } from './scripts/scorm-package-middleware.mjs';
import { firefoxLaunchOptions, ownContextPage } from './scripts/firefox.mjs';
import { plugins } from './scripts/dev-server-plugins.mjs';
import { tabsCommand } from './scripts/tabs-command.mjs';

const CSP_PAGES = /^\/test\/pages\/csp-[\w-]+\.html/;

/**
 * The language and right-to-left tests, which a second engine checks too: Intl, plural rules,
 * shadow-root resolution and bidi layout differ by engine.
 */
const FIREFOX_FILES = ['test/i18n/**/*.test.ts', 'test/components/rtl.test.ts'];
const inFirefox = (file) => /^(\.\/)?test\/(i18n\/|components\/rtl\.test\.ts$)/.test(file);

/**
 * The files named on the command line, if any (`web-test-runner test/cdn/x.test.ts`): a run of a
 * few files runs Firefox only for those among them it checks (above), so that checking one
 * Chromium test does not start a second browser.
 */
const named = process.argv
  .slice(2)
  .filter((arg, i, all) => !arg.startsWith('-') && !/^--(port|config|group|groups|concurrency|root-dir)$/.test(all[i - 1] ?? ''));
const firefoxFiles = named.length ? named.filter(inFirefox) : FIREFOX_FILES;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // Generous: the first test of a file also compiles its modules and loads axe on a busy 2-core machine.
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 180000,
  // Firefox ESR takes 20 s or more to start when the machine is busy (the default allows 30 s in all).
  browserStartTimeout: 120000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  groups: firefoxFiles.length
    ? [
        {
          name: 'firefox-esr',
          files: firefoxFiles,
          // One file at a time: Chromium already runs two on a 2-core machine.
          browsers: [puppeteerLauncher({ launchOptions: firefoxLaunchOptions, createPage: ownContextPage, concurrency: 1 })],
        },
      ]
    : [],
  plugins: [
    ...plugins(),
    filePagePlugin(),
    tabsCommand(),
    // Screenshots of the right-to-left layouts (test/components/rtl.test.ts), compared with the
    // baselines in test/screenshots/<browser>/baseline; `--update-visual-baseline` writes new ones. A 1 %
    // margin absorbs anti-aliasing, not a side swapped (that moves far more pixels).
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/screenshots',
      failureThreshold: 1,
      failureThresholdType: 'percent',
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
  middleware: [
    // Makes the files a test names in its "quizkit-fault" cookie fail or stall (test/fault.ts).
    faultMiddleware,
    // An LRS that validates every xAPI statement and answers 503 when a test asks it to (test/lms/xapi.test.ts).
    lrsMiddleware,
    // The package `quizkit scorm` makes, unzipped as an LMS serves it (test/lms/scorm-package.test.ts).
    scormPackageMiddleware,
    // The CDN build is served as a CDN serves it, to any origin: a page opened from file:// (whose
    // origin is "null") may then load it, as it would load quizkit from a real CDN.
    async (context, next) => {
      await next();
      if (context.path.startsWith('/dist/cdn/')) context.set('Access-Control-Allow-Origin', '*');
    },
    // A stand-in for a page's own answer-feedback service (tests of feedback-endpoint).
    async (context, next) => {
      if (!context.path.startsWith('/test-feedback/')) return next();
      const body = await new Promise((resolve) => {
        let text = '';
        context.req.on('data', (chunk) => (text += chunk));
        context.req.on('end', () => resolve(text));
      });
      const kind = context.path.slice('/test-feedback/'.length);
      if (kind === 'error') {
        context.status = 500;
        return;
      }
      if (kind === 'slow') await new Promise((r) => setTimeout(r, 3000));
      const { question, answer } = JSON.parse(String(body) || '{}');
      const points = (question?.keyPoints ?? []).map((_, i) => i === 0);
      context.type = 'application/json';
      context.body =
        kind === 'bad'
          ? JSON.stringify({ score: 7 })
          : JSON.stringify({
              score: points.length ? 1 / points.length : 0,
              points,
              comment: `Service feedback on ${question?.id}: ${answer?.length} characters; cookie ${context.get('cookie') ? 'sent' : 'not sent'}.`,
            });
    },
    // Pages that prove the CDN bundle runs under a strict Content Security Policy with Trusted Types.
    async (context, next) => {
      await next();
      if (CSP_PAGES.test(context.path)) {
        context.set(
          'Content-Security-Policy',
          "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
            "require-trusted-types-for 'script'; trusted-types lit-html",
        );
      }
    },
  ],
};
