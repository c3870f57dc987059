// Rewrites test/differential/programs.pending.txt to exactly the corpus programs that
// bin/pyvm does not yet run as python3 does (same comparison as programs.test.ts:
// stdout, last stderr line, exit status; PYTHONHASHSEED=0; both sides run now).
//   npm run build && node test/differential/update_pending.mjs [--check]
// With --check the list is left alone and the exit status says whether it is up to date.
// Prints what changed: programs that now pass (taken off) and that now fail (put on).
import { spawnSync } from 'node:child_process';
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
const PYVM = `${ROOT}bin/pyvm`;
const probe = spawnSync(PYVM, ['--version'], { encoding: 'utf8' });
if (probe.status !== 0) {
  console.error(`bin/pyvm --version failed (run \`npm run build\` first?): ${probe.error?.message ?? probe.stderr.trim()}`);
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
  pyvm: PYVM,
  python: pythonExecutable(),
  root: PROGRAMS_DIR,
  onlyWhetherDiffers: () => true,
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);

// A program python3 itself failed on (a corpus bug, or a run starved of time) says
// nothing about pyvm: it keeps whatever place it had in the list.
const problems = [];
const differing = [];
for (const { program, python, difference } of comparisons) {
  const problem = pythonProblem(program, python);
  if (problem) problems.push(problem);
  if (problem ? before.has(program) : difference !== undefined) differing.push(program);
}
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

for (const problem of problems) console.error(`corpus problem: ${problem}`);
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
