#pragma once
// Serves the files under one directory (stylesheets, scripts, icons) from memory. The set of
// files is read once at start-up: a request can only ever name a file that was there, so no
// request path can reach outside the directory, and answering never touches the disk (static
// files are answered on the I/O thread).

#include "http/message.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

namespace bb::http {

class StaticFiles {
 public:
  StaticFiles(std::filesystem::path root, std::string prefix = "/static/");

  // nullopt if the request is not a GET/HEAD for a known file (the caller answers 404/405).
  // Honours If-None-Match with 304; sets Content-Type, ETag and Cache-Control.
  std::optional<Response> serve(const Request& req) const;

  std::size_t file_count() const { return files_.size(); }

 private:
  struct File {
    std::string content;
    std::string content_type;
    std::string etag;
  };
  std::string prefix_;
  std::unordered_map<std::string, File> files_;  // keyed by the path relative to root, '/'-separated
};

// The Content-Type for a file name (by extension); application/octet-stream if unknown.
std::string content_type_for(const std::filesystem::path& file);

}  // namespace bb::http
