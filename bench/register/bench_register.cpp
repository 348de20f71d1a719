// bench_register: the register (issue 3) at the scale of a national installation, on one
// backend. Generates 31 regions with 60,000 organisations (Zipf-distributed over the regions,
// so the largest holds ~15k), 2,000 networks, 200,000 memberships and 100,000 ties through the
// repositories, one write transaction per region (generation is not timed as a figure). Then:
//  - the organisation list as /organisations runs it: a filter (type + municipality, migrant-led,
//    type, or municipality) plus a search term, first page of 25, sorted by name, with the total;
//    timed around RegisterService::list_organisations (one read transaction: COUNT + page);
//    also the page's other reads (municipalities, types, all networks) as "page_db";
//  - the 50,000-row CSV organisation import as the CLI runs it (parse_csv, default mapping,
//    RegisterService::import_organisations, not a dry run) into the largest region.
// Prints "key value" lines (see run.sh). Usage:
//   bench_register [--db URL | --postgres] [--queries N] [--import-rows N] [--scale F]
// --scale F generates F times the national data (e.g. 0.05 to try a change quickly; the figures
// of docs/PERFORMANCE.md are at scale 1).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "domain/register.hpp"
#include "services/register_service.hpp"
#include "services/spreadsheet.hpp"
#include "storage/database.hpp"
#include "storage/register_repositories.hpp"
#ifdef BB_BENCH_POSTGRES
#include "postgres_server.hpp"
#endif

namespace {

using namespace bb;
using Clock = std::chrono::steady_clock;
using domain::Id;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }
// CPU time of this process (all threads), in ms: unlike wall time, not inflated by other load.
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1000 + static_cast<double>(ts.tv_nsec) / 1e6;
}

const std::vector<std::string> kPrefixes = {
    "Bäckerei",  "Autohaus",  "Malerbetrieb", "Elektro",    "Pflegedienst", "Bildungswerk", "Kulturverein",
    "Gartenbau", "Praxis",    "Steuerbüro",   "Tischlerei", "Sanitär",      "Logistik",     "Friseursalon",
    "Restaurant", "Gebäudereinigung", "Metallbau", "Dachdecker", "Kfz-Werkstatt", "Café"};
const std::vector<std::string> kSurnames = {
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber",   "Meyer",  "Wagner",   "Becker",  "Schulz",
    "Hoffmann", "Schäfer", "Koch",    "Bauer",   "Richter", "Klein",  "Wolf",     "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Yılmaz", "Kaya",   "Demir",   "Şahin",  "Nowak",    "Kowalski", "Popescu",
    "Ivanov",  "Özdemir", "Krüger",   "Hartmann", "Lange",  "Werner", "Krause",   "Lehmann", "Köhler"};
const std::vector<std::string> kSuffixes = {"GmbH", "e.K.", "GmbH & Co. KG", "e.V.", "UG", "", "OHG", "AG"};
// As users type them: umlauts or not, any case, whole words, fragments, two words.
const std::vector<std::string> kSearches = {
    "Müller", "muller", "schmidt", "Bäckerei", "backerei", "elektro", "kaya", "yilmaz", "Schäfer", "bau",
    "Tischlerei Koch", "pflege", "steuer", "weber", "Özdemir", "ozdemir", "café", "kfz", "krüger", "Logistik Wolf",
    "mei", "sch", "gmbh", "friseur", "hoffmann", "Praxis Lange"};

struct Region {
  Id id = 0;
  std::vector<Id> municipalities;
  std::vector<std::string> municipality_names;
  std::vector<Id> organisations;
  std::vector<Id> networks;
};

template <typename T>
T must(Result<T> r, const char* what) {
  if (!r) {
    std::cerr << what << ": " << r.error().message << '\n';
    std::exit(1);
  }
  return std::move(*r);
}
void must(Result<void> r, const char* what) {
  if (!r) {
    std::cerr << what << ": " << r.error().message << '\n';
    std::exit(1);
  }
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

domain::Organisation random_organisation(std::mt19937_64& rng, const Region& region, int serial) {
  auto pick = [&](const auto& v) -> const auto& { return v[rng() % v.size()]; };
  domain::Organisation o;
  const bool company = rng() % 10 < 7;
  std::string suffix = pick(kSuffixes);
  o.name = pick(kPrefixes) + " " + pick(kSurnames) + (suffix.empty() ? "" : " " + suffix);
  if (rng() % 4 == 0) o.name += " " + std::to_string(serial);
  o.type = company ? std::string("company")
                   : std::string(domain::kBuiltinOrganisationTypes[rng() % domain::kBuiltinOrganisationTypes.size()]);
  o.municipality_id = region.municipalities[rng() % region.municipalities.size()];
  o.address = "Hauptstraße " + std::to_string(rng() % 200 + 1);
  o.email = "info" + std::to_string(serial) + "@example.org";
  o.phone = "0511 " + std::to_string(100000 + rng() % 900000);
  o.languages = {"de"};
  if (rng() % 3 == 0) o.languages.push_back(rng() % 2 ? "tr" : "ar");
  if (rng() % 3 == 0) o.tags = {rng() % 2 ? "ausbildung" : "integration"};
  o.active = rng() % 20 != 0;
  if (company) {
    o.size = static_cast<domain::CompanySize>(rng() % 4);
    o.sector = rng() % 2 ? "Handwerk" : "Handel";
    o.migrant_led = rng() % 6 == 0;
    o.may_train = rng() % 3 == 0;
    o.trains_now = o.may_train && rng() % 2 == 0;
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  std::string url;
  bool postgres = false;
  int queries = 2000;
  int import_rows = 50000;
  double scale = 1.0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--db" && i + 1 < argc) url = argv[++i];
    else if (a == "--postgres") postgres = true;
    else if (a == "--queries" && i + 1 < argc) queries = std::atoi(argv[++i]);
    else if (a == "--import-rows" && i + 1 < argc) import_rows = std::atoi(argv[++i]);
    else if (a == "--scale" && i + 1 < argc) scale = std::atof(argv[++i]);
    else {
      std::cerr << "usage: bench_register [--db URL | --postgres] [--queries N] [--import-rows N] [--scale F]\n";
      return 2;
    }
  }
  if (postgres) {
#ifdef BB_BENCH_POSTGRES
    url = testing::PostgresServer::shared().create_database();
#else
    std::cerr << "built without the test harness (BUILD_TESTING off): no --postgres\n";
    return 2;
#endif
  }
  if (url.empty()) url = "sqlite:/tmp/bench_register.db";
  const std::string backend = postgres ? "postgresql" : "sqlite";
  auto db = must(storage::open_database(url, {2, true}), "open");
  services::RegisterService svc(*db);
  std::mt19937_64 rng(20261125);

  // ---------------------------------------------------------------- generation
  constexpr int kRegions = 31;
  const int kOrganisations = static_cast<int>(60000 * scale), kNetworks = std::max(250, static_cast<int>(2000 * scale)),
            kMemberships = static_cast<int>(200000 * scale), kTies = static_cast<int>(100000 * scale);
  std::vector<double> weight(kRegions);
  double weight_sum = 0;
  for (int r = 0; r < kRegions; ++r) weight_sum += (weight[r] = 1.0 / (r + 1));
  auto share = [&](int r, int total) {  // Zipf share of region r, the remainder to region 0
    int sum = 0;
    for (int i = 1; i < kRegions; ++i) sum += static_cast<int>(total * weight[i] / weight_sum);
    return r == 0 ? total - sum : static_cast<int>(total * weight[r] / weight_sum);
  };
  const auto generating = Clock::now();
  std::vector<Region> regions(kRegions);
  int serial = 0;
  for (int r = 0; r < kRegions; ++r) {
    auto& region = regions[r];
    must(db->write([&](storage::UnitOfWork& uow) -> Result<void> {
           region.id = must(uow.regions().create("region-" + std::to_string(r), "Region " + std::to_string(r), 1000),
                            "region");
           const int municipalities = 8 + r % 20;  // 8..27, Region Hannover has 21
           for (int m = 0; m < municipalities; ++m) {
             region.municipality_names.push_back("Gemeinde " + std::to_string(r) + "-" + std::to_string(m));
             region.municipalities.push_back(
                 must(uow.regions().add_municipality(region.id, region.municipality_names.back()), "municipality"));
           }
           for (int i = share(r, kOrganisations); i > 0; --i)
             region.organisations.push_back(must(
                 uow.organisations().create(region.id, random_organisation(rng, region, ++serial), 2000), "organisation"));
           for (int i = share(r, kNetworks); i > 0; --i) {
             domain::Network n;
             n.name = "Netzwerk " + kSurnames[rng() % kSurnames.size()] + " " + std::to_string(i);
             n.focus = static_cast<domain::NetworkFocus>(rng() % 4);
             n.lead_organisation_id = region.organisations[rng() % region.organisations.size()];
             n.municipality_ids = {region.municipalities[rng() % region.municipalities.size()]};
             region.networks.push_back(must(uow.networks().create(region.id, n, 2000), "network"));
           }
           std::set<std::pair<Id, Id>> seen;
           // At a small --scale a region may have fewer organisation x network pairs than its share.
           const auto pairs = region.networks.size() * region.organisations.size();
           for (int i = static_cast<int>(std::min<std::size_t>(share(r, kMemberships), pairs / 2)); i > 0;) {
             domain::Membership m;
             m.network_id = region.networks[rng() % region.networks.size()];
             m.organisation_id = region.organisations[rng() % region.organisations.size()];
             if (!seen.insert({m.network_id, m.organisation_id}).second) continue;
             m.role = rng() % 20 == 0 ? domain::MembershipRole::guest : domain::MembershipRole::member;
             if (rng() % 3 == 0) m.since = "2022-0" + std::to_string(1 + rng() % 9) + "-01";
             must(uow.memberships().create(region.id, m), "membership");
             --i;
           }
           for (int i = share(r, kTies); i > 0;) {
             domain::Tie t;
             t.organisation_a_id = region.organisations[rng() % region.organisations.size()];
             t.organisation_b_id = region.organisations[rng() % region.organisations.size()];
             if (t.organisation_a_id == t.organisation_b_id) continue;
             t.kind = static_cast<domain::TieKind>(rng() % 4);
             t.intensity = 1 + static_cast<int>(rng() % 3);
             must(uow.ties().create(region.id, t), "tie");
             --i;
           }
           return success();
         }),
         "generate");
  }
  std::cout << "backend " << backend << '\n';
  std::cout << "generated_organisations " << serial << '\n';
  std::cout << "largest_region_organisations " << regions[0].organisations.size() << '\n';
  std::cout << "smallest_region_organisations " << regions.back().organisations.size() << '\n';
  std::cout << "generation_s " << ms_since(generating) / 1000 << '\n';

  // ---------------------------------------------------------------- the organisation list
  std::vector<double> list_ms, list_largest_ms, page_ms, page_names_ms, page_networks_ms;
  std::vector<double> by_filter[4];
  std::int64_t totals = 0;
  // Warm-up (statement caches, page cache), not counted.
  for (int i = 0; i < 50; ++i) {
    storage::OrganisationQuery q;
    q.search = kSearches[i % kSearches.size()];
    q.limit = 25;
    must(svc.list_organisations(regions[i % kRegions].id, q), "warm-up");
  }
  for (int i = 0; i < queries; ++i) {
    // Half of the queries in the largest region, the rest spread over all.
    const auto& region = i % 2 == 0 ? regions[0] : regions[rng() % kRegions];
    storage::OrganisationQuery q;
    const int filter = i / 2 % 4;
    switch (filter) {
      case 0:
        q.type = "company";
        q.municipality_id = region.municipalities[rng() % region.municipalities.size()];
        break;
      case 1:
        q.migrant_led = true;
        break;
      case 2:
        q.type = "company";
        break;
      case 3:
        q.municipality_id = region.municipalities[rng() % region.municipalities.size()];
        break;
    }
    q.search = kSearches[rng() % kSearches.size()];
    q.limit = 25;
    q.offset = 0;
    auto t = Clock::now();
    auto page = must(svc.list_organisations(region.id, q), "list");
    const double ms = ms_since(t);
    totals += page.total;
    list_ms.push_back(ms);
    by_filter[filter].push_back(ms);
    if (&region == &regions[0]) list_largest_ms.push_back(ms);
    // The other reads of GET /organisations: municipalities, types, networks (limit 5000).
    if (i % 4 == 0) {
      t = Clock::now();
      must(db->read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region.id); }), "m");
      must(svc.organisation_types(region.id), "types");
      const double names = ms_since(t);
      t = Clock::now();
      storage::NetworkQuery nq;
      nq.limit = 5000;
      must(svc.list_networks(region.id, nq), "networks");
      const double networks = ms_since(t);
      page_names_ms.push_back(names);
      page_networks_ms.push_back(networks);
      page_ms.push_back(names + networks + ms);
    }
  }
  std::cout << "list_queries " << list_ms.size() << '\n';
  std::cout << "list_mean_total_rows " << totals / std::max<std::size_t>(1, list_ms.size()) << '\n';
  std::cout << "list_p50_ms " << percentile(list_ms, 0.5) << '\n';
  std::cout << "list_p99_ms " << percentile(list_ms, 0.99) << '\n';
  std::cout << "list_max_ms " << percentile(list_ms, 1.0) << '\n';
  std::cout << "list_largest_region_p50_ms " << percentile(list_largest_ms, 0.5) << '\n';
  std::cout << "list_largest_region_p99_ms " << percentile(list_largest_ms, 0.99) << '\n';
  const char* filter_names[4] = {"type_municipality", "migrant_led", "type", "municipality"};
  for (int f = 0; f < 4; ++f)
    std::cout << "list_" << filter_names[f] << "_p99_ms " << percentile(by_filter[f], 0.99) << '\n';
  std::cout << "page_db_p50_ms " << percentile(page_ms, 0.5) << '\n';
  std::cout << "page_db_p99_ms " << percentile(page_ms, 0.99) << '\n';
  std::cout << "page_names_p99_ms " << percentile(page_names_ms, 0.99) << '\n';
  std::cout << "page_networks_p50_ms " << percentile(page_networks_ms, 0.5) << '\n';
  std::cout << "page_networks_p99_ms " << percentile(page_networks_ms, 0.99) << '\n';

  // ---------------------------------------------------------------- the 50k-row import
  if (import_rows > 0) {
    auto& region = regions[0];
    std::string csv = "Name;Typ;Kommune;Adresse;E-Mail;Telefon;Sprachen;Schlagworte;Branche;migrantisch geführt\r\n";
    for (int i = 0; i < import_rows; ++i) {
      auto o = random_organisation(rng, region, 900000 + i);
      o.name += " Import " + std::to_string(i);  // unique: a second one in the file would be rejected
      const auto m = rng() % region.municipality_names.size();
      csv += o.name + ";" + o.type + ";" + region.municipality_names[m] + ";" + o.address + ";" + o.email + ";" +
             o.phone + ";de, tr;" + (i % 3 ? "ausbildung" : "") + ";" + o.sector + ";" + (o.migrant_led ? "ja" : "nein") +
             "\r\n";
    }
    auto t = Clock::now();
    auto table = must(services::parse_csv(csv), "parse_csv");
    const double parse_ms = ms_since(t);
    services::ImportOptions options;
    options.dry_run = false;
    double check_done_ms = 0, write_done_ms = 0;
    const double cpu_before = cpu_ms();
    t = Clock::now();
    options.progress = [&](std::string_view phase, std::size_t done, std::size_t total) {
      if (done != total) return;
      if (phase == "check") check_done_ms = ms_since(t);
      if (phase == "write") write_done_ms = ms_since(t);
    };
    auto report = must(svc.import_organisations(services::RegisterCaller::operator_in(region.id), table,
                                                services::default_organisation_mapping(table.header), options, 3000),
                       "import");
    const double import_ms = ms_since(t);
    const double import_cpu_ms = cpu_ms() - cpu_before;
    if (!report.committed) {
      std::cerr << "import not committed: " << report.rejected << " rejected\n";
      for (const auto& row : report.rows)
        if (!row.problems.empty()) {
          std::cerr << "row " << row.row << ": " << row.problems.front().column << " "
                    << row.problems.front().message_key << '\n';
          break;
        }
      return 1;
    }
    std::cout << "import_rows " << report.created << '\n';
    std::cout << "import_flagged " << report.flagged << '\n';
    std::cout << "import_parse_ms " << parse_ms << '\n';
    // Phases: checking all rows; writing them (INSERT + tags + audit entry per row); then the
    // COMMIT of the one transaction (and whatever the service does after the last row).
    std::cout << "import_check_ms " << check_done_ms << '\n';
    std::cout << "import_write_ms " << write_done_ms - check_done_ms << '\n';
    std::cout << "import_commit_only_ms " << import_ms - write_done_ms << '\n';
    std::cout << "import_commit_s " << import_ms / 1000 << '\n';
    // CPU of this process only: on PostgreSQL the server's work is not in it.
    std::cout << "import_cpu_s " << import_cpu_ms / 1000 << '\n';
    std::cout << "import_with_parse_s " << (import_ms + parse_ms) / 1000 << '\n';
  }
  return 0;
}
