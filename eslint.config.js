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

// Imports flow one way: domain ← content/scoring ← stores ← components ← features ← app.
// Features never import each other; shared code moves down a layer instead.
const zones = [
  ...['domain', 'scoring', 'content'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/stores', './src/components', './src/features', './src/app'],
    message: `${layer}/ holds pure logic and data: no UI, no store.`,
  })),
  {
    target: './src/stores',
    from: ['./src/components', './src/features', './src/app'],
    message: 'Stores must not depend on UI.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared components must not depend on features or the app shell.',
  },
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: ['./src/app', ...features.filter((o) => o !== f).map((o) => `./src/features/${o}`)],
    message: 'Features never import each other or the app shell; compose them in src/app.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.bench', 'screenshots'] },
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
