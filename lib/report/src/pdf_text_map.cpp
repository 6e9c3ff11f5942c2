#include "pdf_text_map.hpp"

#include <QFont>
#include <QRawFont>
#include <unordered_map>
#include <vector>

namespace robocert::report::detail {

namespace {

// How unlikely text means a code point when it shares its glyph with others (0 most likely).
int rank(char16_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return 3;                           // control characters
  if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF)) return 2;  // radicals, compat
  if (c == 0x2012) return 2;                                                   // figure dash
  return 0;
}

void addFont(const QFont& font, std::map<char16_t, char16_t>& out) {
  const QRawFont raw = QRawFont::fromFont(font);
  if (!raw.isValid()) return;
  std::vector<QChar> chars;
  for (char32_t c = 1; c <= 0xFFFF; ++c)
    if (c < 0xD800 || c > 0xDFFF) chars.emplace_back(static_cast<char16_t>(c));
  std::vector<quint32> glyphs(chars.size(), 0);
  int n = static_cast<int>(glyphs.size());
  raw.glyphIndexesForChars(chars.data(), static_cast<int>(chars.size()), glyphs.data(), &n);
  // Per glyph: the lowest code point (Qt's choice) and the best one.
  std::unordered_map<quint32, std::pair<char16_t, char16_t>> choice;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (glyphs[i] == 0) continue;
    const char16_t c = chars[i].unicode();
    const auto [it, inserted] = choice.try_emplace(glyphs[i], c, c);
    if (!inserted && rank(c) < rank(it->second.second)) it->second.second = c;
  }
  for (const auto& [glyph, pair] : choice)
    if (pair.first != pair.second) out.emplace(pair.first, pair.second);
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The code of "<XXXX>" at pdf[i], or -1.
int codeAt(const QByteArray& pdf, qsizetype i) {
  if (i + 6 > pdf.size() || pdf[i] != '<' || pdf[i + 5] != '>') return -1;
  int v = 0;
  for (int k = 1; k <= 4; ++k) {
    const int h = hex(pdf[i + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

bool replaceAt(QByteArray& pdf, qsizetype i, const std::map<char16_t, char16_t>& corrections) {
  const int code = codeAt(pdf, i);
  if (code < 0) return false;
  const auto it = corrections.find(static_cast<char16_t>(code));
  if (it == corrections.end()) return false;
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (int k = 0; k < 4; ++k) pdf[i + 4 - k] = kHex[(it->second >> (4 * k)) & 0xF];
  return true;
}

}  // namespace

std::map<char16_t, char16_t> toUnicodeCorrections(const QStringList& families) {
  std::map<char16_t, char16_t> out;
  for (const QString& family : families) {
    for (const bool bold : {false, true}) {
      QFont f(family);
      f.setBold(bold);
      addFont(f, out);
    }
  }
  return out;
}

int correctToUnicode(QByteArray& pdf, const std::map<char16_t, char16_t>& corrections) {
  int changed = 0;
  for (qsizetype begin = pdf.indexOf("beginbfrange"); begin >= 0;
       begin = pdf.indexOf("beginbfrange", begin + 1)) {
    const qsizetype end = pdf.indexOf("endbfrange", begin);
    if (end < 0) break;
    qsizetype line = pdf.indexOf('\n', begin) + 1;
    while (line > 0 && line < end) {
      const qsizetype next = pdf.indexOf('\n', line);
      const qsizetype stop = next < 0 ? end : std::min(next, end);
      // "<first> <last> <code>" (one glyph when first == last) or "<first> <last> [<code> ...]"
      const int first = codeAt(pdf, line), last = codeAt(pdf, line + 7);
      if (first >= 0 && last >= 0 && line + 14 < stop) {
        if (pdf[line + 14] == '[') {
          for (qsizetype i = line + 15; i + 6 <= stop; i += 7) {
            if (codeAt(pdf, i) < 0) break;
            if (replaceAt(pdf, i, corrections)) ++changed;
          }
        } else if (first == last && replaceAt(pdf, line + 14, corrections)) {
          ++changed;
        }
      }
      line = next < 0 ? -1 : next + 1;
    }
    begin = end;
  }
  return changed;
}

}  // namespace robocert::report::detail
