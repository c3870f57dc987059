// The parser's whole-stdlib figure: for every .py file of python3's standard library,
// pyvm's ast.dump (with positions, type comments on) must be byte-identical to
// python3's, or both must raise the same SyntaxError. Prints `N/M files identical`
// and writes each failing file's first difference to a log.
//   node scripts/check_stdlib_ast.mjs [--log FILE]
// python3 dumps in one process while this one parses and compares as dumps arrive.
import { createWriteStream, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBundled } from './bundle_and_import.mjs';

const { stdlibPyFiles, stdlibRoot, pythonParseOutcomes, pyvmParseOutcome, describeDifference } = await importBundled(
  `export { stdlibPyFiles } from './test/support/stdlibSample.ts';
   export { stdlibRoot } from './test/support/python.ts';
   export { pythonParseOutcomes, pyvmParseOutcome, describeDifference } from './test/support/parseOutcome.ts';`,
  'check_stdlib_ast',
);

const PROGRESS_EVERY = 100;
/** A progress line rewritten in place only makes sense on a terminal. */
const showProgress = process.stderr.isTTY === true;

function logPathFromArgs(args) {
  const at = args.indexOf('--log');
  if (at === -1) return join(tmpdir(), 'pyvm-check-stdlib-ast.log');
  if (args[at + 1] === undefined) throw new Error('--log needs a file name');
  return args[at + 1];
}

const logPath = logPathFromArgs(process.argv.slice(2));
const log = createWriteStream(logPath);
const files = stdlibPyFiles();
const requests = files.map((path) => ({
  bytes: readFileSync(join(stdlibRoot(), path)),
  filename: path,
  mode: 'exec',
  typeComments: true,
}));

const started = performance.now();
let compared = 0;
let identical = 0;
for await (const python of pythonParseOutcomes(requests)) {
  const path = files[compared];
  let difference;
  try {
    difference = describeDifference(python, pyvmParseOutcome(requests[compared]));
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
