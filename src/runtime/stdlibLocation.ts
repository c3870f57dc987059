// Where CPython 3.11's pure-Python standard library is: pyvm runs it from there,
// unmodified. PYVM_STDLIB wins (when it is one); else the answer the build recorded from python3
// (dist/stdlib-path.txt); else python3.11 or python3 is asked now; else the usual
// install locations. null when there is none: a start then says what to install, and
// imports of library modules fail.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atProcessStart } from '../objects/processStart';

const RECORDED = new URL('./stdlib-path.txt', import.meta.url);

/** What a start without a library says (only built-in modules can then be imported). */
export const MISSING_STDLIB =
  "pyvm: CPython 3.11's standard library was not found: install python3.11 (Debian: apt-get install python3.11)\n" +
  'or set PYVM_STDLIB to its directory (the one holding os.py); only built-in modules can be imported\n';
const USUAL = ['/usr/lib/python3.11', '/usr/local/lib/python3.11'];

function isStdlib(directory: string): boolean {
  return existsSync(join(directory, 'os.py')) && existsSync(join(directory, 'collections', '__init__.py'));
}

function askPython(): string | null {
  for (const python of ['python3.11', 'python3']) {
    try {
      const answer = execFileSync(python, ['-c', 'import sys, sysconfig; print(sysconfig.get_path("stdlib") if sys.version_info[:2] == (3, 11) else "")'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (answer !== '') return answer;
    } catch {
      // Not installed: try the next.
    }
  }
  return null;
}

// Asked once a process: every module the import system finds consults it, and each
// answer costs a read and a few stats (the environment is the process's: it is
// forgotten when a process resumes from the start-up snapshot).
let found: string | null | undefined;
atProcessStart(() => {
  found = undefined;
});

export function findStdlib(): string | null {
  if (found === undefined) found = locateStdlib();
  return found;
}

/** The library as this process's environment finds it now (findStdlib keeps the answer). */
export function locateStdlib(): string | null {
  const fromEnvironment = process.env.PYVM_STDLIB;
  // (One that is no library counts as none: library imports then say what to install.)
  if (fromEnvironment) return isStdlib(fromEnvironment) ? fromEnvironment : null;
  if (existsSync(RECORDED)) {
    const recorded = readFileSync(RECORDED, 'utf8').trim();
    if (isStdlib(recorded)) return recorded;
  }
  const asked = askPython();
  if (asked !== null && isStdlib(asked)) return asked;
  return USUAL.find(isStdlib) ?? null;
}

/** pyvm's own Python library, pylib/ beside dist/ (what notebooks import, and runtime/pyvmLibrary's modules), ending in '/'. */
export function pyvmLibraryDirectory(): string {
  return fileURLToPath(new URL('../pylib/', import.meta.url));
}
