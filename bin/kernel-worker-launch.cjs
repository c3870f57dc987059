'use strict';
// Runs the kernel's Python worker (dist/kernel-worker.cjs) with V8's code cache
// (./bundle-code-cache.cjs): the worker's start-up is the wait before a kernel's first cell.
const { join } = require('node:path');
const { runBundleWithCodeCache } = require('./bundle-code-cache.cjs');

runBundleWithCodeCache(join(__dirname, '..', 'dist', 'kernel-worker.cjs'), 'when loaded');
