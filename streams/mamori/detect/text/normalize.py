"""One normalisation for patterns and messages, so that writing variants meet.

``fold`` is applied both to every lexicon term (once, at load) and to every
message (once per event): whatever it does to one side it does to the other, so
it may drop characters freely. What it folds:

- Unicode NFKC (full-width ASCII → ASCII, half-width katakana → full-width);
- case, katakana → hiragana (table built with jaconv at import time);
- long-vowel marks and wave dashes (ー 〜 ～ ~), small vowel kana (ぁぃぅぇぉ), apostrophes
  (``don't`` → ``dont``, ``I'll`` → ``ill``), zero-width characters;
- runs of the same character (≥ 3, digits excepted) → one: 「ふざけんなあああ」, ``stuuupid``;
- hiragana vowels that merely lengthen the previous kana (「使えねえ」 → 「使えね」, like 「使えねー」),
  not an え opening a Latin letter spelt in kana (「してえすえぬえす」 keeps えす);
- spaces: dropped except between two ASCII letters/digits, so 「土下座 しろ」 meets 「土下座しろ」
  while ``you idiot`` keeps its word boundary; control characters become spaces;
- light leetspeak inside ASCII words (``st0pid``, ``1d10t``-like ``id1ot``, ``@ss``),
  but never inside an @handle (``@anna_k2``, ``@support_bot``: a name, kept as
  written, with its spaces);
- (English text-speak and misspellings — ``u r``, ``incompetant`` — are not folded
  here: :data:`TEXTSPEAK` lists them and the lexicon loader adds them to each term);
- 侘 → 詫 (a frequent conversion slip: 「侘び状」 for 「詫び状」);
- old character forms (旧字体) → today's (學 → 学, 來 → 来, 顏 → 顔, 禮 → 礼): letters
  written by older customers in the pre-war style meet the lexicon's words;
- a full stop after a word no sentence ends with (an article, a preposition, ``i``,
  ``thank``: speech-to-text's "i. want", "thank. you") is no sentence break;
- a sentence-final particle of Singaporean English (lah, leh, lor, meh, ah after a
  clause) ends its sentence;
- two or more spaces between Japanese characters are a sentence break (posts pasted
  together with a gap); one space is dropped as before;
- hesitation sounds of speech-to-text output standing as words (``uh``, ``um``, ``hmm``,
  ``erm``) are dropped: "pay me for the hmm stress" = "pay me for the stress".

Sentence boundaries (。!?\\n and a full stop before a non-digit) are kept, because
rules use them as scopes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import jaconv

#: Old character forms (旧字体) and today's (新字体), one pair per word: a letter in the
#: pre-war style (「言葉遣ひ禮を知らず」「御來訪」) reads as its modern spelling.
_KYUJITAI_TEXT: Final = (
    "亞亜 惡悪 壓圧 圍囲 爲為 醫医 壹壱 隱隠 營営 榮栄 衞衛 驛駅 圓円 鹽塩 緣縁 艷艶 應応 歐欧 毆殴 櫻桜 假仮 價価 畫画 會会 囘回 壞壊 懷懐 繪絵 "
    "擴拡 覺覚 學学 嶽岳 樂楽 勸勧 卷巻 歡歓 觀観 關関 陷陥 巖巌 顏顔 歸帰 氣気 龜亀 僞偽 戲戯 犧犠 舊旧 據拠 擧挙 峽峡 狹狭 曉暁 區区 驅駆 勳勲 "
    "徑径 惠恵 溪渓 經経 繼継 莖茎 螢蛍 輕軽 鷄鶏 藝芸 缺欠 儉倹 劍剣 圈圏 檢検 權権 獻献 縣県 險険 顯顕 驗験 嚴厳 效効 廣広 恆恒 鑛鉱 號号 國国 "
    "濟済 碎砕 齋斎 劑剤 雜雑 參参 慘惨 棧桟 蠶蚕 贊賛 殘残 絲糸 齒歯 兒児 辭辞 濕湿 實実 舍舎 寫写 釋釈 壽寿 收収 從従 澁渋 獸獣 縱縦 肅粛 處処 "
    "緖緒 敍叙 奬奨 將将 燒焼 稱称 證証 乘乗 剩剰 壤壌 孃嬢 條条 淨浄 疊畳 讓譲 釀醸 觸触 寢寝 愼慎 眞真 盡尽 圖図 粹粋 醉酔 隨随 髓髄 數数 樞枢 "
    "聲声 靜静 齊斉 攝摂 竊窃 專専 戰戦 淺浅 潛潜 纖繊 踐践 錢銭 禪禅 雙双 壯壮 搜捜 插挿 爭争 總総 聰聡 莊荘 裝装 騷騒 增増 藏蔵 臟臓 卽即 屬属 "
    "續続 墮堕 對対 體体 帶帯 滯滞 臺台 瀧滝 擇択 澤沢 單単 擔担 膽胆 團団 斷断 癡痴 遲遅 晝昼 蟲虫 鑄鋳 廳庁 徵徴 聽聴 敕勅 鎭鎮 遞逓 鐵鉄 轉転 "
    "點点 傳伝 黨党 盜盗 燈灯 當当 鬪闘 德徳 獨独 讀読 屆届 繩縄 貳弐 腦脳 霸覇 廢廃 拜拝 賣売 麥麦 發発 髮髪 拔抜 晚晩 蠻蛮 祕秘 濱浜 甁瓶 拂払 "
    "佛仏 竝並 變変 邊辺 辨弁 瓣弁 辯弁 舖舗 寶宝 豐豊 沒没 飜翻 每毎 萬万 滿満 默黙 彌弥 藥薬 譯訳 豫予 餘余 與与 譽誉 搖揺 樣様 謠謡 來来 賴頼 "
    "亂乱 覽覧 龍竜 兩両 獵猟 綠緑 壘塁 淚涙 勵励 禮礼 隸隷 靈霊 齡齢 戀恋 爐炉 勞労 樓楼 錄録 灣湾"
)
_KYUJITAI: Final = tuple(pair for pair in re.findall(r"\S\S", _KYUJITAI_TEXT))


#: The same as a translation table of its own, one character for one: the analyser
#: reads the written text (mamori.detect.morph.normalise) and keeps its offsets.
KYUJITAI: Final[dict[int, str]] = {ord(pair[0]): pair[1] for pair in _KYUJITAI}


def _build_table() -> dict[int, int | str | None]:
    table: dict[int, int | str | None] = {}
    # Katakana → hiragana; jaconv knows the special cases (ヴ, ヵ, ヶ).
    for cp in range(0x30A1, 0x30F7):
        hira = jaconv.kata2hira(chr(cp))
        if hira != chr(cp):
            table[cp] = hira
    for ch in "ーｰ〜～~゠":
        table[ord(ch)] = None  # long vowels and wave dashes: 「ふざけんなー」 == 「ふざけんな」
    for ch in "ぁぃぅぇぉァィゥェォ":
        table[ord(ch)] = None  # small vowels mostly lengthen: 「ですぅ」「ふざけんなぁ」
    table[ord("侘")] = "詫"  # 「侘び状」 is a common conversion slip for 「詫び状」
    for pair in _KYUJITAI:
        table[ord(pair[0])] = pair[1]
    table[ord("ゎ")] = "わ"
    table[ord("ヮ")] = "わ"
    table[ord("ゕ")] = "か"
    table[ord("ゖ")] = "け"
    for ch in "-‐‑‒–—":
        table[ord(ch)] = " "  # "brain-dead" = "brain dead", "face-to-face" = "face to face"
    for ch in "'’‘`´′ʼ":
        table[ord(ch)] = None
    for ch in '“”„«»「」『』【】（）()[]〔〕《》〈〉"':
        table[ord(ch)] = " "  # brackets separate like spaces
    for ch in "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad":
        table[ord(ch)] = None
    for cp in [*range(0x0300, 0x0370), 0x3099, 0x309A]:
        table[cp] = None  # stray combining marks left after NFKC (accents, lone dakuten)
    for cp in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
        if cp != 0x0A:
            table[cp] = " "
    # The open vowels and other letters of Krio, Ghanaian and Nigerian spelling ("nɔ",
    # "mɔni", "dɛn"): read as the Latin letters they extend, so the words keep their
    # spaces and meet the English lexicon ("ar nɔ want" is no "arnɔwant")
    for ch, latin in (("ɔ", "o"), ("ɛ", "e"), ("ɖ", "d"), ("ƒ", "f"), ("ɣ", "g"), ("ŋ", "ng")):
        table[ord(ch)] = latin
        table[ord(ch.upper())] = latin
    table[0x2028] = "\n"
    table[0x2029] = "\n"
    return _resolved(table)


def _resolved(table: dict[int, int | str | None]) -> dict[int, int | str | None]:
    """``table`` with every replacement taken to its end: ``str.translate`` maps each
    character once, so ヵ → ゕ (kana loop) and ゕ → か (small kana) must become ヵ → か,
    or folding a folded text would change it again."""
    out = dict(table)
    for _ in range(4):  # chains here are two steps long; a few passes reach the end
        changed = False
        for cp, rep in out.items():
            if isinstance(rep, str):
                again = rep.translate(out)
                if again != rep:
                    out[cp] = again
                    changed = True
        if not changed:
            return out
    raise ValueError("fold table has a replacement cycle")


def _by_code_point(table: dict[int, int | str | None]) -> list[int | str | None]:
    """``table`` as a list indexed by code point, for ``str.translate``: a list is looked
    up in half the time of a dict, and a code point past its end stays as it is (the
    lookup error counts as no mapping, like a key missing from a dict)."""
    return [table.get(cp, cp) for cp in range(max(table) + 1)]


_TABLE: Final = _build_table()
_TABLE_BY_CP: Final = _by_code_point(_TABLE)
_SPACES: Final = re.compile(r"[^\S\n]+")
# A space survives only between two ASCII alphanumerics (English word boundaries).
# (Each look-behind here follows the character it guards: a look-behind first runs at
# every position of the text, which made these searches several times slower.)
_DROP_SPACE: Final = re.compile(r" +(?![a-z0-9 @])| (?<![a-z0-9 ] ) *")
_MULTI_SPACE: Final = re.compile(r" {2,}")
#: A full stop speech-to-text puts after a word no sentence ends with ("i. want a refund",
#: "thank. you", "send. someone to my house"): no sentence break.
_STRAY_STOP: Final = re.compile(
    r"(?<![a-z0-9.])(i|an|the|my|your|our|their|to|for|of|and|with|from|at|by|thank|let|send|waive)\.(?=[a-z])"
)
#: A sentence-final particle of Singaporean and Malaysian English (lah, leh, lor, meh,
#: ah after a clause) ends its sentence: "how to transfer the line ah i post on
#: facebook" is a question, then a threat.
_PARTICLE_END: Final = re.compile(r"(?<=[a-z]{2} )(lah|leh|lor|meh|ah) (?=[a-z])")
#: Two or more spaces between Japanese characters part sentences (posts and chat lines
#: pasted together with a gap): 「できますか  菅原さんって…」 asks nothing of 菅原.
_JA_GAP: Final = re.compile(r"(?<=[^\x00-\x7f ]) {2,}(?=[^\x00-\x7f ])")
#: Hesitation sounds of speech-to-text output standing as words (``uh``, ``um``,
#: ``hmm``, ``erm``): "pay me for the hmm stress" reads "pay me for the stress".
_FILLER: Final = re.compile(r"(?<![a-z0-9@#_])(?:uh+|uhm+|um+|hm+|erm+)(?![a-z0-9_])[,.]? ?")
_NEWLINES: Final = re.compile(r"\n{2,}")
# (``\1\1+``, not ``\1{2,}``: the same runs, matched in a third of the time.)
_REPEATS: Final = re.compile(r"([^\d])\1\1+")
# The two rare rewrites' guard: runs of three equal characters, or a leet character
# inside an ASCII word (looked for only in a text that holds a leet character).
_RUN3: Final = re.compile(r"(.)\1\1")
_LEET_CHAR: Final = re.compile(r"[013457@$]")
_LEET_IN_WORD: Final = re.compile(r"[a-z][013457@$]|[@$][a-z]")
# A mask or ! inside an ASCII word, or a letter standing alone before a separator.
# (Each alternative opens with the rarer character and looks behind it for the letter:
# opening with the letter tried all three at every letter of the text.)
OBFUSCATION_PROBE: Final = re.compile(
    r"[*!|](?<=[a-z][*!|])|\*[a-z]"
    r"|[ .\-_](?<=[a-z][ .\-_])(?<![a-z0-9][a-z][ .\-_])[a-z][ .\-_][a-z]"
)
_SOKUON: Final = re.compile(r"っ{2,}")
# A hiragana vowel that only lengthens the kana before it (「ねえ」「てめえ」「ふざけんなあ」),
# dropped so that 「ねー」 (ー already dropped) and 「ねえ」 meet. Kept narrow on purpose:
# 「せえ」 is an imperative (「返金せえ」) and 「はあ」 a particle + verb (「はありません」).
# An え that opens a Latin letter spelt in kana (えす, えぬ, えむ, えふ, える before another
# letter name, or えっくす) is a letter, not a lengthener: 「スクショしてえすえぬえすに」
# keeps its SNS (えす + えぬ + えす) whatever kana comes before it.
_LENGTHENER: Final = re.compile(
    r"え(?<=[けげてでねへべぺめれ]え)(?![すぬむふる][えびしじでぴてけゆあおわ]|っくす)|あ(?<=[なやわ]あ)"
)
_LEET_MAP: Final = str.maketrans("013457@$", "oieastas")
# A leet character inside an ASCII word: letters on both sides, or @/$ opening a word.
_LEET: Final = re.compile(r"(?<=[a-z])[013457@$]+(?=[a-z])|(?<![a-z0-9])[@$](?=[a-z]{2})")
#: An @mention ("@support_bot", "@anna_k2", "@ShopCo"): @ at a word start, then the
#: letters, digits and underscores of an account name. (The look-behind follows the @
#: it guards, so it runs only where there is one.)
HANDLE: Final = re.compile(r"@(?<![a-z0-9_.@]@)[a-z0-9_]+")
# A handle (taken whole, first) or a leet character, in one pass.
_LEET_OR_HANDLE: Final = re.compile(HANDLE.pattern + "|" + _LEET.pattern)


# Obfuscated profanity. People mask or spell out exactly the words of one class —
# profanity, slurs, sexual words, a few insults — so a masked word ("c**t", "b*tch",
# "f***ing", "a**hole") is read as the first word of that class with its length and
# visible letters, and letters spelt out one by one ("s t u p i d", "f-u-c-k",
# "i.d.i.o.t") are joined when they spell a word of the class. Both keep the text's
# length, so positions stay in line.
MASKABLE: Final = (
    "fuck", "fucking", "fucker", "fucked", "fuckin", "motherfucker", "shit", "shitty",
    "bullshit", "bitch", "bitches", "cunt", "cunts", "dick", "dickhead", "cock",
    "cocksucker", "ass", "asshole", "arse", "arsehole", "bastard", "whore", "slut", "twat",
    "wanker", "prick", "piss", "pissed", "damn", "crap", "idiot", "idiots", "stupid",
    "moron", "morons", "retard", "retarded", "dumb", "dumbass", "pussy", "nigger", "nigga",
    "faggot", "fag", "tits", "penis", "sex", "porn", "kill", "hell",
)  # fmt: skip
_MASKABLE_BY_LEN: Final[dict[int, tuple[str, ...]]] = {
    n: tuple(w for w in MASKABLE if len(w) == n) for n in {len(w) for w in MASKABLE}
}
_MASKABLE_SET: Final = frozenset(MASKABLE)
_MASKED: Final = re.compile(r"(?<![a-z0-9*])[a-z*]*[a-z][a-z*]*(?![a-z0-9*])")
_SPELT: Final = re.compile(
    r"(?<![a-z0-9])[a-z](?P<sep>[ .\-_])[a-z](?:(?P=sep)[a-z]){2,}(?![a-z0-9])"
)
_INNER_BANG: Final = re.compile(r"(?<![a-z0-9])[a-z]+(?:[!|]+[a-z]+)+(?![a-z0-9])")


def unmask(word: str) -> str | None:
    """The word of the masked class that ``word`` (with ``*`` for letters) stands for."""
    if "*" not in word or word.count("*") == len(word):
        return None
    for cand in _MASKABLE_BY_LEN.get(len(word), ()):
        if all(c == "*" or c == d for c, d in zip(word, cand, strict=True)):
            return cand
    return None


def unobfuscate(s: str) -> str:
    """Masked, spelt-out and !-for-i words of lower-case ``s`` read as the words of
    the class they hide ("b!tch" → bitch; "thanks!you" stays), without changing the
    text's length (joined letters are padded with spaces)."""
    if "*" in s:
        s = _MASKED.sub(lambda m: unmask(m.group(0)) or m.group(0), s)
    if "!" in s or "|" in s:
        s = _INNER_BANG.sub(_bang_as_i, s)
    return _SPELT.sub(_join_spelt, s)


def _bang_as_i(m: re.Match[str]) -> str:
    word = m.group(0).replace("!", "i").replace("|", "i")
    return word if word in _MASKABLE_SET else m.group(0)


def _join_spelt(m: re.Match[str]) -> str:
    run = m.group(0)
    word = run.replace(m.group("sep"), "")
    return word.ljust(len(run)) if word in _MASKABLE_SET else run


# Text-speak and frequent misspellings of whole English words ("wat r u wearing",
# "u r stupd", "kil"). Messages are not rewritten (that would cost a regex pass per
# message); instead the lexicon loader adds these spellings of each English term.
TEXTSPEAK: Final[dict[str, tuple[str, ...]]] = {
    "you": ("u", "ya"),  # not Scots "ye": as a word start it opens yes, yeah, yet
    "are": ("r",),
    "youre": ("ur", "u r", "you r"),
    "your": ("ur", "yer"),
    "what": ("wat", "wut"),
    "give": ("giv", "gie"),
    "give me": ("gimme",),
    "please": ("pls", "plz"),
    "kill": ("kil",),
    "people": ("ppl",),
    "should": ("shud", "shld"),
    "someone": ("sum1", "some1"),
    "everyone": ("every1", "evry1"),
    "stupid": ("stupd", "stoopid", "stupit"),
    "idiot": ("idoit", "idiiot"),
    "incompetent": ("incompetant",),
    "moron": ("moran",),
    "lawyer": ("lawer",),
    "attorney": ("atorney", "attourney"),
    "suing": ("sueing",),
    "written": ("writen",),
    "apology": ("appology", "apollogy"),
    "apologize": ("appologize", "apologise"),
    "compensation": ("compensaton", "compansation"),
    "refund": ("refnd",),
    # Digits read as sounds ("come 2 my place 2moro", "beg 4 forgiveness").
    "to": ("2", "tae"),
    # Scots and Northern English spellings, text-speak words.
    "down": ("doon",),
    "my": ("ma",),
    "over": ("ower",),
    "about": ("abt", "aboot"),
    "right now": ("rn",),
    "because": ("cuz", "coz"),
    "for": ("4",),
    "tomorrow": ("2moro", "2morrow", "tmrw", "tmr"),
    "tonight": ("2nite", "tonite"),
    "before": ("b4",),
}


def fold(text: str) -> str:
    """Normalise ``text`` for matching (see the module docstring). Never raises."""
    if not text:
        return ""
    # After the table every space-like character is " " (NFKC maps U+3000/U+00A0,
    # the table maps controls and tabs), so plain-space patterns suffice.
    s = unicodedata.normalize("NFKC", text).lower().translate(_TABLE_BY_CP)
    if "  " in s and not s.isascii():
        s = _JA_GAP.sub("\n", s)  # 「…変更したいのですが  菅原さんの…」: two posts in one
    if " " in s:
        s = _DROP_SPACE.sub("", s)
        if "  " in s:
            s = _MULTI_SPACE.sub(" ", s)
    if " " in s and ("uh" in s or "um" in s or "hm" in s or "erm" in s):
        s = _FILLER.sub("", s).rstrip(" ")
    if "." in s and _STRAY_STOP.search(s):
        s = _STRAY_STOP.sub(r"\1 ", s)  # "i. want" (the space after the stop is gone)
    if " " in s and _PARTICLE_END.search(s):
        s = _PARTICLE_END.sub("\\1\n", s)  # "how to transfer the line ah i post …"
    if OBFUSCATION_PROBE.search(s):
        s = unobfuscate(s)
        if "  " in s:
            s = _MULTI_SPACE.sub(" ", s).strip(" ")
    if "\n\n" in s:
        s = _NEWLINES.sub("\n", s)
    if _RUN3.search(s) or (_LEET_CHAR.search(s) and _LEET_IN_WORD.search(s)):
        s = _REPEATS.sub(r"\1", s)
        unleeted = _LEET_OR_HANDLE.sub(_unleet, s)
        if unleeted != s:  # a decoded character may extend a run ("a@a" → "aaa")
            s = _REPEATS.sub(r"\1", unleeted)
    if "え" in s or "あ" in s:
        s = _LENGTHENER.sub("", s)
    if "っっ" in s:
        s = _SOKUON.sub("っ", s)
    return s.strip(" \n")


def fold_word(word: str) -> str:
    """The cheap part of :func:`fold` for one analysed word (NFKC, case, kana, marks):
    enough to find the word again inside the folded message."""
    return unicodedata.normalize("NFKC", word).lower().translate(_TABLE_BY_CP).replace(" ", "")


def is_handle(word: str) -> bool:
    """``word`` (lower case, @ first) names an account: an @handle, not a word in
    leetspeak — unless, read as leetspeak, it spells a word people mask ("@ss",
    "@sshole")."""
    return (
        HANDLE.fullmatch(word) is not None
        and word.translate(_LEET_MAP).replace("_", "") not in _MASKABLE_SET
    )


def _unleet(m: re.Match[str]) -> str:
    word = m.group(0)
    if len(word) > 1 and word[0] == "@" and is_handle(word):
        return word  # an addressee's name: "@anna_k2" is no "aanna_k2"
    return word.translate(_LEET_MAP)


_CONTROLS: Final[dict[int, int | str | None]] = {
    cp: " " for cp in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if cp != 0x0A
}
_CONTROLS_BY_CP: Final = _by_code_point(_CONTROLS)


def display(text: str) -> str:
    """Light normalisation for human-readable excerpts: NFKC, one space, no controls."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text).translate(_CONTROLS_BY_CP)
    # After the table an ASCII text holds no space but " " and "\n": only a run of
    # spaces changes (the pattern replaces every single space with itself).
    if not s.isascii() or "  " in s:
        s = _SPACES.sub(" ", s)
    return s.strip()
