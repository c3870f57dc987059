// pylib/pyvm_kernel/dis_view.py, the listing behind %dis and %%dis: for each object of
// test/pylib/dis_samples.py (and a few cells, compiled as %%dis compiles them), its
// text/plain under pyvm must equal what python3's dis.dis prints for the same object
// (PYTHONHASHSEED=0 on both sides, addresses aside), and its text/html must hold what
// dis_listing_check.py checks (every instruction once, jump arrows to rows that exist,
// the exception table as brackets over the rows each entry covers, stack depths never
// negative with co_stacksize as their maximum, nested code objects as <details> down to
// --depth). Both sides run in this test run: the expectation is today's python3.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PYVM_BIN, requireBundle } from '../support/commandLine';
import { pythonJson } from '../support/python';

const CHECK_SCRIPT = fileURLToPath(new URL('./dis_listing_check.py', import.meta.url));
const PYLIB = fileURLToPath(new URL('../../pylib', import.meta.url));
const ENV = { ...process.env, PYTHONHASHSEED: '0', PYTHONPATH: PYLIB };
/** A listing of a 200-instruction function must stay well under this. */
const HTML_BUDGET = 200_000;

interface Expected {
  name: string;
  text: string;
}

interface Actual extends Expected {
  problems: string[];
  html_size: number;
}

/** Code objects print as `<code object f at 0x7f..., ...>`: addresses differ between processes. */
const withoutAddresses = (text: string) => text.replace(/ at 0x[0-9a-f]+/g, ' at 0x');

describe('%dis listings', () => {
  let expected: Expected[] = [];
  let actual: Actual[] = [];

  beforeAll(async () => {
    requireBundle();
    const pyvm = promisify(execFile)(PYVM_BIN, [CHECK_SCRIPT, 'actual'], { env: ENV, maxBuffer: 1 << 26 });
    expected = (await pythonJson([CHECK_SCRIPT, 'expected'], null, ENV)) as Expected[];
    actual = (await pyvm).stdout.trim().split('\n').map((line) => JSON.parse(line) as Actual);
  });

  it('lists at least 30 objects of every kind, on both sides', () => {
    expect(expected.length).toBeGreaterThanOrEqual(30);
    expect(actual.map((listing) => listing.name)).toEqual(expected.map((listing) => listing.name));
  });

  it('has text/plain identical to python3 dis.dis for each object', () => {
    const differing = actual
      .filter((listing, i) => withoutAddresses(listing.text) !== withoutAddresses(expected[i].text))
      .map((listing) => listing.name);
    expect(differing).toEqual([]);
    // One full comparison shown whole, so that a failure above can be read.
    expect(withoutAddresses(actual[1].text)).toBe(withoutAddresses(expected[1].text));
  });

  it('has text/html with every instruction, jump, exception range, stack depth and nested code object', () => {
    const problems = actual.flatMap((listing) => listing.problems.map((problem) => `${listing.name}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('keeps the HTML small', () => {
    const big = actual.find((listing) => listing.name.startsWith('big'))!;
    // 485 instructions and 200 cache entries.
    expect(big.html_size).toBeLessThan(HTML_BUDGET);
    for (const listing of actual.filter((other) => other !== big)) expect(listing.html_size, listing.name).toBeLessThan(HTML_BUDGET / 4);
  });
});
