// The network map's page and API (issue 4) through a real server: saved layouts (upsert, region
// scoped, staff only), the automatic layout, the picture of the current view in SVG/PDF/PNG,
// and bad input answered 4xx with nothing stored.
#include <boost/json.hpp>

#include <cstdio>
#include <fstream>

#include "web_fixture.hpp"

namespace json = boost::json;
namespace bhttp = boost::beast::http;

namespace {

std::vector<std::pair<std::string, std::string>> bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}
bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class MapWeb : public WebFixture {
 protected:
  bb::testing::ClientResponse put_layout(const std::string& token, const std::string& name, const std::string& body) {
    return client().send(bhttp::verb::put, "/api/v1/map/layouts/" + name, body, "application/json", bearer(token));
  }
  bb::testing::ClientResponse post_json(const std::string& token, const std::string& target, const std::string& body) {
    return client().send(bhttp::verb::post, target, body, "application/json", bearer(token));
  }
  // A drawing with one labelled organisation, one network and an edge between them.
  static std::string drawing() {
    return R"({"width":400,"height":300,"title":"Netzwerkkarte","caption":"Stichtag: 2026-11-25",
      "nodes":[{"x":100,"y":100,"size":30,"colour":"#1f5f99","shape":"ellipse","highlighted":true,"label":"Servicestelle Müller"},
               {"x":300,"y":200,"size":34,"colour":"#333333","shape":"diamond","label":"Arbeitsmarktintegration"}],
      "edges":[{"x1":100,"y1":100,"x2":300,"y2":200,"colour":"#c4c4c4","width":1}],
      "legend":[{"colour":"#1f5f99","label":"Servicestelle"}]})";
  }
};

TEST_F(MapWeb, MapPageIsLinkedInTheNavigationAndCarriesTheCatalogTexts) {
  auto c = signed_in("admin-a@example.org");
  auto res = c.get("/map");
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(contains(res.body, "<h1>Netzwerkkarte</h1>"));
  EXPECT_TRUE(contains(res.body, "href=\"/map\" aria-current=\"page\""));
  EXPECT_TRUE(contains(res.body, "/static/vendor/cytoscape.min.js"));
  EXPECT_TRUE(contains(res.body, "id=\"map-save\""));  // admins may save layouts
  auto partner = signed_in("partner-a@example.org").get("/map");
  ASSERT_EQ(partner.status, 200);
  EXPECT_FALSE(contains(partner.body, "id=\"map-save\""));
}

TEST_F(MapWeb, SavedLayoutIsReadBackAndReplacedUnderTheSameName) {
  const auto token = token_for(admin_a_);
  EXPECT_EQ(put_layout(token, "Vortrag", R"({"positions":{"o1":[10,20],"n2":[-5.5,3]}})").status, 204);
  auto read = client().get("/api/v1/map/layouts/Vortrag", bearer(token));
  ASSERT_EQ(read.status, 200) << read.body;
  auto positions = json::parse(read.body).at("positions").as_object();
  EXPECT_EQ(positions.at("o1").as_array()[1].to_number<double>(), 20);
  EXPECT_EQ(positions.at("n2").as_array()[0].to_number<double>(), -5.5);
  EXPECT_EQ(put_layout(token, "Vortrag", R"({"positions":{"o1":[1,2]}})").status, 204);
  read = client().get("/api/v1/map/layouts/Vortrag", bearer(token));
  EXPECT_FALSE(json::parse(read.body).at("positions").as_object().contains("n2"));
  auto list = client().get("/api/v1/map/layouts", bearer(token));
  ASSERT_EQ(list.status, 200);
  auto items = json::parse(list.body).at("items").as_array();
  ASSERT_EQ(items.size(), 1U);
  EXPECT_EQ(items[0].at("name").as_string(), "Vortrag");
  EXPECT_EQ(items[0].at("updated_by").as_string(), "Admin A");
}

TEST_F(MapWeb, AnotherRegionNeitherSeesNorDeletesTheLayout) {
  EXPECT_EQ(put_layout(token_for(admin_a_), "Intern", R"({"positions":{"o1":[0,0]}})").status, 204);
  const auto other = token_for(staff_b_);
  EXPECT_EQ(client().get("/api/v1/map/layouts/Intern", bearer(other)).status, 404);
  EXPECT_EQ(json::parse(client().get("/api/v1/map/layouts", bearer(other)).body).at("items").as_array().size(), 0U);
  EXPECT_EQ(client().send(bhttp::verb::delete_, "/api/v1/map/layouts/Intern", "", "application/json", bearer(other)).status,
            404);
  EXPECT_EQ(client().get("/api/v1/map/layouts/Intern", bearer(token_for(admin_a_))).status, 200);
}

TEST_F(MapWeb, PartnersMayLookButNotSaveLayouts) {
  const auto partner = token_for(partner_a_);
  auto res = put_layout(partner, "Meins", R"({"positions":{"o1":[0,0]}})");
  EXPECT_EQ(res.status, 403);
  EXPECT_EQ(client().get("/api/v1/map/layouts", bearer(partner)).status, 200);
  EXPECT_EQ(client().get("/api/v1/map/layouts/Meins", bearer(token_for(admin_a_))).status, 404);
}

TEST_F(MapWeb, BadPositionsAnswer422WithTheFieldAndStoreNothing) {
  const auto token = token_for(admin_a_);
  for (const std::string body : {R"({"positions":{"o1":[1]}})", R"({"positions":{"o1":["x",2]}})",
                                 R"({"positions":[1,2]})", R"({})"}) {
    auto res = put_layout(token, "Kaputt", body);
    EXPECT_EQ(res.status, 422) << body;
    EXPECT_TRUE(json::parse(res.body).at("error").at("fields").as_object().contains("positions")) << res.body;
  }
  EXPECT_EQ(put_layout(token, "Kaputt", "{nicht json").status, 400);
  EXPECT_EQ(client().get("/api/v1/map/layouts/Kaputt", bearer(token)).status, 404);
}

TEST_F(MapWeb, WritesFromTheBrowserNeedTheCsrfToken) {
  auto c = signed_in("admin-a@example.org");
  auto res = c.send(bhttp::verb::put, "/api/v1/map/layouts/Ohne", R"({"positions":{"o1":[0,0]}})", "application/json");
  EXPECT_EQ(res.status, 403);
  const auto csrf = c.csrf_token_from("/map");
  res = c.send(bhttp::verb::put, "/api/v1/map/layouts/Mit", R"({"positions":{"o1":[0,0]}})", "application/json",
               {{"X-CSRF-Token", csrf}});
  EXPECT_EQ(res.status, 204) << res.body;
}

TEST_F(MapWeb, AutomaticLayoutPlacesEveryNodeAndKeepsFixedOnes) {
  const auto token = token_for(admin_a_);
  auto res = post_json(token, "/api/v1/map/layout",
                       R"({"nodes":["o1","o2","o3","n1"],"edges":[["o1","n1"],["o2","n1"],["o3","o2"]],
                           "start":{"o1":[500,-500]},"fixed":["o1"]})");
  ASSERT_EQ(res.status, 200) << res.body;
  auto positions = json::parse(res.body).at("positions").as_object();
  EXPECT_EQ(positions.size(), 4U);
  EXPECT_EQ(positions.at("o1").as_array()[0].to_number<double>(), 500);
  EXPECT_EQ(positions.at("o1").as_array()[1].to_number<double>(), -500);
  auto bad = post_json(token, "/api/v1/map/layout", R"({"nodes":["o1"],"edges":[["o1","o9"]]})");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(json::parse(bad.body).at("error").at("fields").as_object().contains("graph"));
}

TEST_F(MapWeb, ExportOfTheViewIsAnSvgWithTheLabels) {
  auto res = post_json(token_for(partner_a_), "/api/v1/map/export?format=svg", drawing());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.header("content-type"), "image/svg+xml");
  EXPECT_TRUE(contains(res.body, "<svg"));
  EXPECT_TRUE(contains(res.header("content-disposition"), ".svg\""));
}

TEST_F(MapWeb, ExportAsPdfHoldsTheLabelsAsText) {
  auto res = post_json(token_for(admin_a_), "/api/v1/map/export?format=pdf", drawing());
  ASSERT_EQ(res.status, 200) << res.body;
  ASSERT_TRUE(res.body.starts_with("%PDF-"));
  const auto file = dir_ / "view.pdf";
  std::ofstream(file, std::ios::binary) << res.body;
  const std::string command = "pdftotext " + file.string() + " -";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string text;
  char buffer[4096];
  while (auto n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  ASSERT_EQ(::pclose(pipe), 0);
  EXPECT_TRUE(contains(text, "Servicestelle Müller")) << text;
  EXPECT_TRUE(contains(text, "Arbeitsmarktintegration")) << text;
  EXPECT_TRUE(contains(text, "Stichtag: 2026-11-25")) << text;
}

TEST_F(MapWeb, ExportAsPngHasTheViewSizePlusMargins) {
  auto res = post_json(token_for(admin_a_), "/api/v1/map/export?format=png", drawing());
  ASSERT_EQ(res.status, 200) << res.body;
  ASSERT_GE(res.body.size(), 24U);
  EXPECT_EQ(res.body.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(res.body[at]) << 24) | (static_cast<unsigned char>(res.body[at + 1]) << 16) |
           (static_cast<unsigned char>(res.body[at + 2]) << 8) | static_cast<unsigned char>(res.body[at + 3]);
  };
  EXPECT_GT(be32(16), 400U);  // IHDR width: the view plus margins
  EXPECT_GT(be32(20), 300U);
}

TEST_F(MapWeb, ExportRefusesUnknownFormatsAndBadColours) {
  const auto token = token_for(admin_a_);
  EXPECT_EQ(post_json(token, "/api/v1/map/export?format=gif", drawing()).status, 422);
  std::string bad = drawing();
  bad.replace(bad.find("#1f5f99"), 7, "red");
  auto res = post_json(token, "/api/v1/map/export?format=svg", bad);
  EXPECT_EQ(res.status, 422);
  EXPECT_EQ(post_json(token, "/api/v1/map/export?format=svg", R"({"width":0,"height":10,"nodes":[],"edges":[]})").status,
            422);
}

}  // namespace
