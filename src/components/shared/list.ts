// Topic lists as hosts pass them: `"a,b"` from HTML attributes, `string[]` from React, Vue or code.

import type { ComplexAttributeConverter } from 'lit';

/** Topic ids, as an attribute gives them (`"evaluation,trees"`) or as an array. */
export type TopicList = string | readonly string[];

/** The ids in a list, trimmed, without empty entries. */
export function parseList(value: TopicList | null | undefined): string[] {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  return items.map((s) => String(s).trim()).filter(Boolean);
}

/** Reflects a list as `"a,b"`; reads the attribute as it is. */
export const listConverter: ComplexAttributeConverter<TopicList> = {
  fromAttribute: (value) => value ?? '',
  toAttribute: (value: TopicList) => parseList(value).join(','),
};

/** A new array with the same ids (a framework re-rendering) is not a change: it restarts nothing. */
export const listChanged = (value: TopicList, old: TopicList | undefined): boolean => parseList(value).join() !== parseList(old).join();
