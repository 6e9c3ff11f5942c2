#pragma once

// How a script step's source becomes a program QJSEngine evaluates, and how the engine's
// locations map back to the source: the source runs in strict mode behind a prefix on its
// first line, so lines are the source's own and only line 1's columns shift.

#include <QString>
#include <QStringList>
#include <optional>

namespace robocert::script {

// The file name the source is evaluated under; stack frames in other files (the prelude,
// eval code) are not the script's.
inline constexpr char kScriptFileName[] = "robocert-script";

// "use strict"; + source. A "use strict" directive of the source itself is then an ordinary
// expression statement, harmless.
QString strictProgram(const QString& source);
// The number of characters strictProgram() puts before the source on its first line.
int strictPrefixChars();

struct ScriptLocation {
  int line = 0;    // 1-based in the source, 0 when unknown
  int column = 0;  // 1-based, 0 when unknown
};

// The innermost frame of a QJSEngine stack trace ("function:line:column:file") that lies in the
// script, mapped to the source (prefix taken off line 1's columns); prefixChars is the length of
// the text put before the source.
ScriptLocation innermostScriptFrame(const QStringList& stackTrace, int prefixChars);

struct SyntaxProblem {
  ScriptLocation at;
  QString message;  // "JavaScript syntax error: <the engine's message>", translated
};

// Parses `source` as run() would, in a QJSEngine of its own, without running any of it.
// Requires a QCoreApplication (the caller checks).
std::optional<SyntaxProblem> findSyntaxProblem(const QString& source);

}  // namespace robocert::script
