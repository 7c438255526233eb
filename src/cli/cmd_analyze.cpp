// hallsim analyze SCENARIO: node count, reachable endings, best and worst raw scores, problems;
// with --random N, N seeded random playthroughs instead.
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analyze/analysis.hpp"
#include "analyze/random_plays.hpp"
#include "analyze/reply_order.hpp"
#include "common.hpp"
#include "model/diagnostic_text.hpp"
#include "model/words.hpp"
#include "score/totals.hpp"

namespace hallsim::cli {

namespace {

struct AnalyzeOptions {
  std::string scenario;
  bool json = false;
  AnalysisLimits limits;
  size_t random = 0;  // random playthroughs; 0 = the exact analysis
  std::uint64_t seed = 1;
  std::string language;
};

std::string id_list(const std::vector<std::string>& ids, const std::string& lang) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : "，") + id;
  return out.empty() ? std::string(word(lang, "none")) : out;
}

int print_random_zh(const Scenario& s, const AnalyzeOptions& o, const RandomPlays& r, const nlohmann::ordered_json& endings,
                    const nlohmann::ordered_json& scores, const std::vector<std::string>& never) {
  const std::string& l = o.language;
  auto share = [&](size_t n) { return r.plays ? 100.0 * static_cast<double>(n) / static_cast<double>(r.plays) : 0.0; };
  fmt::print("{}：{}\n", word(l, "scenario"), s.id);
  fmt::print("{}\n", fmt::format(fmt::runtime(word(l, "random_plays_summary")), r.plays, o.seed,
                                 r.plays ? static_cast<double>(r.replies) / static_cast<double>(r.plays) : 0.0));
  fmt::print("{}：", word(l, "outcomes"));
  for (int k = 0; k < 4; ++k)
    fmt::print(" {} {:.1f}%", word(l, static_cast<Outcome>(k)), share(r.outcome_counts[static_cast<size_t>(k)]));
  fmt::print("\n");
  for (const auto& e : endings)
    fmt::print("  {:<28}{:>8} ({:.1f}%)\n", e["node"].get<std::string>(), e["plays"].get<size_t>(), share(e["plays"].get<size_t>()));
  if (r.stuck) fmt::print("  （{}）{:>8} ({:.1f}%)\n", word(l, "stuck"), r.stuck, share(r.stuck));
  if (r.cut_off) fmt::print("  （{}）{:>8} ({:.1f}%)\n", word(l, "cut_off"), r.cut_off, share(r.cut_off));
  fmt::print("{}：{} / {} / {} / {} / {} / {} / {}\n", word(l, "raw_scores"), word(l, "lowest"), "P10", word(l, "median"), "P90",
             word(l, "highest"), word(l, "best"), word(l, "mean_percent"));
  for (int d = 0; d < kDimensions; ++d) {
    const auto& j = scores[std::string(kDimensionNames[d])];
    fmt::print("  {}：{} / {} / {} / {} / {} / {} / {:.1f}\n", word(l, static_cast<Dimension>(d)), j["min"].get<int>(),
               j["p10"].get<int>(), j["median"].get<int>(), j["p90"].get<int>(), j["max"].get<int>(), j["best"].get<int>(),
               j["mean_percent"].get<double>());
  }
  fmt::print("{}：{}\n", word(l, "never_reached"), id_list(never, l));
  return kOk;
}

int random_command(const Scenario& s, const ScoreBounds& bounds, const AnalyzeOptions& o) {
  RandomPlayOptions options;
  options.plays = o.random;
  options.seed = o.seed;
  RandomPlays r = random_plays(s, options);
  auto share = [&](size_t n) { return r.plays ? 100.0 * static_cast<double>(n) / static_cast<double>(r.plays) : 0.0; };
  nlohmann::ordered_json outcomes = nlohmann::ordered_json::object();
  for (int k = 0; k < 4; ++k) outcomes[std::string(outcome_name(static_cast<Outcome>(k)))] = r.outcome_counts[static_cast<size_t>(k)];
  nlohmann::ordered_json endings = nlohmann::ordered_json::array();
  for (size_t n = 0; n < s.nodes.size(); ++n)
    if (r.ending_counts[n]) endings.push_back({{"node", s.nodes[n].id}, {"plays", r.ending_counts[n]}});
  nlohmann::ordered_json scores = nlohmann::ordered_json::object();
  for (int d = 0; d < kDimensions; ++d) {
    const auto& counts = r.score_counts[static_cast<size_t>(d)];
    nlohmann::ordered_json dim = {{"best", bounds.best[d]}};
    for (auto [name, q] : {std::pair{"min", 0.0}, {"p10", 0.1}, {"median", 0.5}, {"p90", 0.9}, {"max", 1.0}})
      dim[name] = score_quantile(counts, q);
    double sum = 0;
    for (const auto& [score, n] : counts) sum += percent_of(score, bounds.best[d]) * static_cast<double>(n);
    dim["mean_percent"] = r.plays ? round1(sum / static_cast<double>(r.plays)) : 0.0;
    scores[std::string(kDimensionNames[d])] = dim;
  }
  std::vector<std::string> never;
  for (int n : r.never_reached) never.push_back(s.nodes[static_cast<size_t>(n)].id);
  if (o.json) {
    nlohmann::ordered_json j = {{"scenario", s.id}, {"plays", r.plays}, {"seed", o.seed}, {"replies", r.replies},
                        {"outcomes", outcomes}, {"endings", endings}, {"stuck", r.stuck}, {"cut_off", r.cut_off},
                        {"scores", scores}, {"never_reached", never}};
    fmt::print("{}\n", j.dump(2));
    return kOk;
  }
  if (is_chinese(o.language)) return print_random_zh(s, o, r, endings, scores, never);
  fmt::print("scenario   {}\n", s.id);
  fmt::print("plays      {} random (seed {}), {:.1f} replies each on average\n", r.plays, o.seed,
             r.plays ? static_cast<double>(r.replies) / static_cast<double>(r.plays) : 0.0);
  fmt::print("outcomes  ");
  for (const auto& [name, n] : outcomes.items()) fmt::print(" {} {:.1f}%", name, share(n.get<size_t>()));
  fmt::print("\n");
  for (const auto& e : endings)
    fmt::print("  {:<28}{:>8} ({:.1f}%)\n", e["node"].get<std::string>(), e["plays"].get<size_t>(), share(e["plays"].get<size_t>()));
  if (r.stuck) fmt::print("  {:<28}{:>8} ({:.1f}%)\n", "(stuck: nothing could follow)", r.stuck, share(r.stuck));
  if (r.cut_off) fmt::print("  {:<28}{:>8} ({:.1f}%)\n", "(cut off: too many replies)", r.cut_off, share(r.cut_off));
  fmt::print("{:<11}{:>6}{:>6}{:>8}{:>6}{:>6}{:>6}{:>8}\n", "raw total", "min", "p10", "median", "p90", "max", "best", "mean %");
  for (int d = 0; d < kDimensions; ++d) {
    const auto& j = scores[std::string(kDimensionNames[d])];
    fmt::print("  {:<9}{:>6}{:>6}{:>8}{:>6}{:>6}{:>6}{:>8.1f}\n", kDimensionNames[d], j["min"].get<int>(), j["p10"].get<int>(),
               j["median"].get<int>(), j["p90"].get<int>(), j["max"].get<int>(), j["best"].get<int>(), j["mean_percent"].get<double>());
  }
  std::string list;
  for (const auto& id : never) list += (list.empty() ? "" : ", ") + id;
  fmt::print("never reached {}\n", list.empty() ? "none" : list);
  return kOk;
}

template <typename Ids>
void print_analysis_zh(const Scenario& s, const Analysis& a, const ReplyOrder& order, const Ids& ids, size_t reachable,
                       const AnalyzeOptions& o) {
  const std::string& l = o.language;
  fmt::print("{}：{}\n", word(l, "scenario"), s.id);
  fmt::print("{}\n", fmt::format(fmt::runtime(word(l, "nodes_reachable")), s.nodes.size(), reachable));
  std::string ending_list;
  for (int n : a.endings) {
    const Node& node = s.nodes[static_cast<size_t>(n)];
    ending_list += fmt::format("{}{}（{}）", ending_list.empty() ? "" : "，", node.id, word(l, node.ending.outcome));
  }
  fmt::print("{}：{}\n", word(l, "endings"), ending_list.empty() ? std::string(word(l, "no_reachable_ending")) : ending_list);
  fmt::print("{}：{} / {}\n", word(l, "raw_scores"), word(l, "best"), word(l, "worst"));
  for (int d = 0; d < kDimensions; ++d) fmt::print("  {}：{} / {}\n", word(l, static_cast<Dimension>(d)), a.best[d], a.worst[d]);
  fmt::print("{}：{}\n", word(l, "single_path_best"), word(l, a.single_path_best ? "yes" : "no"));
  fmt::print("{}：{}\n", word(l, "unreachable_nodes"), id_list(ids(a.unreachable), l));
  fmt::print("{}：{}\n", word(l, "dead_ends"), id_list(ids(a.dead_ends), l));
  fmt::print("{}：{}\n", word(l, "stuck_nodes"), id_list(ids(a.stuck), l));
  if (!a.approximate)
    fmt::print("{}\n", fmt::format(fmt::runtime(word(l, "search_exact")), a.states, a.transitions));
  else
    fmt::print("{}\n", fmt::format(fmt::runtime(word(l, "search_approximate")), a.states, a.transitions,
                                   translate_message(a.stopped != AnalysisStop::none ? describe_stop(a, o.limits)
                                                                                     : "a typed reply had too many outcomes",
                                                     l)));
  fmt::print("{}\n", fmt::format(fmt::runtime(word(l, "best_reply_longest")), order.best_longest, order.choice_nodes,
                                 order.longest_share() * 100, kLongestBestLimit * 100, order.best_at[0], order.best_at[1],
                                 order.best_at[2], order.best_at[3]));
}

int analyze_command(AnalyzeOptions o) {
  o.language = ui_language(o.language);
  int exit = kOk;
  // Loaded without the analysis, which runs once below with the command's own limits.
  LoadOptions load;
  load.analyze = false;
  LoadResult loaded = load_for_command(o.scenario, exit, false, load, o.language);
  if (!loaded.ok()) return exit;
  const auto& scenario = loaded.scenario;
  Analysis a = analyze(*scenario, o.limits);
  DiagnosticSink warnings(o.scenario);  // what lint reports; the output below says the same
  report_analysis(*scenario, a, o.limits, warnings);
  if (o.random > 0) return random_command(*scenario, score_bounds(a), o);
  auto ids = [&](const std::vector<int>& nodes) {
    std::vector<std::string> out;
    out.reserve(nodes.size());
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
  ReplyOrder order = reply_order(*scenario);
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
                        {"exact", !a.approximate},
                        {"stopped_by", a.stopped == AnalysisStop::none ? nullptr : nlohmann::json(analysis_stop_name(a.stopped))},
                        {"search_mb", static_cast<double>(a.search_bytes) / (1 << 20)},
                        {"search_seconds", a.search_seconds},
                        {"states", a.states},
                        {"transitions", a.transitions},
                        {"best_reply", {{"choice_nodes", order.choice_nodes},
                                        {"longest", order.best_longest},
                                        {"longest_percent", std::round(order.longest_share() * 1000) / 10},
                                        {"position", order.best_at}}}};
    fmt::print("{}\n", j.dump(2));
    return kOk;
  }
  auto list = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? std::string("none") : out;
  };
  if (is_chinese(o.language)) {
    print_analysis_zh(*scenario, a, order, ids, reachable, o);
    return kOk;
  }
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
  if (!a.approximate)
    fmt::print("search      {} states, {} transitions, exact\n", a.states, a.transitions);
  else
    fmt::print("search      {} states, {} transitions, approximate: {}\nscores     bounds from the graph; {}\n", a.states,
               a.transitions, a.stopped != AnalysisStop::none ? describe_stop(a, o.limits) : "a typed reply had too many outcomes",
               describe_looseness(a));
  fmt::print("best reply  longest at {} of {} choice nodes ({:.0f}%, lint warns above {:.0f}%); 1st {}, 2nd {}, 3rd {}, 4th+ {}\n",
             order.best_longest, order.choice_nodes, order.longest_share() * 100, kLongestBestLimit * 100, order.best_at[0],
             order.best_at[1], order.best_at[2], order.best_at[3]);
  return kOk;
}

}  // namespace

void add_analyze(CLI::App& app, Commands& c) {
  auto o = std::make_shared<AnalyzeOptions>();
  CLI::App* cmd = app.add_subcommand("analyze", "Reachable endings, best and worst raw score per dimension, unreachable nodes, dead ends");
  cmd->add_option("scenario", o->scenario, "Scenario file (.yaml)")->required();
  cmd->add_flag("--json", o->json, "Print the analysis as JSON");
  add_language_option(cmd, o->language);
  add_analysis_limits(cmd, o->limits);
  cmd->add_option("--random", o->random, "Play N random attempts instead (typed replies: the model answer, a poor one or none): outcome and score spread, nodes never reached")
      ->check(CLI::Range(size_t{1}, size_t{10'000'000}));
  cmd->add_option("--seed", o->seed, "Seed of the random attempts (same seed, same plays)")->needs("--random");
  cmd->callback([o, &c] { c.exit_code = analyze_command(*o); });
}

}  // namespace hallsim::cli
