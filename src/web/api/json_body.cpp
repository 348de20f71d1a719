#include "web/api/json_body.hpp"

#include "web/register_support.hpp"
#include "web/responses.hpp"

namespace bb::web {

namespace json = boost::json;

std::variant<json::object, http::Response> body_object(const Services& s, const http::Request& req) {
  boost::system::error_code ec;
  auto value = json::parse(req.body, ec);
  if (ec || !value.is_object()) {
    auto res = json_error(s, req, Error::invalid("error.malformed_json"));
    res.status = http::Status::bad_request;
    return res;
  }
  return std::move(value.as_object());
}

json::value optional_id(const std::optional<domain::Id>& id) { return id ? json::value(*id) : json::value(nullptr); }

json::array string_array(const std::vector<std::string>& items) {
  json::array out;
  for (const auto& item : items) out.emplace_back(item);
  return out;
}

std::optional<std::pair<int, int>> paging(const http::Request& req) {
  using register_support::parse_int;
  const auto limit = parse_int(req.query.get_or("limit", "50"));
  const auto offset = parse_int(req.query.get_or("offset", "0"));
  if (!limit || !offset || *limit < 1 || *limit > 500 || *offset < 0) return std::nullopt;
  return std::pair<int, int>{static_cast<int>(*limit), static_cast<int>(*offset)};
}

http::Response paging_error(const Services& s, const http::Request& req) {
  return json_error(s, req, Error::invalid("validation.form", {{"limit", "validation.number"}}));
}

http::Response no_content() { return http::Response::empty(http::Status::no_content); }

http::Response created(json::object body, const std::string& location) {
  auto res = json_response(body, http::Status::created);
  res.headers.set("Location", location);
  return res;
}

void JsonReader::text(const char* key, std::string& out) {
  if (const auto* v = o_.if_contains(key)) {
    if (v->is_string()) {
      out = std::string(v->as_string());
    } else if (v->is_null()) {
      out.clear();
    } else {
      errors_[key] = "validation.form";
    }
  }
}

void JsonReader::flag(const char* key, bool& out) {
  if (const auto* v = o_.if_contains(key)) {
    if (v->is_bool()) {
      out = v->as_bool();
    } else {
      errors_[key] = "validation.boolean";
    }
  }
}

void JsonReader::optional_id(const char* key, std::optional<domain::Id>& out) {
  if (const auto* v = o_.if_contains(key)) {
    if (v->is_null()) {
      out.reset();
    } else if (v->is_int64()) {
      out = v->as_int64();
    } else {
      errors_[key] = "validation.number";
    }
  }
}

void JsonReader::list(const char* key, std::vector<std::string>& out) {
  if (const auto* v = o_.if_contains(key)) {
    if (!v->is_array()) {
      errors_[key] = "validation.form";
      return;
    }
    out.clear();
    for (const auto& item : v->as_array()) {
      if (!item.is_string()) {
        errors_[key] = "validation.form";
        return;
      }
      out.emplace_back(item.as_string());
    }
  }
}

void JsonReader::ids(const char* key, std::vector<domain::Id>& out) {
  if (const auto* v = o_.if_contains(key)) {
    if (!v->is_array()) {
      errors_[key] = "validation.form";
      return;
    }
    out.clear();
    for (const auto& item : v->as_array()) {
      if (!item.is_int64()) {
        errors_[key] = "validation.number";
        return;
      }
      out.push_back(item.as_int64());
    }
  }
}

void JsonReader::end(const char* key, domain::TransferEnd& out) {
  if (const auto* v = o_.if_contains(key)) {
    if (!v->is_object()) {
      errors_[key] = "validation.transfer_end";
      return;
    }
    JsonReader inner(v->as_object());
    domain::TransferEnd parsed;
    inner.optional_id("network_id", parsed.network_id);
    inner.text("event", parsed.event);
    if (!inner.errors().empty()) {
      errors_[key] = "validation.transfer_end";
      return;
    }
    out = parsed;
  }
}

}  // namespace bb::web
