#include "base/files.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <system_error>

namespace veille {
namespace fs = std::filesystem;

namespace {
std::string Errno() { return std::strerror(errno); }
struct FileCloser {
  void operator()(FILE* f) const { if (f) std::fclose(f); }
};
}  // namespace

Result<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
  errno = 0;
  std::unique_ptr<FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) return Status::IoError(path + ": cannot open: " + Errno());
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    data.append(buf, n);
    if (data.size() > max_bytes)
      return Status::IoError(path + ": larger than the limit of " + std::to_string(max_bytes) + " bytes");
  }
  if (std::ferror(f.get())) return Status::IoError(path + ": read failed: " + Errno());
  return data;
}

Result<std::string> ReadStream(std::istream& in, const std::string& name) {
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(name + ": read failed");
  return data;
}

Result<std::vector<std::string>> ListFilesRecursive(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return Status::IoError(dir + ": cannot list: " + ec.message());
  for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) return Status::IoError(dir + ": cannot list: " + ec.message());
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    std::error_code sec;
    if (it->is_directory(sec)) continue;
    // Regular files, and anything else that is not a folder (dangling links,
    // FIFOs): the reader reports the latter instead of dropping them.
    out.push_back(p.string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

Status WriteFileAtomic(const std::string& path, const std::string& data) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(tmp + ": cannot create: " + Errno());
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out) return Status::IoError(tmp + ": write failed: " + Errno());
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) return Status::IoError(path + ": rename failed: " + ec.message());
  return Status::Ok();
}

}  // namespace veille
