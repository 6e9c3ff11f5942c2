#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace robocert::cli {

// A plain-text table for terminals and logs: the first `labelColumns` columns are left-aligned
// labels, the rest right-aligned numbers, columns separated by two spaces.
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

// Terminal columns a text takes (a CJK character takes two), for aligning text by hand.
qsizetype displayWidth(const QString& text);

// value with `decimals` places, fixed notation; "-0.0000" is printed without its sign.
QString fixed(double value, int decimals);

}  // namespace robocert::cli
