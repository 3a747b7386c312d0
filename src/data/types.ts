// The question bank format (see bank.schema.json): plain data, shared by every element.

export type Difficulty = 'easy' | 'medium' | 'hard';

/** A topic groups questions; a bank has at least one. */
export interface Topic {
  id: string;
  title: string;
  description?: string;
}

/** One thing a grader listens for in a typed answer, with the words that signal it. */
export interface KeyPoint {
  point: string;
  keywords?: string[];
}

/**
 * A common wrong claim the answer grader listens for. Stating it (not denying it) shows
 * `feedback` and takes away the key point at index `point` (or one point when it names none).
 * `keywords` signal the claim and match like key point keywords (`"ridge|l2: exactly zero"`
 * binds a claim to a subject); without them the claim's own words must appear close together.
 */
export interface Misconception {
  claim: string;
  keywords?: string[];
  feedback: string;
  point?: number;
}

export interface Choice {
  text: string;
  correct?: boolean;
  feedback?: string;
}

/** An auto-graded check; more than one correct choice makes it multiple choice. */
export interface Check {
  /** What the check asks; without one, the check asks the question's own prompt. */
  prompt?: string;
  choices: Choice[];
  explanation?: string;
}

export interface Question {
  id: string;
  topic: string;
  difficulty?: Difficulty;
  prompt: string;
  /** Other phrasings of the same question. */
  variants?: string[];
  /** Why interviewers ask it. */
  why?: string;
  /** The model answer. */
  answer?: string;
  keyPoints?: KeyPoint[];
  /** Common wrong claims the answer grader looks for. */
  misconceptions?: Misconception[];
  check?: Check;
}

export interface Bank {
  /** The JSON Schema the file names, for editors (`…/bank.schema.json`); the kit ignores it. */
  $schema?: string;
  id?: string;
  title: string;
  version?: string;
  language?: string;
  topics: Topic[];
  questions: Question[];
}

/**
 * One problem of a bank: `path` is where, e.g. `questions[3].topic`. An `error` refuses the
 * bank; a `warning` (a field this version does not know) is reported and the bank still loads.
 */
export interface BankProblem {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** A bank with lookup tables built once, so elements never scan the arrays per render. */
export interface IndexedBank {
  bank: Bank;
  /** Where it came from: a URL, `inline`, `bundled` or `property`. */
  source: string;
  questionsById: Map<string, Question>;
  topicsById: Map<string, Topic>;
  questionsByTopic: Map<string, Question[]>;
  /**
   * Only on a bank whose questions are completed one by one: the bundled bank (split at build
   * time), or a bank an element loaded from `src` or an inline script (each question checked in
   * full when first used). Its questions then hold their outline (id, topic, difficulty, prompt)
   * until `load` has completed them.
   */
  lazy?: LazyQuestions;
}

/** How the questions of a bank that loads them one by one are completed (see IndexedBank.lazy). */
export interface LazyQuestions {
  /** The `source` of the `quiz-error` an element fires when a question cannot be completed: `bundled`, or the bank's URL. */
  source: string;
  /** Per question id, what planning a run needs before it loads: the choices of its check (0: none) and its key points. */
  counts: ReadonlyMap<string, { choices: number; keyPoints: number }>;
  /** Whether question `id` is complete; with `answer`, also its answer parts (model answer, key points, misconceptions, other phrasings). */
  has(id: string, answer: boolean): boolean;
  /**
   * Completes question `id` in the bank (with its answer parts when `answer`) and resolves to it;
   * rejects with an Error that names the question when it could not load within `timeout` seconds,
   * or one named `InvalidQuestionError` when the question breaks the bank format (loading it again
   * cannot help).
   */
  load(id: string, answer: boolean, timeout?: number): Promise<Question>;
}

export type BankResult =
  | {
      ok: true;
      bank: IndexedBank;
      /** Fields of the bank this version ignores (only present when there are some). */
      warnings?: BankProblem[];
    }
  | { ok: false; error: { message: string; source: string; problems?: BankProblem[] } };
