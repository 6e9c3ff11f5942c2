#include "tcp_listener.hpp"

#include <chrono>
#include <system_error>

namespace robocert::sim_server {

namespace asio = boost::asio;
using asio::ip::tcp;

TcpListener::TcpListener(asio::io_context& io, std::uint16_t port, const std::string& what,
                         OnAccept onAccept)
    : acceptor_(io), retry_(io), onAccept_(std::move(onAccept)) {
  const tcp::endpoint endpoint(asio::ip::make_address_v4("127.0.0.1"), port);
  boost::system::error_code ec;
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
  if (!ec) port_ = acceptor_.local_endpoint(ec).port();
  if (ec) {
    throw std::system_error(
        ec, "cannot listen on 127.0.0.1:" + std::to_string(port) + " for the " + what);
  }
}

void TcpListener::start() { accept(); }

void TcpListener::close() {
  closed_ = true;
  retry_.cancel();
  boost::system::error_code ignored;
  acceptor_.close(ignored);
}

void TcpListener::accept() {
  if (closed_) return;
  acceptor_.async_accept(
      [self = shared_from_this()](boost::system::error_code ec, tcp::socket socket) {
        if (self->closed_) return;
        if (ec) {
          // Out of descriptors and the like: try again shortly rather than spin or give up.
          self->retry_.expires_after(std::chrono::milliseconds(50));
          self->retry_.async_wait([self](boost::system::error_code e) {
            if (!e) self->accept();
          });
          return;
        }
        self->onAccept_(std::move(socket));
        self->accept();
      });
}

}  // namespace robocert::sim_server
