// The import engine for contacts, networks, memberships and ties (services/import.hpp, issue 3)
// on both backends: references by name (+ municipality) or id, likely duplicates (in the file:
// rejected; in the register: flagged), broken files (wrong encoding, missing required columns,
// duplicate rows, unknown references) — and that a rejected file writes nothing: the rows of
// every register table and the audit log are counted before and after.
#include <set>

#include "services/register_service.hpp"
#include "services/spreadsheet.hpp"
#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

using services::ImportKind;
using services::ImportRowReport;
using Outcome = services::ImportRowReport::Outcome;

struct Counts {
  std::int64_t organisations = 0, contacts = 0, networks = 0, memberships = 0, ties = 0, audit = 0;
  bool operator==(const Counts&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Counts& c) {
  return out << "{organisations " << c.organisations << ", contacts " << c.contacts << ", networks " << c.networks
             << ", memberships " << c.memberships << ", ties " << c.ties << ", audit " << c.audit << "}";
}

// problems of a row as column -> message key
std::map<std::string, std::string> problems_of(const ImportRowReport& row) {
  std::map<std::string, std::string> out;
  for (const auto& p : row.problems) out[p.column] = p.message_key;
  return out;
}

class RegisterImportKinds : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (HasFatalFailure()) return;
    region_ = make_region("region-a", "Region A");
    other_region_ = make_region("region-b", "Region B");
    must_write([&](UnitOfWork& uow) -> Result<void> {
      for (const char* name : {"Hannover", "Burgdorf"}) {
        auto m = uow.regions().add_municipality(region_, name);
        if (!m) return m.error();
        municipality_[name] = *m;
      }
      auto b = uow.regions().add_municipality(other_region_, "Celle");
      if (!b) return b.error();
      return success();
    });
    ihk_ = organisation("IHK Hannover", "ihk", "Hannover");
    baker_hannover_ = organisation("Bäckerei Müller", "company", "Hannover");
    baker_burgdorf_ = organisation("Bäckerei Müller", "company", "Burgdorf");
    bbs_ = organisation("BBS Burgdorf", "vocational_school", "Burgdorf");
    domain::Network n;
    n.name = "Arbeitsmarktintegration";
    network_ = *svc().create_network(caller(), n, 1000);
    domain::Organisation foreign;
    foreign.name = "Fremde Organisation";
    foreign.type = "ihk";
    foreign_ = *svc().create_organisation(services::RegisterCaller::operator_in(other_region_), foreign, 1000);
  }

  services::RegisterService svc() { return services::RegisterService(*db_); }
  services::RegisterCaller caller() { return services::RegisterCaller::operator_in(region_); }

  Id organisation(const std::string& name, const std::string& type, const std::string& municipality) {
    domain::Organisation o;
    o.name = name;
    o.type = type;
    o.municipality_id = municipality_.at(municipality);
    auto id = svc().create_organisation(caller(), o, 1000);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  Counts counts() {
    return *db_->read_value([&](UnitOfWork& uow) -> Result<Counts> {
      Counts c;
      c.organisations = uow.organisations().list(region_, {})->total;
      c.contacts = uow.contacts().list(region_, {})->total;
      c.networks = uow.networks().list(region_, {})->total;
      auto networks = uow.networks().list(region_, {});
      for (const auto& n : networks->items)
        c.memberships += static_cast<std::int64_t>(uow.memberships().of_network(region_, n.id, "")->size());
      c.ties = static_cast<std::int64_t>(uow.ties().list(region_)->size());
      c.audit = *uow.audit().count_for_region(region_);
      return c;
    });
  }

  Result<services::ImportReport> import(ImportKind kind, const std::string& csv, bool dry_run,
                                        std::optional<services::RegisterCaller> who = std::nullopt,
                                        services::ImportOptions options = {}) {
    auto table = services::parse_csv(csv);
    if (!table) return table.error();
    options.dry_run = dry_run;
    options.aliases["role"] = {{"mitglied", "member"}, {"leitung", "lead"}};
    options.aliases["kind"] = {{"kooperationsvereinbarung", "agreement"}};
    options.aliases["status"] = {{"ruhend", "dormant"}};
    return svc().import(who.value_or(caller()), kind, *table, services::default_mapping(kind, table->header), options,
                        2000);
  }

  // Runs the import as a commit that must be refused as a whole, and checks nothing changed.
  services::ImportReport rejected_whole(ImportKind kind, const std::string& csv) {
    const auto before = counts();
    auto report = import(kind, csv, false);
    EXPECT_TRUE(report.ok()) << report.error().message;
    if (!report.ok()) return {};
    EXPECT_FALSE(report->committed);
    EXPECT_GT(report->rejected, 0u);
    EXPECT_EQ(counts(), before) << "a rejected import must write nothing";
    return *report;
  }

  Id region_ = 0, other_region_ = 0;
  std::map<std::string, Id> municipality_;
  Id ihk_ = 0, baker_hannover_ = 0, baker_burgdorf_ = 0, bbs_ = 0, network_ = 0, foreign_ = 0;
};

// ----- every kind: broken files ---------------------------------------------------------------

TEST_P(RegisterImportKinds, EveryKindRefusesAFileThatIsNotUtf8AndWritesNothing) {
  const auto before = counts();
  for (auto kind : services::kImportKinds) {
    auto result = import(kind, "Name;Organisation\r\nJ\xFCrgen;IHK Hannover\r\n", false);
    ASSERT_FALSE(result.ok()) << services::to_string(kind);
    EXPECT_EQ(result.error().message, "import.error.encoding");
    EXPECT_EQ(result.error().fields.at("line"), "2");
  }
  EXPECT_EQ(counts(), before);
}

TEST_P(RegisterImportKinds, EveryKindNamesItsMissingRequiredColumns) {
  const std::map<ImportKind, std::pair<std::string, std::set<std::string>>> cases = {
      {ImportKind::organisations, {"Kommune\r\nHannover\r\n", {"name", "type"}}},
      {ImportKind::contacts, {"E-Mail\r\na@example.org\r\n", {"name", "organisation"}}},
      {ImportKind::networks, {"Ziele\r\nmehr Ausbildung\r\n", {"name"}}},
      {ImportKind::memberships, {"Rolle\r\nmember\r\n", {"network", "organisation"}}},
      {ImportKind::ties, {"Art\r\nreferrals\r\n", {"organisation_a", "organisation_b"}}},
  };
  const auto before = counts();
  for (const auto& [kind, c] : cases) {
    auto result = import(kind, c.first, false);
    ASSERT_FALSE(result.ok()) << services::to_string(kind);
    EXPECT_EQ(result.error().code, ErrorCode::invalid_input);
    std::set<std::string> fields;
    for (const auto& [field, key] : result.error().fields) fields.insert(field);
    EXPECT_EQ(fields, c.second) << services::to_string(kind);
  }
  EXPECT_EQ(counts(), before);
}

TEST_P(RegisterImportKinds, PartnersMayNotImportAnyKind) {
  const Id partner = make_user(region_, "partner@example.org", "Partner", domain::Role::partner);
  domain::User user;
  user.id = partner;
  user.region_id = region_;
  user.role = domain::Role::partner;
  const auto who = services::RegisterCaller::of(user, "test");
  for (auto kind : services::kImportKinds) {
    auto result = import(kind, "Name;Organisation\r\nJana;IHK Hannover\r\n", false, who);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::forbidden) << services::to_string(kind);
  }
}

// ----- contacts -------------------------------------------------------------------------------

TEST_P(RegisterImportKinds, ContactsResolveOrganisationsByNameMunicipalityOrIdAndCommitTogether) {
  const auto before = counts();
  const std::string csv =
      "Name;Funktion;Organisation;Kommune;Organisations-ID;E-Mail;Rechtsgrundlage;Einwilligung am\r\n"
      "Ayşe Demir;Ausbildungsberatung;IHK Hannover;;;a.demir@example.org;;\r\n"
      "Jan Meyer;Inhaber;Bäckerei Müller;Burgdorf;;jan@example.org;consent;01.03.2024\r\n"
      "Eva Schulz;;;;" +
      std::to_string(bbs_) + ";;;\r\n";
  auto dry = import(ImportKind::contacts, csv, true);
  ASSERT_TRUE(dry.ok()) << dry.error().message;
  EXPECT_EQ(dry->created, 3u);
  EXPECT_EQ(dry->rejected, 0u);
  EXPECT_EQ(counts(), before) << "a dry run writes nothing";
  auto done = import(ImportKind::contacts, csv, false);
  ASSERT_TRUE(done.ok());
  EXPECT_TRUE(done->committed);
  auto after = counts();
  EXPECT_EQ(after.contacts, before.contacts + 3);
  EXPECT_EQ(after.audit, before.audit + 3);
  storage::ContactQuery of_burgdorf;
  of_burgdorf.organisation_id = baker_burgdorf_;
  auto burgdorf = svc().list_contacts(region_, of_burgdorf);
  ASSERT_EQ(burgdorf->items.size(), 1u);
  EXPECT_EQ(burgdorf->items[0].name, "Jan Meyer");
  EXPECT_EQ(burgdorf->items[0].data_basis, domain::DataBasis::consent);
  EXPECT_EQ(burgdorf->items[0].consent_date, "2024-03-01");  // German date converted

  // The same file again: each row is a likely duplicate (same e-mail / same name there).
  auto again = import(ImportKind::contacts, csv, true);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->flagged, 3u);
  EXPECT_EQ(again->rows[0].duplicates, std::vector<std::string>{"Ayşe Demir (IHK Hannover)"});
}

TEST_P(RegisterImportKinds, ContactsWithUnknownAmbiguousOrForeignOrganisationsRejectTheWholeFile) {
  const auto report = rejected_whole(ImportKind::contacts,
                                     "Name;Organisation;Organisations-ID;E-Mail\r\n"
                                     "Gut;IHK Hannover;;gut@example.org\r\n"
                                     "Unbekannt;Firma Atlantis;;\r\n"
                                     "Mehrdeutig;Bäckerei Müller;;\r\n"
                                     "Fremd;;" +
                                         std::to_string(foreign_) +
                                         ";\r\n"
                                         "Kaputt;IHK Hannover;;kein-mail\r\n");
  ASSERT_EQ(report.rows.size(), 5u);
  EXPECT_EQ(report.rows[0].outcome, Outcome::created);
  EXPECT_EQ(report.rows[1].row, 3u);
  EXPECT_EQ(problems_of(report.rows[1]),
            (std::map<std::string, std::string>{{"Organisation", "import.error.unknown_organisation"}}));
  EXPECT_EQ(problems_of(report.rows[2]),
            (std::map<std::string, std::string>{{"Organisation", "import.error.ambiguous_organisation"}}));
  EXPECT_EQ(problems_of(report.rows[3]),
            (std::map<std::string, std::string>{{"Organisations-ID", "import.error.unknown_organisation_id"}}));
  EXPECT_EQ(problems_of(report.rows[4]), (std::map<std::string, std::string>{{"E-Mail", "validation.email"}}));
}

TEST_P(RegisterImportKinds, TheSameContactTwiceInTheFileRejectsTheLaterRow) {
  const auto report = rejected_whole(ImportKind::contacts,
                                     "Name,Organisation,E-Mail\n"
                                     "Jana Kühn,IHK Hannover,jana@example.org\n"
                                     "J. Kühn,BBS Burgdorf,JANA@example.org\n"
                                     "JANA KUHN,IHK Hannover,\n");
  EXPECT_EQ(report.rows[0].outcome, Outcome::created);
  EXPECT_EQ(problems_of(report.rows[1]),
            (std::map<std::string, std::string>{{"E-Mail", "import.error.duplicate_contact_in_file"}}));
  EXPECT_EQ(report.rows[1].duplicate_rows, std::vector<std::size_t>{2});
  EXPECT_EQ(problems_of(report.rows[2]),
            (std::map<std::string, std::string>{{"Name", "import.error.duplicate_contact_in_file"}}));
}

// ----- networks -------------------------------------------------------------------------------

TEST_P(RegisterImportKinds, NetworksWithLeadMunicipalitiesAndNamedValuesAreCreated) {
  const auto before = counts();
  auto report = import(ImportKind::networks,
                       "Name;Schwerpunkt;Leitung;Kommunen;Status;Status seit;Kanäle\r\n"
                       "Ausbilder-Frühstück;sector;IHK Hannover;Hannover, Burgdorf;active;;email_list\r\n"
                       "Flüchtlingsnetz Burgdorf;local;BBS Burgdorf;Burgdorf;ruhend;2024-06-30;\r\n",
                       false);
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_TRUE(report->committed) << (report->rows[0].problems.empty() ? report->rows[1].problems[0].message_key
                                                                      : report->rows[0].problems[0].message_key);
  EXPECT_EQ(counts().networks, before.networks + 2);
  storage::NetworkQuery q;
  q.search = "Fruhstuck";
  auto found = svc().list_networks(region_, q);
  ASSERT_EQ(found->items.size(), 1u);
  EXPECT_EQ(found->items[0].lead_organisation_id, ihk_);
  EXPECT_EQ(found->items[0].municipality_ids.size(), 2u);
  EXPECT_EQ(found->items[0].focus, domain::NetworkFocus::sector);
}

TEST_P(RegisterImportKinds, BrokenNetworkRowsRejectTheFileAndNameRowAndColumn) {
  const auto report = rejected_whole(ImportKind::networks,
                                     "Name;Leitung;Kommunen;Status\r\n"
                                     "Neues Netzwerk;IHK Hannover;Hannover;active\r\n"
                                     "NEUES netzwerk;;;active\r\n"
                                     "Drittes;Niemand e.V.;Atlantis;vielleicht\r\n"
                                     "Viertes;;;dormant\r\n"
                                     "arbeitsmarktintegration;;;\r\n");
  EXPECT_EQ(problems_of(report.rows[1]),
            (std::map<std::string, std::string>{{"Name", "import.error.duplicate_network_in_file"}}));
  EXPECT_EQ(problems_of(report.rows[2]),
            (std::map<std::string, std::string>{{"Leitung", "import.error.unknown_organisation"},
                                                {"Kommunen", "validation.municipality"},
                                                {"Status", "import.error.choice"}}));
  // Dormant needs the date since when.
  EXPECT_EQ(problems_of(report.rows[3]).count("status_since"), 1u);
  // Already in the register: flagged, not rejected.
  EXPECT_EQ(report.rows[4].outcome, Outcome::created);
  EXPECT_EQ(report.rows[4].duplicates, std::vector<std::string>{"Arbeitsmarktintegration"});
}

TEST_P(RegisterImportKinds, ARowWithAnIdUpdatesThatRecordAndAuditsOnlyTheChangedFields) {
  const auto before = counts();
  auto report = import(ImportKind::networks,
                       "ID;Name;Ziele\r\n" + std::to_string(network_) + ";Arbeitsmarktintegration;mehr Ausbildung\r\n" +
                           std::to_string(network_ + 1000) + ";Gibt es nicht;\r\n",
                       false);
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->committed);
  EXPECT_EQ(problems_of(report->rows[1]),
            (std::map<std::string, std::string>{{"ID", "import.error.unknown_network_id"}}));
  EXPECT_EQ(counts(), before);

  auto done =
      import(ImportKind::networks,
             "ID;Name;Ziele\r\n" + std::to_string(network_) + ";Arbeitsmarktintegration;mehr Ausbildung\r\n", false);
  ASSERT_TRUE(done.ok());
  ASSERT_TRUE(done->committed);
  EXPECT_EQ(done->updated, 1u);
  EXPECT_TRUE(done->rows[0].duplicates.empty()) << "a record is no duplicate of itself";
  EXPECT_EQ((*svc().find_network(region_, network_))->goals, "mehr Ausbildung");
  auto history = svc().history(region_, "network", network_);
  ASSERT_FALSE(history->empty());
  EXPECT_EQ(history->front().action, "update");
  EXPECT_NE(history->front().after_json.find("mehr Ausbildung"), std::string::npos);
  EXPECT_EQ(history->front().after_json.find("Arbeitsmarktintegration"), std::string::npos)
      << "unchanged: not recorded";
  auto after = counts();
  EXPECT_EQ(after.networks, before.networks);
  EXPECT_EQ(after.audit, before.audit + 1);
}

// ----- memberships ----------------------------------------------------------------------------

TEST_P(RegisterImportKinds, MembershipsByNameAreCreatedAndOverlapsAreRejected) {
  const auto before = counts();
  const std::string csv =
      "Netzwerk;Organisation;Kommune;Rolle;seit;bis\r\n"
      "Arbeitsmarktintegration;IHK Hannover;;Leitung;2020-01-01;\r\n"
      "Arbeitsmarktintegration;Bäckerei Müller;Hannover;member;2021-05-01;2022-12-31\r\n"
      "Netzwerk-ID-egal;;;;;\r\n";
  // Row 4: an unknown network and no organisation.
  const auto broken = rejected_whole(ImportKind::memberships, csv);
  EXPECT_EQ(problems_of(broken.rows[2]),
            (std::map<std::string, std::string>{{"Netzwerk", "import.error.unknown_network"},
                                                {"Organisation", "validation.required"}}));

  const std::string good = csv.substr(0, csv.rfind("Netzwerk-ID-egal"));
  auto done = import(ImportKind::memberships, good, false);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_TRUE(done->committed);
  EXPECT_EQ(counts().memberships, before.memberships + 2);
  EXPECT_EQ(done->rows[0].name, "IHK Hannover – Arbeitsmarktintegration");

  // The same again overlaps what is in the register now; two overlapping rows in a file too.
  const auto again = rejected_whole(ImportKind::memberships,
                                    "Netzwerk;Organisation;Kommune;seit;bis\r\n"
                                    "Arbeitsmarktintegration;IHK Hannover;;2023-01-01;\r\n"
                                    "Arbeitsmarktintegration;Bäckerei Müller;Hannover;2023-01-01;\r\n"
                                    "Arbeitsmarktintegration;Bäckerei Müller;Burgdorf;2023-01-01;2023-12-31\r\n"
                                    "Arbeitsmarktintegration;Bäckerei Müller;Burgdorf;2023-06-01;\r\n");
  EXPECT_EQ(problems_of(again.rows[0]),
            (std::map<std::string, std::string>{{"seit", "validation.membership_overlap"}}));
  EXPECT_EQ(again.rows[0].duplicates.size(), 1u);
  EXPECT_EQ(again.rows[1].outcome, Outcome::created) << "the earlier membership ended in 2022";
  EXPECT_EQ(again.rows[2].outcome, Outcome::created);
  EXPECT_EQ(problems_of(again.rows[3]),
            (std::map<std::string, std::string>{{"seit", "import.error.duplicate_membership_in_file"}}));
  EXPECT_EQ(again.rows[3].duplicate_rows, std::vector<std::size_t>{4});
}

// ----- ties -----------------------------------------------------------------------------------

TEST_P(RegisterImportKinds, TiesAreCreatedAndTheSamePairAndKindIsADuplicate) {
  const auto before = counts();
  const std::string csv =
      "Organisation A;Kommune A;Organisation B;Kommune B;Art;gerichtet;Intensität;Notiz\r\n"
      "IHK Hannover;;BBS Burgdorf;;Kooperationsvereinbarung;nein;3;seit Jahren\r\n"
      "Bäckerei Müller;Burgdorf;BBS Burgdorf;;referrals;ja;1;\r\n";
  auto done = import(ImportKind::ties, csv, false);
  ASSERT_TRUE(done.ok()) << done.error().message;
  ASSERT_TRUE(done->committed);
  EXPECT_EQ(counts().ties, before.ties + 2);
  auto ties = svc().ties_of(region_, bbs_);
  ASSERT_EQ(ties->size(), 2u);

  // Reversed pair, same kind: flagged as in the register; twice in the file: rejected.
  const auto report = rejected_whole(ImportKind::ties,
                                     "Organisation A;Organisation B;Kommune B;Art;Intensität\r\n"
                                     "BBS Burgdorf;IHK Hannover;;agreement;2\r\n"
                                     "IHK Hannover;BBS Burgdorf;;agreement;2\r\n"
                                     "IHK Hannover;IHK Hannover;;joint_offer;1\r\n"
                                     "IHK Hannover;Bäckerei Müller;Burgdorf;unbekannt;7\r\n");
  EXPECT_EQ(report.rows[0].outcome, Outcome::created);
  EXPECT_EQ(report.rows[0].duplicates, std::vector<std::string>{"IHK Hannover – BBS Burgdorf"});
  EXPECT_EQ(problems_of(report.rows[1]),
            (std::map<std::string, std::string>{{"Art", "import.error.duplicate_tie_in_file"}}));
  EXPECT_EQ(problems_of(report.rows[2]),
            (std::map<std::string, std::string>{{"Organisation B", "validation.tie_self"}}));
  EXPECT_EQ(problems_of(report.rows[3]), (std::map<std::string, std::string>{{"Art", "import.error.choice"},
                                                                             {"Intensität", "validation.intensity"}}));
}

TEST_P(RegisterImportKinds, ACommitReportsProgressWhileCheckingAndWriting) {
  const std::string csv = "Organisation A;Organisation B;Art\r\nIHK Hannover;BBS Burgdorf;agreement\r\n";
  services::ImportOptions options;
  std::vector<std::pair<std::string, std::size_t>> seen;
  options.progress = [&](std::string_view phase, std::size_t done, std::size_t total) {
    EXPECT_EQ(total, 1u);
    seen.emplace_back(std::string(phase), done);
  };
  auto report = import(ImportKind::ties, csv, false, std::nullopt, options);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->committed);
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, std::size_t>>{{"check", 1}, {"write", 1}}));
}

BB_ON_BOTH_BACKENDS(RegisterImportKinds);

}  // namespace
}  // namespace bb::storage_tests
