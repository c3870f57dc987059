// Shell commands for a notebook's `!cmd` and `x = !cmd`, run from the thread Python runs
// on, which must not return to Node's event loop while the cell runs: the command's
// output goes to temporary files, read as it grows and handed on in pieces (so a long
// command's output shows while it runs), and the exit status is written by the shell that
// runs the command into a file of its own, since the child's exit event would need the
// event loop. The command gets its own process group: an interrupt of the cell (the
// eval breaker's KeyboardInterrupt, raised while waiting) ends the whole group before the
// KeyboardInterrupt goes on.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockFor } from '../vm/blockingWait';

/** How often the output files are read while the command runs. */
const POLL_MS = 20;
/** How long a command has to end after SIGINT before its group is killed. */
const INTERRUPT_GRACE_MS = 500;

/** Where a command's output goes: stderr's own sink, or null to mix it into stdout's as a terminal would. */
export interface ShellOutput {
  stdout(text: string): void;
  stderr: ((text: string) => void) | null;
}

/** Follows a file as the command writes it. */
class FileTail {
  private readonly fd: number;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly buffer = new Uint8Array(65536);

  constructor(path: string, private readonly sink: (text: string) => void) {
    this.fd = openSync(path, 'r');
  }

  /** Hands on what was written since the last read. */
  drain(final: boolean): void {
    for (let read; (read = readSync(this.fd, this.buffer, 0, this.buffer.length, null)) > 0;) {
      const text = this.decoder.decode(this.buffer.subarray(0, read), { stream: true });
      if (text !== '') this.sink(text);
    }
    if (final) {
      const rest = this.decoder.decode();
      if (rest !== '') this.sink(rest);
      closeSync(this.fd);
    }
  }
}

/**
 * Runs `command` with /bin/sh, as IPython runs it: the exit status, or minus the number
 * of the signal that ended it (a shell reports one as 128 + N).
 */
export function runShellCommand(command: string, output: ShellOutput): number {
  const directory = mkdtempSync(join(tmpdir(), 'pyvm-shell-'));
  try {
    const paths = { out: join(directory, 'out'), err: join(directory, 'err'), status: join(directory, 'status') };
    const outFd = openSync(paths.out, 'w');
    const errFd = output.stderr === null ? outFd : openSync(paths.err, 'w');
    const child = spawn('/bin/sh', ['-c', 'sh -c "$1"; echo $? > "$2"', 'sh', command, paths.status], {
      stdio: ['ignore', outFd, errFd],
      detached: true,
    });
    closeSync(outFd);
    if (errFd !== outFd) closeSync(errFd);
    const tails = [new FileTail(paths.out, output.stdout)];
    if (output.stderr !== null) tails.push(new FileTail(paths.err, output.stderr));
    const status = () => exitStatus(paths.status);
    try {
      while (status() === null) {
        for (const tail of tails) tail.drain(false);
        blockFor(POLL_MS);
      }
    } catch (interrupt) {
      endGroup(child.pid!, status);
      throw interrupt;
    } finally {
      for (const tail of tails) tail.drain(true);
    }
    const code = status()!;
    return code > 128 ? -(code - 128) : code;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The status the shell wrote when the command ended, or null while it runs. */
function exitStatus(path: string): number | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  return text.endsWith('\n') ? Number(text) : null;
}

/** SIGINT to the command's process group, as a terminal's Ctrl-C, then SIGKILL if it does not end in time. */
function endGroup(pid: number, status: () => number | null): void {
  signalGroup(pid, 'SIGINT');
  const deadline = Date.now() + INTERRUPT_GRACE_MS;
  const idle = new Int32Array(new SharedArrayBuffer(4));
  while (status() === null && groupAlive(pid) && Date.now() < deadline) Atomics.wait(idle, 0, 0, POLL_MS);
  signalGroup(pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has ended already.
  }
}

/** Whether any process of the group is left (the shell itself stays a zombie until Node reaps it, which counts). */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
