// The authoring screen's panels, one file each; draw_authoring (author_screen.cpp) lays them out.
#pragma once

#include <imgui.h>

#include "app.hpp"

namespace hallsim::app {

void draw_author_files(App& app);
void draw_author_diagnostics(App& app);
void draw_author_graph(App& app);
void draw_author_rehearsal(App& app);
void draw_author_inspector(App& app);
void draw_author_random(App& app);

// Why there is nothing to show yet: no file chosen, the file still loading, or never loaded.
const char* no_version_yet(const AuthorMode& author);

// Where the graph panel draws a node's centre, in screen pixels, with the view as last drawn.
ImVec2 graph_node_centre(const GraphView& view, const GraphLayout& layout, int node);

}  // namespace hallsim::app
