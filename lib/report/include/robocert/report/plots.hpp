#pragma once

// The report's plots, painted with QPainter into a rectangle: the one plotting code path of the
// PDF (QPdfWriter), the HTML report (QSvgGenerator) and the desktop app (a widget's paint
// event). No widget code here.
//
// Every function paints inside `area` only (device units of the painter), with sizes given in
// typographic points (1/72 in) converted with the device's logical dpi, so a plot reads the
// same on paper and on screen: tick labels 6.5 pt, titles 7.5 pt, lines 0.5 to 1 pt, in the
// painter's current font family. Monochrome-safe: series differ by marker shape and dash
// pattern, never by colour alone. A plot without data paints its frame and `noData`.

#include <QRectF>
#include <QString>
#include <vector>

#include "robocert/report/document.hpp"

class QPainter;

namespace robocert::report {

// The words on the plots, in the caller's language (the report's strings.yaml, or tr() in the
// app). Defaults are English.
struct PlotLabels {
  QString attained = QStringLiteral("attained");
  QString barycentre = QStringLiteral("barycentre");
  QString command = QStringLiteral("command");
  QString limit = QStringLiteral("limit");
  QString count = QStringLiteral("count");
  QString mean = QStringLiteral("mean");
  QString testHours = QStringLiteral("test time (h)");
  QString failures = QStringLiteral("cumulative failures");
  QString failure = QStringLiteral("failure");
  QString endOfTest = QStringLiteral("end of test");
  QString mtbf = QStringLiteral("MTBF");
  QString lowerBound = QStringLiteral("lower bound");
  QString cycles = QStringLiteral("cycles");
  QString deviationFromCommand = QStringLiteral("D − D_c (µm)");
  QString noData = QStringLiteral("no data");
};

enum class Projection { XY, XZ };

// One pose's attained positions around their barycentre G, in µm, as the projection on the XY
// or XZ plane of the robot base frame, with equal scales on both axes: each attained position
// (open circle), G (cross, the origin), the command C (filled diamond; an arrow at the edge
// with its distance when it lies far outside the cloud) and the repeatability circle of
// radius RP_l about G (dashed).
void paintPoseCloud(QPainter& painter, const QRectF& area, const PoseCloud& cloud,
                    Projection projection, const PlotLabels& labels = {});

// One characteristic (the rows' characteristic, e.g. AP_P) per subject as bars from zero, each
// with its U error bar (value ± U, when known) and its limit (dashed; one line across when all
// limits are equal). Rows of other characteristics or units than the first row's are skipped.
void paintCharacteristicBars(QPainter& painter, const QRectF& area,
                             const std::vector<ResultRow>& rows, const PlotLabels& labels = {});

// Histogram of a distance series' deviations from the commanded distance, D_j - D_c in µm
// (Sturges' bin count on round bin widths), with the command (0, dashed) and the mean
// (AD_P, solid) as vertical lines.
void paintDistanceHistogram(QPainter& painter, const QRectF& area, const DistanceSeries& series,
                            const PlotLabels& labels = {});

// Cumulative relevant failures over the test hours (a step at each failure, numbered), the end
// of the test, and the MTBF point estimate and its lower confidence bound as vertical lines on
// the same time axis (extended to show them).
void paintEnduranceTimeline(QPainter& painter, const QRectF& area,
                            const EnduranceTimeline& timeline, const PlotLabels& labels = {});

// Round tick positions for an axis over [low, high]: a step of 1, 2 or 5 times a power of ten
// giving at most maxTicks intervals, first <= low and last >= high on multiples of the step.
// decimals is how many digits after the point the labels need. low == high widens by one step
// around the value.
struct Ticks {
  double first = 0.0;
  double last = 1.0;
  double step = 1.0;
  int decimals = 0;
  std::vector<double> values;  // first, first + step, ..., last
};
Ticks niceTicks(double low, double high, int maxTicks);

}  // namespace robocert::report
