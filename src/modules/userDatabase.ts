// The pwd and grp modules: the user and group databases, read from /etc/passwd and
// /etc/group as glibc's "files" source reads them (one colon-separated record a line).
import { readFileSync } from 'node:fs';
import type { Py } from '../objects/object';
import { newModule, type PyModule } from '../objects/module';
import { PyList } from '../objects/list';
import type { PyTuple } from '../objects/tuple';
import { intValue } from '../objects/int';
import { strValue } from '../objects/str';
import { typeName } from '../objects/typeOf';
import { checkArgCount } from '../objects/native';
import { keyError, typeError } from '../objects/exceptions';
import { pyRepr } from '../objects/protocols';
import { newStructSeq, structSeqType } from '../objects/structSeq';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

/** The records of a database file, each split into its fields; lines with too few fields are skipped. */
function records(path: string, fieldCount: number): string[][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf-8');
  } catch {
    return [];
  }
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split(':')).filter((fields) => fields.length >= fieldCount);
}

/** A uid or gid argument (_Py_Uid_Converter): an int, or undefined for one no id can be (negative, too large). */
function idArgument(value: Py, kind: 'uid' | 'gid'): number | undefined {
  const id = intValue(value);
  if (id === undefined) throw typeError(`${kind} should be integer, not ${typeName(value)}`);
  return id >= 0 && id <= 0xfffffffe ? Number(id) : undefined;
}

function databaseModule(name: string, doc: string): PyModule {
  const module = newModule(name, doc);
  registerBuiltinModule(name, () => module);
  return module;
}

// ---------------------------------------------------------------- pwd

const pwdModule = databaseModule(
  'pwd',
  'This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\n' +
    'Password database entries are reported as 7-tuples containing the following\n' +
    "items from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n" +
    'The uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.',
);
const passwdType = structSeqType('pwd', 'struct_passwd', ['pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell']);
passwdType.attrs.set(
  '__doc__',
  'pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n' +
    '  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.',
);
pwdModule.dict.setStr('struct_passwd', passwdType);

function users(): PyTuple[] {
  return records('/etc/passwd', 7).map(([name, password, uid, gid, gecos, home, shell]) =>
    newStructSeq(passwdType, [name, password, Number(uid), Number(gid), gecos, home, shell]),
  );
}

defineFunction(pwdModule, 'getpwuid', (args, kwnames) => {
  checkArgCount('getpwuid', args, kwnames, 1);
  const uid = idArgument(args[0], 'uid');
  const user = uid === undefined ? undefined : users().find((entry) => entry.items[2] === uid);
  if (user === undefined) throw keyError(uid === undefined ? 'getpwuid(): uid not found' : `getpwuid(): uid not found: ${uid}`);
  return user;
});

defineFunction(pwdModule, 'getpwnam', (args, kwnames) => {
  checkArgCount('getpwnam', args, kwnames, 1);
  const name = strValue(args[0]);
  if (name === undefined) throw typeError(`getpwnam() argument must be str, not ${typeName(args[0])}`);
  const user = users().find((entry) => entry.items[0] === name);
  if (user === undefined) throw keyError(`getpwnam(): name not found: ${pyRepr(name)}`);
  return user;
});

defineFunction(pwdModule, 'getpwall', (args, kwnames) => {
  checkArgCount('getpwall', args, kwnames, 0);
  return new PyList(users());
});

// ---------------------------------------------------------------- grp

const grpModule = databaseModule(
  'grp',
  'Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\n' +
    'from the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n' +
    '  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\n' +
    'The gid is an integer, name and password are strings.  (Note that most\n' +
    'users are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\n' +
    'complete membership information.)',
);
const groupType = structSeqType('grp', 'struct_group', ['gr_name', 'gr_passwd', 'gr_gid', 'gr_mem']);
groupType.attrs.set(
  '__doc__',
  'grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n' +
    '  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n',
);
grpModule.dict.setStr('struct_group', groupType);

function groups(): PyTuple[] {
  return records('/etc/group', 4).map(([name, password, gid, members]) =>
    newStructSeq(groupType, [name, password, Number(gid), new PyList(members === '' ? [] : members.split(','))]),
  );
}

defineFunction(grpModule, 'getgrgid', (args, kwnames) => {
  checkArgCount('getgrgid', args, kwnames, 1);
  const gid = idArgument(args[0], 'gid');
  const group = gid === undefined ? undefined : groups().find((entry) => entry.items[2] === gid);
  if (group === undefined) throw keyError(gid === undefined ? 'getgrgid(): gid not found' : `getgrgid(): gid not found: ${gid}`);
  return group;
});

defineFunction(grpModule, 'getgrnam', (args, kwnames) => {
  checkArgCount('getgrnam', args, kwnames, 1);
  const name = strValue(args[0]);
  if (name === undefined) throw typeError(`getgrnam() argument 'name' must be str, not ${typeName(args[0])}`);
  const group = groups().find((entry) => entry.items[0] === name);
  if (group === undefined) throw keyError(`getgrnam(): name not found: ${pyRepr(name)}`);
  return group;
});

defineFunction(grpModule, 'getgrall', (args, kwnames) => {
  checkArgCount('getgrall', args, kwnames, 0);
  return new PyList(groups());
});
