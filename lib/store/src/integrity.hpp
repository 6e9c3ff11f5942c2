#pragma once

// SQLite's own check of a database file: pages readable and well formed, every index holding
// exactly its table's rows. The audit trail cannot see such damage: it reads rows by rowid and
// never uses an index.

#include <optional>
#include <string>
#include <vector>

#include "sqlite.hpp"

namespace robocert::store::detail {

struct FileDamage {
  // The tables and indexes concerned, "index results_by_run", "table results" (empty when
  // SQLite cannot tell), and their bare names in the same order.
  std::vector<std::string> objects, names;
  std::vector<std::string> findings;  // SQLite's words, at most kMaxFindings
};
inline constexpr int kMaxFindings = 20;

// Runs PRAGMA integrity_check over the whole file; nullopt when it finds nothing. Reads only.
std::optional<FileDamage> checkFile(const Connection& c);

}  // namespace robocert::store::detail
