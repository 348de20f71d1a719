// The import pages of every kind through a real server (issue 3, web/pages/import_pages.cpp):
// upload a file with an error -> the dry run names row and column and offers no commit ->
// upload the fixed file -> commit -> the background job's page shows the progress (htmx
// polling with a reload link for browsers without JavaScript) and, when done, the report;
// the records are there. Staff only; a job is visible only to the user who started it.
#include <chrono>
#include <future>
#include <thread>

#include "services/register_service.hpp"
#include "web_fixture.hpp"

namespace bhttp = boost::beast::http;
using bb::domain::Id;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class ImportPages : public WebFixture {
 protected:
  void SetUp() override {
    WebFixture::SetUp();
    if (HasFatalFailure()) return;
    bb::services::RegisterService svc(*db_);
    const auto who = bb::services::RegisterCaller::operator_in(region_a_);
    for (const auto& [name, type] : std::vector<std::pair<std::string, std::string>>{
             {"IHK Hannover", "ihk"}, {"BBS Burgdorf", "vocational_school"}, {"Bäckerei Müller", "company"}}) {
      bb::domain::Organisation o;
      o.name = name;
      o.type = type;
      ASSERT_TRUE(svc.create_organisation(who, o, bb::unix_now()).ok());
    }
    bb::domain::Network n;
    n.name = "Arbeitsmarktintegration";
    ASSERT_TRUE(svc.create_network(who, n, bb::unix_now()).ok());
  }

  std::int64_t count(bb::services::ImportKind kind) {
    return *db_->read_value([&](bb::storage::UnitOfWork& uow) -> bb::Result<std::int64_t> {
      switch (kind) {
        case bb::services::ImportKind::organisations:
          return uow.organisations().list(region_a_, {})->total;
        case bb::services::ImportKind::contacts:
          return uow.contacts().list(region_a_, {})->total;
        case bb::services::ImportKind::networks:
          return uow.networks().list(region_a_, {})->total;
        case bb::services::ImportKind::memberships: {
          std::int64_t n = 0;
          auto networks = uow.networks().list(region_a_, {});
          for (const auto& network : networks->items)
            n += static_cast<std::int64_t>(uow.memberships().of_network(region_a_, network.id, "")->size());
          return n;
        }
        case bb::services::ImportKind::ties:
          return static_cast<std::int64_t>(uow.ties().list(region_a_)->size());
      }
      return 0;
    });
  }

  // POSTs the file as a browser does (multipart/form-data) to /{kind}/import.
  bb::testing::ClientResponse upload(bb::testing::TestClient& c, const std::string& kind, const std::string& file) {
    const auto token = c.csrf_token_from("/" + kind + "/import");
    const std::string boundary = "----bbimport";
    const auto body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token +
                      "\r\n--" + boundary +
                      "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"daten.csv\"\r\nContent-Type: "
                      "text/csv\r\n\r\n" +
                      file + "\r\n--" + boundary + "--\r\n";
    return c.send(bhttp::verb::post, "/" + kind + "/import", body, "multipart/form-data; boundary=" + boundary);
  }

  // The form fields of the mapping step as the page has them (hidden file, selected fields).
  static std::vector<std::pair<std::string, std::string>> mapping_form(const std::string& page) {
    std::vector<std::pair<std::string, std::string>> fields;
    const auto value_after = [&](std::size_t at) {
      const auto start = page.find("value=\"", at) + 7;
      return page.substr(start, page.find('"', start) - start);
    };
    fields.emplace_back("_csrf", value_after(page.find("name=\"_csrf\"", page.find("/import/check"))));
    fields.emplace_back("csv", value_after(page.find("name=\"csv\"")));
    for (std::size_t at = page.find("<select id=\"map_"); at != std::string::npos;
         at = page.find("<select id=\"map_", at + 1)) {
      const auto name_start = at + 12;
      const auto name = page.substr(name_start, page.find('"', name_start) - name_start);
      const auto end = page.find("</select>", at);
      const auto selected = page.find("\" selected>", at);
      std::string value;
      if (selected != std::string::npos && selected < end) {
        const auto open = page.rfind("value=\"", selected) + 7;
        value = page.substr(open, selected - open);
      }
      fields.emplace_back(name, value);
    }
    return fields;
  }

  // Commits, follows the job until it is done, and returns the job page.
  bb::testing::ClientResponse commit_and_wait(bb::testing::TestClient& c, const std::string& kind,
                                              const std::vector<std::pair<std::string, std::string>>& form) {
    auto started = c.post_form("/" + kind + "/import/commit", form);
    EXPECT_EQ(started.status, 303) << started.body;
    const auto job = started.header("location");
    EXPECT_TRUE(job.starts_with("/import/jobs/")) << job;
    bb::testing::ClientResponse page;
    for (int i = 0; i < 200; ++i) {
      page = c.get(job);
      if (!contains(page.body, "id=\"import-progress\"")) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return page;
  }
};

struct KindCase {
  bb::services::ImportKind kind;
  std::string broken;            // a file with an error in row 3
  std::string expected_problem;  // as the report's row shows it
  std::string fixed;
  std::string list_link;
};

}  // namespace

TEST_F(ImportPages, EveryNewKindUploadsDryRunsAndCommitsInTheBackground) {
  const std::vector<KindCase> cases = {
      {bb::services::ImportKind::contacts,
       "Name;Organisation;E-Mail\r\nAyşe Demir;IHK Hannover;a@example.org\r\nJan Meyer;Firma Atlantis;\r\n",
       "<td>3</td><td>Jan Meyer</td><td>abgelehnt</td><td><p>Organisation: Keine Organisation Ihrer Region heißt",
       "Name;Organisation;E-Mail\r\nAyşe Demir;IHK Hannover;a@example.org\r\nJan Meyer;BBS Burgdorf;\r\n", "/contacts"},
      {bb::services::ImportKind::networks,
       "Netzwerk;Leitung;Status\r\nAusbilder-Frühstück;IHK Hannover;active\r\nMiSO-Forum;;vielleicht\r\n",
       "<td>3</td><td>MiSO-Forum</td><td>abgelehnt</td><td><p>Status: Unbekannter Wert",
       "Netzwerk;Leitung;Status\r\nAusbilder-Frühstück;IHK Hannover;active\r\nMiSO-Forum;;aktiv\r\n", "/networks"},
      {bb::services::ImportKind::memberships,
       "Netzwerk;Organisation;Rolle;seit\r\nArbeitsmarktintegration;IHK Hannover;Leitung;2020-01-01\r\n"
       "Arbeitsmarktintegration;BBS Burgdorf;Mitglied;2020-13-01\r\n",
       "<td>3</td><td>BBS Burgdorf – Arbeitsmarktintegration</td><td>abgelehnt</td><td><p>seit: ",
       "Netzwerk;Organisation;Rolle;seit\r\nArbeitsmarktintegration;IHK Hannover;Leitung;2020-01-01\r\n"
       "Arbeitsmarktintegration;BBS Burgdorf;Mitglied;01.02.2020\r\n",
       "/networks"},
      {bb::services::ImportKind::ties,
       "Organisation A;Organisation B;Art\r\nIHK Hannover;BBS Burgdorf;Informationsaustausch\r\n"
       "Bäckerei Müller;Bäckerei Müller;Vermittlung\r\n",
       "<td>3</td><td>Bäckerei Müller – Bäckerei Müller</td><td>abgelehnt</td><td><p>Organisation B: ",
       "Organisation A;Organisation B;Art\r\nIHK Hannover;BBS Burgdorf;information_exchange\r\n"
       "Bäckerei Müller;BBS Burgdorf;referrals\r\n",
       "/organisations"},
  };
  auto c = signed_in("admin-a@example.org");
  for (const auto& k : cases) {
    const std::string kind(bb::services::to_string(k.kind));
    SCOPED_TRACE(kind);
    const auto before = count(k.kind);
    auto form = c.get("/" + kind + "/import");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "action=\"/" + kind + "/import\""));
    EXPECT_TRUE(contains(form.body, "href=\"" + k.list_link + "\""));  // the way back

    auto dry = upload(c, kind, k.broken);
    EXPECT_EQ(dry.status, 422);
    EXPECT_TRUE(contains(dry.body, k.expected_problem)) << dry.body;
    EXPECT_FALSE(contains(dry.body, "/" + kind + "/import/commit"));
    EXPECT_EQ(count(k.kind), before);

    auto fixed = upload(c, kind, k.fixed);
    ASSERT_EQ(fixed.status, 200) << fixed.body;
    EXPECT_TRUE(contains(fixed.body, "formaction=\"/" + kind + "/import/commit\""));
    EXPECT_EQ(count(k.kind), before);
    auto done = commit_and_wait(c, kind, mapping_form(fixed.body));
    EXPECT_EQ(done.status, 200);
    EXPECT_TRUE(contains(done.body, "2 Zeilen importiert: 2 neu angelegt")) << done.body;
    EXPECT_TRUE(contains(done.body, "href=\"" + k.list_link + "\""));
    EXPECT_EQ(count(k.kind), before + 2);
  }
}

TEST_F(ImportPages, TheOrganisationImportRunsThroughTheSameEngineAndJob) {
  auto c = signed_in("admin-a@example.org");
  auto fixed = upload(c, "organisations", "Name;Typ;Ort\r\nNeuer Betrieb;company;Region A Stadt\r\n");
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  const auto before = count(bb::services::ImportKind::organisations);
  auto done = commit_and_wait(c, "organisations", mapping_form(fixed.body));
  EXPECT_TRUE(contains(done.body, "1 Zeilen importiert")) << done.body;
  EXPECT_EQ(count(bb::services::ImportKind::organisations), before + 1);
}

TEST_F(ImportPages, AMappingErrorIsShownNextToTheColumnsAndNothingIsWritten) {
  auto c = signed_in("admin-a@example.org");
  auto page = upload(c, "contacts", "Name;Organisation;Firma\r\nJana;IHK Hannover;BBS Burgdorf\r\n");
  ASSERT_EQ(page.status, 200) << page.body;
  auto form = mapping_form(page.body);
  for (auto& [name, value] : form)
    if (name == "map_2") value = "organisation";  // "organisation" on two columns
  auto twice = c.post_form("/contacts/import/check", form);
  EXPECT_EQ(twice.status, 422);
  EXPECT_TRUE(contains(twice.body, "aria-describedby=\"map_1-error\"")) << twice.body;
  EXPECT_TRUE(contains(twice.body, "id=\"map_2-error\">Mehreren Spalten zugeordnet.</p>"));
  for (auto& [name, value] : form)
    if (name == "map_1" || name == "map_2") value = "";
  auto missing = c.post_form("/contacts/import/commit", form);
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(contains(missing.body, "Organisation: Keiner Spalte zugeordnet; Pflicht ist der Name oder die ID."))
      << missing.body;
  EXPECT_EQ(count(bb::services::ImportKind::contacts), 0);
}

TEST_F(ImportPages, OnlyStaffImportAndListPagesLinkTheImports) {
  auto partner = signed_in("partner-a@example.org");
  for (auto kind : bb::services::kImportKinds)
    EXPECT_EQ(partner.get("/" + std::string(bb::services::to_string(kind)) + "/import").status, 403);
  EXPECT_FALSE(contains(partner.get("/contacts").body, "/contacts/import"));
  auto admin = signed_in("admin-a@example.org");
  EXPECT_TRUE(contains(admin.get("/contacts").body, "href=\"/contacts/import\""));
  const auto networks = admin.get("/networks").body;
  EXPECT_TRUE(contains(networks, "href=\"/networks/import\""));
  EXPECT_TRUE(contains(networks, "href=\"/memberships/import\""));
  const auto organisations = admin.get("/organisations").body;
  EXPECT_TRUE(contains(organisations, "href=\"/organisations/import\""));
  EXPECT_TRUE(contains(organisations, "href=\"/ties/import\""));
}

TEST_F(ImportPages, AJobShowsItsProgressToItsOwnerAndItsReportWhenDone) {
  std::promise<void> release;
  auto released = release.get_future().share();
  const auto id = app_->services().import_jobs.start(
      admin_a_, bb::services::ImportKind::contacts, 5000,
      [released](const bb::web::ImportJobs::Progress& progress) -> bb::Result<bb::services::ImportReport> {
        progress("write", 2000, 5000);
        released.wait();
        bb::services::ImportReport report;
        report.kind = bb::services::ImportKind::contacts;
        report.rows.resize(5000);
        for (std::size_t i = 0; i < report.rows.size(); ++i) report.rows[i].row = i + 2;
        report.created = 5000;
        report.committed = true;
        return report;
      });
  auto c = signed_in("admin-a@example.org");
  bb::testing::ClientResponse running;
  for (int i = 0; i < 100 && !contains(running.body, "2.000 von 5.000"); ++i) {
    running = c.get("/import/jobs/" + id);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(running.status, 200);
  EXPECT_TRUE(contains(running.body, "Zeilen werden gespeichert: 2.000 von 5.000.")) << running.body;
  EXPECT_TRUE(contains(running.body, "hx-get=\"/import/jobs/" + id + "/progress\" hx-trigger=\"every 1s\""));
  EXPECT_TRUE(contains(running.body, "<progress max=\"5000\" value=\"2000\""));
  EXPECT_TRUE(contains(running.body, "<a href=\"/import/jobs/" + id + "\">"));  // works without JavaScript
  auto fragment = c.get("/import/jobs/" + id + "/progress", {{"HX-Request", "true"}});
  EXPECT_EQ(fragment.status, 200);
  EXPECT_TRUE(fragment.body.starts_with("\n<div id=\"import-progress\"") ||
              fragment.body.starts_with("<div id=\"import-progress\""))
      << fragment.body;
  EXPECT_FALSE(contains(fragment.body, "<html"));

  // Another user (even an admin of the same region's kind elsewhere) does not see the job.
  auto other = signed_in("admin-b@example.org");
  EXPECT_EQ(other.get("/import/jobs/" + id).status, 404);
  EXPECT_EQ(c.get("/import/jobs/unknown-job").status, 404);

  release.set_value();
  bb::testing::ClientResponse finished;
  for (int i = 0; i < 100; ++i) {
    finished = c.get("/import/jobs/" + id + "/progress", {{"HX-Request", "true"}});
    if (!finished.header("hx-redirect").empty()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(finished.header("hx-redirect"), "/import/jobs/" + id);
  EXPECT_EQ(c.get("/import/jobs/" + id + "/progress").status, 303);  // without htmx: to the job page
  auto report = c.get("/import/jobs/" + id);
  EXPECT_TRUE(contains(report.body, "5.000 Zeilen importiert: 5.000 neu angelegt")) << report.body;
  EXPECT_TRUE(contains(report.body, "4.800 weitere fehlerfreie Zeilen"));  // 200 shown, the rest counted
}
