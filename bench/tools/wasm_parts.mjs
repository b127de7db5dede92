// What the browser module's bytes are made of: its code by origin (from the function names of
// bench/tools/wasm_parts.sh's relink) and its data. For each part, its raw bytes and what it adds
// to the brotli of the module's code: brotli(all function bodies) − brotli(all but that part's),
// so shared patterns count where they are needed last, and the parts do not add up exactly.
//   node bench/tools/wasm_parts.mjs [build/parts/contactcheck-wasm.wasm]
import fs from 'node:fs';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

// In order: a function belongs to the first part whose pattern its demangled name matches.
export const PARTS = [
  ['contactcheck (core, glue, binding)', /^(?:[\w:<>, ]+ )?contactcheck(?:::|_)/],
  ['libphonenumber: protobuf message classes', /^(?:[\w:<>*&, ]+ )?i18n::phonenumbers::(?:PhoneMetadata|NumberFormat|PhoneNumberDesc|PhoneNumber|PhoneMetadataCollection)::/],
  ['libphonenumber: as-you-type', /i18n::phonenumbers::AsYouTypeFormatter/],
  ['libphonenumber: the JS regexp adapter (ours)', /i18n::phonenumbers::(?:\(anonymous namespace\)::(?:SmallPattern|StartsReader|JsRegExp)|JsRegExp)/],
  ['libphonenumber: the rest', /i18n::phonenumbers/],
  ['protobuf-lite runtime', /google::protobuf/],
  ['Abseil', /absl::/],
  ['libc++', /std::__2::/],
  ['libc, C++ runtime, allocator', /./],
];
// Reported inside its part as well: code that only serializes, which nothing in the module calls
// (the message classes' virtual functions keep it).
const SERIALIZE = /_InternalSerialize|ByteSizeLong|EpsCopyOutputStream|CodedOutputStream|WireFormatLite/;

const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;

function sections(bytes) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, c; do { c = bytes[p++]; r += (c & 0x7f) * 2 ** s; s += 7; } while (c & 0x80); return r; };
  const name = (n) => { const s = bytes.subarray(p, p + n).toString(); p += n; return s; };
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = null;
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = leb();
    const start = p;
    if (id === 2) { // imports: functions among them shift the function index space
      for (let n = leb(); n > 0; n--) {
        name(leb()); name(leb());
        const kind = bytes[p++];
        if (kind === 0) { leb(); imported++; } else if (kind === 1) { p++; if (leb() & 1) leb(); leb(); } else if (kind === 2) { if (leb() & 1) leb(); leb(); } else p += 2;
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) { const len = leb(); bodies.push(bytes.subarray(p, p + len)); p += len; }
    } else if (id === 11) {
      data = bytes.subarray(start, start + size);
    } else if (id === 0 && name(leb()) === 'name') {
      while (p < start + size) {
        const sub = bytes[p++];
        const len = leb();
        const end = p + len;
        if (sub === 1) for (let n = leb(); n > 0; n--) { const index = leb(); names.set(index, name(leb())); }
        p = end;
      }
    }
    p = start + size;
  }
  return { bodies: bodies.map((body, i) => ({ body, name: names.get(i + imported) ?? '' })), data, named: names.size };
}

export function wasmParts(file) {
  const { bodies, data, named } = sections(fs.readFileSync(file));
  if (named === 0) throw new Error(`${file} has no function names: relink it with bench/tools/wasm_parts.sh`);
  const all = Buffer.concat(bodies.map((f) => f.body));
  const codeBrotli = brotli(all);
  const without = (test) => codeBrotli - brotli(Buffer.concat(bodies.filter((f) => !test(f)).map((f) => f.body)));
  const partOf = (f) => PARTS.findIndex(([, re]) => re.test(f.name));
  const rows = PARTS.map(([label], i) => {
    const mine = bodies.filter((f) => partOf(f) === i);
    return { part: label, functions: mine.length, raw: mine.reduce((n, f) => n + f.body.length, 0), brotli: without((f) => partOf(f) === i) };
  });
  const ser = bodies.filter((f) => SERIALIZE.test(f.name));
  rows.push({ part: 'of the two protobuf rows: serialization, which nothing calls', functions: ser.length, raw: ser.reduce((n, f) => n + f.body.length, 0), brotli: without((f) => SERIALIZE.test(f.name)) });
  return { rows, code: { functions: bodies.length, raw: all.length, brotli: codeBrotli }, data: { raw: data?.length ?? 0, brotli: data ? brotli(data) : 0 } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'build/parts/contactcheck-wasm.wasm';
  const { rows, code, data } = wasmParts(file);
  const kB = (n) => (n / 1000).toFixed(1);
  console.log('| part | functions | raw kB | adds to the code\'s brotli, kB |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.part} | ${r.functions} | ${kB(r.raw)} | ${kB(r.brotli)} |`);
  console.log(`| all code | ${code.functions} | ${kB(code.raw)} | ${kB(code.brotli)} (its brotli) |`);
  console.log(`| data (metadata, domain lists, tables, strings) | | ${kB(data.raw)} | ${kB(data.brotli)} (its brotli) |`);
}
