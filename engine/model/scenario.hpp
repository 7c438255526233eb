// The scenario model: plain structs filled by the loader, read by everything else.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "expr/expr.hpp"
#include "base/diagnostic.hpp"
#include "model/l10n.hpp"

namespace hallsim {

enum class Dimension { empathy, timeliness, solution };
constexpr int kDimensions = 3;
constexpr std::array<std::string_view, kDimensions> kDimensionNames = {"empathy", "timeliness", "solution"};
using ScoreVector = std::array<int, kDimensions>;

// The six complaint-handling steps, in the order a good conversation performs them.
enum class Step { accept, soothe, gather, propose, agree, follow_up };
constexpr int kSteps = 6;
std::string_view step_name(Step s);                   // "accept"
std::string_view step_name_zh(Step s);                // "受理投诉"
std::optional<Step> parse_step(std::string_view s);   // English or Chinese name

enum class Outcome { resolved, partial, escalated, failed };
std::string_view outcome_name(Outcome o);
std::optional<Outcome> parse_outcome(std::string_view s);

// The citizen's 好差评 rating at the end.
enum class Rating { very_satisfied, satisfied, basic, dissatisfied, very_dissatisfied };
std::string_view rating_name(Rating r);
std::optional<Rating> parse_rating(std::string_view s);
Rating default_rating(Outcome o);

// Who says a node's line. `guard` (保安) and `phone` (a caller on the telephone) came later:
// new speakers go at the end, and kSpeakerNames lists them for the loader and its diagnostic.
enum class Speaker { citizen, narrator, colleague, supervisor, guard, phone };
inline constexpr size_t kSpeakers = 6;
extern const std::array<std::string_view, kSpeakers> kSpeakerNames;
std::string_view speaker_name(Speaker s);
std::optional<Speaker> parse_speaker(std::string_view s);

struct Variable {
  std::string name;
  bool is_bool = false;
  bool is_mood = false;
  int start = 0;
  int min = 0, max = 0;  // clamp range for mood variables
  L10nText label;        // a mood's name as people read it ({zh-CN: 焦虑, en: anxiety}); may be empty
  SourceLoc loc;
};

// A variable change: numbers are added (then clamped for mood), booleans are set.
struct Effect {
  std::string name;
  bool is_bool = false;  // as written: `true`/`false` sets, a number adds
  int value = 0;         // delta for numbers, 0/1 for booleans
  int variable = -1;     // resolved against the scenario's variables
  SourceLoc loc;
};

struct Route {
  std::optional<expr::Expression> when;
  std::string to;
  int target = -1;
  SourceLoc loc;
};

struct Choice {
  L10nText reply;
  std::string to;
  int target = -1;
  std::optional<expr::Expression> when;
  ScoreVector scores{};
  std::vector<Effect> effects;
  int minutes = 0;
  std::optional<Step> step;
  L10nText feedback;
  // Rude or dismissive: the conduct lexicon flags the reply text (or `conduct: true|false` says
  // so). Counted for ratings, and a step it carries is only attempted.
  bool conduct = false;
  int global_index = -1;  // unique across the scenario: "scored once per attempt" bookkeeping
  SourceLoc loc;
};

// One entry of a cue's phrase list, ready for matching: a literal (folded once at load) or one
// of the built-in recognisers that stand in a list as "@name" (concrete times, durations).
struct Phrase {
  enum class Kind { literal, concrete_time, anyone_feels };
  Kind kind = Kind::literal;
  std::string folded;  // literals only
  std::string source;  // the entry as written: the phrase, or "@apology" when a set supplied it
};

// The id of the conduct check's cue in every free-text node that keeps it on.
constexpr std::string_view kConductCueId = "conduct";

struct Cue {
  std::string id;
  L10nText label;
  std::vector<std::string> any, all;    // as written ("@set" entries included)
  std::vector<Phrase> any_phrases, all_phrases;  // sets expanded and folded at load
  std::vector<std::string> unless_folded;        // phrases that cancel a match they overlap
  bool negatable = true;  // false: a negator in front does not cancel the match
  bool conduct = false;   // the conduct check of the node, not a cue of its rubric
  ScoreVector scores{};
  std::vector<Effect> effects;
  SourceLoc loc;

  bool positive() const {
    for (int v : scores)
      if (v > 0) return true;
    return false;
  }
};

struct Rubric {
  std::string name;
  std::vector<Cue> cues;
  std::string path;  // file it came from
  SourceLoc loc;
};

struct FreeText {
  L10nText prompt;
  L10nText model_reply;               // what an expert would type: the debrief's better reply
  std::optional<int> time_limit;      // seconds; else the scenario's typed_reply_time_limit
  bool conduct_check = true;          // `conduct: false` opts the node out of the conduct check
  // The rubric(s) resolved and copied in; with the conduct check on, cues[0] is the conduct cue.
  std::vector<Cue> cues;
  std::vector<std::string> rubric_names;
  std::vector<Route> routes;
  int first_cue_slot = -1;  // global index of cues[0] for "scored once per node" bookkeeping
};

struct Ending {
  Outcome outcome = Outcome::resolved;
  L10nText summary;
};

struct Node {
  enum class Kind { choices, free_text, next, end };
  std::string id;
  Kind kind = Kind::end;
  Speaker speaker = Speaker::citizen;
  L10nText say;
  std::vector<Effect> effects;
  int minutes = 0;
  std::optional<int> time_limit;
  std::vector<Choice> choices;
  FreeText free_text;
  std::vector<Route> next;
  Ending ending;
  SourceLoc loc;
};

// How the drawn portrait presents the citizen (`citizen.presents`). Unset, each preset keeps the
// look it always had; woman or man changes the hair and face of any preset.
enum class Presents { preset, woman, man };

struct Citizen {
  L10nText name;
  int age = 0;
  char disc = 'S';
  std::string portrait = "calm";
  Presents presents = Presents::preset;
  // The scenario's own pictures by mood band (calm, pleased, angry, anxious), each a path relative
  // to the scenario file, checked at load to be a PNG inside its folder.
  std::map<std::string, std::string> portrait_images;
};

struct Clock {
  int start = 9 * 60;  // minutes after midnight
  std::optional<int> close;
};

struct ScoringRules {
  std::array<double, kDimensions> weights{1, 1, 1};
  double pass = 60;
  int late_penalty = 1;
  // What a typed reply flagged by the conduct check costs (`scoring.conduct`).
  ScoreVector conduct_scores{-2, 0, 0};
  std::vector<Effect> conduct_effects;  // default: anger +10, trust -10 where those moods exist
};

struct RatingRule {
  expr::Expression when;
  Rating level = Rating::satisfied;
};

struct Scenario {
  std::string path;  // as given to the loader
  std::string id;
  int version = 1;
  std::string language = "zh-CN";
  std::string content_hash;  // sha256 of the file bytes, hex
  L10nText title, summary, briefing;
  std::vector<std::string> tags;
  int difficulty = 0;  // 0: not given
  Citizen citizen;
  std::vector<Variable> variables;  // mood first, then vars, in file order
  std::optional<Clock> clock;
  int reply_time_limit = 20;
  int typed_reply_time_limit = 60;  // typing takes longer than picking
  ScoringRules scoring;
  std::string start;
  int start_node = -1;
  std::vector<Node> nodes;  // in file order
  std::map<std::string, int, std::less<>> node_index;
  std::vector<RatingRule> rating;
  std::vector<std::string> locales;  // every locale any string offers, language first
  int choice_count = 0;  // number of global choice indices
  int cue_slot_count = 0;

  int find_node(std::string_view id) const;
  int find_variable(std::string_view name) const;
  const std::string& text(const L10nText& t, std::string_view locale) const { return t.get(locale, language); }
  // Free-text nodes: free_text.time_limit, else typed_reply_time_limit (a node's own
  // time_limit is for its picked replies).
  int time_limit_of(const Node& n) const {
    if (n.kind == Node::Kind::free_text) return n.free_text.time_limit.value_or(typed_reply_time_limit);
    return n.time_limit.value_or(reply_time_limit);
  }
};


}  // namespace hallsim
