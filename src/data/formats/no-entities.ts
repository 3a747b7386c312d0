// Stands in for micromark's table of HTML entity names (decode-named-character-reference, 12 KB
// gzip) in the CDN build. markdown.ts turns character references off, since bank text keeps its
// Markdown source and the kit's renderer does not decode them either; the table is then only
// consulted for link destinations, titles and code fence info, which quizkit never reads.

/** No name is decoded: `&amp;` stays as written. */
export const decodeNamedCharacterReference = (_name: string): false => false;
