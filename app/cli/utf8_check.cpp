#include "utf8_check.hpp"

#include <QCoreApplication>
#include <cstdlib>

#include "robocert/textio/utf8.hpp"

namespace robocert::cli {
namespace {

class Utf8Check {
  Q_DECLARE_TR_FUNCTIONS(Utf8Check)
};

// "--name": the value's first invalid byte, by character position (1-based) and value.
QString problem(const QString& name, const std::string& value, std::size_t offset) {
  const textio::TextPosition at = textio::positionOf(value, offset);
  return Utf8Check::tr(
             "%1: the value is not UTF-8 text (byte 0x%2 at character %3); give it "
             "in UTF-8")
      .arg(name)
      .arg(static_cast<unsigned char>(value[offset]), 2, 16, QLatin1Char('0'))
      .arg(at.column);
}

std::optional<QString> checkApp(const CLI::App& app) {
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& value : option->results()) {
      if (const auto bad = textio::firstInvalidUtf8Offset(value)) {
        return problem(QString::fromStdString(option->get_name()), value, *bad);
      }
    }
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (auto p = checkApp(*sub)) return p;
  }
  return std::nullopt;
}

}  // namespace

std::optional<QString> findInvalidUtf8(const CLI::App& app) {
  if (auto p = checkApp(app)) return p;
  for (const char* name : {"ROBOCERT_USER", "ROBOCERT_DB", "ROBOCERT_PLAN_DIR", "ROBOCERT_LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr) continue;
    const std::string text(value);
    if (const auto bad = textio::firstInvalidUtf8Offset(text)) {
      return problem(QString::fromLatin1(name), text, *bad);
    }
  }
  return std::nullopt;
}

}  // namespace robocert::cli
