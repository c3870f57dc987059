// VM speed, pyvm against python3, on the CPU benchmarks in bench/programs/*.py:
//   node bench/run.mjs [NAME...] [--rounds N] [--startup-runs N] [--timeout S] [--json FILE] [--pyvm CMD]
//   (npm run bench -- ...)   defaults: 3 rounds, 10 start-up runs, 600 s timeout, bin/pyvm
// NAME selects the benchmarks whose name contains it (several: any of them). Each round
// runs every selected benchmark once under bin/pyvm and once under the real python3
// binary (not the pyenv shim, which adds ~45 ms a start), alternating which goes first,
// and checks that both print the same stdout; a side that fails (non-zero exit, timeout)
// is not run again and its benchmark leaves the geometric mean. A side's time is the median wall time of
// its rounds; the ratio is pyvm/python3; the geometric mean is over the benchmarks pyvm
// ran to the same output. Start-up is the median over runs of an empty program, and of
// `import dataclasses, typing, json, re` on warm caches of compiled modules. Peak
// memory is the child's max RSS (the highest over rounds), read through GNU time when
// /usr/bin/time exists, else through a python3 wrapper that reads
// resource.getrusage(RUSAGE_CHILDREN).ru_maxrss (KiB on Linux).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, onInterrupt, positiveWholeNumber, realPython, runChild, table } from './benchSupport.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROGRAMS = join(ROOT, 'bench', 'programs');
const PYVM = join(ROOT, 'bin', 'pyvm');
const GNU_TIME = '/usr/bin/time';

const DEFAULTS = { rounds: 3, startupRuns: 10, timeout: 600 };
const USAGE =
  'usage: node bench/run.mjs [NAME...] [--rounds N] [--startup-runs N] [--timeout SECONDS] [--json FILE] [--pyvm COMMAND]';

function parseArgs(argv) {
  const options = { ...DEFAULTS, filters: [], json: null, pyvm: PYVM };
  const positive = (flag, value) => positiveWholeNumber(flag, value, USAGE);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--rounds') options.rounds = positive(arg, argv[++i]);
    else if (arg === '--startup-runs') options.startupRuns = positive(arg, argv[++i]);
    else if (arg === '--timeout') options.timeout = positive(arg, argv[++i]);
    else if (arg === '--json') {
      options.json = argv[++i];
      if (!options.json) throw new Error(`--json needs a file name\n${USAGE}`);
    } else if (arg === '--pyvm') {
      // another command in pyvm's place (e.g. a second python3, to check this script)
      options.pyvm = argv[++i];
      if (!options.pyvm) throw new Error(`--pyvm needs a command\n${USAGE}`);
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else options.filters.push(arg);
  }
  return options;
}

/** The python3 binary behind the pyenv shim ($PYTHON wins), so that its start-up is not the shim's. */

// Runs a child, timing it and reading its peak RSS through a wrapper. The python3
// fallback (run with -S, so it starts quickly) times the child itself and writes
// "maxrss seconds"; its maxrss is floored at the wrapper's own few MiB, which a child
// forked from it inherits as its high-water mark.
const RUSAGE_WRAPPER = [
  'import resource, subprocess, sys, time',
  'started = time.perf_counter()',
  'code = subprocess.call(sys.argv[2:])',
  'seconds = time.perf_counter() - started',
  "open(sys.argv[1], 'w').write(f'{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss} {seconds!r}')",
  'sys.exit(code)',
].join('\n');

function makeRunner(python, scratch) {
  const rssFile = join(scratch, 'maxrss');
  const useGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', '-o', rssFile, 'true']).status === 0;
  const wrap = useGnuTime
    ? (command) => [GNU_TIME, ['-f', '%M', '-o', rssFile, ...command]]
    : (command) => [python, ['-S', '-c', RUSAGE_WRAPPER, rssFile, ...command]];
  const describe = useGnuTime ? `${GNU_TIME} -f %M` : 'a python3 wrapper reading getrusage(RUSAGE_CHILDREN)';
  return {
    describe,
    /** Runs `command` (argv); returns { seconds, maxrssKiB, code, stdout, stderr, error }. */
    async run(command, timeoutSeconds) {
      rmSync(rssFile, { force: true });
      const [file, args] = wrap(command);
      // Its own process group, so that a timeout kills the benchmark and not only the wrapper.
      const { code, spawnError, timedOut, seconds: wallSeconds, stdout, stderr: err } = await runChild(file, args, ROOT, timeoutSeconds);
      let seconds = wallSeconds;
      let maxrssKiB = null;
      try {
        const written = readFileSync(rssFile, 'utf8').trim();
        if (useGnuTime) {
          // GNU time writes "Command exited with non-zero status N" before the number.
          const numbers = written.split(/\s+/).filter((word) => /^\d+$/.test(word));
          if (numbers.length > 0) maxrssKiB = Number(numbers.at(-1));
        } else {
          const [kib, wrapperSeconds] = written.split(' ').map(Number);
          if (Number.isFinite(kib)) maxrssKiB = kib;
          if (Number.isFinite(wrapperSeconds)) seconds = wrapperSeconds;
        }
      } catch {
        // no file: the wrapper was killed (timeout) or could not start
      }
      let error = null;
      if (timedOut) error = `timed out after ${timeoutSeconds} s`;
      else if (spawnError) error = spawnError.message;
      else if (code !== 0) error = `exit ${code}: ${lastLine(err).replaceAll(ROOT, '') || '(no stderr)'}`;
      return { seconds, maxrssKiB, code, stdout, stderr: err, error };
    },
  };
}

function lastLine(text) {
  const lines = (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.at(-1) ?? '';
}


/** Where two outputs first differ: the line, and both sides from a little before the first differing character. */
function firstDifference(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (a[i] === undefined || b[i] === undefined) return { line: i + 1, python: a[i] ?? '(missing)', pyvm: b[i] ?? '(missing)' };
    let column = 0;
    while (a[i][column] === b[i][column]) column++;
    const from = Math.max(0, column - 15);
    const excerpt = (text) => `${from > 0 ? '…' : ''}${text.slice(from)}`;
    return { line: i + 1, python: excerpt(a[i]), pyvm: excerpt(b[i]) };
  }
  return null;
}

function clip(text, width) {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** A text table; the first column is left-aligned, the others right-aligned except a last 'note' column. */

const seconds = (value) => (value == null ? '-' : value.toFixed(3));
const mebibytes = (kib) => (kib == null ? '-' : (kib / 1024).toFixed(1));

// --- main ---

const options = parseArgs(process.argv.slice(2));
const python = realPython();
const pythonVersion = spawnSync(python, ['--version'], { encoding: 'utf8' }).stdout.trim();
const all = readdirSync(PROGRAMS)
  .filter((name) => name.endsWith('.py'))
  .sort()
  .map((name) => ({ name: basename(name, '.py'), path: join(PROGRAMS, name) }));
const selected = options.filters.length === 0 ? all : all.filter(({ name }) => options.filters.some((f) => name.includes(f)));
if (selected.length === 0) {
  throw new Error(`no benchmark matches ${options.filters.join(', ')}; there are: ${all.map(({ name }) => name).join(', ')}`);
}

const scratch = mkdtempSync(join(tmpdir(), 'pyvm-bench-'));
onInterrupt(() => rmSync(scratch, { recursive: true, force: true }));
const emptyProgram = join(scratch, 'empty.py');
writeFileSync(emptyProgram, '');
// Start-up with the library (issue 5's goal: within 2x of python3, on a warm cache).
const IMPORTS = 'import dataclasses, typing, json, re';
const importProgram = join(scratch, 'imports.py');
writeFileSync(importProgram, `${IMPORTS}\n`);
const runner = makeRunner(python, scratch);
const sides = {
  python3: (path) => [python, path],
  pyvm: (path) => [options.pyvm, path],
};
const log = (message) => process.stderr.write(`${message}\n`);

try {
  log(`python3: ${python} (${pythonVersion}); pyvm: ${options.pyvm}; peak RSS via ${runner.describe}`);
  log(`${selected.length} benchmarks, ${options.rounds} rounds each, sides alternating`);

  const results = selected.map(({ name, path }) => ({
    name,
    path,
    python3: { runs: [], maxrssKiB: null, error: null, stdout: null },
    pyvm: { runs: [], maxrssKiB: null, error: null, stdout: null },
  }));

  for (let round = 0; round < options.rounds; round++) {
    for (const result of results) {
      const order = round % 2 === 0 ? ['python3', 'pyvm'] : ['pyvm', 'python3'];
      for (const side of order) {
        const record = result[side];
        if (record.error) continue; // a side that failed once is not run again
        const run = await runner.run(sides[side](result.path), options.timeout);
        const outcome = run.error ? `FAILED (${clip(run.error, 100)})` : `${run.seconds.toFixed(3)} s`;
        log(`  round ${round + 1}/${options.rounds} ${result.name.padEnd(14)} ${side.padEnd(7)} ${outcome}`);
        if (run.error) {
          record.error = run.error;
          continue;
        }
        if (record.stdout === null) record.stdout = run.stdout;
        else if (record.stdout !== run.stdout) {
          record.error = 'its output differs between its own rounds (nondeterministic)';
          continue;
        }
        record.runs.push(run.seconds);
        if (run.maxrssKiB != null) record.maxrssKiB = Math.max(record.maxrssKiB ?? 0, run.maxrssKiB);
      }
    }
  }

  // Per benchmark: medians, the ratio, and whether it counts.
  for (const result of results) {
    for (const side of ['python3', 'pyvm']) {
      const record = result[side];
      record.medianSeconds = record.error ? null : median(record.runs);
    }
    result.ratio = null;
    result.valid = false;
    result.note = '';
    if (result.python3.error) {
      result.note = `python3 failed: ${result.python3.error}`;
    } else if (result.pyvm.error) {
      result.note = `pyvm failed: ${result.pyvm.error}`;
    } else {
      const diff = firstDifference(result.python3.stdout, result.pyvm.stdout);
      result.ratio = result.pyvm.medianSeconds / result.python3.medianSeconds;
      if (diff) {
        result.mismatch = diff;
        result.note = `OUTPUT MISMATCH, ratio invalid (stdout line ${diff.line}, see below)`;
      } else {
        result.valid = true;
      }
    }
  }

  const counted = results.filter((result) => result.valid);
  const excluded = results.filter((result) => !result.valid);
  const geomean = counted.length === 0 ? null : Math.exp(counted.reduce((sum, r) => sum + Math.log(r.ratio), 0) / counted.length);

  // Start-up: an empty program, alternating sides.
  log(`start-up: empty program, ${options.startupRuns} runs per side`);
  const startup = {
    python3: { runs: [], maxrssKiB: null, error: null },
    pyvm: { runs: [], maxrssKiB: null, error: null },
    // For reference: python3 without the site module (and so without any .pth hooks of its site-packages).
    'python3 -S': { runs: [], maxrssKiB: null, error: null },
  };
  const startupSides = { ...sides, 'python3 -S': (path) => [python, '-S', path] };
  // The import line, on both sides: the caches of compiled modules are written first (by
  // a run that may write them whatever PYTHONDONTWRITEBYTECODE says), so the runs measure a warm start.
  log(`start-up with the library: ${IMPORTS}, ${options.startupRuns} runs per side`);
  const importSides = { 'python3 import': sides.python3, 'pyvm import': sides.pyvm };
  for (const side of Object.keys(importSides)) {
    startup[side] = { runs: [], maxrssKiB: null, error: null };
    const { PYTHONDONTWRITEBYTECODE, ...writingEnvironment } = process.env;
    const [file, ...args] = importSides[side](importProgram);
    spawnSync(file, args, { cwd: ROOT, stdio: 'ignore', env: writingEnvironment, timeout: options.timeout * 1000 });
  }
  const programOf = (side) => (side in importSides ? importSides[side](importProgram) : startupSides[side](emptyProgram));
  const order = ['python3', 'pyvm', 'python3 -S', 'python3 import', 'pyvm import'];
  for (let i = 0; i < options.startupRuns; i++) {
    for (const side of i % 2 === 0 ? order : [...order].reverse()) {
      const record = startup[side];
      if (record.error) continue;
      const run = await runner.run(programOf(side), options.timeout);
      if (run.error) {
        record.error = run.error;
        continue;
      }
      record.runs.push(run.seconds);
      if (run.maxrssKiB != null) record.maxrssKiB = Math.max(record.maxrssKiB ?? 0, run.maxrssKiB);
    }
  }
  for (const side of Object.keys(startup)) startup[side].medianSeconds = startup[side].error ? null : median(startup[side].runs);
  // What spawning costs here, through the same wrapper: it is inside every time above.
  const overheadRuns = [];
  for (let i = 0; i < options.startupRuns; i++) overheadRuns.push((await runner.run(['true'], options.timeout)).seconds);
  const overheadSeconds = median(overheadRuns);

  // --- report ---
  const out = [];
  out.push(`pyvm vs ${pythonVersion} (${python}), median wall time of ${options.rounds} rounds`);
  out.push('');
  out.push(
    table(
      ['benchmark', 'python3 s', 'pyvm s', 'ratio', 'note'],
      results.map((r) => [
        r.name,
        r.python3.error ? 'error' : seconds(r.python3.medianSeconds),
        r.pyvm.error ? 'error' : seconds(r.pyvm.medianSeconds),
        r.ratio == null ? '-' : r.valid ? `${r.ratio.toFixed(2)}x` : `(${r.ratio.toFixed(2)}x)`,
        clip(r.note, 110),
      ]),
      ['note'],
    ),
  );
  for (const r of results.filter((result) => result.mismatch)) {
    out.push('');
    out.push(`${r.name}: stdout differs at line ${r.mismatch.line}:`);
    out.push(`  python3: ${clip(r.mismatch.python, 120)}`);
    out.push(`  pyvm:    ${clip(r.mismatch.pyvm, 120)}`);
  }
  out.push('');
  if (geomean == null) {
    out.push(`geometric mean of ratios (pyvm/python3): n/a, no benchmark ran under pyvm with python3's output`);
  } else {
    const over = `${counted.length} of ${results.length} benchmarks`;
    out.push(`geometric mean of ratios (pyvm/python3): ${geomean.toFixed(2)}x over ${over}`);
  }
  if (excluded.length > 0) {
    out.push(`  excluded from the geometric mean (failed or output mismatch): ${excluded.map((r) => r.name).join(', ')}`);
  }
  out.push('');
  const startupLine = (side, label = side) => {
    const record = startup[side];
    if (record.error) return `  ${label.padEnd(10)} error: ${clip(record.error, 110)}`;
    const ms = (record.medianSeconds * 1000).toFixed(1).padStart(7);
    return `  ${label.padEnd(10)} ${ms} ms   peak RSS ${mebibytes(record.maxrssKiB)} MiB`;
  };
  out.push(`start-up (empty program, median of ${options.startupRuns} runs):`);
  out.push(startupLine('python3'));
  out.push(startupLine('pyvm'));
  if (startup.python3.medianSeconds != null && startup.pyvm.medianSeconds != null) {
    out.push(`  ratio      ${(startup.pyvm.medianSeconds / startup.python3.medianSeconds).toFixed(2)}x`);
  }
  out.push(startupLine('python3 -S') + '   (reference: no site module, so none of the .pth hooks in its site-packages)');
  out.push(`start-up with the library (\`${IMPORTS}\`, warm caches, median of ${options.startupRuns} runs):`);
  out.push(startupLine('python3 import', 'python3'));
  out.push(startupLine('pyvm import', 'pyvm'));
  if (startup['python3 import'].medianSeconds != null && startup['pyvm import'].medianSeconds != null) {
    out.push(`  ratio      ${(startup['pyvm import'].medianSeconds / startup['python3 import'].medianSeconds).toFixed(2)}x`);
  }
  const overheadMs = (overheadSeconds * 1000).toFixed(1);
  out.push(`  (every time here includes ${overheadMs} ms of spawning through the RSS wrapper, measured on 'true')`);
  out.push('');
  out.push(`peak memory (max RSS over the rounds, MiB), via ${runner.describe}:`);
  out.push(
    table(
      ['benchmark', 'python3 MiB', 'pyvm MiB', 'ratio'],
      results.map((r) => [
        r.name,
        mebibytes(r.python3.maxrssKiB),
        r.pyvm.error ? 'error' : mebibytes(r.pyvm.maxrssKiB),
        r.pyvm.error || r.python3.maxrssKiB == null || r.pyvm.maxrssKiB == null
          ? '-'
          : `${(r.pyvm.maxrssKiB / r.python3.maxrssKiB).toFixed(2)}x`,
      ]),
    ),
  );
  console.log(out.join('\n'));

  if (options.json) {
    const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || null;
    const side = (record) => ({
      medianSeconds: record.medianSeconds,
      runsSeconds: record.runs,
      maxrssKiB: record.maxrssKiB,
      error: record.error,
    });
    const report = {
      date: new Date().toISOString(),
      commit,
      node: process.version,
      python: { executable: python, version: pythonVersion },
      rounds: options.rounds,
      rssVia: runner.describe,
      spawnOverheadSeconds: overheadSeconds,
      benchmarks: results.map((r) => ({
        name: r.name,
        python3: side(r.python3),
        pyvm: side(r.pyvm),
        ratio: r.ratio,
        valid: r.valid,
        note: r.note || null,
        mismatch: r.mismatch ?? null,
        output: r.python3.stdout,
      })),
      geomean,
      geomeanOver: counted.map((r) => r.name),
      excluded: excluded.map((r) => ({ name: r.name, why: r.note })),
      startup: {
        runs: options.startupRuns,
        python3: side(startup.python3),
        pyvm: side(startup.pyvm),
        python3NoSite: side(startup['python3 -S']),
        imports: IMPORTS,
        python3Imports: side(startup['python3 import']),
        pyvmImports: side(startup['pyvm import']),
      },
    };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${options.json}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
