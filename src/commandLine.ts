// pyvm's command line, shaped like python3's: `pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
// Options are read as CPython reads them (single letters may be combined, `-c` and `-m`
// end the option list); those that tune CPython internals are accepted and ignored.
import { readFileSync } from 'node:fs';
import { runAstCommand } from './runtime/astCommand';
import { runDisCommand } from './runtime/disCommand';
import { defaultLaunchOptions, DIE_BY_SIGINT, type LaunchOptions, runInteractive, runMain, runModuleAsMain } from './runtime/interpreter';
import { resolve } from 'node:path';
import { PYTHON_VERSION, PYVM_VERSION } from './modules/version';
// multiprocessing's fork start method, made of child interpreters.
import './runtime/forkStartMethod';

const USAGE = 'usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...';

const HELP = `${USAGE}
pyvm is a Python ${PYTHON_VERSION} implementation in TypeScript; its options follow python3's.
Options:
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-P     : don't put the script's directory (or the working directory) first on sys.path
-s     : sys.flags.no_user_site (pyvm adds no site directories to sys.path unless a
         program imports site)
-S     : leave out what site adds to builtins (exit, quit, help, copyright, ...)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
-X opt : set implementation-specific option: -X importtime (also PYTHONPROFILEIMPORTTIME)
         shows how long each import takes, -X dev the development mode; pyvm's own:
         -X jit=off : run all code in the interpreter (no compiling to JavaScript)
         -X jit-warmup=N : compile a function after N calls or loop turns
         (PYVM_JIT_WARMUP=N too; 0 compiles everything; PYVM_JIT_LOG=FILE lists
         what is compiled)
-B     : don't cache your modules' compiled code (the library's is cached anyway)
-b, -d, -O, -OO, -q, -v: accepted for compatibility, no effect
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Modules with a built-in -m command:
  ast    python3 -m ast [-a] [-m MODE] [--no-type-comments] [-i N] [FILE]:
         parse FILE with pyvm's parser and print the tree as ast.dump does
  dis    python3 -m dis [FILE]:
         compile FILE with pyvm's compiler and print its bytecode as dis.dis does
Other modules run with -m are found on sys.path and run as __main__.

The Jupyter kernel's commands (pyvm's own, not python3's):
  pyvm kernel -f CONNECTION_FILE
         run the Jupyter kernel (what the kernelspec starts)
  pyvm install [--user | --prefix PREFIX | --sys-prefix] [--name NAME] [--display-name NAME]
         write the kernelspec, so that Jupyter lists pyvm (pyvm install -h for more)
`;

const nativeMainModules: Record<string, (args: string[]) => number> = {
  ast: runAstCommand,
  dis: runDisCommand,
};

const IGNORED_FLAGS = new Set(['b', 'd', 'O', 'q', 'v', 'x', 'R']);

function main(argv: string[]): number {
  const options: LaunchOptions = { ...defaultLaunchOptions(), dontWriteBytecode: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-?') return printHelp();
    if (arg === '--version') return printVersion();
    if (arg === '-' || !arg.startsWith('-') || arg === '--') {
      const rest = arg === '--' ? argv.slice(i + 1) : argv.slice(i);
      return runTarget(rest, options);
    }
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j];
      const attached = arg.slice(j + 1);
      const takeValue = (): string | undefined => (attached !== '' ? attached : argv[++i]);
      switch (flag) {
        case 'h':
          return printHelp();
        case 'V':
          return printVersion();
        case 'c': {
          const code = takeValue();
          if (code === undefined) return usageError('Argument expected for the -c option');
          return runMain(code, '<string>', ['-c', ...argv.slice(i + 1)], options);
        }
        case 'm': {
          const name = takeValue();
          if (name === undefined) return usageError('Argument expected for the -m option');
          const native = nativeMainModules[name];
          if (native) return native(argv.slice(i + 1));
          return runModuleAsMain(name, argv.slice(i + 1), options);
        }
        case 'W':
        case 'X': {
          const value = takeValue();
          if (value === undefined) return usageError(`Argument expected for the -${flag} option`);
          (flag === 'W' ? options.warnOptions : options.xOptions).push(value);
          j = arg.length;
          break;
        }
        case 'E':
          options.ignoreEnvironment = true;
          break;
        case 'I':
          options.isolated = true;
          options.ignoreEnvironment = true;
          break;
        case 'P':
          options.safePath = true;
          break;
        case 's':
          options.noUserSite = true;
          break;
        case 'S':
          options.noSite = true;
          break;
        case 'u':
          options.unbuffered = true;
          break;
        case 'B':
          options.dontWriteBytecode = true;
          break;
        default:
          if (!IGNORED_FLAGS.has(flag)) return usageError(`Unknown option: -${flag}`);
      }
    }
  }
  return runTarget([], options);
}

/** Runs FILE, `-` or (with no target) stdin: interactively when it is a terminal. */
function runTarget(rest: string[], options: LaunchOptions): number {
  const target = rest[0];
  if (target === undefined || target === '-') {
    const argv = target === undefined ? [''] : rest;
    if (target === undefined && process.stdin.isTTY) return runInteractive(options);
    return runMain(readFileSync(0), '<stdin>', argv, options);
  }
  let source: Uint8Array;
  try {
    source = readFileSync(target);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const known: Record<string, [number, string]> = {
      ENOENT: [2, 'No such file or directory'],
      EACCES: [13, 'Permission denied'],
      EISDIR: [21, 'Is a directory'],
    };
    const [errno, strerror] = known[code ?? ''] ?? [0, message];
    process.stderr.write(`pyvm: can't open file '${resolve(target)}': [Errno ${errno}] ${strerror}\n`);
    return 2;
  }
  return runMain(source, target, rest, options);
}

function printHelp(): number {
  process.stdout.write(HELP);
  return 0;
}

function printVersion(): number {
  process.stdout.write(`Python ${PYTHON_VERSION} (pyvm ${PYVM_VERSION})\n`);
  return 0;
}

function usageError(message: string): number {
  process.stderr.write(`${message}\n${USAGE}\nTry \`pyvm -h' for more information.\n`);
  return 2;
}

/**
 * Runs pyvm with the arguments after the program name, and exits with the outcome's status.
 * The Python program has ended then (its threads joined, its atexit functions run, its
 * files flushed), so the process ends at once, as CPython's does, without freeing its
 * objects: left to end by itself, node first tore down V8's heap, 15-20 ms more after
 * `import dataclasses, typing, json, re`. Unless node still holds text for stdout or
 * stderr (written through process.stdout, as `-m dis` prints, to a pipe that was full):
 * then node ends by itself once that is written.
 */
export function runCommandLine(argv: string[]): void {
  const status = main(argv);
  if (status === DIE_BY_SIGINT) process.kill(process.pid, 'SIGINT');
  else if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) process.exitCode = status;
  else process.exit(status);
}
