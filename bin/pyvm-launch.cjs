'use strict';
// Runs pyvm's bundle (dist/pyvm.cjs) with V8's code cache (./bundle-code-cache.cjs).
const { join } = require('node:path');
const { runBundleWithCodeCache } = require('./bundle-code-cache.cjs');

// sys.executable, as bin/pyvm sets it when it starts this launcher (or the snapshot).
process.env.PYVM_EXECUTABLE ??= join(__dirname, 'pyvm');
runBundleWithCodeCache(join(__dirname, '..', 'dist', 'pyvm.cjs'), 'at exit');
