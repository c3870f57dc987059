// The code of the frozen modules: compiled from the library's source under its
// "<frozen NAME>" filename, or read from the code cache pyvm keeps beside its build. _imp.get_frozen_object hands it
// out (impModule.ts cannot import the cache itself: it must stay below sys).
//
// The build of pyvm's start-up snapshot (src/snapshotMain.ts) reads the code of the
// modules start-up runs (and of a few most programs import) ahead, so that a process resumed from it need not unmarshal
// them: a process takes such code once, when its source still has the mtime and size
// it had (as the code cache checks it).
import { statSync } from 'node:fs';
import type { CodeObject } from '../bytecode/code';
import { frozenSource } from './frozenModules';
import { frozenModuleCode } from './codeCache';
import { setFrozenCodeMaker } from './impModule';

interface CodeReadAhead {
  readonly code: CodeObject;
  readonly file: string;
  readonly mtimeMs: number;
  readonly size: number;
}

const readAhead = new Map<string, CodeReadAhead>();

/** Reads the code of the frozen modules `names` now, for a later frozenCode. */
export function readFrozenCodeAhead(names: readonly string[]): void {
  for (const name of names) {
    const source = frozenSource(name);
    if (source === undefined) continue;
    const { mtimeMs, size } = statSync(source.file);
    readAhead.set(name, { code: frozenModuleCode(source.file, source.codeFilename), file: source.file, mtimeMs, size });
  }
}

function takeReadAhead(name: string, file: string): CodeObject | undefined {
  const ahead = readAhead.get(name);
  if (ahead === undefined) return undefined;
  readAhead.delete(name);
  try {
    const { mtimeMs, size } = statSync(file);
    return ahead.file === file && ahead.mtimeMs === mtimeMs && ahead.size === size ? ahead.code : undefined;
  } catch {
    return undefined;
  }
}

export function frozenCode(name: string): CodeObject | undefined {
  const source = frozenSource(name);
  if (source === undefined) return undefined;
  return takeReadAhead(name, source.file) ?? frozenModuleCode(source.file, source.codeFilename);
}

setFrozenCodeMaker(frozenCode);
