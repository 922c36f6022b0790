/**
 * Tests run through ts-jest in transpile-only mode (tsconfig has isolatedModules): type-checking is
 * `npm run build` (tsc --noEmit), which `npm test` runs first, so the generated CRD classes
 * are not re-checked per test file.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 120000,
};
