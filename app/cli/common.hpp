#pragma once

// What every command shares: the one way to report a problem, to print JSON, to check --format,
// and to read a measurement file, so the same mistake gets the same message everywhere.

#include <QJsonObject>
#include <QString>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "robocert/metrology/iso9283.hpp"

namespace robocert::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   // the command ran and found a failure
inline constexpr int kExitBadInput = 2;  // the input or the command line was unusable

// "robocert: message" on stderr.
void fail(const QString& message);
// The script host (robocert-script-host) installed beside this program: script steps run in it.
std::filesystem::path scriptHostExecutable();
std::string s(const QString& text);
void printJson(const QJsonObject& object);  // one indented object on stdout

// True when format is one of allowed; otherwise says which are and returns false.
bool checkFormat(const std::string& format, std::initializer_list<const char*> allowed);

// The whole file, or nullopt after saying why it cannot be read.
std::optional<std::string> readInputFile(const std::string& path);

// A pose CSV file read, parsed and analysed (ISO 9283), or nullopt after the located message.
struct PoseFile {
  std::string bytes;
  std::vector<metrology::PoseRecord> records;
  metrology::PoseAnalysis analysis;
};
std::optional<PoseFile> loadPoseFile(const std::string& path,
                                     const std::optional<metrology::DistanceRequest>& distance);

}  // namespace robocert::cli
