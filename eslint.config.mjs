// ESLint (flat config). `npm test` lints through `npm run check` (bin/check.ts), which hands ESLint
// the TypeScript program it type-checks, so the program is built once and nothing is cached.
// `npm run lint` is ESLint on its own, cached in node_modules/.cache/eslint: the cache keys on each
// file's text, not on the types it imports, so after changing an exported type trust `npm run check`.
// - *.ts in lib/, bin/, bench/, test/: typescript-eslint's recommended type-checked rules and the
//   import rules;
// - *.js (the Lambda handlers under lib/**/handler/, test/helpers/register-ts.js): ESLint's
//   recommended rules.
// Import circles and the layering rules are test/architecture/imports.test.ts, which also counts
// type-only imports; import-x/no-cycle (with a resolver that reaches .ts files) made the check
// 8-11 s longer (docs/performance.md).
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['lib/imports/**', 'cdk.out/**', 'dist/**', 'node_modules/**', 'k8s/**', 'reports/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // tsconfig.json covers lib/, bin/, bench/ and test/. `project` rather than `projectService`:
      // the project service took 31-37 s and 2.8 GB here, `project` 18-20 s and 1.7 GB.
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-duplicates': 'error',
      'import-x/no-self-import': 'error',
      // Unused parameters named _x document a signature (e.g. a layer hook that ignores config).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests walk synthesized templates and rendered manifests: parsed JSON and YAML, whose honest
      // type is `any`. These rules flag every read of them (about 2,300 findings) and would only
      // trade `any` for casts that prove nothing; lib/, bin/ and bench/ keep them.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // A fake of an async API is async so that it fails as the real one does (a rejection, not a
      // throw), even when it has nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
);
