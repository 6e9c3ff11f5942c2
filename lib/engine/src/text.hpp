#pragma once

// The engine's words for a person (errors, pause reasons, progress, log lines, run-event
// details), translated in the context "EngineText": EngineText::tr("...") is what lupdate reads
// (app/translations/*.ts), so write it out at every call, with %1.. placeholders filled by
// .arg() and plurals by tr("...%n...", "", n). Data that code compares (event kinds, series,
// characteristic names, verdict words) is never translated.
// The context is the class's own name on purpose: lupdate does not see the engine's public
// headers (its include path is kept to our private directories), loses track of scopes such as
// Engine::Impl, and then takes the qualifier as written ("EngineText") for the context.
//
// Run-event details and run status reasons are stored in the lab database in the language of
// the process that ran the run (a Chinese lab gets Chinese details); they are records of what
// happened, not keys, so nothing reads them back as data.

#include <QCoreApplication>
#include <QString>
#include <string>

namespace robocert::engine::detail {

class EngineText {
  Q_DECLARE_TR_FUNCTIONS(EngineText)
};

// std::string (UTF-8) in and out of the translated QStrings.
inline QString qs(const std::string& s) { return QString::fromStdString(s); }
inline std::string str(const QString& s) { return s.toStdString(); }

}  // namespace robocert::engine::detail
