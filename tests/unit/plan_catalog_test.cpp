// The action plan's messages (issue 6, i18n/<lang>/plans.json): every "plans.*" key the code
// names exists, and so does every key the code completes at run time from a closed value set.
#include "domain/plan.hpp"
#include "i18n/catalog.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::filesystem::path kSource(BB_SOURCE_DIR);

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bb::i18n::Catalog load() {
  auto catalog = bb::i18n::Catalog::load(kSource / "i18n");
  EXPECT_TRUE(catalog.ok()) << (catalog.ok() ? "" : catalog.error().message);
  return std::move(catalog).value();
}

}  // namespace

TEST(PlanCatalog, EveryPlansKeyUsedInCodeExists) {
  const auto catalog = load();
  const std::regex key_literal(R"re("(plans\.[a-z_.]*[a-z_])")re");
  std::vector<std::string> missing;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kSource / "src")) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
    const std::string text = read(entry.path());
    for (std::sregex_iterator it(text.begin(), text.end(), key_literal), end; it != end; ++it)
      if (!catalog.has(std::string((*it)[1]))) missing.push_back(entry.path().filename().string() + ": " + std::string((*it)[1]));
  }
  EXPECT_TRUE(missing.empty()) << "missing keys, first: " << (missing.empty() ? "" : missing.front());
}

TEST(PlanCatalog, KeysCompletedAtRunTimeExistForEveryValue) {
  const auto catalog = load();
  using namespace bb::domain;
  std::vector<std::string> keys;
  for (auto s : {PlanStatus::draft, PlanStatus::consultation, PlanStatus::adopted, PlanStatus::superseded})
    keys.push_back("plans.status." + std::string(to_string(s)));
  for (auto s : {MeasureStatus::planned, MeasureStatus::running, MeasureStatus::done, MeasureStatus::stopped})
    keys.push_back("plans.measure_status." + std::string(to_string(s)));
  for (auto s : {AnchoringState::open, AnchoringState::talks, AnchoringState::agreed, AnchoringState::regular})
    keys.push_back("plans.anchoring." + std::string(to_string(s)));
  for (auto s : {ProposalState::open, ProposalState::accepted, ProposalState::rejected})
    keys.push_back("plans.proposal_state." + std::string(to_string(s)));
  for (const char* t : {"plan", "field", "goal", "indicator", "measure"}) keys.push_back(std::string("plans.diff.type.") + t);
  for (const char* f : {"title", "period_start", "period_end", "preamble", "description", "field", "name", "unit",
                        "baseline", "target_value", "target_date", "goal", "lead_organisation", "partner_organisations",
                        "target_groups", "municipalities", "start_on", "end_on", "status", "resources", "risks",
                        "networks", "anchoring_organisation", "anchoring_state", "anchoring_note"})
    keys.push_back(std::string("plans.diff.field.") + f);
  for (const char* m : {"new", "edit", "propose"}) keys.push_back(std::string("plans.measure.") + m + "_title");
  for (const char* r : {"lead", "partner", "anchoring"}) keys.push_back(std::string("plans.organisation.role.") + r);
  for (const char* n : {"created", "saved", "deleted", "proposed", "commented", "accepted", "rejected", "revision",
                        "adopted", "recorded"})
    keys.push_back(std::string("plans.notice.") + n);
  for (const char* a : {"adopt", "revise"}) keys.push_back(std::string("audit.action.") + a);
  for (const auto& key : keys) EXPECT_TRUE(catalog.has(key)) << key;
}
