// Query parameters read, checked and bounded. Internal to src/server/.
#ifndef VEILLE_SERVER_PARAMS_H_
#define VEILLE_SERVER_PARAMS_H_

#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>

#include "server/api.h"
#include "veille/status.h"

namespace veille::server {

// Reads the parameters of one request. Each getter accepts the parameter as
// known and returns its value or the default; the first problem met (bad
// value, out of range, given twice) is kept, and Finish() returns it, or an
// error naming a parameter no getter asked for. A missing parameter and an
// empty one are the same.
class ParamReader {
 public:
  explicit ParamReader(const Params& params) : params_(params) {}

  // Free text of at most `max_bytes` bytes.
  std::string Text(const std::string& name, size_t max_bytes = 200);
  // A date "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day.
  std::string Date(const std::string& name);
  // An integer in [min, max].
  int64_t Int(const std::string& name, int64_t fallback, int64_t min, int64_t max);
  // One of `allowed`.
  std::string OneOf(const std::string& name, const std::string& fallback,
                    std::initializer_list<const char*> allowed);

  Status Finish() const;

 private:
  // The value of `name` ("" when absent); records it as known.
  std::string Raw(const std::string& name);
  void Fail(const std::string& message);

  const Params& params_;
  std::set<std::string> known_;
  Status error_;
};

// True when `s` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real date.
bool IsValidDate(const std::string& s);

}  // namespace veille::server

#endif  // VEILLE_SERVER_PARAMS_H_
