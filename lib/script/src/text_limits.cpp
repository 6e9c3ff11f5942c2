#include "text_limits.hpp"

#include <QCoreApplication>

namespace robocert::script {

namespace {

// C0, DEL, C1 and the Unicode line and paragraph separators (line breaks in some viewers).
bool isControl(char32_t c) {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

// Calls f(c) for each character of text (lone surrogates as U+FFFD) until f returns false; the
// text may be large, so it is never converted as a whole.
template <typename F>
void forEachChar(const QString& text, F&& f) {
  for (qsizetype i = 0; i < text.size();) {
    const QChar u = text[i++];
    char32_t c = u.unicode();
    if (u.isHighSurrogate() && i < text.size() && text[i].isLowSurrogate()) {
      c = QChar::surrogateToUcs4(u, text[i++]);
    } else if (u.isSurrogate()) {
      c = U'\uFFFD';
    }
    if (!f(c)) return;
  }
}

std::string truncationMark() {
  return QCoreApplication::translate("ScriptHost", "… [truncated]").toStdString();
}

}  // namespace

std::string truncateUtf8(const std::string& utf8, std::size_t maxBytes, const std::string& mark) {
  if (utf8.size() <= maxBytes) return utf8;
  std::size_t end = maxBytes;
  // Back up over continuation bytes (10xxxxxx) so the cut falls before a character's lead byte.
  while (end > 0 && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) --end;
  return utf8.substr(0, end) + mark;
}

std::string logLine(const QString& text) {
  QString out;
  out.reserve(text.size());
  forEachChar(text, [&](char32_t c) {
    if (c == U'\n') {
      out += QStringLiteral("\\n");
    } else if (c == U'\r') {
      out += QStringLiteral("\\r");
    } else if (c == U'\t') {
      out += QStringLiteral("\\t");
    } else if (isControl(c)) {
      out += QStringLiteral("\\u{%1}").arg(static_cast<uint>(c), 0, 16);
    } else {
      out += QString::fromUcs4(&c, 1);
    }
    // Stop copying past the limit: the rest is cut anyway.
    return static_cast<std::size_t>(out.size()) <= kMaxTextBytes;
  });
  return truncateUtf8(out.toStdString(), kMaxTextBytes, truncationMark());
}

std::string promptText(const QString& text) {
  QString out;
  out.reserve(text.size());
  forEachChar(text, [&](char32_t c) {
    const bool kept = c == U'\n' || c == U'\t' || !isControl(c);
    const char32_t shown = kept ? c : U'\uFFFD';
    out += QString::fromUcs4(&shown, 1);
    return static_cast<std::size_t>(out.size()) <= kMaxTextBytes;
  });
  return truncateUtf8(out.toStdString(), kMaxTextBytes, truncationMark());
}

namespace {

bool isBoundedText(const QString& text, bool keepLineBreaks) {
  constexpr std::size_t kMarkRoom = 64;  // bytes of a translated truncation mark
  if (static_cast<std::size_t>(text.size()) > kMaxTextBytes + kMarkRoom) return false;
  bool ok = true;
  forEachChar(text, [&](char32_t c) {
    ok = !isControl(c) || (keepLineBreaks && (c == U'\n' || c == U'\t'));
    return ok;
  });
  return ok && static_cast<std::size_t>(text.toUtf8().size()) <= kMaxTextBytes + kMarkRoom;
}

}  // namespace

bool isLogLine(const QString& text) { return isBoundedText(text, false); }

bool isPromptText(const QString& text) { return isBoundedText(text, true); }

bool isRecordName(const QString& name) {
  if (name.isEmpty() || name.size() > kMaxRecordNameChars) return false;
  for (qsizetype i = 0; i < name.size(); ++i) {
    const char16_t c = name[i].unicode();
    const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    const bool digit = c >= u'0' && c <= u'9';
    if (!(letter || (i > 0 && (digit || c == u'_')))) return false;
  }
  return true;
}

bool isUnit(const QString& unit) {
  int count = 0;
  bool ok = true;
  forEachChar(unit, [&](char32_t c) {
    ok = ++count <= kMaxUnitChars && !isControl(c);
    return ok;
  });
  return ok;
}

}  // namespace robocert::script
