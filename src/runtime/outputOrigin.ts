// Which job the output being written belongs to. The kernel's worker sets a context
// variable to each job's number before running it, and asyncio copies the context into
// every task a job starts, so what a task prints later (between cells, or while another
// cell runs) names the cell that started it (Debian's ipykernel, 6.17, sends it under
// whichever request came last).
import type { Py } from '../objects/object';
import { call, getAttr } from '../objects/protocols';
import { contextvarsModule } from '../modules/contextvars';

let variable: Py | null = null;

function originVariable(): Py {
  variable ??= call(getAttr(contextvarsModule, 'ContextVar'), ['pyvm_output_origin']);
  return variable;
}

/** Makes `job` the origin of what runs from now on in the current context (and the tasks it starts). */
export function enterOrigin(job: number): void {
  call(getAttr(originVariable(), 'set'), [job]);
}

/** The number of the job the running code belongs to (null before the first). */
export function currentOrigin(): number | null {
  const job = call(getAttr(originVariable(), 'get'), [null]);
  return typeof job === 'number' ? job : null;
}
