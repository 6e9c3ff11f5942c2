#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "robocert/formats/pose_csv.hpp"

namespace f = robocert::formats;
using Kind = f::PoseCsvError::Kind;
using Records = std::vector<robocert::metrology::PoseRecord>;

namespace {

const std::string kHeader =
    "pose,cycle,direction,cmd_x,cmd_y,cmd_z,cmd_a,cmd_b,cmd_c,x,y,z,a,b,c\n";

Records ok(std::string_view text) {
  auto r = f::parsePoseCsv(text);
  if (auto* e = std::get_if<f::PoseCsvError>(&r)) {
    ADD_FAILURE() << "unexpected error kind " << static_cast<int>(e->kind) << " at " << e->line
                  << ":" << e->column;
    return {};
  }
  return std::get<Records>(r);
}

f::PoseCsvError err(std::string_view text) {
  auto r = f::parsePoseCsv(text);
  if (!std::holds_alternative<f::PoseCsvError>(r)) {
    ADD_FAILURE() << "expected an error";
    return {};
  }
  return std::get<f::PoseCsvError>(r);
}

}  // namespace

TEST(PoseCsv, ReadsEveryField) {
  const auto rs = ok(kHeader + "P1,7,2,1,2,3,4,5,6,1.5,2.5,3.5,4.5,-5.5,+6.5\n");
  ASSERT_EQ(rs.size(), 1u);
  const auto& r = rs[0];
  EXPECT_EQ(r.pose, "P1");
  EXPECT_EQ(r.cycle, 7);
  EXPECT_EQ(r.direction, 2);
  EXPECT_EQ(r.commanded.positionMm, Eigen::Vector3d(1, 2, 3));
  EXPECT_EQ(r.commanded.anglesDeg, Eigen::Vector3d(4, 5, 6));
  EXPECT_EQ(r.attained.positionMm, Eigen::Vector3d(1.5, 2.5, 3.5));
  EXPECT_EQ(r.attained.anglesDeg, Eigen::Vector3d(4.5, -5.5, 6.5));
  EXPECT_EQ(r.sourceLine, 2u);
}

TEST(PoseCsv, FormatVariants) {
  // BOM, CRLF, comments before the header and between rows, columns in another order with an
  // extra column, no direction column, spaces around fields, quoted names with an escaped quote,
  // a last line without a newline, exponent notation.
  const std::string text =
      "\xEF\xBB\xBF# exported by a tracker\r\n"
      "  # indented comment\r\n"
      "\r\n"
      " x , y, z,a,b,c, pose ,Cycle,CMD_X,cmd_y,cmd_z,cmd_a,cmd_b,cmd_c, note\r\n"
      "1e3, 2, 3, 4, 5, 6, \"P \"\"1\"\"\" , 1, 1000, 2, 3, 4, 5, 6, \"a, b\"\r\n"
      "# between rows\r\n"
      "1000.25,2,3,4,5,6,P2,2,1000,2,3,4,5,6,x";
  const auto rs = ok(text);
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].pose, "P \"1\"");
  EXPECT_EQ(rs[0].direction, 1);
  EXPECT_EQ(rs[0].attained.positionMm.x(), 1000.0);
  EXPECT_EQ(rs[0].sourceLine, 5u);
  EXPECT_EQ(rs[1].pose, "P2");
  EXPECT_EQ(rs[1].cycle, 2);
  EXPECT_EQ(rs[1].attained.positionMm.x(), 1000.25);
  EXPECT_EQ(rs[1].sourceLine, 7u);
}

TEST(PoseCsv, NumbersAreReadExactlyAndLocaleFree) {
  // from_chars rounds correctly: 0.1 must be the double nearest to 0.1.
  const auto rs = ok(kHeader + "P1,1,1,0.1,25000.000001,-0,0,0,0,0,0,0,0,0,0\n");
  EXPECT_EQ(rs[0].commanded.positionMm.x(), 0.1);
  EXPECT_EQ(rs[0].commanded.positionMm.y(), 25000.000001);
  const auto e = err(kHeader + "P1,1,1,0,0,0,0,0,0,\"1,5\",0,0,0,0,0\n");
  EXPECT_EQ(e.kind, Kind::NotANumber);
  EXPECT_EQ(e.text, "1,5");
}

TEST(PoseCsv, EmptyAndCommentOnlyFiles) {
  EXPECT_EQ(err("").kind, Kind::Empty);
  EXPECT_EQ(err("\n  \n# nothing\r\n").kind, Kind::Empty);
  EXPECT_EQ(err("\xEF\xBB\xBF").kind, Kind::Empty);
}

TEST(PoseCsv, HeaderWithoutRows) {
  const auto e = err("# c\n" + kHeader);
  EXPECT_EQ(e.kind, Kind::NoData);
  EXPECT_EQ(e.line, 2u);
}

TEST(PoseCsv, BinaryFile) {
  const auto e = err(std::string("pose,cycle\nabc\0def", 18));
  EXPECT_EQ(e.kind, Kind::Binary);
  EXPECT_EQ(e.line, 2u);
}

TEST(PoseCsv, InvalidUtf8IsLocated) {
  // Line 2, after "P" and the two-byte "é": the stray continuation byte 0x80 is character 3.
  const auto e = err(kHeader + "P\xC3\xA9\x80,1\n");
  EXPECT_EQ(e.kind, Kind::InvalidUtf8);
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.column, 3u);
  EXPECT_EQ(err(kHeader + "\xC0\xAF\n").kind, Kind::InvalidUtf8);          // overlong '/'
  EXPECT_EQ(err(kHeader + "\xED\xA0\x80\n").kind, Kind::InvalidUtf8);      // surrogate
  EXPECT_EQ(err(kHeader + "\xF4\x90\x80\x80\n").kind, Kind::InvalidUtf8);  // above U+10FFFF
  EXPECT_EQ(ok(kHeader + "位姿一,1,1,0,0,0,0,0,0,0,0,0,0,0,0\n")[0].pose, "位姿一");
}

TEST(PoseCsv, MissingAndDuplicateColumns) {
  auto e =
      err("pose,cycle,cmd_x,cmd_y,cmd_z,cmd_a,cmd_b,cmd_c,x,y,z,a,c\nP1,1,0,0,0,0,0,0,0,0,0,0,0\n");
  EXPECT_EQ(e.kind, Kind::MissingColumn);
  EXPECT_EQ(e.columnName, "b");
  EXPECT_EQ(e.line, 1u);
  e = err("pose,cycle,cmd_x,cmd_y,cmd_z,cmd_a,cmd_b,cmd_c,x,y,z,a,b,c,X\n");
  EXPECT_EQ(e.kind, Kind::DuplicateColumn);
  EXPECT_EQ(e.columnName, "x");
  EXPECT_EQ(e.column, 60u);  // "pose,cycle,cmd_x,...,a,b,c," is 5+6+6*6+6*2 = 59 characters
}

TEST(PoseCsv, FieldCount) {
  const auto e = err(kHeader + "P1,1,1,0,0,0,0,0,0,0,0,0,0,0,0\nP1,2,1,0,0,0\n");
  EXPECT_EQ(e.kind, Kind::FieldCount);
  EXPECT_EQ(e.line, 3u);
  EXPECT_EQ(e.actual, 6u);
  EXPECT_EQ(e.expected, 15u);
}

TEST(PoseCsv, BadNumbersAreLocatedAndQuoted) {
  // Line 2, column "y": "P1,1,1," (7 characters) and seven "0," (14) precede it -> column 22.
  auto e = err(kHeader + "P1,1,1,0,0,0,0,0,0,0,12.3.4,0,0,0,0\n");
  EXPECT_EQ(e.kind, Kind::NotANumber);
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.column, 22u);
  EXPECT_EQ(e.columnName, "y");
  EXPECT_EQ(e.text, "12.3.4");
  for (const char* bad : {"nan", "inf", "-inf", "1e999", "0x10", "1.5mm", "--1", "+"}) {
    e = err(kHeader + "P1,1,1,0,0,0,0,0,0," + bad + ",0,0,0,0,0\n");
    EXPECT_EQ(e.kind, Kind::NotANumber) << bad;
    EXPECT_EQ(e.columnName, "x") << bad;
  }
  e = err(kHeader + "P1,1,1,0,0,0,0,0,0,,0,0,0,0,0\n");
  EXPECT_EQ(e.kind, Kind::EmptyField);
  EXPECT_EQ(e.columnName, "x");
  e = err(kHeader + ",1,1,0,0,0,0,0,0,0,0,0,0,0,0\n");
  EXPECT_EQ(e.kind, Kind::EmptyField);
  EXPECT_EQ(e.columnName, "pose");
  e = err(kHeader + "P1,1,1,0,0,0,0,0,0,0,0,0,0,0,\"" + std::string(60, 'x') + "\"\n");
  EXPECT_EQ(e.text, std::string(40, 'x') + "…");
}

TEST(PoseCsv, BadIntegers) {
  for (const char* bad : {"1.5", "-1", "one", "99999999999"}) {
    const auto e = err(kHeader + "P1," + bad + ",1,0,0,0,0,0,0,0,0,0,0,0,0\n");
    EXPECT_EQ(e.kind, Kind::NotAnInteger) << bad;
    EXPECT_EQ(e.columnName, "cycle") << bad;
  }
  EXPECT_EQ(ok(kHeader + "P1,0,1,0,0,0,0,0,0,0,0,0,0,0,0\n")[0].cycle, 0);
  const auto e = err(kHeader + "P1,1,0,0,0,0,0,0,0,0,0,0,0,0,0\n");
  EXPECT_EQ(e.kind, Kind::NotAnInteger);
  EXPECT_EQ(e.columnName, "direction");
}

TEST(PoseCsv, QuoteErrors) {
  auto e = err(kHeader + "\"P1,1,1\n");
  EXPECT_EQ(e.kind, Kind::UnterminatedQuote);
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.column, 1u);
  e = err(kHeader + "\"P1\"x,1\n");
  EXPECT_EQ(e.kind, Kind::TextAfterQuote);
  EXPECT_EQ(e.column, 5u);
}
