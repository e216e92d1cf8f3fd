#include "store/keys.h"

#include <gtest/gtest.h>

namespace veille::store {
namespace {

TEST(FolderTest, Table) {
  struct Case {
    const char *in, *want;
  } cases[] = {
      {"Évkourov", "evkourov"}, {"EVKOUROV", "evkourov"}, {"Assimi Goïta", "assimi goita"},
      {"  Côte-d'Ivoire ", "cote d ivoire"}, {"Шойгу", "шоигу"}, {"", ""},
  };
  Folder f;
  for (const Case& c : cases) EXPECT_EQ(f.Fold(c.in), c.want) << c.in;
}

TEST(Sha256Test, KnownVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace veille::store
