#include "extract/site_chrome.hpp"

#include <healthsearch/error.hpp>

#include <unicode/regex.h>
#include <unicode/unistr.h>

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
    "|vor \\d+ (minuten|stunden|tagen|wochen|monaten)|\\d+ (minutes|hours|days|weeks|months) ago";

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

// Legal lines: "© 2024 Verein", "Copyright ...", "... Alle Rechte vorbehalten."
bool is_legal_line(const std::string& folded) {
    return folded.starts_with("\u00A9") || folded.starts_with("(c)") || folded.starts_with("copyright") ||
           folded.find("alle rechte vorbehalten") != std::string::npos ||
           folded.find("all rights reserved") != std::string::npos;
}

bool is_chrome_phrase(std::string folded) {
    static const std::unordered_set<std::string> phrases = [] {
        std::unordered_set<std::string> set;
        for (std::string_view line : kChromeLines) set.insert(case_fold(line));
        return set;
    }();
    // "Kommentar schreiben …", "Write a comment...": trailing dots and ellipses do not matter.
    while (!folded.empty() && (folded.back() == '.' || folded.back() == ' ' ||
                               static_cast<unsigned char>(folded.back()) >= 0x80)) {
        if (static_cast<unsigned char>(folded.back()) >= 0x80) {
            if (!folded.ends_with("\u2026")) break;
            folded.resize(folded.size() - std::string_view("\u2026").size());
        } else {
            folded.pop_back();
        }
    }
    return phrases.contains(folded);
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

bool matches_chrome(std::string_view line) {
    static const ChromeMatcher numbers(kNumbersPattern);
    static const ChromeMatcher breadcrumb(kBreadcrumbPattern);
    const std::string folded = case_fold(line);
    if (is_legal_line(folded)) return true;
    if (line.size() > kLongestChromeLine) return false;
    if (is_chrome_phrase(folded)) return true;
    if (line.find_first_of("0123456789") != std::string_view::npos && numbers.matches(line)) return true;
    if (line.find_first_of(">|") != std::string_view::npos || line.find("\u203A") != std::string_view::npos ||
        line.find("\u00BB") != std::string_view::npos) {
        return breadcrumb.matches(line);
    }
    return false;
}

}  // namespace

bool is_site_chrome(std::string_view line) {
    line = trim(line);
    if (line.empty() || line.size() > 200) return false;
    if (matches_chrome(line)) return true;
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
            if (looks_like_label(trim(lines[i]))) {
                chrome[i] = true;
                changed = true;
            }
        }
    }
    return chrome;
}

}  // namespace healthsearch::extract
