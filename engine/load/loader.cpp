// The scenario loader. Reads every key of format v1, collecting all problems; see
// docs/diagnostics.md for each code.
//   [SECTION] Expressions   names in `when` resolved against the scenario
//   [SECTION] Top level     id, title, citizen, mood, vars, clock, scoring
//   [SECTION] Nodes         choices, free text, next routes, endings
//   [SECTION] Checks        targets, translations, rubric use
//   [SECTION] Entry points
#include "base/file_text.hpp"
#include "base/clock.hpp"
#include "load/loader.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analyze/analysis.hpp"
#include "analyze/reply_order.hpp"
#include "load/cues.hpp"
#include "load/portrait_image.hpp"
#include "score/fold.hpp"
#include "score/rubric.hpp"
#include "load/reader.hpp"
#include "base/hash.hpp"

namespace hallsim {

namespace fs = std::filesystem;

namespace {

// [SECTION] Expressions

class ScenarioResolver : public expr::Resolver {
 public:
  ScenarioResolver(const Scenario& s, const std::vector<Cue>* cues, bool allow_outcome)
      : s_(s), cues_(cues), allow_outcome_(allow_outcome) {}

  expr::Resolution resolve(const std::string& name) const override {
    using expr::Ref;
    using expr::Type;
    expr::Resolution r;
    auto found = [&](Ref ref, Type type, int index = 0) {
      r.found = true, r.ref = ref, r.type = type, r.index = index;
      return r;
    };
    if (name == "turn") return found(Ref::turn, Type::integer);
    if (name == "elapsed") return found(Ref::elapsed, Type::integer);
    if (name == "clock") {
      if (s_.clock) return found(Ref::clock, Type::string);
      return problem("HS0041", "'clock' is used but the scenario has no hall clock; add clock: {start: \"HH:MM\"}");
    }
    if (name == "outcome" && allow_outcome_) return found(Ref::outcome, Type::string);
    if (name == "conduct" && allow_outcome_) return found(Ref::conduct, Type::integer);
    if (auto rest = after(name, "score.")) {
      for (int d = 0; d < kDimensions; ++d)
        if (*rest == kDimensionNames[d]) return found(Ref::score, Type::integer, d);
      return problem("HS0041", fmt::format("unknown score '{}'; use score.empathy, score.timeliness or score.solution", name));
    }
    if (auto rest = after(name, "visited.")) {
      int n = s_.find_node(*rest);
      if (n >= 0) return found(Ref::visited, Type::boolean, n);
      std::vector<std::string> ids;
      for (const auto& node : s_.nodes) ids.push_back(node.id);
      return problem("HS0030", fmt::format("'{}' names no node{}", name, load::did_you_mean(*rest, ids)));
    }
    if (auto rest = after(name, "cue.")) {
      if (!cues_) return problem("HS0043", fmt::format("'{}' can only be tested in the routes of a free_text node", name));
      std::vector<std::string> ids;
      for (size_t i = 0; i < cues_->size(); ++i) {
        if ((*cues_)[i].id == *rest) return found(Ref::cue, Type::boolean, static_cast<int>(i));
        ids.push_back((*cues_)[i].id);
      }
      return problem("HS0033", fmt::format("this node's rubric has no cue '{}'{}", *rest, load::did_you_mean(*rest, ids)));
    }
    int v = s_.find_variable(name);
    if (v >= 0) {
      const Variable& var = s_.variables[static_cast<size_t>(v)];
      return found(Ref::variable, var.is_bool ? Type::boolean : Type::integer, v);
    }
    std::vector<std::string> known = {"turn", "elapsed", "clock", "score.empathy", "score.timeliness", "score.solution"};
    for (const auto& var : s_.variables) known.push_back(var.name);
    return problem("HS0041", fmt::format("unknown name '{}'{}; a condition can use mood and vars, turn, elapsed, clock, "
                                         "score.*, visited.NODE and cue.ID",
                                         name, load::did_you_mean(name, known)));
  }

 private:
  static std::optional<std::string> after(const std::string& name, std::string_view prefix) {
    if (name.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    return name.substr(prefix.size());
  }
  static expr::Resolution problem(const char* code, std::string message) {
    expr::Resolution r;
    r.code = code;
    r.problem = std::move(message);
    return r;
  }

  const Scenario& s_;
  const std::vector<Cue>* cues_;
  bool allow_outcome_;
};

class ScenarioLoader {
 public:
  ScenarioLoader(const yaml::Document& doc, DiagnosticSink& sink, const LoadOptions& options)
      : doc_(doc), r_(doc, sink), sink_(sink), options_(options) {}

  std::shared_ptr<Scenario> load() {
    auto s = std::make_shared<Scenario>();
    s_ = s.get();
    s_->path = doc_.path;
    const yaml::Node& root = *doc_.root;
    if (!root.is_map()) {
      sink_.error(root.loc, "HS0020",
                  root.is_null() ? "the file is empty; a scenario starts with 'id:', 'title:' and 'nodes:'"
                                 : fmt::format("a scenario must be a map of keys ('id: ...'), not {}", yaml::kind_name(root.kind)));
      return nullptr;
    }
    read_top_level(root);
    return s;
  }

 private:
  // [SECTION] Top level

  void read_top_level(const yaml::Node& root) {
    static const std::vector<std::string> kKeys = {
        "id",   "version",          "language", "title",  "summary", "briefing", "tags",  "difficulty", "citizen",
        "mood", "vars",             "clock",    "reply_time_limit", "typed_reply_time_limit", "scoring", "start", "nodes",
        "rubrics", "rating"};
    r_.check_keys(root, kKeys, "the scenario");
    if (const yaml::Node* v = root.find("language"))
      if (auto s = r_.string(*v, "language")) s_->language = *s;
    lang_ = s_->language;
    if (const yaml::Node* v = r_.require(root, "id", "a scenario")) read_id(*v);
    if (const yaml::Node* v = root.find("version"))
      if (auto i = r_.integer(*v, "version")) {
        if (*i < 1 || *i > 1'000'000) sink_.error(v->loc, "HS0025", "version must be a whole number from 1");
        else s_->version = static_cast<int>(*i);
      }
    if (const yaml::Node* v = r_.require(root, "title", "a scenario")) s_->title = text(*v, "title");
    if (const yaml::Node* v = root.find("summary")) s_->summary = text(*v, "summary");
    if (const yaml::Node* v = root.find("briefing")) s_->briefing = text(*v, "briefing");
    if (const yaml::Node* v = root.find("tags")) s_->tags = r_.string_list(*v, "tags");
    if (const yaml::Node* v = root.find("difficulty"))
      if (auto i = r_.integer(*v, "difficulty")) {
        if (*i < 1 || *i > 5) sink_.error(v->loc, "HS0025", "difficulty must be 1 to 5");
        else s_->difficulty = static_cast<int>(*i);
      }
    if (const yaml::Node* v = r_.require(root, "citizen", "a scenario")) read_citizen(*v);
    if (const yaml::Node* v = root.find("mood")) read_mood(*v);
    if (const yaml::Node* v = root.find("vars")) read_vars(*v);
    if (const yaml::Node* v = root.find("clock")) read_clock(*v);
    if (const yaml::Node* v = root.find("reply_time_limit")) {
      if (auto i = seconds(*v, "reply_time_limit")) s_->reply_time_limit = *i;
    }
    if (const yaml::Node* v = root.find("typed_reply_time_limit"))
      if (auto i = seconds(*v, "typed_reply_time_limit")) s_->typed_reply_time_limit = *i;
    if (const yaml::Node* v = root.find("scoring")) read_scoring(*v);
    if (!scoring_conduct_effects_given_) s_->scoring.conduct_effects = load::default_conduct_effects(s_->variables);
    if (const yaml::Node* v = root.find("rubrics")) read_local_rubrics(*v);
    const yaml::Node* start = r_.require(root, "start", "a scenario");
    if (const yaml::Node* v = r_.require(root, "nodes", "a scenario")) read_nodes(*v);
    if (start) read_start(*start);
    if (const yaml::Node* v = root.find("rating")) read_rating(*v);
    check_unused_rubrics();
    check_typed_reply_nodes();
    check_reply_order();
    check_translations();
  }

  void read_id(const yaml::Node& v) {
    auto id = r_.string(v, "id");
    if (!id) return;
    bool ok = !id->empty() && (((*id)[0] >= 'a' && (*id)[0] <= 'z') || ((*id)[0] >= '0' && (*id)[0] <= '9'));
    for (char c : *id) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    if (!ok)
      sink_.error(v.loc, "HS0025",
                  fmt::format("id '{}' must be lower-case letters, digits and '-', starting with a letter or digit "
                              "(e.g. long-wait)", *id));
    s_->id = *id;
  }

  L10nText text(const yaml::Node& v, std::string_view what) {
    L10nText t = r_.l10n(v, what, lang_);
    note_text(t, what);
    return t;
  }

  // What the translation check needs of a text: where it is, what it is, its locales (a copy of
  // every text here doubled the memory of the strings while loading).
  struct TextNote {
    SourceLoc loc;
    std::string_view what;  // always a string literal
    uint32_t first, count;  // into text_locales_
  };
  void note_text(const L10nText& t, std::string_view what) {
    texts_.push_back({t.loc, what, static_cast<uint32_t>(text_locales_.size()), static_cast<uint32_t>(t.by_locale.size())});
    for (const auto& [l, _] : t.by_locale) text_locales_.push_back(l);
  }

  std::optional<int> seconds(const yaml::Node& v, std::string_view what) {
    auto i = r_.integer(v, what);
    if (!i) return std::nullopt;
    if (*i < 1 || *i > 3600) {
      sink_.error(v.loc, "HS0025", fmt::format("{} must be 1 to 3600 seconds", what));
      return std::nullopt;
    }
    return static_cast<int>(*i);
  }

  std::optional<int> minutes(const yaml::Node& v, std::string_view what) {
    auto i = r_.integer(v, what);
    if (!i) return std::nullopt;
    if (*i < 0 || *i > 24LL * 60) {
      sink_.error(v.loc, "HS0025", fmt::format("{} must be 0 to 1440 minutes", what));
      return std::nullopt;
    }
    return static_cast<int>(*i);
  }

  void read_citizen(const yaml::Node& v) {
    if (!r_.expect_map(v, "citizen")) return;
    r_.check_keys(v, {"name", "age", "disc", "portrait", "portrait_images", "presents"}, "citizen");
    Citizen& c = s_->citizen;
    if (const yaml::Node* n = r_.require(v, "name", "citizen")) c.name = text(*n, "the citizen's name");
    if (const yaml::Node* n = v.find("age"))
      if (auto i = r_.integer(*n, "age")) {
        if (*i < 0 || *i > 130) sink_.error(n->loc, "HS0025", "age must be 0 to 130");
        else c.age = static_cast<int>(*i);
      }
    if (const yaml::Node* n = v.find("disc"))
      if (auto s = r_.string(*n, "disc")) {
        if (s->size() != 1 || std::string("DISC").find((*s)[0]) == std::string::npos)
          sink_.error(n->loc, "HS0025", fmt::format("disc must be one of D, I, S, C, not '{}'", *s));
        else c.disc = (*s)[0];
      }
    if (const yaml::Node* n = v.find("portrait"))
      if (auto s = r_.string(*n, "portrait")) read_portrait(*n, *s);
    if (const yaml::Node* n = v.find("portrait_images")) read_portrait_images(*n);
    if (const yaml::Node* n = v.find("presents"))
      if (auto s = r_.string(*n, "presents")) read_presents(*n, *s);
  }

  void read_presents(const yaml::Node& n, const std::string& value) {
    if (value == "woman") s_->citizen.presents = Presents::woman;
    else if (value == "man") s_->citizen.presents = Presents::man;
    else
      sink_.error(n.loc, "HS0025",
                  fmt::format("presents '{}' must be woman or man{}", value, load::did_you_mean(value, {"woman", "man"})));
  }

  // An image per mood band (see docs/scenario-format.md); a band left out falls back to calm,
  // then to the drawn face.
  void read_portrait_images(const yaml::Node& v) {
    if (!r_.expect_map(v, "portrait_images")) return;
    static const std::vector<std::string> kBands = {"calm", "pleased", "angry", "anxious"};
    r_.check_keys(v, kBands, "portrait_images");
    for (size_t i = 0; i < v.map_size(); ++i) {
      const std::string& band = v.key(i).scalar;
      if (std::find(kBands.begin(), kBands.end(), band) == kBands.end()) continue;
      if (auto path = r_.string(v.value(i), "a portrait image path"))
        if (portrait_image_usable(v.value(i), *path)) s_->citizen.portrait_images[band] = *path;
    }
  }

  // Outside the scenario's folder is an error (the file is never read); missing or not a PNG is a
  // warning, and the drawn face is shown instead.
  bool portrait_image_usable(const yaml::Node& n, const std::string& path) {
    load::PortraitImageCheck check = load::check_portrait_image(doc_.path, path);
    if (check.verdict == load::PortraitImageCheck::Verdict::outside) sink_.error(n.loc, "HS0025", check.problem);
    else if (!check.ok()) sink_.warning(n.loc, "HS0112", check.problem);
    return check.ok();
  }

  void read_portrait(const yaml::Node& n, const std::string& value) {
    static const std::vector<std::string> kPresets = {"calm", "angry", "elderly", "vip", "anxious", "young"};
    s_->citizen.portrait = value;
    if (std::find(kPresets.begin(), kPresets.end(), value) != kPresets.end()) return;
    if (!load::looks_like_image_path(value)) {
      sink_.error(n.loc, "HS0025",
                  fmt::format("portrait '{}' is not a preset{}; use calm, angry, elderly, vip, anxious or young, or an image path",
                              value, load::did_you_mean(value, kPresets)));
      return;
    }
    // One image for every mood: it is the calm band, which every other band falls back to.
    if (portrait_image_usable(n, value)) s_->citizen.portrait_images.emplace("calm", value);
  }

  static bool reserved(const std::string& name) {
    static const std::set<std::string> kReserved = {"turn",    "elapsed", "clock", "score", "visited", "cue",
                                                    "outcome", "conduct", "true",  "false", "and",     "or", "not"};
    bool ok = !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_');
    for (char c : name) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    return !ok || kReserved.count(name) > 0;
  }

  bool add_variable(Variable v, const yaml::Node& key) {
    if (reserved(v.name)) {
      sink_.error(key.loc, "HS0025",
                  fmt::format("'{}' cannot be a variable name: use letters, digits and '_', and none of turn, elapsed, "
                              "clock, score, visited, cue, outcome, true, false, and, or, not", v.name));
      return false;
    }
    if (s_->find_variable(v.name) >= 0) {
      sink_.error(key.loc, "HS0026", fmt::format("variable '{}' is declared twice (in mood and vars)", v.name));
      return false;
    }
    s_->variables.push_back(std::move(v));
    return true;
  }

  void read_mood(const yaml::Node& v) {
    if (!r_.expect_map(v, "mood")) return;
    for (size_t i = 0; i < v.map_size(); ++i) {
      const yaml::Node& k = v.key(i);
      const yaml::Node& spec = v.value(i);
      Variable var;
      var.name = k.scalar;
      var.is_mood = true;
      var.loc = k.loc;
      var.min = 0;
      var.max = 100;
      std::string what = fmt::format("mood '{}'", k.scalar);
      if (load::looks_like_integer(spec)) {  // shorthand: `anger: 60`
        var.start = static_cast<int>(*r_.signed_integer(spec, what));
      } else {
        if (!r_.expect_map(spec, what)) continue;
        r_.check_keys(spec, {"start", "min", "max", "label"}, what);
        if (const yaml::Node* n = spec.find("label")) var.label = text(*n, "label");
        auto read = [&](const char* key, int& out) {
          if (const yaml::Node* n = spec.find(key))
            if (auto x = r_.signed_integer(*n, fmt::format("{} of {}", key, what))) {
              if (*x < -1'000'000 || *x > 1'000'000) sink_.error(n->loc, "HS0025", "mood values must be within ±1,000,000");
              else out = static_cast<int>(*x);
            }
        };
        if (r_.require(spec, "start", what)) read("start", var.start);
        read("min", var.min);
        read("max", var.max);
      }
      if (var.min > var.max || var.start < var.min || var.start > var.max)
        sink_.error(spec.loc, "HS0025", fmt::format("{} needs min <= start <= max (it has {} <= {} <= {})", what, var.min, var.start, var.max));
      add_variable(std::move(var), k);
    }
  }

  void read_vars(const yaml::Node& v) {
    if (!r_.expect_map(v, "vars")) return;
    for (size_t i = 0; i < v.map_size(); ++i) {
      const yaml::Node& k = v.key(i);
      const yaml::Node& value = v.value(i);
      Variable var;
      var.name = k.scalar;
      var.loc = k.loc;
      if (load::looks_like_bool(value)) {
        var.is_bool = true;
        var.start = *r_.boolean(value, "a var") ? 1 : 0;
        var.max = 1;
      } else if (auto n = r_.signed_integer(value, fmt::format("var '{}' (a number or true/false)", k.scalar))) {
        if (*n < -1'000'000 || *n > 1'000'000) {
          sink_.error(value.loc, "HS0025", "vars must start within ±1,000,000");
          continue;
        }
        var.start = static_cast<int>(*n);
        var.min = -1'000'000'000;
        var.max = 1'000'000'000;
      } else {
        continue;
      }
      add_variable(std::move(var), k);
    }
  }

  void read_clock(const yaml::Node& v) {
    if (!r_.expect_map(v, "clock")) return;
    r_.check_keys(v, {"start", "close"}, "clock");
    Clock c;
    auto time = [&](const yaml::Node& n, const char* what) -> std::optional<int> {
      auto s = r_.string(n, what);
      if (!s) return std::nullopt;
      auto t = parse_clock(*s);
      if (!t) sink_.error(n.loc, "HS0025", fmt::format("{} must be a time written \"HH:MM\", not '{}'", what, *s));
      return t;
    };
    if (const yaml::Node* n = r_.require(v, "start", "clock"))
      if (auto t = time(*n, "the clock's start")) c.start = *t;
    if (const yaml::Node* n = v.find("close")) c.close = time(*n, "the clock's close");
    s_->clock = c;
  }

  void read_scoring(const yaml::Node& v) {
    if (!r_.expect_map(v, "scoring")) return;
    r_.check_keys(v, {"weights", "pass", "late_penalty", "conduct"}, "scoring");
    ScoringRules& rules = s_->scoring;
    if (const yaml::Node* w = v.find("weights"); w && r_.expect_map(*w, "weights")) {
      std::vector<std::string> names(kDimensionNames.begin(), kDimensionNames.end());
      r_.check_keys(*w, names, "weights");
      for (int d = 0; d < kDimensions; ++d)
        if (const yaml::Node* n = w->find(kDimensionNames[d]))
          if (auto x = r_.number(*n, "a weight")) {
            if (*x < 0 || *x > 1000) sink_.error(n->loc, "HS0025", "a weight must be 0 to 1000");
            else rules.weights[d] = *x;
          }
      if (rules.weights[0] + rules.weights[1] + rules.weights[2] <= 0)
        sink_.error(w->loc, "HS0025", "at least one weight must be above 0");
    }
    if (const yaml::Node* n = v.find("pass"))
      if (auto x = r_.number(*n, "pass")) {
        if (*x < 0 || *x > 100) sink_.error(n->loc, "HS0025", "pass must be 0 to 100");
        else rules.pass = *x;
      }
    if (const yaml::Node* n = v.find("late_penalty"))
      if (auto x = r_.integer(*n, "late_penalty")) {
        if (*x < 0 || *x > 1000) sink_.error(n->loc, "HS0025", "late_penalty must be 0 to 1000");
        else rules.late_penalty = static_cast<int>(*x);
      }
    if (const yaml::Node* c = v.find("conduct"); c && r_.expect_map(*c, "scoring.conduct")) {
      r_.check_keys(*c, {"scores", "effects"}, "scoring.conduct");
      if (const yaml::Node* x = c->find("scores")) rules.conduct_scores = load::read_scores(r_, *x);
      if (const yaml::Node* x = c->find("effects")) {
        rules.conduct_effects = effects(*x);
        scoring_conduct_effects_given_ = true;
      }
    }
  }

  // [SECTION] Rubrics

  void read_local_rubrics(const yaml::Node& v) {
    if (!r_.expect_map(v, "rubrics")) return;
    for (size_t i = 0; i < v.map_size(); ++i) {
      Rubric rubric;
      rubric.name = v.key(i).scalar;
      rubric.loc = v.key(i).loc;
      rubric.path = doc_.path;
      rubric.cues = load::read_cues(r_, v.value(i), lang_);
      for (const auto& c : rubric.cues) note_text(c.label, "a cue label");
      local_rubrics_.push_back(std::move(rubric));
    }
  }

  const std::vector<RubricFile>& shared_rubrics() {
    if (!shared_loaded_) {
      shared_loaded_ = true;
      std::vector<std::string> dirs = options_.rubric_dirs;
      if (dirs.empty()) dirs.push_back((fs::path(doc_.path).parent_path() / "rubrics").string());
      for (const auto& dir : dirs) {
        std::vector<Diagnostic> ds;
        auto files = load_rubric_dir(dir, ds);
        for (auto& d : ds) sink_.add(std::move(d));
        for (auto& f : files) shared_.push_back(std::move(f));
      }
    }
    return shared_;
  }

  const Rubric* find_rubric(const std::string& name) {
    for (const auto& r : local_rubrics_)
      if (r.name == name) return &r;
    for (const auto& f : shared_rubrics())
      for (const auto& r : f.rubrics)
        if (r.name == name) return &r;
    return nullptr;
  }

  void add_named_rubric(const yaml::Node& name_node, FreeText& ft) {
    auto name = r_.string(name_node, "a rubric name");
    if (!name) return;
    const Rubric* rubric = find_rubric(*name);
    if (!rubric) {
      std::vector<std::string> names;
      for (const auto& r : local_rubrics_) names.push_back(r.name);
      for (const auto& f : shared_rubrics())
        for (const auto& r : f.rubrics) names.push_back(r.name);
      sink_.error(name_node.loc, "HS0032",
                  fmt::format("unknown rubric '{}'{}; define it under 'rubrics:' or in a file in rubrics/", *name,
                              load::did_you_mean(*name, names)));
      return;
    }
    used_rubrics_.insert(*name);
    ft.rubric_names.push_back(*name);
    size_t first = ft.cues.size();
    for (const Cue& c : rubric->cues) ft.cues.push_back(c);
    // Effects of a shared rubric are checked against this scenario, but reported in the rubric's
    // file. A shared file serves many scenarios, so effects on a mood this one does not track
    // (say `anxiety`) are left out rather than refused.
    DiagnosticSink rubric_sink(rubric->path);
    bool shared = rubric->path != doc_.path;
    for (size_t i = first; i < ft.cues.size(); ++i) {
      auto& effects = ft.cues[i].effects;
      if (shared)
        effects.erase(std::remove_if(effects.begin(), effects.end(),
                                     [&](const Effect& e) { return s_->find_variable(e.name) < 0; }),
                      effects.end());
      load::resolve_effects(effects, s_->variables, rubric_sink);
    }
    for (auto& d : rubric_sink.take()) {
      if (rubric->path != doc_.path) d.message += fmt::format(" (rubric '{}' used by {})", *name, doc_.path);
      sink_.add(std::move(d));
    }
  }

  // A typed-reply node should show the trainee a model answer and must not hand over the very
  // phrases its rubric listens for; its model answer should earn what the rubric offers.
  void check_typed_reply_nodes() {
    for (const Node& n : s_->nodes) {
      if (n.kind != Node::Kind::free_text) continue;
      const FreeText& ft = n.free_text;
      if (ft.model_reply.empty())
        sink_.warning(n.loc, "HS0113",
                      fmt::format("free-text node '{}' has no model_reply; give the sentence an expert would type, "
                                  "so the debrief can show it as the better reply", n.id));
      check_prompt_gives_nothing_away(n);
      check_model_reply_earns(n);
    }
  }

  // A trainee who picks the longest reply must not beat chance (HS0116).
  void check_reply_order() {
    ReplyOrder order = reply_order(*s_);
    if (order.choice_nodes >= 5 && order.longest_share() > kLongestBestLimit)
      sink_.warning({1, 1}, "HS0116",
                    fmt::format("the best reply is also the longest at {} of {} choice nodes ({:.0f}%); above {:.0f}% a "
                                "trainee who picks the longest reply beats chance: shorten some best replies or lengthen "
                                "a weaker one",
                                order.best_longest, order.choice_nodes, order.longest_share() * 100, kLongestBestLimit * 100));
  }

  void check_prompt_gives_nothing_away(const Node& n) {
    const FreeText& ft = n.free_text;
    for (const auto& [locale, prompt] : ft.prompt.by_locale) {
      std::string folded = fold_for_matching(prompt);
      for (const Cue& cue : ft.cues) {
        if (!cue.positive()) continue;
        for (const auto* list : {&cue.any_phrases, &cue.all_phrases})
          for (const Phrase& p : *list)
            if (p.kind == Phrase::Kind::literal && p.folded.size() > 3 && folded.find(p.folded) != std::string::npos) {
              sink_.warning(ft.prompt.loc, "HS0114",
                            fmt::format("the {} prompt of node '{}' contains \"{}\", a phrase cue '{}' listens for; say "
                                        "what to achieve, not the words to type", locale, n.id, p.source, cue.id));
              return;
            }
      }
    }
  }

  void check_model_reply_earns(const Node& n) {
    const FreeText& ft = n.free_text;
    for (const auto& [locale, reply] : ft.model_reply.by_locale) {
      ReplyJudgement j = judge_reply(ft.cues, reply);
      std::vector<std::string> missing;
      for (size_t i = 0; i < ft.cues.size(); ++i)
        if (ft.cues[i].positive() && !j.matched_cue(static_cast<int>(i)) && cue_has_language(ft.cues[i], locale))
          missing.push_back(ft.cues[i].id);
      if (j.flagged()) missing.insert(missing.begin(), "(flagged by the conduct check)");
      if (!missing.empty())
        sink_.warning(ft.model_reply.loc, "HS0115",
                      fmt::format("the {} model_reply of node '{}' does not earn {}; a model answer should meet every "
                                  "positive cue (try it with `hallsim rubric`)", locale, n.id, fmt::join(missing, ", ")));
    }
  }

  // Whether a cue lists phrases in the script of `locale` (an English model reply cannot be expected
  // to meet a cue that lists only Chinese).
  static bool cue_has_language(const Cue& cue, const std::string& locale) {
    bool chinese_locale = locale.rfind("zh", 0) == 0;
    for (const auto* list : {&cue.any_phrases, &cue.all_phrases})
      for (const Phrase& p : *list) {
        if (p.kind != Phrase::Kind::literal) return true;
        bool ascii = std::all_of(p.folded.begin(), p.folded.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii != chinese_locale) return true;
      }
    return false;
  }

  void check_unused_rubrics() {
    for (const auto& r : local_rubrics_)
      if (!used_rubrics_.count(r.name))
        sink_.warning(r.loc, "HS0105", fmt::format("rubric '{}' is not used by any free_text node", r.name));
  }

  // [SECTION] Nodes

  void read_nodes(const yaml::Node& v) {
    if (!r_.expect_map(v, "nodes")) return;
    if (v.map_size() == 0) sink_.error(v.loc, "HS0022", "a scenario needs at least one node");
    for (size_t i = 0; i < v.map_size(); ++i) {
      Node n;
      n.id = v.key(i).scalar;
      n.loc = v.key(i).loc;
      if (s_->node_index.count(n.id)) continue;  // reported as a duplicate key already
      s_->node_index.emplace(n.id, static_cast<int>(s_->nodes.size()));
      s_->nodes.push_back(std::move(n));
    }
    for (size_t i = 0; i < v.map_size(); ++i) {
      int index = s_->find_node(v.key(i).scalar);
      if (index >= 0 && s_->nodes[static_cast<size_t>(index)].loc.line == v.key(i).loc.line)
        read_node(v.value(i), s_->nodes[static_cast<size_t>(index)]);
    }
  }

  // The list comes from the model, so a speaker added there is named here without another edit.
  void unknown_speaker(const yaml::Node& x, const std::string& written) {
    std::vector<std::string> names(kSpeakerNames.begin(), kSpeakerNames.end());
    sink_.error(x.loc, "HS0025",
                fmt::format("speaker '{}' must be one of {}{}", written, fmt::join(names, ", "),
                            load::did_you_mean(written, names)));
  }

  void read_node(const yaml::Node& v, Node& n) {
    std::string what = fmt::format("node '{}'", n.id);
    if (!r_.expect_map(v, what)) return;
    static const std::vector<std::string> kKeys = {"speaker", "say",       "effects", "minutes", "time_limit",
                                                   "choices", "free_text", "next",    "end"};
    r_.check_keys(v, kKeys, what);
    if (const yaml::Node* x = v.find("speaker"))
      if (auto s = r_.string(*x, "speaker")) {
        if (auto sp = parse_speaker(*s)) n.speaker = *sp;
        else unknown_speaker(*x, *s);
      }
    if (const yaml::Node* x = v.find("say")) n.say = text(*x, "say");
    if (const yaml::Node* x = v.find("effects")) n.effects = effects(*x);
    if (const yaml::Node* x = v.find("minutes"))
      if (auto m = minutes(*x, "minutes")) n.minutes = *m;
    if (const yaml::Node* x = v.find("time_limit")) n.time_limit = seconds(*x, "time_limit");

    std::vector<std::string> kinds;
    for (const char* k : {"choices", "free_text", "next", "end"})
      if (v.find(k)) kinds.emplace_back(k);
    if (kinds.size() != 1) {
      sink_.error(n.loc, "HS0031",
                  kinds.empty() ? fmt::format("{} says nothing about what happens next; give it one of choices, "
                                              "free_text, next or end", what)
                                : fmt::format("{} has both '{}' and '{}'; give it exactly one of choices, free_text, next or end",
                                              what, kinds[0], kinds[1]));
    }
    if (kinds.empty()) return;
    const std::string& kind = kinds[0];
    if (kind == "choices") {
      n.kind = Node::Kind::choices;
      read_choices(*v.find("choices"), n);
    } else if (kind == "free_text") {
      n.kind = Node::Kind::free_text;
      read_free_text(*v.find("free_text"), n);
    } else if (kind == "next") {
      n.kind = Node::Kind::next;
      n.next = routes(*v.find("next"), nullptr, what);
    } else {
      n.kind = Node::Kind::end;
      read_end(*v.find("end"), n);
    }
  }

  std::vector<Effect> effects(const yaml::Node& v) {
    auto list = load::read_effects(r_, v);
    load::resolve_effects(list, s_->variables, sink_);
    return list;
  }

  void read_choices(const yaml::Node& v, Node& n) {
    if (!r_.expect_list(v, "choices")) return;
    if (v.items.empty()) sink_.error(v.loc, "HS0037", fmt::format("node '{}' has an empty list of choices", n.id));
    static const std::vector<std::string> kKeys = {"reply", "to",   "when",     "scores", "effects",
                                                   "minutes", "step", "feedback", "conduct"};
    for (const auto& item : v.items) {
      if (!r_.expect_map(item, "a choice")) continue;
      r_.check_keys(item, kKeys, "a choice");
      Choice c;
      c.loc = item.loc;
      c.global_index = s_->choice_count++;
      if (const yaml::Node* x = r_.require(item, "reply", "a choice")) c.reply = text(*x, "reply");
      if (const yaml::Node* x = r_.require(item, "to", "a choice")) c.target = target(*x, c.to);
      if (const yaml::Node* x = item.find("when")) c.when = expression(*x, nullptr, false);
      if (const yaml::Node* x = item.find("scores")) c.scores = load::read_scores(r_, *x);
      if (const yaml::Node* x = item.find("effects")) c.effects = effects(*x);
      if (const yaml::Node* x = item.find("minutes"))
        if (auto m = minutes(*x, "minutes")) c.minutes = *m;
      if (const yaml::Node* x = item.find("step")) c.step = step(*x);
      if (const yaml::Node* x = item.find("feedback")) c.feedback = text(*x, "feedback");
      c.conduct = flagged_by_conduct_lexicon(c.reply);
      if (const yaml::Node* x = item.find("conduct"))
        if (auto b = r_.boolean(*x, "conduct")) c.conduct = *b;
      n.choices.push_back(std::move(c));
    }
  }

  // Whether the conduct lexicon flags a reply the author wrote (in the scenario's language).
  bool flagged_by_conduct_lexicon(const L10nText& reply) {
    static const std::vector<Cue> lexicon = {load::conduct_cue(ScoringRules{})};
    return judge_reply(lexicon, reply.get(lang_, lang_)).flagged();
  }

  std::optional<Step> step(const yaml::Node& v) {
    auto s = r_.string(v, "step");
    if (!s) return std::nullopt;
    if (auto st = parse_step(*s)) return st;
    std::vector<std::string> names;
    names.reserve(kSteps);
    for (int i = 0; i < kSteps; ++i) names.emplace_back(step_name(static_cast<Step>(i)));
    sink_.error(v.loc, "HS0036",
                fmt::format("unknown step '{}'{}; use accept, soothe, gather, propose, agree or follow_up "
                            "(or 受理投诉, 安抚民众, 收集信息, 提出建议, 达成共识, 回馈跟踪)",
                            *s, load::did_you_mean(*s, names)));
    return std::nullopt;
  }

  void read_free_text(const yaml::Node& v, Node& n) {
    std::string what = fmt::format("the free_text of node '{}'", n.id);
    if (!r_.expect_map(v, what)) return;
    static const std::vector<std::string> kKeys = {"prompt", "model_reply", "time_limit", "conduct", "rubric", "routes"};
    r_.check_keys(v, kKeys, "free_text");
    FreeText& ft = n.free_text;
    if (const yaml::Node* x = v.find("prompt")) ft.prompt = text(*x, "prompt");
    if (const yaml::Node* x = v.find("model_reply")) ft.model_reply = text(*x, "model_reply");
    if (const yaml::Node* x = v.find("time_limit")) ft.time_limit = seconds(*x, "time_limit");
    if (const yaml::Node* x = v.find("conduct"))
      if (auto b = r_.boolean(*x, "conduct")) ft.conduct_check = *b;
    if (ft.conduct_check) ft.cues.push_back(load::conduct_cue(s_->scoring));
    if (const yaml::Node* x = r_.require(v, "rubric", what)) {
      if (x->is_scalar()) {
        add_named_rubric(*x, ft);
      } else if (x->is_sequence() && !x->items.empty() && x->items[0].is_scalar()) {
        for (const auto& name : x->items) add_named_rubric(name, ft);  // several named rubrics combined
      } else {
        std::vector<Cue> inline_cues = load::read_cues(r_, *x, lang_);
        for (auto& c : inline_cues) {
          load::resolve_effects(c.effects, s_->variables, sink_);
          note_text(c.label, "a cue label");
        }
        ft.cues.insert(ft.cues.end(), inline_cues.begin(), inline_cues.end());
      }
    }
    for (size_t i = 0; i < ft.cues.size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if (ft.cues[i].id == ft.cues[j].id && !ft.rubric_names.empty())
          sink_.error(v.loc, "HS0026", fmt::format("cue '{}' appears in two of the rubrics combined here", ft.cues[i].id));
    ft.first_cue_slot = s_->cue_slot_count;
    s_->cue_slot_count += static_cast<int>(ft.cues.size());
    if (const yaml::Node* x = r_.require(v, "routes", what)) ft.routes = routes(*x, &ft.cues, what);
  }

  // `next: id`, or a list of {when, to}; free_text routes are always the list form.
  std::vector<Route> routes(const yaml::Node& v, const std::vector<Cue>* cues, const std::string& what) {
    std::vector<Route> out;
    if (v.is_scalar() && !cues) {
      Route r;
      r.loc = v.loc;
      r.target = target(v, r.to);
      out.push_back(std::move(r));
      return out;
    }
    if (!r_.expect_list(v, cues ? "routes" : "next (a node id, or a list of {when, to})")) return out;
    if (v.items.empty()) sink_.error(v.loc, "HS0022", fmt::format("{} has an empty list of routes", what));
    for (const auto& item : v.items) {
      if (!r_.expect_map(item, "a route")) continue;
      static const std::vector<std::string> kKeys = {"when", "to"};
      r_.check_keys(item, kKeys, "a route");
      Route r;
      r.loc = item.loc;
      if (const yaml::Node* x = r_.require(item, "to", "a route")) r.target = target(*x, r.to);
      if (const yaml::Node* x = item.find("when")) r.when = expression(*x, cues, false);
      out.push_back(std::move(r));
    }
    if (!out.empty() && out.back().when)
      sink_.warning(v.items.back().loc, "HS0104",
                    fmt::format("the last route of {} has a condition; add a final route without 'when' so the "
                                "conversation can always go on", what));
    return out;
  }

  void read_end(const yaml::Node& v, Node& n) {
    if (!r_.expect_map(v, "end")) return;
    static const std::vector<std::string> kKeys = {"outcome", "summary"};
    r_.check_keys(v, kKeys, "end");
    if (const yaml::Node* x = r_.require(v, "outcome", "end"))
      if (auto s = r_.string(*x, "outcome")) {
        if (auto o = parse_outcome(*s)) n.ending.outcome = *o;
        else
          sink_.error(x->loc, "HS0025",
                      fmt::format("outcome '{}' must be resolved, partial, escalated or failed{}", *s,
                                  load::did_you_mean(*s, {"resolved", "partial", "escalated", "failed"})));
      }
    if (const yaml::Node* x = v.find("summary")) n.ending.summary = text(*x, "summary");
  }

  // Records the id and returns the node index, or -1 after reporting a dangling target.
  int target(const yaml::Node& v, std::string& id) {
    auto s = r_.string(v, "a target node id");
    if (!s) return -1;
    id = *s;
    int index = s_->find_node(*s);
    if (index < 0 && !s_->nodes.empty()) {
      std::vector<std::string> ids;
      for (const auto& n : s_->nodes) ids.push_back(n.id);
      sink_.error(v.loc, "HS0030", fmt::format("'{}' is not a node{}", *s, load::did_you_mean(*s, ids)));
    }
    return index;
  }

  void read_start(const yaml::Node& v) { s_->start_node = target(v, s_->start); }

  std::optional<expr::Expression> expression(const yaml::Node& v, const std::vector<Cue>* cues, bool allow_outcome) {
    std::string source;
    if (v.is_scalar())
      source = v.scalar;
    else {
      r_.string(v, "a condition");  // reports the wrong type
      return std::nullopt;
    }
    expr::Expression e;
    auto [origin, exact] = r_.scalar_text_origin(v);
    e.loc = origin;
    e.column_step = exact ? 1 : 0;
    ScenarioResolver resolver(*s_, cues, allow_outcome);
    auto errors = expr::parse(source, resolver, e);
    if (errors.empty()) return e;
    for (const auto& err : errors) {
      SourceLoc at = exact ? SourceLoc{origin.line, origin.column + err.offset} : origin;
      sink_.error(at, err.code, fmt::format("in condition \"{}\": {}", source, err.message));
    }
    return std::nullopt;
  }

  void read_rating(const yaml::Node& v) {
    if (!r_.expect_list(v, "rating")) return;
    for (const auto& item : v.items) {
      if (!r_.expect_map(item, "a rating rule")) continue;
      r_.check_keys(item, {"when", "level"}, "a rating rule");
      RatingRule rule;
      if (const yaml::Node* x = item.find("when")) {
        auto e = expression(*x, nullptr, true);
        if (!e) continue;
        rule.when = std::move(*e);
      }
      if (const yaml::Node* x = r_.require(item, "level", "a rating rule")) {
        auto s = r_.string(*x, "level");
        if (!s) continue;
        auto level = parse_rating(*s);
        if (!level) {
          std::vector<std::string> names = {"very_satisfied", "satisfied", "basic", "dissatisfied", "very_dissatisfied"};
          sink_.error(x->loc, "HS0025", fmt::format("level '{}' must be one of very_satisfied, satisfied, basic, "
                                                    "dissatisfied, very_dissatisfied{}", *s, load::did_you_mean(*s, names)));
          continue;
        }
        rule.level = *level;
        s_->rating.push_back(std::move(rule));
      }
    }
  }

  // [SECTION] Checks

  // Every locale any text offers is expected of every text; the file's language comes first.
  void check_translations() {
    std::vector<std::string> locales{lang_};
    for (const auto& l : text_locales_)
      if (std::find(locales.begin(), locales.end(), l) == locales.end()) locales.push_back(l);
    s_->locales = locales;
    if (locales.size() < 2) return;
    for (const TextNote& t : texts_) {
      if (t.count == 0) continue;
      auto begin = text_locales_.begin() + t.first, end = begin + t.count;
      auto has = [&](const std::string& l) { return std::find(begin, end, l) != end; };
      for (const auto& l : locales)
        if (!has(l))
          sink_.warning(t.loc, "HS0103",
                        fmt::format("{} has no '{}' translation; {} readers see the {} text", t.what, l, l,
                                    has(lang_) ? lang_ : *begin));
    }
  }

  const yaml::Document& doc_;
  load::Reader r_;
  DiagnosticSink& sink_;
  const LoadOptions& options_;
  Scenario* s_ = nullptr;
  bool scoring_conduct_effects_given_ = false;  // else the default conduct effects apply
  std::string lang_ = "zh-CN";
  std::vector<TextNote> texts_;
  std::vector<std::string> text_locales_;
  std::vector<Rubric> local_rubrics_;
  std::vector<RubricFile> shared_;
  bool shared_loaded_ = false;
  std::set<std::string> used_rubrics_;
};

}  // namespace

// [SECTION] Entry points

bool is_test_plan_path(const std::string& path) {
  const std::string suffix = ".test.yaml";
  return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
}

namespace {

// What loading finds in one reading of a tab-indented file (the tabs replaced by spaces).
std::vector<Diagnostic> problems_of_reading(std::string text, const std::string& path, const LoadOptions& options) {
  DiagnosticSink sink(path);
  yaml::Document doc = yaml::parse(std::move(text), path, sink, options.limits);
  if (doc.root) ScenarioLoader(doc, sink, options).load();
  return sink.take();
}

bool same_problem(const Diagnostic& a, const Diagnostic& b) {
  return a.line == b.line && a.column == b.column && a.code == b.code && a.message == b.message;
}

// When tabs indent a file, its shape is a guess. Problems that change with the guess are caused
// by the tabs: they are counted in the first tab error (which leads the list, as every reading
// problem does) instead of burying it under a hundred follow-on warnings. Problems every reading
// shares stay listed.
void fold_into_cause(std::vector<Diagnostic>& ds, const std::vector<std::vector<Diagnostic>>& other_readings) {
  if (other_readings.empty()) return;
  auto cause = std::find_if(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.code == "HS0003"; });
  if (cause == ds.end()) return;
  auto in_every_reading = [&](const Diagnostic& d) {
    return std::all_of(other_readings.begin(), other_readings.end(), [&](const std::vector<Diagnostic>& other) {
      return std::any_of(other.begin(), other.end(), [&](const Diagnostic& o) { return same_problem(d, o); });
    });
  };
  auto follows_from_the_tab = [&](const Diagnostic& d) { return d.code != "HS0003" && !in_every_reading(d); };
  size_t folded = static_cast<size_t>(std::count_if(ds.begin(), ds.end(), follows_from_the_tab));
  if (folded == 0) return;
  cause->message += fmt::format(
      "; the problems that depend on how the tab is read are not listed ({} of them): replace the tab with spaces, "
      "then check again",
      folded);
  ds.erase(std::remove_if(ds.begin(), ds.end(), follows_from_the_tab), ds.end());
}

}  // namespace

ScoreBounds LoadResult::bounds() const {
  if (!analysis) throw std::logic_error("the scenario was loaded without its analysis, so its best scores are unknown");
  return score_bounds(*analysis);
}

LoadResult load_scenario_text(std::string text, const std::string& path, const LoadOptions& options) {
  LoadResult result;
  DiagnosticSink sink(path);
  std::string hash = sha256_hex(text);
  std::shared_ptr<Scenario> scenario;
  std::vector<std::vector<Diagnostic>> other_readings;
  {
    yaml::Document doc = yaml::parse(std::move(text), path, sink, options.limits);
    if (doc.root) {
      ScenarioLoader loader(doc, sink, options);
      scenario = loader.load();
    }
    for (auto& reading : doc.other_readings) other_readings.push_back(problems_of_reading(std::move(reading), path, options));
  }  // the text and its YAML tree are freed here, before the analysis allocates its states
  if (scenario) scenario->content_hash = hash;
  std::shared_ptr<const Analysis> analysis;
  if (scenario && !sink.has_errors() && options.analyze) {
    analysis = std::make_shared<const Analysis>(analyze(*scenario, options.analysis));
    report_analysis(*scenario, *analysis, options.analysis, sink);
  }
  result.diagnostics = sink.take();
  sort_diagnostics(result.diagnostics);
  fold_into_cause(result.diagnostics, other_readings);
  if (scenario && !has_errors(result.diagnostics)) {
    result.scenario = std::move(scenario);
    result.analysis = std::move(analysis);
  }
  return result;
}

LoadResult load_scenario_file(const std::string& path, const LoadOptions& options) {
  DiagnosticSink sink(path);
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (!ec && size > options.limits.max_bytes) {
    yaml::parse_file(path, sink, options.limits);  // reports the size without reading the file
    return {nullptr, sink.take(), nullptr};
  }
  auto bytes = read_file_text(path);
  if (!bytes) {
    sink.error({1, 1}, "HS0010", "cannot read the file (check the path and its permissions)");
    return {nullptr, sink.take(), nullptr};
  }
  return load_scenario_text(std::move(*bytes), path, options);
}

RubricFile load_rubric_file(const std::string& path, DiagnosticSink& sink, const std::string& language) {
  RubricFile file;
  file.path = path;
  yaml::Document doc = yaml::parse_file(path, sink);
  if (!doc.root) return file;
  load::Reader r(doc, sink);
  if (!doc.root->is_map()) {
    sink.error(doc.root->loc, "HS0020", "a rubric file must be a map of rubric name to a list of cues");
    return file;
  }
  for (size_t i = 0; i < doc.root->map_size(); ++i) {
    Rubric rubric;
    rubric.name = doc.root->key(i).scalar;
    rubric.loc = doc.root->key(i).loc;
    rubric.path = path;
    rubric.cues = load::read_cues(r, doc.root->value(i), language);
    file.rubrics.push_back(std::move(rubric));
  }
  return file;
}

std::vector<RubricFile> load_rubric_dir(const std::string& dir, std::vector<Diagnostic>& diagnostics) {
  std::vector<RubricFile> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file(ec) && entry.path().extension() == ".yaml") paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    DiagnosticSink sink(p);
    files.push_back(load_rubric_file(p, sink));
    for (auto& d : sink.take()) diagnostics.push_back(std::move(d));
  }
  return files;
}

}  // namespace hallsim
