#include "test_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include <cctype>
#include <regex>

namespace bb::testing {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = boost::asio::ip::tcp;

std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [k, v] : fields) {
    if (!out.empty()) out += '&';
    out += boost::urls::encode(k, boost::urls::unreserved_chars) + "=" + boost::urls::encode(v, boost::urls::unreserved_chars);
  }
  return out;
}

ClientResponse TestClient::send(bhttp::verb method, const std::string& target, const std::string& body,
                                const std::string& content_type,
                                const std::vector<std::pair<std::string, std::string>>& headers) {
  boost::asio::io_context io;
  tcp::resolver resolver(io);
  beast::tcp_stream stream(io);
  stream.connect(resolver.resolve("127.0.0.1", std::to_string(port_)));
  bhttp::request<bhttp::string_body> req{method, target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  std::string cookie_header;
  for (const auto& [k, v] : cookies_) cookie_header += (cookie_header.empty() ? "" : "; ") + k + "=" + v;
  if (!cookie_header.empty()) req.set(bhttp::field::cookie, cookie_header);
  for (const auto& [k, v] : headers) req.set(k, v);
  if (!body.empty() || method == bhttp::verb::post) {
    req.set(bhttp::field::content_type, content_type);
    req.body() = body;
    req.prepare_payload();
  }
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  bhttp::read(stream, buffer, parser);
  auto& res = parser.get();
  ClientResponse out;
  out.status = static_cast<int>(res.result_int());
  for (const auto& field : res) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto& slot = out.headers[name];
    slot += (slot.empty() ? "" : "\n") + std::string(field.value());
    if (name == "set-cookie") {
      const std::string value(field.value());
      const auto eq = value.find('=');
      const auto semi = value.find(';');
      const std::string cookie_name = value.substr(0, eq);
      const std::string cookie_value = value.substr(eq + 1, semi == std::string::npos ? std::string::npos : semi - eq - 1);
      if (value.find("Max-Age=0") != std::string::npos || cookie_value.empty())
        cookies_.erase(cookie_name);
      else
        cookies_[cookie_name] = cookie_value;
    }
  }
  out.body = std::move(res.body());
  beast::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  return out;
}

ClientResponse TestClient::get(const std::string& target, const std::vector<std::pair<std::string, std::string>>& headers) {
  return send(bhttp::verb::get, target, "", "", headers);
}

ClientResponse TestClient::post_form(const std::string& target, const std::vector<std::pair<std::string, std::string>>& fields,
                                     const std::vector<std::pair<std::string, std::string>>& headers) {
  return send(bhttp::verb::post, target, form_encode(fields), "application/x-www-form-urlencoded", headers);
}

std::string TestClient::csrf_token_from(const std::string& target) {
  const auto page = get(target);
  static const std::regex csrf(R"re(name="_csrf" value="([^"]+)")re");
  std::smatch m;
  if (!std::regex_search(page.body, m, csrf)) return {};
  return m[1];
}

int TestClient::login(const std::string& email, const std::string& password) {
  const auto token = csrf_token_from("/login");
  return post_form("/login", {{"_csrf", token}, {"email", email}, {"password", password}, {"next", "/"}}).status;
}

}  // namespace bb::testing
