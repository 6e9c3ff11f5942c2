#pragma once

// The simulator's pose conversions are metrology's (robocert/metrology/pose_transform.hpp: the
// ISO 9283 Euler convention R = Rz(c) · Ry(b) · Rx(a)), named here for the simulator's code.

#include "robocert/metrology/pose_transform.hpp"

namespace robocert::sim {

using metrology::abcDegFromRotation;
using metrology::expressIn;
using metrology::kDegPerRad;
using metrology::kPi;
using metrology::kRadPerDeg;
using metrology::rotationFromAbcDeg;
using metrology::toIsometry;
using metrology::toPose6;

}  // namespace robocert::sim
