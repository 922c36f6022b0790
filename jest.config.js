/**
 * Tests run through ts-jest in isolatedModules mode (transpile only): type-checking is
 * `npm run build` (tsc --noEmit), which `npm test` runs first, so the generated CRD classes
 * are not re-checked per test file.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  testTimeout: 120000,
};
