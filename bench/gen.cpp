// bench_gen: writes a synthetic scenario of N nodes in format v1, and the same story as ink and
// as Yarn Spinner, so that HallSim and its peers do the same work. Deterministic from the seed:
// the same N and seed give byte-identical files on every machine (own PRNG, no <random>
// distributions, whose results differ between standard libraries).
//
//   bench_gen N [--seed S] [--out DIR] [--shape forward|cyclic]
//       writes DIR/bench-N.yaml, .ink and .yarn (forward) or DIR/cyclic-N.yaml, .ink and .yarn (cyclic)
//
// The story: nodes n0..n{N-1}. About 80% are choice nodes (2-3 lines, 3 replies with scores on
// all three dimensions and mood effects on anger and trust; the third reply is often shown only
// when a mood condition holds), 10% free-text nodes (one of two rubrics, a route that tests cues
// and a fallback), 10% endings. Reply 1 leads to the next node, reply 2 to the one after, reply 3
// up to eight ahead or to an ending, so every node is reachable and a random attempt lasts about
// ten replies, like a real scenario. Each reply's three scores are equal (its quality), so one
// attempt reaches the best of all three dimensions and lint stays free of HS0107.
//
// The cyclic shape is the loopy scenario an instructor may write: reply 3 leads to a random node
// anywhere (back edges included), a fourth reply (60% of choice nodes) is shown only under a
// condition on the mood, the hall clock (`clock < "HH:MM"`) or a visit (`visited.nX`), a
// free-text node's default route goes back to an earlier node, and 30% of the nodes take ten
// minutes. Replies 1 and 2 lead to the next two nodes, so every node is reachable; 10% are endings.
//
// ink and Yarn have no typed replies: a free-text node becomes three choices there, one per reply
// the benchmark's random player types (kTypedReplies), with the effects and scores of the cues
// that reply matches and the route it takes. ink and Yarn do not clamp numbers; HallSim clamps
// mood to 0..100.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

// splitmix64: tiny, fast, and the same everywhere.
struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
};

// Lines and replies in the register of the shipped scenarios (full-width punctuation only, so
// the text needs no escaping in YAML, ink or Yarn).
const char* kLines[] = {"我都等了一个多小时了！", "你们这个窗口到底开不开？", "上次来说材料不全。", "我今天特意请假过来的。",
                        "网上说可以办我才来的。", "叫号机是不是坏了？", "后面来的人怎么先办了？", "我父亲腿脚不方便。",
                        "这个章到底去哪里盖？", "我已经跑了三趟了。", "你们的电话一直打不通。", "这个表格我看不懂。",
                        "到底还要等多久？", "凭什么让我再跑一趟？", "我真的很着急。", "我要找你们领导。"};
const char* kReplies[] = {"让您久等了，实在抱歉，我马上帮您查。", "我理解您的心情，我们一起看看怎么办。",
                          "请您先到那边排队等候。", "这个不归我们窗口管。", "我先帮您预审材料，节省时间。",
                          "我请值班长过来给您说明情况。", "您别着急，我帮您登记一下。", "系统就是这样规定的。",
                          "我给您写下需要的材料清单。", "今天下午三点前一定给您回电话。"};
const char* kPrompts[] = {"告诉他查询结果和接下来怎么办", "向他解释原因并给出具体时间", "安抚他并说明下一步"};
const char* kSummaries[] = {"群众满意离开。", "问题部分解决，约定回访。", "群众要求找领导投诉。", "群众愤然离开。"};
const char* kOutcomes[] = {"resolved", "partial", "escalated", "failed"};

// What the random player types at a free-text node, and what each reply matches in either rubric.
struct TypedReply {
  const char* text;
  bool apology, concrete, deflection;
};
const TypedReply kTypedReplies[] = {
    {"非常抱歉让您久等了，我马上查，十分钟内给您答复。", true, true, false},
    {"这个没办法，不归我管。", false, false, true},
    {"好的，请稍等。", false, false, false},
};

// The two rubrics (same cues, different weights) as data, so all three outputs agree.
struct CueDef {
  const char* id;
  const char* label;
  const char* any;  // YAML flow list body
  int score;        // added to all three dimensions
  int anger;
};
const CueDef kRubrics[2][3] = {
    {{"apology", "致歉", "抱歉, 对不起, 不好意思", 2, -10},
     {"concrete_time", "具体时间", "分钟, 马上, 今天", 1, -5},
     {"deflection", "推诿", "没办法, 不归我管", -2, 10}},
    {{"apology", "致歉", "抱歉, 对不起", 1, -5},
     {"concrete_time", "具体时间", "分钟, 小时, 下午", 2, -5},
     {"deflection", "推诿", "没办法, 规定", -3, 15}},
};

enum class Kind { choices, free_text, end };

// A condition in each language's spelling ("" when the reply is always shown).
struct Cond {
  std::string hallsim, ink, yarn;
  bool empty() const { return hallsim.empty(); }
};

struct ChoicePlan {
  int reply = 0, to = 0, quality = 0, anger = 0, trust = 0;
  Cond cond;
};

struct NodePlan {
  Kind kind = Kind::choices;
  std::vector<std::string> lines;
  std::vector<ChoicePlan> choices;
  int minutes = 0;  // added to the hall clock on entry (cyclic shape only)
  int rubric = 0, prompt = 0, route_good = 0, route_default = 0;
  int outcome = 0, summary = 0;
};

struct Plan {
  std::vector<NodePlan> nodes;
  bool cyclic = false;
};

Cond mood_cond(Rng& rng) {
  static const char* kOps[] = {"<", ">=", "<=", ">"};
  std::string c = std::string("anger ") + kOps[rng.below(4)] + " " + std::to_string(30 + 10 * rng.below(5));
  return {c, c, "$" + c};
}

std::vector<NodePlan> plan(int n, uint64_t seed) {
  Rng rng{seed};
  std::vector<NodePlan> nodes(static_cast<size_t>(n));
  bool previous_end = false;
  for (int i = 0; i < n; ++i) {
    NodePlan& p = nodes[static_cast<size_t>(i)];
    if (i >= n - 2) p.kind = Kind::end;
    else if (i == 0 || i >= n - 4 || previous_end) p.kind = Kind::choices;  // never two endings in a row
    else {
      int r = rng.below(100);
      p.kind = r < 10 ? Kind::end : r < 20 ? Kind::free_text : Kind::choices;
    }
    previous_end = p.kind == Kind::end;
    int lines = 2 + rng.below(2);
    for (int l = 0; l < lines; ++l)
      p.lines.push_back(kLines[rng.below(16)]);
    if (p.kind == Kind::choices) {
      p.choices.resize(3);
      for (int c = 0; c < 3; ++c) {
        ChoicePlan& ch = p.choices[static_cast<size_t>(c)];
        ch.reply = rng.below(10);
        ch.to = c == 0 ? i + 1 : c == 1 ? i + 2 : std::min(n - 1, i + 1 + rng.below(8));
        ch.quality = rng.below(5) - 1;  // -1..3
        ch.anger = (rng.below(5) - 2) * 5;  // -10..10
        ch.trust = (rng.below(3) - 1) * 5;
        if (c == 2 && rng.chance(50)) ch.cond = mood_cond(rng);
      }
    } else if (p.kind == Kind::free_text) {
      p.rubric = rng.below(2);
      p.prompt = rng.below(3);
      p.route_good = i + 2;
      p.route_default = i + 1;
    } else {
      p.outcome = rng.below(4);
      p.summary = p.outcome;
    }
  }
  return nodes;
}

// The cyclic shape (see the header): random targets, back edges, a conditional fourth reply on
// mood, clock or visits, free-text fallbacks that go back, nodes that take minutes.
std::vector<NodePlan> plan_cyclic(int n, uint64_t seed) {
  Rng rng{seed};
  std::vector<NodePlan> nodes(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    NodePlan& p = nodes[static_cast<size_t>(i)];
    int r = rng.below(100);
    // An ending never follows an ending or a free-text node, so every node is reachable: a choice
    // node leads to the next two, a free-text node to the next.
    bool may_end = i > 0 && nodes[static_cast<size_t>(i - 1)].kind == Kind::choices;
    if (i == 0 || i >= n - 3) p.kind = i == n - 1 ? Kind::end : Kind::choices;
    else p.kind = r < 10 && may_end ? Kind::end : r < 22 ? Kind::free_text : Kind::choices;
    if (rng.chance(30)) p.minutes = 10;
    int lines = 2 + rng.below(2);
    for (int l = 0; l < lines; ++l) p.lines.push_back(kLines[rng.below(16)]);
    auto ahead = [&] { return std::min(n - 1, i + 1); };
    if (p.kind == Kind::choices) {
      p.choices.resize(rng.chance(60) ? 4 : 3);
      for (size_t c = 0; c < p.choices.size(); ++c) {
        ChoicePlan& ch = p.choices[c];
        ch.reply = rng.below(10);
        ch.to = c == 0 ? ahead() : c == 1 ? std::min(n - 1, i + 2) : rng.below(n);
        ch.quality = rng.below(5) - 1;
        ch.anger = (rng.below(5) - 2) * 5;
        ch.trust = (rng.below(3) - 1) * 5;
      }
      if (p.choices.size() == 4) {
        ChoicePlan& ch = p.choices[3];
        int kind = rng.below(3);
        if (kind == 0) {
          ch.cond = mood_cond(rng);
        } else if (kind == 1) {
          int before = 30 + 30 * rng.below(8);  // 09:30 .. 13:00, the clock starting at 09:00
          char hhmm[8];
          std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", 9 + before / 60, before % 60);
          ch.cond = {std::string("clock < \"") + hhmm + "\"", "elapsed < " + std::to_string(before),
                     "$elapsed < " + std::to_string(before)};
        } else {
          int seen = rng.below(n);
          ch.cond = {"visited.n" + std::to_string(seen), "n" + std::to_string(seen), "visited(\"n" + std::to_string(seen) + "\")"};
        }
      }
    } else if (p.kind == Kind::free_text) {
      p.rubric = rng.below(2);
      p.prompt = rng.below(3);
      p.route_good = ahead();
      p.route_default = rng.below(std::max(1, i));  // back to an earlier node
    } else {
      p.outcome = rng.below(4);
      p.summary = p.outcome;
    }
  }
  return nodes;
}

// The effect of a typed reply in rubric r: summed cue scores and anger, and whether the good
// route (apology and not deflection) is taken.
struct ReplyEffect {
  int score = 0, anger = 0;
  bool good = false;
};
ReplyEffect effect_of(const TypedReply& t, int r) {
  ReplyEffect e;
  const bool hit[3] = {t.apology, t.concrete, t.deflection};
  for (int c = 0; c < 3; ++c)
    if (hit[c]) e.score += kRubrics[r][c].score, e.anger += kRubrics[r][c].anger;
  e.good = t.apology && !t.deflection;
  return e;
}

std::string signed_str(int v) { return v >= 0 ? "+" + std::to_string(v) : std::to_string(v); }

void write_yaml(std::FILE* f, const Plan& story, uint64_t seed) {
  const std::vector<NodePlan>& nodes = story.nodes;
  int n = static_cast<int>(nodes.size());
  bool cyclic = story.cyclic;
  std::fprintf(f, "# Generated by bench_gen %d --seed %llu%s; do not edit.\n", n, static_cast<unsigned long long>(seed),
               cyclic ? " --shape cyclic" : "");
  std::fprintf(f, "id: %s-%d\nversion: 1\nlanguage: zh-CN\n", cyclic ? "cyclic" : "bench", n);
  std::fprintf(f, "title: 基准测试（%d 个节点）\n", n);
  std::fprintf(f, "summary: 合成的基准场景，结构与真实场景相同。\n");
  std::fprintf(f, "tags: [基准]\ndifficulty: 3\n");
  std::fprintf(f, "citizen: {name: 王先生, age: 45, disc: D, portrait: angry}\n");
  std::fprintf(f, "mood:\n  anger: {start: 50, min: 0, max: 100}\n  trust: {start: 30, min: 0, max: 100}\n");
  if (cyclic) std::fprintf(f, "clock: {start: \"09:00\"}\n");
  std::fprintf(f, "start: n0\n");
  std::fprintf(f, "rubrics:\n");
  for (int r = 0; r < 2; ++r) {
    std::fprintf(f, "  basics-%d:\n", r + 1);
    for (const CueDef& c : kRubrics[r])
      std::fprintf(f, "    - {id: %s, label: %s, any: [%s], scores: {empathy: %d, timeliness: %d, solution: %d}, effects: {anger: %s}}\n",
                   c.id, c.label, c.any, c.score, c.score, c.score, signed_str(c.anger).c_str());
  }
  std::fprintf(f, "nodes:\n");
  for (int i = 0; i < n; ++i) {
    const NodePlan& p = nodes[static_cast<size_t>(i)];
    std::fprintf(f, "  n%d:\n    say: |\n", i);
    for (const auto& l : p.lines) std::fprintf(f, "      %s\n", l.c_str());
    if (p.minutes) std::fprintf(f, "    minutes: %d\n", p.minutes);
    if (p.kind == Kind::choices) {
      std::fprintf(f, "    choices:\n");
      for (const ChoicePlan& c : p.choices) {
        std::fprintf(f, "      - reply: %s\n", kReplies[c.reply]);
        if (!c.cond.empty()) {
          const char* quote = c.cond.hallsim.find('"') != std::string::npos ? "'" : "\"";
          std::fprintf(f, "        when: %s%s%s\n", quote, c.cond.hallsim.c_str(), quote);
        }
        if (c.quality)
          std::fprintf(f, "        scores: {empathy: %d, timeliness: %d, solution: %d}\n", c.quality, c.quality, c.quality);
        if (c.anger && c.trust)
          std::fprintf(f, "        effects: {anger: %s, trust: %s}\n", signed_str(c.anger).c_str(), signed_str(c.trust).c_str());
        else if (c.anger || c.trust)
          std::fprintf(f, "        effects: {%s: %s}\n", c.anger ? "anger" : "trust", signed_str(c.anger ? c.anger : c.trust).c_str());
        std::fprintf(f, "        to: n%d\n", c.to);
      }
    } else if (p.kind == Kind::free_text) {
      std::fprintf(f, "    free_text:\n      prompt: %s\n      rubric: basics-%d\n      routes:\n", kPrompts[p.prompt], p.rubric + 1);
      std::fprintf(f, "        - {when: \"cue.apology and not cue.deflection\", to: n%d}\n", p.route_good);
      std::fprintf(f, "        - {to: n%d}\n", p.route_default);
    } else {
      std::fprintf(f, "    end: {outcome: %s, summary: %s}\n", kOutcomes[p.outcome], kSummaries[p.summary]);
    }
  }
}

void write_ink(std::FILE* f, const Plan& story, uint64_t seed) {
  const std::vector<NodePlan>& nodes = story.nodes;
  int n = static_cast<int>(nodes.size());
  std::fprintf(f, "// Generated by bench_gen %d --seed %llu; do not edit.\n", n, static_cast<unsigned long long>(seed));
  std::fprintf(f, "VAR anger = 50\nVAR trust = 30\nVAR empathy = 0\nVAR timeliness = 0\nVAR solution = 0\n%s-> n0\n",
               story.cyclic ? "VAR elapsed = 0\n" : "");
  auto scores = [&](int q) {
    if (q != 0) std::fprintf(f, "    ~ empathy += %d\n    ~ timeliness += %d\n    ~ solution += %d\n", q, q, q);
  };
  for (int i = 0; i < n; ++i) {
    const NodePlan& p = nodes[static_cast<size_t>(i)];
    std::fprintf(f, "\n=== n%d ===\n", i);
    if (p.minutes) std::fprintf(f, "~ elapsed += %d\n", p.minutes);
    for (const auto& l : p.lines) std::fprintf(f, "%s\n", l.c_str());
    if (p.kind == Kind::choices) {
      for (const ChoicePlan& c : p.choices) {
        if (c.cond.empty()) std::fprintf(f, "+ [%s]\n", kReplies[c.reply]);
        else std::fprintf(f, "+ {%s} [%s]\n", c.cond.ink.c_str(), kReplies[c.reply]);
        scores(c.quality);
        if (c.anger) std::fprintf(f, "    ~ anger += %d\n", c.anger);
        if (c.trust) std::fprintf(f, "    ~ trust += %d\n", c.trust);
        std::fprintf(f, "    -> n%d\n", c.to);
      }
    } else if (p.kind == Kind::free_text) {
      std::fprintf(f, "%s\n", kPrompts[p.prompt]);
      for (const TypedReply& t : kTypedReplies) {
        ReplyEffect e = effect_of(t, p.rubric);
        std::fprintf(f, "+ [%s]\n", t.text);
        scores(e.score);
        if (e.anger) std::fprintf(f, "    ~ anger += %d\n", e.anger);
        std::fprintf(f, "    -> n%d\n", e.good ? p.route_good : p.route_default);
      }
    } else {
      std::fprintf(f, "%s\n-> END\n", kSummaries[p.summary]);
    }
  }
}

void write_yarn(std::FILE* f, const Plan& story, uint64_t seed) {
  const std::vector<NodePlan>& nodes = story.nodes;
  int n = static_cast<int>(nodes.size());
  std::fprintf(f, "// Generated by bench_gen %d --seed %llu; do not edit.\n", n, static_cast<unsigned long long>(seed));
  // Start sets the variables, so every playthrough that jumps to Start begins afresh.
  std::fprintf(f, "title: Start\n---\n<<set $anger to 50>>\n<<set $trust to 30>>\n<<set $empathy to 0>>\n"
                  "<<set $timeliness to 0>>\n<<set $solution to 0>>\n%s<<jump n0>>\n===\n",
               story.cyclic ? "<<set $elapsed to 0>>\n" : "");
  auto add = [&](const char* var, int v) {
    if (v > 0) std::fprintf(f, "    <<set $%s to $%s + %d>>\n", var, var, v);
    if (v < 0) std::fprintf(f, "    <<set $%s to $%s - %d>>\n", var, var, -v);
  };
  auto scores = [&](int q) { add("empathy", q), add("timeliness", q), add("solution", q); };
  for (int i = 0; i < n; ++i) {
    const NodePlan& p = nodes[static_cast<size_t>(i)];
    std::fprintf(f, "title: n%d\n---\n", i);
    if (p.minutes) add("elapsed", p.minutes);
    for (const auto& l : p.lines) std::fprintf(f, "%s\n", l.c_str());
    if (p.kind == Kind::choices) {
      for (const ChoicePlan& c : p.choices) {
        if (c.cond.empty()) std::fprintf(f, "-> %s\n", kReplies[c.reply]);
        else std::fprintf(f, "-> %s <<if %s>>\n", kReplies[c.reply], c.cond.yarn.c_str());
        scores(c.quality);
        add("anger", c.anger);
        add("trust", c.trust);
        std::fprintf(f, "    <<jump n%d>>\n", c.to);
      }
    } else if (p.kind == Kind::free_text) {
      std::fprintf(f, "%s\n", kPrompts[p.prompt]);
      for (const TypedReply& t : kTypedReplies) {
        ReplyEffect e = effect_of(t, p.rubric);
        std::fprintf(f, "-> %s\n", t.text);
        scores(e.score);
        add("anger", e.anger);
        std::fprintf(f, "    <<jump n%d>>\n", e.good ? p.route_good : p.route_default);
      }
    } else {
      std::fprintf(f, "%s\n", kSummaries[p.summary]);
    }
    std::fprintf(f, "===\n");
  }
}

bool write(const std::string& path, void (*writer)(std::FILE*, const Plan&, uint64_t), const Plan& story, uint64_t seed) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    std::fprintf(stderr, "bench_gen: cannot write %s\n", path.c_str());
    return false;
  }
  writer(f, story, seed);
  bool ok = std::ferror(f) == 0;
  ok = std::fclose(f) == 0 && ok;
  if (!ok) std::fprintf(stderr, "bench_gen: error writing %s\n", path.c_str());
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  int n = 0;
  uint64_t seed = 1;
  std::string out = ".", shape = "forward";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--seed" && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--out" && i + 1 < argc) out = argv[++i];
    else if (a == "--shape" && i + 1 < argc) shape = argv[++i];
    else if (n == 0 && !a.empty() && a[0] != '-') n = std::atoi(a.c_str());
    else {
      std::fprintf(stderr, "usage: bench_gen N [--seed S] [--out DIR] [--shape forward|cyclic]\n");
      return 2;
    }
  }
  if (n < 10 || (shape != "forward" && shape != "cyclic")) {
    std::fprintf(stderr, "usage: bench_gen N [--seed S] [--out DIR] [--shape forward|cyclic]   (N >= 10)\n");
    return 2;
  }
  bool cyclic = shape == "cyclic";
  Plan p{cyclic ? plan_cyclic(n, seed) : plan(n, seed), cyclic};
  std::string base = out + (cyclic ? "/cyclic-" : "/bench-") + std::to_string(n);
  bool ok = write(base + ".yaml", write_yaml, p, seed) && write(base + ".ink", write_ink, p, seed) &&
            write(base + ".yarn", write_yarn, p, seed);
  return ok ? 0 : 1;
}
