#include "postgres_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <grp.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace bb::testing {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kDefaultBinDir = "/usr/lib/postgresql/15/bin";
constexpr const char* kUser = "bb";
constexpr auto kReadyTimeout = std::chrono::seconds(30);
constexpr int kPortAttempts = 5;

// Where clusters live. A cluster is some 40 MB of files written at once, plus a few MB per test
// database; on a busy disk that alone takes seconds per test process, in memory a twentieth.
// So /dev/shm when it is a roomy tmpfs (containers often cap it at 64 MB), else /tmp.
const std::string& scratch_base() {
  static const std::string base = [] {
    constexpr unsigned long long kRoomNeeded = 2ULL << 30;
    struct statvfs fs {};
    if (::statvfs("/dev/shm", &fs) == 0 && ::access("/dev/shm", W_OK) == 0 &&
        static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize >= kRoomNeeded)
      return std::string("/dev/shm");
    return std::string("/tmp");
  }();
  return base;
}

// Where the server binaries are: Debian's PostgreSQL 15 unless BB_POSTGRES_BINDIR says otherwise
// (for a machine that has them elsewhere).
std::string bin_dir() {
  const char* custom = std::getenv("BB_POSTGRES_BINDIR");
  return custom != nullptr && *custom != '\0' ? custom : kDefaultBinDir;
}

std::string require_binary(const std::string& name) {
  const std::string path = bin_dir() + "/" + name;
  if (::access(path.c_str(), X_OK) != 0)
    throw std::runtime_error("PostgreSQL test server: '" + path +
                             "' is missing or not executable; install the Debian package postgresql-15 "
                             "(scripts/install-deps.sh does) or set BB_POSTGRES_BINDIR");
  return path;
}

// PostgreSQL refuses to run as root. When the tests run as root (containers, CI), the server
// runs as the 'postgres' system user that the postgresql-15 package creates.
struct Identity {
  bool drop = false;
  uid_t uid = 0;
  gid_t gid = 0;
};

Identity server_identity() {
  if (::geteuid() != 0) return {};
  const passwd* pw = ::getpwnam("postgres");
  if (pw == nullptr)
    throw std::runtime_error(
        "PostgreSQL test server: the tests run as root, which PostgreSQL refuses, and there is no 'postgres' "
        "system user to run it as; install the Debian package postgresql-15 (it creates that user)");
  return Identity{true, pw->pw_uid, pw->pw_gid};
}

std::string tail_of_file(const std::string& path, std::size_t max_chars = 4000) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.size() > max_chars) text = "..." + text.substr(text.size() - max_chars);
  return text;
}

// Starts argv[0] with stdout and stderr appended to log_path, in `cwd`, as `who`.
// fork+exec with an argv (no shell, so no quoting); everything the child needs is prepared
// before fork because only async-signal-safe calls are allowed between fork and exec in a
// multi-threaded process.
pid_t spawn(const std::vector<std::string>& args, const std::string& log_path, const std::string& cwd,
            const Identity& who, bool die_with_parent) {
  const int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (log < 0)
    throw std::runtime_error("PostgreSQL test server: cannot open log " + log_path + ": " + std::strerror(errno));
  const int null_in = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  std::vector<std::string> storage = args;
  std::vector<char*> argv;
  for (auto& a : storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t parent = ::getpid();

  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(log);
    if (null_in >= 0) ::close(null_in);
    throw std::runtime_error(std::string("PostgreSQL test server: fork failed: ") + std::strerror(errno));
  }
  if (pid == 0) {
    if (null_in >= 0) ::dup2(null_in, STDIN_FILENO);
    ::dup2(log, STDOUT_FILENO);
    ::dup2(log, STDERR_FILENO);
    if (::chdir(cwd.c_str()) != 0) ::_exit(126);
    if (who.drop) {
      const gid_t groups[] = {who.gid};
      if (::setgroups(1, groups) != 0 || ::setgid(who.gid) != 0 || ::setuid(who.uid) != 0) ::_exit(126);
    }
    // Set after setuid (a credential change clears it): if the test process dies without
    // running its destructors (crash, ctest timeout), the server shuts down instead of
    // lingering with its port and data directory.
    if (die_with_parent) {
      ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
      if (::getppid() != parent) ::_exit(125);
    }
    ::execv(argv[0], argv.data());
    static const char msg[] = "exec failed\n";
    [[maybe_unused]] const auto n = ::write(STDERR_FILENO, msg, sizeof msg - 1);
    ::_exit(127);
  }
  ::close(log);
  if (null_in >= 0) ::close(null_in);
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

std::string describe_exit(int status) {
  if (WIFEXITED(status)) return "exit code " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return "signal " + std::to_string(WTERMSIG(status));
  return "status " + std::to_string(status);
}

// A port that was free a moment ago. Another process may take it before the server binds;
// start() detects that and tries another.
std::uint16_t free_loopback_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error(std::string("PostgreSQL test server: socket failed: ") + std::strerror(errno));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the BSD socket API
  auto* generic = reinterpret_cast<sockaddr*>(&addr);
  if (::bind(fd, generic, sizeof addr) != 0 || ::getsockname(fd, generic, &len) != 0) {
    const std::string why = std::strerror(errno);
    ::close(fd);
    throw std::runtime_error("PostgreSQL test server: cannot find a free port: " + why);
  }
  ::close(fd);
  return ntohs(addr.sin_port);
}

std::string url_for(std::uint16_t port, const std::string& database) {
  return std::string("postgresql://") + kUser + "@127.0.0.1:" + std::to_string(port) + "/" + database;
}

bool exited_zero(int status) {
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// The cache of a freshly initialised cluster: one per server binaries, initdb options and
// server user, owned by that user. The name is derived from what went into it, so a change of
// options never picks up an old cluster.
std::string cluster_cache_path(const std::vector<std::string>& initdb_args, const Identity& who) {
  std::string key;
  for (std::size_t i = 0; i < initdb_args.size(); ++i)
    if (i != 2) key += initdb_args[i] + '\n';  // all but the target directory
  const uid_t uid = who.drop ? who.uid : ::geteuid();
  std::ostringstream name;
  name << scratch_base() << "/bb-pg-cluster-cache-" << uid << "-" << std::hex << std::hash<std::string>{}(key);
  return name.str();
}

// Copies a directory tree as the server user (so ownership and the 0700 mode PostgreSQL insists
// on come out right). False if `from` is not a complete cluster of that user or the copy fails.
bool copy_tree(const std::string& from, const std::string& to, const std::string& log, const std::string& cwd,
               const Identity& who) {
  struct stat info {};
  const uid_t uid = who.drop ? who.uid : ::geteuid();
  // Only trust a cache that the server user made (it lives in a world-writable directory).
  if (::stat((from + "/PG_VERSION").c_str(), &info) != 0 || info.st_uid != uid) return false;
  if (::stat(from.c_str(), &info) != 0 || info.st_uid != uid || (info.st_mode & 0022) != 0) return false;
  return exited_zero(wait_for(spawn({"/bin/cp", "-a", from, to}, log, cwd, who, false)));
}

// Best effort: a failure only means the next process runs initdb too. The copy goes to a
// private name first and is renamed into place, so no process ever sees half a cluster.
void fill_cluster_cache(const std::string& data, const std::string& cache, const std::string& cwd,
                        const Identity& who) {
  const std::string staging = cache + ".tmp-" + std::to_string(::getpid());
  std::error_code ignored;
  std::filesystem::remove_all(staging, ignored);  // left by a crashed process with our pid
  if (copy_tree(data, staging, cwd + "/cache.log", cwd, who) && ::rename(staging.c_str(), cache.c_str()) == 0) return;
  std::filesystem::remove_all(staging, ignored);
}

// A test process that is killed (a crash, a ctest timeout) takes its server along (parent-death
// signal) but cannot remove its directory, which in /dev/shm holds memory until reboot. The
// directory names carry the owner's pid; remove those whose owner is gone.
void remove_leftovers_of_dead_processes() {
  std::error_code ec;
  const std::string prefix = "bb-pg-";
  for (const auto& entry : std::filesystem::directory_iterator(scratch_base(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const auto dash = name.find('-', prefix.size());
    if (dash == std::string::npos) continue;
    const std::string digits = name.substr(prefix.size(), dash - prefix.size());
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t owner = static_cast<pid_t>(std::stol(digits));
    if (owner == ::getpid() || ::kill(owner, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to judge
    std::error_code ignored;
    std::filesystem::remove_all(entry.path(), ignored);
  }
}

// Only the main thread may ask for the parent-death signal: the kernel sends it when the
// forking *thread* ends, which for a worker thread would be long before the process ends.
bool on_main_thread() {
  return ::syscall(SYS_gettid) == ::getpid();
}

}  // namespace

PostgresServer& PostgresServer::shared() {
  // A function-local static: started lazily, destroyed (server stopped, directory removed) at
  // normal process exit.
  static PostgresServer server;
  server.ensure_started();
  return server;
}

void PostgresServer::ensure_started() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (started_) return;
  if (!failure_.empty()) throw std::runtime_error(failure_);
  try {
    start();
    started_ = true;
  } catch (const std::exception& e) {
    failure_ = e.what();
    stop();
    throw;
  }
}

void PostgresServer::start() {
  const std::string initdb = require_binary("initdb");
  const std::string postgres = require_binary("postgres");
  const Identity who = server_identity();

  remove_leftovers_of_dead_processes();
  std::string templ = scratch_base() + "/bb-pg-" + std::to_string(::getpid()) + "-XXXXXX";
  if (::mkdtemp(templ.data()) == nullptr)
    throw std::runtime_error(std::string("PostgreSQL test server: mkdtemp failed: ") + std::strerror(errno));
  dir_ = templ;
  owner_ = ::getpid();
  if (who.drop && ::chown(dir_.c_str(), who.uid, who.gid) != 0)
    throw std::runtime_error("PostgreSQL test server: cannot hand " + dir_ +
                             " to the postgres user: " + std::strerror(errno));

  const std::string data = dir_ + "/data";
  const std::string initdb_log = dir_ + "/initdb.log";
  const std::vector<std::string> initdb_args{initdb, "-D",        data, "-A",   "trust",     "-U",
                                             kUser,  "--no-sync", "-E", "UTF8", "--locale=C"};
  // ctest runs every test in its own process, each starting its own server; copying a cluster
  // made once (cp -a) takes a sixth of the time of initdb.
  const std::string cache = cluster_cache_path(initdb_args, who);
  if (!copy_tree(cache, data, dir_ + "/cache.log", dir_, who)) {
    std::error_code ignored;
    std::filesystem::remove_all(data, ignored);
    const int init_status = wait_for(spawn(initdb_args, initdb_log, dir_, who, false));
    if (!WIFEXITED(init_status) || WEXITSTATUS(init_status) != 0)
      throw std::runtime_error("PostgreSQL test server: initdb failed (" + describe_exit(init_status) + "):\n" +
                               tail_of_file(initdb_log));
    fill_cluster_cache(data, cache, dir_, who);
  }

  const std::string log = dir_ + "/postgres.log";
  const bool die_with_parent = on_main_thread();
  for (int attempt = 1; attempt <= kPortAttempts; ++attempt) {
    const std::uint16_t port = free_loopback_port();
    std::error_code ignored;
    std::filesystem::remove(log, ignored);  // judge each attempt by its own output
    // Durability is worthless for throw-away test data; turning it off makes each test's
    // CREATE DATABASE and migrations fast. max_connections leaves room for many pools at once.
    postmaster_ = spawn({postgres, "-D", data, "-p", std::to_string(port), "-c", "listen_addresses=127.0.0.1", "-c",
                         "unix_socket_directories=" + dir_, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c",
                         "full_page_writes=off", "-c", "max_connections=200"},
                        log, dir_, who, die_with_parent);
    // Probe through the Unix socket in our private directory: on 127.0.0.1:port another
    // process's server could answer if it took the port first. The postmaster binds TCP before
    // it creates the socket and exits if it cannot, so an answer here means the port is ours.
    const std::string probe =
        "host=" + dir_ + " port=" + std::to_string(port) + " user=" + kUser + " dbname=postgres connect_timeout=2";
    const auto deadline = Clock::now() + kReadyTimeout;
    bool lost_port = false;
    while (true) {
      int status = 0;
      if (::waitpid(postmaster_, &status, WNOHANG) == postmaster_) {
        postmaster_ = -1;
        const std::string output = tail_of_file(log);
        // Someone took the port between our probe and the server's bind: try another one.
        if (output.find("Address already in use") != std::string::npos) {
          lost_port = true;
          break;
        }
        throw std::runtime_error("PostgreSQL test server: postgres exited during startup (" + describe_exit(status) +
                                 "):\n" + output);
      }
      if (PQping(probe.c_str()) == PQPING_OK) {
        port_ = port;
        return;
      }
      if (Clock::now() > deadline)
        throw std::runtime_error("PostgreSQL test server: not ready after 30 s on port " + std::to_string(port) +
                                 ":\n" + tail_of_file(log));
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (!lost_port) break;
  }
  throw std::runtime_error("PostgreSQL test server: could not bind a free port in " + std::to_string(kPortAttempts) +
                           " attempts:\n" + tail_of_file(log));
}

void PostgresServer::stop() noexcept {
  // A forked child that exits through exit() (not _exit) runs static destructors too; only
  // the process that started the server may stop it.
  if (owner_ != ::getpid()) return;
  if (postmaster_ > 0) {
    // SIGQUIT is PostgreSQL's immediate shutdown, what `pg_ctl -m immediate stop` sends: the
    // data is thrown away anyway, so there is nothing to flush.
    ::kill(postmaster_, SIGQUIT);
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    int status = 0;
    while (::waitpid(postmaster_, &status, WNOHANG) == 0) {
      if (Clock::now() > deadline) {
        ::kill(postmaster_, SIGKILL);
        wait_for(postmaster_);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    postmaster_ = -1;
  }
  if (!dir_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
    dir_.clear();
  }
  started_ = false;
}

PostgresServer::~PostgresServer() {
  stop();
}

std::string PostgresServer::admin_url() const {
  return url_for(port_, "postgres");
}

std::string PostgresServer::create_database() {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string name = "bb_test_" + std::to_string(++next_database_);
  const std::string conninfo = admin_url() + "?connect_timeout=10";
  std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK)
    throw std::runtime_error("PostgreSQL test server: cannot connect to " + admin_url() + ": " +
                             PQerrorMessage(conn.get()));
  // The name is ours (letters, digits, underscore), so it needs no quoting.
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), ("CREATE DATABASE " + name).c_str()),
                                                       &PQclear);
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
    throw std::runtime_error("PostgreSQL test server: CREATE DATABASE " + name +
                             " failed: " + PQerrorMessage(conn.get()));
  return url_for(port_, name);
}

}  // namespace bb::testing
