// The CDN build (bundled, minified templates) shows exactly the text the npm build shows, screen by screen.

import { expect, waitUntil } from '@open-wc/testing';

/** The text a reader sees in `root`, through shadow roots and slots, in document order. */
function visibleText(root: Node): string {
  const out: string[] = [];
  // Nodes come from the page's frame, whose Element and HTMLSlotElement are not this window's.
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) return void out.push(node.textContent ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE) return node.childNodes.forEach(walk);
    const el = node as Element;
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName)) return;
    const display = el.ownerDocument.defaultView!.getComputedStyle(el).display;
    if (display === 'none' || (display !== 'contents' && el.getClientRects().length === 0)) return;
    // A block starts and ends a line, whatever whitespace the template had around it.
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) out.push(' ');
    if (el.shadowRoot) el.shadowRoot.childNodes.forEach(walk);
    else if (el.tagName === 'SLOT') (el as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
    else el.childNodes.forEach(walk);
    if (block) out.push(' ');
  };
  walk(root);
  // Whitespace collapses as HTML renders it; elapsed times differ from run to run.
  return out
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\d+ (s|sec|seconds?|min)\b/g, 'N $1')
    .trim();
}

/** Drives one build through a card and a whole runner, returning the text of every screen. */
async function screens(page: string): Promise<string[]> {
  localStorage.clear();
  const frame = document.createElement('iframe');
  frame.src = page;
  frame.style.width = '800px';
  frame.style.height = '1200px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const shown: string[] = [];
  const snap = (): number => shown.push(visibleText(doc.body));
  const deep = (selector: string, root: ParentNode = doc): Element[] => [
    ...root.querySelectorAll(selector),
    ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? deep(selector, e.shadowRoot) : [])),
  ];
  const button = (label: string): HTMLButtonElement | undefined =>
    deep('button').find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === label) as HTMLButtonElement | undefined;
  const click = async (label: string): Promise<void> => {
    await waitUntil(() => button(label), `${page}: no "${label}" button`, { timeout: 5000 });
    button(label)!.click();
    await new Promise((r) => setTimeout(r, 50));
  };

  await waitUntil(() => button('Start') && button('Show answer'), `${page} did not render`, { timeout: 5000 });
  snap();
  await click('Show answer');
  await waitUntil(() => button('Good'), 'no rating after Show answer', { timeout: 5000 });
  snap();
  await click('Start');
  for (let i = 0; i < 5 && !button('See results') && !deep('[part=summary]').length; i++) {
    // After Finish the summary may still be loading: wait for the next question or for it.
    await waitUntil(() => button('Check') || button('Restart'), 'no question', { timeout: 10000 }).catch((e: Error) => {
      throw new Error(`${e.message}; the page shows: ${visibleText(doc.body).slice(0, 400)}`);
    });
    if (button('Restart')) break;
    (deep('input[type=radio], input[type=checkbox]')[0] as HTMLInputElement).click();
    await click('Check');
    snap();
    const next = button('Next') ?? button('Finish') ?? button('See results');
    if (!next) break;
    next.click();
    await new Promise((r) => setTimeout(r, 50));
  }
  await waitUntil(() => button('Restart'), `${page}: no summary`, { timeout: 5000 });
  snap();
  frame.remove();
  return shown;
}

describe('the CDN and npm builds', () => {
  it('show the same text on every screen, summary included', async () => {
    const npm = await screens('/test/pages/build-npm.html');
    const cdn = await screens('/test/pages/build-cdn.html');
    expect(npm.length).to.be.greaterThan(3);
    expect(cdn).to.deep.equal(npm);
  });
});
