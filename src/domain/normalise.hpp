#pragma once
// Text normalisation for search and duplicate detection (ICU): full Unicode case folding
// ("Straße" -> "strasse"), compatibility decomposition with the diacritics removed
// ("Müller" -> "muller", "Çelik" -> "celik"), every run of non-letters/digits collapsed to one
// space, trimmed. The register stores the result next to each name, so that "Muller" finds
// "Müller" and "Strasse" finds "Straße" with a plain LIKE on both backends.

#include <string>
#include <string_view>
#include <vector>

namespace bb::domain {

std::string normalise_for_search(std::string_view text);
// The search words of a user's query, each normalised (empty words dropped).
std::vector<std::string> search_words(std::string_view query);

}  // namespace bb::domain
