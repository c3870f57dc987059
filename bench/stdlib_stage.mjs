// Front-end speed, pyvm against python3, over every .py file of the standard library:
//   node bench/stdlib_stage.mjs parse|compile [--repeats N]   (npm run bench:parse / bench:compile)
// Each side reads all files into memory and runs the stage once over them (python3 to
// find the files it rejects, which both sides then skip; pyvm to warm up), then the
// timed runs alternate, one of python3's, one of pyvm's, which goes first alternating
// too, each side keeping its best: this machine's speed drifts by tens of percent over
// a minute, and both sides meet the same drift. python3 (the real binary, timed inside
// python with time.perf_counter) runs ast.parse(source_bytes, filename) or
// compile(source_bytes, filename, 'exec') in one process kept between its runs; pyvm
// runs the same stage on the same bytes in this process, the parse including
// ast.parse's depth limit.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { importBundled } from '../scripts/bundle_and_import.mjs';

const { parse, checkAstDepth, compile, stdlibPyFiles, stdlibRoot, pythonExecutable } = await importBundled(
  `export { parse } from './src/parser/parser.ts';
   export { checkAstDepth } from './src/ast/depthLimit.ts';
   export { compile } from './src/compiler/compile.ts';
   export { stdlibPyFiles } from './test/support/stdlibSample.ts';
   export { stdlibRoot, pythonExecutable } from './test/support/python.ts';`,
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

/** One run of pyvm over `sources`: its seconds, and the files it rejected. */
function runPyvm(run, sources) {
  const rejected = [];
  const started = performance.now();
  for (const { path, bytes } of sources) {
    try {
      run(bytes, path);
    } catch (error) {
      rejected.push(`${path}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return { seconds: (performance.now() - started) / 1000, rejected };
}

/** python3 running stdlib_stage.py: `next()` gives its next JSON line, `run()` one timed run's seconds. */
function startPython(stageName, request) {
  const child = spawn(pythonExecutable(), [PYTHON_SIDE, stageName], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`python3 ${PYTHON_SIDE} ended early (exit code ${child.exitCode})`);
    return JSON.parse(value);
  };
  child.stdin.write(`${JSON.stringify(request)}\n`);
  return {
    next,
    run: async () => {
      child.stdin.write('run\n');
      return (await next()).seconds;
    },
    end: () => child.stdin.end(),
  };
}

const args = process.argv.slice(2);
const stageName = args[0];
const stage = STAGES[stageName];
if (!stage) throw new Error(`usage: node bench/stdlib_stage.mjs ${Object.keys(STAGES).join('|')} [--repeats N]`);
const repeats = repeatsFromArgs(args);
const root = stdlibRoot();
const files = stdlibPyFiles();
process.stderr.write(`reading ${files.length} files, python3 and pyvm each running the stage over them once...\n`);
const python = startPython(stageName, { root, files });
const { version, skipped: pythonSkipped } = await python.next();
const skipped = new Set(pythonSkipped);
const sources = files.filter((path) => !skipped.has(path)).map((path) => ({ path, bytes: readFileSync(join(root, path)) }));
const megabytes = sources.reduce((total, { bytes }) => total + bytes.length, 0) / 1e6;
const { rejected } = runPyvm(stage.pyvm, sources);
process.stderr.write(`timing ${repeats} runs of each, alternating...\n`);
const pythonSeconds = [];
const pyvmSeconds = [];
for (let round = 0; round < repeats; round++) {
  const timePyvm = () => pyvmSeconds.push(runPyvm(stage.pyvm, sources).seconds);
  if (round % 2 === 0) {
    pythonSeconds.push(await python.run());
    timePyvm();
  } else {
    timePyvm();
    pythonSeconds.push(await python.run());
  }
}
python.end();

const best = (runSeconds) => Math.min(...runSeconds);
const line = (label, runSeconds) =>
  `  ${label.padEnd(28)} ${best(runSeconds).toFixed(2).padStart(7)} s  ${(megabytes / best(runSeconds)).toFixed(2).padStart(6)} MB/s` +
  `   (runs: ${runSeconds.map((seconds) => seconds.toFixed(2)).join(', ')})`;

console.log(
  `${stageName} every stdlib file: ${sources.length} files, ${megabytes.toFixed(1)} MB ` +
    `(${skipped.size} files python3 rejects skipped), best of ${repeats}`,
);
console.log(line(`python3 ${version} ${stage.python}`, pythonSeconds));
console.log(line(`pyvm ${stageName}`, pyvmSeconds));
console.log(`  ratio pyvm/python3: ${(best(pyvmSeconds) / best(pythonSeconds)).toFixed(2)}`);
if (rejected.length > 0) {
  console.log(`  note: pyvm rejected ${rejected.length} files python3 accepts, e.g. ${rejected[0]}`);
}
