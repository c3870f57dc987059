"""The Python side of pyvm's Jupyter kernel: object inspection (``obj?``) and the shell
object ``get_ipython()`` returns. Loaded only in the kernel, from pyvm's ``pylib``."""
