// What the benchmark scripts share: finding python3's real binary, running a child with a
// time limit, reading whole-number options, medians, and text tables.
import { spawn, spawnSync } from 'node:child_process';

/** The python3 binary behind the pyenv shim ($PYTHON wins), so that its start-up is not the shim's. */
export function realPython() {
  if (process.env.PYTHON) return process.env.PYTHON;
  const found = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.trim() : '';
  if (!path) throw new Error(`cannot find python3: ${found.error?.message ?? found.stderr}`);
  return path;
}

/** The value of a `flag` that takes a positive whole number. */
export function positiveWholeNumber(flag, value, usage) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number\n${usage}`);
  return n;
}

/** The median of `values`; null for none. */
export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A text table: the first column (and those named in `leftColumns`) left-aligned, the others right-aligned. */
export function table(header, rows, leftColumns = []) {
  const widths = header.map((cell, col) => Math.max(cell.length, ...rows.map((row) => String(row[col]).length)));
  const left = (col) => col === 0 || leftColumns.includes(header[col]);
  const format = (row) =>
    row
      .map((cell, col) => (left(col) ? String(cell).padEnd(widths[col]) : String(cell).padStart(widths[col])))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(format)].join('\n');
}

// The child being run, in its own process group (outside the terminal's, so ^C comes
// here): a time limit or ^C ends it and everything it started.
let running = null;
const atInterrupt = [];

function killRunning() {
  if (!running) return;
  try {
    process.kill(-running.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killRunning();
    for (const cleanUp of atInterrupt) cleanUp();
    process.exit(130);
  });
}

/** Runs `cleanUp` if the script is interrupted (^C, SIGTERM). */
export function onInterrupt(cleanUp) {
  atInterrupt.push(cleanUp);
}

/**
 * Runs `file args` in `cwd`, killed after `timeoutSeconds`: { code, signal, spawnError,
 * timedOut, seconds (wall), stdout, stderr }.
 */
export async function runChild(file, args, cwd, timeoutSeconds) {
  const started = process.hrtime.bigint();
  const child = spawn(file, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running = child;
  const stdout = [];
  const stderr = [];
  child.stdout.on('data', (chunk) => stdout.push(chunk));
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killRunning();
  }, timeoutSeconds * 1000);
  const { code, signal, spawnError } = await new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, spawnError: error }));
    child.on('close', (status, endSignal) => resolve({ code: status, signal: endSignal, spawnError: null }));
  });
  clearTimeout(timer);
  running = null;
  return {
    code,
    signal,
    spawnError,
    timedOut,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
  };
}
