// The JSON API of `veille serve`, independent of HTTP: a request is a path
// and its query parameters, a response a status code and a JSON body. The
// routes and their parameters are documented in README.md ("Web page and
// HTTP API"); every parameter is bounded and unknown ones are rejected.
#ifndef VEILLE_SERVER_API_H_
#define VEILLE_SERVER_API_H_

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "veille/store.h"

namespace veille::server {

// Query parameters; a parameter given twice is an error (400).
using Params = std::multimap<std::string, std::string>;

struct ApiResponse {
  int status = 200;  // 200, 400 (bad parameter), 404 (unknown id or route), 500
  std::string body;  // JSON; {"error": "..."} unless status is 200
};

// Lends a store to one request at a time: Store is single-threaded, so each
// concurrent request gets its own read-only connection.
class StorePool {
 public:
  explicit StorePool(std::string path) : path_(std::move(path)) {}
  // Runs `body` with a store of the pool (opened on first need).
  Result<ApiResponse> With(const std::function<Result<ApiResponse>(Store&)>& body);

 private:
  std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
};

// Answers GET `path` (an /api/... path, already URL-decoded). Never throws.
ApiResponse HandleApi(StorePool& pool, const std::string& path, const Params& params);

}  // namespace veille::server

#endif  // VEILLE_SERVER_API_H_
