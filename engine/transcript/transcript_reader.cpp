// Reading a transcript: every field a reader uses is checked here, once, and damage is named by
// its place in the file ("turns[3].response_s") so that whoever holds the file can find it.
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/clock.hpp"
#include "transcript/transcript.hpp"

namespace hallsim {

namespace {

using json = nlohmann::json;

// A JSON value and where it sits in the transcript, for messages.
class Field {
 public:
  Field(const json& value, std::string where) : value_(value), where_(std::move(where)) {}

  const json& value() const { return value_; }
  bool is_null() const { return value_.is_null(); }

  Field member(const char* key) const {
    expect(value_.is_object(), "an object");
    auto it = value_.find(key);
    if (it == value_.end()) damaged(fmt::format("it has no \"{}\"", place_of(key)));
    return {*it, place_of(key)};
  }
  bool has(const char* key) const { return value_.is_object() && value_.contains(key); }
  // The member when present and not null.
  std::optional<Field> optional_member(const char* key) const {
    if (!has(key) || value_.at(key).is_null()) return std::nullopt;
    return member(key);
  }

  std::string text() const {
    expect(value_.is_string(), "text");
    return value_.get<std::string>();
  }
  std::string text_or_empty(const char* key) const {
    auto m = optional_member(key);
    return m ? m->text() : std::string();
  }
  int integer() const {
    expect(value_.is_number_integer(), "a whole number");
    return value_.get<int>();
  }
  double number() const {
    expect(value_.is_number() && std::isfinite(value_.get<double>()), "a number");
    return value_.get<double>();
  }
  double seconds() const {
    double s = number();
    expect(s >= 0, "a number of seconds, 0 or more");
    return s;
  }
  bool boolean() const {
    expect(value_.is_boolean(), "true or false");
    return value_.get<bool>();
  }
  std::string time() const {
    std::string t = text();
    expect(parse_utc_time(t).has_value(), "an ISO 8601 time such as 2026-12-07T09:30:00Z");
    return t;
  }
  std::vector<Field> items() const {
    expect(value_.is_array(), "a list");
    std::vector<Field> out;
    out.reserve(value_.size());
    for (size_t i = 0; i < value_.size(); ++i) out.emplace_back(value_[i], fmt::format("{}[{}]", where_, i));
    return out;
  }
  std::vector<std::string> texts() const {
    std::vector<std::string> out;
    for (const Field& f : items()) out.push_back(f.text());
    return out;
  }
  Step step() const {
    auto s = parse_step(text());
    expect(s.has_value(), "a complaint-handling step such as \"accept\"");
    return *s;
  }
  std::vector<Step> steps() const {
    std::vector<Step> out;
    for (const Field& f : items()) out.push_back(f.step());
    return out;
  }

  void expect(bool ok, const char* must_be) const {
    if (!ok) damaged(fmt::format("\"{}\" is of the wrong type or out of range: it must be {}", where_, must_be));
  }
  [[noreturn]] static void damaged(const std::string& what) {
    throw TranscriptError("the transcript is damaged: " + what);
  }

 private:
  std::string place_of(const char* key) const { return where_.empty() ? key : where_ + "." + key; }

  const json& value_;
  std::string where_;
};

ScoreVector score_vector(const Field& f) {
  ScoreVector v{};
  for (int d = 0; d < kDimensions; ++d) v[d] = f.member(std::string(kDimensionNames[d]).c_str()).integer();
  return v;
}

TranscriptTurn read_turn(const Field& f) {
  TranscriptTurn t;
  t.node = f.member("node").text();
  t.line = f.text_or_empty("line");
  std::string kind = f.member("kind").text();
  f.member("kind").expect(kind == "free_text" || kind == "choice", "\"choice\" or \"free_text\"");
  t.typed = kind == "free_text";
  if (t.typed) {
    t.reply = f.member("reply").text();
    if (auto cues = f.optional_member("cues")) t.cues = cues->texts();
    if (auto missed = f.optional_member("missed_cues")) t.missed_cues = missed->texts();
  } else {
    t.reply = f.text_or_empty("reply");
    t.choice = f.member("choice").integer();
    f.member("choice").expect(t.choice >= 1, "a choice number, 1 or more");
  }
  t.response_s = f.member("response_s").seconds();
  t.time_limit = f.member("time_limit").integer();
  t.late = f.member("late").boolean();
  t.deltas = score_vector(f.member("deltas"));
  if (auto mood = f.optional_member("mood")) {
    mood->expect(mood->value().is_object(), "an object of mood values");
    for (const auto& entry : mood->value().items()) t.mood.emplace_back(entry.key(), mood->member(entry.key().c_str()).integer());
  }
  if (auto step = f.optional_member("step")) t.step = step->step();
  if (auto vote = f.optional_member("class_vote")) t.vote = class_vote_from_json(vote->value());
  return t;
}

TranscriptEnding read_ending(const Field& f) {
  TranscriptEnding e;
  if (auto node = f.optional_member("node")) e.node = node->text();
  auto outcome = parse_outcome(f.member("outcome").text());
  f.member("outcome").expect(outcome.has_value(), "resolved, partial, escalated or failed");
  e.outcome = *outcome;
  if (auto rating = f.optional_member("rating")) {
    e.rating = parse_rating(rating->text());
    rating->expect(e.rating.has_value(), "a rating such as \"satisfied\"");
  }
  e.summary = f.text_or_empty("summary");
  return e;
}

TranscriptTotals read_totals(const Field& f) {
  TranscriptTotals t;
  for (int d = 0; d < kDimensions; ++d) {
    Field dim = f.member(std::string(kDimensionNames[d]).c_str());
    t.dimensions[d] = {dim.member("raw").integer(), dim.member("best").integer(), dim.member("percent").number()};
  }
  t.overall = f.member("overall").number();
  t.passed = f.member("passed").boolean();
  t.grade = f.text_or_empty("grade");
  if (auto late = f.optional_member("late_replies")) t.late_replies = late->integer();
  return t;
}

TranscriptSteps read_steps(const Field& f) {
  TranscriptSteps s;
  if (auto list = f.optional_member("performed")) s.performed = list->steps();
  if (auto list = f.optional_member("attempted")) s.attempted = list->steps();
  if (auto list = f.optional_member("missed")) s.missed = list->steps();
  if (auto list = f.optional_member("out_of_order")) s.out_of_order = list->steps();
  return s;
}

}  // namespace

bool Transcript::has_choice_turns() const {
  for (const TranscriptTurn& t : turns)
    if (!t.typed) return true;
  return false;
}

Transcript read_transcript(const json& transcript) {
  if (!transcript.is_object() || transcript.value("format", json()) != "hallsim-transcript")
    throw TranscriptError("not a HallSim transcript (no \"format\": \"hallsim-transcript\")");
  Field root(transcript, "");
  if (auto version = root.optional_member("format_version"); version && version->integer() > kTranscriptFormatVersion)
    throw TranscriptError(fmt::format("the transcript was written by a newer HallSim (format_version {}); update HallSim to read it",
                                      version->integer()));
  Transcript t;
  Field scenario = root.member("scenario");
  t.scenario.id = scenario.member("id").text();
  scenario.member("id").expect(!t.scenario.id.empty(), "a scenario id");
  t.scenario.version = scenario.member("version").integer();
  t.scenario.hash = scenario.member("hash").text();
  t.scenario.title = scenario.text_or_empty("title");
  t.trainee = root.text_or_empty("trainee");
  t.started_at = root.member("started_at").time();
  if (auto finished = root.optional_member("finished_at")) t.finished_at = finished->time();
  t.language = root.text_or_empty("language");
  for (const Field& turn : root.member("turns").items()) t.turns.push_back(read_turn(turn));
  if (auto path = root.optional_member("path")) t.path = path->texts();
  if (auto ending = root.optional_member("ending")) t.ending = read_ending(*ending);
  t.totals = read_totals(root.member("totals"));
  if (auto steps = root.optional_member("steps")) t.steps = read_steps(*steps);
  return t;
}

Transcript read_transcript_text(std::string_view text) {
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded()) throw TranscriptError("not a HallSim transcript (the file is not JSON)");
  return read_transcript(j);
}

}  // namespace hallsim
