#pragma once

// The Studio's plots. Producers on other threads (the tracker's stream on the I/O thread, the
// engine's measurements on the engine thread) push into bounded, locked buffers; the widgets
// redraw from them on a 40 ms timer, never once per sample, so the GUI thread's work does not
// grow with the sample rate. Report plots are painted by lib/report/plots.hpp (the one plotting
// code path); only the strip chart, which no report has, is painted here.

#include <QTimer>
#include <QWidget>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "robocert/devices/device.hpp"
#include "robocert/report/document.hpp"
#include "robocert/report/plots.hpp"
#include "robocert/store/records.hpp"

namespace robocert::studio {

// The redraw period of every live plot (25 Hz).
inline constexpr int kPlotRedrawMs = 40;

// A bounded ring of pose samples, written from any thread and read by the GUI thread. Keeps the
// newest `capacity` samples; the first sample since clear() is kept apart as the reference the
// strip chart plots deviations from.
class SampleRing {
 public:
  explicit SampleRing(std::size_t capacity);
  void push(std::span<const devices::PoseSample> samples);  // any thread
  void clear();
  // The newest samples (oldest first), the reference sample (nullopt: none yet), how many were
  // pushed since clear() and how many sequence numbers were missing between them (lost).
  struct Snapshot {
    std::vector<devices::PoseSample> samples;
    std::optional<devices::PoseSample> first;
    std::uint64_t received = 0;
    std::uint64_t lost = 0;
  };
  Snapshot snapshot(std::size_t newest = SIZE_MAX) const;  // at most the newest `newest`
  std::uint64_t received() const;

 private:
  const std::size_t capacity_;
  mutable std::mutex m_;
  std::deque<devices::PoseSample> ring_;
  std::optional<devices::PoseSample> first_;
  std::uint64_t received_ = 0;
  std::uint64_t lost_ = 0;
};

// Strip chart of a pose stream: x, y and z deviation from the first sample, in µm, over the
// last `windowS` seconds of instrument time, redrawn every kPlotRedrawMs while running.
class StreamChart : public QWidget {
  Q_OBJECT
 public:
  StreamChart(std::shared_ptr<SampleRing> ring, QWidget* parent = nullptr);
  void setWindowS(double s) { windowS_ = s; }
  // Starts / stops the redraw timer (stopped: the last picture stays).
  void setRunning(bool on);
  bool running() const { return timer_.isActive(); }
  // Shown instead of the plot when there is nothing to draw ("stream off").
  void setIdleText(const QString& text);
  // How many times the chart was painted (for the latency measurement).
  std::uint64_t paints() const { return paints_; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  std::shared_ptr<SampleRing> ring_;
  QTimer timer_;
  double windowS_ = 5.0;
  QString idleText_;
  std::uint64_t paints_ = 0;
};

// Bounded, locked store of a run's pose measurements as they arrive (engine thread), grouped
// per pose and series: the live pose clouds.
class MeasurementBuffer {
 public:
  explicit MeasurementBuffer(std::size_t perPoseCapacity = 2000);
  void push(const store::PoseMeasurement& m);  // any thread
  void clear();
  // Per subject ("P1 pose_cycles/v100"): the commanded pose and the attained ones, in arrival
  // order. rpLMm is 0: the repeatability circle is the result's, shown after the run.
  std::vector<report::PoseCloud> clouds() const;
  std::uint64_t version() const;  // changes with every push and clear

 private:
  const std::size_t capacity_;
  mutable std::mutex m_;
  std::map<std::string, report::PoseCloud> clouds_;
  std::vector<std::string> order_;
  std::uint64_t version_ = 0;
};

// One pose cloud of a MeasurementBuffer (the latest pose measured, or the one chosen), painted
// by report::paintPoseCloud, redrawn on the timer when new measurements arrived.
class LivePoseCloud : public QWidget {
  Q_OBJECT
 public:
  LivePoseCloud(std::shared_ptr<MeasurementBuffer> buffer, QWidget* parent = nullptr);
  // Empty: follow the pose measured last.
  void setSubject(const std::string& subject);
  void setProjection(report::Projection p);
  std::vector<std::string> subjects() const;

 signals:
  void subjectsChanged();

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  void poll();
  std::shared_ptr<MeasurementBuffer> buffer_;
  QTimer timer_;
  std::uint64_t seen_ = ~std::uint64_t{0};
  std::vector<report::PoseCloud> clouds_;
  std::string subject_;
  report::Projection projection_ = report::Projection::XY;
};

// The plot labels in the user's language (tr()).
report::PlotLabels translatedPlotLabels();

// A widget that paints one report plot (any plots.hpp function bound to its data) on white,
// as on paper.
class ReportPlot : public QWidget {
  Q_OBJECT
 public:
  using Painter = std::function<void(QPainter&, const QRectF&)>;
  ReportPlot(Painter painter, QWidget* parent = nullptr);
  QSize sizeHint() const override { return {420, 300}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  Painter painter_;
};

}  // namespace robocert::studio
