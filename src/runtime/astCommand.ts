// `python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a] [-i INDENT] [infile]`:
// parses a file (stdin by default) and prints its tree as CPython 3.11's ast module
// does when run as a program, with the same options, messages and exit statuses.
import { checkAstDepth } from '../ast/depthLimit';
import { dump } from '../ast/dump';
import { intFromString } from '../objects/intFromString';
import { parse } from '../parser/parser';
import { type ArgumentType, ArgumentParser, type OpenedFile, readableBinaryFile, readWholeFile, reportParserExit } from './argumentParser';
import { reportFrontEndFailure } from './syntaxErrorReport';

const MODES = ['exec', 'single', 'eval', 'func_type'] as const;
type Mode = (typeof MODES)[number];

/** Python's int() as an argument type. */
const pythonInt: ArgumentType<number> = {
  name: 'int',
  convert(text) {
    const value = intFromString(text);
    return value === null ? undefined : Number(value);
  },
};

/** The command line of ast.py's main(), option for option. */
function commandLine(): ArgumentParser {
  const parser = new ArgumentParser('python -m ast');
  parser.addPositional({
    dest: 'infile',
    default: '-',
    type: readableBinaryFile,
    help: 'the file to parse; defaults to stdin',
  });
  parser.addOption(['-m', '--mode'], {
    dest: 'mode',
    default: 'exec',
    choices: MODES,
    help: 'specify what kind of code must be parsed',
  });
  parser.addOption(['--no-type-comments'], {
    dest: 'no_type_comments',
    action: 'store_false',
    help: "don't add information about type comments",
  });
  parser.addOption(['-a', '--include-attributes'], {
    dest: 'include_attributes',
    action: 'store_true',
    help: 'include attributes such as line numbers and column offsets',
  });
  parser.addOption(['-i', '--indent'], {
    dest: 'indent',
    type: pythonInt,
    default: 3,
    help: 'indentation of nodes (number of spaces)',
  });
  return parser;
}

/** Runs the command; returns the exit status. Output is written whole, and drains before the process exits. */
export function runAstCommand(args: string[]): number {
  const parsed = commandLine().parse(args);
  if ('exit' in parsed) return reportParserExit(parsed.exit);
  const { infile, mode, no_type_comments: typeComments, include_attributes: includeAttributes, indent } = parsed.values;
  const file = infile as OpenedFile;
  const source = readWholeFile(file);
  // `--mode=--` and `--indent=--` give an empty list (argparse drops the '--'), on which ast.py fails.
  if (Array.isArray(mode)) return typeError("compile() argument 'mode' must be str, not list");
  try {
    const tree = parse(source, {
      filename: file.name,
      mode: mode as Mode,
      typeComments: typeComments as boolean,
    });
    checkAstDepth(tree);
    if (Array.isArray(indent)) return typeError("can't multiply sequence by non-int of type 'list'");
    process.stdout.write(`${dump(tree, { includeAttributes: includeAttributes as boolean, indent: indent as number })}\n`);
    return 0;
  } catch (error) {
    return reportFrontEndFailure(error);
  }
}


/** The last line of the traceback Python prints for a TypeError; status 1, as for any uncaught exception. */
function typeError(message: string): number {
  process.stderr.write(`TypeError: ${message}\n`);
  return 1;
}
