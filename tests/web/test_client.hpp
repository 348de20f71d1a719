#pragma once
// A small synchronous HTTP client for tests (Boost.Beast), with a cookie jar so that a test
// can act like one browser: log in, keep the session cookie, post forms with the CSRF token.

#include <boost/beast/http/verb.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bb::testing {

struct ClientResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; Set-Cookie values joined by "\n"
  std::string body;
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

class TestClient {
 public:
  explicit TestClient(std::uint16_t port) : port_(port) {}

  ClientResponse get(const std::string& target, const std::vector<std::pair<std::string, std::string>>& headers = {});
  ClientResponse post_form(const std::string& target, const std::vector<std::pair<std::string, std::string>>& fields,
                           const std::vector<std::pair<std::string, std::string>>& headers = {});
  ClientResponse send(boost::beast::http::verb method, const std::string& target, const std::string& body,
                      const std::string& content_type, const std::vector<std::pair<std::string, std::string>>& headers = {});

  // GETs the page and returns the value of its first hidden _csrf field.
  std::string csrf_token_from(const std::string& target);
  // Logs in through the form; returns the final status (303 on success).
  int login(const std::string& email, const std::string& password);

  std::map<std::string, std::string>& cookies() { return cookies_; }

 private:
  std::uint16_t port_;
  std::map<std::string, std::string> cookies_;
};

std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace bb::testing
