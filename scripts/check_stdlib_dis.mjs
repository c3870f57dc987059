// The compiler's whole-stdlib figure: for every .py file of python3's standard library,
// what `pyvm -m dis FILE` prints (pyvm's compile() then its disassembler, run in-process)
// must be byte-identical to what `python3 -m dis FILE` prints, code object addresses
// masked; or both must reject the file with the same error at the same place. Prints
// `N/M files identical` and writes each failing file's first difference to a log.
//   node scripts/check_stdlib_dis.mjs [--log FILE]
// python3 compiles and disassembles in one process while this one compiles and compares
// as its answers arrive. Both hash with PYTHONHASHSEED=0, so that frozenset constants,
// which list their items in hash order, list them in the same order.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from './bundle_and_import.mjs';
import { checkStdlib } from './stdlib_check.mjs';

const {
  compile,
  dis,
  setHashSeed,
  errorFacts,
  stdlibPyFiles,
  stdlibRoot,
  pythonCompile,
  maskAddresses,
  firstDifference,
} = await importBundled(
  `export { compile } from './src/compiler/compile.ts';
   export { setHashSeed } from './src/objects/hashSecret.ts';
   export { dis } from './src/bytecode/disassembler.ts';
   export { errorFacts } from './test/support/parseOutcome.ts';
   export { stdlibPyFiles } from './test/support/stdlibSample.ts';
   export { stdlibRoot } from './test/support/python.ts';
   export { pythonCompile, maskAddresses, firstDifference } from './test/bytecode/pythonCode.ts';`,
  'check_stdlib_dis',
);

/** The oracle's script, found from here: the bundle runs from a temporary directory. */
const EXPORT_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'bytecode', 'export_code.py');

/** What `pyvm -m dis` makes of a file: the disassembly, or the error's facts as python3's side reports them. */
function pyvmOutcome({ source, filename }) {
  try {
    return { dis: dis(compile(source, filename, 'exec')) };
  } catch (error) {
    return { error: errorFacts(error) };
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
const files = stdlibPyFiles();
// As `python3 -m dis PATH` run in the stdlib directory: the path is the code's filename.
const requests = files.map((path) => ({ source: readFileSync(join(stdlibRoot(), path)), filename: path }));

await checkStdlib({
  name: 'check-stdlib-dis',
  files,
  pythonOutcomes: pythonCompile(requests, EXPORT_SCRIPT),
  difference: (python, index) => describeDifference(python, pyvmOutcome(requests[index])),
});
