#include "text/normalize.h"

#include <gtest/gtest.h>

namespace veille {
namespace {

struct Case {
  const char* in;
  const char* want;
};

TEST(NormalizeNfc, ComposesDecomposedLetters) {
  const Case cases[] = {
      {"Goi\xCC\x88ta", "Go\xC3\xAFta"},           // i + combining diaeresis -> ï
      {"Ope\xCC\x81ration", "Op\xC3\xA9ration"},   // e + acute -> é
      {"plain ascii", "plain ascii"},
      {"d\xC3\xA9j\xC3\xA0 NFC", "d\xC3\xA9j\xC3\xA0 NFC"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeNfc(c.in), c.want) << c.in;
}

}  // namespace
}  // namespace veille
