// Implicit exception chaining: an exception raised while another is being handled gets
// the handled one as its __context__, unless that would make a cycle.
import type { Py } from '../objects/object';
import { PyBaseException } from '../objects/exceptions';

export function setChainedContext(exc: PyBaseException, handled: Py): void {
  if (!(handled instanceof PyBaseException) || handled === exc) return;
  // Break a cycle the new context would close: walk handled's chain and cut at exc.
  let link: PyBaseException = handled;
  for (;;) {
    const next = link.context;
    if (!(next instanceof PyBaseException)) break;
    if (next === exc) {
      link.context = null;
      break;
    }
    link = next;
  }
  exc.context = handled;
}
