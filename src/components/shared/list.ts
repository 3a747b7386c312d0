// Topic lists as hosts pass them: `"a,b"` from HTML attributes, `string[]` from React, Vue or code.

import type { PropertyDeclaration } from 'lit';

/** Topic ids, as an attribute gives them (`"evaluation,trees"`) or as an array. */
export type TopicList = string | readonly string[];

/** The ids in a list, trimmed, without empty entries. */
export function parseList(value: TopicList | null | undefined): string[] {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  return items.map((s) => String(s).trim()).filter(Boolean);
}

/**
 * A list-valued property: reflects as `"a,b"`, and a new array with the same ids (a framework
 * re-rendering) is not a change, so it never restarts anything.
 */
export const listProperty: PropertyDeclaration<TopicList> = {
  converter: {
    fromAttribute: (value) => value ?? '',
    toAttribute: (value: TopicList) => parseList(value).join(','),
  },
  hasChanged: (value, old) => parseList(value).join() !== parseList(old).join(),
};
