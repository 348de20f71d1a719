#include "http/message.hpp"

#include <gtest/gtest.h>

using namespace bb::http;

TEST(UrlEncoded, DecodesPlusAndPercentEscapes) {
  auto params = parse_urlencoded("name=Br%C3%BCcken+bauer&empty=&flag");
  ASSERT_TRUE(params);
  EXPECT_EQ(params->get_or("name", ""), "Brücken bauer");
  EXPECT_EQ(params->get_or("empty", "x"), "");
  EXPECT_EQ(params->get_or("flag", "x"), "");
  EXPECT_FALSE(params->get("missing"));
}

TEST(UrlEncoded, KeepsRepeatedKeysInOrder) {
  auto params = parse_urlencoded("topic=a&x=1&topic=b");
  ASSERT_TRUE(params);
  EXPECT_EQ(params->get_all("topic"), (std::vector<std::string>{"a", "b"}));
}

TEST(UrlEncoded, RefusesMalformedEscapes) {
  EXPECT_FALSE(parse_urlencoded("a=%zz"));
  EXPECT_FALSE(parse_urlencoded("a=%4"));
  EXPECT_FALSE(parse_urlencoded("a=%"));
}

TEST(UrlEncoded, RefusesInvalidUtf8) {
  EXPECT_FALSE(parse_urlencoded("a=%FF%FE"));
  EXPECT_FALSE(parse_urlencoded("a=%C3"));  // truncated sequence
  EXPECT_TRUE(parse_urlencoded("a=%E2%82%AC"));  // the euro sign
}

TEST(HeadersTest, LookupIsCaseInsensitiveAndSetReplaces) {
  Headers h;
  h.set("Content-Type", "text/plain");
  h.set("content-type", "text/html");
  h.add("Set-Cookie", "a=1");
  h.add("Set-Cookie", "b=2");
  EXPECT_EQ(h.get("CONTENT-TYPE"), "text/html");
  int cookies = 0;
  for (const auto& [name, value] : h.all()) cookies += name == "set-cookie";
  EXPECT_EQ(cookies, 2);
}

TEST(RequestTest, ReadsCookiesByName) {
  Request req;
  req.headers.set("Cookie", "bb_lang=en; bb_session=abc123;other=\"quoted\"");
  EXPECT_EQ(req.cookie("bb_session"), "abc123");
  EXPECT_EQ(req.cookie("bb_lang"), "en");
  EXPECT_EQ(req.cookie("other"), "quoted");
  EXPECT_FALSE(req.cookie("bb"));
}

TEST(RequestTest, IntParamAcceptsOnlyWholeNumbers) {
  Request req;
  req.path_params["id"] = "42";
  req.path_params["bad"] = "4x";
  EXPECT_EQ(req.int_param("id"), 42);
  EXPECT_FALSE(req.int_param("bad"));
  EXPECT_FALSE(req.int_param("missing"));
}

TEST(CookieTest, SetCookieCarriesTheSecurityAttributes) {
  CookieOptions options;
  options.secure = true;
  options.max_age_seconds = 0;
  const auto value = make_set_cookie("bb_session", "tok", options);
  EXPECT_EQ(value, "bb_session=tok; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax");
}
