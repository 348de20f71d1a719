#include "domain/normalise.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace bb::domain {

std::string normalise_for_search(std::string_view text) {
  icu::UnicodeString folded =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  folded.foldCase(U_FOLD_CASE_DEFAULT);  // full folding: "ß" -> "ss", "İ" -> "i̇"
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfkd->normalize(folded, status) : folded;
  if (U_FAILURE(status)) decomposed = folded;

  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;  // diacritics
    if (u_isalnum(c)) {
      if (pending_space && !out.isEmpty()) out.append(static_cast<UChar>(0x20));
      pending_space = false;
      out.append(c);
    } else {
      pending_space = true;
    }
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

std::vector<std::string> search_words(std::string_view query) {
  std::vector<std::string> words;
  const std::string normalised = normalise_for_search(query);
  std::size_t start = 0;
  while (start < normalised.size()) {
    auto end = normalised.find(' ', start);
    if (end == std::string::npos) end = normalised.size();
    if (end > start) words.push_back(normalised.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

}  // namespace bb::domain
