#pragma once

// ScpiInstrument: an SCPI instrument (thermometer, DMM, power analyser, environment sensor) on a
// raw socket (tcp://HOST:5025) or a serial line (serial:///dev/ttyUSB0?baud=9600), over a
// transport::Link it owns (docs/protocols/scpi.md). It is a devices::ScalarSensor reading one
// configured measurement query, and offers query() and write() for anything else.
//
// - Messages are lines ended by ScpiOptions::terminator, in both directions.
// - Operations go one at a time, in the order they were made: SCPI replies carry no tags, so a
//   reply is paired with the query by order alone.
// - Each operation has a deadline, ScpiOptions::timeout, from being sent to its last reply
//   (error-queue replies included). *IDN? has its own, per attempt (idnTimeout).
// - Error queue: after every write() (and after every query() with checkErrorsAfterQuery) the
//   driver reads SYST:ERR? until the instrument answers 0 ("No error"), and fails the operation
//   with Refused naming every error it found, code and text.
// - Late replies: a query that went unanswered may still be answered later, and that reply must
//   not be taken for the reply to the next query. So after any unanswered query (a timed-out
//   operation, an *IDN? the instrument ignored) the driver sends nothing for lateReplyWindow and
//   discards every line that arrives then. When the instrument never answered at all and
//   checkErrors is on, it then empties the error queue (the instrument's complaint about the
//   query it did not understand, e.g. -113 "Undefined header", would otherwise be blamed on the
//   next write) and reports what it removed through Hooks::warning.
//
// Errors (devices::DeviceError):
//   Timeout       no reply (or no SYST:ERR? reply) within the operation's timeout.
//   Disconnected  not connected, the connection was lost, or the driver was closed.
//   Protocol      a reply line longer than maxLineBytes, a SYST:ERR? reply that is not
//                 <code>,"<text>", an error queue that does not empty within maxErrorEntries,
//                 an *IDN? reply with control characters, or (read()) a measurement reply that
//                 is not a number.
//   Refused       the instrument's error queue held errors after the operation:
//                 "-222 Data out of range"; also a command refused before sending (empty, a line
//                 break inside, a query given to write() or a command given to query()), and
//                 a measurement the instrument reports as overload (±9.9E37) or not-a-number
//                 (9.91E37).
//
// Threads: every public function may be called from any thread; the work is posted to the
// io_context, and every completion and hook runs on the io_context's thread.
//
// Lifetimes (as RcpManipulator): the io_context must outlive the driver. Destroying the driver
// detaches the hooks at once and closes the link on the io_context's thread, where pending
// operations then complete with Disconnected. Tear down in this order: the driver, then let the
// io_context run what is queued, then an attached lifecycle. A FrameLog must outlive the
// io_context's last run.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "robocert/codec/scpi.hpp"
#include "robocert/devices/device.hpp"
#include "robocert/devices/lifecycle.hpp"
#include "robocert/transport/link.hpp"

namespace robocert::drivers {

struct ScpiOptions {
  // Ends every message sent and every reply line: "\n" (default; a '\r' before it is ignored,
  // so "\r\n" instruments work too), "\r\n" or "\r". Must not be empty.
  std::string terminator = "\n";
  // From sending a query(), write() or read() to its last reply, error-queue check included.
  std::chrono::milliseconds timeout{2000};

  // Identification: *IDN? (or idnQuery), sent up to idnAttempts times, each waiting idnTimeout.
  std::string idnQuery = "*IDN?";
  int idnAttempts = 2;
  std::chrono::milliseconds idnTimeout{1000};
  // The identity identify() gives when the instrument never answers (e.g. from the test plan).
  // Without one it gives maker, model, serial and firmware "unknown". See lastIdentification().
  std::optional<devices::Identity> fallbackIdentity;

  // After an unanswered query: how long to discard input before sending anything else.
  std::chrono::milliseconds lateReplyWindow{1000};

  // The ScalarSensor: read() sends measureQuery and parses its reply as one SCPI number.
  std::string measureQuery = "MEAS?";  // e.g. "MEAS:TEMP?"
  std::string quantity = "value";      // e.g. "temperature"
  std::string unit;                    // e.g. "°C"

  bool checkErrors = true;  // SYST:ERR? after every write(); off for instruments without it
  bool checkErrorsAfterQuery = false;  // SYST:ERR? after every query() and read() too
  int maxErrorEntries = 32;            // SYST:ERR? replies read at most per check
  std::size_t maxLineBytes = 4096;     // longer reply lines are a Protocol error

  transport::Link::Options link;  // connect and write timeouts, reconnect backoff
};

class ScpiInstrument final : public devices::ScalarSensor {
 public:
  // Called on the io_context's thread. Reasons and messages are for a person and name the URL.
  struct Hooks {
    std::function<void()> linkUp;                             // connected (again)
    std::function<void(const std::string& reason)> linkDown;  // lost, or cannot connect
    // Input the driver discarded (late or unsolicited lines) and errors it removed from the
    // instrument's error queue after an unanswered query. For logs.
    std::function<void(const std::string& message)> warning;
  };

  // Does no I/O until start(). `log` (may be null) records the raw traffic for replay.
  // Throws std::invalid_argument for an empty terminator, maxLineBytes == 0, idnAttempts < 1,
  // or a URL that is neither tcp:// nor serial://.
  ScpiInstrument(boost::asio::io_context& io, transport::Url url, ScpiOptions options = {},
                 transport::FrameLog* log = nullptr);
  ~ScpiInstrument() override;
  ScpiInstrument(const ScpiInstrument&) = delete;
  ScpiInstrument& operator=(const ScpiInstrument&) = delete;

  // Connects, and reconnects after every loss until close(). Set hooks first.
  void start();
  // Closes the connection: pending operations complete with Disconnected, linkDown is reported.
  void close();

  // Routes link up/down to `lifecycle` (which must outlive the attachment); the lifecycle then
  // identifies the instrument on every connection. Replaces earlier hooks.
  void attach(devices::DeviceLifecycle& lifecycle);
  void setHooks(Hooks hooks);
  // No hook is called after this returns (it waits for a hook running on the io thread).
  void detach();

  // *IDN? -> maker, model, serial, firmware. An instrument that does not answer is no error:
  // after idnAttempts × idnTimeout it gives fallbackIdentity or "unknown" for all four, and a
  // reply that is not four fields gives maker "unknown" and the reply as the model. Fails with
  // Disconnected, or Protocol for a reply with control characters (a wrong baud rate or
  // terminator) or longer than maxLineBytes.
  void identify(devices::Completion<devices::Identity> done) override;
  // How the last identify() ended: the reply, or that none came (codec::scpi::IdnResult).
  std::optional<codec::scpi::IdnResult> lastIdentification() const;

  std::string quantity() const override;
  // measureQuery -> Reading{host clock in ns since the Unix epoch, the number, unit}.
  void read(devices::Completion<devices::Reading> done) override;

  // Sends a query (a message with at least one header ending in '?', e.g. "MEAS:TEMP?" or
  // "CONF:TEMP TC,K;:READ?") and completes with its reply line, without terminator and
  // surrounding blanks.
  void query(std::string command, devices::Completion<std::string> done);
  // Sends a command that has no reply ("CONF:TEMP TC,K"), then checks the error queue (unless
  // checkErrors is off, when it completes once the bytes are written).
  void write(std::string command, devices::Done done);

  // Lines discarded since construction: late replies, lines nobody asked for, oversized lines
  // with no operation waiting. Readable from any thread.
  std::uint64_t discardedLines() const;

  const transport::Url& url() const { return url_; }

 private:
  struct Impl;
  transport::Url url_;
  std::shared_ptr<Impl> impl_;  // also held by handlers queued on the io_context
};

}  // namespace robocert::drivers
