#include "web/import_aliases.hpp"

#include <array>
#include <string_view>
#include <vector>

#include "domain/normalise.hpp"
#include "domain/register.hpp"

namespace bb::web {

std::map<std::string, std::map<std::string, std::string>> import_aliases(const i18n::Catalog& catalog) {
  struct Choice {
    std::string_view field;
    std::string_view catalog_prefix;
    std::vector<std::string_view> keys;
  };
  const std::vector<Choice> choices = {
      {"type", "register.type.", {domain::kBuiltinOrganisationTypes.begin(), domain::kBuiltinOrganisationTypes.end()}},
      {"size", "register.size.", {"micro", "small", "medium", "large"}},
      {"focus", "register.focus.", {"migration", "local", "sector", "thematic"}},
      {"status", "register.network_status.", {"active", "dormant", "ended"}},
      {"meeting_rhythm",
       "register.rhythm.",
       {"none", "weekly", "monthly", "quarterly", "half_yearly", "yearly", "irregular"}},
      {"meeting_format", "register.format.", {"none", "in_person", "online", "hybrid"}},
      {"channels", "register.channel.", {domain::kNetworkChannels.begin(), domain::kNetworkChannels.end()}},
      {"data_basis", "register.data_basis.", {"consent", "legitimate_interest"}},
      {"role", "register.membership_role.", {"lead", "member", "guest"}},
      {"kind", "register.tie_kind.", {"agreement", "joint_offer", "information_exchange", "referrals"}},
  };
  std::map<std::string, std::map<std::string, std::string>> aliases;
  for (const auto& choice : choices) {
    auto& table = aliases[std::string(choice.field)];
    for (auto key : choice.keys) {
      const auto catalog_key = std::string(choice.catalog_prefix) + std::string(key);
      for (auto language : {domain::UiLanguage::de, domain::UiLanguage::en})
        table[domain::normalise_for_search(catalog.text(language, catalog_key))] = std::string(key);
      table[domain::normalise_for_search(key)] = std::string(key);  // "joint offer", "Joint_Offer"
    }
  }
  // Usual spellings in spreadsheets that are not the catalog's labels.
  const std::vector<std::array<std::string_view, 3>> extra = {
      {"role", "Leitung", "lead"},
      {"role", "Koordination", "lead"},
      {"role", "Sprecher", "lead"},
      {"kind", "Verweisung", "referrals"},
      {"kind", "Verweise", "referrals"},
      {"kind", "Kooperation", "agreement"},
      {"status", "beendet", "ended"},
      {"status", "inaktiv", "dormant"},
      {"data_basis", "Einwilligung", "consent"},
      {"data_basis", "Art. 6 1 a", "consent"},
      {"data_basis", "Art. 6 1 f", "legitimate_interest"},
  };
  for (const auto& [field, spelling, key] : extra)
    aliases[std::string(field)].emplace(domain::normalise_for_search(spelling), std::string(key));
  return aliases;
}

}  // namespace bb::web
