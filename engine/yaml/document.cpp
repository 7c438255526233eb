#include "yaml/document.hpp"

#include "base/file_text.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <type_traits>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace hallsim::yaml {

// [SECTION] Node helpers

const Node* Node::find(std::string_view k) const {
  if (kind != Kind::map) return nullptr;
  for (size_t i = 0; i < map_size(); ++i)
    if (key(i).kind == Kind::scalar && key(i).scalar == k) return &value(i);
  return nullptr;
}

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::null: return "nothing";
    case Kind::scalar: return "a single value";
    case Kind::sequence: return "a list";
    case Kind::map: return "a map";
  }
  return "?";
}

std::string_view Document::line(int line_1based) const {
  if (line_1based < 1 || static_cast<size_t>(line_1based) > line_starts.size()) return {};
  size_t b = line_starts[static_cast<size_t>(line_1based - 1)];
  size_t e = text.find('\n', b);
  if (e == std::string::npos) e = text.size();
  if (e > b && text[e - 1] == '\r') --e;
  return std::string_view(text).substr(b, e - b);
}

namespace {

// [SECTION] Byte-level checks done before yaml-cpp sees the text

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid.
size_t utf8_sequence(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 0;
  if (n == 2 && c < 0xC2) return 0;  // overlong
  if (n == 3) {
    auto c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return 0;  // overlong, surrogate
  }
  if (n == 4) {
    auto c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xF0 && c1 < 0x90) || c > 0xF4 || (c == 0xF4 && c1 >= 0x90)) return 0;
  }
  return n;
}

std::vector<size_t> compute_line_starts(std::string_view text) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts.push_back(i + 1);
  return starts;
}

// 1-based location of a byte offset, the column counted in code points.
SourceLoc locate(const Document& doc, size_t offset) {
  offset = std::min(offset, doc.text.size());
  auto it = std::upper_bound(doc.line_starts.begin(), doc.line_starts.end(), offset);
  size_t line = static_cast<size_t>(it - doc.line_starts.begin());  // 1-based
  size_t start = doc.line_starts[line - 1];
  int column = 1;
  for (size_t i = start; i < offset; ++i)
    if (!is_continuation(static_cast<unsigned char>(doc.text[i]))) ++column;
  return {static_cast<int>(line), column};
}

// Byte offset of a yaml-cpp mark (0-based line, 0-based byte column).
size_t mark_offset(const Document& doc, const YAML::Mark& m) {
  if (m.line < 0 || static_cast<size_t>(m.line) >= doc.line_starts.size()) return doc.text.size();
  return std::min(doc.line_starts[static_cast<size_t>(m.line)] + static_cast<size_t>(std::max(m.column, 0)),
                  doc.text.size());
}

// Rejects encodings and bytes the parser must never see. Returns false when parsing is pointless.
bool check_bytes(Document& doc, DiagnosticSink& sink) {
  const std::string& t = doc.text;
  if (t.size() >= 2 && ((t[0] == '\xFF' && t[1] == '\xFE') || (t[0] == '\xFE' && t[1] == '\xFF'))) {
    sink.error({1, 1}, "HS0006", "the file is encoded as UTF-16; save it as UTF-8");
    return false;
  }
  bool ok = true;
  int reported = 0;
  for (size_t i = 0; i < t.size();) {
    if (t[i] == '\0') {
      if (reported++ < 3) sink.error(locate(doc, i), "HS0005", "the file contains a NUL byte; it is not a text file or is damaged");
      ok = false;
      ++i;
      continue;
    }
    size_t n = utf8_sequence(t, i);
    if (n == 0) {
      if (reported++ < 3)
        sink.error(locate(doc, i), "HS0004",
                   fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8", static_cast<unsigned char>(t[i])));
      ok = false;
      ++i;
      continue;
    }
    i += n;
  }
  return ok;
}

// Tabs may not indent YAML. Report each such line, then offer repaired texts in which the tabs
// are replaced by spaces under a few plausible readings, so the rest of the file can still be
// checked in the same run.
std::vector<std::string> tab_repairs(const Document& doc, DiagnosticSink& sink) {
  if (doc.text.find('\t') == std::string::npos) return {};  // the usual case: no tab anywhere
  struct Line {
    size_t begin, end, text_begin;
    bool tab, blank;
  };
  std::vector<Line> lines;
  size_t unit = 0;
  for (size_t li = 0; li < doc.line_starts.size(); ++li) {
    size_t b = doc.line_starts[li];
    size_t e = li + 1 < doc.line_starts.size() ? doc.line_starts[li + 1] : doc.text.size();
    size_t k = b;
    while (k < e && (doc.text[k] == ' ' || doc.text[k] == '\t')) ++k;
    bool blank = k >= e || doc.text[k] == '\n' || doc.text[k] == '\r' || doc.text[k] == '#';
    // Only the indentation [b, k) is searched: searching on to the end of the text made this
    // loop quadratic (20 s for a 5 MB file).
    size_t first_tab = std::string_view(doc.text).substr(b, k - b).find('\t');
    bool tab = !blank && first_tab != std::string_view::npos;
    if (tab)
      sink.error({static_cast<int>(li + 1), static_cast<int>(first_tab + 1)}, "HS0003",
                 "a tab is used for indentation; YAML allows only spaces here (set your editor to insert spaces)");
    if (!tab && !blank && k > b && (unit == 0 || k - b < unit)) unit = k - b;
    lines.push_back({b, e, k, tab, blank});
  }
  if (std::none_of(lines.begin(), lines.end(), [](const Line& l) { return l.tab; })) return {};
  if (unit == 0) unit = 2;
  auto indent_of = [&](size_t i) { return lines[i].text_begin - lines[i].begin; };
  auto neighbour = [&](size_t i, int step) -> std::optional<size_t> {
    for (long j = static_cast<long>(i) + step; j >= 0 && j < static_cast<long>(lines.size()); j += step)
      if (!lines[static_cast<size_t>(j)].blank && !lines[static_cast<size_t>(j)].tab) return indent_of(static_cast<size_t>(j));
    return std::nullopt;
  };
  auto expanded = [&](size_t i) {
    size_t col = 0;
    for (size_t k = lines[i].begin; k < lines[i].text_begin; ++k) col = doc.text[k] == '\t' ? (col / 8 + 1) * 8 : col + 1;
    return col;
  };
  std::vector<std::function<size_t(size_t)>> readings = {
      [&](size_t i) { return neighbour(i, 1).value_or(expanded(i)); },              // like the next line
      [&](size_t i) { return neighbour(i, -1).value_or(0) + unit; },               // one level in
      [&](size_t i) { return neighbour(i, -1).value_or(0); },                      // like the line before
      [&](size_t i) { return expanded(i); },                                       // tab stops of 8
  };
  std::vector<std::string> out;
  for (const auto& reading : readings) {
    std::string text;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].tab) {
        text.append(reading(i), ' ');
        text.append(doc.text, lines[i].text_begin, lines[i].end - lines[i].text_begin);
      } else {
        text.append(doc.text, lines[i].begin, lines[i].end - lines[i].begin);
      }
    }
    out.push_back(std::move(text));
  }
  return out;
}

// [SECTION] The event handler that builds our tree

struct Budget : std::exception {};
struct AliasFound : std::exception {
  explicit AliasFound(const YAML::Mark& m) : mark(m) {}
  YAML::Mark mark;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const Document& doc, size_t max_nodes) : doc_(doc), max_nodes_(max_nodes) {}

  std::optional<Node> root;
  std::optional<SourceLoc> first_content;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& m, YAML::anchor_t) override { add(make(Kind::null, m)); }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t) override {
    throw AliasFound(m);
  }
  void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t, const std::string& value) override {
    Node n = make(Kind::scalar, m);
    n.scalar = value;
    n.plain = tag == "?";  // yaml-cpp tags quoted and block scalars "!"
    add(std::move(n));
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(make(Kind::sequence, m));
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(make(Kind::map, m));
  }
  void OnMapEnd() override { close(); }

 private:
  Node make(Kind k, const YAML::Mark& m) {
    if (++count_ > max_nodes_) throw Budget{};
    Node n;
    n.kind = k;
    n.offset = mark_offset(doc_, m);
    n.loc = locate_on_line(n.offset, m.line);
    return n;
  }
  // The children of every open container wait in pending_; a container that closes takes its
  // own in one allocation of the exact size (push_back growth left a third of the tree unused).
  void add(Node n) {
    if (stack_.empty())
      root = std::move(n);
    else
      pending_.push_back(std::move(n));
  }
  void open(Node n) {
    stack_.push_back(std::move(n));
    starts_.push_back(pending_.size());
  }
  void close() {
    Node n = std::move(stack_.back());
    stack_.pop_back();
    size_t first = starts_.back();
    starts_.pop_back();
    n.items.reserve(pending_.size() - first);
    std::move(pending_.begin() + static_cast<long>(first), pending_.end(), std::back_inserter(n.items));
    pending_.erase(pending_.begin() + static_cast<long>(first), pending_.end());
    add(std::move(n));
  }

  // locate() without its binary search over every line start: yaml-cpp's mark already names the
  // line, so only the column is counted (same result; checked against the line's extent).
  SourceLoc locate_on_line(size_t offset, int line0) const {
    const auto& starts = doc_.line_starts;
    if (line0 < 0 || static_cast<size_t>(line0) >= starts.size()) return locate(doc_, offset);
    auto l = static_cast<size_t>(line0);
    size_t begin = starts[l], end = l + 1 < starts.size() ? starts[l + 1] : doc_.text.size() + 1;
    if (offset < begin || offset >= end || offset > doc_.text.size()) return locate(doc_, offset);
    int column = 1;
    for (size_t i = begin; i < offset; ++i)
      if (!is_continuation(static_cast<unsigned char>(doc_.text[i]))) ++column;
    return {line0 + 1, column};
  }

  const Document& doc_;
  size_t max_nodes_;
  size_t count_ = 0;
  std::vector<Node> stack_;     // open containers, outermost first
  std::vector<size_t> starts_;  // where each open container's children start in pending_
  std::vector<Node> pending_;
};
static_assert(std::is_nothrow_move_constructible_v<Node>, "vectors of nodes must move, never copy, when they grow");

// Keys must be unique in every map; yaml-cpp accepts duplicates silently.
void check_duplicate_keys(const Node& n, DiagnosticSink& sink) {
  std::vector<const Node*> pending{&n};
  while (!pending.empty()) {
    const Node* cur = pending.back();
    pending.pop_back();
    if (cur->is_map()) {
      // Small maps (nearly all of them) compare pairwise; large ones, such as `nodes:` with
      // thousands of keys, look keys up in a hash table instead of doing n² comparisons.
      auto report = [&](const Node& k, const Node& first) {
        sink.error(k.loc, "HS0024",
                   fmt::format("duplicate key '{}' (first given at line {}); remove one of them", k.scalar, first.loc.line));
      };
      if (cur->map_size() <= 16) {
        for (size_t i = 0; i < cur->map_size(); ++i) {
          const Node& k = cur->key(i);
          if (!k.is_scalar()) continue;
          for (size_t j = 0; j < i; ++j) {
            if (cur->key(j).is_scalar() && cur->key(j).scalar == k.scalar) {
              report(k, cur->key(j));
              break;
            }
          }
        }
      } else {
        std::unordered_map<std::string_view, size_t> first;
        first.reserve(cur->map_size());
        for (size_t i = 0; i < cur->map_size(); ++i) {
          const Node& k = cur->key(i);
          if (!k.is_scalar()) continue;
          auto [it, fresh] = first.try_emplace(std::string_view(k.scalar), i);
          if (!fresh) report(k, cur->key(it->second));
        }
      }
    }
    for (const Node& child : cur->items) pending.push_back(&child);
  }
}

std::string clean_parser_message(const std::string& msg) {
  if (msg.empty()) return "the YAML could not be parsed";
  return msg;
}

void report_too_large(size_t bytes, const Limits& limits, DiagnosticSink& sink) {
  sink.error({1, 1}, "HS0002",
             fmt::format("the file is {:.1f} MB, over the {:.0f} MB limit for a scenario; split it or remove the bulk",
                         static_cast<double>(bytes) / (1024.0 * 1024.0),
                         static_cast<double>(limits.max_bytes) / (1024.0 * 1024.0)));
}

}  // namespace

// [SECTION] Entry points

namespace {

// An input stream over text that is already in memory: std::istringstream would copy it.
class ViewBuf : public std::streambuf {
 public:
  // setg takes char*, so the text is taken by non-const reference; the buffer is only ever read.
  explicit ViewBuf(std::string& text) {
    char* p = text.data();
    setg(p, p, p + text.size());
  }
};

// Parses doc.text into doc.root, reporting what yaml-cpp finds. Returns false on a syntax error.
bool parse_events(Document& doc, DiagnosticSink& sink, const Limits& limits) {
  ViewBuf buf(doc.text);
  std::istream in(&buf);
  TreeBuilder builder(doc, limits.max_nodes);
  try {
    YAML::Parser parser(in);
    // Only the first document: yaml-cpp can report empty documents forever on some input.
    if (parser.HandleNextDocument(builder)) {
      TreeBuilder second(doc, limits.max_nodes);
      // A real second document starts past the first; yaml-cpp's phantom empty documents do not.
      if (parser.HandleNextDocument(second) && second.root && second.root->offset > 0)
        sink.error(second.root->loc, "HS0009",
                   "the file holds more than one YAML document ('---'); keep one scenario per file");
    }
  } catch (const AliasFound& a) {
    sink.error(locate(doc, mark_offset(doc, a.mark)), "HS0007",
               "aliases (*name) are not supported in scenarios; write the value out in full");
    return true;
  } catch (const Budget&) {
    sink.error({1, 1}, "HS0011",
               fmt::format("the file has more than {} YAML values; it is too large to be a scenario", limits.max_nodes));
    return true;
  } catch (const YAML::DeepRecursion& e) {
    sink.error(locate(doc, mark_offset(doc, e.mark)), "HS0008",
               "the YAML is nested too deeply (over 500 levels); flatten the structure");
    return true;
  } catch (const YAML::Exception& e) {
    SourceLoc at = e.mark.is_null() ? SourceLoc{1, 1} : locate(doc, mark_offset(doc, e.mark));
    sink.error(at, "HS0001", fmt::format("YAML syntax: {}", clean_parser_message(e.msg)));
    return false;
  }
  doc.root = builder.root ? std::move(builder.root) : Node{};
  if (doc.root->loc.line < 1) doc.root->loc = {1, 1};
  return true;
}

}  // namespace

Document parse(std::string text, const std::string& path, DiagnosticSink& sink, const Limits& limits) {
  Document doc;
  doc.path = path;
  if (text.size() > limits.max_bytes) {
    report_too_large(text.size(), limits, sink);
    return doc;
  }
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  doc.text = std::move(text);
  doc.line_starts = compute_line_starts(doc.text);
  if (!check_bytes(doc, sink)) return doc;
  std::vector<std::string> repairs = tab_repairs(doc, sink);
  for (size_t i = 0; i < repairs.size(); ++i) {
    Document trial;
    trial.path = path;
    trial.text = std::move(repairs[i]);
    trial.line_starts = compute_line_starts(trial.text);
    DiagnosticSink trial_sink(path);
    bool last = i + 1 == repairs.size();
    if (parse_events(trial, trial_sink, limits) || last) {
      for (auto& d : trial_sink.take()) sink.add(std::move(d));
      if (trial.root) check_duplicate_keys(*trial.root, sink);
      return trial;
    }
  }
  if (parse_events(doc, sink, limits) && doc.root) check_duplicate_keys(*doc.root, sink);
  return doc;
}

Document parse_file(const std::string& path, DiagnosticSink& sink, const Limits& limits) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > limits.max_bytes) {
    report_too_large(size, limits, sink);  // refuse before reading it into memory
    Document d;
    d.path = path;
    return d;
  }
  auto bytes = read_file_text(path);
  if (!bytes) {
    sink.error({1, 1}, "HS0010", "cannot read the file (check the path and its permissions)");
    Document d;
    d.path = path;
    return d;
  }
  return parse(std::move(*bytes), path, sink, limits);
}

}  // namespace hallsim::yaml
