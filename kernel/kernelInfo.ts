// The kernel_info_reply: what the kernel is and which language it speaks. The language
// info is ipykernel's, so that front ends highlight, export and name files as they do
// for CPython notebooks.
import { PYTHON_VERSION, PYVM_VERSION } from '../src/modules/version';
import { PROTOCOL_VERSION } from './wireMessage';

export const DISPLAY_NAME = 'pyvm (Python 3.11)';

export const kernelInfo = {
  status: 'ok',
  protocol_version: PROTOCOL_VERSION,
  implementation: 'pyvm',
  implementation_version: PYVM_VERSION,
  language_info: {
    name: 'python',
    version: PYTHON_VERSION,
    mimetype: 'text/x-python',
    codemirror_mode: { name: 'ipython', version: 3 },
    pygments_lexer: 'ipython3',
    nbconvert_exporter: 'python',
    file_extension: '.py',
  },
  banner: `Python ${PYTHON_VERSION} (pyvm ${PYVM_VERSION}): a Python implementation in TypeScript\n`,
  help_links: [
    { text: 'Python Reference', url: 'https://docs.python.org/3.11' },
    { text: 'Python Library Reference', url: 'https://docs.python.org/3.11/library/' },
  ],
};
