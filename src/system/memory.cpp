#include "system/memory.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace nieuwslezer {
namespace {

// madvise over the whole pages inside [data, data + bytes).
void advise(void* data, std::size_t bytes, int advice) {
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (begin + page - 1) / page * page;
  const std::uintptr_t end = (begin + bytes) / page * page;
  if (end > first) ::madvise(reinterpret_cast<void*>(first), end - first, advice);
}

}  // namespace

void map_in(void* data, std::size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  advise(data, bytes, MADV_POPULATE_WRITE);
#else
  (void)data;
  (void)bytes;
#endif
}

void keep_from_forks(void* data, std::size_t bytes, bool keep) {
  advise(data, bytes, keep ? MADV_DONTFORK : MADV_DOFORK);
}

}  // namespace nieuwslezer
