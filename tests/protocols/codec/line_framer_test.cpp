#include "robocert/codec/line_framer.hpp"

#include <gtest/gtest.h>

#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "codec_test_util.hpp"
#include "robocert/codec/scpi.hpp"

namespace robocert::codec {
namespace {

using test::asBytes;

std::string render(const LineEvent& event) {
  if (const auto* line = std::get_if<Line>(&event)) {
    return "line@" + std::to_string(line->offset) + ":" + std::string(line->text);
  }
  const auto& error = std::get<LineError>(event);
  return std::string(error.kind == LineError::Kind::Oversized ? "oversized" : "unterminated") +
         "@" + std::to_string(error.offset);
}

std::vector<std::string> run(const LineFramerOptions& options, std::string_view input,
                             std::size_t chunk = 0, bool flush = false) {
  return test::runChunked(LineFramer(options), asBytes(input), chunk, render, flush);
}

TEST(LineFramer, SplitsOnNewlineAndReportsOffsets) {
  EXPECT_EQ(run({}, "a\nbc\n\nlast"),
            (std::vector<std::string>{"line@0:a", "line@2:bc", "line@5:"}));
}

TEST(LineFramer, CrLfTerminatorKeepsLoneCarriageReturns) {
  EXPECT_EQ(run({.terminator = "\r\n"}, "a\r\nb\rc\r\n\n\r\n"),
            (std::vector<std::string>{"line@0:a", "line@3:b\rc", "line@8:\n"}));
}

TEST(LineFramer, CarriageReturnTerminator) {
  EXPECT_EQ(run({.terminator = "\r"}, "1,2\r3,4\r"),
            (std::vector<std::string>{"line@0:1,2", "line@4:3,4"}));
}

TEST(LineFramer, SameEventsForEveryChunking) {
  // Lines, an oversized line, empty lines and a terminator split at every possible place.
  const std::string input =
      "1,100,0.1,0.2,0.3,0.4,0.5,0.6\r\n\r\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n"
      "2,200,1,2,3,4,5,6\r\nshort\r\r\n\r";
  const LineFramerOptions options{.terminator = "\r\n", .maxLineBytes = 30};
  const auto whole = run(options, input, 0, true);
  ASSERT_EQ(whole, (std::vector<std::string>{
                       "line@0:1,100,0.1,0.2,0.3,0.4,0.5,0.6", "line@31:", "oversized@33",
                       "line@81:2,200,1,2,3,4,5,6", "line@100:short\r", "unterminated@108"}));
  for (std::size_t chunk = 1; chunk <= input.size(); ++chunk) {
    EXPECT_EQ(run(options, input, chunk, true), whole) << "chunk " << chunk;
  }
  // Two pieces split at every position.
  for (std::size_t split = 0; split <= input.size(); ++split) {
    LineFramer framer(options);
    std::vector<std::string> events;
    framer.feed(std::string_view(input).substr(0, split));
    while (auto e = framer.next()) events.push_back(render(*e));
    framer.feed(std::string_view(input).substr(split));
    framer.flush();
    while (auto e = framer.next()) events.push_back(render(*e));
    EXPECT_EQ(events, whole) << "split " << split;
  }
}

TEST(LineFramer, PartialLineWaitsWithoutErrorUntilFlush) {
  LineFramer framer;
  framer.feed("abc");
  EXPECT_FALSE(framer.next());
  framer.feed("de");
  EXPECT_FALSE(framer.next());
  EXPECT_EQ(framer.bufferedBytes(), 5u);
  framer.flush();
  const auto event = framer.next();
  ASSERT_TRUE(event);
  EXPECT_EQ(render(*event), "unterminated@0");
  EXPECT_FALSE(framer.next());
  EXPECT_EQ(framer.bufferedBytes(), 0u);
  // A feed after flush() starts a new burst normally.
  framer.feed("x\n");
  EXPECT_EQ(render(*framer.next()), "line@5:x");
}

TEST(LineFramer, LineOfExactlyMaxLengthIsAccepted) {
  EXPECT_EQ(run({.maxLineBytes = 4}, "abcd\nabcde\nok\n"),
            (std::vector<std::string>{"line@0:abcd", "oversized@5", "line@11:ok"}));
  // The terminator may straddle the limit: "abcd" + "\r\n" is still a valid 4-byte line.
  EXPECT_EQ(run({.terminator = "\r\n", .maxLineBytes = 4}, "abcd\r\nabcde\r\n", 1),
            (std::vector<std::string>{"line@0:abcd", "oversized@6"}));
}

TEST(LineFramer, OversizedLineIsReportedOnceBeforeItsEnd) {
  LineFramer framer({.maxLineBytes = 8});
  framer.feed("0123456789");  // no terminator yet, but already too long
  const auto event = framer.next();
  ASSERT_TRUE(event);
  EXPECT_EQ(render(*event), "oversized@0");
  EXPECT_FALSE(framer.next());
  for (int i = 0; i < 100; ++i) {
    framer.feed("more bytes of the same line ");
    EXPECT_FALSE(framer.next());  // one error only, however long the line
  }
  framer.feed("end\nnext\n");
  const auto line = framer.next();
  ASSERT_TRUE(line);
  EXPECT_EQ(std::get<Line>(*line).text, "next");
}

TEST(LineFramer, FlushInsideAnOversizedLineEndsIt) {
  LineFramer framer({.terminator = "\r\n", .maxLineBytes = 4});
  framer.feed("0123456789\r");
  EXPECT_EQ(render(*framer.next()), "oversized@0");
  framer.flush();  // connection closed in the middle of the long line
  EXPECT_FALSE(framer.next());
  EXPECT_EQ(framer.bufferedBytes(), 0u);
  framer.feed("ok\r\n");  // a new connection's first line is not dropped
  EXPECT_EQ(render(*framer.next()), "line@11:ok");
}

TEST(LineFramer, MemoryStaysBoundedWithoutTerminators) {
  LineFramer framer({.terminator = "\r\n", .maxLineBytes = 1000});
  const std::string chunk(65536, 'x');
  int errors = 0;
  for (int i = 0; i < 200; ++i) {  // 13 MB with no terminator
    framer.feed(chunk);
    while (auto e = framer.next()) ++errors;
    EXPECT_LT(framer.bufferedBytes(), 1000u + 2u);
  }
  EXPECT_EQ(errors, 1);
  EXPECT_LE(framer.capacityBytes(), 4 * (1000u + chunk.size()));
}

TEST(LineFramer, ByteAtATimeFeedingDoesNotGrowBeyondOneLine) {
  LineFramer framer({.maxLineBytes = 64});
  const std::string line = "12345,1700000000000000000,1.5,2.5,3.5,0.1,0.2,0.3\n";
  int lines = 0;
  for (int i = 0; i < 2000; ++i) {
    for (char c : line) {
      framer.feed(std::string_view(&c, 1));
      while (auto e = framer.next()) {
        ASSERT_TRUE(std::holds_alternative<Line>(*e));
        ++lines;
      }
    }
  }
  EXPECT_EQ(lines, 2000);
  EXPECT_LE(framer.capacityBytes(), 1024u);
}

TEST(LineFramer, ViewsStayValidAcrossNextUntilTheNextFeed) {
  LineFramer framer;
  framer.feed("first\nsecond\nthird\n");
  std::vector<std::string_view> views;
  while (auto e = framer.next()) views.push_back(std::get<Line>(*e).text);
  EXPECT_EQ(views, (std::vector<std::string_view>{"first", "second", "third"}));
}

TEST(LineFramer, PrepareCommitReadsInPlace) {
  LineFramer framer;
  const std::string_view data = "1,2\n3,4\n5";
  auto area = framer.prepare(4096);
  ASSERT_GE(area.size(), data.size());
  std::copy(data.begin(), data.end(), area.begin());
  framer.commit(data.size());
  EXPECT_EQ(std::get<Line>(*framer.next()).text, "1,2");
  EXPECT_EQ(std::get<Line>(*framer.next()).text, "3,4");
  EXPECT_FALSE(framer.next());
  EXPECT_EQ(framer.bufferedBytes(), 1u);
}

TEST(LineFramer, LinesCanBePulledWhileAReadIsPending) {
  LineFramer framer;
  framer.feed("a\nb\n");
  auto area = framer.prepare(16);  // an asynchronous read is now writing into `area`
  EXPECT_EQ(std::get<Line>(*framer.next()).text, "a");
  EXPECT_EQ(std::get<Line>(*framer.next()).text, "b");
  EXPECT_FALSE(framer.next());
  const std::string_view data = "c\n";
  std::copy(data.begin(), data.end(), area.begin());
  framer.commit(data.size());
  const auto line = framer.next();
  ASSERT_TRUE(line);
  EXPECT_EQ(render(*line), "line@4:c");
}

TEST(LineFramer, RandomChunksMatchAReferenceSplit) {
  // A stream of sample lines like the 6-DoF tracker stream, chunked at random sizes.
  std::string input;
  std::vector<std::string> expected;
  for (int i = 0; i < 5000; ++i) {
    std::string line = std::to_string(i) + "," + std::to_string(1000000LL * i) +
                       ",1.25,-2.5,300.125,0.001,-0.002,179.999";
    expected.push_back(line);
    input += line + "\n";
  }
  std::mt19937 rng(42);
  LineFramer framer;
  std::vector<std::string> lines;
  for (std::size_t at = 0; at < input.size();) {
    const std::size_t n = std::min<std::size_t>(input.size() - at, rng() % 200 + 1);
    framer.feed(std::string_view(input).substr(at, n));
    at += n;
    while (auto e = framer.next()) lines.emplace_back(std::get<Line>(*e).text);
  }
  EXPECT_EQ(lines, expected);
}

TEST(LineFramer, PeekAndConsumeCarryABinaryBlock) {
  // SCPI definite-length block whose data contains the terminator, then a normal line.
  LineFramer framer;
  framer.feed("#16a\nb\ncd\nNEXT\n");
  const auto header = scpi::parseBlockHeader(framer.peek());
  ASSERT_TRUE(std::holds_alternative<scpi::BlockHeader>(header));
  const auto h = std::get<scpi::BlockHeader>(header);
  ASSERT_GE(framer.peek().size(), h.headerBytes + h.dataBytes);
  EXPECT_EQ(framer.peek().substr(h.headerBytes, h.dataBytes), "a\nb\ncd");
  framer.consume(h.headerBytes + h.dataBytes);
  EXPECT_EQ(std::get<Line>(*framer.next()).text, "");  // the block's own terminator
  EXPECT_EQ(std::get<Line>(*framer.next()).text, "NEXT");
}

TEST(LineFramer, ResetForgetsEverything) {
  LineFramer framer({.maxLineBytes = 2});
  framer.feed("abcdef");
  ASSERT_TRUE(framer.next());  // oversized, now dropping
  framer.reset();
  framer.feed("ok\n");
  EXPECT_EQ(render(*framer.next()), "line@0:ok");
}

TEST(LineFramer, RejectsUnusableOptions) {
  EXPECT_THROW(LineFramer({.terminator = ""}), std::invalid_argument);
  EXPECT_THROW(LineFramer({.maxLineBytes = 0}), std::invalid_argument);
}

TEST(LineFramer, DescribesErrors) {
  EXPECT_FALSE(describe(LineError::Kind::Oversized).empty());
  EXPECT_FALSE(describe(LineError::Kind::Unterminated).empty());
}

}  // namespace
}  // namespace robocert::codec
