// Filesystem helpers that report failures as Status values.
#ifndef VEILLE_BASE_FILES_H_
#define VEILLE_BASE_FILES_H_

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "veille/status.h"

namespace veille {

// Whole file as bytes. Fails with kIoError naming `path` and the OS reason,
// or when the file is larger than `max_bytes`.
Result<std::string> ReadFile(const std::string& path, size_t max_bytes = size_t{1} << 30);

// Everything left in `in`.
Result<std::string> ReadStream(std::istream& in, const std::string& name);

// Regular files (and links to them) below `dir`, recursively, sorted by
// path bytes. Entries that cannot be examined (dangling links, unreadable
// subfolders) are returned too, so the caller reports them rather than
// losing them silently. Hidden entries (".git") are skipped.
Result<std::vector<std::string>> ListFilesRecursive(const std::string& dir);

// Writes `data` to `path` through a temporary file and a rename.
Status WriteFileAtomic(const std::string& path, const std::string& data);

}  // namespace veille

#endif  // VEILLE_BASE_FILES_H_
