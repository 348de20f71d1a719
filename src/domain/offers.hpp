#pragma once
// Offers & needs (issue 5, Angebote & Bedarfe): the region's support offers with their
// translations, the migration-sensitivity check (a criteria catalogue per region and the
// assessments of offers against it) and the needs that organisations report. Plain records,
// the closed value sets they use (stable keys; the catalog translates "offers.<set>.<key>") and
// their validation. Calendar dates are ISO strings "YYYY-MM-DD" (empty = open), as in the
// register, so periods compare as text in SQL on both backends.

#include "domain/localised_text.hpp"
#include "domain/register.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::domain {

// ----- closed value sets ----------------------------------------------------------------------

// Target groups of issue 5 (an offer has one or more; a need has one).
inline constexpr std::array<std::string_view, 7> kTargetGroups = {
    "young_refugees",         // junge Geflüchtete
    "migration_background",   // Jugendliche mit Migrationsgeschichte
    "parents",                // Eltern
    "migrant_led_companies",  // migrantische Unternehmen
    "companies",              // Betriebe allgemein
    "schools",                // Schulen / Lehrkräfte
    "multipliers",            // Multiplikator*innen
};
// Fields of action of issue 5 (one per offer and per need).
inline constexpr std::array<std::string_view, 7> kOfferFields = {
    "career_orientation",      // Berufsorientierung
    "application_placement",   // Bewerbung und Vermittlung
    "training_preparation",    // Ausbildungsvorbereitung / Einstiegsqualifizierung
    "training_support",        // Begleitung in der Ausbildung (Sprache, Nachhilfe)
    "parents_work",            // Elternarbeit
    "company_counselling",     // Betriebsberatung / Ausbildungsberechtigung
    "recognition_residence",   // Anerkennung und aufenthaltsrechtliche Fragen
};
inline constexpr std::array<std::string_view, 5> kOfferFormats = {"counselling", "course", "event", "coaching",
                                                                  "information_material"};
inline constexpr std::array<std::string_view, 3> kOfferStatuses = {"planned", "running", "ended"};
// The languages offer content is kept in; German is the source, the others are translations.
inline constexpr std::array<std::string_view, 7> kContentLanguages = {"de", "en", "tr", "ar", "uk", "ru", "fa"};
// Written right to left (the finder and the translation form set dir="rtl").
bool is_rtl_language(std::string_view code);

bool is_target_group(std::string_view key);
bool is_offer_field(std::string_view key);
bool is_offer_format(std::string_view key);
bool is_offer_status(std::string_view key);
bool is_translation_language(std::string_view code);  // a content language other than "de"

// ----- offers ---------------------------------------------------------------------------------

struct Offer {
  Id id = 0;
  Id region_id = 0;
  Id provider_id = 0;  // the organisation (register) that runs it
  std::string title;   // German: the source text
  std::string description;
  std::vector<std::string> target_groups;  // keys of kTargetGroups
  std::string field;                       // key of kOfferFields
  std::string format;                      // key of kOfferFormats
  std::vector<Id> municipality_ids;        // municipalities served (empty: the whole region)
  std::vector<std::string> languages;      // languages the offer is held in (ISO 639-1)
  std::string cost;                        // as the provider states it ("kostenlos", "20 € je Termin")
  bool free_of_charge = false;
  std::string schedule;  // "dienstags 15–17 Uhr", "Blockwoche in den Herbstferien"
  std::string starts_on;  // period (empty: open)
  std::string ends_on;
  std::optional<std::int64_t> capacity;  // places; empty: not limited / unknown
  std::string funding_source;
  std::string funding_ends_on;  // temporary offers: when their funding runs out
  std::optional<Id> contact_id;  // a contact (register) of the provider
  std::string status = "running";
  std::string last_verified_on;
  bool published = false;  // shown in the public finder (later); staff decide
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
};

// How long before the end of its funding an offer is flagged (days).
inline constexpr int kFundingWarningDays = 90;
// True when an offer that has not ended loses its funding within kFundingWarningDays of
// `today` ("YYYY-MM-DD") or already has.
bool funding_nearing_end(const Offer& offer, std::string_view today);

struct OfferTranslation {
  Id offer_id = 0;
  std::string language;  // a content language other than "de"
  std::string title;
  std::string description;
  UnixTime updated_at = 0;
};

// An offer's title and description in a language, falling back to German field by field.
LocalisedText localise(const Offer& offer, const std::vector<OfferTranslation>& translations,
                       std::string_view language);

// ----- migration-sensitivity check ------------------------------------------------------------

// The default catalogue of issue 5, seeded for every region (labels: "offers.criterion.<key>").
inline constexpr std::array<std::string_view, 7> kDefaultCriteria = {
    "multilingual_information",  // Informationen mehrsprachig oder in einfacher Sprache
    "parents_reached",           // Eltern werden erreicht
    "intercultural_staff",       // interkulturell kompetentes und diverses Personal
    "migrant_organisations",     // Kooperation mit Migrantenorganisationen
    "low_threshold_access",      // niedrigschwelliger Zugang und aufsuchende Arbeit
    "residence_law",             // aufenthaltsrechtliche Fragen werden berücksichtigt
    "usage_data",                // Daten darüber, wer das Angebot tatsächlich nutzt
};
bool is_default_criterion(std::string_view key);

struct Criterion {
  Id id = 0;
  Id region_id = 0;
  std::string key;    // a default key, or "custom_..." for a region's own criterion
  std::string label;  // empty for an unchanged default criterion (the catalog names it)
  std::string description;
  int weight = 1;  // 1..3
  int position = 0;
  bool active = true;  // inactive criteria are kept for old assessments but not asked any more
};
FieldErrors validate(const Criterion& c);

inline constexpr std::array<std::string_view, 4> kRatingLevels = {"met", "partly", "not_met", "not_applicable"};
bool is_rating_level(std::string_view key);

struct Rating {
  Id criterion_id = 0;
  std::string level;  // key of kRatingLevels
  std::string evidence;
};

struct Assessment {
  Id id = 0;
  Id region_id = 0;
  Id offer_id = 0;
  std::string assessed_on;
  std::optional<Id> assessor_id;  // the user who assessed (empty: CLI / demo)
  std::string assessor_name;      // as shown (the user's name, or who the demo names)
  std::vector<Rating> ratings;
  std::optional<int> score;  // 0..100, see compute_score
  std::string next_review_on;
  std::vector<std::string> actions;  // improvement actions (later: measures of the plan)
  std::string note;
  UnixTime created_at = 0;
};
FieldErrors validate(const Assessment& a);

// The score of an assessment, 0..100: each applicable criterion counts with its weight
// (1..3); met earns 2 points per weight, partly 1, not met 0; "not applicable" criteria are
// left out. score = round(100 * earned / (2 * sum of applicable weights)). Nullopt when no
// criterion applies. `weights[i]` is the weight of ratings[i]'s criterion.
std::optional<int> compute_score(const std::vector<Rating>& ratings, const std::vector<int>& weights);

// ----- needs ----------------------------------------------------------------------------------

inline constexpr std::array<std::string_view, 3> kNeedSources = {"organisation", "event", "counselling"};
inline constexpr std::array<std::string_view, 3> kUrgencies = {"low", "medium", "high"};
inline constexpr std::array<std::string_view, 4> kNeedStatuses = {"open", "addressed", "planned", "closed"};
bool is_need_source(std::string_view key);
bool is_urgency(std::string_view key);
bool is_need_status(std::string_view key);

struct Need {
  Id id = 0;
  Id region_id = 0;
  std::string source_kind = "organisation";  // organisation, event, counselling (the latter two: later modules)
  std::optional<Id> organisation_id;          // who reported it (required for source "organisation")
  std::string source_note;                    // the event or counselling context, in words
  std::string target_group;
  std::optional<Id> municipality_id;  // empty: the whole region
  std::string field;
  std::string description;
  std::string urgency = "medium";
  std::string reported_on;
  std::string status = "open";
  std::optional<Id> offer_id;    // status "addressed": the offer that answers it
  std::optional<Id> measure_id;  // status "planned": a measure of the action plan (module to come)
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
};

FieldErrors validate(const Offer& o);
FieldErrors validate(const OfferTranslation& t);
FieldErrors validate(const Need& n);

// "YYYY-MM-DD" plus `days` (negative: earlier); the input must be an ISO date.
std::string add_days(std::string_view iso_date, int days);

}  // namespace bb::domain
