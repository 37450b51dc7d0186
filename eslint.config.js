import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// Imports flow one way, each layer using only those before it:
//   domain ← kinds (pure *.ts) ← content, scoring ← model ← stores ← lms ← components
//     ← kinds (views *.tsx) ← features ← app
// lms/ (the SCORM adapter) is the exception to "later layers may import earlier ones": only
// src/main.tsx starts it, and the UI reads its state from the stores.
// A question kind's folder holds both pure logic and React views, so the layer of a file in
// src/kinds/ is set by its extension. Features never import each other; shared code moves
// down a layer instead.
const LAYERS = [
  { name: 'domain', files: ['src/domain/**'], why: 'domain/ holds types only.' },
  { name: 'kinds', files: ['src/kinds/**/*.ts'], why: 'A kind’s *.ts files are pure logic.' },
  {
    name: 'content and scoring',
    files: ['src/content/**', 'src/scoring/**'],
    why: 'content/ and scoring/ hold pure logic and data: no saved data, no store, no UI.',
  },
  { name: 'model', files: ['src/model/**'], why: 'The saved-data model is pure: no store, no UI.' },
  { name: 'stores', files: ['src/stores/**'], why: 'Stores must not depend on UI or the LMS.' },
  {
    name: 'lms',
    files: ['src/lms/**'],
    why: 'The LMS adapter reports what the stores hold; it has no UI.',
  },
  {
    name: 'components',
    files: ['src/components/**'],
    why: 'Shared components must not depend on question kinds’ views, features or the app shell.',
  },
  {
    name: 'kind views',
    files: ['src/kinds/**/*.tsx'],
    why: 'A kind’s views must not depend on features or the app shell.',
  },
  { name: 'features', files: ['src/features/**'], why: 'Features never import the app shell.' },
  { name: 'app', files: ['src/app/**'], why: '' },
];
const zones = [
  ...LAYERS.slice(0, -1).map((layer, i) => ({
    target: layer.files,
    from: LAYERS.slice(i + 1).flatMap((l) => l.files),
    message: layer.why,
  })),
  {
    target: ['src/components/**', 'src/kinds/**', 'src/features/**', 'src/app/**'],
    from: ['src/lms/**'],
    message: 'Only src/main.tsx starts the LMS adapter; the UI reads its state from the stores.',
  },
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: features.filter((o) => o !== f).map((o) => `./src/features/${o}`),
    message: 'Features never import each other; compose them in src/app.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      '.bench',
      'screenshots',
      '.stryker-tmp',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: {
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
      'import-x': importX,
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Without these, import-x reads only .js files when following imports, so no-cycle
      // silently passes on TypeScript (it did, until a cycle slipped in).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      // Content and stored data are parsed, not asserted (`as const` stays allowed).
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded generator in src/scoring/random.ts so attempts can be replayed.',
        },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    // The saved-data model is plain functions over plain data, testable without a store.
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zustand', 'zustand/*', 'react', 'react-dom'],
              message: 'src/model/ is pure: no store, no UI.',
            },
          ],
        },
      ],
    },
  },
  {
    // A kind's views.tsx exports its table of views (src/kinds/views.tsx lists them); editing
    // one reloads the page instead of hot-swapping, which is fine.
    files: ['src/kinds/*/views.tsx'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'react-refresh/only-export-components': 'off',
    },
  },
  {
    files: ['vite.config.ts', 'scripts/**/*.{ts,tsx,mjs,js}', '*.config.js'],
    rules: { 'react-refresh/only-export-components': 'off' },
    languageOptions: { globals: globals.node },
  },
  {
    // Browser tests and the bench run in Node but pass functions to page.evaluate, which run
    // in the page.
    files: ['tests/**/*.{mjs,js}', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
