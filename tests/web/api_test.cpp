// The JSON API through a real server: authentication, authorisation, tenant isolation and the
// error format {"error":{"code","message","fields"}}.
#include "web_fixture.hpp"

#include <boost/json.hpp>

namespace json = boost::json;
namespace bhttp = boost::beast::http;

namespace {
json::object parse(const bb::testing::ClientResponse& res) {
  auto v = json::parse(res.body);
  return v.as_object();
}
void expect_error_shape(const bb::testing::ClientResponse& res, const char* code) {
  EXPECT_TRUE(res.header("content-type").starts_with("application/json")) << res.header("content-type");
  auto body = parse(res);
  ASSERT_TRUE(body.contains("error")) << res.body;
  const auto& error = body.at("error").as_object();
  EXPECT_EQ(error.at("code").as_string(), code) << res.body;
  EXPECT_TRUE(error.at("message").is_string());
  EXPECT_TRUE(error.at("fields").is_object());
}
std::vector<std::pair<std::string, std::string>> bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }
}  // namespace

TEST_F(WebFixture, ApiWithoutCredentialsAnswers401InTheErrorFormat) {
  auto res = client().get("/api/v1/me");
  EXPECT_EQ(res.status, 401);
  expect_error_shape(res, "unauthenticated");
}

TEST_F(WebFixture, ApiWriteWithoutAnyCredentialIs401NotACsrfError) {
  auto res = client().send(boost::beast::http::verb::post, "/api/v1/users", R"({"email":"x@example.org"})",
                           "application/json");
  EXPECT_EQ(res.status, 401);
  expect_error_shape(res, "unauthenticated");
}

TEST_F(WebFixture, ApiUnknownPathAnswersJson404) {
  auto res = client().get("/api/v1/nichts", bearer(token_for(admin_a_)));
  EXPECT_EQ(res.status, 404);
  expect_error_shape(res, "not_found");
}

TEST_F(WebFixture, ApiTokenReadsARecordOfItsOwnRegion) {
  auto res = client().get("/api/v1/users/" + std::to_string(partner_a_), bearer(token_for(admin_a_)));
  ASSERT_EQ(res.status, 200) << res.body;
  auto body = parse(res);
  EXPECT_EQ(body.at("email").as_string(), "partner-a@example.org");
  EXPECT_EQ(body.at("role").as_string(), "partner");
  EXPECT_FALSE(body.contains("password_hash"));
}

TEST_F(WebFixture, ApiGives404ForARecordOfAnotherRegion) {
  const auto token = token_for(admin_a_);
  auto res = client().get("/api/v1/users/" + std::to_string(staff_b_), bearer(token));
  EXPECT_EQ(res.status, 404);
  expect_error_shape(res, "not_found");
  auto patch = client().send(bhttp::verb::patch, "/api/v1/users/" + std::to_string(staff_b_), R"({"role":"admin"})",
                             "application/json", bearer(token));
  EXPECT_EQ(patch.status, 404);
  auto list = parse(client().get("/api/v1/users", bearer(token)));
  for (const auto& u : list.at("items").as_array()) EXPECT_NE(u.as_object().at("id").as_int64(), staff_b_);
}

TEST_F(WebFixture, ApiValidationErrorsAre422WithFields) {
  auto res = client().send(bhttp::verb::post, "/api/v1/users",
                           R"({"email":"kaputt","display_name":"","role":"staff","password":"kurz"})", "application/json",
                           bearer(token_for(admin_a_)));
  EXPECT_EQ(res.status, 422);
  expect_error_shape(res, "invalid_input");
  const auto fields = parse(res).at("error").as_object().at("fields").as_object();
  EXPECT_TRUE(fields.contains("email"));
  EXPECT_TRUE(fields.contains("display_name"));
  EXPECT_TRUE(fields.contains("password"));
}

TEST_F(WebFixture, ApiMalformedJsonIs400) {
  auto res = client().send(bhttp::verb::post, "/api/v1/users", "{nicht json", "application/json", bearer(token_for(admin_a_)));
  EXPECT_EQ(res.status, 400);
  expect_error_shape(res, "invalid_input");
}

TEST_F(WebFixture, ApiCreatesAndPatchesAUserWithAuditTrail) {
  const auto token = token_for(admin_a_);
  auto created = client().send(bhttp::verb::post, "/api/v1/users",
                               R"({"email":"api@example.org","display_name":"Per API","role":"staff","password":"ein langes passwort hier"})",
                               "application/json", bearer(token));
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = parse(created).at("id").as_int64();
  EXPECT_EQ(created.header("location"), "/api/v1/users/" + std::to_string(id));
  auto patched = client().send(bhttp::verb::patch, "/api/v1/users/" + std::to_string(id), R"({"role":"partner"})",
                               "application/json", bearer(token));
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(parse(patched).at("role").as_string(), "partner");
  auto audit = parse(client().get("/api/v1/audit?limit=5", bearer(token)));
  const auto& latest = audit.at("items").as_array().at(0).as_object();
  EXPECT_EQ(latest.at("action").as_string(), "update");
  EXPECT_EQ(latest.at("before").as_object().at("role").as_string(), "staff");
  EXPECT_EQ(latest.at("after").as_object().at("role").as_string(), "partner");
}

TEST_F(WebFixture, PartnerTokenMayNotManageUsers) {
  auto res = client().get("/api/v1/users", bearer(token_for(partner_a_)));
  EXPECT_EQ(res.status, 403);
  expect_error_shape(res, "forbidden");
}

TEST_F(WebFixture, ApiTokenIsNotAcceptedForPages) {
  auto res = client().get("/admin/users", bearer(token_for(admin_a_)));
  EXPECT_EQ(res.status, 401);
}

TEST_F(WebFixture, SessionCookieOnApiWritesNeedsTheCsrfHeader) {
  auto c = signed_in("admin-a@example.org");
  auto without = c.send(bhttp::verb::post, "/api/v1/me/tokens", R"({"name":"x"})", "application/json");
  EXPECT_EQ(without.status, 403);
  expect_error_shape(without, "forbidden");
  const auto csrf = c.csrf_token_from("/");
  auto with = c.send(bhttp::verb::post, "/api/v1/me/tokens", R"({"name":"x"})", "application/json", {{"X-CSRF-Token", csrf}});
  EXPECT_EQ(with.status, 201) << with.body;
}

TEST_F(WebFixture, NationalApiGivesFiguresPerRegionWithoutPersons) {
  auto res = client().get("/api/v1/regions", bearer(token_for(national_)));
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.body.find("@example.org"), std::string::npos);
  const auto regions = parse(res).at("regions").as_array();
  ASSERT_EQ(regions.size(), 2U);
  EXPECT_EQ(regions.at(0).as_object().at("active_users").as_int64(), 2);
  EXPECT_EQ(client().get("/api/v1/users", bearer(token_for(national_))).status, 403);
}

TEST_F(WebFixture, ApiErrorsSpeakTheUsersLanguage) {
  auto res = client().get("/api/v1/users/999999", bearer(token_for(admin_a_)));
  EXPECT_NE(parse(res).at("error").as_object().at("message").as_string().find("existiert nicht"), json::string::npos);
}
