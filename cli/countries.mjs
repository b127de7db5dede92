// contactcheck countries [--locale ja] [--json]
import { engineOf, parse, write } from './common.mjs';

export const usage = 'countries [--locale ja|en] [--json] [--engine native|wasm]';

export async function run(argv) {
  const { values } = parse(argv, { locale: { type: 'string', default: 'en' } });
  const cc = await engineOf(values);
  for (const c of cc.countriesForLocale(values.locale)) {
    await write(values.json ? `${JSON.stringify(c)}\n`
      : `${c.region}\t+${c.callingCode}\t${c.name}\t${c.example.mobile ?? ''}\n`);
  }
  return 0;
}
