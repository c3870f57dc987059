"""``get_ipython()`` in a pyvm notebook: a small stand-in for ipykernel's shell, enough
for code that checks where it runs (``type(get_ipython()).__name__ ==
'ZMQInteractiveShell'``), reads the namespace (``user_ns``), or registers comm targets
through ``get_ipython().kernel.comm_manager``, as widget libraries do."""
import sys


class Kernel:
    """The kernel as the shell exposes it: its comm manager."""

    @property
    def comm_manager(self):
        import comm

        return comm.get_comm_manager()


class ZMQInteractiveShell:
    """Named as ipykernel's shell, which libraries test for to know they run in a notebook."""

    def __init__(self):
        self.kernel = Kernel()

    @property
    def user_ns(self):
        return sys.modules["__main__"].__dict__

    def __repr__(self):
        return "<pyvm_kernel.shell.ZMQInteractiveShell object>"


_shell = ZMQInteractiveShell()


def get_ipython():
    return _shell
