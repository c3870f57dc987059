# The process side of os: environ and putenv, ids (compared, not printed), uname and
# times as struct sequences, urandom, strerror, wait status macros, os.system, kill,
# and the struct sequence types' behaviour (stat_result built by hand).
import os
import errno
import stat

os.environ['PYVM_TEST_VAR'] = 'value one'
print(os.environ['PYVM_TEST_VAR'], os.getenv('PYVM_TEST_VAR'), os.environb[b'PYVM_TEST_VAR'])
print(os.system('test "$PYVM_TEST_VAR" = "value one"'))
del os.environ['PYVM_TEST_VAR']
print('PYVM_TEST_VAR' in os.environ, os.getenv('PYVM_TEST_VAR', 'gone'), os.system('test -z "$PYVM_TEST_VAR"'))
os.environ.setdefault('PYVM_OTHER', 'x')
print(os.environ.pop('PYVM_OTHER'), type(os.environ).__name__, isinstance(os.environ.copy(), dict))
for name, value in [('A=B', 'c'), ('', 'c'), ('X', 'a\0b')]:
    try:
        os.putenv(name, value)
    except (ValueError, OSError) as error:
        print(type(error).__name__, error)
try:
    os.unsetenv('A=B')
except OSError as error:
    print(type(error).__name__, error)
print(sorted(os.get_exec_path()) == sorted(os.environ.get('PATH', os.defpath).split(os.pathsep)))

print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), isinstance(os.getgroups(), list))
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, u._fields if hasattr(u, '_fields') else 'no fields')
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user == t[0], t.elapsed > 0)
print(isinstance(os.cpu_count(), int), len(os.urandom(16)), os.urandom(0), type(os.urandom(3)).__name__)
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES), os.strerror(0), os.strerror(300), os.strerror(errno.ENOTEMPTY))
print(os.device_encoding(os.open(os.devnull, os.O_RDONLY)), os.path.exists(os.devnull))

for status in (0, 256, 768, 9, 0x137f, 0xffff, 0x8b):
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
          os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WCOREDUMP(status), os.WIFCONTINUED(status))
for status in (0, 256, 9, 0x137f, -1):
    try:
        print(os.waitstatus_to_exitcode(status))
    except ValueError as error:
        print('ValueError', error)
print(os.system('exit 3'), os.waitstatus_to_exitcode(os.system('exit 5')), os.system('kill -9 $$'))
print(os.system(b'true'))

os.kill(os.getpid(), 0)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as error:
    print('ProcessLookupError', error)

s = os.stat_result(range(10))
print(s, s.st_atime, s.st_atime_ns, len(s), s[9])
s = os.stat_result(range(13), {'st_atime_ns': 99})
print(s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s.st_blksize)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields, os.stat_result.__match_args__)
for bad in ((1, 2), range(20), 5):
    try:
        os.stat_result(bad)
    except TypeError as error:
        print('TypeError', error)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns, os.terminal_size([1, 2]).lines)
try:
    os.terminal_size((1, 2, 3))
except TypeError as error:
    print('TypeError', error)
print(os.stat_result.__reduce__(s)[1][0], sorted(os.stat_result.__reduce__(s)[1][1]))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.S_ISFIFO(os.fstat(os.pipe()[0]).st_mode))
print(os.fspath('a'), os.fspath(b'b'), os.name, os.sep, os.linesep == '\n', os.curdir, os.pardir, os.extsep)
try:
    os.fspath(1)
except TypeError as error:
    print('TypeError', error)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_CREAT, os.O_EXCL, os.F_OK, os.W_OK, os.EX_OK, os.EX_USAGE)
print(os.error is OSError, os.supports_bytes_environ, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
