// The posix module (os.py's `from posix import *`): its parts, and which optional
// abilities of the C library it advertises in _have_functions. os.py reads those to
// fill os.supports_dir_fd, supports_fd and supports_follow_symlinks; they name what
// the functions here really do (dir_fd through /proc/PID/fd, descriptors through
// node:fs's f* calls), so the standard library takes the same paths as on CPython.
import { PyList } from '../../objects/list';
import { registerBuiltinModule } from '../registry';
import { posixModule } from './posixModule';
import './constants';
import './environment';
import './stat';
import './scandir';
import './files';
import './descriptors';
import './process';
import './pipes';
import './childProcesses';
import './statvfs';

posixModule.dict.setStr('_have_functions', new PyList([
  'HAVE_FACCESSAT', 'HAVE_FCHDIR', 'HAVE_FCHMOD', 'HAVE_FCHMODAT', 'HAVE_FCHOWN', 'HAVE_FCHOWNAT', 'HAVE_FDOPENDIR', 'HAVE_FSTATAT',
  'HAVE_FSTATVFS', 'HAVE_FTRUNCATE', 'HAVE_FUTIMENS', 'HAVE_FUTIMES', 'HAVE_FUTIMESAT', 'HAVE_LCHOWN', 'HAVE_LINKAT', 'HAVE_LSTAT', 'HAVE_LUTIMES',
  'HAVE_MKDIRAT', 'HAVE_OPENAT', 'HAVE_READLINKAT', 'HAVE_RENAMEAT', 'HAVE_SYMLINKAT', 'HAVE_UNLINKAT', 'HAVE_UTIMENSAT',
]));

registerBuiltinModule('posix', () => posixModule);
