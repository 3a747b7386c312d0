// The quiz-mode body of <quiz-question-card>: the check's choices, then right or wrong per choice and the explanation.

import { html, nothing, type TemplateResult } from 'lit';
import { isMultipleChoice, type CheckResult, type ChoiceOutcome } from '../../core/check.js';
import type { Check, Question } from '../../data/types.js';
import type { CardIds } from '../../i18n/locales/en/card.js';
import type { Translate } from '../../i18n/translate.js';
import { heading } from '../shared/heading.js';
import { markdown, markdownInline } from '../shared/markdown.js';

/** The answer's state the check shows. */
export interface CheckState {
  picked: readonly number[];
  result: CheckResult | undefined;
  notice: string;
}

export interface CheckOptions {
  /** Prefix of the ids of this card, unique on the page. */
  uid: string;
  /** Level of the result's heading. */
  level: number;
  /** No "Try again" once checked. */
  noRetry: boolean;
  /** The card's messages. */
  t: Translate<CardIds>;
  /** The bank's language, for `lang` on bank text. */
  bankLang: string | undefined;
}

export interface CheckActions {
  pick(index: number, multiple: boolean, checked: boolean): void;
  check(): void;
  retry(): void;
}

function renderChoiceFeedback(
  id: string,
  outcome: ChoiceOutcome,
  feedback: string | undefined,
  multiple: boolean,
  { t, bankLang }: CheckOptions,
): TemplateResult {
  // With one right answer, the one the learner missed was *the* answer, not "also" right.
  const missed = t(multiple ? 'check.alsoRight' : 'check.rightAnswer');
  const label =
    outcome === 'picked-correct'
      ? `✓ ${t('check.rightChoice')}`
      : outcome === 'picked-wrong'
        ? `✗ ${t('check.notThisOne')}`
        : outcome === 'missed-correct'
          ? missed
          : '';
  return html`<p class="feedback" part="feedback" id=${id}>
    ${label ? html`<span class="outcome ${outcome === 'picked-wrong' ? 'bad' : 'ok'}">${label}</span> ` : nothing}${
      feedback ? html`<span lang=${bankLang ?? nothing} dir="auto">${markdownInline(feedback)}</span>` : nothing
    }
  </p>`;
}

export function renderCheck(q: Question, check: Check, state: CheckState & CheckActions, options: CheckOptions): TemplateResult {
  const { uid, level, noRetry, t, bankLang } = options;
  const bl = bankLang ?? nothing;
  const multiple = isMultipleChoice(check);
  const { result } = state;
  // A check without its own prompt asks the question's: the legend still names the group for
  // screen readers, but is not shown twice under the heading that already shows it.
  return html`
    <fieldset part="check" aria-describedby="${uid}-hint">
      <legend id="${uid}-legend" class=${check.prompt ? nothing : 'visually-hidden'} lang=${bl} dir="auto">${markdownInline(check.prompt ?? q.prompt)}</legend>
      <p class="hint" id="${uid}-hint">${t(multiple ? 'check.chooseAll' : 'check.chooseOne')}</p>
      <ul class="list" role="list">
        ${check.choices.map((choice, i) => {
          const outcome = result?.outcomes[i];
          const id = `${uid}-c${i}`;
          return html`<li class="choice ${outcome ?? ''}" part="choice">
            <label for=${id}>
              <input id=${id} type=${multiple ? 'checkbox' : 'radio'} name="${uid}-choice"
                .checked=${state.picked.includes(i)} ?disabled=${!!result}
                aria-describedby=${outcome ? `${id}-fb` : nothing}
                @change=${(e: Event) => state.pick(i, multiple, (e.target as HTMLInputElement).checked)} />
              <span lang=${bl} dir="auto">${markdownInline(choice.text)}</span>
            </label>
            ${outcome ? renderChoiceFeedback(`${id}-fb`, outcome, choice.feedback, multiple, options) : nothing}
          </li>`;
        })}
      </ul>
    </fieldset>
    ${state.notice ? html`<p class="notice" role="alert">${state.notice}</p>` : nothing}
    ${
      result
        ? html`<section class="panel" part="explanation" aria-labelledby="result">
            ${heading('result', result.correct ? `✓ ${t('check.correct')}` : `✗ ${t('check.wrong')}`, level, `sub ${result.correct ? 'ok' : 'bad'}`)}
            ${check.explanation ? html`<div lang=${bl} dir="auto">${markdown(check.explanation)}</div>` : nothing}
          </section>
          ${noRetry ? nothing : html`<div class="actions"><button part="button" @click=${() => state.retry()}>${t('check.tryAgain')}</button></div>`}`
        : html`<div class="actions"><button class="primary" part="button" @click=${() => state.check()}>${t('check.check')}</button></div>`
    }
  `;
}
