// Sources of the expected values:
// - IEEE 488.2-1992 8.7 (NR1 "+5", NR2 "-3.14", NR3 "1.0E-3" response formats), 8.7.8
//   non-decimal numerics (#H, #Q, #B), 8.7.9 definite-length blocks "#<n><len><data>",
//   10.14 *IDN? response with the example "XYZCO,246B,S000-0123-02,0".
// - SCPI-99 vol. 1 7.2.1.5 (9.9E37 infinity, 9.91E37 not-a-number), vol. 2 21.8 error queue:
//   "-113,\"Undefined header\"", "0,\"No error\"", error classes by hundreds.
#include "robocert/codec/scpi.hpp"

#include <gtest/gtest.h>

#include <clocale>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "codec_test_util.hpp"

namespace robocert::codec::scpi {
namespace {

std::string built(const std::variant<std::string, Error>& result) {
  EXPECT_TRUE(std::holds_alternative<std::string>(result))
      << describe(std::get<Error>(result).kind);
  return std::holds_alternative<std::string>(result) ? std::get<std::string>(result) : "";
}

template <class T>
Error errorOf(const std::variant<T, Error>& result) {
  EXPECT_TRUE(std::holds_alternative<Error>(result));
  return std::holds_alternative<Error>(result) ? std::get<Error>(result) : Error{};
}

template <class T>
T valueOf(const std::variant<T, Error>& result) {
  EXPECT_TRUE(std::holds_alternative<T>(result)) << describe(std::get<Error>(result).kind);
  return std::holds_alternative<T>(result) ? std::get<T>(result) : T{};
}

std::vector<std::string> fields(std::string_view line, char separator = ',') {
  const auto split = splitFields(line, separator);
  const auto views = valueOf(split);
  return {views.begin(), views.end()};
}

TEST(Scpi, BuildsQueriesAndCommands) {
  EXPECT_EQ(built(buildQuery("MEAS:VOLT:DC")), "MEAS:VOLT:DC?\n");
  EXPECT_EQ(built(buildQuery("*IDN?")), "*IDN?\n");
  EXPECT_EQ(built(buildQuery("SYST:ERR")), "SYST:ERR?\n");
  EXPECT_EQ(built(buildCommand("*RST")), "*RST\n");
  EXPECT_EQ(built(buildCommand(":SOUR1:VOLT", {Param::number(1.5)})), ":SOUR1:VOLT 1.5\n");
  EXPECT_EQ(built(buildQuery("MEAS:VOLT:DC", {Param::number(10), Param::number(0.001)})),
            "MEAS:VOLT:DC? 10,0.001\n");
  EXPECT_EQ(built(buildCommand("CONF:VOLT:DC", {Param::integer(-10), Param::mnemonic("DEF")})),
            "CONF:VOLT:DC -10,DEF\n");
  EXPECT_EQ(built(buildCommand("DISP:TEXT", {Param::string("say \"hi\"")})),
            "DISP:TEXT \"say \"\"hi\"\"\"\n");
  EXPECT_EQ(built(buildCommand("OUTP", {Param::mnemonic("ON")}, "\r\n")), "OUTP ON\r\n");
  EXPECT_EQ(built(buildCommand("SOUR:VOLT", {Param::number(1e20)})), "SOUR:VOLT 1e+20\n");
  EXPECT_EQ(built(buildCommand("SOUR:VOLT", {Param::number(1.25e-7)})), "SOUR:VOLT 1.25e-07\n");
}

TEST(Scpi, RejectsBadHeadersAndParameters) {
  for (std::string_view header : {"", ":", "?", "MEAS::VOLT", "MEAS VOLT", "1ABC", "*", "*IDN1",
                                  "MEAS:VOLT;*RST", "MEAS:", "MEAS:VOLT??", "ME-AS"}) {
    EXPECT_FALSE(isValidHeader(header)) << header;
    EXPECT_EQ(errorOf(buildCommand(header)).kind, Error::Kind::InvalidHeader) << header;
  }
  EXPECT_TRUE(isValidHeader("SENS:VOLT:DC:RANG:AUTO"));
  EXPECT_TRUE(isValidHeader(":TRIG2:SOUR_X?"));
  // A query sent as a command would leave its reply unread and desynchronise the session.
  EXPECT_EQ(errorOf(buildCommand("MEAS:VOLT?")), (Error{Error::Kind::QueryHeader, 9}));
  EXPECT_EQ(errorOf(buildCommand("VOLT", {Param::number(1), Param::mnemonic("1X")})),
            (Error{Error::Kind::InvalidParameter, 1}));
  EXPECT_EQ(errorOf(buildCommand("VOLT", {Param::number(std::nan(""))})).kind,
            Error::Kind::InvalidParameter);
  EXPECT_EQ(errorOf(buildCommand("VOLT", {Param::number(HUGE_VAL)})).kind,
            Error::Kind::InvalidParameter);
  EXPECT_FALSE(Param::string("two\nlines").valid());
}

TEST(Scpi, NumbersRoundTripExactly) {
  for (double v : {0.0, -0.0, 1.5, -273.15, 1e-300, 6.02214076e23, 0.1, 1.0 / 3.0,
                   std::numeric_limits<double>::max(), std::numeric_limits<double>::denorm_min()}) {
    const Param p = Param::number(v);
    ASSERT_TRUE(p.valid());
    EXPECT_EQ(valueOf(parseNumber(p.text())), v) << p.text();
  }
}

TEST(Scpi, ParsesNr1Nr2Nr3) {
  EXPECT_EQ(valueOf(parseNumber("+5")), 5.0);
  EXPECT_EQ(valueOf(parseNumber("-17")), -17.0);
  EXPECT_EQ(valueOf(parseNumber("-3.14")), -3.14);
  EXPECT_EQ(valueOf(parseNumber("1.0E-3")), 1.0e-3);
  EXPECT_EQ(valueOf(parseNumber("+1.23456789E+02")), 123.456789);
  EXPECT_EQ(valueOf(parseNumber(".5")), 0.5);
  EXPECT_EQ(valueOf(parseNumber("5.")), 5.0);
  EXPECT_EQ(valueOf(parseNumber("2e3")), 2000.0);
  EXPECT_EQ(valueOf(parseNumber("  -4.5E+00\r\n")), -4.5);
  EXPECT_TRUE(isScpiInfinity(valueOf(parseNumber("+9.90000000E+37"))));
  EXPECT_TRUE(isScpiInfinity(valueOf(parseNumber("-9.9E37"))));
  EXPECT_TRUE(isScpiNan(valueOf(parseNumber("9.91E37"))));
  EXPECT_FALSE(isScpiNan(9.9e37));
}

TEST(Scpi, RejectsWhatIsNotADecimalNumber) {
  using K = Error::Kind;
  EXPECT_EQ(errorOf(parseNumber("")), (Error{K::EmptyField, 0}));
  EXPECT_EQ(errorOf(parseNumber("  ")).kind, K::EmptyField);
  EXPECT_EQ(errorOf(parseNumber("abc")), (Error{K::NotANumber, 0}));
  EXPECT_EQ(errorOf(parseNumber("inf")).kind, K::NotANumber);
  EXPECT_EQ(errorOf(parseNumber("nan")).kind, K::NotANumber);
  EXPECT_EQ(errorOf(parseNumber("0x1A")), (Error{K::NotANumber, 1}));
  EXPECT_EQ(errorOf(parseNumber("1e")), (Error{K::NotANumber, 2}));
  EXPECT_EQ(errorOf(parseNumber("1.2.3")), (Error{K::NotANumber, 3}));
  EXPECT_EQ(errorOf(parseNumber("+-5")), (Error{K::NotANumber, 1}));
  EXPECT_EQ(errorOf(parseNumber(" 1 2")), (Error{K::NotANumber, 2}));
  EXPECT_EQ(errorOf(parseNumber(".")).kind, K::NotANumber);
  EXPECT_EQ(errorOf(parseNumber("1e999")), (Error{K::OutOfRange, 0}));
}

TEST(Scpi, NumbersIgnoreTheProcessLocale) {
  // A German locale writes 1,5; SCPI is always 1.5.
  const char* found = nullptr;
  for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8"}) {
    if ((found = std::setlocale(LC_ALL, name)) != nullptr) break;
  }
  if (found == nullptr) GTEST_SKIP() << "no comma-decimal locale installed";
  EXPECT_EQ(valueOf(parseNumber("1.5")), 1.5);
  EXPECT_EQ(Param::number(1.5).text(), "1.5");
  std::setlocale(LC_ALL, "C");
}

TEST(Scpi, ParsesIntegersIncludingNonDecimal) {
  EXPECT_EQ(valueOf(parseInteger("42")), 42);
  EXPECT_EQ(valueOf(parseInteger("+42")), 42);
  EXPECT_EQ(valueOf(parseInteger("-42")), -42);
  EXPECT_EQ(valueOf(parseInteger("#H1F")), 31);
  EXPECT_EQ(valueOf(parseInteger("#hff")), 255);
  EXPECT_EQ(valueOf(parseInteger("#Q17")), 15);
  EXPECT_EQ(valueOf(parseInteger("#B1011")), 11);
  EXPECT_EQ(valueOf(parseInteger("-9223372036854775808")),
            std::numeric_limits<std::int64_t>::min());
  using K = Error::Kind;
  EXPECT_EQ(errorOf(parseInteger("4.2")), (Error{K::NotANumber, 1}));
  EXPECT_EQ(errorOf(parseInteger("#H")).kind, K::NotANumber);
  EXPECT_EQ(errorOf(parseInteger("#X1")).kind, K::NotANumber);
  EXPECT_EQ(errorOf(parseInteger("#H-1")).kind, K::NotANumber);
  EXPECT_EQ(errorOf(parseInteger("#B102")), (Error{K::NotANumber, 4}));
  EXPECT_EQ(errorOf(parseInteger("+")).kind, K::NotANumber);
  EXPECT_EQ(errorOf(parseInteger("+-1")).kind, K::NotANumber);
  EXPECT_EQ(errorOf(parseInteger("9223372036854775808")).kind, K::OutOfRange);
}

TEST(Scpi, ParsesQuotedStrings) {
  EXPECT_EQ(valueOf(parseString("\"No error\"")), "No error");
  EXPECT_EQ(valueOf(parseString("'single'")), "single");
  EXPECT_EQ(valueOf(parseString("\"say \"\"hi\"\"\"")), "say \"hi\"");
  EXPECT_EQ(valueOf(parseString("'it''s'")), "it's");
  EXPECT_EQ(valueOf(parseString("\"a'b\"")), "a'b");
  EXPECT_EQ(valueOf(parseString(" \"\" ")), "");
  using K = Error::Kind;
  EXPECT_EQ(errorOf(parseString("abc")), (Error{K::NotAString, 0}));
  EXPECT_EQ(errorOf(parseString("\"abc")), (Error{K::UnterminatedString, 0}));
  EXPECT_EQ(errorOf(parseString("\"abc\"x")), (Error{K::TextAfterString, 5}));
  EXPECT_EQ(errorOf(parseString("")).kind, K::EmptyField);
}

TEST(Scpi, SplitsResponseFields) {
  EXPECT_EQ(fields("+1.234E+00,-5,\"a,b\",'c''d'\r"),
            (std::vector<std::string>{"+1.234E+00", "-5", "\"a,b\"", "'c''d'"}));
  EXPECT_EQ(fields(" 1 , 2 ,3"), (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(fields(""), (std::vector<std::string>{""}));
  EXPECT_EQ(fields("1,,3"), (std::vector<std::string>{"1", "", "3"}));
  // Compound query reply MEAS:VOLT?;CURR? -> units separated by ';'.
  EXPECT_EQ(fields("1.0;2.0", ';'), (std::vector<std::string>{"1.0", "2.0"}));
  // A block's data may hold separators and quotes.
  EXPECT_EQ(fields("#15a,\"b,,c,1"), (std::vector<std::string>{"#15a,\"b,", "c", "1"}));
  // Indefinite block: the rest of the line.
  EXPECT_EQ(fields("#0a,b"), (std::vector<std::string>{"#0a,b"}));
  // '#' inside a field is just a character; #H is a number.
  EXPECT_EQ(fields("A#1,#H1F"), (std::vector<std::string>{"A#1", "#H1F"}));
  EXPECT_EQ(errorOf(splitFields("1,\"abc")), (Error{Error::Kind::UnterminatedString, 2}));
  EXPECT_EQ(errorOf(splitFields("1,#15ab")), (Error{Error::Kind::IncompleteBlock, 7}));
  EXPECT_EQ(errorOf(splitFields("#2x1")), (Error{Error::Kind::InvalidBlock, 2}));
}

TEST(Scpi, ParsesBlockHeaders) {
  const auto h = valueOf(parseBlockHeader("#15hello"));
  EXPECT_EQ(h.headerBytes, 3u);
  EXPECT_EQ(h.dataBytes, 5u);
  const auto big = valueOf(parseBlockHeader("#9123456789"));
  EXPECT_EQ(big.dataBytes, 123456789u);
  EXPECT_EQ(errorOf(parseBlockHeader("#")), (Error{Error::Kind::IncompleteBlock, 1}));
  EXPECT_EQ(errorOf(parseBlockHeader("#3")), (Error{Error::Kind::IncompleteBlock, 2}));
  EXPECT_EQ(errorOf(parseBlockHeader("#0")), (Error{Error::Kind::InvalidBlock, 1}));
  EXPECT_EQ(errorOf(parseBlockHeader("X")), (Error{Error::Kind::InvalidBlock, 0}));
  const std::vector<std::uint8_t> data = {'a', ',', '\n', 0};
  const Param block = Param::block(data);
  EXPECT_EQ(block.text(), std::string_view("#14a,\n\0", 7));
  EXPECT_EQ(valueOf(parseBlockHeader(block.text())).dataBytes, 4u);
}

TEST(Scpi, ParsesIdnReplies) {
  EXPECT_EQ(valueOf(parseIdentity("XYZCO,246B,S000-0123-02,0")),
            (Identity{"XYZCO", "246B", "S000-0123-02", "0"}));
  EXPECT_EQ(valueOf(parseIdentity("Acme Instruments, DMM-7 ,SN 42,1.2.3-b4\r")),
            (Identity{"Acme Instruments", "DMM-7", "SN 42", "1.2.3-b4"}));
  // Some instruments quote the fields anyway.
  EXPECT_EQ(valueOf(parseIdentity("\"Acme\",\"X, Y\",\"1\",\"2\"")),
            (Identity{"Acme", "X, Y", "1", "2"}));
  EXPECT_EQ(errorOf(parseIdentity("XYZCO,246B,0")), (Error{Error::Kind::FieldCount, 12}));
  EXPECT_EQ(errorOf(parseIdentity("a,b,c,d,e")), (Error{Error::Kind::FieldCount, 8}));
  EXPECT_EQ(errorOf(parseIdentity("\"a,b,c,d")).kind, Error::Kind::UnterminatedString);
}

TEST(Scpi, ParsesSystemErrors) {
  const auto undefined = valueOf(parseSystemError("-113,\"Undefined header\""));
  EXPECT_EQ(undefined.code, -113);
  EXPECT_EQ(undefined.message, "Undefined header");
  EXPECT_FALSE(undefined.isNoError());
  EXPECT_EQ(classify(undefined.code), ErrorClass::Command);
  EXPECT_TRUE(valueOf(parseSystemError("+0,\"No error\"\r\n")).isNoError());
  EXPECT_TRUE(valueOf(parseSystemError("0,\"No error\"")).isNoError());
  const auto detailed = valueOf(parseSystemError("-222,\"Data out of range;VOLT 1000\""));
  EXPECT_EQ(detailed.message, "Data out of range");
  EXPECT_EQ(detailed.detail, "VOLT 1000");
  EXPECT_EQ(valueOf(parseSystemError("-100,\"Command error, really\"")).message,
            "Command error, really");
  EXPECT_EQ(valueOf(parseSystemError("201,\"Device defined\"")).code, 201);

  using K = Error::Kind;
  EXPECT_EQ(errorOf(parseSystemError("\"No error\"")).kind, K::FieldCount);
  EXPECT_EQ(errorOf(parseSystemError("abc,\"x\"")), (Error{K::NotANumber, 0}));
  EXPECT_EQ(errorOf(parseSystemError("-113,Undefined header")), (Error{K::NotAString, 5}));
  EXPECT_EQ(errorOf(parseSystemError("99999999999,\"x\"")).kind, K::OutOfRange);
  EXPECT_EQ(errorOf(parseSystemError("1.234")).kind, K::FieldCount);  // a stale reading
}

TEST(Scpi, ClassifiesErrorCodes) {
  EXPECT_EQ(classify(0), ErrorClass::NoError);
  EXPECT_EQ(classify(-100), ErrorClass::Command);
  EXPECT_EQ(classify(-199), ErrorClass::Command);
  EXPECT_EQ(classify(-200), ErrorClass::Execution);
  EXPECT_EQ(classify(-350), ErrorClass::DeviceSpecific);
  EXPECT_EQ(classify(-410), ErrorClass::Query);
  EXPECT_EQ(classify(-500), ErrorClass::PowerOn);
  EXPECT_EQ(classify(-600), ErrorClass::UserRequest);
  EXPECT_EQ(classify(-700), ErrorClass::RequestControl);
  EXPECT_EQ(classify(-800), ErrorClass::OperationComplete);
  EXPECT_EQ(classify(7), ErrorClass::DeviceDefined);
  EXPECT_EQ(classify(-42), ErrorClass::Unknown);
  EXPECT_EQ(classify(-900), ErrorClass::Unknown);
  EXPECT_EQ(classify(std::numeric_limits<int>::min()), ErrorClass::Unknown);
}

TEST(IdnProbe, AnsweredAtOnce) {
  IdnProbe probe;
  EXPECT_EQ(probe.step(), IdnProbe::Step::Send);
  EXPECT_EQ(probe.query(), "*IDN?");
  EXPECT_EQ(probe.onReply("XYZCO,246B,S000-0123-02,0\r"), IdnProbe::Step::Done);
  EXPECT_EQ(probe.result().source, IdnResult::Source::Reply);
  EXPECT_EQ(probe.result().identity.model, "246B");
  EXPECT_EQ(probe.result().reply, "XYZCO,246B,S000-0123-02,0");
  EXPECT_EQ(probe.result().unansweredQueries, 0);
}

TEST(IdnProbe, FirstQueryLostThenAnswered) {
  IdnProbe probe;
  EXPECT_EQ(probe.onTimeout(), IdnProbe::Step::Send);
  EXPECT_EQ(probe.onReply("XYZCO,246B,S000-0123-02,0"), IdnProbe::Step::Done);
  EXPECT_EQ(probe.result().source, IdnResult::Source::Reply);
  EXPECT_EQ(probe.result().unansweredQueries, 1);  // the first one may still be answered late
}

TEST(IdnProbe, SilentInstrumentFallsBackToThePlan) {
  const Identity planned{"Acme", "Bench PSU 3000", "", ""};
  IdnProbe probe({.attempts = 2, .fallback = planned});
  EXPECT_EQ(probe.onTimeout(), IdnProbe::Step::Send);
  EXPECT_EQ(probe.onTimeout(), IdnProbe::Step::Done);
  EXPECT_EQ(probe.result().source, IdnResult::Source::Fallback);
  EXPECT_EQ(probe.result().identity, planned);
  EXPECT_EQ(probe.result().unansweredQueries, 2);
  // Late replies after Done change nothing: the driver discards them.
  EXPECT_EQ(probe.onReply("XYZCO,246B,S000-0123-02,0"), IdnProbe::Step::Done);
  EXPECT_EQ(probe.result().source, IdnResult::Source::Fallback);
  EXPECT_EQ(probe.onTimeout(), IdnProbe::Step::Done);
}

TEST(IdnProbe, SilentInstrumentWithoutFallback) {
  IdnProbe probe({.query = "ID?", .attempts = 0});  // clamped to one attempt
  EXPECT_EQ(probe.query(), "ID?");
  EXPECT_EQ(probe.onTimeout(), IdnProbe::Step::Done);
  EXPECT_EQ(probe.result().source, IdnResult::Source::None);
  EXPECT_EQ(probe.result().unansweredQueries, 1);
}

TEST(IdnProbe, NonStandardReplyIsKeptRaw) {
  IdnProbe probe;
  EXPECT_EQ(probe.onReply("  MODEL 2000 DMM\r\n"), IdnProbe::Step::Done);
  EXPECT_EQ(probe.result().source, IdnResult::Source::UnparsedReply);
  EXPECT_EQ(probe.result().reply, "MODEL 2000 DMM");
}

TEST(Scpi, DescribesErrors) {
  EXPECT_EQ(describe(Error::Kind::UnterminatedString), "unterminated string");
  EXPECT_FALSE(describe(Error::Kind::FieldCount).empty());
}

}  // namespace
}  // namespace robocert::codec::scpi
