# What site gives builtins (exit, quit, help, copyright, credits, license), what -S takes
# away, the flags of -E, -I, -P, -s and -S, and where sys.prefix and sysconfig say the
# library is: in child interpreters, so that each starts with its own options.
import subprocess
import sys

SITE_BUILTINS = '''
import builtins, sys
for name in ("exit", "quit", "help", "copyright", "credits", "license"):
    value = getattr(builtins, name, None)
    print(name, type(value).__module__, type(value).__qualname__, repr(value)[:60] if name != "help" else "")
print(sorted(vars(credits)), credits._Printer__data.splitlines()[0].strip())
print(license._Printer__filenames[-2:], copyright._Printer__data == sys.copyright)
print(sys.copyright.splitlines()[-1], len(sys.copyright.splitlines()))
'''

FLAGS = '''
import sys
f = sys.flags
print(f.ignore_environment, f.isolated, f.safe_path, f.no_user_site, f.no_site, "exit" in dir(__builtins__))
'''

PREFIXES = '''
import os, sys, sysconfig
print(sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix)
print(os.path.join(sys.prefix, "lib", "python3.11") == sysconfig.get_path("stdlib") == sys._stdlib_dir)
print(os.path.isfile(os.path.join(sysconfig.get_path("stdlib"), "os.py")))
'''


def run(*options, code):
    child = subprocess.run([sys.executable, *options, "-c", code], capture_output=True, text=True)
    print(" ".join(options) or "(no options)", "->", child.returncode)
    print(child.stdout, end="")
    if child.stderr:
        print("stderr:", child.stderr.strip().splitlines()[-1])


run(code=SITE_BUILTINS)
for options in [(), ("-E",), ("-I",), ("-P",), ("-s",), ("-S",), ("-I", "-S")]:
    run(*options, code=FLAGS)
run("-S", code="print(exit)")
run(code="exit(3)")
run(code="quit('bye')")
run(code="import sys; sys.stdin.close(); exit()")
run(code=PREFIXES)
