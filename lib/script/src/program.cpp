#include "program.hpp"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJSValue>
#include <QRegularExpression>

namespace robocert::script {

namespace {

// Functions, not namespace-scope QStrings: other files' static initializers may call them.
QString strictPrefix() { return QStringLiteral("\"use strict\"; "); }
// The check never runs the source: the first statement throws before any of it is reached
// (function declarations are hoisted, but only declared).
QString strictThrowPrefix() { return QStringLiteral("\"use strict\"; throw 0; "); }

}  // namespace

QString strictProgram(const QString& source) { return strictPrefix() + source; }

int strictPrefixChars() { return static_cast<int>(strictPrefix().size()); }

ScriptLocation innermostScriptFrame(const QStringList& stackTrace, int prefixChars) {
  // QJSEngine writes a frame as function:line:column:url, the url of kScriptFileName being
  // "file:robocert-script"; the column is -1 when unknown (runtime errors).
  static const QRegularExpression frame(
      QStringLiteral(R"(:(\d+):(-?\d+):(?:file:)?%1$)")
          .arg(QRegularExpression::escape(QString::fromLatin1(kScriptFileName))));
  for (const QString& f : stackTrace) {
    const auto m = frame.match(f);
    if (!m.hasMatch()) continue;
    ScriptLocation at{m.captured(1).toInt(), m.captured(2).toInt()};
    if (at.line == 1 && at.column > 0) at.column -= prefixChars;
    if (at.column < 1) at.column = 0;
    return at;
  }
  return {};
}

std::optional<SyntaxProblem> findSyntaxProblem(const QString& source) {
  QJSEngine engine;
  QStringList stack;
  const QString prefix = strictThrowPrefix();
  const QJSValue result =
      engine.evaluate(prefix + source, QString::fromLatin1(kScriptFileName), 1, &stack);
  if (!result.isError()) return std::nullopt;  // the `throw 0`: the source parsed
  SyntaxProblem problem;
  problem.at = innermostScriptFrame(stack, static_cast<int>(prefix.size()));
  if (problem.at.line == 0) problem.at.line = result.property(QStringLiteral("lineNumber")).toInt();
  if (result.property(QStringLiteral("name")).toString() == QLatin1String("SyntaxError")) {
    problem.message = QCoreApplication::translate("ScriptHost", "JavaScript syntax error: %1")
                          .arg(result.property(QStringLiteral("message")).toString());
  } else {
    problem.message = QCoreApplication::translate("ScriptHost", "the script cannot be compiled: %1")
                          .arg(result.toString());
  }
  return problem;
}

}  // namespace robocert::script
