#pragma once

// What a run imported from a measurement file stores as its method. Such a run has source
// kPoseImportSource and, in place of a plan's text (Run::planText), this record:
//   import pose
//   file: NAME
//   sha256: HEX
//   rows: N
// so the run names the exact bytes it was computed from, and a report can state its method.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace robocert::store {

inline constexpr std::string_view kPoseImportSource = "offline-import";

struct PoseImportRecord {
  std::string fileName;  // the file's name without its folder, as given
  std::string sha256;    // of the file's bytes, 64 lowercase hex digits
  std::size_t rows = 0;  // measurement rows read
};

std::string toText(const PoseImportRecord& record);
// The record in a run's planText, or nullopt when planText is not one (a plan's run). Any file
// name reads back, newlines included.
std::optional<PoseImportRecord> parsePoseImportRecord(std::string_view planText);

}  // namespace robocert::store
