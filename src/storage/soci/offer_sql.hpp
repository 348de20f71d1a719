#pragma once
// SOCI implementations of the offers & needs repositories (storage/offer_repositories.hpp).

#include "storage/database.hpp"
#include "storage/offer_repositories.hpp"
#include "storage/soci/register_sql.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

// Runs a bound query and hands each row to `each`.
template <typename Each>
void for_rows(soci::session& sql, const std::string& query, Bindings& binds, Each each) {
  soci::details::prepare_temp_type prep = (sql.prepare << query);
  binds.bind(prep);
  soci::rowset<soci::row> rows(prep);
  for (const auto& row : rows) each(row);
}

class SociOfferRepository final : public OfferRepository {
 public:
  SociOfferRepository(soci::session& sql, Backend backend) : sql_(sql), backend_(backend) {}
  Result<Id> create(Id region_id, const domain::Offer& offer, UnixTime now) override;
  Result<bool> update(Id region_id, const domain::Offer& offer, UnixTime now) override;
  Result<bool> remove(Id region_id, Id offer_id) override;
  Result<std::optional<domain::Offer>> find(Id region_id, Id offer_id) override;
  Result<PageOf<OfferView>> list(Id region_id, const OfferQuery& query) override;
  Result<std::vector<domain::OfferTranslation>> translations(Id region_id, Id offer_id) override;
  Result<void> put_translation(Id region_id, const domain::OfferTranslation& translation, UnixTime now) override;
  Result<bool> remove_translation(Id region_id, Id offer_id, std::string_view language) override;
  Result<std::map<Id, std::vector<std::string>>> translated_languages(Id region_id,
                                                                      const std::vector<Id>& offer_ids) override;
  Result<std::int64_t> dependent_needs(Id region_id, Id offer_id) override;

 private:
  void write_children(Id region_id, const domain::Offer& offer);
  // Recomputes search_text from the offer and its translations, and the FTS5 row on SQLite.
  void refresh_search(Id region_id, Id offer_id);
  void load_children(std::vector<OfferView>& offers);
  soci::session& sql_;
  Backend backend_;
};

class SociCriterionRepository final : public CriterionRepository {
 public:
  explicit SociCriterionRepository(soci::session& sql) : sql_(sql) {}
  Result<std::vector<domain::Criterion>> list(Id region_id) override;
  Result<Id> create(Id region_id, const domain::Criterion& criterion) override;
  Result<bool> update(Id region_id, const domain::Criterion& criterion) override;
  Result<bool> remove(Id region_id, Id criterion_id) override;
  Result<std::int64_t> uses(Id region_id, Id criterion_id) override;
  Result<bool> seeded(Id region_id) override;
  Result<void> mark_seeded(Id region_id, UnixTime now) override;

 private:
  soci::session& sql_;
};

class SociAssessmentRepository final : public AssessmentRepository {
 public:
  explicit SociAssessmentRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Assessment& assessment, UnixTime now) override;
  Result<bool> remove(Id region_id, Id assessment_id) override;
  Result<std::optional<domain::Assessment>> find(Id region_id, Id assessment_id) override;
  Result<std::vector<domain::Assessment>> of_offer(Id region_id, Id offer_id) override;
  Result<PageOf<AssessmentView>> list(Id region_id, std::optional<Id> offer_id, int limit, int offset) override;
  Result<std::vector<OfferCheckState>> never_checked(Id region_id, int limit) override;
  Result<std::vector<OfferCheckState>> due_for_review(Id region_id, std::string_view today, int limit) override;
  Result<std::vector<CriterionStanding>> criterion_standings(Id region_id) override;

 private:
  void load_ratings(std::vector<domain::Assessment>& assessments);
  soci::session& sql_;
};

class SociNeedRepository final : public NeedRepository {
 public:
  explicit SociNeedRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Need& need, UnixTime now) override;
  Result<bool> update(Id region_id, const domain::Need& need, UnixTime now) override;
  Result<bool> remove(Id region_id, Id need_id) override;
  Result<std::optional<domain::Need>> find(Id region_id, Id need_id) override;
  Result<PageOf<NeedView>> list(Id region_id, const NeedQuery& query) override;

 private:
  soci::session& sql_;
};

}  // namespace bb::storage::soci_impl
