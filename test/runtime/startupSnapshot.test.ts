// pyvm's start-up snapshot (src/snapshotMain.ts): the build makes one that bin/pyvm
// starts node on, and a process resumed from it is its own process — its environment,
// hash key, pid, clock, timezone and command line — exactly as one that loaded the
// bundle (bin/pyvm-launch.cjs) is.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';

const LAUNCHER = fileURLToPath(new URL('../../bin/pyvm-launch.cjs', import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** bin/pyvm (on the snapshot) and the launcher without it, on the same command line. */
function bothWays(args: string[], env: NodeJS.ProcessEnv = {}): { snapshot: Run; loaded: Run } {
  return { snapshot: run(PYVM_BIN, args, env), loaded: run('node', [LAUNCHER, ...args], env) };
}

const PROCESS_STATE = `
import os, sys, time
print(sys.argv, sys.orig_argv[1:], sys.executable)
print(hash('pyvm'), hash(b'pyvm'), {'a', 'b', 'c', 'd', 'e'})
print(os.getpid() == int(open('/proc/self/stat').read().split()[0]))
print(os.environ.get('PYVM_SNAPSHOT_TEST'), os.environb.get(b'PYVM_SNAPSHOT_TEST'))
print(time.tzname, time.timezone, time.daylight)
print(abs(time.time() - float(os.environ['PYVM_SNAPSHOT_NOW'])) < 30)
print(sys.stdout.line_buffering, sys.path[0])
`;

describe('the start-up snapshot', () => {
  it('is made by the build and used by bin/pyvm', () => {
    requireBundle();
    const { stdout, status } = run(PYVM_BIN, ['-c', "print('--snapshot-blob' in open('/proc/self/cmdline').read())"]);
    expect(status).toBe(0);
    expect(stdout).toBe('True\n');
  });

  it("gives a resumed process its own state, as a process that loaded the bundle has it", () => {
    requireBundle();
    for (const env of [
      { PYTHONHASHSEED: '0', TZ: 'America/New_York' },
      { PYTHONHASHSEED: '4242', TZ: 'Asia/Tokyo' },
      { PYTHONHASHSEED: '7', TZ: 'UTC' },
    ]) {
      const environment = { ...env, PYVM_SNAPSHOT_TEST: 'x\u00e9', PYVM_SNAPSHOT_NOW: String(Date.now() / 1000) };
      const { snapshot, loaded } = bothWays(['-c', PROCESS_STATE, 'one', 'two'], environment);
      expect(snapshot.stderr).toBe('');
      expect(snapshot.status).toBe(0);
      expect(snapshot.stdout).toBe(loaded.stdout);
    }
  });

  it('is found by bin/pyvm however bin/pyvm is named: relative, through symlinks, with . and ..', () => {
    requireBundle();
    const root = dirname(dirname(PYVM_BIN));
    const links = mkdtempSync(join(tmpdir(), 'pyvm-names-'));
    try {
      symlinkSync(root, join(links, 'checkout'));
      symlinkSync(PYVM_BIN, join(links, 'pyvm'));
      const program = "print(sys.executable, '--snapshot-blob' in open('/proc/self/cmdline').read())";
      const names: [string, string][] = [
        [PYVM_BIN, '/'],
        ['bin/pyvm', root],
        ['./pyvm', join(root, 'bin')],
        ['../bin/./pyvm', join(root, 'dist')],
        [join(links, 'checkout', 'bin', 'pyvm'), '/'],
        ['checkout/bin/pyvm', links],
        ['./pyvm', links],
      ];
      for (const [name, cwd] of names) {
        const result = spawnSync(name, ['-c', `import sys; ${program}`], { cwd, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
        expect(`${name} in ${cwd}: ${result.stderr}${result.stdout}`).toBe(`${name} in ${cwd}: ${PYVM_BIN} True\n`);
      }
    } finally {
      rmSync(links, { recursive: true, force: true });
    }
  });

  it('chooses a new hash key in each process without PYTHONHASHSEED', () => {
    requireBundle();
    const hashes = new Set([1, 2, 3].map(() => run(PYVM_BIN, ['-c', "print(hash('pyvm'))"], { PYTHONHASHSEED: '' }).stdout));
    expect(hashes.size).toBe(3);
  });

  it('takes PYTHONHASHSEED as python3 does', () => {
    requireBundle();
    const pyvm = run(PYVM_BIN, ['-c', "print(hash('a'), hash('pyvm'), {'x', 'y', 'z', 'w'})"], { PYTHONHASHSEED: '0' });
    const python = run('python3', ['-c', "print(hash('a'), hash('pyvm'), {'x', 'y', 'z', 'w'})"], { PYTHONHASHSEED: '0' });
    expect(pyvm.stdout).toBe(python.stdout);
  });

  it('starts node without NODE_EXTRA_CA_CERTS, which Python and its children still see as set', () => {
    requireBundle();
    const program = [
      'import os, subprocess',
      // What node started with, which setting process.env leaves as it was.
      "print(any(entry.startswith(b'NODE_EXTRA_CA_CERTS=') for entry in open('/proc/self/environ', 'rb').read().split(b'\\0')))",
      "print(os.environ.get('NODE_EXTRA_CA_CERTS'), [name for name in os.environ if name.startswith('PYVM_')], flush=True)",
      "subprocess.run(['sh', '-c', 'echo \"$NODE_EXTRA_CA_CERTS\"'])",
    ].join('\n');
    const { stdout, status } = run(PYVM_BIN, ['-c', program], { NODE_EXTRA_CA_CERTS: '/nowhere/certificates.pem' });
    expect(status).toBe(0);
    expect(stdout).toBe('False\n/nowhere/certificates.pem []\n/nowhere/certificates.pem\n');
  });

  it('starts node with a GLIBC_TUNABLES of its own, which Python and its children see as it was given', () => {
    requireBundle();
    const program = [
      'import os, subprocess',
      "print(os.environ.get('GLIBC_TUNABLES'), [name for name in os.environ if name.startswith('PYVM_')], flush=True)",
      "subprocess.run(['sh', '-c', 'echo \"${GLIBC_TUNABLES-unset}\"'])",
    ].join('\n');
    const given = run(PYVM_BIN, ['-c', program], { GLIBC_TUNABLES: 'glibc.malloc.tcache_count=7' });
    expect(given.stdout).toBe('glibc.malloc.tcache_count=7 []\nglibc.malloc.tcache_count=7\n');
    const environment = { ...process.env };
    delete environment.GLIBC_TUNABLES;
    const unset = spawnSync(PYVM_BIN, ['-c', program], { env: environment, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
    expect(unset.stdout).toBe('None []\nunset\n');
  });

  it('keeps the options that read the environment', () => {
    requireBundle();
    const program = 'import sys; print(sys.path[:2], sys.dont_write_bytecode, sys.warnoptions, sys._xoptions)';
    for (const options of [['-E'], ['-I'], ['-B', '-W', 'error', '-X', 'dev'], []]) {
      const { snapshot, loaded } = bothWays([...options, '-c', program], { PYTHONPATH: '/nowhere', PYTHONDONTWRITEBYTECODE: '' });
      expect(snapshot.stdout).toBe(loaded.stdout);
    }
  });

  it("holds importlib's bootstrap as a start installs it, and runs without it for another library", () => {
    requireBundle();
    const program = [
      'import sys, _frozen_importlib as bootstrap',
      'print(list(sys.modules), sys._stdlib_dir, bootstrap.__file__, bootstrap.__spec__, sys.meta_path, sys.path_hooks[0])',
      "print([(name, module.__spec__) for name, module in sys.modules.items() if name != '__main__'])",
    ].join('\n');
    const library = run(PYVM_BIN, ['-c', 'import sys; print(sys._stdlib_dir)']).stdout.trim();
    // The same library named otherwise (a trailing slash) is another to the snapshot: its paths differ.
    for (const env of [{}, { PYVM_STDLIB: `${library}/` }]) {
      const { snapshot, loaded } = bothWays(['-c', program], env);
      expect(snapshot.stderr).toBe('');
      expect(snapshot.stdout).toBe(loaded.stdout);
    }
    expect(run(PYVM_BIN, ['-c', 'import _frozen_importlib as b; print(b.__file__)'], { PYVM_STDLIB: `${library}/` }).stdout).toBe(
      `${library}//importlib/_bootstrap.py\n`,
    );
  });
});
