// Makes files fail or stall for this test page only (see scripts/fault-middleware.mjs).

export type Fault = '500' | '404' | 'garbage' | 'stall' | 'stall-body';

const faults: Record<string, Fault> = {};

const write = (): void => {
  document.cookie = `quizkit-fault=${encodeURIComponent(JSON.stringify(faults))}; path=/`;
};

/** From now on, requests for `path` (e.g. `/src/core/grader.ts`) get `fault`. */
export function fault(path: string, kind: Fault): void {
  faults[path] = kind;
  write();
}

/** Requests for `path`, or for every path, are answered normally again. */
export function clearFaults(path?: string): void {
  for (const key of Object.keys(faults)) if (path === undefined || key === path) delete faults[key];
  write();
}
