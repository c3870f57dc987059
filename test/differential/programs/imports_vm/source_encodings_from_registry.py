# Source declaring an encoding only the codec registry has (the encodings package, not a
# built-in codec): compile() of the bytes, importing such a module, running it as a
# script, and a syntax error in it, shown with its line decoded.
import os
import subprocess
import sys
import tempfile

SOURCE = '# -*- coding: cp437 -*-\ngreeting = "caf\u00e9 \u2502 \u00b0"\nprint(greeting, len(greeting))\n'
BROKEN = '# -*- coding: cp437 -*-\n"\u252c\u00f3\u252c\u00f3" + f(4, x for x in range(1))\n'

exec(compile(SOURCE.encode('cp437'), '<cp437>', 'exec'))

with tempfile.TemporaryDirectory() as directory:
    with open(os.path.join(directory, 'dos_module.py'), 'w', encoding='cp437') as module:
        module.write(SOURCE)
    sys.path.insert(0, directory)
    import dos_module
    print(dos_module.greeting == 'caf\u00e9 \u2502 \u00b0')
    broken = os.path.join(directory, 'broken.py')
    with open(broken, 'w', encoding='cp437') as script:
        script.write(BROKEN)
    result = subprocess.run([sys.executable, '-X', 'utf8', broken], capture_output=True, text=True, encoding='utf-8')
    print(result.returncode)
    print(result.stderr.replace(directory, 'DIR'), end='')
    unknown = os.path.join(directory, 'unknown.py')
    with open(unknown, 'w') as script:
        script.write('# -*- coding: no-such-codec -*-\nprint(1)\n')
    result = subprocess.run([sys.executable, unknown], capture_output=True, text=True)
    print(result.returncode, result.stderr.replace(directory, 'DIR'), end='')
