#include "wire.hpp"

#include <sys/socket.h>
#include <unistd.h>
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cerrno>
#include <cmath>
#include <cstdint>

namespace robocert::script::wire {

namespace {

bool sendAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// Reads exactly `size` bytes; a WireError when the channel ends or fails first.
std::variant<std::monostate, WireError> receiveAll(int fd, char* data, std::size_t size,
                                                   bool frameStart) {
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::recv(fd, data + got, size - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return WireError{WireError::Kind::Io, "read failed"};
    if (n == 0)
      return WireError{WireError::Kind::Closed,
                       frameStart && got == 0 ? "channel closed" : "channel closed mid-frame"};
    got += static_cast<std::size_t>(n);
  }
  return std::monostate{};
}

}  // namespace

bool send(int fd, const QJsonObject& message) {
  const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
  const auto size = static_cast<std::uint32_t>(body.size());
  const char header[4] = {static_cast<char>(size >> 24), static_cast<char>(size >> 16),
                          static_cast<char>(size >> 8), static_cast<char>(size)};
  return sendAll(fd, header, sizeof header) &&
         sendAll(fd, body.constData(), static_cast<std::size_t>(body.size()));
}

std::variant<QJsonObject, WireError> receive(int fd, std::size_t maxBytes) {
  unsigned char header[4];
  if (auto r = receiveAll(fd, reinterpret_cast<char*>(header), sizeof header, true);
      std::holds_alternative<WireError>(r))
    return std::get<WireError>(r);
  const std::size_t size = (std::size_t{header[0]} << 24) | (std::size_t{header[1]} << 16) |
                           (std::size_t{header[2]} << 8) | std::size_t{header[3]};
  if (size > maxBytes)
    return WireError{
        WireError::Kind::TooLarge,
        "a message of " + std::to_string(size) + " bytes, more than " + std::to_string(maxBytes)};
  QByteArray body(static_cast<qsizetype>(size), Qt::Uninitialized);
  if (auto r = receiveAll(fd, body.data(), size, false); std::holds_alternative<WireError>(r))
    return std::get<WireError>(r);
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return WireError{WireError::Kind::NotJson, "a message that is not a JSON object"};
  return doc.object();
}

QJsonArray toJson(const metrology::Pose6& p) {
  return {p.positionMm.x(), p.positionMm.y(), p.positionMm.z(),
          p.anglesDeg.x(),  p.anglesDeg.y(),  p.anglesDeg.z()};
}

std::optional<metrology::Pose6> poseFromJson(const QJsonValue& v) {
  const QJsonArray a = v.toArray();
  if (!v.isArray() || a.size() != 6) return std::nullopt;
  double n[6];
  for (qsizetype i = 0; i < 6; ++i) {
    const auto x = finite(a[i]);
    if (!x) return std::nullopt;
    n[i] = *x;
  }
  metrology::Pose6 p;
  p.positionMm = {n[0], n[1], n[2]};
  p.anglesDeg = {n[3], n[4], n[5]};
  return p;
}

std::optional<double> finite(const QJsonValue& v) {
  if (!v.isDouble() || !std::isfinite(v.toDouble())) return std::nullopt;
  return v.toDouble();
}

}  // namespace robocert::script::wire
