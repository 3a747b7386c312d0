// xAPI 1.0.3 statements for a quiz run: who (actor), the ADL verb, the quiz or question
// activity, the result and the context (registration, the quiz as parent). Pure: no network.

import type { QuizAnswerDetail, QuizCompleteDetail } from '../events.js';
import { isoDuration } from './time.js';

/** The ADL verbs a quiz run uses (http://adlnet.gov/expapi/verbs/). */
export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;

export type Verb = keyof typeof VERBS;

/** An xAPI Agent: one inverse functional identifier (mbox, mbox_sha1sum, openid or account), an optional name. */
export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    name?: Record<string, string>;
    type?: string;
    interactionType?: 'choice' | 'fill-in' | 'long-fill-in';
  };
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: Record<string, string> };
  object: Activity;
  result?: {
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    score?: { scaled?: number; raw?: number; min?: number; max?: number };
  };
  context?: { registration?: string; platform?: string; contextActivities?: { parent?: Activity[] } };
  timestamp: string;
  version: '1.0.3';
}

/** What every statement of one run shares. */
export interface RunContext {
  actor: Agent;
  /** The registration of the launch (cmi5, xAPI launch), or of the run. */
  registration: string;
  /** The quiz's activity id: the launch's `activity_id`, or the page's URL with the bank id. */
  activity: string;
  /** The bank's title, the quiz activity's name. */
  title: string;
}

/** A version 4 UUID (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The actor a launch gave, as an xAPI Agent. Launch URLs of the older "Tin Can" convention give
 * `mbox` and `name` as one-element arrays; they are unwrapped. Undefined when it has no identifier.
 */
export function toAgent(value: unknown): Agent | undefined {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const first = (x: unknown): unknown => (Array.isArray(x) ? x[0] : x);
  const o = v as Record<string, unknown>;
  const agent: Agent = { objectType: 'Agent' };
  const name = first(o.name);
  if (typeof name === 'string' && name) agent.name = name;
  const mbox = first(o.mbox);
  const account = first(o.account) as Record<string, unknown> | undefined;
  if (typeof mbox === 'string' && mbox) agent.mbox = mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}`;
  else if (typeof o.mbox_sha1sum === 'string') agent.mbox_sha1sum = o.mbox_sha1sum;
  else if (typeof o.openid === 'string') agent.openid = o.openid;
  else if (account && typeof account === 'object') {
    const homePage = account.homePage ?? account.accountServiceHomePage;
    const accountName = account.name ?? account.accountName;
    if (typeof homePage === 'string' && typeof accountName === 'string') agent.account = { homePage, name: accountName };
  }
  return agent.mbox || agent.mbox_sha1sum || agent.openid || agent.account ? agent : undefined;
}

const quizActivity = (run: RunContext): Activity => ({
  objectType: 'Activity',
  id: run.activity,
  definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: { und: run.title } },
});

/** A question's activity id: the quiz's, then the question id. */
export const questionActivityId = (run: RunContext, questionId: string): string => `${run.activity}/${encodeURIComponent(questionId)}`;

/** Choice indexes as xAPI's `[,]`-separated choice ids: a, b, c… */
export const choiceIds = (indexes: number[]): string => indexes.map((i) => (i < 26 ? String.fromCharCode(97 + i) : `c${i}`)).join('[,]');

function statement(run: RunContext, verb: Verb, object: Activity, at: number, extra: Partial<Statement> = {}): Statement {
  return {
    id: uuid(),
    actor: run.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object,
    ...extra,
    context: {
      registration: run.registration,
      platform: 'quizkit',
      ...(object.id === run.activity ? {} : { contextActivities: { parent: [quizActivity(run)] } }),
    },
    timestamp: new Date(at).toISOString(),
    version: '1.0.3',
  };
}

export const initialized = (run: RunContext, at: number): Statement => statement(run, 'initialized', quizActivity(run), at);

/** `answered`: success where the answer was graded, the response, and the score scaled 0–1. */
export function answered(run: RunContext, a: QuizAnswerDetail, at: number): Statement {
  const typed = typeof a.response === 'string';
  const object: Activity = {
    objectType: 'Activity',
    id: questionActivityId(run, a.questionId),
    definition: {
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: typed ? 'long-fill-in' : 'choice',
      name: { und: a.questionId },
    },
  };
  const share = a.maxScore > 0 ? Math.min(1, Math.max(0, a.score / a.maxScore)) : undefined;
  const success = a.correct ?? (a.rating ? a.rating === 'good' || a.rating === 'easy' : undefined);
  const result: Statement['result'] = {
    response: typed ? (a.response as string) : choiceIds(a.response as number[]),
    duration: isoDuration(a.elapsedMs),
  };
  if (success !== undefined) result.success = success;
  if (share !== undefined) result.score = { scaled: Math.round(share * 1e4) / 1e4, raw: a.score, min: 0, max: a.maxScore };
  return statement(run, 'answered', object, at, { result });
}

/** `passed` or `failed`, with the score as a percentage. */
export function judged(run: RunContext, r: QuizCompleteDetail, at: number): Statement {
  return statement(run, r.passed ? 'passed' : 'failed', quizActivity(run), at, {
    result: {
      success: r.passed,
      completion: true,
      duration: isoDuration(r.durationMs),
      score: { scaled: r.percent / 100, raw: r.percent, min: 0, max: 100 },
    },
  });
}

export const completed = (run: RunContext, r: QuizCompleteDetail, at: number): Statement =>
  statement(run, 'completed', quizActivity(run), at, { result: { completion: true, duration: isoDuration(r.durationMs) } });
