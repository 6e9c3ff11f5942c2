#include "robocert/textio/file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace robocert::textio {
namespace {

// Closes the descriptor on every path out.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

ReadError error(ReadError::Kind kind, int errorNumber = 0) {
  ReadError e;
  e.kind = kind;
  e.errorNumber = errorNumber;
  return e;
}

}  // namespace

std::variant<std::string, ReadError> readFile(const std::filesystem::path& file,
                                              std::size_t limitBytes) {
  // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever. The type is
  // checked on the open descriptor, so the file cannot be swapped between check and read.
  Fd in{::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (in.fd < 0) {
    const int why = errno;
    return error(
        why == ENOENT || why == ENOTDIR ? ReadError::Kind::NotFound : ReadError::Kind::CannotRead,
        why);
  }
  struct stat st {};
  if (::fstat(in.fd, &st) != 0) return error(ReadError::Kind::CannotRead, errno);
  if (S_ISDIR(st.st_mode)) return error(ReadError::Kind::Directory);
  if (!S_ISREG(st.st_mode)) return error(ReadError::Kind::NotRegular);
  ReadError tooLarge = error(ReadError::Kind::TooLarge);
  tooLarge.limitBytes = limitBytes;
  if (static_cast<std::uintmax_t>(st.st_size) > limitBytes) return tooLarge;

  // The size may change while reading (or be 0 for /proc files): read up to limit + 1 bytes.
  std::string data;
  data.resize(std::min<std::size_t>(static_cast<std::size_t>(st.st_size), limitBytes) + 1);
  std::size_t used = 0;
  for (;;) {
    if (used == data.size()) {
      if (used > limitBytes) return tooLarge;
      data.resize(std::min(limitBytes + 1, std::max<std::size_t>(2 * used, 4096)));
    }
    const ssize_t n = ::read(in.fd, data.data() + used, data.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      return error(ReadError::Kind::CannotRead, errno);
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  if (used > limitBytes) return tooLarge;
  data.resize(used);
  return data;
}

std::string formatBytes(std::size_t bytes) {
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KiB";
  return std::to_string(bytes) + " bytes";
}

std::string describe(const ReadError& e) {
  switch (e.kind) {
    case ReadError::Kind::NotFound:
      return "no such file";
    case ReadError::Kind::Directory:
      return "is a directory, expected a file";
    case ReadError::Kind::NotRegular:
      return "is not a regular file (a device, FIFO or socket); name a file";
    case ReadError::Kind::TooLarge:
      return "is larger than " + formatBytes(e.limitBytes) + ", the limit for this kind of file";
    case ReadError::Kind::CannotRead:
      return std::string("cannot be read (") + std::strerror(e.errorNumber) + ")";
  }
  return "cannot be read";
}

}  // namespace robocert::textio
