// A test-runner command that opens one of the project's pages from a file:// address in the
// test browser (as an author double-clicking an HTML file would) and reports what it shows.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `executeServerCommand('open-file-page', { page, search, until })`: opens `page` (a path from
 * the project root) as file:// with `search` appended, waits until the JavaScript expression
 * `until` is truthy in it (10 s at most) and returns that value.
 */
export const filePagePlugin = () => ({
  name: 'open-file-page',
  async executeCommand({ command, payload, session }) {
    if (command !== 'open-file-page') return undefined;
    if (session.browser.type !== 'playwright') throw new Error('open-file-page needs the Playwright launcher');
    const file = path.resolve(root, payload.page);
    if (!file.startsWith(root + path.sep)) throw new Error(`open-file-page: ${payload.page} is outside the project`);
    const page = await session.browser.getPage(session.id).context().newPage();
    try {
      await page.goto(`${pathToFileURL(file).href}${payload.search ?? ''}`);
      const result = await page.waitForFunction(payload.until, undefined, { timeout: 10000 });
      return await result.jsonValue();
    } finally {
      await page.close();
    }
  },
});
