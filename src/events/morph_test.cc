// The hunspell-fr expansion, checked against Hunspell itself (the slow oracle).
#include "events/morph.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <hunspell/hunspell.hxx>

namespace veille {
namespace {

const std::vector<std::string> kLemmas = {"recevoir", "mettre", "signer", "attaquer", "accuser",
                                          "retirer",  "livrer", "sanction", "visite", "être"};

TEST(FrenchLexiconTest, ExpandsIrregularAndRegularForms) {
  auto lex = FrenchLexicon::Load(kHunspellFrAff, kHunspellFrDic, kLemmas);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  struct Case {
    const char* form;
    const char* lemma;
    uint16_t tag;
  };
  const Case kCases[] = {
      {"reçu", "recevoir", kTagPastParticiple},   {"reçus", "recevoir", kTagPastParticiple},
      {"reçoit", "recevoir", kTagPresent},        {"recevra", "recevoir", kTagFuture},
      {"recevrait", "recevoir", kTagConditional}, {"mis", "mettre", kTagPastParticiple},
      {"mirent", "mettre", kTagSimplePast},       {"signé", "signer", kTagPastParticiple},
      {"signeront", "signer", kTagFuture},        {"attaquaient", "attaquer", kTagImperfect},
      {"accusant", "accuser", kTagPresentParticiple}, {"sanctions", "sanction", kTagNoun},
      {"visites", "visite", kTagNoun},            {"été", "être", kTagPastParticiple},
      {"seraient", "être", kTagConditional},
  };
  for (const Case& c : kCases) {
    const auto* infos = lex->Lookup(c.form);
    ASSERT_NE(infos, nullptr) << c.form;
    int id = lex->LemmaId(c.lemma);
    bool found = false;
    for (const FormInfo& fi : *infos) found |= static_cast<int>(fi.lemma) == id && (fi.tags & c.tag);
    EXPECT_TRUE(found) << c.form << " as " << c.lemma;
  }
  EXPECT_EQ(lex->Lookup("maison"), nullptr);
}

TEST(FrenchLexiconTest, EveryFormIsAFormOfItsLemmaForHunspell) {
  auto lex = FrenchLexicon::Load(kHunspellFrAff, kHunspellFrDic, kLemmas);
  ASSERT_TRUE(lex.ok());
  Hunspell oracle(kHunspellFrAff, kHunspellFrDic);
  for (const std::string& lemma : kLemmas) {
    std::vector<std::string> forms = lex->FormsOf(lemma);
    EXPECT_GT(forms.size(), 1u) << lemma;
    for (const std::string& form : forms) {
      std::vector<std::string> stems = oracle.stem(form);
      EXPECT_NE(std::find(stems.begin(), stems.end(), lemma), stems.end()) << form << " <- " << lemma;
    }
  }
}

// Lookup (filter, then flat table) finds every form FormsOf lists, with its
// lemma, and nothing else: words one edit away from a form are rejected.
TEST(FrenchLexiconTest, LookupFindsEveryFormAndNothingElse) {
  auto lex = FrenchLexicon::Load(kHunspellFrAff, kHunspellFrDic, kLemmas);
  ASSERT_TRUE(lex.ok());
  std::set<std::string> all;
  for (const std::string& lemma : kLemmas) {
    const int id = lex->LemmaId(lemma);
    for (const std::string& form : lex->FormsOf(lemma)) {
      all.insert(form);
      const auto* infos = lex->Lookup(form);
      ASSERT_NE(infos, nullptr) << form;
      bool found = false;
      for (const FormInfo& fi : *infos) found |= static_cast<int>(fi.lemma) == id;
      EXPECT_TRUE(found) << form << " as " << lemma;
    }
  }
  for (const std::string& form : all) {
    for (const std::string& other : {form + "x", form.substr(1), form.substr(0, form.size() - 1), "x" + form}) {
      if (!all.count(other)) {
        EXPECT_EQ(lex->Lookup(other), nullptr) << other;
      }
    }
  }
  EXPECT_EQ(lex->Lookup(""), nullptr);
}

TEST(FrenchLexiconTest, MissingFilesAreErrors) {
  auto lex = FrenchLexicon::Load("/nonexistent.aff", kHunspellFrDic, kLemmas);
  EXPECT_FALSE(lex.ok());
}

}  // namespace
}  // namespace veille
