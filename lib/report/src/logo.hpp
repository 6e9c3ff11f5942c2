#pragma once

// The letterhead's logo read once for both renderers: the file's bytes (the HTML embeds them as
// a data URI) and how to paint it (SVG stays vector in the PDF, PNG and JPEG are images).

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <filesystem>
#include <optional>

class QPainter;

namespace robocert::report::detail {

struct Logo {
  QByteArray bytes;
  QString mimeType;  // image/svg+xml, image/png, image/jpeg
  QSizeF size;       // natural size (aspect ratio)
  QImage image;      // PNG, JPEG
  bool svg = false;

  bool empty() const { return bytes.isEmpty(); }
  // Paints the logo inside `box`, keeping its aspect ratio, aligned left and centred vertically;
  // returns the rectangle used.
  QRectF paint(QPainter& painter, const QRectF& box) const;
  QString dataUri() const;
};

// The logo at `file` (empty: no logo); throws RenderError naming the file when it is not a
// readable PNG, JPEG or SVG image.
Logo loadLogo(const std::filesystem::path& file);
// The logo from the bytes of such a file (a frozen letterhead, Document::LabProfile::logo);
// `file` names it in errors.
Logo logoFromBytes(QByteArray bytes, const std::filesystem::path& file);
// The bytes of the logo file, at most kMaxLogoBytes; nullopt when it cannot be read or is larger.
inline constexpr qint64 kMaxLogoBytes = 4 * 1024 * 1024;
std::optional<QByteArray> readLogoFile(const std::filesystem::path& file, QString* error = nullptr);

}  // namespace robocert::report::detail
