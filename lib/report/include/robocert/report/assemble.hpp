#pragma once

// The content of a run's report, assembled from the lab database only (ISO/IEC 17025 7.8:
// what the report says must be traceable to what was recorded).

#include <cstdint>
#include <optional>
#include <string>

#include "robocert/report/document.hpp"
#include "robocert/store/store.hpp"

namespace robocert::report {

// What identifies this report (from its record in the database, approval.hpp) and what the lab
// gives beyond the run.
struct ReportIdentity {
  std::string number;
  int revision = 0;
  std::string replaces;  // "RC-2026-000012 rev 0", empty for a first issue
  std::string amendmentReason;
  std::string issuedOn;  // YYYY-MM-DD
  std::optional<Approval> approval;
};

// Throws store::StoreError (no such run) and std::runtime_error for a run that cannot be
// reported (not completed, its plan text does not load).
Document assemble(const store::Store& store, std::int64_t runId, const ReportIdentity& identity);

}  // namespace robocert::report
