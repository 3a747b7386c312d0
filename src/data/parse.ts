// Bank data to a load result: parses, validates (errors refuse the bank, warnings are reported)
// and indexes it. A chunk of its own in the CDN build: only pages with a bank from `src` or an
// inline script need the validator (the bundled bank is validated when it is built).

import { loadConverter } from './formats/convert.js';
import { indexBank } from './index-bank.js';
import type { TextFormat } from './load.js';
import type { Bank, BankProblem, BankResult } from './types.js';
import { formatProblem, validateBank } from './validate.js';

const fail = (message: string, source: string, problems?: BankProblem[]): BankResult => ({
  ok: false,
  error: problems ? { message, source, problems } : { message, source },
});

/**
 * Validates already parsed data; `source` names where it came from in messages. A bank whose
 * only problems are warnings (fields this version does not know) loads; the warnings are in the
 * result and logged with `console.warn`.
 */
export const parseBank = (data: unknown, source: string): BankResult => checked(data, source, validateBank(data));

/** A load result for `data` with the problems found in it. */
function checked(data: unknown, source: string, problems: BankProblem[]): BankResult {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    return fail(`The question bank from ${source} is not valid: ${formatProblem(errors[0]!)}${more}`, source, problems);
  }
  const bank = indexBank(data as Bank, source);
  if (problems.length === 0) return { ok: true, bank };
  // Once per load: loads of one URL are shared, so a page with many elements warns once.
  console.warn(`quizkit: the question bank from ${source} loaded with warnings:\n${problems.map(formatProblem).join('\n')}`);
  return { ok: true, bank, warnings: problems };
}

/** Parses bank JSON text; `source` names where it came from in messages. */
export function parseBankText(text: string, source: string): BankResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`The question bank from ${source} is not valid JSON: ${(e as Error).message}`, source);
  }
  return parseBank(data, source);
}

/** Bank text in `format` to a load result; Markdown and GIFT load their parser first (within `seconds`). */
export async function parseBankTextAs(text: string, format: TextFormat, source: string, seconds?: number): Promise<BankResult> {
  if (format === 'json') return parseBankText(text, source);
  try {
    const { bank, problems } = (await loadConverter(format, seconds))(text);
    // As convertBank() does: what a parser makes must itself be a valid bank.
    return checked(bank, source, bank ? [...problems, ...validateBank(bank)] : problems);
  } catch (e) {
    // The parser did not load (or, a bug, threw).
    return fail(`Could not load the question bank from ${source}: ${(e as Error).message}`, source);
  }
}
