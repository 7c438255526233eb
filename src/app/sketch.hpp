// A small drawing vocabulary for the portraits: shapes placed in head units (the head's radius is
// 1, its centre 0,0, y down), so each face reads the same at every size.
#pragma once

#include <imgui.h>

namespace hallsim::app::sketch {

inline constexpr float kPi = 3.14159265f;

ImU32 rgb(int r, int g, int b, int a = 255);
// `from` blended towards `to` by t (0..1).
ImU32 blend(ImU32 from, ImU32 to, float t);

struct Canvas {
  ImDrawList* draw = nullptr;
  ImVec2 centre;
  float unit = 1;  // pixels per head radius

  ImVec2 at(float x, float y) const { return ImVec2(centre.x + x * unit, centre.y + y * unit); }
  float px(float units) const { return units * unit; }
  // A line at least one pixel wide, so small portraits keep their features.
  float stroke(float units) const;

  void ellipse(float x, float y, float rx, float ry, ImU32 colour, float turn = 0) const;
  void ellipse_outline(float x, float y, float rx, float ry, ImU32 colour, float width) const;
  void circle(float x, float y, float radius, ImU32 colour) const { ellipse(x, y, radius, radius, colour); }
  // Part of an ellipse between two angles (radians, 0 = right, pi/2 = down) closed by its chord.
  void ellipse_segment(float x, float y, float rx, float ry, float from, float to, ImU32 colour) const;
  // An ellipse shaded from `top` to `bottom` colour (no anti-aliased edge: draw it over a plain one).
  void gradient_ellipse(float x, float y, float rx, float ry, ImU32 top, ImU32 bottom) const;
  void arc(float x, float y, float rx, float ry, float from, float to, ImU32 colour, float width) const;
  void line(float x1, float y1, float x2, float y2, ImU32 colour, float width) const;
  void curve(float x1, float y1, float cx, float cy, float x2, float y2, ImU32 colour, float width) const;
  // A convex shape from points given in head units, clockwise on screen.
  void shape(const ImVec2* points, int count, ImU32 colour) const;
  void quad(ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, ImU32 colour) const;
  void triangle(ImVec2 a, ImVec2 b, ImVec2 c, ImU32 colour) const;
  // A filled shape between two quadratic curves sharing their ends (a mouth, a lid).
  void lens(float x1, float y1, float x2, float y2, float top_y, float bottom_y, ImU32 colour) const;
};

}  // namespace hallsim::app::sketch
