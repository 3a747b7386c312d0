import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', setTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Bank text is data: render it with Lit templates.' },
        { property: 'outerHTML', message: 'Bank text is data: render it with Lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Bank text is data: render it with Lit templates.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Bank text is data: never render it as HTML.' }] },
      ],
    },
  },
  // Type-aware rules on the shipped code: a promise nobody awaits or voids is a bug waiting to
  // be uncaught, and a non-null assertion the checker does not need hides nothing but noise.
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  // One direction for data: bank (data/) → store and rules (core/) → elements → events. A lower
  // layer never imports a higher one; the rule makes an upward import a lint error.
  {
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '**/events.js', '**/components/**', '**/controllers/*', '**/context.js'],
              message: 'data/ is the bottom layer: it imports nothing from core/, the elements or the events.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/events.js', '**/components/**', '**/controllers/*', '**/context.js', '**/internal/*', 'lit', 'lit/*'],
              message: 'core/ is pure: no elements, events, controllers or DOM glue (the events re-export the core model).',
            },
          ],
        },
      ],
    },
  },
  {
    // Messages and Intl helpers sit beside core/, which uses them (the report, the verdict).
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/events.js', '**/components/**', '**/controllers/*', '**/context.js', '**/internal/*', 'lit', 'lit/*'],
              message:
                'i18n/ is plain TypeScript that core/ may use: no elements, controllers, events or DOM glue (the controller is controllers/localize.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The command line runs in Node 20, which may be older than import.meta.dirname (20.11).
    files: ['bin/*.js'],
    languageOptions: { globals: { URL: 'readonly', structuredClone: 'readonly' } },
  },
  {
    files: ['test/pages/*.js'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
