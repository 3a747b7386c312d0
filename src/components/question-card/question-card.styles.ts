import { css } from 'lit';

export const cardStyles = css`
  article {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  article > * + * {
    margin-block-start: var(--_space);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .badge {
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .prompt {
    margin: 0.25rem 0 0;
    font-size: 1.25rem;
    font-weight: 650;
    line-height: 1.3;
  }
  .subheading {
    margin: 0;
    font-size: 1rem;
    font-weight: 650;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
  }
  details[open] summary {
    margin-block-end: 0.5rem;
  }
  label.field {
    display: block;
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }
  .panel {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .panel > :first-child {
    margin-top: 0;
  }
  .panel > :last-child {
    margin-bottom: 0;
  }
  .points {
    padding: 0;
    list-style: none;
  }
  .points li {
    display: flex;
    gap: 0.5rem;
    margin-block: 0.35rem;
  }
  .mark {
    flex: none;
    width: 1.25rem;
    font-weight: 700;
    text-align: center;
  }
  .ok {
    color: var(--_ok);
  }
  .bad {
    color: var(--_bad);
  }
  .matched {
    display: block;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  mark {
    padding: 0 0.2em;
    border-radius: 0.2em;
    color: var(--_text);
    background: color-mix(in srgb, var(--_ok) 22%, transparent);
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
    font-weight: 600;
  }
  .hint {
    margin: -0.25rem 0 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .choices {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .choice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choice label {
    display: flex;
    gap: 0.6rem;
    align-items: baseline;
    padding: 0.6rem 0.75rem;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
    transform: translateY(0.15em);
  }
  .choice.picked-correct,
  .choice.missed-correct {
    border-color: var(--_ok);
    border-width: 2px;
  }
  .choice.picked-wrong {
    border-color: var(--_bad);
    border-width: 2px;
  }
  .choice .feedback {
    margin: 0;
    padding: 0 0.75rem 0.6rem 2.5rem;
    font-size: 0.925rem;
  }
  .outcome {
    font-weight: 700;
  }
  .actions,
  .ratings {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .ratings button {
    min-width: 5.5rem;
  }
  .notice {
    margin: 0;
    color: var(--_muted);
  }
  .result {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
  }
`;
