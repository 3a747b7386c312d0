// <quiz-bank>'s own styles: no box of its own, so the page's layout reaches the content inside.

import { css } from 'lit';

export const bankStyles = css`
  /* The page's content inside keeps the page's text styles: the base's colour, font and text
     resets on the host would otherwise be inherited by it (with theme="dark" on a light page,
     light text on white). Only the error box takes the kit's look. */
  :host {
    all: inherit;
    display: contents;
    color-scheme: light dark;
  }
  .error {
    font-family: var(--quiz-font, system-ui, sans-serif);
    line-height: 1.5;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
  }
`;
