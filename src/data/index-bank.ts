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
