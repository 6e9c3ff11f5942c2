#include "robocert/report/plots.hpp"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "plot_frame.hpp"

namespace robocert::report {

namespace {

using detail::Frame;
using detail::LegendEntry;
using detail::plotNumber;
using detail::PlotStyle;

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kGrey(0x55, 0x55, 0x55);
const QColor kBarFill(0xc4, 0xc9, 0xd0);
const QColor kLimit(0x8a, 0x1c, 0x1c);  // dark red: still reads as dark on black-and-white

// ---- Markers (also the legend's symbols) ----

void openCircle(QPainter& p, const PlotStyle& s, QPointF c) {
  p.setPen(s.pen(0.6, kInk));
  p.setBrush(Qt::NoBrush);
  p.drawEllipse(c, 1.7 * s.pt, 1.7 * s.pt);
}
void cross(QPainter& p, const PlotStyle& s, QPointF c) {
  const double a = 4.0 * s.pt;
  p.setPen(s.pen(1.0, Qt::black));
  p.drawLine(c - QPointF(a, 0), c + QPointF(a, 0));
  p.drawLine(c - QPointF(0, a), c + QPointF(0, a));
}
void diamond(QPainter& p, const PlotStyle& s, QPointF c) {
  const double a = 3.2 * s.pt;
  p.setPen(s.pen(0.5, Qt::black));
  p.setBrush(Qt::black);
  p.drawPolygon(
      QPolygonF({c + QPointF(0, -a), c + QPointF(a, 0), c + QPointF(0, a), c + QPointF(-a, 0)}));
}
void xMark(QPainter& p, const PlotStyle& s, QPointF c) {
  const double a = 2.8 * s.pt;
  p.setPen(s.pen(1.0, Qt::black));
  p.drawLine(c + QPointF(-a, -a), c + QPointF(a, a));
  p.drawLine(c + QPointF(-a, a), c + QPointF(a, -a));
}
LegendEntry lineEntry(const PlotStyle& s, double widthPt, QColor colour, Qt::PenStyle style,
                      QString text, bool vertical = false) {
  return {[s, widthPt, colour, style, vertical](QPainter& p, const QRectF& r) {
            p.setPen(s.pen(widthPt, colour, style));
            if (vertical)
              p.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
            else
              p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
          },
          std::move(text)};
}

QString um() { return QStringLiteral("µm"); }

// The end of a ray from the plot's centre towards `dir` where it meets the plot rectangle
// shrunk by `inset`.
QPointF edgePoint(const QRectF& r, QPointF from, QPointF dir, double inset) {
  const QRectF in = r.adjusted(inset, inset, -inset, -inset);
  double t = 1e300;
  if (dir.x() > 0) t = std::min(t, (in.right() - from.x()) / dir.x());
  if (dir.x() < 0) t = std::min(t, (in.left() - from.x()) / dir.x());
  if (dir.y() > 0) t = std::min(t, (in.bottom() - from.y()) / dir.y());
  if (dir.y() < 0) t = std::min(t, (in.top() - from.y()) / dir.y());
  if (t == 1e300) t = 0.0;
  return from + dir * t;
}

}  // namespace

void paintPoseCloud(QPainter& p, const QRectF& area, const PoseCloud& cloud, Projection projection,
                    const PlotLabels& labels) {
  p.save();
  const PlotStyle s(p);
  const int b = projection == Projection::XY ? 1 : 2;
  const QString axisB = projection == Projection::XY ? QStringLiteral("y") : QStringLiteral("z");
  const QString title =
      QString::fromStdString(cloud.subject) + QStringLiteral(" · ") +
      (projection == Projection::XY ? QStringLiteral("XY") : QStringLiteral("XZ"));
  if (cloud.attained.empty()) {
    detail::paintNoData(p, s, area, title, labels.noData);
    p.restore();
    return;
  }
  Eigen::Vector3d g = Eigen::Vector3d::Zero();
  for (const auto& pose : cloud.attained) g += pose.positionMm;
  g /= static_cast<double>(cloud.attained.size());
  std::vector<QPointF> pts;  // µm about the barycentre
  for (const auto& pose : cloud.attained) {
    const Eigen::Vector3d d = (pose.positionMm - g) * 1000.0;
    pts.emplace_back(d[0], d[b]);
  }
  const Eigen::Vector3d c3 = (cloud.commanded.positionMm - g) * 1000.0;
  const QPointF cmd(c3[0], c3[b]);
  const double r = std::abs(cloud.rpLMm) * 1000.0;

  double extent = r;
  for (const QPointF& q : pts) extent = std::max({extent, std::abs(q.x()), std::abs(q.y())});
  if (extent <= 0.0) extent = 1.0;
  // A command far outside the cloud would shrink it to a dot: it is then an arrow at the edge.
  const double cmdDistance = std::hypot(cmd.x(), cmd.y());
  const bool farCommand = cmdDistance > 5.0 * extent;

  double x0 = -r, x1 = r, y0 = -r, y1 = r;
  for (const QPointF& q : pts) {
    x0 = std::min(x0, q.x()), x1 = std::max(x1, q.x());
    y0 = std::min(y0, q.y()), y1 = std::max(y1, q.y());
  }
  if (!farCommand) {
    x0 = std::min(x0, cmd.x()), x1 = std::max(x1, cmd.x());
    y0 = std::min(y0, cmd.y()), y1 = std::max(y1, cmd.y());
  }

  std::vector<LegendEntry> legend{
      {[s](QPainter& q, const QRectF& box) { openCircle(q, s, box.center()); },
       labels.attained + QStringLiteral(" (n = %1)").arg(cloud.attained.size())},
      {[s](QPainter& q, const QRectF& box) { cross(q, s, box.center()); }, labels.barycentre},
      {[s](QPainter& q, const QRectF& box) { diamond(q, s, box.center()); },
       labels.command + (farCommand
                             ? QStringLiteral(" (%1 %2)").arg(plotNumber(cmdDistance, 0), um())
                             : QString())},
  };
  // No repeatability yet (a live cloud during a run): no circle, and no "RP_l = 0" in the legend.
  if (r > 0.0)
    legend.push_back(
        lineEntry(s, 0.8, Qt::black, Qt::DashLine,
                  QStringLiteral("RP_l = %1 %2").arg(plotNumber(r, r < 10.0 ? 1 : 0), um())));
  const double legendH = detail::legendHeight(s, legend, area.width());
  QRectF plot = detail::plotRect(s, area, QStringLiteral("−0000"), 1, legendH);

  // Equal scales: the data box grows along one axis to the plot's aspect ratio.
  const double pad = 0.08;
  double w = (x1 - x0) * (1.0 + 2.0 * pad), h = (y1 - y0) * (1.0 + 2.0 * pad);
  w = std::max(w, 1e-9), h = std::max(h, 1e-9);
  const double scale = std::min(plot.width() / w, plot.height() / h);  // device units per µm
  const double cx = (x0 + x1) / 2.0, cy = (y0 + y1) / 2.0;
  Frame f;
  f.plot = plot;
  f.x0 = cx - plot.width() / scale / 2.0;
  f.x1 = cx + plot.width() / scale / 2.0;
  f.y0 = cy - plot.height() / scale / 2.0;
  f.y1 = cy + plot.height() / scale / 2.0;
  // One tick step for both axes, from the one with room for fewer ticks.
  const int xMax = std::max(2, static_cast<int>(plot.width() / (38.0 * s.pt)));
  const int yMax = std::max(2, static_cast<int>(plot.height() / (22.0 * s.pt)));
  const Ticks tx = niceTicks(f.x0, f.x1, xMax);
  const Ticks ty = niceTicks(f.y0, f.y1, yMax);
  const double step = std::max(tx.step, ty.step);
  const int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
  detail::paintAxes(p, s, f, detail::ticksInside(f.x0, f.x1, step), decimals,
                    detail::ticksInside(f.y0, f.y1, step), decimals,
                    QStringLiteral("Δx (%1)").arg(um()),
                    QStringLiteral("Δ%1 (%2)").arg(axisB, um()), title);

  p.save();
  p.setClipRect(plot);
  const QPointF origin = f.at(0.0, 0.0);
  p.setPen(s.pen(0.8, Qt::black, Qt::DashLine));
  p.setBrush(Qt::NoBrush);
  if (r > 0.0) p.drawEllipse(origin, r * scale, r * scale);
  for (const QPointF& q : pts) openCircle(p, s, f.at(q.x(), q.y()));
  cross(p, s, origin);
  if (!farCommand) {
    diamond(p, s, f.at(cmd.x(), cmd.y()));
  } else {
    // Device y grows downwards.
    const QPointF dir(cmd.x() / cmdDistance, -cmd.y() / cmdDistance);
    const QPointF tip = edgePoint(plot, origin, dir, 5.0 * s.pt);
    const QPointF tail = tip - dir * (14.0 * s.pt);
    p.setPen(s.pen(0.8, Qt::black));
    p.drawLine(tail, tip);
    const QPointF n(-dir.y(), dir.x());
    p.setBrush(Qt::black);
    p.drawPolygon(QPolygonF({tip, tip - dir * (4.0 * s.pt) + n * (2.0 * s.pt),
                             tip - dir * (4.0 * s.pt) - n * (2.0 * s.pt)}));
    diamond(p, s, tail);
  }
  p.restore();

  detail::paintLegend(p, s, legend,
                      QRectF(area.left(), area.bottom() - legendH, area.width(), legendH));
  p.restore();
}

void paintCharacteristicBars(QPainter& p, const QRectF& area, const std::vector<ResultRow>& rows,
                             const PlotLabels& labels) {
  p.save();
  const PlotStyle s(p);
  std::vector<const ResultRow*> bars;
  for (const ResultRow& r : rows)
    if (r.characteristic == rows.front().characteristic && r.unit == rows.front().unit)
      bars.push_back(&r);
  const QString unit =
      rows.empty() ? QString()
                   : QString::fromStdString(rows.front().unit == "deg" ? "°" : rows.front().unit);
  const QString name =
      rows.empty() ? QString() : QString::fromStdString(rows.front().characteristic);
  if (bars.empty()) {
    detail::paintNoData(p, s, area, name, labels.noData);
    p.restore();
    return;
  }
  double lo = 0.0, hi = 0.0;
  bool anyU = false, anyLimit = false, sameLimit = true;
  for (const ResultRow* r : bars) {
    const double u = r->expandedUncertainty.value_or(0.0);
    anyU = anyU || r->expandedUncertainty.has_value();
    lo = std::min({lo, r->value - u, r->value});
    hi = std::max({hi, r->value + u, r->value});
    if (r->limit) {
      lo = std::min(lo, *r->limit), hi = std::max(hi, *r->limit);
      anyLimit = true;
    }
    if (r->limit != bars.front()->limit) sameLimit = false;
  }
  if (hi == lo) hi = lo + 1.0;
  hi += (hi - lo) * 0.06;
  if (lo < 0.0) lo -= (hi - lo) * 0.06;

  std::vector<LegendEntry> legend{{[s](QPainter& q, const QRectF& box) {
                                     q.setPen(s.pen(0.5, kInk));
                                     q.setBrush(kBarFill);
                                     q.drawRect(
                                         box.adjusted(box.width() * 0.2, 0, -box.width() * 0.2, 0));
                                   },
                                   name}};
  if (anyU)
    legend.push_back(
        {[s](QPainter& q, const QRectF& box) {
           q.setPen(s.pen(0.7, Qt::black));
           const double x = box.center().x();
           q.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()));
           q.drawLine(QPointF(x - 2 * s.pt, box.top()), QPointF(x + 2 * s.pt, box.top()));
           q.drawLine(QPointF(x - 2 * s.pt, box.bottom()), QPointF(x + 2 * s.pt, box.bottom()));
         },
         QStringLiteral("U (k = 2)")});
  if (anyLimit) legend.push_back(lineEntry(s, 1.0, kLimit, Qt::DashLine, labels.limit));
  const double legendH = detail::legendHeight(s, legend, area.width());

  int lines = 1;
  for (const ResultRow* r : bars)
    lines = std::max<int>(
        lines, static_cast<int>(
                   QString::fromStdString(r->subject).split(u' ', Qt::SkipEmptyParts).size()));
  lines = std::min(lines, 3);
  const Ticks ty = niceTicks(lo, hi, 5);
  QString widest;
  for (double v : ty.values)
    if (plotNumber(v, ty.decimals).size() > widest.size()) widest = plotNumber(v, ty.decimals);
  const QRectF plot = detail::plotRect(s, area, widest, lines, legendH, false);
  Frame f;
  f.plot = plot;
  f.x0 = 0.0;
  f.x1 = static_cast<double>(bars.size());
  f.y0 = ty.first;
  f.y1 = ty.last;
  detail::paintAxes(p, s, f, {}, 0, ty.values, ty.decimals, QString(),
                    unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit), QString());

  const double slot = plot.width() / static_cast<double>(bars.size());
  const double tickH = s.lineHeight(s.tickFont);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const ResultRow& r = *bars[i];
    const double xc = plot.left() + slot * (static_cast<double>(i) + 0.5);
    const double bw = std::min(slot * 0.55, 28.0 * s.pt);
    const double y0 = f.py(0.0), yv = f.py(r.value);
    p.setPen(s.pen(0.5, kInk));
    p.setBrush(kBarFill);
    p.drawRect(
        QRectF(QPointF(xc - bw / 2.0, std::min(y0, yv)), QPointF(xc + bw / 2.0, std::max(y0, yv))));
    if (r.expandedUncertainty) {
      const double u = *r.expandedUncertainty;
      const double ya = f.py(r.value - u), yb = f.py(r.value + u);
      const double cap = std::min(bw * 0.3, 3.0 * s.pt);
      p.setPen(s.pen(0.7, Qt::black));
      p.drawLine(QPointF(xc, ya), QPointF(xc, yb));
      p.drawLine(QPointF(xc - cap, ya), QPointF(xc + cap, ya));
      p.drawLine(QPointF(xc - cap, yb), QPointF(xc + cap, yb));
    }
    if (r.limit && !sameLimit) {
      p.setPen(s.pen(1.0, kLimit, Qt::DashLine));
      p.drawLine(QPointF(xc - slot * 0.45, f.py(*r.limit)),
                 QPointF(xc + slot * 0.45, f.py(*r.limit)));
    }
    // The subject under its bar, a word a line ("P1", "v100", "dir 2" stays whole).
    QStringList words = QString::fromStdString(r.subject).split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 3) {
      const QString rest = QStringList(words.mid(2)).join(u' ');
      words = QStringList{words[0], words[1], rest};
    }
    p.setFont(s.tickFont);
    p.setPen(Qt::black);
    for (int k = 0; k < words.size(); ++k)
      p.drawText(QRectF(xc - slot / 2.0, plot.bottom() + 2.0 * s.pt + k * tickH, slot, tickH),
                 Qt::AlignCenter, words[k]);
  }
  if (anyLimit && sameLimit) {
    const double y = f.py(*bars.front()->limit);
    p.setPen(s.pen(1.0, kLimit, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    p.setFont(s.labelFont);
    const QString text = QStringLiteral("%1 %2 %3")
                             .arg(labels.limit, QString::number(*bars.front()->limit, 'g', 6), unit)
                             .trimmed();
    const double th = s.lineHeight(s.labelFont);
    p.setPen(kLimit);
    p.drawText(QRectF(plot.left(), y - th - 1.0 * s.pt, plot.width() - 3.0 * s.pt, th),
               Qt::AlignRight | Qt::AlignBottom, text);
  }
  detail::paintLegend(p, s, legend,
                      QRectF(area.left(), area.bottom() - legendH, area.width(), legendH));
  p.restore();
}

void paintDistanceHistogram(QPainter& p, const QRectF& area, const DistanceSeries& series,
                            const PlotLabels& labels) {
  p.save();
  const PlotStyle s(p);
  const QString title = QString::fromStdString(series.subject);
  if (series.measuredMm.empty()) {
    detail::paintNoData(p, s, area, title, labels.noData);
    p.restore();
    return;
  }
  std::vector<double> e;  // µm
  for (double d : series.measuredMm) e.push_back((d - series.commandedMm) * 1000.0);
  const auto [minIt, maxIt] = std::minmax_element(e.begin(), e.end());
  const double mean = std::accumulate(e.begin(), e.end(), 0.0) / static_cast<double>(e.size());
  // Sturges: 1 + log2(n) bins, widened to a round width.
  const int bins = 1 + static_cast<int>(std::ceil(std::log2(static_cast<double>(e.size()))));
  const Ticks binTicks = niceTicks(*minIt, *maxIt, std::max(bins, 1));
  const double width = binTicks.step;
  const double start = binTicks.first;
  const auto nBins =
      static_cast<std::size_t>(std::max<long>(1, std::lround((binTicks.last - start) / width)));
  std::vector<int> counts(nBins, 0);
  for (double v : e) {
    auto k = static_cast<long>(std::floor((v - start) / width));
    k = std::clamp<long>(k, 0, static_cast<long>(nBins) - 1);  // the last bin is closed
    ++counts[static_cast<std::size_t>(k)];
  }
  const int maxCount = *std::max_element(counts.begin(), counts.end());

  // The command (0) and the mean inside the frame, not on it.
  const double xlo = std::min({start, 0.0, mean}), xhi = std::max({binTicks.last, 0.0, mean});
  const double margin = 0.04 * (xhi - xlo);
  const Ticks tx = niceTicks(xlo - margin, xhi + margin, 6);
  Ticks ty = niceTicks(0.0, maxCount, 5);
  if (ty.step < 1.0) ty = niceTicks(0.0, std::max(maxCount, 1), std::max(maxCount, 1));

  std::vector<LegendEntry> legend{
      {[s](QPainter& q, const QRectF& box) {
         q.setPen(s.pen(0.5, kInk));
         q.setBrush(kBarFill);
         q.drawRect(box.adjusted(0, box.height() * 0.2, 0, 0));
       },
       labels.count},
      lineEntry(
          s, 1.0, Qt::black, Qt::DashLine,
          QStringLiteral("%1 D_c = %2 mm").arg(labels.command, plotNumber(series.commandedMm, 3)),
          true),
      lineEntry(s, 1.2, Qt::black, Qt::SolidLine,
                QStringLiteral("%1 %2 %3").arg(labels.mean, plotNumber(mean, 1), um()), true),
  };
  const double legendH = detail::legendHeight(s, legend, area.width());
  const QRectF plot = detail::plotRect(s, area, plotNumber(ty.last, 0), 1, legendH);
  Frame f;
  f.plot = plot;
  f.x0 = tx.first;
  f.x1 = tx.last;
  f.y0 = 0.0;
  f.y1 = ty.last;
  detail::paintAxes(p, s, f, tx.values, tx.decimals, ty.values, 0, labels.deviationFromCommand,
                    labels.count, title);
  p.setPen(s.pen(0.5, kInk));
  p.setBrush(kBarFill);
  for (std::size_t k = 0; k < nBins; ++k) {
    if (counts[k] == 0) continue;
    const double a = start + width * static_cast<double>(k);
    p.drawRect(QRectF(f.at(a, counts[k]), f.at(a + width, 0.0)));
  }
  p.setPen(s.pen(1.0, Qt::black, Qt::DashLine));
  p.drawLine(f.at(0.0, f.y0), f.at(0.0, f.y1));
  p.setPen(s.pen(1.2, Qt::black));
  p.drawLine(f.at(mean, f.y0), f.at(mean, f.y1));
  detail::paintLegend(p, s, legend,
                      QRectF(area.left(), area.bottom() - legendH, area.width(), legendH));
  p.restore();
}

void paintEnduranceTimeline(QPainter& p, const QRectF& area, const EnduranceTimeline& t,
                            const PlotLabels& labels) {
  p.save();
  const PlotStyle s(p);
  const QString title = QString::fromStdString(t.subject);
  if (!(t.testHours > 0.0)) {
    detail::paintNoData(p, s, area, title, labels.noData);
    p.restore();
    return;
  }
  std::vector<double> times;
  for (const auto& [hours, what] : t.failures) times.push_back(hours);
  std::sort(times.begin(), times.end());
  const auto r = static_cast<double>(times.size());

  double xhi = t.testHours;
  if (t.mtbfHours) xhi = std::max(xhi, *t.mtbfHours);
  if (t.mtbfLowerHours) xhi = std::max(xhi, *t.mtbfLowerHours);
  const Ticks tx = niceTicks(0.0, xhi * 1.04, 7);
  const Ticks ty = niceTicks(0.0, std::max(r, 1.0) + 1.0, static_cast<int>(std::max(r, 1.0)) + 1);
  const QString confidence = plotNumber(
      t.confidence * 100.0, t.confidence * 100.0 == std::round(t.confidence * 100.0) ? 0 : 1);

  std::vector<LegendEntry> legend{
      lineEntry(s, 1.1, Qt::black, Qt::SolidLine, labels.failures),
      {[s](QPainter& q, const QRectF& box) { xMark(q, s, box.center()); },
       QStringLiteral("%1 (r = %2)").arg(labels.failure, QString::number(times.size()))},
      lineEntry(s, 0.9, kGrey, Qt::SolidLine,
                QStringLiteral("%1: %2 h, %3 %4")
                    .arg(labels.endOfTest, plotNumber(t.testHours, t.testHours < 100 ? 1 : 0))
                    .arg(t.cycles)
                    .arg(labels.cycles),
                true),
  };
  if (t.mtbfHours)
    legend.push_back(
        lineEntry(s, 1.0, Qt::black, Qt::DashLine,
                  QStringLiteral("%1 %2 h").arg(labels.mtbf, plotNumber(*t.mtbfHours, 0)), true));
  if (t.mtbfLowerHours)
    legend.push_back(
        lineEntry(s, 1.0, Qt::black, Qt::DotLine,
                  QStringLiteral("%1 (%2 %) %3 h")
                      .arg(labels.lowerBound, confidence, plotNumber(*t.mtbfLowerHours, 0)),
                  true));
  const double legendH = detail::legendHeight(s, legend, area.width());
  const QRectF plot = detail::plotRect(s, area, plotNumber(ty.last, 0), 1, legendH);
  Frame f;
  f.plot = plot;
  f.x0 = tx.first;
  f.x1 = tx.last;
  f.y0 = 0.0;
  f.y1 = ty.last;
  // The tested span, lightly shaded.
  p.fillRect(QRectF(f.at(0.0, f.y1), f.at(t.testHours, f.y0)), QColor(0xf0, 0xf0, 0xf0));
  detail::paintAxes(p, s, f, tx.values, tx.decimals, ty.values, 0, labels.testHours,
                    labels.failures, title);
  // Cumulative failures: a step at each failure.
  QPainterPath path(f.at(0.0, 0.0));
  double count = 0.0;
  for (double h : times) {
    path.lineTo(f.at(h, count));
    count += 1.0;
    path.lineTo(f.at(h, count));
  }
  path.lineTo(f.at(t.testHours, count));
  p.setPen(s.pen(1.1, Qt::black));
  p.setBrush(Qt::NoBrush);
  p.drawPath(path);
  p.setFont(s.tickFont);
  const double th = s.lineHeight(s.tickFont);
  for (std::size_t i = 0; i < times.size(); ++i) {
    const QPointF c = f.at(times[i], static_cast<double>(i + 1));
    xMark(p, s, c);
    p.setPen(Qt::black);
    p.drawText(QRectF(c.x() + 3.0 * s.pt, c.y() - th - 1.0 * s.pt, 20.0 * s.pt, th),
               Qt::AlignLeft | Qt::AlignBottom, QString::number(i + 1));
  }
  const auto vertical = [&](double x, const QPen& pen) {
    p.setPen(pen);
    p.drawLine(f.at(x, f.y0), f.at(x, f.y1));
  };
  vertical(t.testHours, s.pen(0.9, kGrey));
  if (t.mtbfHours) vertical(*t.mtbfHours, s.pen(1.0, Qt::black, Qt::DashLine));
  if (t.mtbfLowerHours) vertical(*t.mtbfLowerHours, s.pen(1.0, Qt::black, Qt::DotLine));
  detail::paintLegend(p, s, legend,
                      QRectF(area.left(), area.bottom() - legendH, area.width(), legendH));
  p.restore();
}

}  // namespace robocert::report
