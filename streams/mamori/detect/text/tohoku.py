"""Tohoku spellings, as edits that read them as standard Japanese.

Tohoku speech marks direction with さ (「会社さ行ぐ」 = 会社に行く, 「謝りさ来い」 =
謝りに来い) and voices the k of verb endings and of から (「行ぐがら」 = 行くから,
「今がら」), and the t of the て/た after a く-verb's い (「書いでやる」 = 書いてやる, 「置い
だ」 = 置いた), and asks with けろ for くれ (「替えでけろ」「教えてけろ」 = 替えてくれ, 教えて
くれ). The dictionary knows none of these and cuts the text into nouns (さ行, ぐ),
so no visit demand or threat listed in standard Japanese matches. This module proposes
one-character respellings, so positions stay those of the text as written;
:mod:`mamori.detect.morph` keeps each only where the analyser then reads the standard
words (a particle に before 行く/来る, a verb in く, the particle から).

Pure string functions: no analyser here.
"""

from __future__ import annotations

import re
from typing import Final

from mamori.detect.text.spoken import Edit

# Each look-behind follows the character it guards: one that opens a pattern is tried
# at every position of the text (the probe ran ten times slower on every message).
#: Directional さ after a word and before a verb of coming or going (行く, 来る).
_SA: Final = re.compile(r"さ(?<=[ぁ-ゖァ-ヺ一-龥]さ)(?=[行来]|い[ぐくか]|こい|く[るれ]|き[なて])")
#: A voiced ぐ ending a verb stem written in kanji (行ぐ, 書ぐ), or いぐ after さ (店さいぐ).
_GU: Final = re.compile(r"ぐ(?:(?<=[一-龥]ぐ)|(?<=さいぐ))")
#: がら for から after a verb's plain form or 今 (「行ぐがら」「今がら」); not ながら.
_GARA: Final = re.compile(r"が(?<=[うくぐすつぬむるぶ今]が)(?=ら)(?!らが)")
#: A voiced で/だ after a kanji verb stem's い (書いで, 聞いだ); 泳いで/急いで are standard,
#: so :mod:`mamori.detect.morph` keeps it only after a く-verb (not a ぐ-verb).
_TE: Final = re.compile(r"[でだ](?<=[一-龥]い[でだ])")
#: The request 〜てけろ/〜でけろ (〜てくれ) after a verb: the dictionary reads でけろ as 出来る.
_KERO: Final = re.compile(r"[てで](?<=[ぁ-ゖ一-龥][てで])けろ")
#: One test for any of the above (most messages hold none: the analyser is not asked).
PROBE: Final = re.compile("|".join(p.pattern for p in (_SA, _GU, _GARA, _TE, _KERO)))


def edits(text: str) -> list[Edit]:
    """Every candidate respelling: さ → に, ぐ → く, が (of がら) → か, で/だ → て/た,
    てけろ/でけろ → てくれ."""
    out = [Edit(m.start(), m.end(), ("に",)) for m in _SA.finditer(text)]
    out += [Edit(m.start(), m.end(), ("く",)) for m in _GU.finditer(text)]
    out += [Edit(m.start(), m.end(), ("か",)) for m in _GARA.finditer(text)]
    out += [
        Edit(m.start(), m.end(), ("て" if m.group() == "で" else "た",)) for m in _TE.finditer(text)
    ]
    out += [Edit(m.start(), m.end(), ("てくれ",)) for m in _KERO.finditer(text)]
    return sorted(out, key=lambda e: e.start)
