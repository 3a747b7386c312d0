// The styles of <quiz-question-card> on top of the shared base: meta line, typed answer, key points, choices.

import { css } from 'lit';

export const cardStyles = css`
  .meta {
    display: flex;
    gap: 0.5rem;
    margin: 0;
  }
  /* A pill: the topic beside it wraps, never the level ("Mediu/m" beside a long title on a phone). */
  .badge {
    align-self: start;
    white-space: nowrap;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
  }
  label {
    font-weight: 600;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 6rem;
    margin-block-start: 0.25rem;
    padding: 0.5rem;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    /* An input's edge is all that shows where to type: it needs 3:1, more than a divider. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .points li,
  .choice label {
    display: flex;
    gap: 0.5rem;
  }
  .matched {
    display: block;
  }
  mark {
    color: var(--_text);
    background: color-mix(in srgb, var(--_ok) 22%, transparent);
  }
  .choice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choice label {
    padding: 0.6rem 0.75rem;
    font-weight: 400;
    cursor: pointer;
  }
  /* A choice whose text wraps keeps its radio or checkbox at full size, level with the first line. */
  .choice input {
    flex: none;
  }
  .picked-correct,
  .missed-correct {
    border: 2px solid var(--_ok);
  }
  .picked-wrong {
    border: 2px solid var(--_bad);
  }
  /* Indented under the choice's text, past its checkbox: on the start side, so on the right in
     right-to-left text. */
  .feedback {
    margin: 0;
    padding-block: 0 0.6rem;
    padding-inline: 2.4rem 0.75rem;
  }
  .outcome {
    font-weight: 700;
  }
`;
