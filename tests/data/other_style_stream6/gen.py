#!/usr/bin/env python3
"""Blind labelled ContactEvent stream #6 (seed 6161), standard library only.

usage: python gen.py OUTDIR   -> OUTDIR/events.jsonl, OUTDIR/labels.json
"""
import json, os, random, sys
from datetime import datetime, timedelta, timezone, date

SEED = 6161
rng = random.Random(SEED)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
START = datetime(2026, 7, 1, tzinfo=JST)
END = datetime(2026, 10, 1, tzinfo=JST)          # exclusive
HOLIDAYS = [date(2026, 7, 20), date(2026, 8, 11), date(2026, 9, 21), date(2026, 9, 22), date(2026, 9, 23)]

CONTENT_CODES = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
                 "abusive_language", "legal_threat", "online_defamation_threat", "sexual_harassment",
                 "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL_CODES = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]

RULES = {
    "repetition": {"min_contacts": 4, "window_hours": 168,
                   "rule": "at least 4 inbound contacts from one customer that carry the same demand "
                           "(the same request, worded differently, any channel) within any rolling 7-day window; "
                           "outbound contacts are not counted"},
    "off_hours_contact": {"min_contacts": 5, "window_days": 30, "min_distinct_dates": 3,
                          "rule": "at least 5 inbound contacts outside the support calendar (Mon-Fri 09:00-18:00 "
                                  "Asia/Tokyo, closed on the listed holidays) within any rolling 30-day window, "
                                  "falling on at least 3 distinct Tokyo dates; judged on occurred_at"},
    "contact_flood": {"min_contacts": 8, "window_minutes": 60,
                      "rule": "at least 8 inbound contacts (any channel) within any rolling 60-minute window"},
    "prolonged_contact": {"single_min_s": 3600, "daily_sum_min_s": 7200,
                          "rule": "an inbound phone call or visit with duration_s >= 3600, or inbound phone+visit "
                                  "duration_s summed over one Tokyo calendar day (by occurred_at) >= 7200"},
}

# --------------------------------------------------------------------------- agents / businesses
SURNAMES = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
            ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
            ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
            ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
            ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
            ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
            ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
            ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
            ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("山下", "ヤマシタ", "Yamashita"),
            ("中島", "ナカジマ", "Nakajima"), ("石井", "イシイ", "Ishii"), ("小川", "オガワ", "Ogawa"),
            ("前田", "マエダ", "Maeda"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
            ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"), ("近藤", "コンドウ", "Kondo"),
            ("村上", "ムラカミ", "Murakami"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
            ("坂本", "サカモト", "Sakamoto"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota")]

BUSINESSES = {
    "air":  {"ja": "そらたび航空・トラベル", "en": "SoraTabi Air & Travel", "dom": "soratabi.example"},
    "util": {"ja": "ひかりエナジー", "en": "Hikari Energy", "dom": "hikari-energy.example"},
    "ins":  {"ja": "みどり損保 保険金サービス課", "en": "Midori Insurance Claims", "dom": "midori-ins.example"},
    "isp":  {"ja": "ネットウェーブ光", "en": "NetWave Fibre", "dom": "netwave.example"},
    "mkt":  {"ja": "いちばマーケット", "en": "Ichiba Marketplace", "dom": "ichiba.example"},
    "city": {"ja": "北湊市役所", "en": "Kita-Minato City Office", "dom": "city.kitaminato.example"},
    "rest": {"ja": "レストラン楓 予約センター", "en": "Restaurant Kaede Reservations", "dom": "kaede-dining.example"},
}
BIZ_KEYS = list(BUSINESSES)
AGENTS = {}
BIZ_AGENTS = {}
for bi, b in enumerate(BIZ_KEYS):
    BIZ_AGENTS[b] = []
    for j in range(6):
        ja, kana, en = SURNAMES[bi * 6 + j]
        aid = "agt-%03d" % (100 + bi * 10 + j + 1)
        AGENTS[aid] = {"ja": ja, "kana": kana, "en": en, "business": b}
        BIZ_AGENTS[b].append(aid)

JA_GIVEN = ["健一", "美香", "翔太", "由美子", "大輔", "さくら", "隆", "恵子", "拓海", "真理", "浩二", "陽菜", "誠", "千尋", "和夫", "節子"]
EN_NAMES = {"std": ["Emily Carter", "James Whitfield", "Sarah Nguyen", "Michael Brooks"],
            "aus": ["Bec Thompson", "Dave McKenzie", "Shazza Kelly"], "irish": ["Siobhan Murphy", "Ciarán O'Brien", "Declan Byrne"],
            "indian": ["Rajesh Kumar", "Priya Sharma", "Venkatesh Iyer"], "aave": ["Tasha Williams", "Marcus Johnson", "Dre Jackson"],
            "esl": ["Nguyen Van Minh", "Maria Santos", "Kim Ji-hoon", "Li Wei"], "textspeak": ["jay", "kayla", "Tyler R"],
            "legalese": ["Jonathan P. Harrington", "Margaret L. Fenwick"], "runon": ["Gary Pearson", "Linda Hoffman"]}

def ja_phone():
    return "0%d0-%04d-%04d" % (rng.choice([7, 8, 9]), rng.randint(1000, 9999), rng.randint(0, 9999))

def en_phone(style):
    if style == "aus":
        return "+61 4%02d %03d %03d" % (rng.randint(0, 99), rng.randint(0, 999), rng.randint(0, 999))
    if style == "irish":
        return "+353 8%d %03d %04d" % (rng.choice([3, 5, 6, 7]), rng.randint(0, 999), rng.randint(0, 9999))
    if style == "indian":
        return "+91 9%04d %05d" % (rng.randint(0, 9999), rng.randint(0, 99999))
    return "+81 80-%04d-%04d" % (rng.randint(1000, 9999), rng.randint(0, 9999))

# --------------------------------------------------------------------------- ordinary questions
NORMAL = {
 "air": {"ja": ["来月の羽田発那覇行きの便、座席指定はいつからできますか。", "マイルの有効期限を確認したいです。",
                "子ども連れなのですが、ベビーカーは搭乗口まで使えますか。", "ツアーの申込金の振込期限を教えてください。",
                "予約確認メールが届いていないようです。再送をお願いできますか。", "受託手荷物の重量制限は何キロまでですか。",
                "小型犬を預けて乗ることはできますか。", "パスポートとローマ字表記が一文字違っていたのですが、直せますか。",
                "台風が近づいていますが、明後日の便の運航状況はどこで見られますか。", "領収書を会社名で発行してほしいです。"],
         "en": ["Can I add a checked bag to my booking after purchase?", "What's the cut-off for online check-in on international flights?",
                "One letter of my surname is wrong on the ticket, can that be corrected?", "Does the Okinawa package include airport transfers?",
                "How do I link my frequent flyer number to an existing reservation?", "Is there a vegetarian meal on the Singapore flight?",
                "Can I bring a power bank in my carry-on?", "My travel insurance certificate hasn't arrived, could you resend it?",
                "What time does the Kansai check-in counter open for the 7am departure?"]},
 "util": {"ja": ["引っ越しに伴い、電気とガスの使用開始の手続きをしたいです。", "検針票がWeb明細に切り替わったと聞きましたが、どこで見られますか。",
                 "支払い方法を口座振替に変更したいのですが。", "ガスの開栓の立ち会いは何時ごろになりますか。",
                 "今月の使用量が先月より多い気がするので、内訳を見る方法を教えてください。", "時間帯別のプランに変えた場合の目安を知りたいです。",
                 "ブレーカーがよく落ちるので、契約アンペアを上げたいです。", "計画停電の予定があると聞きましたが、うちの地区は対象ですか。",
                 "名義を亡くなった父から私に変更したいです。"],
          "en": ["Moving out on the 31st, how do I close the electricity account?", "Can I switch to paperless billing?",
                 "Is there a solar buy-back plan in my area?", "What's the difference between the standard and time-of-use plans?",
                 "Is the gas technician's visit window morning or afternoon?", "I need copies of last year's bills for my tax return.",
                 "How do I read the smart meter display?", "Is there a discount if I bundle gas and electricity?"]},
 "ins": {"ja": ["事故の保険金請求に必要な書類を教えてください。", "修理工場から見積書を送ってもらいましたが、届いていますか。",
                "代車の費用は特約で出ますか。", "保険金の支払い予定日を確認したいです。",
                "相手方の保険会社とのやり取りはそちらでしていただけるのでしょうか。", "請求書類の郵送先を教えてください。",
                "スマホで撮った写真を送る方法はありますか。", "通院の日数はどう報告すればよいですか。"],
         "en": ["What documents do I need to claim for a cracked windscreen?", "Has my claim been given a reference number yet? I submitted Monday.",
                "Can I use my own repair shop?", "When will the assessor contact me?",
                "Do I need a police report for a minor car park scrape?", "How long does payout usually take after approval?",
                "Can I upload receipts through the app?"]},
 "isp": {"ja": ["光回線の開通工事の日程を変更したいです。", "ルーターのランプが赤く点滅しています。どうすればいいですか。",
                "Wi-Fiのパスワードを忘れてしまいました。", "プロバイダメールの設定方法を教えてください。",
                "夜になると速度が落ちるのですが、混雑のせいでしょうか。", "引っ越し先でも同じ契約を続けられますか。",
                "オプションのセキュリティサービスを解約したいです。", "請求書の「ユニバーサルサービス料」とは何ですか。"],
         "en": ["Router drops the connection around 9pm, any tips?", "How do I change the Wi-Fi name?",
                "Can I get a static IP on my plan?", "When is the installation technician coming?",
                "Is there a fee to move my service to a new address?", "Ping to game servers is high in the evening, is there maintenance?",
                "How do I set up port forwarding on the rental router?"]},
 "mkt": {"ja": ["注文した商品の発送予定日を知りたいです。", "出品者と連絡が取れないのですが、どうすればいいですか。",
                "クーポンが適用されませんでした。使い方を教えてください。", "配送先を実家に変更できますか。",
                "購入履歴から領収書を出す方法を教えてください。", "ポイントの有効期限はいつまでですか。",
                "サイズ違いの交換はできますか。", "置き配の指定はどこでできますか。"],
         "en": ["Where can I track my parcel? The tracking number isn't live yet.", "Can I change the delivery address for yesterday's order?",
                "How do I leave feedback for a seller?", "Is cash on delivery available?",
                "I got the wrong colour, how do I start an exchange?", "Do my points expire if I don't buy anything for a year?",
                "Is the seller of this listing verified?"]},
 "city": {"ja": ["住民票の写しをコンビニで取るにはマイナンバーカードが必要ですか。", "粗大ごみの収集を申し込みたいです。",
                 "保育園の入園申請の締め切りはいつですか。", "転入届はいつまでに出せばいいですか。",
                 "児童手当の現況届について教えてください。", "市民プールの夏の開館時間を教えてください。",
                 "印鑑登録証をなくしてしまいました。", "固定資産税の納付書が届いていないようです。"],
          "en": ["How do I register my address after moving to the city?", "Which day is plastic recycling collected in the north district?",
                 "Do I need an appointment to pick up my My Number card?", "Is there English-speaking staff at the resident counter?",
                 "How can I get a certificate of residence for my employer?", "Where do I pay the national health insurance premium?",
                 "Are there Japanese classes for foreign residents?"]},
 "rest": {"ja": ["今週土曜の19時、4名で予約できますか。", "子ども用の椅子はありますか。",
                 "えびアレルギーがあるのですが、コースの食材を変えていただけますか。", "誕生日のデザートプレートをお願いしたいです。",
                 "予約の人数を3名から5名に変更したいです。", "個室は何名から使えますか。", "駐車場はありますか。",
                 "キャンセル料はいつからかかりますか。"],
          "en": ["Table for two on Friday around 8pm?", "Do you have gluten-free options on the tasting menu?",
                 "Can we bring our own birthday cake? Happy to pay a fee.", "Is there a dress code?",
                 "Could I move my booking from 7 to 7:30?", "Do you take groups of 10?", "Is the terrace open in September?"]},
}
# benign sentences that look scary to a naive keyword matcher (no code)
NORMAL_TRICKY = {
 "ja": ["至急で申し訳ないのですが、明日の朝までに領収書が必要です。", "前回の{a}さん、すごく丁寧で助かりました。ありがとうございました。",
        "アプリが落ちまくって死にそうです笑 再インストールすれば直りますか。", "緊急というほどではないのですが、今日中に確認したいことがあります。",
        "口コミを見て申し込みました。評判どおり対応が早くてよかったです。", "夜分に失礼します。急ぎではないので明日以降のご返信で大丈夫です。",
        "子どもが殴り書きしたメモしか残っていなくて、予約番号がわかりません。"],
 "en": ["Urgent-ish: I need the confirmation email today for a visa appointment, could you resend it?", "Please pass my thanks to {A}, she was brilliant.",
        "My kids will murder me if we lose this booking haha, can you double-check it?", "This heat is killing me lol. Anyway, quick question below.",
        "I read the reviews before booking and they were spot on, thanks.", "Sorry for the late message, no rush, tomorrow is fine.",
        "Dead keen on the tasting menu, any table on Saturday?"]}

# --------------------------------------------------------------------------- legitimate complaints (no code)
LEGIT = {
 "air": {"ja": ["欠航になったのに払い戻しの案内が一週間来ていません。規約では全額払い戻しのはずですよね。手続きを進めてください。",
                "預けたスーツケースの車輪が壊れて戻ってきました。写真を送りますので、規定どおり修理費の対応をお願いします。",
                "ツアーのホテルが予約されておらず、現地で3時間待たされました。正直かなり腹が立っています。経緯を説明してください。",
                "電話が一時間つながりませんでした。いったいどうなっているんですか。"],
         "en": ["My flight was cancelled 5 days ago and I still haven't seen the refund your own policy promises. Really frustrating. Please process it.",
                "Bag came back with a smashed handle. Photos and the PIR number attached. Your conditions of carriage cover this.",
                "The package said airport transfer included. No one turned up, I paid for a taxi and I'd like that reimbursed."]},
 "util": {"ja": ["検針ミスで二重請求されています。差額の返金をお願いします。", "停電の復旧見込みが何度も変わって、冷蔵庫の中身が全部だめになりました。せめて正確な情報を出してください。",
                 "解約したはずなのに翌月も請求が来ています。どういうことですか。", "問い合わせへの回答が二週間ありません。きちんと調べてください。"],
          "en": ["You've billed me twice for August. I want the duplicate refunded - that's your error, not a favour.",
                 "Third estimated bill in a row although the meter is accessible. Please read it properly and correct the amount.",
                 "I asked to close the account in July and I'm still being charged. This is ridiculous."]},
 "ins": {"ja": ["事故から二か月たっても査定の連絡がありません。約款の支払期限を過ぎていると思います。", "必要書類は全部出したのに、また同じ書類を求められました。社内で共有されていないのですか。",
                "担当者が変わるたびに一から説明させられています。いい加減うんざりです。", "支払われた金額が見積もりより少なく、理由の説明がありません。内訳を書面でください。"],
         "en": ["It's been 8 weeks since my claim and nobody has called. Your policy says 30 days. I'm very unhappy.",
                "I've sent the same documents three times. Please confirm receipt and tell me what's actually missing.",
                "The payout doesn't match the assessor's report. I'd like a written breakdown of the difference."]},
 "isp": {"ja": ["三日間ネットがつながらず在宅勤務ができませんでした。障害分の料金は日割りで返金されますよね。", "開通工事の日に誰も来ませんでした。半休を取ったのに。日程の再調整と説明をお願いします。",
                "解約金はかからないと言われて契約したのに請求されています。通話録音を確認してください。"],
         "en": ["Internet has been down for 3 days. Your service terms give a credit for outages over 24h, please apply it.",
                "Technician no-show, second time. I took a day off for this. Seriously annoyed. Please reschedule and explain.",
                "I was told on the phone there'd be no cancellation fee, now there is one. Please check the call recording."]},
 "mkt": {"ja": ["届いた商品が壊れていました。写真を添付しますので返品と返金をお願いします。", "二週間たっても商品が届きません。追跡も動いていません。キャンセルして返金してください。",
                "説明と全然違う商品が届きました。正直がっかりです。", "返品したのに返金がまだです。いつになりますか。"],
         "en": ["The blender arrived cracked. Photos attached. I'd like a refund under your buyer protection.",
                "Order hasn't moved in 12 days. Please cancel and refund, this is ridiculous.",
                "The item is clearly a counterfeit. I want to return it and get my money back."]},
 "city": {"ja": ["転入届を出したのに保険証が届きません。もう一か月です。どうなっていますか。", "窓口で二時間待たされたうえに、書類が足りないと言われました。事前の案内と違います。",
                 "ゴミ収集車が三週連続で来ていません。近所も困っています。", "課税額が間違っていると思います。再計算をお願いします。"],
          "en": ["I applied for the childcare subsidy in June and still no decision. The website said 4 weeks. Please check.",
                 "Garbage hasn't been collected on our street for 3 weeks. This is a health issue.",
                 "I was given wrong information at the counter and had to come back twice. Not acceptable."]},
 "rest": {"ja": ["予約が取れていなかったと当日言われました。確認メールもあるのに。どういうことでしょうか。", "アレルギーを伝えていたのに、えびが入った料理が出てきました。大事には至りませんでしたが本当に困ります。",
                 "キャンセル料を二重に引き落とされています。返金してください。"],
          "en": ["Booked for our anniversary, arrived and no table - I have the confirmation email. Really disappointing.",
                 "I told you about my nut allergy twice and there were nuts in the dessert. This is serious, please look into it.",
                 "Charged a no-show fee although I cancelled 3 days ahead. Please refund it."]},
}
LEGIT_FRAMES = {
 "ja": ["知り合いの弁護士に契約書を見てもらったら、返金の対象になるはずだと言われました。念のため確認させてください。",
        "消費生活センターにも相談したら、まずは事業者とよく話してくださいと言われたので連絡しています。",
        "ネットの口コミで同じトラブルの人を何人も見かけました。よくある不具合なんでしょうか。",
        "責任者の方と話をさせてください。今の説明では納得できません。",
        "前回対応してくださった{a}さんが丁寧だったので、できれば同じ方にお願いしたいです。",
        "正直かなり怒っています。でも、直していただければそれで結構です。",
        "クーリングオフの期間内なので、契約を取り消したいです。",
        "上司の方に確認してから、改めてご回答いただけますか。"],
 "en": ["My brother-in-law is a lawyer and he read the T&Cs - he says I'm entitled to the refund. Can you confirm?",
        "I saw a lot of reviews on Trustpilot about the same issue - is this a known problem?",
        "I'd like to escalate this to a manager please, I've explained it three times now.",
        "I'm really angry about this, but honestly I just want it fixed.",
        "Your colleague {A} was really helpful last time, could she call me back?",
        "I believe I'm still within the cooling-off period, so I'd like to cancel.",
        "I'm not trying to be difficult, I just want what your own policy says.",
        "Consumer Affairs told me to give you a chance to fix it first, so here I am."]}

# --------------------------------------------------------------------------- harasser context (no code)
ISSUE = {
 "air": {"ja": ["先週の那覇便が欠航になった件です。", "予約していたツアーのホテルが取れていなかった件で。", "預けた荷物が届かなかった件。"],
         "en": ["This is about the cancelled Naha flight last week.", "Re the tour where the hotel wasn't booked.", "About my bag that never arrived."]},
 "util": {"ja": ["先月の電気料金の請求の件です。", "停電で冷蔵庫がだめになった件。", "ガスの開栓が遅れた件です。"],
          "en": ["About last month's electricity bill.", "Re the outage that ruined my fridge.", "About the late gas connection."]},
 "ins": {"ja": ["車の事故の保険金の件です。", "査定額の件で連絡しました。", "水漏れの保険請求の件。"],
         "en": ["Regarding my car accident claim.", "About the assessment amount.", "Re my water damage claim."]},
 "isp": {"ja": ["ネットが三日つながらなかった件です。", "工事の人が来なかった件。", "解約金の件で。"],
         "en": ["About the three-day outage.", "Re the technician who never showed.", "About the cancellation fee."]},
 "mkt": {"ja": ["届いた商品が壊れていた件です。", "注文したスニーカーがまだ届かない件。", "出品者とのトラブルの件です。"],
         "en": ["About the broken item I received.", "Re my sneakers order that still hasn't come.", "About the dispute with the seller."]},
 "city": {"ja": ["住民票の手続きの件です。", "ゴミの収集の件。", "保育園の申請の件で。"],
          "en": ["About my residence registration.", "Re garbage collection on my street.", "About the nursery application."]},
 "rest": {"ja": ["先週の予約の件です。", "コース料理の件で。", "キャンセル料の件。"],
          "en": ["About my booking last week.", "Re the tasting course.", "About the cancellation fee."]},
}
URGENT_NEUTRAL = {"ja": ["至急連絡ください。", "緊急です。朝一で折り返しを。", "夜分ですが至急の件です。", "急ぎです。返信ください。",
                         "休みの日にすみませんが、緊急なので。", "至急確認お願いします。"],
                  "en": ["URGENT - call me back first thing.", "Emergency, I need an answer tonight.", "Urgent. Reply asap.",
                         "Sorry it's the weekend but this is urgent.", "Need this looked at urgently.", "Please respond urgently."]}
PREFIX = {"ja": ["", "", "", "もう一回言うけど、", "はっきり言っとくけど、", "あのね、", "いいですか、", "正直に言いますけど、"],
          "en": ["", "", "", "Listen, ", "Let me be clear: ", "Right. ", "OK so ", "I'll say it plainly: "]}
SUFFIX = {"ja": ["", "", "", "わかった？", "以上。", "返事待ってるから。", "よく考えて。"],
          "en": ["", "", "", " Got it?", " Understood?", " End of discussion.", " Think about it."]}

# --------------------------------------------------------------------------- harassment banks: (style, text)
JA_STYLES = ["hiroshima", "tsugaru", "hakata", "nagoya", "kansai", "wakamono", "koreisha", "ingin", "onsei", "gohenkan", "fuseji", "std"]
EN_STYLES = ["aus", "irish", "indian", "aave", "esl", "textspeak", "legalese", "runon", "std"]
BANK = {"ja": {}, "en": {}}
BANK["ja"]["excessive_demand"] = [
 ("std", "規約なんか知らん。全額返して、迷惑料として同じ額をもう一回払ってもらう。"),
 ("hiroshima", "ほいじゃけえ、チケット代全部と、わしが休んだ分の日当も払えいうとるんじゃ。"),
 ("kansai", "ほな電気代、三か月分タダにしてもらわなあかんな。それで手打ちや。"),
 ("hakata", "修理代だけじゃ足りんけん、慰謝料も上乗せして払ってもらうけんね。"),
 ("nagoya", "次の旅行、全部そっち持ちにしてちょうよ。当然だがや。"),
 ("tsugaru", "わんつか返すんでねぐ、全部返せじゃ。ついでに来年の分もタダにしろじゃ。"),
 ("wakamono", "返金だけとかありえんし。ポイント10万くらいつけてくれないと無理なんだけど。"),
 ("koreisha", "つきましては、本件の償いとして金拾万円をご送金賜りたく、ここにお願い申し上げます。"),
 ("ingin", "規約上は対象外と存じておりますが、御社の誠意として、保険金の倍額をお支払いいただけるものと拝察いたします。"),
 ("std", "キャンセル料？払うわけないでしょ。逆にそっちがこっちに払うべき。"),
 ("std", "うちだけ特別に優先で工事してよ。他の家は後回しでいいから。"),
 ("std", "商品は返さないけど代金は全額返して。当然でしょ。"),
 ("onsei", "お詫びとして今後一年間の料金を無料にしてくださいそれくらいして当然だと思います"),
 ("std", "住民税、うちの分だけ今年は免除にしてくれ。あれだけ迷惑かけられたんだから。"),
 ("gohenkan", "保障として、今回の旅行代金の全額と次回の旅行代金も全部そちらで負担してください。"),
]
BANK["ja"]["apology_demand"] = [
 ("kansai", "土下座して謝れや。話はそれからや。"),
 ("hiroshima", "社長の名前で詫び状書いて持ってこいや。"),
 ("hakata", "謝罪文ば書いて、会社の判子押して送ってこんね。"),
 ("nagoya", "ちゃんとした謝罪文出してちょうよ。口だけじゃいかんて。"),
 ("tsugaru", "紙さ書いて謝れじゃ。社長の名前でな。"),
 ("wakamono", "とりま謝罪文ちょうだい？ちゃんとしたやつね。手書きで。"),
 ("koreisha", "誠意ある謝罪の文書を、責任者の署名を添えて拙宅宛にご送付くださいますよう、切にお願い申し上げます。"),
 ("ingin", "まずは心からの謝罪を、社長様ご本人から頂戴できますでしょうか。それが筋というものでございましょう。"),
 ("std", "ホームページのトップにお詫び文を載せなさい。私宛てのお詫びをね。"),
 ("std", "全員で謝れ。お前一人の謝罪じゃ足りない。"),
 ("std", "詫び状を一筆書いてもらうまで電話切らないから。"),
 ("gohenkan", "まずは謝罪の言葉が先でしょう。貴社として正式に謝罪文を出してください。"),
 ("fuseji", "謝れよ、地面に頭こすりつけて。ド○ザだよド○ザ。"),
]
BANK["ja"]["in_person_demand"] = [
 ("std", "今から家に来て説明しろ。電話じゃ話にならん。"),
 ("hiroshima", "お前ら、明日うちまで来いや。顔見て話さんとわからんじゃろうが。"),
 ("kansai", "責任者連れてうちまで来てや。話はそっからや。"),
 ("hakata", "直接来んね。今日中に。住所はわかっとろうが。"),
 ("nagoya", "支店長がうちに来てちょう。顔も出さんとは何事だがや。"),
 ("tsugaru", "こっちまで来いじゃ。顔出せ。"),
 ("wakamono", "え、来ないの？普通こっち来て説明するでしょ、家まで。"),
 ("koreisha", "つきましては、ご担当者様に一度拙宅までお運びいただき、直接ご説明を賜りたく存じます。"),
 ("ingin", "恐れ入りますが、課長様ご自身が当方までお越しくださるのが当然かと存じます。ご都合はいかがでしょうか。"),
 ("std", "一番偉い人と直接会わせろ。アポなんか知らない。"),
 ("std", "店長を呼んで、うちの会社まで来させてください。"),
 ("onsei", "電話じゃなくて担当の人が直接うちに来て説明してくださいそれが普通ですよね"),
]
BANK["ja"]["violence_threat"] = [
 ("std", "次会ったらただじゃ済まんぞ。"),
 ("hiroshima", "なめとったら、しごうしたるけえの。覚えとけよ。"),
 ("kansai", "いてもうたろか、ほんま。そっち行ったるからな。"),
 ("hakata", "次そげなこと言うたら、くらすぞ。"),
 ("nagoya", "ええ加減にせんと、そっち行って暴れたるでよ。"),
 ("tsugaru", "まいねな、おめ。ぶっ叩ぐど。"),
 ("wakamono", "まじで刺されても文句言えないレベルだよね。今から行こうかな。"),
 ("koreisha", "老い先短い身ですので、刺し違える覚悟もできております。"),
 ("ingin", "お宅の窓口の方が夜道を歩かれる際は、くれぐれもお気をつけくださいませ。"),
 ("fuseji", "ぶっ○してやるからな。店ごと燃○してやろうか。"),
 ("std", "包丁持ってそっち行くからな。"),
 ("std", "殴りに行ってもいいんだぞ、こっちは。"),
]
BANK["ja"]["abusive_language"] = [
 ("hiroshima", "お前、ほんまに使えんのう。脳みそ入っとるんか。"),
 ("kansai", "アホちゃうか。お前みたいなんがおるから会社あかんねん。"),
 ("hakata", "あんた、ほんなこつバカっちゃね。話にならん。"),
 ("nagoya", "たわけか、おみゃあは。何年働いとるんだ。"),
 ("tsugaru", "このほんずなしが。なんもわがんねのか。"),
 ("wakamono", "頭わるすぎて草。まじ時間の無駄なんだけど。"),
 ("koreisha", "貴方様のような教養のない方がお客様窓口にいらっしゃるとは、世も末と存じます。"),
 ("ingin", "大変失礼ながら、{a}様の理解力では到底ご説明が届かないようですので、人間の言葉がわかる方に替わっていただけますか。"),
 ("fuseji", "このク○野郎、○ねよ。"),
 ("std", "給料泥棒が。お前なんか生きてる価値ない。"),
 ("std", "{a}、お前は本当に無能だな。小学生の方がまだましだ。"),
 ("onsei", "お前らみんなバカなのかほんとに何もできないんだな税金泥棒"),
 ("gohenkan", "お前の回答は無脳そのものだ。社会のゴミだな。"),
]
BANK["ja"]["legal_threat"] = [
 ("std", "訴えるからな。弁護士にもう連絡してある。"),
 ("hiroshima", "出るとこ出たるけえの。裁判じゃ。"),
 ("kansai", "ほな裁判しよか。損害賠償きっちり請求したるわ。"),
 ("hakata", "消費者庁に言うけんね。営業停止にしちゃる。"),
 ("nagoya", "国交省にチクったるでよ。覚悟しときゃあ。"),
 ("tsugaru", "訴えっからな。弁護士さ頼むじゃ。"),
 ("wakamono", "普通に訴えるけど？弁護士の知り合いいるし。"),
 ("koreisha", "このままでは、法的な措置を講じることも辞さない所存でございます。"),
 ("ingin", "本件につきましては、しかるべき機関に申し立てさせていただく所存でございますので、悪しからずご了承くださいませ。"),
 ("std", "総務省に通報する。お前の会社なんか一発だぞ。"),
 ("std", "金融庁に苦情入れるぞ。それでもいいのか。"),
 ("onsei", "これ以上ふざけたこと言うなら損害賠償請求しますから弁護士立てますから"),
]
BANK["ja"]["online_defamation_threat"] = [
 ("std", "この会話全部録音してるから、ネットに晒すわ。"),
 ("hiroshima", "お前の名前、ネットに書いたるけえの。"),
 ("kansai", "SNSで拡散したろか。フォロワー一万人おるで。"),
 ("hakata", "グーグルの口コミに星1つけまくるけんね。"),
 ("nagoya", "ツイッターで全部ばらしたるわ。炎上させたるでよ。"),
 ("tsugaru", "ネットさ書いでやるじゃ。みんなさ言うど。"),
 ("wakamono", "これTikTokに上げたらバズるよね？晒していい？"),
 ("koreisha", "この度の件は、孫に頼んでインターネットに掲載してもらう所存でございます。"),
 ("ingin", "本日のご対応は、ご担当者様のお名前とともに、わたくしのブログにて詳しくご紹介させていただきますね。"),
 ("std", "知り合い全員に低評価のレビュー書かせるから。評価ガタ落ちになるよ。"),
 ("std", "YouTubeで店の名前出して動画にするからな。"),
 ("fuseji", "お前んとこのク○対応、全部ネットに書き込んで晒してやる。"),
]
BANK["ja"]["sexual_harassment"] = [
 ("std", "{a}さんって声かわいいね。彼氏いるの？"),
 ("hiroshima", "ねえちゃん、ええ声しとるのう。今度飲みに行こうや。"),
 ("kansai", "その声で謝られたらたまらんわ。なあ、今日何色の下着なん？"),
 ("hakata", "{a}さん、美人さんやろ？写真送ってくれんね。"),
 ("nagoya", "{a}ちゃん、スリーサイズ教えてちょう。"),
 ("tsugaru", "めんこい声だな。今晩おらとどうだ。"),
 ("wakamono", "担当の子かわいかったからまた呼んで。LINE交換しよ？"),
 ("koreisha", "先日の窓口のお嬢さんの脚がたいそう綺麗でしたので、また同じ方に担当していただきたく存じます。"),
 ("ingin", "ところで{a}様は、今どんな下着をお召しなのでしょうか。後学のために伺っても？"),
 ("fuseji", "今度ホ○ル行こうよ、いいでしょ？"),
 ("std", "声聞いてたらムラムラしてきた。"),
]
BANK["ja"]["privacy_intrusion"] = [
 ("std", "{a}さんの携帯番号教えてよ。直接話したいから。"),
 ("hiroshima", "{a}いうやつ、どこに住んどるんか教えぇや。"),
 ("kansai", "{a}さん、何時に上がるん？外で待っとくわ。"),
 ("hakata", "{a}さんの家、どこね？最寄り駅だけでいいけん。"),
 ("nagoya", "あんたの勤務表、全部教えてちょう。何曜日におるの。"),
 ("tsugaru", "{a}のLINE教えろじゃ。"),
 ("wakamono", "窓口の人の写真撮ったからインスタで特定するね。"),
 ("koreisha", "先日ご担当くださった{a}様のご自宅のご住所をお教えくださいませ。お手紙をお送りしたく存じます。"),
 ("ingin", "{a}様が毎朝何時の電車にお乗りか、存じ上げておりますよ。"),
 ("std", "昨日、駅で{a}さん見かけたから後ついてったよ。"),
 ("std", "お前の名前で検索したらFacebook出てきたぞ。子どもいるんだな。"),
]
BANK["ja"]["staff_naming"] = [
 ("std", "{a}を出せ。{a}以外とは話さない。"),
 ("hiroshima", "{a}をクビにせえ。今日中じゃ。"),
 ("kansai", "あの{a}っちゅうやつ、辞めさせてや。"),
 ("hakata", "{a}さんば出してくれんね。あの人に責任取らせるけん。"),
 ("nagoya", "{a}っていう担当、外してちょう。二度と出てくんな。"),
 ("tsugaru", "{a}ば出せじゃ。"),
 ("wakamono", "{a}って人、飛ばしてくれない？"),
 ("koreisha", "{a}様の処分について、書面にてご報告をいただけますでしょうか。"),
 ("ingin", "{a}様の今後のご処遇について、人事部長様から直接お聞かせ願えますか。"),
 ("std", "{a}はまだ辞めてないのか。辞めるまで毎日電話するぞ。"),
 ("std", "{a}を電話口に出せって言ってるだろ。"),
]
BANK["ja"]["pressure_language"] = [
 ("std", "今すぐ対応しろ。こっちは仕事にならないんだよ。"),
 ("hiroshima", "はよせえや。一分でも遅れたら承知せんど。"),
 ("kansai", "今日中や、今日中。できへんかったら終わりやで。"),
 ("hakata", "致命的なミスやろうもん。多大な損害が出とるとよ。はよせんね。"),
 ("nagoya", "えらいことになっとるがね。今すぐやってちょう、今すぐ。"),
 ("tsugaru", "はやぐしろじゃ。待でねぇ。"),
 ("wakamono", "まじ秒で対応して。待つとか無理なんだけど。"),
 ("koreisha", "一刻の猶予もございません。本日中のご対応を厳に求めます。"),
 ("ingin", "御社の怠慢によって当方には甚大な損害が生じております。一秒でも早いご対応を強くお願い申し上げます。"),
 ("onsei", "今すぐなんとかしろって言ってるんだよこっちは死活問題なんだよわかってんのか"),
 ("std", "これは致命的だ。会社として終わってるぞ。今すぐ折り返せ。"),
 ("gohenkan", "早急に対応しろ。多大な損害が出てるんだ、異常。"),
]
BANK["en"]["excessive_demand"] = [
 ("std", "I want a full refund AND I keep the item AND a $200 voucher for my trouble."),
 ("aus", "Mate, refund the lot, chuck in a free return flight and we'll call it square."),
 ("irish", "I'll not be paying a cent for this month and ye'll be giving me the next three months free as well."),
 ("indian", "Kindly do the needful and credit the full premium amount plus compensation of 50,000 rupees to my account."),
 ("aave", "Nah, y'all finna comp my whole bill for the year, that's the only way this gets fixed."),
 ("esl", "I want you give me money back two times, because I am waiting very long, this is fair."),
 ("textspeak", "u owe me full refund + free upgrade 4 next trip tbh"),
 ("legalese", "The undersigned hereby requires reimbursement of all sums paid, together with a further equal sum as consideration for inconvenience."),
 ("runon", "and I don't care what your policy says I want every cent back plus the hotel plus the taxi plus my day off work because none of this was my fault"),
 ("std", "Upgrade me to business class on every flight for the rest of the year. That's the least you can do."),
 ("std", "Put my house at the top of the repair list, ahead of everyone else, I don't care who's waiting."),
]
BANK["en"]["apology_demand"] = [
 ("std", "I want a written apology, signed by your CEO, on company letterhead."),
 ("aus", "Get your boss to ring me and grovel, properly, none of this 'we apologise for any inconvenience' rubbish."),
 ("irish", "I want a proper apology in writing from whoever's in charge over there, not some eejit reading off a card."),
 ("indian", "I am requesting a formal apology letter addressed to my good self, signed by the General Manager."),
 ("aave", "Somebody gon' apologize to me for real, on paper, and it better not be no copy-paste."),
 ("esl", "You must say sorry to me officially with letter, and also sorry to my wife."),
 ("textspeak", "want a public apology on ur twitter page. pinned. 2day"),
 ("legalese", "We require an unreserved written apology, to be delivered within seven (7) days, acknowledging fault in full."),
 ("runon", "and I want every single one of you who touched my booking to apologise to me one by one by name"),
 ("std", "Say sorry. Properly. On your knees if you have to."),
]
BANK["en"]["in_person_demand"] = [
 ("std", "Send someone to my house today to explain this face to face."),
 ("aus", "Get a manager out to my place this arvo, I'm not doing this over the phone."),
 ("irish", "I want someone at my front door tomorrow morning to sort this out in person, so I do."),
 ("indian", "Please depute your senior officer to visit my residence personally, I will not discuss on phone."),
 ("aave", "Y'all need to pull up to my crib and talk to me face to face."),
 ("esl", "Your manager must come my home and meet me, I don't talk telephone anymore."),
 ("textspeak", "send sum1 to my place 2moro. in person. not askin"),
 ("legalese", "We require a meeting in person at our premises no later than Friday, attended by an officer of the company."),
 ("std", "The head chef comes out to my table next time and explains himself to my face."),
 ("runon", "I'm not emailing anymore I want the regional manager sitting in my living room explaining this to me in person"),
]
BANK["en"]["violence_threat"] = [
 ("std", "Keep this up and someone's going to get hurt. I'm not joking."),
 ("aus", "I'll come down there and flatten the lot of ya."),
 ("irish", "I swear to God I'll drive down there and put me fist through that counter."),
 ("indian", "If this is not solved today I will come and break your office, I am telling you."),
 ("aave", "Keep playin' with me and I'ma pull up and handle it myself, on everything."),
 ("esl", "I will come and hit you, I am very serious now."),
 ("textspeak", "ur lucky im not there rn. id smash ur face in"),
 ("runon", "I know where your office is and I know what time you all leave and if I were you I'd be looking over my shoulder"),
 ("std", "I will f***ing end you, you hear me?"),
 ("legalese", "Be advised that I am prepared to use physical force against your staff should this continue."),
]
BANK["en"]["abusive_language"] = [
 ("std", "You are completely useless. A trained monkey could do your job."),
 ("aus", "You absolute galah, put someone on who's got half a brain."),
 ("irish", "Ye're a shower of useless gobshites, the lot of ye."),
 ("indian", "You people are totally useless fellows, no brain at all."),
 ("aave", "You dumb as hell, for real. Put somebody on with some sense."),
 ("esl", "You are stupid person, very stupid, I hate you."),
 ("textspeak", "omg ur so dumb its actually sad. get a real job lmao"),
 ("std", "you f***ing moron, what is wrong with you"),
 ("runon", "{A} you are the most incompetent pathetic excuse for a human being I've ever had the misfortune of talking to"),
 ("legalese", "Your conduct evidences a level of stupidity I would not have thought possible in a paid employee."),
]
BANK["en"]["legal_threat"] = [
 ("std", "I'll see you in court. My lawyer will be in touch."),
 ("aus", "I'm taking this to the ombudsman and then to court, mate, you watch."),
 ("irish", "I'll have the solicitor on to ye in the morning, and we'll see who's laughing then."),
 ("indian", "I will file a case in consumer court and also complain to the regulator, take it as final warning."),
 ("aave", "Keep it up, I'm suing, and I'm taking every dime."),
 ("esl", "I will go to court and you will pay much money to me."),
 ("textspeak", "lawyer on speed dial. enjoy the lawsuit"),
 ("legalese", "Failing satisfactory resolution within 48 hours, proceedings will be issued against your company without further notice."),
 ("runon", "and don't think I won't report you to the regulator and every agency there is because I will and I'll make sure you lose your licence"),
]
BANK["en"]["online_defamation_threat"] = [
 ("std", "I'm recording this and it's going straight on YouTube with your name in the title."),
 ("aus", "I'll be plastering this all over Facebook, every local group, you wait."),
 ("irish", "I'll put the whole thing up on the internet, names and all, see how ye like that."),
 ("indian", "I will make a viral video and tag your company on all social media, your reputation will finish."),
 ("aave", "I'm bout to put y'all on blast on TikTok, watch."),
 ("esl", "I will write bad review everywhere with your name, everybody will know."),
 ("textspeak", "gonna post this convo on reddit n twitter. say bye to ur rating"),
 ("runon", "I've got 20k followers and by tonight every single one of them is going to know exactly what kind of company you are"),
 ("std", "Me and my whole family are going to leave one-star reviews on every site we can find."),
]
BANK["en"]["sexual_harassment"] = [
 ("std", "You sound cute, are you single?"),
 ("aus", "Bet you look as good as you sound, love. Send us a pic."),
 ("irish", "Ah you've a lovely voice, are you seeing anyone? Fancy a drink after your shift?"),
 ("indian", "Madam your voice is very sweet, I want to be close friends with you, please share your WhatsApp."),
 ("aave", "Ayy shorty, you sound fine as hell, what you wearing right now?"),
 ("esl", "You are beautiful lady I think, we can meet for date?"),
 ("textspeak", "u sound hot ngl. send nudes lol"),
 ("runon", "honestly the only reason I keep calling is to hear {A}'s voice she's gorgeous I bet tell her I want to take her out"),
 ("std", "Put the girl with the sexy voice back on."),
]
BANK["en"]["privacy_intrusion"] = [
 ("std", "What's {A}'s personal number? I want to call her directly."),
 ("aus", "Where does {A} live? I'll drop round for a chat."),
 ("irish", "What time does {A} finish up? I'll wait for her outside, no bother."),
 ("indian", "Please give me the residential address and personal mobile of {A}, I have to meet him personally."),
 ("aave", "I seen {A} leaving the building yesterday, I know what car she drive."),
 ("esl", "Tell me the home of the woman I talked before, I want to visit."),
 ("textspeak", "found {A} on insta lol. cute kids"),
 ("runon", "I took a photo of your counter staff when I was in on Tuesday and I'm going to find out who she is and where she lives"),
 ("std", "I know which gym {A} goes to."),
]
BANK["en"]["staff_naming"] = [
 ("std", "Put {A} on the phone. Now. I'm not talking to anyone else."),
 ("aus", "I want {A} sacked, today, and I want proof."),
 ("irish", "Get me {A}. That one. The one that hung up on me."),
 ("indian", "I am demanding that {A} be terminated and I want written confirmation of the same."),
 ("aave", "Nah put {A} on, that's who I want, nobody else."),
 ("esl", "I want speak only {A}, please bring {A}."),
 ("textspeak", "fire {A}. srsly. i'll keep calling til u do"),
 ("legalese", "We require confirmation that disciplinary action has been taken against your employee {A}."),
 ("runon", "and I want {A} fired and I want to know when and I want it in writing and I'll call every day until {A} is gone"),
]
BANK["en"]["pressure_language"] = [
 ("std", "Fix it NOW. Every minute you waste is costing me thousands."),
 ("aus", "I need this sorted yesterday, mate, not next week, TODAY."),
 ("irish", "I want this done this minute, not in an hour, this minute, d'ye hear me."),
 ("indian", "This is extremely urgent matter, do it immediately, within one hour, no excuses."),
 ("aave", "I need this handled right now, not later, RIGHT NOW."),
 ("esl", "Very urgent, you do now now now, big damage to my business."),
 ("textspeak", "do it NOW. like rn. im losing $$$ every sec"),
 ("legalese", "Time is of the essence. Any further delay will be treated as a material breach causing substantial loss."),
 ("runon", "this is a catastrophe do you understand I'm losing money every single second you sit there doing nothing so do it now"),
]

# --------------------------------------------------------------------------- repetition families
# each wording: (text, [content codes])
FAMILIES = {
 "F1": {"lang": "ja", "biz": "air", "w": [
   ("欠航のお詫びに、次の往復航空券をタダにしてください。", ["excessive_demand"]),
   ("昨日も言いましたが、往復分の無料航空券を出してもらえますか。", ["excessive_demand"]),
   ("無料チケットの件、まだ返事がないんですけど。往復で、です。", ["excessive_demand"]),
   ("だから、次の旅行の飛行機代はそちら持ちにしてって何度言えばわかるの。", ["excessive_demand"]),
   ("往復航空券の無償提供、いつ発行されるんですか。", ["excessive_demand"]),
   ("もう一度言います。タダで乗れる往復券をください。", ["excessive_demand"]),
   ("航空券二枚分を無料にする手続き、まだ？", ["excessive_demand"])]},
 "F2": {"lang": "ja", "biz": "util", "w": [
   ("先月の検針の数字、もう一度確認してもらえますか。", []),
   ("メーターの数値、本当に合ってますか。再確認をお願いします。", []),
   ("検針の件、もう一回見直してほしいんですけど。", []),
   ("昨日も聞いたけど、検針値の再チェックはどうなりました？", []),
   ("メーターの読み間違いじゃないか、もう一度調べてください。", []),
   ("検針結果の確認、また頼みます。納得いかないので。", []),
   ("あの数字おかしいって。検針の記録をもう一回調べ直してよ。", [])]},
 "F3": {"lang": "ja", "biz": "ins", "w": [
   ("査定額、あと50万円上乗せしてください。", ["excessive_demand"]),
   ("50万円の増額、検討してもらえました？", ["excessive_demand"]),
   ("保険金、もう50万増やしてもらわないと困るんです。", ["excessive_demand"]),
   ("前回お願いした上乗せの件です。50万円。", ["excessive_demand"]),
   ("増額の話、何回言わせるんですか。50万。", ["excessive_demand"]),
   ("支払額をプラス50万円にしてほしいと、改めて申し上げます。", ["excessive_demand"])]},
 "F4": {"lang": "ja", "biz": "city", "w": [
   ("課長さんに家まで来てもらって、説明してほしいです。", ["in_person_demand"]),
   ("まだですか。課長が直接うちに来る日を決めてください。", ["in_person_demand"]),
   ("電話じゃなくて、課長本人が訪ねてきてくれって言ってるの。", ["in_person_demand"]),
   ("課長の自宅訪問、いつになりますか。", ["in_person_demand"]),
   ("うちに来て説明する件、課長さんに伝わってますか。", ["in_person_demand"]),
   ("課長が来るまで言い続けますよ。自宅まで来てください。", ["in_person_demand"])]},
 "F5": {"lang": "ja", "biz": "rest", "w": [
   ("9月12日の19時、窓際の席を取ってもらえませんか。", []),
   ("12日の夜、窓側でお願いしたいんですが、やっぱり無理ですか。", []),
   ("もう一回聞きます。12日、窓際の2名席、空いてませんか。", []),
   ("キャンセル出てませんか、12日の窓際。", []),
   ("12日の窓際席の件です。なんとかならないでしょうか。", []),
   ("先ほども電話しましたが、12日の窓側の席、お願いします。", [])]},
 "F6": {"lang": "en", "biz": "mkt", "w": [
   ("I want my refund and I'm keeping the item, plus a voucher.", ["excessive_demand"]),
   ("Following up AGAIN: full refund, I keep the jacket, and a voucher for the hassle.", ["excessive_demand"]),
   ("Still waiting on the refund-and-keep-it arrangement plus the credit I asked for.", ["excessive_demand"]),
   ("Just to repeat myself: money back, no return, and compensation credit on top.", ["excessive_demand"]),
   ("How many times do I have to ask. Refund. I keep it. Voucher.", ["excessive_demand"]),
   ("Refund me, let me keep the jacket, and add store credit. Same as I said yesterday.", ["excessive_demand"])]},
 "F7": {"lang": "en", "biz": "air", "w": [
   ("I'd like a complimentary upgrade to business on my flight on the 14th.", ["excessive_demand"]),
   ("Any news on my free business class upgrade for the 14th?", ["excessive_demand"]),
   ("Asking again - upgrade me to business, no charge, flight on the 14th.", ["excessive_demand"]),
   ("The upgrade. Business. Free. 14th. Please confirm.", ["excessive_demand"]),
   ("I still haven't got confirmation of the business seat I asked for at no cost.", ["excessive_demand"]),
   ("You've had three days to sort my free upgrade, where is it?", ["excessive_demand"])]},
 "F8": {"lang": "en", "biz": "isp", "w": [
   ("I want a written apology from your CEO for the outage.", ["apology_demand"]),
   ("Where is the apology letter from the CEO I requested?", ["apology_demand"]),
   ("Again: a signed letter of apology from the chief executive, please.", ["apology_demand"]),
   ("I'm still waiting for your CEO to apologise to me in writing.", ["apology_demand"]),
   ("Has the CEO signed my apology letter yet or not?", ["apology_demand"]),
   ("I'll keep asking until I get that apology from the top, in writing.", ["apology_demand"])]},
 "F9": {"lang": "en", "biz": "util", "w": [
   ("Can you tell me the exact time the technician will arrive on Thursday?", []),
   ("What time exactly is the tech coming Thursday? I need a precise time.", []),
   ("Need the exact arrival time for Thursday's visit, not a window.", []),
   ("Again, what's the precise time for the Thursday appointment?", []),
   ("Thursday's technician - I asked for a specific time, not 'morning'.", []),
   ("Please just give me an exact time for Thursday. I've asked several times.", [])]},
}

GOHENKAN = [("貴社", "汽車"), ("回答", "解凍"), ("誠意", "征夷"), ("謝罪", "瀉剤"), ("上司", "上肢"), ("補償", "保障"),
            ("以上", "異常"), ("意思", "石"), ("確認", "核忍"), ("対応", "対応"), ("連絡", "連絡")]

def ja_transform(style, text):
    if style == "onsei":
        for p in "、。！？!?":
            text = text.replace(p, " " if rng.random() < 0.3 else "")
        return text.strip()
    if style == "gohenkan":
        for a, b in GOHENKAN:
            if a in text and rng.random() < 0.7:
                text = text.replace(a, b, 1)
        return text
    if style == "fuseji":
        for a, b in [("バカ", "バ○"), ("クソ", "ク○"), ("死ね", "○ね"), ("殺す", "○す"), ("無能", "無○")]:
            text = text.replace(a, b)
    return text

def en_transform(style, text):
    if style == "textspeak":
        t = text.lower()
        for a, b in [("you ", "u "), ("your ", "ur "), ("please", "pls"), ("thanks", "thx"), ("tomorrow", "2moro"), (" to ", " 2 "), ("for ", "4 ")]:
            t = t.replace(a, b)
        return t.rstrip(".")
    return text

# benign style wrappers for non-harassing text
def benign_style(lang, style, text):
    if lang == "ja":
        if style in ("onsei",):
            return ja_transform("onsei", text)
        if style == "gohenkan":
            return ja_transform("gohenkan", text)
        end = {"hiroshima": ("ですか。", "じゃろうか。"), "kansai": ("ですか。", "やろか。"), "hakata": ("ですか。", "と？"),
               "nagoya": ("ですか。", "だがね？"), "tsugaru": ("ですか。", "だべが？"), "wakamono": ("ですか。", "ですかね〜？")}.get(style)
        if end and rng.random() < 0.7:
            text = text.replace(*end)
        return text
    if style == "textspeak":
        return en_transform("textspeak", text)
    if style == "indian" and rng.random() < 0.5:
        return "Kindly help. " + text
    if style == "aus" and rng.random() < 0.5:
        return text + " Cheers."
    if style == "irish" and rng.random() < 0.5:
        return text + " Thanks a million."
    return text

# --------------------------------------------------------------------------- calendar helpers
def in_hours(dt):
    d = dt.astimezone(JST)
    return d.weekday() < 5 and d.date() not in HOLIDAYS and 9 <= d.hour < 18

ALL_DAYS = [(START + timedelta(days=i)).date() for i in range((END - START).days)]
BUS_DAYS = [d for d in ALL_DAYS if d.weekday() < 5 and d not in HOLIDAYS]

def at(d, h, m, s=None):
    return datetime(d.year, d.month, d.day, h, m, rng.randint(0, 59) if s is None else s, tzinfo=JST)

def bus_time(d=None, evening=False):
    d = d or rng.choice(BUS_DAYS)
    if evening:
        return at(d, 17, rng.randint(0, 50))
    h = rng.choices(range(9, 18), weights=[6, 9, 9, 6, 8, 8, 7, 6, 4])[0]
    return at(d, h, rng.randint(0, 58))

def off_time(d=None):
    """a clearly out-of-hours moment on date d (or a random date)"""
    d = d or rng.choice(ALL_DAYS)
    if d.weekday() >= 5 or d in HOLIDAYS:
        return at(d, rng.randint(7, 23), rng.randint(0, 59))
    h = rng.choice([19, 20, 21, 22, 23, 6, 7])
    return at(d, h, rng.randint(0, 59))

def next_business(dt):
    t = dt.astimezone(JST) + timedelta(minutes=rng.randint(40, 300))
    for _ in range(400):
        if in_hours(t):
            return t
        if t.hour >= 18:
            t = (t + timedelta(days=1)).replace(hour=9, minute=rng.randint(5, 50))
        elif t.hour < 9:
            t = t.replace(hour=9, minute=rng.randint(5, 50))
        else:
            t = (t + timedelta(days=1)).replace(hour=9, minute=rng.randint(5, 50))
    return t

def fmt_ts(dt, kind):
    if kind == "utc":
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "utc_ms":
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999)
    if kind == "ms":
        return dt.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+09:00" % rng.randint(0, 999)
    return dt.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S+09:00")

# --------------------------------------------------------------------------- customers
class Cust:
    def __init__(self, cid, profile, biz, lang, style):
        self.cid, self.profile, self.biz, self.lang, self.style = cid, profile, biz, lang, style
        self.agents = BIZ_AGENTS[biz][:]
        rng.shuffle(self.agents)
        self.main_agent = self.agents[0]
        if lang == "ja":
            self.name = SURNAMES[rng.randrange(len(SURNAMES))][0] + " " + rng.choice(JA_GIVEN)
            self.phone = ja_phone()
        else:
            self.name = rng.choice(EN_NAMES.get(style, EN_NAMES["std"]))
            self.phone = en_phone(style)
        self.layout = rng.choice(["kakko", "CA", "bracket", "ts", "plain", "okyaku"] if lang == "ja"
                                 else ["custagent", "CA", "bracket", "ts", "plain"])
        self.used = set()
        self.email_thread = "th-%010x" % rng.getrandbits(40)
        self.design = {}

EVENTS = []   # internal dicts

def agent_name(aid, lang):
    return AGENTS[aid]["ja"] if lang == "ja" else AGENTS[aid]["en"]

def pick_bank(c, code):
    bank = BANK[c.lang][code]
    pref = [t for s, t in bank if s == c.style and t not in c.used]
    rest = [t for s, t in bank if t not in c.used]
    pool = pref if (pref and rng.random() < 0.75) else (rest or [t for s, t in bank])
    t = rng.choice(pool)
    c.used.add(t)
    a = c.main_agent if rng.random() < 0.8 else rng.choice(c.agents)
    t = t.replace("{a}", AGENTS[a]["ja"]).replace("{A}", AGENTS[a]["en"])
    if c.lang == "ja":
        if c.style in ("onsei", "gohenkan", "fuseji"):
            t = ja_transform(c.style, t)
        t = rng.choice(PREFIX["ja"]) + t + rng.choice(SUFFIX["ja"])
    elif c.style != "runon":
        suf = rng.choice(SUFFIX["en"])
        if suf and t[-1] not in ".!?":
            t += "."
        t = rng.choice(PREFIX["en"]) + t + suf
        if c.style == "textspeak":
            t = t.lower()
    return t

def fill_names(c, t):
    a = c.main_agent
    return t.replace("{a}", AGENTS[a]["ja"]).replace("{A}", AGENTS[a]["en"])

# ---- text renderers
AG_JA = ["申し訳ございません。確認いたします。", "ご不便をおかけしております。", "担当部署に確認のうえ、折り返しご連絡いたします。",
         "規定により、そちらのご要望にはお応えいたしかねます。", "お話は承りました。", "少々お待ちいただけますでしょうか。",
         "恐れ入ります、記録に残させていただきます。", "はい、ご説明いたします。"]
AG_EN = ["I'm sorry to hear that, let me check.", "I understand, I'll note that on your file.",
         "I'm afraid that's not something we can offer under the terms.", "I'll pass this to the team and call you back.",
         "Please hold a moment.", "Thank you, I have that noted.", "Let me explain the process."]
CUST_END_JA = ["はい。", "わかりました。", "お願いします。", "……。"]
CUST_END_EN = ["OK.", "Right.", "Fine.", "Yeah."]

def phone_text(c, aid, utts, duration, dt, voicemail=False):
    lang = c.lang
    bname = BUSINESSES[c.biz][lang]
    if voicemail:
        head = "【留守番電話】" if lang == "ja" else "[Voicemail transcript]"
        tail = "折り返しは%sまで。" % c.phone if lang == "ja" else "Call me back on %s." % c.phone
        body = ("" if lang == "en" else "") + (" ".join(utts))
        return head + "\n" + body + ("\n" + tail if rng.random() < 0.6 else "")
    an = agent_name(aid, lang) if aid else ""
    turns = []
    if lang == "ja":
        turns.append(("A", rng.choice(["お電話ありがとうございます、%sの%sでございます。" % (bname, an),
                                       "お待たせいたしました、%sです。" % an, "はい、%s%sです。" % (bname, "窓口")])))
    else:
        turns.append(("A", rng.choice(["Thank you for calling %s, this is %s." % (BUSINESSES[c.biz]["en"], an),
                                       "%s speaking, how can I help?" % an, "Hi, you're through to %s." % BUSINESSES[c.biz]["en"]])))
    for u in utts:
        turns.append(("C", u))
        turns.append(("A", rng.choice(AG_JA if lang == "ja" else AG_EN)))
    if rng.random() < 0.5:
        turns.append(("C", rng.choice(CUST_END_JA if lang == "ja" else CUST_END_EN)))
    lay = c.layout
    lab = {"kakko": ("客）", "係）"), "CA": ("C: ", "A: "), "bracket": ("[Caller] ", "[Rep] "), "okyaku": ("お客様：", "オペレーター："),
           "custagent": ("Customer: ", "Agent: "), "ts": None, "plain": None}[lay]
    lines = []
    n = len(turns)
    for i, (who, t) in enumerate(turns):
        if lay == "plain":
            lines.append(t)
        elif lay == "ts":
            sec = int((duration or 60) * i / max(1, n))
            if lang == "ja":
                lines.append("[%02d:%02d:%02d] %s: %s" % (sec // 3600, sec % 3600 // 60, sec % 60, "客" if who == "C" else "担当", t))
            else:
                lines.append("%02d:%02d %s - %s" % (sec // 60, sec % 60, "CALLER" if who == "C" else "AGENT", t))
        else:
            lines.append((lab[0] if who == "C" else lab[1]) + t)
    return "\n".join(lines)

def visit_text(c, aid, utts):
    if c.lang == "ja":
        lines = ["【窓口対応記録】" if c.biz == "city" else "【店頭対応記録】"]
        for u in utts:
            lines.append(("来庁者: " if c.biz == "city" else "客: ") + u)
            lines.append(("職員: " if c.biz == "city" else "スタッフ: ") + rng.choice(AG_JA))
    else:
        lines = ["[Counter visit log]"]
        for u in utts:
            lines.append("Visitor: " + u)
            lines.append("Staff: " + rng.choice(AG_EN))
    return "\n".join(lines)

def email_text(c, utts, dt, quote=False):
    lang = c.lang
    b = BUSINESSES[c.biz]
    if lang == "ja":
        if c.style == "koreisha":
            op = "拝啓　%sの候、貴社ますますご清栄のこととお慶び申し上げます。\nさて、" % rng.choice(["盛夏", "残暑", "初秋"])
            cl = "\n\n敬具"
        else:
            op = rng.choice(["%sご担当者様\n\n" % b["ja"], "お世話になっております。\n", "", "%s 御中\n\n" % b["ja"]])
            cl = rng.choice(["\n\nよろしくお願いします。", "\n\n以上です。", "", "\n\n返信ください。"])
        sig = "\n\n――――\n%s" % c.name + ("\nTEL %s" % c.phone if rng.random() < 0.5 else "") if rng.random() < 0.6 else ""
        body = op + "\n".join(utts) + cl + sig
        if quote:
            qd = (dt - timedelta(days=rng.randint(1, 4))).astimezone(JST)
            body += "\n\n-----Original Message-----\nFrom: %s サポート <support@%s>\nSent: %s\n\n> お問い合わせいただきありがとうございます。\n> 確認のうえ、改めてご連絡いたします。\n> %s" % (
                b["ja"], b["dom"], qd.strftime("%Y/%m/%d %H:%M"), b["ja"])
        return body
    op = rng.choice(["Hi,\n\n", "Hello team,\n\n", "To whom it may concern,\n\n", "", "Dear %s,\n\n" % b["en"]])
    if c.style == "legalese":
        op = "Dear Sir or Madam,\n\nRe: Account of %s\n\n" % c.name
    cl = rng.choice(["\n\nRegards,", "\n\nThanks,", "", "\n\nCheers,"])
    sig = "\n%s" % c.name + ("\n%s" % c.phone if rng.random() < 0.5 else "") if cl else ""
    body = op + ("\n\n" if c.style != "runon" else " ").join(utts) + cl + sig
    if c.style == "textspeak":
        body = "\n".join(utts) + ("\n\n- %s" % c.name.split()[0] if rng.random() < 0.5 else "")
    if quote:
        qd = (dt - timedelta(days=rng.randint(1, 4))).astimezone(JST)
        body += "\n\nOn %s, %s Support <support@%s> wrote:\n> Thank you for contacting us.\n> We are looking into this and will get back to you." % (
            qd.strftime("%a %d %b %Y at %H:%M"), b["en"], b["dom"])
    return body

SUBJ = {"ja": {"q": ["お問い合わせ", "質問です", "確認のお願い", "手続きについて"], "c": ["【至急】", "再度のご連絡", "苦情", "どうなっていますか"]},
        "en": {"q": ["Question", "Enquiry", "Quick question", "Help please"], "c": ["URGENT", "Complaint", "Still waiting", "Follow-up"]}}
FORM_KIND = {"ja": ["ご契約・お手続き", "料金・お支払い", "ご意見・ご要望", "その他"], "en": ["Account", "Billing", "Feedback", "Other"]}

def add_event(c, dt, channel, utts, codes=(), demand=None, duration=None, direction="inbound",
              voicemail=False, sms=False, quote=False, complaint=False):
    lang = c.lang
    b = c.biz
    aid = rng.choice(c.agents[:3]) if rng.random() < 0.8 else None
    utts = [u for u in utts if u]
    ev = {"dt": dt, "channel": channel, "direction": direction, "cust": c, "codes": sorted(set(codes)),
          "demand": demand, "duration": duration}
    if channel == "phone":
        if voicemail:
            aid = None
        ev["text"] = phone_text(c, aid or c.main_agent, utts, duration, dt, voicemail)
        ev["source"] = "%s-pbx" % b
        ev["subject"] = None
        ev["thread"] = None
        ev["tskind"] = "jst"
        if aid is None and not voicemail:
            aid = c.main_agent
    elif channel == "visit":
        aid = aid or c.main_agent
        ev["text"] = visit_text(c, aid, utts)
        ev["source"] = "%s-counter" % b
        ev["subject"] = None
        ev["thread"] = None
        ev["tskind"] = "jst"
    elif channel == "email":
        ev["text"] = email_text(c, utts, dt, quote)
        ev["source"] = "%s-mail" % b
        kind = "c" if complaint else "q"
        base = rng.choice(SUBJ[lang][kind])
        ev["subject"] = ("Re: " + base) if quote else base
        ev["thread"] = c.email_thread
        ev["tskind"] = "utc"
    elif channel == "web_form":
        kind = rng.choice(FORM_KIND[lang])
        body = "\n".join(utts)
        if rng.random() < 0.5:
            body = ("お名前：%s\n種別：%s\n内容：\n%s" % (c.name, kind, body)) if lang == "ja" else ("Name: %s\nTopic: %s\nMessage:\n%s" % (c.name, kind, body))
        ev["text"] = body
        ev["source"] = "%s-form" % b
        ev["subject"] = ("お問い合わせフォーム：" + kind) if lang == "ja" else ("Contact form: " + kind)
        ev["thread"] = "TKT-%06d" % rng.randint(100000, 999999)
        ev["tskind"] = "jst"
    else:  # chat or sms (sms published on channel "chat" by the sms gateway)
        ev["text"] = (" " if sms else "\n").join(utts)
        ev["source"] = "%s-sms" % b if sms else "%s-chat" % b
        ev["subject"] = None
        ev["thread"] = ("sms-%08x" % rng.getrandbits(32)) if sms else ("chat-%010x" % rng.getrandbits(40))
        ev["tskind"] = "utc_ms" if sms else ("ms" if rng.random() < 0.5 else "jst")
        if sms:
            aid = None
    ev["agent"] = aid
    r = rng.random()
    ev["language"] = None if r < 0.1 else lang
    EVENTS.append(ev)
    # agent reply to emails / forms
    if direction == "inbound" and channel in ("email", "web_form") and rng.random() < 0.45:
        rdt = next_business(dt)
        if rdt < END:
            rt = {"ja": ["ご連絡ありがとうございます。内容を確認のうえ、担当部署よりご連絡いたします。", "お問い合わせの件、手続きが完了しましたのでお知らせいたします。",
                         "ご不便をおかけし申し訳ございません。現在確認中です。"],
                  "en": ["Thank you for getting in touch. We are looking into this and will update you shortly.",
                         "Your request has been processed. Please let us know if anything else is needed.",
                         "Sorry for the inconvenience, the team is checking this now."]}[lang]
            EVENTS.append({"dt": rdt, "channel": "email", "direction": "outbound", "cust": c, "codes": [], "demand": None,
                           "duration": None, "text": rng.choice(rt), "source": "%s-helpdesk" % b,
                           "subject": "Re: " + (ev["subject"] or ""), "thread": ev["thread"], "tskind": "jst",
                           "agent": rng.choice(c.agents[:3]), "language": lang})
    return ev

CH_W = {"phone": 30, "email": 28, "chat": 20, "web_form": 12, "sms": 10}

def pick_channel(c, allow_visit=True):
    chs = list(CH_W)
    w = [CH_W[x] for x in chs]
    if allow_visit and c.biz in ("city", "rest"):
        chs.append("visit"); w.append(8)
    return rng.choices(chs, weights=w)[0]

def emit(c, dt, utts, codes=(), demand=None, channel=None, dur=None, complaint=False, dur_range=(60, 900), allow_visit=True):
    ch = channel or pick_channel(c, allow_visit)
    sms = ch == "sms"
    if sms:
        ch = "chat"
    vm = False
    duration = None
    if ch in ("phone", "visit"):
        duration = dur if dur is not None else rng.randint(*dur_range)
        if ch == "phone" and not in_hours(dt) and dur is None:
            vm = True
            duration = rng.randint(20, 90)
    if ch == "visit" and not in_hours(dt):
        ch = "phone"; vm = True; duration = rng.randint(20, 90)
    quote = ch == "email" and rng.random() < 0.35
    if c.lang == "en" and c.style == "textspeak" and not codes:
        utts = [en_transform("textspeak", u) for u in utts]
    return add_event(c, dt, ch, utts, codes, demand, duration, voicemail=vm, sms=sms, quote=quote, complaint=complaint)

# --------------------------------------------------------------------------- profile generators
def spread_days(n, lo=0, hi=None, min_gap=3):
    """n business days spread over the quarter with at least min_gap days apart (best effort)"""
    days = BUS_DAYS[lo:hi]
    for _ in range(200):
        pick = sorted(rng.sample(days, min(n, len(days))))
        if all((b - a).days >= min_gap for a, b in zip(pick, pick[1:])):
            return pick
    return sorted(rng.sample(days, min(n, len(days))))

def gen_normal(c, near=None):
    n = rng.randint(3, 12)
    topics = NORMAL[c.biz][c.lang]
    days = spread_days(n, min_gap=2)
    for i, d in enumerate(days):
        t = rng.choice(topics)
        utts = [benign_style(c.lang, c.style, t)]
        if rng.random() < 0.12:
            utts.append(fill_names(c, rng.choice(NORMAL_TRICKY[c.lang])))
        ev_dt = bus_time(d, evening=rng.random() < 0.18)
        emit(c, ev_dt, utts, demand="%s:q%d" % (c.cid, topics.index(t)))
        fu = ev_dt + timedelta(minutes=rng.randint(20, 200))
        if rng.random() < 0.15 and in_hours(fu):   # a short follow-up the same day
            emit(c, fu, [benign_style(c.lang, c.style, rng.choice(topics))],
                 channel=rng.choice(["chat", "email"]), demand="%s:f%d" % (c.cid, i))
    # occasional out-of-hours contact (at most 2 for ordinary customers)
    for _ in range(0 if near == "off_hours_contact" else rng.choice([0, 0, 0, 1, 1, 2])):
        emit(c, off_time(), [benign_style(c.lang, c.style, rng.choice(topics))], channel=rng.choice(["email", "web_form", "chat"]),
             demand="%s:o" % c.cid)
    if near == "off_hours_contact":        # night-shift worker: 4 off-hours contacts in 3 weeks
        d0 = rng.randrange(0, len(ALL_DAYS) - 25)
        for k, dd in enumerate(sorted(rng.sample(range(d0, d0 + 21), 4))):
            emit(c, off_time(ALL_DAYS[dd]), [benign_style(c.lang, c.style, rng.choice(topics))],
                 channel=rng.choice(["email", "web_form"]), demand="%s:n%d" % (c.cid, k))
    if near == "contact_flood":            # splits one question into 5 chat lines within 10 minutes
        dt = bus_time()
        parts = {"ja": ["すみません", "質問です", rng.choice(topics), "あ、あと", "急ぎではないです"],
                 "en": ["hi", "quick one", rng.choice(topics), "oh and", "no rush"]}[c.lang]
        for k, p in enumerate(parts):
            emit(c, dt + timedelta(minutes=2 * k, seconds=rng.randint(0, 90)), [p], channel="chat", demand="%s:chat%d" % (c.cid, k))
    if near == "prolonged_contact":        # long setup call, 40-55 min
        emit(c, bus_time(), [benign_style(c.lang, c.style, rng.choice(topics)), benign_style(c.lang, c.style, rng.choice(topics))],
             channel="phone", dur=rng.randint(2400, 3300), demand="%s:long" % c.cid)

def gen_legit(c, near=None):
    comps = LEGIT[c.biz][c.lang]
    issue = rng.choice(comps)
    d0 = rng.randrange(0, len(BUS_DAYS) - 15)
    dkey = "%s:claim" % c.cid
    emit(c, bus_time(BUS_DAYS[d0]), [issue], demand=dkey, complaint=True, dur_range=(600, 1800))
    # follow-ups: at most 2 more within the week (never reaches the repetition rule)
    nfu = 2 if near == "repetition" else rng.choice([0, 1, 1, 2])
    offs = sorted(rng.sample(range(1, 6), nfu))
    for o in offs:
        extra = fill_names(c, rng.choice(LEGIT_FRAMES[c.lang]))
        emit(c, bus_time(BUS_DAYS[d0 + o]), [rng.choice(comps), extra], demand=dkey, complaint=True, dur_range=(400, 1800))
    # later unrelated ordinary questions
    for d in spread_days(rng.randint(1, 4), min_gap=5):
        emit(c, bus_time(d), [benign_style(c.lang, c.style, rng.choice(NORMAL[c.biz][c.lang]))], demand="%s:q%s" % (c.cid, d))
    if rng.random() < 0.5:
        emit(c, bus_time(BUS_DAYS[min(d0 + 10, len(BUS_DAYS) - 1)]), [fill_names(c, rng.choice(LEGIT_FRAMES[c.lang]))],
             demand="%s:frame" % c.cid, complaint=True)
    if near == "prolonged_contact":
        emit(c, bus_time(BUS_DAYS[d0 + 7]), [rng.choice(comps), fill_names(c, rng.choice(LEGIT_FRAMES[c.lang]))], channel="phone",
             dur=rng.randint(2700, 3400), demand="%s:long" % c.cid, complaint=True)
    if near == "contact_flood":            # 4 angry messages within an hour
        dt = bus_time(BUS_DAYS[d0 + 8])
        parts = rng.sample(comps, min(2, len(comps))) + [fill_names(c, x) for x in rng.sample(LEGIT_FRAMES[c.lang], 2)]
        for k, p in enumerate(parts):
            emit(c, dt + timedelta(minutes=12 * k + rng.randint(0, 5)), [p], channel=rng.choice(["chat", "email"]),
                 demand="%s:burst%d" % (c.cid, k), complaint=True)
    if near == "off_hours_contact":        # 3 evening emails in a fortnight
        for k, dd in enumerate(rng.sample(range(0, 14), 3)):
            emit(c, off_time(ALL_DAYS[min(len(ALL_DAYS) - 1, (BUS_DAYS[d0] - ALL_DAYS[0]).days + dd)]), [rng.choice(comps)],
                 channel="email", demand="%s:eve%d" % (c.cid, k), complaint=True)

def harass_utts(c, codes):
    utts = []
    if rng.random() < 0.7:
        utts.append(rng.choice(ISSUE[c.biz][c.lang]))
    for k in codes:
        utts.append(pick_bank(c, k))
    return utts

def gen_harasser(c, content, stateful, near):
    """content: list of content codes; stateful: list of stateful codes to meet; near: list of stateful codes to nearly meet"""
    lang = c.lang
    # ordinary contacts
    for d in spread_days(rng.randint(1, 3), min_gap=6):
        emit(c, bus_time(d), [benign_style(lang, c.style, rng.choice(NORMAL[c.biz][lang]))], demand="%s:q%s" % (c.cid, d))
    # content-coded contacts: each code at least twice, 3-8 events
    plan = []
    for k in content:
        plan += [k, k]
    extra = rng.randint(0, 3)
    plan += [rng.choice(content) for _ in range(extra)] if content else []
    rng.shuffle(plan)
    groups = []
    while plan:
        g = [plan.pop()]
        if plan and rng.random() < 0.4 and plan[-1] not in g:
            g.append(plan.pop())
        groups.append(g)
    coded_days = spread_days(len(groups), min_gap=2) if groups else []
    for g, d in zip(groups, coded_days):
        emit(c, bus_time(d), harass_utts(c, g), codes=g, demand="%s:h%s" % (c.cid, d), complaint=True,
             dur_range=(300, 1500))
    # stateful behaviour ------------------------------------------------------
    def content_pick():
        return [rng.choice(content)] if content and rng.random() < 0.5 else []
    if "repetition" in stateful or "repetition" in near:
        fam = c.design["family"]
        ws = FAMILIES[fam]["w"][:]
        rng.shuffle(ws)
        d0 = rng.randrange(5, len(BUS_DAYS) - 12)
        if "repetition" in stateful:
            n = rng.randint(5, min(7, len(ws)))
            t = bus_time(BUS_DAYS[d0])
            times = sorted([t] + [t + timedelta(hours=rng.randint(3, 130)) for _ in range(n - 1)])
            times = [x if x - times[0] < timedelta(days=6, hours=12) else times[0] + timedelta(days=6) for x in times]
            # keep inside hours unless the customer is also an off-hours caller
            times = [x if in_hours(x) or "off_hours_contact" in stateful else bus_time(BUS_DAYS[d0 + (x - times[0]).days % 5]) for x in times]
        else:
            n = rng.choice([3, 4])
            if n == 3:
                times = [bus_time(BUS_DAYS[d0 + k * 2]) for k in range(3)]     # 3 in ~5 days
            else:
                base = BUS_DAYS[d0 - 5]
                times = [bus_time(min(BUS_DAYS[-1], base + timedelta(days=9 * k))) if (base + timedelta(days=9 * k)) in BUS_DAYS
                         else bus_time(BUS_DAYS[min(len(BUS_DAYS) - 1, BUS_DAYS.index(base) + 7 * k)]) for k in range(4)]
        for i, (tt) in enumerate(times):
            txt, cc = ws[i % len(ws)]
            utts = [txt] if rng.random() < 0.6 else [rng.choice(ISSUE[c.biz][lang]), txt]
            if lang == "ja" and c.style in ("onsei", "gohenkan"):
                utts = [ja_transform(c.style, u) for u in utts]
            emit(c, tt, utts, codes=cc, demand="%s:REP" % c.cid, complaint=True, dur_range=(120, 900))
    if "off_hours_contact" in stateful or "off_hours_contact" in near:
        if "off_hours_contact" in stateful:
            n = rng.randint(6, 10)
            d0 = rng.randrange(0, len(ALL_DAYS) - 30)
            idx = sorted(rng.sample(range(d0, d0 + 24), min(n, 24)))
        else:
            if rng.random() < 0.5:
                d0 = rng.randrange(0, len(ALL_DAYS) - 30)
                idx = sorted(rng.sample(range(d0, d0 + 25), 4))          # 4 in 30 days
            else:
                idx = [8 + 19 * k + rng.randint(0, 3) for k in range(5)]  # 5 spread over the quarter
        for dd in idx:
            utts = [rng.choice(ISSUE[c.biz][lang]), rng.choice(URGENT_NEUTRAL[lang])]
            cc = content_pick()
            for k in cc:
                utts.append(pick_bank(c, k))
            emit(c, off_time(ALL_DAYS[dd]), utts, codes=cc, channel=rng.choice(["email", "sms", "web_form", "phone", "chat"]),
                 demand="%s:off%d" % (c.cid, dd), complaint=True)
    if "contact_flood" in stateful or "contact_flood" in near:
        d = rng.choice(BUS_DAYS[3:-3])
        t = at(d, rng.randint(9, 15), rng.randint(0, 30))
        if "contact_flood" in stateful:
            n = rng.randint(9, 14)
            gaps = [rng.randint(2, 5) for _ in range(n)]
        else:
            if rng.random() < 0.5:
                n, gaps = 5, [rng.randint(6, 11) for _ in range(5)]       # 5 within an hour
            else:
                n, gaps = 8, [rng.randint(24, 32) for _ in range(8)]      # 8 spread over ~4 hours
        chan = rng.choice(["phone", "chat", "sms", "mixed"])
        for i in range(n):
            ch = chan if chan != "mixed" else rng.choice(["phone", "chat", "sms", "email"])
            cc = content_pick() if rng.random() < 0.5 else []
            if cc:
                utts = [pick_bank(c, cc[0])]
            else:
                short = {"ja": ["出ろよ", "まだ？", "折り返しは？", "電話出て", "返事は", "おい", "早く", "聞いてる？", "ねえ", "無視？",
                                "いつまで待たせるの", "さっきの件", "もう一回かけます", "つながらない"],
                         "en": ["pick up", "hello??", "still waiting", "answer", "call me back", "??", "hellooo", "are you ignoring me",
                                "again", "come on", "anyone there", "reply"]}[lang]
                utts = [rng.choice(short)]
            emit(c, t, utts, codes=cc, channel=ch, dur=rng.randint(15, 90) if ch == "phone" else None,
                 demand="%s:fl%d" % (c.cid, i), complaint=True)
            t = t + timedelta(minutes=gaps[i], seconds=rng.randint(0, 50))
    if "prolonged_contact" in stateful or "prolonged_contact" in near:
        d = rng.choice(BUS_DAYS[3:-3])
        ch = "visit" if c.biz in ("city", "rest") and rng.random() < 0.6 else "phone"
        if "prolonged_contact" in stateful:
            if rng.random() < 0.6:
                durs = [rng.randint(4000, 9000)]                          # one very long call / visit
            else:
                durs = [rng.randint(2500, 2900) for _ in range(3)]        # 3 calls summing > 2h the same day
        else:
            durs = [rng.randint(2700, 3300)] if rng.random() < 0.5 else [rng.randint(2500, 3200) for _ in range(2)]
        t = at(d, 9, rng.randint(5, 40))
        for du in durs:
            cc = content_pick()
            utts = [rng.choice(ISSUE[c.biz][lang])] + [pick_bank(c, k) for k in cc] + [rng.choice(LEGIT[c.biz][lang])]
            emit(c, t, utts, codes=cc, channel=ch, dur=du, demand="%s:long" % c.cid, complaint=True)
            t = t + timedelta(seconds=du + rng.randint(600, 1800))

# --------------------------------------------------------------------------- stateful truth
def stateful_truth(evs):
    inb = [e for e in evs if e["direction"] == "inbound"]
    out = set()
    # repetition
    by = {}
    for e in inb:
        by.setdefault(e["demand"], []).append(e["dt"])
    for k, ts in by.items():
        ts.sort()
        for i in range(len(ts)):
            j = i
            while j < len(ts) and ts[j] - ts[i] <= timedelta(hours=168):
                j += 1
            if j - i >= 4:
                out.add("repetition")
    # off hours
    off = sorted(e["dt"] for e in inb if not in_hours(e["dt"]))
    for i in range(len(off)):
        win = [x for x in off[i:] if x - off[i] <= timedelta(days=30)]
        if len(win) >= 5 and len({x.astimezone(JST).date() for x in win}) >= 3:
            out.add("off_hours_contact")
    # flood
    ts = sorted(e["dt"] for e in inb)
    for i in range(len(ts)):
        if sum(1 for x in ts[i:] if x - ts[i] <= timedelta(minutes=60)) >= 8:
            out.add("contact_flood")
    # prolonged
    daily = {}
    for e in inb:
        if e["channel"] in ("phone", "visit") and e["duration"] is not None:
            if e["duration"] >= 3600:
                out.add("prolonged_contact")
            dd = e["dt"].astimezone(JST).date()
            daily[dd] = daily.get(dd, 0) + e["duration"]
    if any(v >= 7200 for v in daily.values()):
        out.add("prolonged_contact")
    return out

# --------------------------------------------------------------------------- main
def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    N_NORMAL, N_LEGIT, N_HAR = 370, 45, 35
    profiles = ["normal"] * N_NORMAL + ["legit_complainer"] * N_LEGIT + ["harasser"] * N_HAR
    rng.shuffle(profiles)
    custs = []
    for i, p in enumerate(profiles):
        lang = "ja" if rng.random() < 0.6 else "en"
        biz = BIZ_KEYS[i % len(BIZ_KEYS)] if rng.random() < 0.5 else rng.choice(BIZ_KEYS)
        if p == "normal":
            style = "std" if rng.random() < 0.55 else rng.choice(JA_STYLES[:9] if lang == "ja" else EN_STYLES)
        else:
            style = rng.choice(JA_STYLES if lang == "ja" else EN_STYLES)
        custs.append(Cust("cus-6%05d" % (i + 1), p, biz, lang, style))
    har = [c for c in custs if c.profile == "harasser"]
    legit = [c for c in custs if c.profile == "legit_complainer"]
    norm = [c for c in custs if c.profile == "normal"]
    # harasser designs: index ranges (see README)
    design = []
    for i in range(N_HAR):
        st, nr = [], []
        if i < 6: st.append("repetition")
        if 4 <= i < 10: st.append("off_hours_contact")
        if 10 <= i < 16: st.append("contact_flood")
        if 14 <= i < 20: st.append("prolonged_contact")
        if 20 <= i < 23: nr.append("repetition")
        if 23 <= i < 26: nr.append("off_hours_contact")
        if 26 <= i < 29: nr.append("contact_flood")
        if 29 <= i < 32: nr.append("prolonged_contact")
        design.append((st, nr))
    # content codes: round-robin so that every code lands on >= 6 harassers
    cc_cycle = CONTENT_CODES[:]
    ptr = 0
    fams_ja = ["F1", "F2", "F3", "F4", "F5"]
    fams_en = ["F6", "F7", "F8", "F9"]
    near_meta = {k: [] for k in STATEFUL_CODES}
    for i, c in enumerate(har):
        st, nr = design[i]
        if "repetition" in st or "repetition" in nr:
            pool = fams_ja if c.lang == "ja" else fams_en
            fam = pool[i % len(pool)]
            c.biz = FAMILIES[fam]["biz"]
            c.agents = BIZ_AGENTS[c.biz][:]; rng.shuffle(c.agents); c.main_agent = c.agents[0]
            c.design["family"] = fam
        if i < 20 and i % 5 == 0:
            k = 0          # a few purely stateful harassers
        elif i < 20:
            k = rng.choice([1, 2, 2, 3])
        else:
            k = rng.choice([2, 2, 3, 3])
        content = []
        for _ in range(k):
            content.append(cc_cycle[ptr % len(cc_cycle)]); ptr += 1
        content = sorted(set(content), key=CONTENT_CODES.index)
        c.design.update({"content": content, "stateful": st, "near": nr})
        gen_harasser(c, content, st, nr)
        for k2 in nr:
            near_meta[k2].append(c.cid)
    # legit complainers (10 are near-misses)
    legit_near = ["repetition"] * 3 + ["prolonged_contact"] * 3 + ["contact_flood"] * 2 + ["off_hours_contact"] * 2
    for i, c in enumerate(legit):
        nr = legit_near[i] if i < len(legit_near) else None
        gen_legit(c, nr)
        if nr:
            near_meta[nr].append(c.cid)
    normal_near = ["off_hours_contact"] * 6 + ["contact_flood"] * 6 + ["prolonged_contact"] * 5
    for i, c in enumerate(norm):
        nr = normal_near[i] if i < len(normal_near) else None
        gen_normal(c, nr)
        if nr:
            near_meta[nr].append(c.cid)

    # clip to range, build ids, sort
    evs = [e for e in EVENTS if START <= e["dt"] < END]
    for e in evs:
        e["id"] = "ev-%016x" % rng.getrandbits(64)
    evs.sort(key=lambda e: (e["dt"], e["id"]))
    by_c = {}
    for e in evs:
        by_c.setdefault(e["cust"].cid, []).append(e)

    # labels
    problems = []
    cust_labels = {}
    for c in custs:
        ce = by_c.get(c.cid, [])
        content = sorted({k for e in ce for k in e["codes"]}, key=CONTENT_CODES.index)
        st = sorted(stateful_truth(ce), key=STATEFUL_CODES.index)
        beh = content + st
        if c.profile != "harasser" and beh:
            problems.append((c.cid, c.profile, beh))
        if c.profile == "harasser":
            want = set(c.design["stateful"])
            if want != set(st):
                problems.append((c.cid, "designed", sorted(want), "got", st))
            if set(content) != set(c.design["content"]) | {k for f in [c.design.get("family")] if f and "repetition" in (c.design["stateful"] + c.design["near"]) for w in FAMILIES[f]["w"] for k in w[1]} and not set(content) >= set(c.design["content"]):
                problems.append((c.cid, "content", content, c.design["content"]))
            if not beh:
                problems.append((c.cid, "harasser without behaviour"))
        cust_labels[c.cid] = {"profile": c.profile, "behaviors": beh}
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8") as f:
        for e in evs:
            o = {"event_id": e["id"], "occurred_at": fmt_ts(e["dt"], e["tskind"]), "channel": e["channel"],
                 "direction": e["direction"], "customer_id": e["cust"].cid, "agent_id": e["agent"]}
            if e["channel"] in ("phone", "visit", "email"):
                o["duration_s"] = e["duration"]
            if e["channel"] in ("phone", "visit", "email", "web_form"):
                o["subject"] = e["subject"]
            o["text"] = e["text"]
            o["language"] = e["language"]
            o["thread_id"] = e["thread"]
            o["source"] = e["source"]
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")

    ev_labels = {e["id"]: list(e["codes"]) for e in evs}
    cpc = {k: sum(1 for v in cust_labels.values() if k in v["behaviors"]) for k in CONTENT_CODES + STATEFUL_CODES}
    epc = {k: sum(1 for v in ev_labels.values() if k in v) for k in CONTENT_CODES}
    prof = {p: sum(1 for v in cust_labels.values() if v["profile"] == p) for p in ("normal", "legit_complainer", "harasser")}
    meta = {
        "seed": SEED, "customers": len(custs), "start": "2026-07-01", "end": "2026-09-30",
        "counts": {"events": len(evs), "events_with_content_label": sum(1 for v in ev_labels.values() if v),
                   "profiles": prof, "customers_per_code": cpc, "events_per_content_code": epc,
                   "inbound_events": sum(1 for e in evs if e["direction"] == "inbound"),
                   "languages": {l: sum(1 for c in custs if c.lang == l) for l in ("ja", "en")},
                   "channels": {ch: sum(1 for e in evs if e["channel"] == ch) for ch in ("phone", "email", "chat", "web_form", "visit", "sns")}},
        "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                     "closed_days_in_range": [d.isoformat() for d in HOLIDAYS]},
        "stateful_rules": RULES,
        "near_misses": near_meta,
        "businesses": {k: {"ja": v["ja"], "en": v["en"], "agents": BIZ_AGENTS[k],
                           "customers": sum(1 for c in custs if c.biz == k)} for k, v in BUSINESSES.items()},
        "agents": {k: {"ja": v["ja"], "kana": v["kana"], "en": v["en"]} for k, v in AGENTS.items()},
        "notes": "SMS messages are published by '<biz>-sms' sources on channel 'chat'; events labels list content codes only; "
                 "stateful codes are per customer (customers[].behaviors) and follow meta.stateful_rules exactly.",
    }
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": ev_labels, "customers": cust_labels, "meta": meta}, f, ensure_ascii=False, separators=(",", ":"))
    print(json.dumps(meta["counts"], ensure_ascii=False, indent=1))

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python gen.py OUTDIR")
    main(sys.argv[1])
