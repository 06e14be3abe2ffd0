#!/usr/bin/env python3
"""Writes queries.jsonl and qrels/{dev,test}.tsv from the hand-written
judgments below, then the query sets of every extra_*.py beside it. Judgments were
made by reading the corpus articles; no retrieval system was used. The hand grades are
kept as judged; the grades written are derived from them by language (language_grades)."""
import importlib.util, json, os, sys

sys.dont_write_bytecode = True  # extra_*.py are imported: leave no __pycache__ in the tree
HERE = os.path.dirname(os.path.abspath(__file__))

D = {
 # German articles
 'angst': 'de/angststoerungen-panikattacken.txt',
 'brust': 'de/brustkrebs-frueherkennung-mammographie.md',
 'chemo_de': 'de/chemotherapie-ablauf-nebenwirkungen.md',
 'schmerz_de': 'de/chronische-schmerzen-schmerztherapie.txt',
 'dep_de': 'de/depression-erkennen-behandeln.md',
 'diab_de': 'de/diabetes-typ-2-alltag.html',
 'ern_de': 'de/ernaehrung-krebstherapie.html',
 'fat_de': 'de/fatigue-bei-krebs.txt',
 'fieber': 'de/fieber-bei-kindern.md',
 'genom_de': 'de/genomische-tumortestung.txt',
 'haut_de': 'de/hautkrebs-melanom-sonnenschutz.html',
 'herz': 'de/herzinfarkt-warnzeichen-erste-hilfe.md',
 'hirn_de': 'de/hirnmetastasen.md',
 'hormon_de': 'de/hormontherapie-brustkrebs.html',
 'immun_de': 'de/immuntherapie-metastasen.md',
 'impf_de': 'de/impfungen-erwachsene-immunschwaeche.md',
 'studien_de': 'de/klinische-studien.html',
 'lunge_de': 'de/lungenkrebs-formen-therapie.md',
 'op_de': 'de/operation-metastasen.txt',
 'pall_de': 'de/palliativmedizin-palliativversorgung.md',
 'prost_de': 'de/prostatakrebs-frueherkennung-behandlung.txt',
 'rem_de': 'de/remission-nachsorge-metastasiert.txt',
 'schlaf_de': 'de/schlafstoerungen-schlafhygiene.html',
 'selbst_de': 'de/selbsthilfegruppen-psychoonkologie.html',
 'strahl_de': 'de/strahlentherapie-metastasen.txt',
 'ziel_de': 'de/zielgerichtete-therapie.html',
 # English articles
 'vacc_en': 'en/adult-vaccination-weak-immune-system.html',
 'anx_en': 'en/anxiety-and-panic-attacks.txt',
 'brain_en': 'en/brain-metastases-symptoms-treatment.html',
 'fat_en': 'en/cancer-related-fatigue.txt',
 'chemo_en': 'en/chemotherapy-what-to-expect.md',
 'asthma': 'en/childhood-asthma.html',
 'pain_en': 'en/chronic-pain-management.txt',
 'dep_en': 'en/depression-signs-and-treatment.md',
 'genom_en': 'en/genomic-testing-tumours.txt',
 'bp': 'en/high-blood-pressure-heart-health.html',
 'hormon_en': 'en/hormone-therapy-metastatic-breast-cancer.html',
 'immun_en': 'en/immunotherapy-metastatic-cancer.md',
 'trial_en': 'en/joining-a-clinical-trial.md',
 'diab_en': 'en/living-with-type-2-diabetes.md',
 'lung_en': 'en/lung-cancer-types-treatment.html',
 'side_en': 'en/managing-cancer-treatment-side-effects.txt',
 'mel_en': 'en/melanoma-skin-cancer-prevention.txt',
 'rem_en': 'en/metastatic-cancer-remission.md',
 'nutr_en': 'en/nutrition-during-after-cancer-treatment.txt',
 'pall_en': 'en/palliative-care-not-only-end-of-life.md',
 'prost_en': 'en/prostate-cancer-psa-testing-treatment.md',
 'radio_en': 'en/radiotherapy-for-metastases.html',
 'sleep_en': 'en/sleep-problems-insomnia.md',
 'supp_en': 'en/support-groups-advanced-cancer.txt',
 'surg_en': 'en/surgery-for-metastatic-disease.html',
 'targ_en': 'en/targeted-therapy-biomarkers.md',
 # scraped pages
 's_bone': 'scraped/beitrag-bone-metastases-pain.txt',
 's_nausea': 'scraped/beitrag-chemotherapy-nausea.html',
 's_leber': 'scraped/blog-lebermetastasen-verstehen.txt',
 's_genom': 'scraped/forum-genomic-test-report.html',
 's_immun': 'scraped/forum-immunotherapy-questions.txt',
 's_sleep': 'scraped/forum-sleep-fatigue-treatment.txt',
 's_lunge': 'scraped/group-leben-mit-lungenkrebs-stadium-iv.html',
 's_mbc': 'scraped/gruppe-metastatic-breast-cancer-treatment-choices.txt',
 's_pall': 'scraped/gruppe-palliative-care-teams.txt',
 's_group': 'scraped/gruppen-finding-a-support-group.html',
}

# (language, category, query text, best article, answer phrase, {article: grade})
# The best article is always the first key with grade 2; answer_phrase is taken from it.
Q = [
 # ---------------- English, natural ----------------
 ('en','natural','Is it possible for stage 4 cancer to go into complete remission?','rem_en','can lead to long-lasting remission',{'rem_en':2,'rem_de':2}),
 ('en','natural','what side effects can immunotherapy cause','immun_en','immune-related adverse events can affect almost any part',{'immun_en':2,'immun_de':2,'s_immun':2,'side_en':1}),
 ('en','natural','How long can tiredness from cancer treatment last after it ends?','fat_en','may continue for months or occasionally years',{'fat_en':2,'fat_de':2,'s_sleep':2,'chemo_en':1}),
 ('en','natural','Why do I have to call the hospital if I get a temperature during chemo?','chemo_en','an infection can become serious quickly',{'chemo_en':2,'chemo_de':2,'side_en':1}),
 ('en','natural','What can I eat when chemo makes me feel sick?','s_nausea','Small, frequent meals are often easier',{'s_nausea':2,'side_en':2,'nutr_en':2,'ern_de':2,'chemo_en':1,'chemo_de':1}),
 ('en','natural','Does radiation help with the pain when cancer has spread to the bones?','radio_en','notice less pain within a few weeks',{'radio_en':2,'strahl_de':2,'s_bone':2,'prost_en':1}),
 ('en','natural','What questions should I ask my doctor before starting immunotherapy?','s_immun','Writing your questions down before an appointment',{'s_immun':2,'immun_en':2,'immun_de':1}),
 ('en','natural','Should my relatives get tested if my tumour test shows an inherited mutation?','genom_en','may offer germline testing and genetic counselling',{'genom_en':2,'s_genom':2,'genom_de':2,'brust':1}),
 ('en','natural','How do doctors decide on treatment when breast cancer has spread?','s_mbc','decide which families of medicines are most likely',{'s_mbc':2,'hormon_en':2,'hormon_de':1,'targ_en':1}),
 ('en','natural','Is palliative care only for people who are dying?','pall_en','can begin on the day of diagnosis',{'pall_en':2,'s_pall':2,'pall_de':2,'s_mbc':1,'s_lunge':1,'lung_en':1}),
 ('en','natural','how do I find a cancer support group near me','s_group','frequently keep directories of local and online groups',{'s_group':2,'supp_en':2,'selbst_de':2}),
 ('en','natural','What is the difference between a phase 1 and a phase 3 trial?','trial_en','look mainly at safety and the right dose',{'trial_en':2,'studien_de':2}),
 ('en','natural','Why do I still have pain when my scans look normal?','pain_en','even when scans and tests look normal',{'pain_en':2,'schmerz_de':2}),
 ('en','natural','Is small cell lung cancer worse than non-small cell?','lung_en','tends to grow and spread quickly',{'lung_en':2,'lunge_de':2}),
 ('en','natural','Why does my lung tumour need to be tested for EGFR or ALK?','targ_en','testing for biomarkers comes first',{'targ_en':2,'lung_en':2,'ziel_de':2,'s_lunge':1,'lunge_de':1,'genom_en':1,'genom_de':1}),
 ('en','natural','How can I tell if a mole might be melanoma?','mel_en','The ABCDE guide can help identify moles',{'mel_en':2,'haut_de':2}),
 ('en','natural','Does a high PSA always mean prostate cancer?','prost_en','recent ejaculation or vigorous exercise',{'prost_en':2,'prost_de':2}),
 ('en','natural','What are the first signs that cancer has spread to the brain?','brain_en','persistent or worse in the morning',{'brain_en':2,'hirn_de':2}),
 ("en",'natural',"How do I know if it's depression and not just feeling down?",'dep_en','nearly every day, for at least two weeks',{'dep_en':2,'dep_de':2}),
 ('en','natural','What can I do to calm down during a panic attack?','anx_en','Slow breathing can help calm the body',{'anx_en':2,'angst':1}),
 ('en','natural','Is it safe to take vitamin supplements during chemotherapy?','nutr_en','High-dose antioxidants are one example',{'nutr_en':2,'ern_de':2,'targ_en':1,'ziel_de':1}),
 ('en','natural','Which vaccines should I avoid while my immune system is weak from cancer treatment?','vacc_en','usually advised not to have live vaccines',{'vacc_en':2,'impf_de':2}),
 ('en','natural','What should I eat to keep my blood sugar down with type 2 diabetes?','diab_en','there is no single perfect diabetes diet',{'diab_en':2,'diab_de':2}),
 ('en','natural',"Why treat high blood pressure if I don't have any symptoms?",'bp','sometimes called a silent condition',{'bp':2}),
 # ---------------- English, keyword ----------------
 ('en','keyword','checkpoint inhibitors PD-1','immun_en','such as PD-1 and CTLA-4',{'immun_en':2,'immun_de':2,'s_immun':1,'lunge_de':1,'lung_en':1}),
 ('en','keyword','liquid biopsy ctDNA','genom_en','circulating tumour DNA or ctDNA',{'genom_en':2,'genom_de':2,'ziel_de':1,'targ_en':1,'s_genom':1}),
 ('en','keyword','stereotactic radiosurgery brain metastases','brain_en','targets one or several small tumours precisely',{'brain_en':2,'radio_en':2,'hirn_de':2,'strahl_de':2}),
 ('en','keyword','liver resection bowel cancer metastases','surg_en','can give some people many years without disease',{'surg_en':2,'op_de':2,'s_leber':1}),
 ('en','keyword','CDK4/6 inhibitor blood tests','hormon_en','it can lower white blood cell counts',{'hormon_en':2,'hormon_de':1}),
 ('en','keyword','CBT-I insomnia treatment','sleep_en','most effective long-term treatment for chronic insomnia',{'sleep_en':2,'schlaf_de':2,'s_sleep':1}),
 ('en','keyword','chemotherapy peripheral neuropathy','side_en','damage the nerves in the hands and feet',{'side_en':2,'chemo_en':1,'chemo_de':1}),
 ('en','keyword','hypoglycaemia warning signs','diab_en','such as shaking, sweating, confusion or hunger',{'diab_en':2,'diab_de':2}),
 ('en','keyword','shingles vaccine adults','vacc_en','The shingles vaccine lowers the risk of shingles',{'vacc_en':2,'impf_de':2}),
 ('en','keyword','sunscreen reapply after swimming','mel_en','reapply regularly, especially after swimming or sweating',{'mel_en':2,'haut_de':2}),
 ('en','keyword','oligometastatic disease radiotherapy','radio_en','known as oligometastatic disease',{'radio_en':2,'strahl_de':1,'op_de':1,'surg_en':1}),
 ('en','keyword','advance care planning palliative','pall_en','Part of palliative care is advance care planning',{'pall_en':2,'s_pall':2,'pall_de':1,'s_lunge':1}),
 ('en','keyword','child asthma preventer inhaler','asthma','needs to be used every day',{'asthma':2}),
 # ---------------- English, typo ----------------
 ('en','typo','chemotheraphy hair loss','chemo_en','Hair loss depends on the specific drugs',{'chemo_en':2,'chemo_de':2}),
 ('en','typo','how long does immunotherpy take to work','immun_en','the effects can take longer to appear',{'immun_en':2,'immun_de':2,'s_immun':1}),
 ('en','typo','what does a palliatve care team do','s_pall','group of professionals rather than a single doctor',{'s_pall':2,'pall_en':2,'pall_de':1}),
 ('en','typo','fulvestrent injection breast cancer','hormon_en','is given as an injection',{'hormon_en':2,'s_mbc':1,'hormon_de':1}),
 ('en','typo','brain metastses steroids swelling','brain_en','Steroids are often started quickly to reduce swelling',{'brain_en':2,'hirn_de':2}),
 ('en','typo','sleep apnoea snoring symtoms','sleep_en','can point to sleep apnoea rather than insomnia',{'sleep_en':2,'schlaf_de':2}),
 # ---------------- English, lay ----------------
 ('en','lay','what does it mean when cancer spreads to the bones','s_bone','one of the most common places for cancer',{'s_bone':2,'radio_en':2,'strahl_de':2,'prost_en':1,'hormon_en':1,'pall_en':1}),
 ('en','lay','top and bottom numbers on a blood pressure reading','bp','is the pressure when the heart squeezes',{'bp':2}),
 ('en','lay','mouth ulcers from chemo','side_en','a condition called mucositis or stomatitis',{'side_en':2,'chemo_de':1,'ern_de':1,'nutr_en':1}),
 ('en','lay','dark spot on my skin that bleeds','mel_en','new, changing, itching, bleeding or simply looks different',{'mel_en':2,'haut_de':2}),
 ('en','lay','can sugar diabetes go away if I lose weight','diab_en','lead to remission of diabetes',{'diab_en':2,'diab_de':1}),
 ('en','lay','feeling terrified before every cancer scan','rem_en','sometimes called scanxiety, is very common',{'rem_en':2,'rem_de':2,'supp_en':1}),
 # ---------------- English, crosslang (answer only in German articles) ----------------
 ('en','crosslang','heart attack symptoms in women','herz','verläuft ein Herzinfarkt häufiger untypisch',{'herz':2}),
 ('en','crosslang','my toddler has had a fever for three days, should I see a doctor','fieber','länger als zwei bis drei Tage anhält',{'fieber':2}),
 ('en','crosslang','at what age are women invited to mammogram screening','brust','Frauen zwischen 50 und 69 Jahren',{'brust':2}),
 ('en','crosslang','symptoms of liver metastases','s_leber','Druckgefühl oder Schmerzen im rechten Oberbauch',{'s_leber':2,'surg_en':1,'op_de':1}),
 ('en','crosslang','does health insurance pay for a PSA test in Germany','prost_de','keine reguläre Kassenleistung zur Früherkennung',{'prost_de':2,'prost_en':1}),
 ('en','crosslang','how often can I get a free skin cancer screening','haut_de','ab 35 Jahren alle zwei Jahre',{'haut_de':2,'mel_en':1}),
 # ---------------- German, natural ----------------
 ('de','natural','Mit welchen Nebenwirkungen muss ich bei einer Chemo rechnen?','chemo_de','Daraus erklären sich viele typische Nebenwirkungen',{'chemo_de':2,'chemo_en':2,'side_en':2,'s_nausea':1,'ern_de':1}),
 ('de','natural','Kann man Hirnmetastasen operieren?','hirn_de','gut erreichbare Metastase kann häufig operativ entfernt werden',{'hirn_de':2,'brain_en':2,'op_de':1,'surg_en':1}),
 ('de','natural','Hilft Bewegung wirklich gegen die Erschöpfung bei Krebs?','fat_de','die wirksamste Maßnahme gegen Fatigue',{'fat_de':2,'fat_en':2,'s_sleep':2,'chemo_de':1,'chemo_en':1}),
 ('de','natural','Was bespricht ein molekulares Tumorboard?','genom_de','in einem molekularen Tumorboard besprochen',{'genom_de':2,'genom_en':2}),
 ('de','natural','Wie viele Jahre muss man nach Brustkrebs Tamoxifen nehmen?','hormon_de','häufig fünf Jahre oder länger',{'hormon_de':2,'hormon_en':1}),
 ('de','natural','Rückenschmerzen bei Metastasen: wann ist das ein Notfall?','strahl_de','in der Wirbelsäule auf das Rückenmark drücken',{'strahl_de':2,'radio_en':2,'s_bone':2,'op_de':1}),
 ('de','natural','Was heißt Teilremission bei metastasiertem Krebs?','rem_de','um etwa ein Drittel ihres Durchmessers',{'rem_de':2,'rem_en':2}),
 ('de','natural','Ab wann gelten Schmerzen als chronisch?','schmerz_de','länger als drei bis sechs Monate bestehen',{'schmerz_de':2,'pain_en':2}),
 ('de','natural','Welche Impfungen werden ab 60 empfohlen?','impf_de','unter anderem für Menschen ab 60 Jahren',{'impf_de':2,'vacc_en':2}),
 ('de','natural','Wo finde ich eine klinische Studie, die zu mir passt?','studien_de','das Deutsche Register Klinischer Studien',{'studien_de':2,'trial_en':2}),
 ('de','natural','Was ist der Unterschied zwischen Palliativstation und Hospiz?','pall_de','Stationäre Hospize bieten Menschen in der letzten Lebensphase',{'pall_de':2,'pall_en':1,'s_pall':1}),
 # ---------------- German, keyword ----------------
 ('de','keyword','Tumormutationslast Immuntherapie','genom_de','kann Hinweise auf das Ansprechen einer Immuntherapie geben',{'genom_de':2,'immun_en':2,'genom_en':1,'s_genom':1}),
 ('de','keyword','Hitzewallungen Antihormontherapie','hormon_de','Bewegung, Entspannungsverfahren, Kleidung in Schichten',{'hormon_de':2,'hormon_en':2,'prost_en':1,'s_sleep':1}),
 ('de','keyword','Lungenkrebs Symptome Husten','lunge_de','ein veränderter Raucherhusten, blutiger Auswurf',{'lunge_de':2,'lung_en':2,'s_lunge':1}),
 ('de','keyword','Schmerztagebuch chronische Schmerzen','schmerz_de','Ein Schmerztagebuch hilft, Muster zu erkennen',{'schmerz_de':2,'s_bone':1,'pain_en':1}),
 ('de','keyword','Prostatakrebs aktive Überwachung','prost_de','ist oft eine aktive Überwachung möglich',{'prost_de':2,'prost_en':2}),
 ('de','keyword','Psychoonkologie Unterstützung Angehörige','selbst_de','Auch Angehörige sind stark belastet',{'selbst_de':2,'supp_en':2,'s_pall':1,'s_group':1}),
 ('de','keyword','HER2 Brustkrebs Biomarker','ziel_de','das Eiweiß HER2 bei Brust- und Magenkrebs',{'ziel_de':2,'targ_en':2,'s_mbc':2}),
 # ---------------- German, typo ----------------
 ('de','typo','Nebenwirkngen Strahlentherapie','strahl_de','Nebenwirkungen hängen vor allem vom bestrahlten Bereich ab',{'strahl_de':2,'radio_en':2,'side_en':1}),
 ('de','typo','Immuntheraphie bei Lungenkrebs','lunge_de','Immuntherapie mit Checkpoint-Hemmern und zielgerichtete Medikamente',{'lunge_de':2,'lung_en':2,'immun_de':2,'s_lunge':2,'immun_en':1}),
 ('de','typo','Palliatvmedizin zu Hause','pall_de','spezialisierte ambulante Palliativversorgung hinzukommen',{'pall_de':2,'pall_en':1,'s_pall':1}),
 ('de','typo','Depresion Anzeichen','dep_de','über mindestens zwei Wochen fast täglich',{'dep_de':2,'dep_en':2}),
 # ---------------- German, lay / technical ----------------
 ('de','lay','Myokardinfarkt Symptome','herz','Das bekannteste Symptom ist ein starker Brustschmerz',{'herz':2}),
 ('de','lay','Mammakarzinom Tastuntersuchung','brust','einmal jährlich Anspruch auf eine ärztliche Tastuntersuchung',{'brust':2}),
 ('de','lay','Bronchialkarzinom Ursachen','lunge_de','Der mit Abstand wichtigste Risikofaktor ist das Rauchen',{'lunge_de':2,'lung_en':2}),
 ('de','lay','Hilft Bewegung bei Zuckerkrankheit?','diab_de','Muskeln verbrauchen bei Bewegung Zucker',{'diab_de':2,'diab_en':2}),
 ('de','lay','Prostatakarzinom Folgen der Operation','prost_de','Mögliche Folgen sind Harninkontinenz und Erektionsstörungen',{'prost_de':2,'prost_en':2}),
 # ---------------- German, compound ----------------
 ('de','compound','Krebs Brust Risiko erblich','brust','Veränderungen in den Genen BRCA1 oder BRCA2',{'brust':2,'genom_en':1}),
 ('de','compound','Metastasen Knochen Schmerzen','strahl_de','eine der wirksamsten Behandlungen',{'strahl_de':2,'s_bone':2,'radio_en':2,'op_de':1,'pall_en':1}),
 ('de','compound','Metastasen Leber Operation','op_de','ist die Operation ein gut etabliertes Verfahren',{'op_de':2,'surg_en':2,'s_leber':2}),
 ('de','compound','Schmerzen Tumor starke Schmerzmittel','schmerz_de','Opioide sind bei starken Tumorschmerzen oft unverzichtbar',{'schmerz_de':2,'pall_de':2,'s_bone':1,'pall_en':1,'pain_en':1}),
 ('de','compound','Hirn Metastasen Kopfschmerzen','hirn_de','oft morgens betont',{'hirn_de':2,'brain_en':2}),
 ('de','compound','Krebs Lunge Stadium 4 Behandlung','s_lunge','lassen sich oft gezielt mit Tabletten behandeln',{'s_lunge':2,'lung_en':2,'lunge_de':2}),
 ('de','compound','Haut Krebs Vorsorge Untersuchung','haut_de','die gesamte Haut einschließlich der Kopfhaut',{'haut_de':2,'mel_en':1}),
 ('de','compound','Herz Infarkt erste Hilfe','herz','Lagern Sie die betroffene Person mit erhöhtem Oberkörper',{'herz':2}),
 ('de','compound','Selbsthilfe Gruppe Krebs','selbst_de','In Selbsthilfegruppen treffen sich Menschen, die Ähnliches erleben',{'selbst_de':2,'supp_en':2,'s_group':2}),
 ('de','compound','Blut Zucker Langzeitwert','diab_de','das sogenannte Langzeitgedächtnis des Blutzuckers',{'diab_de':2,'diab_en':2}),
 ('de','compound','Ernährung Beratung Krebs Gewicht','ern_de','Gewicht halten ist wichtiger als Abnehmen',{'ern_de':2,'nutr_en':2,'s_leber':1}),
 ('de','compound','Mundschleimhautentzündung Chemo','ern_de','sind weiche, milde und lauwarme Speisen besser verträglich',{'ern_de':2,'side_en':2,'chemo_de':1,'nutr_en':1}),
 # ---------------- German, umlaut ----------------
 ('de','umlaut','Ubelkeit bei Chemo vorbeugen','chemo_de','wirksame Medikamente, die Übelkeit und Erbrechen vorbeugen',{'chemo_de':2,'s_nausea':2,'side_en':2,'chemo_en':2,'ern_de':1,'nutr_en':1}),
 ('de','umlaut','Schlafstorungen was hilft','schlaf_de','feste Aufsteh- und Zubettgehzeiten, auch am Wochenende',{'schlaf_de':2,'sleep_en':2,'s_sleep':1}),
 ('de','umlaut','Ernaehrung bei Krebs kein Appetit','ern_de','mehrere kleine Portionen zu essen',{'ern_de':2,'nutr_en':2,'s_leber':1}),
 ('de','umlaut','Angststoerung Behandlung Therapie','angst','Als besonders wirksam gilt die kognitive Verhaltenstherapie',{'angst':2,'anx_en':2}),
 ('de','umlaut','immer mude und erschopft nach Krebs','fat_de','bessert sich durch Schlaf oder Ruhe kaum',{'fat_de':2,'fat_en':2,'s_sleep':2,'chemo_de':1}),
 ('de','umlaut','Fieber beim Saeugling wann zum Arzt','fieber','Fieber bei Säuglingen unter drei Monaten',{'fieber':2}),
 ('de','umlaut','Immuntherapie Nebenwirkung Schilddruese','immun_de','Veränderungen der Schilddrüse sowie Müdigkeit',{'immun_de':2,'immun_en':2,'s_immun':1}),
 ('de','umlaut','Fruherkennung Prostatakrebs ab wann','prost_de','ab 45 Jahren einmal jährlich Anspruch',{'prost_de':2,'prost_en':1}),
 ('de','umlaut','was ist das Schmerzgedachtnis','schmerz_de','Fachleute sprechen vom Schmerzgedächtnis',{'schmerz_de':2,'pain_en':2}),
 ('de','umlaut','Muttermal verandert sich Hautkrebs','haut_de','Veränderungen in Größe, Form oder Farbe',{'haut_de':2,'mel_en':2}),
 # ---------------- German, crosslang (answer only in English articles) ----------------
 ('de','crosslang','Asthma beim Kind Inhalator mit Vorschaltkammer','asthma','Inhalers work best with a spacer',{'asthma':2}),
 ('de','crosslang','Bluthochdruck senken mit weniger Salz','bp','much of it is hidden in bread',{'bp':2}),
 ('de','crosslang','Kühlhaube gegen Haarausfall bei Chemo','chemo_en','Scalp cooling may reduce hair loss',{'chemo_en':2,'chemo_de':1}),
 ('de','crosslang','Knochenmetastasen Kalzium im Blut erhöht','s_bone','high calcium levels in the blood',{'s_bone':2,'strahl_de':1,'radio_en':1}),
 ('de','crosslang','CAR-T-Zelltherapie wie funktioniert das','immun_en','collected and modified in a laboratory',{'immun_en':2,'immun_de':1}),
 ('de','crosslang','Gleason-Score was bedeutet das','prost_en','describes how abnormal the cells look',{'prost_en':2,'prost_de':1}),
]

# New queries (q111 ...), split among themselves after Q. `short`: 1-3 words in the reader's
# language, answered by an article in that language with the typed words, no expansion needed.
Q_NEW = [
 # ---------------- English, short ----------------
 ('en','short','nausea','s_nausea','prevention has improved considerably',{'s_nausea':2,'side_en':2,'chemo_en':2,'chemo_de':2,'ern_de':2,'nutr_en':1}),
 ('en','short','sleep problems','sleep_en','regular trouble falling asleep, staying asleep',{'sleep_en':2,'s_sleep':2,'schlaf_de':2}),
 ('en','short','pain','pain_en',"Pain is the body's alarm system",{'pain_en':2,'schmerz_de':2,'s_bone':1,'radio_en':1,'s_pall':1,'pall_de':1,'strahl_de':1}),
 ('en','short','melanoma','mel_en','Melanoma develops from melanocytes',{'mel_en':2,'haut_de':2,'immun_en':1,'targ_en':1}),
 ('en','short','lung cancer','lung_en','starts in the cells lining the airways',{'lung_en':2,'lunge_de':2,'s_lunge':2,'targ_en':1,'ziel_de':1}),
 ('en','short','support group','s_group','Support groups bring together people facing similar experiences',{'s_group':2,'supp_en':2,'selbst_de':2}),
 ('en','short','hair loss','chemo_en','Some cause complete loss, others only thinning',{'chemo_en':2,'chemo_de':2,'strahl_de':1}),
 ('en','short','hot flushes','hormon_en','your team can suggest options for hot flushes',{'hormon_en':2,'hormon_de':2,'prost_en':1}),
 ('en','short','flu vaccine','vacc_en','offered every year because flu viruses change',{'vacc_en':2,'impf_de':2}),
 ('en','short','insomnia','sleep_en','doctors call it chronic insomnia',{'sleep_en':2,'schlaf_de':2,'s_sleep':1}),
 ('en','short','panic attack','anx_en','a sudden surge of intense fear',{'anx_en':2,'angst':2}),
 ('en','short','depression','dep_en','It is a common mental health condition',{'dep_en':2,'dep_de':2,'supp_en':1}),
 ('en','short','high blood pressure','bp','also called hypertension, means the pressure stays raised',{'bp':2}),
 ('en','short','type 2 diabetes','diab_en','Type 2 diabetes is a long-term condition',{'diab_en':2,'diab_de':2}),
 ('en','short','childhood asthma','asthma','most common long-term conditions in childhood',{'asthma':2}),
 ('en','short','palliative care','pall_en','Palliative care is specialised medical care',{'pall_en':2,'s_pall':2,'pall_de':2,'supp_en':1,'s_mbc':1,'s_lunge':1,'lung_en':1}),
 ('en','short','clinical trials','trial_en','Clinical trials are research studies that test',{'trial_en':2,'studien_de':2}),
 ('en','short','brain metastases','brain_en','They are sometimes called secondary brain tumours',{'brain_en':2,'hirn_de':2,'radio_en':1,'strahl_de':1}),
 ('en','short','immunotherapy','immun_en','Immunotherapy is a group of treatments',{'immun_en':2,'s_immun':2,'immun_de':2}),
 ('en','short','fatigue','fat_en','Cancer-related fatigue is a persistent feeling',{'fat_en':2,'s_sleep':2,'fat_de':2,'chemo_en':1,'chemo_de':1}),
 ('en','short','radiotherapy','radio_en','Radiotherapy uses high-energy X-rays or similar beams',{'radio_en':2,'strahl_de':2,'side_en':1}),
 ('en','short','hormone therapy','hormon_en','Hormone therapy is also called endocrine therapy',{'hormon_en':2,'hormon_de':2,'prost_en':1,'s_mbc':1}),
 ('en','short','scanxiety','rem_en','Uncertainty before each scan',{'rem_en':2,'rem_de':2}),
 # ---------------- German, short ----------------
 ('de','short','Übelkeit','chemo_de','Übelkeit gehört zu den Nebenwirkungen',{'chemo_de':2,'ern_de':2,'s_nausea':2,'side_en':2,'chemo_en':2,'nutr_en':1}),
 ('de','short','Schlafstörungen','schlaf_de','Von einer Schlafstörung spricht man',{'schlaf_de':2,'sleep_en':2,'s_sleep':2}),
 ('de','short','Lungenkrebs','lunge_de','medizinisch Bronchialkarzinom genannt',{'lunge_de':2,'s_lunge':2,'lung_en':2,'ziel_de':1,'targ_en':1}),
 ('de','short','Schmerzen','schmerz_de','Akuter Schmerz ist ein sinnvolles Warnsignal',{'schmerz_de':2,'pain_en':2,'pall_de':1,'strahl_de':1,'s_bone':1,'radio_en':1,'s_pall':1}),
 ('de','short','Melanom','haut_de','Das Melanom entsteht aus den pigmentbildenden Zellen',{'haut_de':2,'mel_en':2,'immun_de':1,'ziel_de':1}),
 ('de','short','Selbsthilfegruppe','selbst_de','Der Austausch mit anderen Betroffenen kann entlasten',{'selbst_de':2,'s_group':2,'supp_en':2}),
 ('de','short','Haarausfall','chemo_de','Nicht jede Chemotherapie führt zu Haarausfall',{'chemo_de':2,'chemo_en':2,'strahl_de':1}),
 ('de','short','Fieber','fieber','Fieber ist bei Kindern sehr häufig',{'fieber':2,'chemo_de':1,'chemo_en':1}),
 ('de','short','Grippeimpfung','impf_de','Die Grippeimpfung wird jährlich im Herbst empfohlen',{'impf_de':2,'vacc_en':2}),
 ('de','short','Depression','dep_de','mehr als eine vorübergehende Verstimmung',{'dep_de':2,'dep_en':2,'supp_en':1}),
 ('de','short','Panikattacke','angst','Eine Panikattacke beginnt meist plötzlich',{'angst':2,'anx_en':2}),
 ('de','short','Herzinfarkt','herz','medizinisch Myokardinfarkt genannt',{'herz':2}),
 ('de','short','Diabetes Typ 2','diab_de','kann der Körper den Zucker aus der Nahrung',{'diab_de':2,'diab_en':2}),
 ('de','short','Palliativmedizin','pall_de','Palliativmedizin kümmert sich um Menschen',{'pall_de':2,'pall_en':2,'s_pall':2,'supp_en':1,'s_mbc':1,'s_lunge':1,'lung_en':1}),
 ('de','short','Klinische Studien','studien_de','Klinische Studien sind wissenschaftliche Untersuchungen am Menschen',{'studien_de':2,'trial_en':2}),
 ('de','short','Hirnmetastasen','hirn_de','Hirnmetastasen sind Absiedlungen eines Tumors',{'hirn_de':2,'brain_en':2,'strahl_de':1,'radio_en':1}),
 ('de','short','Immuntherapie','immun_de','Genau hier setzt die moderne Immuntherapie an',{'immun_de':2,'immun_en':2,'s_immun':2}),
 ('de','short','Fatigue','fat_de','die als Fatigue bezeichnet wird',{'fat_de':2,'fat_en':2,'s_sleep':2,'chemo_de':1,'chemo_en':1}),
 ('de','short','Strahlentherapie','strahl_de','Bei einer Strahlentherapie wird energiereiche Strahlung gezielt',{'strahl_de':2,'radio_en':2,'side_en':1}),
 ('de','short','Lebermetastasen','s_leber','Lebermetastasen können bei vielen Krebsarten auftreten',{'s_leber':2,'op_de':2,'surg_en':2}),
 ('de','short','Mammographie','brust','alle zwei Jahre schriftlich zu einer Mammographie eingeladen',{'brust':2}),
 ('de','short','Prostatakrebs','prost_de','die häufigste Krebserkrankung bei Männern in Deutschland',{'prost_de':2,'prost_en':2}),
 ('de','short','Angststörung','angst','Dann sprechen Fachleute von einer Angststörung',{'angst':2,'anx_en':2}),
 # ---------------- German, natural ----------------
 ('de','natural','Wie wirkt eine Immuntherapie?','immun_de','die körpereigene Abwehr wieder in die Lage versetzen',{'immun_de':2,'immun_en':2,'s_immun':1}),
 ('de','natural','Was tun bei Fieber beim Kind?','fieber','Sorgen Sie für Ruhe, leichte Kleidung',{'fieber':2}),
 ('de','natural','Wann muss ich bei Fieber während der Chemo in die Klinik?','chemo_de','Fieber während einer Chemotherapie ist ein Warnsignal',{'chemo_de':2,'chemo_en':2,'side_en':1,'s_lunge':1}),
 ('de','natural','Wie wird Lungenkrebs behandelt?','lunge_de','die wichtigste Maßnahme mit Aussicht auf Heilung',{'lunge_de':2,'s_lunge':2,'lung_en':2}),
 ('de','natural','Was ist eine Flüssigbiopsie?','genom_de','Bruchstücke von Tumorerbgut im Blut untersucht werden',{'genom_de':2,'genom_en':2,'ziel_de':1}),
 ('de','natural','Welche Nebenwirkungen hat eine zielgerichtete Therapie?','ziel_de','Häufig sind Hautveränderungen wie akneartiger Ausschlag',{'ziel_de':2,'targ_en':2,'side_en':1}),
 ('de','natural','Was ist der Unterschied zwischen Tamoxifen und Aromatasehemmern?','hormon_de','das die Östrogenrezeptoren blockiert',{'hormon_de':2,'hormon_en':2}),
 ('de','natural','Wie erkenne ich einen Herzinfarkt bei Frauen?','herz','Statt des klassischen Brustschmerzes stehen dann Atemnot',{'herz':2}),
 ('de','natural','Was kann ich selbst gegen Schlafstörungen tun?','schlaf_de','Unter Schlafhygiene versteht man Gewohnheiten',{'schlaf_de':2,'sleep_en':2,'s_sleep':2}),
 ('de','natural','Wie lange dauert es, bis Antidepressiva wirken?','dep_de','Wirkung setzt aber meist erst nach einigen Wochen',{'dep_de':2,'dep_en':2}),
 ('de','natural','Muss ich die Mammographie selbst bezahlen?','brust','für gesetzlich Versicherte kostenfrei',{'brust':2}),
 ('de','natural','Welche Impfungen sind bei Immunschwäche gefährlich?','impf_de','Lebendimpfstoffe, die abgeschwächte vermehrungsfähige Erreger enthalten',{'impf_de':2,'vacc_en':2}),
 ('de','natural','Was passiert bei einer Panikattacke im Körper?','angst','Typisch sind Herzrasen, Atemnot',{'angst':2,'anx_en':2}),
 ('de','natural','Wie oft habe ich Anspruch auf ein Hautkrebs-Screening?','haut_de','Anspruch auf ein Hautkrebs-Screening',{'haut_de':2,'mel_en':1}),
 ('de','natural','Was bedeutet ein erhöhter PSA-Wert?','prost_de','Ein einzelner Wert ist daher nie eine Diagnose',{'prost_de':2,'prost_en':2}),
 ('de','natural','Helfen Krebsdiäten gegen den Tumor?','ern_de','Für solche Versprechen gibt es keine verlässlichen Belege',{'ern_de':2,'nutr_en':2}),
 ('de','natural','Warum wird bei Lungenkrebs das Tumorgewebe auf Veränderungen untersucht?','lunge_de','auf bestimmte genetische Veränderungen und Eiweißmerkmale untersucht',{'lunge_de':2,'s_lunge':2,'ziel_de':2,'lung_en':2,'targ_en':2,'genom_de':1}),
 ('de','natural','Was ist der Unterschied zwischen somatischer Mutation und Keimbahnmutation?','genom_de','Eine somatische Mutation ist nur im Tumor vorhanden',{'genom_de':2,'genom_en':2,'s_genom':2}),
 ('de','natural','Was bedeutet stabile Erkrankung?','rem_de','Als stabile Erkrankung bezeichnet man einen Zustand',{'rem_de':2,'rem_en':2}),
 ('de','natural','Können Lungenmetastasen operiert werden?','op_de','können unter bestimmten Voraussetzungen operativ entfernt werden',{'op_de':2,'surg_en':2}),
 ('de','natural','Wie hilft Psychoonkologie?','selbst_de','beschäftigt sich mit den seelischen und sozialen Folgen',{'selbst_de':2,'supp_en':2}),
 ('de','natural','Wie senke ich meinen Blutzucker?','diab_de','kann den Blutzucker senken',{'diab_de':2,'diab_en':2}),
 ('de','natural','Was ist ein Fieberkrampf?','fieber','Manche Kinder erleiden bei steigendem Fieber einen Fieberkrampf',{'fieber':2}),
 # ---------------- English, natural ----------------
 ('en','natural','How does immunotherapy work?','immun_en','recognise and attack cancer again',{'immun_en':2,'immun_de':2,'s_immun':1}),
 ('en','natural','What is the ABCDE rule for moles?','mel_en','Asymmetry, where the two halves look different',{'mel_en':2,'haut_de':2}),
 ('en','natural','How is small cell lung cancer treated?','lung_en','is usually treated with chemotherapy, often combined',{'lung_en':2,'lunge_de':2}),
 ('en','natural','What is a spacer for an inhaler?','asthma','a plastic chamber that makes it easier',{'asthma':2}),
 ('en','natural','How can I lower my blood pressure without medicine?','bp','Cutting down on salt',{'bp':2}),
 ('en','natural','What is HbA1c?','diab_en','which reflects average glucose over the previous two',{'diab_en':2,'diab_de':2}),
 ('en','natural','Can I leave a clinical trial after signing the consent form?','trial_en','you can leave a trial at any time',{'trial_en':2,'studien_de':2}),
 ('en','natural','What is the difference between somatic and germline testing?','genom_en','changes found only in the cancer cells',{'genom_en':2,'s_genom':2,'genom_de':2}),
 ('en','natural','What is a molecular tumour board?','genom_en','a regular meeting where oncologists, pathologists, geneticists',{'genom_en':2,'genom_de':2}),
 ('en','natural','Why do targeted drugs stop working?','targ_en','This is called resistance',{'targ_en':2,'ziel_de':2}),
 ('en','natural','What does stable disease mean on a scan?','rem_en','Stable disease can sound disappointing',{'rem_en':2,'rem_de':2}),
 ('en','natural','Is it normal to feel nervous at my first support group meeting?','s_group','normal to feel nervous the first time',{'s_group':2,'supp_en':1}),
 ('en','natural','Does exercise help with cancer-related fatigue?','fat_en','best-supported ways to reduce cancer-related fatigue',{'fat_en':2,'s_sleep':2,'fat_de':2}),
 ('en','natural','What are the side effects of hormone therapy for prostate cancer?','prost_en','can cause hot flushes, tiredness, weight gain',{'prost_en':2}),
 ('en','natural','What is spinal cord compression?','radio_en','These can be signs of spinal cord compression',{'radio_en':2,'s_bone':2,'strahl_de':2}),
 ('en','natural','Can liver metastases be removed by surgery?','surg_en','When metastases are confined to the liver',{'surg_en':2,'op_de':2,'s_leber':2}),
 ('en','natural','Why should my family get the flu vaccine?','vacc_en','Family and close contacts can help protect you',{'vacc_en':2,'impf_de':2}),
 ('en','natural','How long does a panic attack last?','anx_en','usually within ten to twenty minutes',{'anx_en':2,'angst':1}),
 ('en','natural','What is central sensitisation?','pain_en','This is called central sensitisation',{'pain_en':2,'schmerz_de':2}),
 ('en','natural','What does a Gleason score tell me?','prost_en','The tissue is graded using the Gleason score',{'prost_en':2,'prost_de':1}),
 ('en','natural','How do CDK4/6 inhibitors work?','hormon_en','slow down cell division',{'hormon_en':2,'hormon_de':1}),
 ('en','natural','What should I eat after cancer treatment ends?','nutr_en','the focus often shifts towards long-term health',{'nutr_en':2}),
 ('en','natural','Why should I avoid sunbeds?','mel_en','Avoid sunbeds entirely',{'mel_en':2,'haut_de':2}),
 ('en','natural','Is whole-brain radiotherapy still used?','brain_en','used less often today but still helpful',{'brain_en':2,'strahl_de':2,'hirn_de':1}),
 # ---------------- English, crosslang (answer only in a German article) ----------------
 ('en','crosslang','What are the warning signs of a heart attack?','herz','Das bekannteste Symptom ist ein starker Brustschmerz',{'herz':2}),
]

CATS = ['natural','keyword','compound','umlaut','typo','lay','crosslang','short']

# The language of an article is its folder's (de/, en/); a page of any other folder (scraped/
# pages are explainers inside a site's chrome, in either language) has the language of its
# text, read page by page and recorded here.
TEXT_LANGUAGE = {
 'scraped/beitrag-bone-metastases-pain.txt': 'en',
 'scraped/beitrag-chemotherapy-nausea.html': 'en',
 'scraped/blog-lebermetastasen-verstehen.txt': 'de',
 'scraped/forum-genomic-test-report.html': 'en',
 'scraped/forum-immunotherapy-questions.txt': 'en',
 'scraped/forum-sleep-fatigue-treatment.txt': 'en',
 'scraped/group-leben-mit-lungenkrebs-stadium-iv.html': 'de',
 'scraped/gruppe-metastatic-breast-cancer-treatment-choices.txt': 'en',
 'scraped/gruppe-palliative-care-teams.txt': 'en',
 'scraped/gruppen-finding-a-support-group.html': 'en',
}

CORPUS = os.path.normpath(os.path.join(HERE, '..', '..', 'corpus'))
GERMAN_HINTS = {'der', 'die', 'das', 'und', 'nicht', 'ist', 'mit', 'sich', 'bei', 'auch', 'eine'}
ENGLISH_HINTS = {'the', 'and', 'of', 'to', 'is', 'with', 'that', 'for', 'can', 'are', 'your'}


def guess_text_language(path):
    """For a page of an extra set missing from TEXT_LANGUAGE: the language whose stop words
    the text holds more of. Said aloud, so that the page gets read and recorded."""
    try:
        with open(os.path.join(CORPUS, path), encoding='utf-8') as f:
            words = f.read().lower().split()
    except OSError as error:
        sys.exit(f'{path}: language unknown (not in TEXT_LANGUAGE or an extra set\'s TEXT_LANGUAGE_EXTRA) '
                 f'and its text cannot be read: {error.strerror}')
    german = sum(w in GERMAN_HINTS for w in words)
    english = sum(w in ENGLISH_HINTS for w in words)
    language = 'de' if german > english else 'en'
    print(f'note: {path} is not in TEXT_LANGUAGE; its text reads as {language!r}', file=sys.stderr)
    return language


def article_language(path, extra_languages):
    folder = path.split('/')[0]
    if folder in ('de', 'en'):
        return folder
    if path in TEXT_LANGUAGE:
        return TEXT_LANGUAGE[path]
    if path not in extra_languages:
        extra_languages[path] = guess_text_language(path)
    return extra_languages[path]


def language_grades(query_language, hand_grades, language_of):
    """What a reader wants: an answer in their own language. An article that answers (hand
    grade 2) in the other language is graded 1, unless no article in the query's language
    answers (as for `crosslang`): then it is the answer and stays 2. Grade-1 articles stay 1."""
    answered_in_own = any(g == 2 and language_of(d) == query_language for d, g in hand_grades.items())
    return {d: 1 if g == 2 and answered_in_own and language_of(d) != query_language else g
            for d, g in hand_grades.items()}


def load_extra_sets():
    """Every extra_*.py beside this script, in file-name order: D_EXTRA (key -> corpus path),
    Q_EXTRA (tuples as in Q), optionally TEXT_LANGUAGE_EXTRA (corpus path -> 'de'/'en') and
    J_EXTRA (text of an earlier query -> {article key: hand grade}: the set's articles judged for
    queries that were written before them). None present is fine."""
    sets = []
    for name in sorted(os.listdir(HERE)):
        if not (name.startswith('extra_') and name.endswith('.py')):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        articles = getattr(module, 'D_EXTRA', {})
        queries = getattr(module, 'Q_EXTRA', [])
        languages = getattr(module, 'TEXT_LANGUAGE_EXTRA', {})
        judgments = getattr(module, 'J_EXTRA', {})
        if not all(isinstance(x, dict) for x in (articles, languages, judgments)) or not isinstance(queries, list):
            sys.exit(f'{name}: D_EXTRA, TEXT_LANGUAGE_EXTRA and J_EXTRA must be dicts, Q_EXTRA a list')
        sets.append((name, articles, queries, languages, judgments))
    return sets


def merge_articles(articles, extra, source):
    for key, path in extra.items():
        if articles.get(key, path) != path:
            sys.exit(f'{source}: article key {key!r} is {path!r} there but {articles[key]!r} already')
        articles[key] = path


def assign_splits(batch, split):
    """Within each (category, language) group of the batch, in id order, alternate dev/test;
    each group starts with whichever split holds fewer of the batch's queries so far (dev on
    ties). Each batch is split on its own, so adding a batch never moves an earlier query."""
    count = {'dev': 0, 'test': 0}
    for cat in CATS:
        for lang in ('en', 'de'):
            group = [r for r in batch if r['cat'] == cat and r['lang'] == lang]
            if not group:
                continue
            first = 'dev' if count['dev'] <= count['test'] else 'test'
            other = 'test' if first == 'dev' else 'dev'
            for j, r in enumerate(group):
                s = first if j % 2 == 0 else other
                split[r['_id']] = s
                count[s] += 1


def make_rows(batch_queries, articles, first_number, language_of, source):
    rows = []
    for i, (lang, cat, text, best, phrase, hand) in enumerate(batch_queries, first_number):
        qid = f"q{i:03d}"
        where = f'{source} {qid} ({text!r})'
        if cat not in CATS or lang not in ('de', 'en'):
            sys.exit(f'{where}: unknown category {cat!r} or language {lang!r}')
        missing = [k for k in hand if k not in articles]
        if missing:
            sys.exit(f'{where}: unknown article keys {missing}')
        if list(hand)[0] != best or hand[best] != 2:
            sys.exit(f'{where}: the best article must be the first key, with grade 2')
        qrels = language_grades(lang, {articles[k]: g for k, g in hand.items()}, language_of)
        if qrels[articles[best]] != 2:
            sys.exit(f'{where}: best article {best} is in the other language while one in {lang} answers')
        rows.append(dict(_id=qid, text=text, lang=lang, cat=cat, phrase=phrase, qrels=qrels,
                         answer_language=language_of(articles[best])))
    return rows


def add_later_judgments(batches, later_judgments):
    """The batches with each J_EXTRA grade added to the query of that text."""
    texts = {q[2] for _, queries in batches for q in queries}
    for name, judgments in later_judgments:
        unknown = [t for t in judgments if t not in texts]
        if unknown:
            sys.exit(f'{name}: J_EXTRA names queries that do not exist: {unknown}')
    updated = []
    for source, queries in batches:
        rows = []
        for lang, cat, text, best, phrase, hand in queries:
            hand = dict(hand)
            for name, judgments in later_judgments:
                for key, grade in judgments.get(text, {}).items():
                    if key in hand:
                        sys.exit(f'{name}: J_EXTRA judges {key!r} for {text!r} again')
                    hand[key] = grade
            rows.append((lang, cat, text, best, phrase, hand))
        updated.append((source, rows))
    return updated


def main():
    articles = dict(D)
    extra_languages = {}
    batches = [('build_collection.py Q', Q), ('build_collection.py Q_NEW', Q_NEW)]
    later_judgments = []
    for name, extra_articles, extra_queries, languages, judgments in load_extra_sets():
        merge_articles(articles, extra_articles, name)
        extra_languages.update(languages)
        batches.append((name, extra_queries))
        later_judgments.append((name, judgments))
    batches = add_later_judgments(batches, later_judgments)

    def language_of(path):
        return article_language(path, extra_languages)

    rows, split = [], {}
    for source, batch_queries in batches:
        batch = make_rows(batch_queries, articles, len(rows) + 1, language_of, source)
        assign_splits(batch, split)
        rows += batch
    with open(os.path.join(HERE, 'queries.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps({'_id': r['_id'], 'text': r['text'],
                                'metadata': {'language': r['lang'], 'category': r['cat'],
                                             'answer_phrase': r['phrase'],
                                             'answer_language': r['answer_language']}},
                               ensure_ascii=False) + '\n')
    os.makedirs(os.path.join(HERE, 'qrels'), exist_ok=True)
    for s in ('dev', 'test'):
        with open(os.path.join(HERE, 'qrels', f'{s}.tsv'), 'w', encoding='utf-8') as f:
            f.write('query-id\tcorpus-id\tscore\n')
            for r in rows:
                if split[r['_id']] != s:
                    continue
                for doc, g in r['qrels'].items():
                    f.write(f"{r['_id']}\t{doc}\t{g}\n")
    print({s: sum(v == s for v in split.values()) for s in ('dev', 'test')})

if __name__ == '__main__':
    main()
