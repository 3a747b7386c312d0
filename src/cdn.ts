// The CDN file, the one tag a page adds: each element's code is fetched when its tag first
// appears (in the markup, or inserted later), so a page pays only for the elements it uses.
// Modelled on Web Awesome's autoloader. The npm build (index.ts) defines every element instead.

import { loadFailure } from './data/load-failure.js';
import { loadTimeout, withTimeout } from './internal/timeout.js';

/**
 * Each element's module. The literal `import()`s let the bundler split one chunk per element
 * (plus what they share); the code they load on demand goes through internal/lazy.ts.
 */
const ELEMENTS: Readonly<Record<string, { name: string; load: () => Promise<unknown> }>> = {
  'quiz-bank': { name: 'Questions', load: () => import('./components/quiz-bank/quiz-bank.js') },
  'quiz-runner': { name: 'Quiz', load: () => import('./components/quiz-runner/quiz-runner.js') },
  'quiz-topic-picker': { name: 'Topics', load: () => import('./components/topic-picker/topic-picker.js') },
  'quiz-question-card': { name: 'Question', load: () => import('./components/question-card/question-card.js') },
};

const SELECTOR = Object.keys(ELEMENTS)
  .map((tag) => `${tag}:not(:defined)`)
  .join(',');

/** Loads in progress or done, per tag; a failure stays, with its message, for elements added later. */
const loads = new Map<string, Promise<void>>();
const failures = new Map<string, string>();

/**
 * Says on the element itself that its code could not load: a `role="alert"` paragraph in its
 * light DOM, which an undefined element shows, and one `quiz-error`. Nothing else on the page is
 * touched; the other elements keep working.
 */
function showFailure(el: Element, message: string): void {
  if (el.querySelector(':scope > [data-quizkit-error]')) return;
  const note = el.ownerDocument.createElement('p');
  note.setAttribute('role', 'alert');
  note.dataset.quizkitError = '';
  note.textContent = `${ELEMENTS[el.localName]?.name ?? 'Quiz'} unavailable: ${message}. Reload the page to try again.`;
  el.prepend(note);
  el.dispatchEvent(new CustomEvent('quiz-error', { detail: { message, source: el.localName }, bubbles: true, composed: true }));
}

/** The longest `load-timeout` among the elements that wait for `tag` (default 15 s). */
function timeoutFor(root: ParentNode, tag: string): number {
  const seconds = [...root.querySelectorAll(tag)].map((el) => loadTimeout(Number(el.getAttribute('load-timeout')) || undefined));
  return Math.max(loadTimeout(undefined), ...seconds);
}

function load(root: ParentNode, tag: string): Promise<void> {
  let loading = loads.get(tag);
  if (!loading) {
    const seconds = timeoutFor(root, tag);
    const element = ELEMENTS[tag]!;
    loading = withTimeout(element.load(), seconds, () => new Error(`no answer within ${seconds} s`)).then(
      () => undefined,
      (e: unknown) => {
        failures.set(tag, `its code could not load (${loadFailure(e)})`);
      },
    );
    loads.set(tag, loading);
  }
  return loading.then(() => {
    const failure = failures.get(tag);
    if (failure) for (const el of root.querySelectorAll(`${tag}:not(:defined)`)) showFailure(el, failure);
  });
}

/**
 * The CDN build's folder, where this file and its chunks are; undefined elsewhere (the npm build
 * lays its modules out differently, and bundlers preload on their own).
 */
const BASE = import.meta.url.endsWith('/quizkit.js') ? import.meta.url : undefined;

/** Set by the CDN build (rollup.config.mjs): each element chunk's static imports, by tag. */
declare const __ELEMENT_IMPORTS__: Record<string, string[]> | undefined;
const IMPORTS: Record<string, string[] | undefined> = typeof __ELEMENT_IMPORTS__ === 'object' ? __ELEMENT_IMPORTS__ : {};
const preloaded = new Set<string>();
/** The ids of the bundled bank's questions are slugs: nothing else becomes a path. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fetches a chunk now, in parallel with what needs it, rather than once that has run. */
function preload(file: string): void {
  if (!BASE || preloaded.has(file)) return;
  preloaded.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, BASE).href;
  document.head.append(link);
}

/**
 * Starts the downloads `el`'s bank will need: for a bank of its own (`src`, an inline script)
 * its loader and parser, which would otherwise wait for the element's code; for the bundled bank, a card's
 * question (and its answer, but in quiz mode), or the index for the others. Inside a provider
 * (<quiz-bank>, <quiz-runner>), which decides, only the code that asks it (and with which a
 * runner answers).
 */
function preloadData(el: Element): void {
  if (el.parentElement?.closest('quiz-bank,quiz-runner')) return preload('./bank-provider.js');
  if (el.hasAttribute('src') || el.querySelector(':scope>script')) return preload('./parse.js');
  if (el.localName !== 'quiz-question-card') return preload('./bank/index.js');
  const id = el.getAttribute('question')?.trim() ?? '';
  if (!SLUG.test(id)) return;
  preload(`./bank/${id}.js`);
  if (el.getAttribute('mode') !== 'quiz') preload(`./bank/${id}.answer.js`);
}

/**
 * Loads the code of every quizkit element in `root` that is not defined yet. The page's document
 * is watched from the start; call it for a shadow root of your own that holds quizkit elements.
 * Resolves when their code has loaded (or failed, which each element then says).
 */
export async function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  const tags = new Set<string>();
  const found = [...(root instanceof Element && root.matches(SELECTOR) ? [root] : []), ...root.querySelectorAll(SELECTOR)];
  for (const el of found) {
    tags.add(el.localName);
    preloadData(el);
  }
  // What each element chunk imports (Lit, the kit, a runner's card…): fetched alongside it, not after it.
  for (const tag of tags) IMPORTS[tag]?.forEach((file) => preload(`./${file}`));
  const scope = root instanceof Element ? (root.getRootNode() as Document | ShadowRoot) : root;
  await Promise.all([...tags].map((tag) => load(scope, tag)));
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
