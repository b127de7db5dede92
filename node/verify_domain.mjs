// Domain existence check for the server: can the domain of an address receive mail at all?
// DNS only (MX, else A/AAAA as RFC 5321 §5.1 allows); never SMTP (the guideline forbids VRFY
// and RCPT probing).
//
//   await verifyDomain('taro@example.com', { timeout: 3000, servers: ['127.0.0.1:5353'] })
//   → { domain, ok, reason, mx, fallback }
//
// reason (null when ok):
//   invalid_domain  no domain, or one that cannot be a DNS name (nothing was asked)
//   no_domain       NXDOMAIN: the domain does not exist
//   null_mx         the domain publishes a null MX (RFC 7505: priority 0, "."): it accepts no mail
//   no_mail_host    the domain exists but has no MX, A nor AAAA record
//   timeout         no answer within options.timeout (ms, the whole check)
//   dns_error       any other resolver failure (SERVFAIL, refused, ...): the domain's state is unknown
// mx: the exchanges by ascending priority ([{ exchange, priority }]); fallback: 'a' or 'aaaa'
// when there is no MX and an address record stands in, else null.
import { promises as dns } from 'node:dns';
import { domainToASCII } from 'node:url';

const DEFAULT_TIMEOUT = 5000;
const DEFAULT_TRIES = 2;

function describe(value) {
  return value === null ? 'null' : typeof value;
}

/** The domain part of an address (after the last '@'), or the argument itself when it has none. */
export function domainOf(address) {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  const host = (at === -1 ? trimmed : trimmed.slice(at + 1)).replace(/\.$/, '');
  if (!host || host.length > 253 || /[\s/\\?#[\]]/.test(host)) return null;
  const ascii = domainToASCII(host); // IDN → punycode, lower-cased; '' when invalid
  if (!ascii || ascii.length > 253 || !ascii.includes('.')) return null;
  if (!ascii.split('.').every((l) => l.length > 0 && l.length <= 63)) return null;
  return ascii;
}

function options(value) {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`contactcheck.verifyDomain: options must be an object, got ${describe(value)}`);
  }
  const { timeout, tries, servers } = value;
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) {
    throw new RangeError('contactcheck.verifyDomain: options.timeout must be a positive number of milliseconds');
  }
  if (tries !== undefined && !(Number.isInteger(tries) && tries >= 1)) {
    throw new RangeError('contactcheck.verifyDomain: options.tries must be a positive integer');
  }
  if (servers !== undefined && !(Array.isArray(servers) && servers.length > 0 && servers.every((s) => typeof s === 'string'))) {
    throw new TypeError('contactcheck.verifyDomain: options.servers must be a non-empty array of strings ("ip" or "ip:port")');
  }
  return value;
}

class Timeout extends Error {}

const isNullMx = (r) => r.priority === 0 && (r.exchange === '' || r.exchange === '.');

/**
 * @param {string} address an address or a bare domain
 * @param {{ timeout?: number, tries?: number, servers?: string[] }} [opts]
 *   timeout: ms for the whole check (default 5000); tries: attempts per query (default 2);
 *   servers: resolvers to ask (default: the system's), e.g. ['127.0.0.1:5353']
 * @returns {Promise<{ domain: string | null, ok: boolean, reason: string | null,
 *   mx: { exchange: string, priority: number }[], fallback: 'a' | 'aaaa' | null }>}
 */
export async function verifyDomain(address, opts) {
  if (typeof address !== 'string') {
    throw new TypeError(`contactcheck.verifyDomain: address must be a string, got ${describe(address)}`);
  }
  const o = options(opts);
  const domain = domainOf(address.isWellFormed() ? address : address.toWellFormed());
  const result = (ok, reason, mx = [], fallback = null) => ({ domain, ok, reason, mx, fallback });
  if (domain === null) return result(false, 'invalid_domain');

  const budget = o.timeout ?? DEFAULT_TIMEOUT;
  const tries = o.tries ?? DEFAULT_TRIES;
  // c-ares' own per-try timeout, so a lost UDP packet is retried inside the budget.
  const resolver = new dns.Resolver({ timeout: Math.max(1, Math.floor(budget / tries)), tries });
  if (o.servers) resolver.setServers(o.servers);

  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      resolver.cancel();
      reject(new Timeout());
    }, budget);
  });
  deadline.catch(() => {}); // handled by the races below; a deadline nobody awaits is no error
  // Each query resolves to its records, or to [] when the name exists without that type.
  const query = (fn) => Promise.race([fn.call(resolver, domain).catch((e) => {
    if (e.code === 'ENODATA') return [];
    throw e;
  }), deadline]);

  try {
    const records = await query(resolver.resolveMx);
    if (records.some(isNullMx)) return result(false, 'null_mx');
    const mx = records.filter((r) => r.exchange !== '' && r.exchange !== '.')
      .sort((a, b) => a.priority - b.priority || (a.exchange < b.exchange ? -1 : a.exchange > b.exchange ? 1 : 0))
      .map((r) => ({ exchange: r.exchange, priority: r.priority }));
    if (mx.length > 0) return result(true, null, mx);
    if ((await query(resolver.resolve4)).length > 0) return result(true, null, [], 'a');
    if ((await query(resolver.resolve6)).length > 0) return result(true, null, [], 'aaaa');
    return result(false, 'no_mail_host');
  } catch (e) {
    if (e instanceof Timeout || e.code === 'ETIMEOUT' || e.code === 'ECANCELLED') return result(false, 'timeout');
    if (e.code === 'ENOTFOUND') return result(false, 'no_domain');
    return result(false, 'dns_error');
  } finally {
    clearTimeout(timer);
  }
}
