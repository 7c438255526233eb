// hallsim graph SCENARIO [--format dot|mermaid]: the branching graph.
#include <fmt/format.h>

#include "analyze/graph_export.hpp"
#include "common.hpp"

namespace hallsim::cli {

void add_graph(CLI::App& app, Commands& c) {
  struct Options {
    std::string scenario, format = "dot", language;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("graph", "Print the branching graph as Graphviz DOT or Mermaid");
  cmd->add_option("scenario", o->scenario, "Scenario file (.yaml)")->required();
  cmd->add_option("--format", o->format, "dot (default) or mermaid")->check(CLI::IsMember({"dot", "mermaid"}));
  cmd->add_option("--lang", o->language, "Language of the labels: zh-CN or en")->check(language_validator());
  cmd->footer("Render DOT with Graphviz: hallsim graph FILE | dot -Tsvg > graph.svg");
  cmd->callback([o, &c] {
    int exit = kOk;
    auto scenario = load_for_command(o->scenario, exit).scenario;
    if (!scenario) {
      c.exit_code = exit;
      return;
    }
    std::string lang = o->language.empty() ? scenario->language : o->language;
    fmt::print("{}", o->format == "mermaid" ? graph_mermaid(*scenario, lang) : graph_dot(*scenario, lang));
  });
}

}  // namespace hallsim::cli
