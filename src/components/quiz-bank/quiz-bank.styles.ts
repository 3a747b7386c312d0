// <quiz-bank>'s own styles: no box of its own, so the page's layout reaches the content inside.

import { css } from 'lit';

export const bankStyles = css`
  /* The page's content inside keeps the page's text styles: the base's colour, font and text
     resets on the host would otherwise be inherited by it (with theme="dark" on a light page,
     light text on white). Only the error box takes the kit's look. Each property the base sets
     is named, rather than "all: inherit", which would also copy the parent's zoom and the like. */
  :host {
    display: contents;
    color: inherit;
    font-family: inherit;
    line-height: inherit;
    text-align: inherit;
    text-indent: inherit;
    text-transform: inherit;
    text-shadow: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    white-space: inherit;
    word-break: inherit;
    overflow-wrap: inherit;
    font-style: inherit;
    font-weight: inherit;
    font-variant: inherit;
    hyphens: inherit;
    cursor: inherit;
    border-collapse: inherit;
  }
  .error {
    font-family: var(--quiz-font, system-ui, sans-serif);
    line-height: 1.5;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
  }
`;
