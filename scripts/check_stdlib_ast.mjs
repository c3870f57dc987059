// The parser's whole-stdlib figure: for every .py file of python3's standard library,
// pyvm's ast.dump (with positions, type comments on) must be byte-identical to
// python3's, or both must raise the same SyntaxError. Prints `N/M files identical`
// and writes each failing file's first difference to a log.
//   node scripts/check_stdlib_ast.mjs [--log FILE]
// python3 dumps in one process while this one parses and compares as dumps arrive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBundled } from './bundle_and_import.mjs';
import { checkStdlib } from './stdlib_check.mjs';

const { stdlibPyFiles, stdlibRoot, pythonParseOutcomes, pyvmParseOutcome, describeDifference } = await importBundled(
  `export { stdlibPyFiles } from './test/support/stdlibSample.ts';
   export { stdlibRoot } from './test/support/python.ts';
   export { pythonParseOutcomes, pyvmParseOutcome, describeDifference } from './test/support/parseOutcome.ts';`,
  'check_stdlib_ast',
);

const files = stdlibPyFiles();
const requests = files.map((path) => ({
  bytes: readFileSync(join(stdlibRoot(), path)),
  filename: path,
  mode: 'exec',
  typeComments: true,
}));

await checkStdlib({
  name: 'check-stdlib-ast',
  files,
  pythonOutcomes: pythonParseOutcomes(requests),
  difference: (python, index) => describeDifference(python, pyvmParseOutcome(requests[index])),
});
