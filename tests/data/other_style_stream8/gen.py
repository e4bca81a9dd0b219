#!/usr/bin/env python3
"""Blind synthetic contact-event stream #8 (2027 Q1) for a customer-harassment detector.

Standard library only, deterministic (random.Random(8282)).
Usage: python3 gen.py OUTDIR   -> OUTDIR/events.jsonl, OUTDIR/labels.json
"""
import sys, os, json, random
from datetime import datetime, timedelta, timezone, date

SEED = 8282
rng = random.Random(SEED)
JST = timezone(timedelta(hours=9))
START = date(2027, 1, 1)
END = date(2027, 3, 31)

CODES = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
         "abusive_language", "legal_threat", "online_defamation_threat", "sexual_harassment",
         "privacy_intrusion", "staff_naming", "pressure_language",
         "repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
CONTENT = CODES[:11]
STATEFUL = CODES[11:]
AB = {"ED": "excessive_demand", "AD": "apology_demand", "IP": "in_person_demand",
      "VT": "violence_threat", "AL": "abusive_language", "LT": "legal_threat",
      "OD": "online_defamation_threat", "SH": "sexual_harassment", "PI": "privacy_intrusion",
      "SN": "staff_naming", "PL": "pressure_language"}

# ---------------------------------------------------------------- calendar
# Contract §2: Mon-Fri 09:00-18:00 Asia/Tokyo, closed on national holidays and 12-29..01-03.
HOLIDAYS = {
    date(2027, 1, 1): "元日",
    date(2027, 1, 11): "成人の日",
    date(2027, 2, 11): "建国記念の日",
    date(2027, 2, 23): "天皇誕生日",
    date(2027, 3, 21): "春分の日",
    date(2027, 3, 22): "振替休日(春分の日)",
}
YEAR_END = {date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)}
CLOSED = set(HOLIDAYS) | YEAR_END
# 2027-03-22 (substitute holiday) and 03-20 (Saturday; the brief's example date) are
# avoided entirely so that a calendar disagreement cannot change any stateful truth.
AVOID_DAYS = {date(2027, 3, 20), date(2027, 3, 21), date(2027, 3, 22)}
ALL_DAYS = [START + timedelta(days=i) for i in range((END - START).days + 1)]


def is_business_day(d):
    return d.weekday() < 5 and d not in CLOSED


BUSINESS_DAYS = [d for d in ALL_DAYS if is_business_day(d) and d not in AVOID_DAYS]
NONBUS_DAYS = [d for d in ALL_DAYS if not is_business_day(d) and d not in AVOID_DAYS]


def in_hours(dt):
    dt = dt.astimezone(JST)
    return is_business_day(dt.date()) and 9 * 3600 <= dt.hour * 3600 + dt.minute * 60 + dt.second < 18 * 3600


def at(d, h, m, s=0):
    return datetime(d.year, d.month, d.day, h, m, s, tzinfo=JST)


def biz_time(d, latest=17 * 60 + 20):
    mins = rng.randint(9 * 60 + 5, latest)
    return at(d, mins // 60, mins % 60, rng.randint(0, 59))


def off_time(d):
    """a clearly out-of-hours time on day d"""
    if is_business_day(d):
        choice = rng.random()
        if choice < 0.5:
            mins = rng.randint(21 * 60, 23 * 60 + 50)
        elif choice < 0.8:
            mins = rng.randint(0, 4 * 60 + 30)
        else:
            mins = rng.randint(19 * 60, 20 * 60 + 50)
    else:
        mins = rng.randint(8 * 60, 23 * 60)
    return at(d, mins // 60, mins % 60, rng.randint(0, 59))

# ---------------------------------------------------------------- agents
AGENTS = {}
_AG = [("大野", "オオノ", "Ono"), ("菅原", "スガワラ", "Sugawara"), ("武田", "タケダ", "Takeda"),
       ("上野", "ウエノ", "Ueno"), ("杉山", "スギヤマ", "Sugiyama"), ("千葉", "チバ", "Chiba"),
       ("松尾", "マツオ", "Matsuo"), ("野口", "ノグチ", "Noguchi"), ("桑原", "クワバラ", "Kuwabara"),
       ("本田", "ホンダ", "Honda"), ("小野寺", "オノデラ", "Onodera"), ("久保", "クボ", "Kubo"),
       ("新井", "アライ", "Arai"), ("平野", "ヒラノ", "Hirano"), ("宮崎", "ミヤザキ", "Miyazaki"),
       ("川口", "カワグチ", "Kawaguchi"), ("堀", "ホリ", "Hori"), ("市川", "イチカワ", "Ichikawa"),
       ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"), ("荒木", "アラキ", "Araki"),
       ("望月", "モチヅキ", "Mochizuki"), ("大塚", "オオツカ", "Otsuka"), ("安藤", "アンドウ", "Ando"),
       ("北村", "キタムラ", "Kitamura"), ("秋山", "アキヤマ", "Akiyama"), ("星野", "ホシノ", "Hoshino"),
       ("浅野", "アサノ", "Asano"), ("須藤", "スドウ", "Sudo"), ("関", "セキ", "Seki")]
for i, (ja, kana, en) in enumerate(_AG):
    AGENTS["agt-%03d" % (801 + i)] = {"ja": ja, "kana": kana, "en": en}
AGENT_IDS = sorted(AGENTS)
AGENT_BY_JA = {v["ja"]: k for k, v in AGENTS.items()}

# ---------------------------------------------------------------- businesses
BUSINESSES = {
    "denryoku": {"ja": "電力会社", "en": "electric utility", "pbx": "pbx-denki-sendai", "mail": "mail-denki", "chat": "chat-denki", "form": "form-denki"},
    "hikkoshi": {"ja": "引越し業者", "en": "removals", "pbx": "pbx-hikkoshi", "mail": "mail-hikkoshi", "chat": "chat-hikkoshi", "form": "form-hikkoshi"},
    "hoikuen": {"ja": "保育園", "en": "nursery", "pbx": "pbx-hoiku", "mail": "mail-hoiku", "chat": "line-hoiku", "form": "form-hoiku"},
    "ryokou": {"ja": "旅行代理店", "en": "travel agency", "pbx": "pbx-travel-osaka", "mail": "zendesk-travel", "chat": "chat-travel", "form": "form-travel"},
    "kankon": {"ja": "冠婚葬祭", "en": "ceremonies", "pbx": "pbx-ceremony", "mail": "mail-ceremony", "chat": "chat-ceremony", "form": "form-ceremony"},
    "kaden": {"ja": "家電量販店", "en": "electronics retailer", "pbx": "pbx-kaden", "mail": "zendesk-kaden", "chat": "chat-kaden", "form": "form-kaden"},
    "ginko": {"ja": "銀行", "en": "bank", "pbx": "pbx-bank-cc", "mail": "mail-bank", "chat": "chat-bank", "form": "form-bank"},
    "pet": {"ja": "ペットサロン", "en": "pet salon", "pbx": "pbx-pet", "mail": "mail-pet", "chat": "line-pet", "form": "form-pet"},
    "jidosha": {"ja": "自動車保険", "en": "car insurance", "pbx": "pbx-sonpo", "mail": "mail-sonpo", "chat": "chat-sonpo", "form": "form-sonpo"},
}
BIZ_KEYS = list(BUSINESSES)


# ---------------------------------------------------------------- harassers
def E(channel, codes, lines, slot="biz", dur=None, subject=None):
    return {"channel": channel, "codes": [AB[c] for c in codes], "lines": lines, "slot": slot,
            "dur": dur, "subject": subject}


def H(key, lang, style, biz, stateful, events, labels=None, raw_email=False):
    return {"key": key, "lang": lang, "style": style, "biz": biz, "stateful": set(stateful),
            "events": events, "labels": labels, "raw_email": raw_email}


LONG = "long"  # duration marker for prolonged contacts

HARASSERS = [
    # ---------------- Japanese ----------------
    H("J01", "ja", "名古屋弁", "hikkoshi", {"repetition"}, [
        E("phone", ["ED"], ["ほんだで言っとるがね、箪笥の角がちょこっと擦れただけでも、婚礼箪笥一式まるごと新品にしてもらわなかんわ。保険の上限とか知らんがや。"]),
        E("phone", ["ED"], ["昨日も言ったけどよ、新品の箪笥一式、いつ持ってきてくれるの。修理じゃあかんて。"], slot="rep"),
        E("phone", ["ED"], ["何べん電話させるんだて。修理の話はええで、新品一式の弁償、はよ決めやあ。"], slot="rep"),
        E("web_form", ["ED"], ["また書いたったわ。婚礼箪笥は一式で新品、これ以外は受け付けんでね。"], slot="rep", subject="見積・補償について"),
        E("phone", ["ED"], ["今朝も言うけど、箪笥は新品一式で弁償。上の人にもそう伝えといてちょう。"], slot="rep"),
        E("email", ["ED"], ["ほんで箪笥一式の件どうなったの。新品で、って何回も言っとるがね。"], slot="rep"),
        E("phone", ["ED"], ["あんたらどんだけ同じこと言わせるの。箪笥一式新品、それだけだて。"], slot="rep"),
        E("phone", ["PL"], ["こっちは引越しの片付けで仕事にならんのだわ、あんたらのせいでえらい損害出とるでよ。"]),
        E("chat", [], ["ほんで、段ボールの回収って何日に来てもらえるの？"]),
    ]),
    H("J02", "ja", "広島弁", "jidosha", set(), [
        E("phone", ["VT"], ["のう、事故の査定があれじゃあ納得いかんけえ。", "あんた、夜道は気ぃつけえよ。わしゃ声覚えとるけえの。"]),
        E("phone", ["AL"], ["査定しとる奴ら、頭ん中に何が詰まっとるんじゃ。紙切れ読むだけの能無しが。"]),
        E("email", ["VT"], ["今度その事務所に行ったら、窓ガラスが無事で済むかどうか分からんで。"]),
        E("phone", ["AL"], ["電話に出たあの若いのは人間のクズじゃのう。親の顔が見てみたいわ。"]),
        E("phone", [], ["車両入替の手続きはどの書類がいるんかの？"]),
    ]),
    H("J03", "ja", "博多弁", "kaden", set(), [
        E("phone", ["SH"], ["こないだ店におった髪の長か店員さん、声のかわいかねえ。今度二人で飲みに行こうや、そう伝えとって。"]),
        E("chat", ["PI"], ["あの子、何時にあがると？裏口から出るとやろ、待っとくけん。"]),
        E("phone", ["PI"], ["あの子の電話番号教えてくれたら、洗濯機の相談も個人的にするけんさ。LINEでもよかよ。"]),
        E("visit", ["SH"], ["あの制服のスカート、もうちょっと短かったら売上上がるっちゃない？"]),
        E("sns", ["PI"], ["昨日、あの子が駅の方に歩いて行きよったのを見たばい。どこに住んどると？"]),
        E("chat", [], ["ドラム式の乾燥フィルターって別売りで買えると？"]),
    ]),
    H("J04", "ja", "東北方言", "denryoku", {"off_hours_contact"}, [
        E("phone", ["ED"], ["夜分にすまねえげんど至急だ。停電したのはおめだちのせいだべ、冷凍庫の肉全部、時価で払ってけろ。"], slot="off"),
        E("email", ["ED"], ["んだがら、うちだげ電気代一年分ただにしてけねが。そうでねえば納得しねえ。"], slot="off"),
        E("web_form", [], ["まだ返事ねえのが。至急って言ったべ。"], slot="off", subject="停電の件（至急）"),
        E("phone", ["LT"], ["出るとこさ出てもいいんだど。経産省さも全部しゃべってやっからな。"], slot="off"),
        E("email", ["LT"], ["緊急だ。弁護士頼んで損害賠償請求すっから、覚悟しとげ。"], slot="off"),
        E("web_form", [], ["夜中でも誰が出ねえのが。至急、折り返し電話くなんしぇ。"], slot="off", subject="緊急"),
        E("phone", [], ["引っ越すんで、電気の停止の手続きさ教えてけろ。"]),
    ]),
    H("J05", "ja", "京都の婉曲表現", "kankon", set(), [
        E("email", ["ED"], ["先日の披露宴、ほんまにええ勉強させてもらいましたわ。ああいう段取りでもお代はしっかり取らはるんやねえ。ほな、お式の費用はそっくりお返しいただくのが筋どすやろ。"]),
        E("phone", ["AD"], ["そちらの支配人さんが、菓子折り持ってうちの玄関先まで頭下げに来はるのが、まあ普通のお作法やと思いますけど。"]),
        E("email", ["AD"], ["お詫びのお手紙、巻紙で一筆いただけたら、それで水に流すかどうか考えさせてもらいますえ。"]),
        E("email", ["OD"], ["わたしも最近ブログいうもん始めましたんえ。あの日のお写真と一緒に、お宅さんのお名前もあんじょう書かせてもらおかしら。"]),
        E("phone", [], ["来月の法事の仕出し、二十名分でお願いできますやろか。"]),
    ]),
    H("J06", "ja", "過剰敬語", "ginko", {"repetition"}, [
        E("email", ["SN"], ["誠に恐れ入りますが、先日ご対応賜りました窓口の松尾様を、今後わたくしの担当から外していただきますよう、伏してお願い申し上げます。"], slot="rep"),
        E("phone", ["SN"], ["重ね重ね恐縮でございますが、松尾様をわたくしの担当からお外しいただく件、いかがなりましたでしょうか。"], slot="rep"),
        E("email", ["SN"], ["昨日に続き失礼いたします。松尾様のご担当替え、本日中にご確約を賜れますと幸甚に存じます。"], slot="rep"),
        E("web_form", ["SN"], ["度々恐れ入ります。松尾様を担当から外していただくまで、わたくしは何度でもご連絡差し上げる所存でございます。"], slot="rep", subject="担当者変更のお願い"),
        E("phone", ["SN"], ["大変申し上げにくいのですが、松尾様の件、四度目のお願いとなります。ご担当から外していただけますでしょうか。"], slot="rep"),
        E("email", ["SN"], ["繰り返しのご連絡、ご容赦くださいませ。松尾様をわたくしの口座のご担当から外す件、いまだご回答を頂戴しておりません。"], slot="rep"),
        E("email", ["AD"], ["なお、支店長様のお名前で、直筆のお詫び状を頂戴いたしたく存じます。"]),
        E("phone", ["PL"], ["大変僭越ながら、本件でわたくしの会社は多大な損害を被っておりまして、本日中のご対応以外は到底お受けいたしかねます。"]),
        E("phone", [], ["恐れ入りますが、定期預金の満期日をお教えいただけますでしょうか。"]),
    ]),
    H("J07", "ja", "ギャル語", "pet", set(), [
        E("chat", [], ["てかトリミングまじありえんくない？うちのマロンの耳ガタガタなんだけど。"]),
        E("chat", ["AL"], ["あのトリマー、センスなさすぎて草。犬触る資格ないっしょ、ゴミじゃん。"]),
        E("sns", ["OD"], ["インスタのフォロワー2万いるし、ビフォーアフター晒してストーリーで拡散しよっかなー。"]),
        E("chat", ["OD"], ["TikTokで店名入りで動画あげたらバズり確定なんだけど、それでいい感じ？"]),
        E("phone", ["AL"], ["受付の人も頭ゆるすぎ、話通じなくてマジ猿かと思った。"]),
        E("chat", [], ["次の予約って土曜の午前いけます？シャンプーだけで〜"]),
    ]),
    H("J08", "ja", "高齢者の手紙文", "hoikuen", set(), [
        E("email", ["IP"], ["拝啓　厳寒の候、貴園ますますご清栄のこととお慶び申し上げます。", "さて孫の件につき、園長先生ご自身が拙宅までお越しくださり、直接ご説明なさるのが本来の筋と存じます。"]),
        E("email", ["IP"], ["前略　つきましては、担任の先生と園長先生お揃いで、来週中に拙宅へお運びくださいますよう、重ねてお願い申し上げます。"]),
        E("web_form", ["AD"], ["先日の件については、職員一同の署名入りの詫び状をご提出いただきたく存じます。　敬具"], subject="ご意見"),
        E("email", ["ED"], ["孫の組だけ特別に延長保育料を免除していただくのが、長年のお付き合いからして当然ではございませんか。"]),
        E("email", [], ["追伸　節分の豆まきには祖父母も参観できますでしょうか。"]),
    ], raw_email=True),
    H("J09", "ja", "句読点なしの書き起こし", "ryokou", {"prolonged_contact"}, [
        E("phone", ["PL"], ["もしもし聞いてるオーシャンビューって書いてあったよねパンフに書いてあったよね", "今すぐここで決めろよ今すぐ"], dur=LONG),
        E("phone", ["ED"], ["旅行代金全額と慰謝料で五十万払えばそれで終わりにしてやるよ"], dur=LONG),
        E("phone", ["VT"], ["あんたの会社燃やしてやってもいいんだよこっちは失うもんないんだから"], dur=LONG),
        E("phone", ["PL"], ["今日中に返事しろこっちは一日つぶれて仕事にならないんだよ"]),
        E("phone", [], ["あとパスポートの残り期間って半年いるんだっけ"]),
    ]),
    H("J10", "ja", "ひらがな多用", "kaden", {"contact_flood"}, [
        E("chat", [], ["れいぞうこ まだ なおってない"], slot="burst"),
        E("chat", [], ["きょう くるって いったよね"], slot="burst"),
        E("chat", [], ["なんじに くるの"], slot="burst"),
        E("chat", [], ["へんじ して"], slot="burst"),
        E("chat", ["IP"], ["いますぐ うちに しゅうりのひと よこして"], slot="burst"),
        E("chat", ["VT"], ["こないなら みせに いって あばれるよ"], slot="burst"),
        E("chat", [], ["まってるの"], slot="burst"),
        E("chat", [], ["おーい"], slot="burst"),
        E("chat", [], ["だれか いないの"], slot="burst"),
        E("chat", [], ["ちゃんと よんでる？"], slot="burst"),
        E("phone", ["AD"], ["てんちょうが うちまで あやまりに こい"]),
        E("web_form", ["VT"], ["つぎ こなかったら なにするか わからないよ"], subject="しゅうり"),
        E("chat", [], ["ぽいんとかーど の ばんごう わすれた"]),
    ]),
    H("J11", "ja", "絵文字チャット", "ryokou", {"off_hours_contact"}, [
        E("chat", ["SN"], ["添乗員の星野さんめっちゃタイプ😍💕 次のツアーも星野さん指名で💯 他の人ならキャンセルするから🙅‍♂️"], slot="off"),
        E("chat", ["PI"], ["星野さんのLINE教えて🙏🙏 プライベートで旅行相談したいな😏"], slot="off"),
        E("chat", ["SH"], ["夜、ホテルの部屋に来てくれたらチップはずむよ😘🛏️"], slot="off"),
        E("sns", ["PI"], ["星野さんのインスタ見つけたかも👀 最寄り駅あそこでしょ？🚃 今度待ってよっかな"], slot="off"),
        E("chat", ["SH"], ["星野さんの水着写真とか送ってくれたら口コミ★5つけるよ📸🔥"], slot="off"),
        E("chat", [], ["急ぎ🙏 来週の便の座席ってまだ変えられる？✈️"], slot="off"),
        E("chat", [], ["ツアー代金ってカード分割できます？💳"]),
    ]),
    H("J12", "ja", "標準語・直接的", "ginko", {"prolonged_contact"}, [
        E("visit", ["AL"], ["お前ら銀行員なんて人の金数えてるだけの寄生虫だろうが。"], dur=LONG),
        E("visit", ["VT"], ["次また窓口で待たせたら、そのカウンター乗り越えて胸ぐらつかむからな。"], dur=LONG),
        E("phone", ["AL"], ["使えねえ。お前みたいなのがいるから日本が駄目になるんだよ。"]),
        E("phone", [], ["通帳の繰越ってATMでできます？"]),
    ]),
    H("J13", "ja", "過剰敬語", "jidosha", set(), [
        E("email", ["LT"], ["恐れながら申し上げますが、本件、金融庁さまへご報告申し上げる準備を整えてございます。"]),
        E("email", ["LT"], ["ご回答次第では、顧問の先生とご相談のうえ、しかるべき場にて損害賠償を求めさせていただく所存にございます。"]),
        E("phone", ["ED"], ["休車補償につきましても、約款上の日数ではなく、わたくしが車を使えなかった三か月分全額をお支払いいただけますものと拝察いたします。"]),
        E("phone", [], ["恐縮ですが、ロードサービスの電話番号をお教えいただけますか。"]),
    ]),
    H("J14", "ja", "広島弁", "hoikuen", set(), [
        E("phone", ["PI"], ["保育士の関さんはどこに住んどるんね。送り迎えのついでに寄ったるけえ。"]),
        E("phone", ["SN"], ["関さんを担任から外しんさい。あの人じゃ話にならんけえ。"]),
        E("chat", ["PI"], ["関さん、休みの日は何しよるん？土曜にショッピングモールで見かけたで。写真も撮ったけえ。"]),
        E("visit", ["SN"], ["明日の朝、関さんを玄関に立たせときんさい。他の先生じゃいけん、関さんじゃ。"]),
        E("chat", [], ["お昼寝布団の持ち帰りは金曜でええんかね？"]),
    ]),
    H("J15", "ja", "博多弁", "kankon", {"contact_flood"}, [
        E("phone", [], ["もしもし、まだ担当おらんと？"], slot="burst"),
        E("phone", [], ["またかけたばい。誰か出らんね。"], slot="burst"),
        E("phone", [], ["さっきの人どこ行ったと？"], slot="burst"),
        E("phone", [], ["保留長すぎやろ。"], slot="burst"),
        E("phone", ["VT"], ["親父の葬式であげな段取りされて、ただで済むと思うとらんやろうね。夜道は一人で歩かんほうがよかよ。"], slot="burst"),
        E("phone", [], ["もしもし？切れたっちゃけど。"], slot="burst"),
        E("phone", [], ["折り返しまだね？"], slot="burst"),
        E("phone", [], ["もう一回かけ直すけん。"], slot="burst"),
        E("phone", [], ["…また留守電たい。"], slot="burst"),
        E("phone", ["AD"], ["社長がうちに来て、仏壇の前で土下座して謝れ。"]),
        E("email", ["VT"], ["あんたんとこの会館、火の元には気をつけとき。何があってもおかしくなかけんね。"]),
        E("email", [], ["四十九日の返礼品のカタログ、送ってもらえますか。"]),
    ]),
    H("J16", "ja", "東北方言", "hikkoshi", set(), [
        E("phone", ["SH"], ["あの引越しのねえちゃん、いい尻してたなや。また来てけろって言っといで。"]),
        E("phone", ["SH"], ["見積もりさ来る女の人、泊まってってもいいんだど。布団はあるがら。"]),
        E("phone", ["SH"], ["おめえ電話の声色っぺえな、何色の下着つけでんだ。"]),
        E("phone", [], ["エアコンの取り外しもお願いできっぺか。"]),
    ]),
    H("J17", "ja", "ギャル語", "denryoku", {"repetition"}, [
        E("chat", ["ED"], ["電気代先月2万とかマジ意味不なんだけど。うちだけ基本料ずっとゼロにしてくんない？"], slot="rep"),
        E("chat", ["ED"], ["基本料ゼロにしてって昨日も言ったよね？まだ？"], slot="rep"),
        E("chat", ["ED"], ["ねーねー基本料タダの件、通った？通してよ〜"], slot="rep"),
        E("sns", ["ED"], ["何回言わす？基本料0円！うちだけでいいから！"], slot="rep"),
        E("chat", ["ED"], ["また来たよ〜基本料ゼロ、今日こそOKって言って"], slot="rep"),
        E("chat", ["ED"], ["基本料金なしにしてくれるまで毎日言うからね"], slot="rep"),
        E("chat", ["ED"], ["ポイントもついでに10万ポイントくらいつけといてよ、迷惑料ってことで。"]),
        E("phone", ["PL"], ["ちょ、今すぐなんとかしてって言ってんじゃん！こっち生活終わってんの、マジ死活問題だから！"]),
        E("chat", ["PL"], ["3分以内に折り返しなかったらマジ許さんから。"]),
        E("chat", [], ["引越し先でも同じプラン使えるー？"]),
    ]),
    H("J18", "ja", "京都の婉曲表現", "kaden", set(), [
        E("phone", ["AL"], ["まあ、こちらの店員さんは、お勉強の方はあんまりお得意やないんやろねえ。冷蔵庫の扉の向きもお分かりにならへんのやから。"]),
        E("visit", ["AL"], ["お宅さんみたいなお方でも勤まるお仕事があるて、ほんまにええ世の中になりましたなあ。"]),
        E("phone", ["IP"], ["設置の不具合、電話で済まさはるおつもり？店長さんがうちまで見に来はるのが当たり前ちゃいますのん。"]),
        E("phone", [], ["延長保証の書類、どこにしまったか忘れてしもて。再発行できますやろか。"]),
    ]),
    H("J19", "ja", "高齢者の手紙文", "denryoku", set(), [
        E("email", ["OD"], ["前略　貴社の度重なる不手際につき、地元新聞の投書欄ならびに孫に頼んでインターネットの掲示板へ、事の次第を実名入りで投稿する所存です。"]),
        E("email", ["OD"], ["応対された係の方のお名前も併せて公表いたしますので、その旨ご承知おきください。"]),
        E("email", ["LT"], ["なお、本件は消費者庁および経済産業省に書面で申し立てる用意がございます。穏便に済ませたければ、誠意あるご回答を。　草々"]),
        E("email", [], ["拝啓　口座振替の用紙を一部お送り願えますでしょうか。　敬具"]),
    ], raw_email=True),
    H("J20", "ja", "句読点なしの書き起こし", "ginko", {"off_hours_contact"}, [
        E("web_form", ["SN"], ["夜中だけど緊急なんだよ明日の朝一番に窓口の久保を電話に出させろ"], slot="off", subject="緊急"),
        E("email", ["SN"], ["久保じゃないと話さないって何回言わせんの久保出して"], slot="off"),
        E("web_form", ["PI"], ["至急って書いてんのに誰も見てないのかよ久保の携帯の番号教えろそっちにかけるから"], slot="off", subject="至急"),
        E("email", [], ["土曜だけど急ぎだからメール見たらすぐ返事ちょうだい住宅ローンの繰上げの件"], slot="off"),
        E("web_form", [], ["日曜の夜だけど緊急振込の予約が取り消せないどうすればいいの"], slot="off", subject="緊急"),
        E("email", ["SN", "VT"], ["深夜二時緊急久保を担当から外すなよ外したらただじゃおかない"], slot="off"),
        E("phone", [], ["振込限度額の変更ってアプリでできる"]),
    ]),
    H("J21", "ja", "絵文字チャット", "pet", set(), [
        E("chat", ["AD"], ["うちの子のカット失敗しすぎ😡😡 店長さん、謝罪文書いてお店のインスタに載せて🙏 それが筋でしょ💢"]),
        E("chat", ["OD"], ["☆1レビュー10件くらいつけるのかんたんなんだよね〜🙃 友だちにも頼もうかな📱"]),
        E("sns", ["OD"], ["Googleマップにも写真つきで書くね📝 店名ばっちり入れて💥"]),
        E("chat", ["AD"], ["土下座動画送ってくれたら許してあげる🙇‍♀️📹"]),
        E("chat", [], ["爪切りだけって予約いりますか？🐾"]),
    ]),
    H("J22", "ja", "過剰敬語", "ryokou", {"prolonged_contact"}, [
        E("email", ["ED"], ["ご多用中まことに恐縮ながら、ご手配いただいた旅館の件、同等の別旅行を無償にてご用意賜りたく存じます。"]),
        E("visit", ["IP"], ["加えて、支店長様におかれましては、拙宅までご足労いただき、直接ご説明賜りますよう、何卒お願い申し上げます。"], dur=LONG),
        E("visit", ["ED"], ["僭越ながら、次回ツアーはスイートルームへの無償アップグレードを当然のご配慮と拝察しております。"], dur=LONG),
        E("phone", [], ["恐れ入りますが、催行決定のご連絡はいつ頃いただけますでしょうか。"]),
    ]),
    H("J23", "ja", "ひらがな多用", "kankon", set(), [
        E("web_form", ["ED"], ["けっこんしきの しゃしん ぜんぶ ぴんぼけ。しきを もういっかい ただで やりなおして。"], subject="しゃしん"),
        E("web_form", ["ED"], ["しんこんりょこうの おかねも だしてね。それくらい とうぜん。"], subject="しゃしん"),
        E("phone", ["LT"], ["べんごしに たのんで うったえるから。さいばんで あおう。"]),
        E("email", ["LT"], ["しょうひしゃちょうに ぜんぶ いいつける。えいぎょうていしに なれば いい。"]),
        E("web_form", [], ["きもの の れんたる は なんにちまえ までに よやく？"], subject="れんたる"),
    ]),
    H("J24", "ja", "名古屋弁", "hoikuen", set(), [
        E("phone", ["AL"], ["あの主任、ほんと気の利かんたわけだがや。保育士やめたらええて。"]),
        E("phone", ["SN"], ["主任の荒木、今週中に担任から外したってちょう。荒木以外なら誰でもええで。"]),
        E("email", ["VT"], ["次うちの子に何かあったら、荒木の車、ただじゃ済まんでね。"]),
        E("chat", [], ["お遊戯会のビデオって買えるんかね？"]),
    ]),
    H("J25", "ja", "博多弁", "jidosha", {"contact_flood"}, [
        E("chat", [], ["まだつながらんと？"], slot="burst"),
        E("chat", [], ["レッカーいつ来ると？"], slot="burst"),
        E("chat", [], ["もう一時間待っとるとよ"], slot="burst"),
        E("chat", [], ["はよして"], slot="burst"),
        E("chat", ["PL"], ["今すぐ全部手配せんか！"], slot="burst"),
        E("chat", ["ED"], ["代車は外車にしてよ、国産は乗らんけん"], slot="burst"),
        E("chat", [], ["聞いとる？"], slot="burst"),
        E("chat", [], ["返事せんね"], slot="burst"),
        E("chat", [], ["いつまで待たせるとや"], slot="burst"),
        E("chat", ["PL"], ["こっちは商談すっぽかして大損害たい、どげんしてくれると"], slot="burst"),
        E("chat", [], ["おーい"], slot="burst"),
        E("chat", [], ["既読つけんね"], slot="burst"),
        E("phone", ["ED"], ["保険料、事故のあとも上げんでくれん？うちだけ特別扱いで据え置きにして。"]),
        E("chat", [], ["等級って引き継げるとですか？"]),
    ]),
    # ---------------- English ----------------
    H("E01", "en", "Indian English", "ginko", {"repetition"}, [
        E("email", ["ED"], ["Kindly do the needful and reverse all the charges of last two years also, not only this month. That is the minimum."], slot="rep"),
        E("email", ["ED"], ["Again I am writing, please revert with the full two-year charge reversal today itself."], slot="rep"),
        E("phone", ["ED"], ["Same matter only: two years charges reversal is pending from your end, kindly process."], slot="rep"),
        E("phone", ["ED"], ["I am calling third time for the reversal of two years charges, why it is not done?"], slot="rep"),
        E("email", ["ED"], ["Please note I will not accept one month refund, full two years reversal I have asked."], slot="rep"),
        E("web_form", ["ED"], ["Kindly update on two year charge reversal, my request is same as yesterday."], slot="rep", subject="Charge reversal - reminder"),
        E("email", ["ED"], ["Once again, reverse the charges for two years, I am repeating because nobody is doing."], slot="rep"),
        E("phone", ["PL"], ["This is very very serious issue, my whole business is getting spoiled because of your bank, you must act this minute itself."]),
        E("email", [], ["What is the SWIFT code for receiving an international transfer into my account?"]),
    ]),
    H("E02", "en", "Irish", "hikkoshi", set(), [
        E("phone", ["AL"], ["Listen here, ye gobshite, yer lads dropped me nan's dresser down the stairs."]),
        E("phone", ["VT"], ["If I see that van on my road again I'll put a brick through the windscreen, so I will."]),
        E("email", ["AL"], ["Your foreman's as useful as a chocolate teapot and twice as thick."]),
        E("phone", ["VT"], ["Tell the driver he'd want to be watching his back next time he's round my way."]),
        E("chat", [], ["Grand, and do ye do storage as well or just the moving?"]),
    ]),
    H("E03", "en", "Caribbean (Jamaican)", "ryokou", set(), [
        E("email", ["OD"], ["Mi nah play wid unnu. Di whole a mi church group gonna hear bout dis, an mi a go put it pon Facebook wid every receipt."]),
        E("phone", ["ED"], ["Unnu fi give back every dollar plus pay fi mi next trip, first class, dat a di least."]),
        E("email", ["LT"], ["Mi cousin a lawyer an she ready fi sue unnu fi damages, so tink bout dat."]),
        E("sns", ["OD"], ["Mi go mek a YouTube video bout unnu agency an tag every travel page mi know."]),
        E("chat", [], ["Wah time di check-in open fi di Okinawa flight?"]),
    ]),
    H("E04", "en", "Singlish", "kaden", {"contact_flood"}, [
        E("chat", [], ["hello??"], slot="burst"),
        E("chat", [], ["got people there or not"], slot="burst"),
        E("chat", [], ["my TV still cannot on leh"], slot="burst"),
        E("chat", [], ["reply leh"], slot="burst"),
        E("chat", ["PL"], ["i want answer NOW, dont wait until tmr, today must settle"], slot="burst"),
        E("chat", ["SN"], ["ask Imai come online, only Imai can handle my case, i dont want others"], slot="burst"),
        E("chat", [], ["wah lau still no reply"], slot="burst"),
        E("chat", [], ["i wait 20 min already"], slot="burst"),
        E("chat", [], ["faster can or not"], slot="burst"),
        E("chat", [], ["hello hello"], slot="burst"),
        E("phone", ["PL"], ["This one very serious sia, whole family cannot watch TV, you all must settle today one, cannot drag."]),
        E("phone", ["SN"], ["Don't give me other staff, I only want Imai, tell Imai call me back personally."]),
        E("chat", [], ["Your Akihabara branch open on Sunday or not ah?"]),
    ]),
    H("E05", "en", "formal British letter", "kankon", set(), [
        E("email", ["AD"], ["I write to insist upon a formal written apology, signed by your Managing Director and delivered by hand."]),
        E("email", ["IP"], ["I shall further expect your Managing Director to attend my residence in person, at a time of my choosing, to account for the conduct of the ceremony."]),
        E("email", ["LT"], ["Should a satisfactory response not be forthcoming within seven days, I shall instruct my solicitors to issue proceedings without further notice."]),
        E("email", ["LT"], ["I have also taken the liberty of drafting a letter of complaint to the relevant regulatory authority, which I am minded to send."]),
        E("email", [], ["Could you kindly confirm the address to which the memorial cards should be returned?"]),
    ]),
    H("E06", "en", "elderly ALL CAPS e-mail", "denryoku", {"off_hours_contact"}, [
        E("email", ["ED"], ["I HAVE BEEN A CUSTOMER FOR 40 YEARS AND I EXPECT FREE ELECTRICITY FOR THE REST OF THE WINTER AS COMPENSATION."], slot="off"),
        E("email", ["PL"], ["URGENT!!! IT IS 3 AM AND NOBODY ANSWERS. FIX MY ACCOUNT THIS MINUTE, THIS IS A CATASTROPHE FOR MY HOUSEHOLD."], slot="off"),
        E("email", [], ["URGENT. PLEASE CALL ME BACK. MY GRANDSON SET UP THIS EMAIL."], slot="off"),
        E("email", [], ["SATURDAY NIGHT AND STILL NO REPLY. URGENT URGENT."], slot="off"),
        E("email", ["ED"], ["I WANT A CHEQUE FOR THREE YEARS OF BILLS REFUNDED IN FULL, NOT A CREDIT."], slot="off"),
        E("email", ["PL"], ["EMERGENCY. NOBODY HAS CALLED ME. THIS IS AN OUTRAGE AND A DISASTER, DEAL WITH IT TONIGHT."], slot="off"),
        E("email", [], ["HOW DO I READ THE NEW SMART METER. THANK YOU."]),
    ], raw_email=True),
    H("E07", "en", "voice-to-text, no punctuation", "jidosha", {"prolonged_contact"}, [
        E("phone", ["VT"], ["yeah so i know where your office is i drive past it every day and one of these days im not gonna just drive past"], dur=LONG),
        E("phone", ["AL"], ["you people are brain dead honestly a child could process a claim faster than you lot"], dur=LONG),
        E("phone", ["PL"], ["i want this fixed right now not tomorrow not in an hour right now"]),
        E("phone", ["VT"], ["if my car isnt paid out by friday somebody in that building is getting hurt"], dur=LONG),
        E("phone", [], ["also can i add my daughter as a named driver"]),
    ]),
    H("E08", "en", "sarcasm", "pet", set(), [
        E("email", ["AL"], ["Wow, truly impressed that you managed to shave a poodle into the shape of a potato. Do you train your groomers or just hand them clippers and pray?"]),
        E("chat", ["AL"], ["Oh no worries, I'm sure your 'team' is doing their very best. Their best is just, you know, embarrassing."]),
        E("chat", ["OD"], ["Would be a shame if my 40k followers saw the before-and-after photos. Just saying."]),
        E("email", ["OD"], ["I'm drafting a lovely little thread about you for Twitter tonight. Want a preview?"]),
        E("chat", [], ["Do you do nail grinding for cats too?"]),
    ]),
    H("E09", "en", "Reddit style", "ginko", set(), [
        E("chat", ["OD"], ["lol ok so I'm literally going to post this whole convo on r/personalfinance with your bank name, see how that goes for you"]),
        E("chat", ["PI"], ["also fwiw I found the teller's linkedin. Kitamura right? nice profile pic. which neighbourhood does she live in lol"]),
        E("email", ["PI"], ["edit: also found her instagram, she goes to the same gym as my buddy. might drop by when she's there. small world huh"]),
        E("chat", ["OD"], ["tl;dr you have 24h before this goes on reddit and twitter with screenshots"]),
        E("chat", [], ["ok unrelated but how do I set up a standing order in the app"]),
    ]),
    H("E10", "en", "Indian English", "hoikuen", set(), [
        E("email", ["SN"], ["Kindly arrange that Ms. Sugiyama is removed from my son's class from Monday itself. I do not want her near my child."]),
        E("phone", ["IP"], ["Principal madam must come to our flat this weekend and explain, phone call is not sufficient."]),
        E("email", ["AD"], ["Your teacher should apologise to my whole family in writing and also in front of the other parents."]),
        E("phone", ["SN"], ["Again I am telling, Sugiyama should not be in that classroom, why she is still there? Take her out."]),
        E("email", [], ["What is the last date to submit the extended hours form?"]),
    ]),
    H("E11", "en", "Irish", "ryokou", set(), [
        E("phone", ["SH"], ["That young one who sold me the Lisbon package, she's a fine thing. Tell her I'd take her along, separate room optional, wink wink."]),
        E("phone", ["PI"], ["What's her mobile? I'll ring her direct about the itinerary, sure it's easier than going through yous."]),
        E("email", ["PI"], ["I was passing the shop at closing, saw her getting the bus at the corner. Which stop does she get off at?"]),
        E("phone", ["SH"], ["Ask her does she look as good in a bikini as she does behind the desk."]),
        E("email", [], ["Is travel insurance included or is that extra?"]),
    ]),
    H("E12", "en", "Caribbean (Trinidadian)", "kaden", {"contact_flood"}, [
        E("phone", [], ["Allyuh picking up or what?"], slot="burst"),
        E("phone", [], ["Hello? Hello? Somebody there?"], slot="burst"),
        E("phone", [], ["Is me again, put me through to somebody."], slot="burst"),
        E("phone", ["VT"], ["Allyuh better answer this phone before I come down there and mash up the place."], slot="burst"),
        E("phone", [], ["Why allyuh keep dropping the call?"], slot="burst"),
        E("phone", [], ["Ah calling back, don't hang up."], slot="burst"),
        E("phone", [], ["Ten times now I calling."], slot="burst"),
        E("phone", [], ["Pick up nah."], slot="burst"),
        E("phone", [], ["Hello?"], slot="burst"),
        E("email", ["AL"], ["Allyuh is a bunch of useless jokers, not one brain in the whole store."]),
        E("phone", ["VT"], ["Next time I walk in there I coming with my cutlass, doh test me."]),
        E("chat", [], ["Allyuh have the Sony headphones in black?"]),
    ]),
    H("E13", "en", "Singlish", "hikkoshi", set(), [
        E("email", ["ED"], ["Your mover scratch my wall only, but I want you all pay for repaint whole house, not just one wall, can?"]),
        E("phone", ["AD"], ["Your boss must write apology letter to me and my wife, sign one, then we talk."]),
        E("phone", ["LT"], ["Don't play play ah, I got lawyer friend, I bring you all to court and sue until you close shop."]),
        E("email", ["ED"], ["And give me one year free storage also as goodwill, this one minimum."]),
        E("chat", [], ["How many boxes you all provide for 3-room flat ah?"]),
    ]),
    H("E14", "en", "formal British letter", "ginko", {"prolonged_contact"}, [
        E("email", ["SN"], ["I must ask that Mr Honda be relieved of any further involvement with my accounts, effective immediately."]),
        E("phone", ["AL"], ["One does wonder how someone of such evident limitations came to be employed in banking at all."], dur=LONG),
        E("phone", ["SN"], ["Put Mr Honda on the telephone, so that he may explain himself to me directly, and do not offer me anyone else."], dur=LONG),
        E("phone", ["AL"], ["Frankly, your staff display the intellectual curiosity of a houseplant."]),
        E("email", [], ["Might you confirm the cut-off time for same-day domestic payments?"]),
    ]),
    H("E15", "en", "elderly ALL CAPS e-mail", "kankon", set(), [
        E("email", ["AD"], ["YOU MISSPELLED MY WIFE'S NAME ON THE PROGRAM. I WANT THE OWNER ON HIS KNEES APOLOGIZING AT HER GRAVE."]),
        E("email", ["VT"], ["IF I WERE 30 YEARS YOUNGER I WOULD COME DOWN THERE AND KNOCK YOUR TEETH OUT."]),
        E("email", ["AD"], ["I EXPECT A PRINTED APOLOGY IN THE LOCAL NEWSPAPER WITH YOUR COMPANY NAME."]),
        E("email", ["VT"], ["I STILL HAVE MY SERVICE RIFLE. JUST SO YOU KNOW."]),
        E("email", [], ["PLEASE SEND ME THE INVOICE BY POST. I DO NOT USE THE PRINTER."]),
    ], raw_email=True),
    H("E16", "en", "voice-to-text, no punctuation", "denryoku", set(), [
        E("phone", ["SH"], ["hey is this the lady from yesterday you sounded real sexy on the phone what are you wearing right now"]),
        E("phone", ["PI", "SH"], ["come on dont be shy give me your personal number", "and we can talk about my bill in bed"]),
        E("phone", ["SH"], ["i only want to talk to the girl with the cute voice tell her i been thinking about her body all night"]),
        E("phone", [], ["can you tell me when the meter reader comes next month"]),
    ]),
    H("E17", "en", "sarcasm", "jidosha", set(), [
        E("email", ["LT"], ["Oh brilliant, another 'we're looking into it'. I'm sure the Financial Services Agency would love to look into it too. Shall I send them the file?"]),
        E("email", ["LT"], ["Totally fine, my lawyer adores billable hours. We'll see you in court, sweetie."]),
        E("chat", ["PL"], ["No rush! Only my entire livelihood hinges on this claim. Just a tiny, catastrophic, life-ruining delay."]),
        E("chat", ["PL"], ["Take your time, except I need it sorted within the hour or my business is done for."]),
        E("chat", [], ["Genuine question though: does my policy cover windscreen chips?"]),
    ]),
    H("E18", "en", "Reddit style", "hoikuen", {"repetition"}, [
        E("web_form", ["AD"], ["PSA: the daycare lost my kid's jacket and won't even say sorry. Not letting this go until I get a signed apology from the director. like actually signed."], slot="rep", subject="Complaint"),
        E("email", ["AD"], ["bump. still waiting on that signed apology from the director."], slot="rep"),
        E("email", ["AD"], ["day 2 of asking for the director's written apology. this is getting silly"], slot="rep"),
        E("chat", ["AD"], ["ok third msg today: I want the director's apology IN WRITING. not an email. paper, signed."], slot="rep"),
        E("email", ["AD"], ["repeating myself for the nth time: signed letter of apology from the director, please and thank you"], slot="rep"),
        E("chat", ["AD"], ["me again. director. apology. signed. how hard is this"], slot="rep"),
        E("email", ["AD"], ["posting this again bc apparently nobody reads: written + signed apology from the director."], slot="rep"),
        E("email", ["OD"], ["if this isn't fixed I'm writing it up for the local parents' subreddit with the daycare name in the title"]),
        E("chat", [], ["what's the policy for bringing snacks for a birthday?"]),
    ]),
    H("E19", "en", "Indian English", "pet", {"off_hours_contact"}, [
        E("email", ["PI"], ["Good evening, sorry for late hour but it is urgent, kindly share the home address of groomer Miss Mochizuki, I want to send gift personally."], slot="off"),
        E("web_form", ["IP"], ["Urgent: your groomer must come to my house tomorrow morning to groom my dog, I will not come to the salon, you come here."], slot="off", subject="Urgent grooming"),
        E("email", ["PI"], ["Sunday night message, urgent, please revert. What time Miss Mochizuki finishes duty? I will wait outside to talk."], slot="off"),
        E("email", [], ["URGENT kindly call back, it is 1 am here and my dog is scratching too much."], slot="off"),
        E("web_form", ["PI"], ["Holiday also I am messaging, urgent. Please send Miss Mochizuki's personal WhatsApp number."], slot="off", subject="Urgent"),
        E("email", ["IP"], ["Late night but important: the manager should come and meet me at my home and discuss the grooming package face to face."], slot="off"),
        E("email", [], ["Kindly tell the price for full grooming of a shih tzu."]),
    ]),
    H("E20", "en", "voice-to-text, no punctuation", "ryokou", {"prolonged_contact"}, [
        E("visit", ["ED"], ["i want the full refund plus the hotel for the next trip for free thats the only way im leaving this office"], dur=LONG),
        E("visit", ["IP"], ["and i want your manager to come to my hotel tonight and explain it to my wife face to face"], dur=LONG),
        E("phone", ["ED"], ["upgrade us to business class on the way back too its the least you can do"]),
        E("phone", [], ["what time is the airport transfer pick up"]),
    ]),
]

# ---------------------------------------------------------------- normal customers
ORDINARY = {
    "denryoku": {
        "ja": ["来月から契約アンペアを40Aに上げたいのですが、工事は必要ですか。",
               "検針票が届かなくなりました。Web明細に切り替わっていますか。",
               "太陽光の余剰買取の単価はいつ見直しになりますか。",
               "引越し先でも電気を使い始めたいんですけど、手続きは何日前までにすればいいですか。",
               "電気代の支払いをコンビニ払いから口座振替に変えたいです。",
               "うちの地区の計画停電の予定ってありますか。"],
        "en": ["How do I switch my plan to the time-of-use tariff?",
               "I'm moving out on the 28th, can you take a final meter reading that day?",
               "Could you resend last month's bill as a PDF?",
               "Is there an English version of the smart meter app?"],
    },
    "hikkoshi": {
        "ja": ["単身パックで冷蔵庫と洗濯機も運べますか。",
               "三月末の土曜日の午前便はまだ空いていますか。",
               "段ボールは何箱までサービスでいただけますか。",
               "ピアノの運搬は別料金になりますか。",
               "見積もりの日程を来週の水曜に変更できますか。",
               "不用品の引き取りもお願いできますか。"],
        "en": ["Do you move pets' aquariums, or should I arrange that separately?",
               "Can I get a quote for a 2LDK from Setagaya to Yokohama?",
               "What's your cancellation fee if I change the date?",
               "Do you provide wardrobe boxes?"],
    },
    "hoikuen": {
        "ja": ["四月入園の面談の日程を教えてください。",
               "延長保育の申込用紙はどこでもらえますか。",
               "連絡帳アプリのパスワードを忘れてしまいました。",
               "来週は祖母がお迎えに行きます。事前に届けが必要ですか。",
               "慣らし保育は何日くらいかかりますか。",
               "給食の献立表を紙でいただけますか。"],
        "en": ["What should my son bring on the first day?",
               "Is there a sibling discount for the monthly fee?",
               "Can I change the pick-up person on the app?",
               "When is the spring parent-teacher meeting?"],
    },
    "ryokou": {
        "ja": ["北海道の流氷ツアー、二名でまだ空きはありますか。",
               "パスポートの名前と航空券の名前のローマ字が違うのですが、大丈夫でしょうか。",
               "旅行券は分割で使えますか。",
               "添乗員付きツアーで車椅子の対応はできますか。",
               "GoToのようなキャンペーンは今ありますか。",
               "台湾ツアーの集合時間を教えてください。"],
        "en": ["Does the Kyoto day tour include lunch?",
               "Can I add a night to my Okinawa hotel booking?",
               "Do I need a visa for the Seoul package with a UK passport?",
               "What's the luggage allowance on the charter flight?"],
    },
    "kankon": {
        "ja": ["家族葬の費用の目安を教えてください。",
               "互助会の積立金の残高はどうやって確認できますか。",
               "結婚式の見学フェアは予約制ですか。",
               "法事の会食で、子ども用のメニューはありますか。",
               "引き出物の追加注文は何日前まで可能ですか。",
               "会館の駐車場は何台停められますか。"],
        "en": ["Do you offer non-religious funeral services?",
               "Can we hold a small wedding for 15 people on a weekday?",
               "Is there an English-speaking coordinator for the ceremony?",
               "How early should we book the hall for a memorial service?"],
    },
    "kaden": {
        "ja": ["ドラム式洗濯機の設置で、防水パンのサイズが合うか見てもらえますか。",
               "ポイントの有効期限はいつまでですか。",
               "古いテレビのリサイクル料金を教えてください。",
               "取り置きは何日までしてもらえますか。",
               "エアコンの標準工事に配管カバーは含まれますか。",
               "保証書をなくしたのですが、購入履歴で修理受付できますか。"],
        "en": ["Does this rice cooker come with an English manual?",
               "Can I pay with a foreign credit card in store?",
               "Is tax-free shopping available for this laptop?",
               "When will the 65-inch OLED be back in stock?"],
    },
    "ginko": {
        "ja": ["住所変更はアプリからできますか。",
               "キャッシュカードの暗証番号を三回間違えてロックされました。",
               "外貨預金の為替手数料を教えてください。",
               "通帳を紛失しました。再発行の手順を教えてください。",
               "相続の手続きに必要な書類を知りたいです。",
               "ネットバンキングのワンタイムパスワードが届きません。"],
        "en": ["How long does an overseas remittance to Australia take?",
               "Can I open an account with a residence card that expires in six months?",
               "What's the fee for a cashier's check?",
               "How do I enable Apple Pay for my debit card?"],
    },
    "pet": {
        "ja": ["トイプードルのカットは何時間くらいかかりますか。",
               "混合ワクチンの証明書は必要ですか。",
               "猫のシャンプーもやっていますか。",
               "ペットホテルは年末も営業していますか。",
               "シニア犬でも対応していただけますか。",
               "送迎サービスはどの地域まで来てもらえますか。"],
        "en": ["Do you groom large dogs like golden retrievers?",
               "Can I stay with my dog during the trim?",
               "Do you sell the shampoo you use?",
               "Is there parking near the salon?"],
    },
    "jidosha": {
        "ja": ["車を買い替えるので、車両入替の手続きを教えてください。",
               "子どもが免許を取ったので、運転者の範囲を広げたいです。",
               "満期のお知らせが届きましたが、更新はWebでできますか。",
               "ロードサービスは何キロまで無料でレッカーしてもらえますか。",
               "等級の引継ぎについて教えてください。",
               "保険証券を再発行してほしいです。"],
        "en": ["Does my policy cover a rental car while mine is in repair?",
               "How do I add my spouse as a driver?",
               "Can I pay the premium monthly instead of yearly?",
               "What documents do I need for a windscreen claim?"],
    },
}
# style variants for ordinary questions (prefix, suffix) - dialect flavour, emoji, etc.
JA_STYLE = [("", ""), ("", ""), ("すみません、", ""), ("お世話になっております。", ""), ("", "😊"),
            ("あのー、", "ねえ。"), ("", "🙏"), ("ちょっと聞きたいんやけど、", ""), ("", "わからんくて。"),
            ("初めて問い合わせます。", ""), ("夜分失礼します。", "")]
EN_STYLE = [("", ""), ("", ""), ("Hi, ", ""), ("Hello there - ", " Cheers."), ("Quick one: ", ""),
            ("", " Thanks a mil."), ("Namaste, ", " Thank you."), ("", " lah"), ("G'day, ", ""),
            ("", " :)")]

# benign tricky sentences (urgent real needs, violent/sexual idioms used innocently, thanks naming
# staff, reviews read/written positively, negated legal words, a home visit the business offers)
TRICKY = [
    ("hikkoshi", "ja", "至急です！明日の朝の引越しなのにトラックの到着時間のご連絡がまだ届いていません。確認をお願いします。"),
    ("ryokou", "ja", "母が危篤で、今週末の旅行を急いでキャンセルしたいです。キャンセル規定を教えてください。"),
    ("kaden", "ja", "このドライヤー、風量が殺人的に強くて最高です。替えのノズルはありますか。"),
    ("kankon", "ja", "先日の法事のお料理、死ぬほど美味しかったです。一周忌もお願いしたいです。"),
    (None, "ja", "担当の千葉さんがとても丁寧に説明してくださって助かりました。千葉さんによろしくお伝えください。"),
    (None, "ja", "口コミで悪い評判も見かけましたが、実際は全然そんなことなかったです。ありがとうございました。"),
    (None, "ja", "Googleに星5つのレビューを書いておきました！また利用します。"),
    ("denryoku", "ja", "訴えるつもりなど全くありません。ただ、明細の見方を教えていただきたいだけです。"),
    ("jidosha", "ja", "損害賠償とかそういう話ではなく、保険の補償範囲を確認したいだけです。"),
    ("hikkoshi", "ja", "無料の訪問見積もりをお願いしたいのですが、土曜の午前に自宅に来ていただけますか。"),
    ("kaden", "ja", "出張設置サービスで、エアコン取り付けに家まで来てもらえますか。"),
    ("pet", "ja", "うちの犬、トリミングの後めちゃくちゃセクシーになってて笑いました。次回も同じカットで！"),
    ("denryoku", "ja", "停電で冷蔵庫が止まってしまいました。緊急で復旧の見込みを知りたいです。"),
    ("hoikuen", "ja", "子どもが熱を出したと連絡をいただいたので、今すぐお迎えに向かいます。"),
    ("ginko", "ja", "キャッシュカードを落としたかもしれません、緊急で止めてください！"),
    ("jidosha", "ja", "事故を起こしてしまいました、今すぐどうすればいいか教えてください。けが人はいません。"),
    ("ryokou", "ja", "ブログに旅行記を書いたので、御社のツアー名を載せてもいいですか。とても良かったので。"),
    ("ginko", "ja", "弁護士の先生から、相続手続きに残高証明が必要と言われました。発行できますか。"),
    ("kankon", "ja", "式場の山下さん、神対応でした。名前を出して褒めたいので、アンケートはどこで書けますか。"),
    ("kaden", "ja", "この掃除機の吸引力、えげつないです。ヤバいくらい吸います。フィルターはどこで買えますか。"),
    (None, "ja", "SNSで見た期間限定プラン、まだ申し込めますか？"),
    ("jidosha", "ja", "ネットの書き込みを見て少し不安になったのですが、ロードサービスは夜間も使えますよね？"),
    (None, "ja", "爆速で対応していただきありがとうございました！"),
    ("hoikuen", "ja", "入園前に先生が家庭訪問してくださると聞きました。日程を教えてください。"),
    ("kankon", "ja", "これ以上ないくらい心のこもった葬儀でした。父も喜んでいると思います。"),
    ("pet", "ja", "出張トリミングで自宅まで来ていただけるプラン、まだやっていますか？"),
    ("ginko", "ja", "消費者庁の注意喚起を見たのですが、御社を名乗る詐欺メールが来ました。念のためご報告です。"),
    ("ryokou", "ja", "この旅館、泣けるほど景色がよかったです。来年も同じ部屋で予約できますか。"),
    ("ryokou", "en", "URGENT: my flight leaves in 3 hours and the e-ticket hasn't arrived. Can you resend it?"),
    ("kaden", "en", "This vacuum is an absolute beast, it kills every speck of dust. Where can I get spare bags?"),
    ("kankon", "en", "The buffet at my cousin's wedding was to die for. Could we book the same menu?"),
    ("ginko", "en", "Big thanks to Ms Chiba who sorted my transfer so quickly. Please pass it on."),
    ("jidosha", "en", "I'm not going to sue anyone, haha, I just need a copy of my policy documents."),
    ("hikkoshi", "en", "I read some mixed reviews online but honestly your movers were brilliant."),
    (None, "en", "Left you a 5-star review on Google, well deserved!"),
    ("hikkoshi", "en", "Your home-visit quote service sounds great - can someone come round Tuesday to estimate the move?"),
    ("pet", "en", "My dog looks so sexy after the trim, lol. Same style next time please."),
    ("denryoku", "en", "Emergency: the power's out on my whole street and my mum's on an oxygen machine. Any ETA?"),
    ("hoikuen", "en", "My kid's got a fever, I'll be picking her up early today, sorry for the short notice."),
    ("ginko", "en", "I think my card's been stolen - please block it right away!"),
    ("jidosha", "en", "Had a fender bender just now, nobody hurt. What do I do immediately?"),
    ("kaden", "en", "That TV deal was a killer, grabbed two. Does delivery include wall mounting?"),
    ("ginko", "en", "My lawyer needs a statement of account for my late father's estate - can you issue one?"),
    ("ryokou", "en", "Saw your post on Instagram about the spring tour - is it still available?"),
    ("kaden", "en", "Kudos to the installer, Mr Hoshino, he was fantastic. Can I request him again for the second unit?"),
    ("ryokou", "en", "I'm dying to know if the cherry blossom tour has any spots left!"),
    ("hoikuen", "en", "The staff mentioned the nursery's home visit before enrolment - when does the teacher come round?"),
    ("kankon", "en", "I wrote a blog post praising your funeral team. Is it OK if I mention the hall name?"),
    (None, "en", "Damn, that was fast! Thanks for fixing the billing so quickly."),
    ("denryoku", "en", "No legal action or anything, I just want to understand the cooling-off period for the new contract."),
]

# ---------------------------------------------------------------- legitimate complainers
LEGIT = [
    ("kaden", "ja", ["先週届いた冷蔵庫が、三日目から全く冷えなくなりました。中の食材が傷んでしまって、正直かなり困っています。初期不良だと思うので交換をお願いできますか。",
                     "交換の件、まだ連絡がありません。二度目の問い合わせです。いつ頃になるか教えてください。",
                     "対応が遅すぎて、本当に腹が立っています。責任者の方とお話しさせてください。",
                     "交換品が届き、問題なく動いています。対応ありがとうございました。"]),
    ("ginko", "ja", ["同じ金額が二回引き落とされています。明らかにおかしいので、一回分を返金してください。",
                     "先日お願いした二重引き落としの返金、まだ反映されていません。どうなっていますか。",
                     "正直、銀行でこういうミスがあるのは信じられません。消費生活センターにも一応相談しましたが、まずは銀行と話すように言われました。",
                     "返金を確認しました。今後はこういうことがないようにお願いします。"]),
    ("hikkoshi", "ja", ["引越しの際に冷蔵庫の側面に大きなへこみができていました。作業員の方も認めていました。約款に沿って補償をお願いしたいです。",
                        "補償の書類を送ってから二週間経ちますが、何の連絡もありません。さすがに不誠実ではないでしょうか。",
                        "上の方に確認していただけますか。このままでは納得できません。",
                        "修理費用のお支払い、確認しました。ありがとうございました。"]),
    ("denryoku", "ja", ["今月の電気料金が先月の倍になっています。メーターの数字と請求書の数字が合いません。確認してください。",
                        "確認すると言われてから連絡がありません。間違っているなら差額を返してほしいです。",
                        "知り合いの弁護士に話したら、過大請求分は返金されるのが普通だと言われました。御社の見解を教えてください。",
                        "訂正後の請求書、受け取りました。"]),
    ("ryokou", "ja", ["現地に着いたらホテルの予約が入っていませんでした。自分で別のホテルを探して、差額を払いました。この分は返金の対象になりますよね。",
                      "帰国しましたので、領収書を添付します。規約にある手配ミスの補償として対応をお願いします。",
                      "本当に大変な思いをしました。担当の方ではなく、責任者の方からご説明いただけますか。",
                      "差額の返金手続き、ありがとうございました。"]),
    ("kankon", "ja", ["挙式から三か月経ちますが、写真データがまだ届きません。契約では二か月以内とありました。",
                      "先月も問い合わせましたが、まだです。いつ届くのか、はっきり教えてください。",
                      "楽しみにしていたので、正直がっかりしています。納期遅れについて、契約書の規定どおりの対応をお願いします。",
                      "データ届きました。遅れの事情も分かりました。"]),
    ("pet", "ja", ["昨日のトリミングで、爪を切りすぎて出血していました。動物病院に連れて行きました。説明をお願いします。",
                   "病院代の領収書を送ります。お店の負担でお願いできると伺いましたが、間違いないですか。",
                   "お店での説明と電話での説明が違っていて混乱しています。店長さんとお話しできますか。",
                   "病院代の振込、確認しました。"]),
    ("jidosha", "ja", ["事故から一か月経ちますが、保険金の支払いについて何の連絡もありません。書類は全部出しています。",
                       "何度も同じ説明をさせられて疲れています。進捗を教えてください。",
                       "金融庁の相談窓口があるのは知っていますが、できれば御社の中できちんと解決したいです。いつ支払われますか。",
                       "入金を確認しました。"]),
    ("hoikuen", "ja", ["卵アレルギーと伝えていたのに、今日の給食で卵が入ったおかずが出ていました。幸い食べる前に気づきましたが、とても怖かったです。",
                       "再発防止のためにどういう確認をするのか、教えていただけますか。他の保護者も心配しています。",
                       "園長先生と少しお話しする時間をいただけますか。お迎えの時間に園でかまいません。",
                       "対応策の説明、ありがとうございました。安心しました。"]),
    ("kaden", "ja", ["延長保証に入っているのに、修理を断られました。保証書には対象と書いてあります。",
                     "保証書の写真を送ります。どこが対象外なのか、具体的に説明してください。",
                     "説明がころころ変わるので、正直不信感しかありません。責任者の方からの回答をお願いします。",
                     "保証での修理、ありがとうございました。"]),
    ("ginko", "ja", ["ATMにカードが吸い込まれたまま出てきませんでした。再発行手数料は私が払うんでしょうか。機械の故障ですよね。",
                     "手数料がかかると言われましたが、納得できません。機械の不具合なら無料にすべきだと思います。",
                     "ご確認ありがとうございます。手数料なしで再発行していただけるということで承知しました。"]),
    ("denryoku", "ja", ["解約手続きをしたのに、旧住所の電気代が今月も引き落とされています。返金してください。",
                        "二回目の連絡です。解約受付の番号もお伝えしています。どうして止まっていないんですか。",
                        "正直、腹が立っています。弁護士に相談するような話ではないと思っていますので、きちんと返金してください。",
                        "返金確認しました。"]),
    ("kaden", "en", ["The washing machine you delivered leaks every time. It's been two weeks. I want a replacement under warranty.",
                     "Second time I'm writing. Still no date for the replacement. This is really frustrating.",
                     "I'd like to speak to a manager, please - I've explained this three times now.",
                     "Replacement arrived and works. Thanks."]),
    ("ginko", "en", ["You charged my card twice for the same annual fee. Please refund the duplicate.",
                     "Still not refunded after ten days. What's going on?",
                     "I mentioned it to a friend who's a lawyer and she said duplicates are normally refunded, which I'm sure you agree with. I just want a date.",
                     "Refund received, thanks."]),
    ("ryokou", "en", ["You cancelled our tour two days before departure. Your terms say that means a full refund - please process it.",
                      "It's been three weeks. I'm honestly pretty angry about how long this is taking.",
                      "Could a supervisor look at this? The agent keeps saying 'processing'.",
                      "Got the refund. Appreciate it."]),
    ("hikkoshi", "en", ["Your crew arrived five hours late and we lost the elevator booking. I'd like the late-arrival discount stated in your terms.",
                        "Still waiting for a response about the discount.",
                        "I've talked to the consumer centre just to understand my rights; they said to keep working with you first. So, can we sort this?",
                        "Discount applied, thank you."]),
    ("jidosha", "en", ["My claim form was submitted a month ago and nobody has contacted me. My car is still at the garage.",
                       "This is the third email. I really need an update.",
                       "Please escalate this to a claims supervisor.",
                       "Payment came through, thanks."]),
    ("pet", "en", ["You cut my cat's whiskers off - I specifically said not to. Not okay. Please refund the service.",
                   "I'd like an answer about the refund. The cat's fine but I'm upset.",
                   "Could the owner of the salon call me? I'd rather discuss it with them.",
                   "Refund received."]),
    ("kankon", "en", ["The flowers at the reception were not what we ordered - we paid for white roses and got carnations. I'd like the price difference back.",
                      "Sent you photos. Please confirm the refund of the difference.",
                      "Honestly disappointed. Could a manager review it?",
                      "Thanks for the refund."]),
    ("hoikuen", "en", ["You charged us the extended-hours fee for March although we cancelled it in February. Please correct it.",
                       "Attaching a copy of the cancellation form. Please refund the fee.",
                       "I'd like to talk to the head of the nursery about how billing is handled.",
                       "Thanks, it's corrected now."]),
]

# ---------------------------------------------------------------- agent phrasing
AGENT_GREET = {
    "ja": ["お電話ありがとうございます、{biz}サポートの{name}でございます。", "お待たせいたしました、{name}です。",
           "はい、{name}が承ります。"],
    "en": ["Thank you for calling, this is {name}.", "Good afternoon, {name} speaking.", "Hi, you're through to {name}."],
}
AGENT_LINES = {
    "ja": ["確認いたしますので、少々お待ちください。", "ご不便をおかけして申し訳ございません。", "担当部署に確認のうえ、折り返しご連絡いたします。",
           "恐れ入りますが、お客様番号をお伺いできますか。", "ご説明いたします。", "承知いたしました。", "そちらについては規定に沿ってご案内しております。",
           "お気持ちは承りました。"],
    "en": ["Let me check that for you.", "I'm sorry for the inconvenience.", "I'll confirm with the team and call you back.",
           "Could I have your customer number, please?", "I understand.", "Let me explain how that works.",
           "That's handled according to our terms.", "I've noted that down."],
}
AGENT_REPLY = {
    "ja": ["お問い合わせありがとうございます。内容を確認のうえ、改めてご案内いたします。",
           "ご連絡ありがとうございます。お手続きが完了しましたのでお知らせいたします。",
           "ご不便をおかけしております。担当部署にて確認中です。今しばらくお待ちください。",
           "お問い合わせの件、添付の資料にてご案内いたします。",
           "ご意見を承りました。社内で共有し、確認のうえご連絡いたします。"],
    "en": ["Thank you for contacting us. We are looking into this and will get back to you.",
           "Thanks for your message - the change has been made.",
           "We're sorry for the trouble. The relevant team is reviewing your case.",
           "Please find the requested information attached.",
           "Thank you for your feedback. We have passed it on and will reply once reviewed."],
}
SPEAKERS = {
    "ja": [("担当: ", "客: "), ("オペレーター：", "お客様："), ("OP) ", "顧客) "), ("[係] ", "[客] "), ("受付：", "発信者：")],
    "en": [("Agent: ", "Customer: "), ("Rep: ", "Caller: "), ("AGT> ", "CUST> "), ("Operator - ", "Client - "), ("Staff: ", "Cust: ")],
}
VISIT_SPEAKERS = {"ja": ("応対者：", "来店客："), "en": ("Staff: ", "Visitor: ")}
MAIL_GREET = {"ja": ["お世話になっております。", "お問い合わせです。", "いつもお世話になっております。", ""],
              "en": ["Hello,", "Hi there,", "Dear Support Team,", "To whom it may concern,", ""]}
MAIL_CLOSE = {"ja": ["よろしくお願いいたします。", "以上です。", "ご確認ください。"],
              "en": ["Thanks,", "Regards,", "Best,", "Sent from my iPhone"]}
JA_SURN = ["新田", "若林", "宇野", "門脇", "八木", "金城", "比嘉", "皆川", "柴崎", "瀬戸", "土屋", "篠原", "長尾", "古賀", "鶴田", "栗原"]
EN_SURN = ["Patel", "O'Brien", "Murphy", "Tan", "Lim", "Sharma", "Campbell", "Williams", "Nair", "Byrne", "Ong", "Clarke", "Brown", "Iyer", "Kelly", "Goh"]


# ---------------------------------------------------------------- helpers
def hexid(n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


USED_EVENT_IDS = set()


def new_event_id():
    while True:
        e = "ev-" + hexid(16)
        if e not in USED_EVENT_IDS:
            USED_EVENT_IDS.add(e)
            return e


def fmt_ts(dt, channel, direction):
    dt = dt.astimezone(JST)
    r = rng.random()
    if channel == "email" and direction == "inbound":
        style = "Z" if r < 0.8 else "jst"
    elif channel == "chat":
        style = "jst_ms" if r < 0.85 else "Z_ms"
    elif channel == "web_form":
        style = "jst" if r < 0.6 else "Z_ms"
    elif channel in ("phone", "visit"):
        style = "jst" if r < 0.9 else "Z"
    else:
        style = "jst"
    ms = rng.randint(0, 999)
    if style.startswith("Z"):
        u = dt.astimezone(timezone.utc)
        s = u.strftime("%Y-%m-%dT%H:%M:%S")
        return s + (".%03dZ" % ms if style == "Z_ms" else "Z")
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    return s + (".%03d+09:00" % ms if style == "jst_ms" else "+09:00")


def agent_name(aid, lang):
    return AGENTS[aid]["ja"] if lang == "ja" else AGENTS[aid]["en"]


def phone_text(lines, lang, aid, biz, speakers, closers=True, long_call=False):
    if speakers is None:  # single-speaker transcript, customer only
        return "\n".join(lines)
    a, c = speakers
    out = []
    if rng.random() < 0.75:
        out.append(a + rng.choice(AGENT_GREET[lang]).format(name=agent_name(aid, lang), biz=BUSINESSES[biz]["ja"] if lang == "ja" else ""))
    for ln in lines:
        out.append(c + ln)
        if long_call:
            for _ in range(rng.randint(2, 3)):
                out.append(a + rng.choice(AGENT_LINES[lang]))
        elif rng.random() < 0.8:
            out.append(a + rng.choice(AGENT_LINES[lang]))
    if closers and rng.random() < 0.4:
        out.append(c + rng.choice(["ありがとうございます。", "わかりました。", "はい。"] if lang == "ja" else ["Okay, thanks.", "Right.", "Got it."]))
    return "\n".join(out)


def email_text(body_lines, lang, signer, quote=None, raw=False):
    sep = "\n" if lang == "en" else ""
    body = (" " if lang == "en" else "").join(body_lines) if not raw else "\n".join(body_lines)
    parts = []
    if not raw:
        g = rng.choice(MAIL_GREET[lang])
        if g:
            parts.append(g)
    parts.append(body)
    if not raw:
        parts.append(rng.choice(MAIL_CLOSE[lang]) + ("\n" + signer if rng.random() < 0.7 else ""))
    else:
        parts.append(signer)
    txt = "\n\n".join(parts)
    if quote:
        if lang == "ja":
            txt += "\n\n-----Original Message-----\n差出人: サポートセンター\n" + "\n".join("> " + q for q in quote.split("\n"))
        else:
            txt += "\n\nOn a previous day, Support wrote:\n" + "\n".join("> " + q for q in quote.split("\n"))
    return txt


# ---------------------------------------------------------------- customers
CUSTOMERS = {}   # cid -> dict(profile, behaviors)
RAW = []         # list of (dt, event dict, codes, cid, topic)
USED_CIDS = set()


def new_cid():
    while True:
        r = rng.random()
        if r < 0.7:
            c = "C27-%06d" % rng.randint(0, 999999)
        elif r < 0.85:
            c = "tel:+81-90-%04d-%04d" % (rng.randint(0, 9999), rng.randint(0, 9999))
        else:
            c = "web-" + hexid(10)
        if c not in USED_CIDS:
            USED_CIDS.add(c)
            return c


class Cust:
    def __init__(self, profile, lang, biz):
        self.cid = new_cid()
        self.profile = profile
        self.lang = lang
        self.biz = biz
        self.thread = "th-" + hexid(10)
        self.last_reply = None
        self.signer = (rng.choice(JA_SURN) if lang == "ja" else rng.choice(EN_SURN))
        self.speakers = rng.choice(SPEAKERS[lang])
        self.items = []   # (dt, channel, lines, codes, dur, subject, topic, flags)


def lang_hint(lang):
    return lang if rng.random() < 0.92 else None


def emit(cust, dt, channel, direction, text, codes, dur=None, subject=None, thread=None, aid=None, topic=None):
    if direction == "outbound" and dt.astimezone(JST).date() > END:
        return None  # reply would fall outside the quarter
    ev = {"event_id": new_event_id(), "occurred_at": fmt_ts(dt, channel, direction), "channel": channel,
          "direction": direction, "customer_id": cust.cid, "agent_id": aid}
    if channel in ("phone", "email", "visit"):
        ev["duration_s"] = dur
    if channel in ("phone", "email", "visit", "web_form"):
        ev["subject"] = subject
    ev["text"] = text
    ev["language"] = lang_hint(cust.lang)
    ev["thread_id"] = thread
    b = BUSINESSES[cust.biz]
    ev["source"] = {"phone": b["pbx"], "visit": "store-" + cust.biz, "email": b["mail"], "chat": b["chat"],
                    "web_form": b["form"], "sns": "sns-dm-" + cust.biz}[channel]
    RAW.append((dt, ev, list(codes), cust.cid, topic))
    return ev


def next_business_morning(dt):
    d = dt.astimezone(JST).date()
    while True:
        d = d + timedelta(days=1)
        if is_business_day(d) and d not in AVOID_DAYS:
            return biz_time(d, latest=12 * 60)


def reply_time(dt):
    if in_hours(dt):
        cand = dt + timedelta(minutes=rng.randint(40, 200))
        if in_hours(cand) and cand.astimezone(JST).date() == dt.astimezone(JST).date():
            return cand
    return next_business_morning(dt)


SUBJ = {"ja": ["お問い合わせ", "ご相談", "質問です", "確認のお願い", "ご意見"],
        "en": ["Question", "Enquiry", "Help please", "Quick question", "My account"]}


def realise(cust, item, allow_reply=True):
    """turn one planned inbound contact into events (+ optional outbound reply)"""
    dt, channel, lines, codes, dur, subject, topic, flags = item
    lang = cust.lang
    aid = rng.choice(AGENT_IDS)
    if channel == "phone":
        spk = None if flags.get("nolabel") else cust.speakers
        text = phone_text(lines, lang, aid, cust.biz, spk, closers=(not codes and (dur or 0) >= 60), long_call=flags.get("long", False))
        emit(cust, dt, "phone", "inbound", text, codes, dur=dur, aid=aid, topic=topic)
        if allow_reply and rng.random() < 0.12:
            t2 = next_business_morning(dt)
            emit(cust, t2, "phone", "outbound", phone_text([rng.choice(["はい。", "わかりました。"] if lang == "ja" else ["Yes.", "Okay."])], lang, aid, cust.biz, cust.speakers),
                 [], dur=rng.randint(60, 420), aid=aid)
    elif channel == "visit":
        a, c = VISIT_SPEAKERS[lang]
        out = []
        for ln in lines:
            out.append(c + ln)
            for _ in range(rng.randint(2, 3) if flags.get("long") else 1):
                out.append(a + rng.choice(AGENT_LINES[lang]))
        emit(cust, dt, "visit", "inbound", "\n".join(out), codes, dur=dur, aid=aid, topic=topic)
    elif channel == "email":
        subj = subject or (cust.email_subject if hasattr(cust, "email_subject") else rng.choice(SUBJ[lang]))
        cust.email_subject = subj
        quote = cust.last_reply if (cust.last_reply and rng.random() < 0.7) else None
        text = email_text(lines, lang, cust.signer, quote=quote, raw=flags.get("raw", False))
        if quote:
            subj_out = subj if subj.startswith("Re:") else "Re: " + subj
        else:
            subj_out = subj
        emit(cust, dt, "email", "inbound", text, codes, subject=subj_out, thread=cust.thread,
             aid=rng.choice(AGENT_IDS + [None] * 10), topic=topic)
        if allow_reply and rng.random() < 0.6:
            r = rng.choice(AGENT_REPLY[lang])
            cust.last_reply = r
            emit(cust, reply_time(dt), "email", "outbound", r, [], subject="Re: " + subj.replace("Re: ", ""),
                 thread=cust.thread, aid=aid)
    elif channel == "web_form":
        subj = subject or ("お問い合わせフォーム：" + rng.choice(["ご契約", "料金", "サービス", "その他"]) if lang == "ja"
                           else "Contact form: " + rng.choice(["Account", "Billing", "Service", "Other"]))
        tkt = "TKT-%06d" % rng.randint(100000, 999999)
        body = (" " if lang == "en" else "").join(lines)
        if rng.random() < 0.3:
            body = ("【お問い合わせ内容】\n" if lang == "ja" else "Message:\n") + body
        emit(cust, dt, "web_form", "inbound", body, codes, subject=subj, thread=tkt,
             aid=rng.choice(AGENT_IDS + [None] * 6), topic=topic)
        if allow_reply and rng.random() < 0.55:
            emit(cust, reply_time(dt), "email", "outbound", rng.choice(AGENT_REPLY[lang]), [], subject="Re: " + subj,
                 thread=tkt, aid=aid)
    elif channel == "chat":
        sess = flags.get("session") or ("chat-" + hexid(10))
        emit(cust, dt, "chat", "inbound", (" " if lang == "en" else "").join(lines), codes, thread=sess, aid=aid, topic=topic)
        if allow_reply and rng.random() < 0.45:
            if in_hours(dt):
                t2 = dt + timedelta(seconds=rng.randint(40, 240))
                emit(cust, t2, "chat", "outbound", rng.choice(AGENT_LINES[lang]), [], thread=sess, aid=aid)
            else:
                emit(cust, next_business_morning(dt), "email", "outbound", rng.choice(AGENT_REPLY[lang]), [],
                     subject="Re: " + ("チャットでのお問い合わせ" if lang == "ja" else "Your chat enquiry"), thread=cust.thread, aid=aid)
    elif channel == "sns":
        emit(cust, dt, "sns", "inbound", (" " if lang == "en" else "").join(lines), codes, thread=None, aid=None, topic=topic)
    else:
        raise ValueError(channel)


def pick_days(pool, k, min_gap, max_gap=None, forbid=()):
    for _ in range(5000):
        if max_gap is None:
            ds = sorted(rng.sample(pool, k))
        else:
            first = rng.choice(pool)
            ds = [first]
            ok = True
            for _i in range(k - 1):
                nxt = [d for d in pool if min_gap <= (d - ds[-1]).days <= max_gap]
                if not nxt:
                    ok = False
                    break
                ds.append(rng.choice(nxt))
            if not ok:
                continue
        if all((b - a).days >= min_gap for a, b in zip(ds, ds[1:])) and \
                all(abs((d - f).days) >= min_gap for d in ds for f in forbid):
            return ds
    raise RuntimeError("cannot place days")


CHANNEL_W_JA = [("phone", 30), ("email", 20), ("web_form", 18), ("chat", 20), ("visit", 6), ("sns", 6)]
CHANNEL_W_EN = [("phone", 22), ("email", 30), ("web_form", 18), ("chat", 22), ("visit", 4), ("sns", 4)]


def pick_channel(lang, exclude=()):
    w = [(c, x) for c, x in (CHANNEL_W_JA if lang == "ja" else CHANNEL_W_EN) if c not in exclude]
    tot = sum(x for _, x in w)
    r = rng.uniform(0, tot)
    for c, x in w:
        r -= x
        if r <= 0:
            return c
    return w[-1][0]


def dur_for(channel, profile):
    if channel == "phone":
        return rng.randint(90, 1100) if profile == "normal" else rng.randint(300, 2280)
    if channel == "visit":
        return rng.randint(420, 1500) if profile == "normal" else rng.randint(600, 2280)
    return None


# ---------------------------------------------------------------- build population
N_NORMAL, N_LEGIT = 330, 40
ALL_CUSTS = []


def build_normals():
    tricky_use = {i: 0 for i in range(len(TRICKY))}
    for n in range(N_NORMAL):
        lang = "ja" if rng.random() < 0.64 else "en"
        biz = rng.choice(BIZ_KEYS)
        c = Cust("normal", lang, biz)
        k = rng.choices([1, 2, 3, 4], weights=[45, 30, 17, 8])[0]
        days = pick_days(BUSINESS_DAYS, k, 5)
        off_idx = rng.randrange(k) if rng.random() < 0.16 else None
        tricky_idx = None
        if rng.random() < 0.21:
            cands = [i for i, (b, l, _) in enumerate(TRICKY) if l == lang and (b is None or b == biz) and tricky_use[i] < 2]
            if cands:
                tricky_idx = rng.choice(cands)
                tricky_use[tricky_idx] += 1
        tpos = rng.randrange(k) if tricky_idx is not None else None
        for i, d in enumerate(days):
            if i == off_idx:
                # move to a nearby non-business time (same week), keep >=5 day spacing logic loose: same day night
                dt = off_time(d) if rng.random() < 0.6 else off_time(rng.choice([x for x in NONBUS_DAYS if abs((x - d).days) <= 2] or [d]))
            else:
                dt = biz_time(d)
            ch = pick_channel(lang)
            if i == tpos:
                line = TRICKY[tricky_idx][2]
            else:
                q = rng.choice(ORDINARY[biz][lang])
                pre, suf = rng.choice(JA_STYLE if lang == "ja" else EN_STYLE)
                if pre.startswith("夜分") and in_hours(dt):
                    pre = ""
                line = pre + q + suf
            flags = {"nolabel": rng.random() < 0.12}
            c.items.append((dt, ch, [line], [], dur_for(ch, "normal"), None, "n%d" % i, flags))
        ALL_CUSTS.append(c)


def build_legits():
    for n in range(N_LEGIT):
        biz, lang, stages = LEGIT[n % len(LEGIT)]
        c = Cust("legit_complainer", lang, biz)
        k = rng.randint(2, min(4, len(stages)))
        days = pick_days(BUSINESS_DAYS, k, 4, max_gap=12)
        for i, d in enumerate(days):
            dt = biz_time(d, latest=16 * 60 + 50)
            ch = pick_channel(lang, exclude=("sns",))
            c.items.append((dt, ch, [stages[i]], [], dur_for(ch, "legit"), None, "l%d" % i, {}))
        ALL_CUSTS.append(c)


def build_harassers():
    for h in HARASSERS:
        c = Cust("harasser", h["lang"], h["biz"])
        c.hkey = h["key"]
        c.built = set(h["stateful"])
        if h["style"] in ("句読点なしの書き起こし", "voice-to-text, no punctuation"):
            c.speakers = None
        evs = h["events"]
        block_days = []
        slots = {}
        rep = [i for i, e in enumerate(evs) if e["slot"] == "rep"]
        off = [i for i, e in enumerate(evs) if e["slot"] == "off"]
        burst = [i for i, e in enumerate(evs) if e["slot"] == "burst"]
        if rep:
            r0 = rng.randrange(8, len(BUSINESS_DAYS) - 12)
            days = BUSINESS_DAYS[r0:r0 + 4]
            cand = []
            for d in days:
                cand.append(at(d, 9, rng.randint(20, 59), rng.randint(0, 59)) + timedelta(minutes=rng.randint(0, 120)))
                cand.append(at(d, 14, rng.randint(0, 59), rng.randint(0, 59)) + timedelta(minutes=rng.randint(0, 130)))
            chosen = sorted(rng.sample(range(len(cand)), len(rep)))
            for i, ci in zip(rep, chosen):
                slots[i] = cand[ci]
            block_days += days
        if off:
            span = 24
            allowed = [d for d in ALL_DAYS if d + timedelta(days=span + 2) <= END - timedelta(days=12)]
            s = rng.choice(allowed[10:])
            step = span / (len(off) - 1)
            for j, i in enumerate(off):
                d = s + timedelta(days=round(j * step))
                while d in AVOID_DAYS:
                    d += timedelta(days=1)
                slots[i] = off_time(d)
                block_days.append(d)
        if burst:
            d = rng.choice(BUSINESS_DAYS[5:-5])
            t = at(d, rng.randint(10, 14), rng.randint(0, 59), rng.randint(0, 59))
            for i in burst:
                slots[i] = t
                if evs[i]["channel"] == "phone":
                    evs[i]["_dur"] = rng.randint(8, 55)
                    t = t + timedelta(seconds=evs[i]["_dur"] + rng.randint(40, 120))
                else:
                    t = t + timedelta(seconds=rng.randint(50, 190))
            block_days.append(d)
        rest = [i for i, e in enumerate(evs) if e["slot"] == "biz"]
        pool = [d for d in BUSINESS_DAYS if all(abs((d - b).days) >= 5 for b in block_days)]
        days = pick_days(pool, len(rest), 5)
        for i, d in zip(rest, days):
            e = evs[i]
            slots[i] = biz_time(d, latest=13 * 60 if e["dur"] == LONG else 17 * 60 + 20)
        session = "chat-" + hexid(10)
        for i, e in enumerate(evs):
            ch = e["channel"]
            if e["dur"] == LONG:
                dur = rng.randint(5400, 11000) if ch == "phone" else rng.randint(6000, 10800)
            elif "_dur" in e:
                dur = e["_dur"]
            else:
                dur = dur_for(ch, "harasser")
            topic = "REP" if e["slot"] == "rep" else "%s-%d" % (h["key"], i)
            flags = {"long": e["dur"] == LONG, "raw": h["raw_email"], "nolabel": c.speakers is None}
            if e["slot"] == "burst" and ch == "chat":
                flags["session"] = session
            c.items.append((slots[i], ch, e["lines"], e["codes"], dur, e["subject"], topic, flags))
        ALL_CUSTS.append(c)


build_normals()
build_legits()
build_harassers()

for c in ALL_CUSTS:
    c.items.sort(key=lambda x: x[0])
    for it in c.items:
        burst_like = it[7].get("session") is not None or (it[1] == "phone" and it[4] is not None and it[4] < 60)
        realise(c, it, allow_reply=not burst_like)
    if getattr(c, "hkey", None) and any(it[7].get("session") for it in c.items):
        last = max(it[0] for it in c.items if it[7].get("session"))
        emit(c, last + timedelta(seconds=rng.randint(60, 200)), "chat", "outbound", rng.choice(AGENT_LINES[c.lang]), [],
             thread=next(it[7]["session"] for it in c.items if it[7].get("session")), aid=rng.choice(AGENT_IDS))

RAW.sort(key=lambda x: (x[0].astimezone(timezone.utc), x[1]["event_id"]))

# ---------------------------------------------------------------- stateful rules
RULES = {
    "repetition": "same demand (same topic) in >= 4 inbound contacts within 7 days",
    "off_hours_contact": ">= 3 inbound contacts outside Mon-Fri 09:00-18:00 JST / closed days within 30 days",
    "contact_flood": ">= 5 inbound contacts within 60 minutes",
    "prolonged_contact": "a single phone call or visit >= 60 min, or >= 120 min of phone+visit time on one JST day",
}
by_cust = {}
for dt, ev, codes, cid, topic in RAW:
    if ev["direction"] == "inbound":
        by_cust.setdefault(cid, []).append((dt, ev, topic))


def max_in_window(times, window):
    times = sorted(times)
    best, j = 0, 0
    for i in range(len(times)):
        while times[i] - times[j] > window:
            j += 1
        best = max(best, i - j + 1)
    return best


def stateful_measures(cid, count_only=False):
    evs = by_cust.get(cid, [])
    m = {}
    topics = {}
    for dt, ev, tp in evs:
        topics.setdefault("ALL" if count_only else tp, []).append(dt)
    m["rep"] = max((max_in_window(v, timedelta(days=7)) for v in topics.values()), default=0)
    m["off"] = max_in_window([dt for dt, ev, tp in evs if not in_hours(dt)], timedelta(days=30))
    m["off_total"] = sum(1 for dt, ev, tp in evs if not in_hours(dt))
    m["flood"] = max_in_window([dt for dt, ev, tp in evs], timedelta(minutes=60))
    single = [ev.get("duration_s") or 0 for dt, ev, tp in evs if ev["channel"] in ("phone", "visit")]
    m["single"] = max(single, default=0)
    daily = {}
    for dt, ev, tp in evs:
        if ev["channel"] in ("phone", "visit"):
            k = dt.astimezone(JST).date()
            daily[k] = daily.get(k, 0) + (ev.get("duration_s") or 0)
    m["daily"] = max(daily.values(), default=0)
    return m


def strict(m):
    return {"repetition": m["rep"] >= 4, "off_hours_contact": m["off"] >= 3, "contact_flood": m["flood"] >= 5,
            "prolonged_contact": m["single"] >= 3600 or m["daily"] >= 7200}


def lenient(m):
    return {"repetition": m["rep"] >= 3, "off_hours_contact": m["off"] >= 2, "contact_flood": m["flood"] >= 3,
            "prolonged_contact": m["single"] >= 2700 or m["daily"] >= 5400}


for c in ALL_CUSTS:
    built = getattr(c, "built", set())
    m = stateful_measures(c.cid, count_only=(c.profile != "harasser"))
    st, le = strict(m), lenient(m)
    for code in STATEFUL:
        if code in built:
            assert st[code], (c.cid, code, m)
            # built clearly beyond the threshold
            if code == "repetition": assert m["rep"] >= 6, (c.cid, m)
            if code == "off_hours_contact": assert m["off"] >= 6, (c.cid, m)
            if code == "contact_flood": assert m["flood"] >= 8, (c.cid, m)
            if code == "prolonged_contact": assert m["single"] >= 5400, (c.cid, m)
        else:
            assert not le[code], (c.profile, getattr(c, "hkey", ""), c.cid, code, m)
    if c.profile == "normal":
        assert m["off_total"] <= 1, (c.cid, m)
    if c.profile == "legit_complainer":
        assert m["off_total"] == 0 and m["single"] <= 40 * 60 and 2 <= len(by_cust[c.cid]) <= 4, (c.cid, m)

# ---------------------------------------------------------------- labels
ev_labels = {}
cust_beh = {c.cid: set(getattr(c, "built", set())) for c in ALL_CUSTS}
for dt, ev, codes, cid, topic in RAW:
    if ev["direction"] == "outbound":
        assert not codes
    ev_labels[ev["event_id"]] = [x for x in CONTENT if x in codes]
    cust_beh[cid].update(codes)
for c in ALL_CUSTS:
    if c.profile != "harasser":
        assert not cust_beh[c.cid], c.cid
    else:
        assert cust_beh[c.cid], c.cid

# every harassing sentence belongs to exactly one customer
seen = {}
for h in HARASSERS:
    for e in h["events"]:
        if e["codes"]:
            for ln in e["lines"]:
                assert ln not in seen, ln
                seen[ln] = h["key"]

customers = {}
for c in sorted(ALL_CUSTS, key=lambda x: x.cid):
    customers[c.cid] = {"profile": c.profile, "behaviors": [x for x in CODES if x in cust_beh[c.cid]]}

prof_counts = {p: sum(1 for c in ALL_CUSTS if c.profile == p) for p in ("normal", "legit_complainer", "harasser")}
meta = {
    "seed": SEED,
    "customers": len(ALL_CUSTS),
    "start": START.isoformat(),
    "end": END.isoformat(),
    "counts": {
        "events": len(RAW),
        "events_with_content_label": sum(1 for v in ev_labels.values() if v),
        "profiles": prof_counts,
        "customers_per_code": {k: sum(1 for v in customers.values() if k in v["behaviors"]) for k in CODES},
        "events_per_content_code": {k: sum(1 for v in ev_labels.values() if k in v) for k in CONTENT},
    },
    "calendar": {
        "timezone": "Asia/Tokyo",
        "weekdays": "Mon-Fri",
        "hours": "09:00-18:00",
        "closed_days_in_range": sorted(d.isoformat() for d in CLOSED),
    },
    "agents": AGENTS,
    "stateful_rules": RULES,
}
for k in CODES:
    assert meta["counts"]["customers_per_code"][k] >= 4, k


def main():
    if len(sys.argv) != 2:
        print("usage: python3 gen.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for dt, ev, codes, cid, topic in RAW:
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps({"events": ev_labels, "customers": customers, "meta": meta},
                           ensure_ascii=False, separators=(",", ":")))
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    main()
