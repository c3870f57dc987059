// The driver both whole-stdlib checks share: python3's answers stream in (one per file,
// in order) while pyvm's are computed and compared; each difference goes to a log, and
// the figure `N/M files identical` is printed. Exit status 1 when any file differs.
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROGRESS_EVERY = 100;

/** The log file: `--log FILE` among the arguments, else pyvm-<name>.log in the temporary directory. */
function logPathFromArgs(args, name) {
  const at = args.indexOf('--log');
  if (at === -1) return join(tmpdir(), `pyvm-${name}.log`);
  if (args[at + 1] === undefined) throw new Error('--log needs a file name');
  return args[at + 1];
}

/**
 * Compares python3's outcomes (an async iterable, one per file) with pyvm's:
 * `difference(pythonOutcome, index)` returns null when they agree, else a description.
 */
export async function checkStdlib({ name, files, pythonOutcomes, difference }) {
  const logPath = logPathFromArgs(process.argv.slice(2), name);
  const log = createWriteStream(logPath);
  // A progress line rewritten in place only makes sense on a terminal.
  const showProgress = process.stderr.isTTY === true;
  const started = performance.now();
  let compared = 0;
  let identical = 0;
  for await (const python of pythonOutcomes) {
    let described;
    try {
      described = difference(python, compared);
    } catch (error) {
      described = `pyvm crashed: ${error instanceof Error ? error.stack : error}`;
    }
    if (described === null) identical++;
    else log.write(`==== ${files[compared]}\n${described}\n\n`);
    compared++;
    if (showProgress && compared % PROGRESS_EVERY === 0) process.stderr.write(`  ${compared}/${files.length} files compared\r`);
  }
  if (showProgress) process.stderr.write('\n');
  await new Promise((resolve) => log.end(resolve));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${identical}/${files.length} files identical (${seconds} s); differences logged in ${logPath}`);
  process.exitCode = identical === files.length ? 0 : 1;
}
