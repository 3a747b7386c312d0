// The bundled bank as elements load it, split at build time (scripts/split-bank.mjs): a card its
// one question, pickers and runners the index; questions complete as they are shown. The split
// is validated at build time (test/node/bank-split.test.mjs), so nothing here runs the validator.

import { loadBankPart, type BankPart } from '../internal/lazy.js';
import { indexBank, replaceQuestion } from './index-bank.js';
import type { Bank, BankResult, IndexedBank, LazyQuestions, Question, Topic } from './types.js';

/** Where the bundled bank comes from, in messages (as loadBundledBank says), and the `source` of its errors. */
const SOURCE = 'the bundled bank';
const ERROR_SOURCE = 'bundled';

type Meta = Pick<Bank, 'id' | 'title' | 'version' | 'language'>;
/** A question chunk: the question's topic travels with it (the bank's meta is in ids.ts, with a card's code). */
interface QuestionChunk {
  topic: Topic;
  question: Question;
}
/** An index entry: counts stand for the check and key points until the question loads. */
type Entry = Pick<Question, 'id' | 'topic' | 'difficulty' | 'prompt'> & { choices?: number; keyPoints?: number };
interface IndexChunk extends Meta {
  topics: Topic[];
  questions: Entry[];
}

/** Loads of each part, shared by the page; a failed one is forgotten, so that Retry loads it again. */
const parts = new Map<string, Promise<unknown>>();
function part<T>(kind: BankPart, id: string, timeout: number | undefined, known?: boolean): Promise<T> {
  const key = `${kind}:${id}`;
  let load = parts.get(key);
  if (!load) {
    load = loadBankPart(kind, id, timeout, known);
    load.catch(() => parts.delete(key));
    parts.set(key, load);
  }
  return load as Promise<T>;
}

/** Question `id` in full, with its answer parts when `answer`; the chunks load in parallel. Refused unless `known` (in the bank). */
async function question(id: string, answer: boolean, timeout: number | undefined, known?: boolean): Promise<QuestionChunk> {
  const [chunk, more] = await Promise.all([
    part<QuestionChunk>('question', id, timeout, known),
    answer ? part<Partial<Question>>('answer', id, timeout, known) : undefined,
  ]);
  return { ...chunk, question: { ...chunk.question, ...more } };
}

/**
 * `bank` indexed, its questions completed on demand; `complete` are the ids already complete (with
 * their answer parts or not). Only the ids of `counts`, the bank's own, are ever loaded.
 */
function lazyBank(bank: Bank, counts: LazyQuestions['counts'], complete: Map<string, boolean>): IndexedBank {
  const indexed = indexBank(bank, SOURCE);
  const has = (id: string, answer: boolean): boolean => complete.has(id) && (!answer || complete.get(id)!);
  indexed.lazy = {
    source: ERROR_SOURCE,
    counts,
    has,
    async load(id, answer, timeout) {
      if (!has(id, answer)) {
        // Ids come from pages (a runner's saved run, say): only the bank's own name a file.
        const { question: q } = await question(id, answer, timeout, counts.has(id));
        // A load with the answer parts may have finished first: never replace it with less.
        if (!has(id, answer)) {
          replaceQuestion(indexed, q);
          complete.set(id, answer);
        }
      }
      return indexed.questionsById.get(id)!;
    },
  };
  return indexed;
}

const countsOf = (q: Question): { choices: number; keyPoints: number } => ({
  choices: q.check?.choices.length ?? 0,
  keyPoints: q.keyPoints?.length ?? 0,
});

const failed = (message: string): BankResult => ({ ok: false, error: { message, source: ERROR_SOURCE } });

/**
 * The one question a card shows: its id, whether with its answer parts, and the bundled bank's ids
 * to check it against (banks/ml-interview/ids.ts). Only a card's code carries those: pickers and
 * runners take their ids from the index, so the card hands them over (BankController's `question`).
 */
export interface OneQuestion {
  id: string;
  answer: boolean;
  bundled: { ids: ReadonlySet<string>; meta: Meta };
}

/**
 * The bundled bank with only the question `one` names, for a card on its own: two small files, not
 * the index. Its progress is kept under the bank's id, as the whole bank's. An id the bank does not
 * have gives a bank without questions, which the card names, and no request: ids come from pages,
 * and in the CDN build an id names a file.
 */
export async function loadBundledQuestion({ id, answer, bundled }: OneQuestion, timeout?: number): Promise<BankResult> {
  if (!bundled.ids.has(id)) return { ok: true, bank: indexBank({ ...bundled.meta, topics: [], questions: [] }, SOURCE) };
  try {
    const chunk = await question(id, answer, timeout);
    const bank = { ...bundled.meta, topics: [chunk.topic], questions: [chunk.question] };
    return { ok: true, bank: lazyBank(bank, new Map([[id, countsOf(chunk.question)]]), new Map([[id, answer]])) };
  } catch (e) {
    return failed(`Could not load the bundled question bank: ${(e as Error).message}`);
  }
}

let index: Promise<BankResult> | undefined;

/** The bundled bank's index, for pickers and runners: one shared bank per page whose questions complete as they are shown. */
export function loadBundledIndex(timeout?: number): Promise<BankResult> {
  index ??= part<IndexChunk>('index', '', timeout).then(
    ({ topics, questions, ...meta }) => {
      const counts = new Map(questions.map((q) => [q.id, { choices: q.choices ?? 0, keyPoints: q.keyPoints ?? 0 }]));
      const entries = questions.map(({ choices: _c, keyPoints: _k, ...q }) => q as Question);
      return { ok: true, bank: lazyBank({ ...meta, topics, questions: entries }, counts, new Map()) };
    },
    (e: Error) => {
      index = undefined;
      return failed(`Could not load the bundled question bank: ${e.message}`);
    },
  );
  return index;
}
