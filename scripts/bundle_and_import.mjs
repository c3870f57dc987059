// Lets plain `node` scripts (the stdlib check, the parser benchmark) call pyvm's
// TypeScript in-process: esbuild bundles a small entry module written as source text,
// with imports relative to the repository root, and the bundle is imported.
// (dist/pyvm.cjs cannot serve: it is the CLI and runs main() when imported.)
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles `entrySource` (TypeScript, e.g. `export { parse } from './src/parser/parser.ts';`)
 * and returns the imported module. `name` labels the bundle in stack traces.
 */
export async function importBundled(entrySource, name) {
  const outDir = mkdtempSync(join(tmpdir(), 'pyvm-bundle-'));
  const outfile = join(outDir, `${name}.mjs`);
  try {
    await build({
      stdin: { contents: entrySource, resolveDir: root, sourcefile: `${name}.ts`, loader: 'ts' },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
