#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "robocert/metrology/statistics.hpp"

using robocert::metrology::meanAndStd;

TEST(MeanAndStd, HandWorked) {
  // 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32;
  // S = sqrt(32 / 7) = 2.1380899352993950.
  const std::vector<double> v{2, 4, 4, 4, 5, 5, 7, 9};
  const auto r = meanAndStd(v);
  EXPECT_DOUBLE_EQ(r.mean, 5.0);
  EXPECT_DOUBLE_EQ(r.stddev, std::sqrt(32.0 / 7.0));
}

TEST(MeanAndStd, SingleValueHasZeroSpread) {
  const std::vector<double> v{3.25};
  EXPECT_EQ(meanAndStd(v).mean, 3.25);
  EXPECT_EQ(meanAndStd(v).stddev, 0.0);
}

TEST(MeanAndStd, EmptyIsRejected) {
  EXPECT_THROW(meanAndStd(std::vector<double>{}), std::invalid_argument);
}

TEST(MeanAndStd, StableFarFromZero) {
  // 25 m with micrometre scatter: 25000.001, 25000.002, 25000.003 mm -> S = 0.001 mm exactly
  // in real arithmetic. A one-pass sum of squares (6.25e8 per term) loses everything below
  // ~1e-7 mm²; the two-pass result must be right to 1e-9 mm.
  const std::vector<double> v{25000.001, 25000.002, 25000.003};
  const auto r = meanAndStd(v);
  EXPECT_NEAR(r.mean, 25000.002, 1e-10);
  EXPECT_NEAR(r.stddev, 0.001, 1e-9);
}
