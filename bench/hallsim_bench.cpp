// bench_hallsim: HallSim's side of the benchmarks in docs/benchmarks.md. Each call measures one
// thing once (the driver, bench/run-bench, runs it in a fresh process per run, side by side with
// the peers) and prints `name value unit` lines.
//
//   bench_hallsim ready FILE            source to ready: load_scenario_file (read, parse, validate,
//                                       static analysis), the call `hallsim lint/analyze/run` make
//   bench_hallsim phases FILE           the same, split: read, YAML tree, loader, analysis (its states,
//                                       the bytes its search held, the limit that stopped it if any)
//   bench_hallsim floor MODE FILE       the floor: raw (read + memchr), libyaml (read + events),
//                                       yamlcpp (read + yaml-cpp events into a null handler)
//   bench_hallsim run FILE [SECONDS] [SEED]
//                                       random playthroughs with Session for SECONDS (default 2)
//   bench_hallsim rules FILE [SECONDS] [SEED]
//                                       the same player on the rules of play (no transcript)
//   bench_hallsim analysis FILE         every result of the static analysis (to compare builds)
//   bench_hallsim start                 nothing: the cost of starting this process
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include <yaml.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include "base/file_text.hpp"
#include "analyze/analysis.hpp"
#include "load/loader.hpp"
#include "run/rules.hpp"
#include "run/session.hpp"
#include "score/rubric.hpp"
#include "yaml/document.hpp"

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

std::string slurp(const char* path) {
  auto bytes = hallsim::read_file_text(path);
  if (!bytes) {
    std::fprintf(stderr, "bench_hallsim: cannot read %s\n", path);
    std::exit(2);
  }
  return std::move(*bytes);
}

// Keeps a result alive so the compiler cannot drop the work.
volatile size_t g_sink = 0;

int ready(const char* path) {
  auto t = Clock::now();
  hallsim::LoadResult r = hallsim::load_scenario_file(path);
  double ms = ms_since(t);
  if (!r.ok()) {
    std::fprintf(stderr, "bench_hallsim: %s did not load\n", path);
    return 1;
  }
  std::printf("ready_ms %.3f ms\nnodes %zu count\n", ms, r.scenario->nodes.size());
  return 0;
}

int phases(const char* path) {
  auto t = Clock::now();
  std::string text = slurp(path);
  double read_ms = ms_since(t);
  size_t bytes = text.size();

  t = Clock::now();
  hallsim::DiagnosticSink sink(path);
  hallsim::yaml::Document doc = hallsim::yaml::parse(text, path, sink);
  double tree_ms = ms_since(t);

  hallsim::LoadOptions no_analysis;
  no_analysis.analyze = false;
  t = Clock::now();
  hallsim::LoadResult r = hallsim::load_scenario_text(text, path, no_analysis);
  double load_ms = ms_since(t);
  if (!r.ok()) return 1;

  t = Clock::now();
  hallsim::Analysis a = hallsim::analyze(*r.scenario);
  double analysis_ms = ms_since(t);

  std::printf("bytes %zu B\nread_ms %.3f ms\ntree_ms %.3f ms\nload_no_analysis_ms %.3f ms\nanalysis_ms %.3f ms\n"
              "states %zu count\ntransitions %zu count\napproximate %d flag\nsearch_bytes %zu B\nstopped_by %s -\n",
              bytes, read_ms, tree_ms, load_ms, analysis_ms, a.states, a.transitions, a.approximate ? 1 : 0, a.search_bytes,
              std::string(hallsim::analysis_stop_name(a.stopped)).c_str());
  return 0;
}

// Everything the analysis found, to check that an optimisation changed no result.
int analysis(const char* path) {
  hallsim::LoadOptions no_analysis;
  no_analysis.analyze = false;
  hallsim::LoadResult r = hallsim::load_scenario_file(path, no_analysis);
  if (!r.ok()) return 1;
  hallsim::Analysis a = hallsim::analyze(*r.scenario);
  auto list = [](const std::vector<int>& v) {
    std::string out;
    for (int x : v) out += " " + std::to_string(x);
    return out;
  };
  std::string reachable;
  for (char c : a.reachable) reachable += c ? '1' : '0';
  std::printf("best %d %d %d\nworst %d %d %d\nany_ending %d\nsingle_path_best %d\napproximate %d\nstates %zu\n"
              "transitions %zu\nendings%s\nunreachable%s\ndead_ends%s\nstuck%s\nreachable %s\n",
              a.best[0], a.best[1], a.best[2], a.worst[0], a.worst[1], a.worst[2], a.any_ending, a.single_path_best,
              a.approximate, a.states, a.transitions, list(a.endings).c_str(), list(a.unreachable).c_str(),
              list(a.dead_ends).c_str(), list(a.stuck).c_str(), reachable.c_str());
  return 0;
}

// [SECTION] The floor

size_t libyaml_events(const std::string& text) {
  yaml_parser_t parser;
  yaml_event_t event;
  size_t events = 0;
  if (!yaml_parser_initialize(&parser)) return 0;
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) {
      std::fprintf(stderr, "bench_hallsim: libyaml: %s\n", parser.problem ? parser.problem : "error");
      break;
    }
    ++events;
    bool done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (done) break;
  }
  yaml_parser_delete(&parser);
  return events;
}

struct CountingHandler : YAML::EventHandler {
  size_t events = 0;
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { ++events; }
  void OnSequenceEnd() override { ++events; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { ++events; }
  void OnMapEnd() override { ++events; }
};

int floor(const char* mode, const char* path) {
  auto t = Clock::now();
  std::string text = slurp(path);
  size_t count = 0;
  if (std::strcmp(mode, "raw") == 0) {
    for (const char* p = text.data(); (p = static_cast<const char*>(std::memchr(p, '\n', text.data() + text.size() - p)));
         ++p)
      ++count;
  } else if (std::strcmp(mode, "libyaml") == 0) {
    count = libyaml_events(text);
  } else if (std::strcmp(mode, "yamlcpp") == 0) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    CountingHandler h;
    parser.HandleNextDocument(h);
    count = h.events;
  } else {
    std::fprintf(stderr, "bench_hallsim: floor mode is raw, libyaml or yamlcpp\n");
    return 2;
  }
  double ms = ms_since(t);
  g_sink = count;
  std::printf("%s_ms %.3f ms\n%s_count %zu count\n", mode, ms, mode, count);
  return 0;
}

// [SECTION] Run speed

// What the random player types at a free-text node (the same three replies bench_gen writes into
// the ink and Yarn versions as choices).
const char* kTyped[] = {"非常抱歉让您久等了，我马上查，十分钟内给您答复。", "这个没办法，不归我管。", "好的，请稍等。"};

int run(const char* path, double seconds, uint64_t seed) {
  hallsim::LoadResult r = hallsim::load_scenario_file(path);
  if (!r.ok()) return 1;
  uint64_t state = seed;
  auto rnd = [&](size_t n) {  // splitmix64
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return static_cast<size_t>((z ^ (z >> 31)) % n);
  };
  size_t plays = 0, steps = 0, text_bytes = 0;
  hallsim::SessionOptions options;
  options.now = [] { return 0.0; };  // a fixed clock: no reply is late, and no clock call per step
  auto t = Clock::now();
  double elapsed = 0;
  do {
    for (int batch = 0; batch < 64; ++batch) {
      hallsim::Session s(r.scenario, r.bounds(), options);
      for (;;) {
        text_bytes += s.line().size();  // what a face shows: the line ...
        auto phase = s.phase();
        if (phase == hallsim::Session::Phase::choice) {
          auto visible = s.visible_choices();  // ... and the replies offered
          s.choose(static_cast<int>(rnd(visible.size())), 1.0);
        } else if (phase == hallsim::Session::Phase::free_text) {
          s.say(kTyped[rnd(3)], 1.0);
        } else if (phase == hallsim::Session::Phase::line) {
          s.advance();
        } else {
          break;
        }
        ++steps;
      }
      g_sink = s.totals().overall > 0;
      ++plays;
    }
    elapsed = ms_since(t) / 1000.0;
  } while (elapsed < seconds);
  std::printf("plays %zu count\nsteps %zu count\nseconds %.3f s\nplays_per_s %.1f 1/s\nsteps_per_s %.1f 1/s\n", plays, steps,
              elapsed, static_cast<double>(plays) / elapsed, static_cast<double>(steps) / elapsed);
  g_sink = text_bytes;
  return 0;
}

// The same player on the rules of play alone (PlayState, as the analysis and `analyze --random`
// use them): what a step costs without the Session's transcript.
int run_rules(const char* path, double seconds, uint64_t seed) {
  hallsim::LoadResult r = hallsim::load_scenario_file(path);
  if (!r.ok()) return 1;
  const hallsim::Scenario& sc = *r.scenario;
  uint64_t state = seed;
  auto rnd = [&](size_t n) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return static_cast<size_t>((z ^ (z >> 31)) % n);
  };
  const hallsim::PlayState fresh = hallsim::initial_state(sc);
  hallsim::PlayState st;
  size_t plays = 0, steps = 0, text_bytes = 0;
  auto t = Clock::now();
  double elapsed = 0;
  do {
    for (int batch = 0; batch < 64; ++batch) {
      st = fresh;
      hallsim::enter_node(sc, st, sc.start_node);
      while (st.node >= 0) {
        const hallsim::Node& n = sc.nodes[static_cast<size_t>(st.node)];
        text_bytes += sc.text(n.say, sc.language).size();
        if (n.kind == hallsim::Node::Kind::choices) {
          auto visible = hallsim::visible_choices(sc, st);
          if (visible.empty()) break;
          hallsim::take_choice(sc, st, visible[rnd(visible.size())]);
        } else if (n.kind == hallsim::Node::Kind::free_text) {
          int target = -1;
          hallsim::take_cues(sc, st, hallsim::match_cues(n.free_text.cues, kTyped[rnd(3)]), target);
          if (target < 0) break;
        } else if (n.kind == hallsim::Node::Kind::next) {
          if (!hallsim::take_next(sc, st)) break;
        } else {
          break;
        }
        ++steps;
      }
      ++plays;
    }
    elapsed = ms_since(t) / 1000.0;
  } while (elapsed < seconds);
  std::printf("plays %zu count\nsteps %zu count\nseconds %.3f s\nplays_per_s %.1f 1/s\nsteps_per_s %.1f 1/s\n", plays, steps,
              elapsed, static_cast<double>(plays) / elapsed, static_cast<double>(steps) / elapsed);
  g_sink = text_bytes;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "ready" && argc == 3) return ready(argv[2]);
  if (cmd == "phases" && argc == 3) return phases(argv[2]);
  if (cmd == "analysis" && argc == 3) return analysis(argv[2]);
  if (cmd == "floor" && argc == 4) return floor(argv[2], argv[3]);
  if (cmd == "run" && argc >= 3)
    return run(argv[2], argc > 3 ? std::atof(argv[3]) : 2.0, argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1);
  if (cmd == "rules" && argc >= 3)
    return run_rules(argv[2], argc > 3 ? std::atof(argv[3]) : 2.0, argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1);
  if (cmd == "start") return 0;
  std::fprintf(stderr,
               "usage: bench_hallsim ready FILE | phases FILE | analysis FILE | floor raw|libyaml|yamlcpp FILE |\n"
               "       run FILE [SECONDS] [SEED] | rules FILE [SECONDS] [SEED] | start\n");
  return 2;
}
