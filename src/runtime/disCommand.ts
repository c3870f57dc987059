// `python -m dis [-h] [infile]`: compiles a file (stdin by default) as a module and
// prints the disassembly of its code, nested code objects included, as CPython 3.11's
// dis module does when run as a program, with the same messages and exit statuses.
import { closeSync, readFileSync } from 'node:fs';
import { dis } from '../bytecode/disassembler';
import { compile } from '../compiler/compile';
import { PyFrontEndError, PySyntaxError } from '../tokenizer/syntaxError';
import { ArgumentParser, type OpenedFile, readableBinaryFile } from './argumentParser';
import { formatSyntaxErrorReport } from './syntaxErrorReport';

/** The command line of dis.py's main(); argparse names the program after the script, dis.py. */
function commandLine(): ArgumentParser {
  const parser = new ArgumentParser('dis.py');
  // dis.py gives its one argument no help text.
  parser.addPositional({ dest: 'infile', default: '-', type: readableBinaryFile, help: '' });
  return parser;
}

/** Runs the command; returns the exit status. Output is written whole, and drains before the process exits. */
export function runDisCommand(args: string[]): number {
  const parsed = commandLine().parse(args);
  if ('exit' in parsed) {
    process.stdout.write(parsed.exit.stdout);
    process.stderr.write(parsed.exit.stderr);
    return parsed.exit.status;
  }
  const file = parsed.values.infile as OpenedFile;
  try {
    process.stdout.write(dis(compile(readWhole(file), file.name, 'exec')));
    return 0;
  } catch (error) {
    if (error instanceof PyFrontEndError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (!(error instanceof PySyntaxError)) throw error;
    process.stderr.write(formatSyntaxErrorReport(error));
    return 1;
  }
}

function readWhole(file: OpenedFile): Uint8Array {
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
