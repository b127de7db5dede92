// CommonJS entry: the same API, loaded asynchronously (the WASM engine is an ES module).
'use strict';

exports.load = (options) => import('./index.mjs').then((m) => m.load(options));
exports.verifyDomain = (address, options) => import('./index.mjs').then((m) => m.verifyDomain(address, options));
