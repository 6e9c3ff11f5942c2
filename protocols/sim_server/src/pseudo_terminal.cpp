#include "pseudo_terminal.hpp"

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace robocert::sim_server {

namespace {

void closeOnExec(int fd) { ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC); }

}  // namespace

PseudoTerminal::PseudoTerminal() {
  if (::openpty(&master_, &slave_, nullptr, nullptr, nullptr) != 0) {
    throw std::system_error(errno, std::generic_category(), "cannot open a pseudo-terminal");
  }
  closeOnExec(master_);  // a program the station's user starts must not hold the line
  closeOnExec(slave_);
  termios t{};
  if (::tcgetattr(slave_, &t) == 0) {
    ::cfmakeraw(&t);
    ::tcsetattr(slave_, TCSANOW, &t);
  }
  const char* name = ::ttyname(slave_);
  slavePath_ = name != nullptr ? name : "";
  if (slavePath_.empty()) {
    const int err = errno;
    ::close(master_);
    ::close(slave_);
    throw std::system_error(err, std::generic_category(), "cannot name the pseudo-terminal");
  }
}

PseudoTerminal::~PseudoTerminal() {
  if (master_ >= 0) ::close(master_);
  if (slave_ >= 0) ::close(slave_);
}

int PseudoTerminal::releaseMaster() {
  const int fd = master_;
  master_ = -1;
  return fd;
}

}  // namespace robocert::sim_server
