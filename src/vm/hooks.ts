// What the eval loop needs from the layers built on it: imports, the display hook,
// asyncio's awaitables. The runtime registers them at start-up; the defaults say plainly
// what is missing.
import type { Py } from '../objects/object';
import { newException, SystemError } from '../objects/exceptions';
import type { Frame } from './frame';

export interface RuntimeHooks {
  importName(name: string, globals: Py, locals: Py, fromlist: Py, level: number): Py;
  importFrom(module: Py, name: string): Py;
  importStar(module: Py, frame: Frame): void;
  displayHook(value: Py): void;
  ascii(value: Py): string;
  getAwaitable(value: Py, where: number): Py;
  getAsyncIterator(value: Py): Py;
  getAsyncNext(iterator: Py): Py;
  wrapAsyncGenValue(value: Py): Py;
}

const missing = (what: string) => (): never => {
  throw newException(SystemError, `${what} is not available in this build of pyvm`);
};

export const runtimeHooks: RuntimeHooks = {
  importName: missing('import'),
  importFrom: missing('import'),
  importStar: missing('import *'),
  displayHook: missing('sys.displayhook'),
  ascii: missing('ascii()'),
  getAwaitable: missing('await'),
  getAsyncIterator: missing('async for'),
  getAsyncNext: missing('async for'),
  wrapAsyncGenValue: missing('async generators'),
};
