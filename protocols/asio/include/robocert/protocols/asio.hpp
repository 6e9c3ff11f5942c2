#pragma once

// The one way RoboCert includes Boost.Asio; it mends two defects of Boost 1.74 with the
// project's compilers so that C++20 coroutines work with both.
//
// 1. boost/asio/awaitable.hpp calls std::exchange without including <utility>, which GCC 12's
//    standard library no longer brings in transitively.
#include <utility>

// 2. Asio 1.74 enables co_await on Clang only for libc++'s <experimental/coroutine>; Clang 14
//    with libstdc++ has standard C++20 coroutines (<coroutine>), which Asio then already uses
//    (BOOST_ASIO_HAS_STD_COROUTINE), so only the switch is missing.
#if defined(__clang__) && defined(__cpp_impl_coroutine) && !defined(BOOST_ASIO_HAS_CO_AWAIT)
#if __has_include(<coroutine>)
#define BOOST_ASIO_HAS_CO_AWAIT 1
#endif
#endif

#include <boost/asio.hpp>
