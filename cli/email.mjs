// contactcheck email [--locale ja] [--json] [ADDRESS...]
import { checkOptions, engineOf, inputs, parse, write } from './common.mjs';

export const usage = 'email [--locale ja|en] [--json] [--engine native|wasm] [ADDRESS...]';

export async function run(argv) {
  const { values, positionals } = parse(argv, { locale: { type: 'string' } });
  const cc = await engineOf(values);
  checkOptions(() => cc.checkEmail('', { locale: values.locale }));
  let failures = 0;
  for await (const line of inputs(positionals)) {
    const r = cc.checkEmail(line, { locale: values.locale });
    if (!r.ok) failures++;
    if (values.json) {
      await write(`${JSON.stringify(r)}\n`);
      continue;
    }
    const parts = [r.ok ? `OK ${r.value}` : `ERROR ${r.error}\t${r.value}`];
    if (r.message) parts.push(r.message);
    if (r.suggestion) parts.push(`did you mean ${r.suggestion}?`);
    if (r.warnings.length) parts.push(`warnings: ${r.warnings.join(',')}`);
    if (r.normalized) parts.push(`key: ${r.normalized}`);
    await write(`${parts.join('\t')}\n`);
  }
  return failures ? 1 : 0;
}
