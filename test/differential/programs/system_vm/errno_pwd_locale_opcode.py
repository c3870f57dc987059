# errno's names and errorcode, the user and group databases, _locale in the C locales,
# and _opcode.stack_effect (dis.stack_effect).
import _locale
import dis
import errno
import grp
import os
import pwd

print(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(list(errno.errorcode.items())[:5], sorted(name for name in dir(errno) if name.startswith('E'))[:8])
print(all(os.strerror(code) for code in errno.errorcode), os.strerror(errno.EXDEV), os.strerror(errno.ETIMEDOUT))
for code in (errno.EPERM, errno.ESRCH, errno.EINTR, errno.ECHILD, errno.EPIPE, errno.ECONNREFUSED, errno.EIO):
    error = OSError(code, os.strerror(code))
    print(type(error).__name__, error)

root = pwd.getpwuid(0)
print(root, root.pw_name, root[0], pwd.getpwnam('root') == root, root in pwd.getpwall(), type(root).__name__)
print(grp.getgrgid(0).gr_name, grp.getgrnam('root').gr_gid, grp.getgrgid(0) in grp.getgrall(), isinstance(grp.getgrgid(0).gr_mem, list))
for attempt in [lambda: pwd.getpwuid(2**31 - 2), lambda: pwd.getpwnam('no such user'), lambda: grp.getgrgid(2**31 - 2),
                lambda: grp.getgrnam('no such group'), lambda: pwd.getpwuid('0'), lambda: pwd.getpwuid(-5)]:
    try:
        print(attempt())
    except (KeyError, TypeError) as error:
        print(type(error).__name__, error)
print(pwd.struct_passwd.n_fields, grp.struct_group.__doc__.splitlines()[0])

print(_locale.setlocale(_locale.LC_ALL, 'C'), _locale.setlocale(_locale.LC_NUMERIC), _locale.nl_langinfo(_locale.CODESET))
print(_locale.localeconv()['decimal_point'], _locale.localeconv()['grouping'], _locale.nl_langinfo(_locale.D_T_FMT), _locale.nl_langinfo(_locale.MON_3))
print(_locale.setlocale(_locale.LC_CTYPE, 'C.UTF-8'), _locale.setlocale(_locale.LC_ALL), _locale.getencoding())
print(_locale.setlocale(_locale.LC_ALL, 'POSIX'), _locale.strcoll('a', 'b'), _locale.strcoll('b', 'a'), _locale.strxfrm('abc'))
for attempt in [lambda: _locale.setlocale(_locale.LC_ALL, 'xx_XX.nothing'), lambda: _locale.nl_langinfo(12345), lambda: _locale.setlocale(0, 5)]:
    try:
        print(attempt())
    except (_locale.Error, ValueError, TypeError) as error:
        print(type(error).__name__, error)

print([dis.stack_effect(dis.opmap[name], 1) for name in ('LOAD_CONST', 'BUILD_LIST', 'CALL', 'STORE_FAST', 'BINARY_OP')])
print(dis.stack_effect(dis.opmap['POP_TOP']), dis.stack_effect(dis.opmap['FOR_ITER'], 3, jump=True), dis.stack_effect(dis.opmap['FOR_ITER'], 3, jump=False))
for attempt in [lambda: dis.stack_effect(dis.opmap['LOAD_CONST']), lambda: dis.stack_effect(dis.opmap['POP_TOP'], 1), lambda: dis.stack_effect(255, 0)]:
    try:
        print(attempt())
    except ValueError as error:
        print('ValueError', error)
