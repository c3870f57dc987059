// Compiler speed, pyvm against python3, over every .py file of the standard library.
//   npm run bench:compile [-- --repeats N]
// Each side reads all files into memory first, then times whole runs over them in one
// process and keeps its best run: python3 (the real binary, timed inside python with
// time.perf_counter) runs compile(source_bytes, filename, 'exec'); pyvm runs its
// compile() on the same bytes in this process. Both include decoding and parsing, as
// compile() does. Files python3 rejects are skipped on both sides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from '../scripts/bundle_and_import.mjs';

const { compile, stdlibPyFiles, stdlibRoot, pythonJson } = await importBundled(
  `export { compile } from './src/compiler/compile.ts';
   export { stdlibPyFiles } from './test/support/stdlibSample.ts';
   export { stdlibRoot, pythonJson } from './test/support/python.ts';`,
  'compile_stdlib',
);

const DEFAULT_REPEATS = 3;
const PYTHON_SIDE = fileURLToPath(new URL('./compile_stdlib.py', import.meta.url));

function repeatsFromArgs(args) {
  const at = args.indexOf('--repeats');
  if (at === -1) return DEFAULT_REPEATS;
  const repeats = Number(args[at + 1]);
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error('--repeats needs a positive whole number');
  return repeats;
}

/** Times `repeats` runs of pyvm over `sources`; also counts the files it rejects (in the first run). */
function timePyvm(sources, repeats) {
  const runSeconds = [];
  const rejected = [];
  for (let run = 0; run < repeats; run++) {
    const started = performance.now();
    for (const { path, bytes } of sources) {
      try {
        compile(bytes, path, 'exec');
      } catch (error) {
        if (run === 0) rejected.push(`${path}: ${error instanceof Error ? error.message : error}`);
      }
    }
    runSeconds.push((performance.now() - started) / 1000);
  }
  return { runSeconds, rejected };
}

const repeats = repeatsFromArgs(process.argv.slice(2));
const root = stdlibRoot();
const files = stdlibPyFiles();
process.stderr.write(`timing python3 on ${files.length} files, best of ${repeats}...\n`);
const [python] = await pythonJson([PYTHON_SIDE], { root, files, repeats });

const skipped = new Set(python.skipped);
const sources = files.filter((path) => !skipped.has(path)).map((path) => ({ path, bytes: readFileSync(join(root, path)) }));
const megabytes = sources.reduce((total, { bytes }) => total + bytes.length, 0) / 1e6;
process.stderr.write(`timing pyvm on the same files, best of ${repeats}...\n`);
const pyvm = timePyvm(sources, repeats);

const best = (runSeconds) => Math.min(...runSeconds);
const line = (label, runSeconds) =>
  `  ${label.padEnd(28)} ${best(runSeconds).toFixed(2).padStart(7)} s  ${(megabytes / best(runSeconds)).toFixed(2).padStart(6)} MB/s` +
  `   (runs: ${runSeconds.map((seconds) => seconds.toFixed(2)).join(', ')})`;

console.log(
  `compile every stdlib file: ${sources.length} files, ${megabytes.toFixed(1)} MB ` +
    `(${skipped.size} files python3 rejects skipped), best of ${repeats}`,
);
console.log(line(`python3 ${python.version} compile`, python.runSeconds));
console.log(line('pyvm compile', pyvm.runSeconds));
console.log(`  ratio pyvm/python3: ${(best(pyvm.runSeconds) / best(python.runSeconds)).toFixed(2)}`);
if (pyvm.rejected.length > 0) {
  console.log(`  note: pyvm rejected ${pyvm.rejected.length} files python3 accepts, e.g. ${pyvm.rejected[0]}`);
}
