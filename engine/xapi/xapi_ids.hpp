// The statement ids of one attempt, made once and kept in a file beside its transcript
// (<transcript>.xapi.json): sending the same attempt again sends the same ids, so a Learning
// Record Store never holds it twice.
#pragma once

#include <cstddef>
#include <string>

#include "xapi/xapi.hpp"

namespace hallsim {

std::string xapi_ids_path(const std::string& transcript_path);

// Fresh random (v4) UUIDs for an attempt of `turns` replies.
StatementIds new_statement_ids(size_t turns);

// The ids kept for the transcript, with any missing ones (a first send, or more turns) made and
// saved atomically. Throws std::runtime_error when the file is unreadable or cannot be written:
// without kept ids a re-send would duplicate the attempt.
StatementIds kept_statement_ids(const std::string& transcript_path, size_t turns);

}  // namespace hallsim
