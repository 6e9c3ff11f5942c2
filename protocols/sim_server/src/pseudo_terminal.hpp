#pragma once

// A pseudo-terminal for serving a protocol as a serial line: the server reads and writes the
// master, clients open the slave's path (/dev/pts/N) as they would a serial port.

#include <string>

namespace robocert::sim_server {

class PseudoTerminal {
 public:
  // Opens a pair in raw mode (no echo, no line editing, no CR/LF translation). Throws
  // std::system_error when the system has none to give.
  PseudoTerminal();
  ~PseudoTerminal();
  PseudoTerminal(const PseudoTerminal&) = delete;
  PseudoTerminal& operator=(const PseudoTerminal&) = delete;

  // The master descriptor, handed over to the caller (who then closes it).
  int releaseMaster();
  const std::string& slavePath() const { return slavePath_; }

 private:
  int master_ = -1;
  // Kept open so the master never reads end-of-file while no client has the line open.
  int slave_ = -1;
  std::string slavePath_;
};

}  // namespace robocert::sim_server
