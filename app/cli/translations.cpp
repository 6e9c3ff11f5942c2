#include "translations.hpp"

#include <QCoreApplication>
#include <cstdlib>
#include <string_view>

namespace robocert::cli {
namespace {

std::optional<QLocale> parseLanguage(std::string_view tag) {
  const QString t = QString::fromUtf8(tag.data(), static_cast<qsizetype>(tag.size())).toLower();
  if (t == u"en" || t.startsWith(u"en-") || t.startsWith(u"en_")) return QLocale(QLocale::English);
  if (t == u"zh" || t == u"zh-cn" || t == u"zh_cn" || t == u"zh-hans") {
    return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
  }
  return std::nullopt;
}

}  // namespace

std::optional<QLocale> chooseLocale(int argc, const char* const* argv) {
  // The language is needed before the command line is parsed, because the help texts of the
  // options themselves are translated; so --lang is looked up here first.
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) return parseLanguage(argv[i + 1]);
    if (arg.starts_with("--lang=")) return parseLanguage(arg.substr(7));
  }
  if (const char* env = std::getenv("ROBOCERT_LANG"); env != nullptr && *env != '\0') {
    if (auto l = parseLanguage(env)) return l;
  }
  return QLocale::system();
}

std::unique_ptr<QTranslator> installTranslation(const QLocale& locale) {
  // QLocale() then answers the chosen language everywhere (bilingual plan titles, numbers).
  QLocale::setDefault(locale);
  auto translator = std::make_unique<QTranslator>();
  if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
    // English is the source language; only its plural forms come from a translation file.
    if (!translator->load(QStringLiteral(":/i18n/robocert_en.qm"))) return nullptr;
  } else if (!translator->load(locale, QStringLiteral("robocert"), QStringLiteral("_"),
                               QStringLiteral(":/i18n"))) {
    // No translation for this language: fall back to English with its plural forms.
    if (!translator->load(QStringLiteral(":/i18n/robocert_en.qm"))) return nullptr;
  }
  QCoreApplication::installTranslator(translator.get());
  return translator;
}

}  // namespace robocert::cli
