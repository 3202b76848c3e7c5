// Flat config: typescript-eslint for the language, the Lit, web-component and Lit a11y plugins for
// templates and custom elements. `npm run lint` runs it with zero warnings allowed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

const unsafeHtml = [
  { name: 'lit/directives/unsafe-html.js', message: 'Render sanitised DOM fragments instead.' },
];
// Shared code lives in internal/ (plumbing), text/ (pure functions), i18n/ (strings) and schema/
// (JSON-LD, also a public entry).
const shared = '(?:internal|text|i18n|schema)/';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'storybook-static', 'coverage', 'bench/results', 'scratch', 'tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // HTML from strings must go through the sanitiser and arrive as DOM, never as a string.
    files: ['src/**/*.ts'],
    rules: {
      // `prop == 'x'` converts an object property to a primitive, which can throw (see values.ts).
      eqeqeq: ['error', 'smart'],
      'no-restricted-imports': ['error', { paths: unsafeHtml }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM, or sanitise into a fragment.' },
        { property: 'outerHTML', message: 'Build DOM, or sanitise into a fragment.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM, or sanitise into a fragment.' },
        { property: 'setHTMLUnsafe', message: 'Build DOM, or sanitise into a fragment.' },
        { property: 'createContextualFragment', message: 'Build DOM, or sanitise into a fragment.' },
        { property: 'srcdoc', message: 'No documents from strings.' },
        { object: 'document', property: 'write', message: 'No markup from strings.' },
        { object: 'document', property: 'writeln', message: 'No markup from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name='innerHTML']",
          message: 'No innerHTML.',
        },
      ],
    },
  },
  {
    // One room per component: a component reaches another only through its class or its define
    // module (src/teaser-list/ may use ../teaser/teaser.js, not ../teaser/teaser.styles.js).
    files: ['src/*/**/*.ts'],
    ignores: ['src/internal/**', 'src/text/**', 'src/i18n/**', 'src/ssr/**', 'src/react/**', 'src/schema/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: unsafeHtml,
          patterns: [
            {
              regex: `^\\.\\./(?!${shared})([^/]+)/(?!define\\.js$|\\1\\.js$)`,
              message:
                "Another component's internals: use its class or define module, or move shared code to src/internal/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/internal/**/*.ts', 'src/text/**/*.ts', 'src/i18n/**/*.ts', 'src/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: unsafeHtml,
          patterns: [
            {
              regex: `^\\.\\./(?!${shared})`,
              message: 'Shared code never imports a component: components import it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs', '*.config.*', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
