#pragma once
// The request and response types every handler sees. They hide Beast's message types so that
// handlers (web/, api/) stay thin and testable without a socket.

#include <ostream>  // Boost 1.81 core/string_view needs it declared first

#include <boost/beast/http/status.hpp>
#include <boost/beast/http/verb.hpp>

#include <any>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bb::http {

using Status = boost::beast::http::status;
using Method = boost::beast::http::verb;

// Header names are stored lower-case; lookups are case-insensitive by construction.
class Headers {
 public:
  void set(std::string_view name, std::string value);
  void add(std::string_view name, std::string value);  // keeps earlier values (Set-Cookie)
  std::optional<std::string_view> get(std::string_view name) const;
  bool has(std::string_view name) const { return get(name).has_value(); }
  const std::vector<std::pair<std::string, std::string>>& all() const { return entries_; }

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
};

// Form fields and query parameters: ordered, repeatable keys (checkbox groups, multi-selects).
class Params {
 public:
  void add(std::string key, std::string value) { entries_.emplace_back(std::move(key), std::move(value)); }
  std::optional<std::string_view> get(std::string_view key) const;
  std::string get_or(std::string_view key, std::string_view fallback) const;
  std::vector<std::string> get_all(std::string_view key) const;
  const std::vector<std::pair<std::string, std::string>>& all() const { return entries_; }

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
};

// Splits a header value such as "a=1; b=2" or "\"x\", W/\"y\"" at `separator` into its items,
// with surrounding spaces removed and empty items left out.
std::vector<std::string_view> split_header_list(std::string_view value, char separator);

// Parses "a=1&b=%C3%BC" (query strings, application/x-www-form-urlencoded bodies).
// Returns nullopt on malformed percent-encoding so callers can answer 400.
std::optional<Params> parse_urlencoded(std::string_view text);

struct Request {
  Method method = Method::get;
  std::string target;  // raw request target, e.g. "/api/v1/regions/3?x=1"
  std::string path;    // percent-decoded path without the query
  Params query;
  Headers headers;
  std::string body;
  std::string remote_address;
  std::string request_id;  // set by the server for logs and error pages
  bool secure = false;      // served over TLS (directly or through a trusted proxy)

  // Filled by the router from the matched pattern ("/regions/{id:int}" -> {"id": "3"}).
  std::map<std::string, std::string, std::less<>> path_params;

  // Application state attached by middleware (the authenticated principal, the language ...).
  // Kept type-erased so http/ knows nothing of the domain.
  std::any context;

  std::optional<std::string_view> header(std::string_view name) const { return headers.get(name); }
  std::optional<std::string> cookie(std::string_view name) const;
  std::string_view param(std::string_view name) const;  // path parameter, "" if absent
  std::optional<std::int64_t> int_param(std::string_view name) const;
  bool is_api() const { return path.starts_with("/api/"); }
  // The body parsed as application/x-www-form-urlencoded; nullopt if malformed.
  std::optional<Params> form() const;
};

struct Response {
  Status status = Status::ok;
  Headers headers;
  std::string body;

  static Response html(std::string body, Status status = Status::ok);
  static Response json(std::string body, Status status = Status::ok);
  static Response text(std::string body, Status status = Status::ok);
  static Response redirect(std::string location, Status status = Status::see_other);
  static Response empty(Status status);
};

// Builds a Set-Cookie value. Attributes follow RFC 6265bis.
struct CookieOptions {
  bool http_only = true;
  bool secure = false;
  std::string same_site = "Lax";
  std::string path = "/";
  std::optional<std::int64_t> max_age_seconds;  // nullopt: session cookie; 0: delete
};
std::string make_set_cookie(std::string_view name, std::string_view value, const CookieOptions& options);

}  // namespace bb::http
