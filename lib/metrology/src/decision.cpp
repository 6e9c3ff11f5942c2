#include "robocert/metrology/decision.hpp"

namespace robocert::metrology {

Verdict decide(DecisionRule rule, double y, double limit, std::optional<double> u) {
  switch (rule) {
    case DecisionRule::SimpleAcceptance:
      return y <= limit ? Verdict::Pass : Verdict::Fail;
    case DecisionRule::GuardBand:
      if (!u) return Verdict::Undecided;
      return y <= limit - *u ? Verdict::Pass : Verdict::Fail;
    case DecisionRule::NonBinary:
      if (!u) return Verdict::Undecided;
      // The zone limits L - U and L + U are computed once, on the limit's side, so the same
      // value always falls in the same zone (y + U <= L could round differently).
      if (y <= limit - *u) return Verdict::Pass;
      if (y <= limit) return Verdict::ConditionalPass;
      if (y <= limit + *u) return Verdict::ConditionalFail;
      return Verdict::Fail;
  }
  return Verdict::Undecided;
}

std::string toString(Verdict v) {
  switch (v) {
    case Verdict::Pass:
      return "pass";
    case Verdict::ConditionalPass:
      return "conditional pass";
    case Verdict::ConditionalFail:
      return "conditional fail";
    case Verdict::Fail:
      return "fail";
    case Verdict::Undecided:
      return "undecided";
  }
  return "undecided";
}

}  // namespace robocert::metrology
