// The builtins CPython's site module adds as it runs at start-up (its setquit,
// setcopyright and sethelper): exit and quit, copyright, credits and license, help —
// objects of _sitebuiltins's classes, as there.
//
// pyvm does not run site itself at start-up: site imports os, which costs a start on
// pyvm about 80 ms of CPU time (three programs in four never import it), and on a
// machine like this one CPython's site-packages carry .pth hooks that import much more
// (certifi, for a proxy's certificate). So its site-packages are not on sys.path unless
// a program imports site. (-S leaves these builtins out, as it leaves site out.)
import { newModule } from '../objects/module';
import { call, getAttr } from '../objects/protocols';
import { builtinsModule, defineFunction } from '../modules/builtins';
import { sysModule, sysModules } from '../modules/sys';
import { checkArgCount } from '../objects/native';
import { PyList } from '../objects/list';
import { importModule } from './importSystem';

/** What site.setquit's objects say a terminal's end of input is on POSIX. */
const END_OF_INPUT_KEY = 'Ctrl-D (i.e. EOF)';
/** The text site gives credits and license (CPython's output: `print(credits)`, `license` shown). */
const CREDITS = '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n'
  + '    for supporting Python development.  See www.python.org for more information.';
const LICENSE = 'See https://www.python.org/psf/license/';
/** The files license() reads its text from, looked for beside the library and in the working directory. */
const LICENSE_FILES = ['LICENSE.txt', 'LICENSE'];

export function addSiteBuiltins(): void {
  const siteBuiltins = importModule('_sitebuiltins');
  const quitter = getAttr(siteBuiltins, 'Quitter');
  const printer = getAttr(siteBuiltins, '_Printer');
  const builtins = builtinsModule.dict;
  builtins.setStr('quit', call(quitter, ['quit', END_OF_INPUT_KEY]));
  builtins.setStr('exit', call(quitter, ['exit', END_OF_INPUT_KEY]));
  withPathJoiningOs(() => {
    builtins.setStr('copyright', call(printer, ['copyright', sysModule.dict.getStr('copyright')!]));
    builtins.setStr('credits', call(printer, ['credits', CREDITS]));
    const here = sysModule.dict.getStr('_stdlib_dir');
    const dirs = typeof here === 'string' ? [`${here}/..`, here, '.'] : [];
    const files = dirs.length > 0 ? LICENSE_FILES : [];
    builtins.setStr('license', call(printer, ['license', LICENSE, new PyList(files), new PyList(dirs)]));
  });
  builtins.setStr('help', call(getAttr(siteBuiltins, '_Helper'), []));
}

/**
 * Runs `make` with, if os is not imported yet, a module standing for it in sys.modules:
 * _Printer's __init__ imports os for os.path.join alone, and importing the real one
 * would cost every start what site's own import of it costs (above). The stand-in joins
 * two POSIX paths as posixpath.join does; it is gone before any program runs.
 */
function withPathJoiningOs(make: () => void): void {
  if (sysModules.getStr('os') !== undefined) {
    make();
    return;
  }
  const path = newModule('posixpath');
  defineFunction(path, 'join', (args, kwnames) => {
    checkArgCount('join', args, kwnames, 2, 2);
    const [head, tail] = args as string[];
    return tail.startsWith('/') || head === '' ? tail : head.endsWith('/') ? head + tail : `${head}/${tail}`;
  });
  const os = newModule('os');
  os.dict.setStr('path', path);
  sysModules.setStr('os', os);
  try {
    make();
  } finally {
    sysModules.delete('os');
  }
}
