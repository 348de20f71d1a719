#pragma once
// Reading JSON request bodies for the API handlers: the body as an object (or the 400 answer),
// and a Reader that copies the fields present onto a record while collecting one error per
// field of the wrong type (so a PATCH changes only what it names, and a bad body answers 422
// with all its field errors at once).

#include "domain/register.hpp"
#include "domain/validation.hpp"
#include "http/message.hpp"
#include "web/responses.hpp"
#include "web/services.hpp"

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace bb::web {

// The request body as a JSON object, or a 400 answer (error.malformed_json).
std::variant<boost::json::object, http::Response> body_object(const Services& s, const http::Request& req);

// An optional id as a number or null; a list of texts as a JSON array.
boost::json::value optional_id(const std::optional<domain::Id>& id);
boost::json::array string_array(const std::vector<std::string>& items);

// limit (1..500, default 50) and offset of a list request; nullopt if malformed (answer paging_error).
std::optional<std::pair<int, int>> paging(const http::Request& req);
http::Response paging_error(const Services& s, const http::Request& req);

http::Response no_content();
// 201 with the record and its Location.
http::Response created(boost::json::object body, const std::string& location);

class JsonReader {
 public:
  explicit JsonReader(const boost::json::object& o) : o_(o) {}

  void text(const char* key, std::string& out);             // null clears
  void flag(const char* key, bool& out);
  void optional_id(const char* key, std::optional<domain::Id>& out);  // null clears
  void list(const char* key, std::vector<std::string>& out);
  void ids(const char* key, std::vector<domain::Id>& out);
  // A transfer end: {"network_id": 3} or {"event": "Ausbilder-Frühstück"}.
  void end(const char* key, domain::TransferEnd& out);

  template <typename Int>
  void number(const char* key, Int& out) {
    if (const auto* v = o_.if_contains(key)) {
      if (v->is_int64()) {
        out = static_cast<Int>(v->as_int64());
      } else {
        errors_[key] = "validation.number";
      }
    }
  }
  // A closed value set: the parser of the enum, `message` when the text is not one of them.
  template <typename T, typename Parse>
  void choice(const char* key, T& out, Parse parse, const char* message = "validation.form") {
    if (const auto* v = o_.if_contains(key)) {
      std::optional<T> parsed;
      if (v->is_string()) parsed = parse(std::string_view(v->as_string()));
      if (parsed) {
        out = *parsed;
      } else {
        errors_[key] = message;
      }
    }
  }
  void fail(const char* key, const char* message) { errors_[key] = message; }
  const domain::FieldErrors& errors() const { return errors_; }

 private:
  const boost::json::object& o_;
  domain::FieldErrors errors_;
};

// Parses the body into a record with `read(JsonReader&, Record&)`; the answer for a malformed
// body or for fields of the wrong type, nullopt when the record was read.
template <typename Record, typename Read>
std::optional<http::Response> read_body(const Services& s, const http::Request& req, Record& record, Read read) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  JsonReader reader(std::get<boost::json::object>(body));
  read(reader, record);
  if (!reader.errors().empty()) return json_error(s, req, Error::invalid("validation.form", reader.errors()));
  return std::nullopt;
}

}  // namespace bb::web
