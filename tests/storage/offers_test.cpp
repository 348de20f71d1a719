// Offers & needs (issue 5) on both backends: offer round trips with their municipalities,
// target groups, languages and translations; list filters and paging; full-text search with
// German stemming and umlaut folding — and the same top results on SQLite and PostgreSQL for one
// corpus; criteria, assessments and the lists of the check; needs; tenant isolation.
#include "storage_fixture.hpp"

#include <set>

namespace bb::storage_tests {
namespace {

using namespace bb::domain;
using bb::storage::OfferQuery;

class OfferStorage : public StorageTest {
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
      Organisation o;
      o.type = "education_provider";
      o.name = "Bildungswerk";
      auto p1 = uow.organisations().create(region_a_, o, 100);
      o.name = "Migrantenverein";
      auto p2 = uow.organisations().create(region_a_, o, 100);
      o.name = "Fremder Träger";
      auto p3 = uow.organisations().create(region_b_, o, 100);
      if (!p1 || !p2 || !p3) return Error::internal("organisation");
      provider_ = *p1;
      other_provider_ = *p2;
      provider_b_ = *p3;
      return success();
    });
  }

  static Offer offer(Id provider, const std::string& title, const std::string& description = "") {
    Offer o;
    o.provider_id = provider;
    o.title = title;
    o.description = description;
    o.target_groups = {"young_refugees"};
    o.field = "career_orientation";
    o.format = "course";
    o.status = "running";
    return o;
  }
  Id add(Id region, const Offer& o) {
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.offers().create(region, o, 5000); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
  std::vector<std::string> titles(Id region, const OfferQuery& q) {
    auto page = db_->read_value([&](UnitOfWork& uow) { return uow.offers().list(region, q); });
    EXPECT_TRUE(page.ok()) << page.error().message;
    std::vector<std::string> out;
    if (page.ok())
      for (const auto& v : page->items) out.push_back(v.offer.title);
    return out;
  }
  std::vector<std::string> search(const std::string& text) {
    OfferQuery q;
    q.search = text;
    return titles(region_a_, q);
  }

  Id region_a_ = 0, region_b_ = 0, hannover_ = 0, garbsen_ = 0, provider_ = 0, other_provider_ = 0, provider_b_ = 0;
};

TEST_P(OfferStorage, AnOfferRoundTripsWithItsMunicipalitiesGroupsLanguagesAndProvider) {
  Offer o = offer(provider_, "Bewerbungstraining", "Lebenslauf und Anschreiben");
  o.target_groups = {"young_refugees", "parents"};
  o.municipality_ids = {garbsen_, hannover_};
  o.languages = {"de", "ar"};
  o.capacity = 12;
  o.starts_on = "2026-01-01";
  o.ends_on = "2026-12-31";
  o.funding_source = "ESF Plus";
  o.funding_ends_on = "2026-12-31";
  o.published = true;
  o.last_verified_on = "2026-11-01";
  const Id id = add(region_a_, o);
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.offers().find(region_a_, id); });
  ASSERT_TRUE(found.ok() && found->has_value());
  const Offer& f = **found;
  EXPECT_EQ(f.title, "Bewerbungstraining");
  EXPECT_EQ(f.provider_id, provider_);
  EXPECT_EQ(f.target_groups, (std::vector<std::string>{"young_refugees", "parents"}));
  EXPECT_EQ(std::set<Id>(f.municipality_ids.begin(), f.municipality_ids.end()), (std::set<Id>{hannover_, garbsen_}));
  EXPECT_EQ(f.languages, (std::vector<std::string>{"de", "ar"}));
  EXPECT_EQ(f.capacity, std::optional<std::int64_t>(12));
  EXPECT_EQ(f.funding_ends_on, "2026-12-31");
  EXPECT_TRUE(f.published);
  EXPECT_FALSE(f.contact_id.has_value());
}

TEST_P(OfferStorage, ListFiltersByGroupFieldMunicipalityStatusProviderLanguageAndPeriod) {
  Offer a = offer(provider_, "Alpha");
  a.municipality_ids = {hannover_};
  a.languages = {"tr"};
  a.starts_on = "2026-01-01";
  a.ends_on = "2026-06-30";
  add(region_a_, a);
  Offer b = offer(other_provider_, "Beta");
  b.target_groups = {"parents"};
  b.field = "parents_work";
  b.status = "planned";
  add(region_a_, b);  // whole region
  Offer c = offer(provider_, "Gamma");
  c.municipality_ids = {garbsen_};
  add(region_a_, c);

  OfferQuery q;
  q.target_group = "parents";
  EXPECT_EQ(titles(region_a_, q), (std::vector<std::string>{"Beta"}));
  q = {};
  q.field = "career_orientation";
  EXPECT_EQ(titles(region_a_, q), (std::vector<std::string>{"Alpha", "Gamma"}));
  q = {};
  q.municipality_id = hannover_;  // its own offers and those for the whole region
  EXPECT_EQ(titles(region_a_, q), (std::vector<std::string>{"Alpha", "Beta"}));
  q = {};
  q.status = "planned";
  EXPECT_EQ(titles(region_a_, q), (std::vector<std::string>{"Beta"}));
  q = {};
  q.provider_id = provider_;
  EXPECT_EQ(titles(region_a_, q), (std::vector<std::string>{"Alpha", "Gamma"}));
  q = {};
  q.language = "tr";
  EXPECT_EQ(titles(region_a_, q), (std::vector<std::string>{"Alpha"}));
  q = {};
  q.active_on = "2026-08-01";  // Alpha has ended by then
  EXPECT_EQ(titles(region_a_, q), (std::vector<std::string>{"Beta", "Gamma"}));
  q = {};
  q.limit = 2;
  q.offset = 2;
  auto page = db_->read_value([&](UnitOfWork& uow) { return uow.offers().list(region_a_, q); });
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 3);
  ASSERT_EQ(page->items.size(), 1U);
  EXPECT_EQ(page->items[0].offer.title, "Gamma");
  EXPECT_EQ(page->items[0].provider_name, "Bildungswerk");
}

TEST_P(OfferStorage, SearchStemsGermanWordsAndFoldsUmlauts) {
  add(region_a_, offer(provider_, "Ausbildung im Handwerk", "Begleitung für Auszubildende"));
  add(region_a_, offer(provider_, "Elterncafé bei Frau Müller", "Informationen über das Schulsystem"));
  add(region_a_, offer(provider_, "Sprachkurs", "Deutsch für den Beruf"));
  EXPECT_EQ(search("Ausbildungen"), (std::vector<std::string>{"Ausbildung im Handwerk"}));
  EXPECT_EQ(search("Muller"), (std::vector<std::string>{"Elterncafé bei Frau Müller"}));
  EXPECT_EQ(search("elterncafe"), (std::vector<std::string>{"Elterncafé bei Frau Müller"}));
  EXPECT_EQ(search("Information"), (std::vector<std::string>{"Elterncafé bei Frau Müller"})) << "singular finds plural";
  EXPECT_EQ(search("deutsch beruf"), (std::vector<std::string>{"Sprachkurs"}));
  EXPECT_TRUE(search("deutsch handwerk").empty()) << "every word must match";
  EXPECT_EQ(search("ausbild").size(), 1U) << "a word's beginning finds it";
}

TEST_P(OfferStorage, SearchFindsTranslationsAndForgetsThemWhenRemoved) {
  const Id id = add(region_a_, offer(provider_, "Berufsorientierung"));
  must_write([&](UnitOfWork& uow) {
    return uow.offers().put_translation(region_a_, {id, "en", "Career guidance", "Find your trade", 0}, 6000);
  });
  EXPECT_EQ(search("career"), (std::vector<std::string>{"Berufsorientierung"}));
  auto translations = db_->read_value([&](UnitOfWork& uow) { return uow.offers().translations(region_a_, id); });
  ASSERT_TRUE(translations.ok());
  ASSERT_EQ(translations->size(), 1U);
  EXPECT_EQ((*translations)[0].title, "Career guidance");
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto removed = uow.offers().remove_translation(region_a_, id, "en");
    if (!removed) return removed.error();
    return *removed ? success() : Error::internal("not removed");
  });
  EXPECT_TRUE(search("career").empty());
}

TEST_P(OfferStorage, SearchRanksTitleHitsFirst) {
  add(region_a_, offer(provider_, "Sprachcafé", "Nachhilfe in Mathematik und Deutsch"));
  add(region_a_, offer(provider_, "Nachhilfe für Azubis", "Mathematik"));
  EXPECT_EQ(search("nachhilfe"), (std::vector<std::string>{"Nachhilfe für Azubis", "Sprachcafé"}));
}

TEST_P(OfferStorage, AnotherRegionNeverSeesChangesOrDeletesAnOffer) {
  const Id id = add(region_a_, offer(provider_, "Nur in A"));
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.offers().find(region_b_, id); });
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->has_value());
  EXPECT_TRUE(titles(region_b_, {}).empty());
  Offer changed = offer(provider_, "Übernommen");
  changed.id = id;
  auto updated = db_->write_value([&](UnitOfWork& uow) { return uow.offers().update(region_b_, changed, 7000); });
  ASSERT_TRUE(updated.ok());
  EXPECT_FALSE(*updated);
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.offers().remove(region_b_, id); });
  ASSERT_TRUE(removed.ok());
  EXPECT_FALSE(*removed);
  OfferQuery q;
  q.search = "Nur";
  EXPECT_TRUE(titles(region_b_, q).empty());
  EXPECT_EQ(titles(region_a_, q), (std::vector<std::string>{"Nur in A"}));
}

TEST_P(OfferStorage, DeletingAnOfferRemovesItFromSearch) {
  const Id id = add(region_a_, offer(provider_, "Kurzzeitangebot"));
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.offers().remove(region_a_, id); });
  ASSERT_TRUE(removed.ok() && *removed);
  EXPECT_TRUE(search("Kurzzeitangebot").empty());
}

TEST_P(OfferStorage, AssessmentsKeepHistoryAndFeedTheListsOfTheCheck) {
  const Id checked = add(region_a_, offer(provider_, "Geprüft"));
  add(region_a_, offer(provider_, "Nie geprüft"));
  Offer ended = offer(provider_, "Beendet");
  ended.status = "ended";
  add(region_a_, ended);
  Id c1 = 0, c2 = 0;
  must_write([&](UnitOfWork& uow) -> Result<void> {
    Criterion c;
    c.key = "parents_reached";
    c.weight = 2;
    auto a = uow.criteria().create(region_a_, c);
    c.key = "usage_data";
    c.position = 1;
    auto b = uow.criteria().create(region_a_, c);
    if (!a || !b) return Error::internal("criteria");
    c1 = *a;
    c2 = *b;
    return uow.criteria().mark_seeded(region_a_, 10);
  });
  auto assess = [&](const std::string& on, const std::string& next, const std::string& l1, const std::string& l2) {
    Assessment a;
    a.offer_id = checked;
    a.assessed_on = on;
    a.next_review_on = next;
    a.ratings = {{c1, l1, "Beleg"}, {c2, l2, ""}};
    a.score = 50;
    a.actions = {"Flyer übersetzen", "Elternabend anbieten"};
    return db_->write_value([&](UnitOfWork& uow) { return uow.assessments().create(region_a_, a, 8000); });
  };
  ASSERT_TRUE(assess("2025-01-10", "2025-07-10", "not_met", "met").ok());
  ASSERT_TRUE(assess("2026-01-10", "2026-07-10", "partly", "met").ok());

  auto history = db_->read_value([&](UnitOfWork& uow) { return uow.assessments().of_offer(region_a_, checked); });
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2U);
  EXPECT_EQ((*history)[0].assessed_on, "2026-01-10") << "newest first";
  ASSERT_EQ((*history)[0].ratings.size(), 2U);
  EXPECT_EQ((*history)[0].ratings[0].level, "partly");
  EXPECT_EQ((*history)[0].ratings[0].evidence, "Beleg");
  EXPECT_EQ((*history)[0].actions, (std::vector<std::string>{"Flyer übersetzen", "Elternabend anbieten"}));

  auto never = db_->read_value([&](UnitOfWork& uow) { return uow.assessments().never_checked(region_a_, 100); });
  ASSERT_TRUE(never.ok());
  ASSERT_EQ(never->size(), 1U) << "ended offers are not asked for";
  EXPECT_EQ((*never)[0].offer_title, "Nie geprüft");

  auto due = db_->read_value([&](UnitOfWork& uow) { return uow.assessments().due_for_review(region_a_, "2026-08-01", 100); });
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->size(), 1U);
  EXPECT_EQ((*due)[0].next_review_on, "2026-07-10") << "the latest assessment decides";
  auto not_yet = db_->read_value([&](UnitOfWork& uow) { return uow.assessments().due_for_review(region_a_, "2026-07-09", 100); });
  ASSERT_TRUE(not_yet.ok());
  EXPECT_TRUE(not_yet->empty());

  auto standings = db_->read_value([&](UnitOfWork& uow) { return uow.assessments().criterion_standings(region_a_); });
  ASSERT_TRUE(standings.ok());
  ASSERT_EQ(standings->size(), 2U);
  EXPECT_EQ((*standings)[0].criterion_id, c1) << "weakest first, counted on the latest assessment only";
  EXPECT_EQ((*standings)[0].partly, 1);
  EXPECT_EQ((*standings)[0].not_met, 0);
  EXPECT_EQ((*standings)[0].fulfilment, std::optional<int>(50));
  EXPECT_EQ((*standings)[1].fulfilment, std::optional<int>(100));

  auto uses = db_->read_value([&](UnitOfWork& uow) { return uow.criteria().uses(region_a_, c1); });
  ASSERT_TRUE(uses.ok());
  EXPECT_EQ(*uses, 2);
  auto seeded_b = db_->read_value([&](UnitOfWork& uow) { return uow.criteria().seeded(region_b_); });
  ASSERT_TRUE(seeded_b.ok());
  EXPECT_FALSE(*seeded_b);
}

TEST_P(OfferStorage, NeedsRoundTripFilterAndBlockDeletingTheirOffer) {
  const Id answer = add(region_a_, offer(provider_, "Antwort"));
  Need n;
  n.organisation_id = other_provider_;
  n.target_group = "parents";
  n.field = "parents_work";
  n.description = "Eltern fragen nach Informationsabenden auf Arabisch";
  n.urgency = "high";
  n.reported_on = "2026-10-01";
  n.municipality_id = garbsen_;
  const auto first = db_->write_value([&](UnitOfWork& uow) { return uow.needs().create(region_a_, n, 9000); });
  ASSERT_TRUE(first.ok());
  n.status = "addressed";
  n.offer_id = answer;
  n.reported_on = "2026-10-05";
  n.urgency = "low";
  const auto second = db_->write_value([&](UnitOfWork& uow) { return uow.needs().create(region_a_, n, 9000); });
  ASSERT_TRUE(second.ok());

  storage::NeedQuery q;
  auto all = db_->read_value([&](UnitOfWork& uow) { return uow.needs().list(region_a_, q); });
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->total, 2);
  EXPECT_EQ(all->items[0].need.id, *second) << "newest report first";
  EXPECT_EQ(all->items[0].offer_title, "Antwort");
  EXPECT_EQ(all->items[0].organisation_name, "Migrantenverein");
  q.status = "open";
  q.urgency = "high";
  q.municipality_id = garbsen_;
  auto open = db_->read_value([&](UnitOfWork& uow) { return uow.needs().list(region_a_, q); });
  ASSERT_TRUE(open.ok());
  ASSERT_EQ(open->items.size(), 1U);
  EXPECT_EQ(open->items[0].need.id, *first);

  auto blockers = db_->read_value([&](UnitOfWork& uow) { return uow.offers().dependent_needs(region_a_, answer); });
  ASSERT_TRUE(blockers.ok());
  EXPECT_EQ(*blockers, 1);
  auto dependants =
      db_->read_value([&](UnitOfWork& uow) { return uow.organisations().dependants(region_a_, other_provider_); });
  ASSERT_TRUE(dependants.ok());
  EXPECT_EQ(dependants->needs, 2);
  EXPECT_TRUE(dependants->any());

  auto other = db_->read_value([&](UnitOfWork& uow) { return uow.needs().find(region_b_, *first); });
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other->has_value());
}

BB_ON_BOTH_BACKENDS(OfferStorage);

// ----- the same top results on both engines -----

// A corpus of offers with German inflections, umlauts and shared words, loaded into a fresh
// SQLite and a fresh PostgreSQL database; every query must give the same ordered hits.
TEST(OfferSearchOnBothBackends, GiveTheSameTopResultsForTheTestCorpus) {
  TempDir dir;
  const std::vector<std::string> urls = {"sqlite:" + (dir.path() / "search.sqlite").string(),
                                         bb::testing::PostgresServer::shared().create_database()};
  const std::vector<std::pair<std::string, std::string>> corpus = {
      {"Ausbildungsbegleitung im Handwerk", "Begleitung von Auszubildenden während der Ausbildung"},
      {"Ausbildung in Teilzeit", "Für junge Eltern, die eine Ausbildung beginnen"},
      {"Elterncafé Müller", "Eltern informieren sich über Ausbildungsberufe und das Schulsystem"},
      {"Bewerbungswerkstatt", "Bewerbungen schreiben, Vorstellungsgespräche üben"},
      {"Sprachförderung für Azubis", "Deutsch für den Beruf, Nachhilfe in Fachsprache"},
      {"Berufsorientierung für Geflüchtete", "Praktika in Betrieben, Berufe kennenlernen"},
      {"Anerkennungsberatung", "Anerkennung ausländischer Abschlüsse und aufenthaltsrechtliche Fragen"},
      {"Betriebsberatung Ausbildungsberechtigung", "Betriebe erwerben die Ausbildereignung (AEVO)"},
      {"Mentoring für Jugendliche", "Ehrenamtliche Mentorinnen begleiten Jugendliche in die Ausbildung"},
      {"Einstiegsqualifizierung", "Betriebliche EQ als Brücke in die Ausbildung"},
      {"Infoabend für Eltern", "Elternabend zur dualen Ausbildung in mehreren Sprachen"},
      {"Nachhilfe Mathematik", "Prüfungsvorbereitung für Auszubildende"},
  };
  const std::vector<std::string> queries = {"Ausbildungen", "ausbildung eltern", "Muller", "Berufe", "Betrieb",
                                            "Auszubildender", "Nachhilfe", "Elternabende", "sprache", "anerkennung"};
  std::vector<std::vector<std::vector<std::string>>> results(urls.size());
  for (std::size_t u = 0; u < urls.size(); ++u) {
    auto opened = bb::storage::open_database(urls[u]);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    auto db = std::move(opened).value();
    Id region_id = 0;
    auto loaded = db->write([&](UnitOfWork& uow) -> Result<void> {
      auto region = uow.regions().create("r", "Region", 1);
      if (!region) return region.error();
      region_id = *region;
      Organisation p;
      p.name = "Träger";
      p.type = "education_provider";
      auto provider = uow.organisations().create(*region, p, 1);
      if (!provider) return provider.error();
      for (const auto& [title, description] : corpus) {
        Offer o;
        o.provider_id = *provider;
        o.title = title;
        o.description = description;
        o.target_groups = {"parents"};
        o.field = "career_orientation";
        o.format = "course";
        if (auto id = uow.offers().create(*region, o, 1); !id) return id.error();
      }
      return success();
    });
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    for (const auto& query : queries) {
      OfferQuery q;
      q.search = query;
      q.limit = 5;
      auto page = db->read_value([&](UnitOfWork& uow) { return uow.offers().list(region_id, q); });
      ASSERT_TRUE(page.ok()) << page.error().message;
      std::vector<std::string> hits;
      for (const auto& v : page->items) hits.push_back(v.offer.title);
      results[u].push_back(std::move(hits));
    }
  }
  for (std::size_t i = 0; i < queries.size(); ++i) {
    EXPECT_EQ(results[0][i], results[1][i]) << "query \"" << queries[i] << "\": SQLite vs PostgreSQL";
    EXPECT_FALSE(results[0][i].empty()) << "query \"" << queries[i] << "\" finds something";
  }
  // Spot checks that the shared answer is the right one.
  EXPECT_EQ(results[0][2], (std::vector<std::string>{"Elterncafé Müller"}));
  EXPECT_EQ(results[0][0].front(), "Ausbildung in Teilzeit") << "title hits first, then by title";
}

}  // namespace
}  // namespace bb::storage_tests
