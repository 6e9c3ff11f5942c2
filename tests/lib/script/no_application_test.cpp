// Without a QCoreApplication QJSEngine would abort the process: run() and checkSyntax() say
// what is missing instead. This program deliberately has none.

#include <gtest/gtest.h>

#include "robocert/script/script_host.hpp"

using namespace robocert;
using namespace robocert::script;

namespace {

class NullHost : public Host {
 public:
  std::vector<Role> roles() const override { return {}; }
  std::map<std::string, metrology::Pose6> poses() const override { return {}; }
  void move(const std::string&, const metrology::Pose6&, bool, double) override {}
  metrology::Pose6 commandedPose(const std::string&) override { return {}; }
  metrology::Pose6 measure(const std::string&) override { return {}; }
  Reading read(const std::string&) override { return {}; }
  void apply(const std::string&, double, const std::string&) override {}
  void record(const std::string&, double, const std::string&) override {}
  bool prompt(const std::string&) override { return true; }
  void sleepMs(double) override {}
  void log(const std::string&) override {}
};

const char* kMessage =
    "internal error: scripts need a QCoreApplication, and the program has not created one";

}  // namespace

TEST(ScriptWithoutApplication, RunSaysWhatIsMissing) {
  NullHost host;
  Runner runner;
  const auto e = runner.run("1;", host, {});
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ScriptError::Kind::Exception);
  EXPECT_EQ(e->message, kMessage);
}

TEST(ScriptWithoutApplication, CheckSyntaxSaysWhatIsMissing) {
  const auto p = checkSyntax("1;");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message, kMessage);
}
