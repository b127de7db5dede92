// Generates libphonenumber's message classes (phonemetadata.proto, phonenumber.proto) as plain
// C++ classes for the WebAssembly build, in place of protoc's output and the protobuf-lite
// runtime. Why: in the browser module, protobuf-lite's runtime, protoc's message classes and the
// Abseil they pulled in were 10.3 kB of brotli (bench/RESULTS.md, "What contactcheck-wasm.wasm
// is made of"), for what libphonenumber needs of them: fields with has-bits, two container
// templates, parsing the compiled-in metadata, Clear/CopyFrom/MergeFrom/Swap. The classes keep
// protoc's C++ API for the members libphonenumber and our tests call, and protobuf's semantics:
// proto2 has-bits and defaults, MergeFrom's rules (set fields overwrite, messages merge, repeated
// fields append), required fields checked after a parse, serialization in field-number order
// (byte for byte what protobuf writes for messages without unknown fields).
// Not kept: unknown fields (skipped when parsing), reflection, arenas, DebugString.
// The native engine still uses protoc and protobuf-lite: its tests are the oracle that these
// classes parse the metadata as protobuf does (tests/core, the parity test between the engines).
//   node gen_messages.mjs OUT_DIR FILE.proto...   → OUT_DIR/NAME.pb.h and OUT_DIR/NAME.pb.cc
// Only the proto2 subset libphonenumber's schema uses: messages, one nested enum, scalar types
// string, bool, int32, uint64, [default = ...], required/optional/repeated.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';

const SCALARS = {
  bool: { cpp: 'bool', from: (v) => `${v} != 0`, zero: 'false' },
  int32: { cpp: 'std::int32_t', from: (v) => `static_cast<std::int32_t>(${v})`, zero: '0' },
  uint64: { cpp: 'std::uint64_t', from: (v) => v, zero: '0' },
};

function parseProto(text, file) {
  text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const pkg = /^\s*package\s+([\w.]+)\s*;/m.exec(text);
  if (!pkg) throw new Error(`${file}: no package`);
  const messages = [];
  const tokens = text.match(/"[^"]*"|[\w.\-]+|[{}\[\]=;,]/g);
  let i = 0;
  const expect = (t) => { if (tokens[i++] !== t) throw new Error(`${file}: expected "${t}" near token ${i}: ${tokens.slice(i - 3, i + 3).join(' ')}`); };
  const block = (name) => {
    const message = { name, fields: [], enums: [] };
    expect('{');
    while (tokens[i] !== '}') {
      const t = tokens[i++];
      if (t === 'reserved' || t === 'option') { while (tokens[i++] !== ';'); continue; }
      if (t === 'enum') {
        const enumName = tokens[i++];
        expect('{');
        const values = [];
        while (tokens[i] !== '}') {
          const valueName = tokens[i++];
          expect('=');
          values.push({ name: valueName, number: Number(tokens[i++]) });
          expect(';');
        }
        expect('}');
        message.enums.push({ name: enumName, cppName: `${name}_${enumName}`, values });
        continue;
      }
      if (t === 'message') throw new Error(`${file}: nested messages are not supported`);
      if (!['required', 'optional', 'repeated'].includes(t)) throw new Error(`${file}: unexpected "${t}" in ${name}`);
      const field = { label: t, type: tokens[i++], name: tokens[i++] };
      expect('=');
      field.number = Number(tokens[i++]);
      if (tokens[i] === '[') {
        i++;
        while (tokens[i] !== ']') {
          const option = tokens[i++];
          expect('=');
          const value = tokens[i++];
          if (option === 'default') field.default = value;
          else throw new Error(`${file}: option ${option} is not supported`);
          if (tokens[i] === ',') i++;
        }
        expect(']');
      }
      expect(';');
      message.fields.push(field);
    }
    expect('}');
    return message;
  };
  while (i < tokens.length) {
    const t = tokens[i++];
    if (t === 'message') messages.push(block(tokens[i++]));
    else if (t === 'enum') throw new Error(`${file}: top-level enums are not supported`);
  }
  return { package: pkg[1].split('.'), messages };
}

// Fills each field's kind and C++ spelling, once every file's messages are known.
function resolve(files) {
  const messageNames = new Set(files.flatMap((f) => f.messages.map((m) => m.name)));
  for (const file of files) {
    for (const m of file.messages) {
      let bit = 0;
      for (const f of m.fields) {
        const e = m.enums.find((x) => x.name === f.type);
        if (f.type === 'string') Object.assign(f, { kind: 'string', cpp: 'std::string' });
        else if (SCALARS[f.type]) Object.assign(f, { kind: 'scalar', cpp: SCALARS[f.type].cpp, scalar: SCALARS[f.type] });
        else if (e) Object.assign(f, { kind: 'enum', cpp: e.cppName, enumDef: e });
        else if (messageNames.has(f.type)) Object.assign(f, { kind: 'message', cpp: f.type });
        else throw new Error(`unknown type ${f.type} of ${m.name}.${f.name}`);
        f.repeated = f.label === 'repeated';
        if (f.repeated && f.default !== undefined) throw new Error(`${m.name}.${f.name}: a default on a repeated field`);
        if (!f.repeated) f.bit = bit++;
        f.member = `${f.name}_`;
        if (f.kind === 'scalar') f.defaultValue = f.default === undefined ? f.scalar.zero : f.default;
        if (f.kind === 'enum') {
          const value = f.default === undefined ? f.enumDef.values[0] : f.enumDef.values.find((v) => v.name === f.default);
          if (!value) throw new Error(`${m.name}.${f.name}: default ${f.default} is not a value`);
          f.defaultValue = `${f.enumDef.cppName}_${value.name}`;
        }
        if (f.kind === 'string' && f.default !== undefined && f.default !== '""') throw new Error(`${m.name}.${f.name}: string defaults are not supported`);
      }
      if (bit > 64) throw new Error(`${m.name}: more than 64 singular fields`);
      m.bitsType = bit > 32 ? 'std::uint64_t' : 'std::uint32_t';
    }
  }
}

const bitMask = (f, m) => `${m.bitsType === 'std::uint64_t' ? `std::uint64_t{1}` : '1u'} << ${f.bit}`;
const repeatedType = (f) => (f.kind === 'string' || f.kind === 'message'
  ? `::google::protobuf::RepeatedPtrField<${f.cpp}>` : `::google::protobuf::RepeatedField<${f.kind === 'enum' ? 'int' : f.cpp}>`);

function accessors(m, f) {
  const n = f.name, mem = f.member;
  if (f.repeated) {
    const t = repeatedType(f);
    const common = [
      `  int ${n}_size() const { return ${mem}.size(); }`,
      `  const ${t}& ${n}() const { return ${mem}; }`,
      `  ${t}* mutable_${n}() { return &${mem}; }`,
      `  void clear_${n}() { ${mem}.Clear(); }`,
    ];
    if (f.kind === 'string') {
      return [...common,
        `  const std::string& ${n}(int i) const { return ${mem}.Get(i); }`,
        `  std::string* mutable_${n}(int i) { return ${mem}.Mutable(i); }`,
        `  void set_${n}(int i, const std::string& value) { *${mem}.Mutable(i) = value; }`,
        `  std::string* add_${n}() { return ${mem}.Add(); }`,
        `  void add_${n}(const std::string& value) { *${mem}.Add() = value; }`,
        `  void add_${n}(const char* value) { *${mem}.Add() = value; }`];
    }
    if (f.kind === 'message') {
      return [...common,
        `  const ${f.cpp}& ${n}(int i) const { return ${mem}.Get(i); }`,
        `  ${f.cpp}* mutable_${n}(int i) { return ${mem}.Mutable(i); }`,
        `  ${f.cpp}* add_${n}() { return ${mem}.Add(); }`];
    }
    const cast = f.kind === 'enum' ? `static_cast<${f.cpp}>` : '';
    return [...common,
      `  ${f.cpp} ${n}(int i) const { return ${cast}(${mem}.Get(i)); }`,
      `  void set_${n}(int i, ${f.cpp} value) { ${mem}.Set(i, value); }`,
      `  void add_${n}(${f.cpp} value) { ${mem}.Add(value); }`];
  }
  const has = `  bool has_${n}() const { return (has_bits_ & (${bitMask(f, m)})) != 0; }`;
  const mark = `has_bits_ |= ${bitMask(f, m)};`;
  const unmark = `has_bits_ &= ~(${bitMask(f, m)});`;
  if (f.kind === 'string') {
    return [has,
      `  const std::string& ${n}() const { return ${mem}; }`,
      `  void set_${n}(const std::string& value) { ${mem} = value; ${mark} }`,
      `  void set_${n}(std::string&& value) { ${mem} = std::move(value); ${mark} }`,
      `  void set_${n}(const char* value) { ${mem} = value; ${mark} }`,
      `  void set_${n}(const char* value, std::size_t size) { ${mem}.assign(value, size); ${mark} }`,
      `  std::string* mutable_${n}() { ${mark} return &${mem}; }`,
      `  void clear_${n}() { ${mem}.clear(); ${unmark} }`];
  }
  if (f.kind === 'message') {
    return [has,
      `  const ${f.cpp}& ${n}() const { return ${mem}; }`,
      `  ${f.cpp}* mutable_${n}() { ${mark} return &${mem}; }`,
      `  void clear_${n}() { ${mem}.Clear(); ${unmark} }`];
  }
  return [has,
    `  ${f.cpp} ${n}() const { return ${mem}; }`,
    `  void set_${n}(${f.cpp} value) { ${mem} = value; ${mark} }`,
    `  void clear_${n}() { ${mem} = ${f.defaultValue}; ${unmark} }`];
}

function memberDecl(f) {
  if (f.repeated) return `  ${repeatedType(f)} ${f.member};`;
  if (f.kind === 'string' || f.kind === 'message') return `  ${f.cpp} ${f.member};`;
  return `  ${f.cpp} ${f.member} = ${f.defaultValue};`;
}

function header(file, includes) {
  const name = file.name;
  const guard = `CONTACTCHECK_PLAIN_${name.toUpperCase()}_PB_H_`;
  const out = [`// Generated by deps/libphonenumber/plain_messages/gen_messages.mjs from ${name}.proto. Do not edit.`,
    `#ifndef ${guard}`, `#define ${guard}`, '', '#include <cstddef>', '#include <cstdint>', '#include <string>',
    '#include <utility>', '', '#include <google/protobuf/message_lite.h>', '#include "phonenumbers/wire_format.h"',
    ...includes.map((i) => `#include "phonenumbers/${i}.pb.h"`), ''];
  for (const p of file.package) out.push(`namespace ${p} {`);
  out.push('');
  for (const m of file.messages) out.push(`class ${m.name};`);
  out.push('');
  for (const m of file.messages) {
    for (const e of m.enums) {
      out.push(`enum ${e.cppName} : int {`);
      for (const v of e.values) out.push(`  ${e.cppName}_${v.name} = ${v.number},`);
      out.push('};');
      out.push(`inline bool ${e.cppName}_IsValid(int value) {`);
      out.push(`  switch (value) {${e.values.map((v) => ` case ${v.number}:`).join('')} return true;`);
      out.push('    default: return false;', '  }', '}', '');
    }
    out.push(`class ${m.name} final {`, ' public:');
    for (const e of m.enums) {
      out.push(`  typedef ${e.cppName} ${e.name};`);
      for (const v of e.values) out.push(`  static constexpr ${e.name} ${v.name} = ${e.cppName}_${v.name};`);
      out.push(`  static bool ${e.name}_IsValid(int value) { return ${e.cppName}_IsValid(value); }`);
    }
    out.push(
      `  static const ${m.name}& default_instance();`,
      '  void Clear();',
      `  void CopyFrom(const ${m.name}& from) { if (&from != this) *this = from; }`,
      `  void MergeFrom(const ${m.name}& from);`,
      `  void Swap(${m.name}* other) { std::swap(*this, *other); }`,
      '  // Required fields set, here and in every message field that is set.',
      '  bool IsInitialized() const;',
      '  // Clears, then reads the wire format; false if it is malformed or a required field is missing.',
      '  bool ParseFromArray(const void* data, int size);',
      '  bool ParseFromString(const std::string& bytes) { return ParseFromArray(bytes.data(), static_cast<int>(bytes.size())); }',
      '  // Unlike protobuf, which fails a check on a message without its required fields, this',
      '  // writes what is set (SerializePartialAsString, which protobuf has for that).',
      '  std::string SerializeAsString() const;',
      '  std::string SerializePartialAsString() const { return SerializeAsString(); }',
      '  bool SerializeToString(std::string* out) const { *out = SerializeAsString(); return true; }',
      '  // Merges fields read from the wire format (what ParseFromArray does after Clear).',
      '  bool MergeFromWire(wire_format::Reader* in);',
      '  void AppendWire(std::string* out) const;',
      '');
    for (const f of m.fields) out.push(...accessors(m, f));
    out.push('', ' private:', `  ${m.bitsType} has_bits_ = 0;`);
    for (const f of m.fields) out.push(memberDecl(f));
    out.push('};', '');
  }
  for (const p of [...file.package].reverse()) out.push(`}  // namespace ${p}`);
  out.push('', `#endif  // ${guard}`, '');
  return out.join('\n');
}

function source(file) {
  const name = file.name;
  const out = [`// Generated by deps/libphonenumber/plain_messages/gen_messages.mjs from ${name}.proto. Do not edit.`,
    `#include "phonenumbers/${name}.pb.h"`, ''];
  for (const p of file.package) out.push(`namespace ${p} {`);
  out.push('', 'using wire_format::Field;', 'using wire_format::Reader;', '');
  for (const m of file.messages) {
    const byNumber = [...m.fields].sort((a, b) => a.number - b.number);
    out.push(`const ${m.name}& ${m.name}::default_instance() {`, `  static const ${m.name} instance;`, '  return instance;', '}', '');
    out.push(`void ${m.name}::Clear() {`);
    for (const f of m.fields) out.push(`  clear_${f.name}();`);
    out.push('}', '');
    out.push(`void ${m.name}::MergeFrom(const ${m.name}& from) {`, '  if (&from == this) {', `    const ${m.name} copy(from);`, '    MergeFrom(copy);', '    return;', '  }');
    for (const f of m.fields) {
      if (f.repeated) out.push(`  ${f.member}.MergeFrom(from.${f.member});`);
      else if (f.kind === 'message') out.push(`  if (from.has_${f.name}()) mutable_${f.name}()->MergeFrom(from.${f.member});`);
      else out.push(`  if (from.has_${f.name}()) set_${f.name}(from.${f.member});`);
    }
    out.push('}', '');
    out.push(`bool ${m.name}::IsInitialized() const {`);
    for (const f of m.fields) {
      if (f.label === 'required') out.push(`  if (!has_${f.name}()) return false;`);
      if (f.kind === 'message' && f.repeated) out.push(`  for (const auto& e : ${f.member}) if (!e.IsInitialized()) return false;`);
      else if (f.kind === 'message') out.push(`  if (has_${f.name}() && !${f.member}.IsInitialized()) return false;`);
    }
    out.push('  return true;', '}', '');
    out.push(`bool ${m.name}::ParseFromArray(const void* data, int size) {`, '  Clear();',
      '  if (size < 0) return false;', '  Reader in(data, static_cast<std::size_t>(size));',
      '  return MergeFromWire(&in) && IsInitialized();', '}', '');
    // Reader::next consumes each field; a field of an unknown number or of another wire type
    // than the schema's is passed over (protobuf keeps those as unknown fields).
    out.push(`bool ${m.name}::MergeFromWire(Reader* in) {`, '  Field f;',
      '  while (!in->done()) {', '    if (!in->next(&f)) return false;', '    switch (f.number) {');
    for (const f of byNumber) {
      out.push(`      case ${f.number}:`);
      if (f.kind === 'string') {
        out.push('        if (f.wire != wire_format::kLengthDelimited) break;',
          f.repeated ? `        ${f.member}.Add()->assign(f.bytes.data(), f.bytes.size());` : `        set_${f.name}(f.bytes.data(), f.bytes.size());`,
          '        break;');
      } else if (f.kind === 'message') {
        out.push('        if (f.wire != wire_format::kLengthDelimited) break;',
          `        if (!${f.repeated ? `add_${f.name}()` : `mutable_${f.name}()`}->MergeFromWire(&f.bytes)) return false;`,
          '        break;');
      } else {
        const store = (v) => {
          const value = f.kind === 'enum' ? `static_cast<int>(${v})` : f.scalar.from(v);
          const put = f.repeated ? `${f.member}.Add(${value})`
            : `set_${f.name}(${f.kind === 'enum' ? `static_cast<${f.cpp}>(${value})` : value})`;
          // An enum value the schema does not list leaves the field as it was (proto2).
          return f.kind === 'enum' ? `if (${f.enumDef.cppName}_IsValid(${value})) ${put};` : `${put};`;
        };
        if (f.repeated) {
          // proto2 writes repeated scalars one by one; a parser also accepts them packed.
          out.push('        if (f.wire == wire_format::kLengthDelimited) {', '          std::uint64_t v;',
            '          while (!f.bytes.done()) {', '            if (!f.bytes.varint(&v)) return false;',
            `            ${store('v')}`, '          }', '          break;', '        }');
        }
        out.push('        if (f.wire != wire_format::kVarint) break;', `        ${store('f.value')}`, '        break;');
      }
    }
    out.push('      default:', '        break;', '    }', '  }', '  return true;', '}', '');
    out.push(`void ${m.name}::AppendWire(std::string* out) const {`, '  using namespace wire_format;');
    for (const f of byNumber) {
      const put = (value) => {
        if (f.kind === 'string') return `put_bytes(out, ${f.number}, ${value});`;
        if (f.kind === 'message') return `{ std::string sub; ${value}.AppendWire(&sub); put_bytes(out, ${f.number}, sub); }`;
        // Negative int32 and enum values are written sign-extended to 64 bits, as protobuf does.
        const wide = f.cpp === 'std::uint64_t' ? value : f.cpp === 'bool' ? `${value} ? 1 : 0` : `static_cast<std::uint64_t>(static_cast<std::int64_t>(${value}))`;
        return `put_tag(out, ${f.number}, kVarint); put_varint(out, ${wide});`;
      };
      if (f.repeated) out.push(`  for (const auto& e : ${f.member}) { ${put('e')} }`);
      else out.push(`  if (has_${f.name}()) { ${put(f.member)} }`);
    }
    out.push('}', '');
    out.push(`std::string ${m.name}::SerializeAsString() const {`, '  std::string out;', '  AppendWire(&out);', '  return out;', '}', '');
  }
  for (const p of [...file.package].reverse()) out.push(`}  // namespace ${p}`);
  out.push('');
  return out.join('\n');
}

const [outDir, ...protos] = process.argv.slice(2);
if (!outDir || protos.length === 0) {
  console.error('usage: node gen_messages.mjs OUT_DIR FILE.proto...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const files = protos.map((p) => ({ name: basename(p, '.proto'), ...parseProto(readFileSync(p, 'utf8'), p) }));
resolve(files);
for (const file of files) {
  // A file includes the other files whose messages its fields use.
  const used = new Set(file.messages.flatMap((m) => m.fields.map((f) => f.type)));
  const includes = files.filter((other) => other !== file && other.messages.some((om) => used.has(om.name))).map((o) => o.name);
  writeFileSync(`${outDir}/${file.name}.pb.h`, header(file, includes));
  writeFileSync(`${outDir}/${file.name}.pb.cc`, source(file));
}
