// Recording a finished attempt: its transcript goes to disk first, then its row into the
// history in one transaction. Whatever fails, the transcript is kept somewhere and the caller
// learns where, so the attempt can be recorded later with import_attempt().
#pragma once

#include <cstdint>
#include <string>

namespace hallsim {

struct RecordResult {
  bool recorded = false;          // the row is in the history (added now, or found there)
  bool already_recorded = false;  // it was there before: the same transcript was imported again
  std::int64_t attempt_id = 0;
  std::string transcript_path;  // where the transcript is kept; "" only if no place would take it
  std::string error;            // why it was not recorded
};

// Writes the transcript atomically to DATA_DIR/transcripts/<scenario>/<time>-<random>.json,
// then adds its row. When the data folder will not take the transcript, it is written to
// `fallback_dir` (then the system's temporary folder) instead.
RecordResult record_attempt(const std::string& data_dir, const std::string& transcript_text,
                            const std::string& fallback_dir);

// The one naming rule for transcripts the product keeps:
// DATA_DIR/transcripts/<scenario>/<finish time>-<random>.json, and "-unfinished" before ".json"
// for an attempt that stopped before an ending (kept, never recorded in the history).
std::string kept_transcript_path(const std::string& data_dir, const std::string& scenario_id, const std::string& finished_at,
                                 bool unfinished = false);

// Records a transcript file: copied under DATA_DIR/transcripts unless it is already there.
// Importing the same file twice records it once.
RecordResult import_attempt(const std::string& data_dir, const std::string& transcript_file);

}  // namespace hallsim
