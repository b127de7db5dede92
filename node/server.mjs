// Server-side extras for the Node API (never part of the browser build): the disposable-domain
// list built by scripts/build-data.mjs (dist/disposable.txt, from the npm package mailchecker,
// privacy relays removed) is loaded into the engine once, so checkEmail gives the `disposable`
// warning for a listed domain and its subdomains (the core's DomainList matches parents).
import { readFileSync } from 'node:fs';

export const DISPOSABLE_LIST = new URL('../dist/disposable.txt', import.meta.url);

const applied = new WeakMap(); // api → number of domains loaded (0: no list found)

/**
 * Loads the disposable list into `api`'s engine, once per API object; returns `api`.
 * A missing list (a tree where scripts/build.sh has not run) is a process warning, not an error:
 * checkEmail then simply gives no `disposable` warning.
 * @template T
 * @param {T} api the object from load()
 * @param {{ disposableList?: string | URL | false }} [options] another list file, or false for none
 * @returns {T}
 */
export function withServerChecks(api, options = {}) {
  if (applied.has(api)) return api;
  const path = options.disposableList ?? DISPOSABLE_LIST;
  let count = 0;
  if (path !== false) {
    let text = null;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
      process.emitWarning(`contactcheck: ${String(path)} not found (run scripts/build.sh): no disposable-domain warnings`,
        { code: 'CONTACTCHECK_NO_DISPOSABLE_LIST' });
    }
    if (text !== null) count = api.loadDisposable(text);
  }
  applied.set(api, count);
  return api;
}

/** How many disposable domains withServerChecks loaded into `api` (undefined: not applied). */
export function disposableCount(api) {
  return applied.get(api);
}
