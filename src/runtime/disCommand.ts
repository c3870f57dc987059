// `python -m dis [-h] [infile]`: compiles a file (stdin by default) as a module and
// prints the disassembly of its code, nested code objects included, as CPython 3.11's
// dis module does when run as a program, with the same messages and exit statuses.
import { dis } from '../bytecode/disassembler';
import { compile } from '../compiler/compile';
import type { CompileWarning } from '../compiler/syntaxWarnings';
import { ArgumentParser, type OpenedFile, readableBinaryFile, readWholeFile, reportParserExit } from './argumentParser';
import { reportFrontEndFailure } from './syntaxErrorReport';
import { formatWarning } from './warningReport';

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
  if ('exit' in parsed) return reportParserExit(parsed.exit);
  const file = parsed.values.infile as OpenedFile;
  try {
    const warn = (warning: CompileWarning): boolean => {
      process.stderr.write(formatWarning(warning));
      return false;
    };
    process.stdout.write(dis(compile(readWholeFile(file), file.name, 'exec', { warn })));
    return 0;
  } catch (error) {
    return reportFrontEndFailure(error);
  }
}

