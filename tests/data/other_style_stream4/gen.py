#!/usr/bin/env python3
"""Blind labelled test stream, style 4: travel/airline, municipal office, mobile game.

usage: python3 gen.py OUTDIR      (standard library only, fixed seed, deterministic)
"""
import datetime as dt
import hashlib
import json
import os
import random
import sys

SEED = 4242
rng = random.Random(SEED)
JST = dt.timezone(dt.timedelta(hours=9))
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 31)
HOLIDAYS = {dt.date(2026, 1, 12), dt.date(2026, 2, 11), dt.date(2026, 2, 23), dt.date(2026, 3, 20)}
DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]
OPEN_DAYS = [d for d in DAYS if d.weekday() < 5 and d not in HOLIDAYS]
CLOSED_DAYS = [d for d in DAYS if d not in OPEN_DAYS]

CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
           "abusive_language", "legal_threat", "online_defamation_threat", "sexual_harassment",
           "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL = CONTENT + STATEFUL

AGENT_NAMES = [("西村", "ニシムラ", "Nishimura"), ("大野", "オオノ", "Ono"), ("藤原", "フジワラ", "Fujiwara"),
               ("三浦", "ミウラ", "Miura"), ("岩崎", "イワサキ", "Iwasaki"), ("原田", "ハラダ", "Harada"),
               ("小松", "コマツ", "Komatsu"), ("野口", "ノグチ", "Noguchi"), ("松田", "マツダ", "Matsuda"),
               ("菅原", "スガワラ", "Sugawara"), ("内田", "ウチダ", "Uchida"), ("平野", "ヒラノ", "Hirano"),
               ("久保", "クボ", "Kubo"), ("千葉", "チバ", "Chiba"), ("今井", "イマイ", "Imai"),
               ("河野", "コウノ", "Kono"), ("杉山", "スギヤマ", "Sugiyama"), ("増田", "マスダ", "Masuda"),
               ("丸山", "マルヤマ", "Maruyama"), ("高木", "タカギ", "Takagi"), ("宮本", "ミヤモト", "Miyamoto"),
               ("武田", "タケダ", "Takeda"), ("上田", "ウエダ", "Ueda"), ("安藤", "アンドウ", "Ando"),
               ("服部", "ハットリ", "Hattori"), ("星野", "ホシノ", "Hoshino"), ("福田", "フクダ", "Fukuda"),
               ("秋山", "アキヤマ", "Akiyama"), ("横山", "ヨコヤマ", "Yokoyama"), ("桑原", "クワバラ", "Kuwabara")]
AGENTS = {f"staff-{101 + i}": {"ja": a, "kana": b, "en": c} for i, (a, b, c) in enumerate(AGENT_NAMES)}
AGENT_IDS = list(AGENTS)
IND_AGENTS = {"travel": AGENT_IDS[0:10], "city": AGENT_IDS[10:20], "game": AGENT_IDS[20:30]}

SOURCES = {
    "travel": {"phone": "genesys-haneda", "email": "mailrelay-skytour", "chat": "livechat-skytour",
               "sns": "line-oa-skytour", "web_form": "skytour-form", "visit": "counter-shinjuku"},
    "city": {"phone": "city-hall-pbx", "email": "city-mail", "chat": "city-ai-chat",
             "sns": "line-oa-city", "web_form": "e-shinsei", "visit": "madoguchi-log"},
    "game": {"phone": "game-cs-ivr", "email": "helpshift-mail", "chat": "helpshift-ingame",
             "sns": "x-dm-gamecs", "web_form": "game-inquiry", "visit": "event-booth"},
}

# ---------------------------------------------------------------- helpers

_counter = [0]


def new_id(prefix):
    _counter[0] += 1
    h = hashlib.sha1(f"{SEED}:{_counter[0]}".encode()).hexdigest()[:10]
    return f"{prefix}_{h}{_counter[0]:05d}"


def fmt_ts(t):
    """Mixed offset styles, as real sources send them."""
    r = rng.random()
    if r < 0.55:
        return t.isoformat(timespec="seconds")
    if r < 0.75:
        return t.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    if r < 0.90:
        return t.isoformat(timespec="milliseconds")
    return t.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def at(day, h, m, s=None):
    return dt.datetime(day.year, day.month, day.day, h, m, rng.randint(0, 59) if s is None else s, tzinfo=JST)


def biz_time(day, lo=9, hi=17):
    return at(day, rng.randint(lo, hi - 1) if hi > lo else lo, rng.randint(2, 55))


def off_time(day=None):
    """A moment outside 09:00-18:00 Mon-Fri / on a closed day."""
    if day is None:
        if rng.random() < 0.4:
            day = rng.choice(CLOSED_DAYS)
        else:
            day = rng.choice(OPEN_DAYS)
    if day in OPEN_DAYS:
        h = rng.choice([19, 20, 21, 22, 23, 23, 0, 1, 2, 6, 7])
    else:
        h = rng.choice([8, 10, 11, 13, 15, 17, 20, 22, 23])
    return at(day, h, rng.randint(0, 59))


def is_open(t):
    t = t.astimezone(JST)
    return t.date() in OPEN_DAYS and 9 <= t.hour < 18


def pick(x):
    return rng.choice(x)


EVENTS = []
LABELS = {}


def emit(cust, t, channel, text, *, direction="inbound", agent=None, dur=None, subject=None,
         lang=None, thread=None, codes=(), no_agent_ok=True):
    ev = {"event_id": new_id({"phone": "call", "email": "mail", "chat": "chat", "sns": "dm",
                              "web_form": "form", "visit": "visit"}[channel]),
          "occurred_at": fmt_ts(t),
          "channel": channel, "direction": direction, "customer_id": cust["id"],
          "agent_id": agent if agent is not None else (None if no_agent_ok and rng.random() < 0.25 else pick(IND_AGENTS[cust["ind"]])),
          "subject": subject, "text": text,
          "language": lang if rng.random() < 0.85 else None,
          "thread_id": thread, "source": SOURCES[cust["ind"]][channel]}
    if channel in ("phone", "visit"):
        ev["duration_s"] = dur if dur is not None else rng.randint(90, 900)
    elif rng.random() < 0.5:
        ev["duration_s"] = None
    EVENTS.append((t, ev))
    LABELS[ev["event_id"]] = sorted(set(codes))
    cust["events"].append(ev)
    for c in codes:
        cust["content"].add(c)
    return ev


# ---------------------------------------------------------------- text material

TOPICS = {
    "travel": [
        ("ja", "来月の沖縄行きパッケージ、出発日を1日後ろにずらせますか。"),
        ("ja", "マイルの有効期限がいつまでか確認したいです。"),
        ("ja", "受託手荷物の重量制限を教えてください。ゴルフバッグは別料金ですか。"),
        ("ja", "領収書の宛名を会社名に変更してほしいです。"),
        ("ja", "子連れなので前方の座席を指定したいのですが、まだ空いてますか。"),
        ("ja", "ソウル便のオンラインチェックインがエラーになります。"),
        ("en", "Hello, I booked Osaka to Seoul flight. Can I change name spelling? My passport say KIM MINJUN but booking is MINJOON."),
        ("en", "Hi, I am from Shanghai. I want to know if the hotel in package include breakfast, thank you."),
        ("en", "Could you please tell me the baggage allowance for the Sapporo tour? I have ski equipment."),
        ("romaji", "sumimasen, yoyaku no henkou wo shitai desu. 2/14 no bin wo 2/15 ni dekimasu ka?"),
        ("kata", "ツアーノ キャンセルポリシー ヲ オシエテクダサイ。ビザ ノ テツヅキ ガ マダ オワッテイマセン。"),
    ],
    "city": [
        ("ja", "住民票の写しをコンビニで取りたいのですが、マイナンバーカードの暗証番号を忘れました。"),
        ("ja", "粗大ごみの収集申し込みはどこからできますか。"),
        ("ja", "児童手当の現況届は今年も必要ですか。"),
        ("ja", "転入届に必要な書類を教えてください。"),
        ("ja", "図書館の予約本の受け取り期限が過ぎてしまいました。"),
        ("ja", "住民税の納付書を紛失しました。再発行をお願いします。"),
        ("elder", "わたくし、八十を過ぎておりまして、パソコンがよくわかりません。介護保険の更新の書類はどちらへ出せばよろしいのでしょうか。"),
        ("elder", "年金の通知がまだ届かないのですが、こちらで伺ってよろしいものでしょうか。お手数をおかけいたします。"),
        ("en", "Hello, I am foreign resident from Korea. How can I get residence certificate in English? Thank you."),
        ("en", "Hi, my name is Chen. I moved to this city last week. What document need for national health insurance?"),
        ("romaji", "gomi no dashikata ga wakarimasen. pettobotoru wa nanyoubi desu ka"),
    ],
    "game": [
        ("teen", "機種変したらデータ引き継げないんだけど、どうすればいいですか？"),
        ("teen", "イベントのランキング報酬まだ届いてないです〜"),
        ("teen", "ガチャ10連したらアプリ落ちた！石は減ってる…確認おねがいします🙏"),
        ("ja", "ログインボーナスが受け取れない不具合が起きています。"),
        ("ja", "課金したジェムが反映されていません。レシートを添付します。"),
        ("game_neg", "第7章のボスがどうしても倒せません。おすすめ編成とかありますか？"),
        ("game_neg", "レイドで敵を全滅させたのに報酬ゼロでした。バグですか？"),
        ("game_neg", "kill the boss したのにクエストクリアにならないです"),
        ("game_neg", "ボスぶっ殺すまで寝ないって決めたのに、また落ちた…通信エラーの直し方ありますか"),
        ("game_neg", "新ボス強すぎて何回やっても殺される笑 でも楽しいです！質問はギルドの人数上限です"),
        ("en", "Hi, I am playing from Korea. Cannot kill the raid boss because skill damage show 0. Is it bug?"),
        ("en", "Hello, gacha probability page not show in Chinese language. Can you add please?"),
        ("kata", "アカウント ガ ロック サレマシタ。パスワード リセット デキマセン。"),
    ],
}

ISSUES = {  # legitimate complaint material: (short name, angry but legitimate lines)
    "travel": [
        ("欠航の払い戻し", ["欠航になったのに払い戻しの案内がまだ来ません。約款どおり全額返金されるはずですよね。",
                     "もう2週間待っています。正直かなり怒っています。早く手続きしてください。",
                     "電話は30分つながらないし、メールは定型文だけ。対応が遅すぎます。"]),
        ("ホテル二重予約", ["現地に着いたらホテルの予約が入っていなかった。深夜に自腹で別のホテルを取りました。その差額は請求させてください。",
                       "領収書を送りました。あの夜は本当に最悪でした。納得できる説明をお願いします。"]),
        ("delayed baggage", ["My baggage did not arrive for 3 days. I had to buy clothes. Your rule says delayed baggage expense is covered, please pay.",
                             "I am very angry, nobody call me back. I sent receipts twice already."]),
    ],
    "city": [
        ("住民税の誤り", ["住民税の通知書の金額が間違っていました。扶養控除が反映されていません。",
                     "こちらは窓口に2回も足を運んでいます。何度同じ説明をさせるんですか。いい加減にしてほしい。",
                     "訂正後の通知書がまだ届きません。いつになるのか、はっきり教えてください。"]),
        ("ごみ未収集", ["3週続けてうちの地区だけ資源ごみが回収されていません。カラスが荒らして道路が汚れています。",
                    "前にも連絡しました。本当に困っているんです。きちんと業者に指導してください。"]),
        ("translation error", ["The English guide for tax says wrong deadline. I paid late fee because of this. Please refund the late fee, it is your mistake.",
                               "I am upset. I called 3 times and each person say different thing."]),
    ],
    "game": [
        ("二重課金", ["同じ購入で2回引き落とされています。明細のスクショ添付します。返金してください。",
                   "もう1週間返事ないんですけど。ちゃんと見てますか？",
                   "サポートの返信遅すぎ。正直ムカついてます。でも返金だけはちゃんとしてください。"]),
        ("メンテ延長補償", ["メンテが12時間延長されてイベント走れませんでした。お知らせにあった補償がまだ配布されてません。",
                       "告知と違うじゃないですか。他のプレイヤーも怒ってますよ。"]),
        ("account hacked", ["My account was hacked and all items gone. I have proof of my purchase. Please restore my account.",
                            "I am very angry because support only send template answer. Please read my message properly."]),
    ],
}

# harassment phrase banks: code -> list of (style, phrase). {ja}/{kana}/{en} = targeted agent name
PH = {
    "excessive_demand": {
        "travel": [("ja", "自己都合のキャンセルだろうが関係ない、手数料ゼロで全額返金しろ"),
                   ("ja", "遅れたお詫びにビジネスクラスに無料でアップグレードさせろ。それが筋だろ"),
                   ("ja", "迷惑料として一人10万円、家族4人分振り込んでもらう"),
                   ("en", "You must refund full price and also pay me 500 dollar for my stress, I don't care your cancel rule"),
                   ("romaji", "zengaku henkin shiro. tesuuryou nante harawanai kara na")],
        "city": [("ja", "俺は税金払ってるんだから証明書の手数料なんかタダにしろ"),
                 ("ja", "順番なんか知らん、俺の申請を今日中に一番先に処理しろ"),
                 ("ja", "粗大ごみ、規定外だろうが市の車で無料で全部持っていけ"),
                 ("en", "I want your office to pay my moving cost because your procedure is too complicated")],
        "game": [("teen", "ガチャで出なかったんだから課金した8万全額返せ。あと限定SSRも付けろ"),
                 ("ja", "BANされたお詫びにジェム1万個と全キャラ解放を要求します"),
                 ("teen", "ランキング1位になれなかったのは運営のせいだから1位報酬よこせ"),
                 ("en", "Give me all limited characters for free, I spent too much money, this is your responsibility")],
    },
    "apology_demand": [("ja", "土下座して謝れ。話はそれからだ"), ("ja", "責任者の手書きの謝罪文を今週中に郵送しろ"),
                       ("ja", "社長名義の詫び状を出せ。出すまで許さない"), ("kata", "ドゲザシロ。ハナシハ ソレカラダ"),
                       ("romaji", "dogeza shite ayamare yo"),
                       ("en", "Your CEO must write official apology letter with his signature to me"),
                       ("en", "Your manager must kneel down and apologize to me, like in Korea drama")],
    "in_person_demand": [("ja", "電話じゃ話にならん。今から担当者がうちまで来て説明しろ"),
                         ("ja", "明日10時に駅前の喫茶店に来い。直接会って話をつける"),
                         ("ja", "上の人間がこっちに出向いて来い。呼びつけるな"),
                         ("teen", "運営の人、オフで会って説明してよ。渋谷くらい来れるっしょ"),
                         ("en", "Your staff must come to my hotel in person tonight and explain face to face"),
                         ("romaji", "chokusetsu ie made kite setsumei shiro")],
    "violence_threat": [("ja", "夜道には気をつけろよ"), ("ja", "そっちに乗り込んでぶん殴ってやる"),
                        ("ja", "次に顔見たらただじゃおかねえからな"), ("ja", "火でもつけてやろうか、その建物"),
                        ("teen", "運営の社員全員まじでぶっ殺すぞ"), ("romaji", "omae korosu zo, hontou ni"),
                        ("en", "I know where your office is. Something bad will happen to you, be careful")],
    "abusive_language": [("ja", "お前ら本当に無能だな。給料泥棒が"), ("ja", "頭悪いのか？日本語わかる？"),
                         ("ja", "役人なんて税金泥棒のクズばっかりだ"), ("teen", "低能運営しね"),
                         ("ja", "こんなこともできないのか、能無し"), ("romaji", "baka ka omae wa, nouryoku zero"),
                         ("en", "You are stupid and useless staff, even a child can do better job"),
                         ("kata", "オマエ ホントニ バカダナ")],
    "legal_threat": [("ja", "弁護士に相談して訴えるからな"), ("ja", "損害賠償を請求させてもらう"),
                     ("ja", "国交省に全部言いつけてやる"), ("ja", "出るところに出てもいいんだぞ"),
                     ("ja", "消費者庁と総務省に通報するからな、覚悟しとけ"),
                     ("en", "I will sue your company and report to the ministry, you will be in big trouble"),
                     ("romaji", "bengoshi ni soudan shite uttaeru kara")],
    "online_defamation_threat": [("ja", "この対応、全部録音してるからSNSで晒す"),
                                 ("ja", "Googleの口コミに星1を書きまくってやる"),
                                 ("ja", "Xで拡散してやる。お前の名前も出してな"),
                                 ("teen", "ストアレビュー低評価で埋めてやるからな、YouTubeにも上げる"),
                                 ("en", "I will post this on Xiaohongshu and every Korean community, your company is finished")],
    "sexual_harassment": [("ja", "さっきの電話の子、声かわいいね。彼氏いるの？"),
                          ("ja", "今度二人で飲みに行こうよ、ホテルも取っとくから"),
                          ("ja", "{ja}さんってスタイルいいよね、今日何色の下着？"),
                          ("en", "You have sexy voice. What are you wearing now?"),
                          ("romaji", "kanojo ni shitai na, karada mo kirei sou")],
    "privacy_intrusion": [("ja", "{ja}さんの自宅の住所を教えろ"), ("ja", "{ja}さん個人のLINE教えてよ"),
                          ("ja", "{ja}さんは何時に仕事終わるの？外で待ってるから"),
                          ("ja", "この前駅で{ja}さんを見かけたから写真撮っといたよ"),
                          ("en", "What time does {en} finish work? I will wait outside the building"),
                          ("kata", "{kana}サンノ ケイタイバンゴウ オシエテ")],
    "staff_naming": [("ja", "{ja}を出せ。{ja}以外とは話さない"), ("ja", "{ja}を辞めさせろ"),
                     ("ja", "{ja}をクビにしないなら何度でも電話する"), ("kata", "{kana}ヲ ダセ"),
                     ("en", "Put {en} on the phone. Only {en}, nobody else"),
                     ("romaji", "{en} wo dase. hoka no hito wa iranai")],
    "pressure_language": [("ja", "これじゃ仕事にならないんだよ"), ("ja", "致命的なミスだぞ、分かってるのか"),
                          ("ja", "多大な損害が出てるんだ、今すぐ対応しろ"), ("kata", "イマスグ タイオウシロ"),
                          ("ja", "1時間以内に回答しろ。できなきゃ致命的だ"),
                          ("en", "This is critical, huge damage for my business, fix it right now")],
}

OFFHOURS_LINES = [
    ("ja", "至急です。休日でも担当の方から折り返しをお願いします。"),
    ("ja", "【緊急】夜分ですが、本日中に必ず返事をください。"),
    ("ja", "至急！！連絡ください。明日の朝まで待てません。"),
    ("ja", "緊急の件です。何度も送っていますが返事がありません。至急折り返してください。"),
    ("en", "URGENT. Please reply tonight, I cannot wait until Monday."),
    ("romaji", "shikyuu desu. kyou juu ni renraku kudasai"),
    ("teen", "至急!!!! 深夜でも見てる人いるでしょ？返事して"),
]
FLOOD_LINES = [("ja", "まだですか？"), ("ja", "電話出てください"), ("ja", "折り返しは？"), ("ja", "さっきの件どうなった"),
               ("ja", "もう一回かけます"), ("ja", "返事まだ？"), ("en", "Hello?? answer please"), ("en", "still waiting"),
               ("teen", "はやく"), ("teen", "おーい"), ("ja", "？？？"), ("kata", "マダデスカ")]
FLOOD_CALLS = ["着信。名乗らずに「まだか」とだけ言って切断。", "着信後すぐ切断（無言）。", "「さっきの件は」と一言のみ。担当確認中に切断。",
               "Caller hung up after 10 seconds without stating the reason.", "着信。前回と同じ内容の確認のみ。"]


def fill(p, ag):
    a = AGENTS[ag]
    return p.format(ja=a["ja"], kana=a["kana"], en=a["en"])


def phrase(code, cust, avoid=None):
    bank = PH[code]
    if isinstance(bank, dict):
        bank = bank[cust["ind"]]
    choices = [x for x in bank if x[1] not in (avoid or ())] or bank
    st, p = pick(choices)
    return st, fill(p, cust["target"])


# ---------------------------------------------------------------- wrappers (formats)

def chat_export(cust, t, lines, agent):
    out, cur = [], t
    an = AGENTS[agent]["ja"]
    for who, s in lines:
        stamp = cur.strftime("%Y/%m/%d %H:%M:%S") if not out else cur.strftime("%H:%M:%S")
        out.append(f"[{stamp}] {'お客様' if who == 'c' else 'オペレーター(' + an + ')'}: {s}")
        cur += dt.timedelta(seconds=rng.randint(15, 90))
    return "\n".join(out)


def line_style(s):
    tail = pick(["", " [スタンプ]", "\n[スタンプ]", " 😡" if rng.random() < 0.3 else "", "\n[スタンプ][スタンプ]", " 🙏"])
    return s + tail


def summary_ja(topic, quotes, calm=False):
    if calm:
        return (f"【応対メモ】お客様は落ち着いた口調で{topic}について問い合わせされた。"
                f"担当より手順を案内し、お客様は「わかりました、ありがとうございます」と述べて終話。")
    body = f"【応対メモ】お客様より{topic}の件で入電。"
    for q in quotes:
        body += pick([f"お客様は「{q}」と強い口調で述べた。", f"途中、お客様は「{q}」と声を荒げた。",
                      f"お客様は「{q}」と繰り返し主張した。"])
    return body + pick(["担当より規定上対応できない旨を説明。", "上長に報告済み。", "規約を説明したが納得されず終話。"])


def summary_en(topic, quotes, calm=False):
    if calm:
        return (f"Call summary: Caller asked calmly about {topic}. Agent explained the procedure. "
                "Caller stated that the explanation was clear and thanked the agent.")
    body = f"Call summary: Caller contacted us regarding {topic}. "
    for q in quotes:
        body += pick([f'Caller stated that "{q}". ', f'Caller shouted: "{q}". ', f'Caller said "{q}" in a raised voice. '])
    return body + pick(["Agent explained our policy.", "Escalated to supervisor.", "Call ended without resolution."])


def voicemail(quotes):
    s = "【留守番電話・自動文字起こし】\n" + pick(["えー、もしもし。", "あのー、", "……もしもし？"])
    s += "".join(q + "。" for q in quotes)
    return s + pick(["以上。", "折り返し待ってるから。（録音終了）", "……（無音）……（録音終了）"])


CONF_JA = ("※本メールは機密情報を含む場合があります。誤って受信された方は、直ちに送信者へご連絡のうえ削除してください。"
           "本メールの無断での複製・転送・開示は法律により禁じられています。")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you are not the intended "
           "recipient, any disclosure, copying or distribution is strictly prohibited and may be unlawful. "
           "Please notify the sender and delete this message.")


def forward_block(cust, prev_text, t_prev):
    an = AGENTS[pick(IND_AGENTS[cust["ind"]])]
    if rng.random() < 0.5:
        return (f"\n\n-------- 転送メッセージ --------\n件名: Re: お問い合わせの件\n日付: {t_prev.strftime('%Y年%m月%d日 %H:%M')}\n"
                f"差出人: サポートセンター {an['ja']}\n\n{prev_text}\n\n{CONF_JA}")
    return (f"\n\n-----Original Message-----\nFrom: support desk ({an['en']})\nSent: {t_prev.strftime('%a, %d %b %Y %H:%M')}\n"
            f"Subject: RE: your inquiry\n\n{prev_text}\n\n{CONF_EN}")


AGENT_REPLIES = ["ご不便をおかけしておりますことを深くお詫び申し上げます。返金につきましては規約第12条に基づきご案内いたします。",
                 "担当部署にて確認のうえ、改めてご連絡いたします。必要に応じて担当者がご自宅へ訪問することも可能です。",
                 "We sincerely apologize for the inconvenience. A refund will be processed according to our terms.",
                 "お問い合わせありがとうございます。ご指摘の件、謝罪とともに補償内容をお知らせいたします。"]


def lang_of(style):
    return "en" if style == "en" else ("ja" if style != "romaji" else None)


def wrap_harass(cust, t, parts, codes, channel=None):
    """parts: list of (style, sentence). Emits one inbound event in a channel-specific format."""
    ch = channel or pick(cust["channels"])
    ag = pick(IND_AGENTS[cust["ind"]])
    topic = cust["issue"]
    style = parts[0][0]
    lang = lang_of(style)
    sents = [p for _, p in parts]
    if ch == "phone":
        r = rng.random()
        if r < 0.45:
            text = summary_en(topic, sents) if style == "en" else summary_ja(topic, sents)
            lang = "en" if style == "en" else "ja"
        elif r < 0.7:
            text = voicemail(sents)
        else:
            text = f"担当: お電話ありがとうございます、{AGENTS[ag]['ja']}でございます。\n客: {topic}の件だけど。" + "".join(
                f"\n客: {s}" for s in sents) + "\n担当: 申し訳ございませんが、そのご要望にはお応えいたしかねます。"
        return emit(cust, t, "phone", text, agent=ag, dur=rng.randint(180, 1500), lang=lang, codes=codes)
    if ch == "chat":
        lines = [("c", f"{topic}の件です")] + [("a", "ご連絡ありがとうございます。確認いたします。")] + [("c", s) for s in sents]
        return emit(cust, t, "chat", chat_export(cust, t, lines, ag), agent=ag, lang=lang, codes=codes,
                    thread=f"conv-{rng.randint(100000, 999999)}")
    if ch == "sns":
        return emit(cust, t, "sns", line_style("\n".join(sents)), lang=lang, codes=codes)
    if ch == "email":
        body = "\n\n".join(sents)
        if rng.random() < 0.5:
            body += forward_block(cust, pick(AGENT_REPLIES), t - dt.timedelta(days=rng.randint(1, 5)))
        return emit(cust, t, "email", body, subject=pick(["Re: お問い合わせの件", f"{topic}について", "RE: RE: complaint", "Fwd: 回答"]),
                    lang=lang, codes=codes, thread=cust["mail_thread"])
    if ch == "visit":
        text = f"【窓口記録】来庁者は{topic}について来訪。" + "".join(f"来庁者は「{s}」と大声で述べた。" for s in sents)
        return emit(cust, t, "visit", text, dur=rng.randint(600, 2400), lang="ja", codes=codes)
    # web form
    text = (f"Name: {cust['name']}\nお問い合わせ種別 / Category: {pick(['Complaint / 苦情', 'その他 / Other', 'Refund / 返金'])}\n"
            f"Detail / 内容:\n" + "\n".join(sents))
    return emit(cust, t, "web_form", text, subject="お問い合わせフォーム / Contact form", lang=lang, codes=codes,
                thread=f"INQ-{rng.randint(10000, 99999)}")


# ---------------------------------------------------------------- customers

NAMES = ["山内", "Kim Minjun", "陳 偉", "佐野", "Lee Jiyoung", "王 芳", "大塚", "Park Seojun", "劉 洋", "田村",
         "Nakano Yui", "村田", "Choi", "張 敏", "遠山", "かな", "ゆうと", "Tanaka Ken", "岡本", "Zhao Lei"]


def make_customer(i, profile, ind):
    cid = {"travel": f"SKY-M{700000 + i * 37}", "city": f"jumin-{20000 + i}", "game": f"uid:{88000000 + i * 1013}"}[ind]
    if ind == "travel" and i % 5 == 0:
        cid = f"mailto:cust{i}@example.jp"
    if ind == "city" and i % 4 == 0:
        cid = f"tel:+81-3-55{i % 100:02d}-{1000 + i * 7 % 9000:04d}"
    chans = {"travel": ["phone", "email", "chat", "sns", "web_form"],
             "city": ["phone", "visit", "email", "web_form", "sns"],
             "game": ["chat", "sns", "email", "web_form"]}[ind]
    return {"id": cid, "ind": ind, "profile": profile, "events": [], "content": set(), "stateful": set(),
            "channels": chans, "name": pick(NAMES), "target": pick(IND_AGENTS[ind]),
            "mail_thread": f"MT-{ind[:2].upper()}-{rng.randint(100000, 999999)}",
            "issue": pick([x[0] for x in ISSUES[ind]])}


def render_normal(cust, style, s, t, ch):
    lang = lang_of(style) if style not in ("game_neg", "elder", "teen", "kata") else "ja"
    ag = pick(IND_AGENTS[cust["ind"]])
    if ch == "phone":
        if rng.random() < 0.5:
            text = summary_en("their booking", [], calm=True) if style == "en" else summary_ja("手続き", [], calm=True)
            text = text.replace("問い合わせされた。", f"問い合わせされた。（内容: {s}）") if style != "en" else text + f" Details: {s}"
        else:
            text = f"担当: お電話ありがとうございます、{AGENTS[ag]['ja']}です。\n客: {s}\n担当: 確認いたします。\n客: お願いします。"
        return emit(cust, t, "phone", text, agent=ag, dur=rng.randint(60, 1100), lang=lang)
    if ch == "chat":
        lines = [("c", s), ("a", "確認いたします。少々お待ちください。"), ("c", pick(["はい", "ありがとうございます", "OK thanks", "了解です！"]))]
        return emit(cust, t, "chat", chat_export(cust, t, lines, ag), agent=ag, lang=lang, thread=f"conv-{rng.randint(100000, 999999)}")
    if ch == "sns":
        return emit(cust, t, "sns", line_style(s), lang=lang)
    if ch == "email":
        body = pick(["お世話になっております。\n\n", "", "Dear support team,\n\n", "いつもお世話になります。\n"]) + s
        if rng.random() < 0.35:
            body += forward_block(cust, pick(AGENT_REPLIES), t - dt.timedelta(days=rng.randint(1, 9)))
        elif rng.random() < 0.2:
            body += "\n\n" + pick([CONF_JA, CONF_EN])
        elif rng.random() < 0.25:
            body += "\n\n> " + pick(AGENT_REPLIES) + "\n> " + pick(["必要であれば窓口までお越しいただくか、担当者が伺います。", "重ねてお詫び申し上げます。", "Compensation will be paid as stated in section 8."])
        return emit(cust, t, "email", body, subject=pick(["お問い合わせ", "質問です", "Inquiry", "Fwd: ご予約確認", None]), lang=lang,
                    thread=cust["mail_thread"])
    if ch == "visit":
        return emit(cust, t, "visit", f"【窓口記録】来庁者は穏やかな様子で相談。内容: {s}", dur=rng.randint(120, 1500), lang="ja")
    return emit(cust, t, "web_form", f"Name: {cust['name']}\nCategory / 種別: 一般 General\nMessage:\n{s}",
                subject="お問い合わせフォーム / Contact form", lang=lang, thread=f"INQ-{rng.randint(10000, 99999)}")


def reply(cust, t, ch="email"):
    """Outbound answer from an agent (unlabelled)."""
    txt = pick(["お問い合わせいただきありがとうございます。以下のとおりご案内いたします。",
                "ご連絡が遅くなり申し訳ございません。手続きが完了いたしました。",
                "Thank you for contacting us. Please find the information below.",
                "恐れ入りますが、規約によりご希望には沿いかねます。何卒ご理解ください。"])
    if rng.random() < 0.3:
        txt += "\n\n" + pick([CONF_JA, CONF_EN])
    return emit(cust, t, ch if ch in ("email", "sns", "chat") else "email", txt, direction="outbound",
                agent=pick(IND_AGENTS[cust["ind"]]), subject="Re: お問い合わせ" if ch == "email" else None,
                lang="ja", thread=cust["mail_thread"] if ch == "email" else None)


def gen_normal(cust):
    n = rng.choice([1, 2, 3, 3, 4, 4, 5, 6])
    days = sorted(rng.sample(OPEN_DAYS, n))
    night = rng.random() < 0.12
    for k, d in enumerate(days):
        style, s = pick(TOPICS[cust["ind"]])
        ch = pick(cust["channels"])
        if night and k < 2 and ch in ("email", "web_form", "sns"):
            t = off_time()
            s = pick(["夜分に失礼します。", "遅い時間にすみません。", "Sorry for late message. "]) + s + pick(
                ["急ぎではないので、営業時間内にお返事いただければ大丈夫です。", " No hurry, reply anytime is ok.", "お手すきの際にお願いします。"])
        else:
            t = biz_time(d)
        render_normal(cust, style, s, t, ch)
        if ch in ("email", "web_form") and rng.random() < 0.6:
            t2 = t + dt.timedelta(hours=rng.randint(2, 30))
            if is_open(t2):
                reply(cust, t2)
    # hard negative: many short messages in one chat conversation
    if rng.random() < 0.12 or (cust["ind"] == "game" and rng.random() < 0.15):
        d = pick(OPEN_DAYS)
        t = biz_time(d)
        th = f"conv-{rng.randint(100000, 999999)}"
        ag = pick(IND_AGENTS[cust["ind"]])
        msgs = ["すみません", "ログインできなくて", "あ、エラーコードは E-302 です", "[画像]", "スクショ送りました", "再起動しました",
                "まだダメです", "あ、できたかも", "できました！", "ありがとうございました🙇", "はい", "ちょっと待ってください"]
        for m in rng.sample(msgs, rng.randint(7, 11)):
            t += dt.timedelta(seconds=rng.randint(20, 70))
            emit(cust, t, "chat", f"[{t.strftime('%H:%M:%S')}] {m}", agent=ag, lang="ja", thread=th)
    # hard negative: long but reasonable travel rebooking
    if cust["ind"] == "travel" and rng.random() < 0.1:
        d = pick(OPEN_DAYS)
        m = rng.randint(38, 58)
        text = (f"【応対メモ】通話時間 約{m}分。お客様は大雪による欠航で、成田→ヘルシンキ→リスボンの乗継便と現地ホテル3泊、"
                "レンタカーの振替を希望。担当と一緒に代替ルートを3案比較し、同行者2名分の予約も順に変更。"
                "お客様は終始落ち着いており「丁寧にありがとうございました」と述べた。")
        emit(cust, biz_time(d, 9, 16), "phone", text, dur=m * 60 + rng.randint(0, 50), lang="ja")


def gen_legit(cust):
    name, lines = [x for x in ISSUES[cust["ind"]] if x[0] == cust["issue"]][0]
    d0 = rng.randrange(len(OPEN_DAYS) - 20)
    idx = sorted(rng.sample(range(d0, d0 + 20), len(lines) + rng.randint(0, 1)))
    for k, di in enumerate(idx):
        s = lines[min(k, len(lines) - 1)]
        if k == len(lines):
            s = pick(["ネットの口コミでも同じ不具合の書き込みを見ました。早めに直してください。",
                      "I read in review site that other people have same problem. Please fix soon.",
                      "前回の件、まだ解決していません。担当の方から経過を教えてください。"])
        ch = pick(cust["channels"])
        t = biz_time(OPEN_DAYS[di])
        if ch == "phone":
            q = summary_en(name, [], calm=False) if s[0].isascii() else None
            text = (f"【応対メモ】お客様は{name}について強い不満を述べられた。内容: {s} 担当より謝罪し、規定どおり対応する旨を回答。"
                    if not s[0].isascii() else f"Call summary: Caller was upset about {name}. Caller stated that {s} Agent confirmed the claim is covered.")
            emit(cust, t, "phone", text, dur=rng.randint(300, 1900), lang="en" if s[0].isascii() else "ja")
        else:
            render_normal(cust, "en" if s[0].isascii() else "ja", s, t, ch if ch != "visit" else "email")
        if rng.random() < 0.5:
            reply(cust, t + dt.timedelta(hours=rng.randint(1, 5)))
    for _ in range(rng.randint(1, 3)):
        style, s = pick(TOPICS[cust["ind"]])
        render_normal(cust, style, s, biz_time(pick(OPEN_DAYS)), pick(cust["channels"]))
    if rng.random() < 0.3:  # writes at night, no urgency
        render_normal(cust, "ja", "夜遅くにすみません。先日の件、追加の資料を送ります。お返事は明日以降で構いません。", off_time(), "email")


def harasser_time(cust, used_days, off=False):
    for _ in range(100):
        if off:
            t = off_time()
        else:
            t = biz_time(pick(OPEN_DAYS))
        if t.date() not in used_days:
            used_days.add(t.date())
            return t
    return t


def gen_harasser(cust, behaviors):
    content = [b for b in behaviors if b in CONTENT]
    state = [b for b in behaviors if b in STATEFUL]
    cust["stateful"] = set(state)
    off = "off_hours_contact" in state
    used = set()
    # the real issue first, politely-ish
    style, s = pick(TOPICS[cust["ind"]])
    render_normal(cust, style, s, harasser_time(cust, used), pick(cust["channels"]))
    rep_code = None
    if "repetition" in state:
        rep_code = next((c for c in content if c in ("excessive_demand", "apology_demand", "in_person_demand")), None)
        if rep_code is None:
            rep_code = pick(["excessive_demand", "apology_demand", "in_person_demand"])
            content.append(rep_code)
    # content events: each code in 2 events (different phrases); pair codes sometimes
    for c in content:
        if c == rep_code:
            continue
        used_ph = []
        for k in range(2):
            st, p = phrase(c, cust, used_ph)
            used_ph.append(p)
            parts, codes = [(st, p)], [c]
            others = [o for o in content if o != c and o != rep_code and o not in
                      ("excessive_demand", "apology_demand", "in_person_demand", "staff_naming")]
            if others and rng.random() < 0.3:
                o = pick(others)
                st2, p2 = phrase(o, cust)
                parts.append((st2, p2))
                codes.append(o)
            wrap_harass(cust, harasser_time(cust, used, off and rng.random() < 0.5), parts, codes)
    if rep_code:
        st, p = phrase(rep_code, cust)
        base = pick(OPEN_DAYS[:-14])
        n = rng.randint(3, 5)
        offs = sorted(rng.sample(range(0, 12), n))
        for k, o in enumerate(offs):
            d = base + dt.timedelta(days=o)
            t = off_time(d) if off and rng.random() < 0.4 else (biz_time(d) if d in OPEN_DAYS else off_time(d) if off else None)
            if t is None:
                t = biz_time(pick([x for x in OPEN_DAYS if x > d][:3]))
            pre = pick(["", "Again: ", "I said many times, "] if st == "en" else
                       ["", "nando mo iu kedo, "] if st == "romaji" else
                       ["", "何度も言ってるけど、", "前にも言ったよな。", "また連絡します。", "繰り返すが、"])
            wrap_harass(cust, t, [(st, pre + p)], [rep_code])
    if off:
        for _ in range(rng.randint(5, 8)):
            st, s = pick(OFFHOURS_LINES)
            t = harasser_time(cust, used, True)
            ch = pick(["email", "sns", "web_form", "phone"] if cust["ind"] != "game" else ["email", "sns", "web_form"])
            if ch == "phone":
                emit(cust, t, "phone", voicemail([s.rstrip("。")]), dur=rng.randint(30, 120), lang=lang_of(st))
            elif ch == "web_form":
                emit(cust, t, "web_form", f"Name: {cust['name']}\n種別 / Category: 至急 URGENT\n内容:\n{s}", subject="【至急】お問い合わせ",
                     lang=lang_of(st), thread=f"INQ-{rng.randint(10000, 99999)}")
            else:
                emit(cust, t, ch, line_style(s) if ch == "sns" else s, subject="【至急】" if ch == "email" else None,
                     lang=lang_of(st), thread=cust["mail_thread"] if ch == "email" else None)
    if "contact_flood" in state:
        for _b in range(rng.randint(1, 2)):
            d = pick([x for x in OPEN_DAYS if x not in used])
            used.add(d)
            t = at(d, rng.randint(10, 15), rng.randint(0, 30))
            for _ in range(rng.randint(10, 16)):
                t += dt.timedelta(seconds=rng.randint(40, 240))
                ch = pick(["phone", "phone", "sns", "email"] if cust["ind"] != "game" else ["sns", "email", "web_form"])
                if ch == "phone":
                    emit(cust, t, "phone", pick(FLOOD_CALLS), dur=rng.randint(4, 45), lang="ja")
                else:
                    st, s = pick(FLOOD_LINES)
                    emit(cust, t, ch, line_style(s) if ch == "sns" else s, lang=lang_of(st),
                         subject="Re: Re: Re:" if ch != "sns" else None,
                         thread=cust["mail_thread"] if ch == "email" else None)
    if "prolonged_contact" in state:
        ch = "visit" if cust["ind"] == "city" and rng.random() < 0.5 else "phone"
        for _ in range(rng.randint(2, 3)):
            t = harasser_time(cust, used)
            t = t.replace(hour=rng.randint(9, 13))
            m = rng.randint(70, 170)
            txt = pick([f"【応対メモ】通話 約{m}分。お客様は{cust['issue']}について同じ説明を何度も求め、担当が終話を申し出ても応じなかった。",
                        f"Call summary: Call lasted about {m} minutes. Caller repeated the same questions about {cust['issue']} and refused to end the call.",
                        f"【窓口記録】来庁者は{cust['issue']}の件で約{m}分にわたり窓口に滞在。説明を繰り返し求め、退庁を促しても応じなかった。"])
            if ch == "visit":
                txt = f"【窓口記録】来庁者は{cust['issue']}の件で約{m}分にわたり窓口に滞在。説明を繰り返し求め、退庁を促しても応じなかった。"
            emit(cust, t, ch, txt, dur=m * 60 + rng.randint(0, 59), lang="en" if txt.startswith("Call") else "ja")
        # one day with long cumulative time
        d = pick([x for x in OPEN_DAYS if x not in used])
        used.add(d)
        t = at(d, 10, 0)
        for _ in range(4):
            m = rng.randint(24, 38)
            emit(cust, t, "phone", f"【応対メモ】本日{_ + 1}回目の入電。前回と同じ内容の確認で約{m}分。", dur=m * 60, lang="ja")
            t += dt.timedelta(minutes=m + rng.randint(20, 60))
    # agent replies
    for _ in range(rng.randint(1, 3)):
        reply(cust, biz_time(pick(OPEN_DAYS)))


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    inds = ["travel", "city", "game"]
    custs = []
    i = 0
    for prof, n in (("normal", 380), ("legit_complainer", 40), ("harasser", 30)):
        for k in range(n):
            i += 1
            custs.append(make_customer(i, prof, inds[(i * 7 + k) % 3]))
    rng.shuffle(custs)
    # harasser behaviours: each of 15 codes on 5 customers, 2-3 per customer
    hs = [c for c in custs if c["profile"] == "harasser"]
    slots = ALL * 5
    rng.shuffle(slots)
    beh = {id(c): set() for c in hs}
    for code in slots:
        cand = sorted([c for c in hs if code not in beh[id(c)]], key=lambda c: (len(beh[id(c)]), rng.random()))
        beh[id(cand[0])].add(code)
    for c in hs:
        if rng.random() < 0.35:
            beh[id(c)].add(pick(CONTENT))
    for c in custs:
        if c["profile"] == "normal":
            gen_normal(c)
        elif c["profile"] == "legit_complainer":
            gen_legit(c)
        else:
            gen_harasser(c, sorted(beh[id(c)]))
    EVENTS.sort(key=lambda x: (x[0], x[1]["event_id"]))
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8") as f:
        for _, ev in EVENTS:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    customers = {}
    for c in sorted(custs, key=lambda c: c["id"]):
        b = sorted(c["content"] | c["stateful"]) if c["profile"] == "harasser" else []
        customers[c["id"]] = {"profile": c["profile"], "behaviors": b}
    events = {ev["event_id"]: LABELS[ev["event_id"]] for _, ev in EVENTS}
    prof_counts = {}
    for v in customers.values():
        prof_counts[v["profile"]] = prof_counts.get(v["profile"], 0) + 1
    meta = {"seed": SEED, "customers": len(customers), "start": str(START), "end": str(END),
            "counts": {"events": len(EVENTS), "events_with_content_label": sum(1 for v in events.values() if v),
                       "profiles": prof_counts,
                       "customers_per_code": {k: sum(1 for v in customers.values() if k in v["behaviors"]) for k in ALL},
                       "events_per_content_code": {k: sum(1 for v in events.values() if k in v) for k in CONTENT}},
            "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                         "closed_days_in_range": sorted(str(d) for d in HOLIDAYS)},
            "agents": AGENTS,
            "industries": ["travel/airline", "municipal office", "mobile game"]}
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": events, "customers": customers, "meta": meta}, f, ensure_ascii=False, indent=1)
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    main()
