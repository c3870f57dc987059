// The _signal module (which signal.py wraps in enums): Linux's signal numbers, the
// Python-level handler of each signal, and delivering a signal.
//
// pyvm runs Python code synchronously on Node's thread, so a signal from outside
// reaches only Node's own handling. A signal the process sends itself (os.kill with
// its own pid, signal.raise_signal) is delivered here, at once, to the Python handler
// it has — where CPython would run that handler at the next instruction boundary.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { newSet } from '../objects/set';
import { checkArgCount, bindArguments } from '../objects/native';
import { KeyboardInterrupt, newException, typeError, ValueError } from '../objects/exceptions';
import { call, isCallable } from '../objects/protocols';
import { cIntArgument } from '../objects/bytesArguments';
import { threadState } from '../vm/threadState';
import { setInterruptHandler } from '../vm/evalBreaker';
import { frameObject } from '../vm/frameObject';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { systemError } from './io/osErrors';

const signalModule = newModule(
  '_signal',
  'This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\n' +
    'alarm() -- cause SIGALRM after a specified time [Unix only]\n' +
    'setitimer() -- cause a signal (described below) after a specified\n               float time and the timer may restart then [Unix only]\n' +
    'getitimer() -- get current value of timer [Unix only]\n' +
    'signal() -- set the action for a given signal\n' +
    'getsignal() -- get the signal action for a given signal\n' +
    'pause() -- wait until a signal arrives [Unix only]\n' +
    'default_int_handler() -- default SIGINT handler\n\n' +
    'signal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\n' +
    'NSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\n' +
    'itimer constants:\nITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\n' +
    'ITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\n' +
    'ITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n' +
    '               Coupled with ITIMER_VIRTUAL, this timer is usually\n               used to profile the time spent by the application\n' +
    '               in user and kernel space. SIGPROF is delivered upon\n               expiration.\n\n\n' +
    '*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\n' +
    'the first is the signal number, the second is the interrupted stack frame.',
);
registerBuiltinModule('_signal', () => signalModule);
const define = (name: string, fn: (args: Py[], kwnames: readonly string[] | null) => Py): Py => defineFunction(signalModule, name, fn);

const NSIG = 65;
const SIG_DFL = 0;
const SIG_IGN = 1;
const SIGINT = 2;
const SIGKILL = 9;
const SIGSTOP = 19;
const EINVAL = 22;

// In the order CPython's signalmodule.c adds them.
const CONSTANTS: [string, number][] = [
  ['NSIG', NSIG], ['SIG_BLOCK', 0], ['SIG_UNBLOCK', 1], ['SIG_SETMASK', 2], ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4],
  ['SIGTRAP', 5], ['SIGIOT', 6], ['SIGABRT', 6], ['SIGFPE', 8], ['SIGKILL', 9], ['SIGBUS', 7], ['SIGSEGV', 11], ['SIGSYS', 31],
  ['SIGPIPE', 13], ['SIGALRM', 14], ['SIGTERM', 15], ['SIGUSR1', 10], ['SIGUSR2', 12], ['SIGCLD', 17], ['SIGCHLD', 17], ['SIGPWR', 30],
  ['SIGIO', 29], ['SIGURG', 23], ['SIGWINCH', 28], ['SIGPOLL', 29], ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGCONT', 18], ['SIGTTIN', 21],
  ['SIGTTOU', 22], ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGXCPU', 24], ['SIGXFSZ', 25], ['SIGRTMIN', 34], ['SIGRTMAX', 64],
  ['SIGSTKFLT', 16], ['ITIMER_REAL', 0], ['ITIMER_VIRTUAL', 1], ['ITIMER_PROF', 2], ['SIG_DFL', SIG_DFL], ['SIG_IGN', SIG_IGN],
];
for (const [name, value] of CONSTANTS) signalModule.dict.setStr(name, value);

/** glibc's strsignal() texts for signals 1 to 31. */
const DESCRIPTIONS = (
  'Hangup|Interrupt|Quit|Illegal instruction|Trace/breakpoint trap|Aborted|Bus error|Floating point exception|Killed|' +
  'User defined signal 1|Segmentation fault|User defined signal 2|Broken pipe|Alarm clock|Terminated|Stack fault|Child exited|' +
  'Continued|Stopped (signal)|Stopped|Stopped (tty input)|Stopped (tty output)|Urgent I/O condition|CPU time limit exceeded|' +
  'File size limit exceeded|Virtual timer expired|Profiling timer expired|Window changed|I/O possible|Power failure|Bad system call'
).split('|');

/** Signals 32 and 33 belong to glibc's threads: no program can handle them. */
const RESERVED = new Set([32, 33]);
const SIGRTMIN = 34;

const defaultIntHandler = define('default_int_handler', (args, kwnames) => {
  checkArgCount('default_int_handler', args, kwnames, 2);
  throw newException(KeyboardInterrupt);
});

/**
 * The handler of each signal as Python set it: SIG_DFL, SIG_IGN or a callable; None for
 * glibc's reserved ones. At start, as CPython leaves them: SIGINT raises
 * KeyboardInterrupt, SIGPIPE and SIGXFSZ are ignored.
 */
const handlers = new Map<number, Py>();
for (let signal = 1; signal < NSIG; signal++) handlers.set(signal, RESERVED.has(signal) ? null : SIG_DFL);
handlers.set(SIGINT, defaultIntHandler);
handlers.set(13, SIG_IGN);
handlers.set(25, SIG_IGN);

function signalNumber(value: Py): number {
  const signal = cIntArgument(value);
  if (signal < 1 || signal >= NSIG) throw newException(ValueError, 'signal number out of range');
  return signal;
}

define('signal', (args, kwnames) => {
  bindArguments({ name: 'signal', names: ['signalnum', 'handler'] }, args, kwnames);
  const signal = signalNumber(args[0]);
  const handler = args[1];
  // SIG_DFL and SIG_IGN are the ints themselves (signal.py turns its enum members into them).
  if (handler !== SIG_DFL && handler !== SIG_IGN && !isCallable(handler)) {
    throw typeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
  }
  if (signal === SIGKILL || signal === SIGSTOP || RESERVED.has(signal)) throw systemError(EINVAL);
  const previous = handlers.get(signal)!;
  handlers.set(signal, handler);
  return previous;
});

define('getsignal', (args, kwnames) => {
  checkArgCount('getsignal', args, kwnames, 1);
  return handlers.get(signalNumber(args[0]))!;
});

define('strsignal', (args, kwnames) => {
  checkArgCount('strsignal', args, kwnames, 1);
  const signal = signalNumber(args[0]);
  if (signal < SIGRTMIN) return DESCRIPTIONS[signal - 1] ?? null;
  return `Real-time signal ${signal - SIGRTMIN}`;
});

define('valid_signals', (args, kwnames) => {
  checkArgCount('valid_signals', args, kwnames, 0);
  const signals: Py[] = [];
  for (let signal = 1; signal < NSIG; signal++) if (!RESERVED.has(signal)) signals.push(signal);
  return newSet(signals);
});

define('raise_signal', (args, kwnames) => {
  checkArgCount('raise_signal', args, kwnames, 1);
  const signal = signalNumber(args[0]);
  if (!deliverSignalToSelf(signal)) process.kill(process.pid, signal);
  return null;
});

let wakeupFd = -1;

define('set_wakeup_fd', (args, kwnames) => {
  const [fd] = bindArguments({ name: 'set_wakeup_fd', names: ['fd', 'warn_on_full_buffer'], required: 1, positionalOnly: 1, keywordOnlyFrom: 1 }, args, kwnames);
  const previous = wakeupFd;
  wakeupFd = cIntArgument(fd!);
  return previous;
});

define('siginterrupt', (args, kwnames) => {
  checkArgCount('siginterrupt', args, kwnames, 2);
  signalNumber(args[0]);
  return null;
});

// An interrupt (the kernel's, or Ctrl-C where the host forwards it) is SIGINT arriving:
// its Python handler runs; left at SIG_DFL, it still raises KeyboardInterrupt rather
// than ending the host.
setInterruptHandler(() => {
  if (!deliverSignalToSelf(SIGINT)) throw newException(KeyboardInterrupt);
});

/**
 * Delivers `signal`, sent by this process to itself, to its Python handler: true when
 * Python handles it (or ignores it); false when the system's default action applies.
 */
export function deliverSignalToSelf(signal: number): boolean {
  const handler = handlers.get(signal);
  if (handler === undefined || handler === null || handler === SIG_DFL) return false;
  if (handler === SIG_IGN) return true;
  const frame = threadState.frame;
  call(handler, [signal, frame === null ? null : frameObject(frame)]);
  return true;
}
