#pragma once
// Reading JSON request bodies for the API handlers: the body as an object (or the 400 answer),
// and a Reader that copies the fields present onto a record while collecting one error per
// field of the wrong type (so a PATCH changes only what it names, and a bad body answers 422
// with all its field errors at once).

#include "domain/register.hpp"
#include "domain/validation.hpp"
#include "http/message.hpp"
#include "web/services.hpp"

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace bb::web {

// The request body as a JSON object, or a 400 answer (error.malformed_json).
std::variant<boost::json::object, http::Response> body_object(const Services& s, const http::Request& req);

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

}  // namespace bb::web
