"""A small IPython for pyvm notebooks: what code written for ipykernel imports from
``IPython`` — ``display`` and its rich objects, ``get_ipython`` — is here, sending
through pyvm's kernel. It is pyvm's own, not IPython; the rest of IPython is absent."""
from IPython.core.display_functions import display

__all__ = ["display", "get_ipython"]


def get_ipython():
    """The kernel's shell (imported when first asked for: the shell imports parts of this package)."""
    from pyvm_kernel.shell import get_ipython

    return get_ipython()
