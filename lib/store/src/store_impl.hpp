#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "audit.hpp"
#include "robocert/store/store.hpp"
#include "sqlite.hpp"

namespace robocert::store {

// streams.channels holds "name[unit],name[unit],...". createStream refuses , [ ] inside names
// and units, so splitting at commas is exact.
std::string formatChannelSpec(const std::vector<Channel>& channels);
std::vector<Channel> parseChannelSpec(const std::string& spec);

struct Store::Impl {
  Impl(const std::filesystem::path& p, Mode m, std::string who);

  std::filesystem::path path;
  Mode mode;
  std::string actor;
  detail::Connection conn;
  detail::AuditLog audit;

  int writeDepth = 0;  // write() calls running on this connection

  // Runs fn inside one write transaction; on any failure rolls back, re-reads the audit head,
  // and rethrows, so nothing half-written stays and the chain stays whole. A write() inside
  // another joins the outer transaction, so several public writes can be made all-or-nothing.
  template <typename Fn>
  auto write(Fn&& fn) -> decltype(fn()) {
    requireWritable();
    if (writeDepth > 0) return fn();
    struct Depth {
      int& depth;
      explicit Depth(int& d) : depth(++d) {}
      ~Depth() { --depth; }
    } inWrite(writeDepth);
    try {
      detail::Transaction t(conn);
      // Another connection (another program or thread) may have appended to the trail since our
      // last write; inside the write lock the stored head is the one to chain to.
      audit.reload();
      if constexpr (std::is_void_v<decltype(fn())>) {
        fn();
        t.commit();
      } else {
        auto r = fn();
        t.commit();
        return r;
      }
    } catch (...) {
      audit.reload();
      throw;
    }
  }
  void requireWritable() const;
  int64_t insertAudited(std::string_view table, detail::Statement& insert,
                        std::optional<std::int64_t> runId);
};

}  // namespace robocert::store
