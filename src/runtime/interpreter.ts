// Starting the interpreter and running a program as __main__: the builtins and sys
// modules, compiling the source, and what an uncaught exception or SystemExit does to
// the exit status.
import './startup';
import { compile } from '../compiler/compile';
import { PyFrontEndError, PySyntaxError } from '../tokenizer/syntaxError';
import type { Py } from '../objects/object';
import { newModule, PyModule } from '../objects/module';
import { PyList } from '../objects/list';
import { pyRepr, pyStr } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import { builtinsModule, defineFunction } from '../modules/builtins';
import { checkArgCount } from '../objects/native';
import { sysModule, sysModules } from '../modules/sys';
import { stderr, stdout } from '../modules/consoleStream';
import { flushUnflushedFiles } from '../modules/io/unflushedFiles';
import { Frame } from '../vm/frame';
import { runFrame } from '../vm/eval';
import { formatException } from './tracebackPrinter';
import { showUncaught } from './exceptHook';
import { formatSyntaxErrorReport } from './syntaxErrorReport';
import { intValue } from '../objects/int';
import { newDict } from '../objects/dictType';
import { ImportError, KeyboardInterrupt, newException, PyBaseException, SystemExit } from '../objects/exceptions';
import { findStdlib } from './stdlibLocation';
import { findModule, importModule, sysPath } from './importSystem';
import { runRepl } from './repl';
import { dirname, isAbsolute, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { runExitFunctions, setExitFunctionFailureReporter } from '../modules/atexit';

sysModules.setStr('builtins', builtinsModule);
sysModules.setStr('sys', sysModule);

defineFunction(sysModule, 'excepthook', (args, kwnames) => {
  checkArgCount('excepthook', args, kwnames, 3);
  const exc = args[1];
  stdout.flush();
  if (exc instanceof PyBaseException) stderr.write(formatException(exc));
  return null;
});
sysModule.dict.setStr('__excepthook__', sysModule.dict.getStr('excepthook')!);

/** The command-line options that shape the interpreter. */
export interface LaunchOptions {
  ignoreEnvironment: boolean;
  isolated: boolean;
  unbuffered: boolean;
  warnOptions: string[];
  xOptions: string[];
}

/** sys.argv, sys.path, sys.flags-like state for a program about to run; `scriptDirectory` null means none (-I). */
export function configure(argv: string[], scriptDirectory: string | null, options: LaunchOptions): void {
  const sys = sysModule.dict;
  sys.setStr('argv', new PyList(argv));
  const path: string[] = [];
  if (scriptDirectory !== null && !options.isolated) path.push(scriptDirectory);
  const pythonPath = options.ignoreEnvironment ? undefined : process.env.PYTHONPATH;
  if (pythonPath) path.push(...pythonPath.split(':').filter((p) => p !== ''));
  const stdlib = findStdlib();
  if (stdlib !== null) path.push(stdlib);
  sys.setStr('path', new PyList(path));
  sys.setStr('warnoptions', new PyList(options.warnOptions));
  const xOptions = newDict();
  for (const option of options.xOptions) {
    const eq = option.indexOf('=');
    if (eq < 0) xOptions.setStr(option, true);
    else xOptions.setStr(option.slice(0, eq), option.slice(eq + 1));
  }
  sys.setStr('_xoptions', xOptions);
  if (options.unbuffered) {
    stdout.unbuffered = true;
    stderr.unbuffered = true;
  }
}

/** A fresh __main__ module, registered in sys.modules; `filename` null means none (-c, the REPL, a kernel). */
export function mainModule(filename: string | null): PyModule {
  const main = newModule('__main__');
  main.dict.setStr('__builtins__', builtinsModule);
  if (filename !== null) main.dict.setStr('__file__', filename);
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
  const main = mainModule(fromFile ? path : null);
  return finish(() => runModuleCode(compile(source, path, 'exec'), main));
}

/** `-m NAME`: finds the module (a package's __main__) on sys.path and runs it as __main__. */
export function runModuleAsMain(name: string, args: string[], options: LaunchOptions): number {
  configure(['-m', ...args], process.cwd(), options);
  return finish(() => {
    let location = locateMainModule(name);
    if (location.packageDir !== null) location = locateMainModule(`${name}.__main__`);
    const file = location.file!;
    (sysModule.dict.getStr('argv') as PyList).items[0] = file;
    const main = mainModule(file);
    const dot = name.lastIndexOf('.');
    main.dict.setStr('__package__', location.packageName ?? (dot < 0 ? '' : name.slice(0, dot)));
    runModuleCode(compile(readFileSync(file), file, 'exec'), main);
  });
}

function locateMainModule(name: string): { file: string | null; packageDir: string | null; packageName?: string } {
  const dot = name.lastIndexOf('.');
  let searchPath = sysPath();
  let packageName: string | undefined;
  if (dot >= 0) {
    packageName = name.slice(0, dot);
    const parent = importModule(packageName);
    const parentPath = parent instanceof PyModule ? parent.dict.getStr('__path__') : undefined;
    searchPath = parentPath instanceof PyList ? (parentPath.items as string[]) : [];
  }
  const location = findModule(name, searchPath);
  if (location === null || (location.file === null && location.packageDir === null)) {
    throw newException(ImportError, `No module named ${name}`);
  }
  return { ...location, packageName };
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
  runExitFunctions();
  return flushStreams(status);
}

// An exit function's exception is reported as CPython reports an unraisable one.
setExitFunctionFailureReporter((func, exc) => {
  stdout.flush();
  stderr.write(`Exception ignored in atexit callback: ${pyRepr(func)}\n${formatException(exc)}`);
});

export function runModuleCode(code: ReturnType<typeof compile>, module: PyModule): Py {
  const frame = new Frame(code, module.dict, builtinsModule.dict, module.dict, null);
  return runFrame(frame);
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
