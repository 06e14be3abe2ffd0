#pragma once
// The search page's interface text in German and English, chosen by Accept-Language.

#include <string_view>

namespace healthsearch::cli::serve {

struct PageText {
    std::string_view lang;  // the html lang attribute
    std::string_view title;
    std::string_view skip_to_results;
    std::string_view question_label;
    std::string_view question_hint;
    std::string_view language_label;
    std::string_view both_languages;
    std::string_view german;
    std::string_view english;
    std::string_view search;
    std::string_view results;
    std::string_view about_matches;  // followed by the estimate
    std::string_view no_results;
    std::string_view did_you_mean;
    std::string_view showing_results_for;
    std::string_view pages;
    std::string_view previous;
    std::string_view next;
    std::string_view page;  // "Seite 2"
    std::string_view error;
    std::string_view not_advice;
};

inline constexpr PageText kGermanText{
    "de", "Gesundheitssuche", "Zu den Ergebnissen", "Ihre Frage",
    "Zum Beispiel: Wie wirkt eine Hormontherapie bei Brustkrebs?", "Sprache der Artikel", "Deutsch und Englisch",
    "Deutsch", "Englisch", "Suchen", "Ergebnisse", "Etwa so viele Treffer:",
    "Keine Textstelle passt zu dieser Frage. Versuchen Sie andere oder weniger Wörter.", "Meinten Sie:",
    "Ergebnisse für:", "Seiten", "Vorherige Seite", "Nächste Seite", "Seite", "Die Suche ist fehlgeschlagen",
    "Allgemeine Informationen, keine medizinische Beratung. Sprechen Sie mit Ihrem Behandlungsteam."};

inline constexpr PageText kEnglishText{
    "en", "Health search", "Skip to results", "Your question",
    "For example: How does immunotherapy work for metastatic cancers?", "Language of the articles",
    "German and English", "German", "English", "Search", "Results", "About this many matches:",
    "No passage matches this question. Try other or fewer words.", "Did you mean:", "Showing results for:",
    "Pages", "Previous page", "Next page", "Page", "The search failed",
    "General information, not medical advice. Talk to your care team about your own situation."};

// German when the client prefers German to English (by the q-values of Accept-Language),
// English otherwise.
const PageText& page_text_for(std::string_view accept_language);

}  // namespace healthsearch::cli::serve
