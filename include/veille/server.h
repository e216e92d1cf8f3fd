// `veille serve`: the HTTP server behind the web page. It answers the JSON
// API (api.h) from a store opened read-only and serves the page built from
// web/ and embedded in the binary, so it works offline.
//
// Thread safety: Start, Port and Stop may be called from different threads;
// Stop may be called at any time, also before Run returns.
#ifndef VEILLE_SERVER_H_
#define VEILLE_SERVER_H_

#include <memory>
#include <string>

#include "veille/status.h"

namespace veille::server {

struct ServerOptions {
  std::string db = "veille.db";  // store file; opened read-only, must exist
  // Address to listen on. Default: loopback only, nothing is exposed.
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 = any free port (Port() tells which)
};

class Server {
 public:
  // Opens the store (once, to fail early on a wrong path) and binds the port.
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int Port() const;
  // Serves requests until Stop() is called; an error when listening fails.
  Status Run();
  void Stop();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace veille::server

#endif  // VEILLE_SERVER_H_
