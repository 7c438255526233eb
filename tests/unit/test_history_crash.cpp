// A writer killed with SIGKILL in the middle of its writes: the history file stays intact and
// every attempt the writer saw committed is there.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <random>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "attempt_helpers.hpp"
#include "store/history.hpp"

using namespace hallsim;

namespace {

struct Committed {
  std::int64_t id;
  std::int64_t serial;  // which insert of the child it was
};

// The child: inserts attempts as fast as it can and, after each commit returns, reports the id
// through the pipe. It never returns to the test runner.
[[noreturn]] void write_until_killed(const std::string& path, int round, int report_fd) {
  try {
    History h = History::open(path);
    for (std::int64_t serial = 0; serial < 100000; ++serial) {
      AttemptRow r = test::row("writer-" + std::to_string(round), "crash-test", "2030-01-01T00:00:00Z",
                               static_cast<double>(serial % 100));
      r.transcript_path = "/transcripts/" + std::to_string(serial) + ".json";
      Committed c{h.add(r).id, serial};
      if (::write(report_fd, &c, sizeof c) != static_cast<ssize_t>(sizeof c)) _exit(3);
    }
  } catch (...) {
    _exit(2);
  }
  _exit(0);
}

// Reads whole reports from the pipe until `deadline` (or end of file when deadline is null).
void collect(int fd, std::vector<Committed>& out, std::string& partial,
             std::optional<std::chrono::steady_clock::time_point> deadline) {
  for (;;) {
    int wait_ms = -1;
    if (deadline) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return;
      wait_ms = static_cast<int>(left.count());
    }
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, wait_ms) <= 0) continue;
    char buf[4096];
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n <= 0) return;  // end of file: the child is gone
    partial.append(buf, static_cast<size_t>(n));
    while (partial.size() >= sizeof(Committed)) {
      Committed c;
      std::memcpy(&c, partial.data(), sizeof c);
      out.push_back(c);
      partial.erase(0, sizeof c);
    }
  }
}

}  // namespace

TEST_CASE("SIGKILL in the middle of writes loses no committed attempt and leaves the file intact") {
  std::string path = test::temp_dir() + "/history.sqlite3";
  History::open(path);
  std::random_device seed_source;
  unsigned seed = seed_source();
  INFO("random seed " << seed);
  std::mt19937 random(seed);
  std::map<std::int64_t, std::pair<int, std::int64_t>> committed;  // id -> (round, serial)
  constexpr int kRounds = 6;
  for (int round = 0; round < kRounds; ++round) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      ::close(fds[0]);
      write_until_killed(path, round, fds[1]);
    }
    ::close(fds[1]);
    std::vector<Committed> reports;
    std::string partial;
    // Let it get going, then kill it at a random moment while it writes.
    auto start = std::chrono::steady_clock::now();
    while (reports.empty() && std::chrono::steady_clock::now() - start < std::chrono::seconds(20))
      collect(fds[0], reports, partial, std::chrono::steady_clock::now() + std::chrono::milliseconds(10));
    REQUIRE_MESSAGE(!reports.empty(), "the writer never committed");
    std::uniform_int_distribution<int> delay_ms(1, 120);
    collect(fds[0], reports, partial, std::chrono::steady_clock::now() + std::chrono::milliseconds(delay_ms(random)));
    REQUIRE(::kill(child, SIGKILL) == 0);
    collect(fds[0], reports, partial, std::nullopt);
    ::close(fds[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK_MESSAGE(WIFSIGNALED(status), "the writer ended before it was killed (status " << status << ")");
    for (const Committed& c : reports) committed[c.id] = {round, c.serial};
    INFO("round " << round << ": killed after " << reports.size() << " reported commits");

    History h = History::open(path);
    CHECK(h.integrity_check() == "ok");
    std::map<std::int64_t, AttemptRow> stored;
    for (AttemptRow& r : h.attempts({"", "crash-test"})) stored[r.id] = std::move(r);
    for (const auto& entry : committed) {
      const std::int64_t id = entry.first;
      const auto& who = entry.second;
      auto it = stored.find(id);
      REQUIRE_MESSAGE(it != stored.end(), "committed attempt " << id << " is missing");
      CHECK(it->second.trainee == "writer-" + std::to_string(who.first));
      CHECK(it->second.transcript_path == "/transcripts/" + std::to_string(who.second) + ".json");
    }
    // At most the one insert in flight at the kill may have committed without being reported.
    CHECK(stored.size() <= committed.size() + static_cast<size_t>(round + 1));
  }
}
