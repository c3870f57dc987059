"""IPython's exceptions for pyvm notebooks: a magic used wrongly raises UsageError, which
the kernel reports as IPython does, a line on stderr and no traceback."""


class IPythonCoreError(Exception):
    pass


class UsageError(IPythonCoreError):
    """Something wrong with how a magic was called (an unknown magic, a bad option...)."""
