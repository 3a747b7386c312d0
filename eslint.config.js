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
