#pragma once

// Small helpers the Studio's shell and lab-side pages share: string conversions between the
// library's UTF-8 std::string and QString, the role rules of docs/reports.md ("Users and roles"),
// and one sentence for a person out of a failure of the lab database.

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>

#include "robocert/store/error.hpp"
#include "robocert/store/records.hpp"

namespace robocert::studio {

inline QString q(const std::string& text) { return QString::fromStdString(text); }
inline std::string s(const QString& text) { return text.toStdString(); }

// Each role may do what the role before it may (operator < engineer < approver).
inline bool hasRole(const std::optional<store::User>& user, store::Role atLeast) {
  return user.has_value() && static_cast<int>(user->role) >= static_cast<int>(atLeast);
}
// Keeping the lab's records (profile, instruments, calibrations, customers, stations).
inline bool mayEditLabRecords(const std::optional<store::User>& user) {
  return hasRole(user, store::Role::Engineer);
}
// Approving a report (the Reports page asks for the password again at that moment).
inline bool mayApprove(const std::optional<store::User>& user) {
  return hasRole(user, store::Role::Approver);
}

// What went wrong with the database at `path`, and what to do, in the UI language.
QString describeStoreError(const store::StoreError& e);

}  // namespace robocert::studio
