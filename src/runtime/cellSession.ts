// Running notebook cells, as IPython runs them for ipykernel: every cell in one
// persistent __main__, the value of a cell's last expression shown through
// sys.displayhook (IPython's 'last_expr'; a `;` at the end keeps it quiet), the output
// history in `_`, `__`, `___`, `_N` and `Out`, the input history in `In`, `_i`, `_ii`,
// `_iii` and `_iN`, input()/getpass asking the front end, and `get_ipython()`. IPython's
// syntax (`%magic`, `%%magic`, `!cmd`, `obj?`) is turned into calls on get_ipython()'s
// shell before a cell compiles (magicSyntax.ts); `In` holds the cells as run, as in
// IPython, and what the shell asks for (a page for `obj?`, the next cell's text for
// `%load`) goes into the cell's execute_reply payload. A cell may await at top level: it then runs
// on the kernel's event loop, where the tasks cells start go on running between cells
// (kernelEventLoop.ts). Completion, inspection and comms act on the same namespace. The embedder (the Jupyter kernel's worker) supplies where results,
// other iopub messages and input requests go, and where pyvm's Python library for
// notebooks (pylib: IPython.display, comm, pyvm_kernel) is.
import './startup';
import { CompileFlag, compile } from '../compiler/compile';
import { parse } from '../parser/parser';
import * as ast from '../ast/nodes';
import { CodeFlag, type CodeObject } from '../bytecode/code';
import { Tokenizer } from '../tokenizer/tokenizer';
import { TokenType } from '../tokenizer/token';
import type { Py } from '../objects/object';
import { newModule, type PyModule } from '../objects/module';
import type { PyType } from '../objects/type';
import { PyList } from '../objects/list';
import { PyBuiltinFunction, checkArgCount, bindArguments } from '../objects/native';
import { newDict } from '../objects/dictType';
import type { PyDict } from '../objects/dict';
import { newException, typeError, type PyBaseException } from '../objects/exceptions';
import { call, getAttr, pyStr, setAttr } from '../objects/protocols';
import { PyBytes } from '../objects/bytes';
import { toPyException } from '../objects/pyErrorConversion';
import { builtinsModule } from '../modules/builtins';
import { sysModule } from '../modules/sys';
import { stderr, stdout } from '../modules/consoleStream';
import { configure, defaultLaunchOptions, mainModule, runModuleCode } from './interpreter';
import { importModule } from './importSystem';
import { formatException } from './tracebackPrinter';
import { ipythonTraceback } from './ipythonTraceback';
import { rememberSource } from './sourceLines';
import { type MimeBundle, mimeBundle } from './mimeBundle';
import { type JsonObject, type Publish, registerKernelBridge } from './kernelBridge';
import { quotedSource, transformCell } from './magicSyntax';
import { autocalled } from './autocall';
import { derivesFromLibraryClass } from './pyvmLibrary';
import { type CompletionReply, complete } from './completion';
import { type InspectReply, describe, inspect } from './inspection';
import { fromJson, type JsonValue } from './jsonValues';
import { KernelEventLoop } from './kernelEventLoop';
// multiprocessing's fork start method, made of child interpreters.
import './forkStartMethod';

export interface CellHooks {
  /** Shows the value a cell displayed (Jupyter's execute_result). */
  publishResult(bundle: MimeBundle, executionCount: number): void;
  /** The line the user typed in answer to `prompt` (hidden when `password`). */
  readInput(prompt: string, password: boolean): string;
  /** Sends another iopub message (display_data, clear_output, comm_msg, ...). */
  publish: Publish;
}

/** A message a front end sent to a comm (comm_open, comm_msg, comm_close), as ipykernel hands it to the comm manager. */
export interface CommMessage {
  header: Record<string, JsonValue>;
  parent_header: Record<string, JsonValue>;
  metadata: Record<string, JsonValue>;
  content: Record<string, JsonValue>;
  buffers: Uint8Array[];
}

/** One of execute_reply's payloads, as IPython's shell writes them: `page` (`obj?`, %magic), `set_next_input` (%load). */
export type Payload = JsonObject & { source: string };

export interface CellRequest {
  code: string;
  /** Run without showing anything or counting the cell. */
  silent: boolean;
  /** Count the cell and keep it (and its result) in the history. */
  storeHistory: boolean;
  /** Whether input() may ask the front end; without it, input() raises StdinNotImplementedError. */
  allowStdin: boolean;
}

/** An exception as Jupyter shows it: its type's name, its str(), and the traceback's lines (IPython's, coloured). */
export interface CellError {
  ename: string;
  evalue: string;
  traceback: string[];
}

export type CellOutcome = { status: 'ok'; payload: Payload[] } | { status: 'error'; error: CellError };

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
  /** The cells as typed (IPython's input_hist_raw), beside `In`'s cells as run. */
  private readonly rawInputHistory: string[] = [''];
  /** The running cell's execute_reply payload. */
  private payloads: Payload[] = [];
  private readonly outputHistory = newDict();
  /** The cell being run, for the display hook. */
  private current: CellRequest | null = null;
  /** Cells run so far, counted or not: each gets its own name for tracebacks. */
  private cellsRun = 0;
  /** How tracebacks name each cell's source: `In [N]`, N its execution count, as IPython does. */
  private readonly cellLabels = new Map<string, string>();
  /** The future statements (`from __future__ import annotations`) earlier cells turned on. */
  private futureFlags = 0;
  private readonly stdinNotImplementedError = makeStdinNotImplementedError();
  /** Where cells that await run, and the tasks they start go on running. */
  private readonly eventLoop = new KernelEventLoop();

  constructor(private readonly hooks: CellHooks, notebookLibrary: string) {
    configure([''], '', defaultLaunchOptions());
    // After the working directory, before the standard library: `import IPython` finds pyvm's.
    (sysModule.dict.getStr('path') as PyList).items.splice(1, 0, notebookLibrary);
    registerKernelBridge({
      publish: hooks.publish,
      writePayload: (payload) => this.writePayload(payload),
      describe: (name, detailLevel) => describe(this.main, name, detailLevel),
      inputHistory: (raw) => (raw ? this.rawInputHistory : this.inputHistory.items.map(pyStr)).slice(1),
    });
    this.main = mainModule(null);
    const names = this.namespace;
    for (const name of [...INPUT_NAMES, ...OUTPUT_NAMES]) names.setStr(name, '');
    names.setStr('In', this.inputHistory);
    names.setStr('_ih', this.inputHistory);
    names.setStr('Out', this.outputHistory);
    names.setStr('_oh', this.outputHistory);
    names.setStr('_dh', new PyList([process.cwd()]));
    // IPython's exit and quit (one object) before site's in builtins: they end the kernel, not the cell.
    const exiter = call(getAttr(importModule('IPython.core.autocall'), 'ZMQExitAutocall'), []);
    names.setStr('exit', exiter);
    names.setStr('quit', exiter);
    this.installHooks();
  }

  private get namespace(): PyDict {
    return this.main.dict;
  }

  /** Runs one cell; what it prints goes through sys.stdout and sys.stderr, flushed before this returns. */
  runCell(request: CellRequest): CellOutcome {
    const storeHistory = request.storeHistory && !request.silent;
    const filename = `<cell ${++this.cellsRun}>`;
    let python = transformCell(request.code);
    // (Autocalling runs the object's Python, which may raise: the cell then fails with it, as in IPython.)
    let autocallError: unknown = null;
    try {
      python = autocalled(python, this.namespace);
    } catch (caught) {
      autocallError = caught;
    }
    rememberSource(filename, quotedSource(request.code, python));
    this.cellLabels.set(filename, `In [${this.executionCount}]`);
    if (storeHistory) this.recordInput(request.code, python);
    this.current = request;
    this.payloads = [];
    try {
      if (autocallError !== null) throw autocallError;
      const codes = this.compileCell(python, request.silent, filename);
      this.eventLoop.makeCurrent();
      for (const code of codes) this.runCode(code);
      return { status: 'ok', payload: this.payloads };
    } catch (caught) {
      return { status: 'error', error: this.failure(caught) };
    } finally {
      this.current = null;
      if (storeHistory) this.executionCount++;
      stdout.flush();
      stderr.flush();
    }
  }

  /** Whether tasks started by cells still have work on the kernel's event loop. */
  hasBackgroundWork(): boolean {
    return this.quietly(() => this.eventLoop.hasBackgroundWork());
  }

  /** Runs the tasks cells started until `interrupted()` holds or none is left; their failures go to stderr. */
  runInBackground(interrupted: () => boolean): void {
    this.quietly(() => {
      try {
        this.eventLoop.runInBackground(interrupted);
      } catch (caught) {
        stderr.write(formatException(toPyException(caught)));
      }
    });
  }

  /** Runs one of a cell's code objects; one that awaits (a coroutine) runs on the kernel's event loop. */
  private runCode(code: CodeObject): void {
    const value = runModuleCode(code, this.main);
    if ((code.co_flags & CodeFlag.COROUTINE) !== 0) this.eventLoop.runCell(value, code);
  }

  complete(code: string, cursorPos: number): CompletionReply {
    return this.quietly(() => complete(code, cursorPos, this.main));
  }

  inspect(code: string, cursorPos: number, detailLevel: number): InspectReply {
    return this.quietly(() => inspect(code, cursorPos, detailLevel, this.main));
  }

  /** Hands a front end's comm_open, comm_msg or comm_close to the comm manager; its failures go to stderr. */
  handleComm(msgType: 'comm_open' | 'comm_msg' | 'comm_close', message: CommMessage): void {
    const { buffers, ...json } = message;
    const msg = fromJson(json) as PyDict;
    msg.setStr('buffers', new PyList(buffers.map((buffer) => new PyBytes(buffer))));
    this.quietly(() => {
      try {
        call(getAttr(this.commManager(), msgType), [null, null, msg]);
      } catch (caught) {
        stderr.write(formatException(toPyException(caught)));
      }
    });
  }

  /** comm_info_reply's comms: each open comm's target, only those of `targetName` when given. */
  commInfo(targetName: string | null): Record<string, { target_name: string }> {
    return this.quietly(() => {
      const comms: Record<string, { target_name: string }> = {};
      for (const [id, comm] of (getAttr(this.commManager(), 'comms') as PyDict).entries()) {
        const target = pyStr(getAttr(comm, 'target_name'));
        if (targetName === null || target === targetName) comms[pyStr(id)] = { target_name: target };
      }
      return comms;
    });
  }

  private commManager(): Py {
    return call(getAttr(importModule('comm'), 'get_comm_manager'), []);
  }

  /** Runs a request that is not a cell, flushing what it printed. */
  private quietly<T>(work: () => T): T {
    try {
      return work();
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  /** IPython's payload_manager.write_payload(single=True): a payload replaces the one of its source written before. */
  private writePayload(payload: JsonObject): void {
    if (typeof payload.source !== 'string') throw typeError('a payload needs a source');
    const source = payload.source;
    this.payloads = [...this.payloads.filter((written) => written.source !== source), { ...payload, source }];
  }

  /** Jupyter's user_expressions: each expression evaluated in __main__, shown as a MIME bundle; what they print is flushed. */
  evaluate(expressions: Record<string, string>): Record<string, ExpressionResult> {
    const results: Record<string, ExpressionResult> = {};
    for (const [name, source] of Object.entries(expressions)) {
      try {
        const value = runModuleCode(compile(source, '<string>', 'eval'), this.main);
        results[name] = { status: 'ok', ...(mimeBundle(value) ?? { data: {}, metadata: {} }) };
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
  private compileCell(python: string, silent: boolean, filename: string): CodeObject[] {
    // Top-level await, async for and async with make the code a coroutine (CO_COROUTINE), as in IPython.
    const options = { flags: this.futureFlags | CompileFlag.ALLOW_TOP_LEVEL_AWAIT };
    const tree = parse(python, { filename, mode: 'exec' }) as ast.Module;
    const last = tree.body[tree.body.length - 1];
    const shown = !silent && last instanceof ast.Expr && !endsWithSemicolon(python, filename);
    const statements = shown ? tree.body.slice(0, -1) : tree.body;
    const codes = [compile(new ast.Module(statements, tree.type_ignores), filename, 'exec', options)];
    if (shown) codes.push(compile(new ast.Interactive([last]), filename, 'single', options));
    this.futureFlags |= codes[0].co_flags & FUTURE_FLAGS;
    return codes;
  }

  /** An exception (or what becomes one) as Jupyter reports it; sys.last_* remember it, as after a failed cell. */
  failure(caught: unknown): CellError {
    return this.describeFailure(toPyException(caught));
  }

  private describeFailure(exc: PyBaseException): CellError {
    if (isUsageError(exc)) {
      // As IPython's show_usage_error: a line on stderr, no traceback.
      stderr.write(`UsageError: ${pyStr(exc)}\n`);
      return { ename: exc.cls.name, evalue: pyStr(exc), traceback: [] };
    }
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
    return { ename: exc.cls.name, evalue, traceback: ipythonTraceback(exc, (filename) => this.cellLabels.get(filename) ?? null) };
  }

  private recordInput(typed: string, python: string): void {
    const names = this.namespace;
    // As IPython's store_inputs: without the newlines at the end.
    const raw = typed.replace(/\n+$/u, '');
    const code = python.replace(/\n+$/u, '');
    this.rawInputHistory.push(raw);
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
    const bundle = mimeBundle(value);
    if (bundle !== null) this.hooks.publishResult(bundle, this.executionCount);
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
    // The built-ins IPython adds: get_ipython(), and display() without an import.
    builtinsModule.dict.setStr('get_ipython', libraryFunction('pyvm_kernel.shell', 'get_ipython'));
    builtinsModule.dict.setStr('display', libraryFunction('IPython.core.display_functions', 'display'));
  }
}

/** A built-in that calls `moduleName.name`, imported when first called: most cells never need pylib loaded. */
function libraryFunction(moduleName: string, name: string): PyBuiltinFunction {
  return new PyBuiltinFunction(name, (args, kwnames) => call(getAttr(importModule(moduleName), name), args, kwnames));
}

/** IPython's UsageError (a magic used wrongly), which it reports without a traceback. */
function isUsageError(exc: PyBaseException): boolean {
  return derivesFromLibraryClass(exc.cls, 'IPython.core.error', 'UsageError');
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
