// The folder browser behind "打开文件夹": a folder's subfolders, up one level, a typed path, the
// recent folders. The listing has no ImGui in it; draw_folder_picker draws it as a modal window.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace hallsim::app {

struct FolderListing {
  std::string path;                     // absolute and normal ("/home/x/scenarios")
  std::vector<std::string> subfolders;  // names, sorted; hidden ones (".git") left out
  int scenario_files = 0;               // *.yaml and *.yml directly inside
  std::string error;                    // "" or why the folder cannot be read
};

// What `path` holds. An empty path is the current folder; a missing or unreadable one gives an
// error and no subfolders (never an exception).
FolderListing list_folder(const std::string& path);

// The folder above `path` ("/" stays "/").
std::string parent_folder(const std::string& path);

struct FolderPicker {
  bool open = false;
  FolderListing here;
  std::string typed;  // the path box
  void browse(const std::string& path);
};

// While `picker.open`: draws the picker; returns the folder the user chose (and closes it).
std::optional<std::string> draw_folder_picker(FolderPicker& picker, const std::vector<std::string>& recent,
                                              const std::string& lang);

}  // namespace hallsim::app
