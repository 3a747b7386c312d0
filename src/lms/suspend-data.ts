// Progress and unfinished runs packed small enough for SCORM suspend_data (4,096 characters in
// SCORM 1.2), and unpacked back into the progress store's own format. Pure: no DOM, no LMS.
//
// The store's text is JSON with full question ids, millisecond times and FSRS cards: about 450
// characters per question. Packed, a question's progress is one dot-separated field list of
// base-36 numbers (~35 characters): its id is a 3-character hash looked up in the bank (the
// full id where two ids of the bank share a hash), times are minutes (seconds for a run's start)
// after a base written once, and a field equal to its usual value is left empty. What packing
// drops: the cross-tab answer stamps (an LMS launch has one tab) and precision below a minute
// and a hundredth of FSRS stability and difficulty.
//
// Answers not yet scheduled (the store's `pending` reviews) are a 17th field, `<rating><minutes>`
// joined by ':', after the card's fields (empty without a card). Left out when it is only the
// latest answer, which the store takes as pending anyway when it is newer than the card.
//
// When even that does not fit, it gives up detail in this order, with a warning: typed answers
// of the run (their scores stay), the FSRS history (each question keeps its next review date),
// then the run; progress is never cut.

import type { Bank } from '../data/types.js';

/** The prefix of packed data: a version, so that a later quizkit can tell its own format. */
const MAGIC = 'qk1';
const RATINGS = ['again', 'hard', 'good', 'easy'];
const MODES: Record<string, string> = { quiz: 'q', practice: 'p', interview: 'i' };
const MODE_OF: Record<string, string> = { q: 'quiz', p: 'practice', i: 'interview' };
const CARD = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const;
const MINUTE = 60_000;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** FNV-1a, 32 bits: a short, stable fingerprint of an id. */
function hash3(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 46656).toString(36).padStart(3, '0');
}

/** Ids by their short reference: the hash where it is unique in the bank. */
function refsOf(bank: Bank): { toRef: (id: string) => string; toId: (ref: string) => string | undefined } {
  const byHash = new Map<string, string | null>();
  for (const { id } of bank.questions) {
    const h = hash3(id);
    byHash.set(h, byHash.has(h) ? null : id);
  }
  const text = (s: string): string => encodeURIComponent(s).replace(/\./g, '%2E');
  return {
    toRef: (id) => (byHash.get(hash3(id)) === id ? hash3(id) : `~${text(id)}`),
    toId: (ref) => {
      if (!ref.startsWith('~')) return byHash.get(ref) ?? undefined;
      try {
        return decodeURIComponent(ref.slice(1));
      } catch {
        return undefined;
      }
    },
  };
}

/** A number in a field: base 36; `_` and thousandths when it has a fraction. */
const n36 = (n: number): string => (Number.isInteger(n) ? n.toString(36) : `_${Math.round(n * 1000).toString(36)}`);
const from36 = (s: string | undefined): number => {
  if (!s) return NaN;
  return s.startsWith('_') ? parseInt(s.slice(1), 36) / 1000 : parseInt(s, 36);
};
const text = (s: string): string => encodeURIComponent(s).replace(/\./g, '%2E');
const untext = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
};

interface Options {
  /** Cut typed answers to this many characters. */
  typed?: number;
  /** Leave out the FSRS cards. */
  noCards?: boolean;
  /** Leave out the unfinished runs. */
  noRuns?: boolean;
}

function packProgress(q: Json, base: number, ref: (id: string) => string, noCards: boolean): string {
  const min = (ms: unknown): string => n36(Math.round(num(ms) / MINUTE) - base);
  return Object.entries(q)
    .filter((e): e is [string, Json] => isObject(e[1]))
    .map(([id, p]) => {
      const card = !noCards && isObject(p.card) ? p.card : undefined;
      const fields = [ref(id), n36(num(p.seen)), n36(num(p.correct)), min(p.last), String(RATINGS.indexOf(p.rating as string) + 1 || '')];
      // The next review is the card's unless it differs at the minute's precision.
      fields.push(card && Math.round(num(card.due) / MINUTE) === Math.round(num(p.due) / MINUTE) ? '' : min(p.due));
      const pending = noCards || !Array.isArray(p.pending) ? [] : p.pending.filter((r): r is [number, number] => Array.isArray(r));
      const onlyLatest = pending.length === 1 && pending[0]![0] === p.last && RATINGS[pending[0]![1]] === p.rating;
      if (card) {
        fields.push(min(card.due), n36(Math.round(num(card.stability) * 100)), n36(Math.round(num(card.difficulty) * 100)));
        for (const f of CARD.slice(3)) fields.push(n36(num(card[f])));
        fields.push(
          card.last_review === undefined
            ? '-'
            : Math.round(num(card.last_review) / MINUTE) === Math.round(num(p.last) / MINUTE)
              ? ''
              : min(card.last_review),
        );
      } else if (pending.length && !onlyLatest) {
        fields.push(...Array<string>(10).fill(''));
      }
      if (pending.length && !onlyLatest) fields.push(pending.map(([at, rating]) => `${num(rating)}${min(at)}`).join(':'));
      return fields.join('.');
    })
    .join(',');
}

function unpackProgress(packed: string, base: number, toId: (ref: string) => string | undefined): Json {
  // Pairs, then Object.fromEntries: an id such as "__proto__" stays data.
  const q: [string, Json][] = [];
  const ms = (s: string | undefined): number => (from36(s) + base) * MINUTE;
  for (const entry of packed ? packed.split(',') : []) {
    const f = entry.split('.');
    const id = toId(f[0] ?? '');
    if (id === undefined) continue; // a question no longer in the bank
    const last = ms(f[3]);
    const p: Json = { seen: from36(f[1]), correct: from36(f[2]), last };
    if (f[4]) p.rating = RATINGS[Number(f[4]) - 1];
    if (f.length > 6 && f[6]) {
      const card: Json = { due: ms(f[6]), stability: from36(f[7]) / 100, difficulty: from36(f[8]) / 100 };
      CARD.slice(3).forEach((name, i) => (card[name] = from36(f[9 + i])));
      const review = f[15];
      if (review !== '-') card.last_review = review ? ms(review) : last;
      p.card = card;
    }
    p.due = f[5] ? ms(f[5]) : num((p.card as Json | undefined)?.due);
    if (f[16]) p.pending = f[16].split(':').map((r) => [ms(r.slice(1)), Number(r[0])]);
    q.push([id, p]);
  }
  return Object.fromEntries(q);
}

function packAnswer(a: Json, runMode: string, ref: (id: string) => string, typed: number): string {
  const response = Array.isArray(a.response)
    ? `n${a.response.map((c) => n36(num(c))).join(':')}`
    : `s${text(String(a.response ?? '').slice(0, typed))}`;
  const points = Array.isArray(a.points) ? `${a.points.map((p) => (p ? 1 : 0)).join('')}-` : '';
  return [
    ref(String(a.questionId)),
    a.mode === runMode ? '' : (MODES[a.mode as string] ?? ''),
    a.correct === undefined ? '' : a.correct ? 't' : 'f',
    n36(num(a.score)),
    a.maxScore === 1 ? '' : n36(num(a.maxScore)),
    n36(Math.round(num(a.elapsedMs) / 100)),
    response,
    String(RATINGS.indexOf(a.rating as string) + 1 || ''),
    points,
  ].join('.');
}

function unpackAnswer(packed: string, runMode: string, toId: (ref: string) => string | undefined): Json | undefined {
  const f = packed.split('.');
  const questionId = toId(f[0] ?? '');
  if (questionId === undefined) return undefined;
  const a: Json = { questionId, mode: f[1] ? MODE_OF[f[1]] : runMode, score: from36(f[3]), maxScore: f[4] ? from36(f[4]) : 1 };
  if (f[2]) a.correct = f[2] === 't';
  a.elapsedMs = from36(f[5]) * 100;
  const r = f[6] ?? '';
  a.response = r.startsWith('n') ? (r.length > 1 ? r.slice(1).split(':').map(from36) : []) : untext(r.slice(1));
  if (f[7]) a.rating = RATINGS[Number(f[7]) - 1];
  if (f[8]) a.points = [...f[8].slice(0, -1)].map((b) => b === '1');
  return a;
}

function packRun(run: Json, base: number, ref: (id: string) => string, typed: number): unknown[] {
  const mode = String(run.mode);
  const answers = isObject(run.answers) ? Object.values(run.answers).filter(isObject) : [];
  return [
    MODES[mode] ?? mode,
    Array.isArray(run.topics) ? run.topics : [],
    (Array.isArray(run.ids) ? run.ids : []).map((id) => ref(String(id))).join(','),
    num(run.index),
    Math.round(num(run.startedAt) / 1000) - base * 60,
    answers.map((a) => packAnswer(a, mode, ref, typed)).join(','),
  ];
}

function unpackRun(packed: unknown, base: number, toId: (ref: string) => string | undefined): Json | undefined {
  if (!Array.isArray(packed) || packed.length !== 6) return undefined;
  const [m, topics, ids, index, started, answers] = packed as [unknown, unknown, unknown, unknown, unknown, unknown];
  const mode = MODE_OF[String(m)];
  if (!mode || typeof ids !== 'string' || typeof answers !== 'string') return undefined;
  const questionIds = ids.split(',').map(toId);
  // A run over a question that left the bank cannot resume: the run is left out, as restoreRun would.
  if (questionIds.some((id) => id === undefined)) return undefined;
  const byId = (answers ? answers.split(',') : []).flatMap((a) => {
    const answer = unpackAnswer(a, mode, toId);
    return answer ? [[answer.questionId as string, answer] as const] : [];
  });
  return { v: 1, mode, topics, ids: questionIds, index, startedAt: (num(started) + base * 60) * 1000, answers: Object.fromEntries(byId) };
}

/**
 * Run keys start `run:<page path>#`; the path is left out (`@#…`) and put back on unpacking, so
 * that a run saved under one launch URL resumes under another (an LMS may change it).
 */
const shortRunKey = (runKey: string, page: string | undefined): string =>
  page && runKey.startsWith(`run:${page}#`) ? `@${runKey.slice(4 + page.length)}` : runKey;
const fullRunKey = (runKey: string, page: string | undefined): string =>
  page && runKey.startsWith('@#') ? `run:${page}${runKey.slice(1)}` : runKey;

function packWith(data: Json, key: string, bank: Bank, o: Options, page: string | undefined): string {
  const { toRef } = refsOf(bank);
  const q = isObject(data.q) ? data.q : {};
  const runs = !o.noRuns && isObject(data.runs) ? Object.entries(data.runs).filter((e): e is [string, Json] => isObject(e[1])) : [];
  const times = Object.values(q)
    .filter(isObject)
    .map((p) => num(p.last));
  for (const [, run] of runs) times.push(num(run.startedAt));
  const base = times.length ? Math.floor(Math.min(...times) / MINUTE) : 0;
  const packed = {
    k: key,
    t: base,
    q: packProgress(q, base, toRef, !!o.noCards),
    r: runs.map(([runKey, run]) => [shortRunKey(runKey, page), ...packRun(run, base, toRef, o.typed ?? Infinity)]),
  };
  return `${MAGIC}${JSON.stringify(packed)}`;
}

/**
 * The store's text (`value`) packed into at most `limit` characters; undefined when not even
 * the progress alone fits (nothing should then be written). Each detail it had to give up is
 * named in `dropped`. `page` is the page's path, left out of run keys (see shortRunKey).
 */
export function pack(value: string, key: string, bank: Bank, limit: number, dropped: string[] = [], page?: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isObject(data)) return undefined;
  const steps: [Options, string][] = [
    [{}, ''],
    [{ typed: 200 }, 'typed answers of the unfinished run cut to 200 characters'],
    [{ typed: 0 }, 'typed answers of the unfinished run'],
    [{ typed: 0, noCards: true }, 'the spaced-repetition history (next review dates kept)'],
    [{ noRuns: true, noCards: true }, 'the unfinished run'],
  ];
  for (const [options, loss] of steps) {
    const packed = packWith(data, key, bank, options, page);
    if (loss) dropped.push(loss);
    if (packed.length <= limit) return packed;
  }
  return undefined;
}

/**
 * Packed data back as the store's text, for `key` and `bank`; null when there is none, and
 * undefined when it is not quizkit's packed data or belongs to another key.
 */
export function unpack(packed: string, key: string, bank: Bank, page?: string): string | null | undefined {
  if (packed === '') return null;
  if (!packed.startsWith(MAGIC)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(packed.slice(MAGIC.length));
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.k !== key || !Number.isFinite(data.t) || typeof data.q !== 'string' || !Array.isArray(data.r))
    return undefined;
  const base = data.t as number;
  const { toId } = refsOf(bank);
  const runs = data.r.flatMap((entry: unknown) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') return [];
    const run = unpackRun(entry.slice(1), base, toId);
    return run ? [[fullRunKey(entry[0], page), run] as const] : [];
  });
  return JSON.stringify({ v: 1, q: unpackProgress(data.q, base, toId), runs: Object.fromEntries(runs), stamps: {} });
}
