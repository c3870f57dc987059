// Rewrites test/differential/programs.pending.txt to exactly the corpus programs that
// bin/pyvm does not yet run as python3 does (same comparison as programs.test.ts:
// stdout, last stderr line, exit status; PYTHONHASHSEED=0; both sides run now).
//   npm run build && node test/differential/update_pending.mjs [--check]
// With --check the list is left alone and the exit status says whether it is up to date.
// Prints what changed: programs that now pass (taken off) and that now fail (put on).
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importBundled } from '../../scripts/bundle_and_import.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const check = process.argv.includes('--check');
const unknown = process.argv.slice(2).filter((arg) => arg !== '--check');
if (unknown.length) {
  console.error(`usage: node test/differential/update_pending.mjs [--check]   (unknown: ${unknown.join(' ')})`);
  process.exit(2);
}
if (!existsSync(`${ROOT}dist/pyvm.cjs`)) {
  console.error('dist/pyvm.cjs is missing: run `npm run build` first');
  process.exit(2);
}

// (The bundle lives in a temporary directory, so its own idea of where the corpus is
// would be wrong: every path is passed in from here.)
const PROGRAMS_DIR = fileURLToPath(new URL('programs', import.meta.url));
const PENDING_FILE = fileURLToPath(new URL('programs.pending.txt', import.meta.url));
const { comparePrograms, listPrograms, readPending, pythonProblem, pythonExecutable } = await importBundled(
  `export * from './test/support/programRuns.ts';
   export { pythonExecutable } from './test/support/python.ts';`,
  'update_pending',
);

const programs = listPrograms(PROGRAMS_DIR);
const before = new Set(existsSync(PENDING_FILE) ? readPending(PENDING_FILE) : []);
const started = Date.now();
const comparisons = await comparePrograms(programs, {
  pyvm: `${ROOT}bin/pyvm`,
  python: pythonExecutable(),
  root: PROGRAMS_DIR,
  onlyWhetherDiffers: () => true,
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const problems = comparisons.map(({ program, python }) => pythonProblem(program, python)).filter(Boolean);
for (const problem of problems) console.error(`corpus problem: ${problem}`);

const differing = comparisons.filter((c) => c.difference !== undefined).map((c) => c.program);
const now = new Set(differing);
const fixed = [...before].filter((program) => !now.has(program));
const broken = differing.filter((program) => !before.has(program));
console.log(`${programs.length - differing.length}/${programs.length} programs run as under python3 (${seconds} s)`);
const listed = (label, list) => {
  if (list.length > 40) console.log(`  ${label}: ${list.length} programs`);
  else for (const program of list) console.log(`  ${label}: ${program}`);
};
listed('now passes', fixed);
listed('now differs', broken);

if (check) {
  process.exit(fixed.length || broken.length || problems.length ? 1 : 0);
}
const header = [
  '# Programs under test/differential/programs that bin/pyvm does not yet run as python3 does',
  '# (stdout, last line of stderr, exit status). programs.test.ts requires each listed program',
  '# to still differ and every other program to match. Regenerate after improving the VM:',
  '#   npm run build && node test/differential/update_pending.mjs',
];
writeFileSync(PENDING_FILE, `${[...header, ...differing].join('\n')}\n`);
console.log(`wrote ${differing.length} programs to ${PENDING_FILE}`);
if (problems.length) process.exit(1);
