// Pages opened from file:// (an author double-clicking an HTML file): the elements say why a
// bank cannot load, and the demo says why it is empty. The test runner opens them in its browser.

import { executeServerCommand } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';

interface Shown {
  card: string;
  cardAlert: boolean;
  bank: string;
  picker: string;
}

/** What an element shows, in one line. */
const shownBy = `(id) => (document.getElementById(id)?.shadowRoot?.textContent ?? '').replace(/\\s+/g, ' ').trim()`;

describe('a page opened from file://', function () {
  this.timeout(20000);

  it('says why a bank cannot load, and how to serve the page instead', async () => {
    const kit = new URL('/dist/cdn/quizkit.js', location.href).href;
    const shown = await executeServerCommand<Shown, object>('open-file-page', {
      page: 'test/pages/file-protocol.html',
      search: `?kit=${encodeURIComponent(kit)}`,
      until: `(() => {
        const shown = ${shownBy};
        const card = document.getElementById('card')?.shadowRoot?.querySelector('[role=alert]');
        const picker = shown('picker');
        return card && picker.includes('could not be loaded') &&
          { card: shown('card'), cardAlert: !!card, bank: shown('bank'), picker };
      })()`,
    });
    expect(shown.cardAlert).to.equal(true);
    expect(shown.card).to.contain('sample-bank.json: pages opened from file:// cannot load files; serve the folder over http');
    expect(shown.card).to.contain('npx serve');
    expect(shown.bank).to.contain('pages opened from file:// cannot load files');
    expect(shown.picker).not.to.contain('file://');
  });

  it("shows the demo's hint instead of a blank page", async () => {
    const hint = await executeServerCommand<string, object>('open-file-page', {
      page: 'demo/index.html',
      until: `(() => {
        const hint = document.querySelector('.load-hint');
        const style = hint && getComputedStyle(hint);
        return style && style.display !== 'none' && style.visibility === 'visible' && hint.textContent.replace(/\\s+/g, ' ').trim();
      })()`,
    });
    expect(hint).to.contain('Opened this page from a file:// address?');
    expect(hint).to.contain('npm start');
  });

  it("hides the demo's hint once the elements are defined (served over http)", async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/index.html';
    frame.style.width = '800px';
    frame.style.height = '600px';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('quiz-runner:defined'), 'the demo did not load', { timeout: 8000 });
    const hint = frame.contentDocument!.querySelector('.load-hint')!;
    expect(frame.contentWindow!.getComputedStyle(hint).display).to.equal('none');
    frame.remove();
  });
});
