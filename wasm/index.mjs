// contactcheck for browsers: the WASM engine. The .wasm next to the glue is fetched and
// compiled with streaming compilation; pass { wasmUrl } when it is served from elsewhere, or
// { module } to hand over a compilation the page started itself (README, "A faster first
// result"): the .wasm is then compiled while the page's scripts download.
import createModule from '../dist/contactcheck-wasm.mjs';
import { createApi } from '../js/api.mjs';

let loaded;

const isThenable = (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';

/**
 * @param {{ engine?: 'wasm', wasmUrl?: string | URL,
 *           module?: WebAssembly.Module | PromiseLike<WebAssembly.Module> }} [options]
 */
export function load(options = {}) {
  if (options.engine !== undefined && options.engine !== 'wasm') {
    return Promise.reject(new RangeError('contactcheck.load: only the "wasm" engine exists in the browser'));
  }
  const { module } = options;
  if (module !== undefined && !(module instanceof WebAssembly.Module) && !isThenable(module)) {
    return Promise.reject(new TypeError('contactcheck.load: options.module must be a WebAssembly.Module or a promise of one'));
  }
  if (loaded) return loaded;
  const loading = new Promise((resolve, reject) => {
    const moduleOptions = options.wasmUrl ? { locateFile: () => String(options.wasmUrl) } : {};
    if (module !== undefined) {
      // Emscripten waits for ok() and would wait forever on a failed compilation: reject instead.
      moduleOptions.instantiateWasm = (imports, ok) => {
        Promise.resolve(module).then((m) => WebAssembly.instantiate(m, imports)).then((instance) => ok(instance)).catch(reject);
        return {};
      };
    }
    createModule(moduleOptions).then((m) => resolve(createApi(m, 'wasm')), reject);
  });
  // A failed load may be retried (with another module or URL).
  loading.catch(() => { if (loaded === loading) loaded = undefined; });
  loaded = loading;
  return loaded;
}
