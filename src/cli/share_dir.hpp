#pragma once

#include "core/result.hpp"

#include <filesystem>
#include <string>

namespace bb::cli {

// Where templates/, i18n/ and static/ live: the --share-dir option, else next to the binary's
// install prefix (PREFIX/share/brueckenbauer), else the source tree the binary was built from.
Result<std::filesystem::path> resolve_share_dir(const std::string& option);

}  // namespace bb::cli
