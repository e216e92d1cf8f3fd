// Shared by the ingest unit tests: the shipped phrase list, loaded once.
#ifndef VEILLE_INGEST_INGEST_TESTING_H_
#define VEILLE_INGEST_INGEST_TESTING_H_

#include <gtest/gtest.h>

#include "ingest/boilerplate.h"

namespace veille::testing {

// data/ingest/boilerplate.tsv of the source tree (a test failure if it does
// not load).
inline const Boilerplate& ShippedPhrases() {
  static auto b = Boilerplate::Load(VEILLE_SOURCE_DIR "/data/ingest/boilerplate.tsv");
  EXPECT_TRUE(b.ok()) << b.status().ToString();
  return **b;
}

}  // namespace veille::testing

#endif  // VEILLE_INGEST_INGEST_TESTING_H_
