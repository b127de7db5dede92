// contactcheck for browsers: the WASM engine. The .wasm next to the glue is fetched and
// compiled with streaming compilation; pass { wasmUrl } when it is served from elsewhere, or
// { module } to hand over a compilation the page started itself (README, "A faster first
// result"): the .wasm is then compiled while the page's scripts download.
import createModule from '../dist/contactcheck-wasm.mjs';
import { createApi } from '../js/api.mjs';

let loaded;

const isThenable = (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';

// The .wasm fetched and instantiated here rather than by Emscripten's loader, whose failures
// say "Aborted(both async and sync fetching of the wasm failed)" without the URL or the status,
// fetch the URL twice, and download the file twice when the server's type is not
// application/wasm (its streaming compilation refuses the response, then it fetches again).
async function instantiateFrom(url, imports) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`contactcheck.load: ${url}: HTTP ${response.status}`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  try {
    if (type === 'application/wasm') return (await WebAssembly.instantiateStreaming(response, imports)).instance;
    // Another type: compile the bytes of this response (streaming compilation requires the type).
    return (await WebAssembly.instantiate(await response.arrayBuffer(), imports)).instance;
  } catch (e) {
    if (e instanceof WebAssembly.CompileError) throw new Error(`contactcheck.load: ${url} is not a WebAssembly module (${type || 'no content-type'}): ${e.message}`, { cause: e });
    throw e;
  }
}

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
    // Emscripten asks locateFile where the .wasm is (next to the glue, unless wasmUrl says)
    // before it asks instantiateWasm for the instance.
    let url;
    const moduleOptions = {
      locateFile: (file, scriptDirectory) => (url = options.wasmUrl ? String(options.wasmUrl) : scriptDirectory + file),
      // Emscripten waits for ok() and would wait forever on a failure: reject instead.
      instantiateWasm: (imports, ok) => {
        const instance = module !== undefined
          ? Promise.resolve(module).then((m) => WebAssembly.instantiate(m, imports))
          : instantiateFrom(url, imports);
        instance.then((i) => ok(i)).catch(reject);
        return {};
      },
    };
    createModule(moduleOptions).then((m) => resolve(createApi(m, 'wasm')), reject);
  });
  // A failed load may be retried (with another module or URL).
  loading.catch(() => { if (loaded === loading) loaded = undefined; });
  loaded = loading;
  return loaded;
}
