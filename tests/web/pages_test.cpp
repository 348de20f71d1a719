// The web UI through a real server: login, sessions, CSRF, roles, tenant isolation, escaping,
// language, error pages and security headers.
#include "web_fixture.hpp"

#include <regex>

using bb::testing::TestClient;

namespace {
bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
}  // namespace

TEST_F(WebFixture, LoginPageIsGermanByDefault) {
  auto res = client().get("/login");
  EXPECT_EQ(res.status, 200);
  EXPECT_TRUE(contains(res.body, "<html lang=\"de\" dir=\"ltr\">"));
  EXPECT_TRUE(contains(res.body, "Anmelden"));
  EXPECT_TRUE(contains(res.header("content-type"), "text/html"));
}

TEST_F(WebFixture, SignedOutVisitorIsSentToLoginWithTheWayBack) {
  auto res = client().get("/admin/users");
  EXPECT_EQ(res.status, 303);
  EXPECT_EQ(res.header("location"), "/login?next=%2Fadmin%2Fusers");
}

TEST_F(WebFixture, LoginSetsAHttpOnlySameSiteSessionCookie) {
  auto c = client();
  const auto token = c.csrf_token_from("/login");
  auto res = c.post_form("/login", {{"_csrf", token}, {"email", "admin-a@example.org"}, {"password", kPassword}, {"next", "/"}});
  EXPECT_EQ(res.status, 303);
  const auto cookies = res.header("set-cookie");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(cookies, m, std::regex("bb_session=([^;]+);[^\n]*")));
  EXPECT_TRUE(contains(m[0], "HttpOnly"));
  EXPECT_TRUE(contains(m[0], "SameSite=Lax"));
  EXPECT_GE(m[1].length(), 43) << "256 random bits";
  EXPECT_EQ(c.get("/").status, 200);
}

TEST_F(WebFixture, FailedLoginShowsOneGenericMessage) {
  auto c = client();
  const auto token = c.csrf_token_from("/login");
  auto wrong = c.post_form("/login", {{"_csrf", token}, {"email", "admin-a@example.org"}, {"password", "falsch falsch falsch"}});
  auto unknown = c.post_form("/login", {{"_csrf", token}, {"email", "niemand@example.org"}, {"password", kPassword}});
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_TRUE(contains(wrong.body, "Die Anmeldung ist fehlgeschlagen"));
  EXPECT_TRUE(contains(unknown.body, "Die Anmeldung ist fehlgeschlagen"));
  EXPECT_FALSE(c.cookies().contains("bb_session"));
}

TEST_F(WebFixture, LoginWithoutCsrfTokenIsRefused) {
  auto c = client();
  (void)c.get("/login");
  auto res = c.post_form("/login", {{"email", "admin-a@example.org"}, {"password", kPassword}});
  EXPECT_EQ(res.status, 403);
  EXPECT_FALSE(c.cookies().contains("bb_session"));
}

TEST_F(WebFixture, StateChangingRequestWithoutValidCsrfTokenChangesNothing) {
  auto c = signed_in("admin-a@example.org");
  auto res = c.post_form("/admin/users", {{"_csrf", "forged"}, {"email", "neu@example.org"}, {"display_name", "Neu"},
                                          {"role", "staff"}, {"password", kPassword}});
  EXPECT_EQ(res.status, 403);
  EXPECT_TRUE(contains(res.body, "Das Formular ist abgelaufen"));
  auto found = db_->read_value([](bb::storage::UnitOfWork& uow) { return uow.users().find_by_email("neu@example.org"); });
  EXPECT_FALSE(found->has_value());
}

TEST_F(WebFixture, CsrfTokenOfAnotherSessionIsRefused) {
  auto attacker = signed_in("admin-b@example.org");
  const auto foreign_token = attacker.csrf_token_from("/admin/users/new");
  auto victim = signed_in("admin-a@example.org");
  auto res = victim.post_form("/admin/users", {{"_csrf", foreign_token}, {"email", "x@example.org"}, {"display_name", "X"},
                                               {"role", "admin"}, {"password", kPassword}});
  EXPECT_EQ(res.status, 403);
}

TEST_F(WebFixture, DashboardShowsTheUsersRegion) {
  auto res = signed_in("admin-a@example.org").get("/");
  EXPECT_EQ(res.status, 200);
  EXPECT_TRUE(contains(res.body, "Region A"));
  EXPECT_TRUE(contains(res.body, "1 Kommune gehört zur Region."));
  EXPECT_FALSE(contains(res.body, "Region B"));
}

TEST_F(WebFixture, AdminCreatesAUserAndTheChangeIsInTheAuditLog) {
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/admin/users/new");
  auto res = c.post_form("/admin/users", {{"_csrf", token}, {"email", "neu@example.org"}, {"display_name", "Neue Kollegin"},
                                          {"role", "counsellor"}, {"password", kPassword}});
  EXPECT_EQ(res.status, 303);
  EXPECT_TRUE(contains(c.get("/admin/users").body, "Neue Kollegin"));
  auto audit = c.get("/admin/audit");
  EXPECT_TRUE(contains(audit.body, "angelegt"));
  EXPECT_TRUE(contains(audit.body, "Admin A"));
  EXPECT_TRUE(contains(audit.body, "counsellor"));
}

TEST_F(WebFixture, FormErrorsAppearNextToTheFieldsAndNothingIsSaved) {
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/admin/users/new");
  auto res = c.post_form("/admin/users", {{"_csrf", token}, {"email", "kaputt"}, {"display_name", "Jemand"},
                                          {"role", "staff"}, {"password", "kurz"}});
  EXPECT_EQ(res.status, 422);
  EXPECT_TRUE(contains(res.body, "id=\"email-error\""));
  EXPECT_TRUE(contains(res.body, "aria-describedby=\"email-error\""));
  EXPECT_TRUE(contains(res.body, "mindestens 12 Zeichen"));
  EXPECT_TRUE(contains(res.body, "value=\"Jemand\"")) << "the form keeps what was typed";
  auto users = db_->read_value([&](bb::storage::UnitOfWork& uow) { return uow.users().list_in_region(region_a_); });
  EXPECT_EQ(users->size(), 2U);
}

TEST_F(WebFixture, UserDataIsEscapedInPages) {
  make_user(region_a_, "xss@example.org", "<script>alert(1)</script>", "staff");
  auto res = signed_in("admin-a@example.org").get("/admin/users");
  EXPECT_FALSE(contains(res.body, "<script>alert(1)</script>"));
  EXPECT_TRUE(contains(res.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_F(WebFixture, PartnerMayNotOpenAdministration) {
  auto c = signed_in("partner-a@example.org");
  EXPECT_EQ(c.get("/admin/users").status, 403);
  EXPECT_EQ(c.get("/admin/audit").status, 403);
  EXPECT_EQ(c.get("/").status, 200);
}

TEST_F(WebFixture, AdminOfOneRegionGets404ForAUserOfAnother) {
  auto c = signed_in("admin-a@example.org");
  EXPECT_EQ(c.get("/admin/users/" + std::to_string(admin_a_)).status, 200);
  EXPECT_EQ(c.get("/admin/users/" + std::to_string(staff_b_)).status, 404);
  const auto token = c.csrf_token_from("/admin/users");
  auto update = c.post_form("/admin/users/" + std::to_string(staff_b_),
                            {{"_csrf", token}, {"display_name", "Übernommen"}, {"role", "admin"}, {"active", "1"}});
  EXPECT_EQ(update.status, 404);
  auto reset = c.post_form("/admin/users/" + std::to_string(staff_b_) + "/password", {{"_csrf", token}, {"password", "ein neues langes passwort"}});
  EXPECT_EQ(reset.status, 404);
  auto unchanged = db_->read_value([&](bb::storage::UnitOfWork& uow) { return uow.users().find(staff_b_); });
  EXPECT_EQ((*unchanged)->display_name, "Staff B");
  EXPECT_EQ(signed_in("staff-b@example.org").get("/").status, 200) << "password unchanged";
}

TEST_F(WebFixture, NationalCoordinationSeesFiguresButNoPersons) {
  auto c = signed_in("bund@example.org");
  auto res = c.get("/national");
  EXPECT_EQ(res.status, 200);
  EXPECT_TRUE(contains(res.body, "Region A"));
  EXPECT_TRUE(contains(res.body, "Region B"));
  EXPECT_FALSE(contains(res.body, "@example.org\"") || contains(res.body, "admin-a@example.org"));
  EXPECT_FALSE(contains(res.body, "Partner A"));
  EXPECT_EQ(c.get("/admin/users").status, 403);
  EXPECT_EQ(c.get("/region").status, 403);
}

TEST_F(WebFixture, UnknownPathGetsAGerman404Page) {
  auto res = client().get("/gibt-es-nicht");
  EXPECT_EQ(res.status, 404);
  EXPECT_TRUE(contains(res.body, "existiert nicht"));
  EXPECT_TRUE(contains(res.body, "lang=\"de\""));
}

TEST_F(WebFixture, EveryResponseCarriesTheSecurityHeaders) {
  for (const auto& res : {client().get("/login"), client().get("/nope"), client().get("/static/css/app.css")}) {
    const auto csp = res.header("content-security-policy");
    EXPECT_TRUE(contains(csp, "frame-ancestors 'none'")) << csp;
    EXPECT_TRUE(contains(csp, "script-src 'self'")) << csp;
    EXPECT_FALSE(contains(csp, "unsafe-inline")) << csp;
    EXPECT_EQ(res.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(res.header("referrer-policy"), "same-origin");
  }
}

TEST_F(WebFixture, LanguageSwitchMakesTheUiEnglishAndIsKeptWithTheAccount) {
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/");
  auto res = c.post_form("/language", {{"_csrf", token}, {"language", "en"}, {"next", "/"}});
  EXPECT_EQ(res.status, 303);
  auto page = c.get("/");
  EXPECT_TRUE(contains(page.body, "<html lang=\"en\""));
  EXPECT_TRUE(contains(page.body, "Overview"));
  auto again = signed_in("admin-a@example.org").get("/");
  EXPECT_TRUE(contains(again.body, "<html lang=\"en\"")) << "stored with the user";
}

TEST_F(WebFixture, LogoutEndsTheSession) {
  auto c = signed_in("admin-a@example.org");
  const auto cookie = c.cookies().at("bb_session");
  const auto token = c.csrf_token_from("/");
  EXPECT_EQ(c.post_form("/logout", {{"_csrf", token}}).status, 303);
  auto replay = client();
  replay.cookies()["bb_session"] = cookie;
  EXPECT_EQ(replay.get("/").status, 303) << "the old cookie no longer works";
}

TEST_F(WebFixture, OpenRedirectThroughNextIsPrevented) {
  auto c = client();
  const auto token = c.csrf_token_from("/login");
  auto res = c.post_form("/login", {{"_csrf", token}, {"email", "admin-a@example.org"}, {"password", kPassword},
                                    {"next", "//evil.example/"}});
  EXPECT_EQ(res.status, 303);
  EXPECT_EQ(res.header("location"), "/");
}

TEST_F(WebFixture, HealthAndReadinessProbesAnswer) {
  EXPECT_EQ(client().get("/healthz").body, "ok");
  EXPECT_EQ(client().get("/readyz").status, 200);
}

TEST_F(WebFixture, PasswordChangeSignsOutOtherSessions) {
  auto first = signed_in("partner-a@example.org");
  auto second = signed_in("partner-a@example.org");
  const auto token = first.csrf_token_from("/account");
  auto res = first.post_form("/account/password", {{"_csrf", token}, {"current_password", kPassword},
                                                   {"new_password", "ein anderes langes passwort"},
                                                   {"new_password_repeat", "ein anderes langes passwort"}});
  EXPECT_EQ(res.status, 303);
  EXPECT_EQ(first.get("/account").status, 200);
  EXPECT_EQ(second.get("/account").status, 303);
}

TEST_F(WebFixture, PersonalApiTokenIsShownOnceAndCanBeRevoked) {
  auto c = signed_in("partner-a@example.org");
  const auto token = c.csrf_token_from("/account/tokens");
  auto created = c.post_form("/account/tokens", {{"_csrf", token}, {"name", "Export-Skript"}});
  EXPECT_EQ(created.status, 201);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(created.body, m, std::regex("value=\"(bbt_[A-Za-z0-9_-]+)\"")));
  const std::string api_token = m[1];
  auto me = client().get("/api/v1/me", {{"Authorization", "Bearer " + api_token}});
  EXPECT_EQ(me.status, 200);
  auto listing = c.get("/account/tokens");
  EXPECT_FALSE(contains(listing.body, api_token)) << "shown only once";
  std::smatch id;
  ASSERT_TRUE(std::regex_search(listing.body, id, std::regex("/account/tokens/([0-9]+)/revoke")));
  EXPECT_EQ(c.post_form("/account/tokens/" + std::string(id[1]) + "/revoke", {{"_csrf", token}}).status, 303);
  EXPECT_EQ(client().get("/api/v1/me", {{"Authorization", "Bearer " + api_token}}).status, 401);
}

TEST_F(WebFixture, HtmxPagerGetsOnlyTheContentOfMain) {
  auto c = signed_in("admin-a@example.org");
  auto full = c.get("/admin/audit");
  EXPECT_TRUE(contains(full.body, "<html"));
  EXPECT_TRUE(contains(full.body, "hx-target=\"#main\""));
  auto fragment = c.get("/admin/audit", {{"HX-Request", "true"}, {"HX-Target", "main"}});
  EXPECT_EQ(fragment.status, 200);
  EXPECT_FALSE(contains(fragment.body, "<html"));
  EXPECT_FALSE(contains(fragment.body, "<main"));
  EXPECT_TRUE(contains(fragment.body, "<title>Änderungsprotokoll"));
  EXPECT_TRUE(contains(fragment.body, "<table"));
  EXPECT_EQ(fragment.header("vary"), "HX-Request, HX-Target");
}

TEST_F(WebFixture, StaticAssetsHaveValidatorsAndRevalidateTo304) {
  auto c = client();
  auto css = c.get("/static/css/app.css");
  ASSERT_EQ(css.status, 200);
  EXPECT_EQ(css.header("content-type"), "text/css; charset=utf-8");
  ASSERT_FALSE(css.header("etag").empty());
  EXPECT_EQ(css.header("cache-control"), "public, max-age=3600");
  EXPECT_EQ(c.get("/static/css/app.css", {{"If-None-Match", css.header("etag")}}).status, 304);
  EXPECT_EQ(c.get("/static/../CMakeLists.txt").status, 404);
}
