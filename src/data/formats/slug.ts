// Ids from text, shared by the GIFT and Markdown parsers (and so by both of their lazy chunks).

/** Lower-case words joined by hyphens: ids from GIFT `::title::`, category paths and Markdown headings. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
