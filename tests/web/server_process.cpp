#include "server_process.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <regex>
#include <stdexcept>

namespace bb::testing {

namespace {

struct Child {
  pid_t pid = -1;
  int output_fd = -1;  // the child's stdout and stderr
  int input_fd = -1;   // the child's stdin
};

// Starts `binary ARGS...` with stdout+stderr on one pipe and stdin on another.
Child spawn(const std::string& binary, const std::vector<std::string>& args) {
  int out[2];
  int in[2];
  if (pipe(out) != 0 || pipe(in) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    dup2(out[1], STDERR_FILENO);
    close(in[1]);
    close(out[0]);
    std::vector<std::string> all{binary};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  return Child{pid, out[0], in[1]};
}

}  // namespace

ServerProcess::ServerProcess(const std::string& binary, const std::string& database_url,
                             const std::vector<std::string>& extra) {
  std::vector<std::string> args{"--db", database_url, "serve", "--port", "0", "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto child = spawn(binary, args);
  close(child.input_fd);
  pid_ = child.pid;
  stdout_fd_ = child.output_fd;
  const std::regex running(R"(running on http://127\.0\.0\.1:(\d+)/)");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{stdout_fd_, POLLIN, 0};
    if (poll(&p, 1, 200) > 0) {
      char buffer[4096];
      const auto n = read(stdout_fd_, buffer, sizeof buffer);
      if (n <= 0) break;
      output_.append(buffer, static_cast<std::size_t>(n));
      std::smatch m;
      if (std::regex_search(output_, m, running)) {
        port_ = static_cast<std::uint16_t>(std::stoi(m[1]));
        return;
      }
    }
  }
  stop();
  throw std::runtime_error("server did not start: " + output_);
}

int ServerProcess::stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  if (stdout_fd_ >= 0) close(stdout_fd_);
  stdout_fd_ = -1;
  return status;
}

ServerProcess::~ServerProcess() { stop(); }

CommandResult run_command(const std::string& binary, const std::vector<std::string>& args, const std::string& input) {
  const auto child = spawn(binary, args);
  if (!input.empty()) (void)!write(child.input_fd, input.data(), input.size());
  close(child.input_fd);
  CommandResult result;
  char buffer[4096];
  for (ssize_t n; (n = read(child.output_fd, buffer, sizeof buffer)) > 0;)
    result.output.append(buffer, static_cast<std::size_t>(n));
  close(child.output_fd);
  int status = 0;
  waitpid(child.pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace bb::testing
