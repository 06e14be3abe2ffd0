// Extraction: text, Markdown and HTML become articles with titles, sections and paragraphs,
// and the chrome of community web sites never reaches them.

#include "extract/article_builder.hpp"
#include "extract/block_classifier.hpp"
#include "extract/bounded_gumbo.hpp"
#include "extract/extractors.hpp"
#include "extract/heading_shapes.hpp"
#include "extract/input_limits.hpp"
#include "extract/site_chrome.hpp"
#include "extract/utf8_check.hpp"
#include "test_support.hpp"

#include <healthsearch/error.hpp>
#include <healthsearch/source.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <string>

using namespace healthsearch;

using test_support::all_text;

namespace {

std::string repeat(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

// The reason extract_article gives for refusing `bytes`, or "" when it accepts them.
std::string refusal(const std::string& bytes, const std::string& extension) {
    try {
        extract_article(bytes, extension, "x" + extension, "x" + extension);
        return "";
    } catch (const InputError& error) {
        CHECK(error.file() == "x" + extension);
        return error.what();
    }
}


constexpr const char* kScrapedPage = R"(top of page
Startseite
Gruppen
Forum
Mitglieder
Startseite › Gruppen › Leben mit Metastasen
Krebs-Gesprächskreis Nordhessen
Öffentlich · 19 Mitglieder
Gruppe beitreten
Redaktion
12. März 2024
1 Ansicht

Immunotherapy: Questions to Ask Your Oncologist

Starting immunotherapy raises many questions. Writing them down before the appointment helps
you get the answers you need from your care team.

Side effects to watch for

Immune-related side effects can appear weeks after a dose. Report new rashes, diarrhoea or
breathlessness to your team straight away.

3 Ansichten
0 Kommentare
Gefällt mir
Beitrag teilen
Neueste Beiträge
Treffen im Oktober
Alle ansehen
Impressum · Datenschutz
© 2024 Krebs-Gesprächskreis Nordhessen. Alle Rechte vorbehalten.
bottom of page
)";

}  // namespace

TEST_CASE("site chrome lines are recognised; article sentences are not") {
    for (const char* line : {"top of page", "bottom of page", "Öffentlich · 19 Mitglieder",
                             "Public · 42 members", "1 Ansicht", "3 Ansichten", "12 views",
                             "Startseite › Gruppen › Leben mit Metastasen", "Gefällt mir",
                             "Impressum · Datenschutz", "© 2024 Verein. Alle Rechte vorbehalten.",
                             "12. März 2024", "Apr 9, 2024", "Write a comment...", "Mitglieder"}) {
        CAPTURE(line);
        CHECK(extract::is_site_chrome(line));
    }
    for (const char* line : {"Immunotherapy: Questions to Ask Your Oncologist",
                             "Side effects to watch for", "Übelkeit und Erbrechen",
                             "Viele Mitglieder der Familie fragen nach der Behandlung.",
                             "Die Chemotherapie dauert meist einige Monate."}) {
        CAPTURE(line);
        CHECK_FALSE(extract::is_site_chrome(line));
    }
}

TEST_CASE("a label standing between chrome lines (a group name) is chrome too") {
    const std::vector<std::string> lines = {"Forum", "Krebs-Gesprächskreis Nordhessen",
                                            "Öffentlich · 19 Mitglieder", "",
                                            "Immunotherapy and you", "A real sentence of the article."};
    const auto chrome = extract::mark_site_chrome(lines);
    CHECK(chrome[0]);
    CHECK(chrome[1]);
    CHECK(chrome[2]);
    CHECK_FALSE(chrome[4]);
    CHECK_FALSE(chrome[5]);
}

TEST_CASE("scraped plain text: chrome removed, title and sections kept") {
    const Article article = extract::extract_plain_text(kScrapedPage, "x.txt", "x.txt");
    CHECK(article.title == "Immunotherapy: Questions to Ask Your Oncologist");
    REQUIRE(article.sections.size() == 2);
    CHECK(article.sections[0].heading_path.empty());
    CHECK(article.sections[1].heading_path == std::vector<std::string>{"Side effects to watch for"});
    // Hard-wrapped lines of one paragraph are joined.
    CHECK(article.sections[0].paragraphs.size() == 1);
    CHECK(article.sections[0].paragraphs[0].starts_with("Starting immunotherapy raises many questions."));
    const std::string text = all_text(article);
    for (const char* chrome : {"Mitglieder", "Ansicht", "top of page", "Startseite", "Nordhessen",
                               "Gefällt", "Impressum", "Redaktion", "März", "Treffen"}) {
        CAPTURE(chrome);
        CHECK(text.find(chrome) == std::string::npos);
    }
}

TEST_CASE("markdown: first H1 is the title, deeper headings make the path, lists are paragraphs") {
    const Article article = extract::extract_markdown(
        "---\ntitle: Front Matter Title\nlang: de\n---\n# Front Matter Title\n\n"
        "Intro paragraph.\n\n## Ablauf\n\nErster Absatz mit **fettem** Wort\nund Zeilenumbruch.\n\n"
        "### Dauer\n\n- Punkt eins\n- Punkt zwei\n\n```\ncode is not text\n```\n\n## Nebenwirkungen\n\n"
        "Text &amp; mehr.\n",
        "a.md", "a.md");
    CHECK(article.title == "Front Matter Title");
    CHECK(article.language == "de");
    REQUIRE(article.sections.size() == 4);
    CHECK(article.sections[1].heading_path == std::vector<std::string>{"Ablauf"});
    CHECK(article.sections[1].paragraphs[0] == "Erster Absatz mit fettem Wort und Zeilenumbruch.");
    CHECK(article.sections[2].heading_path == std::vector<std::string>{"Ablauf", "Dauer"});
    CHECK(article.sections[2].paragraphs == std::vector<std::string>{"Punkt eins", "Punkt zwei"});
    CHECK(article.sections[3].heading_path == std::vector<std::string>{"Nebenwirkungen"});
    CHECK(article.sections[3].paragraphs[0] == "Text & mehr.");
    CHECK(all_text(article).find("code is not text") == std::string::npos);
}

TEST_CASE("html: script, style, nav, header, footer and chrome elements are dropped") {
    const Article article = extract::extract_html(R"(<!doctype html><html lang="de"><head>
<title>Seite | Verein</title><style>p{color:red}</style><script>var tracking = 1;</script></head>
<body><header><a href="/">Startseite</a></header><nav><ul><li>Forum</li><li>Gruppen</li></ul></nav>
<div class="breadcrumb">Home › Forum</div>
<main><article><h1>Leben mit Lungenkrebs</h1><span>1 Ansicht</span>
<p>Der erste Absatz&nbsp;erklärt   die Lage.</p>
<h2>Behandlung</h2><p>Zweiter <b>Absatz</b> mit<br>Umbruch.</p>
<ul><li>Chemotherapie</li><li><p>Bestrahlung</p></li></ul>
<div>Loser Text im Container.</div>
<aside>Werbung</aside></article></main>
<footer>Impressum Datenschutz</footer></body></html>)",
                                                  "b.html", "b.html");
    CHECK(article.title == "Leben mit Lungenkrebs");
    CHECK(article.language == "de");
    REQUIRE(article.sections.size() == 2);
    CHECK(article.sections[0].paragraphs == std::vector<std::string>{"Der erste Absatz erklärt die Lage."});
    CHECK(article.sections[1].heading_path == std::vector<std::string>{"Behandlung"});
    CHECK(article.sections[1].paragraphs ==
          std::vector<std::string>{"Zweiter Absatz mit Umbruch.", "Chemotherapie", "Bestrahlung",
                                   "Loser Text im Container."});
    const std::string text = all_text(article);
    for (const char* dropped : {"tracking", "color", "Startseite", "Forum", "Ansicht", "Werbung",
                                "Impressum"}) {
        CAPTURE(dropped);
        CHECK(text.find(dropped) == std::string::npos);
    }
}

TEST_CASE("html without <main> or <article> uses <body>, and <title> when there is no <h1>") {
    const Article article = extract::extract_html(
        "<html><head><title>Sleep well</title></head><body><p>Keep a regular rhythm.</p></body></html>",
        "c.html", "c.html");
    CHECK(article.title == "Sleep well");
    REQUIRE(article.sections.size() == 1);
    CHECK(article.sections[0].paragraphs[0] == "Keep a regular rhythm.");
}

TEST_CASE("html nested beyond any real page is refused with a reason, not a crash") {
    std::string html = "<html><body>";
    for (int i = 0; i < 5000; ++i) html += "<div>";
    html += "deep";
    CHECK_THROWS_AS(extract::extract_html(html, "deep.html", "deep.html"), InputError);
}

TEST_CASE("invalid UTF-8 and NUL bytes are refused with the offset") {
    try {
        extract::require_text("gut\xC3\x28 schlecht", "bad.txt");
        FAIL("expected InputError");
    } catch (const InputError& error) {
        CHECK(error.file() == "bad.txt");
        CHECK(std::string(error.what()).find("UTF-8") != std::string::npos);
        CHECK(std::string(error.what()).find("offset 3") != std::string::npos);
    }
    CHECK_THROWS_AS(extract::require_text(std::string("ab\0cd", 5), "bin.txt"), InputError);
    CHECK_NOTHROW(extract::require_text("Übelkeit – ok", "good.txt"));
}

TEST_CASE("extract_article refuses files that hold no article text") {
    CHECK_THROWS_AS(extract_article("", ".txt", "e.txt", "e.txt"), InputError);
    CHECK_THROWS_AS(extract_article("top of page\nStartseite\n1 Ansicht\n", ".txt", "c.txt", "c.txt"),
                    InputError);
    const Article article = extract_article("Titel\n\nEin Absatz.\n", ".txt", "t.txt", "t.txt");
    CHECK(article.title == "Titel");
    CHECK_FALSE(article.content_hash.empty());
}

TEST_CASE("a file that yields no paragraph text is refused like an empty one") {
    const std::string no_text = "holds no article text after extraction";
    CHECK(refusal("Nur ein Titel\n\n\u2028\u3000\n", ".txt") == no_text);
    CHECK(refusal("Nur ein Titel\n\n\u200B\u00A0\n", ".txt") == no_text);
    CHECK(refusal("<p>&#0;&#0;</p>", ".html") == no_text);
    CHECK(refusal("<p>\u3000\u2028</p>", ".html") == no_text);
    CHECK(refusal("<html><head><title>Abgeschnitten</title>\n<meta name=x content=y>\n", ".html") == no_text);
    CHECK(refusal("# Titel\n\n\u3000\u2028\u200B\n", ".md") == no_text);
    CHECK(refusal("# Titel\n\n&#0; &nbsp; &ZeroWidthSpace;\n", ".md") == no_text);
    CHECK(refusal("# Titel\n\n## Nur Überschriften\n", ".md") == no_text);
    CHECK(refusal("Titel\n\nEin Absatz.\n", ".txt").empty());
}

TEST_CASE("white space is Unicode's, and control characters never reach the text") {
    CHECK(extract::collapse_whitespace("\u3000a\u2028b\u00A0c\u200Bd\u2009e\x01" "f\x7F" "g\uFEFF") == "a b c d e f g");
    CHECK(extract::collapse_whitespace(std::string("NUL\0in the middle", 18)) == "NUL in the middle");
    CHECK(extract::collapse_whitespace("Be\u00ADhand\u00ADlung") == "Be\u00ADhand\u00ADlung");
}

TEST_CASE("markdown decodes every HTML5 entity; names HTML does not know stay as written") {
    const Article article = extract::extract_markdown(
        "# T\n\n&Uuml;belkeit &auml; &#228; &#xE4; &copy; &NotNestedGreaterGreater; &amp; &lt;b&gt;\n\n"
        "&notit; &foo; &#0; &#x110000;\n",
        "e.md", "e.md");
    REQUIRE(article.sections.size() == 1);
    REQUIRE(article.sections[0].paragraphs.size() == 2);
    CHECK(article.sections[0].paragraphs[0] == "Übelkeit ä ä ä © \u2AA2\u0338 & <b>");
    CHECK(article.sections[0].paragraphs[1] == "&notit; &foo; \uFFFD \uFFFD");
}

TEST_CASE("markdown nested beyond any real article is refused with a reason") {
    try {
        extract::extract_markdown(repeat("> ", 10000) + "tief\n", "q.md", "q.md");
        FAIL("expected InputError");
    } catch (const InputError& error) {
        CHECK(std::string(error.what()) == "has Markdown blocks nested deeper than 64 levels");
    }
}

// The hostile pages of issue 16: each once took gigabytes or half a minute in Gumbo.
TEST_CASE("hostile html is refused quickly, naming the bound it crosses") {
    const auto reason = [](const std::string& html) {
        try {
            extract::extract_html(html, "hostile.html", "hostile.html");
            return std::string("accepted");
        } catch (const InputError& error) {
            CHECK(error.file() == "hostile.html");
            return std::string(error.what());
        }
    };
    const std::string too_deep = "has HTML nested deeper than 256 levels";
    CHECK(reason(repeat("<table><tr><td>", 20000) + "x") == too_deep);
    CHECK(reason(repeat("<ul><li>", 50000) + "x") == too_deep);
    CHECK(reason(repeat("<b><i><u><span>", 50000) + "x") == too_deep);
    CHECK(reason(repeat("<div>", 100000) + "x" + repeat("</div>", 100000)) == too_deep);
    CHECK(reason(repeat("<div/>", 100000) + "x") == too_deep);
    std::string attributes = "<p";
    for (int i = 0; i < 100000; ++i) attributes += " a" + std::to_string(i) + "=1";
    CHECK(reason(attributes + ">x</p>") == "has an HTML element with more than 64 attributes");
    CHECK(reason(repeat("x<!---->", 600000)).find("too many elements") != std::string::npos);
    CHECK(reason(repeat("<b>", 250) + repeat("</a>", 600000)).find("too many elements") != std::string::npos);
}

TEST_CASE("html with the end tags it may leave out is not mistaken for deep nesting") {
    const Article list = extract::extract_html("<ul>" + repeat("<li>Punkt", 2000) + "</ul>", "l.html", "l.html");
    REQUIRE(list.sections.size() == 1);
    CHECK(list.sections[0].paragraphs.size() == 2000);
    const Article paragraphs = extract::extract_html(repeat("<p>Absatz", 2000), "p.html", "p.html");
    REQUIRE(paragraphs.sections.size() == 1);
    CHECK(paragraphs.sections[0].paragraphs.size() == 2000);
    const Article table = extract::extract_html("<table>" + repeat("<tr><td>a<td>b", 2000) + "</table>", "t.html", "t.html");
    REQUIRE(table.sections.size() == 1);
    CHECK(table.sections[0].paragraphs.size() == 4000);
    const Article nested = extract::extract_html(repeat("<div>", 200) + "<p>tief</p>" + repeat("</div>", 200),
                                                 "n.html", "n.html");
    CHECK(nested.sections.at(0).paragraphs == std::vector<std::string>{"tief"});
}

TEST_CASE("the html parse stops at its memory and time bounds, for shapes the tag scan misses") {
    const std::string page = "<p>" + repeat("Wort <b>fett</b> ", 20000) + "</p>";
    CHECK_NOTHROW(extract::BoundedGumboParse(page, "ok.html"));
    const auto reason = [&](const extract::BoundedGumboParse::Bounds& bounds) {
        try {
            extract::BoundedGumboParse parse(page, "small.html", bounds);
            return std::string("parsed");
        } catch (const InputError& error) {
            CHECK(error.file() == "small.html");
            return std::string(error.what());
        }
    };
    CHECK(reason({.memory_bytes = 1 << 20}).find("memory") != std::string::npos);
    CHECK(reason({.cpu_seconds = 0}).find("CPU time") != std::string::npos);
    // Deep nesting Gumbo takes quadratic time over; the scan would have refused it first.
    CHECK(reason({.cpu_seconds = 0.2, .fragment_context = GUMBO_TAG_DIV}) == "parsed");
    try {
        extract::BoundedGumboParse(repeat("<div>", 100000), "deep.html", {.cpu_seconds = 0.2});
        FAIL("expected InputError");
    } catch (const InputError& error) {
        CHECK(std::string(error.what()).find("CPU time") != std::string::npos);
    }
}

TEST_CASE("forum, blog and site-builder furniture is chrome; sentences about the same things are not") {
    for (const char* line : {"Beiträge: 132", "Mitglied seit: Juni 2022", "Joined: Mar 2021",
                             "by anna_k » Tue Feb 13, 2024 8:14 pm", "Re: Hot flushes", "Lesezeit: 4 Minuten",
                             "6 min read", "Powered by Jimdo", "Loading...", "Advertisement",
                             "This website uses cookies. By continuing to browse, you accept the use of cookies.",
                             "Your email address will not be published. Required fields are marked *"}) {
        CAPTURE(line);
        CHECK(extract::is_site_chrome(line));
    }
    CHECK(extract::is_quote_intro("Zitat von Sonnenblume73:"));
    CHECK(extract::is_quote_intro("marlene_g wrote:"));
    CHECK(extract::is_chrome_section_heading("3 Kommentare"));
    CHECK(extract::is_chrome_section_heading("About the author"));
    for (const char* line : {"Cookies and cakes are best avoided while the mouth is sore.",
                             "Ask which symptoms should prompt an immediate call.",
                             "Status of the disease is checked with scans every three months."}) {
        CAPTURE(line);
        CHECK_FALSE(extract::is_site_chrome(line));
        CHECK_FALSE(extract::is_quote_intro(line));
    }
}

TEST_CASE("block classifier: link-dense and isolated short blocks go, short sentences between text stay") {
    const auto text = [](std::string content, std::size_t link_bytes = 0) {
        extract::Block block;
        block.text = std::move(content);
        block.link_bytes = link_bytes;
        return block;
    };
    const std::string prose =
        "Immunotherapy is usually given as an infusion at regular intervals, and the team checks at each "
        "visit how it is working and which side effects have appeared since the last dose.";
    const std::vector<extract::Block> blocks = {
        text("Home Topics About Contact Donate", 32), text(prose), text("Ask your nurse about it."), text(prose),
        text("Book a free trial class"), extract::Block::marker(extract::Block::Kind::chrome)};
    CHECK(extract::content_blocks(blocks) == std::vector<bool>{false, true, true, true, false, false});
}

TEST_CASE("plain text: glued numbered headings are split; camel-case words are not") {
    const auto glued = extract::split_glued_heading("2. ImmunotherapyThis treatment helps the immune system.");
    REQUIRE(glued);
    CHECK(glued->heading == "Immunotherapy");
    CHECK(glued->rest == "This treatment helps the immune system.");
    CHECK_FALSE(extract::split_glued_heading("Mit PubMed kann man nach Studien suchen, sagt die Ärztin."));
    CHECK_FALSE(extract::split_glued_heading("BioNTech and McDonald are names with inner capitals here."));
}

TEST_CASE("html: a bold lead-in is a heading; a 'People also ask' list is the article's questions") {
    const Article article = extract::extract_html(R"(<html><body><article><h1>Übelkeit</h1>
<p>Viele Menschen erleben während einer Chemotherapie Übelkeit, die sich gut behandeln lässt.</p>
<p><strong>Was hilft?</strong> Kleine Mahlzeiten, genug Flüssigkeit und Medikamente gegen Übelkeit vor der Infusion.</p>
<h2>People also ask</h2><ul><li>How long does nausea last after chemo?</li><li>Can ginger help?</li></ul>
</article></body></html>)",
                                                  "n.html", "n.html");
    REQUIRE(article.sections.size() == 2);
    CHECK(article.sections[1].heading_path == std::vector<std::string>{"Was hilft?"});
    CHECK(article.sections[1].paragraphs.front().starts_with("Kleine Mahlzeiten"));
    CHECK(article.questions == std::vector<std::string>{"How long does nausea last after chemo?", "Can ginger help?"});
    CHECK(all_text(article).find("ginger") == std::string::npos);
}

TEST_CASE("quotations are checked against earlier text within a budget: a thread of alternating quotes stays fast") {
    std::string thread = "A very long thread\n\n";
    for (int i = 0; i < 10000; ++i) {
        thread += "> a quotation " + std::to_string(i) + " of something said elsewhere before\n\n";
        thread += "This is reply number " + std::to_string(i) +
                  ", and it is written as a full sentence with the words that make it read like the "
                  "text of an article, so that the classifier keeps it and it is compared with every "
                  "quotation that comes after it in the thread.\n\n";
    }
    const auto start = std::chrono::steady_clock::now();
    const Article article = extract::extract_plain_text(thread, "t.txt", "t.txt");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // A guard against the unbounded comparison (every reply against every later quotation), not a
    // speed goal: bounded, this takes 0.24 s in Release and about 3 s under the sanitizers with
    // other tests beside it; unbounded, over ten times as long.
    CHECK(seconds < 20.0);
    // Quotations repeating nothing stay, as paragraphs of the one section.
    REQUIRE(article.sections.size() == 1);
    CHECK(article.sections.front().paragraphs.size() == 20000);
}
