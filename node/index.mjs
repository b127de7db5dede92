// contactcheck for Node: the native addon by default, the WASM engine on request or when the
// addon cannot be loaded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { createApi } from '../js/api.mjs';
import { withServerChecks } from './server.mjs';

export { verifyDomain } from './verify_domain.mjs';

const require = createRequire(import.meta.url);
const loaded = new Map();

function loadNative() {
  return createApi(require('../dist/contactcheck.node'), 'native');
}

async function loadWasm() {
  const { default: createModule } = await import('../dist/contactcheck-wasm.mjs');
  // Emscripten 3.1.6's loader would try fetch() on a file path under Node 20: hand it the bytes.
  const wasmBinary = readFileSync(new URL('../dist/contactcheck-wasm.wasm', import.meta.url));
  return createApi(await createModule({ wasmBinary }), 'wasm');
}

/**
 * @param {{ engine?: 'native' | 'wasm' }} [options]
 */
export async function load(options = {}) {
  const engine = options.engine;
  if (engine !== undefined && engine !== 'native' && engine !== 'wasm') {
    throw new RangeError(`contactcheck.load: engine must be "native" or "wasm", got ${String(engine)}`);
  }
  const key = engine ?? 'auto';
  if (!loaded.has(key)) {
    loaded.set(key, (async () => {
      if (engine === 'wasm') return loadWasm();
      if (engine === 'native') return loadNative();
      try {
        return loadNative();
      } catch {
        return loadWasm();
      }
    })().then(withServerChecks));
  }
  return loaded.get(key);
}
