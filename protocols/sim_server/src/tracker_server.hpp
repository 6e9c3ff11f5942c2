#pragma once

// The simulated laser tracker speaking the tracker protocol (docs/protocols/tracker.md) with the
// default sample line "S <seq> <t_ns> <x> <y> <z> <a> <b> <c>", measuring the robot's true TCP
// in the tracker frame. One instrument: sequence numbers are shared by every connection, and
// only one connection streams at a time (MEAS? and STREAM from the others get ERR 20 meanwhile,
// so a stream never shows a gap it did not lose).
//
// A stream sends, every kStreamTickMs of wall time, the samples of the simulated interval since
// the last tick (SimulatedTracker::samplesBetween), so it follows the time scale; STOP sends the
// samples up to its arrival, then OK. Rates beyond kMaxStreamRateHz, or beyond
// kMaxStreamSamplesPerWallS at the station's time scale, are refused (ERR 12). A stream is never
// thinned: a client that does not read, or a thread that cannot keep up, delays samples (at most
// 1000 per tick, none while 1 MiB waits for the client), and STOP's OK waits for them.

#include <memory>

#include "fault_control.hpp"
#include "line_session.hpp"
#include "sim_model.hpp"

namespace robocert::sim_server {

class TrackerSession;

inline constexpr int kStreamTickMs = 5;

class TrackerServer : public std::enable_shared_from_this<TrackerServer> {
 public:
  TrackerServer(std::shared_ptr<SimModel> model, std::shared_ptr<FaultControl> faults);

  void serve(ByteStream stream);
  void dropConnections();
  void close();

  // The one streaming session, if any (TrackerSession's bookkeeping).
  bool streamingElsewhere(const TrackerSession* session) const;
  void setStreamer(const std::shared_ptr<TrackerSession>& session);
  void clearStreamer(const TrackerSession* session);
  SimModel& model() { return *model_; }

 private:
  std::shared_ptr<SimModel> model_;
  std::shared_ptr<FaultControl> faults_;
  SessionSet<TrackerSession> sessions_;
  std::weak_ptr<TrackerSession> streamer_;
};

}  // namespace robocert::sim_server
