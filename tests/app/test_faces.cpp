// The portrait's expression as numbers (face.hpp): each feature follows its mood in one direction
// only, the friendly and worried cases the trainers named read as such, and custom moods are read
// by their names. Then a scenario's own portrait pictures: decoded, shrunk, cached per mood band.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <stb_image_write.h>  // Debian's libstb: test pictures written as real PNGs

#include "face.hpp"
#include "load/loader.hpp"
#include "portrait_images.hpp"
#include "run/session.hpp"

using namespace hallsim;
using namespace hallsim::app;
namespace fs = std::filesystem;

namespace {

constexpr std::array<const char*, 6> kKinds = {"calm", "angry", "elderly", "vip", "anxious", "young"};

// `feature` never falls (or never rises, with direction -1) as `set` moves a mood from 0 to 100,
// and moves by at least `span` overall.
void check_monotonic(const std::function<Mood(float)>& set, const std::function<float(const Face&)>& feature,
                     const char* kind, float direction, float span) {
  float first = feature(face_for(set(0), kind)), previous = first;
  for (int v = 5; v <= 100; v += 5) {
    float now = feature(face_for(set(static_cast<float>(v)), kind));
    CAPTURE(kind);
    CAPTURE(v);
    CHECK(direction * (now - previous) >= -1e-6f);
    previous = now;
  }
  CAPTURE(kind);
  CHECK(direction * (previous - first) >= span);
}

Mood with_anger(float v) { return Mood{v, 50, 0}; }
Mood with_trust(float v) { return Mood{20, v, 0}; }
Mood with_anxiety(float v) { return Mood{15, 40, v}; }

}  // namespace

TEST_CASE("brows knit, colour rises and the mouth turns down as anger grows") {
  for (const char* kind : kKinds) {
    check_monotonic(with_anger, [](const Face& f) { return f.brow_knit; }, kind, 1, 0.8f);
    check_monotonic(with_anger, [](const Face& f) { return f.flush; }, kind, 1, 0.9f);
    check_monotonic(with_anger, [](const Face& f) { return f.vein; }, kind, 1, 0.9f);
    check_monotonic(with_anger, [](const Face& f) { return f.mouth_open; }, kind, 1, 0.9f);
    check_monotonic(with_anger, [](const Face& f) { return f.smile; }, kind, -1, 0.8f);
    check_monotonic(with_anger, [](const Face& f) { return f.eye_open; }, kind, -1, 0.2f);
  }
}

TEST_CASE("the smile grows with trust") {
  for (const char* kind : kKinds) {
    check_monotonic(with_trust, [](const Face& f) { return f.smile; }, kind, 1, 1.0f);
    check_monotonic(with_trust, [](const Face& f) { return f.eye_smile; }, kind, 1, 0.2f);
  }
}

TEST_CASE("anxiety raises the brows' inner ends, widens the eyes, pales the face and brings sweat") {
  for (const char* kind : kKinds) {
    check_monotonic(with_anxiety, [](const Face& f) { return f.brow_knit; }, kind, -1, 0.5f);
    check_monotonic(with_anxiety, [](const Face& f) { return f.brow_raise; }, kind, 1, 0.4f);
    check_monotonic(with_anxiety, [](const Face& f) { return f.eye_open; }, kind, 1, 0.2f);
    check_monotonic(with_anxiety, [](const Face& f) { return f.pallor; }, kind, 1, 0.4f);
    check_monotonic(with_anxiety, [](const Face& f) { return f.sweat; }, kind, 1, 0.9f);
    check_monotonic(with_anxiety, [](const Face& f) { return f.shoulders_up; }, kind, 1, 0.4f);
    check_monotonic(with_anxiety, [](const Face& f) { return f.mouth_wobble; }, kind, 1, 0.4f);
  }
}

TEST_CASE("anger 10 and trust 100 look calm and friendly on every kind") {
  for (const char* kind : kKinds) {
    Face f = face_for(Mood{10, 100, 0}, kind);
    CAPTURE(kind);
    CHECK(f.brow_knit <= 0.01f);  // brows level, not pulled down
    CHECK(f.smile > 0.5f);
    CHECK(f.eye_smile > 0.2f);
    CHECK(f.flush == 0.0f);
    CHECK(f.vein == 0.0f);
    CHECK(f.mouth_open == 0.0f);
    CHECK(f.sweat == 0.0f);
  }
}

TEST_CASE("the anxious 78-year-old at her start is drawn worried, not angry") {
  LoadResult r = load_scenario_file(std::string(HALLSIM_SOURCE_DIR) + "/scenarios/elderly-digital-only.yaml");
  REQUIRE(r.ok());
  Session session(r.scenario, r.bounds());
  Mood mood = mood_of(session);
  CHECK(mood.anxiety == doctest::Approx(60));
  CHECK(mood.anger == doctest::Approx(15));
  CHECK(mood.trust == doctest::Approx(30));
  Face f = face_for(mood, session.scenario().citizen.portrait);
  CHECK(f.brow_knit < -0.2f);  // inner ends raised: worry
  CHECK(f.flush == 0.0f);
  CHECK(f.vein == 0.0f);
  CHECK(f.mouth_open == 0.0f);
  CHECK(f.sweat > 0.0f);
  CHECK(mood_band(mood) == "anxious");
}

TEST_CASE("the anxious preset is worried until trust settles her") {
  CHECK(face_for(Mood{20, 20, 0}, "anxious").brow_knit < face_for(Mood{20, 20, 0}, "calm").brow_knit - 0.2f);
  CHECK(face_for(Mood{10, 100, 0}, "anxious").brow_knit == doctest::Approx(face_for(Mood{10, 100, 0}, "calm").brow_knit));
}

TEST_CASE("custom moods are read by their names") {
  CHECK(meaning_of_mood("anxiety").axis == MoodAxis::anxiety);
  CHECK(meaning_of_mood("Worry").axis == MoodAxis::anxiety);
  CHECK(meaning_of_mood("fear_of_loss").axis == MoodAxis::anxiety);
  CHECK(meaning_of_mood("calm").axis == MoodAxis::anxiety);
  CHECK(meaning_of_mood("calm").inverted);
  CHECK(meaning_of_mood("impatience").axis == MoodAxis::anger);
  CHECK_FALSE(meaning_of_mood("impatience").inverted);
  CHECK(meaning_of_mood("patience").axis == MoodAxis::anger);
  CHECK(meaning_of_mood("patience").inverted);
  CHECK(meaning_of_mood("frustration").axis == MoodAxis::anger);
  CHECK(meaning_of_mood("distrust").axis == MoodAxis::trust);
  CHECK(meaning_of_mood("distrust").inverted);
  CHECK(meaning_of_mood("satisfaction").axis == MoodAxis::trust);
  CHECK(meaning_of_mood("hunger").axis == MoodAxis::none);
}

TEST_CASE("a session's moods are scaled from their own ranges, custom ones included") {
  LoadResult r = load_scenario_text(R"(id: t
title: T
citizen: {name: X}
mood:
  frustration: {start: 8, min: 0, max: 10}
  patience: {start: 1, min: 0, max: 4}
  satisfaction: {start: 30, min: 20, max: 40}
  stress: {start: 5, min: 0, max: 20}
start: a
nodes:
  a: {end: {outcome: resolved}}
)", "custom.yaml");
  REQUIRE(r.ok());
  Mood mood = mood_of(Session(r.scenario, r.bounds()));
  CHECK(mood.anger == doctest::Approx(80));  // frustration 80 beats patience's 100 - 25 = 75
  CHECK(mood.trust == doctest::Approx(50));
  CHECK(mood.anxiety == doctest::Approx(25));
}

TEST_CASE("without mood variables the face is neutral") {
  LoadResult r = load_scenario_text("id: t\ntitle: T\ncitizen: {name: X}\nstart: a\nnodes:\n  a: {end: {outcome: resolved}}\n", "plain.yaml");
  REQUIRE(r.ok());
  Mood mood = mood_of(Session(r.scenario, r.bounds()));
  CHECK(mood.anger == doctest::Approx(30));
  CHECK(mood.trust == doctest::Approx(50));
  CHECK(mood.anxiety == doctest::Approx(0));
}

TEST_CASE("mood bands pick a scenario's own portrait image") {
  CHECK(mood_band(Mood{10, 100, 0}) == "pleased");
  CHECK(mood_band(Mood{30, 50, 0}) == "calm");
  CHECK(mood_band(Mood{15, 30, 60}) == "anxious");
  CHECK(mood_band(Mood{80, 30, 60}) == "angry");
  CHECK(mood_band(Mood{60, 90, 0}) == "angry");
}

namespace {

void write_png(const fs::path& file, int width, int height, unsigned char red) {
  std::vector<unsigned char> rgba(static_cast<size_t>(width) * static_cast<size_t>(height) * 4, 255);
  for (size_t i = 0; i < rgba.size(); i += 4) rgba[i] = red;
  fs::create_directories(file.parent_path());
  REQUIRE(stbi_write_png(file.string().c_str(), width, height, 4, rgba.data(), width * 4) != 0);
}

// Stands in for the OpenGL backend: hands out numbered textures and remembers sizes.
struct FakeBackend {
  std::vector<std::pair<int, int>> uploaded;
  int released = 0;
  void attach(PortraitImages& images) {
    images.set_backend(
        [this](const unsigned char*, int w, int h) {
          uploaded.emplace_back(w, h);
          return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(uploaded.size()));
        },
        [this](ImTextureID) { ++released; });
  }
};

}  // namespace

TEST_CASE("a scenario's pictures are shown by mood band, shrunk, cached and released") {
  std::string pattern = (fs::temp_directory_path() / "hallsim-faces-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()));
  fs::path root = pattern;
  write_png(root / "faces" / "calm.png", 4, 6, 10);
  write_png(root / "faces" / "angry.png", 2400, 1200, 200);
  fs::path scenario = root / "t.yaml";
  std::ofstream(scenario) << "id: t\ntitle: T\ncitizen: {name: X, portrait: elderly, portrait_images: {calm: faces/calm.png, "
                             "angry: faces/angry.png}}\nstart: a\nnodes:\n  a: {end: {outcome: resolved}}\n";
  LoadResult r = load_scenario_file(scenario.string());
  REQUIRE(r.ok());

  PortraitImages images;
  CHECK(images.for_mood(*r.scenario, Mood{}).id == nullptr);  // no backend yet: the drawn face
  FakeBackend backend;
  backend.attach(images);
  PortraitTexture calm = images.for_mood(*r.scenario, Mood{20, 50, 0});
  CHECK(calm.id != nullptr);
  CHECK(calm.width == 4);
  CHECK(calm.height == 6);
  PortraitTexture angry = images.for_mood(*r.scenario, Mood{90, 10, 0});
  CHECK(angry.id != calm.id);
  CHECK(angry.width == 600);  // halved twice to fit 1024
  CHECK(angry.height == 300);
  CHECK(images.for_mood(*r.scenario, Mood{10, 30, 90}).id == calm.id);  // no anxious picture: calm
  CHECK(images.for_mood(*r.scenario, Mood{20, 50, 0}).id == calm.id);
  CHECK(backend.uploaded.size() == 2);  // each file decoded once
  images.clear();
  CHECK(backend.released == 2);

  // A file cut short after loading (its header still says PNG): no texture, the problem said
  // once, and the drawn face instead.
  std::string head(40, '\0');
  std::ifstream(root / "faces" / "calm.png", std::ios::binary).read(head.data(), 40);
  std::ofstream(root / "faces" / "calm.png", std::ios::binary | std::ios::trunc) << head;
  CHECK(images.for_mood(*r.scenario, Mood{20, 50, 0}).id == nullptr);
  CHECK(images.for_mood(*r.scenario, Mood{20, 50, 0}).id == nullptr);
  REQUIRE(images.problems().size() == 1);
  CHECK(images.problems()[0].find("damaged or cut short") != std::string::npos);
  fs::remove_all(root);
}

TEST_CASE("shrinking averages each 2x2 block") {
  std::vector<unsigned char> rgba = {0, 0, 0, 255, 100, 0, 0, 255, 0, 200, 0, 255, 100, 200, 40, 255};
  int width = 2, height = 2;
  std::vector<unsigned char> one = shrink_rgba(rgba, width, height, 1);
  CHECK(width == 1);
  CHECK(height == 1);
  REQUIRE(one.size() == 4);
  CHECK(one[0] == 50);
  CHECK(one[1] == 100);
  CHECK(one[2] == 10);
  CHECK(one[3] == 255);
  int w = 2, h = 2;
  CHECK(shrink_rgba(rgba, w, h, 2) == rgba);  // already small enough: untouched
}
