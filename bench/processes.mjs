// The seed document's GIL point, measured: CPU-bound Python work run twice sequentially,
// in two threads and in a two-process multiprocessing.Pool, under pyvm and under python3.
//   node bench/processes.mjs [--rounds N] [--n-pyvm N] [--n-python3 N] [--timeout S] [--pyvm CMD]
//   (npm run bench:processes -- ...)   defaults: 3 rounds, n 18_000_000 for pyvm and
//   28_000_000 for python3 (one work(n) takes ~1.5 s on either here: long CPU-bound work,
//   as the seed's 50_000_000, next to which starting a worker is small), 120 s timeout, bin/pyvm
// bench/processes.py does the timing inside the interpreter (time.perf_counter) and prints
// JSON; see its header for the variants: sequential, threads, processes (the whole
// `with Pool(2) as pool: pool.map(...)`, worker start-up and shutdown included, as a user
// sees it), processes with the pool already started, and (a second run of the program)
// the pool made right after the imports. work(n) is
// `sum(i * i for i in range(n))`; each interpreter gets its own n so that both run for a
// similar time, and every figure compared is a ratio within one interpreter: the speed-up
// of a variant is sequential time / its time. Goals (the GIL point): threads gain nothing
// on CPU-bound work, their time within 10% of sequential (speed-up 0.91-1.1x); two
// processes run in parallel on the two cores, speed-up >= 1.6x. Each round runs the
// program twice per interpreter (which goes first alternates); a variant's time is the
// median over rounds. Python is the real python3 binary, not the pyenv shim ($PYTHON wins).
// A side that fails (non-zero exit, timeout, wrong results, no JSON) is reported with
// the tail of its stderr and not run again; the script then exits 1.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { median, positiveWholeNumber, realPython, runChild, table } from './benchSupport.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROGRAM = join(ROOT, 'bench', 'processes.py');
const PYVM = join(ROOT, 'bin', 'pyvm');
const DEFAULTS = { rounds: 3, nPyvm: 18_000_000, nPython3: 28_000_000, timeout: 120 };
const USAGE =
  'usage: node bench/processes.mjs [--rounds N] [--n-pyvm N] [--n-python3 N] [--timeout SECONDS] [--pyvm COMMAND]';
const THREADS_WITHIN = 0.1;
const PROCESSES_GOAL = 1.6;
const STDERR_TAIL_LINES = 15;
const VARIANTS = ['sequential', 'threads', 'processes', 'processes_warm'];
/** What `processes.py N at-once` times, in a process of its own. */
const AT_ONCE_VARIANTS = ['processes_at_once'];

function parseArgs(argv) {
  const options = { ...DEFAULTS, pyvm: PYVM };
  const positive = (flag, value) => positiveWholeNumber(flag, value, USAGE);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--rounds') options.rounds = positive(arg, argv[++i]);
    else if (arg === '--n-pyvm') options.nPyvm = positive(arg, argv[++i]);
    else if (arg === '--n-python3') options.nPython3 = positive(arg, argv[++i]);
    else if (arg === '--timeout') options.timeout = positive(arg, argv[++i]);
    else if (arg === '--pyvm') {
      // another command in pyvm's place (e.g. a second python3, to check this script)
      options.pyvm = argv[++i];
      if (!options.pyvm) throw new Error(`--pyvm needs a command\n${USAGE}`);
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

/** The python3 binary behind the pyenv shim ($PYTHON wins), so that its start-up is not the shim's. */

// The child being run, in its own process group so that a timeout or ^C ends its workers too.
function tail(text, lines) {
  const kept = text.trimEnd().split('\n');
  return kept.slice(-lines).join('\n');
}

/** Runs `command PROGRAM n ...extra`; returns { report } (the parsed JSON, with `variants`) or { error } (why not, with the stderr tail). */
async function runOnce(command, n, timeoutSeconds, extra, variants) {
  const { code, signal, spawnError, timedOut, stdout: out, stderr: err } = await runChild(command, [PROGRAM, String(n), ...extra], ROOT, timeoutSeconds);
  const withStderr = (why) => ({ error: err.trim() ? `${why}; stderr ends:\n${tail(err, STDERR_TAIL_LINES)}` : `${why} (no stderr)` });
  if (spawnError) return { error: `cannot start ${command}: ${spawnError.message}` };
  if (timedOut) return withStderr(`timed out after ${timeoutSeconds} s`);
  if (code !== 0) return withStderr(code === null ? `killed by ${signal}` : `exit ${code}`);
  let report;
  try {
    report = JSON.parse(out.trim().split('\n').at(-1));
  } catch {
    return withStderr(`no JSON on the last line of stdout: ${JSON.stringify(tail(out, 3))}`);
  }
  if (report.correct !== true) return withStderr('wrong results (work(n) differs from the closed form)');
  const missing = variants.filter((variant) => typeof report[variant] !== 'number');
  if (missing.length > 0) return withStderr(`the JSON lacks ${missing.join(', ')}`);
  return { report };
}



const seconds = (value) => value.toFixed(3);
const times = (value) => `${value.toFixed(2)}x`;
const verdict = (met) => (met ? 'met' : 'NOT MET');

// --- main ---

const options = parseArgs(process.argv.slice(2));
const python = realPython();
const pythonVersion = spawnSync(python, ['--version'], { encoding: 'utf8' }).stdout.trim();
const sides = [
  { name: 'python3', command: python, n: options.nPython3, reports: [], error: null },
  { name: 'pyvm', command: options.pyvm, n: options.nPyvm, reports: [], error: null },
];
const log = (message) => process.stderr.write(`${message}\n`);

log(`python3: ${python} (${pythonVersion}); pyvm: ${options.pyvm}; ${options.rounds} rounds, sides alternating`);
for (let round = 0; round < options.rounds; round++) {
  for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
    if (side.error) continue; // a side that failed once is not run again
    const main = await runOnce(side.command, side.n, options.timeout, [], VARIANTS);
    const atOnce = main.error ? main : await runOnce(side.command, side.n, options.timeout, ['at-once'], AT_ONCE_VARIANTS);
    if (main.error || atOnce.error) {
      side.error = main.error ?? atOnce.error;
      log(`  round ${round + 1}/${options.rounds} ${side.name.padEnd(7)} FAILED`);
      continue;
    }
    const report = { ...main.report, ...atOnce.report };
    side.reports.push(report);
    const shown = [...VARIANTS, ...AT_ONCE_VARIANTS].map((variant) => `${variant} ${seconds(report[variant])}`).join(', ');
    log(`  round ${round + 1}/${options.rounds} ${side.name.padEnd(7)} ${shown}`);
  }
}

const measured = sides.filter((side) => !side.error);
for (const side of measured) {
  side.median = Object.fromEntries(
    [...VARIANTS, ...AT_ONCE_VARIANTS].map((variant) => [variant, median(side.reports.map((report) => report[variant]))]),
  );
  const speedUp = (variant) => side.median.sequential / side.median[variant];
  side.speedUp = {
    threads: speedUp('threads'),
    processes: speedUp('processes'),
    processes_warm: speedUp('processes_warm'),
    processes_at_once: speedUp('processes_at_once'),
  };
}

const out = [];
out.push(`CPU-bound work(n) = sum(i * i for i in range(n)), twice; median wall seconds of ${options.rounds} rounds`);
out.push(`python3 is ${pythonVersion} (${python}); speed-up = sequential / variant, within one interpreter`);
out.push('');
out.push(
  table(
    ['interpreter', 'n', 'sequential s', 'threads s', 'processes s', 'started pool s', 'pool at once s', 'threads', 'processes', 'started pool', 'pool at once'],
    measured.map((side) => [
      side.name,
      side.n.toLocaleString('en-US').replaceAll(',', '_'),
      seconds(side.median.sequential),
      seconds(side.median.threads),
      seconds(side.median.processes),
      seconds(side.median.processes_warm),
      seconds(side.median.processes_at_once),
      times(side.speedUp.threads),
      times(side.speedUp.processes),
      times(side.speedUp.processes_warm),
      times(side.speedUp.processes_at_once),
    ]),
  ),
);
out.push('');
out.push(
  `goals: threads within ${THREADS_WITHIN * 100}% of sequential (speed-up ${(1 / (1 + THREADS_WITHIN)).toFixed(2)}-${(1 + THREADS_WITHIN).toFixed(1)}x); ` +
    `processes >= ${PROCESSES_GOAL}x (pool start-up included, and with the pool started; the pool at once, made right ` +
    'after the imports in a process of its own, is shown beside them)',
);
for (const side of measured) {
  const threadsMet = side.speedUp.threads >= 1 / (1 + THREADS_WITHIN) && side.speedUp.threads <= 1 + THREADS_WITHIN;
  out.push(
    `  ${side.name.padEnd(7)} threads ${times(side.speedUp.threads)} ${verdict(threadsMet)}; ` +
      `processes ${times(side.speedUp.processes)} ${verdict(side.speedUp.processes >= PROCESSES_GOAL)}; ` +
      `started pool ${times(side.speedUp.processes_warm)} ${verdict(side.speedUp.processes_warm >= PROCESSES_GOAL)}`,
  );
}
for (const side of sides.filter((failed) => failed.error)) {
  out.push('');
  out.push(`${side.name} FAILED (${side.command} ${PROGRAM} ${side.n}): ${side.error}`);
}
console.log(out.join('\n'));
if (sides.some((side) => side.error)) process.exitCode = 1;
