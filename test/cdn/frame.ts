// What the CDN tests share: static pages from test/pages/ in iframes, and their text as a reader sees it.

/** An element's text with its whitespace collapsed, as a reader sees it ('' for none). */
export const text = (el: Node | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Loads `page` from test/pages/ in an iframe and resolves once its document has loaded, with room
 * for every resource timing entry (tests count requests); `freshStorage` clears its localStorage.
 */
export async function open(page: string, { freshStorage = false } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/test/pages/${page}`;
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  frame.contentWindow!.performance.setResourceTimingBufferSize(10000);
  if (freshStorage) frame.contentWindow!.localStorage.clear();
  return frame;
}
