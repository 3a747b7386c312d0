// English: messages every element uses (in the shared kit chunk).
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

export const shared = {
  'common.retry': 'Retry',
  /** Joins items that carry markup (highlighted words), where a list format cannot be used. */
  'common.comma': ', ',
  /** Joins longer items (chosen answers, missed key points). */
  'common.semicolon': '; ',
};
