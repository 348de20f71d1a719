#include "cli/share_dir.hpp"

#include <unistd.h>

#include <array>

namespace bb::cli {

namespace {
bool looks_like_share_dir(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_directory(dir / "templates", ec) && std::filesystem::is_directory(dir / "i18n", ec);
}

std::filesystem::path executable_dir() {
  std::array<char, 4096> buffer{};
  const auto n = readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
  if (n <= 0) return {};
  return std::filesystem::path(std::string(buffer.data(), static_cast<std::size_t>(n))).parent_path();
}
}  // namespace

Result<std::filesystem::path> resolve_share_dir(const std::string& option) {
  if (!option.empty()) {
    if (looks_like_share_dir(option)) return std::filesystem::path(option);
    return Error::invalid("--share-dir " + option + " has no templates/ and i18n/ folders");
  }
  const auto installed = executable_dir().parent_path() / "share" / "brueckenbauer";
  if (looks_like_share_dir(installed)) return installed;
  const std::filesystem::path source(BB_SOURCE_DIR);
  if (looks_like_share_dir(source)) return source;
  return Error::invalid("cannot find templates/ and i18n/; pass --share-dir");
}

}  // namespace bb::cli
