// Front-end speed, pyvm against python3, over every .py file of the standard library:
//   node bench/stdlib_stage.mjs parse|compile [--repeats N]   (npm run bench:parse / bench:compile)
// Each side reads all files into memory first, then times whole runs over them in one
// process and keeps its best run. python3 (the real binary, timed inside python with
// time.perf_counter) runs ast.parse(source_bytes, filename) or compile(source_bytes,
// filename, 'exec'); pyvm runs the same stage on the same bytes in this process, the
// parse including ast.parse's depth limit. Files python3 rejects are skipped on both sides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from '../scripts/bundle_and_import.mjs';

const { parse, checkAstDepth, compile, stdlibPyFiles, stdlibRoot, pythonJson } = await importBundled(
  `export { parse } from './src/parser/parser.ts';
   export { checkAstDepth } from './src/ast/depthLimit.ts';
   export { compile } from './src/compiler/compile.ts';
   export { stdlibPyFiles } from './test/support/stdlibSample.ts';
   export { stdlibRoot, pythonJson } from './test/support/python.ts';`,
  'stdlib_stage',
);

/** Each stage: what python3 runs (its label) and what pyvm runs on one file. */
const STAGES = {
  parse: {
    python: 'ast.parse',
    pyvm: (bytes, path) => checkAstDepth(parse(bytes, { filename: path })),
  },
  compile: {
    python: 'compile',
    pyvm: (bytes, path) => compile(bytes, path, 'exec'),
  },
};

const DEFAULT_REPEATS = 3;
const PYTHON_SIDE = fileURLToPath(new URL('./stdlib_stage.py', import.meta.url));

function repeatsFromArgs(args) {
  const at = args.indexOf('--repeats');
  if (at === -1) return DEFAULT_REPEATS;
  const repeats = Number(args[at + 1]);
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error('--repeats needs a positive whole number');
  return repeats;
}

/** Times `repeats` runs of pyvm over `sources`; also counts the files it rejects (in the first run). */
function timePyvm(run, sources, repeats) {
  const runSeconds = [];
  const rejected = [];
  for (let round = 0; round < repeats; round++) {
    const started = performance.now();
    for (const { path, bytes } of sources) {
      try {
        run(bytes, path);
      } catch (error) {
        if (round === 0) rejected.push(`${path}: ${error instanceof Error ? error.message : error}`);
      }
    }
    runSeconds.push((performance.now() - started) / 1000);
  }
  return { runSeconds, rejected };
}

const args = process.argv.slice(2);
const stageName = args[0];
const stage = STAGES[stageName];
if (!stage) throw new Error(`usage: node bench/stdlib_stage.mjs ${Object.keys(STAGES).join('|')} [--repeats N]`);
const repeats = repeatsFromArgs(args);
const root = stdlibRoot();
const files = stdlibPyFiles();
process.stderr.write(`timing python3 on ${files.length} files, best of ${repeats}...\n`);
const [python] = await pythonJson([PYTHON_SIDE, stageName], { root, files, repeats });

const skipped = new Set(python.skipped);
const sources = files.filter((path) => !skipped.has(path)).map((path) => ({ path, bytes: readFileSync(join(root, path)) }));
const megabytes = sources.reduce((total, { bytes }) => total + bytes.length, 0) / 1e6;
process.stderr.write(`timing pyvm on the same files, best of ${repeats}...\n`);
const pyvm = timePyvm(stage.pyvm, sources, repeats);

const best = (runSeconds) => Math.min(...runSeconds);
const line = (label, runSeconds) =>
  `  ${label.padEnd(28)} ${best(runSeconds).toFixed(2).padStart(7)} s  ${(megabytes / best(runSeconds)).toFixed(2).padStart(6)} MB/s` +
  `   (runs: ${runSeconds.map((seconds) => seconds.toFixed(2)).join(', ')})`;

console.log(
  `${stageName} every stdlib file: ${sources.length} files, ${megabytes.toFixed(1)} MB ` +
    `(${skipped.size} files python3 rejects skipped), best of ${repeats}`,
);
console.log(line(`python3 ${python.version} ${stage.python}`, python.runSeconds));
console.log(line(`pyvm ${stageName}`, pyvm.runSeconds));
console.log(`  ratio pyvm/python3: ${(best(pyvm.runSeconds) / best(python.runSeconds)).toFixed(2)}`);
if (pyvm.rejected.length > 0) {
  console.log(`  note: pyvm rejected ${pyvm.rejected.length} files python3 accepts, e.g. ${pyvm.rejected[0]}`);
}
