#include <gtest/gtest.h>

#include "robocert/sim/trajectory.hpp"

namespace sim = robocert::sim;

TEST(Profile, TrapezoidAcceleratesCruisesAndBrakes) {
  // v = 2 /s, a = 8 /s^2: 0.25 s to full speed over s = 0.25, cruise 0.5 of the path in 0.25 s,
  // brake over the last 0.25 s.
  const sim::Profile p = sim::Profile::trapezoid(2.0, 8.0);
  EXPECT_DOUBLE_EQ(p.durationS(), 0.75);
  EXPECT_EQ(p.s(-1.0), 0.0);
  EXPECT_DOUBLE_EQ(p.s(0.125), 0.0625);
  EXPECT_DOUBLE_EQ(p.s(0.25), 0.25);
  EXPECT_DOUBLE_EQ(p.sdot(0.4), 2.0);
  EXPECT_DOUBLE_EQ(p.s(0.5), 0.75);
  EXPECT_DOUBLE_EQ(p.s(0.625), 0.9375);
  EXPECT_EQ(p.s(0.75), 1.0);
  EXPECT_EQ(p.sdot(0.75), 0.0);
}

TEST(Profile, ShortMovesAreTriangular) {
  // v = 10 /s is never reached at a = 4 /s^2: accelerate for 0.5 s to 2 /s, then brake.
  const sim::Profile p = sim::Profile::trapezoid(10.0, 4.0);
  EXPECT_DOUBLE_EQ(p.durationS(), 1.0);
  EXPECT_DOUBLE_EQ(p.s(0.5), 0.5);
  EXPECT_DOUBLE_EQ(p.sdot(0.5), 2.0);
  EXPECT_EQ(p.s(1.0), 1.0);
}

TEST(Profile, StoppedHaltsWithTheGivenDeceleration) {
  // Stopped while cruising at 2 /s (t = 0.375, s = 0.5): 0.25 s and s = 0.25 to rest.
  const sim::Profile p = sim::Profile::trapezoid(2.0, 8.0).stoppedAt(0.375, 8.0);
  EXPECT_DOUBLE_EQ(p.durationS(), 0.625);
  EXPECT_DOUBLE_EQ(p.finalS(), 0.75);
  EXPECT_DOUBLE_EQ(p.s(0.375), 0.5);
  EXPECT_DOUBLE_EQ(p.sdot(0.5), 1.0);
  EXPECT_EQ(p.s(5.0), 0.75);
  // Stopping after the end changes nothing.
  EXPECT_EQ(sim::Profile::trapezoid(2.0, 8.0).stoppedAt(1.0, 8.0).durationS(), 0.75);
}

TEST(Profile, RestIsAlreadyThere) {
  const sim::Profile p;
  EXPECT_EQ(p.durationS(), 0.0);
  EXPECT_EQ(p.s(0.0), 1.0);
  EXPECT_EQ(p.sdot(0.0), 0.0);
}
