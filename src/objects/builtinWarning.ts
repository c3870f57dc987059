// PyErr_WarnEx for the object model: a warning a built-in issues (a deprecated protocol,
// a lossy conversion), filtered and shown by the _warnings module as any other warning.
// The object model sits below the modules, so _warnings registers how it warns.
import type { PyType } from './type';

type BuiltinWarner = (category: PyType, message: string, stackLevel: number) => void;

let warner: BuiltinWarner = () => {
  throw new Error('the _warnings module has not registered how built-ins warn');
};

export function setBuiltinWarner(warn: BuiltinWarner): void {
  warner = warn;
}

/** Warns `message` of `category`, put on the Python code `stackLevel` frames up (1: the caller of the built-in). */
export function warnFromBuiltin(category: PyType, message: string, stackLevel = 1): void {
  warner(category, message, stackLevel);
}
