#!/usr/bin/python3
"""Blind labelled contact-event stream, 2027 Q3 (stream10).

A multi-tenant contact centre (airline, city office, hospital booking line,
mobile carrier, apartment manager, game company).  Standard library only,
fixed seed 101010: `python3 gen.py OUTDIR` writes OUTDIR/events.jsonl and
OUTDIR/labels.json.  See README.md.
"""
import hashlib
import json
import os
import random
import sys
from datetime import date, datetime, timedelta, timezone

SEED = 101010
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
START = date(2027, 7, 1)
END = date(2027, 9, 30)
HOLIDAYS = [date(2027, 7, 19), date(2027, 8, 11), date(2027, 9, 20), date(2027, 9, 23)]
OBON = [date(2027, 8, 13) + timedelta(days=i) for i in range(4)]          # 8/13-8/16
SILVER = [date(2027, 9, 18) + timedelta(days=i) for i in range(6)]        # 9/18-9/23

CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
           "abusive_language", "legal_threat", "online_defamation_threat",
           "sexual_harassment", "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL_CODES = CONTENT + STATEFUL
NONDEMAND = ["pressure_language", "abusive_language", "legal_threat", "online_defamation_threat"]

# ---------------------------------------------------------------- businesses
BUS = {
    "air": dict(ja="スカイラーク航空", en="Skylark Air", w=0.20,
                src={"phone": "pbx-haneda", "email": "mail-gw", "chat": "livechat-air",
                     "web_form": "webform-air", "sns": "sns-dm", "visit": "counter-haneda"},
                ch={"phone": 30, "email": 25, "chat": 20, "web_form": 15, "sns": 10}),
    "city": dict(ja="楓市役所 市民課", en="Kaede City Office", w=0.16,
                 src={"phone": "pbx-kaede", "email": "lgwan-mail", "chat": "city-chatbot",
                      "web_form": "e-shinsei", "sns": "sns-dm", "visit": "madoguchi-1f"},
                 ch={"phone": 35, "email": 15, "chat": 10, "web_form": 25, "sns": 5, "visit": 10}),
    "hosp": dict(ja="南総合病院 予約センター", en="Minami General Hospital bookings", w=0.15,
                 src={"phone": "pbx-minami", "email": "mail-gw", "chat": "yoyaku-chat",
                      "web_form": "web-yoyaku", "sns": "sns-dm", "visit": "reception-b1"},
                 ch={"phone": 50, "email": 10, "chat": 10, "web_form": 20, "sns": 5, "visit": 5}),
    "mob": dict(ja="つばめモバイル", en="Tsubame Mobile", w=0.20,
                src={"phone": "pbx-osaka", "email": "zendesk", "chat": "zendesk-chat",
                     "web_form": "mypage-form", "sns": "sns-dm", "visit": "shop-umeda"},
                ch={"phone": 35, "email": 15, "chat": 30, "web_form": 10, "sns": 10}),
    "apt": dict(ja="星空住宅管理", en="Hoshizora Residential Management", w=0.14,
                src={"phone": "pbx-hoshizora", "email": "mail-gw", "chat": "line-works",
                     "web_form": "resident-portal", "sns": "sns-dm", "visit": "kanri-office"},
                ch={"phone": 40, "email": 20, "chat": 15, "web_form": 20, "sns": 0, "visit": 5}),
    "game": dict(ja="ピクセルランタン", en="Pixel Lantern Games", w=0.15,
                 src={"phone": "pbx-tokyo", "email": "helpshift", "chat": "helpshift-chat",
                      "web_form": "ingame-form", "sns": "sns-dm", "visit": "hq-reception"},
                 ch={"phone": 5, "email": 25, "chat": 25, "web_form": 25, "sns": 20}),
}
BKEYS = list(BUS.keys())

SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
            "吉田", "山田", "佐々木", "松本", "井上", "木村", "林", "清水", "森", "池田",
            "橋本", "石井", "前田", "藤田", "岡本", "村上", "長谷川", "近藤", "坂本", "遠藤",
            "青木", "西村", "福田", "太田", "三浦", "藤井"]
ROMAJI = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Ito", "Watanabe", "Yamamoto", "Nakamura",
          "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura",
          "Hayashi", "Shimizu", "Mori", "Ikeda", "Hashimoto", "Ishii", "Maeda", "Fujita",
          "Okamoto", "Murakami", "Hasegawa", "Kondo", "Sakamoto", "Endo", "Aoki", "Nishimura",
          "Fukuda", "Ota", "Miura", "Fujii"]

# ---------------------------------------------------------------- normal requests
NORMAL = {
 "air": {
  "ja": ["{d}の羽田発那覇行き、座席を通路側に変更できますか。",
         "マイルの有効期限がいつまでか教えてください。",
         "お盆に帰省するので、子ども連れでも事前改札を利用できるか知りたいです。",
         "受託手荷物にモバイルバッテリーを入れてもいいんでしたっけ？",
         "予約番号{n}の搭乗者名のローマ字が1文字違っていました。修正をお願いします。",
         "シルバーウィークの札幌便、まだ空席ありますか。",
         "ペットを預ける場合の料金と手続きを教えていただけますか。",
         "領収書を会社宛てで再発行してほしいです。",
         "機内にベビーカーは持ち込めますか？",
         "遅延証明書はどこからダウンロードできますか。"],
  "en": ["Can I change my seat to an aisle seat on the {d} flight to Okinawa?",
         "How long are my miles valid for?",
         "Is it okay to put a power bank in checked baggage?",
         "The name on booking {n} has a typo in it, could you fix it please?",
         "Do you still have seats to Sapporo over the Silver Week holidays?",
         "What are the fees for flying with a small dog?",
         "I need a receipt addressed to my company, is that possible?",
         "Can I bring a folding stroller on board?",
         "where do i download a delay certificate",
         "Could I add a wheelchair assistance request to my booking {n}?"]},
 "city": {
  "ja": ["住民票の写しをコンビニで取りたいのですが、マイナンバーカードの暗証番号を忘れました。",
         "粗大ごみの収集を申し込みたいです。ソファ1点です。",
         "転入届の手続きに必要な書類を教えてください。",
         "児童手当の現況届は今年も提出が必要ですか。",
         "印鑑登録証をなくしてしまいました。再発行の方法を教えてください。",
         "お盆期間中も市民課の窓口は開いていますか。",
         "国民健康保険の保険証の住所変更はどうすればいいですか。",
         "市営プールの夏休み期間の営業時間を知りたいです。",
         "ゴミの分別アプリの使い方がよくわかりません。",
         "期日前投票の場所はどこになりますか。"],
  "en": ["I moved to Kaede last month. What documents do I need for the resident registration?",
         "How do I book a bulky waste pickup for an old sofa?",
         "I forgot the PIN for my My Number card, how can I reset it?",
         "Is the city office open during Obon?",
         "Can I get a copy of my residence certificate in English?",
         "Where can I pick up the garbage sorting guide in English?",
         "What are the opening hours of the municipal pool in August?",
         "How do I register my seal (inkan)?",
         "Is there a Japanese class for foreign residents this autumn?",
         "do i need an appointment for the health insurance counter"]},
 "hosp": {
  "ja": ["{d}の整形外科の予約を、翌週に変更できますか。",
         "初診の予約は電話でも取れますか。紹介状はあります。",
         "健康診断の結果はいつ頃郵送されますか。",
         "駐車場は予約がなくても使えますか。",
         "母の付き添いで行くのですが、面会時間を教えてください。",
         "予約票をなくしてしまいました。時間だけ確認させてください。",
         "小児科の予防接種の予約枠はまだありますか。",
         "お盆の間、外来はお休みでしょうか。",
         "診断書の発行にはどれくらいかかりますか。",
         "オンラインで予約をキャンセルする方法がわかりません。"],
  "en": ["Could I move my orthopaedics appointment on {d} to the following week?",
         "Do you have English-speaking doctors in dermatology?",
         "Can I book a first visit by phone? I have a referral letter.",
         "When will my health check results be mailed?",
         "What are visiting hours for the general ward?",
         "I lost my appointment slip, can you confirm my time?",
         "Are there still slots for the children's vaccinations?",
         "How long does it take to get a medical certificate?",
         "is the outpatient clinic closed during obon?",
         "How do I cancel an appointment online?"]},
 "mob": {
  "ja": ["機種変更したらeSIMの再発行が必要と言われました。手順を教えてください。",
         "今月のデータ使用量を確認する方法を知りたいです。",
         "家族割に妻の回線を追加したいです。",
         "海外ローミングの料金プランを教えてください。9月に台湾に行きます。",
         "請求書の送付先住所を変更したいです。",
         "SIMロック解除は店舗でもできますか。",
         "MNPで他社に移るときの予約番号はどこで発行できますか。",
         "留守番電話の設定方法がわかりません。",
         "5Gのエリアに入っているか確認したいです。住所は{n}番地です。",
         "支払い方法を口座振替に変えたいのですが。"],
  "en": ["How do I reissue my eSIM after changing phones?",
         "Where can I check how much data I've used this month?",
         "I'd like to add my wife's line to the family discount.",
         "What are the roaming rates for Taiwan? Travelling in September.",
         "Can you change the billing address on my account?",
         "can i get the sim unlock done at a shop?",
         "How do I get an MNP reservation number?",
         "How do I set up voicemail on an Android phone?",
         "Is 5G available in Kaede city yet?",
         "I want to switch payment to bank transfer."]},
 "apt": {
  "ja": ["{n}号室です。来月の家賃の引き落とし日を確認したいです。",
         "駐輪場のシールの再発行をお願いできますか。",
         "退去の連絡はいつまでにすればいいですか。",
         "ベランダにエアコンの室外機をもう一台置いてもいいですか。",
         "お盆期間中の管理事務所の営業日を教えてください。",
         "宅配ボックスの暗証番号が表示されません。",
         "更新の書類が届いていないようです。",
         "インターネットの工事のために立ち会いが必要か知りたいです。",
         "隣の部屋の工事はいつまで続きますか。",
         "ペット可の物件に住み替えたいのですが、空きはありますか。"],
  "en": ["Unit {n} here. When is rent debited next month?",
         "Could I get a new sticker for the bicycle parking?",
         "How much notice do I need to give before moving out?",
         "The delivery locker isn't showing my PIN code.",
         "I haven't received the lease renewal papers yet.",
         "Do I need to be present for the internet installation?",
         "Is the management office open over Obon?",
         "How long will the renovation next door continue?",
         "Can I install a second AC unit on the balcony?",
         "any pet-friendly units available?"]},
 "game": {
  "ja": ["機種変更のときのデータ引き継ぎ方法を教えてください。",
         "イベントの報酬がプレゼントボックスに届いていません。",
         "ユーザー名を変更することはできますか。",
         "課金したのに石が反映されていないです。レシートはあります。",
         "フレンド申請ができない不具合があります。",
         "夏イベのランキング報酬はいつ配布されますか？",
         "アカウント連携を解除したいです。",
         "バグ報告です。ステージ{n}でフリーズします。",
         "推しキャラの復刻ガチャってありますか？",
         "ログインボーナスが二重に受け取れてしまいました。大丈夫ですか。"],
  "en": ["How do I transfer my save to a new phone?",
         "My event rewards never reached my gift box.",
         "Can I change my username?",
         "Bought gems but they didn't show up. I have the receipt.",
         "bug report: game freezes on stage {n}",
         "When do the summer event ranking rewards go out?",
         "How do I unlink my account from Twitter/X?",
         "I can't send friend requests, is that a known issue?",
         "Will the summer banner get a rerun?",
         "I got the login bonus twice, is that fine lol"]},
}

# ---- benign sentences that resemble cues (hard negatives for everyone)
HARDNEG = {
 "ja": ["口コミサイトでも評判が良かったので利用しています。",
        "至急ではありませんので、お手すきの際にご回答ください。",
        "前回ご対応いただいた{staff}さんがとても丁寧で助かりました。お礼をお伝えください。",
        "致命的な問題ではないのですが、念のためお知らせします。",
        "SNSで同じ不具合の投稿を見かけたので、私だけではないようです。",
        "夜分に失礼します。返信は営業時間内で大丈夫です。",
        "急ぎませんのでよろしくお願いします。"],
 "en": ["I saw good reviews online, that's why I signed up.",
        "No rush at all, whenever you have time.",
        "{staff} helped me last time and was really kind, please pass on my thanks.",
        "Not a critical issue, just letting you know.",
        "I saw a few posts on X about the same glitch, so it's not just me.",
        "Sorry for writing so late, a reply during office hours is fine.",
        "This isn't urgent."]}

# ---------------------------------------------------------------- legitimate complaints
LEGIT = {
 "air": {
  "ja": ["{d}の便が欠航になり、払い戻しを申請してから3週間たちますがまだ返金されていません。規約では2週間以内とありますよね。きちんと確認してください。",
         "預けたスーツケースの車輪が壊れて返ってきました。到着時に係員の方にも見てもらっています。修理か補償の手続きをお願いします。",
         "4時間も遅れたのに、機内でも空港でも何の説明もありませんでした。正直、かなり腹が立っています。遅延の理由を教えてください。",
         "お盆の帰省便で、予約したはずの座席が勝手に変更されていました。子どもと離れた席です。元に戻してください。",
         "Webで変更手数料無料と書いてあったのに、手数料が引かれていました。返金をお願いします。"],
  "en": ["My {d} flight was cancelled and the refund your own conditions promise within 14 days still hasn't arrived after three weeks. This is really frustrating. Please look into it.",
         "My suitcase came back with a broken wheel. Your staff at the carousel saw it and filed a report. I'd like the repair or compensation your baggage policy covers.",
         "We sat on the tarmac for four hours with zero information. I'm honestly angry about how that was handled. Can you tell me what happened?",
         "You moved our seats without asking and now my 6-year-old is seated away from me on the Obon flight. Please fix this.",
         "The website said changes were free, but I was charged a change fee. Please refund it."]},
 "city": {
  "ja": ["転出届を出したのに住民票の異動が反映されていません。窓口に二度行っています。いい加減、きちんと処理してください。",
         "粗大ごみの収集日に来てもらえず、家の前にずっと置きっぱなしです。予約番号もあります。どうなっているんですか。",
         "窓口で言われた書類をそろえて行ったのに、別の書類が必要だと言われて二度手間になりました。案内を統一してください。",
         "児童手当の振込が予定日を過ぎてもありません。申請は期限内に済ませています。確認をお願いします。",
         "ホームページに載っている開庁時間が間違っていて、行ったら閉まっていました。修正してください。"],
  "en": ["I filed my move-out notice but my residence record still hasn't been updated. I've been to the counter twice already. Please process it properly.",
         "The bulky waste pickup never came and the sofa has been outside my door for a week. I have the booking number. What happened?",
         "I was told to bring certain documents, then at the counter I was told I needed different ones. That cost me a second day off work. Please make your guidance consistent.",
         "The child allowance payment is late and I submitted everything on time. Please check.",
         "The opening hours on your website are wrong and I came to a closed office. Please correct them."]},
 "hosp": {
  "ja": ["予約していたのに受付で予約が入っていないと言われ、2時間待たされました。予約確認メールも残っています。どういうことか説明してください。",
         "会計で同じ検査の料金が二重に請求されていました。明細を確認して、返金をお願いします。",
         "電話がまったくつながらず、予約の変更ができませんでした。30分以上かけ続けています。改善してください。",
         "診断書を2週間でお渡しと言われたのに、1か月たってもできていません。会社に提出する期限があるので困っています。",
         "Web予約で取った枠が勝手にキャンセルされていました。理由を教えてください。"],
  "en": ["I had a confirmed appointment but reception said there was no booking, and I waited two hours. I still have the confirmation email. Please explain.",
         "I was billed twice for the same blood test. Please check the statement and refund the duplicate.",
         "I couldn't get through on the phone for over 30 minutes to change my booking. That's not okay for a hospital.",
         "You said the medical certificate would take two weeks. It's been a month and my employer needs it. Please hurry it up.",
         "My web booking was cancelled without any notice. Why?"]},
 "mob": {
  "ja": ["解約したはずのオプション料金が今月も請求されています。解約の受付番号もあります。返金してください。",
         "3日間まったく電波が入らず、仕事の電話も受けられませんでした。障害情報も出ていませんでした。説明と、規約にある減額をお願いします。",
         "店舗で勧められたプランが、説明と違って高くなっていました。契約書の控えもあります。正しいプランに直してください。",
         "機種変更のときにデータが消えました。店員さんがバックアップしたと言っていたのに。どうしてくれるんですか、本当にがっかりです。",
         "チャットで2時間待たされた挙げ句、切断されました。もう少しなんとかなりませんか。"],
  "en": ["I'm still being charged for an option I cancelled. I have the cancellation reference. Please refund it.",
         "No signal at all for three days, I missed work calls, and there was no outage notice. I'd like an explanation and the credit your terms provide.",
         "The plan the shop sold me costs more than what they explained. I have the contract copy. Please put me on the correct plan.",
         "The shop staff said they backed up my data during the upgrade, and now it's all gone. I'm really upset.",
         "I waited two hours in chat and then got disconnected. Seriously?"]},
 "apt": {
  "ja": ["エアコンが3週間壊れたままです。何度か連絡していますが、修理の日程がまだ決まりません。この暑さで困っています。",
         "上の階からの水漏れで天井にしみができています。早めに業者さんを手配してください。",
         "共用廊下の電気が2週間切れたままで、夜は真っ暗です。危ないので交換してください。",
         "退去時の敷金精算で、入居前からあった傷の修繕費が引かれています。入居時の写真もあります。確認してください。",
         "ゴミ置き場の管理が全然されていません。カラスが荒らしてひどい状態です。"],
  "en": ["My AC has been broken for three weeks. I've called several times and still have no repair date. It's 35 degrees.",
         "Water is leaking from the unit above and staining my ceiling. Please get a contractor out soon.",
         "The hallway light has been out for two weeks. It's pitch black at night and unsafe.",
         "My deposit settlement charged me for damage that was there before I moved in. I have move-in photos. Please review it.",
         "The garbage area is a mess, crows everywhere. Nobody seems to be managing it."]},
 "game": {
  "ja": ["メンテ後にログインできなくなり、購入した有償石が消えています。購入履歴のスクショもあります。返還をお願いします。",
         "イベント報酬の配布ミスで、ランキング上位なのに報酬が届いていません。ちゃんと確認してほしいです。",
         "不具合でガチャの天井カウントがリセットされました。お知らせにも載っていないです。対応してください。",
         "問い合わせてから1週間返信がありません。せめて受付したかどうかくらい教えてください。",
         "BANされましたが、不正はしていません。理由を教えてください。"],
  "en": ["After maintenance I lost all my paid gems. I have receipts and screenshots. Please restore them.",
         "I ranked in the top 100 but the ranking reward never arrived. Please check.",
         "A bug reset my pity counter on the banner. It's not even in the known issues list. Please fix it.",
         "It's been a week since I wrote in and no reply at all. At least confirm you got it.",
         "My account got banned and I never cheated. I want to know why."]},
}
CLOSE = {"ja": ["以上、ご検討ください。", "お返事お待ちしております。", "よろしくご対応のほど。", "前向きなご回答を期待しています。"],
         "en": ["I look forward to your reply.", "Thank you for your attention.", "Please consider this carefully.", "Awaiting your response."]}
LEGIT_FOLLOW = {
 "ja": ["先日問い合わせた件の続きです。", "{staff}さんから折り返すと言われたまま、連絡がありません。",
        "再度の連絡ですみません。", "前回の件、その後どうなっていますか。", "まだ解決していないので連絡しました。"],
 "en": ["Following up on my earlier message.", "I was told {staff} would call me back, but nobody did.",
        "Sorry to write again.", "Any update on this?", "Still not resolved, so here I am again."]}

# ---------------------------------------------------------------- harassment sentences
# one sentence = one code.  {staff} = a staff surname, {amt} = amount.
H = {
 "excessive_demand": {
  "ja": ["迷惑料として{amt}、当然払っていただけますよね？",
         "こっちは時間を無駄にしたんだから、今後1年分の料金をタダにするのが筋じゃないですか。",
         "§air§家族全員分の往復航空券を無料で用意してもらえますよね、普通は。",
         "慰謝料{amt}。それで今回は勘弁してあげますよ。",
         "ほかのお客さんより先に、特別に対応してもらえますよね？こっちは長年の客なんだから。",
         "お詫びの品は当然、商品券{amt}分くらいでしょ？",
         "§game§ガチャ石3万個、補填してくれたら黙っててあげる。",
         "§apt§家賃、半年分くらい免除してくれてもいいんじゃないですか。",
         "規約なんて知らんわ。全額返金に上乗せして{amt}、それが誠意ちゅうもんやろ。",
         "§mob§解約金なしで、しかも最新機種を無料でつけてくれるんですよね？",
         "§hosp§わたしの予約だけは、いつでも好きな時間にねじ込めるようにしておいてください。",
         "§city§住民税、今年の分はなしにしてもらえませんかね。市のミスなんだから。",
         "§air§ビジネスクラスへのアップグレードを今後ずっと無料にしてください。",
         "交通費と休業補償で{amt}、請求書はこっちで作るので振り込んでください。"],
  "en": ["I think {amt} for my trouble is the least you can offer, don't you?",
         "Surely a free year of service is reasonable after this?",
         "§air§I'll expect lifetime business-class upgrades for my whole family.",
         "§apt§Wouldn't it make sense to just waive my rent until Christmas?",
         "Put me at the front of the queue. I've been a customer for ten years, that should count for something.",
         "A refund isn't enough. I want the refund plus {amt} on top.",
         "§game§Restore my gems and add 50,000 extra as an apology bundle, that seems fair.",
         "§mob§Give me the newest phone for free and cancel my contract fees, then we're even.",
         "§hosp§I want you to hold a morning slot for me every week, whether I book it or not.",
         "Cover my taxi, my lost wages and my stress, let's call it {amt}.",
         "§mob§how about you just comp the whole bill for the next 12 months",
         "§hosp§I expect a private room at no extra charge, obviously."]},
 "apology_demand": {
  "ja": ["社長直筆の謝罪文を郵送してください。メールじゃだめです。",
         "土下座して謝るのが筋でしょう。",
         "書面で正式に謝罪するまでは一切話を進めませんから。",
         "担当者全員の連名で始末書を出してもらえますか。",
         "ホームページのトップに、私への謝罪文を載せてください。",
         "口だけの謝罪なんかいらない。誠意を見せる謝り方ってものがあるでしょ？",
         "謝罪文に私の名前と、どれだけ迷惑をかけたかをちゃんと書いてくださいね。",
         "上の人間が頭を下げに来るまで、許すつもりはないです。",
         "まず謝れや。話はそれからや。",
         "謝罪文は手書きで。印刷したものは受け取りません。",
         "§hosp§院長からの謝罪の手紙がないと納得できません。"],
  "en": ["I want a formal written apology signed by your CEO. An email won't do.",
         "Your president should apologise to me personally, in writing.",
         "Post a public apology addressed to me on your website.",
         "I'll accept nothing less than a handwritten letter of apology from the manager.",
         "Everyone involved should sign an apology letter. Every single one of them.",
         "Before we talk about anything else, I'm owed a proper apology on paper.",
         "§city§Have the mayor write me an apology. I mean it.",
         "Say sorry like you mean it. Get on your knees if you have to.",
         "I need your director to apologise on record, and I want a copy."]},
 "in_person_demand": {
  "ja": ["今日中にうちまで来て説明してください。",
         "電話じゃ話にならない。責任者が直接こちらに出向いてきて。",
         "明日の朝9時、うちの店まで来てもらえますか？来ないならこちらにも考えがあります。",
         "わざわざこっちが行く必要ないよね？そっちが来るのが当然でしょ。",
         "担当者と顔を合わせて話したいので、自宅まで来てください。住所は分かってますよね。",
         "支店長を連れて、会社まで来てください。",
         "メールじゃなくて、ちゃんと会って話しましょうよ。来週の土曜、家にいますから。",
         "§apt§部屋まで見に来てから言ってくださいよ。今すぐじゃなくていいから、今日中に。",
         "直接会って話さな気がすまんわ。来てや。"],
  "en": ["Come to my house today and explain this face to face.",
         "I'm not doing this over the phone. Send someone to my office.",
         "The manager should come to my home. Tomorrow works.",
         "Why should I have to go anywhere? You come to me.",
         "I want to meet the person responsible in person, at my place.",
         "Send your supervisor over to my apartment this evening.",
         "We can settle this over coffee. Meet me near the station on Saturday.",
         "Have someone drive out here and look at it with me. No excuses."]},
 "violence_threat": {
  "ja": ["夜道には気をつけたほうがいいんじゃないですか。",
         "そっちの事務所の場所、知ってますからね。",
         "次に窓口に行ったとき、何が起きても知りませんよ。",
         "うちの若いのが黙ってないと思いますけどね。",
         "このままだと、本当に何するかわからないよ、俺。",
         "ぶん殴られても文句言えない対応だよね、それ。",
         "カウンター越しじゃなかったら、どうなってたかな。",
         "ガソリン持ってそっちに行ってもいいんだぞ。",
         "覚えとけよ。絶対に後悔させてやる。",
         "あんまりなめとったら、痛い目見るで。"],
  "en": ["It'd be a shame if something happened to your office.",
         "I know where your branch is. Just saying.",
         "People have gotten hurt over less than this.",
         "Keep this up and you'll find out what I'm capable of.",
         "Next time I'm at that counter, you'd better hope there's glass between us.",
         "You should watch your back on the way home.",
         "I wouldn't want to be you when I show up.",
         "Someone's going to get hurt and it won't be me."]},
 "abusive_language": {
  "ja": ["あなた、本当に大人ですか？",
         "小学生のほうがまだまともな説明ができますよ。",
         "その程度の頭でよく採用されましたね。",
         "あなたと話していると、こっちまで馬鹿になりそうです。",
         "存在価値あるんですか、あなた。",
         "§city§税金で食べてるくせに、その態度ですか。給料泥棒ですね。",
         "日本語、通じてます？",
         "§hosp§あんたみたいなのが医療に関わってるとか、ぞっとするわ。",
         "ほんま使えへん人やな。",
         "役立たずしかいないんですか、そちらの会社は。",
         "{staff}さんって、よくあれで仕事してるつもりになれますね。",
         "人の話も理解できないなら、辞めたらどうですか。"],
  "en": ["Do they hire anyone with a pulse over there?",
         "A child could do your job better.",
         "Talking to a wall would be more productive than talking to you.",
         "Are you actually this slow, or is it an act?",
         "You people are an embarrassment.",
         "Do you even understand English, or do I need to draw you a picture?",
         "{staff} is the most useless person I've ever dealt with.",
         "How do you live with being this incompetent?",
         "Honestly, who raised you?",
         "Is there anyone with half a brain I could talk to?"]},
 "legal_threat": {
  "ja": ["弁護士とはもう話がついていますので。",
         "出るところに出ましょうか。",
         "§air§この件、国交省にも全部報告させてもらいますね。",
         "損害賠償を請求しますから、覚悟しておいてください。",
         "§mob§総務省に申告しますけど、それでいいんですね？",
         "訴えられたいんですか？",
         "§hosp§保健所と厚生局に、このやり取りをそのまま伝えますね。",
         "議員さんに知り合いがいるんで、そこから話を上げてもらいます。",
         "裁判になってもいいなら、このままの対応で結構ですよ。",
         "内容証明、送りますね。"],
  "en": ["My lawyer is already reading through this, by the way.",
         "§air§I'll be taking this to the transport ministry.",
         "Happy to see you in court if that's how you want to play it.",
         "I will be suing for damages.",
         "Should I file a complaint with the regulator, or will you sort this out?",
         "I've been in touch with a solicitor, and they think I have a strong case.",
         "The consumer affairs agency will hear about this, believe me.",
         "You'll be hearing from my attorney."]},
 "online_defamation_threat": {
  "ja": ["この通話、全部録音してるので、ネットに上げてもいいんですよ。",
         "フォロワー2万人いるんで、拡散しちゃおうかな。",
         "口コミサイトに星1レビュー、家族全員で書きますね。",
         "担当者の名前、SNSに晒しますけどいいですか。",
         "YouTubeで実名出して、この対応を動画にしますね。",
         "今の会話、スクショして投稿しておきました。",
         "掲示板に書き込まれたくなかったら、わかりますよね。",
         "Googleマップのレビュー、ひどいことになりますよ。",
         "Xでトレンド入りさせてあげようか？"],
  "en": ["My followers would love to hear about this.",
         "Maybe a thread on X about your 'customer service' would get things moving?",
         "I'm recording this and it's going on TikTok tonight.",
         "I'll make sure every review site knows what you did.",
         "I've already posted the screenshots. More coming.",
         "What do you think happens when I name your agent in a post with 30k views?",
         "Your Google rating is about to drop. A lot.",
         "Reddit is going to love this story."]},
 "sexual_harassment": {
  "ja": ["声が可愛いね。彼氏いるの？",
         "今度二人で飲みに行こうよ。",
         "その制服、似合ってそうだね。写真送ってよ。",
         "若い女の子に代わってくれる？そっちのほうが話しやすいから。",
         "スタイルいいね、この前受付で見たよ。",
         "お姉さん、結婚してるの？",
         "電話越しでもいい匂いしそうな声だね。",
         "そんな色っぽい声で謝られたら許しちゃうな。"],
  "en": ["You sound cute. Are you single?",
         "How about you tell me what you're wearing?",
         "Let's grab a drink, just the two of us.",
         "Put a younger girl on, she'll be nicer to look at when I come in.",
         "Saw you at the counter, that skirt looked great on you.",
         "Your voice is making it hard to stay angry, sweetheart.",
         "Send me a selfie and I'll drop the complaint."]},
 "privacy_intrusion": {
  "ja": ["{staff}さんって、何時に仕事終わるんですか？",
         "{staff}さんの個人の携帯番号を教えてください。",
         "駅で待ってますね。{staff}さんなら顔はわかるので。",
         "{staff}さんのインスタ、見つけましたよ。",
         "この前、{staff}さんが帰るところ、後ろからついていっちゃった。",
         "受付の写真撮ったけど、名札までばっちり写ってた。",
         "{staff}さんってどこに住んでるの？最寄り駅だけでいいから。",
         "{staff}さんの休みの日、教えてくれたら直接話しに行くよ。"],
  "en": ["What time does {staff} finish work?",
         "Give me {staff}'s personal number.",
         "I'll wait for {staff} outside the building tonight.",
         "Found {staff}'s Instagram, by the way. Nice dog.",
         "Where does {staff} live? Just the nearest station is fine.",
         "I took a photo of the lady at the counter. Name tag and all.",
         "I followed {staff} to the train yesterday. She didn't notice.",
         "Tell me which days {staff} is off."]},
 "staff_naming": {
  "ja": ["{staff}を出せ。ほかの人とは話さない。",
         "{staff}さんを担当から外して、辞めさせてください。",
         "{staff}さん以外とは話しません。いないなら待ちます。",
         "{staff}って人、まだそこにいるんですか？クビにしてくださいよ。",
         "何度も言うけど、{staff}に電話させて。",
         "{staff}さんの処分がどうなったか、報告してください。",
         "{staff}じゃなきゃ意味ないんだよ、早く代わって。"],
  "en": ["Put {staff} on the phone. Only {staff}.",
         "I want {staff} fired. Today.",
         "I'm not talking to anyone except {staff}.",
         "Is {staff} still working there? Why?",
         "I'll keep calling until {staff} picks up.",
         "Tell me what disciplinary action {staff} got.",
         "Get {staff}. Not you, {staff}."]},
 "pressure_language": {
  "ja": ["今すぐ対応しろ。",
         "これじゃ仕事にならないんですよ。",
         "致命的なミスですよ、わかってます？",
         "多大な損害が出てるんですけど。",
         "1分1秒でも早く、今この場で何とかして。",
         "あり得ない。どう責任とるつもり？",
         "今日中じゃなきゃ意味ないから。",
         "はよせえ。こっちは待たされるのが一番嫌いなんや。",
         "御社の対応のせいで、人生めちゃくちゃですよ。"],
  "en": ["Fix it NOW.",
         "This is a catastrophic failure on your part.",
         "You're costing me thousands every hour this isn't fixed.",
         "I need this handled immediately, not tomorrow, not later, NOW.",
         "Do you understand this has completely ruined my business?",
         "Unacceptable. Absolutely unacceptable. Sort it out this minute.",
         "Every second you waste is on you."]},
}

REPEAT_CORE = {
 "ja": [("返金を全額、今月中に振り込んでください", None),
        ("担当者から折り返しの電話をください", None),
        ("回答を書面で送ってください", None),
        ("迷惑料として{amt}を払ってください", "excessive_demand"),
        ("謝罪文を社長名で出してください", "apology_demand"),
        ("前回の通話の録音データを全部送ってください", None)],
 "en": [("refund the full amount this month", None),
        ("have someone call me back", None),
        ("send me your answer in writing", None),
        ("pay me {amt} for the trouble", "excessive_demand"),
        ("send me an apology letter signed by the CEO", "apology_demand"),
        ("send me every recording of my calls", None)]}
REPEAT_WRAP = {
 "ja": ["何度も言ってますけど、{c}。", "前回も伝えましたが、{c}。", "これで{k}回目です。{c}。",
        "まだですか？{c}って言ってますよね。", "もう一度言います。{c}。", "{c}。昨日も言いました。",
        "同じことを何回言わせるんですか。{c}。", "{c}、とお願いしたはずですが。", "再送します。{c}。"],
 "en": ["As I said before, {c}.", "This is the {k} time I'm asking: {c}.", "Again: {c}.",
        "I already told you, {c}.", "Once more, {c}.", "Still waiting. {c}.",
        "How many times do I have to say it? {c}.", "Repeating my request: {c}.", "{c}. Same as yesterday."]}

OFFH = {
 "ja": ["至急連絡ください。", "【至急】", "緊急です。すぐ折り返してください。", "夜分ですが至急です。",
        "休みとか関係ないので、至急で。", "至急！！", "朝イチで対応して。至急です。", "緊急なので今見てください。"],
 "en": ["URGENT - call me back.", "Urgent, please respond now.", "[URGENT]", "I know it's late but this is urgent.",
        "Weekend or not, this is urgent.", "EMERGENCY, reply asap", "Urgent!!!", "Need an answer tonight, urgent."]}

FLOOD = {
 "ja": ["まだですか", "返事まだ？", "おーい", "見てる？", "既読ついてるよね", "早く", "無視？", "聞いてますか",
        "いつまで待たせるの", "ねえ", "返信して", "もしもし？", "誰かいないの", "まだ？", "遅い"],
 "en": ["hello?", "still waiting", "anyone there", "answer me", "hello???", "helloooo", "reply",
        "are you ignoring me", "still nothing?", "come on", "waiting...", "where are you", "respond", "yo", "?"]}
FLOOD_SUF = {"ja": ["", "", "？", "!!", "！", "…", "😠", "💢", " 😡", "??", "。", "ｗ", " ←", "ー"],
             "en": ["", "", "?", "!!", "...", "😠", " 😡", "??", " (again)", " <<", "!!!", " ffs", " 🙄"]}

AGENT_LINES = {
 "ja": ["確認いたしますので少々お待ちください。", "ご不便をおかけしております。", "担当部署に確認のうえ、折り返しご連絡いたします。",
        "恐れ入りますが、ご予約番号をお伺いできますか。", "承知いたしました。", "そちらについては規定によりお受けいたしかねます。",
        "お申し出の内容は記録いたしました。", "ご説明が不十分で失礼いたしました。", "上の者と相談いたします。"],
 "en": ["Let me check that for you.", "I'm sorry for the inconvenience.", "I'll confirm with the department and call you back.",
        "Could I have your booking number, please?", "Understood.", "I'm afraid that's outside what we can offer under the terms.",
        "I've noted your request.", "Apologies for the unclear explanation.", "I'll consult my supervisor."]}
AGENT_OPEN = {
 "ja": ["お電話ありがとうございます。{biz}、{agent}でございます。", "お待たせいたしました、{agent}です。",
        "{biz}でございます。", "はい、{biz}、{agent}が承ります。", "お電話代わりました、{agent}です。"],
 "en": ["Thank you for calling {biz}, this is {agent}.", "{biz}, {agent} speaking.",
        "Hi, you're through to {biz}.", "Good afternoon, {agent} here."]}
SPK = {"ja": [("担当", "客"), ("オペレーター", "お客様"), ("OP", "CU"), ("【担当】", "【顧客】"), ("A", "C"), ("受付", "相談者")],
       "en": [("Agent", "Customer"), ("Rep", "Caller"), ("AGENT", "CALLER"), ("[Agent]", "[Customer]"), ("A", "C"), ("Operator", "Client")]}
LOOP = {"ja": ["だから、さっきから言ってるでしょう。", "話を最初から整理しますね。", "いや、そうじゃなくて。",
               "で、結局どうするんですか。", "納得できないんですよ。", "もう一回説明してください。", "それはさっき聞きました。",
               "ちょっと待って、メモ取るから。", "じゃあ、上の人に確認してきてよ。待ってるから。", "話が全然進まないね。"],
        "en": ["Like I said already.", "Let's go over it from the top again.", "No, that's not what I mean.",
               "So what are you actually going to do?", "I'm not satisfied with that.", "Explain it again.",
               "You already said that.", "Hold on, I'm writing this down.", "Go ask your supervisor, I'll wait.", "We're going in circles."]}
GREET = {"ja": ["お世話になっております。", "突然のご連絡失礼いたします。", "いつもお世話になっております。", "お問い合わせです。", ""],
         "en": ["Dear Sir/Madam,", "Hello,", "Hi there,", "To whom it may concern,", "Dear {biz} team,", ""]}
SIGN = {"ja": ["よろしくお願いいたします。", "以上です。", "ご確認ください。\n--\n{name}", "何卒よろしくお願い申し上げます。\n{name}", "iPhoneから送信"],
        "en": ["Regards,\n{name}", "Thanks.", "Best,\n{name}", "Sent from my iPhone", "--\n{name}", ""]}
SUBJ = {"ja": ["お問い合わせ", "ご相談", "質問です", "至急確認をお願いします", "【再送】お問い合わせ", "苦情", "予約について", "Re: ご連絡"],
        "en": ["Question", "Enquiry", "Complaint", "Re: your reply", "Booking", "Help please", "Follow-up", "URGENT"]}
FORM_T = {"ja": ["お問い合わせフォーム：{cat}", "【{cat}】Webフォーム", "{cat}に関するお問い合わせ"],
          "en": ["Contact form: {cat}", "Web form - {cat}", "{cat} enquiry"]}
CATS = {"ja": ["予約", "料金", "手続き", "その他", "不具合", "契約"], "en": ["Bookings", "Billing", "Procedures", "Other", "Bugs", "Contract"]}
CUST_NAMES_EN = ["J. Smith", "Emily", "Mark T.", "Priya", "Chen Wei", "Lucas", "A. Brown", "Sofia", "Tom", "Nguyen"]
CUST_NAMES_JA = ["山口", "石田 和也", "大野", "工藤 美咲", "中島", "宮崎より", "原田", "小川 健"]


class Gen:
    def __init__(self):
        self.r = random.Random(SEED)
        self.events = []       # dicts with internal keys prefixed by "_"
        self.labels = {}
        self.customers = {}
        self.nid = 0
        self.used_texts = set()
        self.days = [START + timedelta(days=i) for i in range((END - START).days + 1)]
        self.agents = {}
        k = 0
        for b in BKEYS:
            ids = []
            for _ in range(6):
                k += 1
                aid = "op-%03d" % (100 + k * 7)
                self.agents[aid] = dict(business=b, ja=SURNAMES[k - 1], en=ROMAJI[k - 1])
                ids.append(aid)
            BUS[b]["agents"] = ids

    # ---------------- time helpers
    @staticmethod
    def is_open(dt):
        j = dt.astimezone(JST)
        if j.weekday() >= 5 or j.date() in HOLIDAYS:
            return False
        return 9 <= j.hour < 18

    def pick_day(self, biz, lo=START, hi=END):
        cand = [d for d in self.days if lo <= d <= hi]
        w = []
        for d in cand:
            x = 1.0
            if biz == "air" and (d in OBON or d in SILVER or date(2027, 8, 9) <= d <= date(2027, 8, 12)):
                x = 2.5
            if biz == "game" and date(2027, 8, 1) <= d <= date(2027, 8, 20):
                x = 1.5
            w.append(x)
        return self.r.choices(cand, weights=w)[0]

    def open_time(self, d):
        while d.weekday() >= 5 or d in HOLIDAYS:
            d += timedelta(days=1)
        if d > END:
            d = date(2027, 9, 30)
        m = self.r.randint(9 * 60 + 2, 17 * 60 + 40)
        return datetime(d.year, d.month, d.day, m // 60, m % 60, self.r.randint(0, 59), tzinfo=JST)

    def closed_time(self, d):
        if d.weekday() >= 5 or d in HOLIDAYS:
            h = self.r.choice([7, 8, 10, 11, 13, 15, 19, 21, 22, 23])
        else:
            h = self.r.choice([0, 1, 5, 6, 7, 8, 18, 19, 20, 21, 22, 23])
        dt = datetime(d.year, d.month, d.day, h, self.r.randint(0, 59), self.r.randint(0, 59), tzinfo=JST)
        if h == 18 and dt.minute < 5:
            dt = dt.replace(minute=12)
        return dt

    def any_time(self, d, p_closed):
        return self.closed_time(d) if self.r.random() < p_closed else self.open_time(d)

    # ---------------- text helpers
    def fill(self, s, c):
        r = self.r
        amt_ja = r.choice(["10万円", "5万円", "30万円", "100万円", "20万円", "50万", "3万円", "15万円"])
        amt_en = r.choice(["¥100,000", "¥50,000", "$2,000", "¥300,000", "a million yen", "¥200,000", "$500"])
        d = r.choice(self.days)
        return (s.replace("{staff}", c["staff_" + c["lang"]] if "{staff}" in s else "")
                 .replace("{amt}", amt_ja if c["lang"] == "ja" else amt_en)
                 .replace("{d}", ("%d月%d日" % (d.month, d.day)) if c["lang"] == "ja" else d.strftime("%b %d").replace(" 0", " "))
                 .replace("{n}", str(r.randint(101, 9999)))
                 .replace("{biz}", BUS[c["biz"]][c["lang"]]))

    def style(self, s, lang, casual):
        """Surface noise: typos, full-width, dialect, casing."""
        r = self.r
        if lang == "en":
            if casual and r.random() < 0.4:
                s = s.lower()
            if r.random() < 0.25:
                w = s.split(" ")
                i = r.randrange(len(w))
                if len(w[i]) > 4:
                    j = r.randrange(1, len(w[i]) - 2)
                    x = w[i]
                    w[i] = x[:j] + x[j + 1] + x[j] + x[j + 2:]
                s = " ".join(w)
            if r.random() < 0.1:
                s = s.replace("you", "u").replace("are ", "r ")
        else:
            if r.random() < 0.15:
                s = s.replace("。", "｡").replace("、", "､")
            if r.random() < 0.15:
                s = s.replace("？", "?").replace("！", "!")
            if casual and r.random() < 0.2:
                s = s.replace("ですか", "ですか？？").replace("ください", "ください！")
            if r.random() < 0.1:
                s = s.replace("本当に", "ほんまに").replace("できない", "でけへん").replace("ですよ", "やで")
            if r.random() < 0.1:
                s = s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        return s

    def wrap(self, c, ch, parts, agent, long_call=False):
        """Turn customer sentences into a channel-shaped text."""
        r, lang = self.r, c["lang"]
        biz = BUS[c["biz"]][lang]
        aname = self.agents[agent][lang] if agent else ""
        body = [self.style(p, lang, ch in ("chat", "sns")) for p in parts]
        if ch == "phone" or ch == "visit":
            a, cu = r.choice(SPK[lang])
            sep = r.choice([": ", "：", " > ", " - "]) if lang == "ja" else r.choice([": ", " - ", ": "])
            lines = []
            if r.random() < 0.7:
                lines.append(a + sep + r.choice(AGENT_OPEN[lang]).replace("{biz}", biz).replace("{agent}", aname or "担当"))
            for i, p in enumerate(body):
                lines.append(cu + sep + p)
                if i < len(body) - 1 or r.random() < 0.6:
                    lines.append(a + sep + r.choice(AGENT_LINES[lang]))
            if long_call:
                extra = []
                for _ in range(r.randint(8, 16)):
                    extra.append(cu + sep + r.choice(LOOP[lang]))
                    extra.append(a + sep + r.choice(AGENT_LINES[lang]))
                k = r.randint(1, len(lines))
                lines = lines[:k] + extra + lines[k:]
                lines.append("（通話時間が長時間に及んだため、担当が一旦終話を案内）" if lang == "ja" else "[call ended by agent after extended duration]")
            return "\n".join(lines)
        if ch == "email":
            g = r.choice(GREET[lang]).replace("{biz}", biz)
            nm = r.choice(CUST_NAMES_JA if lang == "ja" else CUST_NAMES_EN)
            s = r.choice(SIGN[lang]).replace("{name}", nm)
            joiner = "" if lang == "ja" and r.random() < 0.5 else ("\n" if r.random() < 0.5 else " ")
            txt = joiner.join(body)
            return "\n\n".join(x for x in [g, txt, s] if x)
        if ch == "web_form":
            if r.random() < 0.5:
                lab = ("【お問い合わせ内容】\n" if lang == "ja" else "Message:\n")
                return lab + "\n".join(body)
            return ("" if lang == "ja" else " ").join(body)
        if ch == "sns":
            pre = r.choice(["", "@" + {"air": "skylark_air", "city": "kaede_city", "hosp": "minami_hp",
                                        "mob": "tsubame_mobile", "apt": "hoshizora_kanri", "game": "pixellantern_jp"}[c["biz"]] + " "])
            return pre + " ".join(body) + r.choice(["", "", " 😤", " #拡散希望" if lang == "ja" else " #fail", "!!"])
        # chat
        return r.choice(["\n", " ", " "]).join(body)

    def unique(self, fn, tries=12):
        for _ in range(tries):
            t = fn()
            if t is None or t not in self.used_texts:
                break
        if t is not None:
            self.used_texts.add(t)
        return t

    # ---------------- events
    def emit(self, c, dt, ch, text, codes=(), direction="inbound", dur=None, subject=None, agent="auto", thread=None):
        r = self.r
        self.nid += 1
        eid = "ev-" + hashlib.sha256(("%d/%d" % (SEED, self.nid)).encode()).hexdigest()[:18]
        if agent == "auto":
            agent = r.choice(BUS[c["biz"]]["agents"]) if (direction == "outbound" or r.random() < 0.85) else None
        if ch in ("phone", "visit") and dur is None:
            dur = r.randint(60, 1200)
        lang = c["lang"] if text else None
        if lang and r.random() < 0.06:
            lang = None
        src = BUS[c["biz"]]["src"][ch]
        if ch == "email":
            ts = dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        elif ch == "sns":
            ts = dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % r.randint(0, 999)
        elif ch == "chat":
            ts = dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+09:00" % r.randint(0, 999)
        else:
            ts = dt.strftime("%Y-%m-%dT%H:%M:%S+09:00")
        ev = {"event_id": eid, "occurred_at": ts, "channel": ch, "direction": direction,
              "customer_id": c["id"], "agent_id": agent}
        if ch in ("phone", "visit") or r.random() < 0.4:
            ev["duration_s"] = dur if ch in ("phone", "visit") else None
        if ch in ("email", "web_form") or r.random() < 0.3:
            ev["subject"] = subject
        ev["text"] = text
        ev["language"] = lang
        if thread is None:
            if ch == "email":
                thread = "th-" + hashlib.md5(("%s/%d" % (c["id"], self.nid)).encode()).hexdigest()[:10]
            elif ch == "web_form":
                thread = "TKT-%06d" % r.randint(100000, 999999)
            elif ch == "chat":
                thread = "chat-" + hashlib.md5(("c%s/%d" % (c["id"], self.nid)).encode()).hexdigest()[:8]
        ev["thread_id"] = thread
        ev["source"] = src
        ev["_t"] = dt.astimezone(UTC)
        ev["_n"] = self.nid
        self.events.append(ev)
        cs = [x for x in CONTENT if x in codes]
        if cs and direction == "inbound":
            self.labels[eid] = cs
        return ev

    def subject_for(self, c, ch):
        lang = c["lang"]
        if ch == "email":
            return self.r.choice(SUBJ[lang])
        if ch == "web_form":
            return self.r.choice(FORM_T[lang]).replace("{cat}", self.r.choice(CATS[lang]))
        return None

    def channel(self, c, allow=None):
        ch = BUS[c["biz"]]["ch"]
        keys = [k for k in ch if ch[k] > 0 and (allow is None or k in allow)]
        return self.r.choices(keys, weights=[ch[k] for k in keys])[0]

    def dur_for(self, ch, kind):
        r = self.r
        if ch not in ("phone", "visit"):
            return None
        if kind == "normal":
            return r.randint(45, 1500)
        if kind == "legit":
            return r.randint(300, 2700)
        return r.randint(180, 2400)

    def inbound(self, c, dt, parts, codes=(), ch=None, kind="normal", long_call=False, dur=None, allow=None):
        ch = ch or self.channel(c, allow)
        agent = self.r.choice(BUS[c["biz"]]["agents"]) if ch in ("phone", "visit", "chat") or self.r.random() < 0.8 else None
        text = self.unique(lambda: self.wrap(c, ch, parts, agent, long_call))
        if dur is None:
            dur = self.dur_for(ch, kind)
        ev = self.emit(c, dt, ch, text, codes, dur=dur, subject=self.subject_for(c, ch), agent=agent)
        if ch in ("email", "web_form") and self.r.random() < 0.3:
            self.reply(c, ev, dt)
        return ev

    def reply(self, c, ev, dt):
        r, lang = self.r, c["lang"]
        nd = dt.astimezone(JST).date() + timedelta(days=r.randint(0, 2))
        if nd > END:
            return
        t2 = self.open_time(nd)
        if t2 <= dt:
            t2 = dt + timedelta(hours=r.randint(1, 5))
        txt = (r.choice(["お問い合わせいただきありがとうございます。", "ご連絡ありがとうございます。"]) + r.choice(AGENT_LINES["ja"])
               if lang == "ja" else r.choice(["Thank you for contacting us. ", "Thanks for reaching out. "]) + r.choice(AGENT_LINES["en"]))
        subj = ("Re: " + (ev.get("subject") or "")).strip()
        self.emit(c, t2, "email", txt, direction="outbound", subject=subj, thread=ev["thread_id"])

    # ---------------- customers
    def make_customer(self, i, profile):
        r = self.r
        biz = r.choices(BKEYS, weights=[BUS[b]["w"] for b in BKEYS])[0]
        lang = "ja" if r.random() < 0.64 else "en"
        if biz == "air":
            cid = "SKM%08d" % r.randint(10000000, 99999999)
        elif biz == "city":
            cid = "kaede-resident-%05d" % r.randint(1, 99999)
        elif biz == "hosp":
            cid = "MRN-%07d" % r.randint(1, 9999999)
        elif biz == "mob":
            cid = "+81-%d0-%04d-%04d" % (r.choice([7, 8, 9]), r.randint(0, 9999), r.randint(0, 9999))
        elif biz == "apt":
            cid = "HZ-%03d-%d%02d" % (r.randint(1, 120), r.randint(1, 12), r.randint(1, 10))
        else:
            cid = r.choice(["player_", "pl-", "uid:"]) + str(r.randint(10 ** 8, 10 ** 9 - 1))
        ag = BUS[biz]["agents"]
        sa = self.agents[r.choice(ag)]
        c = dict(id=cid, biz=biz, lang=lang, profile=profile, staff_ja=sa["ja"], staff_en=sa["en"])
        return c

    def gen_normal(self, c):
        r, lang = self.r, c["lang"]
        n = r.choices([1, 2, 3, 4, 5], weights=[32, 30, 20, 11, 7])[0]
        pool = list(NORMAL[c["biz"]][lang])
        r.shuffle(pool)
        days = sorted(self.pick_day(c["biz"]) for _ in range(n))
        closed = 0
        lastd = None
        for k, d in enumerate(days):
            if d == lastd:
                d = min(END, d + timedelta(days=1))
            lastd = d
            pc = 0.18 if closed < 2 else 0.0
            dt = self.any_time(d, pc)
            if not self.is_open(dt):
                closed += 1
            parts = [self.fill(pool[k % len(pool)], c)]
            if r.random() < 0.15:
                hn = self.fill(r.choice(HARDNEG[lang]), c)
                parts = [hn] + parts if r.random() < 0.5 else parts + [hn]
            if r.random() < 0.1 and not self.is_open(dt):
                parts.append(self.fill(HARDNEG[lang][5], c))
            self.inbound(c, dt, parts, kind="normal")
            if r.random() < 0.04:
                self.emit(c, self.open_time(min(END, d + timedelta(days=1))), "phone",
                          self.fill(r.choice(AGENT_LINES[lang]), c), direction="outbound", dur=r.randint(40, 300))

    def gen_legit(self, c):
        r, lang = self.r, c["lang"]
        n = r.randint(3, 6)
        comp = list(LEGIT[c["biz"]][lang])
        r.shuffle(comp)
        d = self.pick_day(c["biz"], hi=END - timedelta(days=4 * n))
        closed = 0
        for k in range(n):
            pc = 0.2 if closed < 2 else 0.0
            dt = self.any_time(d, pc)
            if not self.is_open(dt):
                closed += 1
            if k == 0 or r.random() < 0.3:
                parts = [self.fill(comp[k % len(comp)], c)]
            else:
                parts = [self.fill(r.choice(LEGIT_FOLLOW[lang]), c), self.fill(comp[(k - 1) % len(comp)] if r.random() < 0.6 else comp[0], c)]
            if r.random() < 0.2:
                parts.append(self.fill(r.choice(HARDNEG[lang][:5]), c))
            if r.random() < 0.3:
                parts.insert(0, self.fill(r.choice(NORMAL[c["biz"]][lang]), c))
            self.inbound(c, dt, parts, kind="legit")
            d = d + timedelta(days=r.randint(4, 12))
            if d > END:
                break

    def ctx(self, c, p_legit=0.5):
        """A context sentence (real issue or pretext), not reused within one customer."""
        r = self.r
        used = c.setdefault("used", set())
        src = LEGIT if r.random() < p_legit else NORMAL
        pool = [x for x in src[c["biz"]][c["lang"]] if x not in used]
        if not pool:
            pool = [x for x in LEGIT[c["biz"]][c["lang"]] + NORMAL[c["biz"]][c["lang"]] if x not in used]
        if not pool:
            return r.choice(LOOP[c["lang"]])
        x = r.choice(pool)
        used.add(x)
        return self.fill(x, c)

    def nondemand(self, c, content):
        """Extra cue for stateful contacts: never a demand code, so the stateful
        scenes do not create unlabelled 'same demand again' repetitions."""
        pool = [x for x in content if x in NONDEMAND]
        return self.r.choice(pool) if pool and self.r.random() < 0.7 else "pressure_language"

    def hsent(self, c, code):
        pool = [x for x in H[code][c["lang"]] if not x.startswith("§") or x.startswith("§%s§" % c["biz"])]
        used = c.setdefault("used", set())
        fresh = [x for x in pool if x not in used]
        x = self.r.choice(fresh or pool)
        used.add(x)
        if x.startswith("§"):
            x = x.split("§", 2)[2]
        return self.fill(x, c)

    def gen_harasser(self, c, content, stateful):
        r, lang = self.r, c["lang"]
        biz = c["biz"]
        span = 20 if "off_hours_contact" in stateful else 12
        d0 = self.pick_day(biz, hi=END - timedelta(days=span + 2))
        # opening contact: a real (or pretext) issue
        base = self.ctx(c, 0.4)
        self.inbound(c, self.open_time(d0), [base], kind="normal")
        day = d0 + timedelta(days=r.randint(0, 2))
        # content-coded contacts
        plan = []
        for code in content:
            for _ in range(r.choice([1, 2, 2])):
                plan.append([code])
        r.shuffle(plan)
        # merge some into multi-code events
        merged = []
        for p in plan:
            if merged and r.random() < 0.3 and p[0] not in merged[-1] and len(merged[-1]) < 3:
                merged[-1].append(p[0])
            else:
                merged.append(list(p))
        for codes in merged:
            if "prolonged_contact" in stateful and r.random() < 0.2:
                continue  # some content goes into the long calls
            parts = []
            if r.random() < 0.6:
                parts.append(self.ctx(c, 0.8))
            for cd in codes:
                parts.append(self.hsent(c, cd))
            if len(parts) >= 2 and r.random() < 0.4:
                # long polite message with the harassment in the middle
                parts.append(self.fill(r.choice(LEGIT_FOLLOW[lang] + CLOSE[lang]), c))
            allow = None
            if any(x in codes for x in ("sexual_harassment", "privacy_intrusion", "violence_threat")) and r.random() < 0.5:
                allow = ("phone", "chat", "visit")
            ch = self.channel(c, allow)
            dt = self.open_time(day)
            self.inbound(c, dt, parts, codes, ch=ch, kind="harasser")
            day = min(END, day + timedelta(days=r.randint(0, 4)))
        # repetition: same demand >=4 times within 7 days
        if "repetition" in stateful:
            core, ccode = r.choice(REPEAT_CORE[lang])
            core = self.fill(core, c)
            n = r.randint(4, 7)
            dd = self.pick_day(biz, lo=d0, hi=min(END - timedelta(days=7), d0 + timedelta(days=30)))
            offs = sorted(r.sample(range(0, 7), min(n, 7)))
            wraps = list(REPEAT_WRAP[lang])
            r.shuffle(wraps)
            for k, o in enumerate(offs):
                w = wraps[k % len(wraps)]
                kk = k + 2
                t = w.replace("{c}", core).replace("{k}", str(kk) if lang == "ja" else str(kk) + {2: "nd", 3: "rd"}.get(kk, "th"))
                if lang == "en":
                    t = t[0].upper() + t[1:]
                codes = [ccode] if ccode else []
                parts = [t]
                if r.random() < 0.3:
                    extra = self.nondemand(c, content)
                    parts.append(self.hsent(c, extra))
                    codes.append(extra)
                ev = self.inbound(c, self.open_time(dd + timedelta(days=o)), parts, codes, kind="harasser")
                ev["_rep"] = core
        # off-hours: >=5 contacts outside hours on >=4 distinct days within 14 days
        if "off_hours_contact" in stateful:
            dd = self.pick_day(biz, lo=d0, hi=min(END - timedelta(days=14), d0 + timedelta(days=40)))
            n = r.randint(5, 8)
            offs = sorted(r.sample(range(0, 14), n))
            for o in offs:
                d = dd + timedelta(days=o)
                dt = self.closed_time(d)
                parts = [r.choice(OFFH[lang]), self.ctx(c, 0.4)]
                codes = []
                if r.random() < 0.45:
                    cd = self.nondemand(c, content)
                    parts.append(self.hsent(c, cd))
                    codes.append(cd)
                if r.random() < 0.3:
                    parts.reverse()
                self.inbound(c, dt, parts, codes, ch=self.channel(c, ("phone", "email", "chat", "web_form", "sns")),
                             kind="harasser")
        # flood: one or two bursts of >=7 contacts within 45 minutes
        if "contact_flood" in stateful:
            for b in range(r.choice([1, 1, 2])):
                d = self.pick_day(biz, lo=d0, hi=END)
                t = self.open_time(d)
                if t.hour >= 17:
                    t = t.replace(hour=r.randint(10, 15))
                n = r.randint(7, 13)
                ch0 = r.choice(["chat", "sns", "email", "phone"]) if BUS[biz]["ch"].get("sns") else r.choice(["chat", "email", "phone"])
                for k in range(n):
                    ch = ch0 if r.random() < 0.8 else self.channel(c, ("phone", "email", "chat"))
                    t = t + timedelta(seconds=r.randint(40, 300))
                    codes = []
                    if ch == "phone":
                        if r.random() < 0.5:
                            txt = None
                        else:
                            a, cu = r.choice(SPK[lang])
                            txt = self.unique(lambda: cu + ": " + r.choice(FLOOD[lang]) + r.choice(FLOOD_SUF[lang]))
                        self.emit(c, t, "phone", txt, dur=r.randint(4, 70), agent=r.choice(BUS[biz]["agents"]) if txt else None)
                        continue
                    parts = [r.choice(FLOOD[lang]) + r.choice(FLOOD_SUF[lang])]
                    if r.random() < 0.25:
                        cd = self.nondemand(c, content)
                        parts.append(self.hsent(c, cd))
                        codes.append(cd)
                    elif r.random() < 0.5:
                        parts.append(r.choice(FLOOD[lang]) + r.choice(FLOOD_SUF[lang]))
                    txt = self.unique(lambda: " ".join(self.style(p, lang, True) for p in parts))
                    self.emit(c, t, ch, txt, codes, subject=self.subject_for(c, ch) if ch == "email" else None,
                              agent=None if ch != "chat" else r.choice(BUS[biz]["agents"]))
        # prolonged: calls >= 65 min, or several long calls the same day
        if "prolonged_contact" in stateful:
            for _ in range(r.randint(1, 3)):
                d = self.pick_day(biz, lo=d0, hi=END)
                ch = "visit" if BUS[biz]["ch"].get("visit") and r.random() < 0.25 else "phone"
                codes = []
                parts = [self.ctx(c, 0.9)]
                for cd in [x for x in content if x in NONDEMAND][:2]:
                    if r.random() < 0.7:
                        parts.append(self.hsent(c, cd))
                        codes.append(cd)
                if r.random() < 0.5:
                    dur = r.randint(3900, 9800)
                    t = self.open_time(d).replace(hour=r.randint(9, 14))
                    self.inbound(c, t, parts, codes, ch=ch, kind="harasser", long_call=True, dur=dur)
                else:
                    t = self.open_time(d).replace(hour=9, minute=r.randint(5, 40))
                    for k in range(3):
                        dur = r.randint(2700, 3500)
                        p = parts if k == 0 else [r.choice(LOOP[lang]), r.choice(LOOP[lang])]
                        self.inbound(c, t, p, codes if k == 0 else [], ch="phone", kind="harasser", long_call=True, dur=dur)
                        t = t + timedelta(seconds=dur + r.randint(300, 1500))

    # ---------------- stateful rules (applied to every customer)
    def stateful_flags(self, evs):
        inb = sorted([e for e in evs if e["direction"] == "inbound"], key=lambda e: e["_t"])
        flags = []
        # repetition: >=3 inbound events carrying the same demand key within 7 days
        byk = {}
        for e in inb:
            if e.get("_rep"):
                byk.setdefault(e["_rep"], []).append(e["_t"])
        for k, ts in byk.items():
            for i in range(len(ts)):
                if sum(1 for t in ts[i:] if t - ts[i] <= timedelta(days=7)) >= 3:
                    flags.append("repetition")
                    break
            if "repetition" in flags:
                break
        # off-hours: >=4 inbound contacts outside support hours, on >=3 distinct JST days, within 14 days
        off = [e["_t"] for e in inb if not self.is_open(e["_t"])]
        for i in range(len(off)):
            w = [t for t in off[i:] if t - off[i] <= timedelta(days=14)]
            if len(w) >= 4 and len({t.astimezone(JST).date() for t in w}) >= 3:
                flags.append("off_hours_contact")
                break
        # flood: >=6 inbound contacts within 60 minutes
        ts = [e["_t"] for e in inb]
        for i in range(len(ts)):
            if sum(1 for t in ts[i:] if t - ts[i] <= timedelta(minutes=60)) >= 6:
                flags.append("contact_flood")
                break
        # prolonged: a phone/visit >= 3600 s, or >= 7200 s cumulative on one JST day
        perday = {}
        for e in evs:
            if e["channel"] in ("phone", "visit") and e.get("duration_s"):
                dd = e["_t"].astimezone(JST).date()
                perday[dd] = perday.get(dd, 0) + e["duration_s"]
                if e["duration_s"] >= 3600 and "prolonged_contact" not in flags:
                    flags.append("prolonged_contact")
        if "prolonged_contact" not in flags and any(v >= 7200 for v in perday.values()):
            flags.append("prolonged_contact")
        return flags

    def run(self, outdir):
        r = self.r
        N_NORMAL, N_LEGIT, N_HAR = 298, 44, 60
        profiles = ["normal"] * N_NORMAL + ["legit_complainer"] * N_LEGIT + ["harasser"] * N_HAR
        r.shuffle(profiles)
        seen = set()
        custs = []
        for i, p in enumerate(profiles):
            while True:
                c = self.make_customer(i, p)
                if c["id"] not in seen:
                    break
            seen.add(c["id"])
            custs.append(c)
        hs = [c for c in custs if c["profile"] == "harasser"]
        for j, c in enumerate(hs):
            prim = ALL_CODES[j % 15]
            content = [prim] if prim in CONTENT else []
            stateful = [prim] if prim in STATEFUL else []
            sec = CONTENT[(j * 4 + 5) % 11]
            if sec not in content and r.random() < 0.8:
                content.append(sec)
            for _ in range(r.choice([0, 0, 1, 1])):
                x = r.choice(CONTENT)
                if x not in content:
                    content.append(x)
            if prim in STATEFUL and not content and r.random() < 0.7:
                content.append(r.choice(["pressure_language", "excessive_demand", "abusive_language", "staff_naming"]))
            if j % 5 == 2:
                x = STATEFUL[(j // 5) % 4]
                if x not in stateful:
                    stateful.append(x)
            c["content"], c["stateful"] = content, stateful
        for c in custs:
            start = len(self.events)
            if c["profile"] == "normal":
                self.gen_normal(c)
            elif c["profile"] == "legit_complainer":
                self.gen_legit(c)
            else:
                self.gen_harasser(c, c["content"], c["stateful"])
            c["_evs"] = self.events[start:]
        # clamp to quarter
        lo = datetime(2027, 7, 1, 0, 0, tzinfo=JST)
        hi = datetime(2027, 10, 1, 0, 0, tzinfo=JST)
        for e in self.events:
            assert lo <= e["_t"] < hi, e
        self.events.sort(key=lambda e: (e["_t"], e["_n"]))
        coded = [e["text"] for e in self.events if e["event_id"] in self.labels]
        assert len(coded) == len(set(coded)), "duplicate harassing text"
        out_c = {}
        for c in custs:
            content = sorted({cd for e in c["_evs"] for cd in self.labels.get(e["event_id"], [])}, key=ALL_CODES.index)
            fl = self.stateful_flags(c["_evs"])
            beh = content + [x for x in STATEFUL if x in fl]
            if c["profile"] != "harasser":
                assert not beh, (c["id"], c["profile"], beh)
            else:
                assert beh, c
                for s in c["stateful"]:
                    assert s in fl, (c["id"], s, fl)
            out_c[c["id"]] = {"profile": c["profile"], "behaviors": beh}
        self.write(outdir, custs, out_c)

    def write(self, outdir, custs, out_c):
        os.makedirs(outdir, exist_ok=True)
        keys = ["event_id", "occurred_at", "channel", "direction", "customer_id", "agent_id", "duration_s",
                "subject", "text", "language", "thread_id", "source"]
        with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8") as f:
            for e in self.events:
                o = {k: e[k] for k in keys if k in e}
                f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
        prof = {}
        for v in out_c.values():
            prof[v["profile"]] = prof.get(v["profile"], 0) + 1
        cpc = {k: sum(1 for v in out_c.values() if k in v["behaviors"]) for k in ALL_CODES}
        epc = {k: sum(1 for v in self.labels.values() if k in v) for k in CONTENT}
        chan = {}
        lang = {}
        for e in self.events:
            chan[e["channel"]] = chan.get(e["channel"], 0) + 1
            lang[str(e["language"])] = lang.get(str(e["language"]), 0) + 1
        meta = {
            "seed": SEED, "generator": "stream10/gen.py", "customers": len(out_c),
            "start": "2027-07-01", "end": "2027-09-30",
            "businesses": {b: BUS[b]["en"] for b in BKEYS},
            "counts": {"events": len(self.events), "events_inbound": sum(1 for e in self.events if e["direction"] == "inbound"),
                       "events_with_content_label": len(self.labels), "profiles": prof,
                       "customers_per_code": cpc, "events_per_content_code": epc,
                       "channels": chan, "languages": lang},
            "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                         "closed_days_in_range": [d.isoformat() for d in HOLIDAYS],
                         "notes": "2027 national holidays in Q3: 07-19 Marine Day, 08-11 Mountain Day, 09-20 Respect for the Aged Day, "
                                  "09-23 Autumnal Equinox. Obon (08-13..08-16) is NOT a closed day in the contract calendar; "
                                  "Silver Week = 09-18..09-20 (Sat-Mon) plus 09-23."},
            "stateful_rules": {
                "repetition": "inbound events of one customer restating the same concrete demand (same demand core, reworded "
                              "with 'again / as I said / this is the Nth time') >= 3 times within 7 days",
                "off_hours_contact": ">= 4 inbound contacts outside Mon-Fri 09:00-18:00 JST (or on a closed day) falling on "
                                     ">= 3 distinct JST days within 14 days; a single night-time burst is contact_flood, not this",
                "contact_flood": ">= 6 inbound contacts (any channel, including hang-up calls) within 60 minutes",
                "prolonged_contact": "one phone call or visit >= 3600 s, or >= 7200 s cumulative phone/visit time on one JST day",
                "content_labels": "one sentence = one code; '至急/urgent' alone is not pressure_language; naming staff politely, "
                                  "reading online reviews, refunds the terms allow are not harassment",
                "applied_to": "all customers; normal and legit_complainer customers never meet any rule (asserted)"},
            "agents": {a: {"business": v["business"], "name": v["en"]} for a, v in sorted(self.agents.items())},
        }
        lab = {"events": {k: self.labels[k] for k in sorted(self.labels)},
               "customers": {k: out_c[k] for k in sorted(out_c)}, "meta": meta}
        with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1, sort_keys=False)
            f.write("\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out"
    Gen().run(out)


if __name__ == "__main__":
    main()
