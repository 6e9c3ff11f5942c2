#include "common.hpp"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <iostream>

#include "messages.hpp"
#include "robocert/formats/pose_csv.hpp"
#include "robocert/plan/text_input.hpp"
#include "robocert/textio/file.hpp"
#include "text_table.hpp"

namespace robocert::cli {
namespace {

class Common {
  Q_DECLARE_TR_FUNCTIONS(Common)
};

}  // namespace

// Messages quote file names, stored text and SQLite's words: printable() keeps each one line
// that cannot drive the terminal.
void fail(const QString& message) {
  std::cerr << "robocert: " << printable(message).toStdString() << '\n';
}

std::string s(const QString& text) { return text.toStdString(); }

std::filesystem::path scriptHostExecutable() {
  return std::filesystem::path(QCoreApplication::applicationDirPath().toStdString()) /
         "robocert-script-host";
}

void printJson(const QJsonObject& object) {
  std::cout << QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
}

bool checkFormat(const std::string& format, std::initializer_list<const char*> allowed) {
  QStringList names;
  for (const char* a : allowed) {
    if (format == a) return true;
    names << QString::fromLatin1(a);
  }
  fail(Common::tr("--format must be one of %1, not \"%2\"")
           .arg(names.join(QStringLiteral(", ")), QString::fromStdString(format)));
  return false;
}

std::optional<std::string> readInputFile(const std::string& path) {
  auto read = textio::readFile(path, textio::kDataFileLimitBytes);
  if (const auto* e = std::get_if<textio::ReadError>(&read)) {
    fail(QStringLiteral("%1: %2").arg(QString::fromStdString(path),
                                      QString::fromStdString(plan::describe(*e))));
    return std::nullopt;
  }
  return std::get<std::string>(std::move(read));
}

std::optional<PoseFile> loadPoseFile(const std::string& path,
                                     const std::optional<metrology::DistanceRequest>& distance) {
  auto bytes = readInputFile(path);
  if (!bytes) return std::nullopt;
  const QString file = QString::fromStdString(path);
  auto parsed = formats::parsePoseCsv(*bytes);
  if (const auto* e = std::get_if<formats::PoseCsvError>(&parsed)) {
    fail(describe(file, *e));
    return std::nullopt;
  }
  auto& records = std::get<std::vector<metrology::PoseRecord>>(parsed);
  auto analysis = metrology::analyzePoses(records, distance);
  if (const auto* e = std::get_if<metrology::PoseAnalysisError>(&analysis)) {
    fail(describe(file, *e));
    return std::nullopt;
  }
  return PoseFile{std::move(*bytes), std::move(records),
                  std::get<metrology::PoseAnalysis>(std::move(analysis))};
}

}  // namespace robocert::cli
