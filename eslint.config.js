import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import { boundaries } from './scripts/lint-boundaries.mjs'

// Layers: config, i18n, utils, components/ui <- api <- components/media-grid <- queries, auth <- features <- app
// (on resolved paths: scripts/lint-boundaries.mjs).
// Features never import each other, and the app reaches each through its index.ts (scripts/lint-boundaries.mjs).
// The emulator is its own package (packages/photos-emulator): it imports only its own files, and the app imports
// it only in its hosts (the service worker, vite.config.ts's dev server) and tests; src/api takes the API's
// generated types from it (`@shoebox/photos-emulator/api-types`) and the rest of the app takes them from src/api.
const restrict = (patterns) => ['error', { patterns }]
const noFetchMessage = 'Only src/api and the emulator make requests: use the API client.'
const noFetch = [
  { selector: "CallExpression[callee.name='fetch']", message: noFetchMessage },
  // The same fetch reached through the global object: globalThis.fetch, window.fetch, self.fetch, globalThis['fetch'].
  { selector: "MemberExpression[object.name=/^(globalThis|window|self)$/][property.name='fetch']", message: noFetchMessage },
  { selector: "MemberExpression[object.name=/^(globalThis|window|self)$/][property.value='fetch']", message: noFetchMessage },
]
const noEmulator = { regex: '^@shoebox/photos-emulator(/|$)', message: 'Only the service worker and tests import the emulator (the API types come from src/api).' }

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'reports', 'test-results', 'playwright-report', 'node_modules', 'public'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/sw.ts', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-syntax': ['error', ...noFetch],
      'no-restricted-globals': ['error', { name: 'fetch', message: noFetchMessage }],
    },
  },
  {
    // Layers are checked on resolved paths (scripts/lint-boundaries.mjs); here, what no layer but the hosts imports.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/sw.ts', '**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'no-restricted-imports': restrict([noEmulator]) },
  },
  {
    files: ['src/api/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['react', 'react-dom'], message: 'The API client is plain TypeScript below queries and features.' },
        { regex: '^@shoebox/photos-emulator(?!/api-types$)', message: 'The API client takes only the generated API types from the emulator package.' },
      ]),
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/test-utils.{ts,tsx}', 'src/test/**'],
    plugins: { shoebox: boundaries },
    rules: {
      'shoebox/features/no-cross-import': 'error',
      'shoebox/layers/no-upward-import': 'error',
    },
  },
  {
    files: ['relay/**'],
    ignores: ['relay/**/*.test.ts', 'relay/test-support.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/src/**'], message: 'The relay is deployed on its own: it imports only hono and its own files.' },
      ]),
    },
  },
  {
    files: ['packages/photos-emulator/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/src/**', '**/relay/**', '**/public/**', 'react', 'react-dom', '@tanstack/*'], message: 'The emulator package imports only its own files and its dependencies.' },
      ]),
    },
  },
)
