// slice objects, and resolving one against a sequence length (PySlice_GetIndicesEx).
import { PyObject, type Py } from './object';
import { nativeType } from './type';
import { newException, ValueError } from './exceptions';
import { indexAsNumber } from './protocols';

export const sliceType = nativeType('slice', undefined, { baseType: false });

export class PySlice extends PyObject {
  constructor(
    readonly start: Py,
    readonly stop: Py,
    readonly step: Py,
  ) {
    super(sliceType);
  }

  /** start, stop, step and the count of items selected, for a sequence of `length` items. */
  indices(length: number): [number, number, number, number] {
    const indexMessage = (): string => 'slice indices must be integers or None or have an __index__ method';
    let step = this.step === null ? 1 : indexAsNumber(this.step, indexMessage);
    if (step === 0) throw newException(ValueError, 'slice step cannot be zero');
    if (!Number.isFinite(step)) step = step > 0 ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
    const lower = step < 0 ? -1 : 0;
    const upper = step < 0 ? length - 1 : length;
    const clamp = (value: Py, fallback: number): number => {
      if (value === null) return fallback;
      let index = indexAsNumber(value, indexMessage);
      if (index < 0) {
        index += length;
        return index < lower ? lower : index;
      }
      return index > upper ? upper : index;
    };
    const start = clamp(this.start, step < 0 ? upper : lower);
    const stop = clamp(this.stop, step < 0 ? lower : upper);
    let count = 0;
    if (step < 0) {
      if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
    } else if (start < stop) {
      count = Math.floor((stop - start - 1) / step) + 1;
    }
    return [start, stop, step, count];
  }
}
