// Starting the interpreter and running a program as __main__: the builtins and sys
// modules, compiling the source, and what an uncaught exception or SystemExit does to
// the exit status.
import './startup';
import { compile } from '../compiler/compile';
import { PyFrontEndError, PySyntaxError } from '../tokenizer/syntaxError';
import { programFileProblem } from '../tokenizer/sourceDecoding';
import type { Py } from '../objects/object';
import { newModule, PyModule } from '../objects/module';
import { PyList } from '../objects/list';
import { call, getAttr, pyStr } from '../objects/protocols';
import { configureTier } from '../vm/jit/tierSettings';
import { toPyException } from '../objects/pyErrorConversion';
import { builtinsModule } from '../modules/builtins';
import { defineSysFunction, setDevMode, setDontWriteBytecode, setLaunchFlags, sysModule, sysModules } from '../modules/sys';
import { stderr, stdout } from '../modules/consoleStream';
import { flushUnflushedFiles } from '../modules/io/unflushedFiles';
import { Frame } from '../vm/frame';
import { formatDisplayedError } from './tracebackPrinter';
import { reportUnraisable } from './unraisableHook';
import { showUncaught } from './exceptHook';
import { formatSyntaxErrorReport } from './syntaxErrorReport';
import { intValue } from '../objects/int';
import { newDict } from '../objects/dictType';
import { KeyboardInterrupt, PyBaseException, SystemExit } from '../objects/exceptions';
import { findStdlib, MISSING_STDLIB } from './stdlibLocation';
import { importModule } from './importSystem';
import { enableImportTime } from './importTime';
import { addSiteBuiltins } from './siteBuiltins';
import { importMachinery, installImportMachinery } from './importMachinery';
import { primeEvalLoopFeedback } from './evalLoopPriming';
import { runRepl } from './repl';
import { dirname, isAbsolute, resolve } from 'node:path';
import { runExitFunctions, setExitFunctionFailureReporter } from '../modules/atexit';
import { setWarningSourceLineReader, warnAtCompileTime } from '../modules/warnings';
import { checkCodecArgumentsAlways, setStartupSysPath } from '../modules/codecs';
import { sourceLine } from './sourceLines';
import { runDeferredFinalizers, setFinalizerFailureReporter } from '../vm/deferredFinalization';
import { runAsThreadBase, setThreadFailureReporter } from '../vm/threads';
import { frameForCall } from '../vm/call';
import type { PyFunction } from '../objects/function';
import { setThreadExceptionFormatter } from '../modules/threadExceptHook';

sysModules.setStr('builtins', builtinsModule);
sysModules.setStr('sys', sysModule);

// PyErr_Display: the traceback goes to whatever sys.stderr is now (nowhere when it is None).
defineSysFunction('excepthook', 3, 3, ([, exc, traceback]) => {
  const file = sysModule.dict.getStr('stderr') ?? null;
  if (file === null) return null;
  stdout.flush();
  call(getAttr(file, 'write'), [formatDisplayedError(exc, traceback)]);
  call(getAttr(file, 'flush'), []);
  return null;
});
sysModule.dict.setStr('__excepthook__', sysModule.dict.getStr('excepthook')!);

/** The command-line options that shape the interpreter. */
export interface LaunchOptions {
  ignoreEnvironment: boolean;
  isolated: boolean;
  unbuffered: boolean;
  dontWriteBytecode?: boolean;
  /** -P: no script directory (or working directory) first on sys.path. */
  safePath?: boolean;
  /** -s: no user site-packages (pyvm adds none anyway: siteBuiltins.ts). */
  noUserSite?: boolean;
  /** -S: none of what site adds. */
  noSite?: boolean;
  warnOptions: string[];
  xOptions: string[];
}

/** The options of an interpreter no command line configured (a kernel's, a multiprocessing child's), or before one does. */
export function defaultLaunchOptions(): LaunchOptions {
  return { ignoreEnvironment: false, isolated: false, unbuffered: false, warnOptions: [], xOptions: [] };
}

/** sys.argv, sys.path, sys.flags-like state for a program about to run; `scriptDirectory` null means none (-I). */
export function configure(argv: string[], scriptDirectory: string | null, options: LaunchOptions): void {
  const sys = sysModule.dict;
  sys.setStr('argv', new PyList(argv));
  const environment = (name: string): string | undefined => (options.ignoreEnvironment ? undefined : process.env[name] || undefined);
  const safePath = options.isolated || options.safePath === true || environment('PYTHONSAFEPATH') !== undefined;
  const noSite = options.noSite === true;
  setLaunchFlags({
    ignoreEnvironment: options.ignoreEnvironment, isolated: options.isolated, safePath, noSite,
    noUserSite: options.isolated || options.noUserSite === true || environment('PYTHONNOUSERSITE') !== undefined,
  });
  const path: string[] = [];
  if (scriptDirectory !== null && !safePath) path.push(scriptDirectory);
  const pythonPath = options.ignoreEnvironment ? undefined : process.env.PYTHONPATH;
  if (pythonPath) path.push(...pythonPath.split(':').filter((p) => p !== ''));
  const stdlib = findStdlib();
  if (stdlib !== null) {
    path.push(stdlib);
    // CPython's prefixes, where its library is ({prefix}/lib/python3.11): sysconfig's paths start there.
    for (const name of ['prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix']) sys.setStr(name, dirname(dirname(stdlib)));
  } else {
    stderr.write(MISSING_STDLIB);
  }
  sys.setStr('path', new PyList(path));
  setStartupSysPath(scriptDirectory !== null && !safePath ? path.slice(1) : path.slice());
  const xOptions = newDict();
  for (const option of options.xOptions) {
    const eq = option.indexOf('=');
    if (eq < 0) xOptions.setStr(option, true);
    else xOptions.setStr(option.slice(0, eq), option.slice(eq + 1));
  }
  sys.setStr('_xoptions', xOptions);
  // Development mode (-X dev, PYTHONDEVMODE) shows warnings by default (its 'default' comes
  // first, so PYTHONWARNINGS and -W override it) and checks codec arguments (strCodecs.ts).
  const devMode = xOptions.getStr('dev') !== undefined || environment('PYTHONDEVMODE') !== undefined;
  if (devMode) {
    setDevMode();
    checkCodecArgumentsAlways();
  }
  const environmentWarnings = environment('PYTHONWARNINGS');
  const warnOptions = [
    ...(devMode ? ['default'] : []), ...(environmentWarnings ? environmentWarnings.split(',').filter((o) => o !== '') : []), ...options.warnOptions,
  ];
  sys.setStr('warnoptions', new PyList(warnOptions));
  const jitOption = (name: string): string | undefined => {
    const value = xOptions.getStr(name);
    return value === undefined ? undefined : value === true ? 'on' : pyStr(value);
  };
  const tierProblem = configureTier(jitOption('jit'), jitOption('jit-warmup') ?? environment('PYVM_JIT_WARMUP'), environment('PYVM_JIT_LOG'));
  if (tierProblem !== null) stderr.write(`pyvm: ${tierProblem}\n`);
  if (xOptions.getStr('importtime') !== undefined || environment('PYTHONPROFILEIMPORTTIME') !== undefined) enableImportTime();
  if (options.dontWriteBytecode || environment('PYTHONDONTWRITEBYTECODE') !== undefined) setDontWriteBytecode();
  const pycachePrefix = xOptions.getStr('pycache_prefix') ?? environment('PYTHONPYCACHEPREFIX');
  if (typeof pycachePrefix === 'string') sys.setStr('pycache_prefix', resolve(pycachePrefix));
  if (options.unbuffered) {
    stdout.unbuffered = true;
    stderr.unbuffered = true;
  }
  installImportMachinery();
  if (!noSite && importMachinery() !== null) addSiteBuiltins();
  primeEvalLoopFeedback();
  // As CPython: the warnings module applies the -W options when it is imported.
  if (warnOptions.length > 0) importModule('warnings');
}

/** A fresh __main__ module, registered in sys.modules; `filename` null means none (-c, the REPL, a kernel). */
export function mainModule(filename: string | null): PyModule {
  // As CPython's add_main_module and _PyRun_SimpleFileObject make it: BuiltinImporter
  // its loader, unless it runs a source file (not stdin), whose SourceFileLoader it gets.
  const main = newModule('__main__');
  main.dict.setStr('__annotations__', newDict());
  main.dict.setStr('__builtins__', builtinsModule);
  const machinery = importMachinery();
  if (machinery !== null) main.dict.setStr('__loader__', machinery.builtinImporter);
  if (filename !== null) {
    main.dict.setStr('__file__', filename);
    main.dict.setStr('__cached__', null);
    if (machinery?.external && filename !== '<stdin>') main.dict.setStr('__loader__', call(machinery.external.sourceFileLoader, ['__main__', filename]));
  }
  sysModules.setStr('__main__', main);
  return main;
}

/** Compiles and runs `source` as the __main__ module; returns the process exit status. */
export function runMain(source: string | Uint8Array, filename: string, argv: string[], options: LaunchOptions): number {
  const fromFile = !filename.startsWith('<');
  configure(argv, fromFile ? dirname(resolve(filename)) : '', options);
  // The script is known by the working directory joined to the path given (not
  // normalized), in its code objects (so in tracebacks) and its __file__, as in CPython.
  const path = fromFile && !isAbsolute(filename) ? `${process.cwd()}/${filename}` : filename;
  const main = mainModule(fromFile || filename === '<stdin>' ? path : null);
  return finish(() => {
    const problem = typeof source === 'string' ? null : programFileProblem(source, path);
    if (problem !== null) throw new PyFrontEndError('SyntaxError', problem);
    runModuleCode(compile(source, path, 'exec', { warn: warnAtCompileTime, programFile: true }), main);
  });
}

/**
 * `-m NAME`: runpy finds the module (a package's __main__) and runs it as __main__, as in
 * CPython. Its frames are the main thread's base, as a program file's are (the exec that
 * runs the module is inlined), so the program's waits park the thread.
 */
export function runModuleAsMain(name: string, args: string[], options: LaunchOptions): number {
  configure(['-m', ...args], process.cwd(), options);
  mainModule(null);
  return finish(() => {
    const runModule = getAttr(importModule('runpy'), '_run_module_as_main') as PyFunction;
    runAsThreadBase(frameForCall(runModule, [name, true], null));
  });
}

/** The read-eval-print loop of `pyvm` on a terminal. */
export function runInteractive(options: LaunchOptions): number {
  configure([''], '', options);
  const main = mainModule(null);
  return runRepl(main);
}

/** Runs `body`, reporting an uncaught exception as python3 does; returns the exit status. */
function finish(body: () => void): number {
  let status = 0;
  try {
    body();
  } catch (caught) {
    status = reportUncaught(caught);
  }
  waitForThreads();
  // As CPython's finalization: the exit functions, then what dies with the modules.
  runExitFunctions();
  runDeferredFinalizers();
  return flushStreams(status);
}

/** As CPython's wait_for_thread_shutdown: threading._shutdown() joins the non-daemon threads (if threading was imported). */
function waitForThreads(): void {
  const threading = sysModules.getStr('threading');
  if (threading === undefined) return;
  try {
    const shutdown = getAttr(threading, '_shutdown');
    call(shutdown, []);
  } catch (caught) {
    reportUnraisable(toPyException(caught), null, threading);
  }
}

// _thread._excepthook (threading.excepthook) shows tracebacks as sys.excepthook does.
setThreadExceptionFormatter(formatDisplayedError);

// A thread of _thread.start_new_thread whose function raised: reported as CPython's thread_run does (SystemExit quietly ends it).
setThreadFailureReporter((thread, exc) => {
  if (!exc.cls.isSubtypeOf(SystemExit)) reportUnraisable(exc, 'in thread started by', thread.target!.callable);
});

// A warning _warnings shows itself (before the warnings module is loaded) quotes its line as linecache would.
setWarningSourceLineReader(sourceLine);

// An exit function's exception is reported as CPython reports an unraisable one.
setExitFunctionFailureReporter((func, exc) => reportUnraisable(exc, 'in atexit callback', func));

// A finalizer's exception is reported as CPython reports an unraisable one.
setFinalizerFailureReporter((object, error) => reportUnraisable(toPyException(error), null, object as Py));

export function runModuleCode(code: ReturnType<typeof compile>, module: PyModule): Py {
  const frame = new Frame(code, module.dict, builtinsModule.dict, module.dict, null);
  // (The main thread parks at its base, as the scheduler's threads do.)
  return runAsThreadBase(frame);
}

/** What python3 does with an exception that reached the top: SystemExit's status, or the traceback and 1. */
export function reportUncaught(caught: unknown): number {
  if (caught instanceof PySyntaxError || caught instanceof PyFrontEndError) {
    stdout.flush();
    stderr.write(caught instanceof PySyntaxError ? formatSyntaxErrorReport(caught) : `${caught.message}\n`);
    return 1;
  }
  const exc = toPyException(caught);
  if (exc.cls.isSubtypeOf(SystemExit)) return exitStatus(exc);
  const exitRequest = showUncaught(exc);
  if (exitRequest !== undefined) return exitStatus(exitRequest);
  return exc.cls.isSubtypeOf(KeyboardInterrupt) ? DIE_BY_SIGINT : 1;
}

/**
 * The status meaning "end by SIGINT": after an uncaught KeyboardInterrupt, CPython
 * kills itself with the signal, so that the shell sees an interrupted program.
 */
export const DIE_BY_SIGINT = -2;

function exitStatus(exc: PyBaseException): number {
  const code = exc.args.length === 0 ? null : exc.args.length === 1 ? exc.args[0] : exc;
  if (code === null) return 0;
  const asInt = intValue(code);
  if (asInt !== undefined) return Number(BigInt.asIntN(32, BigInt(asInt))) & 0xff;
  stdout.flush();
  stderr.write(`${pyStr(code)}\n`);
  return 1;
}

function flushStreams(status: number): number {
  // Files a program left open get their buffered data written, as CPython's finalizers do.
  flushUnflushedFiles();
  try {
    stdout.flush();
  } catch {
    return 120;
  }
  stderr.flush();
  return status;
}
