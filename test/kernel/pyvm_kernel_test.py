"""jupyter_kernel_test (Debian's python3-jupyter-kernel-test) against the pyvm kernel.

Run by jupyterClients.test.ts with JUPYTER_PATH pointing at a kernelspec it installed;
by hand: `bin/pyvm install --user && /usr/bin/python3 test/kernel/pyvm_kernel_test.py`.
The attributes filled in are the features the kernel has; the suite skips the others
(completion, inspection, history, display_data, pager, clear_output).
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


if __name__ == "__main__":
    unittest.main()
