#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::extract {

// Recognises the lines that community web sites wrap around an article ("top of page",
// "Öffentlich · 19 Mitglieder", "1 Ansicht", menus, breadcrumbs, dates, legal links) so that
// they are never indexed.
bool is_site_chrome(std::string_view line);

// Marks each line that is chrome: by its own text, or because it is a short non-sentence line
// standing between chrome lines (a group name inside the page header, say). Blank lines count
// as neither and do not break a run of chrome.
std::vector<bool> mark_site_chrome(const std::vector<std::string>& lines);

}  // namespace healthsearch::extract
