#include "analyze/graph_export.hpp"

#include <fmt/format.h>

namespace hallsim {

namespace {

constexpr size_t kLabelChars = 24;

// The first `limit` code points of a label, with an ellipsis when cut; newlines become spaces.
std::string shorten(const std::string& text, size_t limit = kLabelChars) {
  std::string out;
  size_t count = 0;
  for (char byte : text) {
    auto c = static_cast<unsigned char>(byte);
    if ((c & 0xC0) != 0x80) {
      if (count == limit) return out + "…";
      ++count;
    }
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : static_cast<char>(c);
  }
  return out;
}

std::string dot_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// Mermaid labels sit inside "..."; quotes and markup characters become entity codes.
std::string mermaid_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "#quot;"; break;
      case '<': out += "#lt;"; break;
      case '>': out += "#gt;"; break;
      case '&': out += "#amp;"; break;
      case '#': out += "#35;"; break;
      case '|': out += "#124;"; break;
      case '`': out += "#96;"; break;
      default: out += c;
    }
  }
  return out;
}

// Node ids in Mermaid must be plain: n0, n1, ...
std::string mermaid_id(size_t i) { return fmt::format("n{}", i); }

const char* outcome_colour(Outcome o) {
  switch (o) {
    case Outcome::resolved: return "#c8e6c9";
    case Outcome::partial: return "#fff9c4";
    case Outcome::escalated: return "#ffccbc";
    case Outcome::failed: return "#ef9a9a";
  }
  return "#ffffff";
}

struct EdgeLabel {
  int from, to;
  std::string label;
};

std::vector<EdgeLabel> edges(const Scenario& s, const std::string& lang) {
  std::vector<EdgeLabel> out;
  for (size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    auto from = static_cast<int>(i);
    for (size_t c = 0; c < n.choices.size(); ++c)
      out.push_back({from, n.choices[c].target, fmt::format("{}. {}", c + 1, shorten(s.text(n.choices[c].reply, lang)))});
    for (const auto& r : n.free_text.routes) out.push_back({from, r.target, r.when ? shorten(r.when->text) : "otherwise"});
    for (const auto& r : n.next) out.push_back({from, r.target, r.when ? shorten(r.when->text) : ""});
  }
  return out;
}

std::string node_label(const Scenario& s, const Node& n, const std::string& lang) {
  std::string label = n.id;
  const std::string& say = s.text(n.say, lang);
  if (!say.empty()) label += "\n" + shorten(say);
  if (n.kind == Node::Kind::end) label += fmt::format("\n[{}]", outcome_name(n.ending.outcome));
  return label;
}

}  // namespace

std::string graph_dot(const Scenario& s, const std::string& lang) {
  std::string out = fmt::format("digraph \"{}\" {{\n  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Noto Sans CJK SC\"];\n  edge [fontname=\"Noto Sans CJK SC\", fontsize=10];\n", dot_escape(s.id));
  for (const Node& n : s.nodes) {
    std::string label = dot_escape(node_label(s, n, lang));
    std::string::size_type p = 0;
    while ((p = label.find('\n', p)) != std::string::npos) label.replace(p, 1, "\\n");
    std::string style = n.kind == Node::Kind::end ? fmt::format(", fillcolor=\"{}\"", outcome_colour(n.ending.outcome)) : "";
    if (n.id == s.start) style += ", penwidth=2";
    out += fmt::format("  \"{}\" [label=\"{}\"{}];\n", dot_escape(n.id), label, style);
  }
  for (const auto& e : edges(s, lang)) {
    if (e.to < 0) continue;
    out += fmt::format("  \"{}\" -> \"{}\"", dot_escape(s.nodes[static_cast<size_t>(e.from)].id),
                       dot_escape(s.nodes[static_cast<size_t>(e.to)].id));
    if (!e.label.empty()) out += fmt::format(" [label=\"{}\"]", dot_escape(e.label));
    out += ";\n";
  }
  return out + "}\n";
}

std::string graph_mermaid(const Scenario& s, const std::string& lang) {
  std::string out = "flowchart TD\n";
  for (size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    std::string label = mermaid_escape(node_label(s, n, lang));
    std::string::size_type p = 0;
    while ((p = label.find('\n', p)) != std::string::npos) label.replace(p, 1, "<br/>");
    out += fmt::format("  {}[\"{}\"]\n", mermaid_id(i), label);
  }
  for (const auto& e : edges(s, lang)) {
    if (e.to < 0) continue;
    if (e.label.empty())
      out += fmt::format("  {} --> {}\n", mermaid_id(static_cast<size_t>(e.from)), mermaid_id(static_cast<size_t>(e.to)));
    else
      out += fmt::format("  {} -->|\"{}\"| {}\n", mermaid_id(static_cast<size_t>(e.from)), mermaid_escape(e.label),
                         mermaid_id(static_cast<size_t>(e.to)));
  }
  for (size_t i = 0; i < s.nodes.size(); ++i)
    if (s.nodes[i].kind == Node::Kind::end)
      out += fmt::format("  style {} fill:{}\n", mermaid_id(i), outcome_colour(s.nodes[i].ending.outcome));
  return out;
}

}  // namespace hallsim
