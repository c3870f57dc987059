// PyErr_WarnEx for the object model: a warning a built-in issues (a deprecated protocol,
// a lossy conversion), filtered and shown by the _warnings module as any other warning.
// The object model sits below the modules, so _warnings is reached through the runtime's
// module importer.
import type { PyType } from './type';
import { call, getAttr } from './protocols';
import { importModule } from './moduleImporter';

/** Warns `message` of `category`, put on the Python code `stackLevel` frames up (1: the caller of the built-in). */
export function warnFromBuiltin(category: PyType, message: string, stackLevel = 1): void {
  call(getAttr(importModule('_warnings'), 'warn'), [message, category, stackLevel]);
}
