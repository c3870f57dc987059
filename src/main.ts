// The bundle's entry (dist/pyvm.cjs): the command line after `node pyvm.cjs`, or, on a
// worker thread started for one, a multiprocessing child.
import { runCommandLine } from './commandLine';
import { childInterpreterSetup, runChildInterpreter } from './runtime/forkStartMethod';

const child = childInterpreterSetup();
if (child !== null) runChildInterpreter(child);
else runCommandLine(process.argv.slice(2));
