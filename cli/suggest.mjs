// contactcheck suggest [--domains a.com,b.co.jp] [--json] [ADDRESS...]
import { engineOf, inputs, parse, write } from './common.mjs';

export const usage = 'suggest [--domains a.example,b.example] [--json] [--engine native|wasm] [ADDRESS...]';

export async function run(argv) {
  const { values, positionals } = parse(argv, { domains: { type: 'string' } });
  const cc = await engineOf(values);
  const options = values.domains ? { domains: values.domains.split(',').filter(Boolean) } : undefined;
  for await (const line of inputs(positionals)) {
    const suggestion = cc.suggestEmail(line, options);
    await write(values.json ? `${JSON.stringify({ input: line, suggestion })}\n` : `${line}\t${suggestion ?? '-'}\n`);
  }
  return 0;
}
