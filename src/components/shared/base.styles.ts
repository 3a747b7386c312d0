// Theme tokens and shared rules for every element: colours follow the page's colour scheme
// unless `theme="light|dark"` is set; every --quiz-* property has a fallback.

import { css } from 'lit';

export const baseStyles = css`
  :host {
    color-scheme: light dark;
    --_text: var(--quiz-color-text, light-dark(#1f2328, #e6edf3));
    --_bg: var(--quiz-color-bg, light-dark(#ffffff, #161b22));
    --_surface: var(--quiz-color-surface, light-dark(#f6f8fa, #1f252d));
    --_muted: var(--quiz-color-muted, light-dark(#57606a, #9ea7b3));
    --_border: var(--quiz-color-border, light-dark(#c9d1d9, #3d444d));
    --_accent: var(--quiz-color-accent, light-dark(#0a58ca, #58a6ff));
    --_on-accent: var(--quiz-color-on-accent, light-dark(#ffffff, #0d1117));
    --_ok: var(--quiz-color-correct, light-dark(#1a7f37, #3fb950));
    --_bad: var(--quiz-color-wrong, light-dark(#c4212c, #ff7b72));
    --_focus: var(--quiz-color-focus, light-dark(#0a58ca, #79c0ff));
    --_radius: var(--quiz-radius, 0.5rem);
    --_space: var(--quiz-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--quiz-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    line-height: 1.5;
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
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
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button:hover {
    filter: brightness(0.95);
  }
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .error {
    padding: var(--_space);
    border: 2px solid var(--_bad);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .error strong {
    color: var(--_bad);
  }
  code,
  pre {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  code {
    padding: 0.1em 0.3em;
    border-radius: 0.25rem;
    background: var(--_surface);
  }
  pre {
    overflow-x: auto;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  pre code {
    padding: 0;
  }
  a {
    color: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
