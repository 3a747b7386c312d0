// `<quiz-runner report="scorm">`: reports runs to the SCORM 1.2 or 2004 LMS around the page (score,
// status, session time, one interaction per answer) and keeps the learner's progress and
// unfinished run in suspend_data, through the runner's progressStorage.

import type { ProgressStorage } from '../data/progress-storage.js';
import { fire, type QuizAnswerDetail, type QuizCompleteDetail, type QuizStartDetail } from '../events.js';
import type { Reporter, ReportHost } from './report-controller.js';
import { findApi, ScormApi, ScormError } from './scorm-api.js';
import { pack, unpack } from './suspend-data.js';
import { isoDuration, scorm12Time, scorm12Timespan, scorm2004Time } from './time.js';

/** suspend_data's size: CMIString4096 in 1.2, characterstring(SPM 64000) in 2004. */
const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64_000 };

/** One SCO per page: one LMS session, whichever runners report to it. */
interface Session {
  api: ScormApi;
  started: number;
  /** Runners to tell of LMS errors. */
  hosts: Set<ReportHost>;
  /** Errors already told, by call and code: an LMS that refuses something refuses it every time. */
  told: Set<string>;
  storage: ProgressStorage;
  closed: boolean;
}

let session: Session | undefined;
/** Runners already told that there is no LMS. */
const toldNoApi = new WeakSet<ReportHost>();

function tell(s: Session, e: unknown): void {
  const error = e instanceof ScormError ? e : new ScormError('?', '?', String((e as Error)?.message ?? e));
  const id = `${error.call}|${error.code}`;
  console.warn(`quizkit: SCORM: ${error.message}`);
  if (s.told.has(id)) return;
  s.told.add(id);
  for (const host of s.hosts) fire(host, 'quiz-error', { message: `SCORM: ${error.message}`, source: 'scorm' });
}

/** Runs LMS calls; the first failure stops them and is told (the runner carries on regardless). */
function calls(s: Session, run: (api: ScormApi) => void): boolean {
  if (s.closed) return false;
  try {
    run(s.api);
    return true;
  } catch (e) {
    tell(s, e);
    return false;
  }
}

/** Keys of unfinished runs name the page; an LMS may launch the same SCO under another path. */
const PAGE = (): string => location.pathname;

/** Progress in suspend_data, packed to fit (see suspend-data.ts). */
function suspendStorage(s: Session): ProgressStorage {
  const warned = new Set<string>();
  const warnOnce = (message: string): void => {
    if (!warned.has(message)) console.warn(`quizkit: SCORM suspend_data: ${message}`);
    warned.add(message);
  };
  return {
    get(key, bank) {
      let raw = '';
      if (!calls(s, (api) => (raw = api.get('cmi.suspend_data')))) throw new Error('the LMS did not give suspend_data');
      const text = unpack(raw, key, bank, PAGE());
      if (text === undefined)
        warnOnce('it holds something that is not quizkit progress for this bank; it is ignored, and replaced at the next answer.');
      return text ?? null;
    },
    set(key, value, bank) {
      const dropped: string[] = [];
      const packed = pack(value, key, bank, SUSPEND_LIMIT[s.api.version], dropped, PAGE());
      if (packed === undefined)
        return warnOnce('the progress does not fit even without the unfinished run; it is kept for this page view only.');
      if (dropped.length) warnOnce(`to fit ${SUSPEND_LIMIT[s.api.version]} characters, left out ${dropped.join(', then ')}.`);
      calls(s, (api) => api.set('cmi.suspend_data', packed));
    },
  };
}

function open(): Session | undefined {
  if (session) return session.closed ? undefined : session;
  const found = findApi();
  if (!found) return undefined;
  const api = new ScormApi(found.api, found.version);
  const s: Session = {
    api,
    started: Date.now(),
    hosts: new Set(),
    told: new Set(),
    storage: { get: () => null, set: () => {} },
    closed: false,
  };
  s.storage = suspendStorage(s);
  session = s;
  const ok = calls(s, (a) => {
    a.initialize();
    const is12 = a.version === '1.2';
    const status = a.get(is12 ? 'cmi.core.lesson_status' : 'cmi.completion_status');
    if (status === 'not attempted' || status === 'unknown' || status === '')
      a.set(is12 ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
    // The learner may come back to their progress: the LMS keeps suspend_data only for a suspended attempt.
    a.set('cmi.exit', 'suspend');
  });
  if (!ok) s.closed = true;
  window.addEventListener('pagehide', () => close(s));
  return ok ? s : undefined;
}

/** Session time, commit and terminate: the page is going away. */
function close(s: Session): void {
  if (s.closed) return;
  const is12 = s.api.version === '1.2';
  calls(s, (a) => a.set('cmi.session_time', (is12 ? scorm12Timespan : isoDuration)(Date.now() - s.started)));
  calls(s, (a) => a.commit());
  calls(s, (a) => a.terminate());
  s.closed = true;
}

/** An interaction id both versions accept (1.2: CMIIdentifier, no spaces). */
const interactionId = (questionId: string): string => questionId.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 250) || 'question';

const letters = (indexes: number[], separator: string): string =>
  indexes.map((i) => (i < 26 ? String.fromCharCode(97 + i) : String(i % 10))).join(separator);

function recordAnswer(s: Session, a: QuizAnswerDetail): void {
  const is12 = s.api.version === '1.2';
  const typed = typeof a.response === 'string';
  const success = a.correct ?? (a.rating ? a.rating === 'good' || a.rating === 'easy' : undefined);
  const share = a.maxScore > 0 ? Math.round((a.score / a.maxScore) * 100) / 100 : 0;
  // Quiz and practice are right or wrong; an interview answer scores the share of key points it covered.
  const result = success === undefined ? String(share) : success ? 'correct' : is12 ? 'wrong' : 'incorrect';
  let response: string;
  if (typed) {
    const text = (a.response as string).replace(/\s+/g, ' ').trim();
    response = is12 ? text.slice(0, 255) : text.replace(/\[[,.]\]/g, ' ').slice(0, 250);
  } else response = letters(a.response as number[], is12 ? ',' : '[,]');
  const now = new Date();
  calls(s, (api) => {
    const n = Number(api.get('cmi.interactions._count')) || 0;
    const at = `cmi.interactions.${n}.`;
    api.set(`${at}id`, interactionId(a.questionId));
    api.set(`${at}type`, typed ? 'fill-in' : 'choice');
    if (response) api.set(`${at}${is12 ? 'student_response' : 'learner_response'}`, response);
    api.set(`${at}result`, result);
    api.set(`${at}weighting`, '1');
    api.set(`${at}latency`, (is12 ? scorm12Timespan : isoDuration)(a.elapsedMs));
    api.set(`${at}${is12 ? 'time' : 'timestamp'}`, (is12 ? scorm12Time : scorm2004Time)(now));
  });
}

function recordResult(s: Session, r: QuizCompleteDetail, practice: boolean): void {
  const is12 = s.api.version === '1.2';
  calls(s, (api) => {
    // The score is a percentage, as the contract says: raw 0–100 between min 0 and max 100.
    api.set('cmi.score.min', '0');
    api.set('cmi.score.max', '100');
    api.set('cmi.score.raw', String(r.percent));
    if (is12) {
      // Flashcards have no pass mark worth reporting: the learner completed a session.
      api.set('cmi.core.lesson_status', practice ? 'completed' : r.passed ? 'passed' : 'failed');
    } else {
      api.set('cmi.score.scaled', String(r.percent / 100));
      api.set('cmi.completion_status', 'completed');
      api.set('cmi.success_status', practice ? 'unknown' : r.passed ? 'passed' : 'failed');
    }
    api.set('cmi.session_time', (is12 ? scorm12Timespan : isoDuration)(Date.now() - s.started));
  });
  calls(s, (api) => api.commit());
}

/** Starts reporting the runner's runs to the LMS. */
export function attach(host: ReportHost): Reporter {
  const s = open();
  if (!s) {
    if (!toldNoApi.has(host)) {
      toldNoApi.add(host);
      const message = session
        ? `SCORM: the LMS session could not start; results are not reported.`
        : 'SCORM: no LMS found around this page (no SCORM 1.2 "API" or 2004 "API_1484_11" in its parent or opener frames); the quiz works, but results are not reported.';
      fire(host, 'quiz-error', { message, source: 'scorm' });
    }
    return { handle: () => {}, detach: () => {} };
  }
  s.hosts.add(host);
  // The page's own storage wins; otherwise progress follows the learner in suspend_data.
  const ownStorage = host.progressStorage !== undefined;
  if (!ownStorage) host.progressStorage = s.storage;
  let mode = '';
  return {
    handle(name, detail) {
      if (name === 'quiz-start') {
        mode = (detail as QuizStartDetail).mode;
        calls(s, (api) => api.set('cmi.exit', 'suspend'));
      } else if (name === 'quiz-answer') {
        mode = (detail as QuizAnswerDetail).mode;
        recordAnswer(s, detail as QuizAnswerDetail);
      } else recordResult(s, detail as QuizCompleteDetail, mode === 'practice');
    },
    detach() {
      s.hosts.delete(host);
      if (!ownStorage && host.progressStorage === s.storage) host.progressStorage = undefined;
    },
  };
}

/** Ends the page's LMS session as a closing page does (tests simulate a reload with it). */
export function forgetSession(): void {
  if (session) close(session);
  session = undefined;
}
