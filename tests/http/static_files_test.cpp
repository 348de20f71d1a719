#include "http/static_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace bb::http;

namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() / ("bb-static-" + std::to_string(::getpid()));
    std::filesystem::create_directories(root_ / "public" / "css");
    std::ofstream(root_ / "public" / "css" / "app.css") << "body{color:#000}";
    std::ofstream(root_ / "secret.txt") << "outside";
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  static Request get(std::string path) {
    Request req;
    req.path = std::move(path);
    return req;
  }
  std::filesystem::path root_;
};

}  // namespace

TEST_F(StaticFilesTest, ServesAFileWithTypeValidatorAndCaching) {
  StaticFiles files(root_ / "public", "/static/");
  auto res = files.serve(get("/static/css/app.css"));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::ok);
  EXPECT_EQ(res->body, "body{color:#000}");
  EXPECT_EQ(res->headers.get("content-type"), "text/css; charset=utf-8");
  EXPECT_TRUE(res->headers.get("etag"));
  EXPECT_EQ(res->headers.get("cache-control"), "public, max-age=3600");
}

TEST_F(StaticFilesTest, MatchingEtagGives304WithoutBody) {
  StaticFiles files(root_ / "public", "/static/");
  const auto etag = std::string(*files.serve(get("/static/css/app.css"))->headers.get("etag"));
  auto req = get("/static/css/app.css");
  req.headers.set("If-None-Match", "\"other\", " + etag);
  auto res = files.serve(req);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::not_modified);
  EXPECT_TRUE(res->body.empty());
}

TEST_F(StaticFilesTest, PathsOutsideTheDirectoryAreNeverServed) {
  StaticFiles files(root_ / "public", "/static/");
  EXPECT_FALSE(files.serve(get("/static/../secret.txt")));
  EXPECT_FALSE(files.serve(get("/static/css/../../secret.txt")));
  EXPECT_FALSE(files.serve(get("/static//etc/passwd")));
  EXPECT_FALSE(files.serve(get("/static/missing.css")));
}

TEST_F(StaticFilesTest, OnlyGetAndHeadAreAnswered) {
  StaticFiles files(root_ / "public", "/static/");
  auto req = get("/static/css/app.css");
  req.method = Method::post;
  EXPECT_FALSE(files.serve(req));
  req.method = Method::head;
  EXPECT_TRUE(files.serve(req));
}

TEST(ContentTypes, KnownExtensionsAndAFallback) {
  EXPECT_EQ(content_type_for("a/htmx.min.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(content_type_for("logo.svg"), "image/svg+xml");
  EXPECT_EQ(content_type_for("data.bin"), "application/octet-stream");
}
