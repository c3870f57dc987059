// Implicit exception chaining: an exception raised while another is being handled gets
// the handled one as its __context__, unless that would make a cycle.
import type { Py } from '../objects/object';
import { PyBaseException } from '../objects/exceptions';

export function setChainedContext(exc: PyBaseException, handled: Py): void {
  if (!(handled instanceof PyBaseException) || handled === exc) return;
  // Break a cycle the new context would close: walk handled's chain and cut at exc. The
  // chain may already loop on itself, which a second walker at half speed detects
  // (Floyd's algorithm, as in CPython's _PyErr_SetObject).
  let link: PyBaseException = handled;
  let slow: PyBaseException = handled;
  let moveSlow = false;
  for (;;) {
    const next = link.context;
    if (!(next instanceof PyBaseException)) break;
    if (next === exc) {
      link.context = null;
      break;
    }
    link = next;
    if (link === slow) break;
    if (moveSlow) slow = slow.context as PyBaseException;
    moveSlow = !moveSlow;
  }
  exc.context = handled;
}
