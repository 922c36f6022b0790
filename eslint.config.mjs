// ESLint (flat config), `npm run lint`, part of `npm test`:
// - lib/, bin/, bench/: typescript-eslint's recommended type-checked rules and the import rules;
// - test/: typescript-eslint's recommended rules without type information. Tests read rendered
//   manifests and templates as untyped JSON (`any` is the honest type of a parsed YAML document),
//   and type-aware linting of test/ doubled the lint time (docs/performance.md).
// Circles and the layering rules (which folder may import which) are test/architecture/imports.test.ts,
// which also counts type-only imports; import-x/no-cycle re-parsed the graph per file (20 s here).
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const importRules = {
  'import-x/no-duplicates': 'error',
  'import-x/no-self-import': 'error',
};

export default tseslint.config(
  {
    ignores: ['lib/imports/**', 'cdk.out/**', 'dist/**', 'node_modules/**', 'k8s/**', 'reports/**', '**/*.js', '**/*.mjs'],
  },
  {
    files: ['lib/**/*.ts', 'bin/**/*.ts', 'bench/**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      ...importRules,
      // Unused parameters named _x document a signature (e.g. a layer hook that ignores config).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    extends: [...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    rules: {
      ...importRules,
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
