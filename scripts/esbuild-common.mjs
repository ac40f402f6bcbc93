// What every esbuild bundle of followup needs: CommonJS dependencies (commander, write-file-atomic,
// proper-lockfile) use require and __filename, which an ESM bundle must provide.
export const NODE_BANNER = {
  js: [
    "import { createRequire as __createRequire } from 'node:module';",
    "import { fileURLToPath as __fileURLToPath } from 'node:url';",
    'const require = __createRequire(import.meta.url);',
    'const __filename = __fileURLToPath(import.meta.url);',
    "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
  ].join(' '),
};
