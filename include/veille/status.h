// Status and Result<T>: the one shape of every error in veille.
//
// Anything that can fail returns a Status (or a Result<T> holding either a
// value or a non-OK Status). Nothing below the CLI throws, calls exit() or
// aborts on bad input; exceptions from third-party code are caught inside the
// module that calls it and turned into a Status.
#ifndef VEILLE_STATUS_H_
#define VEILLE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace veille {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something unusable (a flag, a date)
  kNotFound,         // a file, an id, a dictionary entry is missing
  kIoError,          // reading or writing failed
  kParseError,       // input bytes are not what their format says
  kDataError,        // a dictionary or data file is invalid
  kUnsupported,      // a format or feature this build cannot handle
  kInternal,         // a bug: should never reach a user
};

// Name of a code, e.g. "parse error".
std::string_view StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status ParseError(std::string m) { return {StatusCode::kParseError, std::move(m)}; }
  static Status DataError(std::string m) { return {StatusCode::kDataError, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK" or "<code name>: <message>".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or a non-OK Status. Construct from a value or from a Status;
// constructing from an OK Status is a bug and yields kInternal.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    if (std::get<Status>(v_).ok())
      v_ = Status::Internal("Result constructed from an OK status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  // Preconditions: ok().
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace veille

#define VEILLE_CONCAT_INNER_(a, b) a##b
#define VEILLE_CONCAT_(a, b) VEILLE_CONCAT_INNER_(a, b)

// Returns the Status of `expr` from the current function if it is not OK.
#define VEILLE_RETURN_IF_ERROR(expr)                  \
  do {                                                \
    ::veille::Status veille_status_ = (expr);         \
    if (!veille_status_.ok()) return veille_status_;  \
  } while (0)

// `lhs = value of expr`, or return its Status from the current function.
#define VEILLE_ASSIGN_OR_RETURN(lhs, expr) \
  VEILLE_ASSIGN_OR_RETURN_IMPL_(VEILLE_CONCAT_(veille_result_, __LINE__), lhs, expr)
#define VEILLE_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                  \
  if (!tmp.ok()) return tmp.status();                 \
  lhs = std::move(tmp).value()

#endif  // VEILLE_STATUS_H_
