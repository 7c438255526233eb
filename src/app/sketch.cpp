#include "sketch.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <imgui_internal.h>  // ImDrawListSharedData: the white pixel for untextured vertices

namespace hallsim::app::sketch {

namespace {

ImVec2 bezier(ImVec2 a, ImVec2 c, ImVec2 b, float t) {
  float u = 1 - t;
  return ImVec2(u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y);
}

int segments_for(float pixels) { return std::clamp(static_cast<int>(pixels / 2.5f), 12, 64); }
}  // namespace

ImU32 rgb(int r, int g, int b, int a) { return IM_COL32(r, g, b, a); }

ImU32 blend(ImU32 from, ImU32 to, float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  ImVec4 a = ImGui::ColorConvertU32ToFloat4(from), b = ImGui::ColorConvertU32ToFloat4(to);
  return ImGui::ColorConvertFloat4ToU32(
      ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t));
}

float Canvas::stroke(float units) const { return std::max(1.0f, units * unit); }

void Canvas::ellipse(float x, float y, float rx, float ry, ImU32 colour, float turn) const {
  int n = segments_for(px(std::max(rx, ry)) * 2 * kPi / 4);
  float c = std::cos(turn), s = std::sin(turn);
  draw->PathClear();
  for (int i = 0; i < n; ++i) {
    float a = 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
    float ex = rx * std::cos(a), ey = ry * std::sin(a);
    draw->PathLineTo(at(x + ex * c - ey * s, y + ex * s + ey * c));
  }
  draw->PathFillConvex(colour);
}

void Canvas::ellipse_outline(float x, float y, float rx, float ry, ImU32 colour, float width) const {
  arc(x, y, rx, ry, 0, 2 * kPi, colour, width);
}

void Canvas::ellipse_segment(float x, float y, float rx, float ry, float from, float to, ImU32 colour) const {
  int n = segments_for(px(std::max(rx, ry)) * (to - from) / 2);
  draw->PathClear();
  for (int i = 0; i <= n; ++i) {
    float a = from + (to - from) * static_cast<float>(i) / static_cast<float>(n);
    draw->PathLineTo(at(x + rx * std::cos(a), y + ry * std::sin(a)));
  }
  draw->PathFillConvex(colour);
}

void Canvas::gradient_ellipse(float x, float y, float rx, float ry, ImU32 top, ImU32 bottom) const {
  int n = segments_for(px(std::max(rx, ry)) * 2 * kPi / 4);
  ImVec2 uv = draw->_Data->TexUvWhitePixel;
  draw->PrimReserve(3 * n, n + 1);
  auto base = static_cast<ImDrawIdx>(draw->_VtxCurrentIdx);
  draw->PrimWriteVtx(at(x, y), uv, blend(top, bottom, 0.5f));
  for (int i = 0; i < n; ++i) {
    float a = 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
    draw->PrimWriteVtx(at(x + rx * std::cos(a), y + ry * std::sin(a)), uv, blend(top, bottom, 0.5f + 0.5f * std::sin(a)));
  }
  for (int i = 0; i < n; ++i) {
    draw->PrimWriteIdx(base);
    draw->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1 + i));
    draw->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1 + (i + 1) % n));
  }
}

void Canvas::arc(float x, float y, float rx, float ry, float from, float to, ImU32 colour, float width) const {
  int n = segments_for(px(std::max(rx, ry)) * std::fabs(to - from) / 2);
  draw->PathClear();
  for (int i = 0; i <= n; ++i) {
    float a = from + (to - from) * static_cast<float>(i) / static_cast<float>(n);
    draw->PathLineTo(at(x + rx * std::cos(a), y + ry * std::sin(a)));
  }
  draw->PathStroke(colour, 0, stroke(width));
}

void Canvas::line(float x1, float y1, float x2, float y2, ImU32 colour, float width) const {
  draw->AddLine(at(x1, y1), at(x2, y2), colour, stroke(width));
}

void Canvas::curve(float x1, float y1, float cx, float cy, float x2, float y2, ImU32 colour, float width) const {
  draw->AddBezierQuadratic(at(x1, y1), at(cx, cy), at(x2, y2), colour, stroke(width), 20);
}

void Canvas::shape(const ImVec2* points, int count, ImU32 colour) const {
  draw->PathClear();
  for (int i = 0; i < count; ++i) draw->PathLineTo(at(points[i].x, points[i].y));
  draw->PathFillConvex(colour);
}

void Canvas::quad(ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, ImU32 colour) const {
  const ImVec2 points[] = {a, b, c, d};
  shape(points, 4, colour);
}

void Canvas::triangle(ImVec2 a, ImVec2 b, ImVec2 c, ImU32 colour) const {
  const ImVec2 points[] = {a, b, c};
  shape(points, 3, colour);
}

void Canvas::lens(float x1, float y1, float x2, float y2, float top_y, float bottom_y, ImU32 colour) const {
  // Both curves bulge away from the chord, so the outline stays convex when top_y < bottom_y.
  ImVec2 a = ImVec2(x1, y1), b = ImVec2(x2, y2);
  ImVec2 top = ImVec2((x1 + x2) / 2, top_y), bottom = ImVec2((x1 + x2) / 2, bottom_y);
  constexpr int kCurveSteps = 14;
  std::vector<ImVec2> points;
  points.reserve(2 * kCurveSteps + 2);
  for (int i = 0; i <= kCurveSteps; ++i) points.push_back(bezier(a, top, b, static_cast<float>(i) / kCurveSteps));
  for (int i = kCurveSteps - 1; i > 0; --i) points.push_back(bezier(a, bottom, b, static_cast<float>(i) / kCurveSteps));
  shape(points.data(), static_cast<int>(points.size()), colour);
}

}  // namespace hallsim::app::sketch
