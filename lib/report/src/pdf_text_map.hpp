#pragma once

// Correcting what text a PDF written by Qt reads back as (pdftotext, search, copy and paste).
// Qt's PDF engine maps each embedded glyph back to the lowest code point that the font maps to
// it. Noto CJK draws a Kangxi radical (U+2F00..) or a CJK radical supplement character
// (U+2E80..) with the same glyph as the ideograph it looks like, the figure dash like the en
// dash, and maps a tab to the space's glyph, so 页 would read back as ⻚, 方 as ⽅, "–" as "‒"
// and every space as a tab. The rendering is right; only the text layer (the fonts' ToUnicode
// maps) is wrong, and it is corrected in place.

#include <QByteArray>
#include <QStringList>
#include <map>

namespace robocert::report::detail {

// For the fonts of these families (regular and bold), each code point Qt would pick for a glyph
// -> the one text means by it: of the code points sharing the glyph, the lowest that is not a
// control character, a radical, a compatibility ideograph or a figure dash.
std::map<char16_t, char16_t> toUnicodeCorrections(const QStringList& families);

// Rewrites the one-to-one entries of every ToUnicode CMap in pdf (Qt writes them uncompressed,
// as "<glyph> <glyph> <code>" and "<first> <last> [<code> ...]" lines) whose code is a key of
// corrections. Each code keeps its four hex digits, so no byte offset of the file moves.
// Returns how many codes were changed.
int correctToUnicode(QByteArray& pdf, const std::map<char16_t, char16_t>& corrections);

}  // namespace robocert::report::detail
