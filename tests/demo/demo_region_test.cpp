// The Region Hannover demo (issue 3, "Demo data"): what it creates, that the service centre is
// the bridge the article describes, that its people are fictional, that it is deterministic and
// created once only, and how long it takes on SQLite.

#include "demo/demo_region.hpp"
#include "demo/demo_register.hpp"
#include "services/event_service.hpp"
#include "services/register_service.hpp"
#include "services/user_service.hpp"
#include "postgres_server.hpp"
#include "storage/database.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using bb::domain::Id;

constexpr std::int64_t kNow = 1764000000;  // a fixed time: the data must not depend on it

struct DemoDb {
  std::filesystem::path dir;
  std::unique_ptr<bb::storage::Database> db;
  Id region_id = 0;
  double seconds = 0;
};

// url: empty for a fresh SQLite file in a temporary directory.
std::unique_ptr<DemoDb> make_demo(const std::string& label, const std::string& url = "") {
  static std::atomic<int> counter{0};
  auto out = std::make_unique<DemoDb>();
  if (url.empty()) {
    out->dir = std::filesystem::temp_directory_path() /
               ("bb-demo-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(out->dir);
  }
  auto db = bb::storage::open_database(url.empty() ? "sqlite:" + (out->dir / "demo.db").string() : url);
  if (!db) throw std::runtime_error(db.error().message);
  out->db = std::move(db).value();
  bb::services::UserService users(*out->db);
  const auto start = std::chrono::steady_clock::now();
  auto created = bb::demo::create_demo_region(*out->db, users, kNow);
  out->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!created) throw std::runtime_error(created.error().message);
  if (!created->has_value()) throw std::runtime_error("the demo region existed already");
  std::cout << "[ timing   ] demo creation (" << label << ", " << (url.empty() ? "SQLite" : "PostgreSQL")
            << "): " << out->seconds << " s\n";
  auto region = out->db->read_value(
      [](bb::storage::UnitOfWork& uow) { return uow.regions().find_by_slug(bb::demo::kDemoRegionSlug); });
  if (!region || !region->has_value()) throw std::runtime_error("no demo region");
  out->region_id = (*region)->id;
  return out;
}

// Everything of the register, read back through the service.
struct Snapshot {
  std::vector<bb::domain::Organisation> organisations;
  std::vector<bb::domain::Network> networks;
  std::vector<bb::domain::Contact> contacts;
  std::map<Id, std::vector<bb::domain::Membership>> memberships;  // by network
  std::vector<bb::storage::TieView> ties;
  std::vector<bb::storage::TransferView> transfers;
  std::int64_t audit_entries = 0;
  std::size_t membership_count() const {
    std::size_t n = 0;
    for (const auto& [network, list] : memberships) n += list.size();
    return n;
  }
};

Snapshot snapshot(DemoDb& demo) {
  bb::services::RegisterService service(*demo.db);
  Snapshot s;
  bb::storage::OrganisationQuery oq;
  oq.limit = 100000;
  auto organisations = service.list_organisations(demo.region_id, oq);
  EXPECT_TRUE(organisations.ok());
  s.organisations = organisations->items;
  bb::storage::NetworkQuery nq;
  nq.limit = 1000;
  auto networks = service.list_networks(demo.region_id, nq);
  EXPECT_TRUE(networks.ok());
  s.networks = networks->items;
  bb::storage::ContactQuery cq;
  cq.limit = 100000;
  auto contacts = service.list_contacts(demo.region_id, cq);
  EXPECT_TRUE(contacts.ok());
  s.contacts = contacts->items;
  for (const auto& n : s.networks) {
    auto members = service.members_of(demo.region_id, n.id, "");
    EXPECT_TRUE(members.ok());
    for (const auto& m : *members) s.memberships[n.id].push_back(m.membership);
  }
  auto ties = demo.db->read_value([&](bb::storage::UnitOfWork& uow) { return uow.ties().list(demo.region_id); });
  EXPECT_TRUE(ties.ok());
  s.ties = *ties;
  auto transfers = service.list_transfers(demo.region_id, 1000, 0);
  EXPECT_TRUE(transfers.ok());
  s.transfers = transfers->items;
  auto audit =
      demo.db->read_value([&](bb::storage::UnitOfWork& uow) { return uow.audit().count_for_region(demo.region_id); });
  EXPECT_TRUE(audit.ok());
  s.audit_entries = *audit;
  return s;
}

class DemoRegionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    try {
      demo_ = make_demo("first").release();
      snapshot_ = new Snapshot(snapshot(*demo_));
    } catch (const std::exception& e) {
      setup_error_ = new std::string(e.what());
    }
  }
  static void TearDownTestSuite() {
    delete snapshot_;
    delete setup_error_;
    if (demo_) {
      const auto dir = demo_->dir;
      delete demo_;
      std::filesystem::remove_all(dir);
    }
  }
  void SetUp() override {
    if (setup_error_) FAIL() << "creating the demo failed: " << *setup_error_;
  }
  Id service_centre() const {
    for (const auto& o : snapshot_->organisations)
      if (o.name == bb::demo::kServiceCentreName) return o.id;
    return 0;
  }

  static DemoDb* demo_;
  static Snapshot* snapshot_;
  static std::string* setup_error_;
};
std::string* DemoRegionTest::setup_error_ = nullptr;
DemoDb* DemoRegionTest::demo_ = nullptr;
Snapshot* DemoRegionTest::snapshot_ = nullptr;

TEST_F(DemoRegionTest, CreatesTheExpectedRegister) {
  const auto& s = *snapshot_;
  std::map<std::string, int> by_type;
  for (const auto& o : s.organisations) ++by_type[o.type];
  std::cout << "[ counts   ] organisations " << s.organisations.size() << " (companies " << by_type["company"]
            << ", vocational schools " << by_type["vocational_school"] << ", migrant organisations "
            << by_type["migrant_organisation"] << ", welfare " << by_type["welfare_organisation"] << "), contacts "
            << s.contacts.size() << ", networks " << s.networks.size() << ", memberships " << s.membership_count()
            << ", ties " << s.ties.size() << ", transfers " << s.transfers.size() << ", audit entries "
            << s.audit_entries << "\n";
  EXPECT_GE(by_type["company"], 250);
  EXPECT_LE(by_type["company"], 400);
  EXPECT_GE(by_type["vocational_school"], 10);
  EXPECT_GE(by_type["migrant_organisation"], 5);
  EXPECT_EQ(by_type["welfare_organisation"], 4);
  EXPECT_EQ(by_type["service_centre"], 1);
  for (const char* type : {"ihk", "hwk", "employment_agency", "jobcenter", "youth_employment_agency",
                           "economic_development", "parents_association", "volunteer_initiative", "association"})
    EXPECT_GE(by_type[type], 1) << type;
  EXPECT_GE(s.networks.size(), 15U);
  EXPECT_LE(s.networks.size(), 30U);
  EXPECT_GE(s.contacts.size(), 60U);
  EXPECT_GE(s.membership_count(), 200U);
  EXPECT_GE(s.ties.size(), 50U);
  EXPECT_GE(s.transfers.size(), 10U);
  // Every record was written through the service, with its audit entry (plus the users').
  const auto records = s.organisations.size() + s.networks.size() + s.contacts.size() + s.membership_count() +
                       s.ties.size() + s.transfers.size();
  EXPECT_GE(static_cast<std::size_t>(s.audit_entries), records);
  // Networks carry what the register asks for.
  for (const auto& n : s.networks) {
    EXPECT_FALSE(n.goals.empty()) << n.name;
    EXPECT_TRUE(n.lead_organisation_id.has_value()) << n.name;
    EXPECT_NE(n.meeting_rhythm, bb::domain::MeetingRhythm::none) << n.name;
    EXPECT_GE(s.memberships.at(n.id).size(), 3U) << n.name;
  }
  // Creation time is reported, not asserted (timings are benchmark figures, not test conditions).
  RecordProperty("demo_creation_seconds", std::to_string(demo_->seconds));
}

TEST_F(DemoRegionTest, TheServiceCentreIsTheOnlyBridgeBetweenSeveralNetworks) {
  const Id centre = service_centre();
  ASSERT_NE(centre, 0);
  // Current members (ongoing memberships of networks that have not ended).
  std::map<Id, std::set<Id>> members;
  std::map<Id, std::string> names;
  for (const auto& n : snapshot_->networks) {
    names[n.id] = n.name;
    if (n.status == bb::domain::NetworkStatus::ended) continue;
    for (const auto& m : snapshot_->memberships.at(n.id))
      if (m.until.empty()) members[n.id].insert(m.organisation_id);
  }
  int networks_of_centre = 0;
  for (const auto& [network, set] : members) networks_of_centre += set.contains(centre) ? 1 : 0;
  std::cout << "[ bridges  ] the service centre is a member of " << networks_of_centre << " networks\n";
  EXPECT_GE(networks_of_centre, 12);

  int sole = 0;
  int bridged_by_centre = 0;
  for (auto a = members.begin(); a != members.end(); ++a) {
    for (auto b = std::next(a); b != members.end(); ++b) {
      std::vector<Id> shared;
      std::set_intersection(a->second.begin(), a->second.end(), b->second.begin(), b->second.end(),
                            std::back_inserter(shared));
      if (std::find(shared.begin(), shared.end(), centre) != shared.end()) ++bridged_by_centre;
      if (shared.size() == 1 && shared.front() == centre) {
        ++sole;
        if (sole <= 5 || std::getenv("BB_DEMO_VERBOSE") != nullptr)
          std::cout << "[ bridges  ] only bridge: " << names[a->first] << " <-> " << names[b->first] << "\n";
      }
    }
  }
  std::cout << "[ bridges  ] network pairs bridged by the service centre: " << bridged_by_centre
            << ", of which it is the only bridge: " << sole << "\n";
  EXPECT_GE(sole, 10);
  // The article's example: company breakfasts and the labour-market integration network meet
  // only through the service centre.
  auto id_of = [&](const std::string& name) {
    for (const auto& [id, n] : names)
      if (n == name) return id;
    return Id{0};
  };
  const Id breakfast = id_of("Ausbilder-Frühstück Hannover-Nord");
  const Id labour = id_of("Netzwerk Arbeitsmarktintegration Region Hannover");
  ASSERT_NE(breakfast, 0);
  ASSERT_NE(labour, 0);
  std::vector<Id> shared;
  std::set_intersection(members[breakfast].begin(), members[breakfast].end(), members[labour].begin(),
                        members[labour].end(), std::back_inserter(shared));
  EXPECT_EQ(shared, std::vector<Id>{centre});
}

TEST_F(DemoRegionTest, EveryCompanyLiesInAMunicipalityOfTheRegion) {
  auto municipalities = demo_->db->read_value(
      [&](bb::storage::UnitOfWork& uow) { return uow.regions().municipalities(demo_->region_id); });
  ASSERT_TRUE(municipalities.ok());
  ASSERT_EQ(municipalities->size(), 21U);
  std::map<Id, int> companies_in;
  for (const auto& m : *municipalities) companies_in[m.id] = 0;
  int migrant_led = 0;
  int trains_now = 0;
  for (const auto& o : snapshot_->organisations) {
    if (o.type != "company") continue;
    ASSERT_TRUE(o.municipality_id.has_value()) << o.name;
    ASSERT_TRUE(companies_in.contains(*o.municipality_id)) << o.name;
    ++companies_in[*o.municipality_id];
    EXPECT_TRUE(o.size.has_value()) << o.name;
    EXPECT_FALSE(o.sector.empty()) << o.name;
    if (o.trains_now) {
      EXPECT_TRUE(o.may_train) << o.name;
    }
    migrant_led += o.migrant_led ? 1 : 0;
    trains_now += o.trains_now ? 1 : 0;
  }
  for (const auto& [municipality, count] : companies_in) EXPECT_GE(count, 4) << "municipality " << municipality;
  EXPECT_GE(migrant_led, 40);
  EXPECT_GE(trains_now, 40);
  // Names are unique, so the demo shows no false duplicates.
  std::set<std::string> names;
  for (const auto& o : snapshot_->organisations) EXPECT_TRUE(names.insert(o.name).second) << o.name;
}

TEST_F(DemoRegionTest, ContactsAreFictionalPeopleWithADataBasis) {
  const auto first = bb::demo::demo_first_names();
  const auto last = bb::demo::demo_last_names();
  std::set<std::string> seen;
  for (const auto& c : snapshot_->contacts) {
    const auto space = c.name.find(' ');
    ASSERT_NE(space, std::string::npos) << c.name;
    EXPECT_NE(std::find(first.begin(), first.end(), c.name.substr(0, space)), first.end()) << c.name;
    EXPECT_NE(std::find(last.begin(), last.end(), c.name.substr(space + 1)), last.end()) << c.name;
    EXPECT_TRUE(seen.insert(c.name).second) << "repeated: " << c.name;
    if (c.data_basis == bb::domain::DataBasis::consent) {
      EXPECT_TRUE(bb::domain::is_iso_date(c.consent_date)) << c.name;
    }
    if (!c.email.empty()) {
      EXPECT_TRUE(c.email.ends_with(".example")) << c.email;
    }
  }
  // The key organisations have people to call.
  std::set<Id> with_contacts;
  for (const auto& c : snapshot_->contacts) with_contacts.insert(c.organisation_id);
  for (const auto& o : snapshot_->organisations) {
    if (o.type == "ihk" || o.type == "hwk" || o.type == "jobcenter" || o.type == "employment_agency" ||
        o.type == "service_centre" || o.type == "welfare_organisation") {
      EXPECT_TRUE(with_contacts.contains(o.id)) << o.name;
    }
  }
}

TEST_F(DemoRegionTest, PartnersRepresentTheirOrganisation) {
  bb::services::RegisterService service(*demo_->db);
  auto user = demo_->db->read_value([](bb::storage::UnitOfWork& uow) {
    return uow.users().find_by_email("partner.jobcenter@region-hannover.example");
  });
  ASSERT_TRUE(user.ok());
  ASSERT_TRUE(user->has_value());
  auto organisation = service.partner_organisation(demo_->region_id, (*user)->user.id);
  ASSERT_TRUE(organisation.ok());
  ASSERT_TRUE(organisation->has_value());
  auto found = service.find_organisation(demo_->region_id, **organisation);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->name, "Jobcenter Region Hannover");
}

TEST_F(DemoRegionTest, RunningTheDemoAgainDuplicatesNothing) {
  bb::services::UserService users(*demo_->db);
  auto again = bb::demo::create_demo_region(*demo_->db, users, kNow + 60);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_FALSE(again->has_value());
  const auto after = snapshot(*demo_);
  EXPECT_EQ(after.organisations.size(), snapshot_->organisations.size());
  EXPECT_EQ(after.contacts.size(), snapshot_->contacts.size());
  EXPECT_EQ(after.networks.size(), snapshot_->networks.size());
  EXPECT_EQ(after.membership_count(), snapshot_->membership_count());
  EXPECT_EQ(after.ties.size(), snapshot_->ties.size());
  EXPECT_EQ(after.transfers.size(), snapshot_->transfers.size());
  EXPECT_EQ(after.audit_entries, snapshot_->audit_entries);
}

TEST_F(DemoRegionTest, IsTheSameInEveryDatabase) {
  auto other = make_demo("second");
  const auto s = snapshot(*other);
  auto names = [](const auto& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i.name);
    return out;
  };
  EXPECT_EQ(names(s.organisations), names(snapshot_->organisations));
  EXPECT_EQ(names(s.contacts), names(snapshot_->contacts));
  EXPECT_EQ(names(s.networks), names(snapshot_->networks));
  EXPECT_EQ(s.membership_count(), snapshot_->membership_count());
  EXPECT_EQ(s.ties.size(), snapshot_->ties.size());
  const auto dir = other->dir;
  other.reset();
  std::filesystem::remove_all(dir);
}

// The same demo on PostgreSQL (the private test server: no durability, so the time is a
// lower bound for a real server).
TEST_F(DemoRegionTest, IsTheSameOnPostgresql) {
  std::string url;
  try {
    url = bb::testing::PostgresServer::shared().create_database();
  } catch (const std::exception& e) {
    FAIL() << "no PostgreSQL for tests (Debian package postgresql-15): " << e.what();
  }
  auto other = make_demo("third", url);
  const auto s = snapshot(*other);
  auto sorted_names = [](const auto& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i.name);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(sorted_names(s.organisations), sorted_names(snapshot_->organisations));
  EXPECT_EQ(sorted_names(s.contacts), sorted_names(snapshot_->contacts));
  EXPECT_EQ(sorted_names(s.networks), sorted_names(snapshot_->networks));
  EXPECT_EQ(s.membership_count(), snapshot_->membership_count());
  EXPECT_EQ(s.ties.size(), snapshot_->ties.size());
  EXPECT_EQ(s.transfers.size(), snapshot_->transfers.size());
  EXPECT_EQ(s.audit_entries, snapshot_->audit_entries);
}

}  // namespace

// The events of the demo (issue 7): two years across the region with every format the issue
// names, the HWK speed-dating as an event record, and registrations that were attended by
// people of demo organisations (so the co-attendance layer of the map has ties to show).
TEST_F(DemoRegionTest, HasTwoYearsOfEventsWithAttendance) {
  bb::services::EventService events(*demo_->db);
  bb::storage::EventQuery query;
  query.limit = 500;
  auto list = events.list_events(demo_->region_id, query);
  ASSERT_TRUE(list.ok()) << list.error().message;
  std::map<bb::domain::EventFormat, int> by_format;
  std::int64_t attended = 0;
  for (const auto& item : list->items) {
    ++by_format[item.event.format];
    attended += item.attended;
  }
  EXPECT_GE(by_format[bb::domain::EventFormat::ausbilder_fruehstueck], 2);
  EXPECT_GE(by_format[bb::domain::EventFormat::dialogforum], 4);
  EXPECT_GE(by_format[bb::domain::EventFormat::netzwerkkonferenz], 1);
  EXPECT_GE(by_format[bb::domain::EventFormat::elternabend], 2);
  EXPECT_EQ(by_format[bb::domain::EventFormat::azubi_speeddating], 1);
  ASSERT_FALSE(list->items.empty());
  EXPECT_LE(list->items.front().event.starts_at.substr(0, 4), "2025");
  EXPECT_GE(list->items.back().event.starts_at.substr(0, 4), "2026");
  EXPECT_GE(attended, 150);
  auto pairs = events.co_attendance(demo_->region_id, "", "");
  ASSERT_TRUE(pairs.ok());
  EXPECT_GE(pairs->size(), 100U);
  EXPECT_GE(pairs->front().events, 3);  // some organisations meet again and again
}
