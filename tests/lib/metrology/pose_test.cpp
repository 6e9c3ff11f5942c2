#include <gtest/gtest.h>

#include "robocert/metrology/pose.hpp"

using robocert::metrology::wrapDeg;

TEST(WrapDeg, KeepsValuesInRangeExact) {
  EXPECT_EQ(wrapDeg(0.0), 0.0);
  EXPECT_EQ(wrapDeg(179.999), 179.999);
  EXPECT_EQ(wrapDeg(-179.999), -179.999);
  EXPECT_EQ(wrapDeg(180.0), 180.0);  // the range is (-180, 180]
}

TEST(WrapDeg, MapsIntoHalfOpenRange) {
  EXPECT_EQ(wrapDeg(-180.0), 180.0);
  EXPECT_EQ(wrapDeg(540.0), 180.0);
  EXPECT_EQ(wrapDeg(-540.0), 180.0);
  // remainder() is exact: the result is the input shifted by whole turns, with no rounding
  // beyond what the decimal input already had (-359.89 + 360 = 0.11000000000001364 in double).
  EXPECT_EQ(wrapDeg(359.85), 359.85 - 360.0);
  EXPECT_EQ(wrapDeg(-359.89), -359.89 + 360.0);
  EXPECT_DOUBLE_EQ(wrapDeg(725.0), 5.0);     // 725 - 2 * 360
  EXPECT_DOUBLE_EQ(wrapDeg(-190.0), 170.0);  // -190 + 360
}

TEST(WrapDeg, AppliesPerComponent) {
  const Eigen::Vector3d w = wrapDeg(Eigen::Vector3d(370.0, -181.0, 10.0));
  EXPECT_DOUBLE_EQ(w.x(), 10.0);
  EXPECT_DOUBLE_EQ(w.y(), 179.0);
  EXPECT_DOUBLE_EQ(w.z(), 10.0);
}
