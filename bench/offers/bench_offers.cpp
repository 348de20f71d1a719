// bench_offers: the offer search (issue 5) at the scale of a national installation, on one
// backend. Generates 31 regions with 50,000 offers (Zipf-distributed over the regions, so the
// largest holds ~12k) with German titles and descriptions through the repositories, one write
// transaction per region (not timed as a figure). Then runs the offer list as GET /offers and
// the later finder run it: a search term (stemmed, folded; FTS5 / tsvector), optionally a
// filter (municipality, target group), first page of 20 with the total, through
// OfferService::list_offers, in the largest region and in random ones. Prints "key value" lines.
//   bench_offers [--db URL | --postgres] [--queries N] [--offers N]
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "domain/offers.hpp"
#include "services/offer_service.hpp"
#include "storage/database.hpp"
#ifdef BB_BENCH_POSTGRES
#include "postgres_server.hpp"
#endif

namespace {

using namespace bb;
using Clock = std::chrono::steady_clock;
using domain::Id;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

const std::vector<std::string> kTitles = {
    "Bewerbungstraining", "Ausbildungsbegleitung", "Elterncafé Ausbildung", "Berufsorientierung kompakt",
    "Praxistage im Handwerk", "Einstiegsqualifizierung mit Sprachförderung", "Nachhilfe für Auszubildende",
    "Anerkennungsberatung", "Betriebsberatung Ausbildung", "Mentoring für Jugendliche", "Berufssprachkurs",
    "Sprechstunde Aufenthalt und Ausbildung", "Infoabend für Eltern", "Bewerbungswerkstatt", "Jobcafé"};
const std::vector<std::string> kWords = {
    "Ausbildung", "Eltern", "Betriebe", "Geflüchtete", "Sprache", "Prüfung", "Praktikum", "Beruf", "Schule",
    "Anerkennung", "Lebenslauf", "Vorstellungsgespräch", "Mathematik", "Deutsch", "Handwerk", "Pflege",
    "Logistik", "Müller", "Straße", "Jugendliche", "Zukunft", "Beratung", "Begleitung", "mehrsprachig"};
// As users type them: inflected, without umlauts, fragments, two words.
const std::vector<std::string> kSearches = {"Ausbildungen", "bewerbung", "Eltern", "muller", "Sprachkurse",
                                            "praktika", "anerkennung", "Nachhilfe Mathematik", "handwerk",
                                            "jugendlichen", "pflege", "beratung eltern", "AEVO", "strasse",
                                            "Berufe", "deutsch prüfung"};

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

template <typename T>
T must(Result<T> r, const char* what) {
  if (!r) {
    std::cerr << what << ": " << r.error().message << '\n';
    std::exit(1);
  }
  return std::move(*r);
}

}  // namespace

int main(int argc, char** argv) {
  std::string url;
  bool postgres = false;
  int queries = 1000;
  int total_offers = 50000;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--db" && i + 1 < argc) {
      url = argv[++i];
    } else if (a == "--postgres") {
      postgres = true;
    } else if (a == "--queries" && i + 1 < argc) {
      queries = std::atoi(argv[++i]);
    } else if (a == "--offers" && i + 1 < argc) {
      total_offers = std::atoi(argv[++i]);
    } else {
      std::cerr << "usage: bench_offers [--db URL | --postgres] [--queries N] [--offers N]\n";
      return 2;
    }
  }
  if (postgres) {
#ifdef BB_BENCH_POSTGRES
    url = testing::PostgresServer::shared().create_database();
#else
    std::cerr << "built without the test harness: no --postgres\n";
    return 2;
#endif
  }
  if (url.empty()) url = "sqlite:/tmp/bench_offers.db";
  auto db = must(storage::open_database(url, {2, true}), "open");
  std::mt19937_64 rng(20261125);
  auto pick = [&](const std::vector<std::string>& v) -> const std::string& { return v[rng() % v.size()]; };

  constexpr int kRegions = 31;
  std::vector<double> weight(kRegions);
  double weight_sum = 0;
  for (int r = 0; r < kRegions; ++r) weight_sum += (weight[static_cast<std::size_t>(r)] = 1.0 / (r + 1));
  struct Region {
    Id id = 0;
    std::vector<Id> municipalities;
    int offers = 0;
  };
  std::vector<Region> regions(kRegions);
  const auto generating = Clock::now();
  int made = 0;
  for (int r = 0; r < kRegions; ++r) {
    auto& region = regions[static_cast<std::size_t>(r)];
    region.offers = r + 1 == kRegions ? total_offers - made
                                      : static_cast<int>(total_offers * weight[static_cast<std::size_t>(r)] / weight_sum);
    made += region.offers;
    auto written = db->write([&](storage::UnitOfWork& uow) -> Result<void> {
      region.id = must(uow.regions().create("region-" + std::to_string(r), "Region " + std::to_string(r), 1), "region");
      for (int m = 0; m < 21; ++m)
        region.municipalities.push_back(
            must(uow.regions().add_municipality(region.id, "Gemeinde " + std::to_string(m)), "municipality"));
      std::vector<Id> providers;
      for (int p = 0; p < 40; ++p) {
        domain::Organisation o;
        o.name = "Träger " + std::to_string(r) + "-" + std::to_string(p);
        o.type = "education_provider";
        providers.push_back(must(uow.organisations().create(region.id, o, 1), "provider"));
      }
      for (int i = 0; i < region.offers; ++i) {
        domain::Offer o;
        o.provider_id = providers[rng() % providers.size()];
        o.title = pick(kTitles) + " " + pick(kWords);
        for (int w = 0; w < 25; ++w) o.description += pick(kWords) + (w % 8 == 7 ? ". " : " ");
        o.target_groups = {std::string(domain::kTargetGroups[rng() % domain::kTargetGroups.size()])};
        o.field = std::string(domain::kOfferFields[rng() % domain::kOfferFields.size()]);
        o.format = std::string(domain::kOfferFormats[rng() % domain::kOfferFormats.size()]);
        if (rng() % 5 != 0) o.municipality_ids = {region.municipalities[rng() % region.municipalities.size()]};
        o.languages = {"de"};
        must(uow.offers().create(region.id, o, 1), "offer");
      }
      return success();
    });
    if (!written) {
      std::cerr << "generation: " << written.error().message << '\n';
      return 1;
    }
  }
  std::cout << "generation_s " << ms_since(generating) / 1000 << '\n';
  std::cout << "offers " << made << "\nlargest_region_offers " << regions[0].offers << '\n';

  services::OfferService offers(*db);
  auto run = [&](const char* name, bool largest, bool filtered) {
    std::vector<double> times;
    std::int64_t hits = 0;
    for (int q = 0; q < queries; ++q) {
      const auto& region = largest ? regions[0] : regions[rng() % regions.size()];
      storage::OfferQuery query;
      query.search = pick(kSearches);
      query.limit = 20;
      if (filtered) {
        if (q % 2 == 0) query.municipality_id = region.municipalities[rng() % region.municipalities.size()];
        else query.target_group = std::string(domain::kTargetGroups[rng() % domain::kTargetGroups.size()]);
      }
      const auto start = Clock::now();
      auto page = must(offers.list_offers(region.id, query), "search");
      times.push_back(ms_since(start));
      hits += page.total;
    }
    std::cout << name << "_p50_ms " << percentile(times, 0.5) << '\n'
              << name << "_p99_ms " << percentile(times, 0.99) << '\n'
              << name << "_mean_hits " << static_cast<double>(hits) / std::max(queries, 1) << '\n';
  };
  run("search_largest_region", true, false);
  run("search_largest_region_filtered", true, true);
  run("search_any_region", false, false);
  return 0;
}
