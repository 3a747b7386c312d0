// `<quiz-runner report="xapi">`: sends a run's xAPI statements to an LRS, configured by the
// runner's xapi-* attributes or by the launch parameters in the page's URL (the xAPI launch and
// cmi5 conventions: endpoint, auth or fetch, actor, registration, activity_id).
//
// Statements are built here and sent with fetch: the maintained client, @xapi/xapi, bundles
// axios and adds about 17 KB gzip for the one request this needs (PUT /statements).

import { fire, type QuizAnswerDetail, type QuizCompleteDetail, type QuizStartDetail } from '../events.js';
import type { Reporter, ReportedEvent, ReportHost } from './report-controller.js';
import { StatementQueue } from './xapi-queue.js';
import { answered, completed, initialized, judged, toAgent, uuid, type RunContext } from './xapi-statements.js';

/** One queue per LRS endpoint per page, shared by the runners that report to it. */
const queues = new Map<string, StatementQueue>();

interface Launch {
  endpoint: string;
  auth: string | undefined;
  actor: unknown;
  registration: string | undefined;
  activity: string | undefined;
}

/** The launch settings: the runner's attributes first, then the page URL's parameters. */
async function launchOf(host: ReportHost): Promise<Launch> {
  const params = new URL(location.href).searchParams;
  const endpoint = host.xapiEndpoint || params.get('endpoint') || '';
  let auth = host.xapiAuth || params.get('auth') || undefined;
  const fetchUrl = params.get('fetch');
  if (!auth && fetchUrl) {
    // cmi5: the auth token is fetched once from the URL the LMS gave.
    const response = await fetch(fetchUrl, { method: 'POST' });
    const body = (await response.json().catch(() => ({}))) as { 'auth-token'?: string; 'error-text'?: string };
    if (!response.ok || !body['auth-token'])
      throw new Error(`the cmi5 fetch URL gave no auth token (${body['error-text'] ?? response.status})`);
    auth = `Basic ${body['auth-token']}`;
  }
  return {
    endpoint: endpoint && !endpoint.endsWith('/') ? `${endpoint}/` : endpoint,
    auth,
    actor: host.xapiActor || params.get('actor'),
    registration: params.get('registration') ?? undefined,
    activity: params.get('activity_id') ?? undefined,
  };
}

/** The run being reported, kept across a reload (a resumed run fires no quiz-start). */
interface Attempt {
  registration: string;
  activity: string;
  title: string;
}

const attemptKey = (host: ReportHost): string => `quizkit:xapi-run:${location.pathname}#${host.id}`;

function loadAttempt(host: ReportHost): Attempt | undefined {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(attemptKey(host)) ?? 'null');
    if (
      v &&
      typeof v === 'object' &&
      ['registration', 'activity', 'title'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string')
    ) {
      return v as Attempt;
    }
  } catch {
    /* none, or not ours: a new one is made at the next start */
  }
  return undefined;
}

function saveAttempt(host: ReportHost, attempt: Attempt): void {
  try {
    localStorage.setItem(attemptKey(host), JSON.stringify(attempt));
  } catch {
    /* kept in memory for this page view */
  }
}

/** Starts reporting the runner's runs; events before the launch settings are read wait for them. */
export function attach(host: ReportHost): Reporter {
  let detached = false;
  let handle: Reporter['handle'] | undefined;
  const waiting: [ReportedEvent, unknown][] = [];
  const fail = (message: string): void => {
    if (!detached) fire(host, 'quiz-error', { message: `xAPI: ${message}`, source: 'xapi' });
  };
  void launchOf(host).then(
    (launch) => {
      if (detached) return;
      const actor = toAgent(launch.actor);
      if (!launch.endpoint || !actor) {
        const missing = [
          launch.endpoint ? '' : 'an LRS endpoint (xapi-endpoint, or "endpoint" in the page URL)',
          actor ? '' : 'an actor with an mbox or account (xapi-actor, or "actor" in the page URL)',
        ].filter(Boolean);
        fail(`report="xapi" needs ${missing.join(' and ')}; nothing is sent.`);
        return;
      }
      let queue = queues.get(launch.endpoint);
      if (!queue)
        queues.set(launch.endpoint, (queue = new StatementQueue({ endpoint: launch.endpoint, auth: launch.auth, onError: fail })));
      const q = queue;
      const page = `${location.origin}${location.pathname}`;
      const newAttempt = (bank?: { id: string; title: string }): Attempt => ({
        // A launch's registration spans its runs; without one, each run is a registration of its own.
        registration: launch.registration ?? uuid(),
        activity: launch.activity ?? `${page}#${encodeURIComponent(bank?.id ?? 'quiz')}`,
        title: bank?.title ?? document.title,
      });
      let attempt = loadAttempt(host);
      // A run resumed from before this reporter kept anything still reports, under a new registration.
      const run = (): RunContext => ({ actor, ...(attempt ??= newAttempt()) });
      handle = (name, detail) => {
        const now = Date.now();
        if (name === 'quiz-start') {
          attempt = newAttempt((detail as QuizStartDetail).bank);
          saveAttempt(host, attempt);
          q.add(initialized(run(), now));
        } else if (name === 'quiz-answer') q.add(answered(run(), detail as QuizAnswerDetail, now));
        else {
          q.add(judged(run(), detail as QuizCompleteDetail, now));
          q.add(completed(run(), detail as QuizCompleteDetail, now));
        }
      };
      for (const [name, detail] of waiting.splice(0)) handle(name, detail);
    },
    (e: Error) => fail(e.message),
  );
  return {
    handle: (name, detail) => (handle ? handle(name, detail) : waiting.push([name, detail])),
    detach: () => {
      detached = true;
      handle = undefined;
    },
  };
}

/** Resolves once every statement queued for `endpoint` was accepted (tests; pages that wait before leaving). */
export const settled = (endpoint: string): Promise<void> =>
  queues.get(endpoint.endsWith('/') ? endpoint : `${endpoint}/`)?.idle() ?? Promise.resolve();

/** Forgets the page's queues as a page that goes away does (tests simulate a reload with it). */
export function forgetQueues(): void {
  queues.forEach((q) => q.stop());
  queues.clear();
}
