// Shared helpers for component tests: shadow DOM queries that read like what a user sees.

import { fixture, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import type { QuizErrorDetail } from '../../src/events.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import { clearFaults } from '../fault.js';

export const SAMPLE = new URL('../fixtures/sample-bank.json', import.meta.url).href;

export const text = (el: Node | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

export const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

export function button(el: Element, label: string | RegExp): HTMLButtonElement {
  const found = $$(el, 'button').find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));
  if (!found) throw new Error(`button "${label}" not found in <${el.localName}>: ${$$(el, 'button').map(text).join(' | ')}`);
  return found as HTMLButtonElement;
}

/** The element focused inside nested shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the element has loaded its bank. */
export async function loaded(el: LitElement): Promise<void> {
  await waitUntil(() => el.shadowRoot && !el.shadowRoot.querySelector('[part=loading]'), `<${el.localName}> did not load`, {
    timeout: 4000,
  });
  await el.updateComplete;
}

/** Settles a chain of Lit updates (element, then the elements it renders). */
export async function settle(...els: LitElement[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const el of els) await el.updateComplete;
    await new Promise((r) => setTimeout(r));
  }
}

/**
 * Creates `<tag>` with `props`, puts it on the page and waits for its quiz-error (listening
 * before it connects, since it may fail at once). The caller removes it.
 */
export async function mountFailing<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
): Promise<{ el: HTMLElementTagNameMap[K]; detail: QuizErrorDetail }> {
  const el = Object.assign(document.createElement(tag), props);
  const errored = new Promise<QuizErrorDetail>((resolve) =>
    el.addEventListener('quiz-error', (e) => resolve((e as CustomEvent<QuizErrorDetail>).detail), { once: true }),
  );
  document.body.append(el);
  const detail = await errored;
  await (el as unknown as LitElement).updateComplete;
  return { el, detail };
}

/**
 * Renders `template` into a fresh container on the page, waits until `<tag>` inside it has
 * loaded its bank, and returns it. Removed after the test by @open-wc/testing's fixture cleanup.
 */
export async function mount<T extends LitElement>(template: TemplateResult, selector?: string): Promise<T> {
  const root = await fixture<HTMLElement>(template);
  const el = (selector ? root.querySelector<T>(selector) : root) as T | null;
  if (!el) throw new Error(`${selector} not found in the mounted template`);
  await loaded(el);
  return el;
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Fresh storage and stores before each test, and no fault left behind after it. */
export function isolate(): void {
  beforeEach(() => {
    localStorage.clear();
    forgetProgressStores();
  });
  afterEach(() => clearFaults());
}

/** How often this page requested a resource whose URL contains `part` (a path, or a whole URL). */
export const requested = (part: string): number => performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;
