// ILAC-G8:09/2019 decision rules at their boundaries. Worked with binary-exact numbers so each
// boundary is hit exactly: upper limit L = 1.0 mm, expanded uncertainty U = 0.25 mm (k = 2).
//   guard band w = U: acceptance limit L - U = 0.75; 0.75 passes, the next double above fails.
//   non-binary: pass up to y = L - U = 0.75, conditional pass up to L = 1.0, conditional fail
//   up to L + U = 1.25, fail beyond.
#include <gtest/gtest.h>

#include <cmath>

#include "robocert/metrology/decision.hpp"

using namespace robocert::metrology;

namespace {
constexpr double kL = 1.0;
constexpr double kU = 0.25;
double above(double x) { return std::nextafter(x, 2.0); }
}  // namespace

TEST(Decision, SimpleAcceptanceIgnoresTheUncertainty) {
  EXPECT_EQ(decide(DecisionRule::SimpleAcceptance, 1.0, kL, kU), Verdict::Pass);
  EXPECT_EQ(decide(DecisionRule::SimpleAcceptance, above(1.0), kL, kU), Verdict::Fail);
  EXPECT_EQ(decide(DecisionRule::SimpleAcceptance, 0.3, kL, std::nullopt), Verdict::Pass);
}

TEST(Decision, GuardBandMovesTheAcceptanceLimitInByU) {
  EXPECT_EQ(decide(DecisionRule::GuardBand, 0.75, kL, kU), Verdict::Pass);
  EXPECT_EQ(decide(DecisionRule::GuardBand, above(0.75), kL, kU), Verdict::Fail);
  EXPECT_EQ(decide(DecisionRule::GuardBand, 1.0, kL, kU), Verdict::Fail);  // at L, but within U
  EXPECT_EQ(decide(DecisionRule::GuardBand, 0.1, kL, std::nullopt), Verdict::Undecided);
}

TEST(Decision, NonBinaryHasFourZones) {
  EXPECT_EQ(decide(DecisionRule::NonBinary, 0.75, kL, kU), Verdict::Pass);
  EXPECT_EQ(decide(DecisionRule::NonBinary, above(0.75), kL, kU), Verdict::ConditionalPass);
  EXPECT_EQ(decide(DecisionRule::NonBinary, 1.0, kL, kU), Verdict::ConditionalPass);
  EXPECT_EQ(decide(DecisionRule::NonBinary, above(1.0), kL, kU), Verdict::ConditionalFail);
  EXPECT_EQ(decide(DecisionRule::NonBinary, 1.25, kL, kU), Verdict::ConditionalFail);
  EXPECT_EQ(decide(DecisionRule::NonBinary, above(1.25), kL, kU), Verdict::Fail);
  EXPECT_EQ(decide(DecisionRule::NonBinary, 0.2, kL, std::nullopt), Verdict::Undecided);
}

TEST(Decision, VerdictsAreStoredAsWords) {
  EXPECT_EQ(toString(Verdict::ConditionalFail), "conditional fail");
  EXPECT_EQ(toString(Verdict::Pass), "pass");
}
