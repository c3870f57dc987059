// -X importtime (or PYTHONPROFILEIMPORTTIME): each import that finds and loads a module
// writes to the process's stderr, as it ends, the microseconds it took by itself and with
// the imports it made, indented by how deeply it is nested, as CPython's import does.
// (pyvm's start-up snapshot has the modules of its own start-up imported already: only
// the imports made after it show, where CPython's list begins with its start-up's.)
import { stderr } from '../modules/consoleStream';

const HEADER = 'import time: self [us] | cumulative | imported package\n';

const importTime = {
  enabled: false,
  /** How many timed imports enclose the running one. */
  depth: 0,
  /** The time spent so far in the imports nested in the running one, in ms. */
  nestedMs: 0,
};

export function enableImportTime(): void {
  if (importTime.enabled) return;
  importTime.enabled = true;
  stderr.write(HEADER);
}

/** Runs `load`, the finding and loading of `fullname`, timed when -X importtime asks. */
export function timedImport<T>(fullname: string, load: () => T): T {
  if (!importTime.enabled) return load();
  const nestedBefore = importTime.nestedMs;
  importTime.nestedMs = 0;
  importTime.depth++;
  const start = performance.now();
  try {
    return load();
  } finally {
    const cumulative = performance.now() - start;
    importTime.depth--;
    const self = microseconds(cumulative - importTime.nestedMs).padStart(9);
    stderr.write(`import time: ${self} | ${microseconds(cumulative).padStart(10)} | ${'  '.repeat(importTime.depth)}${fullname}\n`);
    importTime.nestedMs = nestedBefore + cumulative;
  }
}

function microseconds(ms: number): string {
  return String(Math.ceil(ms * 1000));
}
