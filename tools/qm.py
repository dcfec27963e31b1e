"""A small pure-Python Qt Linguist compiler: .ts (XML) in, .qm (binary, for QTranslator) out.

    python tools/qm.py IN.ts OUT.qm

It does what ``lrelease`` does with its default options (it is the project's only translation
compiler: ``tools/build_translations.py`` and the setuptools build both use it, so neither needs
PySide6 or Qt's tools). What is followed, from qttools' ``src/linguist/shared`` (ts.cpp,
translator.cpp, qm.cpp, numerus.cpp) and qtbase's ``qtranslator.cpp``:

* Reading: ``<byte value=…/>`` inside texts, ``variants="yes"`` length variants (joined with
  U+009C), ``numerus="yes"`` plural forms, ``<comment>`` (the disambiguation) and the
  ``type`` of a translation. Duplicate messages (same context, source and comment) are dropped,
  the first one kept (taking a later duplicate's translation if the first has none).
* What goes in: every message except ``obsolete``/``vanished`` ones and ``unfinished`` ones
  whose translation is empty; an unfinished message that does have a translation is included
  (lrelease drops those only with ``-nounfinished``: ``ignore_unfinished=True`` here). A finished
  but empty translation is written as a null string, which QTranslator treats as "not
  translated", so the source text shows.
* Plural forms are padded or cut to the number the target language has (Qt's numerus table),
  and the language's plural rules are stored for QTranslator to pick a form with.
* The layout (lrelease's default, uncompressed "save everything" mode): the magic number, then
  tagged blocks: language, dependencies, the hash table, the messages. The hash table holds
  (elfHash(source + comment), offset) pairs sorted by hash then offset; messages are sorted by
  (context, source, comment) as UTF-8 bytes, and each one is its translations (UTF-16BE) then
  comment, source and context (UTF-8) and an end tag. A comment is dropped from the key when no
  other message has the same context and source (as lrelease does): QTranslator retries a
  lookup without the comment.

The output is byte-identical to lrelease's for this project's files (tests/unit/test_qm.py).
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
               0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])

# block tags (qm.cpp: Releaser)
_HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = 0x42, 0x69, 0x88, 0x96, 0xA7
# message tags
_TAG_END, _TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 6, 7, 8

VARIANT_SEPARATOR = "\x9c"  # Translator::BinaryVariantSeparator

FINISHED, UNFINISHED, VANISHED, OBSOLETE = "finished", "unfinished", "vanished", "obsolete"

# --- plural rules (numerus.cpp; operators from qtranslator_p.h) --------------------------------
_EQ, _LT, _LEQ, _BETWEEN = 0x01, 0x02, 0x03, 0x04
_NOT, _MOD_10, _MOD_100 = 0x08, 0x10, 0x20
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF
_NEQ, _GEQ, _NOT_BETWEEN = _NOT | _EQ, _NOT | _LT, _NOT | _BETWEEN

# (rules, number of forms, ISO 639 codes of the languages: parts 1, 2B, 2T and 3)
_NUMERUS: dict[str, tuple[bytes, int, str]] = {
    "japanese": (b"", 1,
                 "bi bis my bur mya zh chi zho dz dzo fj fij gn grn hu hun id ind in ja jpn jv jav"
                 " ko kor ms may msa na nau om orm fa per fas su sun tt tat th tha bo tib bod tr"
                 " tur vi vie yo yor za zha"),
    "english": (bytes([_EQ, 1]), 2,
                "ab abk aa aar af afr sq alb sqi am amh as asm ay aym az aze ba bak eu baq eus bn"
                " ben bg bul ca cat kw cor co cos da dan nl dut nld en eng eo epo et est fo fao fi"
                " fin fur fy fry gl glg lg lug ka geo kat de ger deu el gre ell kl kal gu guj ha"
                " hau he heb iw hi hin ia ina ie ile it ita kn kan ks kas kk kaz km khm rw kin ky"
                " kir ku kur lo lao la lat ln lin lb ltz mg mlg ml mal mr mar mn mon ne nep nso nb"
                " nob no nn nno oc oci or ori ps pus pt por pa pan qu que rm roh rn run sn sna sd"
                " snd si sin so som st sot es spa sw swa ss ssw sv swe tg tgk ta tam te tel to ton"
                " ts tso tn tsn tk tuk ug uig ur urd uz uzb vo vol wo wol xh xho yi yid ji zu zul"),
    # Portuguese is French-style only in Brazil (and for a bare "pt": its default territory)
    "french": (bytes([_LEQ, 1]), 2, "hy arm hye br bre fr fre fra fil tl ti tir wa wln"),
    "latvian": (bytes([_MOD_10 | _EQ, 1, _AND, _MOD_100 | _NEQ, 11, _NEWRULE, _NEQ, 0]), 3,
                "lv lav"),
    "icelandic": (bytes([_MOD_10 | _EQ, 1, _AND, _MOD_100 | _NEQ, 11]), 2, "is ice isl"),
    "irish": (bytes([_EQ, 1, _NEWRULE, _EQ, 2]), 3,
              "dv div iu iku ik ipk ga gle gv glv mi mao mri se sme sm smo sa san"),
    "gaelic": (bytes([_EQ, 1, _OR, _EQ, 11, _NEWRULE, _EQ, 2, _OR, _EQ, 12, _NEWRULE,
                      _BETWEEN, 3, 19]), 4, "gd gla"),
    "slovak": (bytes([_EQ, 1, _NEWRULE, _BETWEEN, 2, 4]), 3, "sk slo slk cs cze ces"),
    "macedonian": (bytes([_MOD_10 | _EQ, 1, _NEWRULE, _MOD_10 | _EQ, 2]), 3, "mk mac mkd"),
    "lithuanian": (bytes([_MOD_10 | _EQ, 1, _AND, _MOD_100 | _NEQ, 11, _NEWRULE,
                          _MOD_10 | _NEQ, 0, _AND, _MOD_100 | _NOT_BETWEEN, 10, 19]), 3, "lt lit"),
    "russian": (bytes([_MOD_10 | _EQ, 1, _AND, _MOD_100 | _NEQ, 11, _NEWRULE,
                       _MOD_10 | _BETWEEN, 2, 4, _AND, _MOD_100 | _NOT_BETWEEN, 10, 19]), 3,
                "bs bos be bel hr hrv ru rus sr srp sh uk ukr"),
    "polish": (bytes([_EQ, 1, _NEWRULE,
                      _MOD_10 | _BETWEEN, 2, 4, _AND, _MOD_100 | _NOT_BETWEEN, 10, 19]), 3,
               "pl pol"),
    "romanian": (bytes([_EQ, 1, _NEWRULE, _EQ, 0, _OR, _MOD_100 | _BETWEEN, 1, 19]), 3,
                 "ro rum ron mo"),
    "slovenian": (bytes([_MOD_100 | _EQ, 1, _NEWRULE, _MOD_100 | _EQ, 2, _NEWRULE,
                         _MOD_100 | _BETWEEN, 3, 4]), 4, "sl slv"),
    "maltese": (bytes([_EQ, 1, _NEWRULE, _EQ, 0, _OR, _MOD_100 | _BETWEEN, 1, 10, _NEWRULE,
                       _MOD_100 | _BETWEEN, 11, 19]), 4, "mt mlt"),
    "welsh": (bytes([_EQ, 0, _NEWRULE, _EQ, 1, _NEWRULE, _BETWEEN, 2, 5, _NEWRULE, _EQ, 6]), 5,
              "cy wel cym"),
    "arabic": (bytes([_EQ, 0, _NEWRULE, _EQ, 1, _NEWRULE, _EQ, 2, _NEWRULE,
                      _MOD_100 | _BETWEEN, 3, 10, _NEWRULE, _MOD_100 | _GEQ, 11]), 6, "ar ara"),
}
_FAMILY_OF = {code: family for family, (_r, _n, codes) in _NUMERUS.items() for code in codes.split()}


def numerus_info(language: str) -> tuple[bytes, int]:
    """(plural rules, number of plural forms) for a .ts language code such as "ja" or "pt_BR".

    As Translator::languageAndTerritory + getNumerusInfo: a language Qt has no rules for gets
    one form and no rules."""
    sep = language.find("_")
    if sep < 0:
        sep = language.find("-")
    lang, territory = (language, None) if sep < 0 else (language[:sep], language[sep + 1:])
    family = _FAMILY_OF.get(lang.lower())
    if lang.lower() in ("pt", "por"):
        family = "french" if territory is None or territory.upper() == "BR" else "english"
    if family is None:
        return b"", 1
    rules, forms, _codes = _NUMERUS[family]
    return rules, forms


# --- reading a .ts file (ts.cpp: TSReader) -----------------------------------------------------

@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    translations: list[str | None] = field(default_factory=list)  # None: a null QString
    type: str = FINISHED
    numerus: bool = False
    id: str = ""

    def is_translated(self) -> bool:
        return any(self.translations)


@dataclass
class Catalog:
    language: str = ""
    source_language: str = ""
    dependencies: list[str] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)


def _contents(element: ET.Element) -> str | None:
    """Character data with <byte value="…"/> expanded; None when there is none (a null QString)."""
    parts: list[str] = [element.text] if element.text else []
    for child in element:
        if child.tag != "byte":
            raise ValueError(f"unexpected <{child.tag}> in <{element.tag}>")
        value = child.get("value", "")
        number = int(value[1:], 16) if value.startswith("x") else int(value or "0")
        if number:
            parts.append(chr(number))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts) if parts else None


def _trans_contents(element: ET.Element) -> str | None:
    if element.get("variants") != "yes":
        return _contents(element)
    result = ""  # as TSReader: a separator only after a non-empty start
    for variant in element.findall("lengthvariant"):
        if result:
            result += VARIANT_SEPARATOR
        result += _contents(variant) or ""
    return result or None


def parse_ts(path: str | Path) -> Catalog:
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise ValueError(f"{path}: not a Qt Linguist file (root element <{root.tag}>)")
    catalog = Catalog(language=root.get("language", ""), source_language=root.get("sourcelanguage", ""))
    deps = root.find("dependencies")
    if deps is not None:
        catalog.dependencies = [d.get("catalog", "") for d in deps.iter("dependency")]
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for element in ctx.iter("message"):
            msg = Message(context=name, source=_contents_of(element, "source") or "",
                          comment=_contents_of(element, "comment") or "",
                          numerus=element.get("numerus") == "yes", id=element.get("id", ""))
            tr = element.find("translation")
            if tr is not None:
                kind = tr.get("type")
                if kind in (UNFINISHED, VANISHED, OBSOLETE):
                    msg.type = kind
                if msg.numerus:
                    msg.translations = [_trans_contents(f) for f in tr.iter("numerusform")]
                else:
                    msg.translations = [_trans_contents(tr)]
            catalog.messages.append(msg)
    return catalog


def _contents_of(element: ET.Element, tag: str) -> str | None:
    child = element.find(tag)
    return None if child is None else _contents(child)


# --- what lrelease does before saving (translator.cpp) ----------------------------------------

def _resolve_duplicates(messages: list[Message]) -> list[Message]:
    kept: list[Message] = []
    by_id: dict[str, Message] = {}
    by_content: dict[tuple[str, str, str], Message] = {}
    for msg in messages:
        key = (msg.context, msg.source, msg.comment if msg.source else "")
        first = by_id.get(msg.id) if msg.id else None
        if first is None:
            other = by_content.get(key)
            if other is not None and (not msg.id or not other.id):
                if msg.id and not other.id:
                    other.id = msg.id
                    by_id[msg.id] = other
                first = other
        if first is not None:
            if not first.is_translated() and msg.is_translated():
                first.translations = list(msg.translations)
            continue
        if msg.id:
            by_id[msg.id] = msg
        by_content.setdefault(key, msg)
        kept.append(msg)
    return kept


# --- writing (qm.cpp: Releaser) ----------------------------------------------------------------

def elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        if byte == 0:  # a C string
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _qstring(text: str | None) -> bytes:
    if text is None:
        return b"\xff\xff\xff\xff"
    data = text.encode("utf-16-be")
    return struct.pack(">I", len(data)) + data


def _qbytes(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _block(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def compile_catalog(catalog: Catalog, *, ignore_unfinished: bool = False) -> bytes:
    """The .qm bytes lrelease writes for ``catalog`` (default options)."""
    rules, forms = numerus_info(catalog.language)
    messages = _resolve_duplicates(catalog.messages)
    stripped = {(m.context, m.source) for m in messages if not m.comment}

    entries: dict[tuple[bytes, bytes, bytes], list[str | None]] = {}
    for msg in messages:
        if msg.type in (OBSOLETE, VANISHED):
            continue
        translations = list(msg.translations)
        wanted = forms if msg.numerus else 1
        translations = (translations + [None] * wanted)[:wanted]
        if msg.type == UNFINISHED and (not translations[0] or ignore_unfinished):
            continue
        context, source, comment = (s.encode("utf-8") for s in (msg.context, msg.source, msg.comment))
        force_comment = not msg.comment or not msg.context or (msg.context, msg.source) in stripped
        if not force_comment and (context, source, b"") not in entries:
            entries[(context, source, b"")] = translations
            continue
        entries.setdefault((context, source, comment), translations)

    stream = bytearray()
    offsets: list[tuple[int, int]] = []
    for (context, source, comment) in sorted(entries):
        offsets.append((elf_hash(source + comment), len(stream)))
        for text in entries[(context, source, comment)]:
            stream += bytes([_TAG_TRANSLATION]) + _qstring(text)
        stream += bytes([_TAG_COMMENT]) + _qbytes(comment)
        stream += bytes([_TAG_SOURCE]) + _qbytes(source)
        stream += bytes([_TAG_CONTEXT]) + _qbytes(context)
        stream += bytes([_TAG_END])
    hashes = b"".join(struct.pack(">II", h, o) for h, o in sorted(offsets))

    out = bytearray(MAGIC)
    if catalog.language:
        out += _block(_LANGUAGE, catalog.language.encode("utf-8"))
    deps = b"".join(_qstring(d) for d in catalog.dependencies)
    if deps:
        out += _block(_DEPENDENCIES, deps)
    if hashes:
        out += _block(_HASHES, hashes)
    if stream:
        out += _block(_MESSAGES, bytes(stream))
    if rules:
        out += _block(_NUMERUS_RULES, rules)
    return bytes(out)


def compile_ts(ts: str | Path, qm: str | Path, *, ignore_unfinished: bool = False) -> None:
    """Compile one .ts file into one .qm file (written whole, then renamed into place)."""
    data = compile_catalog(parse_ts(ts), ignore_unfinished=ignore_unfinished)
    qm = Path(qm)
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_name(qm.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(qm)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    compile_ts(argv[0], argv[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
