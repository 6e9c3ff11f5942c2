#include "plot_widgets.hpp"

#include <QPaintEvent>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace robocert::studio {

// ---- SampleRing ------------------------------------------------------------------------------

SampleRing::SampleRing(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {}

void SampleRing::push(std::span<const devices::PoseSample> samples) {
  std::lock_guard lock(m_);
  for (const devices::PoseSample& s : samples) {
    if (!first_) first_ = s;
    if (!ring_.empty() && s.seq > ring_.back().seq + 1) lost_ += s.seq - ring_.back().seq - 1;
    ring_.push_back(s);
    if (ring_.size() > capacity_) ring_.pop_front();
    ++received_;
  }
}

void SampleRing::clear() {
  std::lock_guard lock(m_);
  ring_.clear();
  first_.reset();
  received_ = 0;
  lost_ = 0;
}

SampleRing::Snapshot SampleRing::snapshot(std::size_t newest) const {
  std::lock_guard lock(m_);
  const std::size_t n = std::min(newest, ring_.size());
  return {{ring_.end() - static_cast<std::ptrdiff_t>(n), ring_.end()}, first_, received_, lost_};
}

std::uint64_t SampleRing::received() const {
  std::lock_guard lock(m_);
  return received_;
}

// ---- StreamChart -----------------------------------------------------------------------------

namespace {

// Points (1/72 in) to device pixels, as plots.hpp sizes its text and lines.
double pt(const QPainter& p, double points) { return points * p.device()->logicalDpiY() / 72.0; }

struct Trace {
  int axis;
  QColor colour;
  Qt::PenStyle style;
  const char* name;
};

}  // namespace

StreamChart::StreamChart(std::shared_ptr<SampleRing> ring, QWidget* parent)
    : QWidget(parent), ring_(std::move(ring)) {
  setMinimumSize(320, 180);
  setAttribute(Qt::WA_OpaquePaintEvent);  // paints every pixel: nothing beneath is redrawn
  timer_.setInterval(kPlotRedrawMs);
  connect(&timer_, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void StreamChart::setRunning(bool on) {
  if (on)
    timer_.start();
  else
    timer_.stop();
  update();
}

void StreamChart::setIdleText(const QString& text) {
  idleText_ = text;
  update();
}

void StreamChart::paintEvent(QPaintEvent*) {
  ++paints_;
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), Qt::white);
  QFont font = p.font();
  font.setPointSizeF(7.5);
  p.setFont(font);
  const QFontMetricsF fm(font);
  const QRectF plot = QRectF(rect()).adjusted(fm.horizontalAdvance(QStringLiteral("-00000.0")) + 8,
                                              fm.height() * 1.8, -10, -fm.height() * 2.2);
  p.setPen(QPen(Qt::black, pt(p, 0.5)));
  p.drawRect(plot);

  // Only what the window can show (at most 1 kHz over it, with a margin): the copy made under
  // the producer's lock stays small.
  const SampleRing::Snapshot snap =
      ring_->snapshot(static_cast<std::size_t>(windowS_ * 1200.0) + 16);
  if (snap.samples.size() < 2 || !snap.first) {
    p.drawText(plot, Qt::AlignCenter, idleText_.isEmpty() ? tr("no stream") : idleText_);
    return;
  }
  // The window ends at the newest sample; x is seconds before it (instrument time).
  const std::int64_t endNs = snap.samples.back().tNs;
  const double windowS = windowS_;
  auto firstIn = std::lower_bound(
      snap.samples.begin(), snap.samples.end(), endNs - static_cast<std::int64_t>(windowS * 1e9),
      [](const devices::PoseSample& s, std::int64_t t) { return s.tNs < t; });
  const double* ref = snap.first->pose.positionMm.data();
  // Deviations (µm) and times (s before the newest) once, as plain arrays.
  const auto n = static_cast<std::size_t>(snap.samples.end() - firstIn);
  std::vector<double> dev(3 * n), ts(n);
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (std::size_t i = 0; i < n; ++i) {
    const devices::PoseSample& smp = *(firstIn + static_cast<std::ptrdiff_t>(i));
    const double* pos = smp.pose.positionMm.data();
    ts[i] = static_cast<double>(smp.tNs - endNs) * 1e-9;
    for (std::size_t a = 0; a < 3; ++a) {
      const double um = (pos[a] - ref[a]) * 1000.0;
      dev[3 * i + a] = um;
      lo = std::min(lo, um);
      hi = std::max(hi, um);
    }
  }
  const report::Ticks yt = report::niceTicks(lo, hi, 6);
  const report::Ticks xt = report::niceTicks(-windowS, 0.0, 5);
  auto xOf = [&](double s) { return plot.left() + (s + windowS) / windowS * plot.width(); };
  auto yOf = [&](double um) {
    return plot.bottom() - (um - yt.first) / (yt.last - yt.first) * plot.height();
  };
  p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), pt(p, 0.3)));
  for (double v : yt.values)
    p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
  p.setPen(Qt::black);
  for (double v : yt.values)
    p.drawText(QRectF(0, yOf(v) - fm.height() / 2, plot.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'f', yt.decimals));
  for (double v : xt.values) {
    if (v < -windowS - 1e-9) continue;
    p.drawText(QRectF(xOf(v) - 30, plot.bottom() + 2, 60, fm.height()), Qt::AlignCenter,
               QString::number(v, 'f', xt.decimals));
  }
  p.drawText(QRectF(plot.left(), plot.bottom() + fm.height(), plot.width(), fm.height() * 1.2),
             Qt::AlignCenter, tr("time before the newest sample (s)"));
  p.drawText(QRectF(plot.left(), 0, plot.width(), fm.height() * 1.6),
             Qt::AlignLeft | Qt::AlignVCenter,
             tr("deviation from the first sample (µm) · %1 samples, %2 lost")
                 .arg(snap.received)
                 .arg(snap.lost));

  // Per pixel column the minimum and maximum of the samples in it: the picture of thousands of
  // samples without drawing each.
  const Trace traces[] = {{0, QColor(0x1f, 0x5f, 0xbf), Qt::SolidLine, "x"},
                          {1, QColor(0xc0, 0x39, 0x2b), Qt::DashLine, "y"},
                          {2, QColor(0x27, 0x8a, 0x4a), Qt::DotLine, "z"}};
  p.save();
  p.setClipRect(plot);
  // Aliased polylines: antialiased dashed strokes cost the GUI thread milliseconds per frame.
  p.setRenderHint(QPainter::Antialiasing, false);
  const int columns = std::max(1, static_cast<int>(plot.width()));
  for (const Trace& t : traces) {
    QPolygonF line;
    int col = -1;
    double cmin = 0, cmax = 0;
    auto flush = [&] {
      if (col < 0) return;
      const double x = plot.left() + col;
      line << QPointF(x, yOf(cmin));
      if (cmax != cmin) line << QPointF(x, yOf(cmax));
    };
    for (std::size_t i = 0; i < n; ++i) {
      const int c =
          std::clamp(static_cast<int>((ts[i] + windowS) / windowS * columns), 0, columns - 1);
      const double um = dev[3 * i + static_cast<std::size_t>(t.axis)];
      if (c != col) {
        flush();
        col = c;
        cmin = cmax = um;
      } else {
        cmin = std::min(cmin, um);
        cmax = std::max(cmax, um);
      }
    }
    flush();
    // A cosmetic 1-pixel pen: the raster engine draws it directly, where a wider dashed pen
    // is stroked into a path first (tens of ms for a few thousand points).
    QPen pen(t.colour, 1.0, t.style);
    pen.setCosmetic(true);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(line);
  }
  p.restore();
  // Legend (dash patterns as well as colours: readable in monochrome).
  double lx = plot.right() - fm.horizontalAdvance(QStringLiteral("x ———  y ———  z ——— ")) - 6;
  for (const Trace& t : traces) {
    p.setPen(QPen(t.colour, pt(p, 1.0), t.style));
    const double y = fm.height() * 0.8;
    p.drawLine(QPointF(lx + fm.horizontalAdvance(QStringLiteral("x ")), y),
               QPointF(lx + fm.horizontalAdvance(QStringLiteral("x ———")), y));
    p.setPen(Qt::black);
    p.drawText(QPointF(lx, y + fm.ascent() / 2 - 1), QString::fromLatin1(t.name));
    lx += fm.horizontalAdvance(QStringLiteral("x ———  "));
  }
}

// ---- MeasurementBuffer -----------------------------------------------------------------------

MeasurementBuffer::MeasurementBuffer(std::size_t perPoseCapacity)
    : capacity_(std::max<std::size_t>(perPoseCapacity, 1)) {}

void MeasurementBuffer::push(const store::PoseMeasurement& m) {
  const std::string subject = m.pose + (m.series.empty() ? std::string{} : " " + m.series) +
                              (m.direction != 1 ? " dir " + std::to_string(m.direction) : "");
  std::lock_guard lock(m_);
  auto [it, added] = clouds_.try_emplace(subject);
  if (added) {
    it->second.subject = subject;
    it->second.commanded = m.commanded;
  }
  it->second.attained.push_back(m.attained);
  if (it->second.attained.size() > capacity_)
    it->second.attained.erase(it->second.attained.begin());
  std::erase(order_, subject);
  order_.push_back(subject);  // the pose measured last comes last
  ++version_;
}

void MeasurementBuffer::clear() {
  std::lock_guard lock(m_);
  clouds_.clear();
  order_.clear();
  ++version_;
}

std::vector<report::PoseCloud> MeasurementBuffer::clouds() const {
  std::lock_guard lock(m_);
  std::vector<report::PoseCloud> out;
  for (const std::string& s : order_) out.push_back(clouds_.at(s));
  return out;
}

std::uint64_t MeasurementBuffer::version() const {
  std::lock_guard lock(m_);
  return version_;
}

// ---- LivePoseCloud ---------------------------------------------------------------------------

LivePoseCloud::LivePoseCloud(std::shared_ptr<MeasurementBuffer> buffer, QWidget* parent)
    : QWidget(parent), buffer_(std::move(buffer)) {
  setMinimumSize(240, 200);
  setAttribute(Qt::WA_OpaquePaintEvent);
  timer_.setInterval(kPlotRedrawMs);
  connect(&timer_, &QTimer::timeout, this, &LivePoseCloud::poll);
  timer_.start();
}

void LivePoseCloud::poll() {
  const std::uint64_t v = buffer_->version();
  if (v == seen_) return;
  seen_ = v;
  const std::size_t before = clouds_.size();
  clouds_ = buffer_->clouds();
  if (clouds_.size() != before) emit subjectsChanged();
  update();
}

void LivePoseCloud::setSubject(const std::string& subject) {
  subject_ = subject;
  update();
}

void LivePoseCloud::setProjection(report::Projection p) {
  projection_ = p;
  update();
}

std::vector<std::string> LivePoseCloud::subjects() const {
  std::vector<std::string> out;
  for (const auto& c : clouds_) out.push_back(c.subject);
  std::sort(out.begin(), out.end());
  return out;
}

void LivePoseCloud::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), Qt::white);
  const report::PlotLabels labels = translatedPlotLabels();
  const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
  const report::PoseCloud* cloud = clouds_.empty() ? nullptr : &clouds_.back();
  if (!subject_.empty()) {
    cloud = nullptr;
    for (const auto& c : clouds_)
      if (c.subject == subject_) cloud = &c;
  }
  report::PoseCloud empty;
  empty.subject = tr("waiting for measurements").toStdString();
  report::paintPoseCloud(p, area, cloud ? *cloud : empty, projection_, labels);
}

// ---- ReportPlot ------------------------------------------------------------------------------

report::PlotLabels translatedPlotLabels() {
  report::PlotLabels l;
  l.attained = ReportPlot::tr("attained");
  l.barycentre = ReportPlot::tr("barycentre");
  l.command = ReportPlot::tr("command");
  l.limit = ReportPlot::tr("limit");
  l.count = ReportPlot::tr("count");
  l.mean = ReportPlot::tr("mean");
  l.testHours = ReportPlot::tr("test time (h)");
  l.failures = ReportPlot::tr("cumulative failures");
  l.failure = ReportPlot::tr("failure");
  l.endOfTest = ReportPlot::tr("end of test");
  l.mtbf = ReportPlot::tr("MTBF");
  l.lowerBound = ReportPlot::tr("lower bound");
  l.cycles = ReportPlot::tr("cycles");
  l.deviationFromCommand = ReportPlot::tr("D − D_c (µm)");
  l.noData = ReportPlot::tr("no data");
  return l;
}

ReportPlot::ReportPlot(Painter painter, QWidget* parent)
    : QWidget(parent), painter_(std::move(painter)) {
  setMinimumSize(280, 220);
  setAttribute(Qt::WA_OpaquePaintEvent);
}

void ReportPlot::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), Qt::white);
  if (painter_) painter_(p, QRectF(rect()).adjusted(4, 4, -4, -4));
}

}  // namespace robocert::studio
