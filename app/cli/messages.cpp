#include "messages.hpp"

#include <QCoreApplication>

namespace robocert::cli {
namespace {

class Messages {
  Q_DECLARE_TR_FUNCTIONS(Messages)
 public:
  static QString where(const QString& file, std::size_t line, std::size_t column) {
    QString out = file;
    if (line > 0) out += QStringLiteral(":%1").arg(line);
    if (line > 0 && column > 0) out += QStringLiteral(":%1").arg(column);
    return out + QStringLiteral(": ");
  }
};

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

QString describe(const QString& file, const formats::PoseCsvError& e) {
  using K = formats::PoseCsvError::Kind;
  const QString at = Messages::where(file, e.line, e.column);
  const QString col = q(e.columnName);
  switch (e.kind) {
    case K::Empty:
      return at + Messages::tr("the file is empty: expected a header row naming the columns");
    case K::Binary:
      return at + Messages::tr("not a text file (contains NUL bytes); expected a UTF-8 CSV file");
    case K::InvalidUtf8:
      return at + Messages::tr("the file is not UTF-8 text; save it as UTF-8 CSV");
    case K::NoData:
      return at + Messages::tr("the header has no measurement rows after it");
    case K::MissingColumn:
      return at + Messages::tr("missing column \"%1\" in the header").arg(col);
    case K::DuplicateColumn:
      return at + Messages::tr("column \"%1\" appears twice in the header").arg(col);
    case K::FieldCount:
      return at + Messages::tr("the row has %1 fields but the header has %2")
                      .arg(e.actual)
                      .arg(e.expected);
    case K::UnterminatedQuote:
      return at + Messages::tr("a quoted field is not closed on its line");
    case K::TextAfterQuote:
      return at + Messages::tr("unexpected text after a closing quote; expected a comma");
    case K::EmptyField:
      return at + Messages::tr("column \"%1\" is empty").arg(col);
    case K::NotANumber:
      return at + Messages::tr("column \"%1\": \"%2\" is not a number").arg(col, q(e.text));
    case K::NotAnInteger:
      return at + (col == u"direction"
                       ? Messages::tr("column \"%1\": \"%2\" is not a whole number of 1 or more")
                       : Messages::tr("column \"%1\": \"%2\" is not a whole number of 0 or more"))
                      .arg(col, q(e.text));
  }
  return at;
}

QString describe(const QString& file, const metrology::PoseAnalysisError& e) {
  using K = metrology::PoseAnalysisError::Kind;
  const QString pose = q(e.pose);
  switch (e.kind) {
    case K::NoRecords:
      return Messages::where(file, 0, 0) + Messages::tr("no measurements to analyse");
    case K::TooFewCycles:
      return Messages::where(file, e.line, 0) +
             Messages::tr("pose %1 (direction %2) has %n cycle(s); repeatability needs at least 2",
                          nullptr, static_cast<int>(e.count))
                 .arg(pose)
                 .arg(e.direction);
    case K::DuplicateCycle:
      return Messages::where(file, e.line, 0) +
             Messages::tr("pose %1 (direction %2) cycle %3 is already measured at line %4")
                 .arg(pose)
                 .arg(e.direction)
                 .arg(e.cycle)
                 .arg(e.otherLine);
    case K::InconsistentCommand:
      return Messages::where(file, e.line, 0) +
             Messages::tr(
                 "pose %1 has a different commanded pose than at line %2; "
                 "a pose name must always mean the same commanded pose")
                 .arg(pose)
                 .arg(e.otherLine);
    case K::UnknownDistancePose:
      return Messages::where(file, 0, 0) +
             Messages::tr("pose %1 named in --distance has no measurements from direction 1")
                 .arg(pose);
    case K::SameDistancePose:
      return Messages::where(file, 0, 0) +
             Messages::tr("--distance needs two different poses, got %1 twice").arg(pose);
    case K::UnpairedCycle:
      return Messages::where(file, e.line, 0) +
             Messages::tr(
                 "cycle %1 of pose %2 has no cycle %1 of pose %3 to pair with for the "
                 "distance")
                 .arg(e.cycle)
                 .arg(pose, q(e.otherPose));
    case K::NonFiniteResult:
      if (!e.otherPose.empty()) {
        return Messages::where(file, e.line, 0) +
               Messages::tr(
                   "%1 of the distance from pose %2 to pose %3 is not a finite number: the "
                   "values are too large to analyse; check the units and the columns")
                   .arg(q(e.characteristic), pose, q(e.otherPose));
      }
      return Messages::where(file, e.line, 0) +
             Messages::tr(
                 "%1 of pose %2 (direction %3) is not a finite number: the values are too "
                 "large to analyse; check the units and the columns")
                 .arg(q(e.characteristic), pose)
                 .arg(e.direction);
  }
  return Messages::where(file, e.line, 0);
}

QString describe(const store::StoreError& e) {
  using K = store::StoreError::Kind;
  const QString at = Messages::where(QString::fromStdString(e.path()), 0, 0);
  const QString detail = QStringLiteral(" (%1)").arg(q(e.detail()));
  switch (e.kind()) {
    case K::NotADatabase:
      return at + Messages::tr("not a RoboCert lab database; check the path or use --db") + detail;
    case K::NewerSchema:
      return at + Messages::tr("written by a newer RoboCert; update RoboCert to open it") + detail;
    case K::ReadOnly:
      return at + Messages::tr("cannot be written; check the file's and its folder's permissions") +
             detail;
    case K::Locked:
      return at +
             Messages::tr("locked by another program for too long; try again when it is done") +
             detail;
    case K::DiskFull:
      return at +
             Messages::tr(
                 "the disk is full; nothing of this operation was stored, earlier data is intact") +
             detail;
    case K::CannotOpen:
      return at + Messages::tr("cannot be opened; check that its folder exists") + detail;
    case K::Damaged:
      return at +
             Messages::tr(
                 "the file is damaged: some of its pages cannot be read; robocert db verify "
                 "names what is damaged; keep this file and restore the last copy made with "
                 "robocert db backup") +
             detail;
    case K::NotFound:
      return at + Messages::tr("not found") + detail;
    case K::Invalid:
      return at + Messages::tr("refused") + detail;
    case K::Io:
      return at + Messages::tr("database error") + detail;
  }
  return at + q(e.detail());
}

}  // namespace robocert::cli
