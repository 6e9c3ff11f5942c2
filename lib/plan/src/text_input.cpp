#include "robocert/plan/text_input.hpp"

#include <QCoreApplication>
#include <QString>
#include <cstring>

namespace robocert::plan {

std::string describe(const textio::ReadError& e) {
  using K = textio::ReadError::Kind;
  switch (e.kind) {
    case K::NotFound:
      return QCoreApplication::translate("robocert::plan", "no such file").toStdString();
    case K::Directory:
      return QCoreApplication::translate("robocert::plan", "is a directory, expected a file")
          .toStdString();
    case K::NotRegular:
      return QCoreApplication::translate(
                 "robocert::plan", "is not a regular file (a device, FIFO or socket); name a file")
          .toStdString();
    case K::TooLarge:
      return QCoreApplication::translate("robocert::plan",
                                         "is larger than %1, the limit for this kind of file")
          .arg(QString::fromStdString(textio::formatBytes(e.limitBytes)))
          .toStdString();
    case K::CannotRead:
      break;
  }
  return QCoreApplication::translate("robocert::plan", "cannot be read (%1)")
      .arg(QString::fromLocal8Bit(std::strerror(e.errorNumber)))
      .toStdString();
}

std::string invalidUtf8Message() {
  return QCoreApplication::translate("robocert::plan",
                                     "this byte is not UTF-8; save the file as UTF-8")
      .toStdString();
}

std::string describe(const textio::YamlError& e) {
  using K = textio::YamlError::Kind;
  switch (e.kind) {
    case K::InvalidUtf8:
      return invalidUtf8Message();
    case K::Syntax:
      break;
    case K::TooManyNodes:
      return QCoreApplication::translate(
                 "robocert::plan",
                 "the document expands to more than %1 YAML nodes (aliases counted each time "
                 "they are used); write it out plainly or split it")
          .arg(e.limit)
          .toStdString();
    case K::TooDeep:
      return QCoreApplication::translate("robocert::plan", "nested more than %1 levels deep")
          .arg(e.limit)
          .toStdString();
  }
  return QCoreApplication::translate("robocert::plan", "YAML syntax error: %1")
      .arg(QString::fromStdString(e.detail))
      .toStdString();
}

}  // namespace robocert::plan
