// except*: splitting the exception being handled into the part a clause matches and
// the rest (CHECK_EG_MATCH), and combining what the clauses raised or re-raised into
// the exception that leaves the try statement (PREP_RERAISE_STAR).
import type { Py } from '../objects/object';
import { ExceptionGroup, BaseExceptionGroup, PyBaseException } from '../objects/exceptions';
import { call, callSpecial, isInstance } from '../objects/protocols';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';

/** [match, rest] for `except* type`; match is null when nothing matches. */
export function exceptionGroupSplit(exc: Py, type: Py): [Py, Py] {
  if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(BaseExceptionGroup)) {
    const pair = callSpecial(exc, 'split', [type]) as PyTuple;
    return [pair.items[0], pair.items[1]];
  }
  const matches = type instanceof PyTuple ? type.items.some((t) => isInstance(exc, t)) : isInstance(exc, type);
  if (!matches) return [null, exc];
  const wrapped = call(ExceptionGroup, ['', new PyList([exc])]) as PyBaseException;
  wrapped.traceback = (exc as PyBaseException).traceback;
  wrapped.cause = (exc as PyBaseException).cause;
  wrapped.context = (exc as PyBaseException).context;
  return [wrapped, null];
}

/**
 * The exception to re-raise after the except* clauses ran: the parts of `original` the
 * clauses re-raised (kept in the original group's shape), together with any new
 * exceptions they raised, in a new ExceptionGroup.
 */
export function prepareReraiseStar(original: Py, raised: Py[]): Py {
  const exceptions = raised.filter((e): e is PyBaseException => e instanceof PyBaseException);
  if (exceptions.length === 0) return null;
  if (!(original instanceof PyBaseException) || !original.cls.isSubtypeOf(BaseExceptionGroup)) return exceptions[0];
  const originalLeaves = new Set(leaves(original));
  const reraised: PyBaseException[] = [];
  const fresh: PyBaseException[] = [];
  for (const exc of exceptions) {
    if (leaves(exc).every((leaf) => originalLeaves.has(leaf))) reraised.push(exc);
    else fresh.push(exc);
  }
  let reraisedGroup: Py = null;
  if (reraised.length > 0) {
    const keep = new Set(reraised.flatMap(leaves));
    reraisedGroup = projectOnto(original, keep);
  }
  if (fresh.length === 0) return reraisedGroup;
  const members: Py[] = [...fresh];
  if (reraisedGroup !== null) members.push(reraisedGroup);
  if (members.length === 1) return members[0];
  return call(ExceptionGroup, ['', new PyList(members)]);
}

function groupMembers(group: PyBaseException): PyBaseException[] {
  const members = group.args[1];
  return members instanceof PyTuple ? (members.items as PyBaseException[]) : [];
}

function leaves(exc: PyBaseException): PyBaseException[] {
  if (!exc.cls.isSubtypeOf(BaseExceptionGroup)) return [exc];
  return groupMembers(exc).flatMap(leaves);
}

/** The subgroup of `group` holding just the leaves in `keep`, or null when none. */
function projectOnto(group: PyBaseException, keep: Set<PyBaseException>): Py {
  if (!group.cls.isSubtypeOf(BaseExceptionGroup)) return keep.has(group) ? group : null;
  const kept: Py[] = [];
  let changed = false;
  for (const member of groupMembers(group)) {
    const projected = projectOnto(member, keep);
    if (projected !== member) changed = true;
    if (projected !== null) kept.push(projected);
  }
  if (kept.length === 0) return null;
  if (!changed) return group;
  const derived = callSpecial(group, 'derive', [newTuple(kept)]) as PyBaseException;
  derived.traceback = group.traceback;
  derived.cause = group.cause;
  derived.context = group.context;
  return derived;
}
