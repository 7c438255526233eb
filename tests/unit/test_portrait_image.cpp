// A scenario's own portrait pictures: read only from inside its folder, checked to be a PNG of a
// sensible size, and every problem a diagnostic at the line and column of the path.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "helpers.hpp"
#include "load/portrait_image.hpp"

using namespace hallsim;
namespace fs = std::filesystem;

namespace {

// The first 24 bytes of a PNG: its signature and the start of the IHDR chunk with the size.
std::string png_head(unsigned width, unsigned height) {
  std::string b = "\x89PNG\r\n\x1a\n";
  b += std::string("\0\0\0\x0dIHDR", 8);
  for (unsigned v : {width, height})
    for (int shift = 24; shift >= 0; shift -= 8) b += static_cast<char>((v >> shift) & 0xff);
  return b + std::string(13, '\0');
}

void write(const fs::path& file, const std::string& bytes) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << bytes;
}

struct Folder {
  fs::path root = test::temp_dir();
  fs::path scenario = root / "library" / "zhang.yaml";
  Folder() {
    write(root / "library" / "faces" / "calm.png", png_head(256, 320));
    write(root / "library" / "faces" / "angry.png", png_head(256, 320));
    write(root / "library" / "faces" / "note.png", "this is text, not a picture");
    write(root / "library" / "faces" / "huge.png", png_head(5000, 300));
    write(root / "secret.png", png_head(10, 10));
  }
  ~Folder() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  LoadResult load(const std::string& citizen) const {
    return test::load_text("id: t\ntitle: T\ncitizen: " + citizen + "\nstart: a\nnodes:\n  a: {end: {outcome: resolved}}\n",
                           scenario.string());
  }
};

}  // namespace

TEST_CASE("a portrait image beside the scenario is used for every mood") {
  Folder f;
  LoadResult r = f.load("{name: X, portrait: faces/calm.png}");
  REQUIRE(r.ok());
  CHECK_FALSE(test::has_code(r.diagnostics, "HS0112"));
  CHECK(r.scenario->citizen.portrait_images.at("calm") == "faces/calm.png");
}

TEST_CASE("portrait images by mood band") {
  Folder f;
  LoadResult r = f.load("{name: X, portrait: elderly, portrait_images: {calm: faces/calm.png, angry: faces/angry.png}}");
  REQUIRE(r.ok());
  CHECK(r.scenario->citizen.portrait == "elderly");
  CHECK(r.scenario->citizen.portrait_images.size() == 2);
  CHECK(r.scenario->citizen.portrait_images.at("angry") == "faces/angry.png");
  LoadResult unknown = f.load("{name: X, portrait_images: {grumpy: faces/angry.png}}");
  const Diagnostic* d = test::find_code(unknown.diagnostics, "HS0021");
  REQUIRE(d);
  CHECK(d->message.find("grumpy") != std::string::npos);
}

TEST_CASE("a path that leaves the scenario's folder is an error and is never read") {
  Folder f;
  for (const char* path : {"../secret.png", "faces/../../secret.png", "/etc/hostname.png", "C:\\\\faces\\\\li.png"}) {
    CAPTURE(path);
    LoadResult r = f.load(std::string("{name: X, portrait: '") + path + "'}");
    CHECK_FALSE(r.ok());
    const Diagnostic* d = test::find_code(r.diagnostics, "HS0025");
    REQUIRE(d);
    CHECK(d->line == 3);
    CHECK(d->column > 1);
    CHECK(d->message.find("inside the scenario's folder") != std::string::npos);
  }
}

TEST_CASE("a symbolic link out of the folder is refused") {
  Folder f;
  std::error_code ec;
  fs::create_symlink(f.root / "secret.png", f.root / "library" / "faces" / "link.png", ec);
  if (ec) return;  // a file system without links: nothing to check
  LoadResult r = f.load("{name: X, portrait_images: {angry: faces/link.png}}");
  CHECK_FALSE(r.ok());
  CHECK(test::has_code(r.diagnostics, "HS0025"));
}

TEST_CASE("a missing, non-PNG or huge image is a warning and the drawn face stays") {
  Folder f;
  struct Case {
    const char* path;
    const char* says;
  };
  for (const Case& c : {Case{"faces/nobody.png", "does not exist"}, Case{"faces/note.png", "not a PNG"},
                        Case{"faces/huge.png", "5000x300"}}) {
    CAPTURE(c.path);
    LoadResult r = f.load(std::string("{name: X, portrait_images: {calm: ") + c.path + "}}");
    REQUIRE(r.ok());
    CHECK(r.scenario->citizen.portrait_images.empty());
    const Diagnostic* d = test::find_code(r.diagnostics, "HS0112");
    REQUIRE(d);
    CHECK(d->severity == Severity::warning);
    CHECK(d->line == 3);
    CHECK(d->message.find(c.says) != std::string::npos);
  }
}

TEST_CASE("the check the app repeats before reading") {
  Folder f;
  load::PortraitImageCheck ok = load::check_portrait_image(f.scenario.string(), "faces/calm.png");
  CHECK(ok.ok());
  CHECK(fs::equivalent(ok.full_path, f.root / "library" / "faces" / "calm.png"));
  CHECK(load::check_portrait_image(f.scenario.string(), "../secret.png").verdict == load::PortraitImageCheck::Verdict::outside);
  CHECK(load::check_portrait_image(f.scenario.string(), "").verdict == load::PortraitImageCheck::Verdict::outside);
  CHECK(load::looks_like_image_path("faces/li.png"));
  CHECK_FALSE(load::looks_like_image_path("grumpy"));
}
