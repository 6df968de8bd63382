import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'dist-renderer',
      'release',
      '.electron-app',
      '.vitest-cache',
      'test/e2e/screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The core must run in plain Node (CLI, tests): Electron is for electron/*.ts only.
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'shared/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    // One front door: the CLI reaches the core only through the API (electron/cli/api.ts).
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            { regex: '/core/(?!api/index\\.ts$)', message: 'The CLI calls the core through electron/cli/api.ts only.' },
          ],
        },
      ],
    },
  },
);
