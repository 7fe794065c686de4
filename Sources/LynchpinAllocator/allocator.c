// jemalloc reads its options from this symbol when the process starts, before any Swift
// code runs: one arena per CPU, so a worker's allocations and frees stay on its own core.
// docs/performance.md has the measurements. Without jemalloc (macOS) nothing reads it.
const char *malloc_conf = "percpu_arena:percpu";

#include "LynchpinAllocator.h"

const char *lynchpin_allocator(void) {
#if defined(__linux__)
    return "jemalloc (percpu_arena:percpu)";
#else
    return "the system's";
#endif
}
