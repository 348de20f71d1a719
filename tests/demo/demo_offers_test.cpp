// The offer landscape of the Region Hannover demo (issue 5, "Demo data"): a few hundred offers
// across all 21 municipalities, the planted gaps and overlaps, translations for a subset,
// assessments (some due for re-check), needs, and funding that runs out soon.

#include "demo/demo_region.hpp"
#include "services/offer_service.hpp"
#include "services/user_service.hpp"
#include "storage/database.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>

namespace {

using bb::domain::Id;

constexpr std::int64_t kNow = 1764000000;  // 2025-11-24

class DemoOffersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                     ("bb-demo-offers-" + std::to_string(::getpid())));
    std::filesystem::create_directories(*dir_);
    auto db = bb::storage::open_database("sqlite:" + (*dir_ / "demo.db").string());
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(db).value().release();
    bb::services::UserService users(*db_);
    auto created = bb::demo::create_demo_region(*db_, users, kNow);
    ASSERT_TRUE(created.ok()) << created.error().message;
    auto region = db_->read_value(
        [](bb::storage::UnitOfWork& uow) { return uow.regions().find_by_slug(bb::demo::kDemoRegionSlug); });
    ASSERT_TRUE(region.ok() && region->has_value());
    region_id_ = (*region)->id;
  }
  static void TearDownTestSuite() {
    delete db_;
    if (dir_) std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  void SetUp() override { ASSERT_NE(db_, nullptr); }

  static std::vector<bb::storage::OfferView> all_offers() {
    bb::services::OfferService offers(*db_);
    bb::storage::OfferQuery q;
    q.limit = 1000;
    auto page = offers.list_offers(region_id_, q);
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->items : std::vector<bb::storage::OfferView>{};
  }

  static bb::storage::Database* db_;
  static std::filesystem::path* dir_;
  static Id region_id_;
};
bb::storage::Database* DemoOffersTest::db_ = nullptr;
std::filesystem::path* DemoOffersTest::dir_ = nullptr;
Id DemoOffersTest::region_id_ = 0;

TEST_F(DemoOffersTest, AFewHundredOffersServeEveryMunicipality) {
  const auto offers = all_offers();
  EXPECT_GE(offers.size(), 250U);
  EXPECT_LE(offers.size(), 400U);
  auto places = db_->read_value([](bb::storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id_); });
  ASSERT_TRUE(places.ok());
  std::map<Id, int> per_place;
  std::set<Id> providers;
  int region_wide = 0;
  int nearing_end = 0;
  for (const auto& v : offers) {
    for (auto m : v.offer.municipality_ids) ++per_place[m];
    if (v.offer.municipality_ids.empty()) ++region_wide;
    providers.insert(v.offer.provider_id);
    if (bb::domain::funding_nearing_end(v.offer, "2025-11-24")) ++nearing_end;
  }
  for (const auto& m : *places) EXPECT_GE(per_place[m.id], 3) << m.name;
  EXPECT_GE(region_wide, 7);
  EXPECT_GE(providers.size(), 20U) << "offers come from many demo organisations";
  EXPECT_GE(nearing_end, 10) << "some temporary funding runs out soon";
}

TEST_F(DemoOffersTest, GapsAndOverlapsArePlanted) {
  std::map<Id, std::set<std::string>> fields_of_place;
  std::map<std::string, std::set<Id>> providers_of_title;
  for (const auto& v : all_offers()) {
    for (auto m : v.offer.municipality_ids) fields_of_place[m].insert(v.offer.field);
    providers_of_title[v.offer.title].insert(v.offer.provider_id);
  }
  int without_parents_work = 0;
  for (const auto& [place, fields] : fields_of_place)
    if (!fields.contains("parents_work")) ++without_parents_work;
  EXPECT_GE(without_parents_work, 4) << "gap: no parents' work in some towns";
  int overlapping = 0;
  for (const auto& [title, providers] : providers_of_title)
    if (providers.size() >= 2) ++overlapping;
  EXPECT_GE(overlapping, 3) << "overlap: the same offer by different providers in one town";
}

TEST_F(DemoOffersTest, TranslationsAssessmentsAndNeedsExist) {
  bb::services::OfferService offers(*db_);
  std::vector<Id> ids;
  for (const auto& v : all_offers()) ids.push_back(v.offer.id);
  auto translated = offers.translated_languages(region_id_, ids);
  ASSERT_TRUE(translated.ok());
  EXPECT_GE(translated->size(), 20U);
  EXPECT_LT(translated->size(), ids.size() / 2) << "a subset only";
  bb::services::AssessmentService checks(*db_);
  auto assessments = checks.list_assessments(region_id_, std::nullopt, 500, 0);
  ASSERT_TRUE(assessments.ok());
  EXPECT_GE(assessments->total, 40);
  auto due = checks.due_for_review(region_id_, "2025-11-24", 500);
  ASSERT_TRUE(due.ok());
  EXPECT_GE(due->size(), 5U);
  auto weakest = checks.weakest_criteria(region_id_);
  ASSERT_TRUE(weakest.ok());
  ASSERT_FALSE(weakest->empty());
  bb::services::NeedService needs(*db_);
  bb::storage::NeedQuery q;
  q.limit = 500;
  auto all_needs = needs.list_needs(region_id_, q);
  ASSERT_TRUE(all_needs.ok());
  EXPECT_GE(all_needs->total, 30);
  EXPECT_TRUE(std::any_of(all_needs->items.begin(), all_needs->items.end(),
                          [](const auto& v) { return v.need.status == "addressed" && v.need.offer_id; }));
}

}  // namespace
