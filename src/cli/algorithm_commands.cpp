// Subcommands that run the algorithm libraries on files, without a database: the network
// analysis on any GraphML file, and the speed-dating planner on a JSON instance. They let
// people script against the engines and check them against other tools.
#include "analysis/cli.hpp"
#include "cli/analyze_region.hpp"
#include "cli/commands.hpp"
#include "matching/cli.hpp"

#include <fstream>
#include <iostream>
#include <memory>

namespace bb::cli {

// One subcommand, two inputs, one engine: a GraphML file (--graphml) or a region of the register
// (--region, see analyze_region.hpp); exactly one of them.
void register_analyze(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<analysis::AnalyzeGraphmlOptions>();
  auto region = std::make_shared<AnalyzeRegionOptions>();
  auto network = std::make_shared<long long>(0);
  auto focus = std::make_shared<long long>(0);
  auto* cmd = app.add_subcommand(
      "analyze", "Network metrics and brokerage roles per node of a GraphML file or of a region of the register");
  auto* graphml = cmd->add_option("--graphml", options->path, "GraphML file (Gephi, networkx, yEd ...)");
  auto* slug = cmd->add_option("--region", region->region, "Region (slug) of the register to analyse");
  graphml->excludes(slug);
  cmd->add_option("--date", region->date, "With --region: the day analysed (YYYY-MM-DD; default today)");
  cmd->add_option("--partition", options->partition,
                  "Brokerage groups: with --graphml a node attribute; with --region type, municipality, network or "
                  "affiliation (with --network)");
  auto* net = cmd->add_option("--network", *network, "With --region --partition affiliation: the network id");
  auto* foc = cmd->add_option("--focus", *focus, "With --region: the organisation in focus (default the service centre)");
  cmd->add_flag("--directed", options->directed, "With --graphml: treat the edges as directed whatever the file says");
  cmd->add_option("--format", options->format, "json, csv, graphml or gexf (gexf with --region only)")
      ->check(CLI::IsMember({"json", "csv", "graphml", "gexf"}))
      ->capture_default_str();
  cmd->callback([options, region, network, focus, graphml, slug, net, foc, &global] {
    if (slug->count() > 0) {
      region->format = options->format;
      if (options->partition) region->partition = *options->partition;
      if (net->count() > 0) region->network = *network;
      if (foc->count() > 0) region->focus = *focus;
      global.exit_code = run_analyze_region(global, *region, std::cout, std::cerr);
      return;
    }
    if (graphml->count() == 0) {
      global.exit_code = fail("analyze needs --graphml FILE or --region SLUG");
      return;
    }
    if (options->format == "gexf") {
      global.exit_code = fail("--format gexf needs --region");
      return;
    }
    global.exit_code = analysis::run_analyze_graphml_cli(*options, std::cout, std::cerr);
  });
}

void register_speeddating(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("speeddating", "Azubi-Speeddating planner");
  cmd->require_subcommand(1);
  auto input = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  auto* plan = cmd->add_subcommand("plan", "Assign youths to company tables and time slots (JSON instance in)");
  plan->add_option("--input", *input, "Instance file (JSON); - reads standard input")->required();
  plan->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  plan->callback([&global, input, format] {
    if (*input == "-") {
      global.exit_code = matching::run_speeddating_plan_cli(std::cin, std::cout, std::cerr, *format);
      return;
    }
    std::ifstream file(*input);
    if (!file) {
      global.exit_code = fail("cannot read the instance file '" + *input + "'");
      return;
    }
    global.exit_code = matching::run_speeddating_plan_cli(file, std::cout, std::cerr, *format);
  });
}

}  // namespace bb::cli
