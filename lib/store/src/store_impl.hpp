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
  // Who drives a run this Store created or took over: "host:pid:process start:token", the
  // token telling this Store from another one of the same process (store.cpp).
  std::string owner;
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
  // Inside a write: throws NotFound for an unknown run, and Invalid unless this Store drives the
  // run (status running or paused, owner this Store). Every write of a run's records checks it,
  // so a run has one writer, whatever other programs do.
  void requireOwnership(std::int64_t runId);
  // Sets the status (ended_at with it) and audits it, without checking who writes.
  void updateStatus(std::int64_t runId, RunStatus status, const std::string& reason);
  // Marks a run interrupted whose program died, unless another Store took it over or marked it
  // first (the update is conditional on the owner and the status): audited once.
  void interruptAbandoned(std::int64_t runId, const std::string& deadOwner);
  bool hasResults(std::int64_t runId);
  std::int64_t insertInstrument(const InstrumentInfo& info);
  std::int64_t insertCalibration(std::int64_t instrumentId, const Calibration& c);
  void insertResults(std::int64_t runId, std::span<const Result> results);
  int64_t insertAudited(std::string_view table, detail::Statement& insert,
                        std::optional<std::int64_t> runId);
};

}  // namespace robocert::store
