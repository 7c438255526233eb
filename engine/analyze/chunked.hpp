// A growable array in fixed-size chunks: growing never copies what is stored (so the peak is the
// size, not three times it as when a vector doubles), and the bytes it holds are known exactly,
// which the analysis's memory budget relies on.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace hallsim {

template <typename T, size_t kChunk = size_t{1} << 14>
class Chunked {
 public:
  size_t size() const { return size_; }
  T& operator[](size_t i) { return chunks_[i / kChunk][i % kChunk]; }
  const T& operator[](size_t i) const { return chunks_[i / kChunk][i % kChunk]; }
  T& back() { return (*this)[size_ - 1]; }
  void push_back(const T& v) {
    if (size_ == chunks_.size() * kChunk) chunks_.push_back(std::make_unique<T[]>(kChunk));
    (*this)[size_++] = v;
  }
  void pop_back() { --size_; }
  // The bytes this array holds, and what the next push may add.
  size_t bytes() const { return chunks_.size() * kChunk * sizeof(T) + chunks_.capacity() * sizeof(void*); }
  static constexpr size_t chunk_bytes() { return kChunk * sizeof(T); }

 private:
  std::vector<std::unique_ptr<T[]>> chunks_;
  size_t size_ = 0;
};

}  // namespace hallsim
