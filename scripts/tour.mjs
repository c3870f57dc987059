// `npm run tour`: pyvm's main job. Sets up what Jupyter needs (Debian's Jupyter
// packages when missing, the pyvm kernelspec under dist/jupyter), then has Jupyter
// (nbconvert, headless) execute notebooks/tour.ipynb on the pyvm kernel, prints the
// outputs of its cells and says where the executed notebook is. Given a notebook (one of
// the chapters, notebooks/01-bytecode-and-the-eval-loop.ipynb ...), it runs that one
// instead. (nbformat keeps text as lists of lines, hence the joins.)
//   node scripts/tour.mjs [NOTEBOOK] [--output-dir DIR]   (default: notebooks/tour.ipynb, dist/notebooks)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--output-dir');
const outputDir = resolve(flag >= 0 ? process.argv[flag + 1] : join(root, 'dist/notebooks'));
const positional = process.argv.slice(2).filter((argument, index, all) => !argument.startsWith('--') && all[index - 1] !== '--output-dir');
const tour = join(root, 'notebooks/tour.ipynb');
const notebook = positional.length ? resolve(positional[0]) : tour;

execFileSync(join(root, 'scripts/install_jupyter.sh'), { stdio: 'inherit' });
const prefix = join(root, 'dist/jupyter');
execFileSync(join(root, 'bin/pyvm'), ['install', '--prefix', prefix], { stdio: 'ignore' });
const env = { ...process.env, JUPYTER_PATH: join(prefix, 'share/jupyter'), PYDEVD_DISABLE_FILE_VALIDATION: '1' };
execFileSync('/usr/bin/python3', ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=pyvm', notebook, '--output-dir', outputDir], { env, stdio: ['ignore', 'inherit', 'pipe'] });

const executed = join(outputDir, basename(notebook));
for (const cell of JSON.parse(readFileSync(executed, 'utf8')).cells) {
  if (cell.cell_type !== 'code') continue;
  const source = [].concat(cell.source).join('');
  process.stdout.write(`In [${cell.execution_count}]:\n${source.replace(/^(?=.)/gm, '    ')}\n`);
  for (const output of cell.outputs) {
    const text = output.text ?? output.data?.['text/plain'] ?? `${output.ename}: ${output.evalue}`;
    process.stdout.write(`${[].concat(text).join('')}\n`.replace(/\n+$/, '\n'));
  }
  process.stdout.write('\n');
}
const what = notebook === tour ? 'the tour' : relative(root, notebook);
process.stdout.write(`Jupyter executed ${what} on the pyvm kernel: ${executed}\n`);
