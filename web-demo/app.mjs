// The demo signup form. It uses the browser package exactly as a real form would: an ESM
// import of the WASM entry point (the .wasm is fetched with streaming compilation), then
// plain calls. All email and phone decisions come from the library; this file only decides
// when to show them (live while typing, on blur, on submit) and how they look.
import { load } from '../wasm/index.mjs';

performance.mark('contactcheck-app-start');

const STRINGS = {
  ja: {
    'doc.title': 'contactcheck — 登録フォームのデモ',
    skip: 'フォームへ移動',
    'lang.group': '表示言語',
    'hero.eyebrow': '登録フォームのためのメールアドレス・電話番号チェック',
    'hero.title': '入力は柔軟に、データは厳密に。',
    'hero.lead': 'どんな書き方で入力されても受け付けて、保存するのは1つの正規形。直せないときは、何が違うのかを具体的に伝えます。ブラウザ（WebAssembly）でもサーバー（Node）でも、同じ C++ コアが同じ答えを返します。',
    'form.title': 'アカウント作成',
    'form.sub': '入力しながら確認します。このデモは何も送信しません。',
    'email.label': 'メールアドレス',
    'email.hint': '全角の「＠」やドメインの打ち間違いもお知らせします',
    'email.ok': 'このアドレスで登録できます',
    'email.okWithWarnings': 'このアドレスで登録できます。次の点をご確認ください',
    'suggest.before': 'もしかして、こちらですか？',
    'suggest.after': '',
    'suggest.action': '{value} に修正する',
    'suggest.fix': '修正',
    'warn.carrier_mail': '携帯キャリアのメールアドレスです',
    'warn.rfc_nonconforming': '規格どおりでない「.」の使い方です',
    'warn.disposable': '使い捨てのアドレスのようです',
    'warn.relay': 'メール転送サービスのアドレスです',
    'warn.other': 'ご確認ください',
    'phone.label': '電話番号',
    'phone.country': '国・地域',
    'phone.hint': 'ハイフンなし・全角数字でも入力できます',
    'phone.mobileOnly': '携帯電話番号のみ受け付ける',
    'phone.mobileOnlyHint': 'SMS 認証用：IP 電話・固定電話は不可',
    'phone.ok': '有効な番号です：{type}・{country}',
    'phone.ext': '内線 {ext}',
    'phone.placeholder': '{example}',
    submit: '登録する',
    'submit.note': 'デモのため送信はされません',
    'submit.ok': 'この内容で登録できます。保存される値は右の「バックエンドに保存される値」のとおりです。',
    'submit.okNarrow': 'この内容で登録できます。保存される値は下の「バックエンドに保存される値」のとおりです。',
    'submit.fix': '入力内容をご確認ください',
    'store.title': 'バックエンドに保存される値',
    'store.sub': '入力の書き方が違っても、保存されるのは1つの形です。',
    'store.email': '入力値（前後の空白を除去）',
    'store.email_key': '重複チェック用キー（別名をまとめる）',
    'store.email_warnings': '警告（受け付け済み）',
    'store.phone_e164': '保存用（E.164）',
    'store.phone_national': '表示用（国内形式）',
    'store.phone_international': '国際形式',
    'store.phone_type': '種類・地域',
    'store.phone_extension': '内線',
    'store.none': '—',
    'store.notStored': '保存しない',
    'store.json': 'API の結果（JSON）',
    'examples.title': '試してみる',
    'examples.sub': 'クリックするとフォームに入力されます',
    'examples.email': 'メール',
    'examples.phone': '電話',
    'ex.fullwidth': '全角の「＠」',
    'ex.typo': 'ドメインの打ち間違い',
    'ex.carrier': 'キャリアメール・連続した「.」',
    'ex.alias': 'Gmail の別名 → 1つのキー',
    'ex.name': '名前を入力してしまった',
    'ex.tld': '末尾の打ち間違い',
    'ex.fullwidthDigits': '全角数字（日本）',
    'ex.voip': 'IP 電話・携帯のみ',
    'ex.uk': '国番号つき（英国）',
    'ex.extension': '内線つき',
    'ex.short': '1桁足りない',
    'footer.library': 'ライブラリ',
    'footer.metadata': '電話番号メタデータ',
    'footer.engine': 'エンジン',
    'engine.loading': '読み込み中…',
    'engine.ready': '準備完了',
    'engine.readyIn': 'WebAssembly の読み込みから最初の確認まで {ms} ms',
    'engine.failed': 'WebAssembly を読み込めませんでした',
    'engine.error': '確認中に内部エラーが発生しました（{detail}）',
    'type.mobile': '携帯電話',
    'type.fixed_line': '固定電話',
    'type.fixed_line_or_mobile': '固定電話または携帯電話',
    'type.toll_free': 'フリーダイヤル',
    'type.premium_rate': '有料情報サービス',
    'type.shared_cost': '通話料分担サービス',
    'type.voip': 'IP 電話',
    'type.personal_number': 'パーソナル番号',
    'type.pager': 'ポケットベル',
    'type.uan': '統一番号',
    'type.voicemail': 'ボイスメール',
    'type.unknown': '種類不明',
  },
  en: {
    'doc.title': 'contactcheck — signup form demo',
    skip: 'Skip to the form',
    'lang.group': 'Language',
    'hero.eyebrow': 'Email and phone checks for signup forms',
    'hero.title': 'Flexible input, strict data.',
    'hero.lead': 'Accept every way a person may type a value, store one canonical form, and say precisely what is wrong when it cannot be fixed. The same C++ core gives the same answers in the browser (WebAssembly) and on the server (Node).',
    'form.title': 'Create your account',
    'form.sub': 'Checked as you type. This demo sends nothing anywhere.',
    'email.label': 'Email address',
    'email.hint': 'We’ll point out a full-width ＠ or a mistyped domain.',
    'email.ok': 'This address can be used.',
    'email.okWithWarnings': 'This address can be used. Please note:',
    'suggest.before': 'Did you mean this?',
    'suggest.after': '',
    'suggest.action': 'Change it to {value}',
    'suggest.fix': 'Fix',
    'warn.carrier_mail': 'A mobile carrier address',
    'warn.rfc_nonconforming': 'Dots used outside the standard',
    'warn.disposable': 'Looks like a disposable address',
    'warn.relay': 'A forwarding address',
    'warn.other': 'Please check',
    'phone.label': 'Phone number',
    'phone.country': 'Country or region',
    'phone.hint': 'Hyphens are optional; full-width digits work too.',
    'phone.mobileOnly': 'Accept mobile numbers only',
    'phone.mobileOnlyHint': 'For SMS verification: no VoIP or landlines',
    'phone.ok': 'Valid number: {type}, {country}',
    'phone.ext': 'ext. {ext}',
    'phone.placeholder': '{example}',
    submit: 'Sign up',
    'submit.note': 'This demo sends nothing.',
    'submit.ok': 'Ready to sign up. What would be stored is shown under “What the backend stores”.',
    'submit.okNarrow': 'Ready to sign up. What would be stored is shown under “What the backend stores”.',
    'submit.fix': 'Please check the fields marked in red.',
    'store.title': 'What the backend stores',
    'store.sub': 'However it was typed, one canonical form is stored.',
    'store.email': 'Address, white space trimmed',
    'store.email_key': 'Dedup key (aliases folded)',
    'store.email_warnings': 'Warnings (accepted)',
    'store.phone_e164': 'Stored (E.164)',
    'store.phone_national': 'Shown to the user (national)',
    'store.phone_international': 'International',
    'store.phone_type': 'Type, region',
    'store.phone_extension': 'Extension',
    'store.none': '—',
    'store.notStored': 'not stored',
    'store.json': 'API results (JSON)',
    'examples.title': 'Try these',
    'examples.sub': 'Click one to fill the form.',
    'examples.email': 'Email',
    'examples.phone': 'Phone',
    'ex.fullwidth': 'Full-width ＠',
    'ex.typo': 'Mistyped domain',
    'ex.carrier': 'Carrier mail, double dot',
    'ex.alias': 'Gmail alias → one key',
    'ex.name': 'A name in the email field',
    'ex.tld': 'Mistyped ending',
    'ex.fullwidthDigits': 'Full-width digits (Japan)',
    'ex.voip': 'VoIP, mobile only',
    'ex.uk': 'With country code (UK)',
    'ex.extension': 'With an extension',
    'ex.short': 'One digit missing',
    'footer.library': 'Library',
    'footer.metadata': 'Phone metadata',
    'footer.engine': 'Engine',
    'engine.loading': 'Loading…',
    'engine.ready': 'Ready',
    'engine.readyIn': '{ms} ms from navigation to the first check (WebAssembly loaded)',
    'engine.failed': 'Could not load the WebAssembly engine',
    'engine.error': 'Internal error while checking ({detail})',
    'type.mobile': 'mobile',
    'type.fixed_line': 'landline',
    'type.fixed_line_or_mobile': 'landline or mobile',
    'type.toll_free': 'toll-free',
    'type.premium_rate': 'premium rate',
    'type.shared_cost': 'shared cost',
    'type.voip': 'VoIP',
    'type.personal_number': 'personal number',
    'type.pager': 'pager',
    'type.uan': 'universal access number',
    'type.voicemail': 'voicemail',
    'type.unknown': 'unknown type',
  },
};

const EXAMPLES = [
  { field: 'email', value: 'user＠example.com', note: 'ex.fullwidth' },
  { field: 'email', value: 'taro@gmal.com', note: 'ex.typo' },
  { field: 'email', value: 'taro..x@docomo.ne.jp', note: 'ex.carrier' },
  { field: 'email', value: 'Mirai.Taro+shop@gmail.com', note: 'ex.alias' },
  { field: 'email', value: '未来太郎', note: 'ex.name' },
  { field: 'email', value: 'hanako@yahoo.co.jpp', note: 'ex.tld' },
  { field: 'phone', value: '０９０１２３４５６７８', region: 'JP', note: 'ex.fullwidthDigits' },
  { field: 'phone', value: '050-1234-5678', region: 'JP', mobileOnly: true, note: 'ex.voip' },
  { field: 'phone', value: '+44 20 7946 0018', note: 'ex.uk' },
  { field: 'phone', value: '090-1234-5678 内線12', region: 'JP', note: 'ex.extension' },
  { field: 'phone', value: '03-1234-567', region: 'JP', note: 'ex.short' },
];

// Errors that only mean "not finished yet" while someone is still typing: shown after the
// field has been left once (or on submit), never in the middle of the first attempt.
const EMAIL_UNFINISHED = new Set(['empty', 'no_at', 'local_empty', 'domain_empty', 'domain_no_dot',
  'domain_invalid', 'tld_invalid']);
const PHONE_UNFINISHED = new Set(['empty', 'too_short', 'invalid_length', 'invalid_number']);
// As-you-type formatting handles digits and the usual separators; anything else (an extension
// such as "内線12" or "ext. 3") is left exactly as typed.
const DIALABLE = /^[\s0-9０-９+＋()（）\-‐‑–—―−－ー.．/／]*$/u;
const DEBOUNCE_MS = 250;

const $ = (id) => document.getElementById(id);
const el = {
  root: document.documentElement,
  email: $('email'),
  emailField: $('email-field'),
  emailFeedback: $('email-feedback'),
  phone: $('phone'),
  phoneField: $('phone-field'),
  phoneFeedback: $('phone-feedback'),
  country: $('country'),
  countryName: $('country-name'),
  countryCode: $('country-code'),
  mobileOnly: $('mobile-only'),
  form: $('signup'),
  submitResult: $('submit-result'),
  record: $('record'),
  rawJson: $('raw-json'),
  examples: $('examples'),
  engineStatus: $('engine-status'),
  timing: $('timing'),
};

const state = {
  lang: initialLanguage(),
  cc: null,
  failed: null,
  countries: [],
  byRegion: new Map(),
  region: 'JP',
  readyMs: null,
  submitted: false,
  email: { result: null, touched: false, timer: 0, crash: null },
  phone: { result: null, touched: false, timer: 0, crash: null },
  firstResult: false,
};

function initialLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'ja' || fromUrl === 'en') return fromUrl;
  try {
    const saved = localStorage.getItem('contactcheck-demo-lang');
    if (saved === 'ja' || saved === 'en') return saved;
  } catch { /* storage may be unavailable */ }
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language ?? 'ja'];
  const first = languages.find((l) => /^(ja|en)\b/i.test(l));
  return first ? first.slice(0, 2).toLowerCase() : 'ja';
}

function t(key, vars = {}) {
  const text = STRINGS[state.lang][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');
}

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

const ICONS = {
  error: 'M12 2a10 10 0 100 20 10 10 0 000-20zm0 5a1.2 1.2 0 011.2 1.2v4.6a1.2 1.2 0 01-2.4 0V8.2A1.2 1.2 0 0112 7zm0 8.6a1.4 1.4 0 110 2.8 1.4 1.4 0 010-2.8z',
  ok: 'M12 2a10 10 0 100 20 10 10 0 000-20zm4.6 7.3l-5.4 5.9a1.1 1.1 0 01-1.6 0l-2.3-2.4a1.1 1.1 0 011.6-1.6l1.5 1.6 4.6-5a1.1 1.1 0 011.6 1.5z',
  warn: 'M13.7 3.4l8.1 14.2A2 2 0 0120.1 20.6H3.9a2 2 0 01-1.7-3l8.1-14.2a2 2 0 013.4 0zM12 8.3a1.1 1.1 0 00-1.1 1.1v4.2a1.1 1.1 0 002.2 0V9.4A1.1 1.1 0 0012 8.3zm0 7.6a1.3 1.3 0 100 2.6 1.3 1.3 0 000-2.6z',
  hint: 'M12 2a7 7 0 00-4 12.7V17a1 1 0 001 1h6a1 1 0 001-1v-2.3A7 7 0 0012 2zm-2.5 18h5a.5.5 0 01.5.5 1.5 1.5 0 01-1.5 1.5h-3A1.5 1.5 0 019 20.5a.5.5 0 01.5-.5z',
};

function icon(kind) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('msg__icon');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICONS[kind]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

function message(kind, text, extra = {}) {
  return h('p', { class: `msg msg--${kind}`, ...extra, dataset: { ...extra.dataset, sig: `${kind}|${extra.id ?? ''}|${text}` } },
    icon(kind), h('span', { class: 'msg__text' }, text));
}

/**
 * Replaces the children of `container` with `parts`, keeping every node whose data-sig is
 * unchanged: a button the pointer (or keyboard focus) is on survives a re-render caused by
 * blur, and unchanged messages are not announced again.
 */
function patch(container, parts) {
  const wanted = new Set(parts.map((p) => p.dataset.sig));
  const kept = new Map();
  for (const child of [...container.children]) {
    if (wanted.has(child.dataset.sig) && !kept.has(child.dataset.sig)) kept.set(child.dataset.sig, child);
    else child.remove();
  }
  parts.forEach((part, i) => {
    const node = kept.get(part.dataset.sig) ?? part;
    const at = container.children[i];
    if (at !== node) container.insertBefore(node, at ?? null);
  });
}

/** The message text of a code: the core's localized message, else its message table. */
function codeMessage(prefix, code, given) {
  if (given) return given;
  const table = state.cc ? safe(() => state.cc.messages(state.lang), {}) : {};
  return table[`${prefix}.${code}`] || code;
}

function safe(fn, fallback) {
  try {
    return fn();
  } catch (error) {
    console.error(error);
    return fallback;
  }
}

// ---------- language ----------

function applyLanguage() {
  const { lang } = state;
  el.root.lang = lang;
  document.title = t('doc.title');
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  for (const node of document.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      node.setAttribute(attr, t(key));
    }
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  renderEngineStatus();
  renderExamples();
  if (state.cc) {
    fillCountries();
    if (state.email.result) runEmail('refresh');
    if (state.phone.result) runPhone('refresh');
  }
  renderRecord();
  if (state.submitted) renderSubmit();
}

function setLanguage(lang) {
  if (lang === state.lang) return;
  state.lang = lang;
  try { localStorage.setItem('contactcheck-demo-lang', lang); } catch { /* ignore */ }
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  applyLanguage();
}

// ---------- email ----------

/**
 * Runs one field's check on its current value and shows the result: `check(value)` is the
 * library call; a throw is shown as the field's error (the demo must show it, not hang).
 */
function runField(field, input, name, check, render, reason) {
  clearTimeout(field.timer);
  if (!state.cc) return;
  const value = input.value;
  if (reason === 'blur' || reason === 'fill') field.touched = value.trim() !== '';
  try {
    field.result = check(value);
    field.crash = null;
  } catch (error) {
    console.error(`contactcheck.${name} failed`, error);
    field.result = null;
    field.crash = String(error?.message ?? error);
  }
  render();
  renderRecord();
  firstResult();
}

function runEmail(reason) {
  runField(state.email, el.email, 'checkEmail',
    (value) => state.cc.checkEmail(value, { locale: state.lang }), renderEmail, reason);
}

function emailView() {
  const { result, touched, crash } = state.email;
  if (crash) return 'error';
  if (!result) return 'idle';
  if (result.ok) {
    if (result.warnings?.length) return 'warn';
    // A well-formed address with a likely typo: ask first, praise after.
    return result.suggestion && result.suggestion !== result.value ? 'suggest' : 'ok';
  }
  if (result.error === 'empty') return state.submitted ? 'error' : 'idle';
  return touched || state.submitted || !EMAIL_UNFINISHED.has(result.error) ? 'error' : 'idle';
}

/** Splits `suggestion` into the part shared with `value` and the part that changed. */
function diffParts(value, suggestion) {
  let start = 0;
  while (start < value.length && start < suggestion.length && value[start] === suggestion[start]) start++;
  let end = 0;
  while (end < value.length - start && end < suggestion.length - start
    && value[value.length - 1 - end] === suggestion[suggestion.length - 1 - end]) end++;
  return [suggestion.slice(0, start), suggestion.slice(start, suggestion.length - end), suggestion.slice(suggestion.length - end)];
}

function renderEmail() {
  const { result, crash } = state.email;
  const view = emailView();
  el.emailField.dataset.state = view;
  el.email.setAttribute('aria-invalid', String(view === 'error'));
  const parts = [];
  if (crash) {
    parts.push(message('error', t('engine.error', { detail: crash }), { id: 'email-message' }));
  } else if (view === 'error') {
    parts.push(message('error', codeMessage('email', result.error, result.message), { id: 'email-message', dataset: { code: result.error } }));
  } else if (view === 'ok') {
    parts.push(message('ok', t('email.ok'), { id: 'email-message' }));
  } else if (view === 'warn') {
    parts.push(message('ok', t('email.okWithWarnings'), { id: 'email-message' }));
  }
  if (result?.suggestion && result.value !== '' && result.suggestion !== result.value) {
    const suggestion = result.suggestion;
    const [before, changed, after] = diffParts(result.value, suggestion);
    parts.push(h('div', { class: 'suggest', id: 'email-suggest', dataset: { sig: `suggest|${state.lang}|${result.value}|${suggestion}` } },
      icon('hint'),
      h('span', { class: 'suggest__text' }, t('suggest.before'), ' '),
      h('button', {
        type: 'button',
        class: 'suggest__button',
        id: 'email-suggestion',
        'aria-label': t('suggest.action', { value: suggestion }),
        dataset: { value: suggestion },
        onclick: () => applySuggestion(suggestion),
      }, h('span', { class: 'suggest__value' }, before, changed ? h('mark', {}, changed) : '', after),
      h('span', { class: 'suggest__fix', 'aria-hidden': 'true' }, t('suggest.fix'))),
      t('suggest.after') ? h('span', { class: 'suggest__text' }, t('suggest.after')) : null));
  }
  if (view === 'warn') {
    const codes = result.warnings;
    parts.push(h('ul', { class: 'warnings', id: 'email-warnings', dataset: { sig: `warnings|${state.lang}|${JSON.stringify([codes, result.warningMessages])}` } }, codes.map((code, i) => h('li', {
      class: 'warning', dataset: { code },
    }, icon('warn'), h('div', { class: 'warning__body' },
      h('strong', { class: 'warning__title' }, STRINGS[state.lang][`warn.${code}`] ?? t('warn.other')),
      h('span', { class: 'warning__text' }, codeMessage('email', code, result.warningMessages?.[i])))))));
  }
  patch(el.emailFeedback, parts);
}

function applySuggestion(value) {
  el.email.value = value;
  runEmail('fill');
  el.email.focus();
  el.email.setSelectionRange(value.length, value.length);
}

// ---------- phone ----------

function formatPhoneField() {
  if (!state.cc) return;
  const value = el.phone.value;
  // A trailing space may be the start of "内線12" / "ext. 12": leave it until more is typed.
  if (!DIALABLE.test(value) || /\s$/u.test(value)) return;
  const caret = el.phone.selectionStart ?? value.length;
  let formatted;
  try {
    formatted = state.cc.formatAsYouType(value, state.region, caret);
  } catch (error) {
    console.error('contactcheck.formatAsYouType failed', error);
    return;
  }
  if (formatted.text !== value) el.phone.value = formatted.text;
  if (document.activeElement === el.phone) el.phone.setSelectionRange(formatted.caret, formatted.caret);
}

function runPhone(reason) {
  runField(state.phone, el.phone, 'parsePhone', (value) => {
    const options = { region: state.region, locale: state.lang };
    if (el.mobileOnly.checked) options.types = ['mobile'];
    return state.cc.parsePhone(value, options);
  }, renderPhone, reason);
}

function phoneView() {
  const { result, touched, crash } = state.phone;
  if (crash) return 'error';
  if (!result) return 'idle';
  if (result.ok) return 'ok';
  if (result.error === 'empty') return state.submitted ? 'error' : 'idle';
  return touched || state.submitted || !PHONE_UNFINISHED.has(result.error) ? 'error' : 'idle';
}

function regionName(region) {
  return state.byRegion.get(region)?.name ?? region;
}

function renderPhone() {
  const { result, crash } = state.phone;
  const view = phoneView();
  el.phoneField.dataset.state = view;
  el.phone.setAttribute('aria-invalid', String(view === 'error'));
  const parts = [];
  if (crash) {
    parts.push(message('error', t('engine.error', { detail: crash }), { id: 'phone-message' }));
  } else if (view === 'error') {
    parts.push(message('error', codeMessage('phone', result.error, result.message), { id: 'phone-message', dataset: { code: result.error } }));
  } else if (view === 'ok') {
    let text = t('phone.ok', { type: t(`type.${result.type}`), country: regionName(result.region) });
    if (result.extension) {
      const ext = t('phone.ext', { ext: result.extension });
      text += state.lang === 'ja' ? `（${ext}）` : ` (${ext})`;
    }
    parts.push(message('ok', text, { id: 'phone-message' }));
  }
  patch(el.phoneFeedback, parts);
}

function fillCountries() {
  const list = safe(() => state.cc.countriesForLocale(state.lang), []);
  if (!list.length) return;
  state.countries = list;
  state.byRegion = new Map(list.map((c) => [c.region, c]));
  if (!state.byRegion.has(state.region)) state.region = list[0].region;
  const options = list.map((c) => h('option', { value: c.region }, `${c.name} (+${c.callingCode})`));
  el.country.replaceChildren(...options);
  el.country.value = state.region;
  renderCountry();
}

function renderCountry() {
  const country = state.byRegion.get(state.region);
  if (!country) return;
  el.countryName.textContent = country.name;
  el.countryCode.textContent = `+${country.callingCode}`;
  const example = (el.mobileOnly.checked ? country.example?.mobile : country.example?.mobile || country.example?.fixedLine)
    || country.example?.fixedLine || '';
  el.phone.placeholder = example ? t('phone.placeholder', { example }) : '';
}

function setRegion(region) {
  if (!state.byRegion.has(region)) return;
  state.region = region;
  el.country.value = region;
  renderCountry();
}

// ---------- the stored record ----------

/** Long addresses break before "@" and "." rather than anywhere. */
function breakBefore(text) {
  return text.split(/(?=[@＠.])/).flatMap((part, i) => (i ? [h('wbr'), part] : [part]));
}

function renderRecord() {
  const email = state.email.result;
  const phone = state.phone.result;
  const none = t('store.none');
  const rows = [];
  const breakable = (value) => (typeof value === 'string' ? breakBefore(value) : value);
  const row = (key, label, value, status, id) => rows.push(h('div', { class: 'record__row', dataset: { state: status } },
    h('dt', {}, h('code', { class: 'record__key' }, key), h('span', { class: 'record__label' }, label)),
    h('dd', { class: 'record__value', id }, breakable(value))));
  const rejected = (code) => h('span', { class: 'record__rejected' }, `${t('store.notStored')} · `, h('code', {}, code));

  if (!email || email.value === '') {
    row('email', t('store.email'), none, 'empty', 'store-email');
    row('email_key', t('store.email_key'), none, 'empty', 'store-email-key');
  } else if (email.ok) {
    row('email', t('store.email'), email.value, 'ok', 'store-email');
    row('email_key', t('store.email_key'), email.normalized ?? none, email.normalized ? 'key' : 'empty', 'store-email-key');
    if (email.warnings?.length) row('email_warnings', t('store.email_warnings'), email.warnings.join(', '), 'warn', 'store-email-warnings');
  } else {
    row('email', t('store.email'), rejected(email.error), 'rejected', 'store-email');
    row('email_key', t('store.email_key'), none, 'empty', 'store-email-key');
  }

  if (!phone || phone.error === 'empty') {
    row('phone', t('store.phone_e164'), none, 'empty', 'store-phone-e164');
    row('phone_display', t('store.phone_national'), none, 'empty', 'store-phone-national');
  } else if (phone.ok) {
    row('phone', t('store.phone_e164'), phone.e164, 'key', 'store-phone-e164');
    row('phone_display', t('store.phone_national'), phone.national, 'ok', 'store-phone-national');
    row('phone_intl', t('store.phone_international'), phone.international, 'ok', 'store-phone-international');
    row('phone_type', t('store.phone_type'), `${phone.type} · ${phone.region}`, 'ok', 'store-phone-type');
    if (phone.extension) row('phone_ext', t('store.phone_extension'), phone.extension, 'ok', 'store-phone-extension');
  } else {
    row('phone', t('store.phone_e164'), rejected(phone.error), 'rejected', 'store-phone-e164');
    row('phone_display', t('store.phone_national'), none, 'empty', 'store-phone-national');
  }
  el.record.replaceChildren(...rows);
  const raw = {};
  if (email) raw.checkEmail = email;
  if (phone) raw.parsePhone = phone;
  el.rawJson.textContent = JSON.stringify(raw, null, 2);
}

// ---------- submit ----------

function renderSubmit() {
  const ok = state.email.result?.ok && state.phone.result?.ok;
  const narrow = matchMedia('(max-width: 900px)').matches;
  el.submitResult.replaceChildren(ok
    ? message('ok', t(narrow ? 'submit.okNarrow' : 'submit.ok'))
    : message('error', t('submit.fix')));
  el.submitResult.dataset.state = ok ? 'ok' : 'error';
}

el.form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!state.cc) return;
  state.submitted = true;
  runEmail('submit');
  runPhone('submit');
  renderSubmit();
  const firstInvalid = [el.email, el.phone].find((input) => input.getAttribute('aria-invalid') === 'true');
  firstInvalid?.focus();
});

// ---------- examples ----------

function renderExamples() {
  el.examples.replaceChildren(...EXAMPLES.map((ex) => h('li', {},
    h('button', {
      type: 'button',
      class: 'example',
      dataset: { field: ex.field, value: ex.value },
      onclick: () => fillExample(ex),
    },
    h('span', { class: `example__kind example__kind--${ex.field}` }, t(`examples.${ex.field}`)),
    h('code', { class: 'example__value', lang: 'ja' }, breakBefore(ex.value)),
    h('span', { class: 'example__note' }, t(ex.note))))));
}

function fillExample(ex) {
  const input = ex.field === 'email' ? el.email : el.phone;
  if (ex.field === 'phone') {
    if (ex.region) setRegion(ex.region);
    el.mobileOnly.checked = Boolean(ex.mobileOnly);
    renderCountry();
  }
  input.value = ex.value;
  input.focus({ preventScroll: true });
  if (ex.field === 'phone') {
    el.phone.setSelectionRange(ex.value.length, ex.value.length);
    formatPhoneField();
    runPhone('fill');
  } else {
    runEmail('fill');
  }
  if (matchMedia('(max-width: 900px)').matches) {
    input.closest('.field').scrollIntoView({ behavior: 'smooth', block: 'center' });
  }
}

// ---------- readiness ----------

function renderEngineStatus() {
  const status = el.engineStatus;
  if (state.failed) {
    status.dataset.state = 'failed';
    status.textContent = t('engine.failed');
    el.timing.textContent = `${t('engine.failed')}: ${state.failed}`;
  } else if (state.cc) {
    status.dataset.state = 'ready';
    status.textContent = t('engine.ready');
    el.timing.textContent = state.readyMs === null ? t('engine.ready') : t('engine.readyIn', { ms: state.readyMs });
  } else {
    status.dataset.state = 'loading';
    status.textContent = t('engine.loading');
    el.timing.textContent = t('engine.loading');
  }
}

/** Marks the first validation result shown (the e2e test reads it). */
function firstResult() {
  if (state.firstResult) return;
  state.firstResult = true;
  const mark = performance.mark('contactcheck-first-result');
  state.readyMs = Math.round(mark.startTime);
  el.root.dataset.firstResultMs = String(state.readyMs);
  renderEngineStatus();
}

// ---------- wiring ----------

el.email.addEventListener('input', () => {
  clearTimeout(state.email.timer);
  state.email.timer = setTimeout(() => runEmail('input'), DEBOUNCE_MS);
});
el.email.addEventListener('blur', () => runEmail('blur'));

el.phone.addEventListener('input', (event) => {
  if (event.isComposing) return; // an IME is still composing: format when it commits
  formatPhoneField();
  clearTimeout(state.phone.timer);
  state.phone.timer = setTimeout(() => runPhone('input'), DEBOUNCE_MS);
});
el.phone.addEventListener('compositionend', () => {
  formatPhoneField();
  clearTimeout(state.phone.timer);
  state.phone.timer = setTimeout(() => runPhone('input'), DEBOUNCE_MS);
});
el.phone.addEventListener('blur', () => runPhone('blur'));
el.country.addEventListener('change', () => {
  setRegion(el.country.value);
  if (el.phone.value) {
    formatPhoneField();
    runPhone('fill');
  }
});
el.mobileOnly.addEventListener('change', () => {
  renderCountry();
  if (el.phone.value) runPhone('fill');
});
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}

applyLanguage();

try {
  const cc = await load({ module: window.contactcheckWasm });  // started by index.html's <head>
  state.cc = cc;
  performance.mark('contactcheck-ready');
  const versions = cc.versions();
  $('v-lib').textContent = versions.contactcheck ?? '—';
  $('v-meta').textContent = versions.metadata ?? versions.libphonenumber ?? '—';
  $('v-engine').textContent = versions.engine === 'wasm' ? 'WebAssembly' : String(versions.engine ?? cc.engine);
  // Whatever was typed (or autofilled) while the engine loaded is checked now; with an empty
  // form, one check still runs so that the first result is there when typing starts.
  runEmail('input');
  // The country list is built once from the metadata; let the first result paint before it.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  fillCountries();
  performance.mark('contactcheck-countries');
  if (el.phone.value) {
    formatPhoneField();
    runPhone('input');
  }
  renderRecord();
  el.root.dataset.ready = 'true';
} catch (error) {
  console.error('contactcheck: the WebAssembly engine did not load', error);
  state.failed = String(error?.message ?? error);
  el.root.dataset.ready = 'failed';
}
renderEngineStatus();
