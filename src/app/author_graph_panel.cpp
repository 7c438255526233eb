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

#include "author_panels.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

// Widths of a node's line and of an edge's reply or condition, in characters of the font's size.
constexpr float kSnippetEms = 6, kReplyEms = 4.5f, kConditionEms = 7;
constexpr float kReadableZoom = 0.8f;
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

// The whole graph in view. Unless `whole`, never smaller than readable: a graph too big for that
// shows its start, and the author pans.
void fit(GraphView& v, const GraphLayout& g, bool whole) {
  if (g.layers.empty() || v.width <= 0) return;
  double top = 0, bottom = 0;
  for (double r : g.row) top = std::min(top, r), bottom = std::max(bottom, r);
  float w = v.column - label_gap(), h = v.row;
  float left = -w / 2 - 10, right = static_cast<float>(g.layers.size() - 1) * v.column + w / 2 + 10;
  float high = static_cast<float>(top) * v.row - h, low = static_cast<float>(bottom) * v.row + h;
  float fits = std::min((v.width - 20) / (right - left), (v.height - 20) / (low - high));
  v.zoom = std::clamp(fits, whole ? 0.2f : kReadableZoom, 1.25f);
  v.pan_x = (right - left) * v.zoom <= v.width ? v.width / 2 - (left + right) / 2 * v.zoom : 10 - left * v.zoom;
  v.pan_y = v.height / 2 - (high + low) / 2 * v.zoom;
  v.fit = v.fit_all = false;
}

// Pans as little as needed to bring a node (the rehearsal's, after it moved) into view.
void keep_in_view(GraphView& v, const GraphLayout& g, int node) {
  ImVec2 c = graph_node_centre(v, g, node);
  float margin_x = node_width(v) / 2 + 20, margin_y = node_height(v) / 2 + 20;
  if (c.x - margin_x < v.origin_x) v.pan_x += v.origin_x - (c.x - margin_x);
  if (c.x + margin_x > v.origin_x + v.width) v.pan_x -= c.x + margin_x - (v.origin_x + v.width);
  if (c.y - margin_y < v.origin_y) v.pan_y += v.origin_y - (c.y - margin_y);
  if (c.y + margin_y > v.origin_y + v.height) v.pan_y -= c.y + margin_y - (v.origin_y + v.height);
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
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
  ImGui::Text("%s · %s", n.id.c_str(), std::string(word(lang, speaker_name(n.speaker))).c_str());
  ImGui::TextWrapped("%s", s.text(n.say, lang).c_str());
  if (n.kind == Node::Kind::end) ImGui::TextUnformatted(fmt::format("{}: {}", word(lang, "outcome"), word(lang, n.ending.outcome)).c_str());
  for (size_t c = 0; c < n.choices.size(); ++c)
    // A no-break space keeps the number with the reply's first words.
    ImGui::TextDisabled("%zu.\u00a0%s → %s", c + 1, s.text(n.choices[c].reply, lang).c_str(), n.choices[c].to.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void legend(ImDrawList* d, const GraphView& v, const std::string& lang) {
  struct Item {
    ImU32 colour;
    std::string text;
    bool ring;
  };
  std::vector<Item> items;
  for (Outcome o : {Outcome::resolved, Outcome::partial, Outcome::escalated, Outcome::failed})
    items.push_back({outcome_colour(o), std::string(word(lang, o)), false});
  items.push_back({kCurrent, std::string(word(lang, "current_node")), true});
  items.push_back({kPathColour, std::string(word(lang, "this_path")), true});
  items.push_back({kUnreachable, std::string(word(lang, "unreachable")), true});
  items.push_back({kDeadEnd, std::string(word(lang, "dead_end")), true});
  float size = ImGui::GetFontSize() * 0.85f, box = size * 0.8f;
  float x = v.origin_x + 8, y = v.origin_y + v.height - size - 10;
  float width = 0;
  for (const auto& it : items) width += box + 6 + ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0, it.text.c_str()).x + 14;
  d->AddRectFilled(ImVec2(x - 4, y - 4), ImVec2(x + width, y + size + 4), IM_COL32(20, 22, 28, 210), 4);
  for (const auto& it : items) {
    ImVec2 lo(x, y + (size - box) / 2), hi(x + box, y + (size + box) / 2);
    if (it.ring) d->AddRect(lo, hi, it.colour, 2, 0, 2.5f);
    else d->AddRectFilled(lo, hi, it.colour, 2);
    x += box + 6;
    d->AddText(ImGui::GetFont(), size, ImVec2(x, y), IM_COL32(210, 214, 224, 255), it.text.c_str());
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
    v.pan_x += io.MouseDelta.x, v.pan_y += io.MouseDelta.y;
  if (ImGui::IsItemHovered() && io.MouseWheel != 0) {
    float zoom = std::clamp(v.zoom * std::pow(1.15f, io.MouseWheel), 0.2f, 3.0f);
    float wx = (io.MousePos.x - v.origin_x - v.pan_x) / v.zoom, wy = (io.MousePos.y - v.origin_y - v.pan_y) / v.zoom;
    v.zoom = zoom;
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
  if (ImGui::Button(std::string(word(lang, "fit_view")).c_str())) v.fit_all = true;
  ImGui::SameLine();
  ImGui::TextDisabled("%d%%   %s", static_cast<int>(std::lround(v.zoom * 100)), std::string(word(lang, "graph_hint")).c_str());

  const GraphLayout& g = author.layout();
  ImVec2 origin = ImGui::GetCursorScreenPos(), avail = ImGui::GetContentRegionAvail();
  v.origin_x = origin.x, v.origin_y = origin.y;
  v.width = std::max(avail.x, 50.0f), v.height = std::max(avail.y, 50.0f);
  measure(v, *s, lang);
  if (v.fit || v.fit_all) fit(v, g, v.fit_all);
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
  legend(d, v, lang);
  d->PopClipRect();

  int hovered = ImGui::IsItemHovered() ? node_under_mouse(v, g) : -1;
  if (hovered >= 0 && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) tooltip(*s, s->nodes[static_cast<size_t>(hovered)], lang);
  if (clicked && hovered >= 0) {
    author.jump_to(hovered);
    app.status = fmt::format("{} {}", word(lang, "jumped_to"), s->nodes[static_cast<size_t>(hovered)].id);
  }
}

}  // namespace hallsim::app
