#!/usr/bin/env python3
"""Blind held-out stream, style 3: utility/telecom call centre + insurer.
ASR transcripts, diarised SPK_n transcripts, keigo / business e-mail with
signatures and disclaimers, SNS DMs, web forms. Standard library only.
usage: python3 gen.py OUTDIR
"""
import datetime as dt
import hashlib
import json
import os
import random
import sys

SEED = 20260401
R = random.Random(SEED)
JST = dt.timezone(dt.timedelta(hours=9))
SGT = dt.timezone(dt.timedelta(hours=8))
START = dt.date(2026, 4, 1)
END = dt.date(2026, 6, 30)
HOLIDAYS = {dt.date(2026, 4, 29), dt.date(2026, 5, 3), dt.date(2026, 5, 4),
            dt.date(2026, 5, 5), dt.date(2026, 5, 6)}
CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
           "abusive_language", "legal_threat", "online_defamation_threat",
           "sexual_harassment", "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
DAYS = [START + dt.timedelta(d) for d in range((END - START).days + 1)]
OPEN_DAYS = [d for d in DAYS if d.weekday() < 5 and d not in HOLIDAYS]
CLOSED_DAYS = [d for d in DAYS if d not in OPEN_DAYS]

AGENTS_JA = [("OP-4417", "佐野"), ("OP-4420", "田村"), ("OP-4432", "宮本"), ("OP-4438", "大西"),
             ("OP-4451", "西川"), ("OP-4456", "上田"), ("OP-4460", "村田"), ("OP-4473", "松井"),
             ("OP-4479", "野口"), ("OP-4485", "菅原"), ("OP-4490", "桑原"), ("OP-4496", "今井")]
AGENTS_EN = [("BPO-MNL-071", "Fernandez"), ("BPO-MNL-083", "Reyes"), ("BPO-MNL-090", "Santos"),
             ("BPO-MNL-102", "Cruz"), ("OP-4501", "Tan"), ("OP-4502", "Lim")]


def is_open(t):
    j = t.astimezone(JST)
    return j.date() in OPEN_DAYS and 9 <= j.hour < 18


# ----------------------------------------------------------------- numbers as words
JA_DIG = "〇一二三四五六七八九"


def ja_num(n):
    if n == 0:
        return "ゼロ"
    out = ""
    man, n = divmod(n, 10000)
    if man:
        out += ja_num(man) + "万"
    for val, ch in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, val)
        if q:
            out += ("" if q == 1 else JA_DIG[q]) + ch
    if n:
        out += JA_DIG[n]
    return out


EN_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_num(n):
    if n < 20:
        return EN_ONES[n]
    if n < 100:
        return EN_TENS[n // 10] + ("" if n % 10 == 0 else " " + EN_ONES[n % 10])
    if n < 1000:
        return EN_ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + en_num(n % 100))
    if n < 1000000:
        return en_num(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + en_num(n % 1000))
    return en_num(n // 1000000) + " million" + ("" if n % 1000000 == 0 else " " + en_num(n % 1000000))


def words_for_numbers(s, lang):
    out, i = [], 0
    while i < len(s):
        if s[i].isdigit() and s[i].isascii():
            j = i
            while j < len(s) and ((s[j].isdigit() and s[j].isascii()) or (s[j] == "," and j + 1 < len(s) and s[j + 1].isdigit())):
                j += 1
            n = int(s[i:j].replace(",", ""))
            out.append(ja_num(n) if lang == "ja" else " " + en_num(n) + " ")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


# ----------------------------------------------------------------- ASR noise
JA_MIS = [("保険", "保健"), ("事故", "自己"), ("解約", "改訳"), ("回線", "会戦"), ("口座", "講座"),
          ("至急", "支給"), ("補償", "保障"), ("機種", "期首"), ("請求", "制球"), ("担当", "短刀"),
          ("賠償", "倍賞"), ("土下座", "どげざ"), ("料金", "りょう金"), ("停電", "てい電"),
          ("謝罪", "しゃ罪"), ("訪問", "方門"), ("契約", "けいやく"), ("工事", "公示"),
          ("返金", "変金"), ("名前", "な前"), ("住所", "じゅう所")]
EN_MIS = [("claim", "clam"), ("policy", "pulse see"), ("router", "rooter"), ("outage", "out age"),
          ("deductible", "deduct a bull"), ("premium", "pre meme"), ("refund", "re fund"),
          ("lawyer", "lawyer"), ("manager", "man ager"), ("regulator", "regular tour"),
          ("technician", "tech mission"), ("supervisor", "super visor"), ("apology", "a polity"),
          ("billing", "billin"), ("insurance", "in shore ants")]
JA_FILL = ["えー", "あの", "あのー", "えっと", "まあ", "んー", "その"]
EN_FILL = ["um", "uh", "uh", "like", "you know", "hmm"]


def asr(s, lang, r):
    s = words_for_numbers(s, lang)
    mis = JA_MIS if lang == "ja" else EN_MIS
    for a, b in mis:
        if a in s and r.random() < 0.45:
            s = s.replace(a, b)
    if lang == "ja":
        for p in "。、！？!?「」（）":
            s = s.replace(p, " ")
        toks = [t for t in s.split(" ") if t]
        out = []
        for t in toks:
            if r.random() < 0.35:
                out.append(r.choice(JA_FILL))
            out.append(t)
        s = " ".join(out)
        if r.random() < 0.25:  # odd punctuation from the engine
            s = s.replace(" ", "、", 2)
        if r.random() < 0.15:
            s += "。"
    else:
        s = s.lower()
        for p in ".,!?;:\"()":
            s = s.replace(p, " ")
        toks = [t for t in s.split() if t]
        out = []
        for t in toks:
            if r.random() < 0.12:
                out.append(r.choice(EN_FILL))
            out.append(t)
        s = " ".join(out)
        if r.random() < 0.2:
            s = s.replace(" ", ". ", 1)
    return s.strip()


# ----------------------------------------------------------------- phrase banks
# content fragments: (text, codes). Placeholders: {ag} agent name, {amt} yen, {pol} policy/acct
H = {
 "excessive_demand": {
  "ja": ["半年分の料金ぜんぶタダにしろ それくらい当然だろ", "慰謝料として{amt}円払ってもらうから 振込先は言っとく",
         "補償の対象外とか知らん 新車一台分出してもらう", "ルーターが止まった分 一年間基本料無料にしてくれ",
         "保険金とは別に見舞金も上乗せしてよ うちは長いこと払ってきたんだから", "違約金なしで解約して おまけに端末代も全額返せ"],
  "nagoya": ["一年分の電気代ぜんぶ只にしてちょーだゃあ 当たり前だがね", "慰謝料{amt}円 耳そろえて払ってもらうでよ",
             "対象外だろうが何だろうが車ごと新しいのに替えてもらうでね"],
  "hiroshima": ["半年分タダにしてくれんと話にならんけえ", "見舞金{amt}円上乗せしてもらうけぇの それが筋じゃろ",
                "約款とか知らんわ 修理代も代車も全部そっち持ちじゃけえ"],
  "en": ["I want a full year of service free, that is the minimum you owe me", "pay me {amt} yen in compensation on top of the claim, non negotiable",
         "I don't care that it's excluded, you will replace the whole car", "waive every bill since January and throw in a new phone"],
  "sg": ["you all must waive my bill for whole year lah, then I consider", "give me {amt} yen compensation, cannot less one"],
  "ph": ["I want free internet for 1 year po, that is the least you can do", "you should pay me {amt} yen for the stress, plus the new unit"],
 },
 "apology_demand": {
  "ja": ["土下座して謝れ 話はそれからだ", "社長の名前で謝罪文を書いて送れ 手書きでな", "家まで謝りに来い 菓子折り持って",
         "新聞に謝罪広告出せよ", "電話口で三回謝れ 誠意ってもんを見せろ"],
  "nagoya": ["土下座してちょーだゃあ そうせんと気が済まんわ", "社長の名前で詫び状書いてよこしてちょ"],
  "hiroshima": ["土下座して謝りんさい それが筋じゃろうが", "謝罪文 役員の判子ついて送ってこいや"],
  "en": ["I want a written apology signed by your CEO, by Friday", "get down on your knees and apologise, I mean it",
         "your manager will come to my house and apologise in person"],
  "sg": ["your boss must write apology letter to me, sign one, cannot just email"],
  "ph": ["I want a formal apology letter from your president po, notarized"],
 },
 "in_person_demand": {
  "ja": ["今すぐうちに来て説明しろ", "電話じゃ話にならん 支店長が直接ここに来い", "担当者がうちまで来て頭下げて説明しなさい 顔見て話したい",
         "明日の朝いちで家に来い 来るまで待ってるから", "会社の前で待ってるから 面と向かって話せ"],
  "nagoya": ["今からうちに来てちょーだゃあ 顔見んと話にならんでよ"],
  "hiroshima": ["今すぐうちに来んさい 顔見て説明せんと許さんけえ"],
  "en": ["send someone to my house tonight, I want to talk face to face", "your branch manager will come here and explain, not on the phone",
         "meet me in person tomorrow at your office or else this goes nowhere"],
  "sg": ["you come my house now, explain face to face, don't want talk phone already"],
  "ph": ["sir please send the manager here at our house today, I want to talk personally"],
 },
 "violence_threat": {
  "ja": ["ぶっ殺すぞ", "お前んとこの事務所に火つけたろか", "夜道には気をつけろよ", "次会ったら殴るからな",
         "包丁持ってそっち行ってもええんやで"],
  "nagoya": ["たわけ ぶちのめしたるでよ", "事務所に乗り込んで暴れたるでな 覚えとりゃあ"],
  "hiroshima": ["しごうしたろか ほんまに", "ぶち殺したるけえの 覚えとけ"],
  "en": ["I will kill you if this happens again", "I know where your office is, watch your back", "somebody is going to get hurt, and it will be you",
         "I'll come down there and smash the place up"],
  "sg": ["you wait ah, I go there I whack you"],
  "ph": ["I swear I will hurt you when I see you, you watch out"],
 },
 "abusive_language": {
  "ja": ["お前ほんと無能だな", "給料泥棒が", "バカじゃないのお前", "頭悪いなあんた 日本語わかる", "生きてる価値ないわお前"],
  "nagoya": ["このたわけが 頭おかしいんか", "あんたほんとにどえりゃあアホだなも"],
  "hiroshima": ["アホウかお前 ほんまに使えんのう", "役に立たんのう お前みたいなクズは"],
  "en": ["you are a useless idiot", "are you stupid or just pretending", "what a worthless excuse for a human being", "you people are brain dead morons"],
  "sg": ["you damn stupid one, useless fella"],
  "ph": ["you are so stupid, bobo ka talaga"],
 },
 "legal_threat": {
  "ja": ["訴えるからな", "損害賠償請求するぞ 弁護士にもう話してある", "総務省に言うからな", "出るとこ出てもいいんだぞ",
         "金融庁に通報してやる"],
  "nagoya": ["裁判所に訴えたるでよ 覚悟しときゃあ"],
  "hiroshima": ["出るとこ出ちゃるけえの 弁護士立てるけえ"],
  "en": ["my lawyer will sue you for every yen", "I am reporting you to the regulator tomorrow morning",
         "see you in court, I'm filing for damages"],
  "sg": ["I report you to the authority, then you know"],
  "ph": ["I will file a case against your company, I have a lawyer cousin"],
 },
 "online_defamation_threat": {
  "ja": ["Xに全部晒すから", "会社名と担当者名出して口コミに書きまくってやる", "YouTubeで今日のやりとり流すからな",
         "星1のレビュー100件つけてやるよ"],
  "nagoya": ["ネットに全部書いたるでよ 名前も出したるわ"],
  "hiroshima": ["SNSに晒しちゃるけえの"],
  "en": ["I'm posting this recording on TikTok with your name", "I will flood Google with one star reviews", "going to tag your CEO on Facebook and expose all of you"],
  "sg": ["I post on Facebook, let everybody see how lousy you all are"],
  "ph": ["I will post this in our community page and tag your company, it will go viral"],
 },
 "sexual_harassment": {
  "ja": ["声かわいいね 彼氏いるの", "今度飲みに行こうよ 二人で", "どんな下着つけてるの", "お姉さんの声聞いてると興奮するわ"],
  "nagoya": ["姉ちゃんええ声しとるがね 今晩付き合ってちょ"],
  "hiroshima": ["ねえちゃん かわいい声しとるのう 今度デートしようや"],
  "en": ["you sound sexy, are you single", "what are you wearing right now", "let's have dinner, just you and me, my treat"],
  "sg": ["girl your voice so sweet leh, got boyfriend or not"],
  "ph": ["ma'am you have a sexy voice, can I be your boyfriend"],
 },
 "privacy_intrusion": {
  "ja": ["{ag}さんってどこに住んでるの", "個人のLINE教えてよ", "何時に仕事終わるの 駐車場で待ってるわ", "この前支店で{ag}さんの写真撮っといたから",
         "{ag}さんの携帯番号教えて"],
  "nagoya": ["{ag}さんの家どこだがね 教えてちょーだゃあ"],
  "hiroshima": ["{ag}さん 仕事終わったら出口で待っとるけえ"],
  "en": ["where does {ag} live", "give me your personal number", "what time do you finish, I'll wait outside your building", "I took pictures of {ag} at the branch"],
  "sg": ["{ag} stay where ah, give me her handphone number"],
  "ph": ["what is your facebook ma'am, I will add you, and where do you live"],
 },
 "staff_naming": {
  "ja": ["{ag}を出せ 今すぐ", "あの{ag}って担当 辞めさせろ", "{ag}じゃないと話さない 早く代われ", "{ag}をクビにしろ"],
  "nagoya": ["{ag}出してちょーだゃあ あいつでないといかんわ"],
  "hiroshima": ["{ag}を出せや はよ代わらんかい"],
  "en": ["put {ag} on the line right now", "I want {ag} fired, today", "I will only talk to {ag}, get {ag}"],
  "sg": ["I want {ag}, go call {ag} now"],
  "ph": ["I want {ag} to be terminated, I will not stop until {ag} is fired"],
 },
 "pressure_language": {
  "ja": ["今すぐ対応しろ", "これ致命的なんだよ 仕事にならないの", "多大な損害が出てるんだぞ", "一分一秒でも遅れたらどうなるかわかってるよな"],
  "nagoya": ["はよせんか 今すぐ何とかしてちょ 仕事にならんがね"],
  "hiroshima": ["今すぐやれや 仕事にならんけえ"],
  "en": ["fix it NOW, this is catastrophic", "every minute costs me a fortune, do it this instant", "this is a disaster and it's on you, immediately"],
  "sg": ["now now now, cannot wait, my business all die already"],
  "ph": ["do it right now, this is a very huge damage to my business"],
 },
}

# a few keigo (polite) harassment lines for e-mail, with codes
KEIGO_H = [
    ("貴社の不誠実なご対応により多大な損害を被っております。", {"pressure_language"}),
    ("つきましては損害賠償を請求させていただく所存ですので、その旨ご承知おきください。", {"legal_threat"}),
    ("代表取締役名義の謝罪文を書面にて、今週中にご送付いただけますようお願い申し上げます。", {"apology_demand"}),
    ("担当の{ag}様につきましては、配置換えまたは解雇をご検討いただきたく存じます。", {"staff_naming"}),
    ("誠意ある対応として、契約外ではございますが一年分の保険料の返還を求めます。", {"excessive_demand"}),
    ("本件は弊社顧問弁護士を通じて監督官庁へも報告させていただきます。", {"legal_threat"}),
    ("ご対応次第では、これまでの経緯を各種口コミサイトおよびSNSにて公表いたします。", {"online_defamation_threat"}),
    ("責任者の方が弊社まで直接お越しのうえ、ご説明いただけますでしょうか。来社されるまでお待ちしております。", {"in_person_demand"}),
]
BIZ_H = [
    ("Your negligence has caused us enormous damage and I expect action this very hour.", {"pressure_language"}),
    ("Please be advised that we will be instructing counsel to commence proceedings for damages.", {"legal_threat"}),
    ("I require a signed letter of apology from your Managing Director by close of business.", {"apology_demand"}),
    ("I will be publishing a detailed account of this on LinkedIn and Glassdoor, naming the staff involved.", {"online_defamation_threat"}),
    ("I expect {ag} to be removed from my account and disciplined.", {"staff_naming"}),
    ("As a gesture, I expect twelve months of premiums refunded, regardless of what the policy wording says.", {"excessive_demand"}),
]

# ---------------- normal requests: (ja, en) by industry
REQ = {
 "util": [
  ("今月の電気料金が先月より高いので内訳を確認したいです", "my bill this month is higher than last month and I'd like the breakdown"),
  ("引っ越しで電気とガスの使用開始手続きをしたいです", "I'm moving and need to start electricity and gas at the new address"),
  ("インターネット回線の速度が夜になると遅くなります", "the internet gets slow every evening"),
  ("スマホの機種変更の予約はできますか", "can I reserve a handset upgrade"),
  ("口座振替の口座を変更したいのですが", "I want to change the bank account for direct debit"),
  ("検針票が届いていないようです", "I did not receive my meter reading slip"),
  ("光回線の工事日を変更したいです", "I need to reschedule the fibre installation"),
  ("データ通信量の追加チャージの方法を教えてください", "how do I top up extra data"),
  ("請求書の宛名を会社名に変更できますか", "can the invoice be addressed to my company"),
  ("ルーターのランプが赤く点滅しています", "the router light is blinking red"),
  ("料金プランを見直したいので相談できますか", "I'd like to review my plan, maybe there's a cheaper one"),
  ("ガスの開栓の立ち会いの時間を確認したいです", "I want to confirm the time for the gas connection visit"),
 ],
 "ins": [
  ("自動車保険の更新の案内が届いたのですが補償内容を確認したいです", "I got the renewal notice for my car insurance and want to check the cover"),
  ("保険金の請求に必要な書類を教えてください", "which documents do I need to file a claim"),
  ("医療保険の入院給付金の手続きについて聞きたいです", "I want to ask about the hospitalisation benefit"),
  ("火災保険の住所変更をお願いします", "please update the address on my home insurance"),
  ("車両入替の手続きをしたいです", "I bought a new car and need to switch the policy over"),
  ("保険料の支払い方法を年払いに変えたいです", "I'd like to switch to annual premium payments"),
  ("事故の連絡をしたいのですが 相手の方とは話がついています", "I need to report an accident, the other driver and I already exchanged details"),
  ("契約者貸付について教えてください", "can you explain the policy loan"),
  ("自転車事故で相手から損害賠償を請求されたんですが 個人賠償責任特約は使えますか", "a cyclist is claiming damages from me, does my personal liability rider cover it"),
  ("弁護士費用特約ってどういう時に使えるんですか", "when can I use the legal expenses cover"),
  ("台風で雨漏りしたので火災保険で見てもらえますか", "the typhoon caused a roof leak, is that covered"),
  ("控除証明書を再発行してもらえますか", "could you reissue my premium deduction certificate"),
 ],
}
NAGOYA_REQ = ["今月の電気代 えらい高いがね 内訳教えてちょーだゃあ", "引っ越すでよ ガスと電気の手続きしてちょ", "ルーターのランプが赤いんだわ どうしたらええの",
              "車替えたで保険の入替やってちょーだゃあ", "保険金の書類 何がいるんか教えてちょ", "夜になるとネットがどえりゃあ遅いんだわ"]
HIRO_REQ = ["今月の電気代 ぶち高いんじゃけど 内訳教えてくれん", "引っ越すけえ ガスの手続きしたいんよ", "ルーターのランプが赤う点滅しとるんよ",
            "車買い替えたけえ 保険の入替したいんじゃけど", "保険金の請求の書類 何がいるん", "夜になったらネットがたいぎいほど遅いんよ"]
SG_REQ = ["my bill this month why so high one, can check for me", "I shifting house next month, how to transfer the line ah",
          "router blinking red already, can help or not", "my car got small accident, how to claim ah", "can change my payment to GIRO or not"]
PH_REQ = ["good day po, may I ask why my bill is higher this month", "hi sir, how to transfer my line because we will move to new house",
          "ma'am the router is blinking red since earlier, kindly assist", "hello po, I will claim for my hospitalization, what are the requirements",
          "good morning, pls update my address for the policy, thank you po"]

AGENT_JA = ["お電話ありがとうございます {co}カスタマーセンターの{ag}でございます", "ご不便をおかけしており大変申し訳ございません",
            "確認いたしますので少々お待ちいただけますでしょうか", "ご契約内容を確認させていただきます",
            "恐れ入りますがご本人様確認のため生年月日をお願いいたします", "担当部署より折り返しご連絡を差し上げます",
            "技術担当がご自宅に訪問して点検する手配をいたします", "約款上の免責事項に該当するため対象外となっております 申し訳ございません",
            "お詫び申し上げます 改善に努めてまいります", "そちらのご意見は責任者にも共有いたします",
            "損害賠償責任保険の対象になるか 査定担当が確認いたします", "ほかにご不明な点はございますか"]
AGENT_EN = ["thank you for calling {co}, this is {ag}, how may I help", "I'm very sorry for the inconvenience",
            "let me pull up your account, one moment please", "for verification may I have your date of birth",
            "I'll arrange for a technician to visit your home", "I do apologise, that item is excluded under the policy terms",
            "I'll escalate this to my supervisor and our legal team will review the liability part", "is there anything else I can help you with today",
            "I completely understand your frustration and I'm sorry"]
AGENT_CLOSE_H_JA = ["申し訳ございませんが そのようなご要望にはお応えいたしかねます", "そのようなご発言はお控えいただけますでしょうか",
                    "これ以上のご対応は難しいため 通話を終了させていただきます", "録音しておりますのでご了承ください"]
AGENT_CLOSE_H_EN = ["I'm sorry, we are unable to agree to that request", "I must ask you not to use that language",
                    "as explained, I will have to end this call now", "please note this call is recorded"]

LEGIT = {
 "ja": [("三日も停電してて冷蔵庫の中身全部だめになったんですよ 本当に腹が立つ 約款の補償ってどうなってるんですか", "outage"),
        ("ネットがまた切れた 今週三回目ですよ いい加減にしてほしい 障害の返金って規約にありますよね", "outage"),
        ("請求が二重になってるじゃないですか 確認もしないで引き落とすなんておかしいでしょう 返金してください", "billing"),
        ("事故から二か月たっても保険金が振り込まれない 何回問い合わせればいいんですか 納得できません", "claim"),
        ("査定の説明が全然足りない なぜこの金額なのか書面で説明してください", "claim"),
        ("工事の人が約束の時間に来なかった 仕事休んで待ってたんですよ ひどすぎる", "visit"),
        ("口コミでも同じ苦情を見ましたけど 解約手続きが分かりにくすぎます", "billing"),
        ("先日対応してくれた{ag}さんに繋いでもらえますか 経緯をご存じなので", "claim"),
        ("修理の訪問をお願いしたいんです 保証期間内ですよね", "visit")],
 "nagoya": [("三日も停電しとって冷蔵庫の中 全部わやになったがね ほんとに腹立つわ 補償どうなっとるの", "outage"),
            ("請求が二重になっとるがね 返金してちょーだゃあ ちゃんと確認してちょ", "billing")],
 "hiroshima": [("停電が三日も続いとるんよ 冷蔵庫の中ぜんぶダメになったけえ 補償はどうなるんじゃろ ほんまに腹立つわ", "outage"),
               ("保険金がいつまでたっても振り込まれんのじゃけど どうなっとるん 納得いかんわ", "claim")],
 "en": [("this is the third outage this week and I'm furious, I work from home, I want the service credit your terms promise", "outage"),
        ("you charged me twice and nobody has fixed it in two weeks, this is unacceptable, refund the duplicate please", "billing"),
        ("it has been eight weeks since the accident and the claim is still not paid, I'm really upset", "claim"),
        ("the technician never showed up, I took a day off for nothing, frankly this is terrible service", "visit"),
        ("could I speak with {ag} again, she handled my claim last time and knows the background", "claim")],
 "sg": [("the internet down again leh, third time this week, very jialat, I want the rebate your terms say", "outage")],
 "ph": [("ma'am we have no power for 3 days already, all our food spoiled, this is so frustrating, what is the compensation under the contract", "outage")],
}

SIG_JA = ["\n\n--\n株式会社ミナト精機 総務部\n{name}\n〒460-0008 名古屋市中区栄3-1-1\nTEL 052-000-0000\n"
          "―――――――――――――――\n本メールには機密情報が含まれている場合があります。誤って受信された場合は破棄のうえご連絡ください。"
          "本メールの無断転載・複製を禁じ、違反した場合は法的措置をとる場合がございます。当社は本メールに起因するいかなる損害についても賠償責任を負いません。",
          "\n\n――――――――\n広島中央設備株式会社\n{name}\n広島市中区紙屋町1-2-3\n※このメールは送信専用アドレスではありません。"
          "※本メールの内容を許可なく第三者に開示した場合、損害賠償を請求させていただくことがあります。",
          "\n\n{name}\nフリーランス（システムエンジニア）\n夜勤シフトのためメールは深夜になることが多いです。"]
SIG_EN = ["\n\nBest regards,\n{name}\nProcurement Manager | Lion City Logistics Pte Ltd\n10 Anson Road #20-01 Singapore 079903\n"
          "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, "
          "any use, disclosure or copying is strictly prohibited and may be unlawful and may result in legal action. The company accepts no liability for damages "
          "caused by viruses transmitted by this e-mail.",
          "\n\nThanks and regards,\n{name}\nTeam Lead, Night Operations | Makati Shared Services\n+63 2 0000 0000\n"
          "DISCLAIMER: The information contained in this message is intended solely for the addressee. Unauthorised use may expose you to civil and criminal "
          "liability including claims for damages. We reserve the right to sue for any breach.",
          "\n\nKind regards,\n{name}\nSent from my iPhone"]
CO_SIG_JA = ("\n\n――――――――――――――――――\n{co} カスタマーセンター\n担当：{ag}\n受付時間 平日9:00〜18:00（祝日を除く）\n"
             "本メールは法令及び約款に基づきお送りしております。本メールに記載の内容について、当社は法的責任を負うものではありません。"
             "本メールの無断転用はご遠慮ください。")
CO_SIG_EN = ("\n\n--\n{ag}\nCustomer Care, {co}\nHours: Mon-Fri 09:00-18:00 JST\nThis message may contain privileged information. "
             "Nothing in this e-mail constitutes an admission of liability or a waiver of any legal rights.")
NAMES_JA = ["山岸 直樹", "堀 由美子", "河合 健一", "片山 さおり", "水野 剛", "藤井 真理", "奥村 勇気", "杉浦 恵"]
NAMES_EN = ["Daniel Koh", "Priya Raman", "Maria Dela Cruz", "Jose Bautista", "Rachel Ong", "Mark Villanueva", "Sarah Lee", "Wei Jie Tan"]


# ----------------------------------------------------------------- helpers
class Cust:
    def __init__(self, idx, profile):
        self.profile = profile
        self.industry = R.choice(["util", "util", "ins"])
        lang_roll = R.random()
        if lang_roll < 0.66:
            self.lang = "ja"
            self.var = R.choices(["ja", "nagoya", "hiroshima"], [0.66, 0.17, 0.17])[0]
        else:
            self.lang = "en"
            self.var = R.choices(["en", "sg", "ph"], [0.4, 0.3, 0.3])[0]
        k = R.random()
        if k < 0.12:
            self.cid = "tel:+81-90-%04d-%04d" % (R.randrange(10000), idx)
        elif self.industry == "util":
            self.cid = "U%09d" % (300000000 + idx * 7919 % 1000000)
        else:
            self.cid = "POL-%s%06d" % (R.choice("ABCDK"), idx * 37 + 100000)
        self.co = "みなとエナジー&テレコム" if self.industry == "util" else "あさひ損害保険"
        self.co_en = "Minato Energy & Telecom" if self.industry == "util" else "Asahi General Insurance"
        self.behaviors = set()
        self.fav_agent = R.choice(AGENTS_JA if self.lang == "ja" else AGENTS_EN)
        self.signame = R.choice(NAMES_JA if self.lang == "ja" else NAMES_EN)


EVENTS = []
LABELS = {}
_ctr = [0]


def fmt_ts(t, r):
    mode = r.random()
    if mode < 0.55:
        return t.astimezone(JST).isoformat(timespec="seconds")
    if mode < 0.75:
        return t.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    if mode < 0.9:
        return t.astimezone(JST).isoformat(timespec="milliseconds")
    return t.astimezone(SGT).isoformat(timespec="seconds")


def emit(c, t, channel, direction, text, codes=(), agent=None, duration=None, subject=None, thread=None, source=None):
    _ctr[0] += 1
    eid = "ctc_" + hashlib.sha1(("%d|%s|%s" % (_ctr[0], c.cid, t.isoformat())).encode()).hexdigest()[:20]
    t = t.replace(microsecond=R.randrange(1000) * 1000)
    ev = {"event_id": eid, "occurred_at": fmt_ts(t, R), "channel": channel, "direction": direction,
          "customer_id": c.cid, "agent_id": agent[0] if agent else None}
    if channel in ("phone", "visit"):
        ev["duration_s"] = duration
    ev["subject"] = subject
    ev["text"] = text
    ev["language"] = c.lang if R.random() < 0.85 else None
    ev["thread_id"] = thread
    ev["source"] = source or {"phone": R.choice(["pbx-nagoya", "pbx-hiroshima", "ccaas-manila"]), "email": "exchange-gw",
                              "chat": "livechat", "web_form": "cms-form", "sns": R.choice(["x-dm", "line-official", "fb-messenger"]),
                              "visit": "branch-desk"}[channel]
    EVENTS.append((t, ev))
    LABELS[eid] = sorted(set(codes)) if direction == "inbound" else []
    return eid


def fill(s, c, agent):
    return s.replace("{ag}", agent[1]).replace("{amt}", "{:,}".format(R.choice([100000, 300000, 500000, 1000000]))).replace(
        "{co}", c.co if c.lang == "ja" else c.co_en)


FOREIGN = {"ins": ("ルーター", "ネット", "電気", "端末", "router", "internet", "phone", "bill", "service free"),
           "util": ("保険", "車", "見舞金", "claim", "car", "premium")}


def h_frag(code, c, agent):
    bank = H[code]
    key = c.var if c.var in bank and R.random() < 0.7 else c.lang
    opts = [x for x in bank[key] if not any(w in x for w in FOREIGN[c.industry])] or \
           [x for x in bank[c.lang] if not any(w in x for w in FOREIGN[c.industry])] or bank[key]
    return fill(R.choice(opts), c, agent), {code}


def req(c):
    if c.var == "nagoya" and R.random() < 0.6:
        return R.choice(NAGOYA_REQ)
    if c.var == "hiroshima" and R.random() < 0.6:
        return R.choice(HIRO_REQ)
    if c.var == "sg" and R.random() < 0.6:
        return R.choice(SG_REQ)
    if c.var == "ph" and R.random() < 0.6:
        return R.choice(PH_REQ)
    ja, en = R.choice(REQ[c.industry])
    return ja if c.lang == "ja" else en


def pick_agent(c):
    if R.random() < 0.3:
        return c.fav_agent
    return R.choice(AGENTS_JA if c.lang == "ja" else AGENTS_EN)


# ----------------------------------------------------------------- renderers
def render_phone(c, agent, cust_frags, r, hostile=False, extra_agent=()):
    """cust_frags: list of (text, codes). Returns text, codes. Agent lines never carry codes."""
    ja = c.lang == "ja"
    al = [fill(a, c, agent) for a in (AGENT_JA if ja else AGENT_EN)]
    opening = al[0]
    mids = r.sample(al[1:], 3)
    if hostile:
        mids += [r.choice(AGENT_CLOSE_H_JA if ja else AGENT_CLOSE_H_EN)]
    mids += list(extra_agent)
    turns = [("A", opening)]
    for i, (tx, _) in enumerate(cust_frags):
        turns.append(("C", tx))
        if i < len(mids):
            turns.append(("A", mids[i]))
    if r.random() < 0.5:
        turns.append(("C", "はい わかりました" if ja else "ok thanks"))
    codes = set()
    for _, cd in cust_frags:
        codes |= cd
    style = r.random()
    lang = c.lang
    if style < 0.4:  # diarised, random speaker numbering, sometimes timestamps
        a_lab, c_lab = ("SPK_1", "SPK_2") if r.random() < 0.5 else ("SPK_2", "SPK_1")
        ts = r.random() < 0.4
        sec, lines = 0, []
        for who, tx in turns:
            lab = a_lab if who == "A" else c_lab
            pre = "[%02d:%02d:%02d] " % (sec // 3600, sec // 60 % 60, sec % 60) if ts else ""
            lines.append("%s%s: %s" % (pre, lab, asr(tx, lang, r)))
            sec += r.randrange(8, 90)
        return "\n".join(lines), codes
    if style < 0.75:  # one blob, no speaker labels, both sides mixed
        return " ".join(asr(tx, lang, r) for _, tx in turns), codes
    # engine with channel labels
    lines = ["%s: %s" % ("agent" if w == "A" else "caller", asr(tx, lang, r)) for w, tx in turns]
    if r.random() < 0.5:
        lines = ["<transcript engine=\"asr-v2\" conf=\"0.%d\">" % r.randrange(62, 95)] + lines + ["</transcript>"]
    return "\n".join(lines), codes


def render_email(c, frags, r, keigo_pool=None):
    codes = set()
    for _, cd in frags:
        codes |= cd
    if c.lang == "ja":
        head = r.choice(["{co}\nお客様センター ご担当者様\n\nいつもお世話になっております。{n}でございます。\n\n",
                         "ご担当者様\n\nお世話になっております。\n契約番号{pol}の{n}です。\n\n"])
        body = "\n".join(t if t.endswith("。") else t + "。" for t, _ in frags)
        tail = "\n\nお手数をおかけいたしますが、何卒よろしくお願い申し上げます。"
        sig = r.choice(SIG_JA)
    else:
        head = r.choice(["Dear Sir/Madam,\n\nI am writing regarding account {pol}.\n\n", "Hi team,\n\n", "Good day,\n\n"])
        body = "\n\n".join(t[0].upper() + t[1:] + ("" if t.endswith(".") else ".") for t, _ in frags)
        tail = "\n\nI look forward to your prompt reply."
        sig = r.choice(SIG_EN)
    txt = (head + body + tail + sig).replace("{co}", c.co if c.lang == "ja" else c.co_en).replace("{n}", c.signame.split()[0]).replace(
        "{pol}", c.cid).replace("{name}", c.signame)
    return txt, codes


def render_sns(c, frags, r):
    codes = set()
    for _, cd in frags:
        codes |= cd
    emo = r.choice(["", "", "😡", "🙏", "💢", "…", "www", "😤😤", "🤬", ""]) if c.lang == "ja" else r.choice(["", "", "😡", "🙏", "smh", "!!!", "🤬", "pls"])
    parts = [t for t, _ in frags]
    if c.lang == "ja":
        txt = "  ".join(parts) + " " + emo
        if r.random() < 0.3:
            txt = "@" + r.choice(["minato_support", "asahi_sonpo_cs"]) + " " + txt
    else:
        txt = " ".join(parts) + " " + emo
        if r.random() < 0.5:
            txt = txt.lower()
    return txt.strip(), codes


def render_form(c, frags, r, topic):
    codes = set()
    for _, cd in frags:
        codes |= cd
    body = "\n".join(t for t, _ in frags)
    if c.lang == "ja":
        txt = ("■お名前：%s\n■ご契約番号：%s\n■お問い合わせ種別：%s\n■ご連絡希望時間帯：%s\n■お問い合わせ内容：\n%s\n■個人情報の取扱いに同意する：はい"
               % (c.signame, c.cid, topic, r.choice(["平日日中", "夜間", "指定なし"]), body))
    else:
        txt = ("Full name: %s\nAccount/Policy no.: %s\nCategory: %s\nPreferred contact: %s\nMessage:\n%s\n[x] I agree to the privacy policy"
               % (c.signame, c.cid, topic, r.choice(["email", "phone", "any"]), body))
    return txt, codes


def at(day, lo=9, hi=18, r=R):
    h = r.randrange(lo, hi)
    return dt.datetime(day.year, day.month, day.day, h % 24, r.randrange(60), r.randrange(60), tzinfo=JST) + dt.timedelta(days=h // 24)


def contact(c, t, frags, r=R, channel=None, hostile=False, duration=None, direction="inbound", thread=None, topic=None):
    """Emit one inbound contact built from fragments in a channel-appropriate style."""
    if channel is None:
        channel = r.choices(["phone", "email", "sns", "web_form", "chat"], [0.5, 0.2, 0.12, 0.1, 0.08])[0]
    agent = pick_agent(c)
    if channel == "phone":
        text, codes = render_phone(c, agent, frags, r, hostile)
        if duration is None:
            duration = r.randrange(120, 900) if not hostile else r.randrange(600, 2400)
        return emit(c, t, "phone", direction, text, codes, agent, duration, None, None)
    if channel == "visit":
        text, codes = render_phone(c, agent, frags, r, hostile)
        text = ("窓口応対 音声記録\n" if c.lang == "ja" else "Branch counter audio log\n") + text
        return emit(c, t, "visit", direction, text, codes, agent, duration or r.randrange(600, 2400))
    if channel == "email":
        text, codes = render_email(c, frags, r)
        subj = r.choice(["お問い合わせ", "【至急ではありません】ご確認のお願い", "契約について", "Re: ご請求について"]) if c.lang == "ja" else r.choice(
            ["Enquiry", "Account query", "Re: your reference", "Claim follow-up"])
        th = thread or "MSG-%06d" % r.randrange(10 ** 6)
        eid = emit(c, t, "email", direction, text, codes, None, None, subj, th)
        if r.random() < 0.5:  # agent reply with company disclaimer
            reply_t = t + dt.timedelta(hours=r.randrange(2, 40))
            ag = pick_agent(c)
            if c.lang == "ja":
                rb = "%s様\n\nお問い合わせいただきありがとうございます。%sでございます。\nご不便をおかけし申し訳ございません。内容を確認のうえ改めてご連絡いたします。" % (
                    c.signame.split()[0], ag[1]) + CO_SIG_JA.replace("{co}", c.co).replace("{ag}", ag[1])
            else:
                rb = "Dear %s,\n\nThank you for contacting us. My name is %s and I apologise for the trouble. We will review your request and revert." % (
                    c.signame, ag[1]) + CO_SIG_EN.replace("{co}", c.co_en).replace("{ag}", ag[1])
            emit(c, reply_t, "email", "outbound", rb, (), ag, None, "Re: " + subj, th, "exchange-gw")
        return eid
    if channel == "sns":
        text, codes = render_sns(c, frags, r)
        return emit(c, t, "sns", direction, text, codes, None)
    if channel == "web_form":
        text, codes = render_form(c, frags, r, topic or r.choice(["料金・お支払い", "契約内容", "故障・障害", "保険金請求", "その他"] if c.lang == "ja"
                                                                   else ["Billing", "Policy", "Fault", "Claims", "Other"]))
        return emit(c, t, "web_form", direction, text, codes, None, subject=("Webお問い合わせ" if c.lang == "ja" else "Web enquiry"),
                    thread="FORM-%05d" % r.randrange(10 ** 5))
    # chat: one event per message, same thread
    th = "lc-%08x" % r.getrandbits(32)
    eid = None
    for i, f in enumerate(frags):
        text, codes = render_sns(c, [f], r)
        eid = emit(c, t + dt.timedelta(seconds=40 * i + r.randrange(30)), "chat", direction, text, codes, agent, thread=th)
    return eid


# ----------------------------------------------------------------- build population
def build():
    custs = [Cust(i + 1, "normal") for i in range(340)] + [Cust(341 + i, "legit_complainer") for i in range(35)] + \
            [Cust(376 + i, "harasser") for i in range(25)]
    R.shuffle(custs)
    seen = set()
    for c in custs:
        while c.cid in seen:
            c.cid += "-1"
        seen.add(c.cid)
    outage = {"util": [(dt.date(2026, 5, 12), "名古屋市北部"), (dt.date(2026, 6, 8), "広島市安佐南区")]}

    normals = [c for c in custs if c.profile == "normal"]
    legits = [c for c in custs if c.profile == "legit_complainer"]
    hars = [c for c in custs if c.profile == "harasser"]

    # ---------- normal customers
    for i, c in enumerate(normals):
        n = R.choice([1, 2, 2, 3, 3, 4, 5, 6])
        for _ in range(n):
            day = R.choice(OPEN_DAYS if R.random() < 0.85 else DAYS)
            t = at(day, 9, 18) if R.random() < 0.8 else at(day, 7, 23)
            frags = [(req(c), set())]
            if R.random() < 0.3:
                frags.append((req(c), set()))
            ch = R.choices(["phone", "email", "sns", "web_form", "chat"], [0.5, 0.18, 0.1, 0.12, 0.1])[0]
            if ch == "chat":
                frags = frags + [("ありがとうございます" if c.lang == "ja" else "ok thank you", set())]
            contact(c, t, frags, channel=ch)
        kind = i % 17
        if kind == 0:  # night-shift worker, e-mails at night without urgency
            for _ in range(R.randrange(4, 8)):
                day = R.choice(DAYS)
                t = at(day, 23, 29)
                msg = ("夜勤明けで失礼します。急ぎではありませんので、営業時間内にご返信いただければ大丈夫です。" if c.lang == "ja"
                       else "Writing after my night shift, no rush at all, a reply during office hours is fine.")
                contact(c, t, [(msg, set()), (req(c), set())], channel="email")
        elif kind == 1:  # long but reasonable call
            day = R.choice(OPEN_DAYS)
            extra = ["書類の一枚目から一緒に確認していきましょう", "ゆっくりで大丈夫ですので順番にご説明いたします"] if c.lang == "ja" else [
                "let's go through the form together page by page", "take your time, I'll explain each section"]
            frags = [(req(c), set()), (req(c), set()), ("すみません 高齢なもので何度も聞いてしまって" if c.lang == "ja" else "sorry, I'm not good with these forms", set())]
            agent = pick_agent(c)
            text, _ = render_phone(c, agent, frags, R, extra_agent=extra)
            dur = R.randrange(2400, 3500) if R.random() < 0.8 else R.randrange(3700, 4300)
            direction = "inbound" if dur < 3600 else "outbound"  # >1h ones are agent-led claim interviews
            emit(c, at(day, 9, 16), "phone", direction, text, (), agent, dur)
        elif kind in (2, 3) and c.industry == "util":  # calls about real outage, several times
            od, area = R.choice(outage["util"])
            for k in range(R.randrange(2, 5)):
                t = at(od + dt.timedelta(days=k // 2), 9, 18)
                msg = ("%sですが まだ停電が復旧しません 見込みを教えてください" % area if c.lang == "ja"
                       else "still no power in our area (%s), any estimate for restoration?" % area)
                contact(c, t, [(msg, set())], channel=R.choice(["phone", "phone", "sns", "web_form"]))
        elif kind == 4 and c.industry == "ins":  # words like 損害賠償 / sued in a genuine coverage question
            msg = ("相手の方から訴えると言われてしまって 弁護士費用特約は使えますか" if c.lang == "ja"
                   else "the other driver says he will sue me, does my policy cover legal costs")
            contact(c, at(R.choice(OPEN_DAYS)), [(msg, set())], channel="phone")
        elif kind == 5:  # mentions a review they read, or polite named-agent request
            msg = ("ネットの口コミで見たんですが この特約って本当に付けた方がいいですか" if c.lang == "ja"
                   else "I read some reviews online saying the fibre plan is slow, is that true?")
            contact(c, at(R.choice(OPEN_DAYS)), [(msg, set())])
        elif kind == 6:  # phone with "dead line", "kill" words
            msg = ("電話回線が死んでるみたいで 全然つながらないんです" if c.lang == "ja"
                   else "the line is completely dead, it's killing my work from home day, can someone check")
            contact(c, at(R.choice(OPEN_DAYS)), [(msg, set())], channel="phone")

    # ---------- legitimate complainers (angry, but grounded)
    for c in legits:
        bank = LEGIT.get(c.var) or LEGIT[c.lang]
        if c.var in ("nagoya", "hiroshima", "sg", "ph") and R.random() < 0.4:
            bank = LEGIT[c.lang]
        msg, kind = R.choice(bank)
        msg = fill(msg, c, c.fav_agent)
        base = R.choice(OPEN_DAYS[5:-10])
        # the same real problem raised 3-5 times over a few days (not unreasonable -> not repetition)
        for k in range(R.randrange(3, 6)):
            day = base + dt.timedelta(days=k // 2 + R.randrange(0, 2))
            t = at(day, 9, 18) if R.random() < 0.8 else at(day, 19, 23)
            frags = [(msg, set())]
            if R.random() < 0.4:
                frags.append(((c.lang == "ja") and "ちゃんと説明してもらえますか" or "please explain properly what is going on", set()))
            dur = R.randrange(900, 3300) if R.random() < 0.5 else None
            contact(c, t, frags, channel=R.choice(["phone", "phone", "email", "sns", "web_form"]), duration=dur)
        for _ in range(R.randrange(1, 4)):
            contact(c, at(R.choice(OPEN_DAYS)), [(req(c), set())])

    # ---------- harassers
    codes_all = CONTENT + STATEFUL
    slots = codes_all * 4 + R.sample(codes_all, 5)
    R.shuffle(slots)
    assign = [set() for _ in hars]
    for i, code in enumerate(slots):
        for k in range(25):
            j = (i + k) % 25
            if code not in assign[j]:
                assign[j].add(code)
                break
    DEMAND = ("excessive_demand", "apology_demand", "in_person_demand", "staff_naming")
    for c, assigned in zip(hars, assign):
        if "repetition" in assigned and not assigned & {"excessive_demand", "apology_demand", "in_person_demand", "staff_naming"}:
            assigned.add("excessive_demand")
        content = [x for x in CONTENT if x in assigned]
        if not content and R.random() < 0.5:
            content = ["pressure_language"] if "off_hours_contact" not in assigned else []
        state = [x for x in STATEFUL if x in assigned]
        used_days = set()

        def fresh_day(pool):
            for _ in range(200):
                d = R.choice(pool)
                if all(abs((d - u).days) >= 9 for u in used_days):
                    used_days.add(d)
                    return d
            d = R.choice(pool)
            used_days.add(d)
            return d

        # neutral contacts
        for _ in range(R.randrange(3, 7)):
            contact(c, at(R.choice(OPEN_DAYS)), [(req(c), set())])
        # content-coded contacts, spread out (>= 9 days apart -> no accidental repetition)
        for code in content:
            for _ in range(R.randrange(3, 5)):
                day = fresh_day(OPEN_DAYS)
                frags = [(req(c), set()), h_frag(code, c, c.fav_agent)]
                if len(content) > 1 and R.random() < 0.35:
                    frags.append(h_frag(R.choice(content), c, c.fav_agent))
                ch = R.choices(["phone", "email", "sns", "web_form", "chat", "visit"], [0.5, 0.15, 0.15, 0.08, 0.07, 0.05])[0]
                if ch == "email" and c.lang == "ja" and R.random() < 0.6:
                    pool = [k for k in KEIGO_H if k[1] & set(content)]
                    if pool:
                        kt, kc = R.choice(pool)
                        frags = [("先日お問い合わせいたしました件につきまして、改めてご連絡申し上げます。", set()), (fill(kt, c, c.fav_agent), set(kc))]
                elif ch == "email" and c.lang == "en" and R.random() < 0.6:
                    pool = [k for k in BIZ_H if k[1] & set(content)]
                    if pool:
                        kt, kc = R.choice(pool)
                        frags = [("Further to my previous correspondence, I write once more regarding this matter.", set()), (fill(kt, c, c.fav_agent), set(kc))]
                contact(c, at(day), frags, channel=ch, hostile=True)
        if "repetition" in state:
            dcode = [x for x in content if x in ("excessive_demand", "apology_demand", "in_person_demand", "staff_naming")][0]
            demand = h_frag(dcode, c, c.fav_agent)
            day0 = R.choice(OPEN_DAYS[3:-12])
            for burst in range(2):
                d0 = day0 + dt.timedelta(days=burst * R.randrange(20, 35))
                for k in range(R.randrange(4, 7)):
                    day = d0 + dt.timedelta(days=k // 2)
                    again = ("何回も言ってるけど" if c.lang == "ja" else "for the %s time," % ["second", "third", "fourth", "fifth", "sixth", "seventh"][k])
                    contact(c, at(day), [(again, set()), demand], hostile=True)
        if "off_hours_contact" in state:
            for _ in range(R.randrange(7, 12)):
                if R.random() < 0.5:
                    t = at(R.choice(CLOSED_DAYS), 8, 23)
                else:
                    t = at(R.choice(DAYS), 22, 29)
                urg = (R.choice(["至急連絡ください", "緊急です 朝までに返事ください", "【至急】", "大至急折り返しお願いします", "休みとか関係ないでしょ 緊急なんで"])
                       if c.lang == "ja" else R.choice(["URGENT reply tonight", "emergency, call me back now", "urgent!! need answer before morning"]))
                frags = [(urg, set()), (req(c), set())]
                side = [x for x in content if x not in DEMAND]
                if side and R.random() < 0.4:
                    frags.append(h_frag(R.choice(side), c, c.fav_agent))
                contact(c, t, frags, channel=R.choice(["email", "sns", "phone", "web_form"]), hostile=bool(content))
        if "contact_flood" in state:
            for _ in range(R.randrange(2, 4)):
                t0 = at(R.choice(OPEN_DAYS), 9, 17)
                for k in range(R.randrange(8, 14)):
                    t = t0 + dt.timedelta(minutes=k * R.randrange(2, 6))
                    m = (R.choice(["まだ？", "電話つながらないんだけど", "折り返しまだ", "さっきの件どうなった", "もう一回かけるよ", "返事して"])
                         if c.lang == "ja" else R.choice(["still waiting", "call me", "hello??", "why no answer", "calling again", "answer me"]))
                    frags = [(m, set())]
                    side = [x for x in content if x not in DEMAND]
                    if side and R.random() < 0.2:
                        frags.append(h_frag(R.choice(side), c, c.fav_agent))
                    ch = R.choice(["phone", "phone", "sns", "email", "web_form"])
                    contact(c, t, frags, channel=ch, hostile=True, duration=R.randrange(5, 90) if ch == "phone" else None)
        if "prolonged_contact" in state:
            for _ in range(R.randrange(3, 5)):
                day = fresh_day(OPEN_DAYS) if len(used_days) < 8 else R.choice(OPEN_DAYS)
                hold = ("納得するまで切らないから 何時間でも付き合ってもらう" if c.lang == "ja" else "I'm not hanging up until this is sorted, I have all day")
                frags = [(req(c), set()), (hold, set()), (req(c), set())]
                if content and R.random() < 0.5:
                    frags.append(h_frag(R.choice(content), c, c.fav_agent))
                ch = "visit" if R.random() < 0.2 else "phone"
                contact(c, at(day, 9, 14), frags, channel=ch, hostile=True, duration=R.randrange(3900, 9600))
        c.behaviors |= set(state)
    return custs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    custs = build()
    EVENTS.sort(key=lambda x: (dt.datetime.fromisoformat(x[1]["occurred_at"].replace("Z", "+00:00")), x[1]["event_id"]))
    # customer behaviours: content codes actually emitted + assigned stateful
    by_c = {c.cid: c for c in custs}
    for t, ev in EVENTS:
        by_c[ev["customer_id"]].behaviors |= set(LABELS[ev["event_id"]])
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8") as f:
        for _, ev in EVENTS:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    cust_lab = {c.cid: {"profile": c.profile, "behaviors": sorted(c.behaviors, key=(CONTENT + STATEFUL).index)}
                for c in sorted(custs, key=lambda c: c.cid)}
    cpc = {k: sum(1 for v in cust_lab.values() if k in v["behaviors"]) for k in CONTENT + STATEFUL}
    epc = {k: sum(1 for v in LABELS.values() if k in v) for k in CONTENT}
    prof = {p: sum(1 for v in cust_lab.values() if v["profile"] == p) for p in ("normal", "legit_complainer", "harasser")}
    labels = {"events": {ev["event_id"]: LABELS[ev["event_id"]] for _, ev in EVENTS}, "customers": cust_lab,
              "meta": {"seed": SEED, "style": "other_style3: utility/telecom + insurer; ASR, diarised, keigo/business e-mail, SNS, web form",
                       "customers": len(custs), "start": str(START), "end": str(END),
                       "counts": {"events": len(EVENTS), "events_with_content_label": sum(1 for v in LABELS.values() if v),
                                  "profiles": prof, "customers_per_code": cpc, "events_per_content_code": epc},
                       "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                                    "closed_days_in_range": [str(d) for d in sorted(HOLIDAYS)]},
                       "stateful_thresholds": {
                           "repetition": ">=4 contacts with the same unreasonable demand within ~3 days, twice in the quarter",
                           "off_hours_contact": ">=7 inbound contacts outside Mon-Fri 09-18 JST / closed days, with 至急/緊急/urgent",
                           "contact_flood": ">=8 inbound contacts within ~60 min, on >=2 days",
                           "prolonged_contact": ">=3 inbound calls/visits of >=65 min (3900-9600 s) with the caller refusing to end"},
                       "agents": {a: n for a, n in AGENTS_JA + AGENTS_EN}}}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print(json.dumps(labels["meta"]["counts"], ensure_ascii=False))


if __name__ == "__main__":
    main()
