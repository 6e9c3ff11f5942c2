#pragma once

#include <span>
#include <string_view>

#include "sqlite.hpp"

namespace robocert::store::detail {

// 'RBCT': marks a SQLite file as a RoboCert lab database (PRAGMA application_id).
inline constexpr int kApplicationId = 0x52424354;

// Ordered migrations: migrations()[k] takes a database from user_version k to k + 1.
std::span<const std::string_view> migrations();
inline int latestSchemaVersion() { return static_cast<int>(migrations().size()); }

// The tables whose every row is covered by the audit trail, in the order verify walks them.
std::span<const std::string_view> auditedTables();

// Brings the database to `target` (default: latest) in one transaction per migration, each
// setting user_version, so a crash mid-way leaves a whole earlier version.
void migrate(Connection& c, int target = latestSchemaVersion());

}  // namespace robocert::store::detail
