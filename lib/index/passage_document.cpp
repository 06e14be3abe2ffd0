#include "index/passage_document.hpp"

#include "index/schema.hpp"
#include "index/stored_passage.hpp"

namespace healthsearch::index {

namespace {

using analysis::AnalyzedWord;
using analysis::Language;

// Adds positional unstemmed terms and, for words that are not stop words, stemmed terms.
Xapian::termpos index_words(Xapian::Document& doc, const std::vector<AnalyzedWord>& words,
                            Language language, Xapian::termpos position, Xapian::termcount wdf,
                            const analysis::Analyzer& analyzer) {
    for (const AnalyzedWord& word : words) {
        ++position;
        if (word.folded.size() > schema::kMaxTermBytes) continue;
        doc.add_posting(word.folded, position, wdf);
        if (!analyzer.is_stopword(word.folded, language)) {
            doc.add_term(schema::stem_term(analyzer.stem(word.folded, language)), wdf);
        }
    }
    return position;
}

}  // namespace

Xapian::Document passage_document(const Article& article, const passage::Passage& passage,
                                  const analysis::Analyzer& analyzer) {
    Xapian::Document doc;
    const Language language = passage.language;
    const std::string code(analysis::language_code(language));

    Xapian::termpos position = index_words(doc, analyzer.words(article.title), language, 0,
                                           schema::kTitleWdf, analyzer);
    for (const std::string& heading : passage.heading_path) {
        position = index_words(doc, analyzer.words(heading), language,
                               position + schema::kFieldGap, schema::kHeadingWdf, analyzer);
    }
    index_words(doc, passage.words, language, position + schema::kFieldGap, schema::kBodyWdf,
                analyzer);

    doc.add_boolean_term(schema::article_term(article.id));
    doc.add_boolean_term(schema::language_term(code));
    doc.add_value(schema::kSlotArticleId, article.id);
    doc.add_value(schema::kSlotLanguage, code);
    doc.add_value(schema::kSlotContentHash, article.content_hash);
    doc.add_value(schema::kSlotModified, Xapian::sortable_serialise(static_cast<double>(article.modified)));
    if (!article.source_file.empty()) doc.add_value(schema::kSlotSourceFile, article.source_file);
    if (!article.root.empty()) doc.add_value(schema::kSlotRoot, article.root);

    StoredPassage stored{article.id, article.title, passage.heading_path, code,
                         article.source, passage.ordinal, passage.text};
    doc.set_data(encode(stored));
    return doc;
}

}  // namespace healthsearch::index
