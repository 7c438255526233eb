#include "run/reply_trial.hpp"

#include <algorithm>
#include <numeric>

#include "run/typical_replies.hpp"
#include "score/advice.hpp"

namespace hallsim {

namespace {

constexpr size_t kSearchBudget = 20'000;  // sessions explored before the best found so far is taken

class PathSearch {
 public:
  explicit PathSearch(int target) : target_(target) {}

  void explore(const Session& s, int depth) {
    if (++explored_ > kSearchBudget || s.ended() || depth > 200) return;
    if (s.state().node == target_) {
      int total = std::accumulate(s.state().raw.begin(), s.state().raw.end(), 0);
      if (!best_ || total > best_total_) {
        best_ = s;
        best_total_ = total;
      }
      return;
    }
    // A node entered a third time on one path is a loop going nowhere new.
    if (std::count(s.path().begin(), s.path().end(), s.node().id) > 2) return;
    switch (s.phase()) {
      case Session::Phase::line: {
        Session next = s;
        next.advance();
        explore(next, depth + 1);
        break;
      }
      case Session::Phase::choice: {
        std::vector<int> visible = s.visible_choices();
        std::vector<size_t> order(visible.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
          return total_score(s.node().choices[static_cast<size_t>(visible[a])].scores) >
                 total_score(s.node().choices[static_cast<size_t>(visible[b])].scores);
        });
        for (size_t position : order) {
          Session next = s;
          next.choose(static_cast<int>(position), 0);
          explore(next, depth + 1);
        }
        break;
      }
      case Session::Phase::free_text: {
        // The model answer first; then a blank reply, which takes the default route, so nodes
        // behind a weaker reply can be reached too.
        const FreeText& ft = s.node().free_text;
        const std::string& model = s.text(ft.model_reply);
        for (const std::string& reply : {model.empty() ? stand_in_reply(ft.cues) : model, std::string()}) {
          Session next = s;
          next.say(reply, 0);
          explore(next, depth + 1);
        }
        break;
      }
      case Session::Phase::ended:
        break;
    }
  }

  std::optional<Session> result() { return std::move(best_); }

 private:
  int target_;
  size_t explored_ = 0;
  std::optional<Session> best_;
  int best_total_ = 0;
};

}  // namespace

std::optional<Session> session_at(const std::shared_ptr<const Scenario>& scenario, const ScoreBounds& bounds, int node,
                                  const std::string& language) {
  SessionOptions options;
  options.language = language;
  options.now = [] { return 0.0; };
  PathSearch search(node);
  search.explore(Session(scenario, bounds, options), 0);
  return search.result();
}

ReplyTrial try_reply(const Session& at, const std::string& reply) {
  Session s = at;
  std::vector<VariableValue> before = s.variables();
  s.say(reply, 0);
  ReplyTrial trial;
  trial.turn = s.turns().back();
  for (const VariableValue& after : trial.turn.after)
    for (const VariableValue& b : before)
      if (b.name == after.name && b.value != after.value) trial.effects.emplace_back(after.name, after.value - b.value);
  if (s.path().size() > at.path().size()) trial.next = s.path()[at.path().size()];
  return trial;
}

}  // namespace hallsim
