#include "extract/site_chrome.hpp"

#include <healthsearch/error.hpp>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <initializer_list>
#include <memory>
#include <unordered_set>
#include <optional>

namespace healthsearch::extract {

namespace {

// Whole lines of page furniture, menus and actions, case-folded. Looked up in a set: nearly
// every line a corpus has is tested, and most are not chrome.
constexpr std::string_view kChromeLines[] = {
    "top of page", "bottom of page", "skip to content", "skip to main content", "back to top",
    "nach oben", "zum inhalt", "zum inhalt springen", "gefällt mir", "like", "share", "teilen",
    "beitrag teilen", "kommentieren", "comment", "antworten", "reply", "kommentar schreiben",
    "write a comment", "schreib einen kommentar", "startseite", "home", "gruppen", "groups",
    "forum", "foren", "mitglieder", "members", "veranstaltungen", "events", "kontakt", "contact",
    "contact us", "über uns", "about", "about us", "blog", "mehr", "more", "menü", "menu", "suche",
    "search", "login", "log in", "anmelden", "abmelden", "registrieren", "sign up", "signup",
    "sign in", "gruppe beitreten", "join", "join group", "beitreten", "folgen", "follow",
    "alle ansehen", "see all", "view all", "neueste beiträge", "recent posts", "ähnliche beiträge",
    "related posts", "impressum", "datenschutz", "datenschutzerklärung", "privacy",
    "privacy policy", "terms", "terms of use", "terms and conditions", "terms & conditions",
    "cookie-einstellungen", "cookie einstellungen", "cookies", "cookie", "nutzungsbedingungen",
    "barrierefreiheit", "accessibility", "newsletter", "redaktion", "moderator", "moderatorin",
    "admin", "administrator", "group admin", "gruppenadmin", "autor", "autorin", "author",
    "öffentlich", "privat", "public", "private", "geschlossen", "closed", "öffentliche gruppe",
    "private gruppe", "public group", "private group", "closed group",
    // Buttons and badges of blogs and site builders (share, print, consent, comment forms).
    "advertisement", "anzeige", "werbung", "loading", "wird geladen", "print", "drucken",
    "seite drucken", "share this", "share this post", "share this article", "artikel teilen",
    "diesen beitrag teilen", "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "e-mail",
    "email", "tweet", "pin it", "leave a comment", "leave a reply", "post comment",
    "kommentar abschicken", "schreibe einen kommentar", "subscribe", "abonnieren",
    "newsletter abonnieren", "accept", "accept all", "alle akzeptieren", "akzeptieren", "ablehnen",
    "decline", "reject all", "got it", "verstanden", "quote", "zitat", "zitieren", "melden",
    "report", "previous post", "next post", "vorheriger beitrag", "nächster beitrag", "read more",
    "weiterlesen", "tags", "schlagwörter", "kategorien", "categories", "comments", "kommentare",
    "about the author", "über den autor", "über die autorin", "über den autor/die autorin",
};

// Headings that open a block of furniture rather than a section: what follows them (comments,
// the author's biography, a comment form) is not the article.
constexpr std::string_view kChromeSectionHeadings[] = {
    "comments", "kommentare", "about the author", "über den autor", "über die autorin",
    "leave a comment", "leave a reply", "schreibe einen kommentar", "kommentar schreiben",
    "write a comment", "related posts", "ähnliche beiträge",
};

// Lines with a digit: member and view counts, dates.
constexpr const char* kNumbersPattern =
    "(öffentlich|privat|public|private|geschlossen|closed)( gruppe| group)?\\s*[·•|-]?\\s*[\\d.,]*\\s*"
    "(mitglieder|mitglied|members?)"
    "|[\\d.,]+\\s*(ansicht|ansichten|aufrufe?|views?|kommentare?|comments?|likes?|gefällt mir"
    "|antworten|replies|reply|beiträge|posts?|follower|abonnenten|min\\.? lesezeit|min read)"
    // dates, alone or after an author: 12. März 2024, March 12, 2024, 12 Mar 2024, 2024-03-12
    "|([\\p{L} .]{0,40}[·•|-]\\s*)?\\d{1,2}\\.?\\s*(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)"
    "\\p{L}*\\.?\\s+\\d{4}(\\s*[·•|-].*)?"
    "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.? \\d{1,2},? \\d{4}"
    "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}"
    "|vor \\d+ (minuten|stunden|tagen|wochen|monaten)|\\d+ (minutes|hours|days|weeks|months) ago"
    // "Updated March 2024", "Aktualisiert am 3. Mai 2024", "Stand: 01/2024"
    "|(updated|last updated|aktualisiert|zuletzt aktualisiert|stand|published|veröffentlicht|posted)( am| on)?:?"
    "\\s.{0,30}\\d{4}"
    // reading times: "Lesezeit: 4 Minuten", "4 min read", "Reading time 3 minutes"
    "|(lesezeit|reading time|lesedauer)\\s*:?\\s*(ca\\.\\s*)?\\d+\\s*(min|minuten|minutes?)\\.?"
    "|\\d+\\s*(min|minuten|minutes?)\\.?\\s*(lesezeit|lesedauer|read|reading time)";

// Site-builder badges, consent banners, newsletter and comment forms: recognised by what they
// say, at any length up to kLongestChromeLine.
constexpr const char* kWidgetPattern =
    "(powered by|erstellt mit|created with|made with|designed with|proudly created with|website by)\\s+.{1,60}"
    "|.{0,80}\\b(wix\\.com|jimdo|wordpress\\.(com|org)|squarespace|weebly)\\b.{0,80}"
    "|.{0,200}\\bcookies?\\b.{0,200}\\b(akzeptier|zustimm|einverstanden|einwillig|accept|consent|agree|einstellungen|settings|ablehnen|decline)\\p{L}*\\b.{0,200}"
    "|.{0,200}\\b(akzeptier|zustimm|einwillig|accept|consent|agree)\\p{L}*\\b.{0,200}\\bcookies?\\b.{0,200}"
    "|.{0,120}\\bnewsletter\\b.{0,120}\\b(abonnier|anmeld|subscribe|sign up|eintragen|inbox|postfach|e-mail)\\p{L}*\\b.{0,120}"
    "|.{0,120}\\b(subscribe|abonnier)\\p{L}*\\b.{0,120}\\bnewsletter\\b.{0,120}"
    "|.{0,80}(your email address will not be published|required fields are marked"
    "|e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind mit"
    "|enter your e-?mail|ihre e-mail-adresse|name \\(required\\)|save my name, email).{0,120}";

// Forum posts: the poster's profile lines and the header of each post.
constexpr const char* kPostMetaPattern =
    "(beiträge|posts|registriert|registriert seit|mitglied seit|dabei seit|joined|member since|rang|rank"
    "|wohnort|location|status|reputation|themen|topics|messages|nachrichten|danksagungen|thanks|verfasst am|verfasst"
    "|geschrieben am|posted|erstellt am)\\s*:\\s*.{1,40}"
    "|(beitrag )?(von|by)\\s+\\S{1,40}\\s*(»|›|on|am|-|–)\\s*.{1,60}"
    "|(re|aw|antw)\\s*:\\s*.{1,100}|#\\s?\\d{1,7}";

// Quotations of another post: "Zitat von anna_k:", "anna_k wrote:", "Quote from Tom".
constexpr const char* kQuoteIntroPattern =
    "(zitat|quote|quoting|zitieren)( von| from)?\\s*\\S{0,40}( .{0,40})?:?"
    "|\\S{1,40}( \\S{1,40})?\\s+(wrote|schrieb|schreibt|said|says|sagt|hat geschrieben)"
    "( am .{1,40}| on .{1,40})?\\s*:";

// Breadcrumbs: short segments joined by › » > or |.
constexpr const char* kBreadcrumbPattern = "[^.!?›»>|]{1,40}(\\s*[›»>|]\\s*[^.!?›»>|]{1,40})+";

// Chrome lines are short; a longer line is only chrome if it is a legal line.
constexpr std::size_t kLongestChromeLine = 120;

std::string case_fold(std::string_view text) {
    icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::string out;
    unicode.foldCase().toUTF8String(out);
    return out;
}

// Legal lines: "© 2024 Verein", "Copyright ...", "... Alle Rechte vorbehalten." (`folded`: lower
// case at least for ASCII letters)
bool is_legal_line(const std::string& folded) {
    return folded.starts_with("\u00A9") || folded.starts_with("(c)") || folded.starts_with("copyright") ||
           folded.find("alle rechte vorbehalten") != std::string::npos ||
           folded.find("all rights reserved") != std::string::npos;
}

// "Kommentar schreiben …", "Write a comment...": trailing dots, ellipses and colons do not matter.
std::string without_trailing_dots(std::string folded) {
    while (!folded.empty()) {
        if (folded.back() == '.' || folded.back() == ' ' || folded.back() == ':') {
            folded.pop_back();
        } else if (folded.ends_with("\u2026")) {
            folded.resize(folded.size() - std::string_view("\u2026").size());
        } else {
            break;
        }
    }
    return folded;
}

template <std::size_t N>
std::unordered_set<std::string> folded_set(const std::string_view (&lines)[N]) {
    std::unordered_set<std::string> set;
    for (std::string_view line : lines) set.insert(case_fold(line));
    return set;
}

bool is_chrome_phrase(const std::string& folded) {
    static const std::unordered_set<std::string> phrases = folded_set(kChromeLines);
    return phrases.contains(without_trailing_dots(folded));
}

bool contains_any(const std::string& folded, std::initializer_list<std::string_view> needles) {
    for (std::string_view needle : needles) {
        if (folded.find(needle) != std::string::npos) return true;
    }
    return false;
}

class ChromeMatcher {
public:
    explicit ChromeMatcher(const char* pattern) {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parse_error{};
        pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern),
                                                  UREGEX_CASE_INSENSITIVE, parse_error, status));
        if (U_FAILURE(status)) {
            throw Error(std::string("site chrome pattern rejected by ICU: ") + u_errorName(status),
                        "site_chrome.cpp");
        }
    }

    bool matches(std::string_view line) const {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
            icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
        std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(text, status));
        return U_SUCCESS(status) && matcher->matches(status) && U_SUCCESS(status);
    }

private:
    std::unique_ptr<icu::RegexPattern> pattern_;
};

std::string_view trim(std::string_view text) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// A line that could be a group or site name: a few words and no sentence punctuation.
bool looks_like_label(std::string_view line) {
    if (line.size() > 80) return false;
    const char last = line.back();
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
    int words = 1;
    for (char c : line) words += (c == ' ');
    return words <= 8;
}

// Banners and forms run long; the ICU pattern is only tried on lines that name their subject.
// `folded`: lower case at least for ASCII letters.
bool is_widget_line(const std::string& folded) {
    static const ChromeMatcher widget(kWidgetPattern);
    return contains_any(folded, {"cookie", "newsletter", "powered", "erstellt mit", "created with", "made with",
                                 "designed with", "website by", "wix", "jimdo", "wordpress", "squarespace",
                                 "weebly", "e-mail", "email", "required"}) &&
           widget.matches(folded);
}

// Lower case for ASCII letters only: enough for the ASCII words that legal lines and widgets
// are recognised by, and far cheaper than ICU's folding on every long paragraph.
std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool matches_chrome(std::string_view line) {
    static const ChromeMatcher numbers(kNumbersPattern);
    static const ChromeMatcher breadcrumb(kBreadcrumbPattern);
    const std::string lowered = ascii_lower(line);
    if (is_legal_line(lowered) || is_widget_line(lowered)) return true;
    if (line.size() > kLongestChromeLine) return false;
    const std::string folded = case_fold(line);
    if (is_chrome_phrase(folded) || is_post_meta(line) || is_quote_intro(line)) return true;
    if (line.find_first_of("0123456789") != std::string_view::npos && numbers.matches(line)) return true;
    if (line.find_first_of(">|") != std::string_view::npos || line.find("\u203A") != std::string_view::npos ||
        line.find("\u00BB") != std::string_view::npos) {
        return breadcrumb.matches(line);
    }
    return false;
}

// A forum handle: one token, with a digit, an underscore, a dot or an inner capital, or all
// lower case ("kathrin_m", "Sonnenblume73", "MartinB"); a one-word heading is none of these.
bool looks_like_handle(std::string_view line) {
    if (line.empty() || line.size() > 32 || line.find(' ') != std::string_view::npos) return false;
    bool marked = false, inner_capital = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '.' || c == '!' || c == '?' || c == ',' || c == ':') {
            if (i + 1 == line.size()) return false;
        }
        if ((c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-') marked = true;
        if (i > 0 && c >= 'A' && c <= 'Z') inner_capital = true;
    }
    const bool lower_start = line.front() >= 'a' && line.front() <= 'z';
    return marked || inner_capital || lower_start;
}

}  // namespace

bool is_post_meta(std::string_view line) {
    static const ChromeMatcher post_meta(kPostMetaPattern);
    line = trim(line);
    if (line.empty() || line.size() > kLongestChromeLine) return false;
    // Profile lines put their label first: "Beiträge: 132", "Mitglied seit: Juni 2022".
    const std::size_t colon = line.find(':');
    const bool shaped = (colon != std::string_view::npos && colon <= 25) || line.find('#') != std::string_view::npos ||
                        line.find("\u00BB") != std::string_view::npos || line.starts_with("von ") ||
                        line.starts_with("by ") || line.starts_with("Beitrag von ") || line.starts_with("Von ") ||
                        line.starts_with("By ");
    return shaped && post_meta.matches(line);
}

bool is_quote_intro(std::string_view line) {
    static const ChromeMatcher quote_intro(kQuoteIntroPattern);
    line = trim(line);
    if (line.empty() || line.size() > kLongestChromeLine) return false;
    const char first = line.front();
    const bool shaped = line.back() == ':' || first == 'Z' || first == 'z' || first == 'Q' || first == 'q';
    return shaped && quote_intro.matches(line);
}

bool is_chrome_section_heading(std::string_view line) {
    static const std::unordered_set<std::string> headings = folded_set(kChromeSectionHeadings);
    static const ChromeMatcher comment_count("\\d+\\s*(kommentare?|comments?|antworten|replies|responses)");
    line = trim(line);
    if (line.empty() || line.size() > 80) return false;
    return headings.contains(without_trailing_dots(case_fold(line))) || comment_count.matches(line);
}

bool is_site_chrome(std::string_view line) {
    line = trim(line);
    if (line.empty() || line.size() > 600) return false;
    if (matches_chrome(line)) return true;
    // Only a short line can be a row of furniture, and only one with separators.
    const bool has_separator = line.find('|') != std::string_view::npos || line.find("\u00B7") != std::string_view::npos ||
                           line.find("\u2022") != std::string_view::npos;
    if (line.size() > 200 || !has_separator) return false;
    // "Impressum · Datenschutz", "Like | Share": chrome when every part is.
    std::string separated;
    separated.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        bool replaced = false;
        for (std::string_view dot : {"\u00B7", "\u2022"}) {
            if (line.substr(i, dot.size()) == dot) {
                separated += '|';
                i += dot.size() - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced) separated += line[i];
    }
    std::size_t parts = 0;
    for (std::size_t start = 0; start <= separated.size();) {
        std::size_t end = separated.find('|', start);
        if (end == std::string::npos) end = separated.size();
        const std::string_view part = trim(std::string_view(separated).substr(start, end - start));
        if (!part.empty()) {
            if (!matches_chrome(part)) return false;
            ++parts;
        }
        start = end + 1;
    }
    return parts > 1;
}

std::vector<bool> mark_site_chrome(const std::vector<std::string>& lines) {
    std::vector<bool> chrome(lines.size(), false);
    std::vector<std::size_t> content;  // indexes of non-blank lines
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (trim(lines[i]).empty()) continue;
        content.push_back(i);
        chrome[i] = is_site_chrome(lines[i]);
    }
    // A label line between two chrome lines belongs to the chrome; repeat until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t k = 1; k + 1 < content.size(); ++k) {
            const std::size_t i = content[k];
            if (chrome[i] || !chrome[content[k - 1]] || !chrome[content[k + 1]]) continue;
            // A line set apart by blank lines on both sides is a block of its own: a title
            // between the page's menu and its date line, not a label inside the header.
            const bool set_apart = i > 0 && trim(lines[i - 1]).empty() && i + 1 < lines.size() && trim(lines[i + 1]).empty();
            if (set_apart) continue;
            if (looks_like_label(trim(lines[i]))) {
                chrome[i] = true;
                changed = true;
            }
        }
    }
    // A forum handle needs chrome on one side only: it stands above or below the post's profile.
    for (std::size_t k = 0; k < content.size(); ++k) {
        const std::size_t i = content[k];
        if (chrome[i] || !looks_like_handle(trim(lines[i]))) continue;
        const bool chrome_before = k > 0 && chrome[content[k - 1]];
        const bool chrome_after = k + 1 < content.size() && chrome[content[k + 1]];
        if (chrome_before || chrome_after) chrome[i] = true;
    }
    return chrome;
}

}  // namespace healthsearch::extract
