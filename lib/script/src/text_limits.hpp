#pragma once

// Bounds on what a script hands to the station, so a script cannot flood the run's log or the
// store, forge log lines or record a result under a name a report cannot show.

#include <QString>
#include <cstddef>
#include <string>

namespace robocert::script {

inline constexpr std::size_t kMaxTextBytes = 4096;  // a log line or a prompt, UTF-8
inline constexpr int kMaxRecordNameChars = 64;
inline constexpr int kMaxUnitChars = 16;

// At most maxBytes of UTF-8, cut at a character boundary; when cut, `mark` is appended.
std::string truncateUtf8(const std::string& utf8, std::size_t maxBytes, const std::string& mark);

// One log line: control characters escaped (\n, \r, \t, \u{1b} ...), at most kMaxTextBytes
// plus a translated truncation mark.
std::string logLine(const QString& text);

// Operator prompt text: line breaks and tabs kept, other control characters replaced by U+FFFD,
// at most kMaxTextBytes plus a translated truncation mark.
std::string promptText(const QString& text);

// What logLine() and promptText() can give: no control characters (a prompt keeps line breaks
// and tabs), at most kMaxTextBytes plus room for a truncation mark in any language. The parent
// of an isolated script checks what the script host sends with these.
bool isLogLine(const QString& text);
bool isPromptText(const QString& text);

// [A-Za-z][A-Za-z0-9_]*, at most kMaxRecordNameChars.
bool isRecordName(const QString& name);

// At most kMaxUnitChars characters, none of them a control character ("" is dimensionless).
bool isUnit(const QString& unit);

}  // namespace robocert::script
