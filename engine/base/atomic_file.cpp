#include "base/atomic_file.hpp"

#include <cerrno>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace hallsim {

namespace fs = std::filesystem;

namespace {

std::string failure(const std::string& what, const std::string& path) {
  return fmt::format("{} {}: {}", what, path, std::generic_category().message(errno));
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

std::string write_file_atomically(const std::string& path, std::string_view contents) {
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) return failure("cannot create a temporary file in", dir.string());
  bool ok = write_all(fd, contents) && ::fsync(fd) == 0;
  std::string error = ok ? "" : failure("cannot write", temp);
  if (::close(fd) != 0 && ok) ok = false, error = failure("cannot close", temp);
  if (ok && ::chmod(temp.c_str(), 0644) != 0) ok = false, error = failure("cannot set permissions of", temp);
  if (ok && ::rename(temp.c_str(), path.c_str()) != 0) ok = false, error = failure("cannot replace", path);
  if (!ok) {
    ::unlink(temp.c_str());
    return error;
  }
  // Make the rename itself durable.
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return {};
}

}  // namespace hallsim
