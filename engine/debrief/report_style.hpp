// The stylesheet of the HTML debrief, screen and print (A4), kept apart from the markup.
#pragma once

#include <string_view>

namespace hallsim {

extern const std::string_view kReportStylesheet;

}  // namespace hallsim
