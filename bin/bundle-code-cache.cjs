'use strict';
// Runs a bundle of dist/ as Node would run it, but through vm.Script with V8's code
// cache, kept beside it (BUNDLE.cache): compiling a megabyte of bundled JavaScript is
// otherwise most of a start-up. A missing or stale cache (V8 rejects one made from other
// source) is written anew, so it holds the functions the run compiled: when the process
// exits, or, for a bundle that never sees its process exit (a worker thread's), as soon
// as the bundle's top level has run. The write goes through a rename, so concurrent runs
// never read half a file.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** Runs `bundle`; `writeCache` is 'at exit' or 'when loaded'. */
function runBundleWithCodeCache(bundle, writeCache) {
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
  const stale = cachedData === undefined || script.cachedDataRejected;
  const write = () => {
    const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // A read-only install simply runs without the cache.
    }
  };
  if (stale && writeCache === 'at exit') process.once('exit', write);
  const bundleModule = { exports: {} };
  script.runInThisContext()(bundleModule.exports, require, bundleModule, bundle, dirname(bundle));
  if (stale && writeCache === 'when loaded') write();
}

module.exports = { runBundleWithCodeCache };
