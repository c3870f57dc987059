// Running notebook cells, as IPython runs them for ipykernel: every cell in one
// persistent __main__, the value of a cell's last expression shown through
// sys.displayhook (IPython's 'last_expr'; a `;` at the end keeps it quiet), the output
// history in `_`, `__`, `___`, `_N` and `Out`, the input history in `In`, `_i`, `_ii`,
// `_iii` and `_iN`, and input()/getpass asking the front end. The embedder (the Jupyter
// kernel's worker) supplies where results and input requests go.
import './startup';
import { compile } from '../compiler/compile';
import { parse } from '../parser/parser';
import * as ast from '../ast/nodes';
import type { CodeObject } from '../bytecode/code';
import { Tokenizer } from '../tokenizer/tokenizer';
import { TokenType } from '../tokenizer/token';
import type { Py } from '../objects/object';
import { newModule, type PyModule } from '../objects/module';
import type { PyType } from '../objects/type';
import { PyList } from '../objects/list';
import { PyBuiltinFunction, checkArgCount, bindArguments } from '../objects/native';
import { newDict } from '../objects/dictType';
import type { PyDict } from '../objects/dict';
import { newException, type PyBaseException } from '../objects/exceptions';
import { pyStr, setAttr } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import { builtinsModule } from '../modules/builtins';
import { sysModule } from '../modules/sys';
import { stderr, stdout } from '../modules/consoleStream';
import { configure, mainModule, runModuleCode } from './interpreter';
import { importModule } from './importSystem';
import { formatException } from './tracebackPrinter';
import { rememberSource } from './sourceLines';
import { type MimeBundle, mimeBundle } from './mimeBundle';

export interface CellHooks {
  /** Shows the value a cell displayed (Jupyter's execute_result). */
  publishResult(bundle: MimeBundle, executionCount: number): void;
  /** The line the user typed in answer to `prompt` (hidden when `password`). */
  readInput(prompt: string, password: boolean): string;
}

export interface CellRequest {
  code: string;
  /** Run without showing anything or counting the cell. */
  silent: boolean;
  /** Count the cell and keep it (and its result) in the history. */
  storeHistory: boolean;
  /** Whether input() may ask the front end; without it, input() raises StdinNotImplementedError. */
  allowStdin: boolean;
}

/** An exception as Jupyter shows it: its type's name, its str(), and the traceback's lines. */
export interface CellError {
  ename: string;
  evalue: string;
  traceback: string[];
}

export type CellOutcome = { status: 'ok' } | { status: 'error'; error: CellError };

export type ExpressionResult = ({ status: 'ok' } & MimeBundle) | ({ status: 'error' } & CellError);

/** The input history, as IPython keeps it in its namespace. */
const INPUT_NAMES = ['_i', '_ii', '_iii'];
/** The output history, most recent first. */
const OUTPUT_NAMES = ['_', '__', '___'];

export class CellSession {
  /** The number the next counted cell gets (IPython's execution_count). */
  executionCount = 1;
  private readonly main: PyModule;
  private readonly inputHistory = new PyList(['']);
  private readonly outputHistory = newDict();
  /** The cell being run, for the display hook. */
  private current: CellRequest | null = null;
  /** Cells run so far, counted or not: each gets its own name for tracebacks. */
  private cellsRun = 0;
  /** The future statements (`from __future__ import annotations`) earlier cells turned on. */
  private futureFlags = 0;
  private readonly stdinNotImplementedError = makeStdinNotImplementedError();

  constructor(private readonly hooks: CellHooks) {
    configure([''], '', { ignoreEnvironment: false, isolated: false, unbuffered: false, warnOptions: [], xOptions: [] });
    this.main = mainModule(null);
    const names = this.namespace;
    for (const name of [...INPUT_NAMES, ...OUTPUT_NAMES]) names.setStr(name, '');
    names.setStr('In', this.inputHistory);
    names.setStr('_ih', this.inputHistory);
    names.setStr('Out', this.outputHistory);
    names.setStr('_oh', this.outputHistory);
    names.setStr('_dh', new PyList([process.cwd()]));
    this.installHooks();
  }

  private get namespace(): PyDict {
    return this.main.dict;
  }

  /** Runs one cell; what it prints goes through sys.stdout and sys.stderr, flushed before this returns. */
  runCell(request: CellRequest): CellOutcome {
    const storeHistory = request.storeHistory && !request.silent;
    const filename = `<cell ${++this.cellsRun}>`;
    rememberSource(filename, request.code);
    if (storeHistory) this.recordInput(request.code);
    this.current = request;
    try {
      for (const code of this.compileCell(request, filename)) runModuleCode(code, this.main);
      return { status: 'ok' };
    } catch (caught) {
      return { status: 'error', error: this.describeFailure(toPyException(caught)) };
    } finally {
      this.current = null;
      if (storeHistory) this.executionCount++;
      stdout.flush();
      stderr.flush();
    }
  }

  /** Jupyter's user_expressions: each expression evaluated in __main__, shown as a MIME bundle; what they print is flushed. */
  evaluate(expressions: Record<string, string>): Record<string, ExpressionResult> {
    const results: Record<string, ExpressionResult> = {};
    for (const [name, source] of Object.entries(expressions)) {
      try {
        const value = runModuleCode(compile(source, '<string>', 'eval'), this.main);
        results[name] = { status: 'ok', ...mimeBundle(value) };
      } catch (caught) {
        results[name] = { status: 'error', ...this.describeFailure(toPyException(caught)) };
      }
    }
    stdout.flush();
    stderr.flush();
    return results;
  }

  /**
   * The code objects of a cell: its statements, then (when its value is to be shown) its
   * last expression compiled as the REPL compiles a line, so that sys.displayhook gets it.
   */
  private compileCell(request: CellRequest, filename: string): CodeObject[] {
    const options = { flags: this.futureFlags };
    const tree = parse(request.code, { filename, mode: 'exec' }) as ast.Module;
    const last = tree.body[tree.body.length - 1];
    const shown = !request.silent && last instanceof ast.Expr && !endsWithSemicolon(request.code, filename);
    const statements = shown ? tree.body.slice(0, -1) : tree.body;
    const codes = [compile(new ast.Module(statements, tree.type_ignores), filename, 'exec', options)];
    if (shown) codes.push(compile(new ast.Interactive([last]), filename, 'single', options));
    this.futureFlags |= codes[0].co_flags & FUTURE_FLAGS;
    return codes;
  }

  private describeFailure(exc: PyBaseException): CellError {
    const sys = sysModule.dict;
    sys.setStr('last_type', exc.cls);
    sys.setStr('last_value', exc);
    sys.setStr('last_traceback', exc.traceback);
    let evalue: string;
    try {
      evalue = pyStr(exc);
    } catch {
      evalue = '<exception str() failed>';
    }
    return { ename: exc.cls.name, evalue, traceback: formatException(exc).replace(/\n$/, '').split('\n') };
  }

  private recordInput(code: string): void {
    const names = this.namespace;
    this.inputHistory.items.push(code);
    const previous = this.inputHistory.items.slice(-4, -1).reverse();
    INPUT_NAMES.forEach((name, age) => names.setStr(name, previous[age] ?? ''));
    names.setStr(`_i${this.executionCount}`, code);
  }

  /** sys.displayhook while cells run: publishes the value and keeps it in the output history. */
  private display(value: Py): void {
    const cell = this.current;
    if (value === null || cell === null || cell.silent) return;
    stdout.flush();
    stderr.flush();
    this.hooks.publishResult(mimeBundle(value), this.executionCount);
    if (!cell.storeHistory) return;
    const names = this.namespace;
    const older = OUTPUT_NAMES.slice(0, -1).map((name) => names.getStr(name) ?? '');
    OUTPUT_NAMES.forEach((name, age) => names.setStr(name, age === 0 ? value : older[age - 1]));
    names.setStr(`_${this.executionCount}`, value);
    this.outputHistory.set(this.executionCount, value);
  }

  /** What input() and getpass.getpass() do in a cell: ask the front end, as ipykernel does. */
  private askUser(prompt: string, password: boolean): string {
    if (this.current === null || !this.current.allowStdin) {
      throw newException(this.stdinNotImplementedError, 'raw_input was called, but this frontend does not support input requests.');
    }
    stdout.flush();
    stderr.flush();
    return this.hooks.readInput(prompt, password);
  }

  private installHooks(): void {
    const displayhook = new PyBuiltinFunction('displayhook', (args, kwnames) => {
      checkArgCount('displayhook', args, kwnames, 1);
      this.display(args[0]);
      return null;
    }, undefined, 'sys');
    sysModule.dict.setStr('displayhook', displayhook);
    builtinsModule.dict.setStr('input', new PyBuiltinFunction('input', (args, kwnames) => {
      checkArgCount('input', args, kwnames, 0, 1);
      return this.askUser(args.length === 0 ? '' : pyStr(args[0]), false);
    }));
    const getpass = new PyBuiltinFunction('getpass', (args, kwnames) => {
      const [prompt] = bindArguments({ name: 'getpass', names: ['prompt', 'stream'], required: 0 }, args, kwnames);
      return this.askUser(prompt === undefined ? 'Password: ' : pyStr(prompt), true);
    }, undefined, 'getpass');
    setAttr(importModule('getpass'), 'getpass', getpass);
  }
}

/** The compile() flag bits that are future features (PyCF_MASK): a cell's carry over to the next cells. */
const FUTURE_FLAGS = 0x1fe0000;

/** IPython's DisplayHook.quiet: a cell whose last token is `;` shows no value. */
function endsWithSemicolon(code: string, filename: string): boolean {
  const tokenizer = new Tokenizer(code, { filename, typeComments: false });
  let last = '';
  for (let token = tokenizer.next(); token.type !== TokenType.ENDMARKER; token = tokenizer.next()) {
    if (token.type !== TokenType.NEWLINE && token.type !== TokenType.DEDENT) last = token.string;
  }
  return last === ';';
}

/** IPython's error for input() when the front end takes no input (its StdinNotImplementedError). */
function makeStdinNotImplementedError(): PyType {
  const module = newModule('IPython.core.error');
  runModuleCode(compile('class StdinNotImplementedError(NotImplementedError):\n    pass\n', '<kernel>', 'exec'), module);
  return module.dict.getStr('StdinNotImplementedError') as PyType;
}
