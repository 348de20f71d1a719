#include "http/message.hpp"

#include <boost/locale/utf.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace bb::http {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Form decoding ('+' is a space) is not what Boost.URL's percent decoding does for paths,
// so this small decoder is written here.
std::optional<std::string> decode_form_component(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '+') {
      out.push_back(' ');
    } else if (c == '%') {
      if (i + 2 >= in.size()) return std::nullopt;
      const int hi = hex_value(in[i + 1]);
      const int lo = hex_value(in[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool valid_utf8(std::string_view s) {
  using traits = boost::locale::utf::utf_traits<char>;
  auto it = s.begin();
  while (it != s.end()) {
    const auto code_point = traits::decode(it, s.end());
    if (code_point == boost::locale::utf::illegal || code_point == boost::locale::utf::incomplete) return false;
  }
  return true;
}

}  // namespace

void Headers::set(std::string_view name, std::string value) {
  const auto key = lower(name);
  std::erase_if(entries_, [&](const auto& e) { return e.first == key; });
  entries_.emplace_back(key, std::move(value));
}

void Headers::add(std::string_view name, std::string value) { entries_.emplace_back(lower(name), std::move(value)); }

std::optional<std::string_view> Headers::get(std::string_view name) const {
  for (const auto& [key, value] : entries_)
    if (iequals(key, name)) return std::string_view(value);
  return std::nullopt;
}

std::optional<std::string_view> Params::get(std::string_view key) const {
  for (const auto& [k, v] : entries_)
    if (k == key) return std::string_view(v);
  return std::nullopt;
}

std::string Params::get_or(std::string_view key, std::string_view fallback) const {
  return std::string(get(key).value_or(fallback));
}

std::vector<std::string> Params::get_all(std::string_view key) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : entries_)
    if (k == key) out.push_back(v);
  return out;
}

std::optional<Params> parse_urlencoded(std::string_view text) {
  Params params;
  while (!text.empty()) {
    const auto amp = text.find('&');
    const auto pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    auto key = decode_form_component(pair.substr(0, eq));
    auto value = decode_form_component(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    // Malformed escapes and invalid UTF-8 are refused here, so nothing downstream stores them.
    if (!key || !value || !valid_utf8(*key) || !valid_utf8(*value)) return std::nullopt;
    params.add(std::move(*key), std::move(*value));
  }
  return params;
}

std::vector<std::string_view> split_header_list(std::string_view value, char separator) {
  std::vector<std::string_view> items;
  while (!value.empty()) {
    const auto at = value.find(separator);
    auto item = value.substr(0, at);
    value = at == std::string_view::npos ? std::string_view() : value.substr(at + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

std::optional<std::string> Request::cookie(std::string_view name) const {
  auto header = headers.get("cookie");
  if (!header) return std::nullopt;
  for (const auto item : split_header_list(*header, ';')) {
    const auto eq = item.find('=');
    if (eq == std::string_view::npos || item.substr(0, eq) != name) continue;
    auto value = item.substr(eq + 1);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    return std::string(value);
  }
  return std::nullopt;
}

std::string_view Request::param(std::string_view name) const {
  auto it = path_params.find(name);
  return it == path_params.end() ? std::string_view() : std::string_view(it->second);
}

std::optional<std::int64_t> Request::int_param(std::string_view name) const {
  const auto text = param(name);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<Params> Request::form() const { return parse_urlencoded(body); }

namespace {
Response with_type(std::string body, Status status, std::string type) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.headers.set("Content-Type", std::move(type));
  return r;
}
}  // namespace

Response Response::html(std::string body, Status status) {
  return with_type(std::move(body), status, "text/html; charset=utf-8");
}
Response Response::json(std::string body, Status status) {
  return with_type(std::move(body), status, "application/json");
}
Response Response::text(std::string body, Status status) {
  return with_type(std::move(body), status, "text/plain; charset=utf-8");
}
Response Response::redirect(std::string location, Status status) {
  Response r;
  r.status = status;
  r.headers.set("Location", std::move(location));
  return r;
}
Response Response::empty(Status status) {
  Response r;
  r.status = status;
  return r;
}

std::string make_set_cookie(std::string_view name, std::string_view value, const CookieOptions& options) {
  std::string out;
  out.append(name).append("=").append(value);
  out.append("; Path=").append(options.path);
  if (options.max_age_seconds) out.append("; Max-Age=").append(std::to_string(*options.max_age_seconds));
  if (options.http_only) out.append("; HttpOnly");
  if (options.secure) out.append("; Secure");
  if (!options.same_site.empty()) out.append("; SameSite=").append(options.same_site);
  return out;
}

}  // namespace bb::http
