// Theme tokens and the rules every element shares: colours follow the page's colour scheme
// unless `theme="light|dark"` is set; every --quiz-* property has a fallback. What only the
// elements that show questions use is in content.styles.ts, which a picker never loads.

import { css } from 'lit';

export const baseStyles = css`
  :host {
    color-scheme: light dark;
    --_text: var(--quiz-color-text, light-dark(#1f2328, #e6edf3));
    --_bg: var(--quiz-color-bg, light-dark(#fff, #161b22));
    --_surface: var(--quiz-color-surface, light-dark(#f6f8fa, #1f252d));
    --_muted: var(--quiz-color-muted, light-dark(#57606a, #9ea7b3));
    --_border: var(--quiz-color-border, light-dark(#c9d1d9, #3d444d));
    --_accent: var(--quiz-color-accent, light-dark(#0a58ca, #58a6ff));
    --_on-accent: var(--quiz-color-on-accent, light-dark(#fff, #0d1117));
    --_ok: var(--quiz-color-correct, light-dark(#1a7f37, #3fb950));
    --_bad: var(--quiz-color-wrong, light-dark(#c4212c, #ff7b72));
    --_radius: var(--quiz-radius, 0.5rem);
    --_space: var(--quiz-space, 1rem);
    display: block;
    font-family: var(--quiz-font, system-ui, sans-serif);
    line-height: 1.5;
    color: var(--_text);
    /* Inherited text styles of the host page (a centred #root, a pre-formatted wrapper, spaced
       caps) would otherwise reach into every element; the page's font size still applies. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    /* Bank text may hold 130-character URLs or long identifiers: they wrap rather than widen a
       phone-sized page. Code blocks scroll instead (see pre). */
    overflow-wrap: anywhere;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    hyphens: manual;
    cursor: auto;
    border-collapse: separate;
  }
  /* A theme that differs from the page's brings its own background, or light text would sit on a
     light page (and dark on dark). */
  :host([theme]) {
    background-color: var(--_bg);
  }
  /* Read in any case (theme="Dark"), as the kit reads mode. */
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .panel,
  .notice,
  pre {
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .sub {
    font-weight: 650;
  }
  .muted,
  .hint {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 650;
  }
  input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0.2rem 0 0;
    accent-color: var(--_accent);
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.5rem;
    padding: 0.4rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  /* The ring is edged with the element's own background on both sides, so it keeps 3:1 whatever
     the page behind it looks like. */
  :focus-visible {
    outline: 3px solid var(--quiz-color-focus, var(--_accent));
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_bg);
  }
  .error {
    padding: var(--_space);
    border: 2px solid var(--_bad);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  /* Windows High Contrast and other forced palettes replace backgrounds: focus must still show. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
