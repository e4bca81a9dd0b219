#!/usr/bin/env python3
"""Blind labelled contact-event stream #13.

2028 Q2, one outsourced contact centre in Osaka serving six clients.
Usage: python3 gen.py OUTDIR   -> OUTDIR/events.jsonl, OUTDIR/labels.json
Python 3.11 standard library only; fixed seed, byte-identical output.
"""
import json
import os
import random
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone

SEED = 131313
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
Q_START = date(2028, 4, 1)
Q_END = date(2028, 6, 30)
N_DAYS = (Q_END - Q_START).days + 1
HOLIDAYS = [date(2028, 4, 29), date(2028, 5, 3), date(2028, 5, 4), date(2028, 5, 5)]
OPEN_HOUR, CLOSE_HOUR = 10, 19

CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
           "abusive_language", "legal_threat", "online_defamation_threat",
           "sexual_harassment", "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL_CODES = CONTENT + STATEFUL

# --------------------------------------------------------------------------- agents
AGENTS = [
    ("西田", "ニシダ", "Nishida"), ("北村", "キタムラ", "Kitamura"), ("大西", "オオニシ", "Onishi"),
    ("辻", "ツジ", "Tsuji"), ("吉川", "ヨシカワ", "Yoshikawa"), ("岡本", "オカモト", "Okamoto"),
    ("藤井", "フジイ", "Fujii"), ("上田", "ウエダ", "Ueda"), ("中川", "ナカガワ", "Nakagawa"),
    ("前田", "マエダ", "Maeda"), ("松田", "マツダ", "Matsuda"), ("竹内", "タケウチ", "Takeuchi"),
    ("西村", "ニシムラ", "Nishimura"), ("原田", "ハラダ", "Harada"), ("森本", "モリモト", "Morimoto"),
    ("堀", "ホリ", "Hori"), ("谷口", "タニグチ", "Taniguchi"), ("奥村", "オクムラ", "Okumura"),
    ("浅野", "アサノ", "Asano"), ("杉山", "スギヤマ", "Sugiyama"), ("平野", "ヒラノ", "Hirano"),
    ("小西", "コニシ", "Konishi"), ("宮本", "ミヤモト", "Miyamoto"), ("野口", "ノグチ", "Noguchi"),
    ("川口", "カワグチ", "Kawaguchi"), ("大野", "オオノ", "Ono"), ("今井", "イマイ", "Imai"),
    ("増田", "マスダ", "Masuda"), ("永井", "ナガイ", "Nagai"), ("福田", "フクダ", "Fukuda"),
]
AGENT_IDS = ["agt-%d" % (101 + i) for i in range(len(AGENTS))]
AGENT = {aid: {"ja": a[0], "kana": a[1], "en": a[2]} for aid, a in zip(AGENT_IDS, AGENTS)}

# --------------------------------------------------------------------------- clients
# each grievance / complaint: (text, demand phrase used when the customer restates it)
CLIENTS = {
    "vet": {
        "ja": "ひだまり動物病院グループ", "en": "Hidamari Animal Clinics", "handle": "@hidamari_vet",
        "form_ja": ["診察予約", "お会計", "その他"], "form_en": ["Appointments", "Billing", "Other"],
        "normal_ja": [
            "狂犬病の予防接種は予約なしでも受けられますか。",
            "うちの猫の健康診断を来週の土曜日に予約したいです。",
            "術後の抜糸はいつ頃になりますか。",
            "フィラリアの薬を先月と同じものでお願いしたいのですが、在庫はありますか。",
            "天王寺院の駐車場は何台ぐらい停められますか。",
            "ペット保険の請求に使う診療明細を再発行していただけますか。",
            "老犬なので、待合室で横にならせても大丈夫でしょうか。",
        ],
        "normal_en": [
            "Do you have any vets who speak English at the Umeda clinic?",
            "Can I book a vaccination for my dog next Tuesday afternoon?",
            "What's the price range for a dental cleaning for a small cat?",
            "Could you email me the itemized invoice for my pet insurance claim?",
            "Is it OK to bring two cats in one carrier to the check-up?",
        ],
        "legit_ja": [
            ("先週の診察代が二重に引き落とされています。正直かなり腹が立っていますが、差額の返金をお願いします。", "二重請求分の返金"),
            ("予約していたのに1時間半も待たされ、説明もありませんでした。今後どう改善されるのか回答をいただけますか。", "待ち時間についての回答"),
            ("処方された薬の量がラベルと違っていました。飲ませる前に気づいたからよかったものの、確認体制を説明してください。", "投薬量の説明"),
            ("カルテの引き継ぎができておらず、同じ血液検査をもう一度受けさせられました。重複分の検査費用は返していただけますよね。", "重複検査費の返金"),
        ],
        "legit_en": [
            ("I was charged twice for last week's visit. I'm honestly pretty annoyed — please refund the duplicate.", "the duplicate charge"),
            ("The label on my dog's medication shows a different dose from what the vet told us. Please explain how this happened.", "the dosage label"),
            ("We waited 90 minutes past our appointment with no update at all. I'd like to know what you'll change.", "the waiting time"),
        ],
        "griev_ja": [
            ("うちの子の爪切りの時、ちょっと血が出たんですけど。", "爪切りの件"),
            ("診察代が高すぎると思います。説明も雑やったし。", "診察代の件"),
            ("予約の時間から20分も待たされたんやけど。", "待ち時間の件"),
            ("手術のあと、うちの子の元気がない気がするんです。", "手術後の件"),
        ],
        "griev_en": [
            ("The vet barely looked at my cat and still charged the full consultation fee.", "the consultation fee"),
            ("My dog came back from grooming with a small nick on his ear.", "the grooming"),
            ("You made me wait forty minutes for a five-minute check.", "the wait"),
        ],
    },
    "funeral": {
        "ja": "やすらぎ葬祭", "en": "Yasuragi Funeral Services", "handle": "@yasuragi_sousai",
        "form_ja": ["ご葬儀のご相談", "お見積り", "法要"], "form_en": ["Funeral arrangements", "Quotation", "Memorial services"],
        "normal_ja": [
            "家族葬のプランについて、見積もりをいただけますか。",
            "通夜の開始時刻を確認させてください。",
            "会葬礼状の文面を少し修正したいのですが、まだ間に合いますか。",
            "四十九日法要の会場予約はこちらでできますか。",
            "供花の注文は何日前まで受け付けていますか。",
            "香典返しのカタログを郵送していただけますか。",
        ],
        "normal_en": [
            "Could you tell me the difference between the family funeral plan and the standard plan?",
            "My father passed away last night. What do we need to prepare for tomorrow?",
            "Can relatives from overseas join the ceremony online?",
            "Is it possible to hold a non-religious ceremony at your hall?",
            "How late can we change the number of guests for the wake?",
        ],
        "legit_ja": [
            ("祭壇の花が注文したものと全く違いました。親族の前で本当に情けなかったです。差額の返金をお願いします。", "供花の差額返金"),
            ("見積もりになかった安置料が請求書に入っています。説明もなく追加されたのは納得できません。", "安置料の説明"),
            ("会葬礼状で故人の名前の漢字が間違っていました。刷り直しをお願いできますか。", "礼状の刷り直し"),
            ("霊柩車の到着が40分遅れて、火葬場の時間に間に合いませんでした。経緯をきちんと説明してほしいです。", "遅延の説明"),
        ],
        "legit_en": [
            ("The flowers on the altar were not what we ordered. Please refund the difference.", "the flower refund"),
            ("There's a storage fee on the invoice that was never in the quote. Please explain it or remove it.", "the storage fee"),
            ("My mother's name was misspelled on the memorial cards. Can you reprint them?", "reprinting the cards"),
        ],
        "griev_ja": [
            ("葬儀の段取りが悪くて、親戚の前で恥かいたわ。", "段取りの件"),
            ("請求額が見積もりより3万円高いんですけど。", "請求額の件"),
            ("スタッフの態度が冷たかったです。こっちは悲しんでるのに。", "スタッフの態度の件"),
        ],
        "griev_en": [
            ("Your staff were cold to us on the worst day of our lives.", "your staff's attitude"),
            ("The final bill is 30,000 yen higher than the quote.", "the final bill"),
            ("The hall was freezing during the wake.", "the wake"),
        ],
    },
    "taxi": {
        "ja": "なにわ交通", "en": "Naniwa Kotsu Taxi", "handle": "@nanigo_taxi",
        "form_ja": ["お忘れ物", "アプリ・決済", "乗務員について"], "form_en": ["Lost property", "App & payment", "About a driver"],
        "normal_ja": [
            "明日の朝6時に新大阪駅まで予約できますか。",
            "アプリで領収書を発行する方法を教えてください。",
            "車内に傘を忘れてしまいました。昨日の夜8時頃、難波から乗った車です。",
            "車いすのまま乗れるタクシーはありますか。",
            "法人チケットの請求先を変更したいです。",
            "関空までの定額運賃はいくらですか。",
        ],
        "normal_en": [
            "How do I add a second credit card to the NaniGo app?",
            "I left my phone in a taxi around 11pm near Shinsaibashi. Has anyone turned it in?",
            "Can I book a car with a child seat for Saturday morning?",
            "What's the fixed fare from Namba to Kansai Airport?",
            "The app keeps charging my old card even though I deleted it. How do I fix that?",
        ],
        "legit_ja": [
            ("運転手さんが明らかに遠回りして、いつもより1,500円高かったです。ルートを確認して差額を返してください。", "遠回りの差額返金"),
            ("アプリで予約したのに車が来ず、キャンセル料だけ取られました。これはおかしいと思います。", "キャンセル料の取り消し"),
            ("運転中ずっとスマホを見ている運転手さんで、本当に怖かったです。安全面の指導をお願いします。", "運転手さんへの指導"),
            ("クレジットカードで二回決済されています。一回分の返金をお願いします。", "二重決済の返金"),
        ],
        "legit_en": [
            ("The driver took a huge detour and the fare was 1,500 yen more than usual. Please check the route and refund the difference.", "the detour refund"),
            ("The car never showed up but the app charged me a cancellation fee. That's not right.", "the cancellation fee"),
            ("I was charged twice on my card for one ride. Please refund one of them.", "the double charge"),
        ],
        "griev_ja": [
            ("昨日の運転手、道まちごうてメーター上がったんやけど。", "運賃の件"),
            ("予約の車が5分遅れて来ました。", "遅刻の件"),
            ("運転手の態度が気に入らんかった。", "運転手の件"),
        ],
        "griev_en": [
            ("Your driver was five minutes late and didn't even say sorry.", "the late pickup"),
            ("The driver took the expressway without asking me.", "the expressway toll"),
            ("The car smelled of smoke.", "the smell in the car"),
        ],
    },
    "univ": {
        "ja": "浪速国際大学 入試課", "en": "Naniwa International University Admissions", "handle": "@niu_admissions",
        "form_ja": ["出願について", "入学手続き", "オープンキャンパス"], "form_en": ["Application", "Enrolment", "Campus visit"],
        "normal_ja": [
            "総合型選抜の出願書類の提出期限を教えてください。",
            "オープンキャンパスの予約はまだできますか。",
            "受験票がまだ届いていないのですが、確認していただけますか。",
            "調査書の封が破れてしまった場合はどうすればいいですか。",
            "入学手続きの締め切りは何時までですか。",
            "奨学金の説明会は保護者も参加できますか。",
        ],
        "normal_en": [
            "What TOEFL score do international applicants need for the economics program?",
            "Can I submit my transcript by email or does it have to be mailed?",
            "When will the results for the autumn intake be posted?",
            "Is there a dormitory for first-year international students?",
            "Could you confirm you received my application? My ID is NIU-28-0412.",
        ],
        "legit_ja": [
            ("合否発表のページが一日中つながらず、手続き期限に間に合うか本当に不安でした。期限の延長を検討していただけませんか。", "手続き期限の延長"),
            ("検定料が二重に引き落とされています。規定どおり返金をお願いします。", "検定料の返金"),
            ("電話で聞いた締め切りとサイトの記載が違っていました。どちらが正しいのか、書面で確認させてください。", "締め切りの確認"),
        ],
        "legit_en": [
            ("Your portal crashed on the deadline day and I couldn't upload my essay. Please consider accepting it late — I have screenshots.", "accepting the late essay"),
            ("I was charged the application fee twice. Please refund the extra one as your rules say.", "the fee refund"),
            ("The deadline on the website differs from what I was told by phone. Which one is correct?", "the deadline"),
        ],
        "griev_ja": [
            ("うちの息子が不合格になった理由を説明してください。", "不合格の件"),
            ("面接官の質問が失礼だったと娘が言っています。", "面接の件"),
            ("補欠の順番を教えてくれへんのはおかしいでしょう。", "補欠順位の件"),
        ],
        "griev_en": [
            ("My son was rejected and nobody will tell us why.", "the rejection"),
            ("The interviewer was rude to my daughter.", "the interview"),
            ("Why can't you tell me our waitlist number?", "the waitlist"),
        ],
    },
    "rental": {
        "ja": "みなとレンタカー", "en": "Minato Rent-a-Car", "handle": "@minato_rentacar",
        "form_ja": ["ご予約", "ご返却・精算", "事故・故障"], "form_en": ["Reservations", "Returns & billing", "Accidents & breakdowns"],
        "normal_ja": [
            "来週の金曜日から3日間、ミニバンを借りたいのですが空いていますか。",
            "乗り捨ては関西空港店でもできますか。",
            "免責補償に加入した場合の料金を教えてください。",
            "ETCカードの貸し出しはありますか。",
            "予約した車種をコンパクトカーに変更したいです。",
            "返却時にガソリンは満タンにしないといけませんか。",
        ],
        "normal_en": [
            "Do I need an international driving permit to rent a car from you?",
            "Can I pick up the car at Shin-Osaka and return it at Kyoto Station?",
            "Is a child seat included or is it extra?",
            "What time does the Namba branch open on Saturdays?",
            "I'd like to extend my rental by one day. Is that possible?",
        ],
        "legit_ja": [
            ("借りた車のタイヤがパンクしていて、高速で2時間立ち往生しました。レッカー代の扱いについて説明してください。", "レッカー代の説明"),
            ("返却時に、借りる前からあった傷の修理代を請求されました。出発前の写真もあります。確認をお願いします。", "傷の修理代の確認"),
            ("予約していた車種が用意されておらず、小さい車になりました。差額を返金してください。", "車種の差額返金"),
            ("ナビが壊れていて一日中迷いました。その分の料金を考慮してもらえませんか。", "ナビ故障の料金"),
        ],
        "legit_en": [
            ("The car had a flat tire and we were stuck on the expressway for two hours. I'd like to know who covers the tow.", "the towing fee"),
            ("You charged me for a scratch that was there before I picked the car up. I have photos from pickup.", "the scratch charge"),
            ("We booked a minivan and got a compact. Please refund the price difference.", "the price difference"),
        ],
        "griev_ja": [
            ("借りた車、エアコンの効きが悪かったわ。", "エアコンの件"),
            ("返却の受付で15分も待たされました。", "返却待ちの件"),
            ("車内にちょっとタバコの匂いが残ってたんやけど。", "車内の匂いの件"),
        ],
        "griev_en": [
            ("The air conditioning in the car was weak.", "the air conditioning"),
            ("The return counter made me wait fifteen minutes.", "the return wait"),
            ("There was a faint smell of smoke in the car.", "the smoke smell"),
        ],
    },
    "wedding": {
        "ja": "ベルテラス大阪", "en": "Bell Terrace Osaka", "handle": "@bellterrace_osk",
        "form_ja": ["ご見学予約", "お見積り", "ご契約後のご相談"], "form_en": ["Venue tour", "Quotation", "After contract"],
        "normal_ja": [
            "来年の春の土曜日で空いている日を教えてください。",
            "ブライダルフェアの試食は何名まで参加できますか。",
            "席次表の最終確定はいつまでですか。",
            "持ち込みのドレスは可能でしょうか。持ち込み料も教えてください。",
            "招待客が10名ほど増えそうなのですが、会場は大丈夫ですか。",
            "当日の着付けは何時から始まりますか。",
        ],
        "normal_en": [
            "Do you offer ceremonies in English for international couples?",
            "Could we book a venue tour next Saturday afternoon?",
            "Can we bring our own photographer?",
            "What's the policy if we postpone the wedding by six months?",
            "Is there a vegetarian course for the reception?",
        ],
        "legit_ja": [
            ("席札の名前が何人も間違っていました。当日気づいて慌てて手書きで直しました。正直がっかりです。", "席札の間違いの件"),
            ("見積もりになかったサービス料が追加されています。説明をお願いします。", "サービス料の説明"),
            ("契約時に約束されていた花の装飾が当日ありませんでした。その分の返金をお願いします。", "装飾分の返金"),
        ],
        "legit_en": [
            ("Several name cards at the reception were misspelled. We were really disappointed.", "the name cards"),
            ("A service charge appeared on our invoice that wasn't in the quote. Please explain.", "the service charge"),
            ("The floral arch we paid for wasn't there on the day. Please refund that item.", "the floral arch refund"),
        ],
        "griev_ja": [
            ("試食会の料理、冷めてたんですけど。", "試食会の件"),
            ("プランナーの返信が遅すぎる。", "返信の件"),
            ("見積もりが最初の話より高くなってるやん。", "見積もりの件"),
        ],
        "griev_en": [
            ("The food at the tasting was lukewarm.", "the tasting"),
            ("Our planner takes days to reply.", "the planner"),
            ("The quote went up from what we were first told.", "the quote"),
        ],
    },
}
CLIENT_KEYS = ["vet", "funeral", "taxi", "univ", "rental", "wedding"]

# --------------------------------------------------------------------------- harassing sentences
# {A} = a staff member's name in Japanese, {E} = in English.
CUES = {
    "excessive_demand": {
        "ja": [
            "迷惑料として10万円、払てもらわな納得でけへんわ。",
            "こんなことになったんやから、今回の費用は全額タダにしてください。それくらい当然でしょう。",
            "キャンセル料なんか払うわけないやろ。規約とか知らんし、全額返せや。",
            "お詫びのしるしに、今後一年間は無料で使わせてもらえますよね？",
            "治療費の返金に加えまして、私の精神的苦痛に対する慰謝料もお支払いいただけますでしょうか。",
            "息子を合格扱いにしてくれたら、今回のことは水に流したってもええで。",
            "料理もお花も全部ワンランク上にして、差額はそっち持ちでよろしく〜",
            "返金だけじゃ足りない。往復の新幹線代とホテル代も全部出して。",
            "それなりの誠意ってもんを、形で見せてもらえますかね。金額はそちらで考えてください。",
            "ＶＩＰ待遇にしてくれへんのやったら、残りの代金は一円も払わへんで。",
        ],
        "en": [
            "I expect a full refund PLUS a free weekend on top, and that's non-negotiable.",
            "cancel fee?? lol no. refund every yen incl the deposit u said was non refundable",
            "Waive my son's entire first-year tuition and we can forget this happened.",
            "The whole package should be free of charge now, call it compensation for my stress.",
            "Upgrade everything to the premium plan at your expense, or I'm not paying a single yen.",
            "Surely a company your size can show some 'sincerity' in cash. You pick the amount, just make it worth my while.",
            "After this, my cat's treatment should be free for life.",
            "Reimburse my lost wages for the whole week, the train fare, and something extra for my trouble.",
        ],
    },
    "apology_demand": {
        "ja": [
            "土下座して謝れや。話はそれからや。",
            "社長名義の謝罪文を書面で送ってください。メールじゃ誠意が伝わりません。",
            "電話口で謝るだけ？菓子折り持って頭下げに来るのが筋ってもんちゃうんか。",
            "全社員の前で私に謝罪する場を設けてください。",
            "あやまってすむとおもってんの？ちゃんとした詫び状、はよ出して。",
            "始末書と謝罪文の両方を、担当者の直筆で提出していただきます。",
            "謝罪の言葉が軽すぎる。もう一回、心を込めて謝り直して。",
            "学長からの正式な謝罪文を要求します。それ以外は受け付けません。",
            "ﾄﾞｹﾞｻﾞしろって言ってんの、聞こえへんかった？",
            "うちの玄関先で、関係者全員で頭を下げてもらいましょうか。",
        ],
        "en": [
            "I want a formal written apology signed by your CEO, on letterhead, by Friday.",
            "Get on your knees and apologize. Literally. I'm serious.",
            "A phone apology is worthless. Someone comes to my house and bows, that's the minimum.",
            "say sorry properly. again. that one didnt count",
            "I demand the driver apologize to me publicly in front of all his colleagues.",
            "Every single person involved will write me a personal letter of apology.",
            "Your apology gets read out at the next staff meeting and you send me the recording.",
            "ＳＯＲＲＹ isnt enough, i want it in writing w/ the manager's hanko on it",
        ],
    },
    "in_person_demand": {
        "ja": [
            "今から家まで説明しに来て。電話じゃ話にならん。",
            "責任者が直接うちに来て、車の状態を見てください。",
            "明日の朝イチで現場まで来てもらえます？顔見て話したいんで。",
            "院長先生がうちに来て、直接説明するべきでしょう。",
            "今日中に大阪駅まで来い。そこで話つけよか。",
            "面と向かって話さないと納得できません。担当の方、こちらまで来ていただけますか。",
            "ほな、そっちの責任者に事務所まで来てもろて、顔合わせて話しよか。",
            "めんどくさいから、書類はあんたが家まで取りに来て。",
            "入試課の人がうちに来て、息子の前で説明してください。",
            "直接会って話しましょう。あなた一人で、私の職場まで来てください。",
        ],
        "en": [
            "Send someone to my house today. I'm not doing this over the phone.",
            "Your manager needs to come to my office and explain this face to face.",
            "Come down to the parking lot right now and look at this car yourself.",
            "i want to meet u in person. tomorrow. my place.",
            "Have the admissions officer come to our home so my daughter can hear it directly.",
            "I'm not coming to you, you come to me. Be in the hotel lobby at 8.",
            "A real company would send a rep over to sit down with me in person.",
            "get the funeral director over to my mothers house tonight",
        ],
    },
    "violence_threat": {
        "ja": [
            "次会うたら、ただじゃおかへんからな。",
            "夜道には気ぃつけた方がええで。",
            "そっちの店、燃やしたろか。",
            "お前の顔、二度と見られへんようにしたるわ。",
            "殴りに行きますよ、本気で。",
            "ぶっコロすぞマジで",
            "刃物持って行ったら、さすがに本気で対応するんかな？",
            "ご家族が無事でいられるといいですね。",
            "車で突っ込んだろか、その営業所。",
            "覚えとけよ。痛い目みせたる。",
        ],
        "en": [
            "Keep this up and someone's going to get hurt.",
            "I know where your office is. Think about that.",
            "I'll smash every window in that office of yours.",
            "ur lucky im not there rn or id punch u",
            "Watch your back when you leave work tonight.",
            "Maybe I bring a bat next time and we'll see who's laughing.",
            "Would be a shame if something happened to that nice place of yours.",
            "I swear I will hurt that guy if I ever see him again.",
        ],
    },
    "abusive_language": {
        "ja": [
            "お前みたいな無能、給料泥棒やろ。",
            "頭悪いんか？日本語わかる？",
            "バカじゃないの。小学生でもわかるわ。",
            "{A}とかいうやつ、ほんまに使えんな。人として終わっとる。",
            "あんたみたいなのが働いてるから会社が潰れるんだよ。",
            "生きてる価値ないんちゃう？",
            "ﾊﾞｶ、ｱﾎ、ﾏﾇｹ。ほかに言うことないわ。",
            "役立たずのくせに口答えすんな。",
            "こんなレベルの低い人間しか雇えないんですね。哀れです。",
            "クズ。ゴミ。何回言わせんねん。",
        ],
        "en": [
            "You are absolutely useless. Do you even have a brain?",
            "What an idiot. A child could do your job better.",
            "{E} is a pathetic excuse for an employee.",
            "stfu and listen, moron",
            "People like you are why this country is going down the drain.",
            "You're worthless. Completely worthless.",
            "Are you stupid or just pretending? Honestly asking.",
            "Pathetic. Hire someone with a functioning brain next time.",
        ],
    },
    "legal_threat": {
        "ja": [
            "訴えますよ。弁護士にはもう話してます。",
            "損害賠償請求させてもらうんで、覚悟しといて。",
            "国交省にも消費者センターにも、全部言うたるからな。",
            "出るところに出ましょうか？",
            "文科省に通報しますので、そのおつもりで。",
            "うちの顧問弁護士から内容証明送らせますわ。",
            "裁判になってもええんやな？",
            "保健所に通報したろか、おたくのとこ。",
            "警察に被害届出しますから。",
            "そっちが認めへんなら、法的措置とるしかないな〜",
        ],
        "en": [
            "Expect to hear from my lawyer. I'm suing.",
            "I'll report you to the transport ministry and have your license pulled.",
            "You'll be paying damages by the time my attorney is done with you.",
            "see u in court lol",
            "I'm filing a complaint with the consumer affairs center and your regulator today.",
            "Don't test me. I have a lawyer on retainer and he loves cases like this.",
            "This goes straight to small claims court unless you fix it.",
            "One more excuse and I'm taking legal action against the whole company.",
        ],
    },
    "online_defamation_threat": {
        "ja": [
            "ネットに全部書いたるからな。",
            "Googleの口コミ、星1で埋め尽くしてやる。",
            "この会話録音してるんで、YouTubeに上げますね。",
            "Xで拡散したら一発で炎上やで？",
            "担当者の名前、ネットで晒してもいいんですね？",
            "5ちゃんに書き込んだろか。",
            "インスタのフォロワー2万人に、この対応をお知らせします。",
            "口コミサイトに、こちらの対応を事実どおり全部投稿させていただきます。",
            "ﾈｯﾄで晒されたくなかったら、ちゃんと対応して。",
            "TikTokでここの実態、暴露しよっかな〜",
        ],
        "en": [
            "I'm posting this whole conversation on X tonight.",
            "Enjoy your one-star reviews. I have friends, lots of them.",
            "Fix it or I go viral. Your choice.",
            "i'll put ur name and face all over tiktok",
            "I will write about this on every review site I can find.",
            "My blog gets 50k hits a month. Guess what the next post is about.",
            "Imagine how this recording will sound on YouTube.",
            "Don't make me expose you people online.",
        ],
    },
    "sexual_harassment": {
        "ja": [
            "声かわいいね。彼氏おるん？",
            "今日どんな下着つけてるの？",
            "今度二人で飲みに行こうや、ホテル代出したるで。",
            "{A}さんって、スタイルいいんでしょ？水着の写真送ってよ。",
            "胸の大きい子に担当変えてくれる？",
            "電話の声聞いてるだけで興奮するわ。",
            "式のプランより、あなたとの夜のプランを相談したいな♡",
            "ｴｯﾁな話しよ？ひまやろ？",
            "女の人やったら、もっと色々サービスしてくれるんちゃうの。",
            "夜の相手もしてくれるんやったら、契約してあげてもええよ。",
        ],
        "en": [
            "You sound hot. What are you wearing?",
            "Are you single? I bet you look amazing in a short skirt.",
            "Come have a drink with me after your shift, I'll make it worth your while ;)",
            "send me a pic, the sexy kind",
            "I'd rather plan a honeymoon with you than with my fiancee, if you know what I mean.",
            "Put the girl with the sexy voice back on the line.",
            "Do you give special service to guys who ask nicely? wink wink",
            "Your voice is turning me on. Keep talking.",
        ],
    },
    "privacy_intrusion": {
        "ja": [
            "{A}さんって、どこに住んでるの？最寄り駅だけでも教えてよ。",
            "あの子のＬＩＮＥ教えて。個人的に連絡したいから。",
            "昨日、{A}さんが梅田駅で降りるとこ見かけたで。",
            "仕事終わるの何時？出口で待っとくわ。",
            "受付の人の写真、こっそり撮らせてもらいました。",
            "担当さんの携帯番号を教えてください。会社の番号ではなく。",
            "{A}さんのシフト表、送ってもらえます？いつ出勤か知りたいんで。",
            "インスタの裏垢見つけたで、{A}さん。",
            "家族構成とか、休みの日に何してるかとか、教えてくれてもええやん。",
            "毎朝、営業所の前であなたのことを見てますよ。",
        ],
        "en": [
            "What's {E}'s home address? I'd like to send something personal.",
            "Give me her private number, not the office line.",
            "I waited outside your building yesterday but I missed you.",
            "What time does {E} finish tonight? I'll be at the staff exit.",
            "I found your Facebook. Cute dog btw.",
            "Which station do you take home? Just curious.",
            "I took a few photos of the staff at the counter, hope you don't mind.",
            "Tell me which days {E} works so I can come in only then.",
        ],
    },
    "staff_naming": {
        "ja": [
            "{A}を出せ。ほかの人とは話さへん。",
            "{A}さんを今すぐ辞めさせてください。",
            "前回の{A}って人、まだおるん？あの人に代わって。",
            "{A}以外は対応せんでええ。{A}を電話口に出して。",
            "{A}さんを担当から外して、処分の結果を報告してください。",
            "{A}とかいう人、どこの部署？フルネームで教えて。",
            "あの{A}って人、クビになるまで何回でも連絡するからな。",
            "{A}さんに対応させてください。ほかの方では困ります。理由？特にありません。",
            "{A}はまだ辞めてへんの？早よ辞めさせて。",
            "{A}、{A}、{A}！早く出しなさいよ！",
        ],
        "en": [
            "Put {E} on the phone. Now. Nobody else.",
            "I want {E} fired, and I want confirmation in writing.",
            "Is {E} there? Transfer me. I only deal with {E}.",
            "Remove {E} from my case and tell me what disciplinary action you took.",
            "Who is this {E}? Full name and department, please.",
            "dont give me anyone but {E}. ill keep calling till i get {E}.",
            "Tell {E} it's me again, and that I'm not going away.",
            "That {E} person should not be working there. Get rid of her.",
        ],
    },
    "pressure_language": {
        "ja": [
            "今すぐ対応しろ。5分以内に折り返せ。",
            "おかげで仕事にならへんねん、どないしてくれんの。",
            "これは致命的なミスですよ。多大な損害が出てるんです。",
            "至急！！！至急！！！すぐ返事して！！！",
            "一刻も早く、今日中に、必ず解決してください。できないとは言わせません。",
            "こっちは一日何十万って損してんねんで、わかってる？",
            "前代未聞の大失態ですね。会社の存続に関わりますよ。",
            "はよせえ言うてるやろ。何分待たせんねん。",
            "取り返しのつかない事態です。今この瞬間に回答をください。",
            "ちゃっちゃとやってや、こっちは暇ちゃうねん。",
        ],
        "en": [
            "Fix this NOW. Not in an hour. NOW.",
            "This is a catastrophic failure and it's costing me thousands every minute.",
            "I can't get any work done because of you people. Respond immediately.",
            "URGENT URGENT URGENT answer me right now!!!",
            "Unacceptable. I need a resolution in the next ten minutes, period.",
            "Do you have any idea how much damage you've caused? This is a disaster.",
            "asap means asap. why am i still waiting",
            "Drop whatever you're doing and deal with my case first.",
        ],
    },
}

# --------------------------------------------------------------------------- hard negatives
HARDNEG = {
    "praise": {
        "ja": ["先日お電話で対応してくださった{A}さん、とても丁寧で助かりました。お礼をお伝えください。",
               "{A}さんの説明がわかりやすかったので、次回もできれば{A}さんにお願いできると嬉しいです。",
               "受付の{A}さんが親身になってくださって、本当に救われました。"],
        "en": ["{E} on your phone team was wonderful yesterday, please pass on my thanks.",
               "Please tell {E} everything went perfectly. We couldn't have done it without her help."],
    },
    "review_read": {
        "ja": ["口コミで評判が良かったので、こちらにお願いしようと思っています。",
               "ネットのレビューで駐車場が狭いと見たのですが、本当ですか。",
               "Xで見たキャンペーンはまだやっていますか。"],
        "en": ["I read on Google reviews that your staff are really friendly. Is weekend booking possible?",
               "Saw a post on Instagram about your spring campaign. Is it still running?",
               "A review said parking is tight. Any tips?"],
    },
    "idiom": {
        "ja": ["死ぬほど忙しい時期なので、手続きは郵送でお願いできますか。",
               "頭が爆発しそうなくらい準備が多いので、チェックリストがあれば助かります。",
               "金額を見て心臓が止まるかと思いました（笑）。分割払いはできますか。",
               "今月はお財布が致命傷なので、支払いを来月にできますか。"],
        "en": ["This month's bills are killing me. Can I split the payment?",
               "The tasting menu was to die for. Can we add that dessert to our plan?",
               "I nearly had a heart attack when I saw the price, haha. Is there a cheaper option?",
               "We got absolutely slaughtered by traffic, so we might be a little late."],
    },
    "urgent_fair": {
        "ja": ["急ぎで申し訳ないのですが、明日の開始時刻を本日中に確認できますか。",
               "明日の朝の便に乗るので、至急予約の確認だけお願いできますか。",
               "致命的な問題ではないのですが、アプリの表示が少しずれています。"],
        "en": ["Sorry to rush you, but it's tomorrow. Could you confirm the time today if possible?",
               "It's a bit urgent: my flight is at 9am, could you confirm the booking?",
               "Not critical at all, but the app shows the wrong branch address."],
    },
    "service_visit": {
        "ja": ["来週そちらに見学に伺いたいのですが、予約は必要ですか。",
               "明日、直接お店に伺って書類を提出してもよろしいですか。",
               "家族で下見に伺いたいです。何時ごろが空いていますか。"],
        "en": ["Could we come by next week to have a look around?",
               "I'd like to drop off the documents in person. What time works for you?"],
    },
    "lawyer_calm": {
        "ja": ["相続の手続きで弁護士の先生に相談しているので、請求書の写しを一部送っていただけますか。",
               "事故の件は保険会社と弁護士さんに任せていますので、書類の写しだけいただけますか。"],
        "en": ["My lawyer is handling my late father's estate; could you send a copy of the invoice to his office?",
               "Our insurance company's lawyer asked for the agreement. Can you email me a copy?"],
    },
    "refund_allowed": {
        "ja": ["規約では7日前までのキャンセルは全額返金とありますので、手続きをお願いします。",
               "30日以上前のキャンセルなので、規定どおり申込金の返金をお願いします。"],
        "en": ["Your terms say cancellations more than 7 days ahead get a full refund, so please process mine.",
               "We're cancelling 30 days out, which your policy says is refundable. How long will it take?"],
    },
    "positive_post": {
        "ja": ["当日の写真、インスタに載せてもいいですか？すごく素敵だったので。"],
        "en": ["We'd love to post our photos on Instagram and tag you. Is that OK?"],
    },
}
HN_NORMAL = ["praise", "review_read", "idiom", "urgent_fair", "service_visit", "lawyer_calm",
             "refund_allowed", "positive_post"]
HN_LEGIT = ["urgent_fair", "lawyer_calm", "refund_allowed", "review_read", "idiom"]

ANGRY_FAIR = {
    "ja": ["正直、かなり怒っています。", "こういうことが二度とないようにしてください。",
           "責任者の方から、営業時間内で構いませんので折り返しお電話いただけますか。",
           "楽しみにしていただけに、本当に残念です。", "言いたくはないですが、さすがにひどいと思います。"],
    "en": ["I'm honestly really upset about this.", "Please make sure this never happens again.",
           "Could a supervisor call me back during business hours?",
           "I'm not trying to make trouble, I just want what I paid for.",
           "Frankly this was a terrible experience."],
}
FOLLOWUP = {
    "ja": ["先日ご連絡した{d}について、その後いかがでしょうか。", "{d}の件で再度ご連絡しました。進捗を教えてください。"],
    "en": ["Just following up on {d}. Any update?", "Checking in again about {d}, since I haven't heard back."],
}
THANKS = {
    "ja": ["ご対応ありがとうございました。おかげさまで解決しました。", "返金を確認しました。丁寧にありがとうございました。"],
    "en": ["Thanks for sorting this out, all resolved now.", "Refund received, thank you for handling it properly."],
}
RESTATE = {
    "ja": ["何回も言うてるけど、{d}はどうなってんの。", "先日から申し上げている{d}について、まだ回答がありません。",
           "また連絡しました。{d}、いつになったら対応してもらえるんですか。",
           "{d}、昨日と同じこと言いますけど、早く対応してください。", "{d}！まだ？",
           "繰り返しになりますが、{d}について納得のいく回答をお願いします。"],
    "en": ["I'm writing again about {d}. Still nothing?", "Same as yesterday: {d}. When will you deal with it?",
           "Again, {d}. I want an answer.", "Following up AGAIN on {d}.", "{d}. Still waiting.",
           "How many times do I have to bring up {d}?"],
}
LOOP = {
    "ja": ["だから、{d}の話をしてるんです。", "さっきから言うてるやろ、{d}や。", "もう一回最初から説明してもらえます？",
           "納得できひん。もう一回説明して。", "それは答えになってないですよね。", "{d}について、私が納得するまで切りませんから。",
           "ちょっと待って、今の説明もう一回。", "だからね、そもそもの話をしてるの。", "前の人も同じこと言うてたわ。",
           "で、結局どうしてくれるんですか。"],
    "en": ["I'm talking about {d}, as I said.", "That's not an answer.", "Explain it again from the start.",
           "I'm not hanging up until {d} is sorted.", "Wait, say that again.", "No, go back. Explain it again.",
           "The last person told me the same thing.", "So what are you actually going to do?",
           "Let's go through {d} one more time."],
}
CALLBACK = {
    "ja": {"normal": ["先日のお問い合わせの件で折り返しお電話いたしました。ご依頼の手続きは完了しております。",
                      "お問い合わせの件、確認が取れましたのでご連絡いたしました。"],
           "legit": ["先日ご指摘いただいた件で折り返しお電話いたしました。ご指摘のとおりでしたので、返金の手続きを進めております。",
                     "このたびはご迷惑をおかけいたしました。経緯をご説明させていただきたく、お電話いたしました。"],
           "harass": ["先日のお申し出について折り返しお電話いたしました。当社の対応方針に変更はございません。",
                      "ご要望の件、社内で検討いたしましたが、規約の範囲を超えるためお応えいたしかねます。"]},
    "en": {"normal": ["I'm calling back about your enquiry. Everything is sorted on our side now.",
                      "Calling back with the information you asked for."],
           "legit": ["I'm calling back about your complaint. You were right, and we've started the refund.",
                     "We're sorry about what happened. I'm calling to explain what we found."],
           "harass": ["I'm calling back about your request. Our position hasn't changed.",
                      "We reviewed your request, but it's outside what our terms cover."]},
}
OFFHOURS = {  # by when the contact happens: night / early / closed day (sun = Sunday only)
    "ja": {"night": ["夜分にすみません、至急確認したいことがあります。{d}です。", "{d}のことで、今すぐ誰かと話したいんですけど。",
                     "こんな時間やけど、{d}、緊急やから連絡しました。"],
           "early": ["朝早くから失礼します。{d}、至急お願いします。", "緊急です。{d}について、連絡ください。"],
           "closed": ["休みの日やからって関係ないやろ、{d}や。", "緊急です。{d}について、連絡ください。",
                      "お休みなのは分かってますが、{d}は急ぎなので。"],
           "sun": ["日曜やけど、{d}が気になって寝られへんから連絡しました。"]},
    "en": {"night": ["Sorry for the late hour but {d} can't wait.", "Urgent: {d}. Please get back to me first thing."],
           "early": ["Up early because {d} kept me awake. Urgent.", "Emergency re {d}. Call me."],
           "closed": ["I know you're closed today, but {d} is urgent.", "Emergency re {d}. Call me."],
           "sun": ["I know it's Sunday, but {d} is urgent."]},
}
NAGS = {
    "ja": ["まだ？", "返事は？", "おーい", "見てますか？", "{d}！", "既読なのに無視？", "電話出てや", "もう一回かけます",
           "早く", "聞いてる？", "？？？", "返信まだですか", "ちょっと", "誰かおらんの"],
    "en": ["hello??", "still waiting", "answer pls", "???", "anyone there", "calling again", "you there?",
           "{d}!!", "read it and ignoring me huh", "hello", "respond", "helloooo"],
}

# --------------------------------------------------------------------------- agent lines
AG = {
    "ja": {
        "greet": ["お電話ありがとうございます。{c}お客様窓口の{n}でございます。", "お待たせいたしました、{n}です。",
                  "{c}サポートセンター、{n}が承ります。"],
        "ack": ["かしこまりました。確認いたしますので少々お待ちください。", "ご不便をおかけして申し訳ございません。",
                "はい、承知いたしました。", "担当部署に確認のうえ、折り返しご連絡いたします。",
                "ご案内いたします。", "ほかにご不明な点はございますか。", "ご指摘ありがとうございます。記録いたしました。"],
        "firm": ["大変申し訳ございません。", "恐れ入りますが、そのご要望にはお応えいたしかねます。",
                 "規約に基づいてご案内しております。", "恐れ入りますが、落ち着いてお話しいただけますでしょうか。",
                 "その件につきましては、先ほどご説明したとおりでございます。", "担当者個人の情報はお伝えできかねます。",
                 "お気持ちは承りましたが、対応は変わりません。", "確認いたしますので、少々お待ちください。"],
        "end": ["同じご案内の繰り返しとなりますので、本日はこれで失礼いたします。", "本件は上席と共有し、書面でご回答いたします。"],
        "cclose": ["ありがとうございます。", "わかりました、お願いします。", "助かりました。", "はい、よろしくお願いします。"],
    },
    "en": {
        "greet": ["Thank you for calling {c}, this is {n} speaking.", "{c} customer support, {n} here. How can I help?",
                  "Hello, you're through to {n}."],
        "ack": ["Certainly, let me check that for you.", "I'm sorry for the inconvenience.", "Understood.",
                "I'll confirm with the team and call you back.", "Is there anything else I can help with?",
                "Thank you, I've noted that down."],
        "firm": ["I'm very sorry.", "I'm afraid we can't do that under the terms.",
                 "I understand you're upset, but I need you to speak calmly.", "As I explained earlier, that hasn't changed.",
                 "I can't share personal information about our staff.", "I hear you. Let me check once more.",
                 "Our policy is the same for every customer."],
        "end": ["We're going in circles, so I'm going to end this call now.", "I'll pass this to my supervisor and we'll reply in writing."],
        "cclose": ["Thanks.", "Okay, got it.", "Great, thank you so much.", "Alright, please do."],
    },
}
SPEAKERS = {
    "ja": [("担当", "客", ": "), ("オペレーター", "お客様", "："), ("【担当】", "【顧客】", ""), ("OP", "CS", "> "),
           ("A", "C", ": "), ("受付", "発信者", "：")],
    "en": [("Agent", "Customer", ": "), ("AGENT", "CALLER", ": "), ("Rep", "Cust", " - "), ("[agent]", "[caller]", " "),
           ("Operator", "Client", ": "), ("A", "C", ": ")],
}
REPLY = {
    "ja": {
        "normal": ["お問い合わせいただきありがとうございます。ご依頼の件、手続きが完了いたしました。",
                   "ご質問の件についてご案内いたします。詳細は添付の資料をご確認ください。",
                   "確認のうえ、改めてご連絡いたします。今しばらくお待ちください。",
                   "ご連絡ありがとうございます。ご予約を承りました。"],
        "legit": ["このたびはご迷惑をおかけし、誠に申し訳ございません。確認の結果、ご指摘のとおりでしたので返金の手続きを進めます。",
                  "ご指摘ありがとうございます。経緯を確認のうえ、担当部署より改めてご説明いたします。",
                  "ご不快な思いをおかけしたことをお詫び申し上げます。再発防止に努めてまいります。"],
        "harass": ["ご指摘の件は確認いたしましたが、規約の範囲を超えるご要望にはお応えいたしかねます。",
                   "恐れ入りますが、威圧的なご発言が続く場合、以後のご対応を控えさせていただくことがございます。",
                   "担当者の個人情報や勤務予定についてはお答えいたしかねます。",
                   "本件につきましては、先日ご案内した内容から変更はございません。"],
    },
    "en": {
        "normal": ["Thank you for contacting us. Your request has been completed.",
                   "Thanks for your question. Please find the details below.",
                   "We're checking this and will get back to you shortly.",
                   "Thank you, your booking is confirmed."],
        "legit": ["We're very sorry for the trouble. We checked and you're right, so we have started the refund.",
                  "Thank you for letting us know. The team will look into what happened and explain.",
                  "We apologise for the experience and are taking steps so it doesn't happen again."],
        "harass": ["We have reviewed your request, but it goes beyond what our terms provide.",
                   "Please note that if threatening or abusive messages continue, we may stop responding.",
                   "We cannot share personal information or schedules of our staff.",
                   "Our answer has not changed from our previous reply."],
    },
}
SUBJ = {
    "ja": {"normal": ["お問い合わせ", "質問があります", "ご相談", "予約について"],
           "legit": ["請求内容について", "ご対応についてのお願い", "先日の件", "返金のお願い"],
           "harass": ["【至急】", "対応について", "再度連絡します", "Re: Re: 先日の件", "どうなってるんですか", "回答を求めます"]},
    "en": {"normal": ["Question", "Booking enquiry", "Quick question", "Request"],
           "legit": ["Billing issue", "Complaint about my visit", "Refund request", "Following up"],
           "harass": ["URGENT", "Your service", "Again", "RE: RE: no answer", "Complaint", "Read this"]},
}
OPENER = {"ja": ["お世話になっております。", "お問い合わせです。", "", "突然のご連絡失礼いたします。"],
          "en": ["Hello,", "Hi,", "", "To whom it may concern,"]}
CLOSER = {"ja": ["よろしくお願いいたします。", "以上、よろしくお願いします。", ""],
          "en": ["Thanks,", "Regards,", "", "Best,"]}


def cap(x):
    return x[0].upper() + x[1:] if x else x


# =========================================================================== generator
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_ids = set()
        self.tkt = 400000

    # ---------------------------------------------------------------- helpers
    def eid(self):
        while True:
            x = "ev-%016x" % self.r.getrandbits(64)
            if x not in self.used_ids:
                self.used_ids.add(x)
                return x

    def tid(self, prefix):
        return "%s-%010x" % (prefix, self.r.getrandbits(40))

    @staticmethod
    def is_open_day(d):
        return d.weekday() != 6 and d not in HOLIDAYS

    @staticmethod
    def in_hours(dt):
        l = dt.astimezone(JST)
        return Gen.is_open_day(l.date()) and OPEN_HOUR <= l.hour < CLOSE_HOUR

    def day(self, i):
        return Q_START + timedelta(days=i)

    def open_shift(self, i):
        while i < N_DAYS - 1 and not self.is_open_day(self.day(i)):
            i += 1
        while not self.is_open_day(self.day(i)):
            i -= 1
        return i

    def t_in(self, i, lo=OPEN_HOUR, hi=CLOSE_HOUR - 1):
        d = self.day(i)
        m = self.r.randint(lo * 60, hi * 60 + 40)
        return datetime(d.year, d.month, d.day, tzinfo=JST) + timedelta(minutes=m, seconds=self.r.randint(0, 59))

    def t_off(self, i):
        d = self.day(i)
        base = datetime(d.year, d.month, d.day, tzinfo=JST)
        if not self.is_open_day(d):
            m = self.r.randint(8 * 60, 22 * 60)
        else:
            m = self.r.choice([self.r.randint(6 * 60, 9 * 60 + 40), self.r.randint(19 * 60 + 10, 23 * 60 + 50)])
        return base + timedelta(minutes=m, seconds=self.r.randint(0, 59))

    def next_business(self, dt):
        """time an agent replies: within hours, after dt."""
        l = dt.astimezone(JST) + timedelta(minutes=self.r.randint(12, 200))
        if self.in_hours(l):
            return l
        d = l.date()
        if l.hour >= OPEN_HOUR:
            d += timedelta(days=1)
        while not self.is_open_day(d):
            d += timedelta(days=1)
        return datetime(d.year, d.month, d.day, tzinfo=JST) + timedelta(
            minutes=self.r.randint(OPEN_HOUR * 60 + 5, 13 * 60), seconds=self.r.randint(0, 59))

    def fill(self, s, cust, lang):
        a = AGENT[cust["target"]]
        ja_name = a["ja"] if self.r.random() < 0.8 else a["kana"]
        return s.replace("{A}", ja_name).replace("{E}", a["en"])

    def lang_hint(self, lang):
        x = self.r.random()
        if x < 0.08:
            return None
        if x < 0.12:
            return "en" if lang == "ja" else "ja"
        return lang

    # ---------------------------------------------------------------- event builders
    def base_event(self, cust, t, channel, direction, agent, text, subject=None, duration=None, thread=None):
        lang = cust["lang"]
        src = {
            "phone": "pbx-osaka" if lang == "ja" else "pbx-osaka-intl",
            "email": "mail-gw" if direction == "inbound" else "zendesk",
            "chat": "chat-widget",
            "web_form": "web-form",
            "sns": self.r.choice(["x-dm", "line-oa", "instagram-dm"]) if direction == "inbound" else "sns-console",
            "visit": "crm-visit-log",
        }[channel]
        ev = {"event_id": self.eid(), "_t": t, "channel": channel, "direction": direction,
              "customer_id": cust["id"], "agent_id": agent}
        if channel in ("phone", "visit"):
            ev["duration_s"] = duration
        elif channel == "email":
            ev["duration_s"] = None
        if channel in ("email", "web_form", "phone"):
            ev["subject"] = subject
        ev["text"] = text
        ev["language"] = self.lang_hint(lang)
        ev["thread_id"] = thread
        ev["source"] = src
        ev["_codes"] = []
        return ev

    def transcript(self, cust, agent, cust_lines, kind="normal", long=False):
        lang = cust["lang"]
        P = AG[lang]
        a_lbl, c_lbl, sep = self.r.choice(SPEAKERS[lang])
        if a_lbl == "担当" and self.r.random() < 0.3:
            a_lbl = "担当(%s)" % AGENT[agent]["ja"]
        cname = CLIENTS[cust["client"]][lang]
        nm = AGENT[agent]["ja"] if lang == "ja" else AGENT[agent]["en"]
        stamp = self.r.random() < 0.2
        lines = []
        clock = [0]

        def say(lbl, s):
            clock[0] += self.r.randint(4, 40 if not long else 240)
            pre = "[%02d:%02d:%02d] " % (clock[0] // 3600, clock[0] // 60 % 60, clock[0] % 60) if stamp else ""
            lines.append(pre + lbl + sep + s)

        if self.r.random() < 0.8:
            say(a_lbl, self.r.choice(P["greet"]).format(c=cname, n=nm))
        pool = P["ack"] if kind != "harass" else self.firm_pool(cust, P["firm"])
        for i, cl in enumerate(cust_lines):
            say(c_lbl, cl)
            if i < len(cust_lines) - 1 or self.r.random() < 0.7:
                say(a_lbl, self.r.choice(pool))
        if long:
            say(a_lbl, self.r.choice(P["end"]))
        elif kind != "harass" and self.r.random() < 0.5:
            say(c_lbl, self.r.choice(P["cclose"]))
        return "\n".join(lines)

    def render(self, cust, channel, parts, kind, agent, long=False):
        """parts: list of customer sentences. Returns (text, subject)."""
        lang = cust["lang"]
        c = CLIENTS[cust["client"]]
        subj = None
        if channel == "phone":
            # group sentences into customer turns
            turns, cur = [], []
            for p in parts:
                cur.append(p)
                if self.r.random() < 0.55:
                    turns.append("".join(cur) if lang == "ja" else " ".join(cur))
                    cur = []
            if cur:
                turns.append("".join(cur) if lang == "ja" else " ".join(cur))
            return self.transcript(cust, agent, turns, kind, long), None
        joiner = "" if lang == "ja" else " "
        if channel == "email":
            body = joiner.join(parts) if self.r.random() < 0.5 else "\n".join(parts)
            op = self.r.choice(OPENER[lang]) if kind != "harass" or self.r.random() < 0.3 else ""
            cl = self.r.choice(CLOSER[lang]) if kind != "harass" or self.r.random() < 0.3 else ""
            text = "\n\n".join(x for x in (op, body, cl) if x)
            subj = self.r.choice(SUBJ[lang][kind])
            if subj == "【至急】":
                subj = "【至急】" + self.r.choice(["ご対応のお願い", "先日の件", "返金について"])
            return text, subj
        if channel == "web_form":
            cat = self.r.choice(c["form_" + lang])
            subj = ("お問い合わせフォーム：" + cat) if lang == "ja" else ("Contact form: " + cat)
            return joiner.join(parts), subj
        if channel == "sns":
            t = joiner.join(parts)
            if self.r.random() < 0.4:
                t = c["handle"] + " " + t
            return t, None
        if channel == "chat":
            return ("\n" if self.r.random() < 0.3 else joiner).join(parts), None
        if channel == "visit":
            nm = AGENT[agent]["ja"] if lang == "ja" else AGENT[agent]["en"]
            q = joiner.join(parts)
            if lang == "ja":
                head = self.r.choice(["来訪記録（受付：%s）" % nm, "【来店対応メモ】担当 %s" % nm, "窓口対応記録"])
                tail = {"normal": "ご案内済み。", "legit": "内容を確認し、後日回答とした。",
                        "harass": self.r.choice(["上席に報告済み。", "退店まで対応。記録として残す。", "警備員に同席を依頼。"])}[kind]
                return "%s\nお客様来所。「%s」とのこと。\n%s" % (head, q, tail), None
            head = self.r.choice(["Walk-in log (front desk: %s)" % nm, "Counter visit note, staff %s" % nm])
            tail = {"normal": "Assisted.", "legit": "Checked details; reply to follow.",
                    "harass": self.r.choice(["Escalated to supervisor.", "Stayed until customer left. Logged."])}[kind]
            return "%s\nCustomer came in and said: \"%s\"\n%s" % (head, q, tail), None
        raise ValueError(channel)

    def inbound(self, cust, t, channel, parts, codes, kind, agent=None, duration=None, long=False,
                demand=None, thread=None):
        if agent is None:
            agent = cust["agent"] if self.r.random() < 0.6 else self.r.choice(AGENT_IDS)
        text, subj = self.render(cust, channel, parts, kind, agent, long)
        if channel == "email" and thread is None:
            thread = self.tid("th")
        elif channel == "web_form" and thread is None:
            self.tkt += self.r.randint(1, 97)
            thread = "TKT-%d" % self.tkt
        elif channel == "chat" and thread is None:
            thread = self.tid("chat")
        elif channel == "sns" and thread is None and self.r.random() < 0.6:
            thread = self.tid("sns")
        ag = agent
        if channel in ("email", "web_form", "sns") and self.r.random() < 0.35:
            ag = None
        if channel in ("phone", "visit") and duration is None:
            duration = self.r.randint(90, 900)
        ev = self.base_event(cust, t, channel, "inbound", ag, text, subj, duration, thread)
        ev["_codes"] = sorted(set(codes))
        ev["_demand"] = demand
        ev["_agent"] = agent
        return ev

    def reply(self, cust, ev, kind):
        lang = cust["lang"]
        t = self.next_business(ev["_t"])
        agent = ev["_agent"]
        txt = self.r.choice(self.firm_pool(cust, REPLY[lang][kind]) if kind == "harass" else REPLY[lang][kind])
        ch = ev["channel"]
        if ch in ("email", "web_form"):
            nm = AGENT[agent]["ja"] if lang == "ja" else AGENT[agent]["en"]
            cname = CLIENTS[cust["client"]][lang]
            if lang == "ja":
                body = "お客様\n\n%s お客様窓口の%sでございます。\n%s\n\n何卒よろしくお願いいたします。" % (cname, nm, txt)
            else:
                body = "Dear customer,\n\n%s\n\n%s\n%s Customer Support" % (txt, nm, cname)
            subj = "Re: " + (ev.get("subject") or ("お問い合わせ" if lang == "ja" else "Your enquiry"))
            return self.base_event(cust, t, "email", "outbound", agent, body, subj, None, ev["thread_id"])
        if ch == "chat":
            t = ev["_t"] + timedelta(seconds=self.r.randint(40, 600))
            if not self.in_hours(t):
                t = self.next_business(ev["_t"])
            return self.base_event(cust, t, "chat", "outbound", agent, txt, None, None, ev["thread_id"])
        if ch == "sns":
            return self.base_event(cust, t, "sns", "outbound", agent, txt, None, None, ev["thread_id"])
        # phone / visit: callback
        P = AG[lang]
        txt = self.r.choice(CALLBACK[lang][kind])
        cl = self.r.choice(P["cclose"])
        a_lbl, c_lbl, sep = self.r.choice(SPEAKERS[lang])
        text = "%s%s%s\n%s%s%s" % (a_lbl, sep, txt, c_lbl, sep, cl)
        return self.base_event(cust, t, "phone", "outbound", agent, text, None, self.r.randint(60, 420), None)

    @staticmethod
    def firm_pool(cust, pool):
        """agents only mention staff privacy / threats when the customer actually went there."""
        C = cust.get("content") or []
        out = []
        for x in pool:
            if ("個人" in x or "personal information" in x) and "privacy_intrusion" not in C:
                continue
            if ("威圧" in x or "threatening" in x) and not (set(C) - {"excessive_demand", "apology_demand", "in_person_demand"}):
                continue
            out.append(x)
        return out

    def chan(self, weights):
        ks = list(weights)
        return self.r.choices(ks, [weights[k] for k in ks])[0]

    HN_CLIENTS = {"lawyer_calm": ("funeral", "rental", "taxi"), "positive_post": ("wedding", "vet"),
                  "refund_allowed": ("wedding", "rental", "funeral", "univ", "vet")}

    def hardneg(self, cust, types):
        types = [t for t in types if cust["client"] in self.HN_CLIENTS.get(t, CLIENT_KEYS)]
        typ = self.r.choice(types)
        pool = HARDNEG[typ][cust["lang"]]
        return self.fill(self.r.choice(pool), cust, cust["lang"]), typ

    # ---------------------------------------------------------------- customers
    NORMAL_CH = {"phone": 30, "email": 22, "chat": 18, "web_form": 14, "sns": 10, "visit": 2}
    HARASS_CH = {"phone": 36, "email": 18, "chat": 15, "sns": 12, "web_form": 12, "visit": 5}
    REPLY_P = {"email": 0.85, "web_form": 0.8, "chat": 0.85, "sns": 0.6, "phone": 0.07, "visit": 0.1}

    def spaced_days(self, n, gap_lo, gap_hi):
        gaps = [self.r.randint(gap_lo, gap_hi) for _ in range(n - 1)]
        while sum(gaps) > N_DAYS - 3:
            gaps = [max(gap_lo, g - 1) for g in gaps]
            if all(g == gap_lo for g in gaps):
                break
        start = self.r.randint(0, max(0, N_DAYS - 1 - sum(gaps)))
        out = [start]
        for g in gaps:
            out.append(out[-1] + g)
        return [min(x, N_DAYS - 1) for x in out]

    def gen_normal(self, cust):
        lang, c = cust["lang"], CLIENTS[cust["client"]]
        n = self.r.choices([1, 2, 3, 4], [50, 32, 13, 5])[0]
        days = self.spaced_days(n, 4, 25)
        evs = []
        off_used = False
        qs = self.r.sample(c["normal_" + lang], min(n, len(c["normal_" + lang])))
        for k, d in enumerate(days):
            ch = self.chan(self.NORMAL_CH)
            parts = [qs[k % len(qs)]]
            if self.r.random() < 0.3:
                hn, typ = self.hardneg(cust, HN_NORMAL)
                parts = [hn] if self.r.random() < 0.5 else [hn, parts[0]]
            if ch in ("email", "web_form", "sns") and not off_used and self.r.random() < 0.15:
                t = self.t_off(d)
                off_used = True
            else:
                t = self.t_in(self.open_shift(d))
            dur = self.r.randint(120, 1300) if ch == "phone" else (self.r.randint(600, 2700) if ch == "visit" else None)
            ev = self.inbound(cust, t, ch, parts, [], "normal", duration=dur, demand="q%d" % k)
            evs.append(ev)
            if self.r.random() < self.REPLY_P[ch]:
                evs.append(self.reply(cust, ev, "normal"))
        return evs

    def gen_legit(self, cust):
        lang, c = cust["lang"], CLIENTS[cust["client"]]
        comp, dem = self.r.choice(c["legit_" + lang])
        n = self.r.choices([2, 3, 4], [40, 40, 20])[0]
        days = self.spaced_days(n, 3, 14)
        evs = []
        offs = 0
        for k, d in enumerate(days):
            if k == 0:
                parts = [comp]
                if self.r.random() < 0.6:
                    parts.append(self.r.choice(ANGRY_FAIR[lang]))
                if self.r.random() < 0.25:
                    parts.append(self.hardneg(cust, HN_LEGIT)[0])
                demand, kind = "comp", "legit"
            elif k == 1:
                parts = [self.r.choice(FOLLOWUP[lang]).format(d=dem)]
                if self.r.random() < 0.3:
                    parts.append(self.r.choice(ANGRY_FAIR[lang]))
                demand, kind = "comp", "legit"
            elif k == n - 1 and self.r.random() < 0.6:
                parts = [self.r.choice(THANKS[lang])]
                demand, kind = "thanks", "normal"
            else:
                parts = [self.r.choice(c["normal_" + lang])]
                if self.r.random() < 0.4:
                    parts.append(self.hardneg(cust, HN_LEGIT + ["praise"])[0])
                demand, kind = "q%d" % k, "normal"
            ch = self.chan(self.NORMAL_CH)
            if offs < 2 and ch in ("email", "web_form", "sns", "chat") and self.r.random() < 0.25:
                t = self.t_off(d)
                offs += 1
            else:
                t = self.t_in(self.open_shift(d))
            dur = self.r.randint(300, 2400) if ch == "phone" else (self.r.randint(900, 2700) if ch == "visit" else None)
            ev = self.inbound(cust, t, ch, parts, [], "legit" if kind == "legit" else "normal", duration=dur, demand=demand)
            evs.append(ev)
            if self.r.random() < self.REPLY_P[ch] + 0.1:
                evs.append(self.reply(cust, ev, "legit" if kind == "legit" else "normal"))
        return evs

    def gen_harasser(self, cust):
        lang, c = cust["lang"], CLIENTS[cust["client"]]
        griev, dem = self.r.choice(c["griev_" + lang])
        C, S = cust["content"], cust["stateful"]
        # cue slots: each content code 1-3 times; staff naming / pressure are habitual
        slots = []
        for code in C:
            k = self.r.choice([2, 3]) if code in ("staff_naming", "pressure_language") else self.r.choice([1, 1, 2])
            slots += [code] * k
        self.r.shuffle(slots)
        cue_pool = {code: self.r.sample(CUES[code][lang], len(CUES[code][lang])) for code in C}

        def cue(code):
            s = cue_pool[code].pop(0)
            cue_pool[code].append(s)
            return self.fill(s, cust, lang)

        # sessions
        sessions = []  # (kind, day)
        n_base = max(1, (len(slots) + 1) // 2) + self.r.choice([0, 1])
        if not C:
            n_base = self.r.choice([1, 2])
        if "repetition" in S:
            n_rep = self.r.randint(4, 6)
            start = self.r.randint(3, N_DAYS - 16)
            offs = sorted(self.r.sample(range(0, 12), n_rep))
            for o in offs:
                sessions.append(["rep", start + o])
            others = n_base - 1
            sessions.insert(0, ["base", max(0, start - self.r.randint(1, 3))])
            free = [d for d in range(N_DAYS) if d < start - 4 or d > start + 16]
            for d in sorted(self.r.sample(free, max(0, others))):
                sessions.append(["base", d])
            if "off_hours_contact" in S:
                # make some repeat contacts out of hours
                reps = [s for s in sessions if s[0] == "rep"]
                for s in self.r.sample(reps, 3):
                    s[0] = "rep_off"
            if "contact_flood" in S:
                sessions.append(["flood", start + self.r.randint(0, 11)])
            if "prolonged_contact" in S:
                sessions.append(["long", self.r.choice([d for d in range(N_DAYS) if d < start or d > start + 12])])
        else:
            kinds = ["base"] * n_base
            if "off_hours_contact" in S:
                kinds += ["off"] * self.r.randint(3, 4)
            if "contact_flood" in S:
                kinds += ["flood"] * self.r.choice([1, 1, 2])
            if "prolonged_contact" in S:
                kinds += ["long"] * self.r.choice([1, 1, 2])
            first = kinds[0]
            rest = kinds[1:]
            self.r.shuffle(rest)
            kinds = [first] + rest
            if "off_hours_contact" in S:
                # off sessions consecutive so three land within 21 days
                offk = [k for k in kinds if k == "off"]
                other = [k for k in kinds[1:] if k != "off"]
                pos = self.r.randint(0, len(other))
                kinds = [first] + other[:pos] + offk + other[pos:]
            days = self.spaced_days(len(kinds), 5, 8 if "off_hours_contact" in S else 14)
            sessions = [[k, d] for k, d in zip(kinds, days)]
        sessions.sort(key=lambda s: s[1])
        # distribute cue slots onto text-bearing sessions (not pure flood)
        carriers = [i for i, s in enumerate(sessions) if s[0] != "flood"]
        cues_at = defaultdict(list)
        i = 0
        for code in slots:
            # pick a carrier that does not already hold this code, prefer the least loaded
            cand = sorted(carriers, key=lambda j: (code in cues_at[j], len(cues_at[j]), (j - i) % len(carriers)))
            cues_at[cand[0]].append(code)
            i += 1
        floods = [i for i, s in enumerate(sessions) if s[0] == "flood"]
        if floods and C and self.r.random() < 0.6:
            # move one cue into the flood burst
            src = max(cues_at, key=lambda j: len(cues_at[j]))
            if len(cues_at[src]) > 1:
                cues_at[floods[0]].append(cues_at[src].pop())

        evs = []
        for idx, (kind, d) in enumerate(sessions):
            codes = cues_at.get(idx, [])
            cue_txt = [cue(x) for x in codes]
            if kind == "flood":
                evs += self.flood(cust, d, dem, cue_txt, codes, off=False)
                continue
            if kind in ("off", "rep_off"):
                t = self.t_off(d)
            else:
                t = self.t_in(self.open_shift(d))
            if kind == "long":
                evs += self.long_session(cust, t, griev, dem, cue_txt, codes)
                continue
            if kind in ("rep", "rep_off"):
                lead = [cap(self.r.choice(RESTATE[lang]).format(d=dem))]
            elif kind == "off":
                l = t.astimezone(JST)
                P = OFFHOURS[lang]
                if not self.is_open_day(l.date()):
                    pool = P["closed"] + (P["sun"] if l.weekday() == 6 else [])
                else:
                    pool = P["early"] if l.hour < OPEN_HOUR else P["night"]
                lead = [cap(self.r.choice(pool).format(d=dem))]
                if self.r.random() < 0.5:
                    lead.append(griev)
            else:
                lead = [griev] if idx == 0 or self.r.random() < 0.5 else [cap(self.r.choice(RESTATE[lang]).format(d=dem))]
            parts = lead + cue_txt
            if len(parts) > 2 and self.r.random() < 0.4:
                mid = parts[1:]
                self.r.shuffle(mid)
                parts = [parts[0]] + mid
            ch = self.chan(self.HARASS_CH)
            if kind in ("off", "rep_off") and ch == "visit":
                ch = "phone"
            dur = None
            if ch == "phone":
                dur = self.r.randint(150, 1700)
            elif ch == "visit":
                dur = self.r.randint(600, 2600)
            ev = self.inbound(cust, t, ch, parts, codes, "harass", duration=dur, demand="g")
            evs.append(ev)
            if self.r.random() < self.REPLY_P[ch] * 0.8:
                evs.append(self.reply(cust, ev, "harass"))
        return evs

    def flood(self, cust, d, dem, cue_txt, codes, off):
        lang = cust["lang"]
        n = self.r.randint(5, 8)
        t0 = self.t_in(self.open_shift(d), hi=CLOSE_HOUR - 2)
        span = self.r.randint(18, 52) * 60
        offs = sorted(self.r.sample(range(0, span), n))
        ch_main = self.r.choice(["chat", "phone", "sns", "email"])
        evs = []
        thread = self.tid("chat") if ch_main == "chat" else (self.tid("th") if ch_main == "email" else None)
        cue_at = self.r.randrange(n) if cue_txt else -1
        agent = cust["agent"]
        for k, o in enumerate(offs):
            t = t0 + timedelta(seconds=o)
            ch = ch_main if self.r.random() < 0.75 else self.r.choice(["phone", "chat", "sns"])
            nag = cap(self.r.choice(NAGS[lang]).format(d=dem))
            parts = [nag]
            cds = []
            if k == cue_at:
                parts = [nag] + cue_txt
                cds = codes
            dur = self.r.randint(15, 110) if ch == "phone" else None
            ev = self.inbound(cust, t, ch, parts, cds, "harass", agent=agent, duration=dur, demand="g",
                              thread=thread if ch == ch_main else None)
            evs.append(ev)
        last = evs[-1]
        if last["channel"] in ("chat", "email", "sns"):
            evs.append(self.reply(cust, last, "harass"))
        return evs

    def long_session(self, cust, t, griev, dem, cue_txt, codes):
        lang = cust["lang"]
        R = [x for x in RESTATE[lang] if "昨日" not in x and "yesterday" not in x and "writing" not in x]
        evs = []
        variant = self.r.random()
        agent = cust["agent"]

        L = LOOP[lang]

        def lines(k, with_cues):
            out = [griev]
            for j in range(k):
                x = self.r.choice(R if j == 0 else L).format(d=dem)
                out.append(x[0].upper() + x[1:])
            if with_cues:
                for ct in cue_txt:
                    out.insert(self.r.randint(1, len(out)), ct)
            return out

        if variant < 0.65:
            ch = "phone" if self.r.random() < 0.8 else "visit"
            dur = self.r.randint(3700, 8400)
            ev = self.inbound(cust, t, ch, lines(self.r.randint(8, 14), True), codes, "harass", agent=agent,
                              duration=dur, long=True, demand="g")
            evs.append(ev)
        else:
            # three calls the same day, each under an hour, together over two hours
            tt = t.astimezone(JST).replace(hour=10, minute=self.r.randint(5, 40))
            for k in range(3):
                dur = self.r.randint(2500, 3450)
                with_c = (k == 1)
                ev = self.inbound(cust, tt, "phone", lines(self.r.randint(5, 9), with_c),
                                  codes if with_c else [], "harass", agent=agent, duration=dur, long=True, demand="g")
                evs.append(ev)
                tt = tt + timedelta(seconds=dur + self.r.randint(600, 2400))
        return evs


# =========================================================================== stateful rules
RULES = {
    "repetition": "the same demand (same grievance / request restated) raised in inbound contacts on >= 4 distinct "
                  "JST calendar days within any 14-day window (original + >= 3 repeat contacts); a burst on one "
                  "day counts once",
    "off_hours_contact": "inbound contacts outside the support calendar (before 10:00 or from 19:00 JST, Sundays, "
                         "national holidays) on >= 3 distinct JST days within any 21-day window",
    "contact_flood": ">= 5 inbound contacts (any channel) within any 60-minute window",
    "prolonged_contact": "an inbound phone call or visit with duration_s >= 3600, or inbound phone+visit "
                         "duration_s summing to >= 7200 on one JST calendar day",
}


def compute_stateful(inb):
    out = []
    # repetition
    by = defaultdict(set)
    for e in inb:
        if e.get("_demand"):
            by[e["_demand"]].add(e["_t"].astimezone(JST).date())
    rep = False
    for ds in by.values():
        ds = sorted(ds)
        for i in range(len(ds) - 3):
            if (ds[i + 3] - ds[i]).days <= 13:
                rep = True
    if rep:
        out.append("repetition")
    # off hours
    ds = sorted({e["_t"].astimezone(JST).date() for e in inb if not Gen.in_hours(e["_t"])})
    if any((ds[i + 2] - ds[i]).days <= 20 for i in range(len(ds) - 2)):
        out.append("off_hours_contact")
    # flood
    ts = sorted(e["_t"] for e in inb)
    if any((ts[i + 4] - ts[i]) <= timedelta(minutes=60) for i in range(len(ts) - 4)):
        out.append("contact_flood")
    # prolonged
    per = defaultdict(float)
    pro = False
    for e in inb:
        if e["channel"] in ("phone", "visit") and e.get("duration_s"):
            if e["duration_s"] >= 3600:
                pro = True
            per[e["_t"].astimezone(JST).date()] += e["duration_s"]
    if pro or any(v >= 7200 for v in per.values()):
        out.append("prolonged_contact")
    return out


def fmt_ts(ev, r):
    t = ev["_t"]
    src = ev["source"]
    if src in ("mail-gw",):
        s = t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    elif src in ("x-dm", "line-oa", "instagram-dm", "sns-console"):
        u = t.astimezone(UTC)
        ms = r.randint(0, 999)
        s = u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % ms) + ("Z" if r.random() < 0.7 else "+00:00")
        ev["_t"] = t.replace(microsecond=ms * 1000)
    elif src == "chat-widget":
        ms = r.randint(0, 999)
        ev["_t"] = t.replace(microsecond=ms * 1000)
        s = t.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % ms) + "+09:00"
    elif src.startswith("pbx") and r.random() < 0.15:
        s = t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        s = t.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S+09:00")
    return s


def main():
    if len(sys.argv) != 2:
        print("usage: gen.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    g = Gen(SEED)
    r = g.r
    N = 400
    n_h, n_l = 72, 48
    profiles = ["harasser"] * n_h + ["legit_complainer"] * n_l + ["normal"] * (N - n_h - n_l)
    r.shuffle(profiles)
    custs = []
    for i, p in enumerate(profiles):
        custs.append({"id": "cus-%06d" % (130001 + i), "profile": p,
                      "lang": "ja" if r.random() < 0.55 else "en",
                      "client": r.choice(CLIENT_KEYS), "agent": r.choice(AGENT_IDS),
                      "target": r.choice(AGENT_IDS), "content": [], "stateful": []})
    # behaviour plan for harassers
    hs = [c for c in custs if c["profile"] == "harasser"]
    for k, c in enumerate(hs[:12]):  # stateful-only
        c["stateful"] = [STATEFUL[k % 4]]
        if k >= 8:
            c["stateful"].append(STATEFUL[(k + 1) % 4])
    content_h = hs[12:]
    for k, c in enumerate(content_h):
        codes = [CONTENT[k % len(CONTENT)]]
        x = r.random()
        extra = 2 if x < 0.18 else (1 if x < 0.72 else 0)
        while len(codes) < 1 + extra:
            y = r.choice(CONTENT)
            if y not in codes:
                codes.append(y)
        c["content"] = codes
    for code in STATEFUL:
        for c in r.sample(content_h, 6):
            if code not in c["stateful"]:
                c["stateful"].append(code)
    for c in custs:
        c["stateful"] = [s for s in STATEFUL if s in c["stateful"]]

    events = []
    customers = {}
    for c in custs:
        for attempt in range(50):
            if c["profile"] == "normal":
                evs = g.gen_normal(c)
            elif c["profile"] == "legit_complainer":
                evs = g.gen_legit(c)
            else:
                evs = g.gen_harasser(c)
            inb = [e for e in evs if e["direction"] == "inbound"]
            st = compute_stateful(inb)
            want = c["stateful"] if c["profile"] == "harasser" else []
            if st == want:
                break
            for e in evs:
                g.used_ids.discard(e["event_id"])
        else:
            raise SystemExit("could not satisfy stateful plan for %s: %s vs %s" % (c["id"], st, want))
        content = sorted({x for e in inb for x in e["_codes"]})
        beh = [x for x in ALL_CODES if x in content or x in st]
        customers[c["id"]] = {"profile": c["profile"], "behaviors": beh}
        events += evs

    for e in events:
        e["occurred_at"] = fmt_ts(e, r)
    events.sort(key=lambda e: (e["_t"].astimezone(UTC), e["event_id"]))
    ev_labels = {}
    order = ["event_id", "occurred_at", "channel", "direction", "customer_id", "agent_id", "duration_s",
             "subject", "text", "language", "thread_id", "source"]
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8") as f:
        for e in events:
            out = {k: e[k] for k in order if k in e}
            f.write(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n")
            ev_labels[e["event_id"]] = list(e["_codes"]) if e["direction"] == "inbound" else []

    # counts
    from collections import Counter
    per_code_c = Counter(x for v in customers.values() for x in v["behaviors"])
    per_code_e = Counter(x for v in ev_labels.values() for x in v)
    meta = {
        "seed": SEED,
        "customers": N,
        "start": Q_START.isoformat(),
        "end": Q_END.isoformat(),
        "setting": "outsourced contact centre in Osaka (Asia/Tokyo) handling six clients",
        "clients": {k: {"ja": CLIENTS[k]["ja"], "en": CLIENTS[k]["en"]} for k in CLIENT_KEYS},
        "customer_client": {c["id"]: c["client"] for c in custs},
        "counts": {
            "events": len(events),
            "inbound": sum(1 for e in events if e["direction"] == "inbound"),
            "outbound": sum(1 for e in events if e["direction"] == "outbound"),
            "events_with_content_label": sum(1 for v in ev_labels.values() if v),
            "profiles": dict(Counter(c["profile"] for c in custs)),
            "customers_per_code": {k: per_code_c.get(k, 0) for k in ALL_CODES},
            "events_per_content_code": {k: per_code_e.get(k, 0) for k in CONTENT},
            "channels": dict(sorted(Counter(e["channel"] for e in events).items())),
            "customer_language": dict(Counter(c["lang"] for c in custs)),
        },
        "calendar": {
            "timezone": "Asia/Tokyo",
            "weekdays": "Mon-Sat",
            "hours": "%02d:00-%02d:00" % (OPEN_HOUR, CLOSE_HOUR),
            "closed_weekdays": ["Sun"],
            "closed_days_in_range": [d.isoformat() for d in HOLIDAYS],
            "note": "Japanese national holidays 2028 Q2: 04-29 Showa Day (Sat), 05-03, 05-04, 05-05. None falls on a "
                    "Sunday, so there is no substitute holiday in this quarter.",
        },
        "stateful_rules": RULES,
        "agents": AGENT,
    }
    labels = {"events": ev_labels, "customers": customers, "meta": meta}
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
