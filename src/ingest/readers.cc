// Readers: paths -> Articles. Each path is a file, a directory (walked
// recursively in byte order of paths) or "-" for stdin. Per-file problems go
// to the error sink and reading continues, so nothing is lost silently.
// Text files are decoded to UTF-8 (decode.h), HTML files too but with the
// page's own charset declaration first (HtmlToUtf8 in html.h); JSON Lines and
// WARC (warc.h) are streamed, never loaded whole. Standard input in "auto"
// mode is sniffed from its first bytes, which are then read again.
// Tested by readers_test.cc and tests/extract_e2e_test.cc.
#include "ingest/readers.h"

#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "base/files.h"
#include "base/strings.h"
#include "ingest/decode.h"
#include "ingest/html.h"
#include "ingest/warc.h"

namespace veille {
namespace fs = std::filesystem;

std::string FormatFromName(std::string_view path) {
  if (EndsWithIgnoreCase(path, ".jsonl") || EndsWithIgnoreCase(path, ".ndjson")) return "jsonl";
  if (EndsWithIgnoreCase(path, ".html") || EndsWithIgnoreCase(path, ".htm")) return "html";
  if (EndsWithIgnoreCase(path, ".warc") || EndsWithIgnoreCase(path, ".warc.gz") ||
      EndsWithIgnoreCase(path, ".warc.zst"))
    return "warc";
  return "text";
}

std::string SniffFormat(std::string_view head) {
  std::string_view t = TrimSpace(head);
  if (t.starts_with("WARC/")) return "warc";
  // Compressed (gzip, zstd, zstd dictionary frame): only WARC is read compressed.
  if (t.starts_with("\x1f\x8b") || t.starts_with("\x28\xb5\x2f\xfd") || t.starts_with("\x5d\x2a\x4d\x18"))
    return "warc";
  if (t.starts_with("{")) return "jsonl";
  if (t.starts_with("<")) return "html";
  return "text";
}

namespace {

// A string field of a JSON object, if present and a string (numbers are
// accepted for "id"). Errors mean absent.
std::optional<std::string> Field(simdjson::dom::object obj, std::string_view key, bool allow_number = false) {
  simdjson::dom::element e;
  if (obj.at_key(key).get(e)) return std::nullopt;
  std::string_view s;
  if (!e.get(s)) return std::string(s);
  if (allow_number) {
    int64_t i;
    if (!e.get(i)) return std::to_string(i);
  }
  return std::nullopt;
}

Result<Article> ArticleFromJson(std::string_view line, simdjson::dom::parser& parser,
                                const std::string& where) {
  simdjson::padded_string padded(line);
  simdjson::dom::element root;
  if (auto err = parser.parse(padded).get(root))
    return Status::ParseError(where + ": not JSON: " + simdjson::error_message(err));
  simdjson::dom::object obj;
  if (root.get(obj)) return Status::ParseError(where + ": not a JSON object");
  Article a;
  a.id = Field(obj, "id", true).value_or(where);
  if (auto text = Field(obj, "text"); text && !TrimSpace(*text).empty()) {
    a.format = "text";
    a.body = std::move(*text);
  } else if (auto html = Field(obj, "html"); html && !TrimSpace(*html).empty()) {
    a.format = "html";
    a.body = std::move(*html);
  } else {
    return Status::ParseError(where + ": no non-empty \"text\" or \"html\" field");
  }
  a.url = Field(obj, "url");
  a.title = Field(obj, "title");
  a.published = Field(obj, "published");
  a.outlet = Field(obj, "outlet");
  return a;
}

WarcOptions WarcOptionsFrom(const ReaderOptions& options) {
  WarcOptions w;
  w.max_record_bytes = options.max_file_bytes;
  return w;
}

// Id of a file: its path relative to the directory argument, or its file
// name when the file itself was the argument.
std::string IdFor(const std::string& file, const std::string& root, bool root_is_dir) {
  if (!root_is_dir) return fs::path(file).filename().string();
  std::error_code ec;
  fs::path rel = fs::path(file).lexically_relative(root);
  return rel.empty() ? file : rel.generic_string();
}

void ReadFileInput(const std::string& file, const std::string& id, const ReaderOptions& options,
                   const ArticleSink& on_article, const ErrorSink& on_error) {
  std::string format = FormatFromName(file);
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    on_error(Status::IoError(file + ": cannot open: " +
                             (fs::is_symlink(file, ec) ? "dangling symbolic link" : "no such file")));
    return;
  }
  if (format == "jsonl") {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      on_error(Status::IoError(file + ": cannot open"));
      return;
    }
    ReadJsonLines(in, file, on_article, on_error);
    return;
  }
  if (format == "warc") {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      on_error(Status::IoError(file + ": cannot open"));
      return;
    }
    ReadWarc(in, file, WarcOptionsFrom(options), on_article, on_error);
    return;
  }
  Result<std::string> bytes = ReadFile(file, options.max_file_bytes);
  if (!bytes.ok()) {
    on_error(bytes.status());
    return;
  }
  Result<Article> a = ArticleFromBytes(*bytes, id, format, file);
  if (!a.ok()) {
    on_error(a.status());
    return;
  }
  on_article(std::move(a).value());
}

// A stream buffer that gives `head` (bytes already taken from `rest` to
// sniff the format) and then the rest of `rest`.
class PrefixedBuf : public std::streambuf {
 public:
  PrefixedBuf(std::string head, std::streambuf* rest) : head_(std::move(head)), rest_(rest) {
    setg(head_.data(), head_.data(), head_.data() + head_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    std::streamsize n = rest_->sgetn(buf_, sizeof buf_);
    if (n <= 0) return traits_type::eof();
    setg(buf_, buf_, buf_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string head_;
  std::streambuf* rest_;
  char buf_[1 << 16];
};

void ReadStdinAs(std::istream& in, const std::string& format, const ReaderOptions& options,
                const ArticleSink& on_article, const ErrorSink& on_error) {
  if (format == "jsonl") {
    ReadJsonLines(in, "<stdin>", on_article, on_error);
    return;
  }
  if (format == "warc") {
    ReadWarc(in, "<stdin>", WarcOptionsFrom(options), on_article, on_error);
    return;
  }
  Result<std::string> bytes = ReadStream(in, "<stdin>");
  if (!bytes.ok()) {
    on_error(bytes.status());
    return;
  }
  Result<Article> a = ArticleFromBytes(*bytes, "-", format, "<stdin>");
  if (!a.ok()) {
    on_error(a.status());
    return;
  }
  on_article(std::move(a).value());
}

void ReadStdin(const ReaderOptions& options, const ArticleSink& on_article, const ErrorSink& on_error) {
  ReadInputStream(std::cin, options, on_article, on_error);
}

}  // namespace

Result<Article> ArticleFromBytes(std::string_view bytes, const std::string& id,
                                 const std::string& format, const std::string& name) {
  Article a;
  a.id = id;
  a.format = format;
  if (format == "html") {
    VEILLE_ASSIGN_OR_RETURN(a.body, HtmlToUtf8(bytes, "", name));
  } else {
    VEILLE_ASSIGN_OR_RETURN(a.body, DecodeToUtf8(bytes, name));
  }
  return a;
}

void ReadInputStream(std::istream& in, const ReaderOptions& options, const ArticleSink& on_article,
                     const ErrorSink& on_error) {
  if (options.stdin_format != "auto") {
    ReadStdinAs(in, options.stdin_format, options, on_article, on_error);
    return;
  }
  std::streambuf* raw = in.rdbuf();
  while (true) {  // leading whitespace tells nothing and no format needs it
    int c = raw->sgetc();
    if (c == EOF || !std::isspace(c)) break;
    raw->sbumpc();
  }
  std::string head(8, '\0');
  head.resize(static_cast<size_t>(std::max<std::streamsize>(0, raw->sgetn(head.data(), 8))));
  std::string format = SniffFormat(head);
  PrefixedBuf buf(std::move(head), raw);
  std::istream prefixed(&buf);
  ReadStdinAs(prefixed, format, options, on_article, on_error);
}


void ReadJsonLines(std::istream& in, const std::string& name, const ArticleSink& on_article,
                   const ErrorSink& on_error) {
  simdjson::dom::parser parser;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (TrimSpace(line).empty()) continue;
    std::string where = name + ":" + std::to_string(lineno);
    Result<Article> a = ArticleFromJson(line, parser, where);
    if (!a.ok()) {
      on_error(a.status());
      continue;
    }
    on_article(std::move(a).value());
  }
  if (in.bad()) on_error(Status::IoError(name + ": read failed after line " + std::to_string(lineno)));
}

Status ReadInputs(const std::vector<std::string>& paths, const ReaderOptions& options,
                  const ArticleSink& on_article, const ErrorSink& on_error) {
  for (const std::string& path : paths) {
    if (path == "-") {
      ReadStdin(options, on_article, on_error);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      Result<std::vector<std::string>> files = ListFilesRecursive(path);
      if (!files.ok()) {
        on_error(files.status());
        continue;
      }
      for (const std::string& f : *files) ReadFileInput(f, IdFor(f, path, true), options, on_article, on_error);
      continue;
    }
    ReadFileInput(path, IdFor(path, path, false), options, on_article, on_error);
  }
  return Status::Ok();
}

}  // namespace veille
