// The events module (issue 7) on both backends: the repositories (round trip with translations,
// co-organisers and networks; list filters; tenant isolation; public lookups; figures;
// co-attendance) and the EventService rules that need a real database (capacity and waiting
// list, cancelling by the personal token moves the first waiting person up, duplicates,
// closed registration, delete blocked, topic to transfer in one step).
#include "services/event_service.hpp"
#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

using namespace bb::domain;
using bb::services::EventService;
using bb::services::RegisterCaller;

class EventStorage : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (HasFatalFailure()) return;
    region_a_ = make_region("region-a", "Region A");
    region_b_ = make_region("region-b", "Region B");
    must_write([&](UnitOfWork& uow) -> Result<void> {
      auto m1 = uow.regions().add_municipality(region_a_, "Hannover");
      auto m2 = uow.regions().add_municipality(region_a_, "Garbsen");
      if (!m1 || !m2) return Error::internal("municipality");
      hannover_ = *m1;
      garbsen_ = *m2;
      return success();
    });
    hwk_ = add_organisation("Handwerkskammer", "hwk", hannover_);
    bakery_ = add_organisation("Bäckerei Sonnenschein", "company", garbsen_);
    school_ = add_organisation("BBS Mitte", "vocational_school", hannover_);
    network_ = add_network("Netzwerk Ausbildung");
  }

  Id add_organisation(const std::string& name, const std::string& type, std::optional<Id> municipality) {
    Organisation o;
    o.name = name;
    o.type = type;
    o.municipality_id = municipality;
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().create(region_a_, o, 5000); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
  Id add_network(const std::string& name) {
    Network n;
    n.name = name;
    n.focus = NetworkFocus::migration;
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.networks().create(region_a_, n, 5000); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  Event sample(const std::string& title, const std::string& starts_at, EventFormat format = EventFormat::dialogforum) {
    Event e;
    e.title = title;
    e.format = format;
    e.starts_at = starts_at;
    e.ends_at = starts_at.substr(0, 11) + "23:00";
    e.place = "Rathaus";
    e.municipality_id = hannover_;
    e.organiser_id = hwk_;
    e.capacity = 2;
    e.languages = {"de", "tr"};
    return e;
  }

  Id create_event(Event e) {
    auto id = service().create_event(staff(), std::move(e), 6000);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  Registration person(Id event_id, const std::string& name, std::optional<Id> organisation = std::nullopt) {
    Registration r;
    r.event_id = event_id;
    r.name = name;
    r.email = name + "@example.org";
    r.organisation_id = organisation;
    r.consent_given = true;
    return r;
  }

  std::string public_id_of(Id event_id) {
    auto e = service().find_event(region_a_, event_id);
    EXPECT_TRUE(e.ok() && e->has_value());
    return e.ok() && e->has_value() ? (*e)->public_id : "";
  }

  RegistrationStatus status_of(Id registration_id) {
    auto r = db_->read_value([&](UnitOfWork& uow) { return uow.registrations().find(region_a_, registration_id); });
    EXPECT_TRUE(r.ok() && r->has_value());
    return r.ok() && r->has_value() ? (*r)->status : RegistrationStatus::cancelled;
  }

  EventService service() { return EventService(*db_); }
  RegisterCaller staff() { return RegisterCaller::operator_in(region_a_); }

  Id region_a_ = 0, region_b_ = 0, hannover_ = 0, garbsen_ = 0, hwk_ = 0, bakery_ = 0, school_ = 0, network_ = 0;
};

TEST_P(EventStorage, EventRoundTripKeepsTranslationsCoOrganisersAndNetworks) {
  Event e = sample("Dialogforum Wirtschaft", "2026-03-10T18:00");
  e.co_organiser_ids = {school_, bakery_};
  e.network_ids = {network_};
  e.translations = {{"tr", "Diyalog Forumu", "Açıklama"}, {"ar", "منتدى الحوار", ""}};
  e.description = "Beschreibung";
  const Id id = create_event(e);
  auto found = service().find_event(region_a_, id);
  ASSERT_TRUE(found.ok() && found->has_value());
  const auto& f = **found;
  EXPECT_EQ(f.title, "Dialogforum Wirtschaft");
  EXPECT_EQ(f.starts_at, "2026-03-10T18:00");
  EXPECT_EQ(f.format, EventFormat::dialogforum);
  EXPECT_EQ(f.organiser_id, hwk_);
  EXPECT_EQ(f.public_id.size(), 16u);
  EXPECT_EQ(f.co_organiser_ids.size(), 2u);
  EXPECT_EQ(f.network_ids, std::vector<Id>{network_});
  ASSERT_EQ(f.translations.size(), 2u);
  const auto tr = localised(f, "tr");
  EXPECT_EQ(tr.title, "Diyalog Forumu");
  EXPECT_FALSE(tr.title_fallback);
  const auto ar = localised(f, "ar");
  EXPECT_EQ(ar.description, "Beschreibung");  // no Arabic description: German, marked as fallback
  EXPECT_TRUE(ar.description_fallback);
  const auto uk = localised(f, "uk");
  EXPECT_EQ(uk.title, "Dialogforum Wirtschaft");
  EXPECT_TRUE(uk.title_fallback);
}

TEST_P(EventStorage, ListFiltersByFormatMunicipalityAndPeriodAndCountsRegistrations) {
  const Id a = create_event(sample("Frühstück März", "2026-03-01T08:00", EventFormat::ausbilder_fruehstueck));
  Event b_event = sample("Elternabend Garbsen", "2026-05-01T18:00", EventFormat::elternabend);
  b_event.municipality_id = garbsen_;
  create_event(b_event);
  create_event(sample("Forum Juni", "2026-06-15T18:00"));
  ASSERT_TRUE(service().register_by_staff(staff(), person(a, "anna"), 7000).ok());

  storage::EventQuery q;
  q.format = EventFormat::ausbilder_fruehstueck;
  auto page = service().list_events(region_a_, q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items[0].event.title, "Frühstück März");
  EXPECT_EQ(page->items[0].registered, 1);
  EXPECT_EQ(page->items[0].organiser_name, "Handwerkskammer");

  q = {};
  q.municipality_id = garbsen_;
  page = service().list_events(region_a_, q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items[0].municipality_name, "Garbsen");

  q = {};
  q.from = "2026-05-01";
  q.to = "2026-06-14";
  page = service().list_events(region_a_, q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items[0].event.title, "Elternabend Garbsen");
}

TEST_P(EventStorage, AnotherRegionNeitherSeesNorChangesTheEvents) {
  const Id id = create_event(sample("Forum", "2026-03-10T18:00"));
  auto other = service().find_event(region_b_, id);
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other->has_value());
  auto list = service().list_events(region_b_, {});
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->total, 0);
  auto removed = service().delete_event(RegisterCaller::operator_in(region_b_), id, 7000);
  ASSERT_FALSE(removed.ok());
  EXPECT_EQ(removed.error().code, ErrorCode::not_found);
  auto reg = service().register_by_staff(RegisterCaller::operator_in(region_b_), person(id, "x"), 7000);
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.error().code, ErrorCode::not_found);
}

TEST_P(EventStorage, OverCapacityGoesToTheWaitingListAndCancellingByTokenMovesTheFirstUp) {
  const Id id = create_event(sample("Speeddating", "2026-04-01T09:00", EventFormat::azubi_speeddating));
  const auto public_id = public_id_of(id);
  auto svc = service();
  auto first = svc.register_publicly(public_id, person(id, "ayse"), "r1", 7000);
  auto second = svc.register_publicly(public_id, person(id, "bilal"), "r2", 7001);
  auto third = svc.register_publicly(public_id, person(id, "chen"), "r3", 7002);
  auto fourth = svc.register_publicly(public_id, person(id, "dana"), "r4", 7003);
  ASSERT_TRUE(first.ok() && second.ok() && third.ok() && fourth.ok());
  EXPECT_EQ(first->status, RegistrationStatus::registered);
  EXPECT_EQ(second->status, RegistrationStatus::registered);
  EXPECT_EQ(third->status, RegistrationStatus::waiting);
  EXPECT_EQ(fourth->status, RegistrationStatus::waiting);
  EXPECT_NE(first->cancel_token, second->cancel_token);

  auto cancelled = svc.cancel_by_token(first->cancel_token, "r5", 8000);
  ASSERT_TRUE(cancelled.ok()) << cancelled.error().message;
  ASSERT_TRUE(cancelled->moved_up.has_value());
  EXPECT_EQ(*cancelled->moved_up, third->registration_id);  // the first of the waiting list, not the last
  EXPECT_EQ(status_of(first->registration_id), RegistrationStatus::cancelled);
  EXPECT_EQ(status_of(third->registration_id), RegistrationStatus::registered);
  EXPECT_EQ(status_of(fourth->registration_id), RegistrationStatus::waiting);

  // The link used again changes nothing.
  auto again = svc.cancel_by_token(first->cancel_token, "r6", 8001);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->was_cancelled_before);
  EXPECT_EQ(status_of(fourth->registration_id), RegistrationStatus::waiting);

  // A waiting person who cancels frees no place: nobody moves up.
  auto waiting_cancel = svc.cancel_by_token(fourth->cancel_token, "r7", 8002);
  ASSERT_TRUE(waiting_cancel.ok());
  EXPECT_FALSE(waiting_cancel->moved_up.has_value());

  auto unknown = svc.cancel_by_token("not-a-token", "r8", 8003);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

TEST_P(EventStorage, TheCancelTokenIsStoredOnlyAsItsHash) {
  const Id id = create_event(sample("Forum", "2026-03-10T18:00"));
  auto receipt = service().register_publicly(public_id_of(id), person(id, "eva"), "r", 7000);
  ASSERT_TRUE(receipt.ok());
  auto by_plain = db_->read_value(
      [&](UnitOfWork& uow) { return uow.registrations().find_by_cancel_token(receipt->cancel_token); });
  ASSERT_TRUE(by_plain.ok());
  EXPECT_FALSE(by_plain->has_value());
  auto found = service().find_by_cancel_token(receipt->cancel_token);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->first.name, "eva");
}

TEST_P(EventStorage, RaisingTheCapacityMovesWaitingPeopleUp) {
  const Id id = create_event(sample("Forum", "2026-03-10T18:00"));
  Id waiting = 0;
  for (const char* name : {"a1", "a2", "a3"}) {
    auto r = service().register_by_staff(staff(), person(id, name), 7000);
    ASSERT_TRUE(r.ok());
    waiting = r->registration_id;
  }
  EXPECT_EQ(status_of(waiting), RegistrationStatus::waiting);
  auto e = service().find_event(region_a_, id);
  ASSERT_TRUE(e.ok() && e->has_value());
  Event changed = **e;
  changed.capacity = 3;
  ASSERT_TRUE(service().update_event(staff(), changed, 7100).ok());
  EXPECT_EQ(status_of(waiting), RegistrationStatus::registered);
}

TEST_P(EventStorage, PublicRegistrationNeedsConsentAnOpenEventAndANewAddress) {
  Event e = sample("Forum", "2026-03-10T18:00");
  const Id id = create_event(e);
  auto svc = service();
  auto no_consent = person(id, "fritz");
  no_consent.consent_given = false;
  auto refused = svc.register_publicly(public_id_of(id), no_consent, "r", 7000);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at("consent"), "events.validation.consent");

  ASSERT_TRUE(svc.register_publicly(public_id_of(id), person(id, "fritz"), "r", 7000).ok());
  auto twice = svc.register_publicly(public_id_of(id), person(id, "fritz"), "r", 7001);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);
  EXPECT_TRUE(twice.error().fields.contains("email"));

  auto found = svc.find_event(region_a_, id);
  ASSERT_TRUE(found.ok() && found->has_value());
  Event closed = **found;
  closed.registration_open = false;
  ASSERT_TRUE(svc.update_event(staff(), closed, 7100).ok());
  auto late = svc.register_publicly(public_id_of(id), person(id, "greta"), "r", 7200);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().message, "events.error.registration_closed");

  auto unknown = svc.register_publicly("no-such-event", person(id, "hans"), "r", 7300);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

TEST_P(EventStorage, InvalidEventsAreRefusedWithFieldErrors) {
  Event e = sample("", "2026-03-10T18:00");
  e.ends_at = "2026-03-10T17:00";
  e.organiser_id = 999999;
  e.capacity = -1;
  auto created = service().create_event(staff(), e, 6000);
  ASSERT_FALSE(created.ok());
  const auto& f = created.error().fields;
  EXPECT_EQ(f.at("title"), "validation.required");
  EXPECT_EQ(f.at("ends_at"), "events.validation.end_before_start");
  EXPECT_EQ(f.at("organiser_id"), "validation.organisation");
  EXPECT_EQ(f.at("capacity"), "events.validation.capacity");
}

TEST_P(EventStorage, DeleteIsRefusedWhilePeopleAreRegistered) {
  const Id id = create_event(sample("Forum", "2026-03-10T18:00"));
  auto r = service().register_by_staff(staff(), person(id, "ida"), 7000);
  ASSERT_TRUE(r.ok());
  auto refused = service().delete_event(staff(), id, 7100);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);
  EXPECT_TRUE(refused.error().fields.contains("registrations"));
  ASSERT_TRUE(service().cancel_registration(staff(), id, r->registration_id, 7200).ok());
  ASSERT_TRUE(service().delete_event(staff(), id, 7300).ok());
  auto gone = service().find_event(region_a_, id);
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(gone->has_value());
}

TEST_P(EventStorage, FiguresCountAttendeesByOrganisationTypeAndMunicipality) {
  Event e = sample("Frühstück", "2026-03-10T08:00", EventFormat::ausbilder_fruehstueck);
  e.capacity = 0;
  const Id id = create_event(e);
  std::vector<Id> regs;
  for (auto [name, org] : std::vector<std::pair<std::string, std::optional<Id>>>{
           {"p1", bakery_}, {"p2", bakery_}, {"p3", school_}, {"p4", std::nullopt}, {"p5", hwk_}}) {
    auto r = service().register_by_staff(staff(), person(id, name, org), 7000);
    ASSERT_TRUE(r.ok()) << r.error().message;
    regs.push_back(r->registration_id);
  }
  for (std::size_t i = 0; i < 4; ++i) ASSERT_TRUE(service().check_in(staff(), id, regs[i], true, 9000).ok());
  auto f = service().figures(region_a_, id);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->registered, 5);
  EXPECT_EQ(f->attended, 4);
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_type;
  for (const auto& c : f->by_type) by_type[c.key] = {c.attendees, c.organisations};
  EXPECT_EQ(by_type["company"], std::make_pair(std::int64_t{2}, std::int64_t{1}));
  EXPECT_EQ(by_type["vocational_school"], std::make_pair(std::int64_t{1}, std::int64_t{1}));
  EXPECT_EQ(by_type[""].first, 1);
  EXPECT_FALSE(by_type.contains("hwk"));  // registered but not there
  std::map<std::string, std::int64_t> by_place;
  for (const auto& c : f->by_municipality) by_place[c.key] = c.attendees;
  EXPECT_EQ(by_place["Garbsen"], 2);
  EXPECT_EQ(by_place["Hannover"], 1);
  EXPECT_EQ(by_place[""], 1);
}

TEST_P(EventStorage, CoAttendancePairsOrganisationsThatAttendedTheSameEvents) {
  auto attended_event = [&](const std::string& starts_at, EventFormat format, std::vector<Id> organisations) {
    Event e = sample("E " + starts_at, starts_at, format);
    e.capacity = 0;
    const Id id = create_event(e);
    int n = 0;
    for (Id o : organisations) {
      auto r = service().register_by_staff(staff(), person(id, "p" + std::to_string(n++) + starts_at.substr(0, 10), o),
                                           7000);
      ASSERT_TRUE(r.ok());
      ASSERT_TRUE(service().check_in(staff(), id, r->registration_id, true, 9000).ok());
    }
  };
  attended_event("2025-01-10T08:00", EventFormat::ausbilder_fruehstueck, {hwk_, bakery_, bakery_});
  attended_event("2025-06-10T08:00", EventFormat::dialogforum, {hwk_, bakery_, school_});
  // Registered but not attended: does not count.
  const Id missed = create_event(sample("Missed", "2025-07-01T08:00"));
  ASSERT_TRUE(service().register_by_staff(staff(), person(missed, "m1", school_), 7000).ok());
  ASSERT_TRUE(service().register_by_staff(staff(), person(missed, "m2", hwk_), 7000).ok());

  auto pairs = service().co_attendance(region_a_, "", "");
  ASSERT_TRUE(pairs.ok());
  ASSERT_EQ(pairs->size(), 3u);
  const auto& top = pairs->front();
  EXPECT_EQ(top.events, 2);
  EXPECT_EQ(top.last_date, "2025-06-10");
  EXPECT_EQ(std::set<Id>({top.organisation_a_id, top.organisation_b_id}), std::set<Id>({hwk_, bakery_}));
  EXPECT_EQ(top.formats, (std::vector<std::string>{"ausbilder_fruehstueck", "dialogforum"}));

  auto early = service().co_attendance(region_a_, "2025-01-01", "2025-03-01");
  ASSERT_TRUE(early.ok());
  ASSERT_EQ(early->size(), 1u);
  EXPECT_EQ(early->front().events, 1);

  auto other_region = service().co_attendance(region_b_, "", "");
  ASSERT_TRUE(other_region.ok());
  EXPECT_TRUE(other_region->empty());

  auto bad = service().co_attendance(region_a_, "gestern", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(bad.error().fields.contains("from"));
}

TEST_P(EventStorage, ATopicBecomesATransferInOneStepAndKeepsTheLink) {
  const Id id = create_event(sample("Dialogforum", "2026-03-10T18:00"));
  EventTopic t;
  t.event_id = id;
  t.topic = "Sprachkurse für Azubis";
  auto topic_id = service().add_topic(staff(), t, 7000);
  ASSERT_TRUE(topic_id.ok());
  TransferEnd to;
  to.network_id = network_;
  auto transfer_id = service().follow_up_as_transfer(staff(), id, *topic_id, to, "", "vereinbart", 7100);
  ASSERT_TRUE(transfer_id.ok()) << transfer_id.error().message;
  auto topics = service().topics(region_a_, id);
  ASSERT_TRUE(topics.ok());
  ASSERT_EQ(topics->size(), 1u);
  EXPECT_EQ(topics->front().transfer_id, *transfer_id);
  auto transfer = db_->read_value([&](UnitOfWork& uow) { return uow.transfers().find(region_a_, *transfer_id); });
  ASSERT_TRUE(transfer.ok() && transfer->has_value());
  EXPECT_EQ((*transfer)->topic, "Sprachkurse für Azubis");
  EXPECT_EQ((*transfer)->from.event, "Dialogforum (2026-03-10)");
  EXPECT_EQ((*transfer)->date, "2026-03-10");
  EXPECT_EQ((*transfer)->to.network_id, network_);
  auto twice = service().follow_up_as_transfer(staff(), id, *topic_id, to, "", "", 7200);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);
  // The event cannot be deleted while the transfer points to it.
  auto refused = service().delete_event(staff(), id, 7300);
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(refused.error().fields.contains("transfers"));
}

TEST_P(EventStorage, InvitationsNameTheirTargetAndRefuseForeignOnes) {
  const Id id = create_event(sample("Forum", "2026-03-10T18:00"));
  Invitation i;
  i.event_id = id;
  i.kind = InvitationKind::network;
  i.target_id = network_;
  i.invited_on = "2026-02-01";
  ASSERT_TRUE(service().invite(staff(), i, 7000).ok());
  i.kind = InvitationKind::organisation;
  i.target_id = bakery_;
  ASSERT_TRUE(service().invite(staff(), i, 7000).ok());
  i.target_id = network_ + 1000;
  auto refused = service().invite(staff(), i, 7000);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at("target_id"), "events.validation.invitation_target");
  auto list = service().invitations(region_a_, id);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].target_name, "Netzwerk Ausbildung");
  EXPECT_EQ((*list)[1].target_name, "Bäckerei Sonnenschein");
}

TEST_P(EventStorage, TheFeedTokenFindsItsRegionUntilItIsRotated) {
  auto token = service().rotate_feed_token(staff(), 7000);
  ASSERT_TRUE(token.ok());
  auto region = service().region_of_feed(*token);
  ASSERT_TRUE(region.ok() && region->has_value());
  EXPECT_EQ(**region, region_a_);
  auto next = service().rotate_feed_token(staff(), 7100);
  ASSERT_TRUE(next.ok());
  auto old = service().region_of_feed(*token);
  ASSERT_TRUE(old.ok());
  EXPECT_FALSE(old->has_value());
}

BB_ON_BOTH_BACKENDS(EventStorage);

}  // namespace
}  // namespace bb::storage_tests
