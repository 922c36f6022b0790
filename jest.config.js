/**
 * jest with jest-light-runner: each worker runs test files in plain Node.js and keeps its module
 * cache between files, so aws-cdk-lib, cdk8s and the platform load once per worker (the default
 * runner re-evaluated them for every file) and test/helpers/synth.ts's synth cache is shared by
 * the files a worker runs. TypeScript loads through ts-node in transpile-only mode
 * (test/helpers/register-ts.js); type-checking is `npm run check` (bin/check.ts: tsc and ESLint on
 * one program), which `npm test` runs beside jest. Measurements: docs/performance.md.
 */
const os = require('os');

module.exports = {
  runner: 'jest-light-runner',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['<rootDir>/test/helpers/register-ts.js'],
  maxWorkers: Math.max(1, os.availableParallelism()),
  testTimeout: 120000,
};
