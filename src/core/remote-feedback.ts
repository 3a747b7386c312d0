// Feedback on a typed answer from the page's own service (an AI grader, say): a provider
// function or a POST endpoint, with a timeout, a checked reply, and no credentials sent
// unless the page opts in. Loaded only on pages that configure it.

import type { Question } from '../data/types.js';
import type { AnswerFeedback } from './grader.js';
import { DEFAULT_FEEDBACK_TIMEOUT } from './settings.js';

/** Seconds to wait for a feedback service by default, and the most a page may set. */
export const FEEDBACK_TIMEOUT_S = DEFAULT_FEEDBACK_TIMEOUT;
export const MAX_FEEDBACK_TIMEOUT_S = 120;
/** A service's comment is cut to this many characters on screen and in the live region. */
export const MAX_COMMENT_LENGTH = 600;

/**
 * What a provider answers: `score` from 0 to 1; `points[i]` whether key point i was covered.
 * When `points` is given it decides the score (the share of points ticked), so a reply can never
 * claim full marks with no point covered; `score` alone counts only when `points` is absent.
 */
export interface RemoteFeedback {
  score: number;
  points?: boolean[];
  comment?: string;
}

export interface FeedbackRequest {
  question: Pick<Question, 'id' | 'prompt' | 'answer' | 'keyPoints'>;
  answer: string;
}

/** A page's own grader. It should stop when `signal` aborts (the timeout). */
export type FeedbackProvider = (request: FeedbackRequest, signal: AbortSignal) => Promise<RemoteFeedback>;

/** A provider that POSTs `{ question, answer }` as JSON to `url` and reads `{ score, points, comment }`. */
export function endpointProvider(url: string, credentials: RequestCredentials = 'omit'): FeedbackProvider {
  return async (request, signal) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      credentials,
      signal,
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return (await response.json()) as RemoteFeedback;
  };
}

/** Checks a provider's reply; returns what is wrong with it, or undefined. */
export function checkReply(reply: unknown, keyPoints: number): string | undefined {
  const r = reply as RemoteFeedback;
  if (typeof r !== 'object' || r === null) return 'the reply is not an object';
  if (typeof r.score !== 'number' || !(r.score >= 0 && r.score <= 1)) return '"score" must be a number from 0 to 1';
  if (
    r.points !== undefined &&
    (!Array.isArray(r.points) || r.points.length !== keyPoints || !r.points.every((p) => typeof p === 'boolean'))
  ) {
    return `"points" must list ${keyPoints} true or false values, one per key point`;
  }
  if (r.comment !== undefined && typeof r.comment !== 'string') return '"comment" must be text';
  return undefined;
}

/** `seconds` as milliseconds when it is a positive number up to the maximum, else the default. */
export const timeoutMs = (seconds: unknown): number =>
  1000 * (typeof seconds === 'number' && seconds > 0 && seconds <= MAX_FEEDBACK_TIMEOUT_S ? seconds : FEEDBACK_TIMEOUT_S);

/** At most MAX_COMMENT_LENGTH characters, cut at a word where one is near, with an ellipsis. */
function shorten(comment: string): string {
  if (comment.length <= MAX_COMMENT_LENGTH) return comment;
  const cut = comment.slice(0, MAX_COMMENT_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_COMMENT_LENGTH * 0.8 ? cut.slice(0, space) : cut}…`;
}

/**
 * Asks `provider` for feedback, giving up after `timeoutSeconds` (sanitised by `timeoutMs`) or
 * when `signal` aborts (the caller no longer needs the reply). Resolves to feedback in the
 * offline grader's shape, or to the reason it failed (the caller falls back to offline
 * feedback and says why). Never rejects.
 */
export async function requestFeedback(
  provider: FeedbackProvider,
  question: Question,
  answer: string,
  timeoutSeconds: unknown = FEEDBACK_TIMEOUT_S,
  signal?: AbortSignal,
): Promise<AnswerFeedback | string> {
  const keyPoints = question.keyPoints ?? [];
  const controller = new AbortController();
  const wait = timeoutMs(timeoutSeconds);
  const timer = setTimeout(() => controller.abort(new Error(`no reply within ${wait / 1000} s`)), wait);
  const stop = (): void => controller.abort(new Error('no longer needed'));
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  try {
    const { id, prompt, answer: model } = question;
    const reply = await Promise.race([
      provider({ question: { id, prompt, answer: model, keyPoints }, answer }, controller.signal),
      new Promise<never>((_, reject) => {
        const fail = (): void => reject(controller.signal.reason as Error);
        if (controller.signal.aborted) fail();
        else controller.signal.addEventListener('abort', fail);
      }),
    ]);
    const problem = checkReply(reply, keyPoints.length);
    if (problem) return `the feedback service's reply was not usable: ${problem}`;
    const covered = reply.points?.filter(Boolean).length ?? Math.round(reply.score * keyPoints.length);
    // Points, when given, are the verifiable part of the reply: they decide the score.
    const share = reply.points && keyPoints.length ? covered / keyPoints.length : reply.score;
    return {
      points: keyPoints.map((kp, i) => ({ point: kp.point, covered: !!reply.points?.[i], matched: [], evidence: [], denied: [] })),
      covered,
      score: Math.round(share * keyPoints.length * 100) / 100,
      maxScore: keyPoints.length,
      keywordList: false,
      verdict: shorten(reply.comment?.trim() || `Score: ${Math.round(share * 100)}%.`),
      issues: [],
      remote: true,
    };
  } catch (e) {
    return `the feedback service failed: ${(e as Error).message}`;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
