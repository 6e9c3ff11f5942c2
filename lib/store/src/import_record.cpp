#include "robocert/store/import_record.hpp"

#include <algorithm>
#include <charconv>

namespace robocert::store {

namespace {

constexpr std::string_view kHead = "import pose\nfile: ";
constexpr std::string_view kSha = "\nsha256: ";
constexpr std::string_view kRows = "\nrows: ";

bool isHex64(std::string_view s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

std::string toText(const PoseImportRecord& r) {
  return std::string(kHead) + r.fileName + std::string(kSha) + r.sha256 + std::string(kRows) +
         std::to_string(r.rows) + "\n";
}

std::optional<PoseImportRecord> parsePoseImportRecord(std::string_view text) {
  // Read from the end: the last two lines have fixed forms, and the file name, which may hold
  // anything, is all that lies between them and the head.
  if (!text.starts_with(kHead) || !text.ends_with('\n')) return std::nullopt;
  const std::size_t rows = text.rfind(kRows);
  const std::size_t sha = rows == std::string_view::npos ? rows : text.rfind(kSha, rows);
  if (sha == std::string_view::npos || sha < kHead.size()) return std::nullopt;
  PoseImportRecord r;
  r.fileName = std::string(text.substr(kHead.size(), sha - kHead.size()));
  r.sha256 = std::string(text.substr(sha + kSha.size(), rows - sha - kSha.size()));
  const std::string_view count =
      text.substr(rows + kRows.size(), text.size() - 1 - rows - kRows.size());
  const auto [end, ec] = std::from_chars(count.data(), count.data() + count.size(), r.rows);
  if (!isHex64(r.sha256) || ec != std::errc() || end != count.data() + count.size())
    return std::nullopt;
  return r;
}

}  // namespace robocert::store
