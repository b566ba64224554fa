#include "system/parallel.h"

#include <algorithm>
#include <exception>
#include <future>
#include <vector>

namespace nieuwslezer {

void parallel_ranges(std::size_t count, int threads, std::size_t min_range,
                     const std::function<void(std::size_t, std::size_t)>& work) {
  const std::size_t most = count / std::max<std::size_t>(min_range, 1);
  const std::size_t parts = std::clamp<std::size_t>(most, 1, std::max(threads, 1));
  const auto start = [&](std::size_t part) { return count * part / parts; };
  std::vector<std::future<void>> others;
  for (std::size_t part = 1; part < parts; ++part) {
    others.push_back(std::async(std::launch::async, work, start(part), start(part + 1)));
  }
  std::exception_ptr failure;
  try {
    work(0, start(1));
  } catch (...) {
    failure = std::current_exception();
  }
  for (auto& other : others) {
    try {
      other.get();
    } catch (...) {
      if (!failure) failure = std::current_exception();
    }
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace nieuwslezer
