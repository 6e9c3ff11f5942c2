#pragma once

// A line server's current faults, set from any thread and read by its sessions on the I/O
// thread. The generation goes up with every change, so a session can tell that the faults
// changed and restart its counts.

#include <cstdint>
#include <mutex>
#include <utility>

#include "robocert/sim_server/faults.hpp"

namespace robocert::sim_server {

class FaultControl {
 public:
  explicit FaultControl(Faults initial) : faults_(std::move(initial)) {}

  void set(const Faults& faults) {
    std::lock_guard lock(mutex_);
    faults_ = faults;
    ++generation_;
  }
  Faults get() const {
    std::lock_guard lock(mutex_);
    return faults_;
  }
  // The faults and their generation, read together.
  std::pair<Faults, std::uint64_t> snapshot() const {
    std::lock_guard lock(mutex_);
    return {faults_, generation_};
  }

 private:
  mutable std::mutex mutex_;
  Faults faults_;
  std::uint64_t generation_ = 0;
};

}  // namespace robocert::sim_server
