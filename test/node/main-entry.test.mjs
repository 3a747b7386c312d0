// import('quizkit') in plain Node (SSR frontmatter, build scripts): it must not throw, and its
// bank API works there. Lit's Node build shims customElements, so the elements are defined too.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bareCheckBank, brokenBank, goodBank, newerBank } from './banks.mjs';

describe("import('quizkit') in Node", () => {
  it("imports without touching DOM globals, and defines the elements through Lit's shim", async () => {
    const kit = await import('quizkit');
    assert.equal(typeof kit.QuizRunner, 'function');
    assert.equal(globalThis.customElements.get('quiz-runner'), kit.QuizRunner);
    assert.equal(typeof globalThis.addEventListener, 'undefined');
  });

  it('validates a good and a broken bank', async () => {
    const { validateBank, formatProblem } = await import('quizkit');
    assert.deepEqual(validateBank(goodBank()), []);
    assert.deepEqual(validateBank(brokenBank()).map(formatProblem), ['questions[0].topic: "nope" is not a topic of this bank']);
    assert.deepEqual(validateBank(bareCheckBank()), []);
    assert.deepEqual(
      validateBank(newerBank()).map((p) => p.severity),
      ['warning', 'warning'],
    );
  });

  it('loads the bundled bank', async () => {
    const { loadBank } = await import('quizkit');
    const result = await loadBank();
    assert.equal(result.ok, true);
    assert.equal(result.bank.bank.id, 'ml-interview');
  });
});

describe('the per-element entry points in Node', () => {
  it('each defines its own element and exports its class, by package name', async () => {
    for (const [entry, tag, name] of [
      ['quizkit/card', 'quiz-question-card', 'QuizQuestionCard'],
      ['quizkit/runner', 'quiz-runner', 'QuizRunner'],
      ['quizkit/topic-picker', 'quiz-topic-picker', 'QuizTopicPicker'],
      ['quizkit/bank', 'quiz-bank', 'QuizBank'],
    ]) {
      const mod = await import(entry);
      assert.equal(typeof mod[name], 'function', entry);
      assert.equal(globalThis.customElements.get(tag), mod[name], entry);
    }
  });

  it('the CDN loader imports in Node without touching DOM globals', async () => {
    const cdn = await import('quizkit/cdn/quizkit.js');
    assert.equal(typeof cdn.discover, 'function');
  });
});
