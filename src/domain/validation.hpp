#pragma once
// Field rules for the foundation's forms. Each check returns the catalog key of the problem,
// so that the HTML form shows it next to the field and the API puts it into error.fields.

#include <optional>
#include <string>
#include <string_view>

namespace bb::domain {

std::string normalise_email(std::string_view email);  // trimmed, lower-case
std::optional<std::string> check_email(std::string_view email);
std::optional<std::string> check_display_name(std::string_view name);
// Length-based rule as NIST SP 800-63B recommends: at least 12 characters, at most 256,
// no composition rules.
std::optional<std::string> check_new_password(std::string_view password);
std::optional<std::string> check_token_name(std::string_view name);

std::string trim(std::string_view text);
// The number of Unicode code points of UTF-8 text (continuation bytes are 10xxxxxx).
std::size_t code_points(std::string_view text);

}  // namespace bb::domain
