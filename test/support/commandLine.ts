// Running `bin/pyvm` and python3 as programs, for the tests that compare their command
// lines: both run in the stdlib directory, so relative FILE arguments name stdlib files.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stdlibRoot } from './python';

export const PYVM_BIN = fileURLToPath(new URL('../../bin/pyvm', import.meta.url));
const PYVM_BUNDLE = fileURLToPath(new URL('../../dist/pyvm.cjs', import.meta.url));
export const CLI_TIMEOUT_MS = 60_000;

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** bin/pyvm runs the bundle, which the build makes. */
export function requireBundle(): void {
  if (!existsSync(PYVM_BUNDLE)) throw new Error('dist/pyvm.cjs is missing: run `npm run build` first');
}

/** Runs `command args` in the stdlib directory with `input` on stdin and `env` added to the environment. */
export function runInStdlib(command: string, args: string[], input = '', env: NodeJS.ProcessEnv = {}): CommandResult {
  const result = spawnSync(command, args, {
    cwd: stdlibRoot(),
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
