// The history database's schema as an ordered list of migrations. A file records the version it
// is at in `schema_version`; opening it applies the missing steps in one transaction.
#pragma once

#include <string_view>
#include <vector>

#include "store/sqlite_db.hpp"

namespace hallsim {

struct Migration {
  int version;           // the schema version after this step
  std::string_view sql;  // one or more statements
};

// Every step ever shipped, oldest first. Never edit a shipped step: add a new one.
const std::vector<Migration>& history_migrations();
int latest_history_schema();

// The version a file is at: 0 for a new, empty file.
int history_schema_version(sql::Database& db);

// Brings the file up to `target` (default: the latest). Throws sql::StoreError when the file
// was written by a newer HallSim than this one.
void migrate_history(sql::Database& db, int target = -1);

}  // namespace hallsim
