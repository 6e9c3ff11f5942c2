#include "robocert/metrology/statistics.hpp"

#include <cmath>
#include <stdexcept>

namespace robocert::metrology {

MeanStd meanAndStd(std::span<const double> values) {
  if (values.empty()) throw std::invalid_argument("meanAndStd: no values");
  const auto n = static_cast<double>(values.size());
  double sum = 0.0;
  for (double v : values) sum += v;
  const double firstMean = sum / n;
  // Second pass on deviations; the residual sum of deviations corrects the mean's rounding
  // error (Chan, Golub & LeVeque's corrected two-pass formula).
  double sumDev = 0.0;
  double sumSq = 0.0;
  for (double v : values) {
    const double d = v - firstMean;
    sumDev += d;
    sumSq += d * d;
  }
  MeanStd out;
  out.mean = firstMean + sumDev / n;
  if (values.size() > 1) {
    const double ss = sumSq - sumDev * sumDev / n;
    out.stddev = std::sqrt(std::max(ss, 0.0) / (n - 1.0));
  }
  return out;
}

}  // namespace robocert::metrology
