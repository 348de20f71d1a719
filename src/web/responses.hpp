#pragma once
// Turning errors into answers: JSON {"error":{"code","message","fields"}} under /api, German
// (or English) error pages elsewhere, each with the status the error calls for.

#include "core/result.hpp"
#include "http/message.hpp"
#include "web/services.hpp"

#include <boost/json/value.hpp>

namespace bb::web {

http::Status status_for(ErrorCode code);

http::Response json_response(const boost::json::value& body, http::Status status = http::Status::ok);
http::Response json_error(const Services& services, const http::Request& req, const Error& error);
// An error page for browsers: 403, 404, 500 ... with the message of the catalog.
http::Response error_page(const Services& services, const http::Request& req, http::Status status,
                          std::string_view message_key = {});
// The right one of the two for where the request came from.
http::Response error_response(const Services& services, const http::Request& req, const Error& error);

}  // namespace bb::web
