"""IPython's autocallable objects, as ipykernel's shell has them. An ``IPyAutocall`` that
is the first name of a one-line cell is called with the rest of the line as its
arguments (pyvm's src/runtime/autocall.ts does what IPython's prefilter does): ``exit``
and ``quit``, one ``ZMQExitAutocall``, end the kernel once the cell's reply is sent (the
reply's payload says so, ``ask_exit``, as IPython writes it); ``exit(keep_kernel=True)``
(or ``exit True``) only says so."""
import _pyvm_kernel


class IPyAutocall:
    """Instances of this class are always autocalled, whatever the ``autocall`` setting."""

    _ip = None
    rewrite = True

    def __init__(self, ip=None):
        self._ip = ip

    def set_ip(self, ip):
        """Set to the shell before each autocall."""
        self._ip = ip


class ExitAutocall(IPyAutocall):
    """Closes the shell: ``exit``, ``exit()``, ``quit`` and ``quit()`` all work."""

    rewrite = False


class ZMQExitAutocall(ExitAutocall):
    """Exit IPython. ``keep_kernel=True`` leaves the kernel running."""

    def __call__(self, keep_kernel=False):
        _pyvm_kernel.write_payload({"source": "ask_exit", "keepkernel": keep_kernel})
