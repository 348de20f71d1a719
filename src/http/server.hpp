#pragma once
// HTTP/1.1 server on Boost.Beast + Asio. I/O threads only parse and write; every request that is
// not marked `inline` is handed to a worker pool, so a slow handler (database, computation)
// never stalls other connections.

#include "http/message.hpp"
#include "http/router.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace bb::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port (tests); port() tells which
  unsigned io_threads = 1;
  unsigned worker_threads = 2;
  std::size_t max_header_bytes = 16 * 1024;      // larger header block -> 431/400 and close
  std::size_t max_body_bytes = 10 * 1024 * 1024; // larger body -> 413 and close
  std::chrono::seconds read_timeout{15};          // to receive one complete request
  std::chrono::seconds idle_timeout{60};          // keep-alive connection with no request
  std::chrono::seconds shutdown_grace{20};        // in-flight requests may finish within this
  bool trust_forwarded_proto = false;             // behind a TLS-terminating proxy: honour X-Forwarded-Proto
  bool access_log = true;                         // one info line per request (spdlog)
};

// Decides per request whether it can be answered on the I/O thread (cheap, never blocks:
// health checks, static files from memory) instead of the worker pool.
using InlinePredicate = std::function<bool(const Request&)>;

class Server {
 public:
  Server(ServerOptions options, Handler handler, InlinePredicate run_inline = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens; returns false with a message in `error` if the address cannot be bound.
  bool listen(std::string& error);
  std::uint16_t port() const;

  // From now on SIGTERM/SIGINT stop the server gracefully (instead of killing the process). Call it
  // before announcing that the server is up, so a process manager's early SIGTERM is not lost.
  void watch_signals();
  // Blocks until stop() or SIGTERM/SIGINT (when handle_signals; implies watch_signals()) and all
  // in-flight requests are done.
  void run(bool handle_signals = true);
  // Stops accepting, lets in-flight requests finish (up to shutdown_grace), closes idle connections.
  void stop();

  struct Impl;  // opaque; named publicly so the connection type inside server.cpp can refer to it

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace bb::http
