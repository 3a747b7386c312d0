// Statements on their way to the LRS: kept in localStorage until the LRS accepts them, sent one
// at a time in order with PUT /statements?statementId=…, and retried with backoff while the LRS
// refuses or cannot be reached. Each statement keeps its id, so a statement sent twice (a retry
// after a lost answer, two tabs) is stored once by the LRS.

import type { Statement } from './xapi-statements.js';

/** Retry timing: the first wait, doubled per failure up to the cap, with up to a quarter of jitter. */
export const retry = { firstMs: 1000, maxMs: 60_000 };

/** Statuses worth retrying: the LRS is down, busy or slow; anything else will not change by waiting. */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

interface Item {
  statement: Statement;
  /** The LRS refused it for good (400, 401, 403…): kept, and tried again on the next page load only. */
  held?: boolean;
}

export interface QueueOptions {
  /** The LRS's endpoint, ending in `/`. */
  endpoint: string;
  /** The Authorization header value (`Basic …`). */
  auth: string | undefined;
  /** Told of a failure worth telling the page about (each distinct one once). */
  onError: (message: string) => void;
}

const isStatement = (v: unknown): v is Statement =>
  typeof v === 'object' && v !== null && typeof (v as Statement).id === 'string' && typeof (v as Statement).verb === 'object';

export class StatementQueue {
  readonly #key: string;
  readonly #options: QueueOptions;
  #items: Item[] = [];
  /** Ids the LRS accepted from this page: removed from what other tabs stored too. */
  readonly #accepted = new Set<string>();
  #sending = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  readonly #told = new Set<string>();
  #stopped = false;
  /** Settles whenever the queue becomes empty (tests and pages waiting before they leave). */
  #idle: { promise: Promise<void>; resolve: () => void } | undefined;

  constructor(options: QueueOptions) {
    this.#options = options;
    this.#key = `quizkit:xapi-queue:${options.endpoint}`;
    this.#items = this.#read().map((statement) => ({ statement }));
    if (typeof window !== 'undefined') window.addEventListener('online', this.#onOnline);
    this.#kick();
  }

  #onOnline = (): void => {
    this.#failures = 0;
    this.#kick(0);
  };

  /** The statements stored for this endpoint (by any tab), ignoring what is not one with a warning. */
  #read(): Statement[] {
    let raw: string | null;
    try {
      raw = localStorage.getItem(this.#key);
    } catch {
      return [];
    }
    if (raw === null) return [];
    try {
      const list: unknown = JSON.parse(raw);
      if (Array.isArray(list)) return list.filter(isStatement);
    } catch {
      /* reported below */
    }
    console.warn(`quizkit: the xAPI queue under "${this.#key}" is not a list of statements; it is ignored.`);
    return [];
  }

  /** Writes the queue, merged with what another tab stored meanwhile (never losing its statements). */
  #write(): void {
    const mine = new Set(this.#items.map((i) => i.statement.id));
    const theirs = this.#read().filter((s) => !mine.has(s.id) && !this.#accepted.has(s.id));
    const list = [...this.#items.map((i) => i.statement), ...theirs];
    try {
      if (list.length) localStorage.setItem(this.#key, JSON.stringify(list));
      else localStorage.removeItem(this.#key);
    } catch (e) {
      this.#tell(`xAPI statements cannot be kept across a reload (${(e as Error).message}); they are sent from memory.`);
    }
  }

  #tell(message: string): void {
    if (this.#told.has(message)) return;
    this.#told.add(message);
    this.#options.onError(message);
  }

  /** Queues a statement; it is stored before it is sent. */
  add(statement: Statement): void {
    this.#items.push({ statement });
    this.#write();
    this.#kick(0);
  }

  /** How many statements wait (held ones included). */
  get pending(): number {
    return this.#items.length;
  }

  /** Resolves once nothing waits to be sent (held statements aside). */
  idle(): Promise<void> {
    if (!this.#items.some((i) => !i.held)) return Promise.resolve();
    if (!this.#idle) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.#idle = { promise, resolve };
    }
    return this.#idle.promise;
  }

  /** Stops sending (the reporter was detached); what is queued stays stored for the next page. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    if (typeof window !== 'undefined') window.removeEventListener('online', this.#onOnline);
  }

  #kick(delay = 0): void {
    if (this.#stopped || this.#sending) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#sendNext(), delay);
  }

  async #sendNext(): Promise<void> {
    const item = this.#items.find((i) => !i.held);
    if (!item) {
      this.#idle?.resolve();
      this.#idle = undefined;
      return;
    }
    this.#sending = true;
    const outcome = await this.#put(item.statement);
    this.#sending = false;
    if (this.#stopped) return;
    if (outcome === 'accepted') {
      this.#failures = 0;
      this.#accepted.add(item.statement.id);
      this.#items = this.#items.filter((i) => i !== item);
      this.#write();
      return this.#kick(0);
    }
    if (outcome === 'refused') {
      item.held = true;
      return this.#kick(0);
    }
    const wait = Math.min(retry.maxMs, retry.firstMs * 2 ** this.#failures++);
    this.#kick(wait + Math.random() * wait * 0.25);
  }

  /** One PUT: accepted (204, or 409: the LRS has a statement with this id), refused for good, or to retry. */
  async #put(statement: Statement): Promise<'accepted' | 'refused' | 'retry'> {
    const { endpoint, auth } = this.#options;
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' };
    if (auth) headers.Authorization = auth;
    let response: Response;
    try {
      response = await fetch(`${endpoint}statements?statementId=${encodeURIComponent(statement.id)}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify(statement),
      });
    } catch (e) {
      this.#tell(`The LRS at ${endpoint} cannot be reached (${(e as Error).message}); statements are kept and sent when it answers.`);
      return 'retry';
    }
    if (response.ok || response.status === 409) return 'accepted';
    const detail = (await response.text().catch(() => '')).slice(0, 300);
    if (TRANSIENT.has(response.status)) {
      this.#tell(`The LRS at ${endpoint} answered ${response.status}; statements are kept and sent again.`);
      return 'retry';
    }
    this.#tell(
      `The LRS at ${endpoint} refused a statement (${response.status}${detail ? `: ${detail}` : ''}); it is kept and sent again on the next visit.`,
    );
    return 'refused';
  }
}
