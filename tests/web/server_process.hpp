#pragma once
// Runs the real `brueckenbauer serve` binary as a child process on a free port and stops it
// with SIGTERM, the way an operator or a process manager would.

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace bb::testing {

class ServerProcess {
 public:
  // Starts `brueckenbauer --db URL serve --port 0 --quiet EXTRA...` and waits for its "running on" line.
  ServerProcess(const std::string& binary, const std::string& database_url, const std::vector<std::string>& extra = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  std::uint16_t port() const { return port_; }
  const std::string& output() const { return output_; }
  // Sends SIGTERM and returns the exit status.
  int stop();

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::uint16_t port_ = 0;
  std::string output_;
};

struct CommandResult {
  int exit_code = -1;  // -1 if it did not exit normally
  std::string output;  // stdout and stderr together
};
// Runs `binary ARGS...` to completion, feeding `input` on stdin.
CommandResult run_command(const std::string& binary, const std::vector<std::string>& args, const std::string& input = {});

}  // namespace bb::testing
