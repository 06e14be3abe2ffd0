"""Judged queries for the scraped pages added with issue 15 (forum threads, FAQ, site-builder
and blog pages, pages ending in lists of related questions). Loaded by build_collection.py
beside its own D and Q; the tuples have exactly the format of its Q. Judgments were made by
reading every article of the corpus for each query; no search system was used."""

D_EXTRA = {
 's_flush': 'scraped/forum-phpbb-hot-flushes-hormone-therapy.html',
 's_port': 'scraped/forum-text-portkatheter-erfahrungen.txt',
 's_lymph': 'scraped/portal-faq-lymphoedema-after-surgery.txt',
 's_exer': 'scraped/wix-gentle-exercise-during-cancer-treatment.html',
 's_mund': 'scraped/jimdo-mundtrockenheit-nach-strahlentherapie.html',
 's_work': 'scraped/wordpress-returning-to-work-after-cancer.html',
 's_meta': 'scraped/explainer-metastatic-cancer-related-questions.txt',
 's_neuro': 'scraped/ratgeber-polyneuropathie-weitere-fragen.txt',
}

# The new pages' languages, as their text reads.
TEXT_LANGUAGE_EXTRA = {
    'scraped/ratgeber-polyneuropathie-weitere-fragen.txt': 'de',
    'scraped/explainer-metastatic-cancer-related-questions.txt': 'en',
    'scraped/wix-gentle-exercise-during-cancer-treatment.html': 'en',
    'scraped/forum-phpbb-hot-flushes-hormone-therapy.html': 'en',
    'scraped/forum-text-portkatheter-erfahrungen.txt': 'de',
    'scraped/portal-faq-lymphoedema-after-surgery.txt': 'en',
    'scraped/jimdo-mundtrockenheit-nach-strahlentherapie.html': 'de',
    'scraped/wordpress-returning-to-work-after-cancer.html': 'en',
}

# (language, category, query text, best article, answer phrase, {article: grade})
Q_EXTRA = [
 # forum thread (phpBB)
 ('en','natural','What helps with hot flushes on tamoxifen or an aromatase inhibitor?','s_flush','a fan by the bed, cotton sheets',{'s_flush':2,'hormon_de':2,'hormon_en':1}),
 ('en','keyword','non-hormonal treatment hot flushes breast cancer','s_flush','non-hormonal medicines that some doctors prescribe',{'s_flush':2,'hormon_de':1,'hormon_en':1}),
 ('de','natural','Was hilft gegen Hitzewallungen bei einer Antihormontherapie?','hormon_de','Kleidung in Schichten und das Meiden von Auslösern',{'hormon_de':2,'s_flush':2,'hormon_en':1}),
 # forum thread (text)
 ('de','natural','Wie wird ein Portkatheter eingesetzt und tut das weh?','s_port','in örtlicher Betäubung in etwa einer halben Stunde',{'s_port':2,'chemo_de':1,'chemo_en':1}),
 ('de','umlaut','Port Entzundung Warnzeichen','s_port','auf eine Entzündung oder ein Blutgerinnsel hinweisen',{'s_port':2}),
 ('en','crosslang','signs of an infected chemo port','s_port','rot, warm oder geschwollen wird',{'s_port':2,'chemo_en':1}),
 # health-portal FAQ
 ('en','natural','Can I exercise if I have lymphoedema after breast cancer surgery?','s_lymph','does not seem to make the swelling worse',{'s_lymph':2,'s_exer':1}),
 ('en','lay','arm swelling after lymph nodes were removed','s_lymph','cannot drain properly from a part',{'s_lymph':2}),
 ('de','crosslang','erste Anzeichen Lymphödem nach Brustkrebs-OP','s_lymph','a watch or a sleeve feels tighter',{'s_lymph':2}),
 # Wix page
 ('en','natural','Is it safe to exercise during chemotherapy?','s_exer','staying gently active during treatment is safe',{'s_exer':2,'fat_en':1,'fat_de':1,'s_sleep':1,'s_lymph':1,'chemo_de':1}),
 ('en','keyword','weekly activity minutes cancer guidelines','s_exer','about 150 minutes of moderate activity a week',{'s_exer':2}),
 # Jimdo page
 ('de','natural','Was hilft gegen Mundtrockenheit nach einer Bestrahlung im Kopf-Hals-Bereich?','s_mund','Zuckerfreie Kaugummis oder Lutschpastillen',{'s_mund':2}),
 ('de','compound','Ersatz Speichel Spray Apotheke','s_mund','Speichelersatzmittel aus der Apotheke',{'s_mund':2}),
 ('en','crosslang','dry mouth after radiotherapy for head and neck cancer','s_mund','Die Speicheldrüsen liegen im Strahlenfeld',{'s_mund':2}),
 # WordPress post
 ('en','natural','How can I go back to work after cancer treatment?','s_work','an occupational health adviser can recommend a schedule',{'s_work':2,'fat_de':1}),
 ('de','natural','Wie gelingt der Wiedereinstieg in den Beruf nach einer Krebserkrankung?','s_work','A phased return means starting with fewer hours',{'s_work':2,'fat_de':1,'selbst_de':1}),
 # explainer ending in "10 Related Questions to Explore"
 ('en','natural','What is metastatic cancer?','s_meta','spread from the place where it first started',{'s_meta':2,'rem_en':1,'rem_de':1,'s_mbc':1,'hirn_de':1}),
 ('en','natural','How does immunotherapy work for metastatic cancers?','s_meta','release a brake that tumours put',{'s_meta':2,'immun_en':2,'immun_de':2,'s_immun':1,'lung_en':1,'lunge_de':1}),
 # German guide page with "Das könnte Sie auch interessieren" / "Weitere Fragen"
 ('de','natural','Geht eine Polyneuropathie nach der Chemotherapie wieder weg?','s_neuro','bessern sich die Beschwerden in den Monaten',{'s_neuro':2,'side_en':2,'chemo_en':1,'chemo_de':1}),
 ('de','typo','Kribeln in Händen nach Chemo','s_neuro','Betroffene spüren Kribbeln, Taubheit, Brennen',{'s_neuro':2,'side_en':2,'chemo_de':1,'chemo_en':1}),
]

# The new pages judged for the queries already in build_collection.py's Q, keyed by the query
# text: every query of Q was judged for every page of D_EXTRA by reading, and the pages not
# listed for a query are not relevant to it (0). Until a loader merges these, the new pages
# count as irrelevant for Q, which lowers Q's figures a little where they do answer.
J_EXTRA = {
 'what side effects can immunotherapy cause': {'s_meta': 1},
 'Does radiation help with the pain when cancer has spread to the bones?': {'s_meta': 1},
 'How do doctors decide on treatment when breast cancer has spread?': {'s_meta': 1},
 'checkpoint inhibitors PD-1': {'s_meta': 1},
 'chemotherapy peripheral neuropathy': {'s_neuro': 2},
 'oligometastatic disease radiotherapy': {'s_meta': 1},
 'what does it mean when cancer spreads to the bones': {'s_meta': 2},
 'Hilft Bewegung wirklich gegen die Erschöpfung bei Krebs?': {'s_exer': 2},
 'Hitzewallungen Antihormontherapie': {'s_flush': 2},
 'Krebs Lunge Stadium 4 Behandlung': {'s_meta': 1},
 'Nebenwirkngen Strahlentherapie': {'s_mund': 1},
}
