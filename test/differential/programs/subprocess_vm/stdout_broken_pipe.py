# A child whose stdout reader is gone: print(), sys.stdout.write() + flush() and closing
# sys.stdout raise BrokenPipeError (errno 32), which the child can catch; uncaught, it
# ends the child with a traceback and status 1.
import subprocess
import sys

CHILDREN = {
    'print': "for i in range(5000):\n    print('row', i)\n",
    'write_flush': "sys.stdout.write('payload\\n')\nsys.stdout.flush()\n",
    'close': "sys.stdout.write('payload\\n')\nsys.stdout.close()\n",
    'with_block': "with sys.stdout as out:\n    out.write('{}\\n')\n",
}
HANDLER = """
import sys
sys.stdin.read()
try:
{body}
except BrokenPipeError as error:
    sys.stderr.write(f'caught {{type(error).__name__}} errno={{error.errno}} {{error.strerror}}\\n')
    sys.exit(error.errno)
"""

for name, body in CHILDREN.items():
    indented = ''.join('    ' + line + '\n' for line in body.splitlines())
    process = subprocess.Popen([sys.executable, '-c', HANDLER.format(body=indented)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    _, err = process.communicate(b'go')
    print(name, process.returncode, err.decode())

# Uncaught: the traceback ends with the BrokenPipeError line.
process = subprocess.Popen([sys.executable, '-c', "import sys\nsys.stdin.read()\nfor i in range(5000):\n    print(i)\n"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
process.stdout.close()
_, err = process.communicate(b'go')
print('uncaught', process.returncode, err.decode().splitlines()[-1])
