// robocert-script-host: the process a script step runs in (lib/script, Runner(isolation)), so
// that a script exhausting memory or crashing the JavaScript engine cannot take the run down.
// Started by robocert and robocert-studio from beside themselves; not meant to be run by hand.

#include "robocert/script/script_host_main.hpp"

int main(int argc, char** argv) { return robocert::script::scriptHostMain(argc, argv); }
