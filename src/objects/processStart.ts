// State that belongs to the process rather than to pyvm's code: what the environment,
// the clock, the process id and the terminal say. pyvm can start from a V8 start-up
// snapshot (src/snapshotMain.ts) taken after its runtime was initialised by another
// process, the build; what each module derived from its process at load time is
// derived again, through these hooks, before the resumed process runs anything.

const hooks: (() => void)[] = [];

/**
 * Whether this process builds a start-up snapshot (`node --build-snapshot`): then
 * nothing of it may be kept, and the hooks wait for the processes that resume.
 */
export const buildingSnapshot = process.execArgv.includes('--build-snapshot');

/** Runs `initialise` now (unless building a snapshot), and first thing in every process resumed from a start-up snapshot. */
export function atProcessStart(initialise: () => void): void {
  hooks.push(initialise);
  if (!buildingSnapshot) initialise();
}

/**
 * How pyvm was invoked, after node's own options: the bundle's path and the command
 * line in a process node started on the bundle; in one resumed from a snapshot, the path
 * of the launcher that would have run it otherwise (so that both report the same), then
 * the command line.
 */
let invocation: () => string[] = () => process.argv.slice(1);

export function programInvocation(): string[] {
  return invocation();
}

/** Called first in a process resumed from a start-up snapshot: `launcher` stands where the bundle's path was. */
export function resumeFromSnapshot(launcher: string): void {
  invocation = () => [launcher, ...process.argv.slice(1)];
  for (const initialise of hooks) initialise();
}
