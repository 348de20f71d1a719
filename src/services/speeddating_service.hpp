#pragma once
// The Azubi-Speeddating planner's service (issue 7): keeps the participants, wishes,
// exclusions, weights and slot settings of a speed-dating event, turns them into the
// matching engine's model (src/matching, shared with `brueckenbauer speeddating plan`), and
// stores the plan it returns. Manual moves and swaps go through the engine's conflict checks;
// after no-shows the rest of the event is planned anew, keeping the talks already held.
//
// Who may do what: admin and staff write (in their region); every regional role reads.
// Only events of format azubi_speeddating have a planner (others: conflict).
// Every write is one transaction with its audit entry.

#include "core/result.hpp"
#include "domain/events.hpp"
#include "domain/speeddating.hpp"
#include "matching/edits.hpp"
#include "matching/model.hpp"
#include "services/register_service.hpp"
#include "storage/database.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bb::services {

// Everything the planner page and the API show about one event.
struct SpeeddatingData {
  domain::Event event;
  domain::SpeeddatingSettings settings;  // the defaults if none were saved
  std::vector<domain::SpeeddatingYouth> youths;
  std::vector<domain::SpeeddatingCompany> companies;
  std::vector<domain::SpeeddatingPreference> preferences;
  std::optional<domain::SpeeddatingPlan> plan;
};

// The engine's model of the data, with the maps back to the stored ids.
struct SpeeddatingModel {
  matching::Instance instance;
  std::vector<domain::Id> youth_ids;    // per youth index
  std::vector<domain::Id> company_ids;  // per company index
  std::map<domain::Id, int> youth_index;
  std::map<domain::Id, int> company_index;
};

// Builds the model: scores by domain::pair_score; guaranteed minimum for prepared youths
// (capped at their max talks); presence windows from arrival/leave slots; no-shows get no pairs.
SpeeddatingModel build_model(const SpeeddatingData& data);
std::vector<matching::Talk> to_engine(const SpeeddatingModel& model, const std::vector<domain::SpeeddatingTalk>& talks);
std::vector<domain::SpeeddatingTalk> from_engine(const SpeeddatingModel& model, const std::vector<matching::Talk>& talks);

// A conflict of a manual edit, in words the page can show (catalog key plus the names).
struct SpeeddatingConflict {
  std::string kind;  // matching::to_string(ConflictKind)
  bool hard = true;
  std::string youth;    // name, empty if not about one youth
  std::string company;  // name
  int slot = -1;        // 0-based, -1 if not about one slot
};

struct EditOutcome {
  bool saved = false;  // false: hard conflicts, the plan was left as it was
  std::vector<SpeeddatingConflict> conflicts;
};

class SpeeddatingService {
 public:
  explicit SpeeddatingService(storage::Database& db) : db_(db) {}

  Result<SpeeddatingData> load(domain::Id region_id, domain::Id event_id);

  Result<void> save_settings(const RegisterCaller& who, domain::SpeeddatingSettings settings, std::int64_t now);
  Result<domain::Id> add_youth(const RegisterCaller& who, domain::SpeeddatingYouth youth, std::int64_t now);
  Result<void> update_youth(const RegisterCaller& who, domain::SpeeddatingYouth youth, std::int64_t now);
  Result<void> remove_youth(const RegisterCaller& who, domain::Id event_id, domain::Id youth_id, std::int64_t now);
  Result<domain::Id> add_company(const RegisterCaller& who, domain::SpeeddatingCompany company, std::int64_t now);
  Result<void> update_company(const RegisterCaller& who, domain::SpeeddatingCompany company, std::int64_t now);
  Result<void> remove_company(const RegisterCaller& who, domain::Id event_id, domain::Id company_id, std::int64_t now);
  // Both must belong to the event (else not found).
  Result<void> add_preference(const RegisterCaller& who, domain::Id event_id, domain::SpeeddatingPreference p,
                              std::int64_t now);
  Result<void> remove_preference(const RegisterCaller& who, domain::Id event_id, domain::SpeeddatingPreference p,
                                 std::int64_t now);

  // Computes the optimal plan with the engine and stores it (replacing any earlier plan).
  Result<domain::SpeeddatingPlan> compute_plan(const RegisterCaller& who, domain::Id event_id, std::int64_t now);
  // Moves the talk of (youth, company) to (slot, table); swaps two talks. Saved unless a hard
  // conflict arises; warnings (an unmet guarantee) are returned with the saved plan.
  Result<EditOutcome> move_talk(const RegisterCaller& who, domain::Id event_id, domain::Id youth_id,
                                domain::Id company_id, int slot, int table, std::int64_t now);
  Result<EditOutcome> swap_talks(const RegisterCaller& who, domain::Id event_id, domain::SpeeddatingTalk a,
                                 domain::SpeeddatingTalk b, std::int64_t now);
  // Re-plans from slot `from_slot` on (0-based): talks before it happened and stay; youths and
  // companies marked as no-show take no further part.
  Result<domain::SpeeddatingPlan> replan(const RegisterCaller& who, domain::Id event_id, int from_slot,
                                         std::int64_t now);

 private:
  storage::Database& db_;
};

// Fairness of the saved plan against the current data (also after manual edits).
matching::Fairness fairness_of(const SpeeddatingData& data);

}  // namespace bb::services
