// Coroutine origin tracking (sys.set_coroutine_origin_tracking_depth, which asyncio's
// debug mode turns on): each coroutine made while the depth is above zero remembers the
// frames that made it, innermost first, as cr_origin's (filename, lineno, function)
// tuples; "was never awaited" warnings then show where the coroutine came from.
import type { Py } from '../objects/object';
import { newTuple } from '../objects/tuple';
import type { Frame } from './frame';
import type { PyGenerator } from './generator';

export const coroutineOriginTracking = { depth: 0 };

const origins = new WeakMap<PyGenerator, Py>();

/** Records where `coroutine` was made: up to the tracking depth of frames, from `caller` outwards. */
export function recordOrigin(coroutine: PyGenerator, caller: Frame | null): void {
  const entries: Py[] = [];
  for (let frame = caller; frame !== null && entries.length < coroutineOriginTracking.depth; frame = frame.back) {
    entries.push(newTuple([frame.code.co_filename, frame.lineno, frame.code.co_name]));
  }
  origins.set(coroutine, newTuple(entries));
}

/** cr_origin: None for a coroutine made while tracking was off. */
export function originOf(coroutine: PyGenerator): Py {
  return origins.get(coroutine) ?? null;
}
