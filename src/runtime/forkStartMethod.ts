// multiprocessing's fork start method on pyvm, which cannot fork. In the parent, once
// multiprocessing.popen_fork has loaded, pylib/_pyvm_fork.py puts its own way of
// launching into popen_fork.Popen: the child is an interpreter on a worker thread
// (../modules/multiprocessing/childInterpreters), given an image of the parent. This
// file also is that child's main: it becomes its own process, loads the image into a
// __main__ like its parent's, and runs the Process object, ending as popen_fork's child
// does with os._exit(code): no atexit functions, no waiting for threads (the
// Process's _bootstrap has joined them).
import { PyBytes } from '../objects/bytes';
import { PyList } from '../objects/list';
import { intValue } from '../objects/int';
import { call, getAttr } from '../objects/protocols';
import { sysModule } from '../modules/sys';
import { stderr, stdout } from '../modules/consoleStream';
import { closeAllEndpoints } from '../modules/socket/inProcessSockets';
import { becomeProcess } from '../modules/posix/processIdentity';
import {
  adoptParentMemory, type ChildInterpreterSetup, type ChildOutput, releaseOwnedFiles, recordChildEnd, workerThreads,
} from '../modules/multiprocessing/childInterpreters';
import { configure, mainModule, reportUncaught } from './interpreter';
import { importPyvmModule } from './pyvmLibrary';
import { whenModuleLoaded } from './moduleLoadHooks';

whenModuleLoaded('multiprocessing.popen_fork', (module) => {
  call(getAttr(importPyvmModule('_pyvm_fork'), 'install'), [module]);
});

/** The setup this thread was started with, if it is a child interpreter's; else null. */
export function childInterpreterSetup(): ChildInterpreterSetup | null {
  const { isMainThread, workerData } = workerThreads();
  if (isMainThread) return null;
  const setup = workerData as Partial<ChildInterpreterSetup> | null;
  return setup?.pyvmChildInterpreter === true ? (setup as ChildInterpreterSetup) : null;
}

/** Runs the child, then ends its worker thread. */
export function runChildInterpreter(setup: ChildInterpreterSetup): void {
  becomeProcess(setup.pid, setup.parentPid);
  adoptParentMemory(setup);
  if (setup.output !== null) sendOutput(setup.output);
  let waitStatus: number;
  try {
    waitStatus = (runImage(setup) & 0xff) << 8;
  } catch (caught) {
    waitStatus = (reportUncaught(caught) & 0xff) << 8;
  }
  try {
    stdout.flush();
    stderr.flush();
  } finally {
    releaseOwnedFiles(setup.ownedFiles, new Int32Array(setup.ownedFilesHeld));
    // (Those it owns, and any it made and left open.)
    closeAllEndpoints();
    recordChildEnd(new Int32Array(setup.status), waitStatus);
    process.exit(0);
  }
}

function sendOutput({ channel, tag }: ChildOutput): void {
  const output = new (workerThreads().BroadcastChannel)(channel);
  stdout.redirect((text) => output.postMessage({ kind: 'stream', name: 'stdout', text, origin: tag }));
  stderr.redirect((text) => output.postMessage({ kind: 'stream', name: 'stderr', text, origin: tag }));
}

/** The exit code the Process object's _bootstrap returned. */
function runImage(setup: ChildInterpreterSetup): number {
  configure(setup.argv, null, { ignoreEnvironment: false, isolated: false, unbuffered: false, warnOptions: [], xOptions: [] });
  sysModule.dict.setStr('path', new PyList(setup.path));
  mainModule(setup.mainFile);
  const code = call(getAttr(importPyvmModule('_pyvm_fork'), 'run_child'), [new PyBytes(setup.image)]);
  return Number(intValue(code) ?? 1);
}
