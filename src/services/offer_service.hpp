#pragma once
// Offers & needs (issue 5): the offer catalogue with translations, the migration-sensitivity
// check (criteria catalogue per region, assessments) and needs. As in the register, every write
// validates all fields into one Error, checks that what it points to lies in the caller's
// region, and runs as one transaction with its audit entry.
//
// Who may write (reads are open to every regional role; the web layer decides what to show):
//  - offers and their translations: admin and staff of the region; a partner the offers of
//    their own organisation (the register's may_edit_organisation), without the published
//    flag, which staff decide (it puts an offer into the public finder);
//  - the criteria catalogue: admins; assessments and needs: admin and staff;
//  - counsellor and national: nothing.

#include "core/result.hpp"
#include "domain/offers.hpp"
#include "services/register_service.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::services {

// The caller of a write: the same as the register's (actor, region, role).
using OfferCaller = RegisterCaller;

class OfferService {
 public:
  explicit OfferService(storage::Database& db) : db_(db) {}

  // A partner may only name their own organisation as provider; `published` is kept false.
  Result<domain::Id> create_offer(const OfferCaller& who, domain::Offer input, std::int64_t now);
  // A partner cannot move an offer to another provider nor change `published`.
  Result<void> update_offer(const OfferCaller& who, domain::Offer input, std::int64_t now);
  // Refused (conflict, field "needs") while needs point at the offer as their answer.
  Result<void> delete_offer(const OfferCaller& who, domain::Id offer_id, std::int64_t now);
  Result<std::optional<domain::Offer>> find_offer(domain::Id region_id, domain::Id offer_id);
  Result<storage::PageOf<storage::OfferView>> list_offers(domain::Id region_id, const storage::OfferQuery& query);
  // Whether the caller may change this offer (for pages that offer the buttons).
  Result<bool> may_edit(const OfferCaller& who, domain::Id offer_id);

  Result<std::vector<domain::OfferTranslation>> translations(domain::Id region_id, domain::Id offer_id);
  Result<std::map<domain::Id, std::vector<std::string>>> translated_languages(domain::Id region_id,
                                                                             const std::vector<domain::Id>& offer_ids);
  // Adds or replaces the translation into t.language (not "de": German is the offer itself).
  Result<void> put_translation(const OfferCaller& who, domain::OfferTranslation input, std::int64_t now);
  Result<void> delete_translation(const OfferCaller& who, domain::Id offer_id, std::string_view language,
                                  std::int64_t now);

  // The offer's change history (offer fields and translations), newest first.
  Result<std::vector<domain::AuditEntry>> history(domain::Id region_id, domain::Id offer_id);

 private:
  storage::Database& db_;
};

// A criterion as shown: its own label, or the catalog key of a default criterion's label.
struct CriterionLabel {
  std::string label;
  std::string label_key;  // "offers.criterion.<key>" when label is empty
};
CriterionLabel label_of(const domain::Criterion& criterion);

class AssessmentService {
 public:
  explicit AssessmentService(storage::Database& db) : db_(db) {}

  // The region's catalogue (by position). A region that never had one gets the default
  // criteria of issue 5 first (once: what an admin removes later stays removed).
  Result<std::vector<domain::Criterion>> criteria(domain::Id region_id, std::int64_t now);
  // Admins only.
  Result<domain::Id> create_criterion(const OfferCaller& who, domain::Criterion input, std::int64_t now);
  Result<void> update_criterion(const OfferCaller& who, domain::Criterion input, std::int64_t now);
  // Refused (conflict) once assessments use it: deactivate it instead.
  Result<void> delete_criterion(const OfferCaller& who, domain::Id criterion_id, std::int64_t now);

  // Staff only. Every active criterion of the region must be rated exactly once (and only
  // those); the score is computed here (domain::compute_score); the assessor is the caller
  // (`assessor_name` as given, e.g. the user's display name).
  Result<domain::Id> create_assessment(const OfferCaller& who, domain::Assessment input, std::int64_t now);
  Result<void> delete_assessment(const OfferCaller& who, domain::Id assessment_id, std::int64_t now);
  Result<std::optional<domain::Assessment>> find_assessment(domain::Id region_id, domain::Id assessment_id);
  Result<std::vector<domain::Assessment>> assessments_of(domain::Id region_id, domain::Id offer_id);
  Result<storage::PageOf<storage::AssessmentView>> list_assessments(domain::Id region_id,
                                                                    std::optional<domain::Id> offer_id, int limit,
                                                                    int offset);
  Result<std::vector<storage::OfferCheckState>> never_checked(domain::Id region_id, int limit);
  Result<std::vector<storage::OfferCheckState>> due_for_review(domain::Id region_id, std::string_view today,
                                                               int limit);
  Result<std::vector<storage::CriterionStanding>> weakest_criteria(domain::Id region_id);

 private:
  storage::Database& db_;
};

class NeedService {
 public:
  explicit NeedService(storage::Database& db) : db_(db) {}
  // Staff only.
  Result<domain::Id> create_need(const OfferCaller& who, domain::Need input, std::int64_t now);
  Result<void> update_need(const OfferCaller& who, domain::Need input, std::int64_t now);
  Result<void> delete_need(const OfferCaller& who, domain::Id need_id, std::int64_t now);
  Result<std::optional<domain::Need>> find_need(domain::Id region_id, domain::Id need_id);
  Result<storage::PageOf<storage::NeedView>> list_needs(domain::Id region_id, const storage::NeedQuery& query);
  Result<std::vector<domain::AuditEntry>> history(domain::Id region_id, domain::Id need_id);

 private:
  storage::Database& db_;
};

}  // namespace bb::services
