// A bank's lookup tables, built once, so that elements never scan its arrays per render.

import type { Bank, IndexedBank, Question } from './types.js';

/** Builds the lookup tables once per bank. */
export function indexBank(bank: Bank, source: string): IndexedBank {
  const questionsById = new Map<string, Question>();
  const questionsByTopic = new Map<string, Question[]>(bank.topics.map((t) => [t.id, []]));
  for (const q of bank.questions) {
    questionsById.set(q.id, q);
    questionsByTopic.get(q.topic)?.push(q);
  }
  return { bank, source, questionsById, topicsById: new Map(bank.topics.map((t) => [t.id, t])), questionsByTopic };
}

/** Puts the completed `q` in the place of its outline (the entry of the same id), in every table of `indexed`. */
export function replaceQuestion(indexed: IndexedBank, q: Question): void {
  const old = indexed.questionsById.get(q.id);
  indexed.questionsById.set(q.id, q);
  const swap = (list: Question[] | undefined): void => {
    const i = old ? (list?.indexOf(old) ?? -1) : -1;
    if (i >= 0) list![i] = q;
  };
  swap(indexed.bank.questions);
  swap(indexed.questionsByTopic.get(q.topic));
}
