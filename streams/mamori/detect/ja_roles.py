"""Whose words, whose act, whose fault: Japanese frames that make a cue no act of the
customer's towards staff (the Japanese counterpart of :mod:`mamori.detect.roles`).

- **reported speech**: the cue sits in a quote (「」『』"", or before と/って and a
  verb of saying) whose speaker is a third party named as the subject of that verb
  (息子が, 犯人は, ゲームのキャラが) or whose source is a medium (テレビで, ゲームで,
  ドラマの中で), or whose verb describes a person the customer saw (「『土下座しろ』と
  叫んでいるお客さんがいました」). It is told, not said to staff. A relayed message stays: a third
  party's words as the sentence's final, present predicate (「主人が『訴える』と言って
  います」) are the customer's threat by proxy unless a medium is named;
- **favour received**: the cue's verb is followed by a verb of receiving or of a
  favour (〜てくれた, 〜てくださった, 〜ていただいた, 〜てもらった; いただく as the
  main verb, 「お詫びの品をいただいた」) that happened: past, or a て-form in a sentence
  that ends in the past or in thanks. A request (来てくれ, 来てもらおうか, 来ていただき
  たい) has no past and stays;
- **own people**: an insult whose subject is the speaker (「自分がアホやった」) or
  the speaker's family, friend or pet (「うちの猫がアホすぎて」「弟がバカで」), with
  no listener in the clause, is said of them, not of staff.

Read on the analysed sentence only (no parser): particles and conjugation give the
roles, as in :mod:`mamori.detect.clauses`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from mamori.detect import clauses as cl
from mamori.detect.morph import ADJ, AUX, NOUN, NUM, OTHER, PART, PRON, PUNCT, VERB, Token
from mamori.detect.text.normalize import fold

_OPEN: Final = frozenset(["「", "『", "“", '"', "＂", "(", "（"])
_CLOSE: Final = frozenset(["」", "』", "”", '"', "＂", ")", "）"])
#: と/って and their spoken forms: what precedes is quoted. The analyser reads 「って
#: 言う」 and 「いう」 (Kansai 「〜いう言葉」, with no particle) as the verb itself.
_QUOTE_PARTICLES: Final = frozenset(["と", "って", "とか", "て", "っと"])
#: Verbs of saying, shouting, writing: a quote before them is someone's words.
_SAY: Final = frozenset(
    ["言う", "云う", "叫ぶ", "書く", "怒鳴る", "喚く", "呟く", "話す", "罵る", "吐く"]
    + ["脅す", "口走る", "言い放つ", "言い出す", "連呼", "歌う", "申す", "仰る", "おっしゃる"]
    + ["書き込む", "返す", "答える", "絶叫", "言える", "騒ぐ", "息巻く", "凄む", "言い張る"]
    + ["供述", "宣言", "予告", "主張", "脅迫", "投稿", "返信", "告げる", "送る", "送り付ける"]
    # words pressed on someone (「『土下座しろ』と店員さんに詰め寄っている」)
    + ["詰め寄る", "迫る", "怒鳴り付ける", "怒鳴り散らす", "喚き散らす", "責め立てる", "恫喝"]
    + ["罵倒", "強要", "要求", "凄む", "がなる", "食って掛かる", "噛み付く", "捲し立てる"]
)
#: A raised voice as the act of saying (「『土下座しろ』と大声を上げていた」): the noun,
#: then its verb (上げる, 出す, 張り上げる) reports the quote.
_VOICE: Final = frozenset(["大声", "怒声", "罵声", "奇声", "怒号"])
#: People a quote's verb may describe (「『土下座しろ』と叫んでいるお客さんがいた」「…と
#: 迫る客を見た」): the words are theirs, told by the customer who saw them.
_PEOPLE: Final = frozenset(
    ["客", "お客", "お客さん", "お客様", "男性客", "女性客", "男", "女", "男性", "女性", "人"]
    + ["おじさん", "おばさん", "おっさん", "おばはん", "老人", "若者", "方", "奴", "輩", "人達"]
    + ["人たち", "年配", "高齢者", "中年", "集団", "クレーマー", "おっちゃん", "おばちゃん"]
    + ["じいさん", "ばあさん", "爺さん", "婆さん", "酔っ払い", "酔っぱらい", "兄ちゃん", "姉ちゃん"]
)
#: A quote named as a word (「『ぶっ殺す』って言葉を使う」): mentioned, not said.
_MENTION: Final = frozenset(["言葉", "セリフ", "台詞", "表現", "単語", "フレーズ", "口癖"])
#: Fiction and broadcasts: what is said there is nobody's act towards staff.
_MEDIA: Final = frozenset(
    ["テレビ", "ゲーム", "ドラマ", "アニメ", "漫画", "マンガ", "映画", "動画", "ニュース"]
    + ["番組", "小説", "芝居", "劇", "ラジオ", "作中", "劇中", "夢", "絵本", "舞台", "ユーチューブ"]
    + ["YouTube", "youtube", "CM", "歌詞"]
)
_SUBJECT: Final = frozenset(["が", "は", "も", "って"])
#: Adverbs of habit: words someone says often are told about, not relayed.
_HABIT: Final = frozenset(
    ["よく", "いつも", "毎日", "毎晩", "しょっちゅう", "時々", "ときどき", "たまに", "度々"]
)
#: Words said in play (「息子が『訴えてやる』ってふざけて言う」「冗談で」「ゲームで」
#: 「ものまねで」): between a quote and its verb they tell a scene, not a relayed message.
_JEST: Final = frozenset(
    [
        "ふざける",
        "冗談",
        "戯れ",
        "遊び",
        "ゲーム",
        "真似",
        "物真似",
        "ものまね",
        "ごっこ",
        "悪ふざけ",
        "面白半分",
        "ふざけ半分",
        "おどける",
        "寝言",
        "口癖",
    ]
)
#: Plural and honorific suffixes between a speaker and its particle (「あいつらが」
#: 「隣のおっさんが」).
_PLURAL: Final = frozenset(
    ["ら", "達", "たち", "ども", "共", "等", "さん", "ちゃん", "くん", "君", "様", "氏"]
)
#: Words that stand before は/も as a time or a channel, never as the one who speaks.
_NOT_SPEAKER: Final = frozenset(
    ["先日", "昨日", "今日", "本日", "前", "以前", "前回", "今回", "最初", "最後", "電話"]
    + ["先程", "さっき", "昨夜", "今朝", "毎回", "何度", "何回", "此の間", "この前", "先週"]
    + ["先月", "去年", "今", "当時", "時", "後", "メール", "手紙", "窓口", "店頭", "ここ"]
    + ["こと", "事", "それ", "これ", "其れ", "此れ", "話"]
)
#: People of fiction and the news, speakers whatever their words.
_CHARACTERS: Final = frozenset(
    ["犯人", "キャラ", "キャラクター", "主人公", "芸人", "俳優", "悪役", "敵", "登場人物", "刑事"]
)
#: The customer's own side: never a third party.
_FIRST: Final = frozenset(
    ["私", "僕", "俺", "わし", "自分", "あたし", "我々", "わたくし", "儂", "おら", "うち"]
)
_SECOND: Final = frozenset(
    ["御前", "お前", "貴方", "あなた", "あんた", "君", "貴様", "手前", "てめえ", "御宅"]
    + ["お宅", "貴社", "御社", "担当", "担当者", "店員", "社員", "オペレーター", "スタッフ"]
)
_BREAK: Final = frozenset(
    ["から", "ので", "けど", "けれど", "けれども", "のに", "し", "ば", "たら"]
)

#: Verbs of receiving and of favours: 〜てくれる, 〜てくださる, 〜ていただく, 〜てもらう.
_FAVOUR: Final = frozenset(
    ["呉れる", "くれる", "下さる", "くださる", "頂く", "いただく", "貰う", "もらう", "頂戴"]
    + ["貰える", "もらえる", "頂ける", "いただける"]
)
#: Thanks and relief: a favour these follow has been received.
_THANKS: Final = frozenset(
    ["有り難う", "ありがとう", "有難う", "助かる", "感謝", "恐縮", "嬉しい", "うれしい"]
    # Not 良い: 「来てくれてもいいんだぞ」 presses.
    + ["御礼", "お礼", "礼", "安心", "ほっと", "満足", "感激", "感動"]
    + ["申し訳"]
)
#: 「来ていただいて、かえってすみません」: an apology for the trouble thanks for it
#: (not when it opens a request: 「すみませんが」).
_SORRY: Final = re.compile(r"(?:すみません|すいません|済みません|すまん|すんません)(?!が|けど)")
_ASKING: Final = frozenset(["たい", "欲しい", "ほしい", "か", "?", "？", "べし", "べき"])

#: The speaker's own people and pets: an insult of them is no abuse of staff.
_OWN: Final = frozenset(
    ["弟", "兄", "姉", "妹", "兄弟", "姉妹", "夫", "旦那", "主人", "嫁", "妻", "奥さん"]
    + ["息子", "娘", "子", "子供", "子ども", "孫", "父", "母", "親", "親父", "お袋", "祖父"]
    + ["祖母", "爺ちゃん", "婆ちゃん", "お父さん", "お母さん", "父親", "母親", "彼氏"]
    + ["友達", "友人", "猫", "犬", "ペット", "隣人", "甥", "姪", "従兄弟", "義母", "義父"]
    + ["おとうと", "あに", "あね", "いもうと", "だんな", "むすこ", "むすめ", "ねこ", "いぬ"]
)
_POSSESSIVE: Final = frozenset(["うち", "私", "僕", "俺", "自分", "我が", "わし", "あたし"])


def _quote(toks: Sequence[Token], first: int, last: int) -> tuple[int, int, int] | None:
    """(start of the quote, index after it and its particle, the verb or noun that
    reports it) for a cue at ``first..last``, or None if the cue is not quoted."""
    start, close = -1, -1
    for j in range(first - 1, -1, -1):
        s = toks[j].surface
        if s in _CLOSE and s not in _OPEN:
            break
        if s in _OPEN:
            start = j
            break
        if s in ("。",):
            break
    else:
        # No bracket before the cue in its sentence: one opened before the sentence
        # began (「死ね」「殺すぞ」: the first quote ends a sentence) when a bracket
        # closes after it.
        start = 0 if any(t.surface in _CLOSE for t in toks[last + 1 : last + 8]) else -1
    if start >= 0:
        for j in range(last + 1, len(toks)):
            s = toks[j].surface
            if s in _CLOSE:
                close = j
                break
            if s in _OPEN and s not in _CLOSE:
                break
    if close >= 0:
        after = _past_listed_quotes(toks, close + 1)
    else:
        # No brackets: the quote runs on a few words and ends at と/って.
        start = first
        after = -1
        for j in range(last + 1, min(len(toks), last + 7)):
            t = toks[j]
            if t.pos == PUNCT and t.surface not in ("、", ","):
                break
            if t.pos == PART and t.surface in _QUOTE_PARTICLES:
                if t.surface == "て" and toks[j - 1].cform.startswith("連用形"):
                    continue  # 「来てもらって」: the conjunctive て of a verb, no quote
                after = j
                break
        if after < 0:
            return None
    # The quoting particle, then (past a few words: 「ってゲームで叫んで」) the verb.
    k = after
    if k < len(toks) and toks[k].pos == PART and toks[k].surface in _QUOTE_PARTICLES:
        k += 1
    elif close < 0:
        return None
    end = k
    for j in range(k, min(len(toks), k + _VERB_REACH)):
        t = toks[j]
        if t.pos == VERB and (t.lemma in _SAY or t.surface in ("いう", "言う")):
            return start, end, j
        if t.pos == VERB and t.lemma in ("有る", "ある") and j == k and toks[k - 1].surface == "と":
            return start, end, j  # 「約款には『…』とある」: a writing's words
        if t.pos == NOUN and t.lemma in _MENTION:
            return start, end, j
        if t.pos == VERB and t.lemma == "為る" and j > k and toks[j - 1].lemma in _SAY:
            return start, end, j  # 「絶叫する」「連呼する」
        if t.lemma in _JEST or t.surface in _JEST:
            continue  # 「ってふざけて言う」: the manner of saying, before the verb
        if t.pos == VERB and j > k and any(x.lemma in _VOICE for x in toks[k:j]):
            return start, end, j  # 「と大声を上げていた」
        if (
            t.pos == VERB
            and t.cform.startswith("連用形")
            and j + 1 < len(toks)
            and toks[j + 1].pos == VERB
            and toks[j + 1].lemma in _SAY
        ):
            continue  # 「と繰り返し書き込まれて」: the manner, then the verb
        if t.pos in (VERB, ADJ) or (t.pos == PUNCT and t.surface not in ("、", ",")):
            break
    if toks[end - 1].surface in ("いう", "言う") or toks[end - 1].lemma == "言う":
        return start, end, end - 1  # 「『ぶっころす』いう言葉」: the verb read alone
    return None


_OTHER: Final = 1
_STAFF: Final = 2


def _speaker_kind(toks: Sequence[Token], j: int) -> int:
    """What ``toks[j]`` before が/は/も/って names as a speaker: someone other than the
    customer (_OTHER), staff or the listener (_STAFF), or no speaker (0: the
    customer, a time, a channel)."""
    t = toks[j]
    if t.pos not in (NOUN, PRON) or t.lemma in _NOT_SPEAKER or t.surface in _NOT_SPEAKER:
        return 0
    if t.lemma in _FIRST or t.surface in _FIRST or t.pos2 == "数詞":
        # 「うちの子が」: うち owns the speaker; only the possessor is the customer.
        return 0
    if t.lemma in _SECOND or t.surface in _SECOND:
        return _STAFF
    return _OTHER


def _media(toks: Sequence[Token], j: int) -> bool:
    """「テレビで」「ゲームの中で」「ドラマでは」: a medium as the place of the words."""
    if toks[j].lemma not in _MEDIA and toks[j].surface not in _MEDIA:
        return False
    k = j + 1
    if k + 1 < len(toks) and toks[k].surface == "の" and toks[k + 1].lemma == "中":
        k += 2
    return k < len(toks) and toks[k].surface in ("で", "では", "の")


def _source(toks: Sequence[Token], lo: int, hi: int) -> tuple[set[int], bool]:
    """(the kinds of speaker, a medium) named in ``toks[lo:hi]``."""
    kinds: set[int] = set()
    media = False
    for j in range(lo, hi):
        if _media(toks, j):
            media = True
        k = j + 1
        if k < len(toks) and toks[k].surface in _PLURAL:
            k += 1  # 「あいつらが」「子供たちが」
        if k < len(toks) and toks[k].surface in _SUBJECT and toks[k].pos == PART:
            kind = _speaker_kind(toks, j)
            if kind:
                kinds.add(kind)
    return kinds, media


def _found_written(toks: Sequence[Token], verb: int) -> bool:
    """The quote's verb is 書く in the resultative 〜てある (「『死ね』と書いてあった」), or
    ある itself after と (「約款には『損害は利用者の責任』とある」): words found written
    somewhere, nobody's words to the listener."""
    if toks[verb].lemma in ("有る", "ある"):
        return True  # 「規約には『…』とある」: what a document says (see _quote)
    j = verb + 1
    if not (toks[verb].lemma == "書く" and j + 1 < len(toks) and toks[j].surface in ("て", "で")):
        return False
    if toks[j + 1].lemma in ("有る", "ある"):
        return True
    # 「広告に書いてた」「チラシさ書いでだ」 (〜ていた, Tohoku 〜でだ): what a writing
    # named before the verb says
    return toks[j + 1].lemma in ("居る", "いる", "た", "だ") and any(
        t.lemma in _WRITINGS or t.surface in _WRITINGS for t in toks[max(0, verb - 4) : verb]
    )


#: Writings whose words are found, not said (「広告に『…』って書いてた」).
_WRITINGS: Final = frozenset(
    ["広告", "チラシ", "ホームページ", "HP", "サイト", "ウェブサイト", "看板", "パンフレット"]
    + ["案内", "説明書", "貼り紙", "張り紙", "ポスター", "規約", "約款", "契約書", "カタログ"]
    + ["メニュー", "新聞", "雑誌", "掲示", "広報", "お知らせ", "ちらし"]
)


def _taken_up(toks: Sequence[Token], verb: int) -> bool:
    """The quote's verb of saying comes to be a habit (〜ようになる: 「『ころす』とか言う
    ようになった」): what someone has taken to saying, told, not said now."""
    j = verb + 1
    return (
        toks[verb].lemma in ("言う", "叫ぶ", "口走る")
        and j + 2 < len(toks)
        and toks[j].surface == "よう"
        and toks[j + 1].surface == "に"
        and toks[j + 2].lemma == "成る"
    )


def _names_own(toks: Sequence[Token], lo: int, hi: int) -> bool:
    """A subject in ``toks[lo:hi]`` names the customer's own people or a character."""
    for j in range(lo, hi):
        k = j + 1
        if k < len(toks) and toks[k].surface in _PLURAL:
            k += 1
        t = toks[j]
        if (
            k < len(toks)
            and toks[k].surface in _SUBJECT
            and toks[k].pos == PART
            and (t.lemma in _OWN or t.surface in _OWN or t.lemma in _CHARACTERS)
        ):
            return True
    return False


#: How many words may stand between a quote's particle and its verb, none of them a
#: verb, an adjective or punctuation (「と何度もチャットで暴言を吐かれた」).
_VERB_REACH: Final = 8
#: What lists quotes (「『死ね』『ゴミ』と」「『バカ』、『クズ』など」「『A』や『B』と」).
_LISTING: Final = frozenset(["、", ",", "や", "とか", "やら", "・"])


def _past_listed_quotes(toks: Sequence[Token], k: int) -> int:
    """The index after the last of the bracketed quotes listed from ``k`` on (「死ね」
    「ゴミ」と: the words of one report, quoted one after the other)."""
    while k < len(toks):
        j = k + 1 if toks[k].surface in _LISTING and k + 1 < len(toks) else k
        if toks[j].surface not in _OPEN:
            return k
        close = next(
            (m for m in range(j + 1, min(len(toks), j + 16)) if toks[m].surface in _CLOSE), -1
        )
        if close < 0:
            return k
        k = close + 1
    return k


def _names_words(toks: Sequence[Token], verb: int) -> bool:
    """The quote's verb of saying names the words for the noun after it (「『死ね』と
    いう言葉が流行って」「『潰れてた』という書き込み」「『殺す』って暴言」): the words
    are mentioned, nobody says them here."""
    t = toks[verb]
    if t.pos == NOUN:
        return t.lemma in _MENTION  # 「『死ね』って言葉を使う子」
    j = verb + 1
    if not (t.pos == VERB and t.lemma == "言う"):
        return False
    # the head of a compound after it (「ショート|メール」「督促|状」)
    while j + 1 < len(toks) and toks[j].pos == NOUN and toks[j + 1].pos == NOUN:
        if toks[j].lemma in _MENTION or toks[j].lemma in _WORDS_NAMED:
            break
        j += 1
    return (
        j < len(toks)
        and toks[j].pos == NOUN
        and (toks[j].lemma in _MENTION or toks[j].lemma in _WORDS_NAMED)
    )


def named_as_words(toks: Sequence[Token], first: int, last: int) -> bool:
    """The quote at ``first..last`` is named as words by the noun its particle leads to
    (「『I'll kill you』ってゲームのセリフ」「"sue you"という表現」): mentioned, not said."""
    q = _quote(toks, first, last)
    if q is not None:
        return _names_words(toks, q[2])
    # The rest of a Latin run and its closing bracket, then the quoting particle; the
    # analyser may glue the noun to the verb stem after it (「セリフ覚え」).
    j = last + 1
    while j < len(toks) and (toks[j].surface.isascii() or toks[j].surface in _CLOSE):
        j += 1
    if j >= len(toks) or toks[j].pos != PART or toks[j].surface not in ("って", "と"):
        return False
    for k in range(j + 1, min(len(toks), j + 5)):
        t = toks[k]
        if t.pos == NOUN and any(t.surface.startswith(m) for m in _MENTION):
            return True
        if not (t.pos == NOUN or (t.pos == PART and t.surface == "の") or t.lemma == "言う"):
            return False
    return False


#: Notes and letters that words are written on (「『殺すぞ』と書いた紙」).
_NOTES: Final = frozenset(
    ["紙", "メモ", "手紙", "張り紙", "貼り紙", "ビラ", "封筒", "葉書", "はがき", "ハガキ"]
    + ["カード", "付箋", "紙切れ", "文書", "怪文書", "落書き", "便箋", "メッセージカード"]
)
#: What a note received does: it arrives, is found or is where it was left.
_ARRIVE: Final = frozenset(
    ["届く", "来る", "入る", "有る", "ある", "見付ける", "見つける", "挟まる", "落ちる"]
)


def _note_received(toks: Sequence[Token], verb: int) -> bool:
    """The quote's verb of writing (or saying) names a note it is written on (「『殺すぞ』
    と書いた紙」「『出ていけ』って書かれた手紙」) that the sentence goes on to tell as
    received: put in a mailbox or left for the writer (a passive: 「ポストに入れられた」
    「ドアに貼られていた」), or arrived or found (届いた, 入っていた, 見つけた). The words
    are someone else's note, suffered. A note the customer puts somewhere (「書いた紙を
    店に貼ってやる」) or one in a sentence that names the listener or staff stays."""
    if toks[verb].pos != VERB or toks[verb].lemma not in ("書く", "言う"):
        return False
    j = verb + 1
    while j < len(toks) and j <= verb + 3 and toks[j].pos == AUX:
        j += 1  # 「書いた」「書かれた」
    if j >= len(toks) or toks[j].pos != NOUN or toks[j].lemma not in _NOTES:
        return False
    start, end = _sentence_of(toks, verb)
    if aims_at_someone(toks[start:end]):
        return False
    for k in range(j + 1, end):
        t = toks[k]
        if t.pos != VERB or t.pos2 == "非自立可能":
            continue
        nxt = toks[k + 1] if k + 1 < end else None
        if nxt is not None and nxt.lemma in ("れる", "られる"):
            return True
        if t.lemma in _ARRIVE:
            return True
    return False


#: Nouns of words and writings named by a quote (besides _MENTION): 「…という書き込み」.
_WORDS_NAMED: Final = frozenset(
    ["書き込み", "投稿", "コメント", "暴言", "発言", "悪口", "メッセージ", "チャット"]
    + ["落書き", "噂", "意見", "声", "口コミ", "レビュー", "文言", "文句", "言い方", "メール"]
    # a message the customer received, named by its kind (「『法的手続きに移行します』という
    # SMSが届いた」「『訴訟を起こします』という督促状が来て」): words shown, as a suspected
    # scam or a notice, not said by the customer
    + ["SMS", "ショートメール", "ショートメッセージ", "通知", "手紙", "葉書", "はがき", "ハガキ"]
    + ["封書", "督促状", "催告書", "請求書", "留守電", "留守番電話", "DM", "ダイレクトメッセージ"]
)


#: A passive ending in a sentence's writing (「つけられ」「尾行され」「付きまとわれ」).
PASSIVE_HINT: Final = re.compile(r"[らさわまかがたなばれ]れ")


#: Acts of following or watching someone, whose passive is suffered. Only these: after
#: a verb of the listener's own day (「お仕事が終わられたら」「お帰りになられる」) or a
#: noun of it (「ご出勤される」) the same れる/られる is the honorific, and the question
#: stays a question about their private life.
_STALKING_ACTS: Final = frozenset(
    ["付ける", "つける", "尾ける", "着ける", "付き纏う", "付きまとう", "つきまとう", "纏わり付く"]
    + ["待ち伏せる", "見張る", "追う", "追い掛ける", "追いかける", "撮る", "覗く", "調べる"]
    + ["尾行", "待ち伏せ", "盗撮", "監視", "追跡", "特定", "付き纏い", "つきまとい"]
)


def suffered(toks: Sequence[Token], last: int) -> bool:
    """The verb of the cue ending at ``last`` is passive (「後をつけられる」「待ち伏せ
    されて」「付きまとわれた」): the act is suffered by the writer or someone they tell
    of, not done by them."""
    head = toks[last]
    if head.lemma not in _STALKING_ACTS and head.surface not in _STALKING_ACTS:
        return False
    for j in range(last + 1, min(len(toks), last + 4)):
        t = toks[j]
        if t.lemma in ("れる", "られる"):
            return True
        if not (t.lemma == "為る" or (t.pos == VERB and t.pos2 == "非自立可能") or t.pos == AUX):
            return False
    return False


def _describes_person(toks: Sequence[Token], verb: int) -> bool:
    """The quote's verb (with its aspect: 〜ている, 〜ていた, 〜た) modifies a person
    (「『土下座しろ』と叫んでいるお客さんがいました」「と迫る客を見た」): someone seen
    saying it, described by the customer."""
    j = verb + 1
    while j < min(len(toks), verb + 5) and (
        toks[j].pos == AUX
        or (toks[j].pos == PART and toks[j].surface in ("て", "で"))
        or toks[j].lemma in ("居る", "いる", "おる", "為る")
    ):
        j += 1
    if j >= len(toks) or (j == verb + 1 and toks[verb].pos == NOUN):
        return False
    t = toks[j]
    # (a person word the analyser cut before its suffix: おっ|さん, おばちゃ|ん)
    joined = t.surface + toks[j + 1].surface if j + 1 < len(toks) else ""
    return t.pos == NOUN and (
        t.lemma in _PEOPLE or t.surface in _PEOPLE or joined in _PEOPLE or t.surface.endswith("客")
    )


def _passive(toks: Sequence[Token], verb: int) -> bool:
    k = verb + 1
    if k < len(toks) and toks[k].lemma == "為る" and toks[verb].pos == NOUN:
        k += 1  # 「脅迫される」
    return k < len(toks) and toks[k].lemma in ("れる", "られる") and toks[verb].pos != NOUN


def reported(toks: Sequence[Token], first: int, last: int, *, relayable: bool) -> bool:
    """The cue at ``first..last`` is a third party's words, told (see the module doc).
    With ``relayable`` (threats and demands), words relayed as the sentence's present
    predicate stay the customer's; an insult is the third party's in any tense."""
    q = _quote(toks, first, last)
    if q is None:
        return False
    start, end, verb = q
    # The source stands before the quote (back to a clause break) or between the quote
    # and its verb.
    lo = start
    while lo > 0:
        t = toks[lo - 1]
        if t.surface in ("。", "!", "！", "?", "？") or (t.pos == PART and t.surface in _BREAK):
            break
        lo -= 1
    if _names_words(toks, verb):
        return True  # 「『死ね』という言葉が流行っていて」: the words mentioned
    if _note_received(toks, verb):
        return True  # 「『殺すぞ』と書いた紙をポストに入れられた」: a note suffered
    if (_found_written(toks, verb) or _taken_up(toks, verb)) and not any(
        t.lemma in _SECOND or t.surface in _SECOND for t in (*toks[lo:start], *toks[end:])
    ):
        # 「余白に『死ね』とか書いてありました」: words found written; 「『ころす』とか
        # 言うようになって」: words a child has taken up. Not on the listener (「お前の顔に
        # 『バカ』って書いてある」).
        return True
    if _passive(toks, verb):
        # 「元カレに『殺す』って言われた」: words the customer was told (not the
        # listener: 「お前なんか『バカ』って言われて当然だ」).
        outside = (*toks[lo:start], *toks[end:verb])
        return not any(t.lemma in _SECOND or t.surface in _SECOND for t in outside)
    before = _source(toks, lo, start)
    between = _source(toks, end, verb)
    # Without brackets a subject before the cue may be the quote's own first word
    # (「女は黙っとけって言ってんだよ」「お前はバカだと言ったんだよ」): it counts only
    # when it names the customer's own people or a character (「息子が殺すぞって」).
    bracketed = start < first
    if not bracketed:
        before = ({_OTHER} if _names_own(toks, lo, start) else set(), before[1])
    other = _OTHER in before[0] or _OTHER in between[0]
    staff = _STAFF in before[0] or _STAFF in between[0]
    media = before[1] or between[1]
    if not other and not staff and not media:
        return _describes_person(toks, verb)
    if media or toks[verb].pos == NOUN:
        return True
    if (
        other
        and (
            (not relayable and (bracketed or _OTHER in between[0]))
            # 「息子は『殺すぞ』とよく言うんです」: a habit told, not a message relayed
            or any(t.surface in _HABIT for t in toks[lo:])
            # 「夫が『晒すぞ』って冗談で言うんです」: words said in play
            or any(t.lemma in _JEST or t.surface in _JEST for t in toks[end:verb])
        )
    ):
        return True
    # Staff's words, and a third party's relayed as the sentence's final, present
    # predicate (「主人が『訴える』と言っています」), are read by the tense: told as a
    # past event (「店員が『バカ』と言いました」) or as the ground of another predicate
    # (「叫んでて困ってます」) they are a report.
    f = cl.frame(tuple(toks), "ja", verb, cl.Clause(verb, len(toks)))
    if cl.PAST in f:
        return True
    j = verb + 1
    if j < len(toks) and toks[j].pos == NOUN and toks[j].lemma not in ("の", "ん"):
        return True  # 「『火をつけるぞ』と脅すシーン」: the words describe a scene
    while j < len(toks) and (toks[j].pos in (AUX, PART) or toks[j].pos2 == "非自立可能"):
        if toks[j].pos == PART and (toks[j].surface in ("て", "で") or toks[j].surface in _BREAK):
            # 「叫んでて困ってます」「怒鳴ったので相談した」: the ground of another
            # predicate (not the helper verbs of 「言っています」, nor a final けど)
            return any(t.pos in (VERB, ADJ, NOUN) and t.pos2 != "非自立可能" for t in toks[j + 1 :])
        j += 1
    return False


#: Particles that name words to deny them (「殺すなんて言ってない」「割るとは言いません」).
_DISOWN_QUOTE: Final = frozenset(["なんて", "なんか", "なんぞ", "など", "なぞ", "って", "と"])
#: Verbs of saying and meaning whose denial disowns the words quoted before them.
_DISOWN_SAY: Final = frozenset(["言う", "云う", "申す", "思う", "考える", "口走る", "書く"])
#: Nouns of meaning and intent (「殺すって意味じゃない」「言ったつもりはない」).
_DISOWN_NOUNS: Final = frozenset(["意味", "積もり", "つもり"])
#: Between the quote and its verb: an emphasis of the denial (「冗談でも」「一言も」
#: 「口が裂けても」「誰も」「絶対に」), never a predicate of its own.
_DISOWN_BETWEEN: Final = frozenset(["裂ける", "居る", "いる"])
#: Negations, including 「わけがない」「はずがない」.
_DISOWN_NOT: Final = frozenset(["ない", "無い", "ぬ", "ん", "ず", "へん", "ひん", "ねえ", "ねー"])
#: After a denial, what makes it no denial: a condition (「言われたくなかったら」), a
#: concession (「殺すとは言わないけど」: the veiled threat goes on) or 「ないで」
#: (「言ってないで直せ」: instead of saying it).
_DISOWN_BREAK: Final = frozenset(
    ["たら", "ば", "なら", "と", "が", "けど", "けれど", "けれども", "で", "のに", "限り"]
)


#: Concessive particles after a thought told (「〜と思ったけど」「〜と思いましたが」).
_CONCEDE: Final = frozenset(["けど", "けれど", "けれども", "が", "ものの", "のに"])


def thought_conceded(toks: Sequence[Token], first: int, last: int) -> bool:
    """The cue at ``first..last`` is quoted as the writer's own past thought and
    conceded (「ふざけとるやろこれ、と思たけど、保証ついとった」「バカにしてんのかと
    思いましたが、私の勘違いでした」): a first reaction told and taken back, said to
    no one. Not a thought still held (「ふざけてると思うわ」), nor one the listener is
    named in (「お前らふざけてると思ったけど」)."""
    j = last + 1
    while (
        j < len(toks)
        and j <= last + 6
        and not (toks[j].pos == PART and toks[j].surface in ("と", "って", "か"))
    ):
        t = toks[j]
        if not (t.pos in (AUX, PRON, PUNCT) or t.pos == PART):
            return False
        j += 1
    if j >= len(toks) or j > last + 6:
        return False
    if toks[j].surface == "か" and j + 1 < len(toks) and toks[j + 1].surface == "と":
        j += 1  # 「バカにしてんのかと思った」
    k = j + 1
    if k >= len(toks) or toks[k].lemma not in ("思う", "思える"):
        return False
    k += 1
    past = False
    while k < len(toks) and toks[k].pos == AUX:
        past = past or toks[k].lemma == "た"
        k += 1
    if not past or k >= len(toks) or toks[k].surface not in _CONCEDE:
        return False
    return not any(t.lemma in _SECOND or t.surface in _SECOND for t in toks[: last + 1])


#: Particles of degree after a thought (「死ぬかと思うほど」「殺す気かと思うくらい」).
_DEGREE_OF: Final = frozenset(["ほど", "程", "くらい", "ぐらい", "位"])
#: Between the cue and the quoting か/と of a degree: the cue's own tail (気, つもり,
#: ん, の) and auxiliaries, never a predicate of its own.
_DEGREE_TAIL: Final = frozenset(["気", "つもり", "積もり", "ん", "の", "よう"])


def degree_likened(toks: Sequence[Token], first: int, last: int) -> bool:
    """The cue is a thought that measures a feeling (「殺す気かと思うほど痛かった」
    「殴られるかと思うくらい怖かった」): a hyperbole of degree, no act of anyone's
    intended. Not when the speaker means to act (「殴ってやろうかと思うほど」: やる or
    a volitional form): that is an urge told, still aimed."""
    j = last + 1
    while j < len(toks) and j <= last + 5:
        t = toks[j]
        if t.pos == PART and t.surface in ("か", "と", "って"):
            break
        if not (t.pos in (AUX, PART) or t.lemma in _DEGREE_TAIL or t.surface in _DEGREE_TAIL):
            return False
        j += 1
    if j >= len(toks) or j > last + 5:
        return False
    if toks[j].surface == "か" and j + 1 < len(toks) and toks[j + 1].surface in ("と", "って"):
        j += 1
    k = j + 1
    if k >= len(toks) or toks[k].lemma not in ("思う", "思える"):
        return False
    k += 1
    if k >= len(toks) or toks[k].surface not in _DEGREE_OF:
        return False
    return not any(
        toks[i].lemma in ("やる", "遣る") or toks[i].cform.startswith("意志推量形")
        for i in range(first, j)
    )


def disowned(toks: Sequence[Token], first: int, last: int) -> bool:
    """「ガラスを割ってやるなんて冗談でも言いません」「殺すとは一言も言ってない」: the
    cue is quoted (なんて/とは/なんか/って) before a verb of saying or meaning that the
    speaker denies — the words are named only to be disowned. Not when the verb is
    passive (「…なんて言われたくなかったら金返せ」 is a condition) nor when the denial
    is conceded or made a condition (「殺すとは言わないけど、…」)."""
    j = last + 1
    # The threat's own tail (「割って|やる|ぞ」), then the quoting particle.
    while j < len(toks) and j <= last + 4:
        t = toks[j]
        if t.pos == PART and t.surface in _DISOWN_QUOTE:
            break
        if t.pos in (AUX, ADJ) and (t.lemma in _DISOWN_NOT or t.surface in _DISOWN_NOT):
            return False  # 「通報しないとは言ってない」: the denial of a denial threatens
        if t.pos == AUX or (t.pos == PART and t.surface in ("て", "ぞ", "ぜ", "よ", "な", "わ")):
            j += 1
            continue
        if t.pos == VERB and t.pos2 == "非自立可能":
            j += 1
            continue
        return False
    if j >= len(toks) or not (toks[j].pos == PART and toks[j].surface in _DISOWN_QUOTE):
        return False
    verb = -1
    for k in range(j + 1, min(len(toks), j + 7)):
        t = toks[k]
        if (t.pos == VERB and t.lemma in _DISOWN_SAY) or (
            t.pos == NOUN and t.lemma in _DISOWN_NOUNS
        ):
            verb = k
            break
        if t.pos == PUNCT or (t.pos in (VERB, ADJ) and t.lemma not in _DISOWN_BETWEEN):
            return False
    if verb < 0 or _passive(toks, verb):
        return False
    for k in range(verb + 1, min(len(toks), verb + 8)):
        t = toks[k]
        if t.pos == PUNCT:
            return False
        if t.pos in (AUX, ADJ) and (t.lemma in _DISOWN_NOT or t.surface in _DISOWN_NOT):
            if t.cform.startswith("仮定形"):
                return False
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return not (
                nxt is not None
                and (nxt.surface in _DISOWN_BREAK or nxt.cform.startswith("仮定形"))
                and nxt.pos in (PART, AUX)
            )
    return False


#: Verbs of coming, visiting and apologising a narrated visit or apology is told
#: with (伺う: the humble visit).
_VISIT: Final = frozenset(
    ["来る", "来れる", "伺う", "参る", "訪ねる", "訪れる", "謝る", "詫びる", "わびる"]
)
#: A matter settled: after a visit told as done, the visit is no longer wanted.
_RESOLVED: Final = frozenset(["納得", "解決", "了解"])
#: Negation: 「納得できません」 is not settled; 「来させ」 (causative) is an order.
_NOT: Final = frozenset(["ない", "ぬ", "ん", "ず"])
_CAUSATIVE: Final = frozenset(["せる", "させる"])


def resolved_visit(toks: Sequence[Token], first: int, last: int) -> bool:
    """A visit or apology narrated as done and settled, with no verb of favour
    (「責任者の方が謝罪に来られて、納得しました」「謝りに来たので解決しました」): the
    cue's verb of coming is past or a て-form, and a later resolution (納得, 解決,
    了解) ends in the past, not negated. An order (来い, 来させろ), a visit still to
    come (「来るまで納得しない」) or a wish anywhere after the cue keeps it a demand."""
    b = -1  # the last such verb of the phrase: 「謝りに来た」 is told by 来た
    for j in range(first, min(len(toks), last + 4)):
        if j > last and toks[j].pos == PUNCT:
            break
        if toks[j].pos == VERB and toks[j].lemma in _VISIT:
            b = j
    if b < 0 or toks[b].cform.startswith(("命令形", "意志")):
        return False
    done = False
    k = b + 1
    while k < len(toks) and toks[k].pos in (AUX, PART):
        t = toks[k]
        if t.lemma in _CAUSATIVE or t.lemma in _NOT or t.cform.startswith(("命令形", "意志")):
            return False
        if t.lemma == "た" and not t.cform.startswith("仮定形"):
            done = True
            break
        if t.surface in ("て", "で"):
            done = True
            break
        if t.lemma not in ("られる", "れる", "はる", "ます"):
            break
        k += 1
    if not done:
        return False
    rest = toks[k + 1 :]
    if any(
        t.cform.startswith(("命令形", "意志")) or t.lemma in _ASKING or t.surface in _ASKING
        for t in rest
    ):
        return False
    r = next((i for i, t in enumerate(rest) if t.lemma in _RESOLVED), -1)
    if r < 0:
        return False
    after = rest[r + 1 :]
    if any(t.pos == AUX and t.lemma in _NOT for t in after):
        return False
    return any(t.lemma == "た" and not t.cform.startswith("仮定形") for t in after)


def visit_describes(toks: Sequence[Token], first: int, last: int) -> bool:
    """A visit told inside a relative clause in the past (「先週家に来て契約した浄水器」
    「うちに来て工事した業者さん」): the coming, in its て-form, leads to a past verb
    that describes the noun right after it; it is what happened, naming the thing or
    the person, not a visit asked for."""
    b = -1
    for j in range(first, min(len(toks), last + 4)):
        if j > last and toks[j].pos == PUNCT:
            break
        if toks[j].pos == VERB and toks[j].lemma in _VISIT:
            b = j
    if b < 0 or b + 1 >= len(toks) or toks[b + 1].surface not in ("て", "で"):
        return False
    k = b + 2
    # the next predicate: a verb, or a verbal noun and する (契約|し|た)
    while k < len(toks) and toks[k].pos == NOUN and k < b + 4:
        k += 1
    if k >= len(toks) or toks[k].pos != VERB or toks[k].lemma in _VISIT:
        return False
    k += 1
    while k < len(toks) and toks[k].pos == AUX and toks[k].lemma in ("れる", "られる", "ます"):
        k += 1
    if k >= len(toks) or toks[k].lemma != "た" or toks[k].cform.startswith("仮定形"):
        return False
    k += 1
    return k < len(toks) and toks[k].pos == NOUN and toks[k].lemma not in ("の", "ん", "方", "ほう")


#: Adjectives of a time that suits (「ご都合のよい日」「都合つく日」「都合が合う時」).
_SUITS: Final = frozenset(["良い", "いい", "よい", "宜しい", "よろしい", "付く", "つく", "合う"])
#: Nouns of a time (the day, hour or weekday a booking is made for).
_WHEN: Final = frozenset(["日", "時", "とき", "曜日", "時間", "日時", "日程", "時期", "頃", "ころ"])
#: Periods a visit is counted in (「週二回」「月に一度」).
_PERIODS: Final = frozenset(["週", "月", "年", "毎週", "毎月", "毎年", "隔週"])
#: Errands of a confrontation and urgency: a visit with one is summoned, whenever it is
#: set (「都合のいい日でいいから来て説明しろ」).
_CONFRONT: Final = frozenset(
    ["説明", "謝罪", "謝る", "詫び", "詫びる", "土下座", "責任", "弁明", "釈明", "話", "話す"]
    + ["今すぐ", "直ちに", "すぐ", "至急", "今日中", "即刻"]
)


#: Imperatives of asking (「来てください」「来てくれ」): a booking may be asked so; any
#: other imperative (「来い」「説明しろ」) orders.
_ASKING_FORMS: Final = frozenset(["くれる", "呉れる", "下さる", "くださる"])
#: Counts read as one word (「月に一度」「年に二度」).
_ONCE: Final = frozenset(["一度", "二度", "三度", "一回", "二回", "三回"])


def visit_booked(toks: Sequence[Token]) -> bool:
    """The visit is set at a time that suits the listener (「都合のいい日に家まで来て」
    「ご都合のよろしい曜日に」) or counted as a recurring service (「週二回、宅まで来て
    いただきたい」): a booking, not a summons. Not with an errand of confrontation or
    urgency in the sentence (説明, 謝罪, 今すぐ)."""
    if any(
        t.lemma in _CONFRONT
        or t.surface in _CONFRONT
        or (t.cform.startswith("命令形") and t.lemma not in _ASKING_FORMS)
        for t in toks
    ):
        return False
    for i, t in enumerate(toks):
        if t.lemma in ("都合", "御都合"):
            window = toks[i + 1 : i + 5]
            suits = [j for j, w in enumerate(window) if w.lemma in _SUITS or w.surface in _SUITS]
            if suits and any(w.lemma in _WHEN for w in window[suits[0] + 1 :]):
                return True
        if t.lemma in _PERIODS:
            k = i + 1
            if k < len(toks) and toks[k].surface == "に":
                k += 1
            if k < len(toks) and toks[k].lemma in _ONCE:
                return True  # 「月に一度」
            if k + 1 < len(toks) and toks[k].pos == NUM and toks[k + 1].lemma in ("回", "度"):
                return True
    return False


#: A time that suits or a count of visits in the writing (see :func:`visit_booked`).
BOOKED_HINT: Final = re.compile(r"都合|[週月年]に?[一二三四五六七八九十\d]+[回度]")


#: A visit in the writing followed by a past before a word (see :func:`visit_describes`).
VISIT_TOLD_HINT: Final = re.compile(r"来て[^。！？!?\n、，,]{0,8}た[一-龥ァ-ヺ]")


#: Judgements of whether an act is allowed (「誘うのはだめですか」「聞いてもいいですか」).
_RULE_WORDS: Final = frozenset(
    ["駄目", "だめ", "ダメ", "良い", "いい", "よい", "ええ", "大丈夫", "構う", "失礼"]
    + ["迷惑", "アウト", "NG", "ng", "有り", "あり", "問題", "平気", "宜しい", "よろしい"]
    + ["セクハラ", "違反", "禁止", "非常識", "OK", "ok", "オッケー", "不味い", "まずい"]
    + ["不適切", "ハラスメント", "常識", "普通"]
)
#: People named in the third person by their role: an act towards them asked about
#: is a question of what is allowed, not an advance to the listener. Matched in the
#: writing, so that a kana spelling the analyser splits (てんいんさん) still counts.
_THIRD_ROLES: Final = (
    "店員",
    "てんいん",
    "スタッフ",
    "すたっふ",
    "従業員",
    "じゅうぎょういん",
    "客",
    "きゃく",
    "社員",
    "しゃいん",
    "バイト",
    "ばいと",
    "職員",
    "しょくいん",
    "受付",
    "常連",
    "利用者",
)
#: The listener named: the same question is then asked of them.
_LISTENER: Final = frozenset(
    ["あなた", "貴方", "君", "きみ", "お前", "おまえ", "あんた", "貴様", "てめえ"]
    + ["お姉さん", "おねえさん", "姉ちゃん", "ねえちゃん", "お兄さん", "おにいさん", "兄ちゃん"]
)


def rule_question(toks: Sequence[Token], first: int, last: int) -> bool:
    """A question whether an act is allowed, about people named by their role in the
    third person (「お客様を食事に誘うのはだめですか」「店員さんの連絡先を聞くのは失礼
    ですか」): the customer asks a rule, addressed to no staff member. The cue's verb
    is followed by のは/のって, ても or たら and a judgement (だめ, いい, 失礼, 迷惑),
    then a question. Asked of the listener (「今度食事に誘ってもいいですか」, a
    second person, a favour asked: 「教えてもらってもいいですか」, or the humble
    「お誘いしても」) it stays."""
    b = -1
    for j in range(first, min(len(toks), last + 4)):
        if j > last and toks[j].pos == PUNCT:
            break
        if toks[j].pos == VERB:
            b = j
    if b < 0 or b + 2 >= len(toks):
        return False
    k = b + 1
    nominal = toks[k].lemma in ("の", "こと") and toks[k + 1].surface in ("は", "って", "も")
    concessive = toks[k].surface in ("て", "で") and toks[k + 1].surface == "も"
    if nominal or concessive:
        j = k + 2  # 「誘うのは」「誘っても」
    elif toks[k].lemma == "た" and toks[k].cform.startswith("仮定形"):
        j = k + 1  # 「誘ったら」
    else:
        return False
    # The judgement, or a noun compound ending in one (「マナー違反」「コンプラ違反」).
    judged = toks[j : j + 2] if j + 1 < len(toks) and toks[j].pos == NOUN else toks[j : j + 1]
    if not any(t.lemma in _RULE_WORDS or t.surface in _RULE_WORDS for t in judged):
        return False
    if not any(t.surface in ("か", "?", "？") for t in toks[j + 1 :]):
        return False
    if any(t.lemma in _LISTENER or t.surface in _LISTENER for t in toks):
        return False
    if any(t.pos == VERB and t.lemma in _FAVOUR for t in toks[first:j]):
        return False
    # The humble お〜する (「お誘いしてもよろしいでしょうか」) defers to the person
    # invited, who is then the one asked.
    if any(
        t.lemma in ("御", "お", "ご") and toks[i + 1].pos == VERB
        for i, t in enumerate(toks[first:b], start=first)
    ):
        return False
    # The people acted on: a noun run before を/に/の ahead of the verb.
    run = ""
    for t in toks[:b]:
        if t.pos == PART and t.surface in ("を", "に", "の") and run:
            if any(r in run for r in _THIRD_ROLES):
                return True
            run = ""
        elif t.pos in (NOUN, PRON) or t.surface in _PLURAL or t.pos == OTHER:
            run += t.surface
        else:
            run = ""
    return False


def favour_received(toks: Sequence[Token], first: int, last: int) -> int | None:
    """A favour the customer received at the cue (see the module doc): 0 when thanked
    for, 1 when only told in the past (「前は来てくれたのに」 may still press); None when
    the cue is no favour received."""
    b = -1
    for j in range(first, min(len(toks), last + 8)):
        t = toks[j]
        if j > last and t.pos == PUNCT:
            break
        if t.pos == VERB and t.lemma in _FAVOUR:
            b = j
            break
        if t.lemma == "頂戴" and j + 1 < len(toks) and toks[j + 1].lemma == "為る":
            b = j + 1  # 「頂戴して」 (not the request 「来て頂戴」)
            break
        if (
            j > last
            and t.pos in (VERB, ADJ)
            and t.lemma not in ("来る", "来れる")
            and not (j + 1 < len(toks) and toks[j + 1].surface in ("て", "で"))
        ):
            break  # another predicate ends the cue's verb phrase
    if b < 0 or toks[b].cform.startswith(("命令形", "意志")):
        return None
    # The rest of the sentence: a request or a wish there keeps the demand
    # (「来ていただいて説明してほしい」).
    rest = toks[b + 1 :]
    for t in rest:
        if t.cform.startswith(("命令形", "意志")) or t.lemma in _ASKING or t.surface in _ASKING:
            return None
        if t.pos == AUX and t.lemma in ("ない", "ぬ", "ん") and t is rest[0]:
            return None  # 「来てくれない」: asked, or refused, not received
    past = False
    k = b + 1
    while k < len(toks) and toks[k].pos in (AUX, PART) and toks[k].surface not in ("て", "で"):
        if toks[k].lemma == "た":
            if toks[k].cform.startswith("仮定形"):
                return None  # 「来てくれたら許す」: a condition still to be met
            if k + 1 < len(toks) and toks[k + 1].lemma in ("方", "ほう"):
                return None  # 「謝ってくれた方がいい」: advice, the polite order
            past = True
        k += 1
    said = "".join(t.surface for t in rest)
    thanked = any(t.lemma in _THANKS or t.surface in _THANKS for t in rest) or bool(
        _SORRY.search(said)
    )
    ends_past = any(t.lemma == "た" for t in rest)
    if past or (toks[b].cform.startswith("連用形") and (thanked or ends_past)):
        return 0 if thanked or not any(t.surface in ("のに", "けど") for t in rest) else 1
    return None


def own_people(toks: Sequence[Token], first: int, clause: cl.Clause, *, bare: bool = True) -> bool:
    """The insult at ``first`` has the speaker or the speaker's own people as its
    subject, and its clause names no listener (see the module doc). With ``bare``
    False the subject must be marked (が/は/も/って, a comma, or の before a thing): a
    word right before the cue is not taken for it (「ねえ下着の…」: ねえ is a call, not
    姉)."""
    span = toks[clause.start : clause.end]
    if any(
        (t.lemma in _SECOND or t.surface in _SECOND) and not cl.salutation(span, n)
        for n, t in enumerate(span)
    ):
        return False
    for j in range(clause.start, first):
        t = toks[j]
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        # The subject before が/は/も/って, a comma, or the cue itself (「うちの犬バカすぎ」).
        if nxt is None or not (
            (nxt.surface in _SUBJECT and nxt.pos == PART)
            or nxt.surface in ("、", ",")
            or (bare and j + 1 == first and t.pos in (NOUN, PRON))
        ):
            continue
        if t.lemma in _FIRST or t.surface in _FIRST:
            return True  # 「自分がアホやった」
        if (t.lemma in _OWN or t.surface in _OWN) and (bare or not _kin_of_another(toks, j)):
            return True  # 「弟がバカで」 (not 「受付の子、」: staff called by a kin word)
        if j >= 2 and toks[j - 1].surface == "の" and toks[j - 2].lemma in _POSSESSIVE:
            return True  # 「うちのPCがアホ」: the speaker's own thing
    return False


#: Writing that may name the speaker or their own people: a cheap test before a
#: sentence is analysed for :func:`own_people`.
OWN_MARKS: Final = tuple(sorted(_OWN | _FIRST | _POSSESSIVE))

#: Cheap tests on a sentence's own writing before it is analysed: a bracket, or
#: と/って and, a few characters on, a verb of saying (:func:`reported`); a verb of
#: favour in the past or the て-form, not the request 「ください」「いただきたい」
#: (:func:`favour_received`).
QUOTE_HINT: Final = re.compile(
    r"[「『“\"＂]|(?:と|って|て)[^。!?！？\n]{0,14}?"
    r"(?:言|い[うっわいえ]|叫|さけ|怒鳴|どな|書|騒|さわ|送|供述|宣言|予告|主張|脅|おど|喚|わめ"
    r"|呟|つぶや|罵|話|申|おっしゃ|仰|息巻|凄|吐|連呼|絶叫|投稿|返信|告げ|答え|返"
    r"|詰め寄|つめよ|迫|せま|要求|強要|恫喝|罵倒|大声|怒声|罵声|怒号)"
)
#: A quote and a verb of saying or meaning a few characters on (:func:`disowned`).
DISOWN_HINT: Final = re.compile(
    r"(?:なんて|なんか|なんぞ|など|なぞ|とは|って|と)[^。!?！？\n]{0,10}?"
    r"(?:言|い[わうえっ]|云|申|思|おも|考|かんが|口走|書|意味|いみ|つもり)"
)
#: A permission asked in the writing (see :func:`rule_question`).
RULE_HINT: Final = re.compile(r"(?:のは|のって|ても|でも|たら).*(?:か|[?？])")
#: A resolution word in the writing (see :func:`resolved_visit`).
RESOLVED_HINT: Final = re.compile(r"納得|解決|了解|なっとく|かいけつ|りょうかい")
FAVOUR_HINT: Final = re.compile(
    r"(?:くれ|呉れ)(?:[てた]|ま|は[っり])|(?:くださ|下さ)(?:っ|いま)"
    r"|(?:いただ|頂)(?:い|き(?!た[いく])|け[てた]|戴し)|(?:もら|貰)(?:っ|いま|え[てた])|もろ[てた]"
)


#: Verbs whose object is goods: what one orders, buys, receives or uses. 奴 right after
#: one of them, with no object of its own in the relative clause (「注文したやつ」「昨日
#: 買ったやつ」「届いたやつ」), is the thing itself; 「商品を注文したやつ」 may be a person.
_GOODS_VERBS: Final = frozenset(
    ["買う", "購入", "注文", "頼む", "取り寄せる", "予約", "申し込む", "届く", "届ける"]
    + ["送る", "発送", "貰う", "もらう", "頂く", "いただく", "選ぶ", "使う", "着る", "履く"]
    + ["交換", "返品", "返送", "入る", "付く", "付ける", "売る", "落札", "受け取る", "契約"]
)
#: What only a thing undergoes: 奴 as its subject (「買ったやつが壊れてた」「やつまだ届い
#: てへん」) is goods.
_GOODS_PREDICATES: Final = frozenset(
    ["壊れる", "届く", "割れる", "破れる", "故障", "欠ける", "到着", "汚れる", "傷む"]
    + ["剥がれる", "錆びる", "ほつれる", "入荷", "発送", "充電", "起動", "作動", "配達"]
)
#: Adjectives of what a thing measures or looks like (price, size, age, weight,
#: colour, shape): 奴 right after one (「一番高いやつ」「もっと安いやつ」「赤いやつ」) is
#: an item of the range. (Not うるさい, 悪い, 汚い, 遅い: they rate people too.)
_PROPERTY_ADJ: Final = frozenset(
    ["高い", "安い", "新しい", "古い", "大きい", "でかい", "小さい", "ちっちゃい", "長い"]
    + ["短い", "重い", "軽い", "太い", "細い", "厚い", "分厚い", "薄い", "広い", "狭い"]
    + ["丸い", "四角い", "白い", "黒い", "赤い", "青い", "黄色い", "茶色い", "硬い", "固い"]
    + ["柔らかい", "温かい", "暖かい", "冷たい", "安っぽい", "高価"]
)
#: What one does with an item chosen from a range: 奴 as the goal of choosing
#: (「良いやつにして」「大きいやつに替えて」) or the object of getting it (「ええやつと
#: 交換」「いいやつ送って」「黒いやつが欲しい」).
_CHOICE_PREDICATES: Final = _GOODS_VERBS | frozenset(
    ["為る", "替える", "変える", "換える", "取り替える", "欲しい", "ある", "有る", "無い"]
)
#: What may stand between a relative clause's verb and 奴 (「買ってたやつ」「頼んでたやつ」).
_RELATIVE_TAIL: Final = frozenset(["た", "て", "で", "てる", "とる", "ちゃう", "じゃう"])
_THING_PRONOUN: Final = "奴"


def _verb_word(toks: Sequence[Token], j: int) -> str:
    """The lemma of the verb at ``j``; for する, the verbal noun before it (注文|し)."""
    if toks[j].lemma == "為る" and j > 0 and toks[j - 1].pos == NOUN:
        return toks[j - 1].lemma
    return toks[j].lemma


def _item_of_a_range(toks: Sequence[Token], i: int) -> bool:
    """奴 at ``i``, after an adjective, is an item picked from a range: the adjective
    measures a thing (:data:`_PROPERTY_ADJ`), or 奴 is what is chosen, swapped, sent or
    wanted (:data:`_CHOICE_PREDICATES`, through a case particle or none)."""
    if toks[i - 1].pos == ADJ and toks[i - 1].lemma in _PROPERTY_ADJ:
        return True
    k = i + 1
    if k < len(toks) and toks[k].pos == PART and toks[k].surface in ("に", "と", "を", "が", "は"):
        k += 1
    return (
        k < len(toks)
        and toks[k].pos in (VERB, ADJ, NOUN)
        and (_verb_word(toks, k) in _CHOICE_PREDICATES or toks[k].lemma in _CHOICE_PREDICATES)
    )


def names_goods(toks: Sequence[Token], i: int) -> bool:
    """奴/やつ at ``i`` stands for goods, not a person: the object of a relative clause
    of ordering, buying, receiving or using right before it (with no を-object of its
    own), or the subject of a predicate only a thing has (壊れる, 届く, 故障)."""
    if toks[i].lemma != _THING_PRONOUN:
        return False
    # (Dialect adjectives the dictionary does not know, 「ええやつ」, come as OTHER.)
    if i > 0 and toks[i - 1].pos in (ADJ, OTHER) and _item_of_a_range(toks, i):
        return True
    j = i - 1
    while j >= 0 and toks[j].pos in (AUX, PART) and toks[j].surface in _RELATIVE_TAIL:
        j -= 1
    if j >= 0 and j < i - 1 and toks[j].pos == VERB and _verb_word(toks, j) in _GOODS_VERBS:
        k = j - 1 if toks[j].lemma != "為る" else j - 2
        own_object = False
        while k >= 0 and k >= j - 5 and toks[k].pos != PUNCT:
            if toks[k].surface == "を" and toks[k].pos == PART:
                own_object = True
                break
            k -= 1
        if not own_object:
            return True
    for k in range(i + 1, min(len(toks), i + 6)):
        t = toks[k]
        if t.pos == PUNCT and t.surface not in ("、", ","):
            break
        if t.pos == VERB:
            return _verb_word(toks, k) in _GOODS_PREDICATES
    return False


#: What a verb of harm may take as its object without threatening anyone: the enemies
#: of a game or a story (ボス, 敵, モンスター, ゾンビ, キャラ), pests, a software fault or
#: process, and the idioms of killing a sense or time (息を殺す, 時間を潰す, 風味を殺す).
#: Compared on the folded writing (katakana as hiragana) of the object's last noun.
_HARMLESS_OBJECTS: Final = frozenset(
    ["ボス", "ラスボス", "中ボス", "裏ボス", "レイドボス", "魔王", "敵", "敵キャラ", "キャラ"]
    + ["キャラクター", "モンスター", "ゾンビ", "雑魚", "ザコ", "モブ", "ドラゴン", "エネミー"]
    + ["NPC", "ボット", "bot", "悪役", "怪獣", "怪人", "魔物", "妖怪", "幽霊", "エイリアン"]
    + ["ゴブリン", "スライム", "ミニオン", "主人公", "アバター", "ユニット", "プレイヤー"]
    + ["虫", "害虫", "ゴキブリ", "ごきぶり", "蚊", "ハエ", "蝿", "ダニ", "ノミ", "シロアリ"]
    + ["雑草", "菌", "細菌", "雑菌", "ウイルス", "ウィルス", "カビ", "黴"]
    + ["バグ", "不具合", "プロセス", "タスク", "ジョブ", "アプリ", "スレッド", "サーバー"]
    # a login or a connection ended on a device (「他の端末のセッションを全部殺す」)
    + ["セッション", "コネクション", "接続", "常駐", "通知", "ポップアップ", "広告"]
    + ["時間", "暇", "息", "気配", "足音", "声", "感情", "個性", "風味", "持ち味", "味"]
)
_HARMLESS_FOLDED: Final = frozenset(fold(w) for w in _HARMLESS_OBJECTS)
#: Nouns that stand as adverbs of time, degree or manner between an object and its
#: verb (「ボス絶対ぶっ殺す」「敵を今日こそ倒す」).
_ADVERBIAL: Final = frozenset(
    ["絶対", "今日", "明日", "今夜", "今度", "今", "次", "全部", "全て", "一度", "一回", "一撃"]
    + ["本当", "本気", "まじ", "マジ", "ガチ", "速攻", "瞬殺", "秒", "さっさと", "一気"]
)
#: Particles between an object and its verb (「ボスを」「敵なんか」「ゾンビも」, or none).
_OBJECT_MARKS: Final = frozenset(
    ["を", "は", "も", "なんか", "なんて", "とか", "ごと", "だけ", "まで"]
)


#: What a fire is lit in or for when it is no arson: a stove, a candle, a cigarette,
#: a barbecue (「ストーブに火をつける」「ろうそくに火をつけるぞ」).
_FIRE_TOOLS: Final = frozenset(
    ["ストーブ", "暖炉", "薪", "蝋燭", "ろうそく", "ロウソク", "キャンドル", "タバコ", "煙草"]
    + ["たばこ", "コンロ", "ガス", "炭", "線香", "花火", "焚き火", "焚火", "バーベキュー"]
    + ["七輪", "ランプ", "竈", "かまど", "囲炉裏", "火鉢", "ボイラー", "給湯器", "暖房", "釜"]
)
#: What a fire does when it is no arson: warmth, cooking, light (「火でもつけないと暖ま
#: らない」「寒すぎて火でもつけたい」).
_FIRE_USES: Final = frozenset(
    ["暖まる", "温まる", "暖める", "温める", "暖かい", "温かい", "暖か", "寒い", "寒さ"]
    + ["冷える", "凍える", "乾く", "乾かす", "煮える", "炊ける", "炊く", "沸く", "沸かす"]
    + ["明るい", "暗い", "料理", "調理", "お湯", "湯", "風呂", "暖", "寒気"]
)
_SENTENCE_END: Final = frozenset(["。", "！", "？", "!", "?"])


def _sentence_of(toks: Sequence[Token], i: int) -> tuple[int, int]:
    """The token span [lo, hi) of the sentence holding token ``i``."""
    lo = i
    while lo > 0 and toks[lo - 1].surface not in _SENTENCE_END:
        lo -= 1
    hi = i
    while hi < len(toks) and toks[hi].surface not in _SENTENCE_END:
        hi += 1
    return lo, hi


def _fire_for_use(toks: Sequence[Token], first: int) -> bool:
    """A fire lit for warmth, cooking or light (「火でもつけないと暖まらない」「ろうそく
    に火をつけるぞ」): the sentence names a use or a tool of fire, and nothing before
    the fire is its target — no person, company or premises (「店に火でもつけないと分
    からんのか」 keeps the threat)."""
    lo, hi = _sentence_of(toks, first)
    tool = False
    for j in range(lo, first):
        t = toks[j]
        if _someone(t):
            return False
        is_tool = t.lemma in _FIRE_TOOLS or t.surface in _FIRE_TOOLS
        tool = tool or is_tool
        if t.pos == NOUN and not is_tool and j + 1 < first and toks[j + 1].surface == "に":
            return False  # 「店に」「家に」: the fire's target
    return tool or any(
        t.lemma in _FIRE_USES or t.surface in _FIRE_USES or t.lemma in _FIRE_TOOLS
        for t in toks[lo:hi]
    )


def harms_a_thing(toks: Sequence[Token], first: int, clause: cl.Clause) -> bool:
    """The verb of harm at ``first`` takes a thing as its object, not a person:
    「ボスぶっ殺すまで寝ない」「ゾンビを今日こそ殴り倒す」「バグを潰す」. The object is the
    noun before を in the verb's clause, else the nearest noun before the verb that is no
    adverb of time or degree (絶対, 今日, 全部). A person word, a second person or a
    name anywhere before the verb in its clause keeps the threat (「お前のボスを殺す」
    「担当者もゾンビもぶっ殺す」): the harmless noun may be theirs or one of several.
    A fire lit for warmth or light harms nothing either (:func:`_fire_for_use`)."""
    if toks[first].lemma == "火" and _fire_for_use(toks, first):
        return True
    head = None
    for j in range(first - 1, max(clause.start, first - 8) - 1, -1):
        t = toks[j]
        if t.pos == PART and t.surface == "を":
            k = j - 1
            while k >= clause.start and toks[k].pos == PART and toks[k].surface in _OBJECT_MARKS:
                k -= 1
            head = k if k >= clause.start and toks[k].pos == NOUN else None
            break
        if t.pos == NOUN and t.lemma not in _ADVERBIAL and head is None:
            if j + 1 < first and toks[j + 1].pos == PART and toks[j + 1].surface == "が":
                return False  # the subject (「掃除が雑草 ぶっ飛ばすぞ」), not the object
            head = j
    if head is None:
        return False
    t = toks[head]
    if fold(t.surface) not in _HARMLESS_FOLDED and t.lemma not in _HARMLESS_OBJECTS:
        return False
    return not any(_someone(toks[k]) for k in range(clause.start, first))


#: People by their role or by the company they stand for (「管理人の掃除が…ぶっ飛ばすぞ」).
_SOMEONE: Final = frozenset(
    ["運営", "会社", "御社", "貴社", "上司", "社長", "店長", "先生", "運営さん"]
)
#: Endings of a noun for a person: 係員, 担当者, 管理人, 店長, 看護師, 整備士, 田中さん.
_PERSON_ENDINGS: Final = ("員", "者", "人", "長", "師", "士", "さん", "様", "ちゃん", "くん", "君")


def _someone(t: Token) -> bool:
    """A second person, a person word, a name or a word for the company."""
    if t.lemma in _SECOND or t.surface in _SECOND or t.lemma in _PEOPLE or t.surface in _PEOPLE:
        return True
    if t.pos != NOUN and t.pos != PRON:
        return False
    return (
        t.pos2 == "固有名詞"
        or t.lemma in _SOMEONE
        or t.surface in _SOMEONE
        or t.surface.endswith(_PERSON_ENDINGS)
    )


def aims_at_someone(toks: Sequence[Token]) -> bool:
    """The sentence names the listener, staff or the company (also as the analyser cuts
    it: 御|社), or a person as what an act is about (「店長のことは」「田中を」): a step
    told about them is aimed at them."""
    for i, t in enumerate(toks):
        joined = toks[i - 1].surface + t.surface if i else ""
        if t.lemma == "会社" and i and toks[i - 1].pos == NOUN and joined not in _STAFF_SIDE:
            continue  # 「管理会社」「保険会社」: another company, named by its trade
        if t.lemma in _STAFF_SIDE or t.surface in _STAFF_SIDE or joined in _STAFF_SIDE:
            return True
        nxt = toks[i + 1].surface if i + 1 < len(toks) else ""
        if nxt in _TARGET_MARKS | {"の", "は"} and _someone(t) and not _not_staff(t):
            return True
    return cl.names_listener_ja(toks, 0, len(toks))


# Someone else's things, someone else's crime ---------------------------------------

#: People a customer names who are not staff: the other party of an accident or a
#: dispute, an offender, a neighbour (the customer's own side: _FIRST, _OWN).
_NOT_STAFF: Final = frozenset(
    ["相手", "相手方", "犯人", "加害者", "犯", "容疑者", "被疑者", "不審者", "泥棒", "隣"]
    + ["隣人", "近所", "他人", "知らない人", "当て逃げ犯", "ひき逃げ犯"]
)
#: Crimes a customer may suffer at the hands of a stranger (not 事故: a delivery's
#: accident may be the company's).
_CRIMES: Final = frozenset(
    ["当て逃げ", "ひき逃げ", "轢き逃げ", "盗難", "窃盗", "置き引き", "空き巣", "ひったくり"]
    + ["引ったくり", "車上荒らし", "車上狙い", "すり", "スリ", "掏摸", "痴漢", "盗撮", "詐欺"]
    + ["泥棒", "強盗", "暴行", "傷害", "器物損壊", "不審者", "ストーカー", "犯人", "加害者"]
)
#: Verbs of a crime, suffered in the passive (「盗まれた」「ぶつけられた」「騙された」).
_CRIME_VERBS: Final = frozenset(
    ["盗む", "盗る", "ぶつける", "当てる", "轢く", "殴る", "蹴る", "騙す", "荒らす", "壊す"]
    + ["引ったくる", "ひったくる", "付け回す", "つけ回す", "覗く", "撮る", "擦る"]
)
#: A report to the police: these words in the cue's sentence.
_POLICE: Final = frozenset(["警察", "110番", "百十番", "交番", "警察署", "被害届", "通報", "警官"])
#: Legal action that is the customer's own case, not a report of a crime.
_CASE: Final = frozenset(
    ["訴える", "裁判", "弁護士", "訴訟", "告訴", "提訴", "賠償", "損害賠償", "慰謝料", "法的"]
)
_TARGET_MARKS: Final = frozenset(["を", "も", "のこと"])


def _not_staff(t: Token) -> bool:
    return t.lemma in _NOT_STAFF or t.surface in _NOT_STAFF or t.lemma in _FIRST | _OWN


_DEMONSTRATIVES: Final = frozenset(["あの", "その", "この", "あんな", "こんな", "そんな"])


def _kin_of_another(toks: Sequence[Token], n: int) -> bool:
    """A kin word at ``n`` (子, 娘, 兄) that is not the speaker's: pointed at (「あの子」)
    or owned by another noun (「バイトの子」「受付の娘」) — staff called by a kin word."""
    t = toks[n]
    if t.lemma not in _OWN and t.surface not in _OWN:
        return False
    if n >= 1 and toks[n - 1].surface in _DEMONSTRATIVES:
        return True
    return (
        n >= 2
        and toks[n - 1].surface == "の"
        and toks[n - 2].surface not in _POSSESSIVE
        and toks[n - 2].lemma not in _FIRST
    )


def owned_by_other(toks: Sequence[Token], first: int) -> bool:
    """The private item the cue at ``first`` names is someone's other than staff: its
    owner, named before it with の (「相手の車のナンバー」「事故の相手の車の」「私の
    住所」), is the other party, an offender, a neighbour or the speaker's own people,
    or a crime (「当て逃げの車のナンバー」). A person word, a name or the listener as
    the owner (「店長の車のナンバー」「お前の」) keeps the cue."""
    j = first - 1
    while j >= 1 and toks[j].surface == "の" and toks[j].pos == PART:
        owner = toks[j - 1]
        if _kin_of_another(toks, j - 1):
            return False  # 「あの子の」「バイトの子の」: that girl, the part-timer
        if _not_staff(owner) or owner.lemma in _CRIMES:
            return True
        if _someone(owner):
            return False
        j -= 2
    return False


#: Looks and the body: a photo of these is of a person (「制服姿」「お姉さんの脚」).
_LOOKS: Final = frozenset(
    ["姿", "顔", "素顔", "笑顔", "寝顔", "横顔", "全身", "体", "身体", "脚", "足", "胸", "尻"]
    + ["制服", "制服姿", "私服", "水着", "子", "あの子", "美人", "可愛い子", "スタイル"]
    + ["髪", "髪型", "ヘア", "ヘアスタイル", "服", "服装", "格好", "メイク", "化粧", "浴衣"]
    + ["着物", "エプロン", "ユニフォーム", "名札", "目", "唇", "口元", "手", "指", "肌"]
)


def photographs_a_thing(toks: Sequence[Token], first: int) -> bool:
    """A photo asked or told (写真 at ``first``) of a thing the sentence names before it
    (「柱の傷、写真撮らせてもらえて」「水槽のクラゲ、写真撮らせて」「ケーキが綺麗で写真
    撮らせて」): a keepsake or an exhibit, nobody's private life. The sentence must name
    no person, name, kin word, listener, staff or look of a body (「店員さんの写真」「君の
    制服姿、写真撮らせて」「受付のあの子、写真」), and a bare 「写真撮らせてよ」 names no
    thing."""
    if toks[first].lemma != "写真":
        return False
    start, end = _sentence_of(toks, first)
    sentence = toks[start:end]
    if aims_at_someone(sentence):
        return False
    thing = False
    for t in sentence:
        if t.pos == PRON or _someone(t) or t.lemma in _OWN or t.surface in _OWN:
            return False
        if t.lemma in _LOOKS or t.surface in _LOOKS or t.surface.endswith("姿"):
            return False
        if t.pos2 == "固有名詞" or t.surface in cl.HONORIFIC_SUFFIXES:
            return False
    for t in toks[start:first]:
        if t.pos == NOUN and t.lemma not in _ADVERBIAL and t.lemma not in _NOT_SPEAKER:
            thing = True
    return thing


def crime_suffered(toks: Sequence[Token]) -> bool:
    """The sentence tells of a crime the customer suffered (「当て逃げされました」「財布
    を盗まれた」「車上荒らしに遭った」「犯人は逃げました」) that it lays on no staff
    member, listener or company (「店員に盗まれた」 names one as the offender)."""
    crime = False
    for i, t in enumerate(toks):
        # (a compound the analyser cut in two: 車上|荒らし)
        joined = toks[i - 1].surface + t.surface if i else ""
        if t.lemma in _CRIMES or t.surface in _CRIMES or joined in _CRIMES:
            crime = True
        elif t.lemma in ("事故", "交通事故") and any(x.lemma in ("相手", "相手方") for x in toks):
            crime = True  # 「事故の相手」: an accident with a stranger
        elif _own_accident(toks, i):
            crime = True  # 「追突事故を起こしてしまいました」: the customer's own accident
        elif (
            t.pos == VERB
            and t.lemma in _CRIME_VERBS
            and i + 1 < len(toks)
            and toks[i + 1].lemma in ("れる", "られる")
        ):
            crime = True
        elif _followed(toks, i):
            crime = True  # 「知らない大人に後をつけられた」: followed in the street
        if (
            t.surface == "に"
            and i >= 1
            and _someone(toks[i - 1])
            and not _not_staff(toks[i - 1])
            and toks[i - 1].lemma not in _CRIMES
            and not _stranger(toks, i - 1)
        ):
            return False  # 「配達員に盗まれた」: the offender is one of theirs
    return crime


#: Verbs of menacing or assaulting someone, done by a third party the customer saw.
_MENACE: Final = frozenset(
    ["凄む", "脅す", "脅迫", "恫喝", "暴れる", "絡む", "殴る", "蹴る", "怒鳴る", "詰め寄る"]
    + ["罵倒", "喚く", "怒鳴り散らす", "殴り掛かる", "掴み掛かる", "食って掛かる"]
)
#: Third parties a customer may see menacing someone.
_BYSTANDER_OFFENDERS: Final = frozenset(["酔漢", "酔客", "酔っ払い", "酔っぱらい", "不審者"])


def menace_witnessed(toks: Sequence[Token]) -> bool:
    """The sentence tells of a third party menacing or assaulting someone, as the
    customer saw it (「酔漢が売り子の娘さんに『…』と凄んでおった」「隣の客が店員に怒鳴って
    いた」): a subject before が/は that is a stranger or a person word (客, 男, 酔っ払い),
    no staff, listener or name, and an active verb of menace after it. A report to the
    police beside it is about that act."""
    subject = False
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.pos == PART and nxt.surface in ("が", "は"):
            if t.lemma in _STAFF_SIDE or t.surface in _STAFF_SIDE or t.pos2 == "固有名詞":
                return False
            if (
                t.lemma in _PEOPLE
                or t.surface in _PEOPLE
                or t.lemma in _NOT_STAFF
                or t.lemma in _BYSTANDER_OFFENDERS
                or t.surface.endswith("客")
            ):
                subject = True
        if subject and t.pos in (VERB, NOUN) and t.lemma in _MENACE:
            k = i + 1
            if k < len(toks) and toks[k].lemma == "為る":
                k += 1
            # a passive is suffered by the customer: crime_suffered reads it
            return not (k < len(toks) and toks[k].lemma in ("れる", "られる"))
    return False


#: A third party's menace, in the message's writing (see :func:`menace_witnessed`).
MENACE_HINT: Final = re.compile(
    r"凄[まみむめん]|脅[さしすせ]|脅迫|恫喝|暴れ|絡[まみむめん]|殴[らりるれっ]|蹴[らりるれっ]"
    r"|怒鳴|詰め寄|罵倒|喚[かきくけい]|掴みかか|掴み掛か|食ってかか|食って掛か"
)


#: Verbs of following someone: after 後を (「後をつけられた」) or alone (「付きまとわれた」),
#: suffered in the passive.
_FOLLOWING: Final = frozenset(["付ける", "つける", "尾ける", "着ける"])
_HOUNDING: Final = frozenset(["付き纏う", "付きまとう", "つきまとう", "纏わり付く", "尾行"])


def done_by_a_neighbour(toks: Sequence[Token], first: int, last: int) -> bool:
    """The harm at ``first..last`` is done towards the writer (〜てくる) by a neighbour
    or a stranger named as its subject (「隣の部屋の人が夜中に壁を殴ってきます」「見知らぬ
    男が蹴ってきた」): a nuisance or an assault suffered, told to the company. The
    listener, staff or the company anywhere else before the verb keeps it
    (「隣の奴がお前を殴ってくるぞ」)."""
    j = last + 1
    if j < len(toks) and toks[j].surface in ("て", "で"):
        j += 1
    if j >= len(toks) or toks[j].lemma not in ("来る", "くる"):
        return False
    start, _ = _sentence_of(toks, first)
    for k in range(start + 1, first):
        if toks[k].pos != PART or toks[k].surface not in ("が", "は"):
            continue
        # the subject's noun phrase: nouns joined by の (「隣の部屋の人」)
        lo = k - 1
        while lo > start and (
            toks[lo - 1].pos == NOUN or (toks[lo - 1].surface == "の" and toks[lo - 1].pos == PART)
        ):
            lo -= 1
        phrase = range(lo, k)
        if not any(
            toks[n].lemma in _NOT_STAFF or toks[n].surface in _NOT_STAFF or _stranger(toks, n)
            for n in phrase
        ):
            continue
        return not any(
            _someone(toks[n]) or toks[n].lemma in _STAFF_SIDE or toks[n].surface in _STAFF_SIDE
            for n in range(start, first)
            if n not in phrase
        )
    return False


def _followed(toks: Sequence[Token], i: int) -> bool:
    """``toks[i]`` is a verb of following suffered in the passive (「後をつけられた」
    「つきまとわれて」「尾行された」)."""
    t = toks[i]
    j = i + 1
    if t.lemma == "尾行" and j < len(toks) and toks[j].lemma == "為る":
        j += 1
    if j >= len(toks) or toks[j].lemma not in ("れる", "られる"):
        return False
    if t.lemma in _HOUNDING:
        return True
    return (
        t.lemma in _FOLLOWING
        and i >= 2
        and toks[i - 1].surface == "を"
        and toks[i - 2].surface in ("後", "あと", "跡")
    )


def _own_accident(toks: Sequence[Token], i: int) -> bool:
    """``toks[i]`` is an accident the writer had (「事故を起こしてしまった」「事故に遭い
    ました」), in a sentence that names no person, listener or company as its doer
    (「御社の社員が事故を起こした」 lays it on them): a police report after it is the
    errand an accident needs."""
    t = toks[i]
    if not (t.lemma.endswith("事故") or t.surface.endswith("事故")):
        return False
    if i + 2 >= len(toks):
        return False
    mark, verb = toks[i + 1], toks[i + 2]
    if not (
        (mark.surface == "を" and verb.lemma == "起こす")
        or (mark.surface == "に" and verb.lemma in ("遭う", "あう", "合う"))
    ):
        return False
    if i + 3 < len(toks) and toks[i + 3].lemma in ("れる", "られる", "せる", "させる"):
        return False  # 「事故を起こされた」: someone else's doing
    return not any(
        (_someone(x) and not _not_staff(x)) or x.lemma in _STAFF_SIDE or x.surface in _STAFF_SIDE
        for x in toks
    )


def _stranger(toks: Sequence[Token], n: int) -> bool:
    """The person at ``n`` is told as unknown (「知らない大人」「見知らぬ男」「不審な男性」)."""
    if n >= 1 and toks[n - 1].surface in ("見知らぬ", "見知らない", "不審な"):
        return True
    return (
        n >= 2
        and toks[n - 2].lemma in ("知る", "見知る")
        and toks[n - 1].lemma in ("ない", "ぬ", "ず")
    )


def _crime_condition(toks: Sequence[Token], i: int) -> bool:
    """The condition ending at ``toks[i]`` is whether something is a crime (「詐欺で
    あれば警察に相談します」「盗難なら被害届を出します」): the report waits on the facts,
    on nothing the company must do."""
    k = i - 1 if toks[i].pos == PART else i
    while k >= 0 and (toks[k].lemma in ("だ", "です", "有る", "た") or toks[k].surface == "で"):
        k -= 1
    return k >= 0 and (toks[k].lemma in _CRIMES or toks[k].surface in _CRIMES)


def police_report(toks: Sequence[Token]) -> bool:
    """The sentence reports to the police (警察, 110番, 被害届, 通報) and nothing else of
    the law (訴える, 弁護士, 賠償), aimed at no one: no listener, and no person, name
    or company as what is reported (「お前を警察に突き出す」「店長のことも通報する」),
    and no condition (「返金しないなら警察に行く」)."""
    if not any(
        t.lemma in _POLICE
        or t.surface in _POLICE
        or (i and toks[i - 1].surface + t.surface in _POLICE)
        for i, t in enumerate(toks)
    ):
        return False
    for i, t in enumerate(toks):
        if t.lemma in _CASE or t.lemma in _SECOND or t.surface in _SECOND:
            return False
        if (
            t.surface in ("なら", "たら", "ば", "なきゃ", "なけりゃ")
            or (t.lemma == "た" and t.cform.startswith("仮定形"))
        ) and not _crime_condition(toks, i):
            return False
        if t.surface == "と" and i >= 1 and toks[i - 1].lemma in _NOT:
            return False
        nxt = toks[i + 1].surface if i + 1 < len(toks) else ""
        if nxt in _TARGET_MARKS and _someone(t) and not _not_staff(t) and t.lemma not in _POLICE:
            return False
    return True


#: A crime suffered, in the message's writing (see :func:`crime_suffered`).
CRIME_HINT: Final = re.compile(
    "|".join(sorted({fold(w) for w in _CRIMES}, key=len, reverse=True))
    + r"|盗[まらっ]れ|取られ|ぶつけられ|当てられ|轢かれ|ひかれ|殴られ|蹴られ|騙され|だまされ"
    + r"|荒らされ|壊され|こわされ|事故の相手|[後あ跡]と?を[つ付尾着]けられ|つきまとわれ|付きまとわれ"
    + r"|付き纏われ|尾行され|事故を起こ|事故に遭|事故にあ"
)


# A scene of a work, a thing run down ---------------------------------------------

#: Nouns of a scene or a plot that an act may be told as part of (「犯人が被害者を毒殺する
#: トリック」「悪代官が土下座する場面」).
_SCENE: Final = frozenset(
    ["場面", "シーン", "トリック", "描写", "くだり", "展開", "結末", "エピソード", "筋書き"]
    + ["ストーリー", "物語", "事件", "犯行", "手口", "あらすじ", "名場面", "見せ場", "オチ"]
)
#: Works and their genres (with :data:`_MEDIA`): a sentence naming one tells of it.
_WORKS: Final = _MEDIA | frozenset(
    ["時代劇", "ミステリー", "推理小説", "推理", "サスペンス", "ホラー", "時代小説", "作品"]
    + ["原作", "シリーズ", "刑事ドラマ", "大河", "大河ドラマ", "新刊", "既刊", "戯曲", "落語"]
    + ["歌舞伎", "講談", "昔話", "童話", "神話", "コミック", "ライトノベル", "ラノベ", "映像化"]
)
#: Companies and their people: never a character of a work (the speaker's side is
#: :data:`_FIRST`, :data:`_OWN`, :data:`_POSSESSIVE`).
_STAFF_SIDE: Final = _SECOND | frozenset(
    ["運営", "会社", "上司", "社長", "店長", "責任者", "支配人", "係員", "社員", "店員"]
    + ["部長", "課長", "係長", "主任", "役員", "職員", "窓口", "受付", "スタッフ", "皆さん"]
)


def _scene_subject(t: Token) -> bool:
    """A noun that may be a work's character or a third party of a story: no name, no
    listener or staff, not the speaker's side."""
    if t.pos != NOUN or t.pos2 == "固有名詞":
        return False
    return not (
        t.lemma in _STAFF_SIDE
        or t.surface in _STAFF_SIDE
        or t.lemma in _FIRST
        or t.surface in _FIRST
        or t.lemma in _OWN
        or t.surface in _OWN
    )


def portrayed(toks: Sequence[Token], first: int, clause: cl.Clause) -> bool:
    """The act at ``first`` (a killing, a kneeling) is told as what happens in a work:
    its clause has a subject before it that is a third party, no name or staff (「犯人
    が」「悪代官が」「主人公は」), the sentence names a work or its genre (作中, 時代劇,
    ミステリー) or the act's clause runs on into a noun of a scene (「…毒殺するトリック」
    「…土下座する場面」), and nothing in the sentence is the listener, staff or a
    company, or the speaker's own side (「うちの若いのが殴り込む場面になる」)."""
    lo, hi = _sentence_of(toks, first)
    for t in toks[lo:hi]:
        if t.lemma in _STAFF_SIDE or t.surface in _STAFF_SIDE or t.pos2 == "固有名詞":
            return False
        if t.lemma in _POSSESSIVE or t.surface in _POSSESSIVE or t.lemma in _FIRST:
            return False
    for n in range(lo + 1, hi):
        if toks[n].surface in cl.HONORIFIC_SUFFIXES and toks[n - 1].pos in (NOUN, PRON, OTHER):
            return False  # 「佐藤さんが」: a person named, maybe staff
    subject = any(
        _scene_subject(toks[j]) and toks[j + 1].pos == PART and toks[j + 1].surface in ("が", "は")
        for j in range(max(clause.start, lo), first - 1)
    )
    if not subject:
        return False
    if any(t.lemma in _WORKS or t.surface in _WORKS for t in toks[lo:hi]):
        return True
    for t in toks[first + 1 : hi]:
        if t.pos == PUNCT:
            return False
        if t.pos == NOUN and (t.lemma in _SCENE or t.surface in _SCENE):
            return True
    return False


#: Machines, devices and software a customer may run down (「このナビほんとポンコツ」
#: 「このアプリゴミすぎ」): the insult is said of a thing, nobody is abused. Nouns ending
#: in 機 or 器 (洗濯機, 充電器) are machines too.
_DEVICES: Final = frozenset(
    ["ナビ", "カーナビ", "パソコン", "PC", "ノートパソコン", "スマホ", "スマートフォン", "携帯"]
    + ["タブレット", "アプリ", "ソフト", "ソフトウェア", "システム", "サイト", "ウェブサイト"]
    + ["プリンター", "プリンタ", "ルーター", "モデム", "テレビ", "エアコン", "冷蔵庫", "レンジ"]
    + ["電子レンジ", "カメラ", "マシン", "車", "バイク", "自転車", "ゲーム", "パッド"]
    + ["イヤホン", "ヘッドホン", "スピーカー", "マウス", "キーボード", "モニター", "ディスプレイ"]
    + ["バッテリー", "ケーブル", "端末", "機械", "製品", "商品", "家電", "時計", "ドライヤー"]
    + ["Wi-Fi", "wifi", "WiFi", "ネット", "回線", "AI", "チャットボット", "ボット", "翻訳"]
    # software's faults and parts (「このエラーまじでクソ」「管理画面ゴミすぎ」)
    + ["エラー", "バグ", "不具合", "仕様", "画面", "管理画面", "ボタン", "機能", "サーバー"]
    + ["アップデート", "ログイン", "API", "UI", "ダッシュボード", "ツール"]
)
#: Adverbs of degree that may stand between a thing and the insult (「このナビほんと
#: ポンコツ」): the analyser reads several as nouns.
_DEGREE: Final = frozenset(
    ["本当", "ほんと", "ほんま", "マジ", "まじ", "ガチ", "めっちゃ", "超", "もう", "全く"]
    + ["完全", "相変わらず", "やっぱり", "やっぱ", "どうにも", "本気", "つくづく", "いつも"]
)

_DEVICES_FOLDED: Final = frozenset(fold(w) for w in _DEVICES)


def _a_device(t: Token) -> bool:
    if t.pos != NOUN or t.pos2 == "固有名詞":
        return False
    return (
        t.lemma in _DEVICES
        or t.surface in _DEVICES
        or fold(t.surface) in _DEVICES_FOLDED
        or (len(t.surface) >= 2 and t.surface.endswith(("機", "器")))
    )


def urge_after(toks: Sequence[Token], last: int) -> bool:
    """The verb ending at ``last`` is wished as an urge that comes over the speaker
    (〜たくなる: 「ぶっ壊したくなる」「叩き割りたくなります」)."""
    j = last + 1
    return (
        j + 1 < len(toks)
        and toks[j].lemma == "たい"
        and toks[j].surface.startswith("たく")
        and toks[j + 1].lemma == "成る"
    )


def sentence_before(toks: Sequence[Token], i: int) -> tuple[Token, ...] | None:
    """The tokens of the sentence before the one holding ``toks[i]`` when both are in
    ``toks`` (a short message analysed whole); None when ``toks[i]``'s sentence is the
    first in ``toks``."""
    ends = [j for j in range(i) if toks[j].surface in _SENTENCE_END]
    if not ends:
        return None
    start = ends[-2] + 1 if len(ends) > 1 else 0
    return tuple(toks[start : ends[-1]])


def urge_on_a_device(
    toks: Sequence[Token], first: int, clause: cl.Clause, before: Sequence[Token]
) -> bool:
    """An urge to smash (:func:`urge_after`) whose object is a machine, named in the
    verb's clause or, when the clause names nothing, in the sentence before
    (「このプリンター、紙詰まりばっかりでほんとクソ。ぶっ壊したくなる」): the speaker's
    exasperation with a device. A person, the listener or the company in either keeps
    it (「この店ぶっ壊したくなる」「店員の態度最悪。ぶっ壊したくなる」)."""
    own = toks[clause.start : first]
    if any(
        _someone(t) or t.lemma in _STAFF_SIDE or t.surface in _STAFF_SIDE for t in (*own, *before)
    ):
        return False
    if any(_a_device(t) for t in own):
        return True
    if any(
        t.pos == NOUN
        and t.lemma not in _ADVERBIAL
        and t.lemma not in _DEGREE
        and t.surface not in _DEGREE
        for t in own
    ):
        return False  # 「店ぶっ壊したくなる」: something else is smashed
    return any(_a_device(t) for t in before)


#: Vermin an exterminator is called for: killing them is the job asked (「ゴキブリが出
#: よる。全部ぶち殺してほしい」「ネズミに玉ねぎかじられて、ぶち殺したいくらい」).
_PESTS: Final = frozenset(
    ["虫", "害虫", "ゴキブリ", "ごきぶり", "蚊", "ハエ", "蝿", "ダニ", "ノミ", "シロアリ"]
    + ["白蟻", "ネズミ", "ねずみ", "鼠", "ムカデ", "百足", "ゲジ", "クモ", "蜘蛛", "ハチ"]
    + ["蜂", "スズメバチ", "アリ", "蟻", "ナメクジ", "カメムシ", "トコジラミ", "南京虫"]
    + ["ハクビシン", "イタチ", "コウモリ", "蝙蝠", "ヘビ", "蛇", "ゴキ", "シラミ", "ダンゴムシ"]
)
_PESTS_FOLDED: Final = frozenset(fold(w) for w in _PESTS)


def names_no_object(toks: Sequence[Token], first: int, clause: cl.Clause) -> bool:
    """The clause of the verb at ``first`` names nothing before it but adverbs of time,
    degree or quantity (「もう全部ぶち殺してほしい」「ほんまにぶち殺したい」): its object
    is elided, to be found in the sentence before."""
    return not any(
        (t.pos in (NOUN, PRON) and t.lemma not in _ADVERBIAL and t.lemma not in _DEGREE)
        and t.surface not in _DEGREE
        and t.lemma not in ("全部", "全て", "皆", "みんな", "全員", "残らず")
        for t in toks[clause.start : first]
    )


def pests_before(
    toks: Sequence[Token], first: int, clause: cl.Clause, before: Sequence[Token]
) -> bool:
    """A verb of killing whose clause names no object (:func:`names_no_object`) after a
    sentence about vermin (:data:`_PESTS`): the pests are what is to be killed, the
    exterminator's job. A person, the listener or the company in either sentence keeps
    it (「店員の態度最悪。ぶち殺したい」「ゴキブリが出た。お前ぶち殺すぞ」)."""
    own = toks[clause.start : first]
    if any(
        _someone(t) or t.lemma in _STAFF_SIDE or t.surface in _STAFF_SIDE for t in (*own, *before)
    ):
        return False
    return any(
        t.pos == NOUN and (t.lemma in _PESTS or fold(t.surface) in _PESTS_FOLDED) for t in before
    )


#: A thing's mishap set as a condition (「落ちてきたら」「倒れたら」): see hazard_kills.
HAZARD_HINT: Final = re.compile(
    r"(?:落ち|倒れ|崩れ|外れ|飛ん|飛ば|転が|燃え|爆発|倒壊|落下|崩落|はずれ|おち)"
    r"[^。!?！？\n]{0,6}?(?:たら|れば|ると|ては|ちゃ)"
)
#: Verbs of a thing's mishap (see hazard_kills).
_MISHAP: Final = frozenset(
    ["落ちる", "倒れる", "崩れる", "外れる", "飛ぶ", "飛ばす", "転がる", "燃える", "爆発"]
    + ["倒壊", "落下", "崩落", "飛ばされる", "剥がれる", "抜ける", "漏れる", "滑る"]
)
#: Helpers that make an act unintended (「殺してまう」「殺してしまう」「殺しちゃう」).
_UNINTENDED: Final = frozenset(["仕舞う", "しまう", "まう", "ちまう", "ちゃう", "じゃう", "ちゃ"])


def hazard_kills(toks: Sequence[Token], first: int, last: int) -> bool:
    """A death or injury told as what a thing's mishap would cause, unintended
    (「あんなん落ちてきたら人殺してまうで」「看板が倒れたら誰か殺してしまう」): the
    danger of a fault, reported to have it fixed. The verb ends in 〜てしまう/〜ちゃう,
    the clause before it is a condition on a verb of falling or breaking, and the
    sentence names no listener, staff or company (「落ちてきたらお前を殺してまうぞ」
    names one)."""
    if not any(
        t.lemma in _UNINTENDED or t.surface in _UNINTENDED
        for t in toks[first : min(len(toks), last + 3)]
    ):
        return False
    start, _ = _sentence_of(toks, first)
    mishap = False
    for k in range(start, first):
        if toks[k].lemma in _MISHAP and any(
            x.surface in ("たら", "ば", "と", "ては", "ちゃ") or x.lemma == "た"
            for x in toks[k + 1 : min(first, k + 5)]
        ):
            mishap = True
    if not mishap:
        return False
    _, end = _sentence_of(toks, last + 1)  # the sentence's end after the cue
    return not any(
        t.lemma in _STAFF_SIDE or t.surface in _STAFF_SIDE or (_someone(t) and t.lemma != "人")
        for t in toks[start:end]
        if not (t.pos == NOUN and t.lemma.startswith("人殺"))
    )


#: Weapons a violence cue names as a bare noun (爆弾): named as a kind of thing they
#: threaten nothing (see weapon_named).
_WEAPON_NOUNS: Final = frozenset(["爆弾", "時限爆弾", "爆発物"])
#: Nouns a weapon noun may modify that are its making or placing (「爆弾の作り方」): still
#: the weapon itself in prospect.
_MAKING: Final = frozenset(
    ["作り方", "作成", "製造", "製作", "材料", "準備", "用意", "設置", "仕掛け", "予告"]
)
#: Premises a thing may be sent to or left in (「店に爆弾の箱を送る」).
_PREMISES: Final = frozenset(["店", "店舗", "事務所", "本社", "支店", "建物", "ビル", "自宅", "家"])


def weapon_named(toks: Sequence[Token], first: int, last: int) -> bool:
    """The weapon noun at ``first`` (爆弾) names a kind of thing: the first part of a
    compound (「爆弾解除ルーム」「爆弾処理班」) or, through の, what another noun is
    (「『爆弾』の箱」「爆弾のギミック」) — a game's prop, a room's title, a puzzle. Not
    its making or placing (「爆弾の作り方」), and not in a sentence that names the
    listener, staff, a person or premises (「店に爆弾の箱を送りつけたろか」) or that ends
    in the speaker's intent or an order (〜てやる, 〜たろ, 〜しろ, 〜ぞ)."""
    if first != last or toks[first].lemma not in _WEAPON_NOUNS:
        return False
    j = first + 1
    while j < len(toks) and toks[j].surface in _CLOSE:
        j += 1
    if j < len(toks) and toks[j].surface == "の" and toks[j].pos == PART:
        j += 1
    if j >= len(toks) or toks[j].pos != NOUN or toks[j].lemma in _MAKING:
        return False
    start, end = _sentence_of(toks, first)
    sentence = toks[start:end]
    if aims_at_someone(sentence):
        return False
    for k in range(start, end):
        t = toks[k]
        if t.lemma in _PREMISES or t.surface in _PREMISES:
            return False
        if t.pos == PART and t.surface in ("ぞ", "ぜ", "ぞい", "どー"):
            return False
        if t.pos == VERB:
            f = cl.frame(tuple(toks), "ja", k, cl.Clause(k, end))
            if f & {cl.VOLITIONAL, cl.IMPERATIVE}:
                return False
    return True


def insults_a_thing(toks: Sequence[Token], first: int, clause: cl.Clause) -> bool:
    """The insult at ``first`` is said of a machine, a device or software: its subject,
    the noun right before it (after は/が/も/って, a comma or an adverb of degree:
    「このナビほんとポンコツだな」「アプリ、ゴミすぎ」), is one (:data:`_DEVICES`), and the
    clause names no listener, staff member or company (「お前のアプリゴミ」「あの店員の
    PCポンコツ」 keep the insult)."""
    j = first - 1
    while j >= clause.start and (
        (toks[j].pos == PART and toks[j].surface in ("は", "が", "も", "って", "ったら"))
        or toks[j].surface in ("、", ",")
        or toks[j].lemma in _DEGREE
        or toks[j].surface in _DEGREE
        or (toks[j].surface == "で" and j > 0 and toks[j - 1].lemma in _DEGREE | {"本気"})
    ):
        j -= 1
    if j < clause.start or not _a_device(toks[j]):
        return False
    return not any(
        _someone(toks[k]) or toks[k].lemma in _STAFF_SIDE or toks[k].surface in _STAFF_SIDE
        for k in range(clause.start, first)
        if k != j
    )


def _any_written(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words``, as written or folded, longest first (a hint's alternation)."""
    forms = {re.escape(w) for w in words} | {re.escape(fold(w)) for w in words}
    return re.compile("|".join(sorted(forms, key=len, reverse=True)), re.IGNORECASE)


#: Writing that may tell a scene of a work (:func:`portrayed`) or name a device
#: (:func:`insults_a_thing`): a cheap test before a sentence is analysed (folded and as
#: written).
SCENE_HINT: Final = _any_written(_SCENE | _WORKS)
DEVICE_HINT: Final = re.compile(_any_written(_DEVICES).pattern + "|機|器", re.IGNORECASE)
