// Which process the running interpreter is. multiprocessing's children run as
// interpreters on worker threads of pyvm's one OS process (../multiprocessing), each with
// a pid of its own, as each would have after a fork: os.getpid() tells them apart, as
// multiprocessing's checks (Process.start's parent, Finalize, Queue's feeder thread)
// need. The first interpreter is the OS process itself.
import { atProcessStart } from '../../objects/processStart';

let pid = 0;
let parentPid = 0;
atProcessStart(() => {
  pid = process.pid;
  parentPid = process.ppid;
});

export function currentPid(): number {
  return pid;
}

export function currentParentPid(): number {
  return parentPid;
}

/** Makes this interpreter (a child's, just started) process `childPid`, forked from `forkedFrom`. */
export function becomeProcess(childPid: number, forkedFrom: number): void {
  pid = childPid;
  parentPid = forkedFrom;
}
