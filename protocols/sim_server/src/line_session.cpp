#include "line_session.hpp"

#include <algorithm>
#include <utility>

namespace robocert::sim_server {

namespace asio = boost::asio;

namespace {

// Whole chunks are gathered into one write up to about this much.
constexpr std::size_t kWriteBatchBytes = 64 * 1024;
constexpr std::size_t kReadChunkBytes = 4096;

}  // namespace

std::string garbled(std::string_view line) {
  std::string out(line);
  std::size_t end = out.size();
  if (end > 0 && out[end - 1] == '\n') --end;
  if (end > 0 && out[end - 1] == '\r') --end;
  std::size_t begin = out.find(' ');
  begin = begin == std::string::npos || begin + 1 >= end ? 0 : begin + 1;
  std::fill(out.begin() + static_cast<std::ptrdiff_t>(begin),
            out.begin() + static_cast<std::ptrdiff_t>(end), '#');
  return out;
}

LineSession::LineSession(ByteStream stream, Config config)
    : stream_(std::move(stream)),
      config_(std::move(config)),
      framer_({.terminator = "\n", .maxLineBytes = config_.maxLineBytes}),
      timer_(std::visit([](auto& s) { return s.get_executor(); }, stream_)) {
  if (config_.faults) {
    auto [faults, generation] = config_.faults->snapshot();
    faults_ = faults;
    faultGeneration_ = generation;
  }
}

LineSession::~LineSession() = default;

asio::any_io_executor LineSession::executor() { return timer_.get_executor(); }

template <typename F>
void LineSession::withStream(F&& f) {
  std::visit(std::forward<F>(f), stream_);
}

void LineSession::start() {
  if (started_) return;
  started_ = true;
  if (auto* socket = std::get_if<asio::ip::tcp::socket>(&stream_)) {
    boost::system::error_code ignored;
    socket->set_option(asio::ip::tcp::no_delay(true), ignored);
  }
  read();
}

void LineSession::close() {
  if (closed_) return;
  closed_ = true;
  timer_.cancel();
  queue_.clear();
  queuedBytes_ = 0;
  withStream([](auto& s) {
    boost::system::error_code ignored;
    s.close(ignored);
  });
  onClosed();
}

void LineSession::read() {
  if (closed_) return;
  const auto buffer = framer_.prepare(kReadChunkBytes);
  withStream([&](auto& s) {
    s.async_read_some(asio::buffer(buffer.data(), buffer.size()),
                      [self = shared_from_this()](boost::system::error_code ec, std::size_t n) {
                        if (self->closed_) return;
                        if (ec) {
                          self->close();
                          return;
                        }
                        self->framer_.commit(n);
                        while (!self->closed_) {
                          auto event = self->framer_.next();
                          if (!event) break;
                          if (const auto* line = std::get_if<codec::Line>(&*event)) {
                            self->command(&line->text);
                          } else {
                            self->command(nullptr);
                          }
                        }
                        self->read();
                      });
  });
}

void LineSession::command(const std::string_view* line) {
  if (config_.faults) {
    auto [faults, generation] = config_.faults->snapshot();
    if (generation != faultGeneration_) {  // changed at run time: counts start again
      faultGeneration_ = generation;
      commands_ = 0;
      replies_ = 0;
      stalled_ = false;
    }
    faults_ = faults;
  }
  if (stalled_) return;
  ++commands_;
  if (faults_.stallAfterCommands && commands_ > *faults_.stallAfterCommands) {
    stalled_ = true;
    return;
  }
  if (faults_.dropAfterCommands && commands_ > *faults_.dropAfterCommands) {
    if (config_.serial) {  // nothing to close: the command is lost, the line recovers
      commands_ = 0;
      replies_ = 0;
    } else {
      close();
    }
    return;
  }
  if (line != nullptr) {
    onLine(*line);
  } else {
    onOversizedLine();
  }
}

void LineSession::reply(std::string_view line) {
  if (closed_ || stalled_) return;
  ++replies_;
  std::string bytes;
  bytes.reserve(line.size() + 1);
  bytes.append(line);
  bytes += '\n';
  if (faults_.corruptReply && replies_ == *faults_.corruptReply) bytes = garbled(bytes);
  enqueue(std::move(bytes), Clock::now() + faults_.replyDelay);
}

void LineSession::send(std::string bytes) {
  if (closed_ || stalled_ || bytes.empty()) return;
  enqueue(std::move(bytes), Clock::now());
}

void LineSession::enqueue(std::string bytes, Clock::time_point notBefore) {
  // Never before anything queued earlier: a delayed reply holds back what follows it.
  lastRelease_ = std::max(lastRelease_, notBefore);
  queuedBytes_ += bytes.size();
  queue_.push_back({std::move(bytes), lastRelease_});
  if (queuedBytes_ > config_.maxQueuedBytes) {
    if (!config_.serial) {
      close();  // the client does not read: do not grow without bound
      return;
    }
    queue_.clear();
    queuedBytes_ = 0;
  }
  pump();
}

void LineSession::pump() {
  if (closed_ || writeInFlight_ || queue_.empty()) return;
  const Clock::time_point now = Clock::now();
  if (queue_.front().notBefore > now) {
    if (timerArmed_) return;
    timerArmed_ = true;
    timer_.expires_at(queue_.front().notBefore);
    timer_.async_wait([self = shared_from_this()](boost::system::error_code ec) {
      self->timerArmed_ = false;
      if (ec || self->closed_) return;
      self->pump();
    });
    return;
  }
  writing_.clear();
  while (!queue_.empty() && queue_.front().notBefore <= now &&
         (writing_.empty() || writing_.size() + queue_.front().bytes.size() <= kWriteBatchBytes)) {
    Chunk& chunk = queue_.front();
    queuedBytes_ -= chunk.bytes.size();
    if (writing_.empty()) {
      writing_.swap(chunk.bytes);
    } else {
      writing_ += chunk.bytes;
    }
    queue_.pop_front();
  }
  writeInFlight_ = true;
  withStream([&](auto& s) {
    asio::async_write(s, asio::buffer(writing_),
                      [self = shared_from_this()](boost::system::error_code ec, std::size_t) {
                        self->writeInFlight_ = false;
                        if (self->closed_) return;
                        if (ec) {
                          self->close();
                          return;
                        }
                        self->pump();
                      });
  });
}

}  // namespace robocert::sim_server
