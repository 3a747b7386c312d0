// The runner's summary screen: score, chart, table and answers; loaded with the summary's chunk.

import { css } from 'lit';

export const summaryStyles = css`
  .score {
    font-size: 1.125rem;
  }
  /* On a phone the table scrolls in its own box rather than widening the page. */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  figure {
    margin: 0;
  }
  /* Per topic: its title across the row, then its bar and percentage. */
  .chart {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.25rem 0.5rem;
    max-width: 32rem;
    font-size: 0.875rem;
  }
  .chart .label {
    grid-column: 1 / -1;
    padding-block-start: 0.25rem;
  }
  .chart progress {
    height: 0.875rem;
  }
  th,
  td {
    padding-block: 0.25rem;
    padding-inline: 0 0.75rem;
    text-align: start;
  }
  .answers li {
    display: flex;
    gap: 0.5rem;
  }
  .answers p {
    margin: 0;
  }
  /* The report to copy by hand: its edge needs 3:1 like the answer box's (question-card.styles.ts). */
  textarea {
    display: block;
    width: 100%;
    padding: 0.5rem;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  @media print {
    [part='report-actions'] {
      display: none;
    }
  }
`;
