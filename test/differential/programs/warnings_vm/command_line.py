# -W options and PYTHONWARNINGS, in child interpreters: the filters they install, and
# what the children print for warnings of each category.
import os
import subprocess
import sys

CHILD = '''
import sys, warnings
print('warnoptions', sys.warnoptions)
for action, message, category, module, lineno in warnings.filters[:3]:
    print(' ', action, getattr(message, 'pattern', message), category.__name__, getattr(module, 'pattern', module), lineno)
warnings.warn('user')
warnings.warn('deprecated', DeprecationWarning)
warnings.warn('deprecated again', DeprecationWarning)
try:
    warnings.warn('runtime', RuntimeWarning)
except RuntimeWarning as e:
    print('raised RuntimeWarning', e)
warnings.warn('end', UserWarning)
print('exit normally')
'''


def run(options, environment=None):
    env = dict(os.environ)
    env.pop('PYTHONWARNINGS', None)
    env.update(environment or {})
    result = subprocess.run([sys.executable, *options, '-c', CHILD], capture_output=True, text=True, env=env)
    print('$', ' '.join(options), environment or '')
    print(result.stdout, end='')
    print(result.stderr.replace('\n\n', '\n'), end='')
    print('status', result.returncode)


run([])
run(['-W', 'error::RuntimeWarning'])
run(['-W', 'ignore', '-W', 'always::DeprecationWarning'])
run(['-Wd'])
run(['-W', 'error:user'])
run(['-W', 'once'])
run([], {'PYTHONWARNINGS': 'error::RuntimeWarning,ignore::UserWarning'})
run(['-W', 'always::UserWarning'], {'PYTHONWARNINGS': 'ignore::UserWarning'})
run(['-W', 'error'])
run(['-W', 'module::DeprecationWarning'])
