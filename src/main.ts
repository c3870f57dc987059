// pyvm's command line, shaped like python3's: `pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
// Until the VM runs programs, the modules pyvm can run with -m are the ones it
// implements natively (today `ast` and `dis`); everything else says plainly what is missing.
import { readFileSync } from 'node:fs';
import { runAstCommand } from './runtime/astCommand';
import { runDisCommand } from './runtime/disCommand';
import { runMain, setArgv } from './runtime/interpreter';
import { resolve } from 'node:path';

const PYTHON_VERSION = '3.11.7';

const USAGE = 'usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...';

const HELP = `${USAGE}
pyvm is a Python ${PYTHON_VERSION} implementation in TypeScript; its options follow python3's.
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin
arg ...: arguments passed to program in sys.argv[1:]

Modules runnable with -m today:
  ast    python3 -m ast [-a] [-m MODE] [--no-type-comments] [-i N] [FILE]:
         parse FILE with pyvm's parser and print the tree as ast.dump does
  dis    python3 -m dis [FILE]:
         compile FILE with pyvm's compiler and print its bytecode as dis.dis does
`;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const nativeMainModules: Record<string, (args: string[]) => number> = {
  ast: runAstCommand,
  dis: runDisCommand,
};

function main(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '-?' || arg === '--help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (arg === '-V' || arg === '--version') {
      process.stdout.write(`Python ${PYTHON_VERSION} (pyvm ${packageVersion()})\n`);
      return 0;
    }
    if (arg === '-m') {
      const name = argv[i + 1];
      if (name === undefined) return usageError('Argument expected for the -m option');
      const run = nativeMainModules[name];
      if (run) return run(argv.slice(i + 2));
      return notYet(`running module '${name}'`);
    }
    if (arg === '-c') {
      const code = argv[i + 1];
      if (code === undefined) return usageError('Argument expected for the -c option');
      setArgv(['-c', ...argv.slice(i + 2)]);
      return runMain(code, '<string>');
    }
    if (arg.startsWith('-') && arg !== '-') return usageError(`Unknown option: ${arg}`);
    if (arg === '-') {
      setArgv(['-', ...argv.slice(i + 1)]);
      return runMain(readFileSync(0), '<stdin>');
    }
    let source: Uint8Array;
    try {
      source = readFileSync(arg);
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      const errno = code === 'ENOENT' ? 2 : code === 'EACCES' ? 13 : code === 'EISDIR' ? 21 : 0;
      const strerror = code === 'ENOENT' ? 'No such file or directory' : code === 'EACCES' ? 'Permission denied' : code === 'EISDIR' ? 'Is a directory' : message;
      process.stderr.write(`${process.argv[1] ? 'pyvm' : 'pyvm'}: can't open file '${resolve(arg)}': [Errno ${errno}] ${strerror}\n`);
      return 2;
    }
    setArgv(argv.slice(i));
    return runMain(source, arg);
  }
  return notYet('the interactive REPL');
}

function usageError(message: string): number {
  process.stderr.write(`${message}\n${USAGE}\nTry \`pyvm -h' for more information.\n`);
  return 2;
}

function notYet(what: string): number {
  process.stderr.write(`pyvm: ${what} needs the bytecode VM, which is not built yet\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
