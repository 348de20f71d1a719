#include "domain/search_text.hpp"

#include "domain/normalise.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <memory>

namespace bb::domain {

namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// A Snowball stemmer keeps state between calls: one per thread.
std::string stem(const std::string& word) {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("german", "UTF_8"));
  if (!stemmer) return word;
  const auto* out = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                                    static_cast<int>(word.size()));
  if (out == nullptr) return word;
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
}

}  // namespace

std::string search_text(std::string_view text) {
  std::string out;
  for (const auto& word : search_words(text)) {
    if (!out.empty()) out += ' ';
    out += stem(word);
  }
  return out;
}

std::vector<std::string> search_terms(std::string_view query, std::size_t max_terms) {
  std::vector<std::string> terms;
  for (const auto& word : search_words(query)) {
    if (terms.size() >= max_terms) break;
    std::string s = stem(word);
    if (s.empty() || std::find(terms.begin(), terms.end(), s) != terms.end()) continue;
    terms.push_back(std::move(s));
  }
  return terms;
}

}  // namespace bb::domain
