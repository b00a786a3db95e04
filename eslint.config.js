// Lint (npm run lint, part of npm test): ESLint's and typescript-eslint's recommended rules, the house's
// import direction (also tested in tests/architecture.test.ts), and Prettier's say on layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const toRoutes = { group: ['**/routes/*', '**/routes/**'], message: 'Components never import screens: screens use components.' };
const toTools = { group: ['**/tools/*', '**/tools/**'], message: 'src/tools holds Node commands; the app never imports them.' };
const i18next = {
  name: 'i18next',
  allowTypeImports: true,
  message: 'Go through src/i18n (t, fixedT, Key): only it imports i18next at run time.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'public/', 'locales/', 'dev-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/tools/**', 'src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [i18next], patterns: [toTools] }] },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [i18next], patterns: [toTools, toRoutes] }] },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [toTools] }] },
  },
  prettier,
);
