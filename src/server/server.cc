// The HTTP layer: cpp-httplib routes GET / to the embedded page and /api/...
// to HandleApi; everything else is a JSON 404. httplib runs each request on
// a thread of its pool; the StorePool gives each its own store connection.
// Tested by tests/server_api_test.cc and web/tests/browser.mjs.
#include "veille/server.h"

#include <atomic>
#include <chrono>
#include <thread>

#include <httplib.h>

#include "server/api.h"
#include "server/encode.h"
#include "server/page.h"

namespace veille::server {

struct Server::Impl {
  explicit Impl(const std::string& db) : pool(db) {}
  StorePool pool;
  httplib::Server http;
  int port = 0;
  // httplib's stop() does nothing until listening has begun, so a Stop()
  // racing a Run() that has not reached its accept loop is retried until
  // Run() returns; a Stop() before Run() makes Run() return at once.
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> in_run{false};
};

namespace {

void SendJson(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body, "application/json; charset=utf-8");
}

void Routes(Server::Impl& impl) {
  // Small JSON answers must not wait for the peer's delayed ACK (~40 ms).
  impl.http.set_tcp_nodelay(true);
  // httplib's default also sets SO_REUSEPORT, which lets a second server
  // bind a port already served and silently share its connections: a busy
  // port must be an error instead.
  impl.http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  impl.http.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(PageHtml()), "text/html; charset=utf-8");
  });
  impl.http.Get(R"(/api/.*)", [&impl](const httplib::Request& req, httplib::Response& res) {
    Params params(req.params.begin(), req.params.end());
    ApiResponse r = HandleApi(impl.pool, req.path, params);
    SendJson(res, r.status, r.body);
  });
  // Unknown paths and methods: httplib sets the status, the body says why.
  impl.http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string what = res.status == 404 ? "not found: " + req.path.substr(0, 80) : "HTTP " + std::to_string(res.status);
    SendJson(res, res.status, Dump(Json{{"error", what}}));
  });
  impl.http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SendJson(res, 500, "{\"error\":\"internal error\"}");
  });
}

}  // namespace

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options) {
  // Open once now, so a wrong path fails here rather than on every request.
  VEILLE_ASSIGN_OR_RETURN(std::unique_ptr<Store> probe,
                          Store::Open(options.db, {.create_if_missing = false, .read_only = true}));
  probe.reset();
  if (options.port < 0 || options.port > 65535)
    return Status::InvalidArgument("port must be from 0 to 65535, not " + std::to_string(options.port));
  auto impl = std::make_unique<Impl>(options.db);
  Routes(*impl);
  impl->port = options.port == 0 ? impl->http.bind_to_any_port(options.host)
                                 : (impl->http.bind_to_port(options.host, options.port) ? options.port : -1);
  if (impl->port <= 0)
    return Status::IoError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                           " (address in use, or not an address of this machine)");
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

int Server::Port() const { return impl_->port; }

Status Server::Run() {
  impl_->in_run = true;
  if (impl_->stop_requested) {
    impl_->in_run = false;
    return Status::Ok();
  }
  bool ok = impl_->http.listen_after_bind();
  impl_->in_run = false;
  if (!ok && !impl_->stop_requested) return Status::IoError("the server stopped listening on an error");
  return Status::Ok();
}

void Server::Stop() {
  impl_->stop_requested = true;
  while (impl_->in_run) {
    impl_->http.stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

}  // namespace veille::server
