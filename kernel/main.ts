// The entry point of dist/kernel.cjs, which bin/pyvm runs for its two commands that are
// not python3's: `pyvm kernel -f CONNECTION_FILE` (what a kernelspec starts) and
// `pyvm install [...]` (writing that kernelspec).
import { ChannelBindError } from './channels';
import { ConnectionFileError, readConnectionFile } from './connectionFile';
import { runInstallCommand } from './install';
import { Kernel } from './kernel';
import { log } from './log';

const KERNEL_USAGE = 'usage: pyvm kernel -f CONNECTION_FILE';

async function runKernel(args: string[]): Promise<number> {
  const flag = args.indexOf('-f');
  const path = flag >= 0 ? args[flag + 1] : args.find((arg) => arg.startsWith('--f='))?.slice(4);
  if (path === undefined) {
    process.stderr.write(`${KERNEL_USAGE}\n`);
    return 2;
  }
  try {
    const kernel = await Kernel.start(readConnectionFile(path));
    // Jupyter's default way to interrupt a kernel is SIGINT to its process.
    process.on('SIGINT', () => kernel.interrupt());
  } catch (error) {
    if (!(error instanceof ConnectionFileError || error instanceof ChannelBindError)) throw error;
    log(error.message);
    return 1;
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'install') return runInstallCommand(args);
  if (command === 'kernel') return runKernel(args);
  process.stderr.write(`${KERNEL_USAGE}\n       pyvm install [-h] [--user] [--name NAME] [--display-name DISPLAY_NAME] [--prefix PREFIX] [--sys-prefix]\n`);
  return 2;
}

void main(process.argv.slice(2)).then((status) => {
  if (status !== 0) process.exitCode = status;
});
