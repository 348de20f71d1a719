#include "http/multipart.hpp"

#include <algorithm>
#include <cctype>

namespace bb::http {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The value of parameter `name` in a header value such as `form-data; name="x"; filename="a.csv"`.
std::optional<std::string> header_parameter(std::string_view value, std::string_view name) {
  for (auto item : split_header_list(value, ';')) {
    item = trim(item);
    const auto eq = item.find('=');
    if (eq == std::string_view::npos || lower(trim(item.substr(0, eq))) != name) continue;
    auto v = trim(item.substr(eq + 1));
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    return std::string(v);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> multipart_boundary(std::string_view content_type) {
  const auto semicolon = content_type.find(';');
  if (lower(trim(content_type.substr(0, semicolon))) != "multipart/form-data" || semicolon == std::string_view::npos)
    return std::nullopt;
  auto boundary = header_parameter(content_type.substr(semicolon + 1), "boundary");
  if (!boundary || boundary->empty() || boundary->size() > 70) return std::nullopt;
  return boundary;
}

std::optional<Params> parse_multipart(std::string_view body, std::string_view boundary) {
  const std::string delimiter = "--" + std::string(boundary);
  Params out;
  auto pos = body.find(delimiter);
  if (pos == std::string_view::npos) return std::nullopt;
  pos += delimiter.size();
  const std::string next_delimiter = "\r\n" + delimiter;
  while (true) {
    if (body.substr(pos, 2) == "--") return out;  // the closing delimiter
    if (body.substr(pos, 2) != "\r\n") return std::nullopt;
    pos += 2;
    const auto headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) return std::nullopt;
    std::optional<std::string> name;
    std::size_t line_start = pos;
    while (line_start < headers_end) {
      auto line_end = body.find("\r\n", line_start);
      if (line_end == std::string_view::npos || line_end > headers_end) line_end = headers_end;
      const auto line = body.substr(line_start, line_end - line_start);
      const auto colon = line.find(':');
      if (colon != std::string_view::npos && lower(trim(line.substr(0, colon))) == "content-disposition")
        name = header_parameter(line.substr(colon + 1), "name");
      line_start = line_end + 2;
    }
    const auto content_start = headers_end + 4;
    const auto content_end = body.find(next_delimiter, content_start);
    if (content_end == std::string_view::npos || !name) return std::nullopt;
    out.add(*name, std::string(body.substr(content_start, content_end - content_start)));
    pos = content_end + next_delimiter.size();
  }
}

std::optional<Params> form_fields(const Request& req) {
  const auto type = req.header("content-type").value_or("");
  if (auto boundary = multipart_boundary(type)) return parse_multipart(req.body, *boundary);
  return req.form();
}

}  // namespace bb::http
