#pragma once
// A private PostgreSQL 15 server for tests: one per test process, started on first use from
// Debian's binaries in a fresh temporary directory on a free loopback port (trust auth, no
// durability), and shut down with the process. Tests get a fresh database per call, so they
// never see each other's rows and need no cleanup.

#include <sys/types.h>

#include <cstdint>
#include <mutex>
#include <string>

namespace bb::testing {

class PostgresServer {
 public:
  // The process-wide server, started on the first call. Throws std::runtime_error (with the
  // server's log) if it cannot be started; later calls throw the same error at once instead
  // of trying again, so a broken setup costs one timeout, not one per test.
  static PostgresServer& shared();

  // Creates a new, empty, uniquely named database and returns its URL,
  // postgresql://bb@127.0.0.1:PORT/NAME, as bb::storage::open_database accepts it.
  std::string create_database();
  // URL of the maintenance database "postgres" (for tests that need to look around).
  std::string admin_url() const;
  std::uint16_t port() const { return port_; }
  // The temporary directory holding the data directory, the socket and the logs.
  const std::string& directory() const { return dir_; }

  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;
  ~PostgresServer();

 private:
  PostgresServer() = default;
  void ensure_started();
  void start();
  void stop() noexcept;

  std::mutex mutex_;
  bool started_ = false;
  std::string failure_;  // non-empty once starting has failed
  std::string dir_;
  pid_t owner_ = -1;  // the process that started the server
  pid_t postmaster_ = -1;
  std::uint16_t port_ = 0;
  unsigned next_database_ = 0;
};

}  // namespace bb::testing
