// Child processes: started by _posixsubprocess.fork_exec on node:child_process, waited for
// by os.waitpid. Node hears of a child's exit only when its event loop turns, which it
// does not while Python code runs; so waitpid looks at the child itself. Linux keeps an
// exited child nobody has waited for as a zombie, whose /proc/PID/stat shows state Z and,
// in its 52nd field (exit_code), the wait status waitpid(2) would report: waitpid polls
// for that, sleeping between looks (interruptibly, giving up the GIL). pyvm never reaps
// a zombie itself; libuv does whenever Node's loop turns (asyncio runs on it), and then
// the child's 'exit' event leaves the status here first. A long synchronous program
// keeps its waited-for children as zombies until it ends, which costs a process slot each.
import { readFileSync } from 'node:fs';
import { spawn, type SpawnOptions } from 'node:child_process';
import { constants } from 'node:os';
import { newTuple } from '../../objects/tuple';
import { cIntArgument } from '../../objects/bytesArguments';
import { pollAgainWithin } from '../../vm/blockingWait';
import { blockUntilReady } from '../../vm/threads';
import { checkPosixArgCount, definePosix, errnoError } from './posixModule';

const ECHILD = 10;
const WNOHANG = 1;
/** The longest a waitpid sleeps between looks at its child, in ms (it starts at a tenth of one and doubles). */
const LONGEST_POLL_MS = 20;
/** Numbers for children that never were (their exec failed before any process existed): above Linux's pid_max, so no real pid. */
const FIRST_UNBORN_PID = 1 << 22;

interface Child {
  /** The wait status, once the 'exit' event told it (or, for an unborn child, from the start). */
  status: number | null;
  /** For a child that is no OS process (a multiprocessing child interpreter): its wait status once it has ended, else null. */
  readonly ended?: () => number | null;
  /** For such a child: what a signal sent to it with os.kill does. */
  readonly signal?: (signal: number) => void;
}

const children = new Map<number, Child>();
let unbornCount = 0;

/** The wait status for a child's end as node:child_process tells it. */
function waitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  return signal !== null ? constants.signals[signal] : (code ?? 0) << 8;
}

/** Starts `file` as a child process: its pid, or undefined when it could not be started. */
export function startChild(file: string, args: string[], options: SpawnOptions): number | undefined {
  const child = spawn(file, args, options);
  // Failures to start are also reported as 'error' events, on the next tick: already known.
  child.on('error', () => {});
  const pid = child.pid;
  if (pid === undefined) return undefined;
  const entry: Child = { status: null };
  children.set(pid, entry);
  child.on('exit', (code, signal) => {
    entry.status = waitStatus(code, signal);
  });
  // The child does not keep Node running; the program waits for it if it wants to.
  child.unref();
  return pid;
}

/** A pid for a child whose exec failed before it was started: waitpid reports it exited with status 255, as CPython's forked child does. */
export function unbornChild(): number {
  const pid = FIRST_UNBORN_PID + unbornCount++;
  children.set(pid, { status: 255 << 8 });
  return pid;
}

/**
 * A child that is not an OS process, but which waitpid waits for and os.kill signals as
 * one: `ended()` its wait status once it has ended, `signal` what a signal does to it.
 */
export function adoptChild(pid: number, ended: () => number | null, signal: (signal: number) => void): void {
  children.set(pid, { status: null, ended, signal });
}

/** Sends `signal` to `pid` if it is an adopted child (true), else leaves it to the OS (false). */
export function signalAdoptedChild(pid: number, signal: number): boolean {
  const child = children.get(pid);
  if (child?.signal === undefined) return false;
  child.signal(signal);
  return true;
}

/**
 * The wait status of child `pid` if it has ended: what its 'exit' event told, or what
 * its zombie's /proc/PID/stat shows. A child gone without either (reaped by someone
 * else) is no longer one to wait for: ECHILD.
 */
function endedStatus(pid: number, child: Child): number | null {
  if (child.status !== null) return child.status;
  if (child.ended !== undefined) return child.ended();
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    children.delete(pid);
    throw errnoError(ECHILD);
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (the state); exit_code is field 52.
  return fields[0] === 'Z' ? Number(fields[49]) : null;
}

/** The children waitpid(pid) may report: `pid`, or for -1 (and the process groups 0 and -PGID, taken as any) all of them. */
function candidates(pid: number): number[] {
  if (pid > 0) {
    if (!children.has(pid)) throw errnoError(ECHILD);
    return [pid];
  }
  if (children.size === 0) throw errnoError(ECHILD);
  return [...children.keys()];
}

/** The first ended child among `pid`'s candidates, forgotten once reported: [pid, status], or undefined. */
function reapEnded(pid: number): [number, number] | undefined {
  for (const candidate of candidates(pid)) {
    const child = children.get(candidate);
    if (child === undefined) continue;
    const status = endedStatus(candidate, child);
    if (status === null) continue;
    children.delete(candidate);
    return [candidate, status];
  }
  return undefined;
}

function waitForChild(pid: number, options: number): [number, number] {
  let reaped = reapEnded(pid);
  if (reaped !== undefined || (options & WNOHANG) !== 0) return reaped ?? [0, 0];
  let pollMs = 0.1;
  // (The scheduler may ask again once it has been told yes: the answer stays.)
  blockUntilReady('io', Infinity, () => {
    reaped ??= reapEnded(pid);
    if (reaped !== undefined) return true;
    pollAgainWithin(pollMs);
    pollMs = Math.min(pollMs * 2, LONGEST_POLL_MS);
    return false;
  });
  return reaped!;
}

definePosix('waitpid', (args, kwnames) => {
  checkPosixArgCount('waitpid', args, kwnames, 2);
  const pid = cIntArgument(args[0]);
  const options = cIntArgument(args[1]);
  return newTuple(waitForChild(pid, options));
});

definePosix('wait', (args, kwnames) => {
  checkPosixArgCount('wait', args, kwnames, 0);
  return newTuple(waitForChild(-1, 0));
});
