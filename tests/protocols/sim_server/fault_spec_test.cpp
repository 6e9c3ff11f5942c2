// The --fault syntax: SERVER:KEY=VALUE[,KEY=VALUE...] (faults.hpp), every error with its kind,
// position and offending text.
#include <gtest/gtest.h>

#include "robocert/sim_server/faults.hpp"

namespace robocert::sim_server {
namespace {

using Kind = FaultSpecError::Kind;

FaultSpecError errorOf(std::string_view spec) {
  const auto parsed = parseFaultSpec(spec);
  EXPECT_TRUE(std::holds_alternative<FaultSpecError>(parsed)) << spec;
  return std::holds_alternative<FaultSpecError>(parsed) ? std::get<FaultSpecError>(parsed)
                                                        : FaultSpecError{};
}

TEST(FaultSpec, ParsesEachKeyAndAppliesThemInOrder) {
  const auto parsed = parseFaultSpec("tracker:delay-ms=300,corrupt=5,drop-after=0,delay-ms=50");
  ASSERT_TRUE(std::holds_alternative<FaultSpec>(parsed));
  const FaultSpec& spec = std::get<FaultSpec>(parsed);
  EXPECT_EQ(spec.server, Server::Tracker);
  ASSERT_EQ(spec.settings.size(), 4U);
  EXPECT_EQ(spec.settings[0], std::make_pair(FaultKey::DelayMs, std::uint64_t{300}));

  Faults f{.stallAfterCommands = 3};  // kept: the spec does not name it
  apply(spec, f);
  EXPECT_EQ(f.replyDelay, std::chrono::milliseconds(50));  // the later setting wins
  EXPECT_EQ(f.corruptReply, 5U);
  EXPECT_EQ(f.dropAfterCommands, 0U);
  EXPECT_EQ(f.stallAfterCommands, 3U);
  EXPECT_TRUE(f.any());
  EXPECT_FALSE(Faults{}.any());

  for (const auto& [text, server] : {std::pair{"robot:stall-after=3", Server::Robot},
                                     std::pair{"environment:delay-ms=0", Server::Environment}}) {
    const auto p = parseFaultSpec(text);
    ASSERT_TRUE(std::holds_alternative<FaultSpec>(p)) << text;
    EXPECT_EQ(std::get<FaultSpec>(p).server, server);
  }
}

TEST(FaultSpec, NamesWhatIsWrongAndWhere) {
  EXPECT_EQ(errorOf("drop-after=20"), (FaultSpecError{Kind::MissingServer, 0, "drop-after=20"}));
  EXPECT_EQ(errorOf(":corrupt=1").kind, Kind::MissingServer);
  EXPECT_EQ(errorOf("bench:delay-ms=5"), (FaultSpecError{Kind::UnknownServer, 0, "bench"}));
  EXPECT_EQ(errorOf("Robot:delay-ms=5").kind, Kind::UnknownServer);  // names are lower case
  EXPECT_EQ(errorOf("robot:"), (FaultSpecError{Kind::MissingSetting, 6, ""}));
  EXPECT_EQ(errorOf("robot:corrupt=1,"), (FaultSpecError{Kind::MissingSetting, 16, ""}));
  EXPECT_EQ(errorOf("robot:explode=1"), (FaultSpecError{Kind::UnknownKey, 6, "explode"}));
  EXPECT_EQ(errorOf("robot:corrupt"), (FaultSpecError{Kind::MissingValue, 6, "corrupt"}));
  EXPECT_EQ(errorOf("robot:corrupt="), (FaultSpecError{Kind::MissingValue, 6, "corrupt"}));
  EXPECT_EQ(errorOf("robot:delay-ms=1.5"), (FaultSpecError{Kind::NotANumber, 15, "1.5"}));
  EXPECT_EQ(errorOf("robot:delay-ms=-1").kind, Kind::NotANumber);
  EXPECT_EQ(errorOf("robot:delay-ms=+1").kind, Kind::NotANumber);
  EXPECT_EQ(errorOf("robot:delay-ms=60001"), (FaultSpecError{Kind::OutOfRange, 15, "60001"}));
  EXPECT_EQ(errorOf("robot:corrupt=0").kind, Kind::OutOfRange);  // replies count from 1
  EXPECT_EQ(errorOf("robot:drop-after=99999999999999999999999").kind, Kind::OutOfRange);
  const auto ok = parseFaultSpec("robot:drop-after=1000000000");
  EXPECT_TRUE(std::holds_alternative<FaultSpec>(ok));

  EXPECT_EQ(describe(errorOf("bench:delay-ms=5")),
            "unknown fault server \"bench\" at character 1 (use robot, tracker or environment)");
}

}  // namespace
}  // namespace robocert::sim_server
