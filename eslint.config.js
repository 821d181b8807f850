import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'

// Layers: config, i18n, utils, components/ui <- api <- queries, auth <- features <- app.
// The emulator is its own package (packages/photos-emulator): it imports only its own files, and the app imports
// it only in its hosts (the service worker, vite.config.ts's dev server) and tests; src/api takes the API's
// generated types from it (`@shoebox/photos-emulator/api-types`) and the rest of the app takes them from src/api.
const restrict = (patterns) => ['error', { patterns }]
const noFetch = {
  selector: "CallExpression[callee.name='fetch']",
  message: 'Only src/api and the emulator make requests: use the API client.',
}
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
      'no-restricted-syntax': ['error', noFetch],
      'no-restricted-globals': ['error', { name: 'fetch', message: noFetch.message }],
    },
  },
  {
    files: ['src/config/**', 'src/i18n/**', 'src/utils/**', 'src/components/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/api/**', '**/queries/**', '**/auth/**', '**/features/**', '**/app/**'], message: 'Lower layers import nothing above them.' },
        noEmulator,
      ]),
    },
  },
  {
    files: ['src/api/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/queries/**', '**/auth/**', '**/features/**', '**/app/**', 'react', 'react-dom'], message: 'The API client is plain TypeScript below queries and features.' },
        { regex: '^@shoebox/photos-emulator(?!/api-types$)', message: 'The API client takes only the generated API types from the emulator package.' },
      ]),
    },
  },
  {
    files: ['src/queries/**', 'src/auth/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/features/**', '**/app/**'], message: 'Queries and auth sit below features.' },
        noEmulator,
      ]),
    },
  },
  {
    files: ['src/features/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/app/**'], message: 'Features never import the app shell.' },
        noEmulator,
      ]),
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
    files: ['src/app/**', 'src/main.tsx'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([noEmulator]) },
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
