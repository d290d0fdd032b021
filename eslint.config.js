// Lint config. The layering fences (DESIGN.md §2) live here: core imports no React, DOM, node:*,
// express, ws or database drivers; the client never imports the server; the server never imports the client.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const driverAndRuntime = ['express', 'ws', 'better-sqlite3', 'pg', 'ioredis', 'react', 'react-dom', 'y-websocket'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: driverAndRuntime.map((name) => ({ name, message: 'core/ is pure: no runtime, DOM or driver imports.' })),
          patterns: [
            { group: ['node:*'], message: 'core/ is pure: no node:* imports.' },
            { group: ['@tiptap/react', 'react/*', 'react-dom/*'], message: 'core/ imports no React.' },
            { group: ['**/server/**', '**/client/**'], message: 'core/ never imports from server/ or client/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'Buffer'],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['express', 'ws', 'better-sqlite3', 'pg', 'ioredis'].map((name) => ({ name, message: 'The client never imports server runtime.' })),
          patterns: [
            { group: ['**/server/**'], message: 'The client never imports from server/.' },
            { group: ['node:*'], message: 'The client runs in the browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@tiptap/react'].map((name) => ({ name, message: 'The server imports no React.' })),
          patterns: [{ group: ['**/client/**'], message: 'The server never imports from client/.' }],
        },
      ],
    },
  },
);
