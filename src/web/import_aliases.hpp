#pragma once
// The German and English names of the register's closed values (organisation types, sizes,
// network focus/status/rhythm/format/channels, data bases, membership roles, tie kinds) from
// the message catalog, as the import accepts them besides the keys (ImportOptions::aliases).
// Used by the import pages and the CLI, so both accept the same spellings.

#include <map>
#include <string>

#include "i18n/catalog.hpp"

namespace bb::web {

std::map<std::string, std::map<std::string, std::string>> import_aliases(const i18n::Catalog& catalog);

}  // namespace bb::web
