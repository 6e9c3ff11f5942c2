#pragma once

// The script host executable (robocert-script-host): the child process in which Runner(isolation)
// runs a script. Its main() only calls this.

namespace robocert::script {

// Arguments: --fd N (the channel to the parent), --memory-bytes B, --cpu-seconds S, --lang L (a
// QLocale name). Puts the limits on itself, closes every other file descriptor, reads the script,
// runs it with the parent as its host and sends the outcome. 0 when the outcome was sent;
// kExitOutOfMemory when memory ran out; another non-zero status for a bad command line or a broken
// channel.
int scriptHostMain(int argc, char** argv);

inline constexpr int kExitOutOfMemory = 86;

}  // namespace robocert::script
