// contactcheck phone [--region JP] [--types mobile,voip] [--region-only] [--locale ja] [--json] [NUMBER...]
// Without --region only numbers written with + have a country.
import { checkOptions, engineOf, inputs, parse, write } from './common.mjs';

export const usage = 'phone [--region CC] [--types mobile,...] [--region-only] [--locale ja|en] [--json] [--engine native|wasm] [NUMBER...]';

export async function run(argv) {
  const { values, positionals } = parse(argv, {
    region: { type: 'string', default: '' }, types: { type: 'string' },
    'region-only': { type: 'boolean' }, locale: { type: 'string' },
  });
  const cc = await engineOf(values);
  const options = { region: values.region, regionOnly: values['region-only'] ?? false, locale: values.locale };
  if (values.types) options.types = values.types.split(',').map((t) => t.trim()).filter(Boolean);
  checkOptions(() => cc.parsePhone('', options));
  let failures = 0;
  for await (const line of inputs(positionals)) {
    const r = cc.parsePhone(line, options);
    if (!r.ok) failures++;
    if (values.json) await write(`${JSON.stringify(r)}\n`);
    else await write(r.ok
      ? `${r.e164}\t${r.national}\t${r.type}${r.extension ? `\text. ${r.extension}` : ''}\n`
      : `${line}\tERROR ${r.error}${r.message ? `\t${r.message}` : ''}\n`);
  }
  return failures ? 1 : 0;
}
