// multiprocessing's fork start method on pyvm, which cannot fork. In the parent, once
// multiprocessing.popen_fork has loaded, pylib/_pyvm_fork.py puts its own way of
// launching into popen_fork.Popen: the child is an interpreter on a worker thread
// (../modules/multiprocessing/childInterpreters), given an image of the parent. This
// file also is that child's main: it starts up (often ahead of need, as a spare), then,
// told which child it is, becomes its own process, loads the image into a __main__ like
// its parent's, and runs the Process object, ending as popen_fork's child
// does with os._exit(code): no atexit functions, no waiting for threads (the
// Process's _bootstrap has joined them).
import type { Py } from '../objects/object';
import { PyBytes } from '../objects/bytes';
import { PyList } from '../objects/list';
import { newDict } from '../objects/dictType';
import { intValue } from '../objects/int';
import { call, getAttr } from '../objects/protocols';
import { sysModule } from '../modules/sys';
import { stderr, stdout } from '../modules/consoleStream';
import { closeAllEndpoints } from '../modules/socket/inProcessSockets';
import { becomeProcess } from '../modules/posix/processIdentity';
import {
  adoptParentMemory, adoptSharedMemory, type ChildAssignment, type ChildInterpreterBoot, type ChildOutput, keepSpareInterpreters,
  releaseOwnedFiles, recordChildEnd, workerThreads,
} from '../modules/multiprocessing/childInterpreters';
import { configure, defaultLaunchOptions, mainModule, reportUncaught } from './interpreter';
import { importPyvmModule } from './pyvmLibrary';
import { whenModuleLoaded } from './moduleLoadHooks';

whenModuleLoaded('multiprocessing.popen_fork', (module) => {
  call(getAttr(importPyvmModule('_pyvm_fork'), 'install'), [module]);
});

// A program that imports multiprocessing is likely to start children: the first
// interpreter boots spares for them meanwhile (a child's own children start cold).
whenModuleLoaded('multiprocessing', () => {
  if (childInterpreterBoot() === null) keepSpareInterpreters();
});

/** What this thread was started with, if it is a child interpreter's; else null. */
export function childInterpreterBoot(): ChildInterpreterBoot | null {
  const { isMainThread, workerData } = workerThreads();
  if (isMainThread) return null;
  const boot = workerData as Partial<ChildInterpreterBoot> | null;
  return boot?.pyvmChildInterpreter === true ? (boot as ChildInterpreterBoot) : null;
}

/**
 * Starts the interpreter up, with the modules children need (_pyvm_fork's, and its
 * prepare_child's), then waits (warming up, then idle: its event loop alone runs) to be
 * told which child to be, runs it, and ends its worker thread.
 */
export function bootChildInterpreter(boot: ChildInterpreterBoot): void {
  adoptSharedMemory(boot);
  configure([], null, defaultLaunchOptions());
  const fork = importPyvmModule('_pyvm_fork');
  call(getAttr(fork, 'prepare_child'), []);
  const { parentPort, receiveMessageOnPort } = workerThreads();
  // Warming up only while no child is asked for: a short step at a time, looking between steps.
  const warmUp = getAttr(fork, 'warm_up');
  for (let step = 0; step < WARM_UP_STEPS; step++) {
    const asked = receiveMessageOnPort(parentPort!);
    if (asked !== undefined) return runChild(asked.message as ChildAssignment, fork);
    call(warmUp, []);
  }
  parentPort!.once('message', (child: ChildAssignment) => runChild(child, fork));
}

/** Steps of _pyvm_fork.warm_up, a few milliseconds each: about half a second in all. */
const WARM_UP_STEPS = 300;

function runChild(child: ChildAssignment, fork: Py): void {
  becomeProcess(child.pid, child.parentPid);
  adoptParentMemory(child);
  if (child.output !== null) sendOutput(child.output);
  let waitStatus: number;
  try {
    waitStatus = (runImage(child, fork) & 0xff) << 8;
  } catch (caught) {
    waitStatus = (reportUncaught(caught) & 0xff) << 8;
  }
  try {
    stdout.flush();
    stderr.flush();
  } finally {
    releaseOwnedFiles(child.ownedFiles, new Int32Array(child.ownedFilesHeld));
    // (Those it owns, and any it made and left open.)
    closeAllEndpoints();
    recordChildEnd(new Int32Array(child.status), waitStatus);
    process.exit(0);
  }
}

function sendOutput({ channel, tag }: ChildOutput): void {
  const output = new (workerThreads().BroadcastChannel)(channel);
  stdout.redirect((text) => output.postMessage({ kind: 'stream', name: 'stdout', text, origin: tag }));
  stderr.redirect((text) => output.postMessage({ kind: 'stream', name: 'stderr', text, origin: tag }));
}

/** The exit code the Process object's _bootstrap returned. */
function runImage(child: ChildAssignment, fork: Py): number {
  sysModule.dict.setStr('argv', new PyList(child.argv));
  sysModule.dict.setStr('path', new PyList(child.path));
  mainModule(child.mainFile);
  const environment = newDict();
  for (const [name, value] of Object.entries(child.environment)) if (value !== undefined) environment.setStr(name, value);
  const code = call(getAttr(fork, 'run_child'), [new PyBytes(child.image), environment]);
  return Number(intValue(code) ?? 1);
}
