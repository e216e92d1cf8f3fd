// Tested by keys_test.cc.
#include "store/keys.h"

#include <openssl/sha.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace veille::store {

std::string Sha256Hex(std::string_view data) {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), md);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * SHA256_DIGEST_LENGTH);
  for (unsigned char c : md) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

struct Folder::Impl {
  std::unique_ptr<icu::Transliterator> strip;  // null if ICU lacks the rules
};

Folder::Folder() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->strip.reset(icu::Transliterator::createInstance("NFD; [:Nonspacing Mark:] Remove; NFC",
                                                         UTRANS_FORWARD, status));
  if (U_FAILURE(status)) impl_->strip.reset();
}

Folder::~Folder() = default;

std::string Folder::Fold(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (impl_->strip) impl_->strip->transliterate(u);
  u.foldCase();
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c)) {
      if (space && !out.isEmpty()) out.append(UChar32(' '));
      space = false;
      out.append(c);
    } else {
      space = true;
    }
  }
  std::string r;
  out.toUTF8String(r);
  return r;
}

}  // namespace veille::store
