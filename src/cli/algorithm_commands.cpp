// Subcommands that run the algorithm libraries on files, without a database: the network
// analysis on any GraphML file, and the speed-dating planner on a JSON instance. They let
// people script against the engines and check them against other tools.
#include "analysis/cli.hpp"
#include "cli/commands.hpp"
#include "matching/cli.hpp"

#include <fstream>
#include <iostream>
#include <memory>

namespace bb::cli {

void register_analyze(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<analysis::AnalyzeGraphmlOptions>();
  auto* cmd = app.add_subcommand("analyze", "Network metrics and brokerage roles per node of a GraphML file");
  cmd->add_option("--graphml", options->path, "GraphML file (Gephi, networkx, yEd ...)")->required();
  cmd->add_option("--partition", options->partition, "Node attribute whose values are the brokerage groups");
  cmd->add_flag("--directed", options->directed, "Treat the edges as directed whatever the file says");
  cmd->add_option("--format", options->format, "json, csv or graphml")
      ->check(CLI::IsMember({"json", "csv", "graphml"}))
      ->capture_default_str();
  cmd->callback([options, &global] { global.exit_code = analysis::run_analyze_graphml_cli(*options, std::cout, std::cerr); });
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
