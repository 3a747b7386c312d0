// <quiz-topic-picker>'s own styles: topics as bordered rows with their counts and progress bars.

import { css } from 'lit';

export const pickerStyles = css`
  nav {
    min-width: 0;
  }
  label,
  a {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.1rem 0.6rem;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  a {
    grid-template-columns: 1fr;
    color: inherit;
  }
  label:has(:checked) {
    border-color: var(--_accent);
    background: var(--_surface);
  }
  .title {
    font-weight: 600;
  }
  label .muted,
  label progress {
    grid-column: 2;
  }
  progress {
    height: 0.3rem;
  }
`;
