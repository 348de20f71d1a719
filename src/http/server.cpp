#include "http/server.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <spdlog/spdlog.h>

#include <atomic>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_map>

namespace bb::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<bhttp::string_body>;
using Clock = std::chrono::steady_clock;

std::string new_request_id() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(16, '0');
  auto bits = generator();
  for (auto& c : id) {
    c = kHex[bits & 0xF];
    bits >>= 4;
  }
  return id;
}

// A proxy's X-Request-Id is kept (so logs can be joined) only if it is short and plain.
bool acceptable_request_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      return false;
  return true;
}

Response plain_error(Status status, std::string_view text) {
  auto res = Response::text(std::string(text) + "\n", status);
  res.headers.set("Cache-Control", "no-store");
  return res;
}

}  // namespace

class Session;

struct Server::Impl {
  Impl(ServerOptions o, Handler h, InlinePredicate p)
      : options(std::move(o)),
        handler(std::move(h)),
        run_inline(std::move(p)),
        ioc(static_cast<int>(std::max(1u, options.io_threads))),
        acceptor(asio::make_strand(ioc)),
        workers(std::max(1u, options.worker_threads)),
        grace_timer(acceptor.get_executor()) {}

  ServerOptions options;
  Handler handler;
  InlinePredicate run_inline;

  // Declared before the io_context: sessions destroyed with the context unregister here.
  std::mutex sessions_mutex;
  std::unordered_map<std::uint64_t, std::weak_ptr<Session>> sessions;
  std::uint64_t next_session_id = 0;
  std::atomic<bool> stopping{false};
  std::atomic<bool> tearing_down{false};  // set by ~Server: sessions destroyed then must not post

  asio::io_context ioc;
  tcp::acceptor acceptor;
  asio::thread_pool workers;
  asio::steady_timer grace_timer;
  std::optional<asio::signal_set> signals;
  std::uint16_t bound_port = 0;

  void accept();
  void begin_stop();
  void register_session(std::uint64_t id, const std::shared_ptr<Session>& s) {
    std::lock_guard lock(sessions_mutex);
    sessions.emplace(id, s);
  }
  void unregister_session(std::uint64_t id) {
    bool last = false;
    {
      std::lock_guard lock(sessions_mutex);
      sessions.erase(id);
      last = sessions.empty();
    }
    // The last connection gone during shutdown: nothing left to wait for.
    if (last && stopping && !tearing_down) asio::post(acceptor.get_executor(), [this] { cancel_grace_if_idle(); });
  }
  // Runs on the acceptor's strand, like every use of the grace timer.
  void cancel_grace_if_idle() {
    std::lock_guard lock(sessions_mutex);
    if (sessions.empty()) grace_timer.cancel();
  }
  std::uint64_t allocate_session_id() {
    std::lock_guard lock(sessions_mutex);
    return ++next_session_id;
  }
};

// One connection: reads requests one after another (keep-alive), hands each to the handler
// (inline or on the worker pool) and writes the answer. All its I/O runs on its own strand.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& server)
      : server_(server), stream_(std::move(socket)), id_(server.allocate_session_id()) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = endpoint.address().to_string();
    stream_.socket().set_option(tcp::no_delay(true), ec);
  }
  ~Session() { server_.unregister_session(id_); }

  void start() {
    server_.register_session(id_, shared_from_this());
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->wait_for_request(); });
  }

  // Called (on the strand) when the server stops: an idle connection is closed now, a busy one
  // after its response.
  void shut_down() {
    if (idle_) close();
    else close_after_response_ = true;
  }

  auto executor() { return stream_.get_executor(); }

 private:
  void wait_for_request() {
    if (server_.stopping) return close();
    idle_ = true;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.max_header_bytes));
    parser_->body_limit(server_.options.max_body_bytes);
    if (buffer_.size() > 0 || requests_served_ == 0) return read_header();
    // Keep-alive: wait for the first byte of the next request with the (longer) idle timeout,
    // then the whole request must arrive within read_timeout.
    stream_.expires_after(server_.options.idle_timeout);
    stream_.async_read_some(buffer_.prepare(4096), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      if (ec) return self->close();
      self->buffer_.commit(n);
      self->read_header();
    });
  }

  void read_header() {
    stream_.expires_after(server_.options.read_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    if (ec) return on_read_error(ec);
    idle_ = false;
    started_ = Clock::now();
    if (parser_->is_done()) return on_request();
    const auto& header = parser_->get();
    if (beast::iequals(header[bhttp::field::expect], "100-continue")) {
      static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      asio::async_write(stream_, asio::buffer(kContinue), [self = shared_from_this()](beast::error_code e, std::size_t) {
        if (e) return self->close();
        self->read_body();
      });
      return;
    }
    read_body();
  }

  void read_body() {
    bhttp::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->on_read_error(ec);
      self->on_request();
    });
  }

  void on_read_error(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) return reject(Status::payload_too_large, "Payload Too Large");
    if (ec == bhttp::error::header_limit) return reject(Status::request_header_fields_too_large, "Request Header Fields Too Large");
    if (ec.category() == bhttp::make_error_code(bhttp::error::end_of_stream).category() && ec != bhttp::error::end_of_stream &&
        ec != bhttp::error::partial_message)
      return reject(Status::bad_request, "Bad Request");
    close();  // timeout, peer closed, cancelled: nobody to answer
  }

  void reject(Status status, std::string_view text) {
    started_ = Clock::now();
    method_ = "-";
    target_ = "-";
    request_id_ = new_request_id();
    head_ = false;
    write(plain_error(status, text), false);
  }

  void on_request() {
    BeastRequest message = parser_->release();
    Request req;
    req.method = message.method();
    req.target = std::string(message.target());
    req.remote_address = remote_;
    method_ = std::string(message.method_string());
    target_ = req.target;
    head_ = req.method == Method::head;
    const bool keep_alive = message.keep_alive();
    for (const auto& field : message) req.headers.add(field.name_string(), std::string(field.value()));
    req.body = std::move(message.body());
    const auto incoming_id = req.headers.get("x-request-id");
    req.request_id = incoming_id && acceptable_request_id(*incoming_id) ? std::string(*incoming_id) : new_request_id();
    request_id_ = req.request_id;
    if (server_.options.trust_forwarded_proto) {
      auto proto = req.headers.get("x-forwarded-proto");
      req.secure = proto && beast::iequals(*proto, "https");
    }

    auto target = boost::urls::parse_origin_form(req.target);
    std::optional<Params> query;
    if (target) {
      req.path = target->path();
      query = parse_urlencoded(target->encoded_query());
    }
    if (!target || !query || req.path.find('\0') != std::string::npos) {
      return write(plain_error(Status::bad_request, "Bad Request"), false);
    }
    req.query = std::move(*query);

    if (server_.run_inline && server_.run_inline(req)) return write(invoke(server_, req), keep_alive);
    // Off the I/O thread: the handler may wait on the database.
    asio::post(server_.workers, [self = shared_from_this(), req = std::move(req), keep_alive]() mutable {
      auto res = invoke(self->server_, req);
      asio::post(self->executor(), [self, res = std::move(res), keep_alive]() mutable { self->write(std::move(res), keep_alive); });
    });
  }

  static Response invoke(Server::Impl& server, Request& req) {
    try {
      return server.handler(req);
    } catch (const std::exception& e) {
      spdlog::error("request {} {} failed: {}", req.request_id, req.target, e.what());
    } catch (...) {
      spdlog::error("request {} {} failed with an unknown exception", req.request_id, req.target);
    }
    return plain_error(Status::internal_server_error, "Internal Server Error");
  }

  void write(Response res, bool keep_alive) {
    keep_alive = keep_alive && !close_after_response_ && !server_.stopping;
    auto out = std::make_shared<BeastResponse>();
    out->version(11);
    out->result(res.status);
    for (const auto& [name, value] : res.headers.all()) out->insert(name, value);
    out->set("X-Request-Id", request_id_);
    out->keep_alive(keep_alive);
    const auto length = res.body.size();
    if (head_) {
      out->content_length(length);  // what GET would send, without the body
    } else {
      out->body() = std::move(res.body);
      out->prepare_payload();
    }
    if (server_.options.access_log) {
      const auto ms = std::chrono::duration<double, std::milli>(Clock::now() - started_).count();
      // key=value pairs (logfmt), so log tools can filter by field without a parser of our own.
      spdlog::info("access method={} target={} status={} bytes={} ms={:.2f} remote={} id={}", method_, target_,
                   static_cast<unsigned>(res.status), length, ms, remote_, request_id_);
    }
    bhttp::async_write(stream_, *out, [self = shared_from_this(), out, keep_alive](beast::error_code ec, std::size_t) {
      if (ec || !keep_alive) return self->close();
      ++self->requests_served_;
      self->wait_for_request();
    });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  Server::Impl& server_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::string remote_;
  std::uint64_t id_;
  std::uint64_t requests_served_ = 0;
  bool idle_ = true;
  bool close_after_response_ = false;
  bool head_ = false;
  std::string method_, target_, request_id_;
  Clock::time_point started_{};
};

void Server::Impl::accept() {
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
    if (!ec) std::make_shared<Session>(std::move(socket), *this)->start();
    else spdlog::warn("accept failed: {}", ec.message());
    accept();
  });
}

// Runs on the acceptor's strand.
void Server::Impl::begin_stop() {
  if (stopping.exchange(true)) return;
  beast::error_code ec;
  acceptor.close(ec);
  if (signals) signals->cancel();
  std::vector<std::shared_ptr<Session>> alive;
  {
    std::lock_guard lock(sessions_mutex);
    for (auto& [id, weak] : sessions)
      if (auto s = weak.lock()) alive.push_back(std::move(s));
  }
  for (auto& s : alive) asio::post(s->executor(), [s] { s->shut_down(); });
  if (alive.empty()) return;
  // In-flight requests get shutdown_grace to finish; then the remaining connections are dropped.
  grace_timer.expires_after(options.shutdown_grace);
  grace_timer.async_wait([this](beast::error_code wait_error) {
    if (wait_error == asio::error::operation_aborted) return;
    spdlog::warn("shutdown grace period over; closing remaining connections");
    ioc.stop();
  });
  cancel_grace_if_idle();  // the last session may have gone while we were posting
}

Server::Server(ServerOptions options, Handler handler, InlinePredicate run_inline)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), std::move(run_inline))) {}

Server::~Server() {
  impl_->tearing_down = true;
  impl_->workers.join();
}

bool Server::listen(std::string& error) {
  try {
    tcp::resolver resolver(impl_->ioc);
    const auto results = resolver.resolve(impl_->options.host, std::to_string(impl_->options.port),
                                          tcp::resolver::passive | tcp::resolver::numeric_service);
    if (results.empty()) {
      error = "no address for host " + impl_->options.host;
      return false;
    }
    const tcp::endpoint endpoint = *results.begin();
    auto& acceptor = impl_->acceptor;
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
    impl_->bound_port = acceptor.local_endpoint().port();
  } catch (const boost::system::system_error& e) {
    error = e.code().message();
    beast::error_code ignored;
    impl_->acceptor.close(ignored);
    return false;
  }
  impl_->accept();
  return true;
}

std::uint16_t Server::port() const { return impl_->bound_port; }

void Server::watch_signals() {
  if (impl_->signals) return;
  impl_->signals.emplace(impl_->acceptor.get_executor(), SIGINT, SIGTERM);
  impl_->signals->async_wait([this](beast::error_code ec, int signal) {
    if (ec) return;
    spdlog::info("signal {} received, shutting down", signal);
    asio::post(impl_->acceptor.get_executor(), [this] { impl_->begin_stop(); });
  });
}

void Server::run(bool handle_signals) {
  if (handle_signals) watch_signals();
  std::vector<std::thread> extra;
  for (unsigned i = 1; i < impl_->options.io_threads; ++i) extra.emplace_back([this] { impl_->ioc.run(); });
  impl_->ioc.run();
  for (auto& t : extra) t.join();
  impl_->workers.join();
}

void Server::stop() {
  asio::post(impl_->acceptor.get_executor(), [this] { impl_->begin_stop(); });
}

}  // namespace bb::http
