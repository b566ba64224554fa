#pragma once
// Memory that processes forked from this one do not get.

#include <cstddef>

namespace nieuwslezer {

/// Bytes in pages of their own (mmap) that a fork leaves out of the child (MADV_DONTFORK).
/// A fork makes the pages this process shares with the child copy-on-write, so writing them
/// again would fault them in again; these stay this process's alone. Page-aligned, not
/// zero-filled (what was written stays), and only the pages written are ever faulted in.
class PrivateBuffer {
 public:
  PrivateBuffer() = default;
  /// Room for `capacity` bytes. Throws std::bad_alloc when the system has none.
  explicit PrivateBuffer(std::size_t capacity);
  ~PrivateBuffer();
  PrivateBuffer(PrivateBuffer&& other) noexcept;
  PrivateBuffer& operator=(PrivateBuffer&& other) noexcept;

  std::byte* data() const { return data_; }
  std::size_t capacity() const { return capacity_; }

 private:
  std::byte* data_ = nullptr;
  std::size_t capacity_ = 0;
};

}  // namespace nieuwslezer
