// Messages for the person at the form, for every error and warning code, in Japanese and English.
// Kept in the core so both engines show the same words.
#ifndef CONTACTCHECK_MESSAGES_H_
#define CONTACTCHECK_MESSAGES_H_

#include <string_view>
#include <utility>
#include <vector>

#include "contactcheck/email/check.h"
#include "contactcheck/locale.h"
#include "contactcheck/phone/parse.h"

namespace contactcheck {

std::string_view message(email::Error e, Locale locale);    // "" for none
std::string_view message(email::Warning w, Locale locale);
std::string_view message(phone::Error e, Locale locale);    // "" for none

// Every (code, message) pair: email errors, email warnings, phone errors, in enum order.
// Codes may repeat across groups with different words; keyed as "email.<code>" / "phone.<code>".
std::vector<std::pair<std::string_view, std::string_view>> all_messages(Locale locale);

}  // namespace contactcheck

#endif  // CONTACTCHECK_MESSAGES_H_
