#pragma once
// multipart/form-data (RFC 7578) request bodies, for file uploads (the register's CSV import).
// Written here: Boost.Beast parses HTTP messages but not multipart bodies, and no Debian
// package the project already uses does. Only what browsers send is supported: one level of
// parts, each with Content-Disposition: form-data; name="..." [; filename="..."]; no
// Content-Transfer-Encoding (RFC 7578 forbids it), no nested multipart/mixed.

#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace bb::http {

// The boundary parameter of a multipart/form-data Content-Type; nullopt for any other type.
std::optional<std::string> multipart_boundary(std::string_view content_type);

// name -> content (a file's bytes as they are) of every part; nullopt if the body is malformed.
std::optional<Params> parse_multipart(std::string_view body, std::string_view boundary);

// The body of a form, url-encoded or multipart (by the request's Content-Type).
std::optional<Params> form_fields(const Request& req);

}  // namespace bb::http
