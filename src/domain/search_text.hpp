#pragma once
// The text that full-text search matches, made the same way for both database engines: the
// ICU normalisation of normalise.hpp (case folded, diacritics removed: "Müller" -> "muller")
// and then every word reduced to its stem by the Snowball German stemmer of Debian's
// libstemmer ("Ausbildungen" and "Ausbildung" -> "ausbild"). Storing this text and matching
// stems in SQLite FTS5 and in PostgreSQL's 'simple' text search gives the same hits on both
// (the engines' own German configurations differ from each other); libstemmer does the
// linguistic part, so only the glue is written here.

#include <string>
#include <string_view>
#include <vector>

namespace bb::domain {

// Normalised and stemmed words joined by single spaces.
std::string search_text(std::string_view text);
// The stems of a user's query (at most `max_terms`, repeated stems once, letters and digits
// only: they are safe as FTS5 and tsquery terms).
std::vector<std::string> search_terms(std::string_view query, std::size_t max_terms = 8);

}  // namespace bb::domain
