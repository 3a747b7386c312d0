// <quiz-runner>'s own styles; its summary brings its own (run-summary.styles.ts) when it loads.

import { css } from 'lit';

export const runnerStyles = css`
  .progress {
    display: grid;
    gap: 0.25rem;
  }
  quiz-question-card {
    --quiz-color-bg: transparent;
  }
  nav button:last-child {
    margin-inline-start: auto;
  }
  @media print {
    [part='nav'] {
      display: none;
    }
    .box {
      border: 0;
      padding: 0;
    }
  }
`;
