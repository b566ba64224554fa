#pragma once
// A test-only HTTP server on 127.0.0.1 at a port the kernel picks: a thread that accepts
// connections one at a time, reads each request's head and answers with what the test's
// handler returns (the raw response bytes), or holds the connection open without answering.
// It records every request, so a test can see what arrived (If-None-Match, the path).

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace nieuwslezer::test {

/// One request as it arrived: "GET /rss.xml HTTP/1.1" and its header lines.
struct HttpRequestSeen {
  std::string request_line;
  std::vector<std::string> headers;  // "If-None-Match: \"v1\"", as sent

  /// The value of header `name` (any case), or nullopt.
  std::optional<std::string> header(const std::string& name) const {
    for (const std::string& line : headers) {
      const auto colon = line.find(':');
      if (colon == std::string::npos || colon != name.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < colon; ++k) {
        same = same && std::tolower(static_cast<unsigned char>(line[k])) ==
                           std::tolower(static_cast<unsigned char>(name[k]));
      }
      if (same) return line.substr(line.find_first_not_of(' ', colon + 1));
    }
    return std::nullopt;
  }
  /// "/rss.xml" from the request line.
  std::string path() const {
    const auto first = request_line.find(' ');
    const auto second = request_line.find(' ', first + 1);
    return request_line.substr(first + 1, second - first - 1);
  }
};

/// The response to a request: its raw bytes, or nullopt to hold the connection open unanswered
/// until the server stops.
using HttpHandler = std::function<std::optional<std::string>(const HttpRequestSeen&)>;

/// "HTTP/1.1 <status>\r\n<headers>Content-Length: <n>\r\nConnection: close\r\n\r\n<body>";
/// `headers` are whole lines with their "\r\n".
inline std::string http_response(const std::string& status, const std::string& body,
                                 const std::string& headers = "") {
  return "HTTP/1.1 " + status + "\r\n" + headers +
         "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

class LoopbackHttpServer {
 public:
  explicit LoopbackHttpServer(HttpHandler handler) : handler_(std::move(handler)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(listener_, 16) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
      throw std::runtime_error("loopback server: cannot listen on 127.0.0.1");
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~LoopbackHttpServer() {
    stop_ = true;
    thread_.join();
    ::close(listener_);
  }
  LoopbackHttpServer(const LoopbackHttpServer&) = delete;
  LoopbackHttpServer& operator=(const LoopbackHttpServer&) = delete;

  /// "http://127.0.0.1:<port><path>".
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  /// The requests so far, in order.
  std::vector<HttpRequestSeen> requests() const {
    const std::lock_guard lock(mutex_);
    return requests_;
  }

 private:
  // Waits up to 50 ms for `fd` to be readable, so the thread sees stop_ soon.
  static bool readable(int fd) {
    pollfd poll_fd{fd, POLLIN, 0};
    return ::poll(&poll_fd, 1, 50) > 0;
  }

  void serve() {
    while (!stop_) {
      if (!readable(listener_)) continue;
      const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
      if (connection < 0) continue;
      answer(connection);
      ::close(connection);
    }
  }

  void answer(int connection) {
    std::string head;
    char buffer[4096];
    while (!stop_ && head.find("\r\n\r\n") == std::string::npos) {
      if (!readable(connection)) continue;
      const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
      if (got <= 0) return;
      head.append(buffer, static_cast<std::size_t>(got));
    }
    HttpRequestSeen request;
    std::size_t at = head.find("\r\n");
    request.request_line = head.substr(0, at);
    for (std::size_t next; (next = head.find("\r\n", at + 2)) != std::string::npos && next > at + 2;
         at = next) {
      request.headers.push_back(head.substr(at + 2, next - at - 2));
    }
    {
      const std::lock_guard lock(mutex_);
      requests_.push_back(request);
    }
    const std::optional<std::string> response = handler_(request);
    if (!response) {
      while (!stop_) std::this_thread::sleep_for(std::chrono::milliseconds(20));
      return;
    }
    for (std::size_t sent = 0; sent < response->size();) {
      const ssize_t wrote =
          ::send(connection, response->data() + sent, response->size() - sent, MSG_NOSIGNAL);
      if (wrote <= 0) return;  // the client gave up (a body over its limit)
      sent += static_cast<std::size_t>(wrote);
    }
  }

  HttpHandler handler_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::vector<HttpRequestSeen> requests_;
  std::thread thread_;
};

}  // namespace nieuwslezer::test
