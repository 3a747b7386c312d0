// The SCORM run-time API of the LMS (1.2 `API` or 2004 `API_1484_11`): found by the standard
// search through parent and opener frames, and called through one small wrapper that turns
// every failure into an error carrying the LMS's own code and diagnostic text.
//
// Written here rather than taken from a library: the content-side SCORM wrappers on npm
// (pipwerks-scorm-api-wrapper, @gamestdio/scorm) are unmaintained, and scorm-again, the
// maintained runtime, is the LMS side (it is what the tests use as the LMS).

interface Api12 {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

interface Api2004 {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type ScormVersion = '1.2' | '2004';

/** An LMS call that failed: `code` and `diagnostic` are the LMS's own (GetLastError, GetDiagnostic). */
export class ScormError extends Error {
  constructor(
    readonly call: string,
    readonly code: string,
    readonly diagnostic: string,
  ) {
    super(`the LMS refused ${call}: error ${code}${diagnostic ? ` (${diagnostic})` : ''}`);
    this.name = 'ScormError';
  }
}

/** How far up a frame chain to look, as in ADL's reference search (a loop guard, not a real depth). */
const MAX_DEPTH = 500;

/** The API object of `win`, if it has one; a cross-origin frame answers nothing. */
function apiOf(win: Window): { api: Api12 | Api2004; version: ScormVersion } | undefined {
  try {
    const w = win as Window & { API_1484_11?: Api2004; API?: Api12 };
    if (w.API_1484_11 && typeof w.API_1484_11.Initialize === 'function') return { api: w.API_1484_11, version: '2004' };
    if (w.API && typeof w.API.LMSInitialize === 'function') return { api: w.API, version: '1.2' };
  } catch {
    /* another origin's frame: not ours to read */
  }
  return undefined;
}

/** Looks in `win` and its parents, nearest first. */
function searchUp(win: Window | null): ReturnType<typeof apiOf> {
  for (let depth = 0; win && depth < MAX_DEPTH; depth++) {
    const found = apiOf(win);
    if (found) return found;
    let parent: Window | null;
    try {
      parent = win.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

/** The standard search: this window and its parents, then the window that opened it and its parents. */
export function findApi(win: Window = window): ReturnType<typeof apiOf> {
  const found = searchUp(win);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = win.top?.opener ?? win.opener;
  } catch {
    /* cross-origin top */
  }
  return opener ? searchUp(opener) : undefined;
}

/** Element names that differ between the two versions, by their 2004 name. */
const NAMES_12: Record<string, string> = {
  'cmi.location': 'cmi.core.lesson_location',
  'cmi.entry': 'cmi.core.entry',
  'cmi.exit': 'cmi.core.exit',
  'cmi.session_time': 'cmi.core.session_time',
  'cmi.score.raw': 'cmi.core.score.raw',
  'cmi.score.min': 'cmi.core.score.min',
  'cmi.score.max': 'cmi.core.score.max',
  'cmi.learner_id': 'cmi.core.student_id',
};

/** One LMS session: every call checked, every failure a ScormError. */
export class ScormApi {
  constructor(
    readonly api: Api12 | Api2004,
    readonly version: ScormVersion,
  ) {}

  get #is12(): boolean {
    return this.version === '1.2';
  }

  /** The LMS's last error as a ScormError, or undefined when it reports none. */
  #lastError(call: string): ScormError | undefined {
    const a = this.api;
    try {
      const code = String(this.#is12 ? (a as Api12).LMSGetLastError() : (a as Api2004).GetLastError());
      if (code === '0' || code === '') return undefined;
      const text = this.#is12 ? (a as Api12).LMSGetErrorString(code) : (a as Api2004).GetErrorString(code);
      const diagnostic = this.#is12 ? (a as Api12).LMSGetDiagnostic(code) : (a as Api2004).GetDiagnostic(code);
      return new ScormError(call, code, [text, diagnostic].filter((s, i, all) => s && all.indexOf(s) === i).join(': '));
    } catch (e) {
      return new ScormError(call, '?', String((e as Error)?.message ?? e));
    }
  }

  /** Runs an LMS call that answers "true"/"false" and throws a ScormError when it failed. */
  #check(call: string, run: () => unknown): void {
    let ok: unknown;
    try {
      ok = run();
    } catch (e) {
      throw new ScormError(call, '?', String((e as Error)?.message ?? e));
    }
    if (String(ok) !== 'true') throw this.#lastError(call) ?? new ScormError(call, '?', `it answered ${String(ok)}`);
  }

  /** The element name in this version (names are given in 2004 form). */
  name(element: string): string {
    return this.#is12 ? (NAMES_12[element] ?? element) : element;
  }

  initialize(): void {
    this.#check('Initialize', () => (this.#is12 ? (this.api as Api12).LMSInitialize('') : (this.api as Api2004).Initialize('')));
  }

  terminate(): void {
    this.#check('Terminate', () => (this.#is12 ? (this.api as Api12).LMSFinish('') : (this.api as Api2004).Terminate('')));
  }

  commit(): void {
    this.#check('Commit', () => (this.#is12 ? (this.api as Api12).LMSCommit('') : (this.api as Api2004).Commit('')));
  }

  get(element: string): string {
    const name = this.name(element);
    let value: unknown;
    try {
      value = this.#is12 ? (this.api as Api12).LMSGetValue(name) : (this.api as Api2004).GetValue(name);
    } catch (e) {
      throw new ScormError(`GetValue("${name}")`, '?', String((e as Error)?.message ?? e));
    }
    // An empty value is also what a failed call returns: only then is the error code meaningful.
    if (value === '' || value === undefined || value === null) {
      const error = this.#lastError(`GetValue("${name}")`);
      // 2004's 403 "not initialized" is how a first launch answers for suspend_data: no value yet.
      if (error && !(error.code === '403' && !this.#is12)) throw error;
    }
    return String(value ?? '');
  }

  set(element: string, value: string): void {
    const name = this.name(element);
    this.#check(`SetValue("${name}")`, () =>
      this.#is12 ? (this.api as Api12).LMSSetValue(name, value) : (this.api as Api2004).SetValue(name, value),
    );
  }
}
