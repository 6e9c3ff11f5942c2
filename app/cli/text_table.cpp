#include "text_table.hpp"

#include <algorithm>

namespace robocert::cli {

namespace {

bool actsInsteadOfShowing(char16_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

QString printable(const QString& text) {
  if (std::none_of(text.begin(), text.end(),
                   [](QChar ch) { return actsInsteadOfShowing(ch.unicode()); }))
    return text;
  QString out;
  out.reserve(text.size() + 8);
  for (const QChar ch : text) {
    const char16_t c = ch.unicode();
    if (!actsInsteadOfShowing(c)) {
      out += ch;
    } else if (c == u'\n') {
      out += QStringLiteral("\\n");
    } else if (c == u'\r') {
      out += QStringLiteral("\\r");
    } else if (c == u'\t') {
      out += QStringLiteral("\\t");
    } else if (c <= 0x7F) {
      out += QStringLiteral("\\x%1").arg(static_cast<int>(c), 2, 16, QChar(u'0'));
    } else {
      out += QStringLiteral("\\u%1").arg(static_cast<int>(c), 4, 16, QChar(u'0'));
    }
  }
  return out;
}

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
    : header_(std::move(header)), labelColumns_(labelColumns) {
  for (QString& cell : header_) cell = printable(cell);
}

void TextTable::addRow(QStringList cells) {
  for (QString& cell : cells) cell = printable(cell);
  rows_.push_back(std::move(cells));
}

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
