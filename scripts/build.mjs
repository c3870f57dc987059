// Bundles the TypeScript sources into dist/ with esbuild (a full build takes well under a second).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
    // The entry of pyvm's start-up snapshot (below).
    'pyvm-snapshot': join(root, 'src/snapshotMain.ts'),
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

// V8 holds a script's source in one byte a character only when every character fits,
// else in two: one non-ASCII character that esbuild keeps (it escapes those in strings,
// regular expressions and identifiers, not in the comments it keeps) doubled the 2.4 MB
// of pyvm's source in every heap, the start-up snapshot's included, which every start
// reads. Such characters, in comments only, are written as \u{...} escapes.
for (const bundle of ['pyvm', 'pyvm-snapshot', 'kernel', 'kernel-worker']) {
  const file = join(root, `dist/${bundle}.cjs`);
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\0-\x7f]/gu, (character) => `\\u{${character.codePointAt(0).toString(16)}}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

// Tables dumped from python3 beside the bundle, made again only when missing or older
// than their generator (python3's Unicode database and natives do not change under us).
function dumpTable(output, generator) {
  const script = join(root, 'scripts', generator);
  if (existsSync(output) && statSync(output).mtimeMs >= statSync(script).mtimeMs) return;
  execFileSync('python3', [script, output], { stdio: 'inherit' });
}

// Node has no Unicode character names, which \N{...} escapes need.
dumpTable(join(root, 'dist/unicode-names.txt.gz'), 'gen_unicode_names.py');
// Likewise the character properties unicodedata gives (categories, decompositions, ...).
dumpTable(join(root, 'dist/unicode-data.txt.gz'), 'gen_unicode_data.py');
// And the docstrings and text signatures of CPython's natives, which pyvm's share (src/objects/builtinDocs.ts).
dumpTable(join(root, 'dist/builtin-docs.txt'), 'gen_builtin_docs.py');

// Where python3's standard library is, so that bin/pyvm need not ask python3 at each start.
const stdlib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_path("stdlib"))'], { encoding: 'utf8' }).trim();
writeFileSync(join(root, 'dist/stdlib-path.txt'), `${stdlib}\n`);

// The build's id, which pyvm's cache of compiled modules checks (src/runtime/codeCache.ts):
// code compiled by another build is compiled again.
const bundleHash = createHash('sha256').update(readFileSync(join(root, 'dist/pyvm.cjs'))).digest('hex').slice(0, 16);
writeFileSync(join(root, 'dist/build-id.txt'), `${bundleHash}\n`);

// pyvm's start-up snapshot (src/snapshotMain.ts): `node --build-snapshot` runs the
// snapshot bundle and writes the V8 heap it leaves to a blob, which bin/pyvm starts node
// on. V8 takes a blob only with the flags it was made with, so it is made with the stack
// size and the tiering flag bin/pyvm asks for (bin/stack-size.sh), and named by the
// size; and only by the node binary that made it, so a stamp beside it keeps that
// binary's mtime (bin/pyvm compares). Both are written through renames, over the previous ones: a start never
// reads half a blob (blobs for other stack sizes are removed). Without a blob, bin/pyvm
// runs the bundle as before, only slower: a failure here leaves the rest of dist/ usable
// and makes the build's exit status 1.
const snapshotScript = `
  set -e
  . "$PYVM_ROOT/bin/stack-size.sh"
  blob="$PYVM_ROOT/dist/pyvm-snapshot-$v8_stack_kb.blob"
  trap 'rm -f "$blob.$$" "$blob.node.$$"' EXIT
  make_blob() {
    node --no-warnings --stack-size="$v8_stack_kb" "$v8_tiering" --snapshot-blob "$blob.$$" --build-snapshot "$PYVM_ROOT/dist/pyvm-snapshot.cjs"
  }
  # Twice: the first run writes the code cache of the frozen modules the snapshot reads
  # ahead (dist/frozen/, stale after any change to the bundle), so that the second reads
  # their code from it. Compiled in the run that makes the blob, they left 1.6 MB more of
  # the compiler's state in it, which every start reads: 3 MB more RSS, 10% more CPU
  # for an empty program.
  make_blob
  make_blob
  touch -r "$(command -v node)" "$blob.node.$$"
  mv "$blob.node.$$" "$blob.node"
  mv "$blob.$$" "$blob"
  for stale in "$PYVM_ROOT"/dist/pyvm-snapshot-*.blob "$PYVM_ROOT"/dist/pyvm-snapshot-*.blob.node; do
    case "$stale" in "$blob" | "$blob.node") ;; *) rm -f "$stale" ;; esac
  done
`;
try {
  execFileSync('bash', ['-c', snapshotScript], { stdio: 'inherit', env: { ...process.env, PYVM_ROOT: root } });
} catch (error) {
  console.error(`build: no start-up snapshot (bin/pyvm starts without one): ${error.message}`);
  process.exitCode = 1;
}
