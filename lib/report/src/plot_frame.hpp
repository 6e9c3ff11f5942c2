#pragma once

// The parts every plot shares (plots.hpp): sizes in points on any device, the frame with its
// ticks, grid and axis titles, the legend row under it, and number labels.

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPen>
#include <QRectF>
#include <QString>
#include <functional>
#include <vector>

#include "robocert/report/plots.hpp"

namespace robocert::report::detail {

// Device units per point and the fonts of a plot, from the painter's device and font family.
struct PlotStyle {
  explicit PlotStyle(const QPainter& painter);
  double pt = 1.0;
  QFont tickFont;   // 6.5 pt
  QFont titleFont;  // 7.5 pt, bold
  QFont labelFont;  // 7 pt: axis titles, legend, annotations
  QPen pen(double widthPt, const QColor& colour = Qt::black,
           Qt::PenStyle style = Qt::SolidLine) const;
  double textWidth(const QFont& font, const QString& text) const;
  double lineHeight(const QFont& font) const;
  const QPaintDevice* device = nullptr;
};

// "1.25", "−0.5" (a real minus sign), "0" for a value that rounds to zero.
QString plotNumber(double value, int decimals);

// Tick positions at multiples of step inside [low, high] (for axes whose range is fixed, like
// the equal-scale pose plots).
std::vector<double> ticksInside(double low, double high, double step);

// One legend entry: its symbol is painted by `symbol` into a square of the given size.
struct LegendEntry {
  std::function<void(QPainter&, const QRectF&)> symbol;
  QString text;
};

// Height the legend needs at `width` (entries flow into rows).
double legendHeight(const PlotStyle& style, const std::vector<LegendEntry>& entries, double width);
void paintLegend(QPainter& painter, const PlotStyle& style, const std::vector<LegendEntry>& entries,
                 const QRectF& area);

// The axes of a plot: data ranges mapped into `plot` (device units).
struct Frame {
  QRectF plot;
  double x0 = 0.0, x1 = 1.0, y0 = 0.0, y1 = 1.0;
  double px(double x) const { return plot.left() + (x - x0) / (x1 - x0) * plot.width(); }
  double py(double y) const { return plot.bottom() - (y - y0) / (y1 - y0) * plot.height(); }
  QPointF at(double x, double y) const { return {px(x), py(y)}; }
};

// Where a plot goes inside `area`: room on the left for the y tick labels (as wide as
// `widestYLabel`) and title, below for the x tick labels (xLabelLines lines), the x title
// (when xTitle) and the legend, above for the plot title.
QRectF plotRect(const PlotStyle& style, const QRectF& area, const QString& widestYLabel,
                int xLabelLines, double legendHeightDevice, bool xTitle = true);

// Frame, light grid, ticks with labels (none on an axis whose tick list is empty), axis titles
// and the plot title above.
void paintAxes(QPainter& painter, const PlotStyle& style, const Frame& frame,
               const std::vector<double>& xTicks, int xDecimals, const std::vector<double>& yTicks,
               int yDecimals, const QString& xTitle, const QString& yTitle, const QString& title);

// The area's frame with `text` in its middle: the plot of nothing.
void paintNoData(QPainter& painter, const PlotStyle& style, const QRectF& area,
                 const QString& title, const QString& text);

}  // namespace robocert::report::detail
