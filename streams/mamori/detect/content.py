"""The lexicon content detector (``lexicon@1``): 11 content codes, Japanese and English.

Per message: keep the customer's own words (transcripts, quoted e-mail), fold them
once (:mod:`mamori.detect.text.normalize`), run one Aho-Corasick pass over the folded text,
then evaluate only the rules anchored on groups that occurred. Rules are data
(``streams/mamori/lexicon/*.yaml``, see :mod:`mamori.detect.rules`); this module is
the small interpreter: sentence scopes, distance, order, negation, questions,
severity boosts, and the redacted evidence excerpt.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

from mamori.detect import clauses as cl
from mamori.detect import closer, irony
from mamori.detect import ja_roles as jr
from mamori.detect import roles as rl
from mamori.detect import swearing as sw
from mamori.detect import targets as tg
from mamori.detect.base import ContentHit, TextAnalysis
from mamori.detect.learned import LearnedModel
from mamori.detect.learned import load as load_learned
from mamori.detect.match import (
    TokenHit,
    TokenLexicon,
    as_asked,
    in_reported_quote,
    person_word,
    post_as_subject,
    staff_spellings,
    writing_this,
)
from mamori.detect.morph import (
    AUX,
    NOUN,
    NUM,
    PART,
    PUNCT,
    VERB,
    Analyser,
    Analysis,
    Token,
    summoned_names,
    with_names,
)
from mamori.detect.readings import cached as cached_readings
from mamori.detect.rules import SEVERITY_RANK, Compiled, Rule, compile_lexicons
from mamori.detect.text import dialect, endings, romaji, shorthand, typos
from mamori.detect.text.fuseji import Unmasker
from mamori.detect.text.kana import katakana_as_hiragana
from mamori.detect.text.normalize import display, fold, fold_word
from mamori.detect.text.redact import excerpt, names_in, street_addresses
from mamori.detect.text.signoff import SIGNED_NAME, mark_signed
from mamori.detect.text.transcript import customer_lines
from mamori.detect.text.wrapped import unwrapped
from mamori.domain.taxonomy import Category, Severity
from mamori.resources import LEXICON_DIR

_RANK_SEVERITY: Final[dict[int, Severity]] = {1: "low", 2: "medium", 3: "high"}
#: Sentence boundaries: a full stop counts, except in a number or after a title ("Mr. Sato").
#: (The full stop is matched first and the titles looked behind it: the other order
#: ran four look-behinds at every character, three times slower on long texts.)
_STOP: Final = r"\.(?<![\s.]mr\.)(?<![\s.]ms\.)(?<![\s.]dr\.)(?<![\s.]mrs\.)(?!\d)"
_BOUNDARY: Final = re.compile(r"[。!?\n]+|" + _STOP, re.I)
_DISPLAY_SPLIT: Final = re.compile(r"[。!?！？\n]+|" + _STOP, re.I)
#: Japanese negation must start this close after the cue (「訴える|つもりはない」).
_NEG_AFTER_WINDOW: Final = 8
#: Bare negative endings (「ない」「ません」) must follow the cue at once.
_NEG_ADJACENT_WINDOW: Final = 1
#: English negation must end this close before the cue ("not going to | sue").
_NEG_BEFORE_WINDOW: Final = 22
#: An English negation of saying ("not saying", "never said", "nobody is saying") may
#: end this far before the cue it disowns.
_DENIED_SAYING_WINDOW: Final = 40
_DENIED_SAYING: Final = re.compile(
    r"\s+(?:(?:is|am|are|was|were|even|ever|really|actually|once|one)\s+)*"
    r"(?:say|says|said|saying|mean|means|meant|threaten|threatened|threatening|talking about)\b"
)
#: A concession after a disowned threat keeps it ("not saying I'll hurt you, but …").
_CONCEDED: Final = re.compile(r"\b(?:but|though|although|however|yet|just)\b")
#: A condition opening before a negation ("if jake isnt gone by friday …") and a
#: subject opening the main clause after it ("… im posting his face", "… hell take
#: you to court"): the negation is the condition's, the act the main clause's.
_CONDITION_OPENS: Final = re.compile(r"\b(?:if|unless|until|till|once)\b")
#: The listener's refusal as a condition, right before a demand ("if you don't redo it
#: for free and refund me …", "if you won't just send me two new ones"): what follows is
#: the demand itself, no negation of it (a filler word may stand between).
_IF_LISTENER_NOT: Final = re.compile(
    r"\b(?:if|unless) (?:you|u|ya|yall|you guys|you lot|you people) (?:dont|do not|wont|will not)"
    r"(?: (?:like|just|even|actually|immediately))?\s*$"
)
#: The demands a condition of refusal leaves standing (:data:`_IF_LISTENER_NOT`).
_DEMANDS: Final = frozenset(
    [Category.EXCESSIVE_DEMAND, Category.APOLOGY_DEMAND, Category.IN_PERSON_DEMAND]
)
_MAIN_SUBJECT: Final = re.compile(
    r"\b(?:im|i am|ill|i will|i shall|ive|id|hell|shell|theyll|youll|well|were gonna|were going"
    r"|he will|she will|they will|you will|we will|my \w+ will|my \w+ is)\b"
)
#: A removal of staff (dismissal, demotion, punishment, transfer) named in a cue ...
_REMOVAL: Final = re.compile(
    r"辞めさせ|やめさせ|クビ|くび|首|降格|処分|異動|配置換え|配置転換|(?<!以)外|はず|更迭|解任|解雇"
)
#: ... and asked *not* to happen right after it (「辞めさせないでください」「クビにしないで
#: ほしい」「異動させないように」「処分せんといて」): a defence of the staff member.
_SPARE: Final = re.compile(
    r"(?:を|に|と)?(?:に|と)?(?:し|さ|せ|させ|さ?せ)?"
    r"(?:ないで|ないよう|ないであげ|んといて|んとって|んでおくれ|ずにいて|ずにおいて)"
)
#: Longest text analysed (characters); the contract caps text size upstream anyway.
_MAX_CHARS: Final = 20_000
_CACHE_SIZE: Final = 8192
_CACHE_MAX_CHARS: Final = 2000
_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")

Span = tuple[int, int]  # [start, end) in the folded text

#: Codes whose listed cues are words: a match must not start inside a word, end inside
#: a longer noun, or straddle words the cue does not contain (「バーかカフェ」 ≠ 「ばか」).
_SHORT_CUE: Final = 3
#: How many sentences after a cue's are read for what it was said for (an errand, praise).
_LATER: Final = 2
_WORD_CODES: Final = frozenset([Category.ABUSIVE_LANGUAGE, Category.SEXUAL_HARASSMENT])
#: Particles that mark what する is done to (「謝罪もしねー」「二度としねー」).
_OBJECT_PARTICLES: Final = frozenset(["を", "も", "は", "と", "なんか", "すら", "さえ"])
#: Nouns used as adverbs of degree (「ほんましね」): no object of する.
_ADVERBIAL_NOUNS: Final = frozenset(["本真", "本当", "まじ", "マジ", "ガチ", "がち", "ほんと"])
#: What makes an imperative-sounding godan stem something else when it follows it: the
#: conditional ば, or a negation (「払えない」「払えん」「払えへん」「払えねー」; an
#: imperative is never followed by ね).
_OTHER_THAN_IMPERATIVE: Final = ("ば", "な", "ね", "ん", "へん", "ひん", "ず", "ぬ")
#: The potential's endings (「辛さ10倍は死ねます」「泣けるし死ねる」「死ねた」「死ねそう」):
#: an imperative is never followed by ます, る, た or そう.
_POTENTIAL_TAIL: Final = ("ます", "まし", "る", "た", "そう")
#: Threat codes: a cue in a benign frame (past, passive, negated, a question, someone
#: else's act, a wish with no target) is a mention, not a threat.
#: (Violence is left out: its cues are too varied to read "no threat" from a frame.)
_THREAT_CODES: Final = frozenset([Category.LEGAL_THREAT, Category.ONLINE_DEFAMATION_THREAT])
#: Codes whose Japanese surface cue, quoted before a passive verb of saying, is a report.
_REPORTED_ORDERS: Final = frozenset([Category.PRESSURE_LANGUAGE, Category.EXCESSIVE_DEMAND])
_BENIGN_FRAME: Final = frozenset([cl.PAST, cl.PASSIVE, cl.NEGATED, cl.THIRD_PARTY, cl.FAVOURABLE])
#: Codes whose English cues are read for who does what to whom (_role_ceiling).
_ROLE_CODES: Final = frozenset(
    [
        Category.APOLOGY_DEMAND,
        Category.VIOLENCE_THREAT,
        Category.LEGAL_THREAT,
        Category.ONLINE_DEFAMATION_THREAT,
        Category.IN_PERSON_DEMAND,
        Category.PRIVACY_INTRUSION,
    ]
)
#: Codes whose English cues are read for whom they are aimed at (mamori.detect.targets).
_TARGET_CODES: Final = frozenset(
    [Category.ABUSIVE_LANGUAGE, Category.SEXUAL_HARASSMENT, Category.STAFF_NAMING]
)
#: Codes whose English cues, quoted from someone else, are a report (at most low).
_QUOTABLE_CODES: Final = frozenset(
    [
        Category.VIOLENCE_THREAT,
        Category.LEGAL_THREAT,
        Category.ONLINE_DEFAMATION_THREAT,
        Category.PRIVACY_INTRUSION,
        Category.ABUSIVE_LANGUAGE,
        # "some fella kept hollering 'run faster, sweetheart'": a report too
        Category.SEXUAL_HARASSMENT,
    ]
)
#: Codes a Japanese favour received (「来てくれて助かりました」) may look like.
_FAVOUR_CODES: Final = frozenset(
    [
        Category.IN_PERSON_DEMAND,
        Category.APOLOGY_DEMAND,
        Category.EXCESSIVE_DEMAND,
        Category.PRESSURE_LANGUAGE,
    ]
)
#: A tag after a statement, asking only for assent ("that's the deal, 10-4?", "you'll
#: pay, innit?", "sort it today, understood?"): the sentence before it asserts; its "?"
#: makes no question of it. ("right?", "yeah?", "ok?" may ask whether a claim holds,
#: and still make a question.)
_TAG_QUESTION: Final = re.compile(
    r"[,;.!]\s*(?:10-4|10 4|ten four|innit|init|ya hear|you hear|ya hear me|you hear me|you copy|"
    r"copy|copy that|got it|got that|understood|capiche|capisce|savvy|feel me|you feel me|"
    r"ya feel me|comprende|is that clear|clear|understand|you understand|do you understand|"
    r"understand me)\s*\?+\s*$"
)
#: Acts a work may portray its characters doing (ja_roles.portrayed).
_PORTRAYED_CODES: Final = frozenset(
    [Category.VIOLENCE_THREAT, Category.APOLOGY_DEMAND, Category.IN_PERSON_DEMAND]
)
#: Codes of an advance to staff, which a question about the rules may look like.
_ADVANCE_CODES: Final = frozenset([Category.SEXUAL_HARASSMENT, Category.PRIVACY_INTRUSION])
#: People (and pets) whose presence makes 「一緒に」「添い寝」「二人で」 a family matter.
_COMPANIONS: Final = frozenset(
    [
        "子供",
        "子ども",
        "赤ちゃん",
        "赤ん坊",
        "娘",
        "息子",
        "夫",
        "妻",
        "主人",
        "旦那",
        "嫁",
        "家族",
        "夫婦",
        "両親",
        "親",
        "母",
        "父",
        "祖母",
        "祖父",
        "孫",
        "友人",
        "友達",
        "ペット",
        "犬",
        "猫",
        "大人",
        "幼児",
        "乳児",
        "小学生",
        "中学生",
        "未就学",
    ]
)
_COMPANIONS_FOLDED: Final = tuple(fold(w) for w in _COMPANIONS if len(w) >= 2)
#: The same words as a search of the message; 大人 is no adult in 大人しく/大人しゅう
#: (quietly: 「教えてくれたら大人しく待つ」 names no one else).
_COMPANIONS_IN_TEXT: Final = re.compile(
    "|".join(re.escape(w) + ("(?!し)" if w == fold("大人") else "") for w in _COMPANIONS_FOLDED)
)
#: A commitment to bring something about, in the impersonal formal register or the
#: first person ("it will be ensured that …", "I shall make sure that …"): a passive of
#: exposure under it ("… is exposed on every review site") is the speaker's own act.
#: The second arm of an ultimatum that ends in court ("… so you either back down or I
#: see you in court"): the speaker's own act, whoever advised it earlier in the
#: sentence ("my cousin says I can sue you").
_COURT_ULTIMATUM: Final = re.compile(
    r"\b(?:or|else|otherwise)(?: else)?(?: (?:i|ill|we|well|i will|we will|i shall|im going to"
    r"|im gonna|i am going to))? (?:see you in court|take you to court|sue you)\b"
)
#: The speaker's own promise to bring the listener to court ("I shall drag you people to
#: court", "we will haul your company before the courts"): the act, whatever else the
#: sentence reports.
_COURT_PROMISED: Final = re.compile(
    r"\b(?:i|we|ill|well|im|i am)(?: will| shall| am| are| gonna| going to| am going to)*"
    r" (?:drag|take|haul|bring|pull|dragging|taking|hauling|bringing)"
    r" (?:you|u|yall|you people|you lot|you guys|you all|your \w+)"
    r" (?:to|into|before|in front of) (?:the |a )?(?:court|courts|judge|tribunal|small claims)\b"
)
_ENSURED: Final = re.compile(
    r"\b(?:it (?:will|shall|is going to) be (?:ensured|made sure|guaranteed|seen to)"
    r"|(?:i|we) (?:will|shall) (?:ensure|make sure|see to it|guarantee)"
    r"|ill (?:ensure|make sure|see to it))\b.*\b(?:exposed|posted|published|publici[sz]ed"
    r"|shared|made (?:known|public)|named|shamed|broadcast|spread|aired|plastered|splashed)\b"
)
#: The customer disowns escalating at all (「大ごとにするつもりはありません」「事を荒立てる
#:気はない」「争うつもりは毛頭ございません」「裁判沙汰にはしたくないです」): a lawyer or an
#: office mentioned in the same message was asked for advice, not held over the reader.
_ESCALATION_DISOWNED: Final = re.compile(
    r"(?:(?:大ごと|おおごと|大事|大きな問題|問題|騒ぎ|さわぎ|事件|揉め事|もめごと|表沙汰|おおやけ|公"
    r"|裁判沙汰|裁判|訴訟|法廷|争い|喧嘩|けんか)(?:沙汰)?(?:に|を)(?:は|まで)?"
    r"(?:する|して|持ち込む|持っていく|発展させる|大きくする)?"
    r"|(?:事|こと|話|ことを)(?:を)?(?:荒立てる|荒立て|大きくする|大きくし|こじらせる)"
    r"|(?:訴える|訴えたり|争ったり|揉めたり|争う|揉める|もめる|事を構える|訴訟を起こす|裁判を起こす|法的手段に出る"
    r"|法的手段をとる|法的手段を取る|法的措置をとる|法的措置を取る|責任を追及する|責め立てる)"
    r"(?:(?:とか|など|なんか)?(?:は|を)?する)?)"
    r"(?:(?:つもり|気|予定)(?:は|も|など|なんか|なんて|は別に)"
    r"(?:全く|まったく|毛頭|さらさら|一切|いっさい|少しも|ちっとも|これっぽっちも)?(?:な|ありま|ござ|ね)"
    r"|たく(?:は|も)?(?:な|ありま|ござ)|たくなく|はしな|はしま[せす]ん)"
)
#: After a disowning, a turn or a condition keeps the threat open (「訴えるつもりは
#: ありませんが、誠意がなければ…」「大ごとにする気はないけど、次第では」).
_DISOWNED_TURN: Final = re.compile(
    r"^[^。!?\n]*?(?:が|けど|けれど|ものの|しかし|ただし|なら|なければ|ないと|次第|場合|限り|以上|うちは|うちに)"
)
#: A condition in the cue's own sentence keeps a legal cue (「対応次第では弁護士に相談」).
_LEGAL_CONDITION: Final = re.compile(
    r"なら|なければ|なけりゃ|なきゃ|ないと|次第|場合は|場合には|ようであれば|ようなら|限り|までに|しないと|せんと"
)
#: The customer wondering aloud whether to go to an office or a lawyer, right after the
#: cue (「消費者センターに相談した方がいいのかなって迷ってて」「弁護士に相談すべきか
#: 悩んでいます」): a doubt told, nothing held over the reader — unless the sentence sets
#: a condition (_LEGAL_CONDITION).
_LEGAL_WONDERED: Final = re.compile(
    r"^[^。!?\n]{0,14}?(?:"
    r"(?:方|ほう)が(?:いい|良い|よい|ええ)(?:ん|の)?(?:かな|かしら|か|でしょうか|ですかね|ですか|だろうか)"
    r"|(?:べき|よう|か)(?:なの)?(?:か|かどうか)?(?:って|と|で)?(?:迷|悩)"
    r")"
)
#: Thanks in a Japanese message (「本当にありがとうございました」「感謝しています」).
_THANKED_JA: Final = re.compile(
    r"ありがと|有難う|有り難う|感謝|お礼|御礼|助かりました|お世話になりました"
)
#: Anything hostile anywhere in such a message takes the thanks back (irony, a grievance
#: beside them): then a post promised stays a threat.
_HOSTILE_JA: Final = re.compile(
    r"最悪|最低|ひどい|酷い|許さ|許せ|二度と|ふざけ|怒|腹が立|腹立|むかつ|晒|拡散|炎上|星1|星一|星ひと|★1|☆1"
    r"|低評価|悪い口コミ|悪評|実名|名前|不満|残念|がっかり|不快|迷惑|失礼|無能|クソ|くそ|(?:笑|w)(?:$|[。!?\n])"
)
#: A condition set in the post's own sentence (「対応次第で口コミに書きます」).
_POST_CONDITION: Final = re.compile(r"たら|なら|なければ|なけりゃ|なきゃ|ないと|次第|場合|限り")
#: A word of violence used as a measure (「爆弾級の安さ」「爆破レベルの衝撃」) or as a
#: simile for how quickly or well something was done (「問題を殺すように素早く解決」
#: 「ぶっ飛ばすみたいに手早く片付けてくれた」), or for a sound, a jolt or a pain
#: (「ガラスをぶん殴ってるみたいな音がする」「頭を殴られたような痛み」): it describes,
#: it threatens no one.
_FIGURATIVE_HARM: Final = re.compile(
    r"(級|並み|並|くらす|れべる|顔負け|的な|的に)"
    r"|[すしたるてっ]{0,2}(?:かの|の)?(?:ように|みたいに|みたく)"
    r"(?:[一-龥]{1,3}[ぁ-ん]?く|一瞬|一発|あっという間|見事|鮮やか|きれい|綺麗|完璧|すっきり|徹底的|手際)"
    r"|[ぁ-ゖ]{0,5}?(?:かの|の)?(?:ような|みたいな|みたいの)"
    r"(?:音|物音|振動|揺れ|衝撃|痛み|痛さ|頭痛|響き|うなり|唸り)"
)
#: A person as the object right before a simile's verb (「お前を殺すように」).
_PERSON_OBJECT: Final = re.compile(
    r"(?:お前|おまえ|あんた|てめえ|てめぇ|貴様|きさま|おどれ|おのれ|お宅|おたく|店長|担当者|担当"
    r"|社長|店員|さん|ちゃん|くん|君|様|奴|やつ|家族|お客|人)(?:を|も|ごと)(?:ぶっ|ぶち)?$"
)
#: A verb of intrusion that describes a third person (「写真を撮ってる人がいて」
#: 「スタッフを撮影している男性がいました」): the customer reports someone else doing it.
_THIRD_PARTY_ACT: Final = re.compile(
    r"[^。!?\n、,]{0,8}?(?:人|男性|女性|男の人|女の人|男|女|客|お客さん|お客|人たち|連中|若者|学生|おじさん|おばさん"
    r"|お兄さん|お姉さん|グループ|集団|不審者)(?:が|も|を|たち|達)"
    r"(?:[^。!?\n]{0,12}?)(?:(?:いる|います)(?!から|ので|んだから|からな|ぞ|で$)|(?P<seen>いた|いました|おりました|おった|いて"
    r"|見かけ|見掛け|見ました|見た|目撃))"
)
#: A low rating (「星1」「★1」「最低評価」) already on a page, as the customer found it
#: (text folded: katakana as hiragana, long marks dropped): the rating, or the reviews
#: or people giving it (「星1のレビュー」「星ひとつの人」), as the subject of 付く or 並ぶ
#: in a state or a past (「星1がついとった」「最低評価が並んでいた」), of 多い or 目立つ,
#: of ある/おる/いる told as past (「星1の人もおった」), or 〜ばかりで (「評価が星1
#: ばっかりで」). Intransitive 付く is what the rating did, not what anyone gives: the
#: customer's own rating is つける (「星1つけとく」). A bare or future 付く (「星1が
#: つくことになる」), a concession (「ついても知らん」) or a condition (「ついてたら」)
#: is no state seen and stays.
_RATING_SEEN: Final = re.compile(
    r"(?:の(?:れびゅ|くちこみ|口こみ|口コミ|評価|投稿|書き込み|書込み|こめんと|人|方|ひと|お客|客|利用者)"
    r"(?:さん|たち|達)?)?"
    r"(?:が|も|は|ばかり|ばっかり|ばっか|だらけ)?"
    r"(?:いくつか|いくつも|何件か|何件も|何個か|何個も|結構|けっこう|たくさん|沢山|ようけ|いっぱい"
    r"|ぎょうさん|かなり|ちらほら|数件|複数|ずらっと|ずらり|ずらーっと)?"
    r"(?:"
    r"(?:つい|付い)(?:てる|ている|ていた|てた|ていま|てま|とる|とっ|とり|ちょる|ちょっ|ちょり)"
    r"|(?:ならん|並ん)(?:でる|でいる|でいた|でた|でいま|でま|どる|どっ|どり|じょる|じょっ)"
    r"|(?:多い|多かっ|多く(?![なつ付])|おおい|おおかっ|目立|めだっ|めだつ)"
    r"|(?<=[がも])(?:あっ|ありまし|おっ|おりまし|いた|いまし|いて)"
    r"|(?<=[りか])(?:で|だっ|じゃっ|やっ|でし)"
    r")(?!た?ら)"
)
#: The rating cues _RATING_SEEN reads (folded).
_RATING_CUE: Final = ("星", "★", "☆", "最低評価", "低評価")
#: Spaces and brackets between two other non-ASCII characters, two or more of them:
#: folding makes them two spaces, a sentence break (text.normalize._JA_GAP).
_BRACKETS: Final = '\\s“”„«»「」『』【】（）()\\[\\]〔〕《》〈〉"［］'
_BRACKET_GAP: Final = re.compile(
    rf"(?<=[^\x00-\x7f{_BRACKETS}])[{_BRACKETS}]{{2,}}(?=[^\x00-\x7f{_BRACKETS}])"
)
#: Japanese script and punctuation: an English run quoted in Japanese ends at one.
_JA_CHAR: Final = re.compile(r"[\u2026\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
#: Words in a Latin run that make it an English clause, not a loanword in Japanese.
_ENGLISH_CLAUSE_WORDS: Final = 3
#: Three or more people: a party, not an invitation (「二人で」 is the advance itself).
_HEAD_COUNT: Final = re.compile(r"^(?:[3-9]|[1-9][0-9]+|[三四五六七八九十]|十[一-九])人")
#: One cue, one code (shared/contract.md §3): when two codes fire on overlapping words,
#: the first of each pair keeps them.
_PRECEDENCE: Final = (
    (Category.LEGAL_THREAT, Category.EXCESSIVE_DEMAND),
    (Category.PRIVACY_INTRUSION, Category.IN_PERSON_DEMAND),
    (Category.ABUSIVE_LANGUAGE, Category.STAFF_NAMING),
    (Category.SEXUAL_HARASSMENT, Category.ABUSIVE_LANGUAGE),
    # "break your legs": a body part as the object of harm is violence, not a remark.
    (Category.VIOLENCE_THREAT, Category.SEXUAL_HARASSMENT),
)

#: Pressure rules that, beside an excessive demand in their sentence, give its reason
#: (a status claim) or its haste (urgency + the demand's own imperative).
_STATUS_CLAIM: Final = "ja.pressure.status"
_DEMAND_GROUNDS: Final = frozenset([_STATUS_CLAIM, "ja.pressure.urgent_imperative"])
#: Demands whose conditional sanction (「…しないなら何度でも電話する」) is part of them.
_SANCTIONED: Final = (
    Category.STAFF_NAMING,
    Category.EXCESSIVE_DEMAND,
    Category.APOLOGY_DEMAND,
    Category.IN_PERSON_DEMAND,
)

#: The listener dismissed as no one to talk to (「あなたじゃ話にならない」「お前じゃ話に
#: ならん」), and the demands for someone else it can give the reason of.
_NO_USE_TALKING: Final = re.compile("話にならな|話にならん|話になりません|話にならへん")
#: Rough second persons (お前, てめえ, 貴様): contempt in themselves, so the dismissal
#: they make stays abuse beside any demand.
_ROUGH_YOU: Final = re.compile("お前|おまえ|てめ|貴様|きさま")
#: Characters from an abusive cue's start in which its 話にならない is looked for, and
#: before it in which the second person it is said in is looked for.
_DISMISSAL_AFTER: Final = 12
_ADDRESS_BEFORE: Final = 4
_DISMISSED_FOR: Final = (
    Category.STAFF_NAMING,
    Category.APOLOGY_DEMAND,
    Category.IN_PERSON_DEMAND,
)

#: A rule whose anchor, when it fires, is no cue of another code: a 念書 demanded for
#: free service without limit asks for the service, not for an apology in writing.
_RULE_PRECEDENCE: Final = (
    ("ja.excessive.pledge_free", Category.APOLOGY_DEMAND),
    # a photo asked for in trade for dropping the complaint ("send me a selfie and I'll
    # drop it") is an advance, not a privacy intrusion of its own
    ("en.sexual.pics_traded", Category.PRIVACY_INTRUSION),
)
#: Rules whose one word carries two cues: a nickname made of an insult and a surname
#: (「ハゲ田出せ」) names the staff member and insults them, so the insult beside it does
#: not take the naming away.
_TWO_CUE_RULES: Final = frozenset(["ja.naming.insult_nickname"])
#: Rules whose frame is written into the cue, so the words' own frame does not veto it:
#: how a review "will be written" left to the company's response (「口コミにどう書かれるか
#: はご対応次第」) is a passive on purpose, not a post someone else wrote; a fire named as
#: a noun (「火の始末」「火の不始末」) is the point of the warning, not a story of one.
_FRAME_IN_CUE: Final = frozenset(
    [
        "ja.defame.review_up_to_you",
        "ja.violence.fire_advice",
        "ja.violence.fire_fate",
        "ja.violence.fire_fate_unknown",
        # the exchange captured and posted: told as done (「スクショして投稿しておきました」)
        # it is the act itself, not a story of the past
        "ja.defame.captured_posted",
    ]
)


def _scan(automaton: Any, s: str) -> dict[int, list[Span]]:
    """One Aho-Corasick pass: group → spans, with word edges and ``except`` terms applied."""
    spans: dict[int, list[Span]] = {}
    if automaton is None:
        return spans
    excluded: dict[int, list[Span]] | None = None
    last = len(s) - 1
    for end, refs in automaton.iter(s):
        for group, length, left, right, exclusion in refs:
            start = end - length + 1
            if left and start > 0 and s[start - 1] in _WORD_CHARS:
                continue
            if right and end < last and s[end + 1] in _WORD_CHARS:
                continue
            if exclusion:
                if excluded is None:
                    excluded = {}
                excluded.setdefault(group, []).append((start, end + 1))
                continue
            found = spans.get(group)
            if found is None:
                spans[group] = [(start, end + 1)]
            else:
                found.append((start, end + 1))
    if excluded:
        for g, bad in excluded.items():
            if g in spans:
                kept = [
                    sp for sp in spans[g] if not any(b[0] <= sp[0] and sp[1] <= b[1] for b in bad)
                ]
                if kept:
                    spans[g] = kept
                else:
                    del spans[g]
    return spans


def _outside_addresses(
    spans: dict[int, list[Span]], folded: str, addresses: list[str]
) -> dict[int, list[Span]]:
    """``spans`` without those inside a street address of the message ("Delivery to 3B
    Westfield Court": the court is the place's name, no lawsuit)."""
    places: list[Span] = []
    for address in addresses:
        at = folded.find(address)
        while at >= 0:
            places.append((at, at + len(address)))
            at = folded.find(address, at + 1)
    if not places:
        return spans
    kept: dict[int, list[Span]] = {}
    for g, found in spans.items():
        left = [sp for sp in found if not any(a <= sp[0] and sp[1] <= b for a, b in places)]
        if left:
            kept[g] = left
    return kept


def _spared(text: str, cue: Span) -> bool:
    """A removal of a named staff member asked not to happen: the cue names the removal
    and the text goes on with its negated request (「田中さんを辞めさせないでください」)."""
    return bool(_REMOVAL.search(text, cue[0], cue[1]) and _SPARE.match(text, cue[1]))


class _Unit:
    """One analysed sentence (or the whole message) and where its words sit in the
    folded text."""

    __slots__ = ("analysis", "index", "_folded", "_offset", "_aligned", "_written", "_clauses")

    def __init__(self, analysis: Analysis, folded: str, offset: int, index: int = -1) -> None:
        self.analysis = analysis
        #: The sentence's index in the message (-1: the whole message).
        self.index = index
        self._folded = folded
        self._offset = offset
        self._aligned: list[tuple[int, int, int]] | None = None
        self._written: list[tuple[int, int, int]] | None = None
        self._clauses: list[cl.Clause] | None = None

    @property
    def clauses(self) -> list[cl.Clause]:
        """The sentence's clauses, split once for every check that reads them."""
        if self._clauses is None:
            self._clauses = cl.clauses(self.analysis.tokens, self.analysis.lang)
        return self._clauses

    @property
    def aligned(self) -> list[tuple[int, int, int]]:
        """(start, end, token index) of each token in the folded message text; computed
        only for the checks that need it."""
        if self._aligned is None:
            out: list[tuple[int, int, int]] = []
            cursor = 0
            folded, offset = self._folded, self._offset
            for i, t in enumerate(self.analysis.tokens):
                tf = fold_word(t.surface)
                if not tf:
                    continue
                p = folded.find(tf, cursor, cursor + len(tf) + 4)
                if p < 0:
                    continue  # folding merged it with a neighbour: unknown, stays permissive
                out.append((offset + p, offset + p + len(tf), i))
                cursor = p + len(tf)
            self._aligned = out
        return self._aligned

    @property
    def written(self) -> list[tuple[int, int, int]]:
        """Like :attr:`aligned`, but each token is found by the words it was read from
        (an English "gonna" gives "going" and "to", "u" gives "you"): expanded text-speak
        keeps every token in place."""
        a = self.analysis
        if a.lang != "en":
            return self.aligned
        if self._written is not None:
            return self._written
        out: list[tuple[int, int, int]] = []
        cursor = 0
        folded, offset = self._folded, self._offset
        last: tuple[int, int, int] | None = None
        for i, t in enumerate(a.tokens):
            if last is not None and a.tokens[last[2]].start == t.start:
                out.append((last[0], last[1], i))  # one written word, several tokens
                continue
            tf = fold_word(a.text[t.start : t.end])
            p = folded.find(tf, cursor, cursor + len(tf) + 4) if tf else -1
            if p < 0 and t.surface != tf:
                # An obfuscated word ("c*nt") stands in the folded text as it was read.
                tf = fold_word(t.surface)
                p = folded.find(tf, cursor, cursor + len(tf) + 4) if tf else -1
            if p < 0:
                continue
            last = (offset + p, offset + p + len(tf), i)
            out.append(last)
            cursor = p + len(tf)
        self._written = out
        return out


class _Message:
    """Matches of one folded message, grouped, with sentence lookup."""

    __slots__ = (
        "text",
        "spans",
        "_bounds",
        "lazy_done",
        "raw",
        "_raw_parts",
        "_split_done",
        "_units",
        "_names",
    )

    def __init__(self, text: str, spans: dict[int, list[Span]], raw: str = "") -> None:
        self.text = text
        self.spans = spans
        self._bounds: list[int] | None = None  # computed on first use: most messages never ask
        self.lazy_done: set[int] = set()
        self.raw = raw
        self._raw_parts: list[str] | None = None
        self._split_done = False
        #: sentence index (-1: the whole message) → its analysis, aligned to the folded text
        self._units: dict[int, _Unit] = {}
        #: words read as names across the message's sentences (morph.summoned_names)
        self._names: frozenset[str] | None = None

    def raw_sentence(self, index: int) -> str | None:
        """The customer's own writing of folded sentence ``index`` (None if the two
        splits disagree, e.g. a full stop that folding removed)."""
        if not self._split_done:
            self._split_done = True
            split = [str(p) for p in _DISPLAY_SPLIT.split(display(self.raw))]
            want = len(_BOUNDARY.split(self.text.rstrip("\n")))
            if len(split) != want:
                # Brackets fold to spaces, and two spaces between Japanese characters
                # are a break (「[スタンプ][スタンプ]」 is two lines once folded).
                split = [q for p in split for q in _BRACKET_GAP.split(p)]
            if len(split) != want:
                # A line of rules alone (「———」 above a signature) folds to nothing, and
                # its line breaks to one boundary: it is no sentence of the folded text.
                split = [p for p in split if not p.strip() or fold(p).strip()]
            if len(split) == want:
                self._raw_parts = split
        parts = self._raw_parts
        if parts is not None and 0 <= index < len(parts):
            return parts[index]
        return None

    @property
    def bounds(self) -> list[int]:
        if self._bounds is None:
            self._bounds = [m.end() for m in _BOUNDARY.finditer(self.text)]
        return self._bounds

    def sentence(self, pos: int) -> int:
        return bisect_right(self.bounds, pos)

    def sentence_span(self, index: int) -> tuple[int, int]:
        start = self.bounds[index - 1] if 0 < index <= len(self.bounds) else 0
        end = self.bounds[index] if index < len(self.bounds) else len(self.text)
        return start, end

    def asked(self, index: int) -> bool:
        """The sentence of unit ``index`` (the whole text for -1) ends in a question mark."""
        start, end = self.sentence_span(index) if index >= 0 else (0, len(self.text))
        return self.text[start:end].rstrip().endswith("?")


def _customer_part(subject: str | None, text: str | None) -> str:
    """What the analysis reads: the subject and the customer's lines of the text."""
    # English lines broken inside a sentence (verse, a wrapped e-mail) are read as one
    # sentence (text.wrapped), before the transcript's lines are told apart.
    raw = customer_lines(unwrapped(text[:_MAX_CHARS])) if text else ""
    # A name signed under the quoted message counts like a roster name (text.signoff).
    raw = mark_signed(text[:_MAX_CHARS] if text else None, raw)
    if subject:
        raw = subject[:500] + "\n" + raw
    return raw


class LexiconDetector:
    """Implements :class:`mamori.detect.base.ContentDetector`."""

    name = "lexicon@1"

    def __init__(
        self,
        compiled: Compiled,
        cache_size: int = _CACHE_SIZE,
        words: TokenLexicon | None = None,
        analyser: Analyser | None = None,
        staff_names: Iterable[str] = (),
        learned_model: LearnedModel | None = None,
    ) -> None:
        self._c = compiled
        #: The learned indicator model OR-ed with the rules (None: rules only).
        self._learned = learned_model
        #: The roster's names, masked in evidence excerpts (detect.text.redact).
        self._staff_names = tuple(staff_names)
        self._analyser = analyser or Analyser()
        #: Surface cue → whether its own last word is an imperative (see _not_a_command).
        self._cue_forms: dict[str, str] = {}
        #: Surface cue → whether it is one noun on its own (see _splits_words).
        self._cue_nouns: dict[str, bool] = {}
        self._words = words
        self._threat_lemmas: dict[Category, frozenset[str]] = (
            words.threat_lemmas() if words is not None else {}
        )
        self._roles = _role_words(words) if words is not None else None
        self._auto = compiled.automaton
        self._unmasker = Unmasker(compiled.maskable)
        self._lazy = compiled.lazy
        r = compiled.reserved
        self._probe = r["word_probe"]
        self._neg_after = r["neg_after"]
        self._neg_adjacent = r["neg_adjacent"]
        self._neg_before = r["neg_before"]
        self._neg_break = r["neg_break"]
        self._question = r["question"]
        self._demand = r["demand"]
        self._urgent = r["urgent"]
        names = compiled.group_names
        self._praise = names.index("praise") if "praise" in names else -1
        self._conditional = names.index("conditional") if "conditional" in names else -1
        # Streams repeat texts (templates, the same demand resent): analyse() is a pure
        # function of (subject, text), so results for short texts are memoised.
        self._cache: dict[tuple[str | None, str | None], TextAnalysis] = {}
        #: The same results by the customer's part of the text (:func:`_customer_part`).
        self._by_part: dict[str, TextAnalysis] = {}
        self._cache_size = cache_size

    @classmethod
    def load(
        cls,
        extra_dirs: Sequence[Path] = (),
        staff_names: Iterable[str] = (),
        cache_size: int = _CACHE_SIZE,
        learned: bool = True,
    ) -> LexiconDetector:
        """Default lexicons, then each of ``extra_dirs`` (company patterns) in order.

        ``staff_names`` (any script) extend the built-in list of common surnames used
        by the staff_naming rules, and are masked in evidence excerpts. ``cache_size``
        bounds the memo of analysed texts (a back-fill wants a larger one).
        ``learned``: OR the learned indicator model's low hits with the rules'
        (mamori.detect.learned; the setting ``content.learned``).
        """
        analyser = Analyser()
        names = (*staff_names, SIGNED_NAME)
        # Every script of a roster name (kanji, kana, romaji) for the surface rules too.
        spelled = sorted(staff_spellings(names, analyser)) if names else []
        dirs = [LEXICON_DIR, *extra_dirs]
        words = TokenLexicon.load(dirs, analyser, names)
        # The terms' kana readings come from a file cache when this code and
        # dictionary computed them before (mamori.detect.readings).
        with cached_readings(analyser.reading) as reading:
            compiled = compile_lexicons(
                dirs, spelled, words.probe_words, reading, words.probe_exclusions
            )
        return cls(
            compiled,
            cache_size=cache_size,
            words=words,
            analyser=analyser,
            staff_names=names,
            learned_model=load_learned() if learned else None,
        )

    @property
    def rules(self) -> list[Rule]:
        return self._c.rules

    # ------------------------------------------------------------------ entry points
    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        key = (subject, text)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        # The analysis reads only the customer's part: transcripts that differ in the
        # agent's lines (names, timestamps, the script) share one analysis.
        raw = _customer_part(subject, text)
        result = self._by_part.get(raw)
        if result is None:
            result = self._analyse_part(raw)
            if len(raw) <= _CACHE_MAX_CHARS:
                if len(self._by_part) >= self._cache_size:
                    self._by_part.clear()
                self._by_part[raw] = result
        if len(text or "") + len(subject or "") <= _CACHE_MAX_CHARS:
            if len(self._cache) >= self._cache_size:
                self._cache.clear()  # simple bound; a hot set refills quickly
            self._cache[key] = result
        return result

    def analyse_uncached(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        """:meth:`analyse` without the memo (benchmarks, tests)."""
        return self._analyse_part(_customer_part(subject, text))

    def _analyse_part(self, written: str) -> TextAnalysis:
        result = self._rules_part(written)
        model = self._learned
        if model is None or not result.customer_text:
            return result
        # The learned model adds only codes the rules did not find at any severity, and
        # only at low: the rules stay the explainable floor (docs/detection.md).
        have = {h.category.value for h in result.hits}
        found = [(c, v) for c, v in model.codes_of(result.customer_text) if c not in have]
        if not found:
            return result
        added = [
            ContentHit(
                category=Category(code),
                severity="low",
                score=round(1.0 / (1.0 + math.exp(-value)), 3),
                evidence=self._learned_evidence(model, code, written, result.customer_text),
                rule=f"learned.{code}",
            )
            for code, value in found
        ]
        hits = tuple(sorted((*result.hits, *added), key=lambda h: h.category.value))
        return replace(result, hits=hits)

    def _learned_evidence(self, model: LearnedModel, code: str, written: str, folded: str) -> str:
        """The redacted sentence whose own features weigh most for the model's ``code``."""
        sentences = _BOUNDARY.split(folded)
        at = model.best_sentence(sentences, code)
        shown = display(written)
        names = (*self._staff_names, *names_in(shown))
        if romaji.as_kana(written) is not None:  # read from romaji: never shown as kana
            return excerpt(shown, at / max(1, len(sentences)), names=names)
        parts = _DISPLAY_SPLIT.split(shown)
        if len(parts) == len(sentences) and parts[at].strip():
            return excerpt(parts[at], names=names)
        return excerpt(sentences[at], names=names)

    def _one_word(self, kana: str) -> bool:
        """The analyser reads ``kana`` as one word of its dictionary (りよう 利用); not
        as a volitional (ばいしよう read as 倍しよう), a form no telegram writes."""
        toks = self._analyser.analyse(kana).tokens
        return (
            len(toks) == 1
            and toks[0].lemma != toks[0].surface
            and not toks[0].cform.startswith("意志推量形")
        )

    def _read(self, raw: str) -> str:
        """``raw`` folded, in standard spelling, as the rules read it."""
        return endings.respell(
            dialect.without_hesitations(
                typos.homophones(
                    typos.respell(
                        dialect.respell(shorthand.respell(self._analyser.standard(fold(raw))))
                    )
                )
            )
        )

    def _rules_part(self, written: str) -> TextAnalysis:
        # Japanese written in romaji is read in kana (text.romaji), and 伏せ字 as the
        # word it hides (text.fuseji); the evidence is still cut from the words as
        # written. Only kana from romaji is another spelling of what was written.
        kana = romaji.as_kana(written)
        respelt = kana is not None
        # Lines written wholly in katakana as Japanese are read in hiragana, character
        # for character (text.kana.katakana_as_hiragana): the analyser reads katakana
        # as loanwords. Folding makes no difference, so evidence positions hold. A
        # telegram's full-size small kana (シヤチヨウ) are restored where the word is
        # no dictionary word as written.
        raw = self._unmasker.unmask(katakana_as_hiragana(kana or written, self._one_word))
        # Scots spellings and dropped g's read as standard English (text.dialect), a
        # clinical note's shorthand as plain words (text.shorthand), and
        # Kagoshima and Ibaraki endings as the standard ones (text.endings).
        # A misspelt English cue word is read as the word (text.typos).
        folded = self._read(raw)
        if not folded:
            return TextAnalysis(hits=(), customer_text="", is_demand=False, is_urgent=False)
        # An address is looked for as the text reads after the same folding ("27 Kings
        # Court, Apt 4" folds to "27 kings court,apt 4").
        addresses = [self._read(a) for a in street_addresses(raw)]
        # The trailing newline ends the last sentence (terms written with `$`).
        msg = _Message(
            folded + "\n",
            _outside_addresses(_scan(self._auto, folded + "\n"), folded, addresses),
            raw,
        )
        spans = msg.spans
        if not spans:
            return TextAnalysis(hits=(), customer_text=folded, is_demand=False, is_urgent=False)
        is_demand = self._demand in spans
        is_urgent = self._urgent in spans and any(
            not self._negated(msg, span, span) for span in spans[self._urgent]
        )
        best: dict[Category, tuple[int, float, str, Span]] = {}
        fired: dict[Category, int] = {}
        #: Every span where a surface rule of each code matched (see _toned).
        cued: dict[Category, list[Span]] = {}
        #: Where each surface violence rule matched (see _closer_presses).
        violent: list[Span] = []
        by_anchor = self._c.by_anchor
        for g in list(spans):
            for rule in by_anchor.get(g, ()):
                found = self._evaluate(rule, msg)
                if found is None:
                    continue
                rank, span = found
                if rule.id not in _FRAME_IN_CUE and self._vetoed(rule.category, msg, span):
                    continue
                if rule.category == Category.VIOLENCE_THREAT and _figurative(msg.text, spans[g]):
                    continue
                if rule.category == Category.PRIVACY_INTRUSION and _by_a_third_party(
                    msg.text, [span, *spans[g]]
                ):
                    continue
                if rule.category == Category.VIOLENCE_THREAT and _by_a_third_party(
                    msg.text, [span, *spans[g]], seen=True
                ):
                    continue
                if rule.category == Category.ONLINE_DEFAMATION_THREAT and _thanked_post(msg, span):
                    continue
                if rule.category == Category.ONLINE_DEFAMATION_THREAT and _rating_seen(
                    msg.text, [span, *spans[g]]
                ):
                    continue
                rank = min(rank, self._surface_ceiling(rule.category, msg, span))
                if rank == 0:
                    continue
                fired[rule.category] = fired.get(rule.category, 0) + 1
                cued.setdefault(rule.category, []).append(span)
                if rule.category == Category.VIOLENCE_THREAT:
                    # Every place its terms matched, not only the span it reports: a
                    # closer is the message's only violence cue only if no other
                    # match of the rule stands beside it (「覚えておけよ。このままで済む
                    # と思うな」 after a post is a threat of its own).
                    violent.append(span)
                    violent.extend(spans[g])
                current = best.get(rule.category)
                if current is None or (rank, rule.score) > (current[0], current[1]):
                    best[rule.category] = (rank, rule.score, rule.id, span)
        # The word layer, on the sentences the surface pre-filter lets through.
        words = self._words
        token_hits = (
            self._word_hits(msg, words, best) if words is not None and self._probe in spans else []
        )
        # English roles: who the threat is aimed at, who acts (see _role_ceiling).
        token_hits = [
            (capped, u)
            for h, u in token_hits
            if (capped := self._word_ceiling(h, msg, u)) is not None
        ]
        # One cue, one code: a word hit on the very words of a surface hit of another
        # code belongs to that hit (「鈴木って奴をクビに」 is staff naming, not also contempt).
        # (Each hit is placed in the folded message once, for this and the next step.)
        placed = [(h, u, _folded_span(u, h)) for h, u in token_hits]
        placed = [
            (h, u, span)
            for h, u, span in placed
            if not any(c != h.entry.category and _overlaps(span, b[3]) for c, b in best.items())
            and not (
                h.entry.category == Category.VIOLENCE_THREAT
                and span[0] < span[1]
                and (_portrays(folded, span[1]) or _figurative(folded, [span]))
            )
            # a threat named to be disowned, as for the surface rules
            and not (h.entry.negatable and self._denied_saying(msg, span, span))
            and not (
                h.entry.category == Category.ONLINE_DEFAMATION_THREAT
                and span[0] < span[1]
                and _thanked_post(msg, span)
            )
        ]
        placed = _toned(msg, placed, cued)
        token_hits = [(h, u) for h, u, _span in placed]
        words_best = _one_code_per_cue([(h, span) for h, _u, span in placed])
        unit_of = {id(h): u for h, u in token_hits}
        if not best and not words_best:
            return TextAnalysis(
                hits=(), customer_text=folded, is_demand=is_demand, is_urgent=is_urgent
            )
        _resolve_overlaps(best)
        self._pressure_of_a_demand(msg, best)
        _dismissal_of_a_demand(msg, best, words_best, cued)
        pressed = _closer_presses(msg, best, words_best, violent, placed)
        shown = display(written)
        hits = []
        for category in sorted(set(best) | set(words_best), key=lambda c: c.value):
            surface = best.get(category)
            word = words_best.get(category)
            if surface is not None and (word is None or surface[0] >= SEVERITY_RANK[word.severity]):
                rank, score, rid, span = surface
                # Several independent rules for one code make it more certain.
                score = min(1.0, score + 0.05 * (fired[category] - 1))
                evidence = self._evidence(msg, span, shown, respelt)
            else:
                assert word is not None
                rank, score, rid = SEVERITY_RANK[word.severity], word.entry.score, word.entry.id
                unit = unit_of[id(word)]
                evidence = _word_evidence(unit.analysis.text, word, self._staff_names)
                if respelt:
                    evidence = self._as_written(msg, unit, word, shown) or evidence
            if category == pressed:
                rank = SEVERITY_RANK["high"]
            hits.append(
                ContentHit(
                    category=category,
                    severity=_RANK_SEVERITY[rank],
                    score=round(score, 3),
                    evidence=evidence,
                    rule=rid,
                )
            )
        return TextAnalysis(
            hits=tuple(hits), customer_text=folded, is_demand=is_demand, is_urgent=is_urgent
        )

    # ------------------------------------------------------------------ analysis-based checks
    def _source(self, msg: _Message, pos: int) -> tuple[int, str]:
        """The index (-1: the whole message) and the customer's writing of what is
        analysed for folded position ``pos``: its sentence, or the whole message where
        the two sentence splits disagree."""
        index = msg.sentence(pos)
        raw = msg.raw_sentence(index)
        if raw is None:
            return -1, msg.raw
        return index, raw

    def _unit(self, msg: _Message, pos: int) -> _Unit:
        """The analysed sentence around folded position ``pos`` (analysed once)."""
        index, raw = self._source(msg, pos)
        unit = msg._units.get(index)
        if unit is None:
            start, end = msg.sentence_span(index) if index >= 0 else (0, len(msg.text))
            analysis = self._analyser.analyse(raw)
            if analysis.lang == "en":
                # A name repeated in other sentences of the message, summoned in one
                # ("derek. get derek. i want derek").
                if msg._names is None:
                    msg._names = summoned_names(msg.text)
                analysis = with_names(analysis, msg._names)
            unit = _Unit(analysis, msg.text[start:end], start, index)
            msg._units[index] = unit
        return unit

    def _word_hits(
        self,
        msg: _Message,
        words: TokenLexicon,
        best: dict[Category, tuple[int, float, str, Span]],
    ) -> list[tuple[TokenHit, _Unit]]:
        """The word entries, on the sentences the surface pre-filter lets through. A
        sentence whose probes can only add codes the surface rules already found at the
        same or a higher severity is not analysed, nor one where no pattern has all its
        words (:meth:`TokenLexicon.gate`)."""
        out: list[tuple[TokenHit, _Unit]] = []
        done: set[int] = set()
        wanted: dict[int, bool] = {}
        seen: list[tuple[int, str]] = []
        free: set[int] = set()  # sentences with a probe that needs no other word
        for start, end in msg.spans.get(self._probe, ()):
            index = msg.sentence(start)
            probe = msg.text[start:end]
            seen.append((index, probe))
            if words.is_free(probe):
                free.add(index)
            if not wanted.get(index):
                reach = words.reach(probe)
                wanted[index] = not reach or any(  # unknown spelling: analyse
                    c not in best or best[c][0] < rank for c, rank in reach.items()
                )
        if not any(wanted.values()):
            return out
        if any(ok and index not in free for index, ok in wanted.items()):
            self._gate(msg, words, wanted, seen)
        hopeless: set[int] = set()  # analysed units (-1: the whole message) with no hit
        for (index, _probe), (start, _end) in zip(seen, msg.spans[self._probe], strict=True):
            if index in done or not wanted.get(index):
                continue
            done.add(index)
            at, raw = self._source(msg, start)
            if at in hopeless:
                continue
            if at not in msg._units and not words.may_hit(self._analyser.word_keys(raw)):
                # No pattern has all its words there (English, read without analysing
                # it): matching its analysis would find nothing.
                hopeless.add(at)
                continue
            unit = self._unit(msg, start)
            if id(unit) in done:
                continue  # the whole message was analysed already
            done.add(id(unit))
            hits = words.match(unit.analysis, short=_short(msg.text))
            out.extend((h, unit) for h in hits)
        return out

    def _gate(
        self,
        msg: _Message,
        words: TokenLexicon,
        wanted: dict[int, bool],
        seen: list[tuple[int, str]],
    ) -> None:
        """Marks unwanted each sentence where no pattern has all its words
        (:meth:`TokenLexicon.gate`), given its (sentence, probe) pairs ``seen``. Per
        sentence, the unit that is analysed; where the message is analysed whole (its
        two sentence splits disagree), by the whole message's strings. The gate words
        are looked for only here, in the few texts that get this far."""
        probes: dict[int, set[str]] = {}
        for index, probe in seen:
            probes.setdefault(index, set()).add(probe)
        found: dict[int, set[str]] = {}
        bounds = msg.bounds  # msg.sentence, inline: common words (人, 方) come back often
        for end, word in words.gate_words_in(msg.text):
            found.setdefault(bisect_right(bounds, end - len(word) + 1), set()).add(word)
        whole: tuple[set[str], set[str]] | None = None
        for index, ok in wanted.items():
            if not ok or words.gate(probes[index], found.get(index, set())):
                continue
            if whole is None:
                whole = set().union(*probes.values()), set().union(*found.values())
            if not words.gate(*whole) or msg.raw_sentence(index) is not None:
                wanted[index] = False

    def _vetoed(self, category: Category, msg: _Message, span: Span) -> bool:
        """A surface match that the words of the message contradict (see _WORD_CODES,
        _THREAT_CODES)."""
        cue = msg.text[span[0] : span[1]]
        if not cue.isascii() and self._not_a_command(msg, span, cue):
            return True
        if category in _REPORTED_ORDERS and not cue.isascii():
            # 「早くしろと言われて不快でした」「電気代も払ってって言われた」: an order or a
            # demand the customer reports being given.
            return self._reported(msg, span)
        if category in _WORD_CODES:
            if cue.isascii():
                return False  # English terms already need word boundaries
            if category == Category.SEXUAL_HARASSMENT and self._with_others(msg, span):
                return True
            if category == Category.ABUSIVE_LANGUAGE and self._reported(msg, span):
                return True
            if cue.startswith("しね") and self._suru_negated(msg, span):
                return True
            # Collisions across or inside words come from short cues (ばか, はげ, かす);
            # a cue of four characters or more is checked only by its exclusions.
            return len(cue) <= _SHORT_CUE and self._splits_words(msg, span, cue)
        if category in _THREAT_CODES:
            if cue.isascii() and _ENSURED.search(
                msg.text, *msg.sentence_span(msg.sentence(span[0]))
            ):
                # "it will be ensured that your conduct is exposed": the speaker's act
                return False
            if (
                category == Category.LEGAL_THREAT
                and cue.isascii()
                and any(
                    r.search(msg.text, *msg.sentence_span(msg.sentence(span[0])))
                    for r in (_COURT_ULTIMATUM, _COURT_PROMISED)
                )
            ):
                return False
            if (
                category == Category.LEGAL_THREAT
                and not cue.isascii()
                and (_escalation_disowned(msg, span) or _legal_wondered(msg, span))
            ):
                return True
            return self._benign_frame(category, msg, span)
        if category == Category.VIOLENCE_THREAT:
            return (
                _portrays(msg.text, span[1])
                or self._benign_frame(category, msg, span, phrases_only=True)
                or (not cue.isascii() and self._harms_a_thing(msg, span))
            )
        return False

    def _harms_a_thing(self, msg: _Message, span: Span) -> bool:
        """A Japanese verb of harm whose object is no person (「ボスぶっ殺すまで寝ない」
        「ゾンビを殴り倒す」, see :func:`mamori.detect.ja_roles.harms_a_thing`)."""
        unit = self._unit(msg, span[0])
        if unit.analysis.lang != "ja":
            return False
        cue = [i for p, q, i in unit.aligned if p < span[1] and q > span[0]]
        if not cue:
            return False
        toks = unit.analysis.tokens
        clause = cl.clause_of(unit.clauses, cue[0])
        if jr.harms_a_thing(toks, cue[0], clause):
            return True
        if jr.urge_after(toks, cue[-1]):
            # 「このプリンター紙詰まりばっかり。ぶっ壊したくなる」: the urge's object may be
            # the thing the sentence before ran down
            before = self._sentence_before(msg, unit, cue[0])
            return jr.urge_on_a_device(toks, cue[0], clause, before)
        return self._pests_meant(msg, unit, cue[0], clause)

    def _pests_meant(self, msg: _Message, unit: _Unit, i: int, clause: cl.Clause) -> bool:
        """A kill verb at token ``i`` whose clause names no object of its own, after a
        sentence of pests (「台所にゴキブリがいっぱい出よる。もう全部ぶち殺してほしい」,
        :func:`mamori.detect.ja_roles.pests_before`): the vermin, no person."""
        toks = unit.analysis.tokens
        return jr.names_no_object(toks, i, clause) and jr.pests_before(
            toks, i, clause, self._sentence_before(msg, unit, i)
        )

    def _sentence_before(self, msg: _Message, unit: _Unit, i: int) -> tuple[Token, ...]:
        """The tokens of the sentence before the one holding token ``i`` of ``unit``
        (empty when there is none, or it is no Japanese)."""
        before = jr.sentence_before(unit.analysis.tokens, i)
        if before is not None:
            return tuple(before)
        index = unit.index
        if index > 0:
            prev = self._unit(msg, msg.sentence_span(index - 1)[0])
            if prev.analysis.lang == "ja" and prev.index == index - 1:
                return prev.analysis.tokens
        return ()

    def _surface_ceiling(self, category: Category, msg: _Message, span: Span) -> int:
        """The highest severity rank (0: none) the roles of a cue allow."""
        if self._english_named_in_japanese(msg, span):
            return 1  # 「『I'll kill you』ってゲームのセリフ覚えた」: the line named, not said
        if not msg.text[span[0] : span[1]].isascii() or self._ascii_in_japanese(msg, span):
            ceiling = self._ja_ceiling(category, msg, span)
            if ceiling > 1 and category == Category.LEGAL_THREAT:
                ceiling = min(ceiling, self._ja_legal_frame(msg, span))
            return ceiling
        if category not in _ROLE_CODES and category not in _TARGET_CODES:
            return 3
        unit = self._unit(msg, span[0])
        cue = [i for p, q, i in unit.written if p < span[1] and q > span[0]]
        return self._role_ceiling(category, msg, unit, cue) if cue else 3

    def _english_named_in_japanese(self, msg: _Message, span: Span) -> bool:
        """An English cue quoted in a Japanese sentence that names the quote as a line
        or a phrase (「『I'll kill you』ってゲームのセリフを覚えた」「"I'll sue you"という
        表現」, :func:`mamori.detect.ja_roles.named_as_words`): the words mentioned,
        nobody's act. A quote told as said (「『I will sue you』と言われた」) is read by
        its English frame as before."""
        if not msg.text[span[0] : span[1]].isascii():
            return False
        start, end = msg.sentence_span(msg.sentence(span[0]))
        if not _JA_CHAR.search(msg.text, start, end):
            return False
        unit = self._unit(msg, span[0])
        if unit.analysis.lang != "ja":
            return False
        cue = [i for p, q, i in unit.aligned if p < span[1] and q > span[0]]
        return bool(cue) and jr.named_as_words(unit.analysis.tokens, cue[0], cue[-1])

    def _ascii_in_japanese(self, msg: _Message, span: Span) -> bool:
        """A cue written in Latin letters inside a Japanese sentence (「『SNSに晒して
        やる』と怒鳴っていました」 anchored on SNS): its frame is the sentence's, read
        as Japanese."""
        start, end = msg.sentence_span(msg.sentence(span[0]))
        if not _JA_CHAR.search(msg.text, start, end):
            return False
        # An English clause quoted whole in a Japanese memo (「we will take you to court」
        # と話された) keeps its English frame: the Latin run round the cue holds words.
        left, right = span[0], span[1]
        while left > start and not _JA_CHAR.match(msg.text, left - 1):
            left -= 1
        while right < end and not _JA_CHAR.match(msg.text, right):
            right += 1
        if len(msg.text[left:right].split()) >= _ENGLISH_CLAUSE_WORDS:
            return False
        return self._unit(msg, span[0]).analysis.lang == "ja"

    def _legal_routine(
        self,
        toks: tuple[Token, ...],
        cue: list[int],
        clause: cl.Clause,
        clauses: list[cl.Clause],
    ) -> bool:
        """An English legal cue that tells how someone lives, no act: a place they are
        at as a habit ("I'm in court most days", "my wife works at the police station
        on weekdays"), or the speaker's own trade told beside such a habit ("I'm a
        lawyer myself so I'm in court most days"). Not when any clause of the sentence
        names the listener, their side or a company other than in a question ("… and
        your firm is next", "… I'll be seeing your company there"), or a clause
        with a legal word commits to an act ("I'm in court most days and I'll see you
        there")."""
        roles = self._roles
        assert roles is not None
        legal = roles.legal_action
        if not (
            rl.whereabouts(toks, clause, cue)
            or (
                rl.own_identity(toks, clause, legal)
                and any(rl.routine(toks, c) for c in clauses if c != clause)
            )
        ):
            return False
        return not any(
            (rl.aims_at_listener(toks, c, roles) and not rl.asks_whether(toks, c))
            or (
                rl.commits(toks, c, legal)
                and any(not t.keys.isdisjoint(legal) for t in toks[c.start : c.end])
            )
            for c in clauses
        )

    def _later(self, msg: _Message, unit: _Unit) -> tuple[tuple[Token, ...], ...]:
        """The tokens of the sentences after ``unit``'s (at most ``_LATER``), each
        analysed on its own: an errand or praise may follow the cue's sentence."""
        if unit.index < 0:
            return ()  # the whole message is one analysis already
        last = min(len(msg.bounds) + 1, unit.index + 1 + _LATER)
        return self._english_sentences(msg, range(unit.index + 1, last), past_blank=False)

    def _earlier(self, msg: _Message, unit: _Unit) -> tuple[tuple[Token, ...], ...]:
        """The tokens of the sentences before ``unit``'s (at most ``_LATER``), nearest
        first, each analysed on its own: what a pronoun of the cue stands for."""
        if unit.index < 0:
            return ()
        first = max(-1, unit.index - 1 - _LATER)
        return self._english_sentences(msg, range(unit.index - 1, first, -1), past_blank=True)

    def _english_sentences(
        self, msg: _Message, indices: range, *, past_blank: bool
    ) -> tuple[tuple[Token, ...], ...]:
        """The tokens of the sentences at ``indices``, in that order, each analysed on its
        own, up to the first that is not English; a blank one ends them too unless
        ``past_blank``."""
        out: list[tuple[Token, ...]] = []
        for index in indices:
            start, end = msg.sentence_span(index)
            if not msg.text[start:end].strip():
                if past_blank:
                    continue
                break
            found = self._unit(msg, start)
            if found.index != index or found.analysis.lang != "en":
                break
            out.append(found.analysis.tokens)
        return tuple(out)

    def _word_ceiling(self, hit: TokenHit, msg: _Message, unit: _Unit) -> TokenHit | None:
        """A word hit with its severity capped by the roles of its words (None:
        dropped)."""
        a = unit.analysis
        category = hit.entry.category
        if category == Category.STAFF_NAMING and _spared(a.text, (hit.start, hit.end)):
            return None  # 「村瀬さんを担当から外さないでください」: a defence of them
        if hit.entry.question != "keep" and unit.index >= 0 and self._is_question(msg, unit.index):
            # The sentence's ？ is cut off before analysis: asked, as the entry says.
            asked = as_asked(hit.entry, hit.severity, [t for t in a.tokens if t.start >= hit.start])
            if asked is None:
                return None
            hit = replace(hit, severity=asked)
        if a.lang == "ja":
            cue = [i for i, t in enumerate(a.tokens) if hit.start <= t.start < hit.end]
            ceiling = self._ja_role_ceiling(category, msg, unit, cue) if cue else 3
        elif (category not in _ROLE_CODES and category not in _TARGET_CODES) or a.lang != "en":
            return hit
        else:
            cue = [i for i, t in enumerate(a.tokens) if hit.start <= t.start < hit.end]
            ceiling = self._role_ceiling(hit.entry.category, msg, unit, cue) if cue else 3
        if ceiling == 0:
            return None
        if SEVERITY_RANK[hit.severity] <= ceiling:
            return hit
        return replace(hit, severity=_RANK_SEVERITY[ceiling])

    def _role_ceiling(self, category: Category, msg: _Message, unit: _Unit, cue: list[int]) -> int:
        """Who does what to whom decides how far an English cue goes (mamori.detect.roles):

        - violence (and privacy, for "I'll find you"): a verb of harm whose object is
          a thing ("kill this subscription", "end this call"), a person receiving a
          message ("shoot you an email", "find you the order number"), the speaker
          ("my boss will kill me"), a place not wrecked ("hit the shops"), or whose
          particle gives it another sense ("hit you up", "beat you to it") is no threat
          (0); so is an errand ("I'll be waiting for your reply") and, for privacy, a
          contact detail asked for a business function ("your number for refunds");
        - legal: an escalation route the customer has a right to (an ombudsman) with no
          legal action in the clause, or a past narration or an identity ("my dad is a
          lawyer") naming no listener in a sentence that commits to no act ("my
          lawyer asked me to …"), is at most low (1);
        - legal: a report to a person ("report you to your supervisor") with no legal
          action in the clause, or a complaint about the matter to a regulator with no
          listener, list of routes or condition ("I'll be lodging a formal complaint
          with the regulator"), is at most low (1);
        - violence: a thing as the subject of the verb of harm ("the charger set fire
          to my desk") is a safety complaint (0);
        - online defamation: a review already left, told as a fact ("I left a 1 star
          review on google"), is at most low (1); reviews by others the customer read
          ("I noticed plenty of one-star reviews mentioning the same fault") are none (0);
        - online defamation: a post of a neutral thing ("post the return form
          online") or a message to the listener ("blast you an email") is none (0); a
          review or post about a product, naming nobody, saying nothing hostile and
          set after no condition, is at most low (1);
        - in-person demand: the customer coming in themselves ("I can come in and pay
          in person"), a meeting proposed as "we" ("let's meet in person to sign") or a
          visit for a service ("to fix the boiler") is no demand that staff come (0)."""
        roles = self._roles
        a = unit.analysis
        if roles is None or a.lang != "en":
            return 3
        toks = a.tokens
        clauses = unit.clauses
        clause = cl.clause_of(clauses, cue[0])
        if category in _QUOTABLE_CODES and tg.quoted_from_other(a.text, toks, cue[0]):
            return 1  # "my son keeps shouting 'I'll kill you' at his game": a report
        if category == Category.ABUSIVE_LANGUAGE:
            if (
                sw.only_exclaims(toks, cue)
                or tg.insults_speaker(toks, cue[0], clause)
                or tg.describes_self(toks, cue[0], clause)
                or tg.reports_insult(toks, cue[0], clause)
                or tg.ranks_deed(toks, cue[-1])
                or tg.in_a_name(toks, cue)
                or tg.own_learning(toks, cue, clause)
            ):
                # "ffs", "holy shit", "fucking amazing"; "I'm such an idiot"; "not trying
                # to be a jerk here"; "a driver called him a useless old c*nt"; "the
                # dumbest thing I ever did"; "doors open for Arctic Monkeys"; "I want
                # to learn English"
                return 0
            # "my dog is an idiot", "the final boss is a total bastard"
            return 1 if tg.insults_other(toks, cue[0], clause, roles) else 3
        if category == Category.SEXUAL_HARASSMENT:
            # "do you have the lingerie range in a size 12?"
            # "the dress looks so sexy": a thing described, no remark on a person
            thing = (
                tg.apparel_product(toks, cue, clause, roles)
                or tg.thing_allure(toks, cue, clause, roles)
                or tg.crude_likening(toks, cue)  # "as useful as tits on a bull"
                or tg.sports_ball(toks, cue)  # "the pinsetter ate my ball"
                # "I've got a £3.40 fine. Could someone take it off?"
                or tg.charge_taken_off(toks, cue, lambda: self._earlier(msg, unit), roles)
                or tg.switched_on(toks, cue, clause, roles)  # "get the gas turned on"
            )
            return 0 if thing else 3
        if category == Category.STAFF_NAMING:
            # "I have not spoken to anyone but Laura", "Kevin was sacked last year"
            if tg.told_of_past(toks, clause):
                return 0
            if rl.went_well(toks, clause, clauses, roles, lambda: self._later(msg, unit)):
                return 0  # "please tell Aiko the move went smoothly": good news passed on
            asked = msg.asked(unit.index)
            later = self._later(msg, unit)[:1]
            if tg.asks_still_there(toks, clause, asked, roles, later[0] if later else ()):
                return 0  # "Is Tanaka still working there?": an inquiry
            return 1 if tg.only_asked(toks, clause, asked) else 3  # "only kevin?"
        if category in (Category.VIOLENCE_THREAT, Category.PRIVACY_INTRUSION):
            if category == Category.VIOLENCE_THREAT and (
                rl.errand(toks, cue, clause, roles)
                or rl.missed_chance(toks, cue, clause, roles)
                or rl.regret_if_chance(toks, cue, clause, clauses, roles)
                or rl.known_premises_errand(
                    toks, cue, clause, roles, lambda: self._later(msg, unit)
                )
                or rl.thing_does_harm(toks, cue, clause, roles)
                or tg.pet_does_harm(toks, cue, clause, lambda: self._earlier(msg, unit))
                or tg.audience_does_harm(toks, cue, clause)
            ):
                # "I'll be waiting for your reply", "you will pay for shipping", "you'll
                # regret missing this offer", "… regret it if you miss this sale", "I
                # know where your office is. I'll drop the form off tomorrow.", "the
                # charger set fire to my desk", "one of my cats scratches, he'll try to
                # kill you": a pet's habit warned of; "my followers will destroy you": a
                # pile-on, online defamation's
                return 0
            if category == Category.PRIVACY_INTRUSION and rl.suffered_from_other(toks, cue, clause):
                return 0  # "a man has been watching over my shoulder": a report, no threat
            if category == Category.PRIVACY_INTRUSION and (
                rl.business_contact(toks, clause, roles)
                or rl.known_premises_errand(
                    toks, cue, clause, roles, lambda: self._later(msg, unit)
                )
            ):
                # "your phone number for returns?", "I know where you are based, I'll drop …"
                return 0
            if (
                category == Category.PRIVACY_INTRUSION
                and rl.given_by_listener(toks, clause)
                and not any(
                    rl.commits(toks, c, frozenset()) and rl.names_listener(toks, c)
                    for c in clauses
                    if c != clause
                )
            ):
                return 0  # "you gave me your number last week" (not "… so I'll text you")
            kinds = [
                (i, rl.object_kind(toks, i, clause.end, roles))
                for i in cue
                if toks[i].lemma in roles.harm
            ]
            # "smash the counter and your nose": a thing, then someone's body part
            aimed_body = any(
                i > 0
                and toks[i - 1].surface in rl.OTHERS_POSSESSIVE
                and not toks[i].keys.isdisjoint(roles.body)
                for i in cue
            )
            if (
                kinds
                and not aimed_body
                and all(
                    k in (rl.THING, rl.MESSAGE, rl.SENSE, rl.SPEAKER)
                    # A place is a target only when wrecked ("shoot this place up").
                    or (k == rl.PLACE and not rl.wrecks(toks, i, clause.end))
                    for i, k in kinds
                )
                # "smash your windows in", "key ur car": the listener's property, in a
                # clause that commits to it ("did my son break your window?" asks of the past)
                and not (
                    any(rl.damages_property(toks, i, clause.end, roles) for i, _ in kinds)
                    and rl.commits(toks, clause, frozenset())
                    and not rl.narrated(toks, clause)
                )
            ):
                return 0
        elif category == Category.LEGAL_THREAT:
            if all(rl.named(toks, i, roles) for i in cue):
                return 0  # "my daughter Sue will pick up the car": a name, no suit
            if self._legal_routine(toks, cue, clause, clauses):
                return 0  # "I'm a lawyer myself so I'm in court most days"
            if rl.others_report_other(toks, cue, clause):
                return 0  # "she's been in touch with the police about him"
            if rl.reports_scam(toks, cue, clause):
                return 0  # "if it's a scam I'll report it to the police": the fraud's remedy
            if rl.topic_of_study(toks, cue, clause):
                return 0  # "material on the miners' strike, especially the police tactics"
            if rl.papers_needed(toks, clause, roles.legal_action) or rl.papers_sent_on(
                toks, clauses, roles.legal_action, lambda: self._later(msg, unit)
            ):
                # "our legal team needs the current DPA", "A solicitor is handling it for
                # me. Could you send the records to him directly?": an errand
                return 0
            words = toks[clause.start : clause.end]
            if all(t.keys.isdisjoint(roles.legal_action) for t in words) and (
                any(not t.keys.isdisjoint(roles.route) for t in words)
                # "I'll report you to your manager": a person, not an authority
                or rl.reports_to_person(toks, clause, roles)
            ):
                return 1
            if rl.complains_of_matter(toks, clause, clauses, roles):
                return 1  # "I'll be lodging a formal complaint with the regulator"
            if rl.legal_news(toks, cue, clauses):
                return 0  # "my mum saw a post saying your company is being taken to court"
            # A past narration ("my lawyer asked me to …") or who someone is ("my dad
            # is a lawyer"), naming no listener, with no act committed to anywhere in
            # the sentence (a wish to settle is no act: "so I'm hoping we can resolve
            # it"). Said beside such a wish, the mention is a de-escalation: none.
            if (
                (rl.narrated(toks, clause) or rl.identity(toks, clause, roles.legal_action))
                and not rl.names_listener(toks, clause)
                and not any(
                    rl.commits(toks, c, roles.legal_action)
                    and not rl.settles(toks, c, roles.legal_action)
                    for c in clauses
                )
            ):
                if any(rl.settles(toks, c, roles.legal_action) for c in clauses):
                    return 0
                # "our insurer's lawyer asked for the agreement": papers, no pressure
                return 0 if rl.papers_asked(toks, clause, roles.legal_action) else 1
        elif category == Category.ONLINE_DEFAMATION_THREAT:
            if any(rl.object_kind(toks, i, clause.end, roles) == rl.MESSAGE for i in cue):
                return 0  # "I'll blast you an email": the listener receives a message
            if rl.asks_whether(toks, clause):
                return 1  # "should I send the screenshots to a journalist?"
            if rl.posted_by_other(toks, cue, clause):
                return 0  # "someone on your forum has posted screenshots of our dashboards"
            if rl.reviews_read(toks, cue, clause, clauses) or rl.reviews_by_others(
                toks, cue, clause
            ):
                return 0  # "I noticed plenty of one-star reviews mentioning the same fault"
            if rl.leave_asked(toks, clause, clauses, roles, lambda: self._later(msg, unit)):
                return 0  # "we'd love to share our photos on insta. Is that OK?"
            if rl.rating_given(toks, cue, clauses):
                return 0  # "One star. The naan was missing.", "… so one star off"
            if not any(rl.conditional(toks, c) for c in clauses):
                if rl.review_left(toks, clause, clauses, roles):
                    return 1  # "I left a 1 star review on google, the delivery was awful"
                if rl.exposes_nothing(toks, clause, roles):
                    return 0  # "I'll post the return form online", "share this deal"
                if rl.praised(toks, clause, clauses, roles, lambda: self._later(msg, unit)):
                    return 0  # "post a video of the cashier on tiktok, she was brilliant"
                if rl.product_topic(toks, clause, roles):
                    return 1
        elif category == Category.APOLOGY_DEMAND:
            if rl.own_side_offers(toks, clause) or rl.reported_offer(toks, clause, cue[0]):
                return 0  # "my dad will come by to apologise", "she said she'd come to apologise"
            if rl.polite_apology_for_other(
                toks, clause, msg.asked(unit.index)
            ) or rl.hedged_debt_for_other(toks, clauses, cue):
                return 1  # "could someone apologise to my mum?", "I think he's owed an apology"
        elif category == Category.IN_PERSON_DEMAND:
            unconditional = not any(rl.conditional(toks, c) for c in clauses)
            if unconditional and (
                rl.own_side_offers(toks, clause) or rl.reported_offer(toks, clause, cue[0])
            ):
                return 0  # "Our manager will come to your branch to apologise in person"
            if unconditional and rl.service_visit(toks, clause, roles):
                return 0  # "send someone to my house to fix the boiler"
            if unconditional and rl.home_visit_asked(toks, clause):
                return 0  # "As I no longer drive, would someone be able to visit me at home?"
            if unconditional and rl.asks_sending(toks, clause):
                return 1  # "could you send your man round to check it": a call-out asked
            if unconditional and rl.visit_told(toks, clause, cue[0]):
                return 0  # "your manager was at my flat yesterday"
            # "come to my house", "visit me": the speaker is where someone is to come,
            # unless the speaker is the one moving ("if I visit my aunt").
            if any(toks[i].surface in ("me", "my", "mine") for i in cue):
                if rl.speaker_moves(toks, clause, cue[0]):
                    return 0
            elif rl.speaker_acts_alone(toks, clause, roles):
                return 0
            elif unconditional and rl.proposes_meeting(toks, clause):
                return 0  # "let's meet in person to sign": an arrangement
        return 3

    def _ja_ceiling(self, category: Category, msg: _Message, span: Span) -> int:
        """The highest severity rank a Japanese surface cue's frame allows (see
        _ja_role_ceiling); the sentence is analysed only when its writing shows a
        quote, a verb of favour or (for insults) a subject."""
        index = msg.sentence(span[0])
        raw = msg.raw_sentence(index)
        if raw is None:
            start, end = msg.sentence_span(index)
            raw = msg.text[start:end]
        if not (
            jr.QUOTE_HINT.search(raw)
            or jr.DISOWN_HINT.search(raw)
            or (category in _FAVOUR_CODES and jr.FAVOUR_HINT.search(raw))
            or (category in _FAVOUR_CODES and jr.RESOLVED_HINT.search(raw))
            or (category == Category.IN_PERSON_DEMAND and jr.VISIT_TOLD_HINT.search(raw))
            or (category == Category.IN_PERSON_DEMAND and jr.BOOKED_HINT.search(raw))
            or (category in _ADVANCE_CODES and jr.RULE_HINT.search(raw))
            or (
                category in (Category.ABUSIVE_LANGUAGE, Category.SEXUAL_HARASSMENT)
                and any(m in raw for m in jr.OWN_MARKS)
            )
            or (category == Category.ABUSIVE_LANGUAGE and jr.DEVICE_HINT.search(raw))
            or (category == Category.VIOLENCE_THREAT and jr.HAZARD_HINT.search(raw))
            or (category == Category.VIOLENCE_THREAT and "爆" in raw)
            or (category in _PORTRAYED_CODES and jr.SCENE_HINT.search(raw))
            or (
                category == Category.PRIVACY_INTRUSION
                and ("の" in raw or "写真" in raw or jr.PASSIVE_HINT.search(raw))
            )
            or (
                category == Category.LEGAL_THREAT
                and (jr.CRIME_HINT.search(msg.text) or jr.MENACE_HINT.search(msg.text))
            )
        ):
            return 3
        unit = self._unit(msg, span[0])
        if unit.analysis.lang != "ja":
            return 3
        cue = [i for p, q, i in unit.aligned if p < span[1] and q > span[0]]
        return self._ja_role_ceiling(category, msg, unit, cue) if cue else 3

    def _ja_role_ceiling(
        self, category: Category, msg: _Message, unit: _Unit, cue: list[int]
    ) -> int:
        """Whose words and whose act a Japanese cue is (mamori.detect.ja_roles):

        - a third party's words, told (「息子が『殺すぞ』ってゲームで叫んでて」), are at
          most low (1), whatever the code;
        - a favour received (「家まで来てくれて助かりました」) is no demand: none (0)
          when thanked for, else at most low (1);
        - a question whether an invitation or a contact request towards people named
          by role is allowed (「お客様を食事に誘うのはだめですか」) is at most low (1);
        - a visit told as done and settled (「謝罪に来られて、納得しました」) is at most
          low (1);
        - an insult of the speaker or their own people (「うちの猫がアホすぎて」) is at
          most low (1);
        - やつ that stands for goods (「昨日買ったやつが壊れてた」) is none (0);
        - words quoted only to be denied (「殺すなんて言ってない」) are none (0)."""
        toks = unit.analysis.tokens
        first, last = cue[0], cue[-1]
        ceiling = 3
        if category in _FAVOUR_CODES:
            received = jr.favour_received(toks, first, last)
            if received is not None:
                ceiling = received
            elif jr.resolved_visit(toks, first, last):
                ceiling = 1  # a visit told as done and settled, no longer wanted
        if (
            ceiling > 1
            and category == Category.IN_PERSON_DEMAND
            and jr.visit_describes(toks, first, last)
        ):
            ceiling = 1  # 「家に来て契約した浄水器」: a past visit naming the thing
        if category == Category.IN_PERSON_DEMAND and jr.visit_booked(toks):
            ceiling = 0  # 「都合のいい日に家まで来てくれ」「週二回来ていただきたい」: booked
        if ceiling > 1 and category in _ADVANCE_CODES and jr.rule_question(toks, first, last):
            ceiling = 1  # whether an advance is allowed, asked of no one in particular
        if ceiling > 1 and jr.reported(
            self._quoted_run(msg, unit), first, last, relayable=category not in _WORD_CODES
        ):
            ceiling = 1
        clause = cl.clause_of(unit.clauses, first)
        if (
            ceiling > 1
            and category == Category.ABUSIVE_LANGUAGE
            and jr.own_people(toks, first, clause)
        ):
            ceiling = 1  # 「うちの猫がアホすぎて」: said of their own
        if (
            ceiling > 1
            and category == Category.SEXUAL_HARASSMENT
            and jr.own_people(toks, first, clause, bare=False)
        ):
            ceiling = 1  # 「うち、おしり大きいさかい」「私は胸が大きいので」: their own body
        if category == Category.ABUSIVE_LANGUAGE and jr.insults_a_thing(toks, first, clause):
            ceiling = 0  # 「このナビほんとポンコツだな」: a machine run down, nobody abused
        if category in _PORTRAYED_CODES and jr.portrayed(toks, first, clause):
            ceiling = 0  # 「犯人が被害者を毒殺するトリック」: a scene of a work told
        if category == Category.ABUSIVE_LANGUAGE and first == last and jr.names_goods(toks, first):
            ceiling = 0  # 「注文したやつまだ届いてへん」: やつ is the thing ordered
        if (
            ceiling > 1
            and category == Category.ABUSIVE_LANGUAGE
            and jr.thought_conceded(toks, first, last)
        ):
            ceiling = 1  # 「ふざけとるやろこれ、と思たけど、保証ついとった」: taken back
        if jr.disowned(toks, first, last):
            ceiling = 0  # 「割ってやるなんて冗談でも言いません」: named only to be denied
        if jr.degree_likened(toks, first, last):
            ceiling = 0  # 「殺す気かと思うほど痛かった」: a feeling measured, no act
        if category == Category.PRIVACY_INTRUSION and jr.owned_by_other(toks, first):
            ceiling = 0  # 「相手の車のナンバーは控えてあります」: not staff's
        if category == Category.PRIVACY_INTRUSION and jr.photographs_a_thing(toks, first):
            ceiling = 0  # 「水槽のクラゲ、写真撮らせて」: a photo of a thing, no one's
        if ceiling > 1 and category == Category.PRIVACY_INTRUSION and jr.suffered(toks, last):
            ceiling = 1  # 「後をつけられる事案が続いて」: stalking suffered, told
        if category == Category.LEGAL_THREAT and ceiling > 0 and self._crime_reported(msg, unit):
            ceiling = 0  # 「当て逃げされたので警察に通報します」: a crime reported, no threat
        if category == Category.VIOLENCE_THREAT and jr.harms_a_thing(
            toks, first, cl.clause_of(unit.clauses, first)
        ):
            ceiling = 0  # 「ボスぶっ殺すまで寝ない」: a game's enemy, no person
        if (
            category == Category.VIOLENCE_THREAT
            and ceiling > 0
            and self._pests_meant(msg, unit, first, clause)
        ):
            ceiling = 0  # 「ネズミが住みついとる。ぶち殺したいくらい」: the vermin
        if category == Category.VIOLENCE_THREAT and jr.hazard_kills(toks, first, last):
            ceiling = 0  # 「あんなん落ちてきたら人殺してまうで」: a fault's danger
        if category == Category.VIOLENCE_THREAT and jr.done_by_a_neighbour(toks, first, last):
            ceiling = 0  # 「隣の人が壁を殴ってきます」: a neighbour's nuisance suffered
        if category == Category.VIOLENCE_THREAT and jr.weapon_named(toks, first, last):
            ceiling = 0  # 「『爆弾解除ルーム』の最終パズル」: a prop or a title, no threat
        return ceiling

    def _crime_reported(self, msg: _Message, unit: _Unit) -> bool:
        """The cue's sentence reports to the police, aimed at no one and set after no
        condition, and the message tells a crime the customer suffered at a stranger's
        hands (:func:`mamori.detect.ja_roles.crime_suffered`): the report is about that
        crime, not a threat to the company."""
        if not jr.police_report(unit.analysis.tokens):
            return False
        for m in jr.CRIME_HINT.finditer(msg.text):
            other = self._unit(msg, m.start())
            if other.analysis.lang == "ja" and jr.crime_suffered(other.analysis.tokens):
                return True
        for m in jr.MENACE_HINT.finditer(msg.text):
            # 「酔漢が売り子に凄んでおった。あれは警察沙汰だ」: a menace the customer saw
            other = self._unit(msg, m.start())
            if other.analysis.lang == "ja" and jr.menace_witnessed(other.analysis.tokens):
                return True
        return False

    def _quoted_run(self, msg: _Message, unit: _Unit) -> tuple[Token, ...]:
        """The sentence's tokens, run on into the next sentences while a quote opened
        in it is still open (「殺すぞ！」って: the ！ splits the sentence)."""
        toks = unit.analysis.tokens
        if unit.index < 0:
            return toks
        depth = sum(t.surface in ("「", "『") for t in toks) - sum(
            t.surface in ("」", "』") for t in toks
        )
        out = toks
        index = unit.index
        while depth > 0 and index + 1 <= len(msg.bounds) and index < unit.index + 2:
            index += 1
            start, end = msg.sentence_span(index)
            if not msg.text[start:end].strip():
                break
            nxt = self._unit(msg, start)
            if nxt.index != index:
                break
            out = out + nxt.analysis.tokens
            depth -= sum(t.surface in ("」", "』") for t in nxt.analysis.tokens)
        return out

    def _reported(self, msg: _Message, span: Span) -> bool:
        """「店員にバカって言われました」: the insult is quoted as what the customer was
        told (a passive verb of saying follows): a complaint about abuse, not abuse.
        Analysed only when a passive ending follows the cue in the sentence."""
        _start, end = msg.sentence_span(msg.sentence(span[0]))
        if "れ" not in msg.text[span[1] : end]:
            return False
        unit = self._unit(msg, span[0])
        last = -1
        for p, _q, i in unit.aligned:
            if p < span[1]:
                last = i
        return last >= 0 and in_reported_quote(unit.analysis.tokens, last + 1)

    def _not_a_command(self, msg: _Message, span: Span, cue: str) -> bool:
        """A cue listed as an imperative that the text goes on to conjugate otherwise. A
        godan verb's imperative sounds like its conditional and potential stems:
        「辞めちまえば」 (if you quit), 「払えねー」「払えない」 (cannot pay). Read from the
        text after the cue, without analysing the sentence (polite requests such as
        「してくれない?」 are frequent, and the check runs on every surface hit)."""
        form = self._cue_forms.get(cue)
        if form is None:
            words = self._analyser.words(cue)
            form = words[-1].cform[:3] if words else ""
            # One word alone (「死ね」) is an order only; a phrase ending in a potential
            # stem (「お金取れ」 of 「よくお金取れますね」) is listed for the potential too.
            self._cue_forms[cue] = form = form + ("1" if len(words) == 1 else "")
        if form.startswith("命令形") and msg.text.startswith(_OTHER_THAN_IMPERATIVE, span[1]):
            return True
        # A godan imperative read alone may come out as its 仮定形 (the same sound): only
        # the potential's endings tell it apart (a 仮定形 before ば is a wish: 「死ねば」).
        return form in ("命令形1", "仮定形1") and msg.text.startswith(_POTENTIAL_TAIL, span[1])

    def _suru_negated(self, msg: _Message, span: Span) -> bool:
        """「そんなことしねーよ」「もう電話しねえよ」「二度としねーよ」: しね after a thing
        (a noun, or a noun and its particle) is する negated (しない), not 死ね; after a
        person, a pronoun or an adverbial noun (「お前しねよ」「ほんましね」) it is 死ね."""
        unit = self._unit(msg, span[0])
        toks = unit.analysis.tokens
        i = next((i for p, _q, i in unit.aligned if p == span[0]), None)
        if i is None or i == 0:
            return False
        prev = toks[i - 1]
        if prev.pos == PART and prev.surface in _OBJECT_PARTICLES and i >= 2:
            prev = toks[i - 2]
        return prev.pos == NOUN and not person_word(prev) and prev.lemma not in _ADVERBIAL_NOUNS

    def _splits_words(self, msg: _Message, span: Span, cue: str) -> bool:
        unit = self._unit(msg, span[0])
        s, e = span
        covered = 0
        for p, q, i in unit.aligned:
            if q <= s or p >= e:
                continue
            covered += 1
            if p < s < q:
                return True  # starts inside a word
            if p < e < q and unit.analysis.tokens[i].pos == NOUN:
                return True  # ends inside a longer noun (「幼稚園児」 is not 「幼稚」+…)
        if covered >= 2:
            noun = self._cue_nouns.get(cue)
            if noun is None:
                own = self._analyser.words(cue)
                noun = self._cue_nouns[cue] = len(own) == 1 and own[0].pos == NOUN
            if noun:
                return True  # one word listed, two words in the text (「バー|か」)
        return False

    def _with_others(self, msg: _Message, span: Span) -> bool:
        """「子供と添い寝」「ペットと一緒に食事」「4人で」: the sentence names who else takes
        part (family, a pet, a head count), so it is no advance to the staff member."""
        if _COMPANIONS_IN_TEXT.search(msg.text):
            return True  # family or a pet anywhere in the message
        unit = self._unit(msg, span[0])
        start, end = msg.sentence_span(msg.sentence(span[0]))
        toks = unit.analysis.tokens
        for p, _q, i in unit.aligned:
            if not start <= p < end:
                continue
            t = toks[i]
            if t.lemma in _COMPANIONS or _HEAD_COUNT.match(t.lemma):
                return True
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t.pos == NUM and nxt is not None and nxt.surface in ("人", "名", "匹"):
                return True
            if (
                t.pos == NOUN
                and nxt is not None
                and nxt.surface == "と"
                and i + 2 < len(toks)
                and toks[i + 2].lemma in ("一緒", "二人", "2人")
            ):
                return True
        return False

    def _benign_frame(
        self, category: Category, msg: _Message, span: Span, *, phrases_only: bool = False
    ) -> bool:
        """Every cue word of ``category`` in the sentence stands in a benign frame; with
        ``phrases_only``, only the clearest case counts: every cue names a thing."""
        lemmas = self._threat_lemmas.get(category)
        if not lemmas:
            return False
        unit = self._quoted_english(msg, span) or self._unit(msg, span[0])
        a = unit.analysis
        cls_ = unit.clauses
        frames = []
        toks = a.tokens
        described = False
        posts = _POST_NOUNS if category == Category.ONLINE_DEFAMATION_THREAT else frozenset()
        for i, t in enumerate(toks):
            if t.lemma in lemmas or (t.pos == NOUN and t.lemma in posts):
                clause = cl.clause_of(cls_, i)
                head = i
                if t.pos == NOUN:
                    if _names_a_thing(toks, i, clause.end):
                        described = True  # 「放火殺人の犯人」: a noun phrase, no act
                        continue
                    if posts and post_as_subject(toks, i, clause.end):
                        # 「レビュー投稿でクーポンがもらえる」「という書き込みが多い」:
                        # posting named as a means or a subject, nobody's act to come
                        described = True
                        continue
                    # 「弁護士に相談した」: the verb that governs the noun
                    head = next((j for j in range(i + 1, clause.end) if toks[j].pos == VERB), i)
                    if _done_step(toks, i, head if head > i else clause.end):
                        # 「警察には相談済み」「被害届提出済」: the step told as done, as a
                        # past verb would tell it (not one taken against the listener)
                        frames.append(frozenset([cl.PAST]))
                        continue
                    if posts and head != i and _perceived(toks, head):
                        # 「同じ不具合の書き込みを見ました」: posts read, not written
                        described = True
                        continue
                    if t.lemma not in lemmas:
                        continue  # a post noun is read only under a verb of reading
                if posts and t.pos == VERB and writing_this(toks, i, clause):
                    described = True  # 「クーポンがもらえるので書いてます」: this review
                    continue
                frames.append(cl.frame(toks, a.lang, head, clause))
        if phrases_only:
            return described and not frames
        if not frames:
            # No cue word, or only inside noun phrases; the former cannot be judged.
            return described
        return all(_benign(f) for f in frames)

    def _quoted_english(self, msg: _Message, span: Span) -> _Unit | None:
        """An English cue inside a Japanese sentence (a memo quoting the customer:
        「お客様は「I will sue your company」と述べた」), analysed as the English run it
        stands in: its frame is its own, not the Japanese verb that reports it (past).
        None when the cue is not English or its sentence is no Japanese."""
        if not msg.text[span[0] : span[1]].isascii():
            return None
        unit = self._unit(msg, span[0])
        if unit.analysis.lang == "en":
            return None
        start, end = (
            msg.sentence_span(msg.sentence(span[0])) if unit.index >= 0 else (0, len(msg.text))
        )
        text = msg.text
        a, b = span
        while a > start and not _JA_CHAR.match(text[a - 1]):
            a -= 1
        while b < end and not _JA_CHAR.match(text[b]):
            b += 1
        run = text[a:b]
        # An @-mention or a #tag beside the cue (「@shop_jp SNSで…」) is the platform's
        # address, not English prose: it makes no English run of the cue.
        if not run.strip() or len([w for w in run.split() if w[0] not in "@#"]) < 2:
            return None
        analysis = self._analyser.analyse(run)
        return _Unit(analysis, run, a) if analysis.lang == "en" else None

    def _ja_legal_frame(self, msg: _Message, span: Span) -> int:
        """The highest severity rank the frame of a Japanese legal cue's own verb allows,
        when the sentence holds none of the threat words _benign_frame reads (a claim,
        an authority: 「損害賠償を請求」「消費生活センターに」). The verb governing the
        cue decides: a claim made against the customer (「相手から損害賠償を請求された」,
        passive), a step denied, someone else's or asked about is none (0); so is a
        consultation told as done (「消費生活センターにも相談しましたが」「相談済みです」,
        past): a report of what the customer did, no sanction announced (a threat in
        the same message is read by its own cue). A condition (「相談したら」), a
        volitional or an assertive ending keeps the cue (3)."""
        lemmas = self._threat_lemmas.get(Category.LEGAL_THREAT, frozenset())
        unit = self._unit(msg, span[0])
        toks = unit.analysis.tokens
        if unit.analysis.lang != "ja":
            return 3
        cue = [i for p, q, i in unit.aligned if p < span[1] and q > span[0]]
        if not cue:
            return 3
        last = cue[-1]
        clause = cl.clause_of(unit.clauses, last)
        if (
            _ja_whereabouts(toks, last, clause)
            and all(t.lemma not in lemmas or t.lemma in _JA_WHO_IS for t in toks)
            and not cl.names_listener_ja(toks, 0, len(toks))
        ):
            # 「平日の日中は裁判所におることが多い」: where one is, by habit; beside it
            # only who someone is (「私自身が弁護士で」), no act (訴える, 通報) and no
            # listener (「毎日裁判所におるけん、御社も覚悟しとき」)
            return 0
        if any(t.lemma in lemmas for t in toks):
            return 3
        head = next((j for j in range(last, clause.end) if toks[j].pos == VERB), None)
        if head is None:
            # 「国民生活センターには相談済みです」: the step told as done, no verb
            done = any(toks[j].lemma == "済み" for j in range(last + 1, clause.end))
            return 0 if done else 3
        f = cl.frame(toks, "ja", head, clause)
        if not _benign(f):
            return 3
        if f & _BENIGN_FRAME - {cl.PAST} or cl.PAST not in f:
            return 0
        # The past told, not a step in a sequence (「チクったうえで…書いてやる」): た ends
        # the predicate, or explains (「相談したんですが」).
        past = [j for j in range(head, clause.end) if toks[j].pos == AUX and toks[j].lemma == "た"]
        if not past:
            return 3
        j = past[-1]
        told = toks[j].cform.startswith("終止形") or (
            j + 1 < len(toks) and toks[j + 1].pos == PART and toks[j + 1].lemma == "の"
        )
        return 0 if told else 3

    def _pressure_of_a_demand(
        self, msg: _Message, best: dict[Category, tuple[int, float, str, Span]]
    ) -> None:
        """One cue, one code for a pressure hit beside a demand of another code in its
        sentence (contract §3), dropped as part of that demand:

        - a status claim or urgency grounding an excessive demand (「税金払ってるんだから
          手数料なんかタダにしろ」「今日中に一番先に処理しろ」): the demand's reason (a
          status claim also from the sentence just before or after the demand);
        - a sanction after a condition that follows the demand (「[name]をクビにしないなら
          何度でも電話する」「無料にしないなら毎日電話する」): the demand's own sanction,
          as 「返金しないと訴える」 is a legal threat."""
        p = best.get(Category.PRESSURE_LANGUAGE)
        if p is None:
            return
        ps = p[3]
        sentence = msg.sentence(ps[0])
        ex = best.get(Category.EXCESSIVE_DEMAND)
        if ex is not None and p[2] in _DEMAND_GROUNDS:
            # A status claim may stand as a sentence of its own before or after the
            # demand it grounds (「タダにしてください。こっちは客なんで」); urgency only
            # in the demand's own sentence.
            reach = 1 if p[2] == _STATUS_CLAIM else 0
            if abs(msg.sentence(ex[3][0]) - sentence) <= reach:
                del best[Category.PRESSURE_LANGUAGE]
                return
        if self._conditional < 0:
            return
        conds = self._group(msg, self._conditional)
        for code in _SANCTIONED:
            d = best.get(code)
            if d is None or msg.sentence(d[3][0]) != sentence or d[3][0] >= ps[0]:
                continue
            if any(d[3][0] < c[0] and c[1] <= ps[0] for c in conds):
                del best[Category.PRESSURE_LANGUAGE]
                return

    # ------------------------------------------------------------------ rule evaluation
    def _group(self, msg: _Message, g: int) -> list[Span]:
        """Spans of group ``g``; lazy groups are scanned the first time they are needed."""
        lazy = self._lazy.get(g)
        if lazy is not None and g not in msg.lazy_done:
            msg.lazy_done.add(g)
            msg.spans.update(_scan(lazy, msg.text))
        return msg.spans.get(g, [])

    def _in_sentence(self, msg: _Message, g: int, sentence: int) -> bool:
        return any(msg.sentence(sp[0]) == sentence for sp in self._group(msg, g))

    def _cancels(self, msg: _Message, g: int, sentence: int) -> bool:
        """An ``unless`` group is in the sentence; praise counts only where no irony
        takes it back ("thanks for nothing", "great job, genius")."""
        if g != self._praise:
            return self._in_sentence(msg, g, sentence)
        return any(
            msg.sentence(sp[0]) == sentence and not irony.taken_back(msg.text, sp[1])
            for sp in self._group(msg, g)
        )

    def _denied_saying(self, msg: _Message, first: Span, last: Span) -> bool:
        """ "I'm not saying I'll hurt you", "I never once said that I would ever hurt
        your staff": a threat named to be disowned, the conditional quoted with it;
        "…, but watch your back" goes on with it."""
        sentence = msg.sentence(first[0])
        for start, end in msg.spans.get(self._neg_before, ()):
            if (
                first[0] - _DENIED_SAYING_WINDOW <= end <= first[0]
                and msg.sentence(start) == sentence
                and _DENIED_SAYING.match(msg.text, end)
            ):
                tail_end = msg.sentence_span(sentence)[1]
                if not _CONCEDED.search(msg.text, last[1], tail_end):
                    return True
        return False

    def _negated(self, msg: _Message, first: Span, last: Span, demand: bool = False) -> bool:
        spans = msg.spans
        sentence = msg.sentence(first[0])
        for start, _end in spans.get(self._neg_adjacent, ()):
            if last[1] <= start <= last[1] + _NEG_ADJACENT_WINDOW:
                return True
        for start, _end in spans.get(self._neg_after, ()):
            if last[1] <= start <= last[1] + _NEG_AFTER_WINDOW and msg.sentence(start) == sentence:
                return True
        if self._denied_saying(msg, first, last):
            return True
        for start, end in spans.get(self._neg_before, ()):
            if first[0] - _NEG_BEFORE_WINDOW <= end <= first[0] and msg.sentence(start) == sentence:
                # "if you don't pay, I'll sue": a conditional in between keeps the threat.
                breaks = self._group(msg, self._neg_break)
                if not any(end <= b0 and b1 <= first[0] for b0, b1 in breaks) and not (
                    _CONDITION_OPENS.search(msg.text, msg.sentence_span(sentence)[0], start)
                    and _MAIN_SUBJECT.search(msg.text, end, first[0])
                ):
                    if demand and _IF_LISTENER_NOT.search(msg.text[max(0, start - 32) : first[0]]):
                        continue  # "if you don't redo it for free and refund me": the demand
                    return True
        return False

    def _evaluate(self, rule: Rule, msg: _Message) -> tuple[int, Span] | None:
        """Best (severity rank, anchor span) for ``rule`` in ``msg``, or None."""
        parts = rule.groups
        a = rule.anchor
        # A part absent from the message ends it: the parts after it are not scanned
        # (a lazy group is only ever read through _group, which scans it when asked).
        others: list[tuple[int, list[Span]]] = []
        for i, g in enumerate(parts):
            if i != a:
                found = self._group(msg, g)
                if not found:
                    return None
                others.append((i, found))
        for g in rule.unless_message:
            if self._group(msg, g):
                return None
        best: tuple[int, Span] | None = None
        for anchor in msg.spans[parts[a]]:
            sentence = msg.sentence(anchor[0])
            first, last = anchor, anchor
            ok = True
            for i, found in others:
                match = _partner(msg, found, anchor, sentence, rule, before=i < a)
                if match is None:
                    ok = False
                    break
                if match[0] < first[0]:
                    first = match
                if match[1] > last[1]:
                    last = match
            if not ok:
                continue
            if rule.negatable and self._negated(msg, first, last, demand=rule.category in _DEMANDS):
                continue
            if rule.category == Category.STAFF_NAMING and _spared(msg.text, last):
                continue
            if any(self._cancels(msg, u, sentence) for u in rule.unless):
                continue
            rank = SEVERITY_RANK[rule.severity]
            if rule.question != "keep" and self._is_question(msg, sentence):
                if rule.question == "skip" or not rule.alone:
                    continue
                rank = 1
            else:
                for boost in rule.boosts:
                    b_rank = SEVERITY_RANK[boost.severity]
                    if b_rank > rank and any(
                        self._group(msg, bg)
                        if boost.scope == "message"
                        else self._in_sentence(msg, bg, sentence)
                        for bg in boost.groups
                    ):
                        rank = b_rank
                if not rule.alone and rank == SEVERITY_RANK[rule.severity]:
                    continue  # no boost applies: nothing of its own
            if best is None or rank > best[0]:
                best = (rank, anchor)
        return best

    def _is_question(self, msg: _Message, sentence: int) -> bool:
        start, end = msg.sentence_span(sentence)
        if "?" in msg.text[max(0, end - 3) : end] and not _TAG_QUESTION.search(
            msg.text, max(start, end - 24), end
        ):
            return True
        return self._in_sentence(msg, self._question, sentence)

    def _as_written(self, msg: _Message, unit: _Unit, hit: TokenHit, shown: str) -> str | None:
        """The excerpt of a word hit cut from the sentence as written (the analysis
        read it in kana); None when the sentences of the two texts do not line up."""
        rel = hit.start / max(1, len(unit.analysis.text))
        names = (*self._staff_names, *names_in(shown))
        if unit.index < 0:
            return excerpt(shown, rel, names=names)
        parts = _DISPLAY_SPLIT.split(shown)
        if len(parts) != len(_DISPLAY_SPLIT.split(display(msg.raw))):
            return None
        return excerpt(parts[unit.index], rel, names=names) if unit.index < len(parts) else None

    def _evidence(self, msg: _Message, span: Span, shown: str, respelt: bool = False) -> str:
        """Redacted display sentence around the match (folded → display by sentence index).
        ``respelt``: the folded text was read from another spelling of ``shown`` (romaji
        in kana), so it is never shown itself."""
        sentence = msg.sentence(span[0])
        start, end = msg.sentence_span(sentence)
        rel = (span[0] - start) / max(1, end - start)
        parts = _DISPLAY_SPLIT.split(shown)
        # Names the whole message reveals ("Mr." ends the previous sentence) are masked too.
        names = (*self._staff_names, *names_in(shown))
        if len(parts) == len(_BOUNDARY.split(msg.text.rstrip("\n"))) and sentence < len(parts):
            text = parts[sentence]
            if text.strip():
                return excerpt(text, rel, names=names)
        if respelt:  # splits disagree: the place in the whole text as written
            return excerpt(shown, span[0] / max(1, len(msg.text)), names=names)
        # splits disagree: the folded sentence
        return excerpt(msg.text[start:end], rel, names=names)


def _partner(
    msg: _Message, candidates: list[Span], anchor: Span, sentence: int, rule: Rule, before: bool
) -> Span | None:
    """The first span of a rule part in the anchor's sentence, on the listed side of the
    anchor (``order``) and within ``near`` characters of it."""
    for sp in candidates:
        if rule.scope == "sentence" and msg.sentence(sp[0]) != sentence:
            continue
        if rule.order and (sp[1] > anchor[0] + 1 if before else sp[0] < anchor[1] - 1):
            continue
        if rule.near is not None and max(sp[0] - anchor[1], anchor[0] - sp[1], 0) > rule.near:
            continue
        return sp
    return None


def _role_words(words: TokenLexicon) -> rl.RoleWords:
    """The word classes of mamori.detect.roles, from the word lexicon's slots."""
    return rl.RoleWords(
        person=words.slot("PERSON_EN"),
        body=words.slot("LIMB") | words.slot("BODY") | words.slot("BODY_PART_EN"),
        message=words.slot("MESSAGE_EN"),
        harm=words.slot("HARM_EN"),
        company=words.slot("COMPANY_EN"),
        route=words.slot("ROUTE_EN"),
        regulator=words.slot("REGULATOR_EN"),
        legal_action=words.slot("LEGAL_ACTION_EN"),
        hostile=words.slot("REVIEW_HOSTILE_EN"),
        # (with the short names a post goes to: "on LinkedIn", "on insta" name where)
        platform=words.slot("SNS") | words.slot("POSTED_ON_EN"),
        online=words.slot("SNS") | words.slot("POSTED_ON_EN") | words.slot("SEARCH_EN"),
        place=words.slot("PLACE_EN"),
        damage=words.slot("DAMAGE_EN"),
        property=words.slot("PROPERTY_EN"),
        exposure=words.slot("EXPOSURE_EN"),
        business=words.slot("BUSINESS_EN"),
        weapon=words.slot("WEAPON_EN"),
        names=words.slot("STAFF"),
        praise=words.slot("PRAISE_EN"),
        blame=words.single_words(Category.ABUSIVE_LANGUAGE, "en."),
        apparel=words.slot("APPAREL_EN"),
        shopping=words.slot("SHOPPING_EN"),
        thing=words.slot("THING_EN"),
        switchable=words.slot("SWITCHED_EN"),
        fiction=words.slot("FICTION_EN"),
        staff_role=words.slot("STAFF_ROLE_EN"),
        media=words.slot("MEDIA_EN"),
    )


#: A quoted line, then 「って感じの」「みたいな」 and a noun of a character, a role or a
#: work (folded text: katakana as hiragana, no long marks or quotes): 「殺すぞって感じの
#: キャラ」「ぶっ殺すぞみたいなセリフ」 describe how a villain comes across, nobody is
#: threatened. The cue may end inside its word (ぶっ殺|すぞ).
_PORTRAYAL: Final = re.compile(
    r"[ぁ-ゖ]{0,4}?[ぞぜよやわなね!！、…〜~]*"
    r"(?:(?:って|っていう|という|て)(?:感じ|かんじ|雰囲気|風|ふう)の?|みたいな|みたいの|みてな"
    r"|みてえな|的な|っぽい)"
    r"(?:きゃら|役|悪役|犯人|ぼす|らすぼす|悪者|敵|怪人|人物|登場人物|俳優|役者|せりふ|台詞|顔"
    r"|表情|目つき|演技|場面|声|展開|どらま|映画|漫画|まんが|あにめ|げむ|小説|歌詞)"
)


def _portrays(folded: str, end: int) -> bool:
    """The cue ending at ``end`` is a line quoted to describe a character or a work."""
    return _PORTRAYAL.match(folded, end) is not None


def _short(folded: str) -> bool:
    """A short outburst: four words or fewer in the whole message (Japanese has no
    spaces: about ten characters)."""
    if folded.isascii():
        return len(folded.split()) <= 4
    return len(folded) <= 10


def _folded_span(unit: _Unit, hit: TokenHit) -> Span:
    """Where a word hit's tokens sit in the folded message (empty if unknown)."""
    toks = unit.analysis.tokens
    inside = [(p, q) for p, q, i in unit.written if hit.start <= toks[i].start < hit.end]
    if not inside:
        return (0, 0)
    return (inside[0][0], inside[-1][1])


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _figurative(text: str, cues: Iterable[Span]) -> bool:
    """Every Japanese cue of violence in ``cues`` is a measure or a simile
    (_FIGURATIVE_HARM); another use of the word beside it keeps the threat
    (「爆弾級のクレーム入れてやる、家に爆弾送るぞ」)."""
    found = False
    for a, b in cues:
        if text[a:b].isascii():
            continue
        m = _FIGURATIVE_HARM.match(text, b)
        if not m:
            return False
        if m.group(1) is None and _PERSON_OBJECT.search(text[max(0, a - 15) : a]):
            return False  # 「お前を殺すように…」: a person is the one compared
        found = True
    return found


def _by_a_third_party(text: str, cues: Iterable[Span], *, seen: bool = False) -> bool:
    """Every Japanese cue of intrusion in ``cues`` describes a third person doing it
    (_THIRD_PARTY_ACT); one of the customer's own keeps the cue. With ``seen``, only a
    person the customer saw (「待ち伏せしてる男を見かけました」), not one said to be
    there (「お前を待ち伏せしてる奴がいるぞ」)."""
    found = False
    for a, b in cues:
        if text[a:b].isascii():
            continue
        m = _THIRD_PARTY_ACT.match(text, b)
        if not m or (seen and m.group("seen") is None):
            return False
        found = True
    return found


def _rating_seen(text: str, cues: Iterable[Span]) -> bool:
    """Every Japanese defamation cue in ``cues`` is a low rating already on a page, as
    the customer found it (_RATING_SEEN: 「Googleの口コミで星1がついとったけぇ心配
    しとったけど」「星1のレビューが多くて迷いました」): what others gave, read, not the
    customer's own rating to come. Any other cue (「晒したる」) keeps the rule."""
    found = False
    for a, b in cues:
        cue = text[a:b]
        if cue.isascii():
            continue
        if not cue.startswith(_RATING_CUE) or not _RATING_SEEN.match(text, b):
            return False
        found = True
    return found


def _escalation_disowned(msg: _Message, span: Span) -> bool:
    """The message disowns escalating (_ESCALATION_DISOWNED) with no turn or condition
    after it, and the legal cue's sentence sets no condition: a consultation or an
    adviser told, not a sanction (「家族に弁護士がいるので相談はしましたが、大ごとにする
    つもりはありません」)."""
    text = msg.text
    start, end = msg.sentence_span(msg.sentence(span[0]))
    if _LEGAL_CONDITION.search(text, start, end):
        return False
    for m in _ESCALATION_DISOWNED.finditer(text):
        s_end = msg.sentence_span(msg.sentence(m.start()))[1]
        if not _DISOWNED_TURN.match(text[m.end() : s_end]):
            return True
    return False


def _thanked_post(msg: _Message, span: Span) -> bool:
    """A Japanese post promised in a message that thanks the company and holds nothing
    hostile, with no condition in the post's sentence (「サプライズを手伝っていただいて
    ありがとうございました。口コミにも書いておきますね」): a good review, no threat."""
    text = msg.text
    if text[span[0] : span[1]].isascii() or not _THANKED_JA.search(text):
        return False
    start, end = msg.sentence_span(msg.sentence(span[0]))
    return not _POST_CONDITION.search(text, start, end) and not _HOSTILE_JA.search(text)


#: Verbs that put someone at a place: being (いる/おる), working there, going there
#: by routine, standing in court as counsel (「法廷に立つ」).
_JA_WHEREABOUTS: Final = frozenset(
    ["居る", "おる", "いる", "勤める", "働く", "通う", "詰める", "立つ", "勤務"]
)
#: Words of a habit: 「いつも」「平日は」「普段」.
_JA_HABIT: Final = frozenset(
    ["よく", "いつも", "毎日", "普段", "ふだん", "平日", "大抵", "たいてい", "しょっちゅう"]
    + ["日頃", "常に", "ほぼ毎日", "毎週", "基本"]
)
#: Legal words that name who someone is, not an act: a lawyer, the police.
_JA_WHO_IS: Final = frozenset(["弁護士", "べんごし", "警察", "けいさつ"])
#: Place nouns a legal cue may stand inside: a court building (裁判所), a police
#: station (警察署), an agency (庁).
_JA_PLACE_END: Final = ("所", "署", "庁")


def _ja_whereabouts(toks: tuple[Token, ...], i: int, clause: cl.Clause) -> bool:
    """The legal cue at ``i`` is a place where someone is as a habit (「平日の日中は
    裁判所におることが多い」「普段は家庭裁判所に勤めとります」): a place noun taking
    に/で, then a verb of being, working or going there, and a habit in the clause (a
    word of habit, or 〜ことが多い/〜ことがある after the verb). 「裁判所で待っとるぞ」
    「裁判所に行くけんな」 tell no habit and stay."""
    if not toks[i].surface.endswith(_JA_PLACE_END) or i + 2 >= clause.end:
        return False
    if toks[i + 1].surface not in ("に", "で"):
        return False
    verb = toks[i + 2]
    if verb.lemma not in _JA_WHEREABOUTS:
        return False
    ws = toks[clause.start : clause.end]
    if any(t.surface in _JA_HABIT or t.lemma in _JA_HABIT for t in ws):
        return True
    after = [t.lemma for t in toks[i + 3 : clause.end]]
    return any(
        after[k] == "こと"
        and after[k + 1] in ("が", "も")
        and after[k + 2] in ("多い", "有る", "ある")
        for k in range(len(after) - 2)
    )


def _legal_wondered(msg: _Message, span: Span) -> bool:
    """The legal cue is followed by the customer's doubt whether to do it
    (_LEGAL_WONDERED) in a sentence that sets no condition."""
    start, end = msg.sentence_span(msg.sentence(span[0]))
    if _LEGAL_CONDITION.search(msg.text, start, end):
        return False
    return bool(_LEGAL_WONDERED.match(msg.text[span[1] : end]))


def _done_step(toks: tuple[Token, ...], i: int, limit: int) -> bool:
    """The noun at ``i`` is told as a step already taken by 済み/済 after it (「警察には
    相談済み」「被害届提出済」「★5で投稿済」), past only nouns and particles, in a sentence
    that names no listener, staff or person (「お前のことは通報済みだ」「店長のことは相談
    済み」 keep the threat) and sets no condition after it (「相談済みなら」)."""
    j = i + 1
    while j < limit and (toks[j].pos == NOUN or toks[j].pos == PART) and toks[j].lemma != "済み":
        j += 1
    if j >= limit or toks[j].lemma != "済み":
        return False
    if jr.aims_at_someone(toks):
        return False
    if any(
        t.surface in ("なら", "たら", "ば") or t.cform.startswith("仮定形")
        for t in toks[j + 1 : j + 6]
    ):
        return False
    # 「弁護士に相談済みだから。」「通報済みやぞ」: a reason left without its consequence,
    # or pressed, is the step held over the listener (「提出済みなので、凍結をお願いします」
    # goes on to a request).
    k = j + 1
    while k < len(toks) and toks[k].pos == AUX:
        k += 1
    if k < len(toks) and toks[k].surface in _HELD_OVER:
        k += 1
    if k == j + 1 or toks[k - 1].surface not in _HELD_OVER:
        return True
    while k < len(toks) and toks[k].surface in _HELD_OVER_TAIL:
        k += 1
    return not (k >= len(toks) or (toks[k].pos == PUNCT and toks[k].surface not in ("、", ",")))


#: A reason or an emphasis after a step done (「相談済みだから。」「通報済みやぞ」).
_HELD_OVER: Final = frozenset(["から", "ので", "んで", "ぞ", "ぜ", "けん", "さかい", "で"])
_HELD_OVER_TAIL: Final = frozenset(["な", "ね", "よ", "ぞ", "ぜ", "わ", "の"])


def _names_a_thing(toks: tuple[Token, ...], i: int, limit: int) -> bool:
    """The noun at ``i`` (with the nouns compounded after it) modifies a following noun
    through の: 「放火殺人の犯人」「訴訟のニュース」 name something, they threaten nothing.
    An acquaintance so described is someone who may act (「弁護士の知り合いもおります
    ので」)."""
    j = i + 1
    while j < limit and toks[j].pos == NOUN:
        j += 1
    return (
        j + 1 < limit
        and toks[j].surface == "の"
        and toks[j].pos2 == "格助詞"
        and toks[j + 1].pos == NOUN
        and toks[j + 1].lemma not in _ACQUAINTANCES
        and toks[j + 1].lemma not in _UNDERTAKINGS
    )


_ACQUAINTANCES: Final = frozenset(["知り合い", "知人", "友人", "友達", "親戚", "身内"])
#: Posts and reviews as nouns (「書き込み」「口コミ」): read by the verb that governs them.
_POST_NOUNS: Final = frozenset(
    ["書き込み", "投稿", "口コミ", "レビュー", "コメント", "ツイート", "ポスト", "呟き", "記事"]
    + ["評判", "評価", "スレ", "スレッド", "動画", "ブログ"]
)
#: Verbs of reading, seeing and finding: posts so governed are what the customer read
#: (「口コミで同じ書き込みを見ました」「レビューを読んだ」「投稿を目にした」).
_PERCEIVE: Final = frozenset(
    ["見る", "読む", "見掛ける", "見かける", "見付ける", "見つける", "拝見", "閲覧", "発見"]
    + ["目", "検索", "調べる", "拝読", "確認", "聞く"]
)


def _perceived(toks: tuple[Token, ...], head: int) -> bool:
    """The verb at ``head`` is one of reading or seeing (する after its noun: 閲覧|し,
    目に|し)."""
    t = toks[head]
    if t.lemma in _PERCEIVE:
        return True
    if t.lemma == "為る" and head >= 1:
        k = head - 1
        if toks[k].pos == PART and k >= 1:
            k -= 1
        return toks[k].pos == NOUN and toks[k].lemma in _PERCEIVE
    return False


#: 「訴訟の提起」「告訴の準備」: the step of bringing the action names an act, not a thing.
_UNDERTAKINGS: Final = frozenset(["提起", "準備", "着手", "申し立て", "申立て", "申立", "開始"])


def _benign(f: frozenset[str]) -> bool:
    """A threat word in a frame that is no threat by the speaker."""
    if cl.CONDITIONAL in f or (cl.PASSIVE in f and cl.DESIDERATIVE in f):
        return False  # 「訴えられたくなかったら」「拡散されたいんか」
    return bool(
        f & _BENIGN_FRAME
        or (cl.QUESTION in f and cl.VOLITIONAL not in f)
        or (cl.DESIDERATIVE in f and not f & {cl.ASSERTIVE, cl.SECOND_PERSON})
    )


def _toned(
    msg: _Message,
    placed: list[tuple[TokenHit, _Unit, Span]],
    cued: dict[Category, list[Span]],
) -> list[tuple[TokenHit, _Unit, Span]]:
    """One cue, one code: a cue of register only (``tone`` in the word lexicon: a bare
    imperative, a rude second person) in a sentence that carries a demand or a threat
    of another code is that cue's tone. 「今から家まで来て説明しろ」 is an in-person
    demand, 「上田をクビにしろ」 staff naming and 「おめえの携帯番号教えろ」 a privacy
    intrusion — not also pressure or abuse. Where nothing else is asked or threatened
    (「さっさと返金しろ」「お前らの説明は聞き飽きた」) the register stays a code of its
    own. ``cued``: every span of a surface rule, by code; the other word hits count too."""
    if not any(h.entry.tone_of for h, _u, _s in placed):
        return placed

    def sentence(u: _Unit, span: Span) -> int:
        # A word whose folded place is unknown (folding shortened it: おめえ) lies in
        # its analysed sentence (-1: the message was analysed whole).
        return msg.sentence(span[0]) if span[0] < span[1] else u.index

    carried: dict[Category, set[int]] = {}
    for code, spans in cued.items():
        carried.setdefault(code, set()).update(msg.sentence(s[0]) for s in spans)
    for h, u, span in placed:
        if not h.entry.tone_of:
            carried.setdefault(h.entry.category, set()).add(sentence(u, span))
    out = []
    for h, u, span in placed:
        at = sentence(u, span)
        if at >= 0 and any(at in carried.get(c, ()) for c in h.entry.tone_of):
            continue
        out.append((h, u, span))
    return out


def _one_code_per_cue(placed: list[tuple[TokenHit, Span]]) -> dict[Category, TokenHit]:
    """Best word hit per code; a single word inside a longer hit of another code is
    that hit's word (「suck my dick」 is sexual, not also profanity). Containment is
    judged in the folded message (``placed``: each hit with its :func:`_folded_span`):
    a hit's own offsets count from its sentence, so two sentences' hits could
    otherwise look nested."""
    kept: list[tuple[TokenHit, Span]] = []
    for h, span in sorted(placed, key=lambda p: (p[1][0] - p[1][1], p[1][0], p[0].entry.id)):
        if span[0] < span[1] and any(
            k.entry.category != h.entry.category and ks[0] <= span[0] and span[1] <= ks[1]
            for k, ks in kept
        ):
            continue
        kept.append((h, span))
    best: dict[Category, TokenHit] = {}
    for h, _span in kept:
        cur = best.get(h.entry.category)
        if cur is None or SEVERITY_RANK[h.severity] > SEVERITY_RANK[cur.severity]:
            best[h.entry.category] = h
    return best


def _closer_presses(
    msg: _Message,
    best: dict[Category, tuple[int, float, str, Span]],
    words_best: dict[Category, TokenHit],
    violent: list[Span],
    placed: list[tuple[TokenHit, _Unit, Span]],
) -> Category | None:
    """A generic closer (「覚悟しとけ」) that is the message's only violence cue, after
    a post or a lawsuit threatened in its sentence or the one before, presses that
    threat: the violence hit is dropped and the code returned, to be made high
    (mamori.detect.closer). None when nothing changes."""
    if Category.VIOLENCE_THREAT not in best and Category.VIOLENCE_THREAT not in words_best:
        return None
    closers = closer.closer_spans(msg.text)
    if not closers:
        return None
    cues = [*violent]
    cues += [s for h, _u, s in placed if h.entry.category == Category.VIOLENCE_THREAT]
    if not closer.only_closers(cues, closers):
        return None
    near = {msg.sentence(c[0]) - d for c in closers for d in (0, 1)}
    for code in sorted(closer.SPECIFIC, key=lambda c: c.value):
        spans = [best[code][3]] if code in best else []
        spans += [s for h, _u, s in placed if h.entry.category == code and s[0] < s[1]]
        if any(msg.sentence(s[0]) in near for s in spans):
            best.pop(Category.VIOLENCE_THREAT, None)
            words_best.pop(Category.VIOLENCE_THREAT, None)
            return code
    return None


def _dismissal_of_a_demand(
    msg: _Message,
    best: dict[Category, tuple[int, float, str, Span]],
    words_best: dict[Category, TokenHit],
    cued: dict[Category, list[Span]],
) -> None:
    """One cue, one code for a dismissal of the listener beside a demand for someone
    else: 「あなたじゃ話にならない。上の人間が頭下げに来てよ」「加藤出せ。お前じゃ話になら
    ん」 give the reason the customer wants a superior's apology or visit, or a named
    person, and are read as that demand. Alone (「あなたじゃ話にならない」), beside
    another insult of the listener or in a rough second person (「お前じゃ話にならない。
    石井以外とは話さない」), the dismissal stays abuse."""
    a = best.get(Category.ABUSIVE_LANGUAGE)
    if a is None or Category.ABUSIVE_LANGUAGE in words_best:
        return
    # every abusive cue of the message is the dismissal itself, in a plain second person
    if not all(
        _NO_USE_TALKING.search(msg.text[s : max(e, s + _DISMISSAL_AFTER)])
        and not _ROUGH_YOU.search(
            msg.text[max(0, s - _ADDRESS_BEFORE) : max(e, s + _DISMISSAL_AFTER)]
        )
        for s, e in cued.get(Category.ABUSIVE_LANGUAGE, [a[3]])
    ):
        return
    # the demand in the dismissal's sentence or the one just before or after it
    at = msg.sentence(a[3][0])
    for code in _DISMISSED_FOR:
        demand = best.get(code)
        if (demand is not None and abs(msg.sentence(demand[3][0]) - at) <= 1) or (
            code in words_best
        ):
            del best[Category.ABUSIVE_LANGUAGE]
            return


def _resolve_overlaps(best: dict[Category, tuple[int, float, str, Span]]) -> None:
    for winner, loser in _PRECEDENCE:
        w, lo = best.get(winner), best.get(loser)
        if lo is not None and lo[2] in _TWO_CUE_RULES:
            continue
        if w is not None and lo is not None and w[3][0] < lo[3][1] and lo[3][0] < w[3][1]:
            del best[loser]
    for rule_id, code in _RULE_PRECEDENCE:
        w = next((b for b in best.values() if b[2] == rule_id), None)
        lo = best.get(code)
        if w is not None and lo is not None and w[3][0] < lo[3][1] and lo[3][0] < w[3][1]:
            del best[code]


def _word_evidence(text: str, hit: TokenHit, staff_names: Sequence[str] = ()) -> str:
    """The analysed sentence around a word hit, redacted (roster names masked too)."""
    start = max(text.rfind("\n", 0, hit.start), text.rfind("。", 0, hit.start)) + 1
    ends = [p for p in (text.find("\n", hit.end), text.find("。", hit.end)) if p >= 0]
    end = min(ends) if ends else len(text)
    rel = (hit.start - start) / max(1, end - start)
    names = (*staff_names, *names_in(display(text)))
    return excerpt(display(text[start:end]), rel, names=names)
