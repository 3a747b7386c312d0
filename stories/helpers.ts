// Drives elements into a state for a story: waits for a bank to load, clicks what a learner would.

import type { LitElement } from 'lit';

/** Waits until `el` has rendered its bank (no loading message), then returns its shadow root. */
export async function ready(el: LitElement): Promise<ShadowRoot> {
  for (let i = 0; i < 100 && (!el.shadowRoot || el.shadowRoot.querySelector('[part=loading]')); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await el.updateComplete;
  return el.shadowRoot!;
}

/** Clicks the button labelled `label` inside `root`, then lets the element re-render. */
export async function press(root: ShadowRoot, label: string): Promise<void> {
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)?.click();
  await (root.host as LitElement).updateComplete;
  await new Promise((r) => setTimeout(r, 30));
}

/** Waits until `el` speaks `lang` (its messages loaded; the Language toolbar or a story's globals set it). */
export async function speaking(el: LitElement, lang: string): Promise<ShadowRoot> {
  const root = await ready(el);
  for (let i = 0; i < 100 && !root.querySelector(`[lang="${lang}"]`); i++) await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  return root;
}
