"""Questions on the leaflets of corpus/leaflets/ (PDF and pdftotext-style text), for
build_collection.py, which loads every extra_*.py beside it. Judged by reading every article of
the corpus (grade 2 answers the question, 1 answers part of it); no retrieval system was used.
D_EXTRA and Q_EXTRA have the shapes of build_collection.py's D and Q."""

D_EXTRA = {
    'l_port': 'leaflets/port-katheter-patienteninformation.pdf',
    'l_fever': 'leaflets/fever-during-chemotherapy-guideline.pdf',
    'l_bewegung': 'leaflets/bewegung-krebstherapie-leitlinie.pdf',
    'l_lymph': 'leaflets/lymphoedema-after-breast-cancer.txt',
    'l_mund': 'leaflets/mundpflege-chemotherapie.txt',
}

# The leaflets' languages, read from their text (a PDF's bytes are not text to guess from).
TEXT_LANGUAGE_EXTRA = {
    'leaflets/port-katheter-patienteninformation.pdf': 'de',
    'leaflets/fever-during-chemotherapy-guideline.pdf': 'en',
    'leaflets/bewegung-krebstherapie-leitlinie.pdf': 'de',
    'leaflets/lymphoedema-after-breast-cancer.txt': 'en',
    'leaflets/mundpflege-chemotherapie.txt': 'de',
}

# (language, category, query text, best article, answer phrase, {article: grade})
Q_EXTRA = [
    # Port-Katheter (German PDF)
    ('de', 'natural', 'Wie wird ein Port für die Chemotherapie eingesetzt?', 'l_port',
     'erfolgt in örtlicher Betäubung', {'l_port': 2}),
    ('de', 'lay', 'Haut über dem Port rot und geschwollen, was tun?', 'l_port',
     'Rufen Sie umgehend an', {'l_port': 2}),
    ('en', 'crosslang', 'how often does a chemo port need flushing when it is not used', 'l_port',
     'oft alle drei Monate', {'l_port': 2}),
    # Fever during chemotherapy (English PDF)
    ('en', 'natural', 'What temperature counts as a fever during chemotherapy?', 'l_fever',
     'A temperature of 38 °C or higher', {'l_fever': 2, 'chemo_en': 1, 'chemo_de': 1, 'side_en': 1}),
    ('en', 'natural', 'Can I take paracetamol if I get a fever on chemo?', 'l_fever',
     'Do not take paracetamol or ibuprofen', {'l_fever': 2, 'chemo_en': 1, 'chemo_de': 1}),
    ('de', 'crosslang', 'Neutropenie Fieber nach Chemotherapie', 'l_fever',
     'This is called neutropenia', {'l_fever': 2, 'chemo_de': 1, 'chemo_en': 1}),
    # Exercise during and after cancer treatment (German PDF, a guideline summary)
    ('de', 'natural', 'Wie viel Bewegung wird während einer Krebstherapie empfohlen?', 'l_bewegung',
     'etwa 150 Minuten', {'l_bewegung': 2, 'fat_de': 1, 'fat_en': 1, 's_sleep': 1}),
    ('de', 'natural', 'Darf ich mit Knochenmetastasen Sport treiben?', 'l_bewegung',
     'bei Knochenmetastasen, nach einer Operation', {'l_bewegung': 2, 'fat_en': 1, 's_bone': 1}),
    ('en', 'crosslang', 'how many minutes of exercise a week during cancer treatment', 'l_bewegung',
     'etwa 150 Minuten', {'l_bewegung': 2, 'fat_en': 1, 'fat_de': 1, 's_sleep': 1}),
    # Lymphoedema (English, pdftotext-style text)
    ('en', 'natural', 'Why is my arm swollen months after breast cancer surgery?', 'l_lymph',
     'lymph fluid that builds up in the tissues', {'l_lymph': 2}),
    ('en', 'keyword', 'lymphoedema compression sleeve lymphatic drainage', 'l_lymph',
     'manual lymphatic drainage', {'l_lymph': 2}),
    ('de', 'crosslang', 'Lymphödem am Arm nach Brustkrebs', 'l_lymph',
     'Lymphoedema is a swelling', {'l_lymph': 2}),
    # Mouth care during chemotherapy (German, pdftotext-style text)
    ('de', 'natural', 'Wie pflege ich meinen Mund während der Chemotherapie?', 'l_mund',
     'mit einer weichen Zahnbürste', {'l_mund': 2, 'side_en': 2, 'ern_de': 1, 'chemo_de': 1, 'nutr_en': 1}),
    ('de', 'keyword', 'Mundspülung Alkohol Chemotherapie', 'l_mund',
     'Alkoholhaltige Mundspülungen sollten Sie meiden', {'l_mund': 2, 'side_en': 2}),
    ('en', 'crosslang', 'can sucking ice cubes protect the mouth during chemotherapy', 'l_mund',
     'Das Lutschen von Eiswürfeln', {'l_mund': 2}),
]

# Questions already in build_collection.py's Q that a leaflet answers too, with the leaflet's
# grade: without it the leaflet counts as a wrong answer to them. Not loaded by the collection
# builder unless it is taught to; listed so that the judgments can be completed.
J_EXTRA = {
    'Why do I have to call the hospital if I get a temperature during chemo?': {'l_fever': 2},
    'mouth ulcers from chemo': {'l_mund': 2},
    'Mundschleimhautentzündung Chemo': {'l_mund': 2},
    'Hilft Bewegung wirklich gegen die Erschöpfung bei Krebs?': {'l_bewegung': 1},
    'immer mude und erschopft nach Krebs': {'l_bewegung': 1},
}
