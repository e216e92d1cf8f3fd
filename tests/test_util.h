// Helpers for end-to-end tests: run the veille binary, make temp folders.
#ifndef VEILLE_TESTS_TEST_UTIL_H_
#define VEILLE_TESTS_TEST_UTIL_H_

#include <string>
#include <vector>

namespace veille::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs the built veille binary with `args` (no shell), feeding `stdin_data`.
RunResult RunVeille(const std::vector<std::string>& args, const std::string& stdin_data = "");

// A fresh empty directory under $TMPDIR, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  // Writes `content` to path()/name and returns the full path.
  std::string Write(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

std::vector<std::string> Lines(const std::string& s);

}  // namespace veille::testing

#endif  // VEILLE_TESTS_TEST_UTIL_H_
