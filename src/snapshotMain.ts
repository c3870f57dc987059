// The entry of pyvm's start-up snapshot. scripts/build.mjs bundles it to
// dist/pyvm-snapshot.cjs and runs it under `node --build-snapshot`, which writes the V8
// heap it leaves to a blob; bin/pyvm starts node on that blob when it fits this node
// binary and this build. The heap holds pyvm's runtime as loading it leaves it: the
// types, the built-in modules and sys, compiled functions included, the code of the
// frozen modules start-up runs or most programs import (frozenCode.ts), and the table
// of built-in docstrings (builtinDocs.ts) — what takes most of a start otherwise.
//
// The build runs no Python code of the library that could choose the hash key, which is
// the process's (PYTHONHASHSEED): sets made with it would keep its hashes (the build
// fails if the key was chosen). It installs importlib, which every start installs alike
// (importMachinery.ts: what it hashes, each process hashes again; a process whose library
// is not the build's runs without the snapshot). It compiles and runs a little code of its own,
// in a module it then drops, so that the snapshot holds the compiler's and the eval
// loop's functions compiled by V8 (each process would compile them lazily again
// otherwise): code that hashes nothing and leaves nothing behind. What else belongs to the process (environment, clock,
// pid, terminals) is taken when it resumes (objects/processStart.ts). A blob found
// beside a build in another directory than the one it was made in (its paths point
// there) runs pyvm's ordinary launcher instead.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startupSnapshot } from 'node:v8';
import { runCommandLine } from './commandLine';
import { readFrozenCodeAhead } from './runtime/frozenCode';
import { readBuiltinDocsAhead } from './objects/builtinDocs';
import { runModuleCode } from './runtime/interpreter';
import { compile } from './compiler/compile';
import { newModule } from './objects/module';
import { hashKeyChosen } from './objects/hashSecret';
import { resumeFromSnapshot } from './objects/processStart';
import { tierSettings } from './vm/jit/tierSettings';
import { importMachineryAheadFits, installImportMachineryAhead } from './runtime/importMachinery';

const BUILD_DIRECTORY = dirname(fileURLToPath(import.meta.url));
/** What runs pyvm without the snapshot; a resumed process stands for it. */
const LAUNCHER = join(BUILD_DIRECTORY, '..', 'bin', 'pyvm-launch.cjs');

/**
 * The frozen modules whose code the snapshot holds, so that a process need not read and
 * unmarshal it: those CPython's own start-up imports (io, codecs, and os with what it
 * imports), which most programs import. (Those every start runs, importlib's and
 * zipimport, the snapshot holds run: importMachinery.ts.) Reading these ahead takes
 * about 15 ms off `import dataclasses, typing, json, re`, and costs 0.3 MB of snapshot.
 */
const READ_AHEAD = [
  'abc', 'codecs', 'io', 'os', 'stat', 'posixpath', 'genericpath', '_collections_abc',
];

/** The blob node resumed from, as bin/pyvm passes it (`--snapshot-blob FILE`). */
function snapshotBlob(): string | undefined {
  const at = process.execArgv.indexOf('--snapshot-blob');
  return at < 0 ? undefined : process.execArgv[at + 1];
}

/** Runs the command line under pyvm's ordinary launcher, with node's options but the snapshot's, and ends as it ended. */
function runWithoutSnapshot(): void {
  const options = process.execArgv.filter((option, i, all) => option !== '--snapshot-blob' && all[i - 1] !== '--snapshot-blob');
  const child = spawnSync(process.execPath, [...options, LAUNCHER, ...process.argv.slice(1)], { stdio: 'inherit' });
  if (child.signal !== null) process.kill(process.pid, child.signal);
  else process.exitCode = child.status ?? 1;
}

/**
 * Exercises the compiler and the eval loop: functions, closures, loops, comprehensions,
 * exceptions, strs, keyword calls. Not classes (a class stays in its bases'
 * __subclasses__), nor sets or dicts of other keys than strs (they would hash).
 */
const WARM_UP = `
def scan(words, *, sep=' ', limit=None):
    found = []
    for index, word in enumerate(words):
        if limit is not None and index >= limit:
            break
        try:
            found.append(f'{word!r}:{len(word)}{sep}'.upper())
        except (TypeError, ValueError) as error:
            found.append(str(error))
        finally:
            index += 1
    return ''.join(found), [w for w in words if w.startswith('_')], {'count': len(found)}

def counter(start=0):
    total = start
    def add(step=1):
        nonlocal total
        total += step
        return total
    return add

add = counter(10)
while add() < 20:
    pass
result = scan(['_a', 'b', '_c'] * 3, sep=',', limit=7)
pairs = tuple((name, value) for name, value in zip('abc', range(3)))
text = '%s-%d' % ('x', 3) + ', '.join(str(n) for n in range(5))
try:
    raise KeyError('k')
except LookupError as caught:
    message = caught.args[0]
`;

if (startupSnapshot.isBuildingSnapshot()) {
  readFrozenCodeAhead(READ_AHEAD);
  readBuiltinDocsAhead();
  // Once interpreted, for the eval loop; once with every function compiled to JavaScript
  // the first time it runs, for the compiled tier's emitter (whose first uses otherwise
  // cost a process ~40 ms). Each run compiles the text anew, into a module then dropped,
  // so no code object compiled here outlives the build.
  tierSettings.enabled = false;
  runModuleCode(compile(WARM_UP, '<pyvm snapshot warm-up>', 'exec'), newModule('__warm_up__'));
  tierSettings.enabled = true;
  const warmUp = tierSettings.warmUp;
  tierSettings.warmUp = 0;
  runModuleCode(compile(WARM_UP, '<pyvm snapshot warm-up>', 'exec'), newModule('__warm_up__'));
  tierSettings.warmUp = warmUp;
  installImportMachineryAhead();
  if (hashKeyChosen()) throw new Error('pyvm start-up snapshot: the hash key was chosen while building it (see src/objects/hashSecret.ts)');
  // Loaded now, node:worker_threads would leave the resumed processes' workers (multiprocessing's children) failing as they start.
  if ((process as unknown as { moduleLoadList: string[] }).moduleLoadList.includes('NativeModule worker_threads')) {
    throw new Error('pyvm start-up snapshot: node:worker_threads was loaded while building it (load it when first needed, as modules/multiprocessing/childInterpreters.ts does)');
  }
  startupSnapshot.setDeserializeMainFunction(() => {
    const blob = snapshotBlob();
    if (blob === undefined || dirname(resolve(blob)) !== BUILD_DIRECTORY || !importMachineryAheadFits()) return runWithoutSnapshot();
    resumeFromSnapshot(LAUNCHER);
    runCommandLine(process.argv.slice(1));
  });
} else {
  runCommandLine(process.argv.slice(2));
}
