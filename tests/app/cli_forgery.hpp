#pragma once

// The attacker of issue 11, item 11, for cli_report_test: write access to the lab database and
// RoboCert's source, no password. Apart from the tests so that the store's private headers stay
// out of the files that call the program `robocert`.

#include <QString>
#include <string>
#include <utility>

namespace cli_test {

// Recomputes the digest of every audited row as it now is and the whole audit chain, so that
// `db verify` finds nothing.
void rechainAuditTrail(const QString& db);

// The frozen content of a report with every result's value halved and its verdict "pass", as
// canonical JSON, and its SHA-256 (hex); empty when contentJson does not read.
std::pair<std::string, std::string> forgeContent(const std::string& contentJson);

}  // namespace cli_test
