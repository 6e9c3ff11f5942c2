#pragma once

// How a run looks on a terminal: a live progress line on stderr (plain lines when stderr is
// not a terminal), operator prompts, the log, and the results table at the end.

#include <QJsonObject>
#include <chrono>
#include <mutex>
#include <string>

#include "robocert/engine/engine.hpp"
#include "robocert/plan/plan.hpp"

namespace robocert::cli {

class RunView final : public engine::Observer {
 public:
  // yes: confirm every prompt without asking. quiet: only errors and prompts (for --format json).
  // plan: the plan being run, for its step titles in the user's language (may be null).
  RunView(bool yes, bool quiet, const plan::Plan* plan = nullptr);

  void state(engine::RunState state, const std::string& reason) override;
  void progress(const engine::Progress& p) override;
  void log(const std::string& line) override;
  bool prompt(const std::string& text) override;
  // Ends the progress line.
  void finish();

 private:
  void draw(const engine::Progress& p);
  void clearLine();
  QString stepTitle(const engine::Progress& p) const;

  const plan::Plan* plan_;
  const bool yes_;
  const bool quiet_;
  const bool terminal_;
  std::mutex m_;
  bool lineOpen_ = false;
  std::string lastStep_;
  std::int64_t lastDecile_ = -1;
  std::chrono::steady_clock::time_point lastDraw_{};
};

// Prints the outcome (text: a summary and a results table; json: one object) and returns the
// exit code: 0 completed with no failed verdict, 1 otherwise.
int printOutcome(const engine::RunOutcome& outcome, const plan::Plan& plan,
                 const std::string& format);

}  // namespace robocert::cli
