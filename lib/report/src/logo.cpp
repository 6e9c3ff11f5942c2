#include "logo.hpp"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

#include "robocert/plan/text_input.hpp"
#include "robocert/report/render.hpp"
#include "robocert/textio/file.hpp"

namespace robocert::report::detail {

QRectF Logo::paint(QPainter& painter, const QRectF& box) const {
  if (empty() || size.isEmpty()) return {};
  const QSizeF fitted = size.scaled(box.size(), Qt::KeepAspectRatio);
  const QRectF target(box.left(), box.top() + (box.height() - fitted.height()) / 2.0,
                      fitted.width(), fitted.height());
  if (svg) {
    QSvgRenderer renderer(bytes);
    renderer.render(&painter, target);
  } else {
    painter.drawImage(target, image);
  }
  return target;
}

QString Logo::dataUri() const {
  return QStringLiteral("data:%1;base64,%2").arg(mimeType, QString::fromLatin1(bytes.toBase64()));
}

std::optional<QByteArray> readLogoFile(const std::filesystem::path& file, QString* error) {
  // Bounded: a logo is small, and the bytes go into the report's content.
  auto read = textio::readFile(file, kMaxLogoBytes);
  if (const auto* e = std::get_if<textio::ReadError>(&read)) {
    if (error) *error = QString::fromStdString(plan::describe(*e));
    return std::nullopt;
  }
  return QByteArray::fromStdString(std::get<std::string>(std::move(read)));
}

Logo loadLogo(const std::filesystem::path& file) {
  if (file.empty()) return {};
  QString error;
  std::optional<QByteArray> bytes = readLogoFile(file, &error);
  if (!bytes)
    throw RenderError(
        file, 0, 0,
        QCoreApplication::translate("robocert::report", "the letterhead logo cannot be read (%1)")
            .arg(error)
            .toStdString());
  return logoFromBytes(std::move(*bytes), file);
}

Logo logoFromBytes(QByteArray bytes, const std::filesystem::path& file) {
  Logo logo;
  logo.bytes = std::move(bytes);
  if (file.extension() == ".svg" || logo.bytes.trimmed().startsWith("<svg") ||
      logo.bytes.trimmed().startsWith("<?xml")) {
    QSvgRenderer renderer(logo.bytes);
    if (renderer.isValid()) {
      logo.svg = true;
      logo.mimeType = QStringLiteral("image/svg+xml");
      logo.size = renderer.defaultSize();
      if (logo.size.isEmpty()) logo.size = renderer.viewBoxF().size();
      return logo;
    }
  } else {
    QBuffer buffer(&logo.bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if ((format == "png" || format == "jpeg" || format == "jpg") && reader.read(&logo.image)) {
      logo.mimeType = format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
      logo.size = logo.image.size();
      return logo;
    }
  }
  throw RenderError(file, 0, 0,
                    QCoreApplication::translate("robocert::report",
                                                "the letterhead logo is not a PNG, JPEG or SVG "
                                                "image")
                        .toStdString());
}

}  // namespace robocert::report::detail
