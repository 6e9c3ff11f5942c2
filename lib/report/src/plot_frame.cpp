#include "plot_frame.hpp"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <algorithm>
#include <cmath>

namespace robocert::report {

Ticks niceTicks(double low, double high, int maxTicks) {
  maxTicks = std::max(maxTicks, 1);
  if (!std::isfinite(low) || !std::isfinite(high)) low = 0.0, high = 1.0;
  if (low > high) std::swap(low, high);
  if (high == low) {
    const double magnitude =
        low == 0.0 ? 1.0 : std::pow(10.0, std::floor(std::log10(std::abs(low))));
    low -= magnitude;
    high += magnitude;
  }
  const double rough = (high - low) / maxTicks;
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  // A little tolerance so a bound that is a multiple of the step up to rounding stays one.
  constexpr double kEps = 1e-9;
  Ticks t;
  for (double scale = power;; scale *= 10.0) {
    bool found = false;
    for (const double m : {1.0, 2.0, 5.0}) {
      const double step = m * scale;
      const double first = std::floor(low / step + kEps);
      const double last = std::ceil(high / step - kEps);
      if (last - first <= maxTicks) {
        t.step = step;
        t.first = first * step;
        t.last = last * step;
        found = true;
        break;
      }
    }
    if (found) break;
  }
  t.decimals = std::max(0, -static_cast<int>(std::floor(std::log10(t.step) + kEps)));
  const auto n = static_cast<int>(std::lround((t.last - t.first) / t.step));
  for (int i = 0; i <= n; ++i) {
    const double v = std::round(t.first / t.step + i) * t.step;
    t.values.push_back(v == 0.0 ? 0.0 : v);  // no -0
  }
  return t;
}

namespace detail {

PlotStyle::PlotStyle(const QPainter& painter) {
  device = painter.device();
  pt = device ? device->logicalDpiY() / 72.0 : 1.0;
  tickFont = painter.font();
  tickFont.setPointSizeF(6.5);
  tickFont.setBold(false);
  // Unshaped text reads back from a PDF as typed (no ligatures, no substituted digits).
  tickFont.setStyleStrategy(QFont::PreferNoShaping);
  labelFont = tickFont;
  labelFont.setPointSizeF(7.0);
  titleFont = tickFont;
  titleFont.setPointSizeF(7.5);
  titleFont.setBold(true);
}

QPen PlotStyle::pen(double widthPt, const QColor& colour, Qt::PenStyle style) const {
  QPen p(colour, widthPt * pt, style);
  p.setCapStyle(Qt::FlatCap);
  p.setJoinStyle(Qt::MiterJoin);
  return p;
}

double PlotStyle::textWidth(const QFont& font, const QString& text) const {
  return QFontMetricsF(font, device).horizontalAdvance(text);
}

double PlotStyle::lineHeight(const QFont& font) const {
  return QFontMetricsF(font, device).height();
}

QString plotNumber(double value, int decimals) {
  QString s = QString::number(value, 'f', std::max(decimals, 0));
  if (s.startsWith(u'-')) {
    bool allZero = true;
    for (const QChar c : s.mid(1))
      if (c != u'0' && c != u'.') allZero = false;
    s = allZero ? s.mid(1) : QChar(0x2212) + s.mid(1);
  }
  return s;
}

std::vector<double> ticksInside(double low, double high, double step) {
  std::vector<double> out;
  if (!(step > 0.0) || !(high >= low)) return out;
  for (double k = std::ceil(low / step - 1e-9); k * step <= high + 1e-9 * step; k += 1.0)
    out.push_back(k == 0.0 ? 0.0 : k * step);
  return out;
}

namespace {

struct LegendLayout {
  std::vector<std::vector<std::size_t>> rows;
  double rowHeight = 0.0;
  double symbol = 0.0;
  double gap = 0.0;
};

LegendLayout layoutLegend(const PlotStyle& style, const std::vector<LegendEntry>& entries,
                          double width) {
  LegendLayout l;
  l.rowHeight = style.lineHeight(style.labelFont);
  l.symbol = 8.0 * style.pt;
  l.gap = 9.0 * style.pt;
  double x = 0.0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const double w = l.symbol + 3.0 * style.pt + style.textWidth(style.labelFont, entries[i].text);
    if (l.rows.empty() || (x > 0.0 && x + w > width)) {
      l.rows.emplace_back();
      x = 0.0;
    }
    l.rows.back().push_back(i);
    x += w + l.gap;
  }
  return l;
}

}  // namespace

double legendHeight(const PlotStyle& style, const std::vector<LegendEntry>& entries, double width) {
  if (entries.empty()) return 0.0;
  const LegendLayout l = layoutLegend(style, entries, width);
  return static_cast<double>(l.rows.size()) * l.rowHeight;
}

void paintLegend(QPainter& p, const PlotStyle& style, const std::vector<LegendEntry>& entries,
                 const QRectF& area) {
  const LegendLayout l = layoutLegend(style, entries, area.width());
  p.save();
  p.setFont(style.labelFont);
  double y = area.top();
  for (const auto& row : l.rows) {
    double rowWidth = 0.0;
    for (std::size_t i : row)
      rowWidth += l.symbol + 3.0 * style.pt + style.textWidth(style.labelFont, entries[i].text) +
                  (rowWidth > 0.0 ? l.gap : 0.0);
    double x = area.left() + std::max(0.0, (area.width() - rowWidth) / 2.0);
    for (std::size_t i : row) {
      const QRectF box(x, y + (l.rowHeight - l.symbol) / 2.0, l.symbol, l.symbol);
      p.save();
      entries[i].symbol(p, box);
      p.restore();
      x += l.symbol + 3.0 * style.pt;
      const double w = style.textWidth(style.labelFont, entries[i].text);
      p.setPen(Qt::black);
      p.drawText(QRectF(x, y, w + style.pt, l.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                 entries[i].text);
      x += w + l.gap;
    }
    y += l.rowHeight;
  }
  p.restore();
}

QRectF plotRect(const PlotStyle& style, const QRectF& area, const QString& widestYLabel,
                int xLabelLines, double legendHeightDevice, bool xTitle) {
  const double tick = style.lineHeight(style.tickFont);
  const double label = style.lineHeight(style.labelFont);
  const double title = style.lineHeight(style.titleFont);
  const double left =
      label + 4.0 * style.pt + style.textWidth(style.tickFont, widestYLabel) + 3.0 * style.pt;
  const double bottom = xLabelLines * tick + 3.0 * style.pt + (xTitle ? label : 0.0) +
                        2.0 * style.pt +
                        (legendHeightDevice > 0.0 ? legendHeightDevice + 3.0 * style.pt : 0.0);
  const double top = title + 4.0 * style.pt;
  const double right = 6.0 * style.pt;
  return QRectF(area.left() + left, area.top() + top, std::max(area.width() - left - right, 1.0),
                std::max(area.height() - top - bottom, 1.0));
}

void paintAxes(QPainter& p, const PlotStyle& style, const Frame& f,
               const std::vector<double>& xTicks, int xDecimals, const std::vector<double>& yTicks,
               int yDecimals, const QString& xTitle, const QString& yTitle, const QString& title) {
  p.save();
  const QRectF& r = f.plot;
  const double tickLen = 2.5 * style.pt;
  // Grid first, then the frame over it.
  p.setPen(style.pen(0.35, QColor(0xc8, 0xc8, 0xc8), Qt::SolidLine));
  for (double x : xTicks) p.drawLine(QPointF(f.px(x), r.top()), QPointF(f.px(x), r.bottom()));
  for (double y : yTicks) p.drawLine(QPointF(r.left(), f.py(y)), QPointF(r.right(), f.py(y)));
  p.setPen(style.pen(0.6));
  p.setBrush(Qt::NoBrush);
  p.drawRect(r);
  p.setFont(style.tickFont);
  const double tickH = style.lineHeight(style.tickFont);
  for (double x : xTicks) {
    p.drawLine(QPointF(f.px(x), r.bottom()), QPointF(f.px(x), r.bottom() - tickLen));
    const QString s = plotNumber(x, xDecimals);
    const double w = style.textWidth(style.tickFont, s);
    p.drawText(QRectF(f.px(x) - w / 2.0 - style.pt, r.bottom() + 2.0 * style.pt, w + 2.0 * style.pt,
                      tickH),
               Qt::AlignCenter, s);
  }
  double widest = 0.0;
  for (double y : yTicks) {
    p.drawLine(QPointF(r.left(), f.py(y)), QPointF(r.left() + tickLen, f.py(y)));
    const QString s = plotNumber(y, yDecimals);
    const double w = style.textWidth(style.tickFont, s);
    widest = std::max(widest, w);
    p.drawText(QRectF(r.left() - w - 3.0 * style.pt - style.pt, f.py(y) - tickH / 2.0, w + style.pt,
                      tickH),
               Qt::AlignRight | Qt::AlignVCenter, s);
  }
  p.setFont(style.labelFont);
  const double labelH = style.lineHeight(style.labelFont);
  if (!xTitle.isEmpty()) {
    const double top =
        r.bottom() + 2.0 * style.pt + (xTicks.empty() ? 0.0 : tickH) + 1.0 * style.pt;
    p.drawText(QRectF(r.left(), top, r.width(), labelH), Qt::AlignCenter, xTitle);
  }
  if (!yTitle.isEmpty()) {
    p.save();
    const double x = r.left() - widest - 3.0 * style.pt - 2.0 * style.pt - labelH;
    p.translate(x, r.center().y());
    p.rotate(-90.0);
    p.drawText(QRectF(-r.height() / 2.0, 0.0, r.height(), labelH), Qt::AlignCenter, yTitle);
    p.restore();
  }
  if (!title.isEmpty()) {
    p.setFont(style.titleFont);
    const double h = style.lineHeight(style.titleFont);
    p.drawText(QRectF(r.left(), r.top() - h - 3.0 * style.pt, r.width(), h),
               Qt::AlignLeft | Qt::AlignBottom, title);
  }
  p.restore();
}

void paintNoData(QPainter& p, const PlotStyle& style, const QRectF& area, const QString& title,
                 const QString& text) {
  p.save();
  const double h = style.lineHeight(style.titleFont);
  const QRectF r(area.left(), area.top() + h + 4.0 * style.pt, area.width(),
                 std::max(area.height() - h - 4.0 * style.pt, 1.0));
  p.setPen(style.pen(0.6));
  p.setBrush(Qt::NoBrush);
  p.drawRect(r);
  p.setFont(style.titleFont);
  p.drawText(QRectF(area.left(), area.top(), area.width(), h), Qt::AlignLeft | Qt::AlignBottom,
             title);
  p.setFont(style.labelFont);
  p.setPen(QColor(0x55, 0x55, 0x55));
  p.drawText(r, Qt::AlignCenter, text);
  p.restore();
}

}  // namespace detail
}  // namespace robocert::report
