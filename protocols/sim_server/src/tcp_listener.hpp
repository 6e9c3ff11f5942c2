#pragma once

// Accepts TCP connections on 127.0.0.1 (never another interface: the simulator is for the
// machine it runs on) and hands each socket on.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "robocert/protocols/asio.hpp"

namespace robocert::sim_server {

class TcpListener : public std::enable_shared_from_this<TcpListener> {
 public:
  using OnAccept = std::function<void(boost::asio::ip::tcp::socket)>;

  // Binds 127.0.0.1:port (0: a free port). Throws std::system_error whose message names `what`
  // and the port: "cannot listen on 127.0.0.1:5000 for the robot: Address already in use".
  TcpListener(boost::asio::io_context& io, std::uint16_t port, const std::string& what,
              OnAccept onAccept);

  std::uint16_t port() const { return port_; }
  void start();  // accepts until close()
  void close();

 private:
  void accept();

  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer retry_;
  OnAccept onAccept_;
  std::uint16_t port_ = 0;
  bool closed_ = false;
};

}  // namespace robocert::sim_server
