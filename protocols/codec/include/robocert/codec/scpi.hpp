#pragma once

// SCPI (SCPI-99, over IEEE 488.2 syntax) message building and response parsing. Messages are
// lines: frame the instrument's output with LineFramer (terminator "\n"; parsers here ignore a
// trailing '\r' and surrounding blanks, so "\r\n" instruments work too). Locale-free
// (std::to_chars / std::from_chars); errors are values with the byte position in the input.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace robocert::codec::scpi {

struct Error {
  enum class Kind {
    InvalidHeader,       // not a program header: [:]MNEM[:MNEM...][?] or *MNEM[?]
    QueryHeader,         // buildCommand() given a query header (its answer would go unread)
    InvalidParameter,    // mnemonic with invalid characters, or a non-finite number
    EmptyField,          // nothing where a value was expected
    NotANumber,          // not NR1/NR2/NR3 (or not an integer for parseInteger)
    OutOfRange,          // number does not fit (double overflow / underflow, int64)
    NotAString,          // field not enclosed in quotes
    UnterminatedString,  // opening quote without a closing one
    TextAfterString,     // characters after a closing quote in the same field
    InvalidBlock,        // malformed '#' block header
    IncompleteBlock,     // block header promises more bytes than there are
    FieldCount,          // *IDN? reply without 4 fields, SYST:ERR? reply without 2
  };
  Kind kind = Kind::InvalidHeader;
  std::size_t position = 0;  // byte index in the input where the problem starts
  bool operator==(const Error&) const = default;
};

std::string_view describe(Error::Kind kind);

// ---- Building program messages ----

// One parameter of a program message, formatted when it is made.
class Param {
 public:
  static Param integer(std::int64_t value);  // NR1
  static Param number(double value);  // shortest text that reads back exactly; NaN/inf invalid
  static Param mnemonic(std::string_view text);            // character data: MAX, DEF, ON, BUS, ...
  static Param string(std::string_view text);              // "quoted", embedded '"' doubled
  static Param block(std::span<const std::uint8_t> data);  // #<digits><length><data>

  std::string_view text() const { return text_; }
  bool valid() const { return valid_; }

 private:
  Param(std::string text, bool valid) : text_(std::move(text)), valid_(valid) {}
  std::string text_;
  bool valid_;
};

// `header` + (space + params joined by ',') + terminator, e.g.
// buildCommand("SOUR:VOLT", {Param::number(1.5)}) == "SOUR:VOLT 1.5\n". Errors: InvalidHeader,
// QueryHeader (header ends in '?'), InvalidParameter (position = parameter index).
std::variant<std::string, Error> buildCommand(std::string_view header,
                                              std::span<const Param> params = {},
                                              std::string_view terminator = "\n");
std::variant<std::string, Error> buildCommand(std::string_view header,
                                              std::initializer_list<Param> params,
                                              std::string_view terminator = "\n");
// Like buildCommand, adding the '?' when the header lacks it: buildQuery("MEAS:VOLT:DC") ==
// "MEAS:VOLT:DC?\n".
std::variant<std::string, Error> buildQuery(std::string_view header,
                                            std::span<const Param> params = {},
                                            std::string_view terminator = "\n");
std::variant<std::string, Error> buildQuery(std::string_view header,
                                            std::initializer_list<Param> params,
                                            std::string_view terminator = "\n");

// True for [:]MNEM[:MNEM...][?] (mnemonic = letter then letters, digits, '_') and *MNEM[?].
bool isValidHeader(std::string_view header);

// ---- Parsing response messages ----

// Splits a response line at `separator` (',' between data elements, ';' between the replies
// of a compound query) outside quoted strings and '#' blocks; trims blanks, '\r' and '\n'
// around each field. Fields keep their quotes: pass them to parseString(). An empty line is one
// empty field. Views point into `line`.
std::variant<std::vector<std::string_view>, Error> splitFields(std::string_view line,
                                                               char separator = ',');

// Decimal numeric response data NR1 ("+5"), NR2 ("-3.14"), NR3 ("1.0E-3") and NRf, with
// optional surrounding blanks. No "inf"/"nan"/hex text: SCPI reports those as numbers, see
// isScpiInfinity() / isScpiNan().
std::variant<double, Error> parseNumber(std::string_view field);
// NR1 integers, and IEEE 488.2 non-decimal numerics #H1F, #Q17, #B1011.
std::variant<std::int64_t, Error> parseInteger(std::string_view field);
// "..." or '...' with doubled quotes inside; returns the text without quotes.
std::variant<std::string, Error> parseString(std::string_view field);

// SCPI-99 7.2.1.5: instruments report +/-infinity as +/-9.9E37 and not-a-number as 9.91E37.
inline constexpr double kScpiInfinity = 9.9e37;
inline constexpr double kScpiNan = 9.91e37;
bool isScpiInfinity(double value);  // +9.9E37 or -9.9E37
bool isScpiNan(double value);       // 9.91E37

// Definite-length block header "#<n><n digits of length>": where the data starts and how long
// it is. IncompleteBlock when `bytes` ends inside the header. (Indefinite blocks "#0..." end at
// the line terminator and need no header parsing.)
struct BlockHeader {
  std::size_t headerBytes = 0;  // '#', the digit count, the length digits
  std::size_t dataBytes = 0;
};
std::variant<BlockHeader, Error> parseBlockHeader(std::string_view bytes);

// *IDN? reply (IEEE 488.2 10.14): manufacturer, model, serial number ("0" when none), firmware.
struct Identity {
  std::string manufacturer;
  std::string model;
  std::string serial;
  std::string firmware;
  bool operator==(const Identity&) const = default;
};
// Exactly four fields; fields an instrument quotes anyway are unquoted.
std::variant<Identity, Error> parseIdentity(std::string_view line);

// SYST:ERR? reply: <code>,"<message>[;<device-dependent detail>]", e.g. -113,"Undefined header".
struct SystemError {
  int code = 0;
  std::string message;
  std::string detail;  // text after the first ';' in the quoted string, if any
  bool isNoError() const { return code == 0; }
  bool operator==(const SystemError&) const = default;
};
std::variant<SystemError, Error> parseSystemError(std::string_view line);

// SCPI-99 21.8 error classes by code range.
enum class ErrorClass {
  NoError,            // 0
  Command,            // -100..-199: syntax, the message was not understood
  Execution,          // -200..-299: understood but could not be executed
  DeviceSpecific,     // -300..-399
  Query,              // -400..-499: output queue problems (e.g. query interrupted)
  PowerOn,            // -500..-599
  UserRequest,        // -600..-699
  RequestControl,     // -700..-799
  OperationComplete,  // -800..-899
  DeviceDefined,      // positive codes
  Unknown,            // other negative codes
};
ErrorClass classify(int code);

// ---- Identifying instruments that may not answer *IDN? ----

// *IDN? is mandatory in IEEE 488.2, yet some instruments (pre-488.2 or in a compatibility mode)
// never answer it, and the first query after connecting can be eaten by a half-received
// command. The codec has no clock, so this is a state machine the driver steps:
//
//   IdnProbe probe({.fallback = identityFromPlan});   // step() == Send
//   write(probe.query() + "\n"); arm timer;
//   line arrives  -> step = probe.onReply(line);
//   timer expires -> step = probe.onTimeout();
//   step == Send: write probe.query() again and re-arm; step == Done: use probe.result().
//
// After Done, result().unansweredQueries replies may still arrive late: the driver must discard
// input (read and drop lines for one timeout) before its next query, or a late *IDN? reply
// would be taken as the answer to that query.
struct IdnProbeOptions {
  std::string query = "*IDN?";       // e.g. "ID?" for instruments with a vendor identity query
  int attempts = 2;                  // sends before giving up (at least 1)
  std::optional<Identity> fallback;  // what the test plan says is connected
};

struct IdnResult {
  enum class Source {
    Reply,          // parsed *IDN? reply
    UnparsedReply,  // the instrument answered, but not with 4 fields: see `reply`
    Fallback,       // no answer: `identity` is the configured fallback (unverified)
    None,           // no answer and no fallback configured
  };
  Source source = Source::None;
  Identity identity;
  std::string reply;          // the raw reply line, trimmed ("" without one)
  int unansweredQueries = 0;  // sends without a reply yet: late replies to discard
};

class IdnProbe {
 public:
  enum class Step {
    Send,  // send query() now (the state on construction, and after a timeout with retries left)
    Done,  // result() is final; further calls change nothing
  };

  explicit IdnProbe(IdnProbeOptions options = {});

  // What to send (without terminator) whenever a step is Send, starting with the first.
  std::string_view query() const { return options_.query; }
  // The driver received a line after a send. Returns Done.
  Step onReply(std::string_view line);
  // The driver's timer for the last send expired. Returns Send while attempts remain, else Done.
  Step onTimeout();

  Step step() const { return step_; }
  const IdnResult& result() const { return result_; }  // meaningful once step() == Done

 private:
  IdnProbeOptions options_;
  Step step_ = Step::Send;
  int sent_ = 1;  // onReply/onTimeout are only called after the driver sent the first query
  IdnResult result_;
};

}  // namespace robocert::codec::scpi
