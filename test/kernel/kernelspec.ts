// A pyvm kernelspec installed under a temporary prefix (`bin/pyvm install --prefix`),
// for the tests that drive Jupyter's own clients: they find it through JUPYTER_PATH.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYVM } from './kernelClient';

/** Debian's CPython, which has the Jupyter packages (the python3 on PATH is the oracle, without them). */
export const JUPYTER_PYTHON = '/usr/bin/python3';

/** Installs the kernelspec; returns the environment under which Jupyter clients find it. */
export function environmentWithKernelspec(): NodeJS.ProcessEnv {
  const prefix = mkdtempSync(join(tmpdir(), 'pyvm-kernelspec-'));
  execFileSync(PYVM, ['install', '--prefix', prefix], { stdio: 'ignore' });
  return {
    ...process.env,
    JUPYTER_PATH: join(prefix, 'share/jupyter'),
    // Where the kernel keeps its history: not the user's.
    JUPYTER_DATA_DIR: join(prefix, 'data'),
    // Debian's debugpy warns about frozen modules on every start otherwise.
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
  };
}
