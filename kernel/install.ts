// `pyvm install`: writes a kernelspec (kernel.json and the logos) where Jupyter looks
// for kernels, as `python -m ipykernel install` does: system-wide by default, for the
// user with --user, or under a prefix. Its command line is argparse's, as ipykernel's is.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ArgumentParser, reportParserExit } from '../src/runtime/argumentParser';
import { DISPLAY_NAME } from './kernelInfo';

/** The repository (or installed package) root: the bundles live in its dist/. */
const ROOT = resolve(__dirname, '..');
const LOGOS = ['logo-32x32.png', 'logo-64x64.png'];

function commandLine(): ArgumentParser {
  const parser = new ArgumentParser('pyvm install');
  parser.addOption(['--user'], { dest: 'user', action: 'store_true', help: 'Install for the current user instead of system-wide' });
  parser.addOption(['--name'], { dest: 'name', default: 'pyvm', help: 'Specify a name for the kernelspec (default: pyvm).' });
  parser.addOption(['--display-name'], { dest: 'display_name', default: DISPLAY_NAME, help: `Specify the display name for the kernelspec (default: ${DISPLAY_NAME}).` });
  parser.addOption(['--prefix'], { dest: 'prefix', help: 'Specify an install prefix for the kernelspec: it goes to PREFIX/share/jupyter/kernels/NAME.' });
  parser.addOption(['--sys-prefix'], { dest: 'sys_prefix', action: 'store_true', help: "Install to the prefix Node.js is installed in (a shorthand for --prefix), as ipykernel's installs to Python's." });
  return parser;
}

/**
 * The kernelspec: the repository's kernel.json (a template that finds `pyvm` on PATH),
 * made to run this very bin/pyvm, under the display name asked for.
 */
function kernelSpec(displayName: string): { argv: string[]; display_name: string } {
  const template = JSON.parse(readFileSync(join(ROOT, 'kernel.json'), 'utf8')) as { argv: string[]; display_name: string };
  return { ...template, argv: [join(ROOT, 'bin/pyvm'), ...template.argv.slice(1)], display_name: displayName };
}

/** Runs `pyvm install ARGS`; returns the exit status. */
export function runInstallCommand(args: string[]): number {
  const parsed = commandLine().parse(args);
  if ('exit' in parsed) return reportParserExit(parsed.exit);
  const { user, name, display_name: displayName, sys_prefix: sysPrefix } = parsed.values as { user: boolean; name: string; display_name: string; sys_prefix: boolean };
  const prefix = sysPrefix ? dirname(dirname(process.execPath)) : (parsed.values.prefix as string | null);
  if (user && prefix !== null) {
    process.stderr.write("pyvm install: can't specify both --user and a prefix; choose one or the other\n");
    return 2;
  }
  if (!/^[a-z0-9._-]+$/i.test(name)) {
    process.stderr.write(`pyvm install: invalid kernel name ${JSON.stringify(name)}: use ASCII letters, digits, '.', '_' and '-'\n`);
    return 2;
  }
  const destination = join(kernelsDirectory(user, prefix), name.toLowerCase());
  try {
    rmSync(destination, { recursive: true, force: true });
    mkdirSync(destination, { recursive: true });
    writeFileSync(join(destination, 'kernel.json'), `${JSON.stringify(kernelSpec(displayName), null, 1)}\n`);
    for (const logo of LOGOS) copyFileSync(join(ROOT, 'kernel/logos', logo), join(destination, logo));
  } catch (error) {
    process.stderr.write(`pyvm install: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`Installed kernelspec ${name.toLowerCase()} in ${destination}\n`);
  return 0;
}

/** Where jupyter_client installs kernelspecs (its KernelSpecManager._get_destination_dir). */
function kernelsDirectory(user: boolean, prefix: string | null): string {
  if (user) return join(process.env.JUPYTER_DATA_DIR ?? join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local/share'), 'jupyter'), 'kernels');
  if (prefix !== null) return join(resolve(prefix), 'share/jupyter/kernels');
  return '/usr/local/share/jupyter/kernels';
}
