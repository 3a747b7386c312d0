// convertBank: an authoring format (GIFT, Markdown) to bank JSON. Each parser is a lazy chunk, so a
// page or script that never converts never loads it.

import { loadChunk } from '../../internal/lazy.js';
import type { Bank, BankProblem } from '../types.js';
import { validateBank } from '../validate.js';

export type BankFormat = 'gift' | 'markdown';

/**
 * A converted bank and the problems met on the way, each with the line it starts on
 * (`path: "line 12"`). `bank` is there when no problem is an `error`; warnings (a question type
 * quizkit cannot run, skipped) leave a bank that loads.
 */
export interface ConvertResult {
  bank?: Bank;
  problems: BankProblem[];
}

export interface ConvertOptions {
  /** The bank's title when the text gives none (GIFT has no place for one; Markdown's is its `#` heading). */
  title?: string;
}

/** A parser: text in one format to a bank; it may throw only on a bug of its own. */
export type Converter = (text: string, title?: string) => ConvertResult;

const formats: Record<BankFormat, (timeoutSeconds?: number) => Promise<Converter>> = {
  gift: async (seconds) => (await loadChunk('GIFT parser', seconds)).giftToBank,
  markdown: async (seconds) => (await loadChunk('Markdown parser', seconds)).markdownToBank,
};

/** The parser of `format`, a lazy chunk; rejects with a ChunkError that names it when it cannot load. */
export const loadConverter = (format: BankFormat, timeoutSeconds?: number): Promise<Converter> => formats[format](timeoutSeconds);

/** Converts `text` in `format` to a bank, never throwing: a failure is a problem in the result. */
export async function convertBank(text: string, format: BankFormat, options: ConvertOptions = {}): Promise<ConvertResult> {
  if (!Object.hasOwn(formats, format)) {
    return {
      problems: [
        {
          path: 'format',
          message: `"${String(format)}" is not a format quizkit converts (it knows: ${Object.keys(formats).join(', ')})`,
          severity: 'error',
        },
      ],
    };
  }
  if (typeof text !== 'string') {
    return {
      problems: [
        { path: 'text', message: `a ${format} bank must be text, not ${text === null ? 'null' : typeof text}`, severity: 'error' },
      ],
    };
  }
  let convert: Converter;
  try {
    convert = await loadConverter(format);
  } catch (e) {
    return { problems: [{ path: 'format', message: `could not load the ${format} parser: ${(e as Error).message}`, severity: 'error' }] };
  }
  let converted: ConvertResult;
  try {
    converted = convert(text, options.title);
  } catch (e) {
    // Only a converter bug lands here; callers were promised a result, not an exception.
    return { problems: [{ path: 'line 1', message: `could not convert the ${format} bank: ${(e as Error).message}`, severity: 'error' }] };
  }
  const { bank, problems } = converted;
  if (problems.some((p) => p.severity === 'error') || !bank) return { problems };
  // The converter's output must itself be a valid bank; a failure here is a converter bug, but
  // it is reported rather than handed on.
  const invalid = validateBank(bank);
  if (invalid.some((p) => p.severity === 'error')) return { problems: [...problems, ...invalid] };
  return { bank, problems };
}
