// hallsim analyze SCENARIO: node count, reachable endings, best and worst raw scores, problems.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analyze/analysis.hpp"
#include "common.hpp"

namespace hallsim::cli {

namespace {

struct AnalyzeOptions {
  std::string scenario;
  bool json = false;
  size_t budget = 2'000'000;
};

int analyze_command(const AnalyzeOptions& o) {
  int exit = kOk;
  auto scenario = load_for_command(o.scenario, exit);
  if (!scenario) return exit;
  Analysis a = analyze(*scenario, o.budget);
  auto ids = [&](const std::vector<int>& nodes) {
    std::vector<std::string> out;
    for (int n : nodes) out.push_back(scenario->nodes[static_cast<size_t>(n)].id);
    return out;
  };
  auto dims = [](const ScoreVector& v) {
    nlohmann::json j;
    for (int d = 0; d < kDimensions; ++d) j[std::string(kDimensionNames[d])] = v[d];
    return j;
  };
  nlohmann::json endings = nlohmann::json::array();
  for (int n : a.endings) {
    const Node& node = scenario->nodes[static_cast<size_t>(n)];
    endings.push_back({{"node", node.id}, {"outcome", outcome_name(node.ending.outcome)}});
  }
  size_t reachable = static_cast<size_t>(std::count(a.reachable.begin(), a.reachable.end(), 1));
  if (o.json) {
    nlohmann::json j = {{"scenario", scenario->id},
                        {"nodes", scenario->nodes.size()},
                        {"reachable_nodes", reachable},
                        {"endings", endings},
                        {"best", dims(a.best)},
                        {"worst", dims(a.worst)},
                        {"single_path_best", a.single_path_best},
                        {"unreachable", ids(a.unreachable)},
                        {"dead_ends", ids(a.dead_ends)},
                        {"stuck", ids(a.stuck)},
                        {"approximate", a.approximate},
                        {"states", a.states},
                        {"transitions", a.transitions}};
    fmt::print("{}\n", j.dump(2));
    return kOk;
  }
  auto list = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? std::string("none") : out;
  };
  fmt::print("scenario   {}\n", scenario->id);
  fmt::print("nodes      {} ({} reachable)\n", scenario->nodes.size(), reachable);
  std::string ending_list;
  for (const auto& e : endings)
    ending_list += fmt::format("{}{} ({})", ending_list.empty() ? "" : ", ", e["node"].get<std::string>(),
                               e["outcome"].get<std::string>());
  fmt::print("endings    {}\n", ending_list.empty() ? "none reachable" : ending_list);
  fmt::print("{:<11}{:>8} {:>8}\n", "raw total", "best", "worst");
  for (int d = 0; d < kDimensions; ++d) fmt::print("  {:<9}{:>8} {:>8}\n", kDimensionNames[d], a.best[d], a.worst[d]);
  fmt::print("one path reaches all three bests: {}\n", a.single_path_best ? "yes" : "no");
  fmt::print("unreachable {}\n", list(ids(a.unreachable)));
  fmt::print("dead ends   {}\n", list(ids(a.dead_ends)));
  fmt::print("stuck       {}\n", list(ids(a.stuck)));
  fmt::print("search      {} states, {} transitions{}\n", a.states, a.transitions,
             a.approximate ? " (budget exceeded: scores are graph bounds)" : ", exact");
  return kOk;
}

}  // namespace

void add_analyze(CLI::App& app, Commands& c) {
  auto o = std::make_shared<AnalyzeOptions>();
  CLI::App* cmd = app.add_subcommand("analyze", "Reachable endings, best and worst raw score per dimension, unreachable nodes, dead ends");
  cmd->add_option("scenario", o->scenario, "Scenario file (.yaml)")->required();
  cmd->add_flag("--json", o->json, "Print the analysis as JSON");
  cmd->add_option("--budget", o->budget, "Most states to search before falling back to graph bounds")
      ->check(CLI::Range(size_t{1}, size_t{100'000'000}));
  cmd->callback([o, &c] { c.exit_code = analyze_command(*o); });
}

}  // namespace hallsim::cli
