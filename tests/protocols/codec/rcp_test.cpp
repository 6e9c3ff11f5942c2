// Sources of the expected values: docs/protocols/rcp.md (RCP v1). The example session there is
// the golden vector, and every limit and error code in it has a case here.
#include "robocert/codec/rcp.hpp"

#include <gtest/gtest.h>

#include <clocale>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "codec_test_util.hpp"
#include "robocert/codec/line_framer.hpp"

namespace robocert::codec::rcp {
namespace {

using K = Error::Kind;

template <class T>
T valueOf(const std::variant<T, Error>& result) {
  EXPECT_TRUE(std::holds_alternative<T>(result))
      << describe(std::get<Error>(result).kind) << " at " << std::get<Error>(result).position;
  return std::holds_alternative<T>(result) ? std::get<T>(result) : T{};
}

template <class T>
Error errorOf(const std::variant<T, Error>& result) {
  EXPECT_TRUE(std::holds_alternative<Error>(result));
  return std::holds_alternative<Error>(result) ? std::get<Error>(result) : Error{};
}

Request request(std::string_view line) { return valueOf(parseRequest(line)); }
ServerMessage message(std::string_view line) { return valueOf(parseServerMessage(line)); }
Reply reply(std::string_view line) {
  const auto m = message(line);
  EXPECT_TRUE(std::holds_alternative<Reply>(m)) << line;
  return std::holds_alternative<Reply>(m) ? std::get<Reply>(m) : Reply{};
}
Event event(std::string_view line) {
  const auto m = message(line);
  EXPECT_TRUE(std::holds_alternative<Event>(m)) << line;
  return std::holds_alternative<Event>(m) ? std::get<Event>(m) : Event{};
}
Error requestError(std::string_view line) { return errorOf(parseRequest(line)); }
Error serverError(std::string_view line) { return errorOf(parseServerMessage(line)); }

Error err(K kind, std::size_t position, std::size_t field, std::optional<Tag> tag = std::nullopt) {
  return Error{kind, position, field, tag};
}

// ---- Golden vectors: the example session of docs/protocols/rcp.md ----

TEST(Rcp, SpecExampleRequestsParseAndFormatByteForByte) {
  const Request idn{1, IdnQuery{}};
  const Request move{2, Move{Move::Interpolation::Linear, {1200, 0, 900, 180, 0, 180}, 0.5}};
  const Request pose{3, PoseQuery{}};
  EXPECT_EQ(request("1 IDN?"), idn);
  EXPECT_EQ(request("2 MOVEL 1200 0 900 180 0 180 0.5"), move);
  EXPECT_EQ(request("3 POSE?"), pose);
  EXPECT_EQ(valueOf(formatRequest(idn)), "1 IDN?\n");
  EXPECT_EQ(valueOf(formatRequest(move)), "2 MOVEL 1200 0 900 180 0 180 0.5\n");
  EXPECT_EQ(valueOf(formatRequest(pose)), "3 POSE?\n");
}

TEST(Rcp, SpecExampleServerLinesParse) {
  const Reply idn = reply("1 OK RoboCert;SimBot-6;SIM-0001;1.0");
  EXPECT_EQ(idn, (Reply{1, Ok{"RoboCert;SimBot-6;SIM-0001;1.0"}}));
  EXPECT_EQ(valueOf(parseIdentity(std::get<Ok>(idn.result).values)),
            (Identity{"RoboCert", "SimBot-6", "SIM-0001", "1.0"}));

  EXPECT_EQ(reply("2 OK"), (Reply{2, Ok{""}}));
  const Pose target{1200, 0, 900, 180, 0, 180};
  EXPECT_EQ(event("EVT INPOS 2 1200.000 0.000 900.000 180.000 0.000 180.000"),
            Event(InPos{2, target}));
  const Reply pose = reply("3 OK 1200.000 0.000 900.000 180.000 0.000 180.000");
  EXPECT_EQ(pose.tag, 3u);
  EXPECT_EQ(valueOf(parsePose(std::get<Ok>(pose.result).values)), target);
}

TEST(Rcp, SpecExampleServerLinesFormatInShortestForm) {
  const Pose target{1200, 0, 900, 180, 0, 180};
  EXPECT_EQ(valueOf(formatReply(
                {1, Ok{valueOf(formatIdentity({"RoboCert", "SimBot-6", "SIM-0001", "1.0"}))}})),
            "1 OK RoboCert;SimBot-6;SIM-0001;1.0\n");
  EXPECT_EQ(valueOf(formatReply({2, Ok{}})), "2 OK\n");
  EXPECT_EQ(valueOf(formatEvent(InPos{2, target})), "EVT INPOS 2 1200 0 900 180 0 180\n");
  EXPECT_EQ(valueOf(formatReply({3, Ok{valueOf(formatPose(target))}})),
            "3 OK 1200 0 900 180 0 180\n");
}

TEST(Rcp, SpecExampleThroughTheLineFramerInAnyChunks) {
  // What the client reads in the example session, with CRLF line ends.
  const std::string stream =
      "1 OK RoboCert;SimBot-6;SIM-0001;1.0\r\n2 OK\r\n"
      "EVT INPOS 2 1200.000 0.000 900.000 180.000 0.000 180.000\r\n"
      "3 OK 1200.000 0.000 900.000 180.000 0.000 180.000\r\n";
  const auto render = [](const LineEvent& e) -> std::string {
    const auto* line = std::get_if<Line>(&e);
    if (line == nullptr) return "framing error";
    const auto parsed = parseServerMessage(line->text);
    if (const auto* error = std::get_if<Error>(&parsed)) {
      return std::string(describe(error->kind));
    }
    return valueOf(formatServerMessage(std::get<ServerMessage>(parsed)));
  };
  const std::vector<std::string> expected = {"1 OK RoboCert;SimBot-6;SIM-0001;1.0\n", "2 OK\n",
                                             "EVT INPOS 2 1200 0 900 180 0 180\n",
                                             "3 OK 1200.000 0.000 900.000 180.000 0.000 180.000\n"};
  for (std::size_t chunk : std::vector<std::size_t>{0, 1, 2, 3, 7, 64}) {
    EXPECT_EQ(test::runChunked(LineFramer({.terminator = "\n", .maxLineBytes = kFramedLineBytes}),
                               test::asBytes(stream), chunk, render),
              expected)
        << "chunk " << chunk;
  }
}

// ---- Every message, both directions ----

TEST(Rcp, EveryRequestRoundTrips) {
  const std::vector<std::pair<Request, std::string>> cases = {
      {{7, IdnQuery{}}, "7 IDN?\n"},
      {{8, StateQuery{}}, "8 STATE?\n"},
      {{9, PoseQuery{}}, "9 POSE?\n"},
      {{10, Move{Move::Interpolation::Joint, {-12.5, 1e-3, 0.1, -180, 90.25, 1e+20}, 1}},
       "10 MOVEJ -12.5 0.001 0.1 -180 90.25 1e+20 1\n"},
      {{11, Move{Move::Interpolation::Linear, {1, 2, 3, 4, 5, 6}, 0.05}},
       "11 MOVEL 1 2 3 4 5 6 0.05\n"},
      {{kMaxTag, Stop{}}, "2147483647 STOP\n"},
  };
  for (const auto& [value, text] : cases) {
    EXPECT_EQ(valueOf(formatRequest(value)), text);
    EXPECT_EQ(request(std::string_view(text).substr(0, text.size() - 1)), value) << text;
    const std::size_t begin = text.find(' ') + 1;
    const std::size_t end = text.find_first_of(" \n", begin);
    EXPECT_EQ(keyword(value.command), text.substr(begin, end - begin));
  }
}

TEST(Rcp, EveryReplyAndEventRoundTrips) {
  const std::vector<std::pair<ServerMessage, std::string>> cases = {
      {Reply{4, Ok{}}, "4 OK\n"},
      {Reply{4, Ok{"READY"}}, "4 OK READY\n"},
      {Reply{4, Ok{"FAULT emergency stop  pressed "}}, "4 OK FAULT emergency stop  pressed \n"},
      {Reply{5, Err{12, "target out of reach"}}, "5 ERR 12 target out of reach\n"},
      {Reply{5, Err{99, ""}}, "5 ERR 99\n"},
      {Event(InPos{6, {0.5, -0.25, 3, 0, -0.0, 359.999}}),
       "EVT INPOS 6 0.5 -0.25 3 0 -0 359.999\n"},
      {Event(Stopped{6}), "EVT STOPPED 6\n"},
      {Event(Fault{3, "emergency stop"}), "EVT FAULT 3 emergency stop\n"},
      {Event(Fault{0, ""}), "EVT FAULT 0\n"},
  };
  for (const auto& [value, text] : cases) {
    EXPECT_EQ(valueOf(formatServerMessage(value)), text);
    EXPECT_EQ(message(std::string_view(text).substr(0, text.size() - 1)), value) << text;
  }
}

TEST(Rcp, EverySpecErrorCodeRoundTripsWithItsMeaning) {
  const std::vector<std::pair<int, std::string_view>> codes = {
      {codes::kUnknownRequest, "unknown request"},
      {codes::kMalformedRequest, "malformed request"},
      {codes::kOutOfReach, "target out of reach"},
      {codes::kSpeedOutOfRange, "speed out of range"},
      {codes::kBusy, "busy: a move is running"},
      {codes::kInFault, "in fault: clear the fault on the controller first"},
  };
  for (const auto& [code, text] : codes) {
    EXPECT_EQ(meaning(code), text);
    const Reply r{42, Err{code, std::string(text)}};
    const std::string line = valueOf(formatReply(r));
    EXPECT_EQ(line, "42 ERR " + std::to_string(code) + " " + std::string(text) + "\n");
    EXPECT_EQ(reply(std::string_view(line).substr(0, line.size() - 1)), r);
  }
  EXPECT_EQ(meaning(99), "");
  EXPECT_EQ(reply("1 ERR 0"), (Reply{1, Err{0, ""}}));
  EXPECT_EQ(reply("1 ERR 2147483647 x"), (Reply{1, Err{2147483647, "x"}}));
}

TEST(Rcp, ReplyValues) {
  using S = ControllerState::Kind;
  EXPECT_EQ(valueOf(parseState("READY")), (ControllerState{S::Ready, ""}));
  EXPECT_EQ(valueOf(parseState("MOVING")), (ControllerState{S::Moving, ""}));
  EXPECT_EQ(valueOf(parseState("STOPPED")), (ControllerState{S::Stopped, ""}));
  EXPECT_EQ(valueOf(parseState("FAULT")), (ControllerState{S::Fault, ""}));
  EXPECT_EQ(valueOf(parseState("FAULT collision on axis 3")),
            (ControllerState{S::Fault, "collision on axis 3"}));
  EXPECT_EQ(valueOf(formatState({S::Fault, "collision on axis 3"})), "FAULT collision on axis 3");
  EXPECT_EQ(valueOf(formatState({S::Ready, "ignored"})), "READY");
  EXPECT_EQ(valueOf(formatState({S::Moving, ""})), "MOVING");
  EXPECT_EQ(valueOf(formatState({S::Stopped, ""})), "STOPPED");
  EXPECT_EQ(valueOf(formatState({S::Fault, ""})), "FAULT");

  // Identity fields may contain spaces and be empty.
  EXPECT_EQ(valueOf(parseIdentity("ACME Robotics;KR 6 R900;;V8.6 build 2")),
            (Identity{"ACME Robotics", "KR 6 R900", "", "V8.6 build 2"}));
  EXPECT_EQ(valueOf(parseIdentity(";;;")), (Identity{}));
  EXPECT_EQ(valueOf(formatIdentity({"ACME Robotics", "KR 6", "", "8"})), "ACME Robotics;KR 6;;8");
  EXPECT_EQ(errorOf(parseIdentity("a;b;c")), err(K::MissingField, 5, 3));
  EXPECT_EQ(errorOf(parseIdentity("a;b;c;d;e")), err(K::ExtraField, 8, 4));
  EXPECT_EQ(errorOf(parseIdentity("")), err(K::MissingField, 0, 1));
  EXPECT_EQ(errorOf(parseIdentity("a;b\t;c;d")), err(K::ControlCharacter, 3, 0));

  EXPECT_EQ(errorOf(parsePose("1 2 3 4 5")), err(K::MissingField, 9, 5));
  EXPECT_EQ(errorOf(parsePose("1 2 3 4 5 6 7")), err(K::ExtraField, 12, 6));
  EXPECT_EQ(errorOf(parsePose("1 2 x 4 5 6")), err(K::NotANumber, 4, 2));
  EXPECT_EQ(errorOf(parseState("IDLE")), err(K::UnknownState, 0, 0));
  EXPECT_EQ(errorOf(parseState("READY now")), err(K::ExtraField, 6, 1));
  EXPECT_EQ(errorOf(parseState("FAULT ")), err(K::EmptyField, 6, 1));
  EXPECT_EQ(errorOf(parseState("")), err(K::EmptyField, 0, 0));
}

// ---- Framing and field rules ----

TEST(Rcp, ACarriageReturnBeforeTheLineFeedIsIgnored) {
  EXPECT_EQ(request("1 IDN?\r"), (Request{1, IdnQuery{}}));
  EXPECT_EQ(reply("1 ERR 12 out of reach\r"), (Reply{1, Err{12, "out of reach"}}));
  EXPECT_EQ(requestError("1 IDN?\r\r"), err(K::ControlCharacter, 6, 1, 1));
  EXPECT_EQ(requestError("1 ID\rN?"), err(K::ControlCharacter, 4, 1, 1));
}

TEST(Rcp, LinesAreAtMost256Characters) {
  const std::string text256 = "1 ERR 12 " + std::string(256 - 9, 'x');
  ASSERT_EQ(text256.size(), 256u);
  EXPECT_EQ(std::get<Err>(reply(text256).result).text.size(), 247u);
  EXPECT_EQ(std::get<Err>(reply(text256 + "\r").result).text.size(), 247u);  // CR not counted
  EXPECT_EQ(serverError(text256 + "y"), err(K::LineTooLong, 256, 3, 1));
  EXPECT_EQ(requestError("9 " + std::string(300, 'A')), err(K::LineTooLong, 256, 1, 9));
  EXPECT_EQ(requestError(std::string(300, 'A')), err(K::LineTooLong, 256, 0));

  // Formatting refuses what the other side would refuse.
  EXPECT_EQ(valueOf(formatReply({1, Err{12, std::string(247, 'x')}})).size(), 257u);
  EXPECT_EQ(errorOf(formatReply({1, Err{12, std::string(248, 'x')}})), err(K::LineTooLong, 256, 3));
}

TEST(Rcp, FieldsAreSeparatedBySingleSpaces) {
  EXPECT_EQ(requestError(""), err(K::EmptyField, 0, 0));
  EXPECT_EQ(requestError(" 1 IDN?"), err(K::EmptyField, 0, 0));
  EXPECT_EQ(requestError("1  IDN?"), err(K::EmptyField, 2, 1, 1));
  EXPECT_EQ(requestError("1 IDN? "), err(K::EmptyField, 7, 2, 1));
  EXPECT_EQ(requestError("2 MOVEL 1 2  3 4 5 6 0.5"), err(K::EmptyField, 12, 4, 2));
  EXPECT_EQ(serverError("1 OK "), err(K::EmptyField, 5, 2, 1));
  EXPECT_EQ(serverError("1 OK  READY"), err(K::EmptyField, 5, 2, 1));
  EXPECT_EQ(serverError("1 ERR 12 "), err(K::EmptyField, 9, 3, 1));
  EXPECT_EQ(serverError("EVT STOPPED 4 "), err(K::EmptyField, 14, 3, 4));
  EXPECT_EQ(serverError(""), err(K::EmptyField, 0, 0));
  // Free text keeps inner and trailing spaces as they are.
  EXPECT_EQ(reply("1 ERR 12 a  b "), (Reply{1, Err{12, "a  b "}}));
  // The tab is not a separator.
  EXPECT_EQ(requestError("1\tIDN?"), err(K::ControlCharacter, 1, 0));
}

TEST(Rcp, FieldCounts) {
  EXPECT_EQ(requestError("1"), err(K::MissingField, 1, 1, 1));
  EXPECT_EQ(requestError("1 IDN? 2"), err(K::ExtraField, 7, 2, 1));
  EXPECT_EQ(requestError("1 STATE? x"), err(K::ExtraField, 9, 2, 1));
  EXPECT_EQ(requestError("1 POSE? x"), err(K::ExtraField, 8, 2, 1));
  EXPECT_EQ(requestError("1 STOP now"), err(K::ExtraField, 7, 2, 1));
  EXPECT_EQ(requestError("2 MOVEL 1 2 3 4 5 6"), err(K::MissingField, 19, 8, 2));
  EXPECT_EQ(requestError("2 MOVEJ 1 2 3"), err(K::MissingField, 13, 5, 2));
  EXPECT_EQ(requestError("2 MOVEL 1 2 3 4 5 6 0.5 7"), err(K::ExtraField, 24, 9, 2));
  EXPECT_EQ(serverError("1"), err(K::MissingField, 1, 1, 1));
  EXPECT_EQ(serverError("1 ERR"), err(K::MissingField, 5, 2, 1));
  EXPECT_EQ(serverError("EVT"), err(K::MissingField, 3, 1));
  EXPECT_EQ(serverError("EVT INPOS 2 1 2 3 4 5"), err(K::MissingField, 21, 8, 2));
  EXPECT_EQ(serverError("EVT INPOS 2 1 2 3 4 5 6 7"), err(K::ExtraField, 24, 9, 2));
  EXPECT_EQ(serverError("EVT INPOS"), err(K::MissingField, 9, 2));
  EXPECT_EQ(serverError("EVT STOPPED"), err(K::MissingField, 11, 2));
  EXPECT_EQ(serverError("EVT STOPPED 2 3"), err(K::ExtraField, 14, 3, 2));
  EXPECT_EQ(serverError("EVT FAULT"), err(K::MissingField, 9, 2));
}

TEST(Rcp, TagsAreWholeNumbersFrom1To2147483647) {
  EXPECT_EQ(request("2147483647 IDN?").tag, kMaxTag);
  EXPECT_EQ(request("1 IDN?").tag, kMinTag);
  EXPECT_EQ(request("007 IDN?").tag, 7u);  // leading zeros read as the number
  EXPECT_EQ(requestError("0 IDN?"), err(K::TagOutOfRange, 0, 0));
  EXPECT_EQ(requestError("2147483648 IDN?"), err(K::TagOutOfRange, 0, 0));
  EXPECT_EQ(requestError("99999999999999999999999 IDN?"), err(K::TagOutOfRange, 0, 0));
  EXPECT_EQ(requestError("x IDN?"), err(K::BadTag, 0, 0));
  EXPECT_EQ(requestError("-1 IDN?"), err(K::BadTag, 0, 0));
  EXPECT_EQ(requestError("+1 IDN?"), err(K::BadTag, 0, 0));
  EXPECT_EQ(requestError("1.0 IDN?"), err(K::BadTag, 0, 0));
  EXPECT_EQ(serverError("0 OK"), err(K::TagOutOfRange, 0, 0));
  EXPECT_EQ(serverError("OK"), err(K::BadTag, 0, 0));
  EXPECT_EQ(serverError("EVT INPOS 0 1 2 3 4 5 6"), err(K::TagOutOfRange, 10, 2));
  EXPECT_EQ(serverError("EVT STOPPED two"), err(K::BadTag, 12, 2));
  EXPECT_EQ(errorOf(formatRequest({0, IdnQuery{}})), err(K::TagOutOfRange, 0, 0));
  EXPECT_EQ(errorOf(formatRequest({kMaxTag + 1, IdnQuery{}})), err(K::TagOutOfRange, 0, 0));
  EXPECT_EQ(errorOf(formatEvent(Stopped{0})), err(K::TagOutOfRange, 12, 2));
  EXPECT_EQ(errorOf(formatReply({0, Ok{}})), err(K::TagOutOfRange, 0, 0));
}

TEST(Rcp, UnknownKeywords) {
  const Error unknown = requestError("5 HELLO");
  EXPECT_EQ(unknown, err(K::UnknownRequest, 2, 1, 5));
  EXPECT_EQ(replyCodeFor(unknown), codes::kUnknownRequest);
  EXPECT_EQ(requestError("5 idn?"), err(K::UnknownRequest, 2, 1, 5));  // case matters
  EXPECT_EQ(requestError("5 MOVE 1 2 3 4 5 6 1"), err(K::UnknownRequest, 2, 1, 5));
  EXPECT_EQ(serverError("5 MAYBE"), err(K::UnknownReply, 2, 1, 5));
  EXPECT_EQ(serverError("5 ok"), err(K::UnknownReply, 2, 1, 5));
  EXPECT_EQ(serverError("EVT BOOM 1"), err(K::UnknownEvent, 4, 1));
}

TEST(Rcp, NumbersAreDecimalWithAPoint) {
  const auto x = [](std::string_view text) {
    const auto r = parseRequest("1 MOVEL " + std::string(text) + " 0 0 0 0 0 1");
    return std::holds_alternative<Request>(r)
               ? std::get<Move>(std::get<Request>(r).command).target[0]
               : std::numeric_limits<double>::quiet_NaN();
  };
  EXPECT_EQ(x("-12.5"), -12.5);
  EXPECT_EQ(x("1e-3"), 1e-3);
  EXPECT_EQ(x("1E3"), 1000.0);
  EXPECT_EQ(x("+2.5"), 2.5);
  EXPECT_EQ(x(".5"), 0.5);
  EXPECT_EQ(x("5."), 5.0);
  EXPECT_EQ(x("1200.000"), 1200.0);
  EXPECT_EQ(x("4.9e-324"), std::numeric_limits<double>::denorm_min());  // subnormal is fine
  EXPECT_EQ(x("1.7976931348623157e308"), std::numeric_limits<double>::max());

  const auto bad = [](std::string_view text) {
    return requestError("1 MOVEL " + std::string(text) + " 0 0 0 0 0 1");
  };
  EXPECT_EQ(bad("1,5"), err(K::NotANumber, 9, 2, 1));
  EXPECT_EQ(bad("inf"), err(K::NotANumber, 8, 2, 1));
  EXPECT_EQ(bad("-inf"), err(K::NotANumber, 9, 2, 1));
  EXPECT_EQ(bad("nan"), err(K::NotANumber, 8, 2, 1));
  EXPECT_EQ(bad("0x10"), err(K::NotANumber, 9, 2, 1));
  EXPECT_EQ(bad("1e"), err(K::NotANumber, 10, 2, 1));
  EXPECT_EQ(bad("1e+"), err(K::NotANumber, 11, 2, 1));
  EXPECT_EQ(bad("."), err(K::NotANumber, 9, 2, 1));
  EXPECT_EQ(bad("-"), err(K::NotANumber, 9, 2, 1));
  EXPECT_EQ(bad("+-1"), err(K::NotANumber, 9, 2, 1));
  EXPECT_EQ(bad("1..2"), err(K::NotANumber, 10, 2, 1));
  EXPECT_EQ(bad("1e5.0"), err(K::NotANumber, 11, 2, 1));
  EXPECT_EQ(bad("\xC2\xB5"), err(K::NonAscii, 8, 2, 1));
  EXPECT_EQ(bad("1e999"), err(K::NumberOutOfRange, 8, 2, 1));
  EXPECT_EQ(bad("-1e999"), err(K::NumberOutOfRange, 8, 2, 1));
  EXPECT_EQ(bad("1e-400"), err(K::NumberOutOfRange, 8, 2, 1));
  EXPECT_EQ(replyCodeFor(bad("1,5")), codes::kMalformedRequest);
}

TEST(Rcp, NumbersFormatInTheShortestFormThatReadsBackExactly) {
  for (double v : {0.0, -0.0, 0.1, 1.0 / 3.0, -12.5, 1e-300, 123456789.123456789, 1e22,
                   std::numeric_limits<double>::max(), std::numeric_limits<double>::denorm_min(),
                   std::numeric_limits<double>::lowest()}) {
    const auto text = formatNumber(v);
    ASSERT_TRUE(text.has_value());
    const Request r{1, Move{Move::Interpolation::Joint, {v, v, v, v, v, v}, 1}};
    const std::string line = valueOf(formatRequest(r));
    ASSERT_EQ(line.back(), '\n');
    const Request back = request(std::string_view(line).substr(0, line.size() - 1));
    EXPECT_EQ(back, r) << *text;
    EXPECT_EQ(std::signbit(std::get<Move>(back.command).target[0]), std::signbit(v));
  }
  EXPECT_EQ(formatNumber(0.5), "0.5");
  EXPECT_EQ(formatNumber(1200.0), "1200");
  EXPECT_EQ(formatNumber(1e-7), "1e-07");
  EXPECT_EQ(formatNumber(std::numeric_limits<double>::quiet_NaN()), std::nullopt);
  EXPECT_EQ(formatNumber(std::numeric_limits<double>::infinity()), std::nullopt);
  const Pose nanPose{1, 2, std::numeric_limits<double>::quiet_NaN(), 4, 5, 6};
  EXPECT_EQ(errorOf(formatRequest({3, Move{Move::Interpolation::Linear, nanPose, 1}})),
            err(K::NotANumber, 12, 4));
  EXPECT_EQ(errorOf(formatEvent(InPos{3, nanPose})), err(K::NotANumber, 16, 5));
  EXPECT_EQ(errorOf(formatPose({-std::numeric_limits<double>::infinity(), 0, 0, 0, 0, 0})),
            err(K::NotANumber, 0, 0));
}

TEST(Rcp, NumbersIgnoreTheLocale) {
  const char* found = nullptr;
  for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8"}) {
    if ((found = std::setlocale(LC_ALL, name)) != nullptr) break;
  }
  if (found == nullptr) GTEST_SKIP() << "no comma-decimal locale installed";
  EXPECT_EQ(formatNumber(1.5), "1.5");
  EXPECT_EQ(std::get<Move>(request("1 MOVEL 1.5 0 0 0 0 0 0.5").command).target[0], 1.5);
  EXPECT_EQ(requestError("1 MOVEL 1,5 0 0 0 0 0 0.5").kind, K::NotANumber);
  std::setlocale(LC_ALL, "C");
}

TEST(Rcp, SpeedIsAFractionInZeroToOne) {
  const auto speed = [](std::string_view text) {
    return "1 MOVEJ 0 0 0 0 0 0 " + std::string(text);
  };
  EXPECT_EQ(std::get<Move>(request(speed("1")).command).speed, 1.0);
  EXPECT_EQ(std::get<Move>(request(speed("1e-9")).command).speed, 1e-9);
  EXPECT_EQ(std::get<Move>(request(speed("1.000")).command).speed, 1.0);
  for (const char* text : {"0", "-0", "-0.1", "1.0000001", "1.5", "2"}) {
    const Error e = requestError(speed(text));
    EXPECT_EQ(e, err(K::SpeedOutOfRange, 20, 8, 1)) << text;
    EXPECT_EQ(replyCodeFor(e), codes::kSpeedOutOfRange);
  }
  EXPECT_EQ(requestError(speed("fast")), err(K::NotANumber, 20, 8, 1));
  for (double v : {0.0, -0.5, 1.0 + 1e-15, std::numeric_limits<double>::quiet_NaN()}) {
    EXPECT_EQ(errorOf(formatRequest({1, Move{Move::Interpolation::Linear, {}, v}})),
              err(K::SpeedOutOfRange, 20, 8))
        << v;
  }
}

TEST(Rcp, ErrorCodesAreWholeNumbers) {
  EXPECT_EQ(serverError("1 ERR x"), err(K::BadErrorCode, 6, 2, 1));
  EXPECT_EQ(serverError("1 ERR -1 x"), err(K::BadErrorCode, 6, 2, 1));
  EXPECT_EQ(serverError("1 ERR 2147483648"), err(K::BadErrorCode, 6, 2, 1));
  EXPECT_EQ(serverError("1 ERR 1.5"), err(K::BadErrorCode, 6, 2, 1));
  EXPECT_EQ(serverError("EVT FAULT E3 estop"), err(K::BadErrorCode, 10, 2));
  EXPECT_EQ(errorOf(formatReply({1, Err{-1, "x"}})), err(K::BadErrorCode, 6, 2));
  EXPECT_EQ(errorOf(formatEvent(Fault{-3, "x"})), err(K::BadErrorCode, 10, 2));
}

TEST(Rcp, ControlCharactersNeverAndNonAsciiOnlyInFreeText) {
  EXPECT_EQ(requestError("1 IDN?\t"), err(K::ControlCharacter, 6, 1, 1));
  EXPECT_EQ(requestError("1 IDN?\x7F"), err(K::ControlCharacter, 6, 1, 1));
  EXPECT_EQ(serverError("1 ERR 12 a\x01z"), err(K::ControlCharacter, 10, 3, 1));
  EXPECT_EQ(serverError(std::string("EVT FAULT 3 a\0b", 15)), err(K::ControlCharacter, 13, 3));
  EXPECT_EQ(requestError("1 ID\xC3\x9F?"), err(K::NonAscii, 4, 1, 1));
  EXPECT_EQ(serverError("1 \xC3\x9F"), err(K::NonAscii, 2, 1, 1));
  // Free text passes bytes >= 0x80 through (a controller may speak UTF-8).
  EXPECT_EQ(reply("1 ERR 12 Ziel au\xC3\x9F"
                  "erhalb"),
            (Reply{1, Err{12,
                          "Ziel au\xC3\x9F"
                          "erhalb"}}));
  EXPECT_EQ(event("EVT FAULT 7 Not-Aus \xC3\xBC"), Event(Fault{7, "Not-Aus \xC3\xBC"}));
  EXPECT_EQ(valueOf(formatEvent(Fault{7, "\xC3\xBC"})), "EVT FAULT 7 \xC3\xBC\n");

  EXPECT_EQ(errorOf(formatReply({1, Err{12, "two\nlines"}})), err(K::ControlCharacter, 12, 3));
  EXPECT_EQ(errorOf(formatReply({1, Ok{"a\rb"}})), err(K::ControlCharacter, 6, 2));
  EXPECT_EQ(errorOf(formatEvent(Fault{1, "x\ty"})), err(K::ControlCharacter, 13, 3));
  EXPECT_EQ(errorOf(formatIdentity({"a", "b\n", "c", "d"})), err(K::ControlCharacter, 3, 1));
  EXPECT_EQ(errorOf(formatState({ControllerState::Kind::Fault, "a\x1B"})),
            err(K::ControlCharacter, 7, 1));
}

TEST(Rcp, TextThatCannotBeSentIsRefused) {
  // Leading space: the other side would see an empty field.
  EXPECT_EQ(errorOf(formatReply({1, Err{12, " x"}})), err(K::BadText, 9, 3));
  EXPECT_EQ(errorOf(formatReply({1, Ok{" READY"}})), err(K::BadText, 5, 2));
  EXPECT_EQ(errorOf(formatEvent(Fault{1, " x"})), err(K::BadText, 12, 3));
  EXPECT_EQ(errorOf(formatState({ControllerState::Kind::Fault, " x"})), err(K::BadText, 6, 1));
  // ';' separates identity fields.
  EXPECT_EQ(errorOf(formatIdentity({"a", "b;c", "d", "e"})), err(K::BadText, 3, 1));
}

TEST(Rcp, EveryErrorKindIsDescribed) {
  for (int k = 0; k <= static_cast<int>(K::BadText); ++k) {
    const auto text = describe(static_cast<K>(k));
    EXPECT_FALSE(text.empty());
    EXPECT_NE(text, "unknown RCP error") << k;
  }
  EXPECT_EQ(replyCodeFor(err(K::ExtraField, 0, 0, 1)), codes::kMalformedRequest);
  EXPECT_EQ(replyCodeFor(err(K::TagOutOfRange, 0, 0)), codes::kMalformedRequest);
}

}  // namespace
}  // namespace robocert::codec::rcp
