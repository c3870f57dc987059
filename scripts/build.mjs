// Bundles the TypeScript sources into dist/ with esbuild (a full build takes well under a second).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// CommonJS bundles, so that bin/pyvm-launch.cjs can run pyvm's through vm.Script with V8's
// code cache (compiling the bundle is most of pyvm's start-up otherwise). The Jupyter
// kernel has two: its main thread (ZeroMQ; zeromq's native addon stays in node_modules)
// and the worker thread that runs Python.
await build({
  entryPoints: {
    pyvm: join(root, 'src/main.ts'),
    kernel: join(root, 'kernel/main.ts'),
    'kernel-worker': join(root, 'kernel/worker.ts'),
  },
  external: ['zeromq'],
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { 'import.meta.url': '__pyvmBundleUrl' },
  banner: { js: 'const __pyvmBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// Node has no Unicode character names, which \N{...} escapes need: dump python3's beside the bundle
// (once: python3's Unicode database does not change under us).
const namesTable = join(root, 'dist/unicode-names.txt.gz');
if (!existsSync(namesTable)) {
  execFileSync('python3', [join(root, 'scripts/gen_unicode_names.py'), namesTable], { stdio: 'inherit' });
}

// Likewise the character properties unicodedata gives (categories, decompositions, ...).
const dataTable = join(root, 'dist/unicode-data.txt.gz');
if (!existsSync(dataTable)) {
  execFileSync('python3', [join(root, 'scripts/gen_unicode_data.py'), dataTable], { stdio: 'inherit' });
}

// And the docstrings and text signatures of CPython's natives, which pyvm's share (src/objects/builtinDocs.ts).
const docsTable = join(root, 'dist/builtin-docs.txt');
if (!existsSync(docsTable)) {
  execFileSync('python3', [join(root, 'scripts/gen_builtin_docs.py'), docsTable], { stdio: 'inherit' });
}

// Where python3's standard library is, so that bin/pyvm need not ask python3 at each start.
const stdlib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_path("stdlib"))'], { encoding: 'utf8' }).trim();
writeFileSync(join(root, 'dist/stdlib-path.txt'), `${stdlib}\n`);

// The build's id, which pyvm's cache of compiled modules checks (src/runtime/codeCache.ts):
// code compiled by another build is compiled again.
const bundleHash = createHash('sha256').update(readFileSync(join(root, 'dist/pyvm.cjs'))).digest('hex').slice(0, 16);
writeFileSync(join(root, 'dist/build-id.txt'), `${bundleHash}\n`);
