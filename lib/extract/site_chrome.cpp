#include "extract/site_chrome.hpp"

#include <healthsearch/error.hpp>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <memory>
#include <optional>

namespace healthsearch::extract {

namespace {

// Whole-line patterns, matched case-insensitively after trimming.
constexpr const char* kChromePattern =
    // page furniture of site builders
    "(top of page|bottom of page|skip to (main )?content|back to top|nach oben|zum inhalt( springen)?"
    // group visibility and member counts
    "|(öffentlich|privat|public|private|geschlossen|closed)( gruppe| group)?\\s*[·•|-]?\\s*[\\d.,]*\\s*"
    "(mitglieder|mitglied|members?)"
    // counters: views, comments, likes
    "|[\\d.,]+\\s*(ansicht|ansichten|aufrufe?|views?|kommentare?|comments?|likes?|gefällt mir"
    "|antworten|replies|reply|beiträge|posts?|follower|abonnenten|min\\.? lesezeit|min read)"
    // actions and menus
    "|gefällt mir|like|share|teilen|beitrag teilen|kommentieren|comment|antworten|reply"
    "|(kommentar schreiben|write a comment|schreib einen kommentar)\\W*"
    "|startseite|home|gruppen|groups|forum|foren|mitglieder|members|veranstaltungen|events"
    "|kontakt|contact( us)?|über uns|about( us)?|blog|mehr|more|menü|menu|suche|search|login"
    "|log ?in|anmelden|abmelden|registrieren|sign ?up|sign in|gruppe beitreten|join( group)?"
    "|beitreten|folgen|follow|alle ansehen|see all|view all|neueste beiträge|recent posts"
    "|ähnliche beiträge|related posts|impressum|datenschutz(erklärung)?|privacy( policy)?"
    "|terms( of use| and conditions| & conditions)?|cookie[- ]?einstellungen|cookies?"
    "|nutzungsbedingungen|barrierefreiheit|accessibility|newsletter"
    "|redaktion|moderator(in)?|(group |gruppen)?admin(istrator)?|autor(in)?|author"
    // legal lines
    "|(©|\\(c\\)|copyright).*|.*(alle rechte vorbehalten|all rights reserved)\\W*"
    // dates, alone or after an author: 12. März 2024, March 12, 2024, 12 Mar 2024, 2024-03-12
    "|([\\p{L} .]{0,40}[·•|-]\\s*)?\\d{1,2}\\.?\\s*(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)"
    "\\p{L}*\\.?\\s+\\d{4}(\\s*[·•|-].*)?"
    "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.? \\d{1,2},? \\d{4}"
    "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}"
    "|vor \\d+ (minuten|stunden|tagen|wochen|monaten)|\\d+ (minutes|hours|days|weeks|months) ago"
    // breadcrumbs: short segments joined by › » > or |
    "|[^.!?›»>|]{1,40}(\\s*[›»>|]\\s*[^.!?›»>|]{1,40})+"
    ")";

class ChromeMatcher {
public:
    ChromeMatcher() {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parse_error{};
        pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(kChromePattern),
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

}  // namespace

bool is_site_chrome(std::string_view line) {
    static const ChromeMatcher matcher;
    line = trim(line);
    if (line.empty() || line.size() > 200) return false;
    if (matcher.matches(line)) return true;
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
            if (!matcher.matches(part)) return false;
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
