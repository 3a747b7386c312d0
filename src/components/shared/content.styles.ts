// The rules shared by the elements that show questions (the card, the runner and its summary) on
// top of the base: boxes, headings, actions, right and wrong marks, and bank text (code, links).
// A topic picker shows none of these: they load with the card's code, never with a picker.
// Rules keep their order from the base, which they follow (they were part of it).

import { css } from 'lit';

export const contentStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .box {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .box > * + *,
  section > * + * {
    margin-block: var(--_space) 0;
  }
  .heading {
    font-size: 1.25rem;
    font-weight: 650;
    line-height: 1.3;
  }
  .ok {
    color: var(--_ok);
  }
  .bad {
    color: var(--_bad);
  }
  .mark {
    flex: none;
    width: 1.25rem;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .primary,
  [aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  code,
  pre {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  pre {
    overflow-x: auto;
    overflow-wrap: normal;
    max-width: 100%;
  }
  a {
    color: var(--_accent);
  }
  /* Windows High Contrast and other forced palettes replace backgrounds: a pressed rating and a
     disabled button must still look different. */
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    button:disabled {
      opacity: 1;
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
