#pragma once

// Conformity decisions with measurement uncertainty, ILAC-G8:09/2019, for an upper tolerance
// limit L (the characteristic must be at most L), a measured value y and its expanded
// uncertainty U (k = 2):
//   simple acceptance     pass if y <= L, else fail (w = 0: up to 50 % risk of false accept at L)
//   guard band, w = U     pass if y <= L - U (the acceptance limit), else fail (binary)
//   non-binary            pass if y <= L - U; conditional pass if L - U < y <= L;
//                         conditional fail if L < y <= L + U; fail if y > L + U
// Boundaries belong to the better verdict (a value exactly at a limit passes it), as the
// inequalities say. Without an uncertainty (U unknown), the guard-band and non-binary rules
// cannot be applied honestly: the verdict is then undecided, never a guessed pass.

#include <optional>
#include <string>

namespace robocert::metrology {

enum class DecisionRule { SimpleAcceptance, GuardBand, NonBinary };
enum class Verdict { Pass, ConditionalPass, ConditionalFail, Fail, Undecided };

Verdict decide(DecisionRule rule, double value, double upperLimit,
               std::optional<double> expandedUncertainty);

// "pass", "conditional pass", "conditional fail", "fail", "undecided": as stored in the lab
// database.
std::string toString(Verdict v);

}  // namespace robocert::metrology
