#include "system/private_buffer.h"

#include <sys/mman.h>

#include <new>
#include <utility>

namespace nieuwslezer {

PrivateBuffer::PrivateBuffer(std::size_t capacity) {
  if (capacity == 0) return;
  void* pages =
      ::mmap(nullptr, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (pages == MAP_FAILED) throw std::bad_alloc();
  if (::madvise(pages, capacity, MADV_DONTFORK) != 0) {
    ::munmap(pages, capacity);
    throw std::bad_alloc();
  }
  data_ = static_cast<std::byte*>(pages);
  capacity_ = capacity;
}

PrivateBuffer::~PrivateBuffer() {
  if (data_ != nullptr) ::munmap(data_, capacity_);
}

PrivateBuffer::PrivateBuffer(PrivateBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), capacity_(std::exchange(other.capacity_, 0)) {}

PrivateBuffer& PrivateBuffer::operator=(PrivateBuffer&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) ::munmap(data_, capacity_);
    data_ = std::exchange(other.data_, nullptr);
    capacity_ = std::exchange(other.capacity_, 0);
  }
  return *this;
}

}  // namespace nieuwslezer
