// Types of the contactcheck package (both engines expose exactly this API).

export type EmailError = 'empty' | 'too_long' | 'fullwidth' | 'non_ascii' | 'space' | 'no_at'
  | 'multiple_at' | 'local_empty' | 'local_invalid_char' | 'domain_empty' | 'domain_no_dot'
  | 'domain_invalid' | 'tld_invalid';
export type EmailWarning = 'carrier_mail' | 'rfc_nonconforming' | 'disposable' | 'relay';
export type Locale = 'ja' | 'en' | (string & {});

export interface EmailCheckResult {
  input: string;
  /** The input without surrounding white space (ASCII and U+3000). */
  value: string;
  ok: boolean;
  error: EmailError | null;
  /**
   * The address the input most likely meant ("did you mean …?"), or null: IME text folded,
   * a pasted "Name <addr>" or "mailto:addr" unwrapped, a domain typo fixed. Always an address
   * that passes checkEmail, so a form can put it into the field as it is.
   */
  suggestion: string | null;
  /** The dedup key when ok, else null. */
  normalized: string | null;
  warnings: EmailWarning[];
  /** Present when options.locale was given. */
  message?: string | null;
  warningMessages?: string[];
}

export type NormalizeRule = 'exempt_relay' | 'exempt_yahoo_japan' | 'exempt_carrier' | 'gmail'
  | 'subaddress' | 'lowercase' | 'allow_listed';

export interface NormalizeResult {
  input: string;
  ok: boolean;
  error: EmailError | null;
  normalized: string | null;
  base: string | null;
  rule: NormalizeRule | null;
}

export type PhoneError = 'empty' | 'not_a_number' | 'invalid_country_code' | 'too_short'
  | 'too_long' | 'invalid_length' | 'invalid_number' | 'wrong_type' | 'wrong_region';
export type PhoneType = 'fixed_line' | 'mobile' | 'fixed_line_or_mobile' | 'toll_free'
  | 'premium_rate' | 'shared_cost' | 'voip' | 'personal_number' | 'pager' | 'uan' | 'voicemail'
  | 'unknown';
export type PhoneFormat = 'e164' | 'national' | 'international' | 'rfc3966';

export interface PhoneResult {
  input: string;
  ok: boolean;
  error: PhoneError | null;
  /** Only for valid numbers: an invalid number is never given an E.164 form. */
  e164: string | null;
  national: string | null;
  international: string | null;
  /** ISO 3166-1 alpha-2, or "001" for non-geographic numbers. */
  region: string | null;
  type: PhoneType | null;
  extension: string | null;
  /** On length errors: the valid national significant number lengths of the number's country (the one its "+" names, else options.region). */
  expectedLengths: number[] | null;
  message?: string | null;
}

export interface ParsePhoneOptions {
  /** Default region for numbers typed without +, e.g. "JP". */
  region?: string;
  /** Accept only these types (fixed_line_or_mobile passes a mobile or fixed_line filter). */
  types?: PhoneType[];
  /** Refuse valid numbers of other regions (error "wrong_region"). */
  regionOnly?: boolean;
  locale?: Locale;
}

export interface Country {
  region: string;
  callingCode: number;
  example: { mobile: string | null; fixedLine: string | null };
}

export declare class AsYouType {
  constructor(region?: string);
  /** Feeds one character; returns the whole formatted text so far. */
  input(ch: string): string;
  /** Same, and remembers this character's position (see rememberedPosition). */
  inputAndRemember(ch: string): string;
  inputString(text: string): string;
  /** Index (UTF-16 code units, as a field's caret) just after the remembered character in the last output; 0 when none. */
  rememberedPosition(): number;
  clear(): void;
  /** Frees the formatter now (garbage collection would do it later). */
  dispose(): void;
  [Symbol.dispose](): void;
}

export interface Contactcheck {
  readonly engine: 'native' | 'wasm';
  checkEmail(input: string, options?: { locale?: Locale }): EmailCheckResult;
  /**
   * The address with its domain corrected and the rest exactly as typed, or null
   * (docs/policy/email-suggest.md). It does not undo the IME or a pasted "mailto:": checkEmail's
   * suggestion does, and is always an address that passes.
   */
  suggestEmail(input: string, options?: { domains?: string[] }): string | null;
  setDomains(domains: string[]): void;
  loadDisposable(text: string): number;
  normalizeEmail(input: string, options?: { keepAliasesOf?: string[] }): NormalizeResult;
  parsePhone(input: string, options?: ParsePhoneOptions): PhoneResult;
  formatPhone(number: string, format?: PhoneFormat): string | null;
  listCountries(): Country[];
  countriesForLocale(locale?: string): (Country & { name: string })[];
  formatAsYouType(text: string, region?: string, caret?: number): { text: string; caret: number };
  AsYouType: typeof AsYouType;
  messages(locale?: Locale): Record<string, string>;
  versions(): { contactcheck: string; libphonenumber: string; metadata: string; engine: 'native' | 'wasm' };
}

/**
 * The engine, loaded once: in a browser every later call returns the first call's promise and
 * its options are not read again, unless that promise rejected (a 404, a failed compilation):
 * then the next call loads anew, with its own options. In Node, once per engine.
 */
export declare function load(options?: {
  engine?: 'native' | 'wasm';
  /** Browser: where the .wasm is served, when not next to the glue. */
  wasmUrl?: string | URL;
  /**
   * Browser: a compilation the page started itself, e.g. in its <head>:
   * `WebAssembly.compileStreaming(fetch('/contactcheck-wasm.wasm'))`. A failed one rejects load().
   */
  module?: WebAssembly.Module | PromiseLike<WebAssembly.Module>;
}): Promise<Contactcheck>;

export interface VerifyDomainResult {
  domain: string;
  ok: boolean;
  reason: 'no_domain' | 'null_mx' | 'timeout' | 'invalid_domain' | 'no_mail_host' | 'dns_error' | null;
  mx: string[];
  fallback: 'a' | 'aaaa' | null;
}
/** Node only: does the address's domain accept mail (MX, else A/AAAA)? Never talks SMTP. */
export declare function verifyDomain(address: string, options?: { timeout?: number; tries?: number; servers?: string[] }): Promise<VerifyDomainResult>;
