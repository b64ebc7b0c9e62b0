'use strict';
// Starts the `heaplens` CLI bundle (heaplens.js, next to this file) from V8's code cache
// (heaplens.cache, written by the build after a warm-up run), so a run does not pay for parsing
// and compiling the ~1 MB bundle again. Without a usable cache (another Node version, a rebuilt
// bundle) it simply loads the bundle; the result is the same, only slower to start.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const bundle = path.join(__dirname, 'heaplens.js');
const cacheFile = path.join(__dirname, 'heaplens.cache');
const source = fs.readFileSync(bundle, 'utf8');
let cachedData;
if (!process.env.HEAPLENS_WRITE_CACHE) {
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
}
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData, importModuleDynamically: undefined });
const mod = new Module(bundle, module);
mod.filename = bundle;
mod.paths = Module._nodeModulePaths(__dirname);
const run = script.runInThisContext();
if (process.env.HEAPLENS_WRITE_CACHE) {
  // After the warm-up run: the cache then holds the functions that run compiled, too.
  process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
}
run.call(mod.exports, mod.exports, (id) => mod.require(id), mod, bundle, __dirname);
