#include "web/responses.hpp"

#include "web/page.hpp"
#include "web/request_state.hpp"

#include <boost/json/serialize.hpp>

namespace bb::web {

http::Status status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input: return http::Status::unprocessable_entity;
    case ErrorCode::not_found: return http::Status::not_found;
    case ErrorCode::unauthenticated: return http::Status::unauthorized;
    case ErrorCode::forbidden: return http::Status::forbidden;
    case ErrorCode::conflict: return http::Status::conflict;
    case ErrorCode::too_many_requests: return http::Status::too_many_requests;
    case ErrorCode::payload_too_large: return http::Status::payload_too_large;
    case ErrorCode::unavailable: return http::Status::service_unavailable;
    case ErrorCode::internal: return http::Status::internal_server_error;
  }
  return http::Status::internal_server_error;
}

http::Response json_response(const boost::json::value& body, http::Status status) {
  return http::Response::json(boost::json::serialize(body), status);
}

http::Response json_error(const Services& services, const http::Request& req, const Error& error) {
  const auto language = req.context.has_value() ? state(req).language : domain::UiLanguage::de;
  boost::json::object fields;
  for (const auto& [field, key] : error.fields) fields[field] = services.catalog.text(language, key);
  // Internal details stay in the log; clients get the catalog text only.
  const std::string& message = services.catalog.has(error.message)
                                   ? services.catalog.text(language, error.message)
                                   : services.catalog.text(language, "error." + std::string(to_string(error.code)));
  boost::json::object body{
      {"error", boost::json::object{{"code", to_string(error.code)}, {"message", message}, {"fields", fields}}}};
  return json_response(body, status_for(error.code));
}

http::Response error_page(const Services& services, const http::Request& req, http::Status status,
                          std::string_view message_key) {
  const int code = static_cast<int>(status);
  const std::string key = code == 404   ? "error.not_found"
                          : code == 403 ? "error.forbidden"
                          : code == 405 ? "error.method_not_allowed"
                          : code == 503 ? "error.unavailable"
                          : code == 429 ? "error.too_many_requests"
                          : code >= 500 ? "error.internal"
                                        : "error.invalid_input";
  Page page(services, req, "error", key);
  page.content().SetValue("STATUS", std::to_string(code));
  page.content().SetValue("HEADING", page.t(key));
  // A specific message (e.g. the expired form of a CSRF failure) beats the generic one.
  const bool specific = !message_key.empty() && message_key != key && services.catalog.has(message_key);
  page.content().SetValue("MESSAGE", page.t(specific ? std::string(message_key) : key + ".detail"));
  page.content().SetValue("REQUEST_ID", req.request_id);
  return page.respond(status);
}

http::Response error_response(const Services& services, const http::Request& req, const Error& error) {
  if (req.is_api()) return json_error(services, req, error);
  return error_page(services, req, status_for(error.code), error.message);
}

}  // namespace bb::web
