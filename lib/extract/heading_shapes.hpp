#pragma once
// What a heading looks like in text that lost its markup: scraped pages, text pastes of PDFs.

#include <optional>
#include <string>
#include <string_view>

namespace healthsearch::extract {

// Short, a few words, no sentence punctuation at the end; a final "?" is allowed (question
// headings: "What is metastatic cancer?").
bool is_heading_shaped(std::string_view text);

// Every letter upper case, at least three of them: "NEBENWIRKUNGEN", "WHAT TO EXPECT:".
bool is_all_caps(std::string_view text);

// A heading that opens a list of related questions or articles rather than a section:
// "Related questions", "10 Related Questions to Explore", "People also ask", "Weitere Fragen",
// "Das könnte Sie auch interessieren".
bool is_question_list_heading(std::string_view text);

// "2. Immunotherapy" -> "Immunotherapy", "3) Was ist …?" -> "Was ist …?": a list number says
// nothing a reader searches for.
std::string strip_list_number(std::string text);

// The question of a "Q: …", "Frage: …" or "F: …" line, or nothing.
std::optional<std::string> question_line(std::string_view text);
// The answer of an "A: …" or "Antwort: …" line without its label, or `text` as it is.
std::string without_answer_label(std::string_view text);

// A heading glued to its paragraph by lost markup: "2. ImmunotherapyThis treatment …" or
// "What is it?It is …". Split where a numbered heading-shaped start runs into a capital with
// no space, or where a question mark does.
struct GluedHeading {
    std::string heading;
    std::string rest;
};
std::optional<GluedHeading> split_glued_heading(std::string_view text);

}  // namespace healthsearch::extract
