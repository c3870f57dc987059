// The process environment: environ (bytes to bytes, from which os.py builds
// os.environ), and putenv/unsetenv, which os.environ calls on each change.
import type { Py } from '../../objects/object';
import { PyBytes } from '../../objects/bytes';
import { newDict } from '../../objects/dictType';
import { newException, ValueError } from '../../objects/exceptions';
import { encodeStr } from '../../objects/strCodecs';
import { checkArgCount } from '../../objects/native';
import { atProcessStart } from '../../objects/processStart';
import { fspathValue } from '../io/paths';
import { interpreterExecutable } from '../interpreterExecutable';
import { checkPosixArgCount, definePosix, errnoError, posixModule } from './posixModule';

const EINVAL = 22;

function bytesOf(text: string): PyBytes {
  return new PyBytes(encodeStr(text, 'utf-8', 'surrogateescape'));
}

atProcessStart(() => {
  interpreterExecutable();
  const environ = newDict();
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined) environ.set(bytesOf(name), bytesOf(value));
  }
  posixModule.dict.setStr('environ', environ);
});

/** A name or value as PyUnicode_FSConverter takes it, as the text process.env holds. */
function environmentText(value: Py): string {
  const path = fspathValue(value);
  const bytes = typeof path === 'string' ? encodeStr(path, 'utf-8', 'surrogateescape') : path.bytes;
  if (bytes.includes(0)) throw newException(ValueError, 'embedded null byte');
  return Buffer.from(bytes).toString('utf-8');
}

definePosix('putenv', (args, kwnames) => {
  checkArgCount('putenv', args, kwnames, 2);
  const name = environmentText(args[0]);
  const value = environmentText(args[1]);
  if (name.includes('=')) throw newException(ValueError, 'illegal environment variable name');
  // setenv(3) refuses an empty name.
  if (name === '') throw errnoError(EINVAL);
  process.env[name] = value;
  return null;
});

definePosix('unsetenv', (args, kwnames) => {
  checkPosixArgCount('unsetenv', args, kwnames, 1);
  const name = environmentText(args[0]);
  // unsetenv(3) refuses an empty name and one with '='.
  if (name === '' || name.includes('=')) throw errnoError(EINVAL);
  delete process.env[name];
  return null;
});
