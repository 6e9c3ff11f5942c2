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

// The identity a report record gives its document: number, revision, what it replaces and why,
// the date of issue (of approval, or today for a draft) and the approval.
ReportIdentity identityOf(const store::Store& store, const store::ReportRecord& record);

// The document of a report record: an approved revision's frozen content with its approval
// (never re-assembled: an issued report does not change), a draft assembled afresh. Throws
// std::runtime_error when frozen content does not read back.
Document documentOf(const store::Store& store, const store::ReportRecord& record);

// The check `report verify` adds to verifyFile (approval.hpp): the frozen content of an approved
// revision must still be what the run's data in the database gives. A result, measurement or
// record changed behind the store's back shows here even when the audit trail was rebuilt.
// Adds a Finding::ContentDiffers to `check` when it is not.
struct FileCheck;
void checkContentAgainstRun(const store::Store& store, FileCheck& check);

}  // namespace robocert::report
