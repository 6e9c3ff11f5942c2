// Proves the Boost 1.74 + GCC 12 + C++20 coroutine workaround (robocert/protocols/asio.hpp):
// a coroutine echo over a real TCP socket on 127.0.0.1.
#include <gtest/gtest.h>

#include <array>
#include <string>

#include "robocert/protocols/asio.hpp"

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

asio::awaitable<void> echoOnce(tcp::acceptor& acceptor) {
  tcp::socket peer = co_await acceptor.async_accept(asio::use_awaitable);
  std::array<char, 64> buf{};
  const std::size_t n = co_await peer.async_read_some(asio::buffer(buf), asio::use_awaitable);
  co_await asio::async_write(peer, asio::buffer(buf.data(), n), asio::use_awaitable);
}

asio::awaitable<std::string> askOnce(tcp::endpoint server, std::string message) {
  tcp::socket s(co_await asio::this_coro::executor);
  co_await s.async_connect(server, asio::use_awaitable);
  co_await asio::async_write(s, asio::buffer(message), asio::use_awaitable);
  std::string reply(message.size(), '\0');
  co_await asio::async_read(s, asio::buffer(reply), asio::use_awaitable);
  co_return reply;
}

}  // namespace

TEST(AsioCoroutines, EchoOverLoopbackTcp) {
  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  asio::co_spawn(io, echoOnce(acceptor), asio::detached);
  std::string reply;
  asio::co_spawn(io, askOnce(acceptor.local_endpoint(), "*IDN?\n"),
                 [&](std::exception_ptr e, std::string r) {
                   ASSERT_FALSE(e);
                   reply = std::move(r);
                 });
  io.run_for(std::chrono::seconds(5));
  EXPECT_EQ(reply, "*IDN?\n");
}
