#include "common.hpp"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "messages.hpp"
#include "robocert/formats/pose_csv.hpp"
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
  const QString name = QString::fromStdString(path);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    fail(Common::tr("%1: no such file").arg(name));
    return std::nullopt;
  }
  if (std::filesystem::is_directory(path, ec)) {
    fail(Common::tr("%1: is a directory, expected a CSV file").arg(name));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string data;
  if (in) data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in.is_open() || in.bad()) {
    fail(Common::tr("%1: cannot be read (%2)")
             .arg(name, QString::fromLocal8Bit(std::strerror(errno))));
    return std::nullopt;
  }
  return data;
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
