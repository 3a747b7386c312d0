// A page that keeps the learner's progress on its own server (progressStorage) instead of localStorage.

import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/components/quiz-bank/quiz-bank.js';
import '../src/components/question-card/question-card.js';
import '../src/components/topic-picker/topic-picker.js';
import type { ProgressStorage } from '../src/data/progress-storage.js';

const meta: Meta = {
  title: 'Guides/Progress on your server',
  component: 'quiz-bank',
};
export default meta;

type Story = StoryObj;

/**
 * A stand-in for a server (`GET` / `PUT /progress/:key`), slow like one: 400 ms per request. A
 * real page would `fetch` its own endpoint here, with `keepalive: true` on `set` so the last
 * answer survives leaving the page. The log under the quiz shows each request.
 */
function slowServer(log: (line: string) => void): ProgressStorage {
  const rows = new Map<string, string>();
  const wait = (): Promise<void> => new Promise((r) => setTimeout(r, 400));
  return {
    async get(key) {
      log(`GET /progress/${key}`);
      await wait();
      return rows.get(key) ?? null;
    },
    async set(key, value) {
      log(`PUT /progress/${key} (${value.length} bytes)`);
      await wait();
      rows.set(key, value);
    },
  };
}

/** Answer the card: the picker's progress moves, and the log shows the progress going to the "server", not to localStorage. */
export const OwnServer: Story = {
  render: () => {
    const list = document.createElement('ol');
    list.setAttribute('aria-label', 'Requests to the server');
    const storage = slowServer((line) => list.append(Object.assign(document.createElement('li'), { textContent: line })));
    return html`<quiz-bank .progressStorage=${storage}>
        <quiz-topic-picker selected="evaluation"></quiz-topic-picker>
        <quiz-question-card question="confusion-matrix" mode="quiz"></quiz-question-card>
      </quiz-bank>
      <h3>Requests</h3>
      ${list}`;
  },
};
