// How long the kit waits for code and banks it loads, and the one way it gives up waiting.

/** Seconds to wait for a chunk or a bank before giving up, unless an element's `load-timeout` says otherwise. */
export const DEFAULT_LOAD_TIMEOUT = 15;

/** `load-timeout` in seconds as given, or the default when it is not a positive number. */
export const loadTimeout = (seconds: number | undefined): number =>
  typeof seconds === 'number' && seconds > 0 && Number.isFinite(seconds) ? seconds : DEFAULT_LOAD_TIMEOUT;

/**
 * Rejects with `reason()` if `promise` has not settled within `seconds`. The work itself goes on
 * (a browser cannot cancel a module fetch); only the wait ends, so that nobody waits forever.
 */
export function withTimeout<T>(promise: Promise<T>, seconds: number | undefined, reason: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(reason()), loadTimeout(seconds) * 1000);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
