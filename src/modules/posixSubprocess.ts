// The _posixsubprocess module, which subprocess.py imports at start (and asyncio with
// it). Its one function forks and execs a child; pyvm cannot fork, and node:child_process
// starts children only to talk to them on Node's own event loop, which does not turn
// while Python code runs. So starting a child fails, as fork() does where there is none:
// OSError ENOSYS. Everything else in subprocess (and asyncio) imports and works.
import { newModule } from '../objects/module';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { systemError } from './io/osErrors';

const posixSubprocessModule = newModule('_posixsubprocess', 'A POSIX helper for the subprocess module.');
registerBuiltinModule('_posixsubprocess', () => posixSubprocessModule);

const ENOSYS = 38;

defineFunction(posixSubprocessModule, 'fork_exec', () => {
  throw systemError(ENOSYS);
});
