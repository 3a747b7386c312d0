// Collects console.warn messages during each test of the calling suite, and restores console.warn after.

/** Call inside a describe (or at the top of a file); read the messages of the current test from the result. */
export function captureWarnings(): { readonly messages: string[] } {
  const captured = { messages: [] as string[] };
  const realWarn = console.warn;
  beforeEach(() => {
    captured.messages = [];
    console.warn = (message: string) => captured.messages.push(message);
  });
  afterEach(() => {
    console.warn = realWarn;
  });
  return captured;
}
