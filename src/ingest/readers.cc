// Readers: paths -> Articles. Each path is a file, a directory (walked
// recursively in byte order of paths) or "-" for stdin. Per-file problems go
// to the error sink and reading continues, so nothing is lost silently.
// Tested by readers_test.cc and tests/extract_e2e_test.cc.
#include "ingest/readers.h"

#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "base/files.h"
#include "base/strings.h"
#include "ingest/decode.h"

namespace veille {
namespace fs = std::filesystem;

std::string FormatFromName(std::string_view path) {
  if (EndsWithIgnoreCase(path, ".jsonl") || EndsWithIgnoreCase(path, ".ndjson")) return "jsonl";
  if (EndsWithIgnoreCase(path, ".html") || EndsWithIgnoreCase(path, ".htm")) return "html";
  if (EndsWithIgnoreCase(path, ".warc") || EndsWithIgnoreCase(path, ".warc.gz")) return "warc";
  return "text";
}

std::string SniffFormat(std::string_view head) {
  std::string_view t = TrimSpace(head);
  if (t.starts_with("WARC/")) return "warc";
  if (t.starts_with("\x1f\x8b")) return "warc";  // gzip: only WARC is read compressed
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
    on_error(Status::Unsupported(file + ": WARC input is not supported yet"));
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

void ReadStdin(const ReaderOptions& options, const ArticleSink& on_article, const ErrorSink& on_error) {
  std::string format = options.stdin_format;
  if (format == "auto") {
    std::string head;
    while (std::cin.good() && head.size() < 8) {
      int c = std::cin.peek();
      if (c == EOF) break;
      if (std::isspace(c)) { std::cin.get(); continue; }
      head.push_back(static_cast<char>(c));
      break;
    }
    format = SniffFormat(head);
  }
  if (format == "jsonl") {
    ReadJsonLines(std::cin, "<stdin>", on_article, on_error);
    return;
  }
  if (format == "warc") {
    on_error(Status::Unsupported("<stdin>: WARC input is not supported yet"));
    return;
  }
  Result<std::string> bytes = ReadStream(std::cin, "<stdin>");
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

}  // namespace

Result<Article> ArticleFromBytes(std::string_view bytes, const std::string& id,
                                 const std::string& format, const std::string& name) {
  Article a;
  a.id = id;
  a.format = format;
  VEILLE_ASSIGN_OR_RETURN(a.body, DecodeToUtf8(bytes, name));
  return a;
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
