// The server's behaviour on the wire: keep-alive, limits, timeouts, errors, inline vs worker
// dispatch and graceful shutdown. Raw sockets are used where a well-behaved client cannot
// produce the situation (oversized or malformed requests, half-sent requests).
#include "../web/test_client.hpp"
#include "http/server.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <gtest/gtest.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace bb::http;
using namespace std::chrono_literals;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

Response handle(Request& req) {
  if (req.path == "/echo") return Response::text(std::string(to_string(req.method)) + " " + req.query.get_or("x", "") + " " + req.body);
  if (req.path == "/slow") {
    std::this_thread::sleep_for(std::chrono::milliseconds(std::stoi(req.query.get_or("ms", "500"))));
    return Response::text("slow");
  }
  if (req.path == "/throw") throw std::runtime_error("boom");
  if (req.path == "/id") return Response::text(req.request_id);
  if (req.path == "/inline") return Response::text("inline");
  return Response::text("not found", Status::not_found);
}

ServerOptions test_options() {
  ServerOptions o;
  o.port = 0;
  o.worker_threads = 1;
  o.max_body_bytes = 1024;
  o.max_header_bytes = 2048;
  o.read_timeout = 1s;
  o.idle_timeout = 1s;
  o.shutdown_grace = 5s;
  o.access_log = false;
  return o;
}

class RunningServer {
 public:
  explicit RunningServer(ServerOptions options = test_options())
      : server_(options, handle, [](const Request& r) { return r.path == "/inline"; }) {
    std::string error;
    if (!server_.listen(error)) throw std::runtime_error(error);
    thread_ = std::thread([this] { server_.run(false); });
  }
  ~RunningServer() { stop(); }
  void stop() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  std::uint16_t port() const { return server_.port(); }
  Server& server() { return server_; }

 private:
  Server server_;
  std::thread thread_;
};

// A blocking connection with a receive timeout, for hand-written requests.
class RawConnection {
 public:
  explicit RawConnection(std::uint16_t port) : socket_(io_) {
    socket_.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
    timeval tv{3, 0};
    ::setsockopt(socket_.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  void send(const std::string& bytes) { asio::write(socket_, asio::buffer(bytes)); }
  // Reads until the server closes the connection (or 3 s pass without data).
  std::string read_until_closed() {
    std::string out;
    char buf[4096];
    while (true) {
      boost::system::error_code ec;
      const auto n = socket_.read_some(asio::buffer(buf), ec);
      out.append(buf, n);
      if (ec) {
        closed_ = ec == asio::error::eof || ec == asio::error::connection_reset;
        return out;
      }
    }
  }
  // Reads until `marker` has arrived.
  std::string read_until(const std::string& marker) {
    std::string out;
    char buf[4096];
    while (out.find(marker) == std::string::npos) {
      boost::system::error_code ec;
      const auto n = socket_.read_some(asio::buffer(buf), ec);
      out.append(buf, n);
      if (ec) break;
    }
    return out;
  }
  bool closed_by_server() const { return closed_; }

 private:
  asio::io_context io_;
  tcp::socket socket_;
  bool closed_ = false;
};

int count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

}  // namespace

TEST(ServerTest, KeepAliveServesPipelinedRequestsOnOneConnection) {
  RunningServer server;
  RawConnection c(server.port());
  c.send("GET /echo?x=1 HTTP/1.1\r\nHost: t\r\n\r\nGET /echo?x=2 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  const auto out = c.read_until_closed();
  EXPECT_EQ(count(out, "HTTP/1.1 200 OK"), 2) << out;
  EXPECT_NE(out.find("GET 1 "), std::string::npos);
  EXPECT_NE(out.find("GET 2 "), std::string::npos);
  EXPECT_TRUE(c.closed_by_server());
}

TEST(ServerTest, BodyOverTheLimitIs413AndTheConnectionCloses) {
  RunningServer server;
  RawConnection c(server.port());
  c.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n");
  const auto out = c.read_until_closed();
  EXPECT_TRUE(out.starts_with("HTTP/1.1 413")) << out;
  EXPECT_TRUE(c.closed_by_server());
}

TEST(ServerTest, HeaderBlockOverTheLimitIs431) {
  RunningServer server;
  RawConnection c(server.port());
  c.send("GET /echo HTTP/1.1\r\nHost: t\r\nX-Big: " + std::string(4000, 'a') + "\r\n\r\n");
  const auto out = c.read_until_closed();
  EXPECT_TRUE(out.starts_with("HTTP/1.1 431")) << out;
}

TEST(ServerTest, MalformedRequestIs400) {
  RunningServer server;
  RawConnection c(server.port());
  c.send("THIS IS NOT HTTP\r\n\r\n");
  EXPECT_TRUE(c.read_until_closed().starts_with("HTTP/1.1 400"));
}

TEST(ServerTest, MalformedQueryEncodingIs400) {
  RunningServer server;
  bb::testing::TestClient client(server.port());
  EXPECT_EQ(client.get("/echo?x=%zz").status, 400);
  EXPECT_EQ(client.get("/echo?x=%C3%BC").status, 200);
}

TEST(ServerTest, HandlerExceptionIs500AndTheServerKeepsServing) {
  RunningServer server;
  bb::testing::TestClient client(server.port());
  EXPECT_EQ(client.get("/throw").status, 500);
  EXPECT_EQ(client.get("/echo?x=ok").body, "GET ok ");
}

TEST(ServerTest, PostBodyReachesTheHandler) {
  RunningServer server;
  bb::testing::TestClient client(server.port());
  auto res = client.send(boost::beast::http::verb::post, "/echo", "hello", "text/plain");
  EXPECT_EQ(res.body, "POST  hello");
}

TEST(ServerTest, InlineRequestIsAnsweredWhileTheWorkerIsBusy) {
  RunningServer server;  // one worker thread
  std::atomic<bool> slow_done{false};
  std::thread slow([&] {
    bb::testing::TestClient client(server.port());
    client.get("/slow?ms=1500");
    slow_done = true;
  });
  std::this_thread::sleep_for(200ms);
  bb::testing::TestClient client(server.port());
  EXPECT_EQ(client.get("/inline").body, "inline");
  EXPECT_FALSE(slow_done) << "the inline request waited for the busy worker";
  slow.join();
}

TEST(ServerTest, HalfSentRequestIsDroppedAfterTheReadTimeout) {
  RunningServer server;  // read_timeout 1 s
  RawConnection c(server.port());
  const auto start = std::chrono::steady_clock::now();
  c.send("GET /echo HTTP/1.1\r\nHost: t\r\n");
  const auto out = c.read_until_closed();
  EXPECT_TRUE(out.empty()) << out;
  EXPECT_TRUE(c.closed_by_server());
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2900ms);
}

TEST(ServerTest, IdleKeepAliveConnectionIsClosed) {
  RunningServer server;  // idle_timeout 1 s
  RawConnection c(server.port());
  c.send("GET /echo HTTP/1.1\r\nHost: t\r\n\r\n");
  const auto out = c.read_until_closed();
  EXPECT_EQ(count(out, "HTTP/1.1 200 OK"), 1);
  EXPECT_TRUE(c.closed_by_server());
}

TEST(ServerTest, HeadGivesTheLengthButNoBody) {
  RunningServer server;
  RawConnection c(server.port());
  c.send("HEAD /echo?x=abc HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  const auto out = c.read_until_closed();
  EXPECT_NE(out.find("Content-Length: 9\r\n"), std::string::npos) << out;  // "HEAD abc "
  EXPECT_TRUE(out.ends_with("\r\n\r\n")) << out;
}

TEST(ServerTest, RequestIdIsTakenFromAProxyOrGenerated) {
  RunningServer server;
  bb::testing::TestClient client(server.port());
  auto given = client.get("/id", {{"X-Request-Id", "proxy-123"}});
  EXPECT_EQ(given.body, "proxy-123");
  EXPECT_EQ(given.header("x-request-id"), "proxy-123");
  auto unsafe = client.get("/id", {{"X-Request-Id", "<script>"}});
  EXPECT_EQ(unsafe.body.size(), 16U);
  EXPECT_NE(unsafe.body, client.get("/id").body);
}

TEST(ServerTest, ExpectContinueIsHonoured) {
  RunningServer server;
  RawConnection c(server.port());
  c.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
  EXPECT_NE(c.read_until("\r\n\r\n").find("100 Continue"), std::string::npos);
  c.send("hello");
  EXPECT_NE(c.read_until_closed().find("POST  hello"), std::string::npos);
}

TEST(ServerTest, StopLetsAnInFlightRequestFinish) {
  RunningServer server;
  bb::testing::ClientResponse res;
  std::thread slow([&] { res = bb::testing::TestClient(server.port()).get("/slow?ms=600"); });
  std::this_thread::sleep_for(150ms);
  server.stop();  // returns once run() is done
  slow.join();
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, "slow");
}

TEST(ServerTest, StopClosesIdleConnectionsAtOnce) {
  auto options = test_options();
  options.idle_timeout = 30s;
  RunningServer server(options);
  RawConnection c(server.port());
  c.send("GET /echo HTTP/1.1\r\nHost: t\r\n\r\n");
  c.read_until("GET  ");
  const auto start = std::chrono::steady_clock::now();
  server.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
}

TEST(ServerTest, ListenReportsAPortInUse) {
  RunningServer first;
  auto options = test_options();
  options.port = first.port();
  Server second(options, handle);
  std::string error;
  EXPECT_FALSE(second.listen(error));
  EXPECT_FALSE(error.empty());
}
