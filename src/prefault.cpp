#include "prefault.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace nieuwslezer {

std::future<void> prefault(void* data, std::size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  // Whole pages only: the pages at the ends may hold someone else's bytes.
  const std::uintptr_t first = (begin + page - 1) / page * page;
  const std::uintptr_t end = (begin + bytes) / page * page;
  if (end > first) {
    const std::uintptr_t middle = first + (end - first) / 2 / page * page;
    return std::async(std::launch::async, [first, middle, end] {
      ::madvise(reinterpret_cast<void*>(middle), end - middle, MADV_POPULATE_WRITE);
      ::madvise(reinterpret_cast<void*>(first), middle - first, MADV_POPULATE_WRITE);
    });
  }
#else
  (void)data;
  (void)bytes;
#endif
  return {};
}

}  // namespace nieuwslezer
