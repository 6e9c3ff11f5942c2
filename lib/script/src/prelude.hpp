#pragma once

// The JavaScript that builds a script's world before the script runs: it removes every global
// that is not plain ECMAScript, and defines station, params, poses, measure, record, prompt,
// sleep and log as read-only globals over the Bridge, which it keeps out of the script's reach.

#include <QString>

namespace robocert::script {

// A function expression; call it with (bridge, roles, params, poses, global) where roles is
// [{name, capability: 'manipulator' | 'pose_sensor' | 'scalar_sensor' | 'actuator'}], params an
// object of numbers, booleans, strings and arrays of numbers, poses an object of {x..c}.
QString preludeSource();

// The file name the prelude is evaluated under (its stack frames are not the script's).
inline constexpr char kPreludeFileName[] = "robocert-prelude";

}  // namespace robocert::script
