// robocert-script-host: the process a script step runs in (lib/script, Runner(isolation)), so
// that a script exhausting memory or crashing the JavaScript engine cannot take the run down.
// Started by robocert and robocert-studio from beside themselves; not meant to be run by hand.

#include "robocert/script/script_host_main.hpp"

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer (the asan preset) reserves terabytes of address space, so the script host
// cannot limit its own (RLIMIT_AS) there: an allocation beyond 1 GiB then fails as it would
// under the limit, and ends the step with the memory message.
extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=1024";
}
#endif

int main(int argc, char** argv) { return robocert::script::scriptHostMain(argc, argv); }
