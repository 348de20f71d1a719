// Saved map layouts on both backends: upsert by name, scoped to the region.
#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

class MapLayouts : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    region_a_ = make_region("a", "Region A");
    region_b_ = make_region("b", "Region B");
    user_ = make_user(region_a_, "karte@example.org", "Kartenzeichnerin");
  }
  Id region_a_ = 0;
  Id region_b_ = 0;
  Id user_ = 0;
};
BB_ON_BOTH_BACKENDS(MapLayouts);

TEST_P(MapLayouts, SavingTheSameNameReplacesThePositions) {
  must_write([&](UnitOfWork& uow) { return uow.map_layouts().save(region_a_, "Standard", R"({"o1":[1,2]})", user_, 10); });
  must_write([&](UnitOfWork& uow) { return uow.map_layouts().save(region_a_, "Standard", R"({"o1":[3,4]})", user_, 20); });
  auto stored = db_->read_value([&](UnitOfWork& uow) { return uow.map_layouts().positions(region_a_, "Standard"); });
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(*stored, std::optional<std::string>(R"({"o1":[3,4]})"));
  auto list = db_->read_value([&](UnitOfWork& uow) { return uow.map_layouts().list(region_a_); });
  ASSERT_TRUE(list.ok()) << list.error().message;
  ASSERT_EQ(list->size(), 1U);
  EXPECT_EQ((*list)[0].name, "Standard");
  EXPECT_EQ((*list)[0].updated_at, 20);
  EXPECT_EQ((*list)[0].updated_by_name, "Kartenzeichnerin");
}

TEST_P(MapLayouts, AnotherRegionSeesNeitherTheListNorThePositions) {
  must_write([&](UnitOfWork& uow) { return uow.map_layouts().save(region_a_, "Vortrag", "{}", user_, 10); });
  auto list = db_->read_value([&](UnitOfWork& uow) { return uow.map_layouts().list(region_b_); });
  ASSERT_TRUE(list.ok()) << list.error().message;
  EXPECT_TRUE(list->empty());
  auto stored = db_->read_value([&](UnitOfWork& uow) { return uow.map_layouts().positions(region_b_, "Vortrag"); });
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_FALSE(stored->has_value());
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.map_layouts().remove(region_b_, "Vortrag"); });
  ASSERT_TRUE(removed.ok()) << removed.error().message;
  EXPECT_FALSE(*removed);
}

TEST_P(MapLayouts, RemoveDeletesOnlyTheNamedLayout) {
  must_write([&](UnitOfWork& uow) { return uow.map_layouts().save(region_a_, "eins", "{}", user_, 10); });
  must_write([&](UnitOfWork& uow) { return uow.map_layouts().save(region_a_, "zwei", "{}", user_, 10); });
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.map_layouts().remove(region_a_, "eins"); });
  ASSERT_TRUE(removed.ok()) << removed.error().message;
  EXPECT_TRUE(*removed);
  auto list = db_->read_value([&](UnitOfWork& uow) { return uow.map_layouts().list(region_a_); });
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1U);
  EXPECT_EQ((*list)[0].name, "zwei");
}

}  // namespace
}  // namespace bb::storage_tests
