// Whole Python programs run as processes, under bin/pyvm and under python3, and what the
// differential corpus (test/differential/programs) compares about them: stdout, the last
// line of stderr (where an uncaught exception or a sys.exit message ends up) and how the
// process ended. Used by test/differential/programs.test.ts and, bundled by esbuild, by
// test/differential/update_pending.mjs, so both judge a program the same way.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROGRAMS_DIR = fileURLToPath(new URL('../differential/programs', import.meta.url));
export const PENDING_FILE = fileURLToPath(new URL('../differential/programs.pending.txt', import.meta.url));
/** Programs in this category end on purpose with an uncaught exception or sys.exit(n). */
export const UNCAUGHT_CATEGORY = 'uncaught';
export const PROGRAM_TIMEOUT_MS = 10_000;
/** A side printing more than this (a runaway loop) is stopped and judged by what it printed. */
const OUTPUT_LIMIT_BYTES = 4 << 20;

export interface ProgramRun {
  stdout: string;
  stderr: string;
  /** The exit status, or `signal SIGINT`, `timeout after 10 s`, `output limit`, `spawn error: ...`. */
  exit: number | string;
}

/** What the corpus compares: a run reduced to its stdout, its last stderr line and its end. */
export interface ProgramOutcome {
  stdout: string;
  stderrLastLine: string;
  exit: number | string;
}

export interface Comparison {
  program: string;
  pyvm: ProgramOutcome;
  python: ProgramOutcome;
  /** Why the two differ, for a failure message; undefined when they agree. */
  difference: string | undefined;
}

/** Every program, as a path relative to PROGRAMS_DIR with '/' separators, sorted. */
export function listPrograms(root = PROGRAMS_DIR): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.py')) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** The programs named in the pending list (one relative path a line; `#` starts a comment). */
export function readPending(path = PENDING_FILE): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

/** The last line of stderr, trailing newlines aside ('' when stderr is empty). */
export function lastLine(text: string): string {
  const trimmed = text.replace(/(\r?\n)+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('\n') + 1).replace(/\r$/, '');
}

export function outcomeOf(run: ProgramRun): ProgramOutcome {
  return { stdout: run.stdout, stderrLastLine: lastLine(run.stderr), exit: run.exit };
}

/** Linux's clock tick, the unit of the CPU times in /proc/PID/stat. */
const CLOCK_TICKS_PER_SECOND = 100;
const CPU_POLL_MS = 100;
/** A child that is not using the CPU (blocked) still ends after this many times its CPU allowance. */
const WALL_FACTOR = 6;

/** The CPU time (user + system, ms) process `pid` has used, or undefined where /proc cannot say. */
function cpuTimeMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is the 1st, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * Runs `command args` in `cwd` with `env` added to the environment and nothing on stdin.
 * It is killed once it has used `timeoutMs` of CPU time: a wall-clock limit would fail
 * slow programs whenever the machine is loaded and children wait for a core (a child
 * that is blocked rather than computing still ends after WALL_FACTOR times that in wall
 * time; without /proc, after `timeoutMs` of wall time). It is also killed once it prints
 * more than OUTPUT_LIMIT_BYTES and, given `stopUnlessStdoutPrefixOf`, as soon as its
 * stdout is no longer a prefix of that text: stdout only grows, so from then on it differs.
 */
export function runProgram(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; stopUnlessStdoutPrefixOf?: string },
): Promise<ProgramRun> {
  const timeoutMs = options.timeoutMs ?? PROGRAM_TIMEOUT_MS;
  const expected = options.stopUnlessStdoutPrefixOf === undefined ? undefined : Buffer.from(options.stopUnlessStdoutPrefixOf);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    let stdoutSize = 0;
    let stopped: string | undefined;
    const stop = (why: string): void => {
      stopped ??= why;
      child.kill('SIGKILL');
    };
    const wallMs = process.platform === 'linux' ? WALL_FACTOR * timeoutMs : timeoutMs;
    const timer = setTimeout(() => stop(`timeout after ${wallMs / 1000} s`), wallMs);
    const poller = setInterval(() => {
      const used = child.pid === undefined ? undefined : cpuTimeMs(child.pid);
      if (used === undefined) clearInterval(poller);
      else if (used >= timeoutMs) stop(`timeout after ${timeoutMs / 1000} s of CPU time`);
    }, CPU_POLL_MS);
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > OUTPUT_LIMIT_BYTES) stop('output limit');
      else into.push(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (expected && !stopped) {
        const end = stdoutSize + chunk.length;
        if (end > expected.length || !chunk.equals(expected.subarray(stdoutSize, end))) {
          stop('stopped once its stdout differed');
        }
        stdoutSize = end;
      }
      collect(stdout)(chunk);
    });
    child.stderr.on('data', collect(stderr));
    let spawnError: Error | undefined;
    child.on('error', (error) => (spawnError = error));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      clearInterval(poller);
      const exit = spawnError ? `spawn error: ${spawnError.message}` : (stopped ?? status ?? `signal ${signal}`);
      resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), exit });
    });
  });
}

/** Maps `work` over `items` with at most `concurrency` calls in flight; results keep the items' order. */
export async function mapConcurrently<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** How many programs run at once: the children are short and mostly start-up, so a few more than the cores. */
export function defaultConcurrency(): number {
  return Math.max(2, availableParallelism() + 2);
}

const SHOWN_CHARS = 300;

function shown(text: string): string {
  return JSON.stringify(text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);
}

/** Where two stdouts part: the first differing line, with its number. */
function stdoutDifference(pyvm: string, python: string): string {
  const a = pyvm.split('\n');
  const b = python.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const got = line < a.length ? shown(a[line]) : '(end of output)';
  const want = line < b.length ? shown(b[line]) : '(end of output)';
  return `stdout differs at line ${line + 1} (of pyvm ${a.length}, python3 ${b.length}):\n  pyvm:    ${got}\n  python3: ${want}`;
}

/** A description of how pyvm's outcome differs from python3's, or undefined if it does not. */
export function describeDifference(pyvm: ProgramOutcome, python: ProgramOutcome): string | undefined {
  const parts: string[] = [];
  if (pyvm.exit !== python.exit) parts.push(`exit differs:\n  pyvm:    ${pyvm.exit}\n  python3: ${python.exit}`);
  if (pyvm.stderrLastLine !== python.stderrLastLine) {
    parts.push(`last stderr line differs:\n  pyvm:    ${shown(pyvm.stderrLastLine)}\n  python3: ${shown(python.stderrLastLine)}`);
  }
  if (pyvm.stdout !== python.stdout) parts.push(stdoutDifference(pyvm.stdout, python.stdout));
  return parts.length ? parts.join('\n') : undefined;
}

/** The run kept in `file`, else `run()`'s, kept there (written whole, through a rename, as a concurrent pass may read it). */
async function keptRun(file: string, run: () => Promise<ProgramRun>): Promise<ProgramRun> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ProgramRun;
  const made = await run();
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(made));
  renameSync(`${file}.${process.pid}`, file);
  return made;
}

/**
 * Corpus trouble (not pyvm's): python3 must run each program to its end, within the
 * time limit, exiting 0 outside `uncaught/` (where an exit status or a signal, as after
 * an uncaught KeyboardInterrupt, is the point).
 */
export function pythonProblem(program: string, python: ProgramOutcome): string | undefined {
  const uncaught = program.startsWith(`${UNCAUGHT_CATEGORY}/`);
  if (typeof python.exit === 'string' && !(uncaught && python.exit.startsWith('signal '))) {
    return `python3 did not finish ${program}: ${python.exit}`;
  }
  if (python.exit !== 0 && !uncaught) {
    return `python3 ended ${program} with ${python.exit} (only ${UNCAUGHT_CATEGORY}/ programs may fail): ${python.stderrLastLine}`;
  }
  return undefined;
}

/**
 * Runs each program under `python`, then under `pyvm` (each as `COMMAND NAME.py` in the
 * program's directory, with PYTHONHASHSEED=0), and compares them; `concurrency` programs
 * at a time. python3 always gets PROGRAM_TIMEOUT_MS; under pyvm, `pyvmTimeoutMs` may
 * give a program less, and where `onlyWhetherDiffers` holds, only whether the program
 * differs matters, so its pyvm run is stopped as soon as its stdout strays from python3's.
 */
export async function comparePrograms(
  programs: readonly string[],
  options: {
    pyvm: string;
    python: string;
    root?: string;
    concurrency?: number;
    pyvmTimeoutMs?: (program: string) => number;
    onlyWhetherDiffers?: (program: string) => boolean;
    /** More environment for the pyvm runs only. */
    pyvmEnv?: NodeJS.ProcessEnv;
    /** Where python3's runs are kept for another pass of the same test run (and found, if it made them first). */
    pythonRunsDirectory?: string;
  },
): Promise<Comparison[]> {
  const root = options.root ?? PROGRAMS_DIR;
  return mapConcurrently(programs, options.concurrency ?? defaultConcurrency(), async (program) => {
    const path = join(root, program);
    const where = { cwd: dirname(path), env: { PYTHONHASHSEED: '0' } };
    const runPython = () => runProgram(options.python, [basename(path)], { ...where, timeoutMs: PROGRAM_TIMEOUT_MS });
    const pythonRun = options.pythonRunsDirectory === undefined ? await runPython() : await keptRun(join(options.pythonRunsDirectory, program.replaceAll('/', '__')), runPython);
    const pyvmRun = await runProgram(options.pyvm, [basename(path)], {
      ...where,
      env: { ...where.env, ...options.pyvmEnv },
      timeoutMs: options.pyvmTimeoutMs?.(program) ?? PROGRAM_TIMEOUT_MS,
      stopUnlessStdoutPrefixOf: options.onlyWhetherDiffers?.(program) ? pythonRun.stdout : undefined,
    });
    const pyvm = outcomeOf(pyvmRun);
    const python = outcomeOf(pythonRun);
    return { program, pyvm, python, difference: describeDifference(pyvm, python) };
  });
}
