"""``exit`` and ``quit`` in a pyvm notebook, as ipykernel's shell has them: ``exit()`` ends
the kernel once the cell's reply is sent (the reply's payload says so, ``ask_exit``, as
IPython writes it), ``exit(keep_kernel=True)`` only says so. (IPython also calls them
when a cell is the bare name, its autocall; pyvm's cells show the object instead.)"""
import _pyvm_kernel


class ZMQExitAutocall:
    """Exit IPython. ``keep_kernel=True`` leaves the kernel running."""

    def __call__(self, keep_kernel=False):
        _pyvm_kernel.write_payload({"source": "ask_exit", "keepkernel": keep_kernel})
