// The organisation import (RegisterService::import_organisations, issue 3) on both backends:
// one transaction for all rows, nothing written when a row is rejected, and 50k rows in time.
#include <chrono>
#include <iostream>

#include "services/register_service.hpp"
#include "services/spreadsheet.hpp"
#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

class RegisterImport : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (HasFatalFailure()) return;
    region_ = make_region("region-a", "Region A");
    must_write([&](UnitOfWork& uow) -> Result<void> {
      auto m = uow.regions().add_municipality(region_, "Hannover");
      if (!m) return m.error();
      return success();
    });
  }
  std::int64_t organisations() {
    return *db_->read_value([&](UnitOfWork& uow) -> Result<std::int64_t> {
      auto page = uow.organisations().list(region_, bb::storage::OrganisationQuery{});
      if (!page) return page.error();
      return page->total;
    });
  }
  Result<services::ImportReport> import(const std::string& csv) {
    auto table = services::parse_csv(csv);
    if (!table) return table.error();
    services::ImportOptions options;
    options.dry_run = false;
    services::RegisterService svc(*db_);
    return svc.import_organisations(services::RegisterCaller::operator_in(region_), *table,
                                    services::default_organisation_mapping(table->header), options, 1000);
  }
  Id region_ = 0;
};

TEST_P(RegisterImport, FiftyThousandRowsAllOrNothing) {
  std::string csv = "Name;Typ;Kommune;E-Mail\r\n";
  for (int i = 0; i < 50000; ++i)
    csv += "Betrieb " + std::to_string(i) + ";company;Hannover;b" + std::to_string(i) + "@example.org\r\n";
  auto rejected = import(csv + "Kaputt;company;Hannover;kein-mail\r\n");
  ASSERT_TRUE(rejected.ok()) << rejected.error().message;
  EXPECT_FALSE(rejected->committed);
  EXPECT_EQ(rejected->rows.back().row, 50002u);
  EXPECT_EQ(organisations(), 0);

  const auto started = std::chrono::steady_clock::now();
  auto committed = import(csv);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ASSERT_TRUE(committed.ok()) << committed.error().message;
  EXPECT_TRUE(committed->committed);
  EXPECT_EQ(organisations(), 50000);
  std::cout << "[ timing ] " << GetParam() << ": 50000-row import committed in " << seconds << " s\n";
  // The time is a benchmark figure (printed above), not a test condition: see docs/PERFORMANCE.md.
}

BB_ON_BOTH_BACKENDS(RegisterImport);

}  // namespace
}  // namespace bb::storage_tests
