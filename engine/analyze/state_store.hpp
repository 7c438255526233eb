// The analysis's interned states: every packed key once, in chunks of 32-bit words, found
// through an open-addressing table of state ids. About (key words × 4 + 8) bytes a state, where a
// map from key strings to states took about 530.
#pragma once

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace hallsim {

class StateStore {
 public:
  explicit StateStore(size_t key_words)
      : words_(key_words), per_chunk_(std::max<size_t>(1, (size_t{1} << 16) / key_words)), slots_(1024, kEmpty) {}

  size_t size() const { return count_; }
  // Keys never straddle two chunks, so a key is one contiguous run of words.
  const uint32_t* key(uint32_t id) const { return chunks_[id / per_chunk_].get() + (id % per_chunk_) * words_; }
  size_t bytes() const {
    return chunks_.size() * per_chunk_ * words_ * sizeof(uint32_t) + chunks_.capacity() * sizeof(void*) +
           slots_.capacity() * sizeof(uint32_t);
  }
  // The bytes the table's next growth will add (the old and the new table live together while it
  // rehashes), counted from halfway to it so that a budget check never lets the growth overshoot.
  size_t growth_bytes() const { return 4 * count_ >= slots_.size() ? 2 * slots_.size() * sizeof(uint32_t) : 0; }

  // The id of `key`, adding it if new (`added` says which).
  uint32_t intern(const uint32_t* key, bool& added) {
    if (needs_growth()) grow();
    size_t mask = slots_.size() - 1;
    for (size_t h = hash(key) & mask;; h = (h + 1) & mask) {
      uint32_t id = slots_[h];
      if (id == kEmpty) {
        id = static_cast<uint32_t>(count_++);
        if (id % per_chunk_ == 0) chunks_.push_back(std::make_unique<uint32_t[]>(per_chunk_ * words_));
        std::memcpy(chunks_.back().get() + (id % per_chunk_) * words_, key, words_ * sizeof(uint32_t));
        slots_[h] = id;
        added = true;
        return id;
      }
      if (std::memcmp(this->key(id), key, words_ * sizeof(uint32_t)) == 0) {
        added = false;
        return id;
      }
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  bool needs_growth() const { return 2 * (count_ + 1) > slots_.size(); }
  uint64_t hash(const uint32_t* key) const {
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t w = 0; w < words_; ++w) {
      h = (h ^ key[w]) * 0xFF51AFD7ED558CCDULL;
      h ^= h >> 29;
    }
    return h;
  }
  void grow() {
    std::vector<uint32_t> next(slots_.size() * 2, kEmpty);
    size_t mask = next.size() - 1;
    for (uint32_t id = 0; id < count_; ++id) {
      size_t h = hash(key(id)) & mask;
      while (next[h] != kEmpty) h = (h + 1) & mask;
      next[h] = id;
    }
    slots_.swap(next);
  }

  size_t words_, per_chunk_;
  size_t count_ = 0;
  std::vector<std::unique_ptr<uint32_t[]>> chunks_;
  std::vector<uint32_t> slots_;
};

}  // namespace hallsim
