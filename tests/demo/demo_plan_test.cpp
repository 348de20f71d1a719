// The demo's action plan (issue 6): the five fields of the issue, measures led by the register's
// real institutions, an adopted version with the partners who agreed, a revision in progress
// that differs from it, and indicator actuals.
#include "demo/demo_region.hpp"
#include "services/plan_service.hpp"
#include "services/user_service.hpp"
#include "storage/database.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

TEST(DemoPlan, HasAnAdoptedVersionARevisionInProgressAndActuals) {
  const auto dir = std::filesystem::temp_directory_path() / ("bb-demo-plan-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    auto db = bb::storage::open_database("sqlite:" + (dir / "demo.db").string());
    ASSERT_TRUE(db.ok()) << db.error().message;
    bb::services::UserService users(**db);
    auto created = bb::demo::create_demo_region(**db, users, 1764000000);
    ASSERT_TRUE(created.ok()) << created.error().message;
    auto region = (*db)->read_value([](bb::storage::UnitOfWork& uow) { return uow.regions().find_by_slug("region-hannover"); });
    ASSERT_TRUE(region.ok() && region->has_value());
    const auto region_id = (*region)->id;
    bb::services::PlanService plans(**db);
    auto list = plans.list_plans(region_id);
    ASSERT_EQ(list->size(), 1u);
    const auto& plan = list->front();
    EXPECT_EQ(plan.status, bb::domain::PlanStatus::draft) << "a revision is in progress";
    EXPECT_EQ(plan.version_count, 1);
    auto doc = plans.document(region_id, plan.id);
    ASSERT_TRUE(doc.ok() && doc->has_value());
    std::vector<std::string> titles;
    for (const auto& f : (*doc)->fields) titles.push_back(f.title);
    EXPECT_EQ(titles, (std::vector<std::string>{"Betriebe für Ausbildung gewinnen",
                                                "Jugendliche und junge Geflüchtete in Ausbildung", "Eltern einbeziehen",
                                                "Netzwerke und Verortung", "Interkulturelle Öffnung der Regelangebote"}));
    EXPECT_GE((*doc)->measures.size(), 9u);
    for (const auto& m : (*doc)->measures) {
      ASSERT_TRUE(m.lead_organisation_id.has_value()) << m.title;
      EXPECT_TRUE((*doc)->organisation_names.contains(*m.lead_organisation_id)) << m.title;
    }
    EXPECT_EQ((*doc)->organisation_names.at(*(*doc)->measures.front().lead_organisation_id), "Handwerkskammer Hannover");
    auto version = plans.version(region_id, plan.id, 1);
    ASSERT_TRUE(version.ok() && version->has_value());
    EXPECT_EQ((*version)->agreements.size(), 5u);
    auto changes = plans.diff(region_id, plan.id, 1, 0);
    ASSERT_TRUE(changes.ok());
    EXPECT_FALSE(changes->empty()) << "the revision differs from version 1";
    auto values = plans.indicator_values(region_id, plan.id);
    EXPECT_GE(values->size(), 5u);
  }
  std::filesystem::remove_all(dir);
}
