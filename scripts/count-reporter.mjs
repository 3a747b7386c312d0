// A web-test-runner reporter that ends the run with one plain line: "Tests: N passed, N failed",
// and, when more than one browser ran, the same per browser.

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

const line = (totals) => `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const all = { passed: 0, failed: 0, skipped: 0 };
      const byBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser?.name ?? 'browser';
        if (!byBrowser.has(name)) byBrowser.set(name, { passed: 0, failed: 0, skipped: 0 });
        const totals = byBrowser.get(name);
        if (session.testResults) count(session.testResults, totals);
        // A test file that failed to load counts as a failure, not as nothing.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      for (const totals of byBrowser.values()) for (const key of Object.keys(all)) all[key] += totals[key];
      const browsers = byBrowser.size > 1 ? ` (${[...byBrowser].map(([name, totals]) => `${name}: ${line(totals)}`).join('; ')})` : '';
      setTimeout(() => console.log(`\nTests: ${line(all)}${browsers}`), 0);
    },
  };
}
