// The posix calls about the process and the machine: ids, the login name, uname(),
// randomness, CPU counts and times, signals to processes, exiting, os.system() and
// the wait status macros that read its result. (Child processes and waitpid: ./childProcesses.)
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants, cpus, hostname, loadavg, machine, release, type as osType, version } from 'node:os';
import type { Py } from '../../objects/object';
import { PyBytes } from '../../objects/bytes';
import { PyFloat } from '../../objects/float';
import { PyList } from '../../objects/list';
import { newTuple } from '../../objects/tuple';
import { bindArguments, checkArgCount } from '../../objects/native';
import { newException, ValueError } from '../../objects/exceptions';
import { cIntArgument } from '../../objects/bytesArguments';
import { pyIndex } from '../../objects/protocols';
import { newStructSeq, structSeqType } from '../../objects/structSeq';
import { strerror } from '../io/osErrors';
import { fspathValue } from '../io/paths';
import { deliverSignalToSelf } from '../signal';
import { checkPosixArgCount, definePosix, errnoError, posixArguments, posixCall, posixModule } from './posixModule';
import { currentParentPid, currentPid } from './processIdentity';
import { signalAdoptedChild } from './childProcesses';

const ENXIO = 6;

function defineNoArguments(name: string, value: () => Py): void {
  definePosix(name, (args, kwnames) => {
    checkPosixArgCount(name, args, kwnames, 0);
    return value();
  });
}

// ---------------------------------------------------------------- ids

defineNoArguments('getpid', currentPid);
defineNoArguments('getppid', currentParentPid);
defineNoArguments('getuid', () => process.getuid!());
defineNoArguments('geteuid', () => process.geteuid!());
defineNoArguments('getgid', () => process.getgid!());
defineNoArguments('getegid', () => process.getegid!());
defineNoArguments('getgroups', () => new PyList(process.getgroups!()));

/** The audit login uid Linux keeps for the session, unless none was set (4294967295). */
function loginUid(): number | undefined {
  try {
    const uid = Number(readFileSync('/proc/self/loginuid', 'latin1').trim());
    return uid === 4294967295 ? undefined : uid;
  } catch {
    return undefined;
  }
}

/** The user name of `uid` in /etc/passwd. */
function userName(uid: number): string | undefined {
  const passwd = readFileSync('/etc/passwd', 'utf-8');
  return passwd.split('\n').map((line) => line.split(':')).find((fields) => Number(fields[2]) === uid && fields.length >= 7)?.[0];
}

// glibc's getlogin() asks for the login uid and falls back on utmp's record of the
// controlling terminal, which a process without a login session does not have: ENXIO.
defineNoArguments('getlogin', () => {
  const uid = loginUid();
  const name = uid === undefined ? undefined : userName(uid);
  if (name === undefined) throw errnoError(ENXIO);
  return name;
});

// ---------------------------------------------------------------- the machine

const unameResultType = structSeqType('posix', 'uname_result', ['sysname', 'nodename', 'release', 'version', 'machine']);
posixModule.dict.setStr('uname_result', unameResultType);
defineNoArguments('uname', () => newStructSeq(unameResultType, [osType(), hostname(), release(), version(), machine()]));

defineNoArguments('cpu_count', () => {
  const count = cpus().length;
  return count === 0 ? null : count;
});

defineNoArguments('getloadavg', () => newTuple(loadavg().map((load) => new PyFloat(load))));

definePosix('urandom', (args, kwnames) => {
  checkPosixArgCount('urandom', args, kwnames, 1);
  const size = Number(pyIndex(args[0]));
  if (size < 0) throw newException(ValueError, 'negative argument not allowed');
  return new PyBytes(new Uint8Array(randomBytes(size)));
});

definePosix('strerror', (args, kwnames) => {
  checkPosixArgCount('strerror', args, kwnames, 1);
  const code = cIntArgument(args[0]);
  // (glibc's text for 0, which is no error.)
  return code === 0 ? 'Success' : strerror(code);
});

definePosix('fspath', (args, kwnames) => {
  const [path] = posixArguments('fspath', ['path'], args, kwnames);
  return fspathValue(path!);
});

// ---------------------------------------------------------------- times

const timesResultType = structSeqType('posix', 'times_result', ['user', 'system', 'children_user', 'children_system', 'elapsed']);
posixModule.dict.setStr('times_result', timesResultType);

/** Clock ticks a second (sysconf(_SC_CLK_TCK)): Linux reports times in hundredths. */
const CLOCK_TICKS = 100;

// times(2) counts in clock ticks: the process's and its waited-for children's CPU times
// are fields 14 to 17 of /proc/self/stat (after the parenthesised command name), and
// its return value counts from boot, as /proc/uptime does.
defineNoArguments('times', () => {
  const stat = readFileSync('/proc/self/stat', 'latin1');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = fields.slice(11, 15).map(Number);
  const uptime = Number(readFileSync('/proc/uptime', 'latin1').split(' ')[0]);
  const elapsed = Math.round(uptime * CLOCK_TICKS);
  return newStructSeq(timesResultType, [...ticks, elapsed].map((count) => new PyFloat(count / CLOCK_TICKS)));
});

// ---------------------------------------------------------------- signals and exiting

definePosix('kill', (args, kwnames) => {
  bindArguments({ name: 'kill', names: ['pid', 'signal'] }, args, kwnames);
  const pid = cIntArgument(args[0]);
  const signal = cIntArgument(args[1]);
  if (pid === currentPid() && deliverSignalToSelf(signal)) return null;
  if (signalAdoptedChild(pid, signal)) return null;
  posixCall(() => process.kill(pid, signal));
  return null;
});

definePosix('killpg', (args, kwnames) => {
  checkArgCount('killpg', args, kwnames, 2);
  const pgid = cIntArgument(args[0]);
  const signal = cIntArgument(args[1]);
  posixCall(() => process.kill(-pgid, signal));
  return null;
});

definePosix('_exit', (args, kwnames) => {
  const [status] = posixArguments('_exit', ['status'], args, kwnames);
  process.exit(cIntArgument(status!));
});

definePosix('abort', (args, kwnames) => {
  checkPosixArgCount('abort', args, kwnames, 0);
  process.abort();
});

// os.system runs the command with /bin/sh and returns its wait status: the exit status
// in the second byte, or the number of the signal that killed it in the first.
definePosix('system', (args, kwnames) => {
  const [command] = posixArguments('system', ['command'], args, kwnames);
  const path = fspathValue(command!);
  const text = typeof path === 'string' ? path : Buffer.from(path.bytes).toString('utf-8');
  const result = spawnSync('/bin/sh', ['-c', text], { stdio: 'inherit' });
  if (result.error !== undefined) return -1;
  if (result.signal !== null) return constants.signals[result.signal];
  return (result.status ?? 0) << 8;
});

// ---------------------------------------------------------------- wait statuses

// Linux's <sys/wait.h> macros, over the low 16 bits of the status.
const exited = (status: number): boolean => (status & 0x7f) === 0;
const exitStatus = (status: number): number => (status & 0xff00) >> 8;
const termSignal = (status: number): number => status & 0x7f;
const signaled = (status: number): boolean => (((((status & 0x7f) + 1) << 24) >> 24) >> 1) > 0;
const stopped = (status: number): boolean => (status & 0xff) === 0x7f;

const waitMacros: Record<string, (status: number) => Py> = {
  WIFEXITED: exited,
  WEXITSTATUS: exitStatus,
  WIFSIGNALED: signaled,
  WTERMSIG: termSignal,
  WIFSTOPPED: stopped,
  WSTOPSIG: exitStatus,
  WCOREDUMP: (status) => (status & 0x80) !== 0,
  WIFCONTINUED: (status) => status === 0xffff,
};
for (const [name, macro] of Object.entries(waitMacros)) {
  definePosix(name, (args, kwnames) => {
    const [status] = posixArguments(name, ['status'], args, kwnames);
    return macro(cIntArgument(status!));
  });
}

definePosix('waitstatus_to_exitcode', (args, kwnames) => {
  const [statusValue] = posixArguments('waitstatus_to_exitcode', ['status'], args, kwnames);
  const status = cIntArgument(statusValue!);
  if (exited(status)) return exitStatus(status);
  if (signaled(status)) return -termSignal(status);
  if (stopped(status)) throw newException(ValueError, `process stopped by delivery of signal ${exitStatus(status)}`);
  throw newException(ValueError, `invalid wait status: ${status}`);
});
