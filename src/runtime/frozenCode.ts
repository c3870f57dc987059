// The code of the frozen modules: compiled from the library's source under its
// "<frozen NAME>" filename, or read from the code cache pyvm keeps beside its build. _imp.get_frozen_object hands it
// out (impModule.ts cannot import the cache itself: it must stay below sys).
import type { CodeObject } from '../bytecode/code';
import { frozenSource } from './frozenModules';
import { frozenModuleCode } from './codeCache';
import { setFrozenCodeMaker } from './impModule';

export function frozenCode(name: string): CodeObject | undefined {
  const source = frozenSource(name);
  return source === undefined ? undefined : frozenModuleCode(source.file, source.codeFilename);
}

setFrozenCodeMaker(frozenCode);
