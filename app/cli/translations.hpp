#pragma once

#include <QLocale>
#include <QTranslator>
#include <memory>
#include <optional>
#include <string>

namespace robocert::cli {

// The language messages are shown in: the --lang option if given ("en", "zh-CN", "zh_CN"),
// else ROBOCERT_LANG, else the system locale (LANGUAGE/LC_ALL/LC_MESSAGES/LANG).
// Returns nullopt for a --lang value that names no known language.
std::optional<QLocale> chooseLocale(int argc, const char* const* argv);

// Loads and installs the embedded translation for locale (none for English). The translator
// must outlive every translated call, so the caller keeps it.
std::unique_ptr<QTranslator> installTranslation(const QLocale& locale);

}  // namespace robocert::cli
