#pragma once

// Shared by the driver tests: an io_context running on its own thread (as a station's I/O
// thread does), and a bounded wait for something another thread makes true.

#include <chrono>
#include <thread>

#include "robocert/protocols/asio.hpp"

namespace robocert::test_support {

class IoThread {
 public:
  IoThread() : thread_([this] { io.run(); }) {}
  ~IoThread() { stop(); }
  IoThread(const IoThread&) = delete;
  IoThread& operator=(const IoThread&) = delete;
  // Lets the io_context finish what is queued (a driver's shutdown included), then joins.
  void stop() {
    guard_.reset();
    if (thread_.joinable()) thread_.join();
  }
  boost::asio::io_context io;

 private:
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> guard_ =
      boost::asio::make_work_guard(io);
  std::thread thread_;
};

// True as soon as pred() holds (polled every 2 ms), false when it still does not after
// `timeout`: for waiting on what must happen, never for timing assertions.
template <typename Pred>
bool eventually(Pred pred, std::chrono::milliseconds timeout) {
  const auto end = std::chrono::steady_clock::now() + timeout;
  while (!pred()) {
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return true;
}

}  // namespace robocert::test_support
