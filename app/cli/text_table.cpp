#include "text_table.hpp"

#include <algorithm>

namespace robocert::cli {

// Terminal columns a text takes: East Asian wide characters (CJK ideographs, Hangul, full-width
// forms) take two, so Chinese headers line up with the numbers below them.
qsizetype displayWidth(const QString& text) {
  qsizetype w = 0;
  for (const QChar ch : text) {
    const char16_t c = ch.unicode();
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6);
    w += wide ? 2 : 1;
  }
  return w;
}

namespace {

QString pad(const QString& cell, qsizetype width, bool left) {
  const QString fill(std::max<qsizetype>(0, width - displayWidth(cell)), u' ');
  return left ? cell + fill : fill + cell;
}

}  // namespace

TextTable::TextTable(QStringList header, int labelColumns)
    : header_(std::move(header)), labelColumns_(labelColumns) {}

void TextTable::addRow(QStringList cells) { rows_.push_back(std::move(cells)); }

QString TextTable::render() const {
  std::vector<qsizetype> width(static_cast<std::size_t>(header_.size()), 0);
  auto measure = [&](const QStringList& row) {
    for (qsizetype c = 0; c < row.size() && c < header_.size(); ++c) {
      auto& w = width[static_cast<std::size_t>(c)];
      w = std::max(w, displayWidth(row[c]));
    }
  };
  measure(header_);
  for (const auto& r : rows_) measure(r);

  auto line = [&](const QStringList& row) {
    QString out;
    for (qsizetype c = 0; c < header_.size(); ++c) {
      const QString cell = c < row.size() ? row[c] : QString();
      if (c > 0) out += QStringLiteral("  ");
      out += pad(cell, width[static_cast<std::size_t>(c)], c < labelColumns_);
    }
    while (out.endsWith(u' ')) out.chop(1);
    return out + u'\n';
  };
  QString out = line(header_);
  for (const auto& r : rows_) out += line(r);
  return out;
}

QString fixed(double value, int decimals) {
  QString s = QString::number(value, 'f', decimals);
  if (s.startsWith(u'-') && QString(s).remove(u'-').remove(u'.').remove(u'0').isEmpty())
    s.remove(0, 1);
  return s;
}

}  // namespace robocert::cli
