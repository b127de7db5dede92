// The words the person at the form reads. Written for them, not for a developer: say what is
// wrong in their terms (the part before/after "@", full-width characters) and what to do next.
#include "contactcheck/messages.h"

#include <array>
#include <cstddef>

namespace contactcheck {
namespace {

struct Entry {
  std::string_view key;  // "email.<code>" / "phone.<code>", as all_messages() reports it
  std::string_view en;
  std::string_view ja;
};

// Indexed by the enum value minus one (none has no message); the order is the enums' order.
constexpr std::array<Entry, 13> kEmailErrors = {{
    {"email.empty", "Please enter your email address.", "メールアドレスを入力してください"},
    {"email.too_long", "This email address is too long (up to 64 characters before the @, 254 in all).",
     "メールアドレスが長すぎます（@の前は64文字まで、全体で254文字まで）"},
    {"email.fullwidth", "The address contains full-width characters. Please type it in half-width characters.",
     "全角文字が含まれています。半角で入力してください"},
    {"email.non_ascii",
     "The address contains characters that can't be used in an email address. Please use half-width letters, numbers and symbols.",
     "メールアドレスに使えない文字が含まれています。半角英数字と記号で入力してください"},
    {"email.space", "Please remove the spaces from the address.", "スペースが含まれています。スペースを削除してください"},
    {"email.no_at", "An email address needs an @, like name@example.com.",
     "「@」がありません。name@example.com のような形で入力してください"},
    {"email.multiple_at", "The address contains more than one @. Please enter a single address.",
     "「@」が2つ以上あります。メールアドレスは1つだけ入力してください"},
    {"email.local_empty", "Please enter the part before the @.", "「@」の前の部分を入力してください"},
    {"email.local_invalid_char", "The part before the @ contains a character that can't be used.",
     "「@」の前に使えない文字が含まれています"},
    {"email.domain_empty", "Please enter the part after the @, like example.com.",
     "「@」の後ろの部分（example.com など）を入力してください"},
    {"email.domain_no_dot", "The part after the @ needs a dot, like example.com.",
     "「@」の後ろに「.」がありません。example.com のような形か確認してください"},
    {"email.domain_invalid", "The part after the @ is not a valid domain. Please check it.",
     "「@」の後ろ（ドメイン）の形式が正しくありません。確認してください"},
    {"email.tld_invalid", "The end of the address (like .com or .jp) looks wrong. Please check it.",
     "アドレスの末尾（.com や .jp など）が正しくありません。確認してください"},
}};

constexpr std::array<Entry, 4> kEmailWarnings = {{
    {"email.carrier_mail",
     "Mobile carrier addresses often block mail from unknown senders. Please allow mail from our domain in your "
     "spam filter settings, or use another address such as Gmail or Yahoo! Mail.",
     "携帯キャリアのメールアドレスは、迷惑メール対策で知らない送信元からのメールを受け取れないことがあります。"
     "受信設定で当サイトのドメインからのメールを許可するか、Gmail・Yahoo!メールなどのアドレスをご利用ください"},
    {"email.rfc_nonconforming",
     "This address uses dots in a way some mail services don't accept (at the start or end, or two in a row), so "
     "some mail may not reach you.",
     "このアドレスは「.」の使い方（先頭・末尾・連続）が一般的な規格に沿っていないため、"
     "一部のサービスからのメールが届かないことがあります"},
    {"email.disposable", "This looks like a disposable address. Please use an address you will keep using.",
     "使い捨てのメールアドレスのようです。普段お使いのメールアドレスを入力してください"},
    {"email.relay",
     "This is a forwarding (privacy relay) address. Mail reaches you only while forwarding stays turned on.",
     "メール転送サービスのアドレスです。転送を停止するとメールが届かなくなりますのでご注意ください"},
}};

constexpr std::array<Entry, 9> kPhoneErrors = {{
    {"phone.empty", "Please enter your phone number.", "電話番号を入力してください"},
    {"phone.not_a_number", "This doesn't look like a phone number. Please enter it in digits.",
     "電話番号として読み取れません。数字で入力してください"},
    {"phone.invalid_country_code",
     "The country code is not recognized. Please choose a country, or start with + and the country code.",
     "国番号が正しくありません。国を選ぶか、「+」と国番号から入力してください"},
    {"phone.too_short", "The phone number is too short. Please check for missing digits.",
     "電話番号の桁数が足りません。抜けている数字がないか確認してください"},
    {"phone.too_long", "The phone number is too long. Please check for extra digits.",
     "電話番号の桁数が多すぎます。余分な数字がないか確認してください"},
    {"phone.invalid_length", "The phone number has the wrong number of digits.",
     "電話番号の桁数が正しくありません"},
    {"phone.invalid_number", "This phone number doesn't seem to exist. Please check it.",
     "この電話番号は使われていない番号のようです。もう一度確認してください"},
    {"phone.wrong_type", "This kind of phone number can't be used here. Please enter a different number.",
     "この種類の電話番号はご利用いただけません。別の番号を入力してください"},
    {"phone.wrong_region", "Phone numbers from this country or region can't be used here.",
     "この国・地域の電話番号はご利用いただけません"},
}};

std::string_view pick(const Entry& e, Locale locale) { return locale == Locale::ja ? e.ja : e.en; }

template <std::size_t N>
std::string_view lookup(const std::array<Entry, N>& table, std::size_t index, Locale locale) {
  return index < N ? pick(table[index], locale) : std::string_view();
}

}  // namespace

std::string_view message(email::Error e, Locale locale) {
  if (e == email::Error::none) return {};
  return lookup(kEmailErrors, static_cast<std::size_t>(e) - 1, locale);
}

std::string_view message(email::Warning w, Locale locale) {
  return lookup(kEmailWarnings, static_cast<std::size_t>(w), locale);
}

std::string_view message(phone::Error e, Locale locale) {
  if (e == phone::Error::none) return {};
  return lookup(kPhoneErrors, static_cast<std::size_t>(e) - 1, locale);
}

std::vector<std::pair<std::string_view, std::string_view>> all_messages(Locale locale) {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  out.reserve(kEmailErrors.size() + kEmailWarnings.size() + kPhoneErrors.size());
  for (const Entry& e : kEmailErrors) out.emplace_back(e.key, pick(e, locale));
  for (const Entry& e : kEmailWarnings) out.emplace_back(e.key, pick(e, locale));
  for (const Entry& e : kPhoneErrors) out.emplace_back(e.key, pick(e, locale));
  return out;
}

}  // namespace contactcheck
