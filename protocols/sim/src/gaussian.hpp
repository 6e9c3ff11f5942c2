#pragma once

// A standard normal draw from std::mt19937_64 by the Box-Muller transform, written out so a seed
// gives the same numbers with every standard library (std::normal_distribution's algorithm is
// left to the implementation). One engine output pair per draw: simple, and fast enough here.

#include <cmath>
#include <random>

namespace robocert::sim {

inline double standardNormal(std::mt19937_64& engine) {
  // u1 in (0, 1] keeps the logarithm finite; 53 random bits each.
  const double u1 = (static_cast<double>(engine() >> 11) + 1.0) * 0x1.0p-53;
  const double u2 = static_cast<double>(engine() >> 11) * 0x1.0p-53;
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
}

}  // namespace robocert::sim
