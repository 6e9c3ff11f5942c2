#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace robocert::cli {

// A plain-text table for terminals and logs: the first `labelColumns` columns are left-aligned
// labels, the rest right-aligned numbers, columns separated by two spaces. Every cell is shown
// printable(), so a stored value cannot break the table or drive the terminal.
class TextTable {
 public:
  TextTable(QStringList header, int labelColumns);
  void addRow(QStringList cells);
  QString render() const;

 private:
  QStringList header_;
  int labelColumns_;
  std::vector<QStringList> rows_;
};

// Text from the lab database, a file or the command line made safe to print on a terminal:
// characters that would act instead of show are written as visible escapes, so a stored value
// can neither drive the terminal (ESC sequences: colours, clearing the screen, the window
// title) nor forge lines or columns of the output (newlines, tabs) nor show text reversed
// (bidirectional overrides). Newline, carriage return and tab become \n, \r and \t, other C0
// controls and DEL \xHH, C1 controls, bidirectional controls and line/paragraph separators
// \uHHHH (lowercase hex). Everything else, CJK included, is left as it is.
QString printable(const QString& text);

// Terminal columns a text takes (a CJK character takes two), for aligning text by hand.
qsizetype displayWidth(const QString& text);

// value with `decimals` places, fixed notation; "-0.0000" is printed without its sign.
QString fixed(double value, int decimals);

}  // namespace robocert::cli
