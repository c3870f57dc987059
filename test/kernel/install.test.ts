// `bin/pyvm install`: where it writes the kernelspec (ipykernel's choices: system-wide,
// --user, --prefix), what the kernelspec says, and that Jupyter lists it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYVM } from './kernelClient';
import { environmentWithKernelspec, JUPYTER_PYTHON } from './kernelspec';

const install = (args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(PYVM, ['install', ...args], { encoding: 'utf8', env });

describe('pyvm install', () => {
  it('writes kernel.json with absolute paths and the logos under a prefix', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'pyvm-install-'));
    const run = install(['--prefix', prefix, '--name', 'PyVM-Test', '--display-name', 'Test pyvm']);
    const destination = join(prefix, 'share/jupyter/kernels/pyvm-test');
    expect(run.stdout).toBe(`Installed kernelspec pyvm-test in ${destination}\n`);
    expect(JSON.parse(readFileSync(join(destination, 'kernel.json'), 'utf8'))).toEqual({
      argv: [PYVM, 'kernel', '-f', '{connection_file}'],
      display_name: 'Test pyvm',
      language: 'python',
      metadata: { debugger: false },
    });
    for (const logo of ['logo-32x32.png', 'logo-64x64.png']) expect(existsSync(join(destination, logo))).toBe(true);
  });

  it('installs for the user in the Jupyter data directory', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pyvm-data-'));
    expect(install(['--user'], { ...process.env, JUPYTER_DATA_DIR: dataDir }).status).toBe(0);
    expect(existsSync(join(dataDir, 'kernels/pyvm/kernel.json'))).toBe(true);
  });

  it('refuses --user with a prefix, as jupyter_client does', () => {
    const run = install(['--user', '--prefix', tmpdir()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("can't specify both --user and a prefix");
  });

  it('has argparse help', () => {
    const run = install(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: pyvm install \[-h\] \[--user\] \[--name NAME\]/);
  });

  it.skipIf(!existsSync(JUPYTER_PYTHON) || spawnSync(JUPYTER_PYTHON, ['-c', 'import jupyter_client']).status !== 0)(
    'is listed by jupyter kernelspec list',
    () => {
      const run = spawnSync(JUPYTER_PYTHON, ['-m', 'jupyter_client.kernelspecapp', 'list', '--json'], { env: environmentWithKernelspec(), encoding: 'utf8' });
      const spec = JSON.parse(run.stdout).kernelspecs.pyvm;
      expect(spec.spec).toMatchObject({ display_name: 'pyvm (Python 3.11)', language: 'python' });
      expect(existsSync(join(spec.resource_dir, 'logo-64x64.png'))).toBe(true);
    },
  );
});
