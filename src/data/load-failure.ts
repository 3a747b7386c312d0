// Says why a bank fetch or a lazy import failed, in words a page author can act on.

/** Why nothing loads on a page opened from file://, and what to do instead. */
export const FILE_PAGE_PROBLEM = 'pages opened from file:// cannot load files; serve the folder over http, e.g. with "npx serve"';

/** Whether the page was opened from a file:// address (never true outside a browser). */
export const onFilePage = (protocol: string | undefined = globalThis.location?.protocol): boolean => protocol === 'file:';

/**
 * The reason to show for a failed fetch or import. Browsers refuse both on a page opened from
 * file://, with a message that does not say so ("Failed to fetch"), so there the cause is named;
 * elsewhere the error's own message is the best we know.
 */
export function loadFailure(error: unknown, protocol?: string): string {
  if (onFilePage(protocol)) return FILE_PAGE_PROBLEM;
  return error instanceof Error ? error.message : String(error);
}
