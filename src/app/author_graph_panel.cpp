// The branching graph: nodes in layers from the start, endings coloured by outcome, the
// rehearsal's path lit, unreachable nodes and dead ends marked. Drag pans, the wheel zooms, a
// click on a node moves the rehearsal there.
//
// [SECTION] Geometry   node sizes, fitting the view, following the rehearsal
// [SECTION] Edges      arrows by direction, labels that keep clear of each other
// [SECTION] Nodes      colours, marks, the tooltip, the legend
// [SECTION] Mouse      pan, zoom, click
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>
#include <imgui.h>

#include "analyze/graph_layout.hpp"
#include "author_panels.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

// Widths of a node's line and of an edge's reply or condition, in characters of the font's size.
constexpr float kSnippetEms = 6, kReplyEms = 4.5f, kConditionEms = 7;
const ImU32 kEdge = IM_COL32(150, 155, 170, 150), kPathColour = IM_COL32(110, 180, 255, 255),
            kCurrent = IM_COL32(255, 215, 90, 255), kUnreachable = IM_COL32(255, 110, 100, 255),
            kDeadEnd = IM_COL32(245, 150, 60, 255);

// [SECTION] Geometry

float ems(float count) { return ImGui::GetFontSize() * count; }
// Room between layers for an edge label.
float label_gap() { return ems(6); }
float node_width(const GraphView& v) { return (v.column - label_gap()) * v.zoom; }
float node_height(const GraphView& v) { return (ems(2) + 14) * v.zoom; }

ImVec2 to_screen(const GraphView& v, float x, float y) {
  return ImVec2(v.origin_x + v.pan_x + x * v.zoom, v.origin_y + v.pan_y + y * v.zoom);
}

std::string snippet(const Scenario& s, const Node& n, const std::string& lang) {
  return shorten_to_width(s.text(n.say, lang), ems(kSnippetEms));
}

// Layers sit far enough apart for the widest node and an edge label between them.
void measure(GraphView& v, const Scenario& s, const std::string& lang) {
  float widest = ems(6);
  for (const Node& n : s.nodes)
    widest = std::max({widest, ImGui::CalcTextSize(n.id.c_str()).x, ImGui::CalcTextSize(snippet(s, n, lang).c_str()).x});
  v.column = std::min(widest, ems(12)) + 20 + label_gap();
  v.row = ems(2) + 14 + ems(1.6f);
}

// Names drawn smaller than this many pixels cannot be read; fitting the view never goes below it.
constexpr float kLegiblePixels = 13;

// The whole graph if it can be read at that size, else its start (the engine's fit_view), in the
// canvas above the legend.
void fit(GraphView& v, const GraphLayout& g, int start_node) {
  ViewGeometry geometry;
  geometry.column = v.column, geometry.row = v.row;
  geometry.node_width = v.column - label_gap(), geometry.node_height = ems(2) + 14;
  geometry.above_node = ems(0.8f) + 4;
  geometry.width = v.width, geometry.height = v.height;
  geometry.min_zoom = kLegiblePixels / ImGui::GetFontSize();
  ViewPlacement p = fit_view(g, start_node, geometry);
  v.zoom = static_cast<float>(p.zoom), v.pan_x = static_cast<float>(p.pan_x), v.pan_y = static_cast<float>(p.pan_y);
  v.fit = false;
  v.as_fitted = true;
}

// Pans as little as needed to bring a node (the rehearsal's, after it moved) into view.
void keep_in_view(GraphView& v, const GraphLayout& g, int node) {
  ImVec2 c = graph_node_centre(v, g, node);
  float margin_x = node_width(v) / 2 + 20, margin_y = node_height(v) / 2 + 20;
  float pan_x = v.pan_x, pan_y = v.pan_y;
  if (c.x - margin_x < v.origin_x) v.pan_x += v.origin_x - (c.x - margin_x);
  if (c.x + margin_x > v.origin_x + v.width) v.pan_x -= c.x + margin_x - (v.origin_x + v.width);
  if (c.y - margin_y < v.origin_y) v.pan_y += v.origin_y - (c.y - margin_y);
  if (c.y + margin_y > v.origin_y + v.height) v.pan_y -= c.y + margin_y - (v.origin_y + v.height);
  if (pan_x != v.pan_x || pan_y != v.pan_y) v.as_fitted = false;
}

// [SECTION] Edges

// "2 让您久等…" for a choice, the condition for a route, "否则" for a route's fallback.
std::string edge_label(const Scenario& s, const LayoutEdge& e, const std::string& lang) {
  const Node& n = s.nodes[static_cast<size_t>(e.from)];
  auto index = static_cast<size_t>(e.index);
  switch (e.kind) {
    case LayoutEdge::Kind::choice:
      return fmt::format("{} {}", e.index + 1, shorten_to_width(s.text(n.choices[index].reply, lang), ems(kReplyEms)));
    case LayoutEdge::Kind::route: {
      const Route& r = n.free_text.routes[index];
      return r.when ? shorten_to_width(r.when->text, ems(kConditionEms)) : std::string(word(lang, "otherwise"));
    }
    case LayoutEdge::Kind::next: {
      const Route& r = n.next[index];
      return r.when ? shorten_to_width(r.when->text, ems(kConditionEms)) : n.next.size() > 1 ? std::string(word(lang, "otherwise")) : "";
    }
  }
  return {};
}

ImVec2 bezier_middle(ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d) {
  return ImVec2((a.x + 3 * b.x + 3 * c.x + d.x) / 8, (a.y + 3 * b.y + 3 * c.y + d.y) / 8);
}

// Where a label of `size` can go at or just below `at` without covering a label already placed.
ImVec2 free_place(std::vector<ImVec4>& placed, ImVec2 at, ImVec2 size) {
  auto overlaps = [&](const ImVec4& r) { return at.x < r.z && at.x + size.x > r.x && at.y < r.w && at.y + size.y > r.y; };
  for (int tries = 0; tries < 6 && std::any_of(placed.begin(), placed.end(), overlaps); ++tries) at.y += size.y * 0.6f;
  placed.emplace_back(at.x - 3, at.y - 1, at.x + size.x + 3, at.y + size.y + 1);
  return at;
}

// One arrow for every pair of nodes an edge joins, labelled with all its edges.
void draw_edges(ImDrawList* d, const GraphView& v, const Scenario& s, const GraphLayout& g, const std::set<std::pair<int, int>>& lit,
                const std::string& lang) {
  std::map<std::pair<int, int>, std::string> labels;
  for (const auto& e : g.edges) {
    std::string& label = labels[{e.from, e.to}];  // every joined pair gets its arrow, labelled or not
    std::string text = edge_label(s, e, lang);
    label += label.empty() || text.empty() ? text : "\n" + text;
  }
  float w = node_width(v), h = node_height(v);
  float label_size = ImGui::GetFontSize() * 0.85f * std::min(v.zoom, 1.2f);
  std::vector<ImVec4> placed;  // labels drawn so far, as (x0, y0, x1, y1)
  for (const auto& [pair, label] : labels) {
    auto [from, to] = pair;
    ImVec2 a = graph_node_centre(v, g, from), b = graph_node_centre(v, g, to);
    bool on_path = lit.count(pair) > 0;
    ImU32 colour = on_path ? kPathColour : kEdge;
    float thickness = (on_path ? 3.0f : 1.5f) * std::max(v.zoom, 0.6f);
    ImVec2 p1, c1, c2, p4, tip;
    int step = g.layer[static_cast<size_t>(to)] - g.layer[static_cast<size_t>(from)];
    if (from == to) {  // a loop over the node's top
      p1 = ImVec2(a.x + w * 0.25f, a.y - h / 2), p4 = ImVec2(a.x - w * 0.25f, a.y - h / 2);
      c1 = ImVec2(p1.x, p1.y - h * 1.2f), c2 = ImVec2(p4.x, p4.y - h * 1.2f);
      tip = ImVec2(0, 1);
    } else if (step > 0) {  // right side to left side
      p1 = ImVec2(a.x + w / 2, a.y), p4 = ImVec2(b.x - w / 2, b.y);
      float dx = (p4.x - p1.x) * 0.5f;
      c1 = ImVec2(p1.x + dx, p1.y), c2 = ImVec2(p4.x - dx, p4.y);
      tip = ImVec2(1, 0);
    } else if (step == 0) {  // within a layer: a bow out to the right
      p1 = ImVec2(a.x + w / 2, a.y), p4 = ImVec2(b.x + w / 2, b.y);
      float bulge = label_gap() * v.zoom * 0.6f;
      c1 = ImVec2(p1.x + bulge, p1.y), c2 = ImVec2(p4.x + bulge, p4.y);
      tip = ImVec2(-1, 0);
    } else {  // back to an earlier layer: left side to right side, sagging into the gap between rows
      p1 = ImVec2(a.x - w / 2, a.y + h / 4), p4 = ImVec2(b.x + w / 2, b.y + h / 4);
      float dx = (p1.x - p4.x) * 0.35f, sag = v.row * v.zoom * 0.5f;
      c1 = ImVec2(p1.x - dx, p1.y + sag), c2 = ImVec2(p4.x + dx, p4.y + sag);
      tip = ImVec2(-1, 0);
    }
    d->AddBezierCubic(p1, c1, c2, p4, colour, thickness);
    float arrow = 7 * std::max(v.zoom, 0.6f);
    ImVec2 side(-tip.y * arrow * 0.6f, tip.x * arrow * 0.6f);
    ImVec2 back(p4.x - tip.x * arrow, p4.y - tip.y * arrow);
    d->AddTriangleFilled(p4, ImVec2(back.x + side.x, back.y + side.y), ImVec2(back.x - side.x, back.y - side.y), colour);
    if (label.empty() || v.zoom < 0.55f) continue;
    ImVec2 size = ImGui::GetFont()->CalcTextSizeA(label_size, 1e9f, 0, label.c_str());
    ImVec2 mid = bezier_middle(p1, c1, c2, p4);
    ImVec2 at = free_place(placed, ImVec2(mid.x - size.x / 2, mid.y - size.y / 2), size);
    d->AddRectFilled(ImVec2(at.x - 3, at.y - 1), ImVec2(at.x + size.x + 3, at.y + size.y + 1), IM_COL32(28, 30, 36, 220), 3);
    d->AddText(ImGui::GetFont(), label_size, at, on_path ? kPathColour : IM_COL32(200, 204, 215, 255), label.c_str());
  }
}

// [SECTION] Nodes

ImU32 fill_of(const Node& n) {
  switch (n.kind) {
    case Node::Kind::end: return outcome_colour(n.ending.outcome);
    case Node::Kind::choices: return IM_COL32(52, 72, 110, 255);
    case Node::Kind::free_text: return IM_COL32(36, 96, 104, 255);
    case Node::Kind::next: return IM_COL32(72, 72, 86, 255);
  }
  return IM_COL32_WHITE;
}

ImU32 faded(ImU32 colour) { return (colour & 0x00FFFFFF) | (static_cast<ImU32>(90) << IM_COL32_A_SHIFT); }

// A small word above a node's top-left corner ("开始", "到不了", "死胡同").
void tag(ImDrawList* d, ImVec2 top_left, float size, ImU32 colour, const std::string& text, float& x) {
  d->AddText(ImGui::GetFont(), size, ImVec2(x, top_left.y - size - 2), colour, text.c_str());
  x += ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0, text.c_str()).x + 6;
}

// What a node's frame and tags show.
struct Marks {
  bool current = false, on_path = false, unreachable = false, dead_end = false;
};

void draw_node(ImDrawList* d, const GraphView& v, const Scenario& s, const GraphLayout& g, int i, Marks m, const std::string& lang) {
  const Node& n = s.nodes[static_cast<size_t>(i)];
  ImVec2 c = graph_node_centre(v, g, i);
  float w = node_width(v), h = node_height(v);
  ImVec2 lo(c.x - w / 2, c.y - h / 2), hi(c.x + w / 2, c.y + h / 2);
  ImU32 fill = fill_of(n);
  d->AddRectFilled(lo, hi, m.unreachable ? faded(fill) : fill, 6 * v.zoom);
  ImU32 border = m.current ? kCurrent : m.on_path ? kPathColour : m.dead_end ? kDeadEnd : IM_COL32(255, 255, 255, 50);
  float thickness = m.current ? 3.5f : (m.on_path || m.dead_end) ? 2.5f : 1.0f;
  if (m.current) d->AddRect(ImVec2(lo.x - 4, lo.y - 4), ImVec2(hi.x + 4, hi.y + 4), faded(kCurrent), 8 * v.zoom, 0, 2);
  d->AddRect(lo, hi, border, 6 * v.zoom, 0, thickness);

  float size = ImGui::GetFontSize() * std::min(v.zoom, 1.25f);
  if (size < 7) return;
  bool light = n.kind == Node::Kind::end;
  ImU32 text = light ? IM_COL32(25, 25, 30, 255) : IM_COL32(240, 242, 248, 255);
  ImVec4 clip(lo.x + 4, lo.y, hi.x - 4, hi.y);
  float pad = 7 * v.zoom;
  d->AddText(ImGui::GetFont(), size, ImVec2(lo.x + pad, lo.y + pad * 0.8f), m.unreachable ? faded(text) : text, n.id.c_str(), nullptr,
             0, &clip);
  std::string second = n.kind == Node::Kind::end ? std::string(word(lang, n.ending.outcome)) : snippet(s, n, lang);
  d->AddText(ImGui::GetFont(), size * 0.9f, ImVec2(lo.x + pad, lo.y + pad * 0.8f + size),
             light ? IM_COL32(40, 40, 48, 220) : IM_COL32(200, 205, 220, 200),
             second.c_str(), nullptr, 0, &clip);
  float x = lo.x;
  float small = size * 0.8f;
  if (i == s.start_node) tag(d, lo, small, IM_COL32(170, 175, 190, 255), std::string(word(lang, "start")), x);
  if (m.unreachable) tag(d, lo, small, kUnreachable, std::string(word(lang, "unreachable")), x);
  if (m.dead_end) tag(d, lo, small, kDeadEnd, std::string(word(lang, "dead_end")), x);
}

void tooltip(const Scenario& s, const Node& n, const std::string& lang) {
  begin_tooltip(24);
  ImGui::Text("%s · %s", n.id.c_str(), std::string(word(lang, n.speaker)).c_str());
  ImGui::TextWrapped("%s", s.text(n.say, lang).c_str());
  if (n.kind == Node::Kind::end) ImGui::TextUnformatted(labelled_text(lang, word(lang, "outcome"), word(lang, n.ending.outcome)).c_str());
  for (size_t c = 0; c < n.choices.size(); ++c)
    // A no-break space keeps the number with the reply's first words.
    ImGui::TextDisabled("%zu.\u00a0%s → %s", c + 1, s.text(n.choices[c].reply, lang).c_str(), n.choices[c].to.c_str());
  end_tooltip();
}

// Every colour the graph uses: the fills of the node kinds and endings, an unreachable node's
// faded fill, and the frames. Laid out in lines below the canvas, so it never covers a node.
struct LegendItem {
  enum class Look { fill, faded, frame };
  ImU32 colour;
  std::string text;
  Look look;
};

std::vector<LegendItem> legend_items(const std::string& lang) {
  using Look = LegendItem::Look;
  std::vector<LegendItem> items;
  Node sample;
  for (auto [kind, key] : {std::pair{Node::Kind::choices, "legend_choices"}, std::pair{Node::Kind::free_text, "legend_typed"},
                           std::pair{Node::Kind::next, "legend_next"}}) {
    sample.kind = kind;
    items.push_back({fill_of(sample), std::string(word(lang, key)), Look::fill});
  }
  for (Outcome o : {Outcome::resolved, Outcome::partial, Outcome::escalated, Outcome::failed})
    items.push_back({outcome_colour(o), std::string(word(lang, o)), Look::fill});
  items.push_back({kUnreachable, std::string(word(lang, "unreachable")), Look::faded});
  items.push_back({kCurrent, std::string(word(lang, "current_node")), Look::frame});
  items.push_back({kPathColour, std::string(word(lang, "this_path")), Look::frame});
  items.push_back({kDeadEnd, std::string(word(lang, "dead_end")), Look::frame});
  return items;
}

float legend_text_size() { return ImGui::GetFontSize() * 0.85f; }
float legend_line_height() { return legend_text_size() + 8; }

float legend_item_width(const LegendItem& it) {
  float size = legend_text_size();
  return size * 0.8f + 6 + ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0, it.text.c_str()).x + 14;
}

// Lines the legend takes in `width`.
int legend_lines(const std::vector<LegendItem>& items, float width) {
  int lines = 1;
  float x = 0;
  for (const auto& it : items) {
    float w = legend_item_width(it);
    if (x > 0 && x + w > width) ++lines, x = 0;
    x += w;
  }
  return lines;
}

void legend(ImDrawList* d, const std::vector<LegendItem>& items, ImVec2 top_left, float width) {
  float size = legend_text_size(), box = size * 0.8f;
  float x = top_left.x, y = top_left.y + 4;
  for (const auto& it : items) {
    if (x > top_left.x && x + legend_item_width(it) > top_left.x + width) x = top_left.x, y += legend_line_height();
    ImVec2 lo(x, y + (size - box) / 2), hi(x + box, y + (size + box) / 2);
    switch (it.look) {
      case LegendItem::Look::fill: d->AddRectFilled(lo, hi, it.colour, 2); break;
      case LegendItem::Look::faded: d->AddRectFilled(lo, hi, faded(IM_COL32(52, 72, 110, 255)), 2); break;
      case LegendItem::Look::frame: d->AddRect(lo, hi, it.colour, 2, 0, 2.5f); break;
    }
    x += box + 6;
    // An unreachable node's tag is written in its colour; the other texts are plain.
    ImU32 text = it.look == LegendItem::Look::faded ? it.colour : IM_COL32(210, 214, 224, 255);
    d->AddText(ImGui::GetFont(), size, ImVec2(x, y), text, it.text.c_str());
    x += ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0, it.text.c_str()).x + 14;
  }
}

// [SECTION] Mouse

// Zooms by the wheel around the point under the mouse, pans by dragging; returns true when a
// press was released without dragging (a click).
bool handle_mouse(GraphView& v) {
  const ImGuiIO& io = ImGui::GetIO();
  bool clicked = ImGui::InvisibleButton("canvas", ImVec2(v.width, v.height),
                                        ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
  if (ImGui::IsItemActive() && (ImGui::IsMouseDragging(ImGuiMouseButton_Left) || ImGui::IsMouseDragging(ImGuiMouseButton_Middle)))
    v.pan_x += io.MouseDelta.x, v.pan_y += io.MouseDelta.y, v.as_fitted = false;
  if (ImGui::IsItemHovered() && io.MouseWheel != 0) {
    float zoom = std::clamp(v.zoom * std::pow(1.15f, io.MouseWheel), 0.2f, 3.0f);
    float wx = (io.MousePos.x - v.origin_x - v.pan_x) / v.zoom, wy = (io.MousePos.y - v.origin_y - v.pan_y) / v.zoom;
    v.zoom = zoom;
    v.as_fitted = false;
    v.pan_x = io.MousePos.x - v.origin_x - wx * zoom;
    v.pan_y = io.MousePos.y - v.origin_y - wy * zoom;
  }
  float threshold = io.MouseDragThreshold;
  return clicked && io.MouseDragMaxDistanceSqr[0] < threshold * threshold;
}

int node_under_mouse(const GraphView& v, const GraphLayout& g) {
  ImVec2 m = ImGui::GetIO().MousePos;
  float w = node_width(v), h = node_height(v);
  for (size_t i = 0; i < g.layer.size(); ++i) {
    ImVec2 c = graph_node_centre(v, g, static_cast<int>(i));
    if (std::fabs(m.x - c.x) <= w / 2 && std::fabs(m.y - c.y) <= h / 2) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

ImVec2 graph_node_centre(const GraphView& view, const GraphLayout& layout, int node) {
  auto i = static_cast<size_t>(node);
  return to_screen(view, static_cast<float>(layout.layer[i]) * view.column, static_cast<float>(layout.row[i]) * view.row);
}

void draw_author_graph(App& app) {
  AuthorMode& author = app.author;
  GraphView& v = author.view;
  const std::string& lang = app.lang();
  const Scenario* s = author.scenario();
  if (!s) {
    ImGui::TextWrapped("%s", std::string(word(lang, no_version_yet(author))).c_str());
    return;
  }
  if (ImGui::Button(std::string(word(lang, "fit_view")).c_str())) v.fit = true;
  hover_tip(std::string(word(lang, "fit_view_tip")));
  ImGui::SameLine();
  ImGui::TextDisabled("%d%%   %s", static_cast<int>(std::lround(v.zoom * 100)), std::string(word(lang, "graph_hint")).c_str());

  const GraphLayout& g = author.layout();
  ImVec2 origin = ImGui::GetCursorScreenPos(), avail = ImGui::GetContentRegionAvail();
  v.origin_x = origin.x, v.origin_y = origin.y;
  std::vector<LegendItem> items = legend_items(lang);
  float legend_height = static_cast<float>(legend_lines(items, avail.x)) * legend_line_height() + 4;
  float width = std::max(avail.x, 50.0f), height = std::max(avail.y - legend_height, 50.0f);
  if (v.as_fitted && (width != v.width || height != v.height)) v.fit = true;  // the window was resized
  v.width = width, v.height = height;
  measure(v, *s, lang);
  if (v.fit) fit(v, g, s->start_node);
  const Session* session = author.session();
  int current = session ? session->state().node : -1;
  if (current != v.followed && current >= 0) keep_in_view(v, g, current);
  v.followed = current;
  bool clicked = handle_mouse(v);

  std::set<std::pair<int, int>> lit;
  std::vector<char> on_path(s->nodes.size(), 0);
  if (session) {
    int previous = -1;
    for (const auto& id : session->path()) {
      int node = s->find_node(id);
      if (node < 0) continue;
      on_path[static_cast<size_t>(node)] = 1;
      if (previous >= 0) lit.insert({previous, node});
      previous = node;
    }
  }
  std::vector<char> unreachable(s->nodes.size(), 0), dead_end(s->nodes.size(), 0);
  for (int n : author.file()->unreachable) unreachable[static_cast<size_t>(n)] = 1;
  for (int n : author.file()->dead_ends) dead_end[static_cast<size_t>(n)] = 1;

  ImDrawList* d = ImGui::GetWindowDrawList();
  d->PushClipRect(origin, ImVec2(origin.x + v.width, origin.y + v.height), true);
  draw_edges(d, v, *s, g, lit, lang);
  for (size_t i = 0; i < s->nodes.size(); ++i)
    draw_node(d, v, *s, g, static_cast<int>(i), {static_cast<int>(i) == current, on_path[i] != 0, unreachable[i] != 0, dead_end[i] != 0},
              lang);
  d->PopClipRect();
  legend(d, items, ImVec2(origin.x, origin.y + v.height), v.width);

  int hovered = ImGui::IsItemHovered() ? node_under_mouse(v, g) : -1;
  if (hovered >= 0 && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) tooltip(*s, s->nodes[static_cast<size_t>(hovered)], lang);
  if (clicked && hovered >= 0) {
    author.jump_to(hovered);
    app.status = fmt::format("{} {}", word(lang, "jumped_to"), s->nodes[static_cast<size_t>(hovered)].id);
  }
  ImGui::Dummy(ImVec2(v.width, legend_height));  // the legend's lines, below the canvas
}

}  // namespace hallsim::app
