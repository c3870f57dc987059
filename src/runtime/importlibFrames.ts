// What CPython's import statement takes out of the traceback of an exception it lets
// through (import.c's remove_importlib_frames): importlib's own frames, every chunk of
// them for an ImportError, else the chunks that end in _call_with_frames_removed (the
// call that ran a module's code). So an error in a module shows the module's frames
// only, however much of importlib ran to get there.
import type { Frame } from '../vm/frame';
import { ImportError, type PyBaseException } from '../objects/exceptions';
import { PyTraceback } from '../objects/traceback';

const IMPORTLIB_FILENAMES = new Set(['<frozen importlib._bootstrap>', '<frozen importlib._bootstrap_external>']);

export function removeImportlibFrames(error: PyBaseException): void {
  const alwaysTrim = error.cls.isSubtypeOf(ImportError);
  const kept: PyTraceback[] = [];
  let inImportlib = false;
  let chunkStart = 0;
  let trimmed = false;
  for (let entry = error.traceback; entry !== null; entry = entry.next) {
    const code = (entry.frame as Frame).code;
    const nowInImportlib = IMPORTLIB_FILENAMES.has(code.co_filename);
    if (nowInImportlib && !inImportlib) chunkStart = kept.length;
    inImportlib = nowInImportlib;
    if (inImportlib && (alwaysTrim || code.co_name === '_call_with_frames_removed')) {
      kept.length = chunkStart;
      trimmed = true;
    } else {
      kept.push(entry);
    }
  }
  if (!trimmed) return;
  // Entries are immutable: the kept ones are linked anew, outermost first.
  let traceback: PyTraceback | null = null;
  for (let i = kept.length - 1; i >= 0; i--) traceback = new PyTraceback(traceback, kept[i].frame, kept[i].lasti, kept[i].lineno);
  error.traceback = traceback;
}
