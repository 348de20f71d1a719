#pragma once
// Repository interfaces of offers & needs (issue 5). As everywhere in storage, every method runs
// in its UnitOfWork's transaction and takes the region id: rows of another region are never
// read, changed or deleted (find yields nullopt, update/remove yield false).
//
// Full-text search (OfferQuery::search) is one interface over both engines: the query's words
// become stems (domain/search_text.hpp) and every stem must match a word of the offer's
// search text as a prefix — SQLite FTS5 MATCH '"stem"*' / PostgreSQL to_tsquery('simple',
// 'stem:*'). Hits are ranked the same way on both: offers whose title holds more of the
// query's stems first, then by title and id, so both backends return the same order.

#include "core/result.hpp"
#include "domain/offers.hpp"
#include "storage/register_repositories.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bb::storage {

// ----- offers ---------------------------------------------------------------------------------

struct OfferQuery {
  std::optional<std::string> target_group;
  std::optional<std::string> field;
  std::optional<std::string> format;
  std::optional<Id> municipality_id;  // offers serving it (offers for the whole region included)
  std::optional<std::string> status;
  std::optional<Id> provider_id;
  std::optional<std::string> language;  // offered in this language
  std::optional<bool> published;
  std::string active_on;  // "YYYY-MM-DD": offers whose period includes that day (empty: any)
  std::string search;     // as typed
  enum class Sort { relevance, title, updated, provider } sort = Sort::relevance;  // relevance: title without search
  bool descending = false;
  int limit = 50;
  int offset = 0;
};

// An offer in a list, with the provider's name (one statement for the page).
struct OfferView {
  domain::Offer offer;
  std::string provider_name;
};

class OfferRepository {
 public:
  virtual ~OfferRepository() = default;
  // Writes the offer with its target groups, municipalities, languages and search text.
  virtual Result<Id> create(Id region_id, const domain::Offer& offer, UnixTime now) = 0;
  virtual Result<bool> update(Id region_id, const domain::Offer& offer, UnixTime now) = 0;
  virtual Result<bool> remove(Id region_id, Id offer_id) = 0;
  virtual Result<std::optional<domain::Offer>> find(Id region_id, Id offer_id) = 0;
  virtual Result<PageOf<OfferView>> list(Id region_id, const OfferQuery& query) = 0;

  // Translations of an offer, by language; put replaces the one of that language.
  virtual Result<std::vector<domain::OfferTranslation>> translations(Id region_id, Id offer_id) = 0;
  virtual Result<void> put_translation(Id region_id, const domain::OfferTranslation& translation, UnixTime now) = 0;
  virtual Result<bool> remove_translation(Id region_id, Id offer_id, std::string_view language) = 0;
  // The languages each offer of the page has a translation in (for list badges).
  virtual Result<std::map<Id, std::vector<std::string>>> translated_languages(Id region_id,
                                                                              const std::vector<Id>& offer_ids) = 0;

  // Needs that point at the offer (it cannot be deleted while any does).
  virtual Result<std::int64_t> dependent_needs(Id region_id, Id offer_id) = 0;
};

// ----- migration-sensitivity check ------------------------------------------------------------

class CriterionRepository {
 public:
  virtual ~CriterionRepository() = default;
  // By position, then id; inactive ones too.
  virtual Result<std::vector<domain::Criterion>> list(Id region_id) = 0;
  virtual Result<Id> create(Id region_id, const domain::Criterion& criterion) = 0;
  virtual Result<bool> update(Id region_id, const domain::Criterion& criterion) = 0;
  virtual Result<bool> remove(Id region_id, Id criterion_id) = 0;
  // Ratings that use the criterion (then it can only be deactivated).
  virtual Result<std::int64_t> uses(Id region_id, Id criterion_id) = 0;
  // Whether the region has received the default catalogue, and marking that it has.
  virtual Result<bool> seeded(Id region_id) = 0;
  virtual Result<void> mark_seeded(Id region_id, UnixTime now) = 0;
};

struct AssessmentView {
  domain::Assessment assessment;
  std::string offer_title;
};

// An offer whose latest assessment is older than its next review date (or that was never
// assessed), for the lists of the check.
struct OfferCheckState {
  Id offer_id = 0;
  std::string offer_title;
  std::string provider_name;
  std::string last_assessed_on;  // empty: never
  std::optional<int> last_score;
  std::string next_review_on;
};

// How one criterion fares across the latest assessment of every offer of the region.
struct CriterionStanding {
  Id criterion_id = 0;
  std::int64_t met = 0;
  std::int64_t partly = 0;
  std::int64_t not_met = 0;
  std::int64_t not_applicable = 0;
  // met = 2, partly = 1, not met = 0 over the applicable ratings, as a share 0..100 (nullopt: none applicable)
  std::optional<int> fulfilment;
};

class AssessmentRepository {
 public:
  virtual ~AssessmentRepository() = default;
  virtual Result<Id> create(Id region_id, const domain::Assessment& assessment, UnixTime now) = 0;
  virtual Result<bool> remove(Id region_id, Id assessment_id) = 0;
  virtual Result<std::optional<domain::Assessment>> find(Id region_id, Id assessment_id) = 0;
  // Newest first (assessed_on, then id), with the ratings.
  virtual Result<std::vector<domain::Assessment>> of_offer(Id region_id, Id offer_id) = 0;
  // Newest first, without ratings; with the offer's title.
  virtual Result<PageOf<AssessmentView>> list(Id region_id, std::optional<Id> offer_id, int limit, int offset) = 0;
  // Offers (not ended) never assessed, by title.
  virtual Result<std::vector<OfferCheckState>> never_checked(Id region_id, int limit) = 0;
  // Offers (not ended) whose latest assessment's next review date is on or before `today`,
  // earliest first.
  virtual Result<std::vector<OfferCheckState>> due_for_review(Id region_id, std::string_view today, int limit) = 0;
  // Every criterion that occurs in the latest assessment of an offer, weakest first.
  virtual Result<std::vector<CriterionStanding>> criterion_standings(Id region_id) = 0;
};

// ----- needs ----------------------------------------------------------------------------------

struct NeedQuery {
  std::optional<std::string> status;
  std::optional<std::string> target_group;
  std::optional<std::string> field;
  std::optional<Id> municipality_id;
  std::optional<Id> organisation_id;
  std::optional<std::string> urgency;
  std::optional<Id> offer_id;
  int limit = 50;
  int offset = 0;
};

struct NeedView {
  domain::Need need;
  std::string organisation_name;
  std::string offer_title;
};

class NeedRepository {
 public:
  virtual ~NeedRepository() = default;
  virtual Result<Id> create(Id region_id, const domain::Need& need, UnixTime now) = 0;
  virtual Result<bool> update(Id region_id, const domain::Need& need, UnixTime now) = 0;
  virtual Result<bool> remove(Id region_id, Id need_id) = 0;
  virtual Result<std::optional<domain::Need>> find(Id region_id, Id need_id) = 0;
  // Newest report first.
  virtual Result<PageOf<NeedView>> list(Id region_id, const NeedQuery& query) = 0;
};

}  // namespace bb::storage
