// Where the desktop app's start-up goes, without rebuilding it: an LD_PRELOAD library that prints
// the process's CPU time (all threads), resident and peak memory at calls that mark the phases
// (window, fontconfig, the FreeType atlas build, the font file released, the first frames).
//   gcc -O2 -shared -fPIC bench/startup_marks.c -o /tmp/startup_marks.so -ldl
//   LD_PRELOAD=/tmp/startup_marks.so xvfb-run -a -s "-screen 0 1280x800x24" hallsim --library scenarios
// FT_New_Library/FT_Done_Library bracket ImGui's FreeType build; madvise is the font file being
// given back after it; glfwGetFramebufferSize is called once ImGui::Render() has built a frame.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

static void mark(const char* what) {
  long rss = 0, hwm = 0;
  char line[256];
  FILE* f = fopen("/proc/self/status", "r");
  while (f && fgets(line, sizeof line, f)) {
    sscanf(line, "VmRSS: %ld", &rss);
    sscanf(line, "VmHWM: %ld", &hwm);
  }
  if (f) fclose(f);
  fprintf(stderr, "mark %-26s cpu %7.1f ms  rss %7ld KiB  peak %7ld KiB\n", what,
          1000.0 * (double)clock() / CLOCKS_PER_SEC, rss, hwm);
}

__attribute__((constructor)) static void loaded(void) { mark("main (libraries loaded)"); }

#define MARKED(ret, name, params, args)                   \
  ret name params {                                       \
    static ret(*real) params;                             \
    if (!real) *(void**)&real = dlsym(RTLD_NEXT, #name);  \
    mark(#name " >");                                     \
    ret r = real args;                                    \
    mark(#name " <");                                     \
    return r;                                             \
  }

typedef struct GLFWwindow GLFWwindow;
typedef struct GLFWmonitor GLFWmonitor;
typedef void* FT_Memory;
typedef void* FT_Library;
MARKED(int, glfwInit, (void), ())
MARKED(GLFWwindow*, glfwCreateWindow, (int w, int h, const char* t, GLFWmonitor* m, GLFWwindow* s), (w, h, t, m, s))
MARKED(int, FcInit, (void), ())
MARKED(int, FT_New_Library, (FT_Memory m, FT_Library* l), (m, l))
MARKED(int, FT_Done_Library, (FT_Library l), (l))
MARKED(int, madvise, (void* a, size_t l, int advice), (a, l, advice))

void glfwGetFramebufferSize(GLFWwindow* w, int* x, int* y) {
  static void (*real)(GLFWwindow*, int*, int*);
  static int calls = 0;
  if (!real) *(void**)&real = dlsym(RTLD_NEXT, "glfwGetFramebufferSize");
  if (calls++ < 1) mark("frame built (Render)");
  real(w, x, y);
}

void glfwSwapBuffers(GLFWwindow* w) {
  static void (*real)(GLFWwindow*);
  static int calls = 0;
  if (!real) *(void**)&real = dlsym(RTLD_NEXT, "glfwSwapBuffers");
  if (calls < 2) mark("glfwSwapBuffers >");
  real(w);
  if (calls++ < 2) mark("glfwSwapBuffers <");
}
