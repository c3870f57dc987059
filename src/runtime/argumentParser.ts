// Command lines read the way Python 3.11's argparse reads them, for the modules pyvm
// runs natively with -m: the same matching of options (abbreviated long options,
// bundled short flags, `-xVALUE` and `--long=VALUE`, `--` ending the options,
// negative numbers taken as values), the same order of checks, and the same usage,
// help and error texts, wrapped to the same terminal width.
//
// The supported subset is what those modules use: options that store a value,
// store True or False, or show help, and positionals that may be left out (nargs='?').
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { intFromString } from '../objects/intFromString';
import { strRepr } from '../objects/strRepr';

/** How an argument's text becomes its value: the result, or undefined when the text is invalid. */
export interface ArgumentType<T> {
  /** Python's name for the type, as "invalid <name> value" errors show it. */
  readonly name: string;
  convert(text: string): T | undefined;
}

/** Thrown by a type that rejects its text with a message of its own (argparse.ArgumentTypeError). */
export class ArgumentTypeError extends Error {}

export interface OptionSpec {
  dest: string;
  /** 'store' takes one value; the others take none. */
  action?: 'store' | 'store_true' | 'store_false';
  default?: unknown;
  type?: ArgumentType<unknown>;
  choices?: readonly string[];
  help: string;
}

export interface PositionalSpec {
  dest: string;
  /** Positionals may be left out, taking the default (nargs='?'). */
  default: string;
  type?: ArgumentType<unknown>;
  help: string;
}

/** What parsing ends in when the program should not go on: help shown or a usage error. */
export interface ParserExit {
  status: number;
  stdout: string;
  stderr: string;
}

export type ParseResult = { values: Record<string, unknown> } | { exit: ParserExit };

type ActionKind = 'store' | 'store_true' | 'store_false' | 'help';

interface Action {
  readonly optionStrings: readonly string[];
  readonly dest: string;
  readonly kind: ActionKind;
  readonly default: unknown;
  readonly type: ArgumentType<unknown> | undefined;
  readonly choices: readonly string[] | undefined;
  readonly help: string;
}

/** An option string found in an argument: its action (null if unknown) and any value attached to it. */
interface OptionMatch {
  action: Action | null;
  optionString: string;
  explicitValue: string | null;
}

/** A file the `readableBinaryFile` type opened; reading it is left to the program. */
export interface OpenedFile {
  /** The name Python gives the file object: the path, or '<stdin>'. */
  name: string;
  fd: number;
}

/** Reads an opened file to its end and closes it (stdin is left open). */
export function readWholeFile(file: OpenedFile): Uint8Array {
  if (file.fd !== 0) {
    try {
      return readFileSync(file.fd);
    } finally {
      closeSync(file.fd);
    }
  }
  try {
    return readFileSync(0);
  } catch (error) {
    // A non-blocking stdin (left so by some parent processes) cannot be read synchronously; a fresh descriptor can.
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    return readFileSync('/dev/stdin');
  }
}

/** Prints what argparse prints when it exits (help, or a usage error) and returns its exit status. */
export function reportParserExit(exit: ParserExit): number {
  process.stdout.write(exit.stdout);
  process.stderr.write(exit.stderr);
  return exit.status;
}

/** argparse.FileType('rb'): '-' is stdin; other names are opened while parsing, failures reported as usage errors. */
export const readableBinaryFile: ArgumentType<OpenedFile> = {
  name: "FileType('rb')",
  convert(path) {
    if (path === '-') return { name: '<stdin>', fd: 0 };
    try {
      const fd = openSync(path, 'r');
      // Python's open() refuses directories, which the OS would open.
      if (fstatSync(fd).isDirectory()) {
        closeSync(fd);
        throw Object.assign(new Error(path), { code: 'EISDIR' });
      }
      return { name: path, fd };
    } catch (error) {
      throw new ArgumentTypeError(`can't open '${path}': ${osErrorText(error as NodeJS.ErrnoException, path)}`);
    }
  },
};

// The C library's messages for the errors opening a file can meet (Node.js has its own wording).
const ERROR_MESSAGES: Readonly<Record<string, string>> = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  EIO: 'Input/output error',
  ENXIO: 'No such device or address',
  EACCES: 'Permission denied',
  ENODEV: 'No such device',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EMFILE: 'Too many open files',
  ENAMETOOLONG: 'File name too long',
  ELOOP: 'Too many levels of symbolic links',
};

/** str() of the OSError Python raises for `error` on `path`: "[Errno 2] No such file or directory: 'x'". */
function osErrorText(error: NodeJS.ErrnoException, path: string): string {
  const code = error.code ?? 'EIO';
  const errno = (constants.errno as Record<string, number>)[code] ?? Math.abs(error.errno ?? 0);
  return `[Errno ${errno}] ${ERROR_MESSAGES[code] ?? code}: ${strRepr(path)}`;
}

class ArgumentError extends Error {}

class ExitRequest extends Error {
  constructor(readonly exit: ParserExit) {
    super('exit');
  }
}

// Python's \d is any decimal digit and its $ also matches before a final newline.
const NEGATIVE_NUMBER = /^-\p{Nd}+\n?$|^-\p{Nd}*\.\p{Nd}+\n?$/u;

export class ArgumentParser {
  private readonly actions: Action[] = [];

  constructor(private readonly prog: string) {
    this.actions.push({
      optionStrings: ['-h', '--help'],
      dest: 'help',
      kind: 'help',
      default: undefined,
      type: undefined,
      choices: undefined,
      help: 'show this help message and exit',
    });
  }

  addOption(optionStrings: readonly string[], spec: OptionSpec): void {
    const kind = spec.action ?? 'store';
    const implicitDefault = kind === 'store_true' ? false : kind === 'store_false' ? true : null;
    this.actions.push({
      optionStrings,
      dest: spec.dest,
      kind,
      default: spec.default ?? implicitDefault,
      type: spec.type,
      choices: spec.choices,
      help: spec.help,
    });
  }

  addPositional(spec: PositionalSpec): void {
    this.actions.push({ optionStrings: [], kind: 'store', choices: undefined, type: undefined, ...spec });
  }

  /** The values by dest, or how the program should exit instead (help shown, or a usage error). */
  parse(args: readonly string[]): ParseResult {
    try {
      return { values: new ParseRun(this.prog, this.actions, args).run() };
    } catch (error) {
      if (error instanceof ExitRequest) return { exit: error.exit };
      throw error;
    }
  }
}

/** argparse.ArgumentError: a message about one argument, naming it. */
function argumentError(action: Action, message: string): ArgumentError {
  const name = action.optionStrings.length > 0 ? action.optionStrings.join('/') : action.dest;
  return new ArgumentError(`argument ${name}: ${message}`);
}

/** How many values an action takes, as a pattern over the kinds of the arguments that follow it. */
function valuesPattern(action: Action): string {
  if (action.optionStrings.length === 0) return '(-*A?-*)';
  return action.kind === 'store' ? '(A)' : '()';
}

/**
 * One parse of a command line, in argparse's order: each argument is first classed
 * as an option ('O'), a value ('A') or the '--' separator ('-'), into a pattern
 * string; then options and the positionals between them are consumed left to
 * right, each taking as many of the following arguments as its pattern matches.
 */
class ParseRun {
  private readonly optionActions = new Map<string, Action>();
  private readonly values: Record<string, unknown> = {};
  private readonly options = new Map<number, OptionMatch>();
  private readonly pattern: string;
  private readonly seen = new Set<Action>();
  private readonly extras: string[] = [];
  private positionals: Action[];

  constructor(
    private readonly prog: string,
    private readonly actions: readonly Action[],
    private readonly args: readonly string[],
  ) {
    for (const action of actions) {
      for (const optionString of action.optionStrings) this.optionActions.set(optionString, action);
      if (action.kind !== 'help') this.values[action.dest] = action.default;
    }
    this.positionals = actions.filter((action) => action.optionStrings.length === 0);
    const kinds: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--') {
        // Everything after '--' is a value.
        kinds.push('-', 'A'.repeat(args.length - i - 1));
        break;
      }
      const option = this.matchOption(args[i]);
      if (option) this.options.set(i, option);
      kinds.push(option ? 'O' : 'A');
    }
    this.pattern = kinds.join('');
  }

  /** Consumes the whole command line and returns the values, unless it is in error. */
  run(): Record<string, unknown> {
    try {
      this.consumeAll();
    } catch (error) {
      if (error instanceof ArgumentError) throw this.usageError(error.message);
      throw error;
    }
    if (this.extras.length > 0) throw this.usageError(`unrecognized arguments: ${this.extras.join(' ')}`);
    return this.values;
  }

  private consumeAll(): void {
    const optionIndices = [...this.options.keys()];
    const lastOption = optionIndices.length > 0 ? Math.max(...optionIndices) : -1;
    let index = 0;
    while (index <= lastOption) {
      const nextOption = Math.min(...optionIndices.filter((i) => i >= index));
      if (index !== nextOption) {
        const afterPositionals = this.consumePositionals(index);
        if (afterPositionals > index) {
          index = afterPositionals;
          continue;
        }
      }
      if (!this.options.has(index)) {
        this.extras.push(...this.args.slice(index, nextOption));
        index = nextOption;
      }
      index = this.consumeOption(index);
    }
    const stop = this.consumePositionals(index);
    this.extras.push(...this.args.slice(stop));
    this.convertUnusedDefaults();
  }

  /**
   * How an argument reads: null for a value; otherwise the option it names, possibly
   * with a value attached, or an unknown option (action null).
   */
  private matchOption(arg: string): OptionMatch | null {
    if (!arg.startsWith('-')) return null;
    const exact = this.optionActions.get(arg);
    if (exact) return { action: exact, optionString: arg, explicitValue: null };
    if (arg.length === 1) return null;
    const equals = arg.indexOf('=');
    if (equals !== -1) {
      const action = this.optionActions.get(arg.slice(0, equals));
      if (action) return { action, optionString: arg.slice(0, equals), explicitValue: arg.slice(equals + 1) };
    }
    const candidates = this.prefixMatches(arg);
    if (candidates.length > 1) {
      const names = candidates.map(({ optionString }) => optionString).join(', ');
      throw this.usageError(`ambiguous option: ${arg} could match ${names}`);
    }
    if (candidates.length === 1) return candidates[0];
    const hasNegativeNumberOptions = [...this.optionActions.keys()].some((name) => NEGATIVE_NUMBER.test(name));
    if (NEGATIVE_NUMBER.test(arg) && !hasNegativeNumberOptions) return null;
    if (arg.includes(' ')) return null;
    return { action: null, optionString: arg, explicitValue: null };
  }

  /**
   * Options an argument may abbreviate. A long option (`--x`) matches every option
   * it is a prefix of, up to any '='; a short one (`-xVALUE`) matches its first two
   * characters exactly, with the rest as its value, as well as longer prefixes.
   */
  private prefixMatches(arg: string): OptionMatch[] {
    const matches: OptionMatch[] = [];
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=');
      const prefix = equals === -1 ? arg : arg.slice(0, equals);
      const explicitValue = equals === -1 ? null : arg.slice(equals + 1);
      for (const [optionString, action] of this.optionActions) {
        if (optionString.startsWith(prefix)) matches.push({ action, optionString, explicitValue });
      }
    } else {
      const shortOption = arg.slice(0, 2);
      for (const [optionString, action] of this.optionActions) {
        if (optionString === shortOption) matches.push({ action, optionString, explicitValue: arg.slice(2) });
        else if (optionString.startsWith(arg)) matches.push({ action, optionString, explicitValue: null });
      }
    }
    return matches;
  }

  /** Takes the option at `index` (and any bundled after it, as in -ai2) with its values. */
  private consumeOption(index: number): number {
    let { action, optionString, explicitValue } = this.options.get(index)!;
    const taken: Array<{ action: Action; values: string[] }> = [];
    let stop: number;
    for (;;) {
      if (action === null) {
        this.extras.push(this.args[index]);
        return index + 1;
      }
      if (explicitValue === null) {
        stop = index + 1 + this.countValues(action, this.pattern.slice(index + 1));
        taken.push({ action, values: this.args.slice(index + 1, stop) });
        break;
      }
      if (action.kind === 'store') {
        stop = index + 1;
        taken.push({ action, values: [explicitValue] });
        break;
      }
      // A flag written with letters after it: -ab is -a -b, when -b exists.
      const bundlable = optionString[1] !== '-' && explicitValue !== '';
      const bundled = bundlable ? this.optionActions.get(`-${explicitValue[0]}`) : undefined;
      if (!bundled) throw argumentError(action, `ignored explicit argument ${strRepr(explicitValue)}`);
      taken.push({ action, values: [] });
      optionString = `-${explicitValue[0]}`;
      action = bundled;
      explicitValue = explicitValue.length > 1 ? explicitValue.slice(1) : null;
    }
    for (const { action: takenAction, values } of taken) this.take(takenAction, values);
    return stop;
  }

  private countValues(action: Action, following: string): number {
    const match = new RegExp(`^${valuesPattern(action)}`).exec(following);
    if (match === null) throw argumentError(action, 'expected one argument');
    return match[1].length;
  }

  /** Gives the positionals still waiting as many of the values at `index` as they match. */
  private consumePositionals(index: number): number {
    const following = this.pattern.slice(index);
    for (let count = this.positionals.length; count > 0; count--) {
      const waiting = this.positionals.slice(0, count);
      const match = new RegExp(`^${waiting.map(valuesPattern).join('')}`).exec(following);
      if (match === null) continue;
      waiting.forEach((action, i) => {
        const taken = match[i + 1].length;
        this.take(action, this.args.slice(index, index + taken));
        index += taken;
      });
      this.positionals = this.positionals.slice(count);
      break;
    }
    return index;
  }

  private take(action: Action, strings: string[]): void {
    this.seen.add(action);
    const separator = strings.indexOf('--');
    if (separator !== -1) strings = strings.filter((_, i) => i !== separator);
    switch (action.kind) {
      case 'help':
        throw new ExitRequest({ status: 0, stdout: new HelpFormatter(this.prog, this.actions).help(), stderr: '' });
      case 'store_true':
        this.values[action.dest] = true;
        return;
      case 'store_false':
        this.values[action.dest] = false;
        return;
      case 'store':
        this.values[action.dest] = this.storedValue(action, strings);
    }
  }

  private storedValue(action: Action, strings: string[]): unknown {
    if (strings.length === 1) {
      const value = this.convert(action, strings[0]);
      this.checkChoice(action, value);
      return value;
    }
    // A positional left out takes its default, converted and checked like a given value.
    if (action.optionStrings.length === 0) {
      const value = typeof action.default === 'string' ? this.convert(action, action.default) : action.default;
      this.checkChoice(action, value);
      return value;
    }
    // Only `--opt=--` gets here: the '--' is dropped and argparse stores an empty list.
    return [];
  }

  /** Defaults given as text are converted at the end, for the arguments never seen. */
  private convertUnusedDefaults(): void {
    for (const action of this.actions.filter((action) => !this.seen.has(action))) {
      if (typeof action.default === 'string' && this.values[action.dest] === action.default) {
        this.values[action.dest] = this.convert(action, action.default);
      }
    }
  }

  /** The text of a value converted by the action's type. */
  private convert(action: Action, text: string): unknown {
    if (!action.type) return text;
    let value: unknown;
    try {
      value = action.type.convert(text);
    } catch (error) {
      if (error instanceof ArgumentTypeError) throw argumentError(action, error.message);
      throw error;
    }
    if (value === undefined) throw argumentError(action, `invalid ${action.type.name} value: ${strRepr(text)}`);
    return value;
  }

  private checkChoice(action: Action, value: unknown): void {
    if (action.choices && !action.choices.includes(value as string)) {
      const choices = action.choices.map(strRepr).join(', ');
      throw argumentError(action, `invalid choice: ${strRepr(String(value))} (choose from ${choices})`);
    }
  }

  /** The exit for a usage error: usage and message on stderr, status 2. */
  private usageError(message: string): ExitRequest {
    const usage = new HelpFormatter(this.prog, this.actions).usage();
    return new ExitRequest({ status: 2, stdout: '', stderr: `${usage}\n${this.prog}: error: ${message}\n` });
  }
}

/**
 * argparse's HelpFormatter, for parsers without groups or descriptions: the usage
 * line wrapped to the terminal, then one section for positionals and one for options,
 * each argument's help in a column starting at most 24 characters in.
 */
class HelpFormatter {
  private readonly width = terminalColumns() - 2;

  constructor(
    private readonly prog: string,
    private readonly actions: readonly Action[],
  ) {}

  /** 'usage: ...', wrapped; without the final newline. */
  usage(): string {
    const prefix = 'usage: ';
    const optionals = this.actions.filter((action) => action.optionStrings.length > 0);
    const positionals = this.actions.filter((action) => action.optionStrings.length === 0);
    const optionalParts = optionals.map(usagePart);
    const positionalParts = positionals.map(usagePart);
    const oneLine = [this.prog, ...optionalParts, ...positionalParts].join(' ');
    if (prefix.length + oneLine.length <= this.width) return `${prefix}${oneLine}`;

    // A short program name keeps the options beside it, continuing under them;
    // a long one goes on a line of its own, the options under the prefix.
    let lines: string[];
    if (prefix.length + this.prog.length <= 0.75 * this.width) {
      const indent = ' '.repeat(prefix.length + this.prog.length + 1);
      if (optionalParts.length > 0) {
        lines = this.fillUsage([this.prog, ...optionalParts], indent, prefix.length);
        lines.push(...this.fillUsage(positionalParts, indent));
      } else {
        lines = this.fillUsage([this.prog, ...positionalParts], indent, prefix.length);
      }
    } else {
      const indent = ' '.repeat(prefix.length);
      lines = this.fillUsage([...optionalParts, ...positionalParts], indent);
      if (lines.length > 1) lines = [...this.fillUsage(optionalParts, indent), ...this.fillUsage(positionalParts, indent)];
      lines.unshift(this.prog);
    }
    return `${prefix}${lines.join('\n')}`;
  }

  /**
   * Greedy filling of usage parts into lines that start with `indent`; the first line
   * starts after the prefix instead when `prefixLength` is given.
   */
  private fillUsage(parts: readonly string[], indent: string, prefixLength?: number): string[] {
    const lines: string[] = [];
    let line: string[] = [];
    let lineLength = (prefixLength ?? indent.length) - 1;
    for (const part of parts) {
      if (lineLength + 1 + part.length > this.width && line.length > 0) {
        lines.push(indent + line.join(' '));
        line = [];
        lineLength = indent.length - 1;
      }
      line.push(part);
      lineLength += part.length + 1;
    }
    if (line.length > 0) lines.push(indent + line.join(' '));
    if (prefixLength !== undefined) lines[0] = lines[0].slice(indent.length);
    return lines;
  }

  help(): string {
    const sectionIndent = 2;
    const invocationWidth = Math.max(...this.actions.map((action) => invocation(action).length + sectionIndent));
    const maxHelpPosition = Math.min(24, Math.max(this.width - 20, 4));
    const helpPosition = Math.min(invocationWidth + 2, maxHelpPosition);
    const sections = [
      { heading: 'positional arguments', actions: this.actions.filter((action) => action.optionStrings.length === 0) },
      { heading: 'options', actions: this.actions.filter((action) => action.optionStrings.length > 0) },
    ];
    const pieces = [`${this.usage()}\n`];
    for (const { heading, actions } of sections) {
      if (actions.length === 0) continue;
      pieces.push(`\n${heading}:\n`);
      for (const action of actions) pieces.push(this.actionHelp(action, sectionIndent, helpPosition));
    }
    return pieces.join('');
  }

  /** An argument's entry: its invocation, then its help beside it if it fits, else below. */
  private actionHelp(action: Action, indent: number, helpPosition: number): string {
    const header = invocation(action);
    // Without a help text the invocation stands alone, unpadded.
    if (action.help === '') return `${' '.repeat(indent)}${header}\n`;
    const headerWidth = helpPosition - indent - 2;
    const helpLines = wrapWords(action.help, Math.max(this.width - helpPosition, 11));
    const margin = ' '.repeat(helpPosition);
    const pieces =
      header.length <= headerWidth
        ? [' '.repeat(indent), header.padEnd(headerWidth), '  ', helpLines[0], '\n']
        : [' '.repeat(indent), header, '\n', margin, helpLines[0], '\n'];
    for (const line of helpLines.slice(1)) pieces.push(margin, line, '\n');
    return pieces.join('');
  }
}

/** How an argument shows in the usage line: '[-h]', '[-i INDENT]', '[infile]'. */
function usagePart(action: Action): string {
  if (action.optionStrings.length === 0) return `[${metavar(action)}]`;
  const [first] = action.optionStrings;
  return action.kind === 'store' ? `[${first} ${metavar(action)}]` : `[${first}]`;
}

/** How an argument shows in the help: '-i INDENT, --indent INDENT'. */
function invocation(action: Action): string {
  if (action.optionStrings.length === 0) return metavar(action);
  if (action.kind !== 'store') return action.optionStrings.join(', ');
  return action.optionStrings.map((optionString) => `${optionString} ${metavar(action)}`).join(', ');
}

function metavar(action: Action): string {
  if (action.choices) return `{${action.choices.join(',')}}`;
  return action.optionStrings.length === 0 ? action.dest : action.dest.toUpperCase();
}

/**
 * textwrap.wrap for help texts: runs of ASCII whitespace become one space and words
 * fill lines greedily. (Help texts here are plain words no longer than the narrowest
 * column, so textwrap's splitting at hyphens and of over-long words never comes up.)
 */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/[ \t\n\r\f\v]+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * The terminal width argparse formats for (shutil.get_terminal_size): $COLUMNS when
 * it is a positive integer, else the width of the terminal on stdout, else 80.
 */
function terminalColumns(): number {
  const fromEnvironment = intFromString(process.env.COLUMNS ?? '');
  if (fromEnvironment !== null && fromEnvironment > 0n) return Number(fromEnvironment);
  return (process.stdout.isTTY && process.stdout.columns) || 80;
}
