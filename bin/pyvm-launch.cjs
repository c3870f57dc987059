'use strict';
// Runs the bundle (dist/pyvm.cjs) as Node would run it, but through vm.Script with V8's
// code cache, kept beside it in dist/pyvm.cjs.cache: compiling a megabyte of bundled
// JavaScript is otherwise most of pyvm's start-up. A missing or stale cache (V8 rejects
// one made from other source) is written anew when the process exits, so it holds the
// functions this run compiled; the write goes through a rename, so concurrent runs
// never read half a file.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

// sys.executable, as bin/pyvm sets it when it starts this launcher (or the snapshot).
process.env.PYVM_EXECUTABLE ??= join(__dirname, 'pyvm');
const bundle = join(__dirname, '..', 'dist', 'pyvm.cjs');
const cacheFile = `${bundle}.cache`;
const source = readFileSync(bundle, 'utf8');
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', () => {
    const temporary = `${cacheFile}.${process.pid}`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // A read-only install simply runs without the cache.
    }
  });
}
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, require, bundleModule, bundle, dirname(bundle));
