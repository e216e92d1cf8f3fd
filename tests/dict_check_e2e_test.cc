// `veille dict check` on the shipped dictionaries and on a copy with one
// broken line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace veille {
namespace {

namespace fs = std::filesystem;
using testing::RunVeille;
using testing::TempDir;

TEST(DictCheckE2eTest, ShippedDictionariesAreValid) {
  testing::RunResult r = RunVeille({"dict", "check", "--data-dir", std::string(VEILLE_SOURCE_DIR) + "/data"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(DictCheckE2eTest, ReportsABrokenLineWithFileAndLine) {
  TempDir tmp;
  fs::path actors = fs::path(tmp.path()) / "actors";
  fs::create_directories(actors);
  fs::path shipped = fs::path(VEILLE_SOURCE_DIR) / "data" / "actors";
  for (const char* name : {"states.tsv", "state_forms.tsv", "orgs.tsv", "role_nouns.tsv"})
    fs::copy_file(shipped / name, actors / name);
  std::ofstream(actors / "persons.tsv") << "# veille persons format 1\n"
                                            "# id\tname\taliases\tcountry\n"
                                            "per:a-b\tA B\t\tMLI\n"
                                            "per:c-d\tC D\t\tATLANTIS\n";
  testing::RunResult r = RunVeille({"dict", "check", "--data-dir", tmp.path()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find((actors / "persons.tsv").string() + ":4: unknown country code 'ATLANTIS'"), std::string::npos)
      << r.out;
}

TEST(DictCheckE2eTest, ReportsABrokenBoilerplateLine) {
  TempDir tmp;
  fs::copy(fs::path(VEILLE_SOURCE_DIR) / "data", tmp.path(), fs::copy_options::recursive);
  fs::path bp = fs::path(tmp.path()) / "ingest" / "boilerplate.tsv";
  std::ofstream(bp, std::ios::app) << "nonsense\tfr\tUne phrase\n";
  size_t lines = 0;
  {
    std::ifstream in(bp);
    for (std::string l; std::getline(in, l);) ++lines;
  }
  testing::RunResult r = RunVeille({"dict", "check", "--data-dir", tmp.path()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find(bp.string() + ":" + std::to_string(lines) + ":"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace veille
