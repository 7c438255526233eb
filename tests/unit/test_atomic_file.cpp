#include <doctest/doctest.h>

#include <filesystem>
#include <csignal>
#include <cstdlib>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/file_text.hpp"
#include "helpers.hpp"
#include "base/atomic_file.hpp"
#include "yaml/document.hpp"

using namespace hallsim;

TEST_CASE("atomic writes replace a file whole and leave no temporary behind") {
  std::string dir = test::temp_dir();
  std::string path = dir + "/transcript.json";
  CHECK(write_file_atomically(path, "old").empty());
  CHECK(write_file_atomically(path, "new contents").empty());
  CHECK(*read_file_text(path) == "new contents");
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files += e.is_regular_file();
  CHECK(files == 1);
}

TEST_CASE("a write that cannot happen says why and keeps the old file") {
  std::string dir = test::temp_dir();
  std::string path = dir + "/t.json";
  REQUIRE(write_file_atomically(path, "old").empty());
  // A directory where the file should be: the rename fails even for root.
  std::filesystem::create_directory(dir + "/taken");
  std::string error = write_file_atomically(dir + "/taken", "new");
  CHECK(error.find("cannot replace") != std::string::npos);
  CHECK(std::filesystem::is_directory(dir + "/taken"));
  CHECK(write_file_atomically(dir + "/missing/t.json", "x").find("cannot create") != std::string::npos);
  CHECK(*read_file_text(path) == "old");
}

TEST_CASE("a writer killed mid-write leaves the old file or the new one, whole") {
  std::string dir = test::temp_dir();
  std::string path = dir + "/report.html";
  const std::string a(3 << 20, 'a'), b(3 << 20, 'b');  // big enough that a kill lands mid-write
  REQUIRE(write_file_atomically(path, a).empty());
  std::srand(7);
  for (int run = 0; run < 10; ++run) {
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      for (int i = 0;; ++i) write_file_atomically(path, i % 2 ? a : b);
    }
    ::usleep(static_cast<useconds_t>(20000 + std::rand() % 80000));
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    std::string now = *read_file_text(path);
    CHECK((now == a || now == b));
  }
}
