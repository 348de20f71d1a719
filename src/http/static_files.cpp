#include "http/static_files.hpp"

#include <fstream>
#include <functional>
#include <sstream>
#include <system_error>

namespace bb::http {

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string make_etag(const std::string& content) {
  // A strong validator from the content: stable across processes of one installation (the same
  // files give the same tag), which matters behind a load balancer.
  std::ostringstream out;
  out << '"' << std::hex << std::hash<std::string>{}(content) << '-' << content.size() << '"';
  return out.str();
}

bool etag_listed(std::string_view header, std::string_view etag) {
  if (header == "*") return true;
  for (auto item : split_header_list(header, ',')) {
    if (item.starts_with("W/")) item.remove_prefix(2);  // weak comparison is enough for GET
    if (item == etag) return true;
  }
  return false;
}

}  // namespace

std::string content_type_for(const std::filesystem::path& file) {
  const auto ext = file.extension().string();
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".pdf") return "application/pdf";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::filesystem::path root, std::string prefix) : prefix_(std::move(prefix)) {
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) return;
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const auto relative = std::filesystem::relative(it->path(), root, ec).generic_string();
    if (ec || relative.empty()) continue;
    File file;
    file.content = read_file(it->path());
    file.content_type = content_type_for(it->path());
    file.etag = make_etag(file.content);
    files_.emplace(relative, std::move(file));
  }
}

std::optional<Response> StaticFiles::serve(const Request& req) const {
  if (req.method != Method::get && req.method != Method::head) return std::nullopt;
  if (!req.path.starts_with(prefix_)) return std::nullopt;
  const auto it = files_.find(req.path.substr(prefix_.size()));
  if (it == files_.end()) return std::nullopt;
  const auto& file = it->second;
  Response res;
  res.headers.set("ETag", file.etag);
  // No fingerprints in file names yet: browsers revalidate after an hour (a cheap 304).
  res.headers.set("Cache-Control", "public, max-age=3600");
  if (auto inm = req.header("if-none-match"); inm && etag_listed(*inm, file.etag)) {
    res.status = Status::not_modified;
    return res;
  }
  res.headers.set("Content-Type", file.content_type);
  res.body = file.content;
  return res;
}

}  // namespace bb::http
