// Starting the interpreter and running a program as __main__: the builtins and sys
// modules, compiling the source, and what an uncaught exception or SystemExit does to
// the exit status.
import './startup';
import { compile } from '../compiler/compile';
import { PyFrontEndError, PySyntaxError } from '../tokenizer/syntaxError';
import type { Py } from '../objects/object';
import { PyBaseException, SystemExit } from '../objects/exceptions';
import { newModule, PyModule } from '../objects/module';
import { PyList } from '../objects/list';
import { pyStr } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import { builtinsModule } from '../modules/builtins';
import { sysModule, sysModules } from '../modules/sys';
import { stderr, stdout } from '../modules/consoleStream';
import { Frame } from '../vm/frame';
import { runFrame } from '../vm/eval';
import { formatException } from './tracebackPrinter';
import { formatSyntaxErrorReport } from './syntaxErrorReport';
import { intValue } from '../objects/int';

sysModules.setStr('builtins', builtinsModule);
sysModules.setStr('sys', sysModule);

export function setArgv(argv: string[]): void {
  sysModule.dict.setStr('argv', new PyList(argv));
}

/** Compiles and runs `source` as the __main__ module; returns the process exit status. */
export function runMain(source: string | Uint8Array, filename: string): number {
  const main = newModule('__main__');
  main.dict.setStr('__builtins__', builtinsModule);
  main.dict.setStr('__file__', filename);
  sysModules.setStr('__main__', main);
  let status: number;
  try {
    const code = compile(source, filename, 'exec');
    runModuleCode(code, main);
    status = 0;
  } catch (caught) {
    status = reportUncaught(caught);
  }
  return finish(status);
}

export function runModuleCode(code: ReturnType<typeof compile>, module: PyModule): Py {
  const frame = new Frame(code, module.dict, builtinsModule.dict, module.dict, null);
  return runFrame(frame);
}

/** What python3 does with an exception that reached the top: SystemExit's status, or the traceback and 1. */
function reportUncaught(caught: unknown): number {
  if (caught instanceof PySyntaxError || caught instanceof PyFrontEndError) {
    stdout.flush();
    stderr.write(caught instanceof PySyntaxError ? formatSyntaxErrorReport(caught) : `${caught.message}\n`);
    return 1;
  }
  const exc = toPyException(caught);
  if (exc.cls.isSubtypeOf(SystemExit)) return exitStatus(exc);
  stdout.flush();
  stderr.write(formatException(exc));
  return 1;
}

function exitStatus(exc: PyBaseException): number {
  const code = exc.args.length === 0 ? null : exc.args.length === 1 ? exc.args[0] : exc;
  if (code === null) return 0;
  const asInt = intValue(code);
  if (asInt !== undefined) return Number(BigInt.asIntN(32, BigInt(asInt))) & 0xff;
  stdout.flush();
  stderr.write(`${pyStr(code)}\n`);
  return 1;
}

function finish(status: number): number {
  try {
    stdout.flush();
  } catch {
    return 120;
  }
  stderr.flush();
  return status;
}
