// except*: splitting the exception being handled into the part a clause matches and
// the rest (CHECK_EG_MATCH, ceval.c's exception_group_match), and combining what the
// clauses raised or re-raised into the exception that leaves the try statement
// (PREP_RERAISE_STAR, exceptions.c's _PyExc_PrepReraiseStar).
import type { Py } from '../objects/object';
import { BaseExceptionGroup, PyBaseException } from '../objects/exceptions';
import { call, getAttr } from '../objects/protocols';
import { newTuple, PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { exceptionMatches, groupMembers, isExceptionGroup, splitExceptionGroup } from '../objects/exceptionGroup';

/**
 * [match, rest] for `except* type`: match is null when nothing matches (rest is then
 * unused). A naked exception that matches is wrapped in a new group, without its
 * traceback or chaining, as CPython wraps it.
 */
export function exceptionGroupSplit(exc: Py, type: Py): [Py, Py] {
  if (!(exc instanceof PyBaseException)) return [null, null];
  if (exceptionMatches(exc, type)) {
    const match = isExceptionGroup(exc) ? exc : call(BaseExceptionGroup, ['', newTuple([exc])]);
    return [match, null];
  }
  if (isExceptionGroup(exc)) {
    const pair = call(getAttr(exc, 'split'), [type]) as PyTuple;
    return [pair.items[0], pair.items[1]];
  }
  return [null, null];
}

/**
 * The exception to raise after the except* clauses ran, null for none: the exceptions
 * they re-raised keep their place in the original group's structure; those they raised
 * anew become its siblings in a new ExceptionGroup('', ...).
 */
export function prepareReraiseStar(original: Py, raised: Py[]): Py {
  if (raised.length === 0) return null;
  // A naked exception was caught and wrapped: only one clause can have run.
  if (!isExceptionGroup(original)) return raised[0];
  const fresh: PyBaseException[] = [];
  const reraised: PyBaseException[] = [];
  for (const exc of raised) {
    if (!(exc instanceof PyBaseException)) continue;
    // A re-raised part was split off the original: it has the original's traceback and chaining.
    if (sameMetadata(exc, original)) reraised.push(exc);
    else fresh.push(exc);
  }
  const reraisedGroup = projection(original, reraised);
  if (fresh.length === 0) return reraisedGroup;
  if (reraisedGroup !== null) fresh.push(reraisedGroup);
  if (fresh.length === 1) return fresh[0];
  return call(BaseExceptionGroup, ['', new PyList(fresh)]);
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** The subgroup of `group` holding the leaves of the groups in `keep`, or null when none. */
function projection(group: PyBaseException, keep: PyBaseException[]): PyBaseException | null {
  const leaves = new Set<PyBaseException>();
  for (const kept of keep) collectLeaves(kept, leaves);
  return splitExceptionGroup(group, (exc) => !isExceptionGroup(exc) && leaves.has(exc), false).match;
}

function collectLeaves(exc: PyBaseException, leaves: Set<PyBaseException>): void {
  if (!isExceptionGroup(exc)) {
    leaves.add(exc);
    return;
  }
  for (const member of groupMembers(exc)) collectLeaves(member, leaves);
}
