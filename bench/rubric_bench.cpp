// bench_rubric: how long judging one typed reply takes against a 30-cue rubric (the conduct check
// and 29 cues of the shipped shared rubrics), as play does at every free-text turn. Prints the
// median and the 90th percentile over ROUNDS rounds of every sample reply, in microseconds.
//
//   bench_rubric [ROUNDS]     (default 2000)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "load/cues.hpp"
#include "load/loader.hpp"
#include "score/rubric.hpp"

namespace {

// Short and long, polite and rude, negated, stuffed, traditional, English, no punctuation.
const char* kReplies[] = {
    "跑了三趟还没办成，换谁都窝火，是我们没一次说清楚，对不起。这件事我来负责，今天我跟到底。",
    "道歉是不可能道歉的，换谁都窝火，这事我来接手。",
    "好的，请稍等。",
    "對不起，讓您白跑三趟，這件事我來負責到底，下週四下午五點前給您回電話。",
    "对不起换谁都窝火我来负责",
    "I'm so sorry you had to come back three times. I'll take care of it myself and call you back by 5 p.m. Thursday.",
    "让您白跑三趟真过意不去以后您不用找别人去了直接找我我负责到底十一点四十我过来看看您",
    "这个没办法，不归我管，你去投诉好了。",
};

int rounds_arg(int argc, char** argv) { return argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000; }

}  // namespace

int main(int argc, char** argv) {
  std::vector<hallsim::Diagnostic> ds;
  auto files = hallsim::load_rubric_dir(std::string(HALLSIM_SOURCE_SCENARIOS) + "/rubrics", ds);
  std::vector<hallsim::Cue> cues = {hallsim::load::conduct_cue(hallsim::ScoringRules{})};
  for (const auto& f : files)
    for (const auto& r : f.rubrics)
      for (const auto& c : r.cues)
        if (cues.size() < 30) cues.push_back(c);
  if (cues.size() < 30) {
    std::fprintf(stderr, "bench_rubric: only %zu cues in the shipped rubrics\n", cues.size());
    return 1;
  }
  int rounds = rounds_arg(argc, argv);
  std::vector<double> us;
  size_t matched = 0;
  for (int round = 0; round < rounds; ++round)
    for (const char* reply : kReplies) {
      auto t = std::chrono::steady_clock::now();
      hallsim::ReplyJudgement j = hallsim::judge_reply(cues, reply);
      us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t).count());
      matched += j.matched.size();
    }
  std::sort(us.begin(), us.end());
  std::printf("cues %zu count\nreplies %zu count\nrubric_median_us %.2f us\nrubric_p90_us %.2f us\nmatched %zu count\n",
              cues.size(), us.size(), us[us.size() / 2], us[us.size() * 9 / 10], matched);
  return 0;
}
