// multiprocessing's children, as pyvm makes them: each a pyvm interpreter of its own on
// a Node worker thread of this one OS process, so that CPU-bound children really run in
// parallel, as CPython's forked processes do. A child gets a pid of its own (above any
// pid Linux hands out), which os.waitpid waits for and os.kill signals
// (../posix/childProcesses), and the image of its parent that _pyvm_fork (pylib/) made:
// the parent's __main__ and the Process object, pickled so that it stands for fork's
// copy of the parent's memory. What interpreters must share lives in SharedArrayBuffers
// every child is given: the pid counter, the semaphores (./semaphoreTable), each child's
// exit status.
//
// The descriptors are the OS process's, hence shared by all interpreters: where fork
// would give the child a copy of a descriptor, the parent hands it a duplicate of its
// own ("owned" by the child), which the child closes when it ends — or its parent, when
// it kills it — as the end of a process closes its descriptors. An owned descriptor of
// a socket pair (a Pipe() end) goes with the shared memory its pair is in
// (../socket/inProcessSockets): the child takes it on before any Python runs.
import { fileURLToPath } from 'node:url';
import { PyBytes } from '../../objects/bytes';
import { newModule, PyModule } from '../../objects/module';
import { checkArgCount } from '../../objects/native';
import { typeError } from '../../objects/exceptions';
import { iterableToArray } from '../../objects/protocols';
import { cIntArgument } from '../../objects/bytesArguments';
import { defineFunction } from '../builtins';
import { registerBuiltinModule } from '../registry';
import { sysModule, sysModules } from '../sys';
import { closeDescriptor, watchDescriptorCloses } from '../io/fileDescriptors';
import { adoptChild } from '../posix/childProcesses';
import { currentPid } from '../posix/processIdentity';
import { adoptEndpoint, handOverEndpoint, releaseHandedOver, type HandedOverSocket } from '../socket/inProcessSockets';
import { adoptSemaphoreTable, semaphoreTableMemory } from './semaphoreTable';
import { adoptFileMaps, fileMapsForChild } from '../mmap/sharedFileMaps';

/** What every child interpreter's worker starts with (its workerData): the memory all interpreters share. */
export interface ChildInterpreterBoot {
  readonly pyvmChildInterpreter: true;
  readonly pidCounter: SharedArrayBuffer;
  readonly semaphores: SharedArrayBuffer;
}

/** What makes a booted interpreter a given child: posted to it once, when the parent starts that child. */
export interface ChildAssignment {
  readonly pid: number;
  readonly parentPid: number;
  /** _pyvm_fork's image of the parent: its __main__ and the Process object to run. */
  readonly image: Uint8Array;
  readonly argv: string[];
  readonly path: string[];
  /** The parent's __main__.__file__, if it has one. */
  readonly mainFile: string | null;
  /** The parent's environment as the child starts (a spare read one when it booted, maybe long before). */
  readonly environment: Record<string, string | undefined>;
  /** The owned descriptors that are no socket ends, and a word for each: 1 while the child has it open (see releaseOwnedFiles). */
  readonly ownedFiles: number[];
  readonly ownedFilesHeld: SharedArrayBuffer;
  /** The owned descriptors that are socket ends, with their pairs' shared memory. */
  readonly ownedSockets: HandedOverSocket[];
  /** [ended (0 or 1), wait status]: written by the child as it ends, or by a parent that kills it. */
  readonly status: SharedArrayBuffer;
  /** Where the child's stdout and stderr go when not to descriptors 1 and 2 (see sendChildOutputTo). */
  readonly output: ChildOutput | null;
  /** The memory of the files the parent has mapped with mmap (MAP_SHARED maps a forked child inherits: ../mmap/sharedFileMaps). */
  readonly fileMaps: Map<string, SharedArrayBuffer>;
}

/**
 * A BroadcastChannel (one name reaches every thread of the process) on which a child
 * posts what it writes to stdout and stderr, as { kind: 'stream', name, text, origin }
 * with `origin` the tag: how a kernel shows in a notebook what the children of a cell
 * print, as ipykernel does for forked children.
 */
export interface ChildOutput {
  readonly channel: string;
  readonly tag: unknown;
}

/** Where the children started from now on send their output (the tag asked for at each start); null: descriptors 1 and 2. */
let childOutput: (() => ChildOutput) | null = null;

export function sendChildOutputTo(output: (() => ChildOutput) | null): void {
  childOutput = output;
}

/**
 * node:worker_threads, loaded when first needed: loaded while pyvm's start-up snapshot
 * is built (src/snapshotMain.ts), it leaves a process resumed from the snapshot with
 * workers that fail as they start.
 */
export function workerThreads(): typeof import('node:worker_threads') {
  return require('node:worker_threads') as typeof import('node:worker_threads');
}

/** Child pids count up from here: above Linux's largest pid_max (2**22), so never a real process's. */
const FIRST_CHILD_PID = 1 << 23;
/** The worker runs pyvm's bundle through the launcher that gives it V8's code cache. */
const LAUNCHER = fileURLToPath(new URL('../bin/pyvm-launch.cjs', import.meta.url));
/** As bin/pyvm gives the main thread about 1 GB of stack for deep recursion, each child asks for as much (reserved, not used, until needed). */
const STACK_MB = 1024;

/** One counter for the whole OS process, made by the first interpreter that starts a child. */
let pidCounter: Int32Array | null = null;

function sharedPidCounter(): Int32Array {
  pidCounter ??= new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  return pidCounter;
}

/** A child interpreter, as its worker starts: takes the memory every interpreter shares. */
export function adoptSharedMemory(boot: ChildInterpreterBoot): void {
  pidCounter = new Int32Array(boot.pidCounter);
  adoptSemaphoreTable(boot.semaphores);
}

/** A child interpreter, given the child it is to be: takes what its parent hands it (before the child's Python runs). */
export function adoptParentMemory(child: ChildAssignment): void {
  adoptFileMaps(child.fileMaps);
  for (const socket of child.ownedSockets) adoptEndpoint(socket);
  const held = new Int32Array(child.ownedFilesHeld);
  watchDescriptorCloses((fd) => {
    const index = child.ownedFiles.indexOf(fd);
    if (index >= 0) Atomics.store(held, index, 0);
  });
  const output = child.output;
  if (output !== null) childOutput = () => output;
}

/** Marks a child ended with `waitStatus` unless it already is; whether this did. */
export function recordChildEnd(status: Int32Array, waitStatus: number): boolean {
  if (Atomics.compareExchange(status, 0, 0, 1) !== 0) return false;
  Atomics.store(status, 1, waitStatus);
  Atomics.notify(status, 0);
  return true;
}

/**
 * Closes the owned files the child has not closed itself: when it ends, or when its parent
 * kills it. Each has a word of `held`, 1 while the child has it open; whoever clears it
 * closes the number, once (closed by the child, the number may be another's by now).
 */
export function releaseOwnedFiles(files: number[], held: Int32Array): void {
  files.forEach((fd, index) => {
    if (Atomics.compareExchange(held, index, 1, 0) === 1) closeDescriptor(fd);
  });
}

/** Closes what a child that did not end by itself owned: its sockets and files, unless it closed them. */
function closeOwnedDescriptors(child: ChildAssignment): void {
  for (const socket of child.ownedSockets) releaseHandedOver(socket);
  releaseOwnedFiles(child.ownedFiles, new Int32Array(child.ownedFilesHeld));
}

// ---------------------------------------------------------------- booted interpreters

/**
 * A worker thread running a pyvm interpreter that has started up (its runtime, and the
 * modules every child imports: ../../runtime/forkStartMethod) and waits to be told which
 * child it is. Starting one costs a few tenths of a second of CPU — what fork, which
 * copies a running interpreter, does not cost — so the OS process's first interpreter
 * boots spares in the background once a program imports multiprocessing, and a child
 * started then takes one that is ready.
 */
interface BootedInterpreter {
  readonly worker: import('node:worker_threads').Worker;
  /** The child it was made, once it was. */
  child: ChildAssignment | null;
  failed: boolean;
}

/** Spares booting or booted, oldest first. */
const spares: BootedInterpreter[] = [];
/**
 * How many spares to keep: PYVM_SPARE_CHILDREN, else one per CPU but the parent's, up to
 * MAX_SPARES (each holds a JS heap of its own). A spare's boot takes a core while the
 * parent runs: on two CPUs, two spares made a program that starts a few children take
 * 20-50% more CPU time and up to 40% more wall time than one spare or none.
 */
const MAX_SPARES = 4;
/** Null until spares are first asked for (a child's own children never are). */
let spareTarget: number | null = null;

function bootInterpreter(): BootedInterpreter {
  const boot: ChildInterpreterBoot = {
    pyvmChildInterpreter: true,
    pidCounter: sharedPidCounter().buffer as SharedArrayBuffer,
    semaphores: semaphoreTableMemory(),
  };
  // (Not the parent's node options: a parent resumed from pyvm's start-up snapshot has --snapshot-blob among them.)
  const worker = new (workerThreads().Worker)(LAUNCHER, { workerData: boot, execArgv: [], resourceLimits: { stackSizeMb: STACK_MB }, stdout: false, stderr: false });
  const interpreter: BootedInterpreter = { worker, child: null, failed: false };
  // An interpreter that fails outside Python (it cannot start): a child it was made has ended, with status 1.
  worker.on('error', () => {
    interpreter.failed = true;
    const child = interpreter.child;
    if (child !== null && recordChildEnd(new Int32Array(child.status), 1 << 8)) closeOwnedDescriptors(child);
  });
  // As a forked child does not keep its parent alive: multiprocessing joins or kills its children at exit.
  worker.unref();
  return interpreter;
}

/** Boots spares until there are as many as wanted (pyvm's own multiprocessing hook calls it when the module loads). */
export function keepSpareInterpreters(): void {
  spareTarget ??= wantedSpares();
  while (spares.length < spareTarget) spares.push(bootInterpreter());
}

function wantedSpares(): number {
  const asked = process.env.PYVM_SPARE_CHILDREN;
  if (asked !== undefined && /^\d+$/.test(asked)) return Number(asked);
  return Math.min((require('node:os').availableParallelism() as number) - 1, MAX_SPARES);
}

/** A booted interpreter for a child: a spare if one is left (then, once the child is reaped, another boots in its place), else a new one. */
function interpreterForChild(): BootedInterpreter {
  let spare: BootedInterpreter | undefined;
  while ((spare = spares.shift()) !== undefined) if (!spare.failed) return spare;
  return bootInterpreter();
}

/** Starts a child interpreter on `image`, owning `ownedDescriptors`: its pid. */
function startChild(image: Uint8Array, ownedDescriptors: number[]): number {
  const pid = FIRST_CHILD_PID + Atomics.add(sharedPidCounter(), 0, 1);
  const status = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const main = sysModules.getStr('__main__');
  const mainFile = main instanceof PyModule ? main.dict.getStr('__file__') : undefined;
  const ownedSockets = ownedDescriptors.flatMap((fd) => handOverEndpoint(fd) ?? []);
  const ownedFiles = ownedDescriptors.filter((fd) => !ownedSockets.some((socket) => socket.fd === fd));
  const ownedFilesHeld = new Int32Array(new SharedArrayBuffer(Math.max(1, ownedFiles.length) * Int32Array.BYTES_PER_ELEMENT)).fill(1);
  const child: ChildAssignment = {
    pid,
    parentPid: currentPid(),
    image,
    argv: stringList('argv'),
    path: stringList('path'),
    mainFile: typeof mainFile === 'string' ? mainFile : null,
    environment: { ...process.env },
    ownedFiles,
    ownedFilesHeld: ownedFilesHeld.buffer as SharedArrayBuffer,
    ownedSockets,
    status: status.buffer as SharedArrayBuffer,
    output: childOutput?.() ?? null,
    fileMaps: fileMapsForChild(),
  };
  const interpreter = interpreterForChild();
  interpreter.child = child;
  interpreter.worker.postMessage(child);
  const ended = (): boolean => Atomics.load(status, 0) !== 0;
  let reaped = false;
  const waitStatus = (): number | null => {
    if (!ended()) return null;
    if (!reaped && spareTarget !== null) keepSpareInterpreters();
    reaped = true;
    return Atomics.load(status, 1);
  };
  adoptChild(pid, waitStatus, (signal) => {
    if (signal === 0 || ended()) return;
    // Every signal a child could get ends it here, as the default action of those a program sends (SIGTERM, SIGKILL, SIGINT) does.
    if (!recordChildEnd(status, signal)) return;
    void interpreter.worker.terminate();
    closeOwnedDescriptors(child);
  });
  return pid;
}

function stringList(name: string): string[] {
  const value = sysModule.dict.getStr(name);
  return value === undefined ? [] : iterableToArray(value).filter((item): item is string => typeof item === 'string');
}

const processModule = newModule('_pyvm_process', "pyvm's child processes: interpreters on worker threads (see pylib/_pyvm_fork.py).");
registerBuiltinModule('_pyvm_process', () => processModule);

defineFunction(processModule, 'start_child', (args, kwnames) => {
  checkArgCount('start_child', args, kwnames, 2);
  const [image, owned] = args;
  if (!(image instanceof PyBytes)) throw typeError('start_child() argument 1 must be bytes');
  return startChild(image.bytes, iterableToArray(owned).map(cIntArgument));
});
