// bench_plans: the action plan (issue 6) at the size the issue names: a plan with 500 measures
// (5 fields, 25 goals, 50 indicators; each measure with a lead, two partners, a municipality and
// a network link), on SQLite. Times (median of N runs, wall and CPU):
//  - outline: PlanService::document, the reads of the outline page (/plans/{id});
//  - diff: PlanService::diff of version 1 against version 2 (100 measures changed, 20 added,
//    10 removed), both read back from their snapshots;
//  - pdf: render_plan_pdf of version 2 (German, two layout passes).
// Prints "key value" lines (see run.sh). Usage: bench_plans [--db URL] [--runs N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "domain/plan.hpp"
#include "services/plan_pdf.hpp"
#include "services/plan_service.hpp"
#include "services/register_service.hpp"
#include "storage/database.hpp"

namespace {

using namespace bb;
using Clock = std::chrono::steady_clock;
using domain::Id;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1000 + static_cast<double>(ts.tv_nsec) / 1e6;
}

template <typename F>
void timed(const char* key, int runs, F&& f) {
  std::vector<double> wall, cpu;
  for (int i = 0; i < runs; ++i) {
    const auto t = Clock::now();
    const double c = cpu_ms();
    f();
    wall.push_back(ms_since(t));
    cpu.push_back(cpu_ms() - c);
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  std::printf("%s_ms %.2f\n%s_cpu_ms %.2f\n", key, wall[wall.size() / 2], key, cpu[cpu.size() / 2]);
}

void must(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "bench_plans: %s failed\n", what);
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string url;
  int runs = 9;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--db" && i + 1 < argc) url = argv[++i];
    if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
  }
  std::filesystem::path dir;
  if (url.empty()) {
    dir = std::filesystem::temp_directory_path() / ("bb-bench-plans-" + std::to_string(::time(nullptr)));
    std::filesystem::create_directories(dir);
    url = "sqlite:" + (dir / "plans.db").string();
  }
  auto db = storage::open_database(url);
  must(db.ok(), "open");
  auto& d = **db;
  auto region = d.write_value([](storage::UnitOfWork& uow) { return uow.regions().create("bench", "Region Bench", 1); });
  must(region.ok(), "region");
  auto municipality = d.write_value([&](storage::UnitOfWork& uow) { return uow.regions().add_municipality(*region, "Stadt"); });
  const auto who = services::PlanCaller::operator_in(*region);
  services::RegisterService reg(d);
  std::vector<Id> orgs;
  for (int i = 0; i < 60; ++i) {
    domain::Organisation o;
    o.name = "Partnerorganisation " + std::to_string(i);
    o.type = "association";
    auto id = reg.create_organisation(who, o, 1);
    must(id.ok(), "organisation");
    orgs.push_back(*id);
  }
  domain::Network n;
  n.name = "Arbeitskreis";
  auto network = reg.create_network(who, n, 1);
  must(network.ok(), "network");

  services::PlanService plans(d);
  domain::Plan p;
  p.title = "Regionaler Handlungsplan Ausbildung und Migration";
  p.period_start = "2025-01-01";
  p.period_end = "2029-12-31";
  p.preamble = std::string(3000, 'x');
  auto plan = plans.create_plan(who, p, 1);
  must(plan.ok(), "plan");
  std::vector<Id> goals;
  for (int f = 0; f < 5; ++f) {
    auto field = plans.create_field(who, *plan, {0, *plan, 0, "Handlungsfeld " + std::to_string(f + 1), "Beschreibung"}, 1);
    must(field.ok(), "field");
    for (int g = 0; g < 5; ++g) {
      auto goal = plans.create_goal(who, *plan, {0, *field, 0, "Ziel " + std::to_string(goals.size() + 1), ""}, 1);
      must(goal.ok(), "goal");
      goals.push_back(*goal);
      for (int k = 0; k < 2; ++k)
        must(plans.create_indicator(who, *plan, {0, *goal, "Indikator", "Anzahl", 10, 50, "2029-12-31"}, 1).ok(),
             "indicator");
    }
  }
  std::vector<Id> measures;
  for (int m = 0; m < 500; ++m) {
    domain::PlanMeasure x;
    x.goal_id = goals[static_cast<std::size_t>(m) % goals.size()];
    x.title = "Maßnahme " + std::to_string(m + 1) + ": Ausbildungsbegleitung für junge Geflüchtete";
    x.description = "Beschreibung der Maßnahme mit Zielgruppen, Vorgehen und Beteiligten.";
    x.lead_organisation_id = orgs[static_cast<std::size_t>(m) % orgs.size()];
    x.partner_organisation_ids = {orgs[static_cast<std::size_t>(m + 1) % orgs.size()],
                                  orgs[static_cast<std::size_t>(m + 2) % orgs.size()]};
    x.municipality_ids = {*municipality};
    x.links = {{std::string(domain::kLinkNetwork), *network}};
    x.start_on = "2025-03-01";
    x.end_on = "2027-06-30";
    auto id = plans.create_measure(who, *plan, x, 1);
    must(id.ok(), "measure");
    measures.push_back(*id);
  }
  domain::PlanVersion v;
  v.adopted_on = "2026-11-20";
  v.occasion = "Konferenz";
  must(plans.adopt(who, *plan, v, 2).ok(), "adopt 1");
  must(plans.start_revision(who, *plan, 3).ok(), "revise");
  auto doc = plans.document(*region, *plan);
  for (int m = 0; m < 100; ++m) {
    auto x = *(*doc)->measure(measures[static_cast<std::size_t>(m) * 5]);
    x.status = domain::MeasureStatus::running;
    must(plans.update_measure(who, *plan, x, 4).ok(), "update");
  }
  for (int m = 0; m < 10; ++m) must(plans.delete_measure(who, *plan, measures[static_cast<std::size_t>(m) * 7 + 1], 4).ok(), "delete");
  for (int m = 0; m < 20; ++m) {
    domain::PlanMeasure x;
    x.goal_id = goals[static_cast<std::size_t>(m)];
    x.title = "Neue Maßnahme " + std::to_string(m);
    must(plans.create_measure(who, *plan, x, 4).ok(), "add");
  }
  v.occasion = "Fortschreibung";
  must(plans.adopt(who, *plan, v, 5).ok(), "adopt 2");

  timed("outline", runs, [&] { must(plans.document(*region, *plan).ok(), "document"); });
  std::size_t changes = 0;
  timed("diff", runs, [&] {
    auto c = plans.diff(*region, *plan, 1, 2);
    must(c.ok(), "diff");
    changes = c->size();
  });
  std::printf("diff_changes %zu\n", changes);
  auto version = plans.version(*region, *plan, 2);
  auto document = plans.document_at(*region, *plan, 2);
  must(version.ok() && document.ok(), "version");
  std::size_t bytes = 0;
  timed("pdf", std::max(1, runs / 3), [&] {
    services::PlanPdfInput in;
    in.document = &*document;
    in.version = &**version;
    in.region_name = "Region Bench";
    in.text = [](std::string_view key) { return std::string(key); };
    auto pdf = services::render_plan_pdf(in);
    must(pdf.ok(), "pdf");
    bytes = pdf->size();
  });
  std::printf("pdf_bytes %zu\n", bytes);
  if (!dir.empty()) std::filesystem::remove_all(dir);
  return 0;
}
