#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::extract {

// Recognises the lines that community web sites wrap around an article ("top of page",
// "Öffentlich · 19 Mitglieder", "1 Ansicht", menus, breadcrumbs, dates, legal links) so that
// they are never indexed.
bool is_site_chrome(std::string_view line);

// Forum furniture, also chrome: a poster's profile line or a post header ("Beiträge: 132",
// "Registriert: 03.2021", "by anna_k » 12 Mar 2024", "Re: …"), and the line that introduces a
// quotation of another post ("Zitat von anna_k:", "Tom wrote:").
bool is_post_meta(std::string_view line);
bool is_quote_intro(std::string_view line);

// A heading that opens furniture rather than a section: comments, the author's box, a comment
// form ("Kommentare", "3 Comments", "Über die Autorin", "Leave a Reply").
bool is_chrome_section_heading(std::string_view line);

// Marks each line that is chrome: by its own text, or because it is a short non-sentence line
// standing between chrome lines (a group name inside the page header, say; not one set apart by
// blank lines on both sides), or a forum handle
// next to one. Blank lines count as neither and do not break a run of chrome.
std::vector<bool> mark_site_chrome(const std::vector<std::string>& lines);

}  // namespace healthsearch::extract
