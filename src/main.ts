// The bundle's entry (dist/pyvm.cjs): the command line after `node pyvm.cjs`.
import { runCommandLine } from './commandLine';

runCommandLine(process.argv.slice(2));
