// The region-subset build (scripts/build_regions.sh, `npm run build:regions`): a JP,US engine
// answers exactly as the full one for numbers of those regions, knows no other (the policy in
// the script's header: invalid_country_code outside the chosen calling codes or when the default
// region is outside and the number has no +, invalid_number for another region sharing a chosen
// code), and its email functions are the full engine's. The oracle is the
// full WASM engine, whose answers the other suites check against the data files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createApi } from '../../js/api.mjs';
import { readTsv } from './helpers/tsv.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHOSEN = new Set(['JP', 'US']);
const out = mkdtempSync(path.join(tmpdir(), 'contactcheck-regions-test-'));
let full;
let subset;

// The .wasm from `dir`, run by dist/'s glue: README tells users to serve the subset's .wasm
// with the package's own JS (load({ wasmUrl })), so the glue must fit it.
async function engineFrom(dir) {
  const { default: create } = await import(pathToFileURL(path.join(ROOT, 'dist/contactcheck-wasm.mjs')).href);
  return createApi(await create({ wasmBinary: readFileSync(path.join(dir, 'contactcheck-wasm.wasm')) }), 'wasm');
}

before(async () => {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/build_regions.sh')], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTACTCHECK_REGIONS: 'JP,US', CONTACTCHECK_REGIONS_OUT: out },
  });
  assert.equal(r.status, 0, `scripts/build_regions.sh failed:\n${r.stderr}`);
  assert.equal(readFileSync(path.join(out, 'REGIONS'), 'utf8').trim(), 'JP,US');
  // The subset's own glue is the package's, byte for byte (the same link, imports and exports
  // named alike): a .wasm whose imports were named otherwise would be wired to the wrong
  // functions by it.
  assert.equal(readFileSync(path.join(out, 'contactcheck-wasm.mjs'), 'utf8'),
    readFileSync(path.join(ROOT, 'dist/contactcheck-wasm.mjs'), 'utf8'));
  full = await engineFrom(path.join(ROOT, 'dist'));
  subset = await engineFrom(out);
});
after(() => rmSync(out, { recursive: true, force: true }));

test('regions JP,US: listCountries holds those two, as the full engine describes them', () => {
  assert.deepEqual(subset.listCountries(), full.listCountries().filter((c) => CHOSEN.has(c.region)));
});

test('regions JP,US: numbers of JP and US parse as in the full engine, others are unknown', () => {
  const inputs = [];
  for (const row of readTsv('phone_parse.tsv')) {
    if (row.slice(0, 2).includes(null)) continue;
    inputs.push([row[0], row[1] === '-' ? '' : row[1]]);
  }
  inputs.push(['+1 613-555-0123', ''], ['+44 20 7946 0958', 'JP'], ['020 7946 0958', 'GB'], ['+800 1234 5678', '']);
  let same = 0, unknown = 0, dialledFrom = 0;
  for (const [input, region] of inputs) {
    const want = full.parsePhone(input, { region });
    const got = subset.parsePhone(input, { region });
    const where = `${JSON.stringify(input)} (${region || 'no region'})`;
    // A default region outside the list is unknown too: its dialling rules (trunk and
    // international prefixes) with it, so only a number written with + can be read.
    const readable = region === '' || CHOSEN.has(region.toUpperCase()) || /^[\s\u3000]*[+＋]/.test(input);
    if (want.ok && !CHOSEN.has(want.region)) {
      assert.equal(got.ok, false, where);
      // +1 is shared: a Canadian number meets only US's patterns; other codes are not there.
      assert.equal(got.error, readable && want.e164.startsWith('+1') ? 'invalid_number' : 'invalid_country_code', where);
      unknown++;
    } else if (want.ok && !readable) {
      assert.equal(got.error, 'invalid_country_code', where);  // e.g. "00 81 …" dialled from GB
      dialledFrom++;
    } else if (want.ok || CHOSEN.has(region.toUpperCase())) {
      assert.deepEqual(got, want, where);
      same++;
    } else {
      assert.equal(got.ok, false, where);
    }
  }
  assert.ok(same >= 30 && unknown >= 10 && dialledFrom >= 1,
    `compared ${same} JP/US answers, ${unknown} of other regions, ${dialledFrom} dialled from one`);
});

test('regions JP,US: formatting and as-you-type for JP and US as in the full engine', () => {
  for (const row of readTsv('phone_as_you_type.tsv')) {
    const [region, keys] = row;
    if (!CHOSEN.has(region) || keys === null) continue;
    let text = '';
    for (const key of keys) {
      text += key;
      assert.deepEqual(subset.formatAsYouType(text, region), full.formatAsYouType(text, region), `${region} ${text}`);
    }
  }
  for (const number of ['+819012345678', '+12015550123', '+442079460958']) {
    for (const format of ['e164', 'national', 'international']) {
      assert.equal(subset.formatPhone(number, format), number.startsWith('+44') ? null : full.formatPhone(number, format), `${number} ${format}`);
    }
  }
});

test('regions JP,US: the email functions are the full engine\'s', () => {
  const column = (file) => readTsv(file).map((r) => r[0]).filter((s) => s !== null);
  const emails = [...column('email_check.tsv'), ...column('email_normalize.tsv')];
  for (const email of emails) {
    assert.deepEqual(subset.checkEmail(email), full.checkEmail(email), email);
    assert.deepEqual(subset.normalizeEmail(email), full.normalizeEmail(email), email);
  }
  for (const domain of column('email_suggest.tsv')) {
    assert.equal(subset.suggestEmail(`user@${domain}`), full.suggestEmail(`user@${domain}`), domain);
  }
});
