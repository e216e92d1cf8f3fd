#include "ingest/html.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace veille {
namespace {

// A paragraph long enough to outweigh page furniture.
const std::string kBody =
    "Le ministre de la Défense a été reçu à Bamako par le chef de l'État pour discuter de la "
    "coopération militaire entre les deux pays, a indiqué la présidence dans un communiqué.";

struct TextCase {
  const char* name;
  std::string html;
  std::vector<std::string> present;  // substrings the text must hold
  std::vector<std::string> absent;   // substrings it must not hold
};

TEST(Html, TextKeepsArticleAndDropsFurniture) {
  const TextCase cases[] = {
      {"furniture elements",
       "<html><head><title>T</title><style>p{color:red}</style><script>var menu=1;</script></head>"
       "<body><header><a href=/>Accueil</a></header><nav><a>Politique</a></nav>"
       "<p>" + kBody + "</p><aside>Publicité latérale</aside><form><button>Envoyer</button></form>"
       "<noscript>Activez JavaScript</noscript><footer>Mentions légales</footer></body></html>",
       {kBody},
       {"Accueil", "Politique", "Publicité", "Envoyer", "JavaScript", "Mentions", "color", "var menu"}},
      {"roles, classes and ids",
       "<body><div role=navigation>Rubriques</div><ul class=\"main-menu\"><li>Sport</li></ul>"
       "<div id=cookie-banner>Nous utilisons des cookies</div><p>" + kBody + "</p>"
       "<div class=\"share-buttons\">Partager sur Facebook</div>"
       "<div class=breadcrumb>Accueil &gt; Afrique</div>"
       "<section id=comments><p>Super article, merci !</p></section>"
       "<div class=\"related-articles\"><p>Un autre sujet</p></div>"
       "<div class=\"newsletter-signup\">Inscrivez-vous</div><div class=\"ad-slot\">Pub</div>"
       "<span hidden>caché</span><div style=\"display: none\">invisible</div></body>",
       {kBody},
       {"Rubriques", "Sport", "cookies", "Facebook", "Afrique", "Super article", "autre sujet",
        "Inscrivez", "Pub", "caché", "invisible"}},
      {"article preferred over page teasers",
       "<body><div class=col><p>Titre d'un autre article de la rubrique</p></div>"
       "<article><header><h1>Le titre</h1><p class=byline>Par Jean Dupont</p></header>"
       "<p>" + kBody + "</p><p>" + kBody + "</p></article>"
       "<div><p>Autre actualité du jour</p></div></body>",
       {"Le titre", "Par Jean Dupont", kBody},
       {"autre article", "Autre actualité"}},
      {"articleBody preferred when no article element",
       "<body><div><p>Brève sans rapport avec le sujet principal</p></div>"
       "<div itemprop=articleBody><p>" + kBody + "</p><p>" + kBody + "</p></div></body>",
       {kBody},
       {"Brève"}},
      {"listing page keeps all teasers",
       "<body><article><p>Premier résumé de la page.</p></article>"
       "<article><p>Deuxième résumé de la page.</p></article>"
       "<article><p>Troisième résumé de la page.</p></article></body>",
       {"Premier résumé", "Deuxième résumé", "Troisième résumé"},
       {}},
      {"class keyword on a page-wide wrapper is not furniture",
       "<body><div class=\"page has-cookie-notice\"><p>" + kBody + "</p></div>"
       "<div class=cookie-notice>Accepter</div></body>",
       {kBody},
       {"Accepter"}},
      {"malformed markup",
       "<html><body><div><p>Premier <b>gras <i>mêlé</b> fin</i><p>Second</div></span></div>"
       "<table><tr><td>cellule<td>suivante</table><p>Fin non fermée",
       {"Premier gras mêlé fin", "Second", "cellule | suivante", "Fin non fermée"},
       {}},
      {"entities",
       "<p>&Eacute;t&eacute; &amp; hiver&nbsp;: l&#8217;arm&#xE9;e &lt;unie&gt; &quot;ok&quot;</p>",
       {"Été & hiver : l’armée <unie> \"ok\""},
       {"&"
        "eacute"}},
  };
  for (const TextCase& c : cases) {
    Result<HtmlDocument> doc = ParseHtml(c.html, c.name);
    ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status().ToString();
    for (const std::string& s : c.present)
      EXPECT_NE(doc->text.find(s), std::string::npos) << c.name << ": missing \"" << s << "\" in\n" << doc->text;
    for (const std::string& s : c.absent)
      EXPECT_EQ(doc->text.find(s), std::string::npos) << c.name << ": kept \"" << s << "\" in\n" << doc->text;
  }
}

TEST(Html, BlockStructure) {
  const std::pair<const char*, const char*> cases[] = {
      {"<p>Un</p><p>Deux<br>Trois</p>", "Un\nDeux\nTrois"},
      {"<p>  espaces \n\t multiples   ici </p>", "espaces multiples ici"},
      {"<div>Direct<p>Para</p>suite</div>", "Direct\nPara\nsuite"},
      {"<p>Avant</p><ul><li>A</li><li>B</li></ul><p>Après</p>", "Avant\n\nA\nB\n\nAprès"},
      {"<h2>Titre</h2><p>Texte</p>", "Titre\n\nTexte"},
      {"<table><tr><th>Pays</th><th>Date</th></tr><tr><td>Mali</td><td></td><td>2024</td></tr></table>",
       "Pays | Date\nMali | 2024"},
      {"<pre>ligne 1\nligne 2</pre>", "ligne 1\nligne 2"},
      {"<p>en <span>ligne</span><a href=#>lien</a>.</p>", "en lignelien."},
  };
  for (auto [html, want] : cases) {
    Result<HtmlDocument> doc = ParseHtml(html, "t");
    ASSERT_TRUE(doc.ok()) << html;
    EXPECT_EQ(doc->text, want) << html;
  }
}

struct MetaCase {
  const char* name;
  std::string head;  // inside <head>
  std::string body;  // inside <body>
  const char* title;
  const char* author;
  const char* site;
  const char* published;
  const char* canonical;
  const char* lang;  // from <html lang> when set in `head` via the marker below
};

std::string Opt(const std::optional<std::string>& s) { return s.value_or("<none>"); }

TEST(Html, Metadata) {
  const MetaCase cases[] = {
      {"open graph and article meta",
       "<meta property=og:title content=\"Le vrai titre\"><meta property=og:site_name content=\"Le Journal\">"
       "<meta name=author content=\"Awa Traoré\"><meta property=article:published_time content=2024-06-21T08:00:00Z>"
       "<link rel=canonical href=\"https://journal.example/a/1\"><title>Autre | Le Journal</title>",
       "<p>x</p>", "Le vrai titre", "Awa Traoré", "Le Journal", "2024-06-21T08:00:00Z",
       "https://journal.example/a/1", "<none>"},
      {"title tag with the site name stripped",
       "<meta property=og:site_name content=\"Le Journal\"><title>Sommet à Niamey - Le Journal</title>",
       "<p>x</p>", "Sommet à Niamey", "<none>", "Le Journal", "<none>", "<none>", "<none>"},
      {"title suffix kept when it is not the site",
       "<title>Mali - Niger : accord signé</title>", "<p>x</p>", "Mali - Niger : accord signé", "<none>",
       "<none>", "<none>", "<none>", "<none>"},
      {"twitter title, og:url",
       "<meta name=twitter:title content=\"Titre Twitter\"><meta property=og:url content=\"https://x.example/p\">"
       "<title>Titre de page</title>",
       "<p>x</p>", "Titre Twitter", "<none>", "<none>", "<none>", "https://x.example/p", "<none>"},
      {"h1 inside the article beats the title tag",
       "<title>Titre de page</title>",
       "<h1>Logo du site</h1><article><h1>Titre de l'article</h1><p>" + kBody + "</p></article>",
       "Titre de l'article", "<none>", "<none>", "<none>", "<none>", "<none>"},
      {"JSON-LD graph",
       "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
       "{\"@type\":\"WebSite\",\"name\":\"Site Web\"},"
       "{\"@type\":\"NewsArticle\",\"headline\":\"L&#039;accord de paix\",\"datePublished\":\"2025-04-11T10:00:00+01:00\","
       "\"author\":[{\"@type\":\"Person\",\"name\":\"A. Diallo\"},{\"@type\":\"Person\",\"name\":\"B. Sow\"}],"
       "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Agence Presse\"}}]}</script>",
       "<p>x</p>", "L'accord de paix", "A. Diallo, B. Sow", "Agence Presse", "2025-04-11T10:00:00+01:00",
       "<none>", "<none>"},
      {"JSON-LD array, author as string; invalid JSON-LD ignored",
       "<script type=application/ld+json>{not json</script>"
       "<script type=application/ld+json>[{\"@type\":[\"Article\"],\"author\":\"C. Keita\","
       "\"datePublished\":\"2023-09-04\"}]</script>",
       "<p>x</p>", "<none>", "C. Keita", "<none>", "2023-09-04", "<none>", "<none>"},
      {"meta date and article:author URL skipped",
       "<meta property=article:author content=\"https://facebook.com/journal\"><meta name=dc.date content=2022-01-05>",
       "<p>x</p>", "<none>", "<none>", "<none>", "2022-01-05", "<none>", "<none>"},
      {"time inside the article, rel=author",
       "", "<time datetime=2020-01-01>vieux</time><article><p>Par <a rel=author href=/a>Marie Curie</a></p>"
       "<time datetime=2024-11-29T12:00>29 novembre</time><p>" + kBody + "</p></article>",
       "<none>", "Marie Curie", "<none>", "2024-11-29T12:00", "<none>", "<none>"},
      {"itemprop author and datePublished",
       "", "<div itemprop=author itemscope><span itemprop=name>Ivan Petrov</span></div>"
       "<meta itemprop=datePublished content=2021-03-02><p>x</p>",
       "<none>", "Ivan Petrov", "<none>", "2021-03-02", "<none>", "<none>"},
  };
  for (const MetaCase& c : cases) {
    std::string html = "<html><head>" + c.head + "</head><body>" + c.body + "</body></html>";
    Result<HtmlDocument> doc = ParseHtml(html, c.name);
    ASSERT_TRUE(doc.ok()) << c.name;
    EXPECT_EQ(Opt(doc->title), c.title) << c.name;
    EXPECT_EQ(Opt(doc->author), c.author) << c.name;
    EXPECT_EQ(Opt(doc->site_name), c.site) << c.name;
    EXPECT_EQ(Opt(doc->published), c.published) << c.name;
    EXPECT_EQ(Opt(doc->canonical_url), c.canonical) << c.name;
    EXPECT_EQ(Opt(doc->lang), c.lang) << c.name;
  }
}

TEST(Html, Lang) {
  const std::pair<const char*, const char*> cases[] = {
      {"<html lang=fr-FR><body><p>x</p></body></html>", "fr-FR"},
      {"<html><head><meta http-equiv=Content-Language content=ru></head><body><p>x</p></body></html>", "ru"},
      {"<html><head><meta property=og:locale content=fr_FR></head><body><p>x</p></body></html>", "fr-FR"},
      {"<p>x</p>", "<none>"},
  };
  for (auto [html, want] : cases) {
    Result<HtmlDocument> doc = ParseHtml(html, "t");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(Opt(doc->lang), want) << html;
  }
}

TEST(Html, Charsets) {
  struct Case {
    const char* name;
    std::string bytes;
    const char* want;  // substring of the text
  };
  const Case cases[] = {
      {"meta charset latin-1",
       "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le ministre de la D\xE9"
       "fense a \xE9t\xE9 re\xE7u.</p></body></html>",
       "Le ministre de la Défense a été reçu."},
      {"http-equiv windows-1252 (curly quote)",
       "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
       "<body><p>l\x92\xE9t\xE9</p></body></html>",
       "l’été"},
      {"declared latin-1 but valid UTF-8", "<meta charset=iso-8859-1><p>Défense</p>", "Défense"},
      {"declared UTF-8 but latin-1 bytes",
       "<meta charset=utf-8><p>Le ministre de la D\xE9" "fense a \xE9t\xE9 re\xE7u \xE0 Moscou \xE0 nouveau.</p>",
       "Défense a été reçu à Moscou"},
      {"BOM", "\xEF\xBB\xBF<p>Été</p>", "Été"},
  };
  for (const Case& c : cases) {
    Result<HtmlDocument> doc = ParseHtml(c.bytes, c.name);
    ASSERT_TRUE(doc.ok()) << c.name;
    EXPECT_NE(doc->text.find(c.want), std::string::npos) << c.name << ": " << doc->text;
  }
}

TEST(Html, CharsetHintComesFirst) {
  // 0xC0 is "А" in windows-1251 and "À" in windows-1252.
  Result<std::string> r = HtmlToUtf8("<meta charset=windows-1252><p>\xC0</p>", "windows-1251", "t");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->find("А"), std::string::npos) << *r;
  r = HtmlToUtf8("<meta charset=windows-1252><p>\xC0</p>", "", "t");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->find("À"), std::string::npos) << *r;
}

TEST(Html, EmptyAndBinaryAreErrorsGarbageIsNot) {
  EXPECT_FALSE(ParseHtml("", "e").ok());
  EXPECT_FALSE(ParseHtml(" \n ", "e").ok());
  EXPECT_FALSE(ParseHtml(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "img").ok());
  const std::string garbage[] = {
      "<<<>>>",  "</p></div></html>", "<!-- only a comment -->", "<!DOCTYPE html>", "<p",
      "texte sans balise", "<script>never closed", "<a href=\"unterminated>x", "&#xFFFFFFFF; &#0; &",
      "<svg><p>dans svg</p></svg>", "\xFF\xFE\xFD garbage \x80\x81"};
  for (const std::string& g : garbage) {
    Result<HtmlDocument> doc = ParseHtml(g, "g");
    EXPECT_TRUE(doc.ok()) << g;
  }
  Result<HtmlDocument> plain = ParseHtml("texte sans balise", "g");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->text, "texte sans balise");
}

TEST(Html, DeepNestingDoesNotCrash) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "fond";
  Result<HtmlDocument> doc = ParseHtml(html, "deep");
  ASSERT_TRUE(doc.ok());
}

TEST(Html, ConcurrentCallsGiveTheSameResult) {
  std::string page = "<html lang=fr><head><meta property=og:title content=Titre>"
                     "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":\"X\"}</script>"
                     "</head><body><nav>menu</nav><article><p>" + kBody + "</p></article></body></html>";
  Result<HtmlDocument> want = ParseHtml(page, "p");
  ASSERT_TRUE(want.ok());
  std::vector<int> same(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        Result<HtmlDocument> got = ParseHtml(page, "p");
        same[t] += got.ok() && got->text == want->text && got->author == want->author;
      }
    });
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(same[t], 50) << "thread " << t;
}

}  // namespace
}  // namespace veille
