// contactcheck for browsers: the WASM engine. The .wasm next to the glue is fetched and
// compiled with streaming compilation; pass { wasmUrl } when it is served from elsewhere.
import createModule from '../dist/contactcheck-wasm.mjs';
import { createApi } from '../js/api.mjs';

let loaded;

/**
 * @param {{ engine?: 'wasm', wasmUrl?: string | URL }} [options]
 */
export function load(options = {}) {
  if (options.engine !== undefined && options.engine !== 'wasm') {
    return Promise.reject(new RangeError('contactcheck.load: only the "wasm" engine exists in the browser'));
  }
  const moduleOptions = options.wasmUrl ? { locateFile: () => String(options.wasmUrl) } : {};
  loaded ??= createModule(moduleOptions).then((module) => createApi(module, 'wasm'));
  return loaded;
}
