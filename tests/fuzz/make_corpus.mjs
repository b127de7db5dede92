// Seed corpora for the fuzz targets, from the first column(s) of tests/data/*.tsv, decoded to
// raw bytes with the escapes of tests/core/test_data.h (so invalid-UTF-8 rows are seeds too).
//   node tests/fuzz/make_corpus.mjs OUT_DIR   → OUT_DIR/<target>/<n> ; prints the counts
// The phone targets read a region byte (and an options/caret byte) first: see fuzz_util.h.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { readTsvBytes } from '../js/helpers/tsv.mjs';

const out = process.argv[2];
if (!out) throw new Error('usage: make_corpus.mjs OUT_DIR');

// Same order as kRegions in fuzz_util.h.
const REGIONS = ['JP', 'US', 'GB', 'DE', 'FR', 'CN', 'KR', 'IN', 'BR', 'AU', 'IT', 'AR', 'MX', 'RU',
  'SG', 'HK', 'TW', 'NZ', '001', '', 'jp', 'us', 'ZZ', 'XX'];

function regionBytes(region) {
  const i = REGIONS.indexOf(region === '-' ? '' : region);
  return i >= 0 ? Buffer.from([i]) : Buffer.concat([Buffer.from([200]), Buffer.from(region, 'latin1').subarray(0, 2)]);
}

const corpora = {
  check_email: readTsvBytes('email_check.tsv').map((r) => r[0]),
  normalize_email: readTsvBytes('email_normalize.tsv').flatMap((r) =>
    r.length > 4 ? [r[0], Buffer.concat([r[4], Buffer.from('\n'), r[0]])] : [r[0]]),
  suggest_email: readTsvBytes('email_suggest.tsv').map((r) => Buffer.concat([Buffer.from('user@'), r[0]])),
  parse_phone: readTsvBytes('phone_parse.tsv').map((r) => {
    const spec = r[2]?.toString() ?? '-';
    const flags = (spec.includes('regionOnly') ? 1 : 0) | (spec.includes('mobile') ? 2 : 0) |
      (spec.includes('fixed_line') ? 4 : 0) | (spec.includes('toll_free') ? 8 : 0);
    return Buffer.concat([regionBytes(r[1]?.toString() ?? '-'), Buffer.from([flags]), r[0]]);
  }),
  as_you_type: readTsvBytes('phone_as_you_type.tsv').map((r) =>
    Buffer.concat([regionBytes(r[0].toString()), Buffer.from([254]), r[1]])),
};
// The email seeds are good phone seeds too, and the other way round (a name, a number).
corpora.suggest_email.push(...corpora.check_email);

const counts = {};
for (const [target, seeds] of Object.entries(corpora)) {
  const dir = join(out, target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const unique = [...new Map(seeds.map((s) => [s.toString('latin1'), s])).values()];
  unique.forEach((s, i) => writeFileSync(join(dir, `seed-${String(i).padStart(4, '0')}`), s));
  counts[target] = unique.length;
}
console.log(JSON.stringify(counts));
