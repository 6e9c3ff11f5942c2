#pragma once

// The simulated robot controller speaking RCP v1 (docs/protocols/rcp.md) on any number of
// connections (TCP and a pseudo-terminal alike). One robot: a move from any connection is
// refused with ERR 20 while another runs. Its EVT INPOS / EVT STOPPED go to the connection that
// commanded it (tags are the client's own); EVT FAULT goes to every connection. A client that
// disconnects mid-move does not stop the robot: the move finishes and its event goes nowhere.
//
// I/O thread only, except where the Station posts to it.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "fault_control.hpp"
#include "line_session.hpp"
#include "robocert/codec/rcp.hpp"
#include "sim_model.hpp"

namespace robocert::sim_server {

class RcpSession;

class RcpServer : public std::enable_shared_from_this<RcpServer> {
 public:
  RcpServer(boost::asio::any_io_executor executor, std::shared_ptr<SimModel> model,
            std::shared_ptr<FaultControl> faults);

  // Starts a session on the stream (a pseudo-terminal when serial).
  void serve(ByteStream stream, bool serial);
  void dropConnections();  // TCP connections only
  void close();            // every session, and the pending in-position timer

  void triggerFault(int code, const std::string& text);
  void clearFault();

  // A request from a session (called by RcpSession).
  void handle(const std::shared_ptr<RcpSession>& session, const codec::rcp::Request& request);

 private:
  struct PendingMove {
    codec::rcp::Tag tag = codec::rcp::kMinTag;
    std::weak_ptr<RcpSession> owner;
    double inPositionS = 0.0;
    std::uint64_t id = 0;
  };

  void move(const std::shared_ptr<RcpSession>& session, codec::rcp::Tag tag,
            const codec::rcp::Move& move);
  void stop(const std::shared_ptr<RcpSession>& session, codec::rcp::Tag tag);
  void state(const std::shared_ptr<RcpSession>& session, codec::rcp::Tag tag);
  // Sends EVT INPOS for the pending move if its time has come (the timer may be a little late).
  void deliverDueInPosition();
  void inPosition();

  boost::asio::any_io_executor executor_;
  std::shared_ptr<SimModel> model_;
  std::shared_ptr<FaultControl> faults_;
  SessionSet<RcpSession> sessions_;
  boost::asio::steady_timer timer_;
  std::optional<PendingMove> pending_;
  std::uint64_t lastMoveId_ = 0;
  bool stopped_ = false;  // the last move ended by STOP or a fault (STATE? says STOPPED)
  std::optional<std::string> fault_;  // the fault text while in fault
};

}  // namespace robocert::sim_server
