#include "robocert/formats/pose_csv.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

#include "robocert/textio/utf8.hpp"

namespace robocert::formats {
namespace {

using Kind = PoseCsvError::Kind;
using metrology::PoseRecord;

constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
constexpr std::size_t kQuotedTextMax = 40;

// Field indices of kPoseColumns in order.
enum Col : std::size_t {
  Pose,
  Cycle,
  Direction,
  CmdX,
  CmdY,
  CmdZ,
  CmdA,
  CmdB,
  CmdC,
  X,
  Y,
  Z,
  A,
  B,
  C
};
constexpr std::size_t kColCount = std::size(kPoseColumns);

struct Field {
  std::string value;
  std::size_t offset = 0;  // byte offset of the field's first character in its line
};

struct Line {
  std::string_view text;
  std::size_t number = 0;
};

PoseCsvError makeError(Kind kind, std::size_t line = 0, std::size_t column = 0) {
  PoseCsvError e;
  e.kind = kind;
  e.line = line;
  e.column = column;
  return e;
}

bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
  return s;
}

// 1-based character column of a byte offset within a UTF-8 line.
std::size_t columnOf(std::string_view line, std::size_t offset) {
  offset = std::min(offset, line.size());
  return 1 + static_cast<std::size_t>(std::count_if(
                 line.begin(), line.begin() + static_cast<std::ptrdiff_t>(offset),
                 [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string quoted(std::string_view text) {
  if (text.size() <= kQuotedTextMax) return std::string(text);
  std::size_t cut = kQuotedTextMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;  // whole characters
  return std::string(text.substr(0, cut)) + "…";
}

// Splits one line into fields. Quoted fields follow RFC 4180 within the line ("" is a quote);
// whitespace around fields is dropped. A record never spans lines, so that every error keeps
// an exact line number.
std::variant<std::vector<Field>, PoseCsvError> splitFields(const Line& line) {
  std::vector<Field> fields;
  const std::string_view s = line.text;
  std::size_t i = 0;
  while (true) {
    while (i < s.size() && isBlank(s[i])) ++i;
    Field f;
    f.offset = i;
    if (i < s.size() && s[i] == '"') {
      ++i;
      bool closed = false;
      while (i < s.size()) {
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            f.value += '"';
            i += 2;
            continue;
          }
          closed = true;
          ++i;
          break;
        }
        f.value += s[i++];
      }
      if (!closed) return makeError(Kind::UnterminatedQuote, line.number, columnOf(s, f.offset));
      while (i < s.size() && isBlank(s[i])) ++i;
      if (i < s.size() && s[i] != ',') {
        return makeError(Kind::TextAfterQuote, line.number, columnOf(s, i));
      }
    } else {
      const std::size_t end = std::min(s.find(',', i), s.size());
      f.value = std::string(trim(s.substr(i, end - i)));
      i = end;
    }
    fields.push_back(std::move(f));
    if (i >= s.size()) break;
    ++i;  // the comma
  }
  return fields;
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return out;
}

struct Reader {
  const Line& line;
  const std::vector<Field>& fields;
  const std::array<std::size_t, kColCount>& index;

  PoseCsvError error(Kind kind, std::size_t col) const {
    const Field& f = fields[index[col]];
    PoseCsvError e = makeError(kind, line.number, columnOf(line.text, f.offset));
    e.columnName = std::string(kPoseColumns[col]);
    e.text = quoted(f.value);
    return e;
  }

  std::optional<PoseCsvError> number(std::size_t col, double& out) const {
    std::string_view v = fields[index[col]].value;
    if (v.empty()) return error(Kind::EmptyField, col);
    if (v.front() == '+') v.remove_prefix(1);
    // from_chars is locale-independent: "1,5" or "1.5e" are rejected rather than misread.
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(out)) {
      return error(Kind::NotANumber, col);
    }
    return std::nullopt;
  }

  std::optional<PoseCsvError> integer(std::size_t col, int minimum, int& out) const {
    const std::string_view v = fields[index[col]].value;
    if (v.empty()) return error(Kind::EmptyField, col);
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || end != v.data() + v.size() || out < minimum) {
      return error(Kind::NotAnInteger, col);
    }
    return std::nullopt;
  }
};

std::variant<PoseRecord, PoseCsvError> readRecord(const Line& line,
                                                  const std::vector<Field>& fields,
                                                  const std::array<std::size_t, kColCount>& index) {
  const Reader r{line, fields, index};
  PoseRecord rec;
  rec.sourceLine = line.number;
  rec.pose = fields[index[Pose]].value;
  if (rec.pose.empty()) return r.error(Kind::EmptyField, Pose);
  if (auto e = r.integer(Cycle, 0, rec.cycle)) return *e;
  if (index[Direction] != kNoColumn) {
    if (auto e = r.integer(Direction, 1, rec.direction)) return *e;
  }
  for (int k = 0; k < 3; ++k) {
    const auto ku = static_cast<std::size_t>(k);
    if (auto e = r.number(CmdX + ku, rec.commanded.positionMm[k])) return *e;
    if (auto e = r.number(CmdA + ku, rec.commanded.anglesDeg[k])) return *e;
    if (auto e = r.number(X + ku, rec.attained.positionMm[k])) return *e;
    if (auto e = r.number(A + ku, rec.attained.anglesDeg[k])) return *e;
  }
  return rec;
}

}  // namespace

std::variant<std::vector<PoseRecord>, PoseCsvError> parsePoseCsv(std::string_view bytes) {
  if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    const auto line =
        1 + static_cast<std::size_t>(
                std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(nul), '\n'));
    return makeError(Kind::Binary, line, 0);
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);

  std::vector<Line> lines;  // content lines: no blanks, no comments
  std::size_t number = 0;
  for (std::size_t start = 0; start < bytes.size();) {
    std::size_t end = std::min(bytes.find('\n', start), bytes.size());
    std::string_view text = bytes.substr(start, end - start);
    start = end + 1;
    ++number;
    if (text.ends_with('\r')) text.remove_suffix(1);
    if (auto bad = textio::firstInvalidUtf8Offset(text)) {
      return makeError(Kind::InvalidUtf8, number, columnOf(text, *bad));
    }
    const std::string_view content = trim(text);
    if (content.empty() || content.front() == '#') continue;
    lines.push_back({text, number});
  }
  if (lines.empty()) return makeError(Kind::Empty);

  auto header = splitFields(lines.front());
  if (auto* e = std::get_if<PoseCsvError>(&header)) return *e;
  const auto& names = std::get<std::vector<Field>>(header);
  std::array<std::size_t, kColCount> index;
  index.fill(kNoColumn);
  for (std::size_t f = 0; f < names.size(); ++f) {
    const std::string name = lowercase(names[f].value);
    for (std::size_t c = 0; c < kColCount; ++c) {
      if (name != kPoseColumns[c]) continue;
      if (index[c] != kNoColumn) {
        PoseCsvError e = makeError(Kind::DuplicateColumn, lines.front().number,
                                   columnOf(lines.front().text, names[f].offset));
        e.columnName = std::string(kPoseColumns[c]);
        return e;
      }
      index[c] = f;
    }
  }
  for (std::size_t c = 0; c < kColCount; ++c) {
    if (index[c] == kNoColumn && c != Direction) {
      PoseCsvError e = makeError(Kind::MissingColumn, lines.front().number, 0);
      e.columnName = std::string(kPoseColumns[c]);
      return e;
    }
  }
  if (lines.size() == 1) return makeError(Kind::NoData, lines.front().number, 0);

  std::vector<PoseRecord> records;
  records.reserve(lines.size() - 1);
  for (std::size_t l = 1; l < lines.size(); ++l) {
    auto split = splitFields(lines[l]);
    if (auto* e = std::get_if<PoseCsvError>(&split)) return *e;
    const auto& fields = std::get<std::vector<Field>>(split);
    if (fields.size() != names.size()) {
      PoseCsvError e = makeError(Kind::FieldCount, lines[l].number, 0);
      e.expected = names.size();
      e.actual = fields.size();
      return e;
    }
    auto rec = readRecord(lines[l], fields, index);
    if (auto* e = std::get_if<PoseCsvError>(&rec)) return *e;
    records.push_back(std::get<PoseRecord>(std::move(rec)));
  }
  return records;
}

}  // namespace robocert::formats
