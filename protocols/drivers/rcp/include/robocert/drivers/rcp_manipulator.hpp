#pragma once

// A robot controller that speaks RCP v1 (docs/protocols/rcp.md) over TCP or a serial line, as a
// devices::Manipulator.
//
// - The driver owns one transport::Link. The Link connects with a timeout and reconnects with
//   backoff after a loss.
// - Requests carry increasing tags (1..2147483647, then wrapping), and replies are matched by
//   tag, so an event between a request and its reply does no harm.
// - Each request must be answered within RcpOptions::requestTimeout. A move's OK only means
//   accepted: the move then completes on `EVT INPOS TAG`, which must come within
//   RcpOptions::moveTimeout.
// - When the connection is lost, every pending operation completes at once with
//   Disconnected. Nothing is re-sent after a reconnection.
// - A request without a reply within requestTimeout means the controller stopped answering on
//   a link that may well be up (a stall, which only a new connection cures): the driver drops
//   the connection and connects again at once (linkDown, then linkUp as after a loss). The
//   link is reported down before the request completes with Timeout.
//
// Errors (devices::DeviceError):
//   Timeout       no reply within requestTimeout (the connection is then renewed, above), or
//                 no EVT INPOS within moveTimeout. A move that timed out is stopped: the
//                 driver sends STOP and ignores its reply; when the move (or a STOP) got no
//                 reply at all, that STOP is the first request on the new connection.
//   Disconnected  not connected, the connection was lost, or the driver was closed.
//   Protocol      a reply or event for the operation that does not parse (message: the line and
//                 what is wrong with it, with the byte position).
//   Refused       `TAG ERR CODE text`, as "E12 target out of reach". Also a move ended by
//                 `EVT STOPPED`, and a request the driver cannot send (speed outside (0, 1],
//                 NaN in the pose): that one is refused locally with the code the controller
//                 would answer, e.g. "E13 ...".
//   Fault         `EVT FAULT` while a move is pending, or `ERR 30` (the controller is in fault).
//
// Lifecycle: the driver never decides a device state. It reports link up, link down and
// controller faults through Hooks. attach(lifecycle) routes them to a devices::DeviceLifecycle,
// which then identifies the controller (IDN?) on every connection.
//
// Threads: every public function may be called from any thread. The work is posted to the
// io_context, and every completion and hook runs on the io_context's thread.
//
// Lifetimes: the io_context must outlive the driver. Destroying the driver detaches the hooks
// at once and closes the link on the io_context's thread, where pending operations then
// complete with Disconnected. If the io_context never runs again, they do not complete. Those
// completions include an attached DeviceLifecycle's identification. So tear down in this order:
// the driver, then let the io_context run what is queued, then the lifecycle. The FrameLog, if
// any, must also outlive the io_context's last run.

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "robocert/devices/device.hpp"
#include "robocert/devices/lifecycle.hpp"
#include "robocert/transport/link.hpp"

namespace robocert::drivers {

struct RcpOptions {
  // Time from sending IDN?, STATE?, POSE?, STOP or a move to its reply (OK or ERR).
  std::chrono::milliseconds requestTimeout{2000};
  // Time from a move's OK to its EVT INPOS. It is fixed: the driver does not scale it by
  // distance or speed, so it must cover the slowest move the plan commands.
  std::chrono::milliseconds moveTimeout{120000};
  transport::Link::Options link;  // connect and write timeouts, reconnect backoff
};

// The controller's answer to STATE?.
struct RcpControllerState {
  enum class Kind { Ready, Moving, Stopped, Fault };
  Kind kind = Kind::Ready;
  std::string faultText;  // Fault only, may be empty
};

class RcpManipulator : public devices::Manipulator {
 public:
  // Called on the io_context's thread. Reasons are for a person and name the device URL.
  struct Hooks {
    std::function<void()> linkUp;                             // connected (again)
    std::function<void(const std::string& reason)> linkDown;  // lost, or cannot connect
    std::function<void(const std::string& reason)> fault;     // EVT FAULT: "E3 emergency stop"
    // Input the driver could not use: a line that does not parse and names no pending request,
    // a reply or event for a tag with nothing pending (e.g. late, after a timeout). For logs.
    std::function<void(const std::string& message)> warning;
  };

  // Does no I/O until start(). `log` (may be null) records the raw traffic for replay.
  RcpManipulator(boost::asio::io_context& io, transport::Url url, RcpOptions options = {},
                 transport::FrameLog* log = nullptr);
  ~RcpManipulator() override;
  RcpManipulator(const RcpManipulator&) = delete;
  RcpManipulator& operator=(const RcpManipulator&) = delete;

  // Connects, and reconnects after every loss until close(). Attach hooks first, or the first
  // link-up goes unreported.
  void start();
  // Closes the connection. Pending operations complete with Disconnected, and linkDown is
  // reported. start() connects again.
  void close();

  // Routes link up/down and faults to `lifecycle` (which must outlive the attachment): Link
  // Connected -> linkUp(); a loss, or a failed connection attempt -> linkDown(reason);
  // EVT FAULT -> fault(reason). Replaces earlier hooks.
  void attach(devices::DeviceLifecycle& lifecycle);
  void setHooks(Hooks hooks);
  // No hook is called after this returns (it waits for a hook running on the io thread).
  void detach();

  // IDN? -> maker, model, serial, firmware.
  void identify(devices::Completion<devices::Identity> done) override;
  // MOVEJ (Motion::Joint) or MOVEL (Motion::Linear). Completes at EVT INPOS.
  void move(const devices::MoveRequest& request, devices::Done inPosition) override;
  // Like move(), and completes with the pose the controller reported in EVT INPOS (mm, deg,
  // robot base frame).
  void moveTo(const devices::MoveRequest& request,
              devices::Completion<metrology::Pose6> inPosition);
  // POSE? -> the controller's own belief of the TCP pose (mm, deg, robot base frame).
  void readPose(devices::Completion<metrology::Pose6> done) override;
  // STOP. Completes at its OK. A pending move then fails with Refused ("stopped").
  void stop(devices::Done done) override;
  // STATE?
  void readState(devices::Completion<RcpControllerState> done);

  const transport::Url& url() const { return url_; }

 private:
  struct Impl;
  transport::Url url_;
  std::shared_ptr<Impl> impl_;  // also held by handlers queued on the io_context
};

}  // namespace robocert::drivers
