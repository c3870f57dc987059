// The compiler's whole-stdlib figure: for every .py file of python3's standard library,
// what `pyvm -m dis FILE` prints (pyvm's compile() then its disassembler, run in-process)
// must be byte-identical to what `python3 -m dis FILE` prints, code object addresses
// masked; or both must reject the file with the same error at the same place. Prints
// `N/M files identical` and writes each failing file's first difference to a log.
//   node scripts/check_stdlib_dis.mjs [--log FILE]
// python3 compiles and disassembles in one process while this one compiles and compares
// as its answers arrive. Both hash with PYTHONHASHSEED=0, so that frozenset constants,
// which list their items in hash order, list them in the same order.
import { createWriteStream, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from './bundle_and_import.mjs';

const {
  compile,
  dis,
  setHashSeed,
  PyFrontEndError,
  PySyntaxError,
  stdlibPyFiles,
  stdlibRoot,
  pythonCompile,
  maskAddresses,
  firstDifference,
} = await importBundled(
  `export { compile } from './src/compiler/compile.ts';
   export { setHashSeed } from './src/objects/hashSecret.ts';
   export { dis } from './src/bytecode/disassembler.ts';
   export { PyFrontEndError, PySyntaxError } from './src/tokenizer/syntaxError.ts';
   export { stdlibPyFiles } from './test/support/stdlibSample.ts';
   export { stdlibRoot } from './test/support/python.ts';
   export { pythonCompile, maskAddresses, firstDifference } from './test/bytecode/pythonCode.ts';`,
  'check_stdlib_dis',
);

/** The oracle's script, found from here: the bundle runs from a temporary directory. */
const EXPORT_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'bytecode', 'export_code.py');
const PROGRESS_EVERY = 100;
/** A progress line rewritten in place only makes sense on a terminal. */
const showProgress = process.stderr.isTTY === true;

function logPathFromArgs(args) {
  const at = args.indexOf('--log');
  if (at === -1) return join(tmpdir(), 'pyvm-check-stdlib-dis.log');
  if (args[at + 1] === undefined) throw new Error('--log needs a file name');
  return args[at + 1];
}

/** What `pyvm -m dis` makes of a file: the disassembly, or the error's facts as python3's side reports them. */
function pyvmOutcome({ source, filename }) {
  try {
    return { dis: dis(compile(source, filename, 'exec')) };
  } catch (error) {
    if (error instanceof PyFrontEndError) {
      return { error: { kind: error.kind, msg: error.msg, lineno: null, offset: null, end_lineno: null, end_offset: null, text: null } };
    }
    if (!(error instanceof PySyntaxError)) throw error;
    const { lineno, offset, end_lineno, end_offset, text } = error.location;
    return { error: { kind: error.kind, msg: error.msg, lineno, offset, end_lineno, end_offset, text } };
  }
}

/** null when both outcomes are the same, else where they first differ. */
function describeDifference(python, pyvm) {
  if ('error' in python || 'error' in pyvm) {
    const expected = JSON.stringify(python.error ?? 'a disassembly');
    const actual = JSON.stringify(pyvm.error ?? 'a disassembly');
    return expected === actual ? null : `python3 gives ${expected}\npyvm gives    ${actual}`;
  }
  return firstDifference(maskAddresses(python.dis), maskAddresses(pyvm.dis));
}

setHashSeed(0);
const logPath = logPathFromArgs(process.argv.slice(2));
const log = createWriteStream(logPath);
const files = stdlibPyFiles();
// As `python3 -m dis PATH` run in the stdlib directory: the path is the code's filename.
const requests = files.map((path) => ({ source: readFileSync(join(stdlibRoot(), path)), filename: path }));

const started = performance.now();
let compared = 0;
let identical = 0;
for await (const python of pythonCompile(requests, EXPORT_SCRIPT)) {
  const path = files[compared];
  let difference;
  try {
    difference = describeDifference(python, pyvmOutcome(requests[compared]));
  } catch (error) {
    difference = `pyvm crashed: ${error instanceof Error ? error.stack : error}`;
  }
  compared++;
  if (difference === null) identical++;
  else log.write(`==== ${path}\n${difference}\n\n`);
  if (showProgress && compared % PROGRESS_EVERY === 0) process.stderr.write(`  ${compared}/${files.length} files compared\r`);
}
if (showProgress) process.stderr.write('\n');
await new Promise((resolve) => log.end(resolve));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${identical}/${files.length} files identical (${seconds} s); differences logged in ${logPath}`);
process.exitCode = identical === files.length ? 0 : 1;
