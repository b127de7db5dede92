// A tiny authoritative DNS server for tests: UDP on 127.0.0.1, a random port, answers from a
// fixture table. Packets are encoded by hand (RFC 1035 §4): nothing here talks to any other
// address, and verifyDomain is pointed at it with { servers: [server.address] }.
//
//   const server = await startDnsServer({
//     'example.test': { MX: [[10, 'mx1.example.test']], A: ['192.0.2.1'] },
//     'nullmx.test': { MX: [[0, '.']] },
//     'nodata.test': {},                 // exists, no records: NOERROR with no answer
//     'slow.test': { drop: true },       // never answered (timeouts)
//     'broken.test': { rcode: 2 },       // SERVFAIL
//   });                                  // any other name: NXDOMAIN
//   server.queries → [{ name, type }] in arrival order; await server.close()
import dgram from 'node:dgram';

const TYPES = { A: 1, MX: 15, AAAA: 28 };
const TYPE_NAMES = Object.fromEntries(Object.entries(TYPES).map(([k, v]) => [v, k]));

function encodeName(name) {
  const parts = [];
  for (const label of name.replace(/\.$/, '').split('.').filter(Boolean)) {
    const bytes = Buffer.from(label, 'ascii');
    parts.push(Buffer.from([bytes.length]), bytes);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

/** The question of a query: { id, flags, name, type, questionEnd } (labels only, no compression). */
export function decodeQuery(msg) {
  if (msg.length < 12) return null;
  const id = msg.readUInt16BE(0);
  const flags = msg.readUInt16BE(2);
  if (msg.readUInt16BE(4) !== 1) return null;
  let offset = 12;
  const labels = [];
  for (;;) {
    if (offset >= msg.length) return null;
    const len = msg[offset++];
    if (len === 0) break;
    if (len > 63 || offset + len > msg.length) return null;
    labels.push(msg.toString('ascii', offset, offset + len));
    offset += len;
  }
  if (offset + 4 > msg.length) return null;
  const type = msg.readUInt16BE(offset);
  return { id, flags, name: labels.join('.').toLowerCase(), type, questionEnd: offset + 4 };
}

function ipv4(text) {
  return Buffer.from(text.split('.').map(Number));
}

function ipv6(text) {
  const [head, tail = ''] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = text.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

function rdata(type, value) {
  if (type === TYPES.A) return ipv4(value);
  if (type === TYPES.AAAA) return ipv6(value);
  const [priority, exchange] = value;
  const pref = Buffer.alloc(2);
  pref.writeUInt16BE(priority);
  return Buffer.concat([pref, encodeName(exchange)]);
}

/** The response to `query` from the fixture table. */
export function answer(msg, table) {
  const q = decodeQuery(msg);
  if (!q) return { query: null, response: null };
  const entry = Object.hasOwn(table, q.name) ? table[q.name] : null;
  if (entry?.drop) return { query: q, response: null };
  const records = entry && TYPE_NAMES[q.type] ? entry[TYPE_NAMES[q.type]] ?? [] : [];
  const rcode = entry === null ? 3 : entry.rcode ?? 0; // 3: NXDOMAIN
  const header = Buffer.alloc(12);
  header.writeUInt16BE(q.id, 0);
  // QR=1, opcode copied, AA=1, RD copied, RA=1, rcode.
  header.writeUInt16BE(0x8000 | (q.flags & 0x7800) | 0x0400 | (q.flags & 0x0100) | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(rcode === 0 ? records.length : 0, 6);
  const answers = rcode !== 0 ? [] : records.map((value) => {
    const data = rdata(q.type, value);
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0); // name: pointer to the question's name
    rr.writeUInt16BE(q.type, 2);
    rr.writeUInt16BE(1, 4); // class IN
    rr.writeUInt32BE(60, 6); // TTL
    rr.writeUInt16BE(data.length, 10);
    return Buffer.concat([rr, data]);
  });
  return { query: q, response: Buffer.concat([header, msg.subarray(12, q.questionEnd), ...answers]) };
}

/** Starts the server; resolves to { address: '127.0.0.1:PORT', port, queries, close() }. */
export async function startDnsServer(table) {
  const socket = dgram.createSocket('udp4');
  const queries = [];
  socket.on('message', (msg, rinfo) => {
    const { query, response } = answer(msg, table);
    if (query) queries.push({ name: query.name, type: TYPE_NAMES[query.type] ?? query.type });
    if (response) socket.send(response, rinfo.port, rinfo.address);
  });
  await new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', resolve);
  });
  const { port } = socket.address();
  return {
    address: `127.0.0.1:${port}`,
    port,
    queries,
    close: () => new Promise((resolve) => socket.close(resolve)),
  };
}
