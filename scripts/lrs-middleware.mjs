// Test-only LRS: /test-lrs/<name>/statements takes xAPI 1.0.3 statements as an LRS does (PUT with
// statementId), checks each one with Learning Locker's validator, and fails on purpose.
//
// Each <name> is an LRS of its own, so concurrent test files never share one. Its mode is set
// with POST /test-lrs/<name>/mode and a body of:
// - "up": accepts every valid statement (the default);
// - "flaky": answers 503 to the first PUT of every statement and to every third request;
// - "down": answers 503 to everything.
// GET /test-lrs/<name>/statements answers { statements, problems, requests, conflicts } for the test to read.
// POST /test-lrs/<name>/fetch is a cmi5 fetch URL: it answers { "auth-token": "…" } once.

import validate from '@learninglocker/xapi-validation';

const AUTH = 'Basic dGVzdDp0ZXN0';
const lrss = new Map();

function lrs(name) {
  if (!lrss.has(name))
    lrss.set(name, { mode: 'up', statements: new Map(), problems: [], requests: 0, conflicts: 0, tried: new Set(), fetched: false });
  return lrss.get(name);
}

const body = (context) =>
  new Promise((resolve) => {
    let text = '';
    context.req.on('data', (chunk) => (text += chunk));
    context.req.on('end', () => resolve(text));
  });

/** What is wrong with a PUT of a statement, as an LRS would say it; empty when nothing is. */
function problemsOf(context, id, statement) {
  const problems = [];
  if (context.get('X-Experience-API-Version') !== '1.0.3')
    problems.push(`X-Experience-API-Version is "${context.get('X-Experience-API-Version')}"`);
  if (context.get('Authorization') !== AUTH) problems.push('wrong Authorization');
  if (!/^application\/json/.test(context.get('Content-Type'))) problems.push('Content-Type is not application/json');
  if (!id) problems.push('no statementId parameter');
  if (statement.id !== undefined && statement.id !== id) problems.push(`statementId ${id} is not the statement's id ${statement.id}`);
  for (const w of validate.default ? validate.default(statement) : validate(statement))
    problems.push(`${w.path.join('.')}: ${w.typeName ?? w.message}`);
  return problems;
}

export const lrsMiddleware = async (context, next) => {
  const match = /^\/test-lrs\/([\w-]+)\/(statements|mode|fetch)$/.exec(context.path);
  if (!match) return next();
  const [, name, what] = match;
  const l = lrs(name);
  context.set('Cache-Control', 'no-store');
  if (what === 'mode') {
    l.mode = (await body(context)).trim();
    context.status = 204;
    return;
  }
  if (what === 'fetch') {
    context.type = 'application/json';
    context.body = l.fetched ? { 'error-code': '1', 'error-text': 'already fetched' } : { 'auth-token': AUTH.slice(6) };
    l.fetched = true;
    return;
  }
  if (context.method === 'GET') {
    context.type = 'application/json';
    context.body = { statements: [...l.statements.values()], problems: l.problems, requests: l.requests, conflicts: l.conflicts };
    return;
  }
  if (context.method !== 'PUT') {
    context.status = 405;
    return;
  }
  l.requests++;
  const id = context.query.statementId;
  const text = await body(context);
  const firstTry = !l.tried.has(id);
  l.tried.add(id);
  if (l.mode === 'down' || (l.mode === 'flaky' && (firstTry || l.requests % 3 === 0))) {
    context.status = 503;
    context.body = 'LRS busy';
    return;
  }
  let statement;
  try {
    statement = JSON.parse(text);
  } catch {
    statement = undefined;
  }
  const problems = statement && typeof statement === 'object' ? problemsOf(context, id, statement) : ['the body is not a JSON object'];
  if (problems.length) {
    l.problems.push({ id, problems });
    context.status = 400;
    context.body = problems.join('; ');
    return;
  }
  const stored = l.statements.get(id);
  if (stored && JSON.stringify(stored) !== JSON.stringify(statement)) {
    l.conflicts++;
    context.status = 409;
    return;
  }
  l.statements.set(id, statement);
  context.status = 204;
};
