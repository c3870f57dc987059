// The integer constants of the posix module, with Linux's (x86-64 glibc's) values: access()
// modes, open() flags, waitpid() options, sysexits.h's exit statuses, lseek()'s
// SEEK_DATA and SEEK_HOLE (os.py defines SEEK_SET, SEEK_CUR and SEEK_END itself).
import { posixModule } from './posixModule';

const CONSTANTS =
  'F_OK:0 R_OK:4 W_OK:2 X_OK:1 NGROUPS_MAX:65536 TMP_MAX:238328 WCONTINUED:8 WNOHANG:1 WUNTRACED:2 O_RDONLY:0 ' +
  'O_WRONLY:1 O_RDWR:2 O_NDELAY:2048 O_NONBLOCK:2048 O_APPEND:1024 O_DSYNC:4096 O_RSYNC:1052672 O_SYNC:1052672 ' +
  'O_NOCTTY:256 O_CREAT:64 O_EXCL:128 O_TRUNC:512 O_LARGEFILE:0 O_PATH:2097152 O_TMPFILE:4259840 ' +
  'O_CLOEXEC:524288 O_ACCMODE:3 O_FSYNC:1052672 SEEK_HOLE:4 SEEK_DATA:3 O_ASYNC:8192 O_DIRECT:16384 ' +
  'O_DIRECTORY:65536 O_NOFOLLOW:131072 O_NOATIME:262144 EX_OK:0 EX_USAGE:64 EX_DATAERR:65 EX_NOINPUT:66 ' +
  'EX_NOUSER:67 EX_NOHOST:68 EX_UNAVAILABLE:69 EX_SOFTWARE:70 EX_OSERR:71 EX_OSFILE:72 EX_CANTCREAT:73 ' +
  'EX_IOERR:74 EX_TEMPFAIL:75 EX_PROTOCOL:76 EX_NOPERM:77 EX_CONFIG:78 WEXITED:4 WNOWAIT:16777216 WSTOPPED:2 ' +
  'CLD_EXITED:1 CLD_KILLED:2 CLD_DUMPED:3 CLD_TRAPPED:4 CLD_STOPPED:5 CLD_CONTINUED:6';

for (const entry of CONSTANTS.split(' ')) {
  const [name, value] = entry.split(':');
  posixModule.dict.setStr(name, Number(value));
}

// The flags the module's own code uses.
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_ACCMODE = 3;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_CLOEXEC = 0o2000000;
