#!/usr/bin/env python3
"""Writes the bundled leaflets of corpus/leaflets/ and the broken PDFs of tests/data/pdf/.

Python's standard library only: each PDF is Helvetica text in WinAnsi encoding, laid out line by
line as a word processor would print it (running header, page numbers, footnotes, words
hyphenated at line ends). The .txt leaflets are the same kind of content as pdftotext prints it
(form feeds between pages). The outputs are committed, so the corpus works without this script;
run it again after editing a leaflet: python3 tools/make_sample_pdfs.py
"""

import hashlib
import pathlib
import zlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "leaflets"
BAD = ROOT / "tests" / "data" / "pdf"

# A page is a list of blocks: ("h1"|"h2", text), ("p", [lines]) or ("fn", [lines]) for the
# footnotes at the page's foot. A paragraph may run on to the next page.

PORT_KATHETER = {
    "title": "Der Port-Katheter",
    "header": "Klinikum Lindenhof \u00b7 Klinik f\u00fcr Onkologie \u00b7 Patienteninformation",
    "footer": "Seite {page} von {pages}",
    "pages": [
        [
            ("h1", "Der Port-Katheter"),
            ("h2", "Was ist ein Port?"),
            ("p", [
                "Ein Port ist ein kleines Reservoir aus Kunststoff oder Titan, das unter die Haut unter-",
                "halb des Schl\u00fcsselbeins gesetzt wird. Von ihm f\u00fchrt ein d\u00fcnner Schlauch, der Port-",
                "Katheter, in eine gro\u00dfe Vene nahe dem Herzen. So k\u00f6nnen Medikamente f\u00fcr die Be-",
                "handlung, etwa eine Chemotherapie, sicher in den Blutkreislauf gelangen, ohne dass",
                "bei jeder Gabe eine Vene am Arm gesucht werden muss.\u00b9",
            ]),
            ("h2", "Wie wird der Port eingesetzt?"),
            ("p", [
                "Der Eingriff dauert meist weniger als eine Stunde und erfolgt in \u00f6rtlicher Bet\u00e4ubung,",
                "manchmal mit einem leichten Schlafmittel. \u00dcber einen kleinen Schnitt wird der Katheter",
                "in die Vene geschoben und seine Lage mit Ultraschall oder R\u00f6ntgen kontrolliert. Die Wun-",
                "de wird gen\u00e4ht oder geklebt und heilt in der Regel innerhalb von ein bis zwei Wochen.\u00b2",
            ]),
            ("h2", "Der Alltag mit dem Port"),
            ("p", [
                "Sobald die Wunde verheilt ist, k\u00f6nnen Sie duschen, baden und sich normal bewegen. Der",
                "Port ist unter der Haut als kleine Erhebung tastbar. Schweres Heben und Sport mit star-",
                "kem Armeinsatz sollten Sie in den ersten Tagen nach dem Eingriff meiden. Fragen Sie",
            ]),
            ("fn", [
                "\u00b9 Fachbegriff: vollst\u00e4ndig implantierbares ven\u00f6ses Kathetersystem.",
                "\u00b2 Die F\u00e4den werden, falls n\u00f6tig, nach etwa zehn Tagen entfernt.",
            ]),
        ],
        [
            ("p", ["Ihr Behandlungsteam, ab wann Sie wieder wie gewohnt Sport treiben d\u00fcrfen."]),
            ("h2", "Wie wird der Port benutzt?"),
            ("p", [
                "F\u00fcr jede Infusion sticht eine Pflegekraft mit einer speziellen Nadel durch die Haut in",
                "die Membran des Ports. Das ist meist nur ein kurzer Stich; auf Wunsch kann die Haut vor-",
                "her mit einer bet\u00e4ubenden Creme behandelt werden. Nach der Gabe wird der Port gesp\u00fclt,",
                "damit sich kein Blutgerinnsel bildet. Wird er l\u00e4ngere Zeit nicht benutzt, wird er in",
                "regelm\u00e4\u00dfigen Abst\u00e4nden gesp\u00fclt, oft alle drei Monate.\u00b3",
            ]),
            ("h2", "Wann sollten Sie sich sofort melden?"),
            ("p", [
                "Rufen Sie umgehend an, wenn die Haut \u00fcber dem Port rot, warm oder geschwollen ist,",
                "wenn Fl\u00fcssigkeit austritt, wenn Sie Fieber oder Sch\u00fcttelfrost bekommen oder wenn Arm,",
                "Hals oder Gesicht auf der K\u00f6rperh\u00e4lfte des Ports anschwellen. Das k\u00f6nnen Zeichen einer Infek-",
                "tion oder einer Thrombose sein, die rasch behandelt werden m\u00fcssen.",
            ]),
            ("fn", ["\u00b3 Die Abst\u00e4nde unterscheiden sich zwischen den Kliniken."]),
        ],
        [
            ("h2", "Wie lange bleibt der Port?"),
            ("p", [
                "Ein Port kann viele Monate bis Jahre im K\u00f6rper bleiben. Wird er nicht mehr gebraucht,",
                "wird er in einem kurzen Eingriff, wieder in \u00f6rtlicher Bet\u00e4ubung, entfernt.",
            ]),
            ("h2", "Fragen zum Port"),
            ("p", [
                "Bei Fragen erreichen Sie die onkologische Ambulanz werktags von 8 bis 16 Uhr. Au\u00dfer-",
                "halb dieser Zeiten wenden Sie sich an die Notaufnahme.",
            ]),
        ],
    ],
}

FEVER_GUIDELINE = {
    "title": "Fever during chemotherapy: a guideline summary for patients",
    "header": "Riverside Cancer Centre | Patient guideline summary",
    "footer": "Page {page} of {pages}",
    "pages": [
        [
            ("h1", "Fever during chemotherapy"),
            ("h2", "Why a fever matters"),
            ("p", [
                "Many chemotherapy drugs lower the number of neutrophils, the white blood cells that",
                "fight bacteria. This is called neutropenia1 and is usually deepest about seven to",
                "fourteen days after a treatment cycle. With few neutrophils an infection can spread",
                "quickly, and a fever may be the first and only sign of it.",
            ]),
            ("h2", "What counts as a fever"),
            ("p", [
                "Take your temperature if you feel hot, shivery or unwell. A temperature of 38 \u00b0C or",
                "higher is a reason to call your cancer team straight away, at any time of day or night.2",
                "Some centres use a slightly different threshold: follow the advice on your alert card.",
            ]),
            ("h2", "What to do"),
            ("p", [
                "Call the number on your alert card, even if the fever goes down again. Do not wait un-",
                "til the next morning. Do not take paracetamol or ibuprofen to bring the temperature",
                "down before you have called, because they can hide a fever. You will usually be asked",
                "to come in so that blood tests can be taken and antibiotics started quickly, often",
            ]),
            ("fn", [
                "1 From Greek: too few neutrophils.",
                "2 Keep a working thermometer at home during treatment.",
            ]),
        ],
        [
            ("p", ["within an hour of arriving."]),
            ("h2", "Other warning signs"),
            ("p", [
                "Call as well if you have shivering or chills, a new cough or shortness of breath, burn-",
                "ing when passing urine, diarrhoea that does not settle, redness or pain around a line",
                "or port, or if you simply feel much more unwell than expected.",
            ]),
            ("h2", "Lowering the risk of infection"),
            ("p", [
                "Wash your hands often, especially before eating and after using the toilet. Avoid close",
                "contact with people who have an infection. Your team may offer injections of a growth",
                "factor that helps the bone marrow make neutrophils faster, or antibiotic tablets to",
                "take at home, depending on your treatment and your own risk.",
            ]),
        ],
    ],
}

EXERCISE_GUIDELINE = {
    # A word processor's file name, as many PDFs carry: not a title, so the first heading is.
    "title": "Microsoft Word - bewegung_kurzfassung_v7.docx",
    "header": "Tumorzentrum Weserbergland \u2013 Leitlinie kompakt",
    "footer": "- {page} -",
    "pages": [
        [
            ("h1", "Bewegung w\u00e4hrend und nach einer Krebstherapie"),
            ("h2", "Kernaussagen"),
            ("p", [
                "K\u00f6rperliche Aktivit\u00e4t ist f\u00fcr die meisten Menschen mit einer Krebserkrankung sicher",
                "und hilfreich, sowohl w\u00e4hrend als auch nach der Therapie. Regelm\u00e4\u00dfige Bewegung kann",
                "Ersch\u00f6pfung (Fatigue) lindern, Kraft und Ausdauer erhalten und die Stimmung ver-",
                "bessern.",
            ]),
            ("h2", "Wie viel Bewegung wird empfohlen?"),
            ("p", [
                "Als Richtwert gelten etwa 150 Minuten m\u00e4\u00dfig anstrengende Ausdauerbewegung pro Wo-",
                "che, zum Beispiel z\u00fcgiges Gehen oder Radfahren, verteilt auf mehrere Tage. Dazu kommt",
                "zwei- bis dreimal pro Woche ein Krafttraining der gro\u00dfen Muskelgruppen. Wer bisher",
                "wenig aktiv war, beginnt mit kurzen Einheiten und steigert sich langsam. Jede Bewe-",
            ]),
        ],
        [
            ("p", ["gung ist besser als keine."]),
            ("h2", "Wann ist Vorsicht geboten?"),
            ("p", [
                "Sprechen Sie vor dem Training mit Ihrem Behandlungsteam, wenn Sie Fieber haben,",
                "wenn die Zahl der Blutpl\u00e4ttchen oder der roten Blutk\u00f6rperchen stark erniedrigt ist,",
                "bei Knochenmetastasen, nach einer Operation oder bei Schwindel und Atemnot. Dann",
                "wird das Training angepasst und nicht unbedingt ganz ausgesetzt.",
            ]),
            ("h2", "Hilfe beim Einstieg"),
            ("p", [
                "Viele Zentren bieten Sport- und Bewegungsgruppen f\u00fcr Krebspatientinnen und -pati-",
                "enten an. Auch eine \u00e4rztlich verordnete Bewegungstherapie oder Rehabilitationssport",
                "kann den Einstieg erleichtern. Fragen Sie nach Angeboten in Ihrer N\u00e4he.",
            ]),
        ],
    ],
}

LYMPHOEDEMA = {
    "header": "St Aldhelm's Hospital \u00b7 Breast Care Unit",
    "footer": "Page {page}",
    "pages": [
        [
            ("h1", "Lymphoedema after breast cancer treatment"),
            ("h2", "What is lymphoedema?"),
            ("p", [
                "Lymphoedema is a swelling caused by lymph fluid that builds up in the tissues. After",
                "surgery to the lymph nodes in the armpit, or radiotherapy to that area, the lymph ves-",
                "sels of the arm may drain less well. The swelling can appear months or even years",
                "after treatment, and it is not a sign that the cancer has come back.",
            ]),
            ("h2", "Early signs"),
            ("p", [
                "Look out for a feeling of heaviness, tightness or aching in the arm, hand, breast or",
                "chest wall on the treated side, rings or a watch that feel tighter, or a sleeve that",
                "leaves marks. Tell your breast care nurse early: lymphoedema is easier to control when",
            ]),
        ],
        [
            ("p", ["it is treated soon."]),
            ("h2", "Looking after your arm"),
            ("p", [
                "Keep the skin clean and moisturised, and treat cuts, scratches and insect bites",
                "promptly, because an infection can make swelling worse. Wear gloves for gardening and",
                "household cleaning. Gentle regular exercise and using the arm normally help the lymph",
                "to flow; there is no need to rest the arm.1",
            ]),
            ("h2", "Treatment"),
            ("p", [
                "Treatment is usually given by a specialist lymphoedema therapist. It may include com-",
                "pression sleeves, a gentle massage technique called manual lymphatic drainage, skin",
                "care and exercises. If the arm becomes red, hot and painful, or you feel feverish, con-",
                "tact your team the same day, as this can be an infection (cellulitis) that needs anti-",
                "biotics.",
            ]),
            ("fn", ["1 Your physiotherapist can show you exercises for the arm and shoulder."]),
        ],
    ],
}

MOUTH_CARE = {
    "header": "Kreisklinik Hohenau \u2013 Station 4B Onkologie",
    "footer": "Seite {page} von {pages}",
    "pages": [
        [
            ("h1", "Mundpflege w\u00e4hrend der Chemotherapie"),
            ("h2", "Warum der Mund besonders empfindlich ist"),
            ("p", [
                "Chemotherapie und eine Bestrahlung im Kopf-",
                "Hals-Bereich greifen auch die Schleimhaut des Mundes an, die sich sonst schnell",
                "erneuert. Es kann zu R\u00f6tungen, Brennen, wunden Stellen und Geschmacksver\u00e4nderungen",
                "kommen. Fachleute sprechen von einer Mukositis\u00b9.",
            ]),
            ("h2", "T\u00e4gliche Pflege"),
            ("p", [
                "Putzen Sie die Z\u00e4hne nach jeder Mahlzeit mit einer weichen Zahnb\u00fcrste und einer mil-",
                "den Zahnpasta. Sp\u00fclen Sie den Mund mehrmals t\u00e4glich mit Wasser oder einer vom Be-",
                "handlungsteam empfohlenen L\u00f6sung. Alkoholhaltige Mundsp\u00fclungen sollten Sie meiden,",
                "weil sie die Schleimhaut zus\u00e4tzlich reizen. Zahnprothesen werden nach dem Essen ge-",
            ]),
            ("fn", ["\u00b9 Mukositis: Entz\u00fcndung der Schleimhaut."]),
        ],
        [
            ("p", ["reinigt und nachts herausgenommen."]),
            ("h2", "Essen und Trinken"),
            ("p", [
                "Trinken Sie ausreichend, damit der Mund feucht bleibt. Weiche, lauwarme Speisen sind",
                "meist angenehmer als scharfe, saure oder sehr hei\u00dfe. Das Lutschen von Eisw\u00fcrfeln kann",
                "bei manchen Chemotherapien die Schleimhaut sch\u00fctzen; fragen Sie, ob das f\u00fcr Ihre Be-",
                "handlung sinnvoll ist.",
            ]),
            ("h2", "Wann Sie sich melden sollten"),
            ("p", [
                "Melden Sie sich, wenn Schmerzen Sie am Essen oder Trinken hindern, wenn wei\u00dfe Bel\u00e4ge",
                "auftreten, die auf einen Pilzbefall hinweisen k\u00f6nnen, oder wenn Sie Fieber bekommen.",
            ]),
        ],
    ],
}

# --- PDF writing -------------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT, LEFT = 595, 842, 60
STYLE = {"h1": ("F2", 16, 26), "h2": ("F2", 12, 20), "p": ("F1", 10, 13), "fn": ("F1", 8, 10)}


def pdf_string(text):
    data = text.encode("cp1252")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_line(font, size, y, text):
    return b"BT /%s %d Tf %d %d Td %s Tj ET\n" % (font.encode(), size, LEFT, y, pdf_string(text))


def page_content(doc, number, blocks):
    """The content stream of one page: header, blocks top down, footnotes and footer at the foot."""
    pages = len(doc["pages"])
    out = text_line("F1", 8, PAGE_HEIGHT - 36, doc["header"])
    y = PAGE_HEIGHT - 80
    for kind, body in blocks:
        if kind == "fn":
            continue
        font, size, leading = STYLE[kind]
        for line in [body] if isinstance(body, str) else body:
            out += text_line(font, size, y, line)
            y -= leading
        y -= 8
    footnotes = [line for kind, body in blocks if kind == "fn" for line in body]
    if footnotes:
        y = 60 + 10 * len(footnotes)
        out += b"0.5 w %d %d m %d %d l S\n" % (LEFT, y + 4, LEFT + 150, y + 4)
        for line in footnotes:
            y -= 10
            out += text_line("F1", 8, y, line)
    out += text_line("F1", 8, 30, doc["footer"].format(page=number, pages=pages))
    return out


class PdfWriter:
    """Numbered objects, then the cross-reference table; `encrypt` RC4-encrypts strings and streams."""

    def __init__(self):
        self.objects = []

    def add(self, body):
        self.objects.append(body)
        return len(self.objects)

    def stream(self, data, compress=True):
        if compress:
            data = zlib.compress(data)
            return self.add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        return self.add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")

    def write(self, path, root, info, trailer_extra=b""):
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.objects) + 1, root, info, trailer_extra, xref)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bytes(out))


def write_pdf(path, title, contents):
    """A PDF of the given page content streams, Helvetica (and bold) in WinAnsi encoding."""
    pdf = PdfWriter()
    catalog = pdf.add(b"<< /Type /Catalog /Pages 2 0 R >>")
    pdf.add(b"")  # the page tree, filled in once the pages have numbers
    regular = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    info = pdf.add(b"<< /Title %s /Producer (healthsearch make_sample_pdfs.py) >>" % pdf_string(title))
    kids = []
    for content in contents:
        stream = pdf.stream(content)
        kids.append(pdf.add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                            % (PAGE_WIDTH, PAGE_HEIGHT, stream, regular, bold)))
    pdf.objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
    pdf.write(path, catalog, info)


def leaflet_pdf(path, doc):
    write_pdf(path, doc["title"], [page_content(doc, n, page) for n, page in enumerate(doc["pages"], 1)])


# --- pdftotext-like text -----------------------------------------------------------------------

def leaflet_text(path, doc):
    """The leaflet as pdftotext prints it: header, blank-line separated blocks, footer, form feed."""
    pages = []
    for number, blocks in enumerate(doc["pages"], 1):
        parts = [doc["header"]]
        for _, body in blocks:
            parts.append(body if isinstance(body, str) else "\n".join(body))
        parts.append(doc["footer"].format(page=number, pages=len(doc["pages"])))
        pages.append("\n\n".join(parts) + "\n")
    path.write_text("\f".join(pages), encoding="utf-8")


# --- broken PDFs for the failure tests ---------------------------------------------------------

def rc4(key, data):
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


PASSWORD_PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def write_encrypted_pdf(path):
    """A one-page PDF behind a user password (the standard security handler, revision 2, RC4 40)."""
    owner = (b"owner" + PASSWORD_PADDING)[:32]
    user = (b"secret" + PASSWORD_PADDING)[:32]
    o_value = rc4(hashlib.md5(owner).digest()[:5], user)
    permissions = -4
    file_id = hashlib.md5(b"healthsearch encrypted sample").digest()
    key = hashlib.md5(user + o_value + permissions.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    u_value = rc4(key, PASSWORD_PADDING)

    def object_key(number):
        return hashlib.md5(key + number.to_bytes(3, "little") + b"\0\0").digest()[:10]

    content = rc4(object_key(4), text_line("F1", 12, 700, "Vertrauliche Befunde"))
    pdf = PdfWriter()
    catalog = pdf.add(b"<< /Type /Catalog /Pages 2 0 R >>")
    pdf.add(b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>")
    pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pdf.add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    pdf.add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>")
    title = rc4(object_key(6), b"Befund")
    info = pdf.add(b"<< /Title <%s> >>" % title.hex().encode())
    encrypt = pdf.add(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
                      % (o_value.hex().encode(), u_value.hex().encode(), permissions))
    pdf.write(path, catalog, info, b" /Encrypt %d 0 R /ID [<%s> <%s>]"
              % (encrypt, file_id.hex().encode(), file_id.hex().encode()))


def main():
    leaflet_pdf(CORPUS / "port-katheter-patienteninformation.pdf", PORT_KATHETER)
    leaflet_pdf(CORPUS / "fever-during-chemotherapy-guideline.pdf", FEVER_GUIDELINE)
    leaflet_pdf(CORPUS / "bewegung-krebstherapie-leitlinie.pdf", EXERCISE_GUIDELINE)
    leaflet_text(CORPUS / "lymphoedema-after-breast-cancer.txt", LYMPHOEDEMA)
    leaflet_text(CORPUS / "mundpflege-chemotherapie.txt", MOUTH_CARE)
    # A scan: the page is an image (here a grey rectangle), with no text layer.
    write_pdf(BAD / "scanned-no-text-layer.pdf", "Eingescannter Arztbrief",
              [b"0.6 g 60 400 475 300 re f\n0.2 g 80 650 300 12 re f\n"])
    write_encrypted_pdf(BAD / "password-protected.pdf")
    # A fuzzing seed whose page operators are not compressed, so that mutations reach them.
    pdf = PdfWriter()
    pdf.add(b"<< /Type /Catalog /Pages 2 0 R >>")
    pdf.add(b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>")
    pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pdf.stream(b"BT /F1 10 Tf 60 780 Td [(Be-) 120 (handlung)] TJ 0 -14 Td (Therapie\271) Tj T* (Seite 1 von 1) Tj ET\n",
               compress=False)
    pdf.add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>")
    info = pdf.add(b"<< /Title (Seed) >>")
    pdf.write(ROOT / "tests" / "fuzz" / "corpus" / "pdf" / "uncompressed-operators.pdf", 1, info)


if __name__ == "__main__":
    main()
