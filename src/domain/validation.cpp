#include "domain/validation.hpp"

#include <algorithm>
#include <cctype>

namespace bb::domain {

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0U) != 0x80U ? 1 : 0;
  return n;
}

std::string trim(std::string_view text) {
  auto is_space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!text.empty() && is_space(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && is_space(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

std::string normalise_email(std::string_view email) {
  std::string out = trim(email);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<std::string> check_email(std::string_view email) {
  const std::string e = trim(email);
  if (e.empty()) return "validation.required";
  if (e.size() > 254) return "validation.too_long";
  const auto at = e.find('@');
  if (at == std::string::npos || at == 0 || at != e.rfind('@')) return "validation.email";
  const auto domain = std::string_view(e).substr(at + 1);
  if (domain.empty() || domain.find('.') == std::string_view::npos || domain.front() == '.' || domain.back() == '.')
    return "validation.email";
  if (std::any_of(e.begin(), e.end(), [](unsigned char c) { return std::isspace(c) != 0 || c < 0x20; }))
    return "validation.email";
  return std::nullopt;
}

std::optional<std::string> check_display_name(std::string_view name) {
  const std::string n = trim(name);
  if (n.empty()) return "validation.required";
  if (n.size() > 200) return "validation.too_long";
  return std::nullopt;
}

std::optional<std::string> check_new_password(std::string_view password) {
  // Count code points, not bytes, so that "ä" counts once.
  if (code_points(password) < 12) return "validation.password_too_short";
  if (password.size() > 256) return "validation.too_long";
  return std::nullopt;
}

std::optional<std::string> check_token_name(std::string_view name) {
  const std::string n = trim(name);
  if (n.empty()) return "validation.required";
  if (n.size() > 100) return "validation.too_long";
  return std::nullopt;
}

}  // namespace bb::domain
