// A test-runner command that opens more tabs beside a test's page, in the same browser context
// (so the same origin's storage and Web Locks), for tests of what several tabs do at once.

import { URL } from 'node:url';

/** `executeServerCommand('open-tabs', { urls })` opens them; `'close-tabs'` closes the test's tabs. */
export function tabsCommand() {
  const opened = new Map();
  return {
    name: 'tabs-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'open-tabs' && command !== 'close-tabs') return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`${command} needs the Playwright launcher`);
      const tabs = opened.get(session.id) ?? [];
      if (command === 'close-tabs') {
        await Promise.all(tabs.map((tab) => tab.close()));
        opened.delete(session.id);
        return true;
      }
      const page = session.browser.getPage(session.id);
      for (const url of payload.urls) {
        const tab = await page.context().newPage();
        tabs.push(tab);
        opened.set(session.id, tabs);
        await tab.goto(new URL(url, page.url()).href);
      }
      return true;
    },
  };
}
