#!/usr/bin/env python3
"""Blind, independently written labelled ContactEvent stream (other_style2).

usage: python3 gen.py OUTDIR
Writes OUTDIR/events.jsonl and OUTDIR/labels.json. Standard library only,
fixed seed, deterministic (same bytes on every run).
"""
import json
import os
import sys
from datetime import date, datetime, timedelta, timezone
import random

SEED = 20260917
rng = random.Random(SEED)

JST = timezone(timedelta(hours=9))
BST = timezone(timedelta(hours=1))
UTC = timezone.utc
Q_START = date(2026, 7, 1)
Q_END = date(2026, 9, 30)
NDAYS = (Q_END - Q_START).days + 1
HOLIDAYS = {date(2026, 7, 20), date(2026, 8, 11), date(2026, 9, 21),
            date(2026, 9, 22), date(2026, 9, 23)}

CONTENT = ["excessive_demand", "apology_demand", "in_person_demand",
           "violence_threat", "abusive_language", "legal_threat",
           "online_defamation_threat", "sexual_harassment",
           "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood",
            "prolonged_contact"]

N_NORMAL, N_LEGIT, N_HARASS = 430, 45, 25

# ---------------------------------------------------------------- agents
AGENTS = [("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
          ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"),
          ("中野", "ナカノ", "Nakano"), ("原田", "ハラダ", "Harada"),
          ("小野", "オノ", "Ono"), ("田村", "タムラ", "Tamura"),
          ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
          ("和田", "ワダ", "Wada"), ("中山", "ナカヤマ", "Nakayama"),
          ("石田", "イシダ", "Ishida"), ("上田", "ウエダ", "Ueda"),
          ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"),
          ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"),
          ("横山", "ヨコヤマ", "Yokoyama"), ("宮崎", "ミヤザキ", "Miyazaki"),
          ("内田", "ウチダ", "Uchida"), ("高木", "タカギ", "Takagi"),
          ("安藤", "アンドウ", "Ando"), ("島田", "シマダ", "Shimada")]
AGENT_IDS = ["op-%03d" % (101 + i) for i in range(len(AGENTS))]
AGENT = dict(zip(AGENT_IDS, AGENTS))

VARIETIES_JA = ["ja_std", "ja_kansai", "ja_hakata", "ja_tohoku"]
VARIETIES_EN = ["en_plain", "en_au", "en_in", "en_sarc"]


def lang_of(v):
    return "ja" if v.startswith("ja") else "en"


# ---------------------------------------------------------------- time
def day_at(i):
    return Q_START + timedelta(days=i)


def is_open(dt):
    j = dt.astimezone(JST)
    d = j.date()
    return d.weekday() < 5 and d not in HOLIDAYS and 9 <= j.hour < 18


def open_dt(d=None, lo=9, hi=18):
    """A moment inside support hours, on day d or on a random open day."""
    while True:
        dd = d if d is not None else day_at(rng.randrange(NDAYS))
        if dd.weekday() >= 5 or dd in HOLIDAYS:
            if d is not None:
                d = dd + timedelta(days=1)
                if d > Q_END:
                    d = Q_END - timedelta(days=6)
                continue
            continue
        sec = rng.randrange(lo * 3600 + 120, hi * 3600 - 900)
        return datetime(dd.year, dd.month, dd.day, tzinfo=JST) + timedelta(seconds=sec)


def off_dt(d=None):
    """A moment outside support hours (night, weekend or holiday)."""
    for _ in range(1000):
        dd = d if d is not None else day_at(rng.randrange(NDAYS))
        base = datetime(dd.year, dd.month, dd.day, tzinfo=JST)
        if dd.weekday() >= 5 or dd in HOLIDAYS:
            t = base + timedelta(seconds=rng.randrange(7 * 3600, 24 * 3600 - 60))
        else:
            r = rng.random()
            if r < 0.55:
                t = base + timedelta(seconds=rng.randrange(18 * 3600 + 300, 24 * 3600 - 60))
            else:
                t = base + timedelta(seconds=rng.randrange(60, 8 * 3600 + 1800))
        if not is_open(t) and Q_START <= t.date() <= Q_END:
            return t
        d = None
    raise RuntimeError("no off-hours slot")


def clamp(dt):
    lo = datetime(2026, 7, 1, 0, 5, tzinfo=JST)
    hi = datetime(2026, 9, 30, 23, 0, tzinfo=JST)
    return min(max(dt, lo), hi)


def fmt_ts(dt, style):
    if style == "jst":
        t = dt.astimezone(JST)
        suf = "+09:00"
    elif style == "bst":
        t = dt.astimezone(BST)
        suf = "+01:00"
    else:
        t = dt.astimezone(UTC)
        suf = "Z"
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    r = rng.random()
    if r < 0.25:
        s += ".%03d" % rng.randrange(1000)
    elif r < 0.33:
        s += ".%06d" % rng.randrange(1000000)
    return s + suf


# ---------------------------------------------------------------- benign text
BENIGN = {
    "ja_std": [
        "先週注文した加湿器がまだ発送されていないようなのですが、いつ頃になりますか。",
        "ギフト包装をお願いしたいのですが、今からでも間に合いますか。",
        "クーポンコードを入れるとエラーになってしまいます。",
        "登録しているメールアドレスを変えたいです。手順を教えてください。",
        "コンビニ払いの期限が過ぎてしまいました。払込票は再発行できますか。",
        "サイズ交換の手順を教えていただけますか。",
        "領収書の但し書きを「お品代」にしていただけますか。",
        "置き配の指定はできますでしょうか。",
        "定期便の次回お届け日を一週間ずらしたいです。",
        "電動歯ブラシの替えブラシは対応機種が決まっていますか。",
    ],
    "ja_kansai": [
        "すんません、注文したやつまだ届いてへんのやけど、今どないなってます？",
        "ポイントってどこで確認できるんやろ？",
        "サイズ間違えてもうて、交換ってできます？",
        "この前の扇風機めっちゃええ感じですわ。替えのフィルターも売ってはります？",
        "支払い方法、代引きに変えてもらえへんかな。",
        "配達の時間、夜にしてもろてもええですか。",
    ],
    "ja_hakata": [
        "注文したっちゃけど、いつ届くと？",
        "クーポンが使えんっちゃけど、どげんしたらいいと？",
        "引っ越したけん、住所の変更お願いしたいっちゃけど。",
        "ばり気に入ったけん、色違いも欲しいっちゃけど在庫あると？",
        "領収書って出してもらえるとかいな？",
        "明日は家におらんけん、宅配ボックスに入れてもらってよかです。",
    ],
    "ja_tohoku": [
        "こないだ頼んだ品物、まだ来ねんだけど、いつ頃になるべか。",
        "パスワード忘れでしまって、ログインできねえんだ。",
        "雪降る前に届けでもらいてえんだけど、日付の指定できっかな。",
        "孫さ贈り物したいんだけど、のし付けでもらえるべか。",
        "んだば、代金引換でお願いしてえです。",
        "説明書なくしてしまったんだけど、どっかで見られるべか。",
    ],
    "en_plain": [
        "Hi, I placed an order last week and the tracking hasn't moved since Monday. Could you check?",
        "Can I change the delivery address on order 58-2231?",
        "Do you ship to Okinawa, and is there an extra fee?",
        "The coupon code SUMMER10 says invalid. Has it expired?",
        "How do I unsubscribe from the newsletter?",
        "Is the rice cooker compatible with 100V only, or does it work abroad?",
    ],
    "en_au": [
        "G'day, just wondering where my parcel's got to - tracking's been stuck a few days.",
        "No worries if not, but can I swap the size on the runners I ordered?",
        "Reckon you could send an invoice with the ABN on it? Cheers.",
        "Quick one - do you lot deliver to Osaka by Friday arvo?",
        "Mate, the blender's a ripper. Do you sell the spare jug separately?",
    ],
    "en_in": [
        "Kindly update me the status of my order, I am waiting since 5 days.",
        "I am having one doubt regarding the warranty of the mixer. Please clarify.",
        "Please do the needful and change my registered mobile number.",
        "Can you prepone the delivery to Thursday? I am out of station from Friday.",
        "Kindly revert on whether cash on delivery is available for my pincode.",
    ],
    "en_sarc": [
        "I realise it is the height of summer and everyone is frightfully busy, but I would be most grateful to learn when my order might grace me with its presence.",
        "Your website informs me, with great confidence, that my password is both correct and incorrect. Could you help me resolve this philosophical impasse?",
        "The parcel has been 'out for delivery' for four days. It must be a very scenic route. Could you check?",
        "I should be delighted to know whether the gift wrapping service is still offered, or merely remembered fondly.",
    ],
}
THANKS = {
    "ja": ["ありがとうございます。", "わかりました、助かります。", "了解です。", "はい、お願いします。"],
    "ja_kansai": ["おおきに！", "ほな、それでお願いします。", "助かりますわ。"],
    "ja_hakata": ["ありがとうございます、助かったです。", "そんならそれでお願いします。"],
    "ja_tohoku": ["ありがとさん。", "んだか、わかったです。", "なんも、助かりました。"],
    "en": ["Thanks!", "Great, cheers.", "OK, that works.", "Perfect, thank you.", "thx"],
}
AGENT_LINES = {
    "ja": ["お電話ありがとうございます。担当の{n}でございます。",
           "確認いたしますので、少々お待ちいただけますか。",
           "ご不便をおかけしており申し訳ございません。",
           "承知いたしました。手配いたします。",
           "恐れ入りますが、ご注文番号を頂戴できますか。",
           "本日中に折り返しご連絡いたします。"],
    "en": ["Thanks for calling, this is {n} speaking.",
           "Let me check that for you, one moment please.",
           "I'm sorry for the inconvenience.",
           "Understood, I'll arrange that now.",
           "Could I have your order number, please?",
           "I'll get back to you by end of day."],
}
AGENT_REPLY_MAIL = {
    "ja": ["いつもご利用いただきありがとうございます。\nお問い合わせの件、確認いたしました。発送は明日を予定しております。",
           "ご連絡ありがとうございます。\n担当部署に確認中です。今しばらくお待ちください。",
           "お問い合わせありがとうございます。\nご希望の変更を承りました。"],
    "en": ["Thank you for contacting us.\nWe have checked your order and it will ship tomorrow.",
           "Thanks for your message.\nWe are looking into this with the warehouse and will update you shortly.",
           "Thank you for getting in touch.\nThe change you requested has been made."],
}
SIGS = ["\n\n--\n佐野 美紀\n", "\n\n――――――――\n北村\nTEL 090-****-****", "\n\nSent from my iPhone",
        "\n\n-- \nR. Pillai\nBengaluru", "\n\nCheers,\nDaz", "\n\nYours faithfully,\nH. Worthington-Smythe",
        "\n\niPhoneから送信", "\n\n———\nK. Yamauchi | 山内 健\n", ""]
NORMAL_LONG_CALL = {
    "ja": ["ルーターの初期設定を一から教えていただきたいんです。パソコンも苦手で…",
           "見守りカメラのアプリ連携がうまくいかなくて、一緒に画面を見ながら設定をお願いできますか。"],
    "en": ["I need to set up the smart thermostat from scratch, could you walk me through every step?",
           "Could you go through the whole warranty transfer process with me? I've got all the paperwork here."],
}

# ---------------------------------------------------------------- legit complaints
ITEMS_JA = ["炊飯器", "電気ケトル", "ロボット掃除機", "ワイヤレスイヤホン", "ドライヤー", "空気清浄機"]
ITEMS_EN = ["rice cooker", "kettle", "robot vacuum", "wireless earbuds", "hair dryer", "air purifier"]
LEGIT = {
    "ja": {
        "open": ["届いた{i}の電源が入りません。交換をお願いできますか。",
                 "注文して3週間になりますが、まだ{i}が届きません。状況を教えてください。",
                 "{i}の代金が二重に引き落とされています。明細を添付しますので確認してください。",
                 "注文したのと違う{i}が届きました。正しい商品と交換してください。",
                 "返品期間内に{i}を返送しましたが、まだ返金されていません。"],
        "again": ["先日もお伝えした件です。{i}の件、まだ解決していません。",
                  "これで3回目の連絡になります。{i}の件、どうなっていますか。",
                  "前回「確認して折り返す」と言われたきり、連絡がありません。",
                  "何度も同じ説明をするのは正直しんどいです。{i}の件をきちんと対応してください。"],
        "angry": ["正直かなり腹が立っています。普通に使って壊れたものです。",
                  "御社の規約でも、初期不良は交換か返金と書いてありますよね。",
                  "特定商取引法の返品特約の表示を確認したうえでお願いしています。",
                  "消費者契約法のことも調べましたが、まずは御社ときちんと話したいと思っています。",
                  "消費生活センターにも相談しましたが、まずは御社の回答を待ちます。",
                  "パソコンが使えなくて仕事になりません。早めに対応していただけると助かります。",
                  "ネットのレビューで同じ不具合の報告をいくつも見かけました。製品の問題ではないですか。"],
        "manager": ["責任者の方からご連絡いただけますか。",
                    "申し訳ないですが、上の方と話させてください。",
                    "この件、上長の方にエスカレーションしていただけますか。"],
        "ja_kansai": ["ほんまにもう3回目ですよ。どないなってるんですか。", "困ってるんです、ちゃんと直してもらえます？"],
        "ja_hakata": ["もう何回も連絡しとるとに、なんも変わらんっちゃけど。", "いい加減なんとかしてほしいっちゃん。"],
        "ja_tohoku": ["なんぼ電話しても埒あかねえんだ、困ってんだよ。", "ちゃんと直してもらわねえと使えねえべ。"],
    },
    "en": {
        "open": ["The {i} I received won't turn on. Could I get a replacement please?",
                 "It's been three weeks since I ordered the {i} and it still hasn't arrived.",
                 "I've been charged twice for the {i}. Statement attached.",
                 "You sent me the wrong {i}. Please exchange it for the one I ordered.",
                 "I returned the {i} within the 30-day window and still haven't been refunded."],
        "again": ["Following up again on the {i}. Still not sorted.",
                  "This is the third time I'm writing about the same {i}.",
                  "I was promised a call back and nobody called. Where are we with the {i}?",
                  "I'm tired of explaining this from the start every time. Please just fix the {i} issue."],
        "angry": ["Frankly, I'm furious. But I know it isn't your personal fault.",
                  "Your own terms say defective items are refunded or replaced within 30 days.",
                  "As I understand it, the Consumer Contract Act applies here, and I'd simply like what your policy already promises.",
                  "This is completely unacceptable for a brand-new product.",
                  "I noticed plenty of one-star reviews mentioning the same fault, so I suspect it's a batch issue."],
        "manager": ["I'd like this escalated to a supervisor, please.",
                    "Could a manager give me a call?",
                    "May I speak to someone more senior about this?"],
        "en_au": ["Mate, third time I'm ringing about this. The thing's still dead.", "Fair dinkum, this is getting ridiculous."],
        "en_in": ["Kindly revert with status, it is pending since 10 days.", "I am very much disappointed, please do the needful at the earliest."],
        "en_sarc": ["I do so enjoy composing these letters. This is the third. The {i} still does not work.",
                    "I am sure your team is working tirelessly, in a manner invisible to the naked eye."],
    },
}

# ---------------------------------------------------------------- harassment fragments (text, code)
H = {
    "excessive_demand": {
        "ja": ["開封して使った分も含めて全額返せ。それに慰謝料として五万上乗せしろ",
               "送料も手数料も全部そっち持ちで、新品を三つ送ってこい",
               "今後ずっと送料タダにしてくれんと割に合わん",
               "保証切れとか知らん。無償で新品にせえ",
               "一万ポイントつけたら考えてやってもいい"],
        "ja_kansai": ["一万ポイントつけてくれたら許したるわ", "迷惑料も込みで倍返ししてもらわなあかんな"],
        "ja_hakata": ["迷惑料ば払ってもらわんと気が済まんけん", "保証切れとるとか関係なか、タダで新品ば送りんしゃい"],
        "ja_tohoku": ["代わりの品さ、一番高えやつにしてけろ。差額はそっち持ちだべ"],
        "en": ["I want a full refund AND a free replacement, plus 30,000 yen for my time",
               "Waive every charge on my account for the next year as goodwill",
               "Upgrade me to the premium model free of charge, that's the least you can do"],
        "en_au": ["Reckon you owe me a year of free shipping, mate, and a new one on top"],
        "en_in": ["Kindly provide free upgrade to premium model and waive all charges as goodwill"],
        "en_sarc": ["I shall expect a complimentary voucher of no less than 50,000 yen for the ordeal of reading your emails"],
    },
    "apology_demand": {
        "ja": ["土下座して謝れ", "社長名で謝罪文を書いて送ってこい", "手書きの詫び状を三日以内に出せ",
               "誠意ってもんを見せろ、頭を床につけて謝れ"],
        "ja_kansai": ["ちゃんと詫び状書いてもってこんかい"],
        "ja_hakata": ["詫び状ば書いてもらわんと話にならんけん"],
        "ja_tohoku": ["社長の名前で謝罪文さ書いて寄こせ"],
        "en": ["I want a written apology signed by your CEO, on letterhead",
               "Get down on your knees and apologise properly, dogeza style"],
        "en_in": ["Kindly send formal apology letter from your MD within 24 hours"],
        "en_sarc": ["I shall require a handwritten apology from your president, as I gather that is the custom"],
    },
    "in_person_demand": {
        "ja": ["今から家まで来て直接説明しろ", "明日うちに来い、話はそれからだ", "電話じゃ埒が明かん、責任者が直接会いに来い"],
        "ja_kansai": ["直接会わな納得でけへん、こっち来てや"],
        "ja_hakata": ["電話やなくて、うちまで来て説明しんしゃい"],
        "ja_tohoku": ["うちさ来て、面と向かって説明すろ"],
        "en": ["Send someone round to my place tomorrow morning", "I insist that your representative come to my office in person"],
        "en_au": ["Get someone out to my place this arvo, I'm not doing this over the phone"],
        "en_sarc": ["I trust a representative will call upon me at my residence, in person, at their earliest convenience - which is tomorrow"],
    },
    "violence_threat": {
        "ja": ["次会ったらただじゃおかないからな", "夜道には気をつけろよ", "殴りに行くぞ", "そっちの事務所、燃やしてやろうか"],
        "ja_kansai": ["しばいたろか、ほんま"],
        "ja_hakata": ["くらすぞ、きさん"],
        "ja_tohoku": ["ぶっ叩くど、おめえ"],
        "en": ["Watch your back", "I know where your office is and I'll come smash the place up",
               "Someone's going to get hurt if this isn't fixed"],
        "en_au": ["You'll cop a smack in the mouth, mate"],
    },
    "abusive_language": {
        "ja": ["お前みたいな無能、よく雇ってもらえたな", "バカかお前は", "役立たずが", "生きてる価値ないな、お前"],
        "ja_kansai": ["アホちゃうか、ほんまに頭悪いな"],
        "ja_hakata": ["ほんなごつ使えんやつやな、脳みそ入っとるとか"],
        "ja_tohoku": ["このほでなすが"],
        "en": ["you useless idiot", "are you thick or just pretending", "what a pathetic excuse for a human being"],
        "en_au": ["you absolute drongo"],
        "en_in": ["you are a stupid fellow, useless fellow"],
        "en_sarc": ["Your staff appear to share the collective intelligence of a house brick"],
    },
    "legal_threat": {
        "ja": ["訴えるからな", "損害賠償請求するぞ、覚悟しとけ", "消費者庁にチクってお前んとこ潰してやる"],
        "ja_kansai": ["出るとこ出たるわ"],
        "ja_hakata": ["弁護士立てて訴えちゃるけん"],
        "ja_tohoku": ["裁判さ持ち込むからな、覚悟すろ"],
        "en": ["My lawyer will be in touch and you'll be paying his fees", "I will sue your company for every yen you have"],
        "en_in": ["I will file case in consumer court and you will pay heavy damages, mind it"],
        "en_sarc": ["My solicitor will be delighted to make your acquaintance - expect a summons"],
    },
    "online_defamation_threat": {
        "ja": ["ネットに晒してやる", "お前の名前と今の会話、全部SNSに上げるからな", "口コミサイトに星1つけまくってやる"],
        "ja_kansai": ["レビューに星1ばっかつけたるわ、友達にも頼んだる"],
        "ja_hakata": ["YouTubeで動画にして拡散するけん"],
        "ja_tohoku": ["口コミさ全部書いて晒してやるからな"],
        "en": ["I'll plaster this all over Twitter", "I'll post the recording of this call online with your name on it"],
        "en_au": ["Gonna leave a one-star on every site I can find and get my mates to as well"],
        "en_sarc": ["I shall be publishing this correspondence, with names, on my blog, which has a considerable following"],
    },
    "sexual_harassment": {
        "ja": ["声かわいいね、彼氏いるの？", "今度二人で飲みに行こうよ", "どんな下着つけてるの"],
        "ja_kansai": ["ええ声しとるなあ、電話越しでもそそるわ"],
        "ja_hakata": ["声ばりかわいいね、今度デートしようや"],
        "ja_tohoku": ["めんこい声だな、今度二人で会うべ"],
        "en": ["you sound gorgeous, what are you wearing", "how about you and me get a drink after your shift, love"],
        "en_in": ["Are you single? Kindly share, you have very sweet voice"],
        "en_sarc": ["Perhaps we might discuss the matter over a candlelit dinner, just the two of us"],
    },
    "privacy_intrusion": {
        "ja": ["あんたの家どこ？", "個人のLINE教えてよ", "何時に仕事終わるの？出口で待ってるから",
               "この前駅で見かけたよ、あの線使ってるんだね"],
        "ja_kansai": ["自分、どこ住んでんの？教えてや"],
        "ja_hakata": ["写真撮らせてもらったけん、今度見せちゃる"],
        "ja_tohoku": ["おめえの携帯番号教えろ"],
        "en": ["What's your personal mobile number?", "What time do you finish? I'll wait outside",
               "I saw you at the station yesterday, blue jacket, right?"],
        "en_au": ["Which suburb do you live in, then?"],
        "en_in": ["Kindly share your residential address for sending gift"],
    },
    "staff_naming": {
        "ja": ["{n}を出せ", "{n}を辞めさせろ", "{n}以外とは話さない、{n}を呼べ"],
        "ja_kansai": ["{n}ってやつクビにしてや"],
        "ja_hakata": ["{n}ば出さんね"],
        "ja_tohoku": ["{n}ば電話さ出せ"],
        "en": ["Put {n} on the phone. Now.", "I want {n} sacked", "Only {n} - nobody else"],
        "en_sarc": ["I expect {n} to be relieved of their duties forthwith"],
    },
    "pressure_language": {
        "ja": ["今すぐ対応しろ", "こっちは仕事にならないんだよ", "致命的だぞこれは", "多大な損害が出てるんだ、一分一秒でも早くやれ"],
        "ja_kansai": ["はよせえや、今すぐや"],
        "ja_hakata": ["今すぐせんね、こっちは仕事にならんとよ"],
        "ja_tohoku": ["今すぐやれ、こっちは仕事さなんねえんだ"],
        "en": ["Do it NOW", "This is catastrophic for my business", "I'm losing thousands every minute you waste"],
        "en_au": ["Drop whatever you're doing and fix it right now, mate"],
        "en_in": ["Do it immediately, it is creating huge huge loss to my business"],
        "en_sarc": ["Kindly treat this as the catastrophe it self-evidently is, and act immediately"],
    },
}
# themed demand re-wordings for repetition (each variant carries the code)
REPEAT = {
    "excessive_demand": {
        "ja": ["使ったヘッドホンやけど全額返金と別に迷惑料払え", "前にも言ったよな、返金プラス迷惑料だって",
               "何回言わせるんだ、全額返金と慰謝料だ", "まだ迷惑料の件の返事がないぞ。全額と上乗せ分、両方だ",
               "返金だけじゃ足りないって言ってるだろ、迷惑料もつけろ", "いつになったら迷惑料込みで振り込むんだ",
               "同じこと何度言えばわかる？返金と別に補償金"],
        "en": ["I want the full refund on the headphones I've used AND compensation on top",
               "As I said before: refund plus compensation for my trouble",
               "How many times do I have to ask? Full refund and compensation",
               "Still no answer on the compensation. Refund AND the extra, both",
               "A refund alone won't cut it, I want compensation as well",
               "When exactly are you paying the refund plus compensation?",
               "Again: refund, and compensation on top. Not one or the other"],
    },
    "apology_demand": {
        "ja": ["社長の謝罪文を送れ", "謝罪文はまだか。社長の名前でだぞ", "いつまで待たせる、社長直筆の詫び状だ",
               "社長からの謝罪文が届いてないぞ", "謝罪文ひとつ書けないのか、社長に書かせろ",
               "何度も言うが社長名義の謝罪文を出せ", "まだ社長の詫び状が来ない、どうなってる"],
        "en": ["I want a written apology from your president", "Where is the president's apology letter?",
               "Still waiting on that signed apology from the top", "No apology letter yet. From the president, I said",
               "Is it so hard to get your president to write an apology?", "For the last time: a written apology, signed by the president",
               "The apology letter from your president has still not arrived"],
    },
    "staff_naming": {
        "ja": ["{n}を担当から外せ", "まだ{n}が担当してるのか、外せと言ったろ", "{n}を辞めさせろって何回言えば",
               "{n}を処分したかどうか報告しろ", "{n}の処分はまだか", "{n}を二度と電話に出すな、外せ",
               "{n}を担当から外したんだろうな"],
        "en": ["Take {n} off my case", "Is {n} still handling this? I told you to remove them",
               "How many times: get rid of {n}", "Has {n} been disciplined yet? Report back",
               "I'm still waiting to hear that {n} is gone", "Never put {n} on the line again. Remove them",
               "Confirm {n} has been taken off my account"],
    },
}
FLOOD_MSGS = {
    "ja": ["おい", "まだ？", "返事", "？？？", "早く", "見てる？", "おーい", "無視か", "まだかよ", "返事まだ？",
           "まだなん", "ねえ", "……", "聞いてる？", "遅い"],
    "en": ["hello??", "HELLO", "anyone?", "answer", "??", "still waiting", "still nothing?", "reply", "are you there",
           "...", "hello???", "hello hello", "answer me", "waiting"],
}
OFFHOURS_MSGS = {
    "ja": ["至急連絡ください。", "緊急です、折り返しお願いします。", "【至急】注文の件", "夜分ですが緊急なので対応をお願いします。",
           "至急！！見たらすぐ電話して", "休みとか関係ない、緊急なんだ。"],
    "en": ["URGENT - call me back tonight.", "Urgent!! Need an answer right away.", "ASAP please, it's an emergency.",
           "It's the weekend, I know. This is urgent anyway.", "[URGENT] my order"],
}
HARASS_FILLER = {
    "ja": ["だからさあ、さっきから言ってるよね。", "話にならない。", "注文番号？そんなの自分で調べろよ。",
           "お前らの説明はもう聞き飽きた。", "で、どうなの。"],
    "en": ["Look, I've already told you.", "This is going nowhere.", "Order number? Look it up yourself.",
           "I'm sick of your excuses.", "So what now?"],
}


# ---------------------------------------------------------------- model
class Cust:
    def __init__(self, cid, profile, variety):
        self.cid = cid
        self.profile = profile
        self.variety = variety
        self.lang = lang_of(variety)
        self.codes = []          # content codes used by a harasser
        self.stateful = []       # stateful codes assigned
        self.target = None       # agent id for staff naming


EVENTS = []
LABELS = {}
_used_ids = set()


def new_id(channel):
    pre = {"phone": "tel", "email": "mx", "chat": "lc", "web_form": "wf", "sns": "sn", "visit": "vs"}[channel]
    while True:
        h = "%016x" % rng.getrandbits(64)
        eid = "%s_%s-%s" % (pre, h[:6], h[6:])
        if eid not in _used_ids:
            _used_ids.add(eid)
            return eid


def pick(c, code_table):
    """Choose a phrase for customer c from a {variety/lang: [..]} table."""
    opts = list(code_table.get(c.lang, []))
    dial = code_table.get(c.variety, [])
    if dial and rng.random() < 0.6:
        opts = list(dial)
    return rng.choice(opts)


def frag(c, code):
    t = pick(c, H[code])
    if "{n}" in t:
        t = t.replace("{n}", agent_name(c.target, c.lang))
    return t


def agent_name(aid, lang):
    ja, kana, en = AGENT[aid]
    if lang == "ja":
        return rng.choice([ja, ja, kana, ja + "さん", ja + "って奴"]) if rng.random() < 0.9 else ja
    return rng.choice([en, en, "Ms " + en, en + "-san"])


def style_for(channel):
    if channel == "phone":
        return rng.choices(["jst", "z"], [0.85, 0.15])[0]
    if channel == "chat":
        return rng.choices(["bst", "jst", "z"], [0.6, 0.2, 0.2])[0]
    if channel == "email":
        return rng.choices(["z", "jst"], [0.7, 0.3])[0]
    return rng.choice(["z", "jst", "bst"])


SOURCES = {"phone": ["ivr-osaka2", "tel-gw-kanto"], "email": ["mailhub-01"], "chat": ["livechat-eu"],
           "web_form": ["formsvc"], "sns": ["social-inbox"], "visit": ["store-umeda"]}


def emit(c, channel, dt, text, codes=(), direction="inbound", agent=None, dur=None, subject=None, thread=None):
    eid = new_id(channel)
    lang = c.lang
    if rng.random() < 0.06:
        lang = None
    elif rng.random() < 0.03:
        lang = "en" if lang == "ja" else "ja"
    ev = {"event_id": eid, "occurred_at": fmt_ts(dt, style_for(channel)), "channel": channel,
          "direction": direction, "customer_id": c.cid, "agent_id": agent}
    if channel in ("phone", "visit"):
        ev["duration_s"] = dur
    elif rng.random() < 0.5:
        ev["duration_s"] = None
    if channel in ("email", "web_form") or rng.random() < 0.3:
        ev["subject"] = subject
    ev["text"] = text
    ev["language"] = lang
    if thread is not None or rng.random() < 0.5:
        ev["thread_id"] = thread
    ev["source"] = rng.choice(SOURCES[channel])
    EVENTS.append((dt, ev))
    LABELS[eid] = sorted(set(codes) & set(CONTENT))
    return eid


def tags(lang):
    if lang == "ja":
        return rng.choice([("お客様：", "オペレーター："), ("客> ", "OP> "), ("[顧客] ", "[担当] "),
                           ("お客様：", "担当："), ("", "")])
    return rng.choice([("Caller: ", "Agent: "), ("CUST - ", "REP - "), (">> customer: ", ">> agent: "),
                       ("Caller: ", "Op: "), ("", "")])


def filler(lang):
    if lang == "ja":
        return rng.choice(["", "", "えー、", "あのー、", "えっと、"])
    return rng.choice(["", "", "um, ", "uh, ", "so, "])


def phone_text(c, agent, cust_lines, long_loop=0):
    """cust_lines: list of strings. Returns transcript."""
    ct, at = tags(c.lang)
    al = AGENT_LINES[c.lang]
    nm = AGENT[agent][0] if c.lang == "ja" else AGENT[agent][2]
    out = []
    if at or rng.random() < 0.5:
        out.append(at + al[0].format(n=nm))
    for i, l in enumerate(cust_lines):
        out.append(ct + filler(c.lang) + l)
        if i < len(cust_lines) - 1 or rng.random() < 0.6:
            out.append(at + rng.choice(al[1:]))
    if not ct and rng.random() < 0.5:
        return " ".join(out)  # untagged run-on transcript
    return "\n".join(out)


def mail_text(c, body_lines, quote=True, dt=None):
    if c.lang == "ja":
        head = rng.choice(["お世話になっております。\n\n", "", "サポートご担当者様\n\n", "こんばんは。\n"])
        sep = "\n"
    else:
        head = rng.choice(["Hi,\n\n", "Hello team,\n\n", "To whom it may concern,\n\n", "", "Dear Sir/Madam,\n\n"])
        sep = " "
    body = head + sep.join(body_lines) + rng.choice(SIGS)
    if quote and rng.random() < 0.55:
        q = rng.choice(AGENT_REPLY_MAIL[c.lang]).split("\n")
        base = dt if dt is not None else datetime(2026, 7, 2, 12, 0, tzinfo=JST)
        when = (base.astimezone(JST) - timedelta(minutes=rng.randrange(90, 4000))).strftime("%Y/%m/%d %H:%M")
        hdr = ("%s support@shop.example wrote:" % when) if c.lang == "en" or rng.random() < 0.3 else \
              ("%s サポートセンター <support@shop.example>:" % when)
        body += "\n\n" + hdr + "\n" + "\n".join("> " + x for x in q)
    return body


def subj(c, kind):
    if c.lang == "ja":
        return {"q": rng.choice(["お問い合わせ", "注文について", "【質問】配送", None]),
                "c": rng.choice(["Re: 不具合の件", "Re: Re: 返金について", "再度のご連絡", "至急ご確認ください"]),
                "h": rng.choice(["Re: ふざけるな", "いい加減にしろ", "Re: 注文", "【要回答】"]),
                }[kind]
    return {"q": rng.choice(["Question", "Order enquiry", "Delivery", None]),
            "c": rng.choice(["Re: faulty item", "RE: RE: refund", "Follow-up", "Third email - still unresolved"]),
            "h": rng.choice(["Re: unacceptable", "Last warning", "RE: my order", "READ THIS"]),
            }[kind]


def contact(c, channel, dt, segments, kind="q", agent=None, dur=None, thread=None, quote=True):
    """segments: list of (text, code-or-None). Emits 1..n events; returns last dt."""
    agent = agent or rng.choice(AGENT_IDS)
    codes = [s[1] for s in segments if s[1]]
    texts = [s[0] for s in segments]
    if channel == "phone":
        d = dur if dur is not None else rng.randrange(90, 1500)
        emit(c, "phone", dt, phone_text(c, agent, texts), codes, agent=agent, dur=d)
        return dt + timedelta(seconds=d)
    if channel == "email":
        emit(c, "email", dt, mail_text(c, texts, quote, dt), codes, agent=rng.choice([None, agent]),
             subject=subj(c, kind), thread=thread or ("T-%05d" % rng.randrange(100000)))
        return dt
    if channel == "chat":
        th = thread or ("lc-%x" % rng.getrandbits(32))
        t = dt
        for s in segments:
            pieces = [s[0]] if s[1] else split_burst(s[0], c.lang)
            for j, p in enumerate(pieces):
                emit(c, "chat", t, p, [s[1]] if s[1] else [],
                     agent=agent, thread=th)
                t += timedelta(seconds=rng.randrange(3, 40))
        if rng.random() < 0.4:
            emit(c, "chat", t, rng.choice(THANKS.get(c.variety, THANKS[c.lang]) if kind == "q" else
                                          (["…", "もういい"] if c.lang == "ja" else ["whatever", "..."])),
                 [], agent=agent, thread=th)
        return t
    if channel == "visit":
        d = dur if dur is not None else rng.randrange(300, 1800)
        note = ("来店対応メモ：お客様「" + "」「".join(texts) + "」") if c.lang == "ja" else \
               ("Walk-in note: customer said \"" + "\" / \"".join(texts) + "\"")
        emit(c, "visit", dt, note, codes, agent=agent, dur=d)
        return dt + timedelta(seconds=d)
    emit(c, channel, dt, ("\n" if c.lang == "ja" else " ").join(texts), codes,
         agent=None, subject=("お問い合わせフォーム" if c.lang == "ja" else "Contact form") if channel == "web_form" else None)
    return dt


def split_burst(text, lang):
    """Split a message into short chat bursts, the way people type."""
    if lang == "ja":
        parts, cur = [], ""
        for ch in text:
            cur += ch
            if ch in "。！？、" and len(cur) > 4 and rng.random() < (0.9 if ch != "、" else 0.35):
                parts.append(cur.rstrip("。、"))
                cur = ""
        if cur:
            parts.append(cur)
    else:
        import re
        parts = [p for p in re.split(r"(?<=[.!?,-])\s+", text) if p]
        parts = [p.rstrip(".") if rng.random() < 0.5 else p for p in parts]
    return parts or [text]


def reply(c, dt, channel="email"):
    agent = rng.choice(AGENT_IDS)
    t = dt + timedelta(hours=rng.uniform(0.5, 20))
    if not is_open(t):
        t = open_dt(t.astimezone(JST).date() + timedelta(days=1)) if t.date() < Q_END else t
    t = clamp(t)
    txt = rng.choice(AGENT_REPLY_MAIL[c.lang])
    if channel == "phone":
        emit(c, "phone", t, phone_text(c, agent, []) if rng.random() < 0.5 else None, [], direction="outbound",
             agent=agent, dur=rng.randrange(40, 400))
    else:
        emit(c, "email", t, txt, [], direction="outbound", agent=agent, subject="Re: " + (subj(c, "q") or ("お問い合わせ" if c.lang == "ja" else "Your enquiry")),
             thread="T-%05d" % rng.randrange(100000))


def any_dt(p_off):
    return off_dt() if rng.random() < p_off else open_dt()


CH_W = (["phone", "email", "chat", "web_form", "sns", "visit"], [0.34, 0.28, 0.24, 0.07, 0.04, 0.03])


def chan():
    return rng.choices(*CH_W)[0]


# ---------------------------------------------------------------- populations
def make_customers():
    ids = set()
    custs = []
    profiles = ["normal"] * N_NORMAL + ["legit_complainer"] * N_LEGIT + ["harasser"] * N_HARASS
    rng.shuffle(profiles)
    for p in profiles:
        while True:
            cid = "KK%07d" % rng.randrange(10 ** 6, 10 ** 7)
            if cid not in ids:
                ids.add(cid)
                break
        if rng.random() < 0.62:
            v = rng.choices(VARIETIES_JA, [0.55, 0.17, 0.14, 0.14])[0]
        else:
            v = rng.choices(VARIETIES_EN, [0.4, 0.2, 0.2, 0.2])[0]
        custs.append(Cust(cid, p, v))
    return custs


def gen_normal(c, k):
    n = rng.choices([1, 2, 3, 4, 5, 6], [0.45, 0.27, 0.14, 0.08, 0.04, 0.02])[0]
    for _ in range(n):
        ch = chan()
        dt = any_dt(0.12 if ch in ("email", "chat", "web_form", "sns") else 0.02)
        if ch == "visit" and not is_open(dt):
            dt = open_dt()
        segs = [(rng.choice(BENIGN[c.variety]), None)]
        if ch == "chat" and rng.random() < 0.5:
            segs.append((rng.choice(BENIGN[c.variety]), None))
        contact(c, ch, dt, segs)
        if rng.random() < 0.25:
            reply(c, dt, rng.choice(["email", "phone"]))
    # benign patterns that a naive detector might flag
    if k % 40 == 0:   # politely asks the same delivery status three times over a week
        d0 = rng.randrange(NDAYS - 12)
        q = BENIGN[c.variety][0]
        for j in range(3):
            contact(c, rng.choice(["email", "chat", "phone"]), open_dt(day_at(d0 + j * 3)), [(q, None)])
    if k % 25 == 3:   # long but ordinary support call, just under an hour
        contact(c, "phone", open_dt(lo=9, hi=16), [(rng.choice(NORMAL_LONG_CALL[c.lang]), None),
                                                   (rng.choice(THANKS.get(c.variety, THANKS[c.lang])), None)],
                dur=rng.randrange(2900, 3590))
    if k % 14 == 5:   # chatty burst session
        segs = [(x, None) for x in rng.sample(BENIGN[c.variety], min(3, len(BENIGN[c.variety])))]
        contact(c, "chat", any_dt(0.3), segs)
    if k % 33 == 7:   # night-owl e-mailer, no urgency
        for _ in range(2):
            contact(c, "email", off_dt(), [(rng.choice(BENIGN[c.variety]), None)])


def gen_legit(c, k):
    L = LEGIT[c.lang]
    idx = rng.randrange(len(L["open"]))
    item = rng.choice(ITEMS_JA if c.lang == "ja" else ITEMS_EN)
    fill = lambda s: s.replace("{i}", item)
    n = rng.randrange(3, 8)
    d = rng.randrange(NDAYS - 30)
    dial = L.get(c.variety, [])
    for j in range(n):
        ch = rng.choices(["phone", "email", "chat", "web_form", "visit"], [0.4, 0.35, 0.15, 0.05, 0.05])[0]
        dt = open_dt(day_at(min(d, NDAYS - 1))) if rng.random() < 0.8 else off_dt(day_at(min(d, NDAYS - 1)))
        if ch in ("visit", "phone") and not is_open(dt):
            dt = open_dt(day_at(min(d, NDAYS - 1)))
        if j == 0:
            segs = [fill(L["open"][idx])]
        else:
            segs = [fill(rng.choice(L["again"]))]
            if j >= 1 and rng.random() < 0.7:
                segs.append(fill(rng.choice(L["angry"])))
            if j >= 2 and rng.random() < 0.6:
                segs.append(rng.choice(L["manager"]))
            if dial and rng.random() < 0.6:
                segs.insert(0, fill(rng.choice(dial)))
        dur = None
        if ch == "phone":
            dur = rng.randrange(2700, 3580) if (j >= 2 and rng.random() < 0.3) else rng.randrange(240, 1800)
        contact(c, ch, dt, [(s, None) for s in segs], kind="c", dur=dur, thread="T-L%04d" % k)
        if rng.random() < 0.6:
            reply(c, dt, rng.choice(["email", "phone"]))
        d += rng.randrange(1, 7)
    if rng.random() < 0.5:  # ordinary question at another time
        contact(c, chan(), open_dt(), [(rng.choice(BENIGN[c.variety]), None)])


def assign_harassers(hs):
    for i, c in enumerate(hs):
        a = CONTENT[i % 11]
        b = CONTENT[(i + 4) % 11]
        if b == a:
            b = CONTENT[(i + 5) % 11]
        c.codes = [a, b]
        if i % 4 == 0:
            extra = CONTENT[(i * 7 + 2) % 11]
            if extra not in c.codes:
                c.codes.append(extra)
        c.stateful = [STATEFUL[i % 4]]
        if i % 6 == 5:
            c.stateful.append(STATEFUL[(i + 1) % 4])
        c.target = AGENT_IDS[rng.randrange(len(AGENT_IDS))]


def harass_segments(c, k_codes, n_filler=1):
    segs = [(frag(c, code), code) for code in k_codes]
    for _ in range(n_filler):
        segs.insert(rng.randrange(len(segs) + 1), (rng.choice(HARASS_FILLER[c.lang]), None))
    return segs


def gen_harasser(c, k):
    # a few ordinary contacts
    for _ in range(rng.randrange(1, 4)):
        contact(c, chan(), open_dt(), [(rng.choice(BENIGN[c.variety]), None)])
    # harassing contacts (content)
    for _ in range(rng.randrange(4, 9)):
        ch = rng.choices(["phone", "email", "chat", "web_form", "sns", "visit"], [0.4, 0.25, 0.2, 0.05, 0.05, 0.05])[0]
        use = rng.sample(c.codes, rng.randrange(1, min(3, len(c.codes)) + 1))
        segs = harass_segments(c, use, rng.randrange(0, 3))
        dt = open_dt() if "off_hours_contact" not in c.stateful or rng.random() < 0.4 else off_dt()
        if ch in ("visit",):
            dt = open_dt()
        contact(c, ch, dt, segs, kind="h", dur=rng.randrange(300, 2400) if ch == "phone" else None)
        if rng.random() < 0.3:
            reply(c, dt)
    # one angry-but-clean contact (no code)
    contact(c, rng.choice(["phone", "email"]), open_dt(),
            [(rng.choice(HARASS_FILLER[c.lang]), None), (rng.choice(HARASS_FILLER[c.lang]), None)], kind="h")

    for st in c.stateful:
        if st == "repetition":
            theme = next((x for x in c.codes if x in REPEAT), "excessive_demand")
            variants = REPEAT[theme][c.lang][:]
            rng.shuffle(variants)
            n = rng.randrange(4, 8)
            d = rng.randrange(NDAYS - 16)
            for j in range(n):
                t = variants[j % len(variants)]
                if "{n}" in t:
                    t = t.replace("{n}", agent_name(c.target, c.lang))
                segs = [(t, theme)]
                if rng.random() < 0.4:
                    segs.append((rng.choice(HARASS_FILLER[c.lang]), None))
                ch = rng.choice(["phone", "email", "chat", "web_form"])
                contact(c, ch, open_dt(day_at(min(d, NDAYS - 1))), segs, kind="h", thread="T-R%04d" % k)
                d += rng.randrange(1, 4)
        elif st == "off_hours_contact":
            for _ in range(rng.randrange(6, 11)):
                segs = [(rng.choice(OFFHOURS_MSGS[c.lang]), None)]
                if rng.random() < 0.35:
                    code = rng.choice(c.codes)
                    segs.append((frag(c, code), code))
                else:
                    segs.append((rng.choice(BENIGN[c.variety]), None))
                ch = rng.choice(["phone", "email", "chat", "sns", "web_form"])
                contact(c, ch, off_dt(), segs, kind="h", dur=rng.randrange(30, 600) if ch == "phone" else None)
        elif st == "contact_flood":
            for _ in range(rng.randrange(1, 3)):
                t0 = open_dt(lo=9, hi=17)
                if rng.random() < 0.6:
                    th = "lc-%x" % rng.getrandbits(32)
                    agent = rng.choice(AGENT_IDS)
                    t = t0
                    for m in range(rng.randrange(22, 40)):
                        if rng.random() < 0.08:
                            code = rng.choice(c.codes)
                            emit(c, "chat", t, frag(c, code), [code], agent=agent, thread=th)
                        else:
                            emit(c, "chat", t, rng.choice(FLOOD_MSGS[c.lang]), [], agent=agent, thread=th)
                        t += timedelta(seconds=rng.randrange(4, 30))
                else:
                    t = t0
                    for m in range(rng.randrange(10, 17)):
                        agent = rng.choice(AGENT_IDS)
                        d = rng.randrange(4, 90)
                        txt = None if rng.random() < 0.5 else phone_text(c, agent, [rng.choice(FLOOD_MSGS[c.lang])])
                        emit(c, "phone", t, txt, [], agent=agent, dur=d)
                        t += timedelta(seconds=d + rng.randrange(20, 240))
        elif st == "prolonged_contact":
            for _ in range(rng.randrange(2, 5)):
                agent = rng.choice(AGENT_IDS)
                t0 = open_dt(lo=9, hi=13)
                lines, codes = [], []
                for r in range(rng.randrange(5, 10)):
                    if rng.random() < 0.4:
                        code = rng.choice(c.codes)
                        lines.append(frag(c, code))
                        codes.append(code)
                    else:
                        lines.append(rng.choice(HARASS_FILLER[c.lang]))
                d = rng.randrange(3700, 9000)
                emit(c, "phone", t0, phone_text(c, agent, lines), codes, agent=agent, dur=d)
                if rng.random() < 0.5:  # calls back the same day
                    t1 = t0 + timedelta(seconds=d + rng.randrange(600, 3000))
                    d2 = rng.randrange(1800, 4000)
                    emit(c, "phone", t1, phone_text(c, agent, [rng.choice(HARASS_FILLER[c.lang])] * 2), [],
                         agent=agent, dur=d2)


# ---------------------------------------------------------------- main
def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    custs = make_customers()
    harassers = [c for c in custs if c.profile == "harasser"]
    assign_harassers(harassers)
    kn = kl = kh = 0
    for c in custs:
        if c.profile == "normal":
            gen_normal(c, kn); kn += 1
        elif c.profile == "legit_complainer":
            gen_legit(c, kl); kl += 1
        else:
            gen_harasser(c, kh); kh += 1

    # a few exact redeliveries (same event_id, same payload) - dedup must absorb them
    normals = [ev for dt, ev in EVENTS if LABELS[ev["event_id"]] == [] and ev["direction"] == "inbound"
               and ev["channel"] in ("email", "web_form")]
    dups = rng.sample(normals, 6)
    byid = {ev["event_id"]: dt for dt, ev in EVENTS}
    for ev in dups:
        EVENTS.append((byid[ev["event_id"]] + timedelta(microseconds=1), dict(ev)))

    EVENTS.sort(key=lambda x: (x[0], x[1]["event_id"]))
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8") as f:
        for dt, ev in EVENTS:
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")

    # customer labels: content codes actually present + stateful behaviour assigned
    per_c = {}
    for dt, ev in EVENTS:
        per_c.setdefault(ev["customer_id"], set()).update(LABELS[ev["event_id"]])
    customers = {}
    for c in sorted(custs, key=lambda x: x.cid):
        beh = set(per_c.get(c.cid, set())) | set(c.stateful) if c.profile == "harasser" else set()
        assert c.profile == "harasser" or not per_c.get(c.cid)
        customers[c.cid] = {"profile": c.profile, "behaviors": sorted(beh)}

    cpc = {code: sum(1 for v in customers.values() if code in v["behaviors"]) for code in CONTENT + STATEFUL}
    epc = {code: sum(1 for v in LABELS.values() if code in v) for code in CONTENT}
    meta = {"seed": SEED, "generator": "other_style2", "customers": len(custs),
            "start": str(Q_START), "end": str(Q_END),
            "counts": {"events": len(EVENTS), "unique_event_ids": len(LABELS),
                       "duplicate_deliveries": len(dups),
                       "events_with_content_label": sum(1 for v in LABELS.values() if v),
                       "profiles": {p: sum(1 for c in custs if c.profile == p)
                                    for p in ("normal", "legit_complainer", "harasser")},
                       "customers_per_code": cpc, "events_per_content_code": epc},
            "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                         "closed_days_in_range": sorted(str(d) for d in HOLIDAYS)},
            "agents": {a: {"ja": v[0], "kana": v[1], "en": v[2]} for a, v in AGENT.items()}}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": LABELS, "customers": customers, "meta": meta}, f, ensure_ascii=False,
                  separators=(",", ":"))
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    main()
