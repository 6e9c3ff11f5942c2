// checkSyntax: what plan validation reports for a script step, without running any of it.

#include <gtest/gtest.h>

#include "fake_host.hpp"

using namespace robocert;
using namespace robocert::script;
using robocert::script::test::Watchdog;

TEST(CheckSyntax, AcceptsValidScripts) {
  EXPECT_FALSE(checkSyntax(""));
  EXPECT_FALSE(checkSyntax("// only a comment"));
  EXPECT_FALSE(checkSyntax(R"js(
    'use strict';
    for (var i = 0; i < params.cycles; ++i) {
      station.robot.moveL(poses.P1, 0.5);
      record('z' + i, measure().z, 'mm');
    }
  )js"));
}

TEST(CheckSyntax, LocatesErrorsInTheSource) {
  // Line 2 `var x = 1 +;`: the `;` at column 12 is where an operand should be.
  const auto p = checkSyntax("log('a');\nvar x = 1 +;\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->at.line, 2);
  EXPECT_EQ(p->at.column, 12);
  EXPECT_EQ(p->message, "JavaScript syntax error: Expected token `numeric literal'");
}

TEST(CheckSyntax, FirstLineColumnsAreTheSources) {
  // `x = ) ;`: the `)` is column 5.
  const auto p = checkSyntax("x = ) ;");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->at.line, 1);
  EXPECT_EQ(p->at.column, 5);
}

TEST(CheckSyntax, AppliesStrictMode) {
  const auto p = checkSyntax("\n\nwith (params) { log(cycles); }");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->at.line, 3);
}

TEST(CheckSyntax, UnterminatedTextAtTheEnd) {
  const auto p = checkSyntax("log('a');\n/* never closed");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->at.line, 2);
}

TEST(CheckSyntax, RunsNothing) {
  // Were any of these run, the check would never return (the watchdog ends the program).
  Watchdog watchdog("checkSyntax of endless scripts");
  EXPECT_FALSE(checkSyntax("while (true) {}"));
  EXPECT_FALSE(checkSyntax("function f() {}\nf();\nfor (;;) {}"));
  // Closing a wrapper the source might be put in, then looping: still only a syntax error.
  EXPECT_TRUE(checkSyntax("}); while (true) {} (function () {"));
  EXPECT_TRUE(checkSyntax("*/ while (true) {} /*"));
}
