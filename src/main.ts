// The bundle's entry (dist/pyvm.cjs): the command line after `node pyvm.cjs`, or, on a
// worker thread started for one, a multiprocessing child.
import { runCommandLine } from './commandLine';
import { bootChildInterpreter, childInterpreterBoot } from './runtime/forkStartMethod';

const child = childInterpreterBoot();
if (child !== null) bootChildInterpreter(child);
else runCommandLine(process.argv.slice(2));
