// contactcheck normalize [--json] [--keep a@x,b@y] [ADDRESS...]
// One line per input: the dedup key, the rule that made it, the address as given; or the
// format check's error. Exit status 1 when any input was not an address.
import { engineOf, inputs, parse, write } from './common.mjs';

export const usage = 'normalize [--keep a@example.com,b@example.com] [--json] [--engine native|wasm] [ADDRESS...]';

export function keepList(value) {
  return value ? value.split(',').map((a) => a.trim()).filter(Boolean) : [];
}

export async function run(argv) {
  const { values, positionals } = parse(argv, { keep: { type: 'string' } });
  const cc = await engineOf(values);
  const options = { keepAliasesOf: keepList(values.keep) };
  let failures = 0;
  for await (const line of inputs(positionals)) {
    const r = cc.normalizeEmail(line, options);
    if (!r.ok) failures++;
    if (values.json) await write(`${JSON.stringify(r)}\n`);
    else await write(r.ok ? `${r.normalized}\t${r.rule}\t${line}\n` : `ERROR ${r.error}\t${line}\n`);
  }
  return failures ? 1 : 0;
}
