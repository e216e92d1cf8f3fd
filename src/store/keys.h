// Keys the store computes: content hashes and the folded form of names.
// Internal to src/store/.
#ifndef VEILLE_STORE_KEYS_H_
#define VEILLE_STORE_KEYS_H_

#include <memory>
#include <string>
#include <string_view>

namespace veille::store {

// SHA-256 of `data` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view data);

// Folds names for alias search: decomposed, accents and other combining
// marks removed, case-folded, punctuation and runs of spaces collapsed to
// one space ("Évkourov", "EVKOUROV" and "evkourov" fold alike). Not
// thread-safe: one Folder per thread.
class Folder {
 public:
  Folder();
  ~Folder();
  std::string Fold(std::string_view s);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace veille::store

#endif  // VEILLE_STORE_KEYS_H_
