// The static analysis of one scenario on a thread of its own, so that the window keeps drawing
// while a large scenario is analysed (it may take up to the analysis's time limit). It reports
// the states found so far and can be cancelled: the analysis then stops within a few hundred
// states and returns graph bounds, marked approximate, which the attempt can start with.
#pragma once

#include <atomic>
#include <future>
#include <memory>

#include "analyze/analysis.hpp"

namespace hallsim::app {

class AnalysisJob {
 public:
  AnalysisJob() = default;
  AnalysisJob(const AnalysisJob&) = delete;
  AnalysisJob& operator=(const AnalysisJob&) = delete;
  ~AnalysisJob() { drop(); }

  // Starts analysing `scenario` (kept alive until the job ends); `tag` says for what (the app
  // passes the library index).
  void start(std::shared_ptr<const Scenario> scenario, int tag);
  bool active() const { return result_.valid(); }
  int tag() const { return tag_; }
  // Waits up to `seconds` for the result; true when it is ready.
  bool wait_for(double seconds) const;
  size_t states() const { return shared_ ? shared_->progress.load(std::memory_order_relaxed) : 0; }
  // Asks the search to stop; the result (bounds) follows shortly.
  void cancel();
  // The result, once wait_for() said it is ready; the job is then inactive.
  Analysis take();
  // Cancels and forgets the job (waits the few milliseconds the search needs to stop).
  void drop();

 private:
  struct Shared {
    std::atomic<bool> cancel{false};
    std::atomic<size_t> progress{0};
  };
  std::shared_ptr<Shared> shared_;
  std::future<Analysis> result_;
  int tag_ = -1;
};

}  // namespace hallsim::app
