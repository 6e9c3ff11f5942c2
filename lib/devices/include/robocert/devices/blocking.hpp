#pragma once

// Blocking wrappers for threads that may wait (the run engine's), never for the I/O thread:
// they start an asynchronous operation and wait for its completion, the timeout or a stop
// request (`stop`, e.g. the run's abort), whichever comes first. A stop request ends the wait
// at once with DeviceError::Stopped; it does not stop the device (the caller does that). A
// completion arriving after the wait ended is dropped safely.

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>

#include "robocert/devices/device.hpp"

namespace robocert::devices {

template <typename T, typename Start>
Outcome<T> waitFor(Start&& start, std::chrono::milliseconds timeout, std::stop_token stop = {}) {
  struct Shared {
    std::mutex m;
    std::condition_variable_any cv;
    std::optional<Outcome<T>> result;
  };
  auto shared = std::make_shared<Shared>();
  start(Completion<T>([shared](Outcome<T> r) {
    std::lock_guard lock(shared->m);
    if (!shared->result) shared->result = std::move(r);
    shared->cv.notify_all();
  }));
  std::unique_lock lock(shared->m);
  if (!shared->cv.wait_for(lock, stop, timeout, [&] { return shared->result.has_value(); })) {
    if (stop.stop_requested())
      return DeviceError{DeviceError::Kind::Stopped, "the wait was ended by a stop request"};
    return DeviceError{DeviceError::Kind::Timeout,
                       "no answer within " + std::to_string(timeout.count()) + " ms"};
  }
  return std::move(*shared->result);
}

template <typename Start>
std::optional<DeviceError> waitFor(Start&& start, std::chrono::milliseconds timeout,
                                   std::stop_token stop = {}) {
  struct Unit {};
  auto r = waitFor<Unit>(
      [&](Completion<Unit> done) {
        start(Done([done](std::optional<DeviceError> e) {
          if (e) {
            done(*e);
          } else {
            done(Unit{});
          }
        }));
      },
      timeout, std::move(stop));
  if (auto* e = std::get_if<DeviceError>(&r)) return *e;
  return std::nullopt;
}

}  // namespace robocert::devices
