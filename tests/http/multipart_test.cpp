#include "http/multipart.hpp"

#include <gtest/gtest.h>

using namespace bb::http;

TEST(Multipart, BoundaryOnlyForMultipartFormData) {
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=----abc"), "----abc");
  EXPECT_EQ(multipart_boundary("Multipart/Form-Data; charset=utf-8; boundary=\"q r\""), "q r");
  EXPECT_FALSE(multipart_boundary("multipart/form-data"));
  EXPECT_FALSE(multipart_boundary("application/x-www-form-urlencoded"));
  EXPECT_FALSE(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'x')));
}

TEST(Multipart, ReadsFieldsAndFileContentVerbatim) {
  const std::string body =
      "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken123\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n"
      "name;type\r\nBäckerei;company\r\n\r\n--XyZ--\r\n";
  auto parts = parse_multipart(body, "XyZ");
  ASSERT_TRUE(parts);
  EXPECT_EQ(parts->get_or("_csrf", ""), "token123");
  EXPECT_EQ(parts->get_or("file", ""), "name;type\r\nBäckerei;company\r\n");
}

TEST(Multipart, MalformedBodiesAreRefused) {
  EXPECT_FALSE(parse_multipart("no delimiter at all", "XyZ"));
  EXPECT_FALSE(parse_multipart("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated", "XyZ"));
  EXPECT_FALSE(parse_multipart("--XyZ\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--XyZ--", "XyZ"));
  EXPECT_FALSE(parse_multipart("--XyZ\r\nheaders without end", "XyZ"));
}

TEST(Multipart, FormFieldsFollowTheContentType) {
  Request req;
  req.headers.set("Content-Type", "multipart/form-data; boundary=B");
  req.body = "--B\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--B--";
  EXPECT_EQ(form_fields(req)->get_or("x", ""), "1");
  req.headers.set("Content-Type", "application/x-www-form-urlencoded");
  req.body = "x=2";
  EXPECT_EQ(form_fields(req)->get_or("x", ""), "2");
}
