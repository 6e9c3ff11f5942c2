#pragma once

// The one way RoboCert includes Boost.Asio.
// Boost 1.74's boost/asio/awaitable.hpp calls std::exchange without including <utility>, which
// GCC 12's standard library no longer brings in transitively; C++20 coroutine code then fails to
// compile. Including <utility> first here fixes it for every user of Asio in the project.
#include <utility>

#include <boost/asio.hpp>
