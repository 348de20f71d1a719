// Events (issue 7) through a real server: the public registration without login (CSRF still
// required, bound to the pre-session cookie), the personal link and cancelling through it, the
// waiting list, the form errors next to the fields, the calendar files and the feed, the QR
// code, and tenant isolation (another region's event is 404) and roles (partners read only).
#include "services/event_service.hpp"
#include "web_fixture.hpp"

using bb::domain::Id;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class EventWeb : public WebFixture {
 protected:
  bb::services::EventService events() { return bb::services::EventService(*db_); }
  Id make_event(Id region, int capacity) {
    bb::domain::Event e;
    e.title = "Elternabend Test";
    e.format = bb::domain::EventFormat::elternabend;
    e.starts_at = "2030-05-20T18:00";
    e.ends_at = "2030-05-20T20:00";
    e.place = "Rathaus";
    e.capacity = capacity;
    auto id = events().create_event(bb::services::RegisterCaller::operator_in(region), e, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }
  std::string public_id(Id region, Id event) { return (*events().find_event(region, event))->public_id; }

  // Registers on the public page in a new logged-out browser; returns the personal path.
  std::string register_publicly(const std::string& pid, const std::string& name) {
    auto c = client();
    const auto token = c.csrf_token_from("/e/" + pid);
    auto res = c.post_form("/e/" + pid, {{"_csrf", token}, {"name", name}, {"email", name + "@example.org"},
                                         {"consent", "1"}});
    EXPECT_EQ(res.status, 303) << res.body;
    const auto location = res.header("location");
    EXPECT_TRUE(location.starts_with("/r/")) << location;
    return location.substr(0, location.find('?'));
  }
};

}  // namespace

TEST_F(EventWeb, ThePublicFormWorksWithoutLoginButNotWithoutItsCsrfToken) {
  const auto pid = public_id(region_a_, make_event(region_a_, 10));
  auto c = client();
  auto page = c.get("/e/" + pid);
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Ich bin einverstanden"));
  auto forged = c.post_form("/e/" + pid, {{"name", "Eve"}, {"email", "eve@example.org"}, {"consent", "1"}});
  EXPECT_EQ(forged.status, 403);
  auto stranger = client();  // a token of another browser does not fit this one
  auto stolen = stranger.post_form("/e/" + pid, {{"_csrf", c.csrf_token_from("/e/" + pid)},
                                                  {"name", "Eve"}, {"email", "eve@example.org"}, {"consent", "1"}});
  EXPECT_EQ(stolen.status, 403);
  const auto personal = register_publicly(pid, "ayse");
  auto mine = client().get(personal);
  EXPECT_EQ(mine.status, 200);
  EXPECT_TRUE(contains(mine.body, "angemeldet"));
  EXPECT_TRUE(contains(mine.body, personal + "/qr.svg"));
}

TEST_F(EventWeb, PublicFormErrorsStandNextToTheirFields) {
  const auto pid = public_id(region_a_, make_event(region_a_, 10));
  auto c = client();
  const auto token = c.csrf_token_from("/e/" + pid);
  auto res = c.post_form("/e/" + pid, {{"_csrf", token}, {"name", ""}, {"email", "kaputt"}});
  EXPECT_EQ(res.status, 422);
  EXPECT_TRUE(contains(res.body, "id=\"name-error\""));
  EXPECT_TRUE(contains(res.body, "id=\"email-error\""));
  EXPECT_TRUE(contains(res.body, "id=\"consent-error\""));
}

TEST_F(EventWeb, CancellingByThePersonalLinkMovesTheFirstWaitingPersonUp) {
  const Id event = make_event(region_a_, 1);
  const auto pid = public_id(region_a_, event);
  const auto first = register_publicly(pid, "ayse");
  const auto second = register_publicly(pid, "bilal");
  const auto third = register_publicly(pid, "chen");
  EXPECT_TRUE(contains(client().get(second).body, "auf der Warteliste"));
  auto c = client();
  const auto token = c.csrf_token_from(first);
  EXPECT_EQ(c.post_form(first + "/cancel", {}).status, 403) << "the cancel form needs its CSRF token";
  auto cancelled = c.post_form(first + "/cancel", {{"_csrf", token}});
  EXPECT_EQ(cancelled.status, 303);
  EXPECT_TRUE(contains(client().get(first).body, "Ihre Anmeldung ist storniert"));
  EXPECT_TRUE(contains(client().get(second).body, "Sie haben einen Platz"));
  EXPECT_TRUE(contains(client().get(third).body, "auf der Warteliste"));
  EXPECT_EQ(client().get("/r/unknown-token").status, 404);
}

TEST_F(EventWeb, TheEventFormShowsErrorsNextToTheFields) {
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/events/new");
  auto res = c.post_form("/events", {{"_csrf", token}, {"format", "workshop"}, {"title", ""},
                                     {"starts_at", "2030-01-01T10:00"}, {"ends_at", "2030-01-01T09:00"},
                                     {"capacity", "zehn"}, {"title_ar", std::string(300, 'x')}});
  EXPECT_EQ(res.status, 422);
  EXPECT_TRUE(contains(res.body, "id=\"title-error\""));
  EXPECT_TRUE(contains(res.body, "id=\"ends_at-error\""));
  EXPECT_TRUE(contains(res.body, "id=\"capacity-error\""));
  EXPECT_TRUE(contains(res.body, "id=\"title_ar-error\""));
  EXPECT_TRUE(contains(res.body, "dir=\"rtl\""));
}

TEST_F(EventWeb, AnotherRegionsEventIsNotFoundAndPartnersOnlyRead) {
  const Id event = make_event(region_a_, 10);
  auto b = signed_in("admin-b@example.org");
  EXPECT_EQ(b.get("/events/" + std::to_string(event)).status, 404);
  EXPECT_EQ(b.get("/events/" + std::to_string(event) + "/check-in").status, 404);
  auto partner = signed_in("partner-a@example.org");
  EXPECT_EQ(partner.get("/events/" + std::to_string(event)).status, 200);
  EXPECT_EQ(partner.get("/events/new").status, 403);
  EXPECT_EQ(partner.get("/events/" + std::to_string(event) + "/registrations").status, 403);
}

TEST_F(EventWeb, CalendarFilesAndTheRegionFeed) {
  const Id event = make_event(region_a_, 10);
  const auto pid = public_id(region_a_, event);
  auto ics = client().get("/e/" + pid + "/event.ics");
  EXPECT_EQ(ics.status, 200);
  EXPECT_TRUE(ics.header("content-type").starts_with("text/calendar"));
  EXPECT_TRUE(contains(ics.body, "UID:" + pid + "@brueckenbauer"));
  EXPECT_TRUE(contains(ics.body, "DTSTART;TZID=Europe/Berlin:20300520T180000"));

  auto admin = signed_in("admin-a@example.org");
  const auto token = admin.csrf_token_from("/events/feed");
  auto rotated = admin.post_form("/events/feed", {{"_csrf", token}});
  EXPECT_EQ(rotated.status, 200);
  const auto start = rotated.body.find("/calendar/");
  ASSERT_NE(start, std::string::npos);
  const auto feed_path = rotated.body.substr(start, rotated.body.find('"', start) - start);
  auto feed = client().get(feed_path);
  EXPECT_EQ(feed.status, 200);
  EXPECT_TRUE(contains(feed.body, "SUMMARY:Elternabend Test"));
  EXPECT_EQ(client().get("/calendar/nothing.ics").status, 404);
}

TEST_F(EventWeb, EachRegistrationHasAQrCodeLeadingToItsCheckIn) {
  const Id event = make_event(region_a_, 10);
  register_publicly(public_id(region_a_, event), "ayse");
  auto list = *events().registrations(region_a_, event);
  ASSERT_EQ(list.size(), 1u);
  const auto base = "/events/" + std::to_string(event) + "/registrations/" + std::to_string(list[0].registration.id);
  auto admin = signed_in("admin-a@example.org");
  auto qr = admin.get(base + "/qr.svg");
  EXPECT_EQ(qr.status, 200);
  EXPECT_EQ(qr.header("content-type"), "image/svg+xml");
  EXPECT_TRUE(qr.body.starts_with("<svg"));
  const auto token = admin.csrf_token_from(base + "/check-in");
  EXPECT_EQ(admin.post_form(base + "/check-in", {{"_csrf", token}}).status, 303);
  EXPECT_EQ((*events().find_registration(region_a_, event, list[0].registration.id))->status,
            bb::domain::RegistrationStatus::attended);
  EXPECT_EQ(client().get(base + "/qr.svg").status, 303) << "staff only: the login page";
}

TEST_F(EventWeb, StaffRegisterSomeoneByHandAndSeeTheirPersonalLinkOnce) {
  const Id event = make_event(region_a_, 1);
  const auto base = "/events/" + std::to_string(event) + "/registrations";
  auto admin = signed_in("admin-a@example.org");
  const auto token = admin.csrf_token_from(base);
  auto bad = admin.post_form(base, {{"_csrf", token}, {"name", ""}, {"email", "x"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "id=\"name-error\""));
  auto res = admin.post_form(base, {{"_csrf", token}, {"name", "Dana Beispiel"}, {"email", "dana@example.org"},
                                    {"consent", "1"}});
  EXPECT_EQ(res.status, 200);
  const auto start = res.body.find("/r/");
  ASSERT_NE(start, std::string::npos);
  const auto link = res.body.substr(start, res.body.find('"', start) - start);
  auto personal = client().get(link);
  EXPECT_EQ(personal.status, 200);
  EXPECT_TRUE(contains(personal.body, "Dana Beispiel"));
  EXPECT_FALSE(contains(admin.get(base).body, link)) << "the link is shown once only";
  auto twice = admin.post_form(base, {{"_csrf", token}, {"name", "Dana Beispiel"}, {"email", "dana@example.org"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(contains(twice.body, "id=\"email-error\""));
}
