// Every shared suite runs each assertion against both engines.
import { load } from '../../../node/index.mjs';

export const ENGINES = ['native', 'wasm'];

export async function engines() {
  return Promise.all(ENGINES.map(async (name) => [name, await load({ engine: name })]));
}
