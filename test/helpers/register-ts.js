/**
 * Loads TypeScript for jest-light-runner, which imports each test file with `import()`:
 * ts-node's CommonJS hook (transpile-only; `tsc --noEmit` type-checks) and its ESM resolve hook,
 * so `import()` of a `.ts` file reaches the CommonJS hook instead of failing on the extension.
 */
const { register } = require('node:module');
const { pathToFileURL } = require('node:url');

require('ts-node').register({ transpileOnly: true, swc: true });
register('ts-node/esm', pathToFileURL(__filename));
