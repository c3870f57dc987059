"""jupyter_kernel_test (Debian's python3-jupyter-kernel-test) against the pyvm kernel.

Run by jupyterClients.test.ts with JUPYTER_PATH pointing at a kernelspec it installed;
by hand: `bin/pyvm install --user && /usr/bin/python3 test/kernel/pyvm_kernel_test.py`.
Every attribute is filled in, so the suite runs all of its tests (comms aside: it has none,
and its message validator does not know comm_* messages).
"""
import unittest

import jupyter_kernel_test


class PyvmKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "pyvm"
    language_name = "python"
    file_extension = ".py"

    code_hello_world = 'print("hello, world")'
    code_stderr = 'import sys; print("test", file=sys.stderr)'
    code_generate_error = "raise ValueError('boom')"
    code_execute_result = [
        {"code": "1 + 2 + 3", "result": "6"},
        {"code": "[n * n for n in range(4)]", "result": "[0, 1, 4, 9]"},
        {"code": "'a' + 'b'", "result": "'ab'"},
    ]

    complete_code_samples = ["1", 'print("hello, world")', "def f(x):\n    return x * 2\n\n"]
    incomplete_code_samples = ["print('''hello", "def f(x):", "if True:\n    x = (1,"]
    invalid_code_samples = ["import = 7q", "x ==", "1 + 1)"]

    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "import jso", "matches": {"json"}},
        {"text": '"abc".upp', "matches": {"upper"}},
    ]
    code_inspect_sample = "zip"
    code_page_something = "zip?"

    code_display_data = [
        {"code": 'from IPython.display import HTML, display\ndisplay(HTML("<b>test</b>"))', "mime": "text/html"},
        {"code": 'from IPython.display import Math, display\ndisplay(Math("\\frac{1}{2}"))', "mime": "text/latex"},
        {"code": "from IPython.display import display\ndisplay(6 * 7)", "mime": "text/plain"},
    ]
    code_clear_output = "from IPython.display import clear_output\nclear_output()"

    # One of code_execute_result's cells, as a glob.
    code_history_pattern = "1 + 2*"
    supported_history_operations = ("tail", "range", "search")


if __name__ == "__main__":
    unittest.main()
