// Region admins keep their organisation types (/admin/types, GET /api/v1/organisation-types),
// and forms offer every organisation of a large region (more than a list page's 1000 rows):
// through a real server, on SQLite and PostgreSQL.
#include "services/register_service.hpp"
#include "web_fixture.hpp"

#include <boost/json.hpp>

namespace json = boost::json;
using bb::domain::Id;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
std::vector<std::pair<std::string, std::string>> bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}
bool lists_type(const bb::testing::ClientResponse& res, const std::string& key) {
  const json::value parsed = json::parse(res.body);
  for (const auto& item : parsed.at("items").as_array())
    if (item.at("key").as_string() == key) return true;
  return false;
}

class RegisterAdminWeb : public WebOnBackends {
 protected:
  // Adds a type through the admin page of region A; returns the answer.
  bb::testing::ClientResponse add_type(bb::testing::TestClient& c, const std::string& label, const std::string& label_en,
                                       const std::string& key = "") {
    const auto token = c.csrf_token_from("/admin/types");
    return c.post_form("/admin/types", {{"_csrf", token}, {"label", label}, {"label_en", label_en}, {"key", key}});
  }
  Id make_organisation(Id region, const std::string& name, const std::string& type = "company") {
    bb::domain::Organisation o;
    o.name = name;
    o.type = type;
    auto id = bb::services::RegisterService(*db_).create_organisation(bb::services::RegisterCaller::operator_in(region),
                                                                        o, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }
};

}  // namespace

TEST_P(RegisterAdminWeb, AdminAddsATypeThatFormsFiltersAndTheApiThenOffer) {
  auto c = signed_in("admin-a@example.org");
  auto list = c.get("/admin/types");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(contains(list.body, "Migrantenorganisation")) << "built-in types are listed";
  EXPECT_TRUE(contains(list.body, "aria-current=\"page\">Organisationsarten"));

  auto bad = add_type(c, " ", "Foundation");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "id=\"label-error\""));
  EXPECT_TRUE(contains(bad.body, "value=\"Foundation\"")) << "the form keeps what was typed";

  auto added = add_type(c, "Stiftung", "Foundation");
  ASSERT_EQ(added.status, 303) << added.body;
  auto after = c.get(added.header("location"));
  EXPECT_TRUE(contains(after.body, "Die Organisationsart wurde angelegt."));
  EXPECT_TRUE(contains(after.body, "href=\"/admin/types/custom_stiftung\""));
  EXPECT_EQ(add_type(c, "STIFTUNG", "").status, 422) << "the same label twice";

  EXPECT_TRUE(contains(c.get("/organisations/new").body, "<option value=\"custom_stiftung\">Stiftung</option>"));
  EXPECT_TRUE(contains(c.get("/organisations").body, "value=\"custom_stiftung\""));
  auto api = client().get("/api/v1/organisation-types", bearer(token_for(partner_a_)));
  ASSERT_EQ(api.status, 200);
  EXPECT_TRUE(lists_type(api, "custom_stiftung"));
  EXPECT_TRUE(lists_type(api, "company"));
  EXPECT_TRUE(contains(api.body, "\"label_en\":\"Foundation\""));
}

TEST_P(RegisterAdminWeb, AdminRenamesATypeAndCannotDeactivateItWhileUsed) {
  auto c = signed_in("admin-a@example.org");
  ASSERT_EQ(add_type(c, "Stiftung", "", "stiftung").status, 303);
  ASSERT_EQ(add_type(c, "Genossenschaft", "Cooperative").status, 303);
  make_organisation(region_a_, "Bürgerstiftung Hannover", "custom_stiftung");

  const auto token = c.csrf_token_from("/admin/types/custom_stiftung");
  auto renamed = c.post_form("/admin/types/custom_stiftung",
                             {{"_csrf", token}, {"label", "Stiftung (bürgerlich)"}, {"label_en", "Foundation"}});
  ASSERT_EQ(renamed.status, 303);
  auto page = c.get(renamed.header("location"));
  EXPECT_TRUE(contains(page.body, "Die Organisationsart wurde umbenannt."));
  EXPECT_TRUE(contains(page.body, "Organisationen mit dieser Art: 1."));

  auto blocked = c.post_form("/admin/types/custom_stiftung/active", {{"_csrf", token}, {"active", "0"}});
  EXPECT_EQ(blocked.status, 409);
  EXPECT_TRUE(contains(blocked.body, "weil Organisationen sie haben"));
  EXPECT_TRUE(contains(c.get("/organisations/new").body, "value=\"custom_stiftung\"")) << "still offered";

  auto deactivated = c.post_form("/admin/types/custom_genossenschaft/active", {{"_csrf", token}, {"active", "0"}});
  ASSERT_EQ(deactivated.status, 303);
  EXPECT_TRUE(contains(c.get("/admin/types").body, "deaktiviert"));
  EXPECT_FALSE(contains(c.get("/organisations/new").body, "value=\"custom_genossenschaft\""));
  EXPECT_FALSE(lists_type(client().get("/api/v1/organisation-types", bearer(token_for(admin_a_))),
                          "custom_genossenschaft"));
}

TEST_P(RegisterAdminWeb, StaffAndPartnersMayNotKeepTypes) {
  auto partner = signed_in("partner-a@example.org");
  EXPECT_EQ(partner.get("/admin/types").status, 403);
  const auto token = partner.csrf_token_from("/");
  EXPECT_EQ(partner.post_form("/admin/types", {{"_csrf", token}, {"label", "Stiftung"}}).status, 403);
  auto staff = signed_in("staff-b@example.org");
  EXPECT_EQ(staff.get("/admin/types").status, 403);
  EXPECT_FALSE(contains(staff.get("/").body, "href=\"/admin/types\"")) << "not in the navigation";
  EXPECT_EQ(staff.post_form("/admin/types", {{"_csrf", staff.csrf_token_from("/")}, {"label", "Stiftung"}}).status, 403);
}

TEST_P(RegisterAdminWeb, AnotherRegionsTypesAreInvisible) {
  auto a = signed_in("admin-a@example.org");
  ASSERT_EQ(add_type(a, "Stiftung", "Foundation").status, 303);
  auto b = signed_in("admin-b@example.org");
  EXPECT_FALSE(contains(b.get("/admin/types").body, "custom_stiftung"));
  EXPECT_EQ(b.get("/admin/types/custom_stiftung").status, 404);
  const auto token = b.csrf_token_from("/admin/types");
  EXPECT_EQ(b.post_form("/admin/types/custom_stiftung", {{"_csrf", token}, {"label", "Übernommen"}}).status, 404);
  EXPECT_EQ(b.post_form("/admin/types/custom_stiftung/active", {{"_csrf", token}, {"active", "0"}}).status, 404);
  EXPECT_FALSE(contains(b.get("/organisations/new").body, "custom_stiftung"));
  EXPECT_FALSE(lists_type(client().get("/api/v1/organisation-types", bearer(token_for(staff_b_))), "custom_stiftung"));
  EXPECT_TRUE(contains(a.get("/admin/types/custom_stiftung").body, "value=\"Foundation\"")) << "A's type unchanged";
}

TEST_P(RegisterAdminWeb, FormsOfARegionWithMoreThan1000OrganisationsOfferTheLastOne) {
  // Straight through the repository in one transaction: 1,001 organisations via the service
  // would take a write transaction each.
  Id last = 0;
  auto made = db_->write([&](bb::storage::UnitOfWork& uow) -> bb::Result<void> {
    for (int i = 0; i <= 1000; ++i) {
      bb::domain::Organisation o;
      o.name = i == 1000 ? "Zytglogge Letzter Betrieb" : "Betrieb " + std::to_string(10000 + i);
      o.type = "company";
      auto id = uow.organisations().create(region_a_, o, bb::unix_now());
      if (!id) return id.error();
      last = *id;
    }
    return bb::success();
  });
  ASSERT_TRUE(made.ok()) << made.error().message;
  const std::string option = "<option value=\"" + std::to_string(last) + "\"";
  auto c = signed_in("admin-a@example.org");
  auto contact_form = c.get("/contacts/new");
  ASSERT_EQ(contact_form.status, 200);
  EXPECT_TRUE(contains(contact_form.body, option));
  EXPECT_TRUE(contains(c.get("/networks/new").body, option)) << "the lead organisation";
  auto saved = c.post_form("/contacts", {{"_csrf", c.csrf_token_from("/contacts/new")},
                                         {"organisation_id", std::to_string(last)},
                                         {"name", "Aylin Demir"},
                                         {"data_basis", "legitimate_interest"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_TRUE(contains(c.get("/contacts").body, "Zytglogge Letzter Betrieb")) << "the list names its organisation";
}

BB_WEB_ON_BOTH_BACKENDS(RegisterAdminWeb);
