// Query parameters: every value the API takes is checked here, so handlers
// only see values the store can use. Tested by tests/server_api_test.cc.
#include "server/params.h"

#include <charconv>

namespace veille::server {
namespace {

bool AllDigits(const std::string& s, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int Number(const std::string& s, size_t from, size_t len) { return std::stoi(s.substr(from, len)); }

}  // namespace

bool IsValidDate(const std::string& s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!AllDigits(s, 0, 4)) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !AllDigits(s, 5, 7)) return false;
  int year = Number(s, 0, 4), month = Number(s, 5, 2);
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !AllDigits(s, 8, 10)) return false;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int day = Number(s, 8, 2);
  return day >= 1 && day <= kDays[month - 1] && !(month == 2 && day == 29 && !leap);
}

std::string ParamReader::Raw(const std::string& name) {
  known_.insert(name);
  auto [begin, end] = params_.equal_range(name);
  if (begin == end) return "";
  if (std::next(begin) != end) Fail("parameter '" + name + "' is given more than once");
  return begin->second;
}

void ParamReader::Fail(const std::string& message) {
  if (error_.ok()) error_ = Status::InvalidArgument(message);
}

std::string ParamReader::Text(const std::string& name, size_t max_bytes) {
  std::string v = Raw(name);
  if (v.size() > max_bytes) {
    Fail("parameter '" + name + "' is longer than " + std::to_string(max_bytes) + " bytes");
    return "";
  }
  return v;
}

std::string ParamReader::Date(const std::string& name) {
  std::string v = Raw(name);
  if (v.empty() || IsValidDate(v)) return v;
  Fail("parameter '" + name + "' must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + v.substr(0, 40) + "'");
  return "";
}

int64_t ParamReader::Int(const std::string& name, int64_t fallback, int64_t min, int64_t max) {
  std::string v = Raw(name);
  if (v.empty()) return fallback;
  int64_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < min || n > max) {
    Fail("parameter '" + name + "' must be an integer from " + std::to_string(min) + " to " +
         std::to_string(max) + ", not '" + v.substr(0, 40) + "'");
    return fallback;
  }
  return n;
}

std::string ParamReader::OneOf(const std::string& name, const std::string& fallback,
                               std::initializer_list<const char*> allowed) {
  std::string v = Raw(name);
  if (v.empty()) return fallback;
  std::string list;
  for (const char* a : allowed) {
    if (v == a) return v;
    list += (list.empty() ? "" : ", ") + std::string(a);
  }
  Fail("parameter '" + name + "' must be one of " + list + ", not '" + v.substr(0, 40) + "'");
  return fallback;
}

Status ParamReader::Finish() const {
  if (!error_.ok()) return error_;
  for (const auto& [name, value] : params_)
    if (!known_.count(name)) return Status::InvalidArgument("unknown parameter '" + name.substr(0, 40) + "'");
  return Status::Ok();
}

}  // namespace veille::server
