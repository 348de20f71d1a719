#include "http/router.hpp"

#include <gtest/gtest.h>

using namespace bb::http;

namespace {

Handler named(std::string name) {
  return [name](Request&) { return Response::text(name); };
}

std::string call(const Router& router, Method method, std::string path) {
  Request req;
  req.method = method;
  req.path = std::move(path);
  auto m = router.match(req);
  if (!m.handler) return m.method_not_allowed ? "405" : "404";
  std::string out = (*m.handler)(req).body;
  for (const auto& [k, v] : req.path_params) out += " " + k + "=" + v;
  return out;
}

}  // namespace

TEST(RouterTest, TypedParametersMatchOnlyTheirShape) {
  Router r;
  r.add(Method::get, "/regions/{id:int}", named("by-id"));
  r.add(Method::get, "/r/{slug:slug}/dashboard", named("by-slug"));
  EXPECT_EQ(call(r, Method::get, "/regions/17"), "by-id id=17");
  EXPECT_EQ(call(r, Method::get, "/regions/abc"), "404");
  EXPECT_EQ(call(r, Method::get, "/r/region-hannover/dashboard"), "by-slug slug=region-hannover");
  EXPECT_EQ(call(r, Method::get, "/r/Region_X/dashboard"), "404");
}

TEST(RouterTest, LiteralSegmentBeatsAParameter) {
  Router r;
  r.add(Method::get, "/admin/users/{name}", named("param"));
  r.add(Method::get, "/admin/users/new", named("literal"));
  EXPECT_EQ(call(r, Method::get, "/admin/users/new"), "literal");
  EXPECT_EQ(call(r, Method::get, "/admin/users/other"), "param name=other");
}

TEST(RouterTest, PathParameterTakesTheRestOfThePath) {
  Router r;
  r.add(Method::get, "/files/{path:path}", named("file"));
  EXPECT_EQ(call(r, Method::get, "/files/css/app.css"), "file path=css/app.css");
  EXPECT_EQ(call(r, Method::get, "/files"), "404");
}

TEST(RouterTest, WrongMethodIs405WithTheAllowedMethods) {
  Router r;
  r.add(Method::get, "/login", named("form"));
  r.add(Method::post, "/login", named("submit"));
  Request req;
  req.method = Method::delete_;
  req.path = "/login";
  auto m = r.match(req);
  EXPECT_EQ(m.handler, nullptr);
  EXPECT_TRUE(m.method_not_allowed);
  EXPECT_EQ(m.allowed_methods.size(), 2U);
}

TEST(RouterTest, HeadFallsBackToGet) {
  Router r;
  r.add(Method::get, "/", named("home"));
  EXPECT_EQ(call(r, Method::head, "/"), "home");
}

TEST(RouterTest, TrailingSlashIsADifferentPath) {
  Router r;
  r.add(Method::get, "/account", named("account"));
  EXPECT_EQ(call(r, Method::get, "/account/"), "404");
}

TEST(RouterTest, RouteMetadataIsHandedBack) {
  Router r;
  r.add(Method::get, "/x", named("x"), std::string("admins only"));
  Request req;
  req.path = "/x";
  auto m = r.match(req);
  ASSERT_NE(m.metadata, nullptr);
  EXPECT_EQ(std::any_cast<std::string>(*m.metadata), "admins only");
  EXPECT_EQ(m.pattern, "/x");
}

TEST(RouterTest, DuplicateAndMalformedPatternsAreRefusedAtStartUp) {
  Router r;
  r.add(Method::get, "/a/{id:int}", named("a"));
  EXPECT_THROW(r.add(Method::get, "/a/{other:int}", named("b")), std::invalid_argument);
  EXPECT_THROW(r.add(Method::get, "no-slash", named("c")), std::invalid_argument);
  EXPECT_THROW(r.add(Method::get, "/a/{id:float}", named("d")), std::invalid_argument);
  EXPECT_THROW(r.add(Method::get, "/a/{rest:path}/more", named("e")), std::invalid_argument);
  EXPECT_THROW(r.add(Method::get, "/a/x{id}", named("f")), std::invalid_argument);
  EXPECT_NO_THROW(r.add(Method::post, "/a/{id:int}", named("g")));
}
