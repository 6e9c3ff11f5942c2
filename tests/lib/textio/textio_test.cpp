// The shared text input: bounded file reads, UTF-8 positions, bounded YAML documents.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <string>

#include "robocert/textio/file.hpp"
#include "robocert/textio/utf8.hpp"
#include "robocert/textio/yaml.hpp"
#include "temp_dir.hpp"

namespace robocert::textio {
namespace {

using test_support::TempDir;

void write(const std::filesystem::path& file, const std::string& bytes) {
  std::ofstream(file, std::ios::binary) << bytes;
}

ReadError::Kind errorKind(const std::variant<std::string, ReadError>& r) {
  EXPECT_TRUE(std::holds_alternative<ReadError>(r));
  return std::holds_alternative<ReadError>(r) ? std::get<ReadError>(r).kind
                                              : ReadError::Kind::CannotRead;
}

TEST(ReadFile, ReadsARegularFileWhole) {
  TempDir dir;
  write(dir / "a.txt", "abc\n");
  const auto r = readFile(dir / "a.txt", 4);  // exactly at the limit is allowed
  ASSERT_TRUE(std::holds_alternative<std::string>(r));
  EXPECT_EQ(std::get<std::string>(r), "abc\n");
}

TEST(ReadFile, RefusesAFileAboveTheLimit) {
  TempDir dir;
  write(dir / "a.txt", "abcde");
  const auto r = readFile(dir / "a.txt", 4);
  EXPECT_EQ(errorKind(r), ReadError::Kind::TooLarge);
  EXPECT_EQ(std::get<ReadError>(r).limitBytes, 4u);
  EXPECT_NE(describe(std::get<ReadError>(r)).find("4 bytes"), std::string::npos);
}

TEST(ReadFile, RefusesDevZeroWithoutReadingIt) {
  // /dev/zero never ends: a reader that reads to the end would hang or exhaust memory.
  EXPECT_EQ(errorKind(readFile("/dev/zero", kTextFileLimitBytes)), ReadError::Kind::NotRegular);
}

TEST(ReadFile, RefusesAFifoWithoutBlocking) {
  // Opening a FIFO for reading blocks until a writer comes; there is none here, so a reader
  // that opened it the ordinary way would never return from this test.
  TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
  EXPECT_EQ(errorKind(readFile(dir / "pipe", 100)), ReadError::Kind::NotRegular);
}

TEST(ReadFile, NamesAMissingFileAndADirectory) {
  TempDir dir;
  EXPECT_EQ(errorKind(readFile(dir / "none", 100)), ReadError::Kind::NotFound);
  EXPECT_EQ(errorKind(readFile(dir.path(), 100)), ReadError::Kind::Directory);
}

TEST(ReadFile, ProcFilesOfSizeZeroAreReadUpToTheLimit) {
  // /proc files report size 0; the reader reads until the end and still never past limit + 1.
  const auto r = readFile("/proc/self/status", kTextFileLimitBytes);
  ASSERT_TRUE(std::holds_alternative<std::string>(r));
  EXPECT_NE(std::get<std::string>(r).find("Name:"), std::string::npos);
  EXPECT_EQ(errorKind(readFile("/proc/self/status", 10)), ReadError::Kind::TooLarge);
}

TEST(Utf8, FindsTheLineAndCharacterColumnOfTheFirstInvalidByte) {
  // Line 2 is "é\xFF": 'é' is two bytes but one character, so the bad byte is column 2.
  const std::string text = "plan:\n\xC3\xA9\xFF\n";
  const auto p = firstInvalidUtf8(text);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->offset, 8u);
  EXPECT_EQ(p->line, 2u);
  EXPECT_EQ(p->column, 2u);
}

TEST(Utf8, RefusesLatin1OverlongSurrogatesAndTruncatedSequences) {
  EXPECT_FALSE(isValidUtf8("caf\xE9"));                          // Latin-1 é
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));                         // overlong '/'
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));                     // U+D800, a surrogate
  EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));                 // above U+10FFFF
  EXPECT_FALSE(isValidUtf8("\xE4\xB8"));                         // truncated 中
  EXPECT_TRUE(isValidUtf8("\xE4\xB8\xAD \xF0\x9F\x98\x80 ok"));  // 中 and an emoji
  EXPECT_TRUE(isValidUtf8(""));
}

TEST(Utf8, ReplacesEachInvalidByteWithTheReplacementCharacter) {
  EXPECT_EQ(toValidUtf8("a\xFF"
                        "b\xE4\xB8"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(toValidUtf8("\xE4\xB8\xAD"), "\xE4\xB8\xAD");
}

// "a" anchored, each level a list of 10 aliases of the level before: level k expands to 10^k
// scalars, so 9 levels are a billion nodes from a few hundred bytes.
std::string aliasBomb(int levels) {
  std::string text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int k = 1; k <= levels; ++k) {
    const std::string prev = "*l" + std::to_string(k - 1);
    text += "l" + std::to_string(k) + ": &l" + std::to_string(k) + " [";
    for (int i = 0; i < 10; ++i) text += (i ? ", " : "") + prev;
    text += "]\n";
  }
  return text;
}

TEST(Yaml, AnAliasBombIsRefusedQuicklyWithItsPlace) {
  const auto r = loadYaml(aliasBomb(9));
  ASSERT_TRUE(std::holds_alternative<YamlError>(r));
  const auto& e = std::get<YamlError>(r);
  EXPECT_EQ(e.kind, YamlError::Kind::TooManyNodes);
  EXPECT_EQ(e.limit, YamlLimits{}.maxNodes);
  EXPECT_GE(e.line, 1u);
  EXPECT_GE(e.column, 1u);
}

TEST(Yaml, CountsAliasesExpanded) {
  // Level 2 expands to 1 + 10 (l0) + 1 + 10 * 11 (l1) + 1 + 10 * 111 (l2) nodes, plus 3 keys
  // and the root map: 1 + 3 + 11 + 111 + 1111 = 1237.
  YamlLimits limits;
  limits.maxNodes = 1237;
  EXPECT_TRUE(std::holds_alternative<YAML::Node>(loadYaml(aliasBomb(2), limits)));
  limits.maxNodes = 1236;
  EXPECT_TRUE(std::holds_alternative<YamlError>(loadYaml(aliasBomb(2), limits)));
}

TEST(Yaml, RefusesDeepNesting) {
  YamlLimits limits;
  limits.maxDepth = 3;
  EXPECT_TRUE(std::holds_alternative<YAML::Node>(loadYaml("a: [[1]]", limits)));  // 3 levels
  const auto r = loadYaml("a: [[[1]]]", limits);
  ASSERT_TRUE(std::holds_alternative<YamlError>(r));
  EXPECT_EQ(std::get<YamlError>(r).kind, YamlError::Kind::TooDeep);
  EXPECT_EQ(std::get<YamlError>(r).line, 1u);
  EXPECT_EQ(std::get<YamlError>(r).column, 6u);  // the innermost list
}

TEST(Yaml, InvalidUtf8IsLocatedBeforeParsing) {
  const auto r = loadYaml("plan:\n  title: caf\xE9\n");
  ASSERT_TRUE(std::holds_alternative<YamlError>(r));
  const auto& e = std::get<YamlError>(r);
  EXPECT_EQ(e.kind, YamlError::Kind::InvalidUtf8);
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.column, 13u);
}

TEST(Yaml, SyntaxErrorsAreLocated) {
  const auto r = loadYaml("a: [1, 2\n");
  ASSERT_TRUE(std::holds_alternative<YamlError>(r));
  EXPECT_EQ(std::get<YamlError>(r).kind, YamlError::Kind::Syntax);
  EXPECT_GE(std::get<YamlError>(r).line, 1u);
}

}  // namespace
}  // namespace robocert::textio
