// bench_memory FILE: memory the loader needs for a scenario file, above the process baseline.
//   peak_heap   most bytes allocated at once with operator new during load_scenario_file
//               (read, parse, validate, analysis), counted by a replaced global operator new
//               (usable sizes, so allocator rounding counts too)
//   kept_heap   bytes still allocated once the Scenario is ready (what the app keeps)
//   peak_rss    VmHWM after the load less VmRSS before it (the kernel's view: heap, allocator
//               slack and page granularity), the high-water mark reset first through clear_refs
// A separate program from bench_hallsim so the counting never slows the timed runs.
#include <malloc.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>
#include <string>
#include <sys/stat.h>

#include "load/loader.hpp"

namespace {

std::atomic<long long> g_live{0};
std::atomic<long long> g_peak{0};

void* counted(std::size_t n) {
  void* p = std::malloc(n ? n : 1);
  if (!p) throw std::bad_alloc();
  long long now = g_live += static_cast<long long>(malloc_usable_size(p));
  long long peak = g_peak.load();
  while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
  }
  return p;
}

void release(void* p) {
  if (!p) return;
  g_live -= static_cast<long long>(malloc_usable_size(p));
  std::free(p);
}

// kB figure of a /proc/self/status line such as "VmHWM:".
long long status_kb(const char* key) {
  std::ifstream f("/proc/self/status");
  std::string line;
  size_t n = std::strlen(key);
  while (std::getline(f, line))
    if (line.compare(0, n, key) == 0) return std::atoll(line.c_str() + n);
  return -1;
}

}  // namespace

void* operator new(std::size_t n) { return counted(n); }
void* operator new[](std::size_t n) { return counted(n); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bench_memory FILE\n");
    return 2;
  }
  struct stat st {};
  if (stat(argv[1], &st) != 0) {
    std::fprintf(stderr, "bench_memory: cannot read %s\n", argv[1]);
    return 2;
  }
  {
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";  // resets VmHWM to the current RSS (Linux 4.0+)
  }
  long long rss_before = status_kb("VmRSS:");
  long long heap_before = g_live.load();
  g_peak = heap_before;
  hallsim::LoadResult r = hallsim::load_scenario_file(argv[1]);
  long long hwm = status_kb("VmHWM:");
  if (!r.ok()) {
    std::fprintf(stderr, "bench_memory: %s did not load\n", argv[1]);
    return 1;
  }
  long long bytes = static_cast<long long>(st.st_size);
  long long peak_heap = g_peak.load() - heap_before, kept = g_live.load() - heap_before;
  long long peak_rss = (hwm - rss_before) * 1024;
  std::printf("bytes %lld B\npeak_heap %lld B\nkept_heap %lld B\npeak_rss %lld B\n", bytes, peak_heap, kept, peak_rss);
  // The same without the static analysis, to tell the two apart.
  r = hallsim::LoadResult{};
  long long base2 = g_live.load();
  g_peak = base2;
  hallsim::LoadOptions no_analysis;
  no_analysis.analyze = false;
  hallsim::LoadResult r2 = hallsim::load_scenario_file(argv[1], no_analysis);
  std::printf("peak_heap_no_analysis %lld B\n", g_peak.load() - base2);
  std::printf("peak_heap_per_byte %.2f x\nkept_heap_per_byte %.2f x\npeak_rss_per_byte %.2f x\n",
              static_cast<double>(peak_heap) / static_cast<double>(bytes), static_cast<double>(kept) / static_cast<double>(bytes),
              static_cast<double>(peak_rss) / static_cast<double>(bytes));
  return 0;
}
