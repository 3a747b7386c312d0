// <quiz-topic-picker>: the bank's topics with question counts and the learner's progress;
// picks topics for a runner, or links each topic to a practice page.

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ProgressStore, TopicStats } from '../../core/progress-store.js';
import { TopicCounts } from '../../core/topic-counts.js';
import { BankController } from '../../controllers/bank-controller.js';
import { LocalizeController } from '../../controllers/localize.js';
import type { IndexedBank, Topic } from '../../data/types.js';
import { canDefine } from '../../define.js';
import { fire } from '../../events.js';
import { pickerEnglish } from '../../i18n/locales/en/picker.js';
import { baseStyles } from '../shared/base.styles.js';
import { QuizElement } from '../shared/quiz-element.js';
import { alert, bankStatus } from '../shared/states.js';
import { listChanged, listConverter, parseList, type TopicList } from '../shared/list.js';
import { pickerStyles } from './topic-picker.styles.js';

// The types this element's API names, for tools that import them from the element's module.
export type { ProgressStorage } from '../../data/progress-storage.js';
export type { QuizErrorDetail, QuizTopicsChangeDetail } from '../../events.js';
export type { TopicList } from '../shared/list.js';
export type { Strings } from '../../i18n/messages.js';

let nextId = 0;

/**
 * Lists a bank's topics with their question counts and the learner's progress (answered,
 * right, due for review). Picks one topic, or several with `multiple`, for the
 * `<quiz-runner>` it sits in or the one named by `for`. With `href`, each topic is a link
 * instead (`{topic}` in it becomes the topic id).
 *
 * The UI language is the picker's `lang`, else the nearest ancestor's, else the bank's
 * `language`, else English; `strings` overrides any message. Topic titles keep the bank's language.
 *
 * Keyboard: Tab reaches the group; arrow keys move between topics (and pick one in single
 * mode), Space toggles a topic in multiple mode, Home and End jump to the first and last.
 *
 * @tagname quiz-topic-picker
 * @summary Topic list with counts and progress; drives a quiz runner or links to practice pages.
 *
 * @fires {CustomEvent<QuizTopicsChangeDetail>} quiz-topics-change - The learner changed the selection: `detail.topics` lists the ids (empty: all topics).
 * @fires {CustomEvent<QuizErrorDetail>} quiz-error - The bank could not be loaded or did not arrive within `load-timeout` (a Retry button loads it again); inside a `<quiz-runner>` or `<quiz-bank>`, the code that asks it for its bank could not load (`source` its tag; Retry loads it again); or `for` names no runner on the page.
 *
 * @csspart topics - The group (fieldset or navigation list).
 * @csspart topic - One topic (label or link).
 * @csspart count - A topic's question count and progress.
 * @csspart meter - A topic's progress bar.
 * @csspart error - The error message.
 * @csspart button - The Retry button of the error message.
 * @csspart loading - The loading message.
 *
 */
export class QuizTopicPicker extends QuizElement {
  static override styles = [baseStyles, pickerStyles];

  static override properties = {
    selected: { converter: listConverter, hasChanged: listChanged, reflect: true },
    multiple: { type: Boolean },
    for: {},
    href: {},
    label: {},
    missing: { state: true },
  };

  /**
   * Selected topic ids: comma-separated (`evaluation,trees`) or an array; empty means all topics.
   * As an attribute, the runner the picker drives starts with them; without it, the picker starts
   * from the runner's topics.
   */
  declare selected: TopicList;
  /** Allow several topics (checkboxes) instead of one (radio buttons with "All topics"). */
  declare multiple: boolean;
  /** Id of the `<quiz-runner>` whose topics this picker sets, when it is not inside one. */
  declare for: string | undefined;
  /** Link mode: each topic links here, `{topic}` replaced by its id, e.g. `/practice?topic={topic}`. */
  declare href: string | undefined;
  /** The group's label; defaults to "Topics" in the picker's language. */
  declare label: string | undefined;

  /** What is wrong with `for`, once the picker found no runner to drive. */
  declare private missing: string | undefined;

  readonly #bank = new BankController(this, undefined, true);
  readonly #l10n = new LocalizeController(this, {
    english: pickerEnglish,
    bankLanguage: () => (this.#bank.state.status === 'ready' ? this.#bank.state.bank.bank.language : undefined),
  });
  readonly #uid = `tp${++nextId}`;
  /** Progress per topic, updated for the questions whose progress changed (a run's save changes none). */
  #counts: TopicCounts | undefined;

  constructor() {
    super();
    this.selected = '';
    this.multiple = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A picker with a selection of its own gives it to the runner it drives; one without starts
    // from the runner's topics. (The runner may not be upgraded yet: attributes work either way.)
    const runner = this.#runner();
    const topics = runner?.topics ?? runner?.getAttribute('topics');
    if (this.hasAttribute('selected')) runner?.setAttribute('topics', String(this.selected));
    else if (topics) this.selected = topics;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('for') && changed.get('for') !== undefined) this.#drive();
  }

  /** The runner this picker drives, one way whether it names it with `for` or sits inside it. */
  #runner(): (Element & { topics?: TopicList }) | null {
    if (!this.for) return this.closest('quiz-runner');
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(this.for) ?? document.getElementById(this.for);
  }

  /** Sets the topics of the runner this picker drives, and tells the page. */
  #drive(): void {
    const topics = parseList(this.selected);
    const runner = this.#runner();
    if (runner && 'topics' in runner) {
      runner.topics = topics.join(',');
      this.missing = undefined;
    } else if (this.for) {
      this.missing = `for="${this.for}": there is no <quiz-runner id="${this.for}"> on this page.`;
    }
    this.reportOnce('for', this.missing ? { message: this.missing, source: 'for' } : undefined);
    fire(this, 'quiz-topics-change', { topics });
  }

  #statsFor(bank: IndexedBank, store: ProgressStore): ReadonlyMap<string, TopicStats> {
    if (this.#counts?.bank !== bank || this.#counts.store !== store) this.#counts = new TopicCounts(bank, store);
    return this.#counts.get();
  }

  #handleChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    if (this.multiple) {
      const set = new Set(parseList(this.selected));
      if (input.checked) set.add(input.value);
      else set.delete(input.value);
      this.selected = [...set].join(',');
    } else {
      this.selected = input.value;
    }
    this.#drive();
  }

  /** Arrow keys, Home and End move between checkboxes as they do natively between radios. */
  #handleKeydown(e: KeyboardEvent): void {
    if (!this.multiple) return;
    const inputs = [...this.renderRoot.querySelectorAll('input')];
    const at = inputs.indexOf(e.target as HTMLInputElement);
    const to = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: inputs.length - 1 }[e.key];
    if (at === -1 || to === undefined) return;
    e.preventDefault();
    inputs[(to + inputs.length) % inputs.length]!.focus();
  }

  #renderCount(stats: TopicStats | undefined): TemplateResult {
    const s = stats ?? { total: 0, answered: 0, correct: 0, due: 0 };
    const { t } = this.#l10n;
    const parts = [
      t('picker.questions', { count: s.total }),
      ...(s.answered ? [t('picker.answered', { count: s.answered }), t('picker.right', { count: s.correct })] : []),
      ...(s.due ? [t('picker.due', { count: s.due })] : []),
    ];
    // A no-break space before each "·": a line that wraps ends with one rather than starts with it.
    return html`<span class="muted" part="count">${parts.join('\u00a0· ')}</span>
      <progress part="meter" aria-hidden="true" max=${s.total || 1} value=${s.answered}></progress>`;
  }

  #renderOption(topic: Pick<Topic, 'id' | 'title'>, checked: boolean, stats: TopicStats | undefined): TemplateResult {
    return html`<li>
      <label part="topic">
        <input type=${this.multiple ? 'checkbox' : 'radio'} name=${this.#uid} .value=${topic.id} .checked=${checked} />
        <span class="title" lang=${this.#bankLang} dir="auto">${topic.title}</span>
        ${this.#renderCount(stats)}
      </label>
    </li>`;
  }

  /** "All topics" (single mode): UI text, not the bank's. */
  #renderAll(title: string, checked: boolean, stats: TopicStats): TemplateResult {
    return html`<li>
      <label part="topic">
        <input type="radio" name=${this.#uid} .value=${''} .checked=${checked} />
        <span class="title">${title}</span>
        ${this.#renderCount(stats)}
      </label>
    </li>`;
  }

  #renderLinks(bank: IndexedBank, stats: ReadonlyMap<string, TopicStats>): TemplateResult {
    return html`<nav part="topics" aria-labelledby="${this.#uid}-label">
      <p class="sub" id="${this.#uid}-label">${this.label || this.#l10n.t('picker.label')}</p>
      <ul class="list">
        ${bank.bank.topics.map(
          (t) => html`<li><a part="topic" href=${this.href!.replaceAll('{topic}', encodeURIComponent(t.id))}>
            <span class="title" lang=${this.#bankLang} dir="auto">${t.title}</span> ${this.#renderCount(stats.get(t.id))}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  /** The bank's language, for `lang` on topic titles (`nothing` when the bank does not say). */
  get #bankLang(): string | typeof nothing {
    const state = this.#bank.state;
    return (state.status === 'ready' && state.bank.bank.language) || nothing;
  }

  override render(): TemplateResult {
    const { lang, dir } = this.#l10n;
    // The UI text speaks the picker's language; topic titles say the bank's (lang, dir="auto").
    return html`<div lang=${lang} dir=${dir}>${this.#renderContent()}</div>`;
  }

  #renderContent(): TemplateResult {
    const state = this.#bank.state;
    const { t } = this.#l10n;
    const status = bankStatus(state, t, 'picker', this.#bank.fromProvider, () => this.#bank.retry());
    if (status || state.status !== 'ready') return status!;
    const { bank, store } = state;
    const stats = this.#statsFor(bank, store);
    if (this.href) return this.#renderLinks(bank, stats);
    const selected = new Set(parseList(this.selected));
    const all = { total: bank.bank.questions.length, answered: 0, correct: 0, due: 0 };
    for (const s of stats.values()) {
      all.answered += s.answered;
      all.correct += s.correct;
      all.due += s.due;
    }
    return html`<fieldset part="topics" @change=${this.#handleChange} @keydown=${this.#handleKeydown}
        aria-describedby=${this.multiple ? `${this.#uid}-hint` : nothing}>
      <legend>${this.label || t('picker.label')}</legend>
      ${this.missing ? alert(t('picker.notConnected'), t('picker.noRunner', { id: this.for ?? '' })) : nothing}
      ${this.multiple ? html`<p class="hint" id="${this.#uid}-hint">${t('picker.hintMultiple')}</p>` : nothing}
      <ul class="list">
        ${this.multiple ? nothing : this.#renderAll(t('common.allTopics'), selected.size === 0, all)}
        ${bank.bank.topics.map((t) => this.#renderOption(t, selected.has(t.id), stats.get(t.id)))}
      </ul>
    </fieldset>`;
  }
}

if (canDefine('quiz-topic-picker')) customElements.define('quiz-topic-picker', QuizTopicPicker);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-topic-picker': QuizTopicPicker;
  }
}
