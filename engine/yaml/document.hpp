// Safe YAML reading: yaml-cpp's event parser feeding a small tree of our own that keeps a
// 1-based mark on every node. Guards against the known traps of yaml-cpp 0.7.0: no LoadAll loop,
// aliases rejected (so no cycles or "billion laughs"), duplicate keys reported, a node budget,
// DeepRecursion translated, size capped, invalid UTF-8, NUL bytes and UTF-16 refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"

namespace hallsim::yaml {

enum class Kind { null, scalar, sequence, map };

struct Node {
  Kind kind = Kind::null;
  SourceLoc loc;
  size_t offset = 0;     // byte offset of the node in the source text
  std::string scalar;    // scalar value
  bool plain = true;     // false for quoted and block scalars, which are always strings
  std::vector<Node> items;  // sequence items; for maps keys and values alternate

  bool is_map() const { return kind == Kind::map; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_null() const { return kind == Kind::null; }
  size_t map_size() const { return items.size() / 2; }
  const Node& key(size_t i) const { return items[2 * i]; }
  const Node& value(size_t i) const { return items[2 * i + 1]; }
  const Node* find(std::string_view key) const;
};

const char* kind_name(Kind k);

struct Limits {
  size_t max_bytes = size_t{32} * 1024 * 1024;
  size_t max_nodes = 4'000'000;
};

struct Document {
  std::string path;
  std::string text;  // what was parsed (BOM removed, tab indentation repaired)
  std::vector<size_t> line_starts;
  std::optional<Node> root;  // absent when the file could not be parsed

  // The source text of a 1-based line, without its newline.
  std::string_view line(int line_1based) const;
};

// Parses `text` (the bytes of `path`). Problems go to `sink`; a document whose text could not
// be parsed at all has no root.
Document parse(std::string text, const std::string& path, DiagnosticSink& sink, const Limits& limits = {});

// Reads and parses a file; an unreadable file is a diagnostic, not an exception.
Document parse_file(const std::string& path, DiagnosticSink& sink, const Limits& limits = {});


}  // namespace hallsim::yaml
