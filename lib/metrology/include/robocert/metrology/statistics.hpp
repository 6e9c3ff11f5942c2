#pragma once

#include <cstddef>
#include <span>

namespace robocert::metrology {

struct MeanStd {
  double mean = 0.0;
  double stddev = 0.0;  // sample standard deviation (n - 1); 0 when n == 1
};

// Mean and sample standard deviation by the corrected two-pass algorithm, which stays accurate
// when the spread is many orders of magnitude below the mean (no one-pass sum of squares).
// Precondition: values is not empty (throws std::invalid_argument).
MeanStd meanAndStd(std::span<const double> values);

}  // namespace robocert::metrology
