// WARC reader: three layers over one std::istream.
//
// 1. A Source yields the decompressed bytes: PlainSource, GzipSource (zlib
//    inflate; at each member end, inflateReset and go on with the bytes
//    left, so one member per record and one member per file both work) or
//    ZstdSource (zstd streams concatenated frames by itself; a leading
//    dictionary frame is loaded first). Sources note corrupt or truncated
//    data in error().
// 2. A RecordStream buffers the Source: lines for the WARC head, exact
//    counts for the content, skipping without storing for unwanted records.
// 3. The record loop reads the head, decides from the WARC-Type, and for a
//    response reads the first 64 KiB to see the HTTP head; only HTML pages
//    are read whole. The HTTP body is de-chunked, decompressed and turned
//    into UTF-8 HTML.
// Tested by warc_test.cc; fuzzed by fuzz/fuzz_readers.cc.
#include "ingest/warc.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <optional>
#include <vector>

#include "base/strings.h"
#include "ingest/html.h"

namespace veille {
namespace {

constexpr size_t kChunk = size_t{1} << 16;

// ---------------------------------------------------------------- sources

class Source {
 public:
  virtual ~Source() = default;
  // Up to `n` decompressed bytes into `buf`; 0 at the end of the data.
  virtual size_t Read(char* buf, size_t n) = 0;
  // Why the data ended early or could not be decompressed; empty if it did not.
  const std::string& error() const { return error_; }
  // True when error() says the data ends early (rather than being corrupt).
  bool truncated() const { return truncated_; }

 protected:
  std::string error_;
  bool truncated_ = false;
};

// Raw bytes from the stream, after `head` (bytes already taken to sniff).
class RawInput {
 public:
  RawInput(std::istream& in, std::string head) : in_(in), head_(std::move(head)) {}
  size_t Read(char* buf, size_t n) {
    if (pos_ < head_.size()) {
      size_t k = std::min(n, head_.size() - pos_);
      std::copy_n(head_.data() + pos_, k, buf);
      pos_ += k;
      return k;
    }
    if (!in_.good()) return 0;
    in_.read(buf, static_cast<std::streamsize>(n));
    return static_cast<size_t>(in_.gcount());
  }

 private:
  std::istream& in_;
  std::string head_;
  size_t pos_ = 0;
};

class PlainSource : public Source {
 public:
  explicit PlainSource(RawInput raw) : raw_(std::move(raw)) {}
  size_t Read(char* buf, size_t n) override { return raw_.Read(buf, n); }

 private:
  RawInput raw_;
};

class GzipSource : public Source {
 public:
  explicit GzipSource(RawInput raw) : raw_(std::move(raw)), in_(kChunk) {
    ok_ = inflateInit2(&z_, 15 + 16) == Z_OK;
    if (!ok_) error_ = "cannot start the gzip decoder";
  }
  ~GzipSource() override {
    if (ok_) inflateEnd(&z_);
  }

  size_t Read(char* buf, size_t n) override {
    if (!ok_ || done_ || n == 0) return 0;
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(std::min(n, size_t{1} << 30));
    while (z_.next_out == reinterpret_cast<Bytef*>(buf)) {  // until some output
      if (z_.avail_in == 0 && !Refill()) {
        if (in_member_) {
          error_ = "the gzip data ends inside a member";
          truncated_ = true;
        }
        done_ = true;
        break;
      }
      int rc = inflate(&z_, Z_NO_FLUSH);
      in_member_ = true;
      if (rc == Z_STREAM_END) {  // next member, if any, starts afresh
        in_member_ = false;
        inflateReset(&z_);
        continue;
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = std::string("corrupt gzip data: ") + (z_.msg ? z_.msg : "inflate failed");
        done_ = true;
        break;
      }
    }
    return static_cast<size_t>(reinterpret_cast<char*>(z_.next_out) - buf);
  }

 private:
  bool Refill() {
    size_t got = raw_.Read(in_.data(), in_.size());
    z_.next_in = reinterpret_cast<Bytef*>(in_.data());
    z_.avail_in = static_cast<uInt>(got);
    return got > 0;
  }

  RawInput raw_;
  std::vector<char> in_;
  z_stream z_{};
  bool ok_ = false, done_ = false, in_member_ = false;
};

// The WARC zstd convention may open the file with a skippable frame
// (magic 0x184D2A5D) holding the dictionary, itself possibly compressed.
constexpr std::array<unsigned char, 4> kZstdDictMagic = {0x5D, 0x2A, 0x4D, 0x18};
constexpr std::array<unsigned char, 4> kZstdMagic = {0x28, 0xB5, 0x2F, 0xFD};

bool StartsWithBytes(std::string_view s, const std::array<unsigned char, 4>& magic) {
  return s.size() >= 4 && std::equal(magic.begin(), magic.end(), s.begin(),
                                     [](unsigned char m, char c) { return m == static_cast<unsigned char>(c); });
}

class ZstdSource : public Source {
 public:
  explicit ZstdSource(RawInput raw) : raw_(std::move(raw)), in_(kChunk), dctx_(ZSTD_createDCtx()) {
    if (dctx_ == nullptr) error_ = "cannot start the zstd decoder";
  }
  ~ZstdSource() override { ZSTD_freeDCtx(dctx_); }

  size_t Read(char* buf, size_t n) override {
    if (dctx_ == nullptr || done_ || n == 0) return 0;
    if (!started_ && !Start()) return 0;
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (input_.pos == input_.size && !Refill()) {
        if (in_frame_) {
          error_ = "the zstd data ends inside a frame";
          truncated_ = true;
        }
        done_ = true;
        break;
      }
      size_t rc = ZSTD_decompressStream(dctx_, &out, &input_);
      if (ZSTD_isError(rc)) {
        error_ = std::string("corrupt zstd data: ") + ZSTD_getErrorName(rc);
        done_ = true;
        break;
      }
      in_frame_ = rc != 0;
    }
    return out.pos;
  }

 private:
  bool Refill() {
    size_t got = raw_.Read(in_.data(), in_.size());
    input_ = {in_.data(), got, 0};
    return got > 0;
  }

  // Loads a leading dictionary frame, if any.
  bool Start() {
    started_ = true;
    if (!Refill()) return false;
    std::string_view head(in_.data(), input_.size);
    if (!StartsWithBytes(head, kZstdDictMagic) || head.size() < 8) return true;
    uint32_t size = 0;
    for (int i = 7; i >= 4; --i) size = (size << 8) | static_cast<unsigned char>(head[i]);
    std::string dict(head.substr(8, size));
    input_.pos = 8 + dict.size();
    while (dict.size() < size) {
      std::string more(std::min<size_t>(kChunk, size - dict.size()), '\0');
      size_t got = raw_.Read(more.data(), more.size());
      if (got == 0) return Fail("the zstd dictionary frame is truncated");
      dict.append(more, 0, got);
    }
    if (StartsWithBytes(dict, kZstdMagic)) {
      unsigned long long raw_size = ZSTD_getFrameContentSize(dict.data(), dict.size());
      if (raw_size == ZSTD_CONTENTSIZE_ERROR || raw_size == ZSTD_CONTENTSIZE_UNKNOWN || raw_size > (1u << 30))
        return Fail("the zstd dictionary frame cannot be read");
      std::string plain(raw_size, '\0');
      size_t rc = ZSTD_decompress(plain.data(), plain.size(), dict.data(), dict.size());
      if (ZSTD_isError(rc)) return Fail("the zstd dictionary frame cannot be read");
      dict = std::move(plain);
    }
    if (ZSTD_isError(ZSTD_DCtx_loadDictionary(dctx_, dict.data(), dict.size())))
      return Fail("the zstd dictionary is invalid");
    return true;
  }

  bool Fail(std::string why) {
    error_ = std::move(why);
    done_ = true;
    return false;
  }

  RawInput raw_;
  std::vector<char> in_;
  ZSTD_DCtx* dctx_;
  ZSTD_inBuffer input_{nullptr, 0, 0};
  bool started_ = false, done_ = false, in_frame_ = false;
};

std::unique_ptr<Source> OpenSource(std::istream& in) {
  std::string head(4, '\0');
  in.read(head.data(), 4);
  head.resize(static_cast<size_t>(in.gcount()));
  bool gzip = head.size() >= 2 && head[0] == '\x1f' && head[1] == '\x8b';
  bool zstd = StartsWithBytes(head, kZstdMagic) || StartsWithBytes(head, kZstdDictMagic);
  RawInput raw(in, std::move(head));
  if (gzip) return std::make_unique<GzipSource>(std::move(raw));
  if (zstd) return std::make_unique<ZstdSource>(std::move(raw));
  return std::make_unique<PlainSource>(std::move(raw));
}

// ---------------------------------------------------------------- record stream

class RecordStream {
 public:
  explicit RecordStream(Source& source) : source_(source) {}

  // Next line without its line end. False at the end of the data, or when
  // the line is longer than `max` (then *too_long is set). A last line with
  // no line end is returned, and line_complete() is false after it.
  bool ReadLine(std::string* line, size_t max, bool* too_long) {
    line->clear();
    *too_long = false;
    line_complete_ = false;
    while (true) {
      if (pos_ == buf_.size() && !Fill()) return !line->empty();
      size_t nl = buf_.find('\n', pos_);
      size_t end = nl == std::string::npos ? buf_.size() : nl;
      line->append(buf_, pos_, end - pos_);
      pos_ = nl == std::string::npos ? buf_.size() : nl + 1;
      if (line->size() > max) {
        *too_long = true;
        return false;
      }
      if (nl != std::string::npos) break;
    }
    line_complete_ = true;
    if (!line->empty() && line->back() == '\r') line->pop_back();
    return true;
  }
  bool line_complete() const { return line_complete_; }

  // Appends up to `n` bytes to `out`; returns how many there were.
  size_t Read(size_t n, std::string* out) {
    size_t got = 0;
    while (got < n) {
      if (pos_ == buf_.size() && !Fill()) break;
      size_t k = std::min(n - got, buf_.size() - pos_);
      out->append(buf_, pos_, k);
      pos_ += k;
      got += k;
    }
    return got;
  }

  // Drops up to `n` bytes; returns how many there were.
  size_t Skip(size_t n) {
    size_t got = 0;
    while (got < n) {
      if (pos_ == buf_.size() && !Fill()) break;
      size_t k = std::min(n - got, buf_.size() - pos_);
      pos_ += k;
      got += k;
    }
    return got;
  }

 private:
  bool Fill() {
    buf_.resize(kChunk);
    size_t got = source_.Read(buf_.data(), buf_.size());
    buf_.resize(got);
    pos_ = 0;
    return got > 0;
  }

  Source& source_;
  std::string buf_;
  size_t pos_ = 0;
  bool line_complete_ = false;
};

// ---------------------------------------------------------------- HTTP

using Headers = std::vector<std::pair<std::string, std::string>>;  // lower-cased name, value

std::optional<std::string> Header(const Headers& headers, std::string_view name) {
  for (const auto& [k, v] : headers)
    if (k == name) return v;
  return std::nullopt;
}

// Adds "Name: value" to `headers`; a line starting with a space or tab
// continues the previous value. False when the line is not a header.
bool AddHeaderLine(std::string_view line, Headers* headers) {
  if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !headers->empty()) {
    headers->back().second += ' ';
    headers->back().second += TrimSpace(line);
    return true;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  headers->emplace_back(AsciiLower(TrimSpace(line.substr(0, colon))),
                        std::string(TrimSpace(line.substr(colon + 1))));
  return true;
}

struct HttpResponse {
  int status = 0;
  Headers headers;
  std::string_view body;
};

// Splits an HTTP response into status, headers and body. Nullopt when the
// status line is missing or the head does not end within `block`.
std::optional<HttpResponse> ParseHttp(std::string_view block) {
  size_t crlf = block.find("\r\n\r\n"), lf = block.find("\n\n");
  size_t head_end = std::min(crlf, lf);
  if (head_end == std::string_view::npos || !block.starts_with("HTTP/")) return std::nullopt;
  HttpResponse r;
  r.body = block.substr(head_end + (head_end == crlf ? 4 : 2));
  std::vector<std::string_view> lines = SplitLines(block.substr(0, head_end));
  std::string_view status_line = lines[0];
  size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  std::string_view code = TrimSpace(status_line.substr(sp + 1)).substr(0, 3);
  if (std::from_chars(code.data(), code.data() + code.size(), r.status).ec != std::errc()) return std::nullopt;
  for (size_t i = 1; i < lines.size(); ++i) AddHeaderLine(lines[i], &r.headers);  // junk lines ignored
  return r;
}

// Media type ("text/html") and charset of a Content-Type value.
std::pair<std::string, std::string> SplitContentType(std::string_view value) {
  std::string lower = AsciiLower(value);
  std::string media(TrimSpace(std::string_view(lower).substr(0, lower.find(';'))));
  std::string charset;
  size_t cs = lower.find("charset=");
  if (cs != std::string::npos) {
    std::string_view rest = std::string_view(value).substr(cs + 8);
    rest = TrimSpace(rest.substr(0, rest.find(';')));
    if (rest.size() >= 2 && (rest.front() == '"' || rest.front() == '\'')) rest = rest.substr(1, rest.size() - 2);
    charset = std::string(rest);
  }
  return {media, charset};
}

bool IsHtmlType(std::string_view media) { return media == "text/html" || media == "application/xhtml+xml"; }

bool LooksLikeHtml(std::string_view body) {
  std::string head = AsciiLower(TrimSpace(body.substr(0, 1024)));
  return head.starts_with("<!doctype html") || head.starts_with("<html") ||
         head.find("<html") != std::string::npos;
}

// Body of a chunked transfer. A body that ends early keeps the chunks read;
// nullopt when it does not start like chunked data at all.
std::optional<std::string> Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  bool any = false;
  while (pos < body.size()) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) break;
    std::string_view size_line = TrimSpace(body.substr(pos, eol - pos));
    size_line = size_line.substr(0, size_line.find(';'));
    size_t size = 0;
    auto [end, ec] = std::from_chars(size_line.data(), size_line.data() + size_line.size(), size, 16);
    if (ec != std::errc() || end != size_line.data() + size_line.size()) {
      if (!any) return std::nullopt;
      break;
    }
    any = true;
    if (size == 0) break;
    pos = eol + 1;
    out.append(body.substr(pos, size));
    if (size >= body.size() - pos) break;  // truncated body: keep what there is
    pos += size;
    if (body.substr(pos, 2) == "\r\n") pos += 2;
    else if (body.substr(pos, 1) == "\n") pos += 1;
  }
  if (!any) return std::nullopt;
  return out;
}

// Inflates a gzip, zlib or raw deflate body. A body cut short keeps what
// was decoded; corrupt data or more than `max` bytes out is an error.
Result<std::string> Inflate(std::string_view in, bool raw_deflate, size_t max) {
  z_stream z{};
  if (inflateInit2(&z, raw_deflate ? -15 : 15 + 32) != Z_OK) return Status::Internal("inflateInit2 failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(std::min(in.size(), size_t{UINT32_MAX}));
  std::string out;
  std::array<char, kChunk> buf;
  int rc = Z_OK;
  while (true) {
    z.next_out = reinterpret_cast<Bytef*>(buf.data());
    z.avail_out = buf.size();
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf.data(), buf.size() - z.avail_out);
    if (out.size() > max) rc = Z_MEM_ERROR;
    if (rc == Z_STREAM_END && z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
      inflateReset(&z);  // another gzip member
      continue;
    }
    if (rc != Z_OK || (z.avail_in == 0 && z.avail_out != 0)) break;
  }
  inflateEnd(&z);
  if (rc == Z_STREAM_END || rc == Z_OK || (rc == Z_BUF_ERROR && !out.empty())) return out;
  if (rc == Z_MEM_ERROR) return Status::ParseError("the decoded body exceeds the size limit");
  return Status::ParseError(std::string("corrupt compressed body") + (z.msg ? ": " + std::string(z.msg) : ""));
}

Result<std::string> Unzstd(std::string_view in, size_t max) {
  std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> dctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
  if (!dctx) return Status::Internal("ZSTD_createDCtx failed");
  ZSTD_inBuffer input{in.data(), in.size(), 0};
  std::string out;
  std::array<char, kChunk> buf;
  while (input.pos < input.size) {
    ZSTD_outBuffer output{buf.data(), buf.size(), 0};
    size_t rc = ZSTD_decompressStream(dctx.get(), &output, &input);
    if (ZSTD_isError(rc)) return Status::ParseError(std::string("corrupt zstd body: ") + ZSTD_getErrorName(rc));
    out.append(buf.data(), output.pos);
    if (out.size() > max) return Status::ParseError("the decoded body exceeds the size limit");
    if (output.pos == 0 && rc != 0 && input.pos == input.size) break;
  }
  return out;
}

// Undoes the Content-Encoding codings, last applied first.
Result<std::string> Decode(std::string body, std::string_view encodings, size_t max) {
  std::vector<std::string> list;
  std::string lower = AsciiLower(encodings);
  for (size_t pos = 0; pos <= lower.size();) {
    size_t comma = std::min(lower.find(',', pos), lower.size());
    std::string one(TrimSpace(std::string_view(lower).substr(pos, comma - pos)));
    if (!one.empty() && one != "identity") list.push_back(one);
    pos = comma + 1;
  }
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    Result<std::string> next = Status::Unsupported("unsupported Content-Encoding \"" + *it + "\"");
    if (*it == "gzip" || *it == "x-gzip") next = Inflate(body, false, max);
    else if (*it == "deflate") {
      next = Inflate(body, false, max);
      if (!next.ok()) next = Inflate(body, true, max);
    } else if (*it == "zstd") next = Unzstd(body, max);
    if (!next.ok()) return next.status();
    body = std::move(next).value();
  }
  return body;
}

// ---------------------------------------------------------------- records

std::string StripBrackets(std::string_view s) {
  s = TrimSpace(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

class WarcReader {
 public:
  WarcReader(std::istream& in, const std::string& name, const WarcOptions& options,
             const ArticleSink& on_article, const ErrorSink& on_error)
      : name_(name), options_(options), on_article_(on_article), on_error_(on_error),
        source_(OpenSource(in)), stream_(*source_) {}

  void Run() {
    while (NextRecord()) {
    }
  }

 private:
  static constexpr size_t kMaxLine = size_t{1} << 16;
  static constexpr size_t kHttpPeek = size_t{1} << 16;

  std::string Where() const { return name_ + ": record " + std::to_string(record_); }

  // Reports a problem that stops the stream; returns false.
  bool Stop(const std::string& why) {
    std::string detail = source_->error().empty() ? "" : " (" + source_->error() + ")";
    on_error_(Status::ParseError(Where() + ": " + why + detail));
    return false;
  }

  // Reads the head of the next record; false at the end of the stream.
  bool ReadHead(Headers* headers) {
    std::string line;
    bool too_long = false;
    do {
      if (!stream_.ReadLine(&line, kMaxLine, &too_long)) {
        if (too_long) {
          ++record_;
          return Stop("expected a WARC version line, found a very long line");
        }
        if (source_->error().empty()) return false;
        ++record_;  // the broken data held (the start of) one more record
        on_error_(Status::ParseError(Where() + ": " + (source_->truncated() ? "truncated: " : "") +
                                     source_->error()));
        return false;
      }
    } while (TrimSpace(line).empty());
    ++record_;
    if (!line.starts_with("WARC/"))
      return Stop("expected a WARC version line, found \"" + line.substr(0, 40) + "\"");
    while (true) {
      if (!stream_.ReadLine(&line, kMaxLine, &too_long) || !stream_.line_complete())
        return Stop(too_long ? "header line too long" : "truncated: the data ends inside the WARC headers");
      if (line.empty()) return true;
      if (!AddHeaderLine(line, headers)) return Stop("malformed WARC header line \"" + line.substr(0, 40) + "\"");
    }
  }

  bool NextRecord() {
    Headers headers;
    if (!ReadHead(&headers)) return false;
    std::optional<std::string> length_text = Header(headers, "content-length");
    size_t length = 0;
    if (!length_text ||
        std::from_chars(length_text->data(), length_text->data() + length_text->size(), length).ec != std::errc())
      return Stop("missing or invalid Content-Length");
    std::string type = AsciiLower(Header(headers, "warc-type").value_or(""));
    if (type != "response" && type != "resource") return SkipContent(length);
    std::string block;
    size_t want = std::min(length, kHttpPeek);
    if (stream_.Read(want, &block) < want) return Truncated(block.size(), length);
    if (!IsHtmlRecord(type, headers, block)) return SkipContent(length - block.size(), block.size(), length);
    if (length > options_.max_record_bytes) {
      on_error_(Status::ParseError(Where() + ": record of " + std::to_string(length) +
                                   " bytes exceeds the size limit; skipped"));
      return SkipContent(length - block.size(), block.size(), length);
    }
    if (stream_.Read(length - block.size(), &block) < length - want) return Truncated(block.size(), length);
    EmitArticle(type, headers, block);
    return true;
  }

  bool SkipContent(size_t n, size_t done = 0, size_t length = 0) {
    if (length == 0) length = n;
    size_t got = stream_.Skip(n);
    return got == n || Truncated(done + got, length);
  }

  bool Truncated(size_t got, size_t length) {
    return Stop("truncated: the data ends after " + std::to_string(got) + " of " + std::to_string(length) +
                " content bytes");
  }

  // Decides from the WARC head and the first bytes of the content.
  static bool IsHtmlRecord(const std::string& type, const Headers& headers, std::string_view block) {
    auto [warc_media, unused] = SplitContentType(Header(headers, "content-type").value_or(""));
    if (type == "resource") return IsHtmlType(warc_media);
    if (!warc_media.empty() && warc_media != "application/http") return false;  // dns, ...
    std::optional<HttpResponse> http = ParseHttp(block);
    if (!http) return block.starts_with("HTTP/");  // head longer than the peek: decide later
    if (http->status < 200 || http->status > 299) return false;
    auto ct = Header(http->headers, "content-type");
    if (ct) return IsHtmlType(SplitContentType(*ct).first);
    auto identified = Header(headers, "warc-identified-payload-type");
    if (identified) return IsHtmlType(SplitContentType(*identified).first);
    return true;  // no type given: EmitArticle sniffs the body
  }

  void EmitArticle(const std::string& type, const Headers& headers, std::string_view block) {
    std::string uri = StripBrackets(Header(headers, "warc-target-uri").value_or(""));
    std::string where = Where() + (uri.empty() ? "" : " (" + uri + ")");
    std::string body(block), charset;
    if (type == "response") {
      std::optional<HttpResponse> http = ParseHttp(block);
      if (!http) {
        on_error_(Status::ParseError(where + ": malformed HTTP response head"));
        return;
      }
      Result<std::string> decoded = HttpBody(*http, &charset);
      if (!decoded.ok()) {
        on_error_(Status(decoded.status().code(), where + ": " + decoded.status().message()));
        return;
      }
      if (!Header(http->headers, "content-type") && !LooksLikeHtml(*decoded)) return;  // not a page
      body = std::move(decoded).value();
    } else {
      charset = SplitContentType(Header(headers, "content-type").value_or("")).second;
    }
    Result<std::string> utf8 = HtmlToUtf8(body, charset, where);
    if (!utf8.ok()) {
      on_error_(utf8.status());
      return;
    }
    Article a;
    a.id = StripBrackets(Header(headers, "warc-record-id").value_or(""));
    if (a.id.empty()) a.id = name_ + "#" + std::to_string(record_);
    if (!uri.empty()) a.url = uri;
    a.format = "html";
    a.body = std::move(utf8).value();
    on_article_(std::move(a));
  }

  Result<std::string> HttpBody(const HttpResponse& http, std::string* charset) const {
    std::string body(http.body);
    if (auto te = Header(http.headers, "transfer-encoding"); te && AsciiLower(*te).find("chunked") != std::string::npos)
      if (auto plain = Dechunk(body)) body = std::move(*plain);
    if (auto ce = Header(http.headers, "content-encoding")) {
      VEILLE_ASSIGN_OR_RETURN(body, Decode(std::move(body), *ce, options_.max_record_bytes));
    }
    if (auto ct = Header(http.headers, "content-type")) *charset = SplitContentType(*ct).second;
    return body;
  }

  std::string name_;
  WarcOptions options_;
  const ArticleSink& on_article_;
  const ErrorSink& on_error_;
  std::unique_ptr<Source> source_;
  RecordStream stream_;
  size_t record_ = 0;
};

}  // namespace

void ReadWarc(std::istream& in, const std::string& name, const WarcOptions& options,
              const ArticleSink& on_article, const ErrorSink& on_error) {
  WarcReader(in, name, options, on_article, on_error).Run();
}

}  // namespace veille
