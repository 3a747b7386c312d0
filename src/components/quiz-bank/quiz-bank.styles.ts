// <quiz-bank>'s own styles: no box of its own, so the page's layout reaches the content inside.

import { css } from 'lit';

export const bankStyles = css`
  :host {
    display: contents;
  }
`;
