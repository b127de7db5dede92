// The public JS API, shared by both engines. An engine (the Node addon or the WASM module)
// exposes the same raw functions; this layer checks argument types (TypeError / RangeError,
// never a crash in C++) and gives the caller's own input string back in `input`. Strings go to
// the engines as they are: both read a lone surrogate as U+FFFD (the addon's UTF-16 reader,
// TextEncoder in the WASM glue), and a result never hands an ill-formed string back (glue/
// fields.h same_as_input). No email or phone logic lives here.

import { createDecoder } from './decode.mjs';

const PHONE_TYPES = new Set(['fixed_line', 'mobile', 'fixed_line_or_mobile', 'toll_free',
  'premium_rate', 'shared_cost', 'voip', 'personal_number', 'pager', 'uan', 'voicemail', 'unknown']);
const PHONE_FORMATS = new Set(['e164', 'national', 'international', 'rfc3966']);
const LOCALES = new Set(['en', 'ja']);
const dispose = Symbol.dispose ?? Symbol.for('Symbol.dispose');

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return typeof value;
}

function string(fn, name, value) {
  if (typeof value !== 'string') {
    throw new TypeError(`contactcheck.${fn}: ${name} must be a string, got ${describe(value)}`);
  }
  return value;
}

function options(fn, value) {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`contactcheck.${fn}: options must be an object, got ${describe(value)}`);
  }
  return value;
}

function optionalString(fn, name, value) {
  return value === undefined ? '' : string(fn, name, value);
}

function locale(fn, value, name = 'options.locale') {
  if (value === undefined) return '';
  const tag = string(fn, name, value);
  // The core's rule (core/src/locale.cc): the primary subtag decides, so "japanese" is no "ja".
  if (!LOCALES.has(tag.split(/[-_]/, 1)[0].toLowerCase())) {
    throw new RangeError(`contactcheck.${fn}: locale must be "ja" or "en" (or a tag of either), got "${tag}"`);
  }
  return tag;
}

function stringArray(fn, name, value) {
  if (!Array.isArray(value)) throw new TypeError(`contactcheck.${fn}: ${name} must be an array of strings, got ${describe(value)}`);
  // Array.from reads a hole as undefined (map would skip it and hand the engine a hole).
  return Array.from(value, (v, i) => string(fn, `${name}[${i}]`, v));
}

export function createApi(engine, engineName) {
  let countries;
  const decode = createDecoder(engine.keyNames());
  const live = new FinalizationRegistry((handle) => handle.delete());

  /** An as-you-type formatter; released by dispose(), `using`, or garbage collection. */
  class AsYouType {
    #handle;
    constructor(region = '') {
      this.#handle = new engine.AsYouType(string('AsYouType', 'region', region));
      live.register(this, this.#handle, this);
    }
    #live() {
      if (!this.#handle) throw new Error('contactcheck.AsYouType: used after dispose()');
      return this.#handle;
    }
    input(ch) { return this.#live().input(string('AsYouType.input', 'ch', ch)); }
    inputAndRemember(ch) { return this.#live().inputAndRemember(string('AsYouType.inputAndRemember', 'ch', ch)); }
    inputString(text) { return this.#live().inputString(string('AsYouType.inputString', 'text', text)); }
    rememberedPosition() { return this.#live().rememberedPosition(); }
    clear() { this.#live().clear(); }
    dispose() {
      if (!this.#handle) return;
      live.unregister(this);
      this.#handle.delete();
      this.#handle = null;
    }
    [dispose]() { this.dispose(); }
  }

  // A plain function, not a method: countriesForLocale calls it, and works unbound as the rest.
  function listCountries() {
    countries ??= decode(engine.listCountries());
    return structuredClone(countries);
  }

  return Object.freeze({
    engine: engineName,

    checkEmail(input, opts) {
      const o = options('checkEmail', opts);
      const text = string('checkEmail', 'input', input);
      const r = decode(engine.checkEmail(text, locale('checkEmail', o.locale)), text);
      r.input = input;
      return r;
    },

    suggestEmail(input, opts) {
      const o = options('suggestEmail', opts);
      const domains = o.domains === undefined ? null : stringArray('suggestEmail', 'options.domains', o.domains);
      return engine.suggestEmail(string('suggestEmail', 'input', input), domains);
    },

    /** Sets, once for this engine, the caller's own domains that suggestions may point to. */
    setDomains(domains) {
      engine.setDomains(stringArray('setDomains', 'domains', domains));
    },

    /** Loads a disposable-domain list (one domain per line) used by checkEmail's warnings. */
    loadDisposable(text) {
      return engine.loadDisposable(string('loadDisposable', 'text', text));
    },

    normalizeEmail(input, opts) {
      const o = options('normalizeEmail', opts);
      const keep = o.keepAliasesOf === undefined ? null : stringArray('normalizeEmail', 'options.keepAliasesOf', o.keepAliasesOf);
      const text = string('normalizeEmail', 'input', input);
      const r = decode(engine.normalizeEmail(text, keep), text);
      r.input = input;
      return r;
    },

    parsePhone(input, opts) {
      const o = options('parsePhone', opts);
      const types = o.types === undefined ? null : stringArray('parsePhone', 'options.types', o.types);
      for (const t of types ?? []) {
        if (!PHONE_TYPES.has(t)) throw new RangeError(`contactcheck.parsePhone: unknown type "${t}"`);
      }
      if (o.regionOnly !== undefined && typeof o.regionOnly !== 'boolean') {
        throw new TypeError(`contactcheck.parsePhone: options.regionOnly must be a boolean, got ${describe(o.regionOnly)}`);
      }
      const text = string('parsePhone', 'input', input);
      const r = decode(engine.parsePhone(text, optionalString('parsePhone', 'options.region', o.region),
        types, o.regionOnly === true, locale('parsePhone', o.locale)), text);
      r.input = input;
      return r;
    },

    /** Formats a number (E.164, or with +); null when it is not a valid number. */
    formatPhone(number, format = 'e164') {
      const f = string('formatPhone', 'format', format);
      if (!PHONE_FORMATS.has(f)) throw new RangeError(`contactcheck.formatPhone: format must be one of ${[...PHONE_FORMATS].join(', ')}`);
      return engine.formatPhone(string('formatPhone', 'number', number), f);
    },

    listCountries,

    /**
     * Countries for a <select>: names in `locale` (Intl.DisplayNames), sorted by name for that
     * locale, the locale's own country first (Japan for "ja").
     */
    countriesForLocale(localeTag = 'en') {
      string('countriesForLocale', 'locale', localeTag);
      const names = new Intl.DisplayNames([localeTag], { type: 'region', fallback: 'code' });
      const collator = new Intl.Collator(localeTag);
      const home = new Intl.Locale(localeTag).maximize().region;
      return listCountries()
        .map((c) => ({ ...c, name: names.of(c.region === '001' ? 'ZZ' : c.region) ?? c.region }))
        .sort((a, b) => (b.region === home) - (a.region === home) || collator.compare(a.name, b.name));
    },

    formatAsYouType(text, region = '', caret) {
      const t = string('formatAsYouType', 'text', text);
      const c = caret === undefined ? t.length : caret;
      if (!Number.isInteger(c)) throw new TypeError(`contactcheck.formatAsYouType: caret must be an integer, got ${describe(c)}`);
      return decode(engine.formatAsYouType(t, string('formatAsYouType', 'region', region), Math.max(0, Math.min(c, t.length))), t);
    },

    AsYouType,

    messages(localeTag = 'en') {
      return decode(engine.messages(locale('messages', localeTag, 'locale')));
    },

    versions() {
      return decode(engine.versions());
    },
  });
}
