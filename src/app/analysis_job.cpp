#include "analysis_job.hpp"

#include <chrono>

namespace hallsim::app {

void AnalysisJob::start(std::shared_ptr<const Scenario> scenario, int tag) {
  drop();
  tag_ = tag;
  shared_ = std::make_shared<Shared>();
  result_ = std::async(std::launch::async, [scenario = std::move(scenario), shared = shared_] {
    AnalysisLimits limits;
    limits.cancel = &shared->cancel;
    limits.progress = &shared->progress;
    return analyze(*scenario, limits);  // never throws std::bad_alloc: it falls back instead
  });
}

bool AnalysisJob::wait_for(double seconds) const {
  return active() && result_.wait_for(std::chrono::duration<double>(seconds)) == std::future_status::ready;
}

void AnalysisJob::cancel() {
  if (shared_) shared_->cancel = true;
}

Analysis AnalysisJob::take() {
  Analysis a = result_.get();
  shared_.reset();
  tag_ = -1;
  return a;
}

void AnalysisJob::drop() {
  if (!active()) return;
  cancel();
  result_.wait();
  result_ = {};
  shared_.reset();
  tag_ = -1;
}

}  // namespace hallsim::app
