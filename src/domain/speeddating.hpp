#pragma once
// Azubi-Speeddating planner (issue 7): the records staff keep for one speed-dating event
// (settings with the slot schedule and the score weights, youths, companies, wishes and
// exclusions, the saved talks), the list of recognised training occupations, the pair score
// and the field rules. Nothing here knows HTTP or SQL; the optimisation itself is the pure
// library src/matching, called by services/speeddating_service.
//
// Slots are 0-based here and in the database; pages show them counted from 1.

#include "domain/entities.hpp"
#include "domain/register.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::domain {

// A recognised training occupation (anerkannter Ausbildungsberuf): a stable key and its
// German name. The list is data (speeddating_occupations.cpp), a representative selection of
// the occupations chambers list most often; keys never change once shipped.
struct Occupation {
  std::string_view key;
  std::string_view name;
};
const std::vector<Occupation>& training_occupations();
std::optional<std::string_view> occupation_name(std::string_view key);

struct SpeeddatingWeights {
  int occupation = 10;  // the company offers an occupation the youth is interested in
  int wish = 8;         // per wish: the youth wished the company, the company wished the youth
  int language = 3;     // they share a language besides German
  int distance = 2;     // same municipality
};

struct SpeeddatingSettings {
  Id event_id = 0;
  std::string start_time = "09:00";  // "HH:MM" of the first slot
  int slot_minutes = 10;
  std::vector<int> blocks = {6, 6, 6};  // slots per block; a break lies between two blocks
  int break_minutes = 15;
  int guaranteed_min = 3;  // talks guaranteed to youths who took part in the preparation
  SpeeddatingWeights weights;

  int slots() const;
  // "HH:MM" when slot `slot` (0-based) starts, counting the breaks.
  std::string slot_start(int slot) const;
};

struct SpeeddatingYouth {
  Id id = 0;
  Id event_id = 0;
  std::string name;  // name or pseudonym
  std::string school;
  std::vector<std::string> occupations;  // keys of training_occupations()
  std::vector<std::string> languages;    // ISO 639-1 codes
  bool prepared = false;                 // took part in the preparation: gets the guarantee
  std::optional<Id> municipality_id;
  std::optional<int> first_slot;  // arrival (absent: from the start)
  std::optional<int> last_slot;   // leave (absent: to the end)
  int max_talks = 5;
  bool no_show = false;
};

struct SpeeddatingCompany {
  Id id = 0;
  Id event_id = 0;
  std::optional<Id> organisation_id;  // from the register
  std::string name;
  std::vector<std::string> occupations;
  int places = 1;  // training places offered
  int tables = 1;  // tables / interviewers
  std::vector<std::string> languages;
  std::optional<Id> municipality_id;
  std::optional<int> first_slot;
  std::optional<int> last_slot;
  bool no_show = false;
};

enum class PreferenceKind { youth_wish, company_wish, excluded };
std::string_view to_string(PreferenceKind kind);
std::optional<PreferenceKind> parse_preference_kind(std::string_view text);

struct SpeeddatingPreference {
  Id youth_id = 0;
  Id company_id = 0;
  PreferenceKind kind = PreferenceKind::youth_wish;
};

struct SpeeddatingTalk {
  Id youth_id = 0;
  Id company_id = 0;
  int table = 0;  // 0-based within the company
  int slot = 0;
  friend bool operator==(const SpeeddatingTalk&, const SpeeddatingTalk&) = default;
};

// The saved plan: its talks and what the solver proved about it.
struct SpeeddatingPlan {
  std::vector<SpeeddatingTalk> talks;
  std::int64_t objective = 0;
  std::int64_t bound = 0;
  bool optimal = false;
  std::string method;    // matching::to_string(Method); "edited" after manual edits
  int held_before = 0;   // talks in slots before this one happened (re-plan after no-shows)
  std::optional<UnixTime> updated_at;
};

// The score of a youth-company pair (integer, >= 0):
//   weights.occupation * [the company offers one of the youth's occupations]
// + weights.wish       * (number of wishes for the pair: by the youth, by the company; 0..2)
// + weights.language   * [they share a language]
// + weights.distance   * [both are in the same municipality]
// A pair may talk only if it is not excluded and has an occupation match or a wish: the other
// terms only rank pairs, they never make a talk about nothing worth a table.
struct PairFacts {
  bool occupation_match = false;
  int wishes = 0;
  bool shared_language = false;
  bool same_municipality = false;
  bool excluded = false;
};
PairFacts pair_facts(const SpeeddatingYouth& y, const SpeeddatingCompany& c,
                     const std::vector<SpeeddatingPreference>& preferences_of_pair);
std::optional<std::int64_t> pair_score(const PairFacts& facts, const SpeeddatingWeights& weights);

// ----- validation (field -> catalog key; empty: valid) ----------------------------------------
FieldErrors validate(const SpeeddatingSettings& s);
FieldErrors validate(const SpeeddatingYouth& y, int slots);
FieldErrors validate(const SpeeddatingCompany& c, int slots);

}  // namespace bb::domain
