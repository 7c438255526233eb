#include "portrait.hpp"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "portrait_look.hpp"
#include "run/session.hpp"
#include "sketch.hpp"
#include "speaker_cards.hpp"

namespace hallsim::app {

namespace {

using portrait::Look;
using sketch::blend;
using sketch::Canvas;
using sketch::kPi;
using sketch::rgb;

// Staff are composed and friendly whatever the citizen feels.
constexpr Mood kStaffMood{5, 80, 0};

// One eye: the white cut by the lids, the pupil inside it, the upper lid as a line. The upper lid
// drops at the inner corner in anger and at the outer corner in worry; a real smile lifts the
// lower lid into a crescent.
void eyes(const Canvas& c, const Face& f, float y, bool lashes) {
  ImU32 ink = rgb(40, 30, 30);
  float open = std::clamp(f.eye_open, 0.5f, 1.5f);
  float rx = 0.15f, ry = 0.1f * open, top = y - ry;
  float inner_drop = 0.12f * std::max(f.brow_knit, 0.0f), outer_drop = 0.05f * std::max(-f.brow_knit, 0.0f);
  for (float side : {-1.0f, 1.0f}) {
    float x = side * 0.32f;
    float xi = x - side * rx, xo = x + side * rx;
    auto upper = [&](float px) { return top + outer_drop + (inner_drop - outer_drop) * (px - xo) / (xi - xo); };
    auto lower = [&](float px) {
      float u = (px - x) / rx;
      return y + ry - f.eye_smile * 1.3f * ry * (1 - u * u);
    };
    // Points of a shape pressed between the lids (still convex: lines and a concave-down curve cut it).
    auto lidded = [&](float cx, float cy, float ex, float ey, ImU32 colour) {
      constexpr int kOutline = 28;
      ImVec2 points[kOutline];
      for (int i = 0; i < kOutline; ++i) {
        float a = 2 * kPi * static_cast<float>(i) / kOutline;
        float px = cx + ex * std::cos(a), py = cy + ey * std::sin(a);
        points[i] = ImVec2(px, std::clamp(py, upper(px), std::max(upper(px), lower(px))));
      }
      c.shape(points, kOutline, colour);
    };
    lidded(x, y, rx, ry, rgb(252, 252, 250));
    float pupil = 0.07f * std::min(1.0f, 0.6f + 0.4f * open);
    lidded(x, y + 0.005f, pupil, pupil, ink);
    if (upper(x + 0.025f) < y - 0.04f) c.circle(x + 0.025f, y - 0.025f, 0.018f, rgb(255, 255, 255));
    // The lid line arches over a relaxed eye and straightens as the brow pulls on it.
    float arch = 0.035f * (1 - std::min(1.0f, std::fabs(f.brow_knit) * 1.5f));
    c.curve(xo + side * 0.02f, upper(xo) + 0.02f, x, upper(x) - arch, xi, upper(xi), ink, 0.035f);
    if (lashes)  // two short strokes out from the outer corner
      for (float k : {0.0f, 1.0f})
        c.line(xo, upper(xo) + 0.02f - 0.03f * k, xo + side * 0.07f, upper(xo) - 0.03f - 0.05f * k, ink, 0.025f);
    if (f.eye_smile > 0.3f) c.curve(xo, lower(xo) - 0.01f, x, lower(x) + 0.02f, xi, lower(xi), blend(ink, rgb(200, 150, 130), 0.6f), 0.02f);
  }
}

void brows(const Canvas& c, const Look& l, const Face& f, float y) {
  float base = y - 0.3f - 0.1f * f.brow_raise;
  for (float side : {-1.0f, 1.0f}) {
    float inner = base + 0.13f * f.brow_knit;
    float outer = base + 0.02f * f.brow_raise;
    c.curve(side * 0.52f, outer, side * 0.33f, std::min(inner, outer) - 0.05f, side * 0.13f, inner, l.brow, l.brow_width);
  }
}

void mouth(const Canvas& c, const Face& f, float y, bool lip_colour) {
  ImU32 ink = lip_colour ? rgb(175, 70, 80) : rgb(90, 40, 40), inside = rgb(120, 35, 40), teeth = rgb(250, 250, 246);
  float width = 0.25f + 0.06f * std::max(f.smile, 0.0f) - 0.05f * f.mouth_wobble;
  if (f.mouth_open > 0.05f) {  // shouting: an open mouth with the upper teeth bared and the tongue low
    float rx = width, ry = 0.07f + 0.12f * f.mouth_open, cy = y + 0.06f + 0.04f * f.mouth_open;
    c.ellipse(0, cy, rx, ry, inside);
    c.ellipse_segment(0, cy, rx * 0.96f, ry * 0.96f, kPi + 0.45f, 2 * kPi - 0.45f, teeth);
    c.ellipse_segment(0, cy, rx * 0.8f, ry * 0.92f, 0.55f, kPi - 0.55f, rgb(200, 90, 100));
    return;
  }
  if (f.smile > 0.4f) {  // an open smile with teeth
    float corner = y - 0.07f * f.smile, bottom = y + 0.1f + 0.14f * f.smile;
    c.lens(-width, corner, width, corner, corner - 0.001f, bottom, inside);
    c.lens(-width * 0.85f, corner + 0.005f, width * 0.85f, corner + 0.005f, corner, corner + 0.09f, teeth);
    return;
  }
  // A closed mouth: the curve of the smile or frown, uneven when anxious.
  float corner = y - 0.08f * f.smile, middle = y + 0.16f * f.smile;
  constexpr int kPoints = 16;
  ImVec2 points[kPoints + 1];
  for (int i = 0; i <= kPoints; ++i) {
    float t = static_cast<float>(i) / kPoints, x = -width + 2 * width * t;
    float curve_y = (1 - t) * (1 - t) * corner + 2 * (1 - t) * t * middle + t * t * corner;
    curve_y += 0.03f * f.mouth_wobble * std::sin(t * 3 * kPi);
    points[i] = c.at(x, curve_y);
  }
  c.draw->AddPolyline(points, kPoints + 1, ink, 0, c.stroke(lip_colour ? 0.06f : 0.045f));
}

void age_lines(const Canvas& c, ImU32 skin, float y) {
  ImU32 line = blend(skin, rgb(120, 70, 50), 0.45f);
  c.arc(0, y - 0.3f, 0.35f, 0.12f, kPi + 0.5f, 2 * kPi - 0.5f, line, 0.025f);
  c.arc(0, y - 0.2f, 0.3f, 0.1f, kPi + 0.5f, 2 * kPi - 0.5f, line, 0.025f);
  for (float side : {-1.0f, 1.0f}) {
    c.line(side * 0.53f, y - 0.12f, side * 0.62f, y - 0.17f, line, 0.02f);
    c.line(side * 0.53f, y - 0.08f, side * 0.63f, y - 0.07f, line, 0.02f);
    c.curve(side * 0.16f, y + 0.22f, side * 0.3f, y + 0.33f, side * 0.3f, y + 0.5f, line, 0.025f);
  }
}

// Round reading glasses in a brown frame, or thin dark oval ones.
void glasses(const Canvas& c, float y, bool thin_dark) {
  ImU32 frame = thin_dark ? rgb(40, 40, 48) : rgb(130, 95, 60);
  float height = thin_dark ? 0.13f : 0.17f;
  for (float side : {-1.0f, 1.0f}) {
    c.ellipse(side * 0.32f, y, 0.2f, height, rgb(255, 255, 255, 40));
    c.ellipse_outline(side * 0.32f, y, 0.2f, height, frame, thin_dark ? 0.028f : 0.035f);
    c.line(side * 0.52f, y - 0.03f, side * 0.8f, y - 0.08f, frame, 0.03f);
  }
  c.curve(-0.12f, y - 0.02f, 0, y - 0.07f, 0.12f, y - 0.02f, frame, 0.03f);
}

// The anger mark drawn in comics on the temple: four red curves bent towards a centre.
void anger_mark(const Canvas& c, float x, float y, float strength) {
  ImU32 red = rgb(215, 35, 40, static_cast<int>(255 * (0.6f + 0.4f * strength)));
  float s = 0.09f + 0.05f * strength;
  for (float qx : {-1.0f, 1.0f})
    for (float qy : {-1.0f, 1.0f}) {
      float toward = std::atan2(-qy, -qx);
      c.arc(x + qx * s, y + qy * s, 0.8f * s, 0.8f * s, toward - 0.75f, toward + 0.75f, red, 0.05f);
    }
}

void sweat_drop(const Canvas& c, float x, float y, float size) {
  ImU32 water = rgb(160, 205, 240), edge = rgb(70, 130, 200);
  c.triangle(ImVec2(x, y - 2.2f * size), ImVec2(x + 0.85f * size, y - 0.4f * size), ImVec2(x - 0.85f * size, y - 0.4f * size), water);
  c.circle(x, y, size, water);
  c.arc(x, y, size, size, -0.2f, kPi + 0.2f, edge, 0.02f);
  c.line(x - 0.9f * size, y - 0.35f * size, x, y - 2.2f * size, edge, 0.02f);
  c.line(x + 0.9f * size, y - 0.35f * size, x, y - 2.2f * size, edge, 0.02f);
  c.circle(x - 0.35f * size, y - 0.2f * size, 0.25f * size, rgb(255, 255, 255, 200));
}

void person(const Canvas& c, const Look& l, const Face& f) {
  float head_y = 0.06f * f.head_down;
  float shoulder_y = 1.08f - 0.16f * f.shoulders_up;
  float face_y = head_y + 0.05f * f.head_down;  // features drop a little as the chin lowers
  ImU32 skin = blend(l.skin, rgb(226, 226, 212), 0.55f * f.pallor);
  skin = blend(skin, rgb(226, 110, 92), 0.55f * f.flush);

  portrait::hair_behind(c, l, head_y);
  portrait::body(c, l, shoulder_y);
  float w = l.face_width;
  for (float side : {-1.0f, 1.0f}) c.ellipse(side * w, face_y - 0.02f, 0.12f, 0.18f, blend(skin, rgb(150, 80, 60), 0.12f));
  c.ellipse(0, head_y, w, 0.94f, skin);
  // Anger rises into the forehead as a darker red; a warm smile puts some pink in the cheeks.
  if (f.flush > 0.02f)
    c.gradient_ellipse(0, head_y, w - 0.02f, 0.92f, rgb(190, 30, 30, static_cast<int>(150 * f.flush)), rgb(190, 30, 30, 0));
  if (f.eye_smile > 0.02f)
    for (float side : {-1.0f, 1.0f})
      c.ellipse(side * 0.48f, face_y + 0.2f, 0.16f, 0.09f, rgb(235, 110, 110, static_cast<int>(70 * f.eye_smile)));
  portrait::hair_front(c, l, head_y);
  if (l.cap) portrait::cap(c, head_y);
  if (l.age_lines) age_lines(c, skin, face_y - 0.25f);
  float eye_y = face_y - 0.12f;
  eyes(c, f, eye_y, l.lashes);
  brows(c, l, f, eye_y);
  c.curve(-0.06f, face_y + 0.2f, 0, face_y + 0.25f, 0.06f, face_y + 0.2f, blend(skin, rgb(120, 60, 40), 0.5f), 0.035f);
  if (l.glasses) glasses(c, eye_y, l.outfit == portrait::Outfit::staff_blazer);
  mouth(c, f, face_y + 0.48f, l.lip_colour);
  // The mark appears whole or not at all: a faint one would read as a smudge.
  if (f.vein > 0.3f) anger_mark(c, 0.5f, head_y - 0.6f, f.vein);
  if (f.sweat > 0.02f) {
    sweat_drop(c, 0.74f, head_y - 0.45f, 0.07f);
    if (f.sweat > 0.4f) sweat_drop(c, -0.78f, head_y - 0.25f, 0.06f);
    if (f.sweat > 0.75f) sweat_drop(c, 0.88f, head_y - 0.05f, 0.055f);
  }
}

}  // namespace

void draw_speaker(ImDrawList* draw, const ImVec2& min, const ImVec2& max, Speaker speaker, const std::string& portrait_kind,
                  Presents presents, const Mood& mood, const PortraitTexture& image) {
  float width = max.x - min.x, height = max.y - min.y;
  if (width < 4 || height < 4) return;
  draw->PushClipRect(min, max, true);
  if (speaker == Speaker::narrator) {
    draw_scene_card(draw, min, max);
  } else if (speaker == Speaker::phone) {
    draw_phone_card(draw, min, max);
  } else if (speaker == Speaker::citizen && image.id && image.width > 0 && image.height > 0) {
    // The scenario's own picture, whole, as large as fits, standing on the bottom edge.
    float scale = std::min(width / static_cast<float>(image.width), height / static_cast<float>(image.height));
    ImVec2 size(static_cast<float>(image.width) * scale, static_cast<float>(image.height) * scale);
    ImVec2 at(min.x + (width - size.x) / 2, max.y - size.y);
    draw->AddImageRounded(image.id, at, ImVec2(at.x + size.x, at.y + size.y), ImVec2(0, 0), ImVec2(1, 1),
                          IM_COL32_WHITE, std::min(size.x, size.y) * 0.04f);
  } else {
    // A bust: the head with room for curls above (1.25 head radii), shoulders down to the bottom edge.
    float unit = std::min(width / 2.5f, height / 3.0f);
    Canvas c{draw, ImVec2(min.x + width / 2, max.y - 1.75f * unit), unit};
    if (speaker == Speaker::citizen) person(c, portrait::look_for(portrait_kind, presents), face_for(mood, portrait_kind));
    else person(c, portrait::staff_look(speaker), face_for(kStaffMood));
  }
  draw->PopClipRect();
}

void draw_speaker(ImDrawList* draw, const ImVec2& min, const ImVec2& max, const Session& session, PortraitImages* images) {
  Mood mood = mood_of(session);
  Speaker speaker = session.node().speaker;
  PortraitTexture image = images && speaker == Speaker::citizen ? images->for_mood(session.scenario(), mood) : PortraitTexture{};
  const Citizen& citizen = session.scenario().citizen;
  draw_speaker(draw, min, max, speaker, citizen.portrait, citizen.presents, mood, image);
}

}  // namespace hallsim::app
