// The README's main job: examples/tour.py prints under bin/pyvm exactly what it
// prints under python3.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PYVM_BIN, requireBundle, runInStdlib } from '../support/commandLine';

const TOUR = fileURLToPath(new URL('../../examples/tour.py', import.meta.url));

describe('examples/tour.py', () => {
  it('prints what python3 prints', () => {
    requireBundle();
    const pyvm = runInStdlib(PYVM_BIN, [TOUR]);
    const python = runInStdlib('python3', [TOUR]);
    expect(python.status).toBe(0);
    expect({ status: pyvm.status, stdout: pyvm.stdout, stderr: pyvm.stderr }).toEqual({
      status: python.status,
      stdout: python.stdout,
      stderr: python.stderr,
    });
  });
});
