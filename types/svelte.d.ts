// Svelte 5 element types for quizkit (`"types": ["quizkit/svelte"]`). Each element's props and
// `onquiz-…` events are jsx-types' CustomElements, generated from custom-elements.json into
// dist/types/jsx.d.ts; Svelte's own HTMLAttributes add the global attributes. This is the one
// hand-written link: custom-element-svelte-integration 1.2 emits a module, so its
// `declare namespace svelteHTML` never merges into Svelte's, and it types Svelte 4 `on:` directives.

import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements } from '../dist/types/jsx.js';

type QuizkitSvelteElements = {
  [Tag in keyof CustomElements & keyof HTMLElementTagNameMap]: HTMLAttributes<HTMLElementTagNameMap[Tag]> &
    Omit<CustomElements[Tag], keyof HTMLAttributes<HTMLElement>>;
};

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends QuizkitSvelteElements {}
}
