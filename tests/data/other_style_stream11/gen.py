#!/usr/bin/env python3
"""Blind labelled contact-event stream, 2027 Q4, multi-business contact centre.

Usage: python3 gen.py OUTDIR   -> OUTDIR/events.jsonl, OUTDIR/labels.json
Standard library only; fixed seed 111111; output is byte-identical across runs.
"""
import sys, os, json, random, hashlib
import datetime as dt

SEED = 111111
JST = dt.timezone(dt.timedelta(hours=9))
START = dt.datetime(2027, 10, 1, tzinfo=JST)
END = dt.datetime(2028, 1, 1, tzinfo=JST)
CLOSED = [dt.date(2027, 10, 11), dt.date(2027, 11, 3), dt.date(2027, 11, 23),
          dt.date(2027, 12, 29), dt.date(2027, 12, 30), dt.date(2027, 12, 31)]
BLACK_FRIDAY = dt.date(2027, 11, 26)
CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
           "abusive_language", "legal_threat", "online_defamation_threat", "sexual_harassment",
           "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
RULES = {
    "repetition": "same demand (same issue, same ask) restated in >=4 inbound contact episodes within 7 days; contacts less than 2 h apart merge into one episode, so a single burst never counts as repetition",
    "off_hours_contact": ">=4 inbound contacts outside the support calendar (Mon-Fri 09:00-18:00 JST, not on national holidays or the 12-29..01-03 closure) within any 14-day window",
    "contact_flood": ">=6 inbound contacts (any channel) within any 60-minute window",
    "prolonged_contact": "a single phone call or visit of >=3600 s, or >=5400 s of phone+visit time summed over one JST calendar day",
}

AGENT_NAMES = ["佐藤|Sato", "鈴木|Suzuki", "高橋|Takahashi", "田中|Tanaka", "伊藤|Ito", "渡辺|Watanabe",
               "山本|Yamamoto", "中村|Nakamura", "小林|Kobayashi", "加藤|Kato", "吉田|Yoshida", "山田|Yamada",
               "佐々木|Sasaki", "山口|Yamaguchi", "松本|Matsumoto", "井上|Inoue", "木村|Kimura", "林|Hayashi",
               "斎藤|Saito", "清水|Shimizu", "山崎|Yamazaki", "森|Mori", "池田|Ikeda", "橋本|Hashimoto",
               "阿部|Abe", "石川|Ishikawa", "前田|Maeda", "藤田|Fujita", "小川|Ogawa", "岡田|Okada",
               "後藤|Goto", "長谷川|Hasegawa", "村上|Murakami", "近藤|Kondo", "石井|Ishii", "坂本|Sakamoto",
               "遠藤|Endo", "青木|Aoki", "藤井|Fujii", "西村|Nishimura"]
AGENTS = {"agt-%03d" % (i + 1): n for i, n in enumerate(AGENT_NAMES)}

# ---------------------------------------------------------------- businesses
BIZ = {
 "power": dict(
  ja="あかつき電力ガス", en="Akatsuki Power & Gas", weight=1.3,
  normal_ja=["引っ越しに伴い、電気とガスの使用開始の手続きをお願いしたいです。",
             "検針票をWebで確認する方法を教えてください。",
             "口座振替からクレジットカード払いに変更できますか。",
             "冬の電気代を抑えるプランはありますか。オール電化向けのものが知りたいです。",
             "ガスの開栓立ち会いの日程を変更したいのですが、空いている日はありますか。",
             "今月の請求書の内訳で「燃料費調整額」が何のことか分かりません。",
             "給湯器の点検のお知らせが届いたのですが、これは御社からのものですか？",
             "名義変更（父から私へ）に必要な書類を教えてください。"],
  normal_en=["I'm moving to Setagaya next month - how do I transfer my electricity contract?",
             "Can I get my monthly bill in English?",
             "What's the difference between your standard plan and the time-of-use plan?",
             "I need to schedule the gas opening appointment, is Saturday possible?",
             "How do I read the meter number on the bill? Want to register online.",
             "Is there a paperless billing discount?"],
  legit_ja=["先月の請求額が前年同月の3倍になっています。検針ミスではないでしょうか。納得できないので、きちんと調べてください。",
            "停電の復旧見込みを三回問い合わせましたが、三回とも違う答えでした。いったいどれが本当なんですか。冷蔵庫の中身が全部だめになりました。",
            "解約したはずの旧住所の基本料金がまだ引き落とされています。規約どおり返金してください。",
            "開栓の立ち会いに半日休みを取って待っていたのに、誰も来ませんでした。連絡もなし。正直かなり腹が立っています。",
            "メーター交換の後から明らかに数値がおかしい。担当の方の説明も二転三転して不信感しかありません。再検査をお願いします。"],
  legit_en=["My bill doubled and nobody can explain why. I want a meter check and a corrected invoice, please.",
            "You cut off my gas even though I paid on time - I have the bank receipt. This is really not okay. Please restore it today and refund the reconnection fee.",
            "I cancelled my contract at the old address in August and I'm STILL being charged. Refund the overcharge, as your own terms say.",
            "Third time asking: the technician never showed up for the opening appointment. I took a day off for this. Very frustrated."],
  ctx_ja=["請求額が急に上がった件", "停電が半日続いた件", "開栓に誰も来なかった件", "メーター交換後の請求の件", "解約手続きが遅れた件"],
  ctx_en=["the bill that suddenly doubled", "the half-day outage", "the no-show technician", "the meter replacement mess"],
  exc_ja=["今年度の電気代とガス代、全部タダにしてもらえますよね？", "停電で迷惑かけたんだから、冷蔵庫を新品で弁償するのが筋でしょう。",
          "向こう三年間、基本料金はゼロにしてくれ。それで手を打ってやる。"],
  exc_en=["I expect the whole winter's bills waived, not some little discount.",
          "Buy me a new fridge and a new TV. The outage obviously broke them, I don't need to prove it."],
  rep=[("ガスの開栓日を今週中に前倒ししてほしい", "move my gas opening appointment up to this week", []),
       ("延滞金を含めて先月分を全額免除してほしい", "waive last month's bill entirely, late fee and all", ["excessive_demand"])]),
 "card": dict(
  ja="みなとカード", en="Minato Card", weight=1.3,
  normal_ja=["利用限度額の一時増額はできますか。旅行で使う予定です。",
             "カードの暗証番号を忘れてしまいました。再設定の方法を教えてください。",
             "ポイントをマイルに交換したいのですが、手数料はかかりますか。",
             "家族カードを追加で発行したいです。",
             "ブラックフライデーのキャンペーンでポイント5倍と聞きましたが、エントリーは必要ですか。",
             "リボ払いから一括払いに変更したいのですが、締め日はいつですか。",
             "海外で使ったときの為替レートはいつの時点のものになりますか。",
             "引っ越したので登録住所を変更したいです。"],
  normal_en=["Do I need to register for the Black Friday 5x points campaign?",
             "My card is about to expire, when will the new one arrive?",
             "How do I set up Apple Pay with this card?",
             "Can you raise my limit temporarily for a trip to Korea?",
             "I'd like to add a family card for my wife.",
             "Where can I download my statement as a PDF?"],
  legit_ja=["身に覚えのない海外の利用が3件あります。すぐに止めてもらったのはいいですが、補償の手続きがいつまでたっても進みません。規約の不正利用補償をきちんと適用してください。",
            "ブラックフライデーのポイント5倍がついていません。エントリーの画面も保存してあります。正直がっかりしています。",
            "解約した年会費がまた請求されています。これで二回目です。返金してください。",
            "コールセンターが45分つながりませんでした。カードを止めたい緊急の用件だったのに、これでは意味がないと思います。",
            "一括で払ったはずがリボ扱いになっていて手数料が取られています。設定した覚えはありません。調査と返金をお願いします。"],
  legit_en=["There are three charges from a shop in Lisbon I never visited. Please reverse them under your fraud protection - it's been two weeks.",
            "The Black Friday points bonus never showed up, and I registered. Honestly disappointed. Please fix it.",
            "I was charged the annual fee again after cancelling. Second time. Refund please.",
            "Waited 50 minutes on hold to report a lost card. That is a real security problem on your side."],
  ctx_ja=["不正利用の補償の件", "年会費の件", "ポイントがつかない件", "リボ払いの手数料の件", "限度額を下げられた件"],
  ctx_en=["the fraud charges", "the annual fee", "the missing Black Friday points", "the revolving interest", "my limit being cut"],
  exc_ja=["年会費は今後ずっと無料、それとお詫びに10万ポイントつけてください。", "リボの手数料だけじゃなくて、これまで払った利息を全部返せ。",
          "ゴールドカードに無審査で切り替えてくれたら許してあげる。"],
  exc_en=["Make my card free for life and throw in 100,000 points for my trouble.",
          "Upgrade me to Platinum without the screening, that's the least you can do."],
  rep=[("リボの手数料を全額返金してほしい", "refund every yen of revolving interest I ever paid", ["excessive_demand"]),
       ("不正利用の調査結果を今すぐ教えてほしい", "tell me the result of the fraud investigation", [])]),
 "auto": dict(
  ja="東和モータース サービス工場", en="Towa Motors Service Center", weight=1.0,
  normal_ja=["車検の予約をしたいです。11月の平日で空いている日はありますか。",
             "スタッドレスタイヤへの交換はいくらかかりますか。",
             "オイル交換だけでも予約は必要でしょうか。",
             "代車は軽自動車になりますか。子どもが二人いるので少し大きい車が助かるのですが。",
             "12か月点検のお知らせが届きました。土曜日に持ち込みは可能ですか。",
             "年末は何日まで営業していますか。",
             "警告灯が一瞬点いてすぐ消えました。点検してもらった方がいいですか。",
             "見積書をメールで送っていただけますか。"],
  normal_en=["I'd like to book a shaken inspection in November.",
             "How much for switching to winter tyres?",
             "Is a loaner car available during the repair?",
             "The check engine light came on briefly - should I bring it in?",
             "Could you send the estimate by email in English?"],
  legit_ja=["先週修理してもらったばかりなのに、同じ異音がまた出ています。ちゃんと直っていないと思います。保証の範囲で再修理してください。",
            "見積もりでは3万円と聞いていたのに、請求は7万円でした。事前に一言もありませんでした。説明してください。",
            "引き取りの約束の時間に2時間遅れてきて、謝罪もなかった。工場の管理はどうなっているんですか。",
            "車検から戻ってきた車のバンパーに傷がついています。預ける前はなかった。写真もあります。対応をお願いします。",
            "部品の入荷待ちと言われてもう3週間です。通勤に車が必要なので、いつになるのかはっきり教えてください。"],
  legit_en=["The noise came back two days after you 'fixed' it. Please redo the repair under warranty.",
            "The estimate said 30,000 yen, the invoice says 70,000 and nobody called me first. Please explain.",
            "There's a new scratch on my bumper after the inspection. I have photos from before. Please deal with it.",
            "Three weeks waiting for a part with no update. I need the car for work. A real date please."],
  ctx_ja=["修理後も異音が直らない件", "見積もりより高い請求の件", "バンパーの傷の件", "部品の入荷が遅れている件", "代車の件"],
  ctx_en=["the repair that didn't fix anything", "the surprise invoice", "the scratched bumper", "the part delay"],
  exc_ja=["代車はレクサスを用意して、修理が終わるまで無期限で貸してください。", "修理代は全額タダ、ついでに次の車検も無料にしてもらう。",
          "この車、新車に交換してくれるんですよね？当然ですよね？"],
  exc_en=["I want a brand-new car, not a repair. Same model, this year's version.",
          "Give me a luxury loaner for as long as I like and waive the whole bill."],
  rep=[("修理代を全額無料にしてほしい", "make the entire repair free", ["excessive_demand"]),
       ("部品の入荷日を確定してほしい", "give me a fixed arrival date for the part", [])]),
 "travel": dict(
  ja="たびまど旅行", en="Tabimado Travel", weight=1.2,
  normal_ja=["年末年始の沖縄ツアー、キャンセル料はいつからかかりますか。",
             "ブラックフライデーセールのハワイ便、まだ空きはありますか。",
             "パスポートの名前とローマ字の綴りが違っていました。予約の修正をお願いします。",
             "旅行保険は後から追加できますか。",
             "子ども料金は何歳から大人料金になりますか。",
             "集合場所と時間をもう一度教えてください。",
             "海外ツアーの最少催行人数に達したかどうか知りたいです。",
             "領収書の宛名を会社名にしてもらえますか。"],
  normal_en=["Is the Black Friday Hokkaido package still available for Dec 20?",
             "Can I change the name on my booking? My friend can't come.",
             "What's your cancellation policy for the Kyoto day tour?",
             "Do you have English-speaking guides for the Nikko tour?",
             "Can I add travel insurance after booking?",
             "My flight time changed - does the hotel transfer adjust automatically?"],
  legit_ja=["出発の前日に催行中止の連絡が来ました。有給も取っていたのに。規約に基づいて全額返金と、振替の提案をお願いします。",
            "予約したはずのホテルに行ったら、予約が入っていないと言われました。夜中に別のホテルを探す羽目になりました。差額の返金をお願いします。",
            "ブラックフライデー価格で予約したのに、確認メールは通常料金になっていました。画面のキャプチャがあります。正しい料金に直してください。",
            "添乗員の案内が間違っていてバスに乗り遅れました。自腹でタクシーを使ったので、その分は負担していただけないでしょうか。",
            "返金の手続きが一か月たっても終わっていません。いつ振り込まれるのか、はっきりした日付を教えてください。"],
  legit_en=["You cancelled the tour the day before departure. Your own terms say full refund - please process it and tell me the date.",
            "The hotel had no record of my booking. I had to find another room at midnight. Please refund the difference.",
            "I booked at the Black Friday price but the confirmation shows full price. I have screenshots. Please correct it.",
            "It's been a month and my refund still hasn't arrived. I'm getting really fed up. When exactly?"],
  ctx_ja=["ホテルの予約が取れていなかった件", "催行中止の件", "ブラックフライデー料金の件", "返金が遅れている件", "添乗員の案内ミスの件"],
  ctx_en=["the hotel that had no booking", "the cancelled tour", "the Black Friday price", "the late refund"],
  exc_ja=["次の旅行は全部そっち持ちで、ファーストクラスでお願いしますね。", "迷惑料として旅行代金の倍額を振り込んでください。",
          "年末の一番高いツアーに無料で招待するのが誠意ってもんでしょう。"],
  exc_en=["I want the whole trip refunded AND a free business-class trip to make up for it.",
          "Pay me double the tour price as compensation for the stress."],
  rep=[("キャンセル料をゼロにしてほしい", "waive the cancellation fee completely", ["excessive_demand"]),
       ("返金がいつ振り込まれるか教えてほしい", "tell me when the refund will hit my account", [])]),
 "school": dict(
  ja="まなびオンラインスクール", en="Manabi Online School", weight=1.0,
  normal_ja=["受講期間の延長はできますか。仕事が忙しくて予定どおり進められていません。",
             "ログインできなくなりました。パスワードの再設定をお願いします。",
             "修了証はいつ発行されますか。",
             "スマホのアプリでも動画は見られますか。",
             "講師の変更を希望したいのですが、手続きを教えてください。",
             "冬期講座の申し込み締め切りはいつですか。",
             "分割払いに変更できますか。",
             "ライブ授業の録画はあとから見られますか。"],
  normal_en=["Can I pause my subscription for a month? I'm travelling.",
             "How do I download the certificate of completion?",
             "The video player freezes on Safari. Any workaround?",
             "Is there a discount for the winter course if I pay for a year?",
             "Can I switch my tutor to someone in a different time zone?",
             "When is the deadline to submit the final assignment?"],
  legit_ja=["ライブ授業が3回連続で講師の都合でキャンセルになりました。振替もなし。さすがにひどいと思います。規約にある振替か返金をお願いします。",
            "解約手続きをしたのに翌月分が引き落とされました。返金してください。",
            "課題を提出したのに未提出扱いになっていて、修了できないと言われました。提出履歴のスクショがあります。確認してください。",
            "教材が届いていないまま講座が始まっています。これでは受講できません。",
            "サポートに何度メールしても自動返信しか来ません。人が読んでいるんでしょうか。"],
  legit_en=["Three live classes in a row were cancelled by the tutor with no make-up session. That's not what I paid for. Make-up lessons or a refund per your terms, please.",
            "I cancelled in October and was charged for November anyway. Refund please.",
            "My assignment shows as not submitted even though I have the upload confirmation. Please fix it before the deadline.",
            "I keep getting auto-replies only. Is anyone actually reading these? Getting annoyed."],
  ctx_ja=["ライブ授業のキャンセルの件", "二重引き落としの件", "課題が未提出扱いになった件", "講師の対応の件"],
  ctx_en=["the cancelled live classes", "the double charge", "my assignment marked missing", "the tutor"],
  exc_ja=["一年分の受講料を返金して、そのうえで受講は続けさせてもらいます。", "うちの子だけマンツーマンで毎日見てもらえますよね。追加料金なしで。",
          "修了試験、免除にしてください。こっちはお金払ってるんで。"],
  exc_en=["Refund the full year and let me keep access. That's fair after this.",
          "Just pass me on the final exam. I paid, so I should get the certificate."],
  rep=[("全額返金してほしい（受講は継続）", "refund the whole year while keeping my access", ["excessive_demand"]),
       ("講師を変えてほしい", "assign me a different tutor", [])]),
 "ryokan": dict(
  ja="湯けむりの宿しらさぎ", en="Shirasagi Onsen Ryokan", weight=0.9,
  normal_ja=["12月の土曜日、二名で一泊の空きはありますか。",
             "貸切風呂は予約制でしょうか。",
             "夕食の時間を19時半に変更できますか。",
             "駅からの送迎バスは何時発ですか。",
             "子連れでも大丈夫なお部屋はありますか。",
             "年末年始の宿泊プランはいつから予約できますか。",
             "チェックアウト後に荷物を預かっていただけますか。",
             "忘れ物をしたようです。黒い手袋なのですが、届いていませんか。"],
  normal_en=["Do you have a room with a private open-air bath on Dec 18?",
             "Is the dinner kaiseki available in a vegetarian version?",
             "Are tattoos allowed in the private bath?",
             "What time is the last shuttle from the station?",
             "Can we check in late, around 21:00?",
             "I think I left my charger in room 203. Could you check?"],
  legit_ja=["予約していた露天風呂付きの部屋ではなく、普通の部屋に通されました。差額の返金をお願いします。",
            "夕食にアレルギーの食材が入っていました。事前に伝えていたのに。幸い大事には至りませんでしたが、きちんと調べて報告してください。",
            "部屋の掃除が行き届いておらず、髪の毛が落ちていました。楽しみにしていた分、残念でなりません。",
            "ネット予約の料金と現地で請求された料金が違いました。差額の説明をお願いします。",
            "送迎バスが来ず、寒い中40分待ちました。電話もつながりませんでした。"],
  legit_en=["We booked a room with a private outdoor bath and got a standard room. Please refund the difference.",
            "I told you about my shellfish allergy and it was in the dinner. I'm okay but please look into it seriously.",
            "The room wasn't clean - hair in the bath and on the futon. Really disappointing for the price.",
            "The shuttle never came and we waited 40 minutes in the cold. Nobody answered the phone."],
  ctx_ja=["部屋が予約と違った件", "夕食のアレルギーの件", "送迎バスが来なかった件", "清掃の件", "料金の差額の件"],
  ctx_en=["the wrong room", "the allergy at dinner", "the shuttle no-show", "the dirty room"],
  exc_ja=["宿泊代は全額返金、それから次回の特別室を二泊無料で。", "迷惑料として商品券10万円分を送ってください。",
          "家族四人分の交通費も全部払ってもらいますよ。"],
  exc_en=["Full refund plus two free nights in your best suite.", "Send me 100,000 yen in gift cards for ruining our anniversary."],
  rep=[("宿泊代を全額返金してほしい", "refund the entire stay", ["excessive_demand"]),
       ("部屋の差額を返金してほしい", "refund the room-type difference", [])]),
}
BIZ_KEYS = list(BIZ)

# ---------------------------------------------------------------- harassment banks
# {s}/{se}: a staff surname (ja/en); {biz}/{bize}: business name. One cue -> one code.
H = {
 "excessive_demand": dict(ja=[
   "誠意を見せるなら、慰謝料として20万円くらいは当然ですよね。",
   "返金だけで済むと思ってるんですか？迷惑料も上乗せしてくださいよ。",
   "今回の分だけじゃなく、去年の分までさかのぼって全部返してもらえますか。",
   "規約なんか知らんがな。こっちは客なんやから特別扱いして当然やろ。",
   "お詫びの品はそっちで考えて。安物だったら受け取らんからね。",
   "私の時間を何時間使わせたと思ってるの？時給換算して払ってよ。",
   "ほかの客はどうでもいいから、うちだけ優先して対応してちょうだい。",
   "規定の補償額？そんなはした金じゃ話にならない。桁が一つ違うでしょう。",
   "契約外とか言わないで、今回は無償でやってくれるんでしょ？",
   "交通費と休業補償、あと精神的苦痛の分も請求書に書いておきますね。",
   "ポイントなんかいらん。現金で30万、それで手打ちにしたるわ。",
   "今後ずっと割引価格にしてくれるなら、黙っておいてあげてもいいけど。"],
  en=[
   "A refund isn't enough. I want compensation for my time on top - let's say 200,000 yen.",
   "Rules are for other customers. I expect an exception, obviously.",
   "Why would I accept the standard compensation? Add a zero and we can talk.",
   "Refund everything back to last year, not just this month.",
   "Wouldn't it be reasonable to make all my future bookings free?",
   "I'll need you to cover my lost wages, taxis and a little something for the stress.",
   "Prioritize my case over everyone else's, I'm sure you can manage that.",
   "Gift cards won't cut it. Cash, and a lot of it."]),
 "apology_demand": dict(ja=[
   "口先だけの謝罪なんかいらない。社長の直筆で謝罪文を書かせなさい。",
   "土下座して謝るのが筋ってもんでしょう。",
   "責任者が菓子折り持って謝りに来るまで、この話は終わりませんから。",
   "謝罪文は手書きで、便箋三枚以上。印刷したものは認めません。",
   "あなたじゃ話にならない。上の人間が頭下げに来てよ。",
   "ちゃんと床に手ついて謝れるか、見せてもらおうじゃないの。",
   "ホームページに私宛ての謝罪文を載せてください。一か月は消さないで。",
   "家族全員の前で謝ってもらいますからね。",
   "謝罪が遅い。今日中に役員名義の謝罪文をFAXしてください。",
   "すんませんで済むかいな。誠心誠意、頭下げに来いや。"],
  en=[
   "I want a handwritten apology signed by your CEO. Not an email.",
   "Your manager should come to my house and apologize in person. On their knees would be nice.",
   "Post a public apology to me on your website, and leave it up.",
   "A 'we're sorry' from you means nothing. I want a formal written apology from the board.",
   "You will apologize in front of my whole family, is that clear?",
   "Print a full apology letter, sign it, stamp it, courier it today."]),
 "in_person_demand": dict(ja=[
   "電話じゃわからん。今すぐうちに来て説明しろ。",
   "担当者をこっちの会社まで寄越してください。明日の朝一で。",
   "直接会って話さないと気が済まないので、駅前の喫茶店に来てもらえますか。",
   "メールでのやりとりはもう結構です。対面でしか話しません。",
   "今日中に自宅まで来てもらえますよね？住所はわかってるでしょう。",
   "説明はいいから、責任者がこっちに出向いてくるのが当たり前やろ。",
   "そっちの事務所に行くんじゃなくて、あんたらが来るの。わかる？",
   "週末でもいいから、うちの玄関先まで来て話をしてください。"],
  en=[
   "Stop emailing me. Send someone to my home tonight to explain this face to face.",
   "I won't discuss this by phone. Your supervisor comes to my office tomorrow, 9am.",
   "Meet me in person at the station cafe. Today.",
   "I expect a staff member at my door this weekend. Don't make me ask twice.",
   "Why should I come to you? You come to me."]),
 "violence_threat": dict(ja=[
   "夜道には気をつけたほうがいいですよ。",
   "次に店に行ったとき、何するか自分でもわからんからな。",
   "あんたの事務所の場所、知ってるからね。",
   "殴られないとわからないのかな。",
   "そっちに乗り込んで机ひっくり返してやろうか。",
   "ただで済むと思うなよ。",
   "怪我人が出ても知らんで。",
   "うちの若いのを何人か連れて行きますんで、よろしく。",
   "こっちは失うものなんて何もないんだよ。",
   "車ごと突っ込んでやりたい気分だわ。"],
  en=[
   "You should be careful walking home at night.",
   "I know where your office is.",
   "Someone is going to get hurt if this isn't fixed.",
   "Keep this up and I'll come down there and wreck the place.",
   "Don't think you'll get away with this. I have nothing to lose.",
   "Maybe a visit from a few of my friends will help you understand."]),
 "abusive_language": dict(ja=[
   "頭悪いの？小学生でもわかる話だよ。",
   "あんたみたいなのが働いてるから会社が傾くんだよ。",
   "給料泥棒もいいとこだね。",
   "日本語通じてます？",
   "あなたと話してると知能が下がりそう。",
   "よくそんな仕事ぶりでお金もらえるね。恥ずかしくないの？",
   "役立たずは引っ込んでて。",
   "ほんま使えへんなあ、おたくの人ら。",
   "こんな簡単なこともできないなんて、親の顔が見てみたい。",
   "マニュアル読むしか能がないロボットかよ。",
   "生きてて楽しい？",
   "{s}さんって本当に無能ですね。"],
  en=[
   "Are you stupid or just pretending?",
   "A child could do your job better than you.",
   "You're completely useless, honestly.",
   "Do they hire people off the street there?",
   "Talking to you is a waste of oxygen.",
   "{se} is the most incompetent person I've ever dealt with.",
   "Pathetic. Just pathetic."]),
 "legal_threat": dict(ja=[
   "弁護士と相談して、損害賠償を請求させてもらいます。",
   "出るところに出ますよ。それでもいいんですね？",
   "消費者庁に通報しますから。",
   "監督官庁に全部報告するつもりです。それでいいですか？",
   "知り合いの弁護士に頼んで訴えることにした。覚悟しといて。",
   "裁判になったら困るのはそっちでしょう。",
   "国交省の運輸局に言えば、おたくの工場なんて一発でしょ。",
   "金融庁に苦情を入れたらどうなるか、わかってますよね。",
   "内容証明、送りつけますので。",
   "これ、訴訟になったら勝てると思ってる？"],
  en=[
   "My lawyer will be in touch about damages.",
   "I'll take you to court over this, and I will win.",
   "Shall I report you to the regulator? Because I will.",
   "You'll be hearing from my attorney. Consider this your warning.",
   "I'm filing a complaint with the Consumer Affairs Agency unless this is fixed today.",
   "See you in small claims court."]),
 "online_defamation_threat": dict(ja=[
   "この対応、全部録音してYouTubeに上げますから。",
   "Googleの口コミ、星1でびっしり埋めてやる。",
   "Xで{biz}の実名と一緒に晒しますね。",
   "知り合い全員に拡散してもらうから、評判ガタ落ちだよ。",
   "ブログにこのやりとりを全部載せるつもりです。",
   "担当者の名前、ネットに書いちゃってもいいよね？",
   "口コミサイトに書いたらどうなるか、わかってるやろ？",
   "今日のこと、TikTokで流したらバズるだろうなあ。",
   "もう投稿の下書きできてるから。送信ボタン押すだけ。"],
  en=[
   "I'm recording this and it's going on YouTube.",
   "I'll leave one-star reviews on every site I can find.",
   "Everyone on X is going to hear about {bize}, with your name in it.",
   "I've already drafted the post. One click and it goes viral.",
   "Let's see how your reviews look after I'm done with them.",
   "I'll expose this whole conversation online, names included."]),
 "sexual_harassment": dict(ja=[
   "声かわいいね。彼氏いるの？",
   "担当の女の子、今度一緒に飲みに行こうよ。",
   "電話の声が色っぽいから、もう少し話してたいな。",
   "どんな格好で仕事してるの？",
   "{s}さんってスタイルいいんでしょ？声でわかるよ。",
   "デートしてくれたら、クレームは取り下げてあげる。",
   "今日の下着の色、教えてよ。",
   "一緒に温泉入ってくれたら許してあげるよ。"],
  en=[
   "Your voice is really sexy, are you single?",
   "Go out for drinks with me and I'll drop the complaint.",
   "What are you wearing right now?",
   "{se} sounds cute. Does she have a boyfriend?",
   "Come to my room later and we can discuss a discount, just us two."]),
 "privacy_intrusion": dict(ja=[
   "{s}さんって何時に上がるの？出口で待ってるから。",
   "担当の人の個人のLINE教えてください。",
   "{s}さんの住んでる駅ぐらい教えてくれてもいいでしょう。",
   "この前、{s}さんが駅のホームにいるの見かけたよ。",
   "店の前で{s}さんの写真撮っちゃった。",
   "{s}さん、休みの日はどこに行ってるの？",
   "担当者の自宅の電話番号を教えなさい。",
   "{s}さんのインスタ見つけたよ。"],
  en=[
   "What time does {se} finish work? I'll wait outside.",
   "Give me {se}'s personal phone number.",
   "I saw {se} at the station yesterday, by the way.",
   "I took a few photos of your staff at the counter. Nice to have.",
   "Which neighbourhood does {se} live in? Just curious.",
   "I found {se}'s Instagram. Cute dog."]),
 "staff_naming": dict(ja=[
   "{s}を出せ。{s}以外とは話さない。",
   "{s}さんを担当から外してください。今すぐ。",
   "{s}をクビにしろ。それが条件だ。",
   "前回の{s}さんに代わってもらえます？いないなら折り返させて。",
   "{s}って人、まだそこで働いてるの？辞めさせてよ。",
   "{s}さんに直接対応させてください。他の人は結構です。",
   "また{s}か。{s}の上司を出してください、名前もフルネームで。",
   "とにかく{s}さんを電話口に出してくださいね。"],
  en=[
   "Put {se} on the phone. Nobody else.",
   "I want {se} fired. That's my condition.",
   "Take {se} off my case immediately.",
   "Is {se} still working there? Get rid of them.",
   "Only {se} is allowed to handle my account from now on.",
   "Transfer me to {se}'s boss, and give me their full name."]),
 "pressure_language": dict(ja=[
   "今すぐ対応しろ。今すぐだ。",
   "これのせいで仕事にならないんですよ。",
   "致命的なミスですよ、わかってます？",
   "多大な損害が出てるんだけど、どうしてくれるの。",
   "一分一秒でも早く。言い訳は聞きたくない。",
   "今日中に片付かないなら、こっちの損失は全部そっちのせいですから。",
   "待たされるたびに損害が膨らんでるんですけど。",
   "いますぐ、なう。はよせえ。",
   "どう責任取るつもりなんですか、答えてください。"],
  en=[
   "Fix it NOW. Not tomorrow, now.",
   "This is completely unacceptable and I can't work because of you.",
   "This is a catastrophic failure on your part.",
   "Every minute you waste costs me a fortune.",
   "I want this resolved today, no excuses, no 'we'll check'.",
   "How exactly are you going to take responsibility for this?"]),
}

# repetition prefixes (no content code by themselves)
REP_PRE_JA = ["何度も言ってますが、", "前回も申し上げましたが、", "昨日も電話しましたけど、", "もう{n}回目ですが、",
              "改めてお願いします。", "繰り返しになりますが、", "しつこいと思われても言います。", "同じことを言わせないでほしいんですが、",
              "先日の件、まだ返事がないので再度。", "念のためもう一度書きます。"]
REP_PRE_EN = ["Again, ", "For the {n}th time: ", "As I said yesterday, ", "Repeating my request: ", "I'll say it once more. ",
              "Still waiting, so once again: ", "Same request as before - ", "I don't want to keep writing this, but "]
URGENT_JA = ["【至急】", "緊急です。", "至急ご確認ください。", "急ぎで対応お願いします。", "大至急", "【緊急】至急返信ください"]
URGENT_EN = ["URGENT: ", "[Urgent] ", "Emergency - ", "Please reply ASAP. ", "Time-sensitive: "]
FLOOD_JA = ["まだですか？", "返事は？", "おーい", "見てる？", "早く", "既読スルー？", "ねえ", "電話つながらないんだけど",
            "もう一回送ります", "いつまで待たせるの", "？？？", "返信ください", "担当者いないの？", "さっきの件"]
FLOOD_EN = ["hello??", "anyone there", "still waiting", "reply please", "??", "why no answer", "hello", "calling again",
            "sending this again", "ANSWER", "are you ignoring me", "ping"]

CUST_JA = ["田村", "中島", "原", "小野", "竹内", "金子", "和田", "中野", "石田", "上田", "森田", "柴田", "酒井", "工藤",
           "横山", "宮崎", "宮本", "内田", "高木", "安藤", "谷口", "大野", "丸山", "今井", "河野", "藤原", "小島", "松田"]
CUST_EN = ["John Miller", "Emma Clarke", "Raj Patel", "Sophie Martin", "Liam O'Brien", "Chen Wei", "Maria Santos",
           "Tom Becker", "Aisha Khan", "Lucas Moreau", "Hannah Kim", "Daniel Reyes", "Olivia Brown", "Nguyen Van An",
           "Priya Nair", "Ben Carter", "Mia Schmidt", "Kenji Tanaka-Wood", "Sara Lindqvist", "Marco Rossi"]
NEAR_JA = ["ネットの口コミで評判を見て申し込みました。", "前回の{s}さんの対応がとても丁寧で助かりました。", "急ぎではありません。",
           "致命的な問題ではないのですが、少し気になったので。", "領収書は顧問の弁護士事務所宛てでお願いします。",
           "SNSで見たキャンペーンの件です。", "寒くて死にそうな日が続きますね。", "担当の{s}さんから折り返しの予定と伺っています。"]
NEAR_EN = ["I read a few reviews online before signing up.", "{se} was really helpful last time, please pass on my thanks!",
           "No rush on this.", "Saw your post on Instagram about this.", "The invoice should go to my lawyer's office, please.",
           "That Black Friday deal was killer, by the way.", "{se} said someone would call me back."]
LEGIT_FU_JA = ["先日の件、まだ返事がありません。いつ頃になりますか。", "前回お問い合わせした件です。状況を教えてください。",
               "正直、対応の遅さにうんざりしています。早めの回答をお願いします。", "二度目の連絡です。きちんと確認していただけていますか。",
               "話が進まないので、責任者の方から説明をいただけますか。", "説明が担当ごとに違うので、書面で整理して送ってください。"]
LEGIT_FU_EN = ["Following up on my earlier message - any update?", "This is my second email about this. Please respond.",
               "I'm honestly getting tired of waiting. When can I expect an answer?",
               "Could a supervisor look at this? Every agent tells me something different.",
               "Please send me a written summary of what happens next."]
AG_JA = ["恐れ入ります、ただいま確認いたします。", "大変申し訳ございません。", "規定上、そちらはお受けいたしかねます。",
         "上の者と相談のうえ、折り返しご連絡いたします。", "ご不便をおかけしております。", "お気持ちは承知いたしました。",
         "恐れ入りますが、会員番号をお伺いできますか。", "そのご要望にはお応えできかねます。"]
AG_EN = ["Let me check that for you.", "I'm sorry for the trouble.", "I'm afraid that's not something we can offer.",
         "I'll consult my supervisor and call you back.", "I understand.", "May I have your customer number?",
         "We're unable to meet that request."]
REPLY_JA = ["お問い合わせいただきありがとうございます。確認のうえ、改めてご連絡いたします。",
            "ご連絡ありがとうございます。ご依頼の件、手続きが完了いたしました。",
            "ご不便をおかけし申し訳ございません。担当部署にて調査しております。",
            "お問い合わせの件につきまして、規定に沿ってご案内いたします。詳細は添付をご確認ください。"]
REPLY_EN = ["Thank you for contacting us. We are looking into this and will get back to you shortly.",
            "Thanks for your message - the change has been completed.",
            "We apologise for the inconvenience. Our team is investigating.",
            "Please find our answer, based on our terms, in the attached document."]
SPK_JA = [("担当", "客"), ("オペレーター", "お客様"), ("OP", "C"), ("[応対者]", "[顧客]"), ("受付", "発信者"), ("A", "B")]
SPK_EN = [("Agent", "Customer"), ("Rep", "Caller"), ("AGT", "CUST"), ("Operator", "Client"), ("A", "C")]
VISIT_SPK = {"auto": ("サービス受付", "来店客", "Service desk", "Visitor"), "ryokan": ("フロント", "お客様", "Front desk", "Guest")}
CATS_JA = ["お問い合わせフォーム：ご契約", "お問い合わせフォーム：ご請求", "お問い合わせフォーム：苦情・ご意見", "お問い合わせフォーム：その他", "ご予約について"]
CATS_EN = ["Contact form: Account", "Contact form: Billing", "Contact form: Feedback", "Contact form: Other", "Booking enquiry"]
SUBJ_JA = ["お問い合わせ", "ご相談", "至急", "請求について", "Re: ご連絡", "確認のお願い", "【重要】", "件名なし"]
SUBJ_EN = ["Question", "Complaint", "Re: your email", "Billing", "Booking", "Follow-up", "URGENT", "(no subject)"]
SNS_HANDLE = {"power": "@akatsuki_pg", "card": "@minato_card", "auto": "@towa_service", "travel": "@tabimado",
              "school": "@manabi_online", "ryokan": "@shirasagi_yu"}

rng = random.Random(SEED)


def is_open(t):
    t = t.astimezone(JST)
    return t.weekday() < 5 and t.date() not in CLOSED and 9 <= t.hour < 18


def day_at(d, h, m, s=None):
    return dt.datetime(d.year, d.month, d.day, h, m, rng.randint(0, 59) if s is None else s, tzinfo=JST)


def rand_day(lo=0, hi=91):
    return (START + dt.timedelta(days=rng.randint(lo, hi))).date()


def open_time_on_or_after(d):
    while True:
        if d.weekday() < 5 and d not in CLOSED:
            return day_at(d, rng.randint(9, 17), rng.randint(0, 55))
        d += dt.timedelta(days=1)


def off_time_near(d):
    """an off-hours instant on day d (evening/night/weekend/holiday)"""
    t = d.weekday() >= 5 or d in CLOSED
    if t and rng.random() < 0.5:
        return day_at(d, rng.choice([7, 8, 10, 13, 15, 19, 20, 22]), rng.randint(0, 59))
    h = rng.choice([18, 19, 20, 21, 22, 23, 23, 0, 1, 2, 5, 6, 7])
    if h == 18:
        return day_at(d, 18, rng.randint(20, 59))
    return day_at(d, h, rng.randint(0, 59))


def fmt_ts(t, src):
    if src in ("mail-gw", "sns-dm") or (src == "web-form" and rng.random() < 0.2):
        u = t.astimezone(dt.timezone.utc)
        if rng.random() < 0.5:
            return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999)
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    if src == "chat-widget":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+09:00" % rng.randint(0, 999)
    return t.strftime("%Y-%m-%dT%H:%M:%S+09:00")


def typo_en(text):
    words = text.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if cand:
        i = rng.choice(cand)
        w = words[i]
        j = rng.randint(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if rng.random() < 0.6 else w[:j] + w[j + 1:]
    out = " ".join(words)
    if rng.random() < 0.3:
        out = out.lower()
    return out


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def typo_ja(text):
    r = rng.random()
    if r < 0.3:
        text = text.replace("。", "．")
    elif r < 0.5:
        text = text.replace("。", "")
    elif r < 0.7:
        text = text.translate(FW)
    if rng.random() < 0.25:
        text += rng.choice(["ｗ", "…", "！！", "😡", "。。。", "💢", "🙄"])
    return text


def fill(s, c, staff):
    ja, en = AGENTS[staff].split("|")
    b = BIZ[c["biz"]]
    return s.replace("{s}", ja).replace("{se}", en).replace("{biz}", b["ja"]).replace("{bize}", b["en"])


def ctx_line(c, num):
    b = BIZ[c["biz"]]
    if c["lang"] == "ja":
        x = rng.choice(b["ctx_ja"])
        return rng.choice(["%sで連絡しています。" % x, "%sですけど。" % x, "%sについて、まだ納得していません。" % x,
                           "%s、どうなってるんですか。" % x, "受付番号%sの%sです。" % (num, x), "%sの続きです。" % x,
                           "%d月から続いている%s。" % (rng.randint(9, 12), x)])
    x = rng.choice(b["ctx_en"])
    return rng.choice(["I'm writing about %s." % x, "About %s." % x, "Re %s - still not resolved." % x,
                       "Ticket %s, %s." % (num, x), "This is about %s, again." % x, "Calling about %s." % x])


# ---------------------------------------------------------------- event construction
EVENTS = []   # dicts with internal keys prefixed "_"
SEEN = set()


def new_id():
    return "ev-%016x" % rng.getrandbits(64)


def pool(biz):
    i = BIZ_KEYS.index(biz)
    ids = sorted(AGENTS)
    return ids[i * 6:(i + 1) * 6] + [ids[36 + i % 4]]


def wrap_text(c, ch, lines, staff, agent_lines=True, polite=False):
    """lines: customer sentences (already filled). returns (subject, text)."""
    ja = c["lang"] == "ja"
    name = c["name"]
    if ch in ("phone", "visit"):
        if ch == "visit":
            v = VISIT_SPK.get(c["biz"], ("窓口", "来訪者", "Counter", "Visitor"))
            a, u = (v[0], v[1]) if ja else (v[2], v[3])
        else:
            a, u = rng.choice(SPK_JA if ja else SPK_EN)
        sep = rng.choice([": ", "：", "> "]) if ja else rng.choice([": ", ": ", " - "])
        sj, se = AGENTS[staff].split("|")
        out = []
        if rng.random() < 0.7:
            out.append(a + sep + (rng.choice(["お電話ありがとうございます。%sの%sでございます。", "お待たせいたしました、%sの%sです。"]) % (BIZ[c["biz"]]["ja"], sj)
                                  if ja else rng.choice(["Thank you for calling %s, this is %s.", "%s support, %s speaking."]) % (BIZ[c["biz"]]["en"], se)))
        k = rng.randint(1, 2)
        grp = [lines[i:i + k] for i in range(0, len(lines), k)]
        for g in grp:
            out.append(u + sep + ("" if ja else " ").join(g).strip())
            if agent_lines and rng.random() < 0.75:
                out.append(a + sep + rng.choice(AG_JA if ja else AG_EN))
        return None, "\n".join(out)
    if ch == "email":
        subj = rng.choice(SUBJ_JA if ja else SUBJ_EN)
        if ja:
            g = rng.choice(["お世話になっております。", "%s ご担当者様\n" % BIZ[c["biz"]]["ja"], "いつもお世話になっております。%sです。" % name,
                            "突然のご連絡失礼いたします。", "", "%s様" % BIZ[c["biz"]]["ja"]])
            sg = rng.choice(["\n\n%s" % name, "\n\n--\n%s\n会員番号：%s" % (name, c["no"]), "\n\nよろしくお願いいたします。",
                             "\n\n以上です。", "\n\n%s\niPhoneから送信" % name])
            mid = "\n\n".join(lines) if rng.random() < 0.5 else "".join(lines)
            if polite:
                mid = ("平素より大変お世話になっております。お忙しいところ恐縮ですが、先日の件でご連絡いたしました。\n\n" + mid +
                       "\n\nご多用中とは存じますが、何卒ご検討のほどよろしくお願い申し上げます。")
        else:
            g = rng.choice(["Hello,", "Hi there,", "Dear %s team," % BIZ[c["biz"]]["en"], "To whom it may concern,", "", "Hi,"])
            sg = rng.choice(["\n\nThanks,\n%s" % name, "\n\nRegards,\n%s" % name, "\n\nSent from my iPhone",
                             "\n\n-- \n%s\nCustomer no. %s" % (name, c["no"]), "\n\n%s" % name])
            mid = "\n\n".join(lines) if rng.random() < 0.5 else " ".join(lines)
            if polite:
                mid = ("I hope this message finds you well. I'm following up, as courteously as I can, on the matter below.\n\n" + mid +
                       "\n\nThank you in advance for your kind attention, and I look forward to your prompt reply.")
        return subj, (g + "\n\n" if g else "") + mid + sg
    if ch == "web_form":
        subj = rng.choice(CATS_JA if ja else CATS_EN)
        body = ("" if ja else " ").join(lines)
        if rng.random() < 0.3:
            body = ("【お問い合わせ内容】\n" if ja else "[Message]\n") + body + ("\n【会員番号】%s" % c["no"] if ja else "\n[Customer no.] %s" % c["no"])
        return subj, body
    if ch == "sns":
        body = ("" if ja else " ").join(lines)
        if rng.random() < 0.4:
            body = SNS_HANDLE[c["biz"]] + " " + body
        return None, body
    # chat
    return None, ("\n" if rng.random() < 0.4 else ("" if ja else " ")).join(lines)


def add_event(c, t, ch, lines, codes, staff=None, duration=None, demand=None, polite=False, agent_lines=True, reply_p=0.0):
    ja = c["lang"] == "ja"
    if not (START <= t < END):
        return None
    if staff is None:
        staff = rng.choice(pool(c["biz"]))
    for attempt in range(40):
        subj, text = wrap_text(c, ch, lines, staff, agent_lines, polite)
        if c["typo"] and rng.random() < 0.5:
            text = typo_ja(text) if ja else typo_en(text)
        if text not in SEEN:
            break
        lines = lines + [rng.choice(["（%d回目）" % rng.randint(2, 9), "受付番号%d" % rng.randint(1000, 99999)] if ja else
                                    ["(#%d)" % rng.randint(2, 9), "ref %d" % rng.randint(1000, 99999)])]
    SEEN.add(text)
    src = {"phone": rng.choice(["pbx-tokyo", "pbx-tokyo", "pbx-osaka"]), "email": "mail-gw", "chat": "chat-widget",
           "web_form": "web-form", "sns": "sns-dm", "visit": "front-desk"}[ch]
    th = None
    if ch == "email":
        th = "th-%010x" % rng.getrandbits(40)
    elif ch == "web_form":
        th = "TKT-%06d" % rng.randint(100000, 999999)
    elif ch == "chat":
        th = "chat-%010x" % rng.getrandbits(40)
    if duration is None and ch in ("phone", "visit"):
        duration = rng.randint(120, 1100)
    e = {"event_id": new_id(), "occurred_at": fmt_ts(t, src), "channel": ch, "direction": "inbound",
         "customer_id": c["id"], "agent_id": staff if (ch in ("phone", "visit", "chat") or rng.random() < 0.6) else None,
         "duration_s": duration if ch in ("phone", "visit") else None, "subject": subj, "text": text,
         "language": (c["lang"] if rng.random() > 0.06 else None), "thread_id": th, "source": src,
         "_t": t, "_codes": sorted(set(codes), key=CONTENT.index), "_demand": demand}
    if ch not in ("phone", "visit") and rng.random() < 0.5:
        del e["duration_s"]
    EVENTS.append(e)
    if ch in ("email", "web_form", "sns") and rng.random() < reply_p:
        rt = t + dt.timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59))
        if not is_open(rt):
            rt = open_time_on_or_after(rt.date() + dt.timedelta(days=1 if rt.hour >= 18 else 0))
        if rt < END:
            rs = rng.choice(pool(c["biz"]))
            rtext = rng.choice(REPLY_JA if ja else REPLY_EN)
            if ja:
                rtext = "%s様\n\n%s\n\n%s %s" % (c["name"], rtext, BIZ[c["biz"]]["ja"], AGENTS[rs].split("|")[0])
            else:
                rtext = "Dear %s,\n\n%s\n\n%s, %s" % (c["name"], rtext, AGENTS[rs].split("|")[1], BIZ[c["biz"]]["en"])
            rsrc = "zendesk" if ch != "email" else "mail-gw"
            EVENTS.append({"event_id": new_id(), "occurred_at": fmt_ts(rt, rsrc), "channel": "email" if ch != "sns" else "sns",
                           "direction": "outbound", "customer_id": c["id"], "agent_id": rs, "duration_s": None,
                           "subject": ("Re: " + subj) if subj else None, "text": rtext, "language": c["lang"],
                           "thread_id": th, "source": rsrc, "_t": rt, "_codes": [], "_demand": None})
    return e


def pick_channel(c, allow_visit=True):
    w = [("phone", 34), ("email", 22), ("chat", 20), ("web_form", 14), ("sns", 6)]
    if allow_visit and c["biz"] in ("auto", "ryokan"):
        w.append(("visit", 6))
    x = rng.uniform(0, sum(v for _, v in w))
    for k, v in w:
        x -= v
        if x <= 0:
            return k
    return "phone"


def h_sentences(c, code, staff):
    b = BIZ[c["biz"]]
    ja = c["lang"] == "ja"
    bank = list(H[code]["ja" if ja else "en"])
    if code == "excessive_demand":
        bank += b["exc_ja" if ja else "exc_en"] * 2
    return fill(rng.choice(bank), c, staff)


def normal_events(c):
    ja = c["lang"] == "ja"
    b = BIZ[c["biz"]]
    k = rng.choices([1, 2, 3, 4, 5], [40, 32, 16, 8, 4])[0]
    for _ in range(k):
        ch = pick_channel(c)
        if c["biz"] in ("travel", "card") and rng.random() < 0.25:
            d = BLACK_FRIDAY + dt.timedelta(days=rng.randint(-1, 3))
        else:
            d = rand_day()
        if ch in ("phone", "visit") or rng.random() < 0.85:
            t = open_time_on_or_after(d)
        else:
            t = off_time_near(d)
        if t >= END:
            t = open_time_on_or_after(dt.date(2027, 12, 27))
        staff = rng.choice(pool(c["biz"]))
        lines = [rng.choice(b["normal_ja" if ja else "normal_en"])]
        if rng.random() < 0.18:
            lines.insert(rng.randint(0, 1), fill(rng.choice(NEAR_JA if ja else NEAR_EN), c, staff))
        add_event(c, t, ch, lines, [], staff=staff, duration=rng.randint(60, 1200) if ch in ("phone", "visit") else None,
                  reply_p=0.45)


def legit_events(c):
    ja = c["lang"] == "ja"
    b = BIZ[c["biz"]]
    k = rng.choices([2, 3, 4], [40, 40, 20])[0]
    d = rand_day(0, 70)
    main = rng.choice(b["legit_ja" if ja else "legit_en"])
    for i in range(k):
        ch = pick_channel(c)
        t = open_time_on_or_after(d) if (ch in ("phone", "visit") or rng.random() < 0.85 or i == 0) else off_time_near(d)
        if t >= END:
            break
        staff = rng.choice(pool(c["biz"]))
        if i == 0:
            lines = [main]
        else:
            lines = [rng.choice(LEGIT_FU_JA if ja else LEGIT_FU_EN)]
            if rng.random() < 0.6:
                lines.append(rng.choice(b["legit_ja" if ja else "legit_en"]) if rng.random() < 0.3 else main)
        if rng.random() < 0.25:
            lines.append(fill(rng.choice(NEAR_JA if ja else NEAR_EN), c, staff))
        add_event(c, t, ch, lines, [], staff=staff, duration=rng.randint(300, 1900) if ch in ("phone", "visit") else None,
                  demand="legit", reply_p=0.55)
        d = t.date() + dt.timedelta(days=rng.randint(3, 9))


def harass_lines(c, codes, staff, num, ctx=True):
    ja = c["lang"] == "ja"
    hs = [h_sentences(c, code, staff) for code in codes]
    lines = [ctx_line(c, num)] if ctx else []
    if rng.random() < 0.35:
        lines.append(rng.choice(BIZ[c["biz"]]["legit_ja" if ja else "legit_en"]).split("。" if ja else ". ")[0] + ("。" if ja else "."))
    pos = rng.randint(min(1, len(lines)), len(lines))
    lines[pos:pos] = hs
    if rng.random() < 0.3:
        lines.append(rng.choice(["早めの回答を待っています。", "よろしく。", "以上。", "返事ください。", "わかりましたか？"] if ja else
                                ["Waiting for your answer.", "Thanks.", "That's all.", "Understood?", "Reply today."]))
    return lines


def harasser_events(c):
    ja = c["lang"] == "ja"
    b = BIZ[c["biz"]]
    codes = c["codes"]
    staff_t = c["target"]
    nb = rng.randint(4, 7) if codes else rng.randint(1, 3)
    d = rand_day(0, 55)
    # which base events carry which codes: every code at least once, staff_naming at least twice
    need = list(codes) + (["staff_naming"] if "staff_naming" in codes else [])
    rng.shuffle(need)
    first_clean = codes and rng.random() < 0.35
    slots = nb - (1 if first_clean else 0)
    plan = [[] for _ in range(max(slots, 1))]
    for i, code in enumerate(need):
        plan[i % len(plan)].append(code)
    for p in plan:
        if not p and codes:
            p.append(rng.choice(codes))
        if codes and len(p) == 1 and rng.random() < 0.3:
            p.append(rng.choice(codes))
    if first_clean:
        plan.insert(0, [])
    for p in plan:
        ch = pick_channel(c)
        t = open_time_on_or_after(d) if (ch in ("phone", "visit") or rng.random() < 0.9) else off_time_near(d)
        if t >= END:
            break
        p = sorted(set(p), key=CONTENT.index)
        named = {"staff_naming", "privacy_intrusion", "sexual_harassment"} & set(p)
        staff = rng.choice(pool(c["biz"])) if not named else (staff_t if ch not in ("phone", "visit", "chat") else rng.choice(pool(c["biz"])))
        num = rng.randint(10000, 99999)
        if p:
            lines = harass_lines(c, p, staff_t, num)
        else:
            lines = [ctx_line(c, num), rng.choice(b["legit_ja" if ja else "legit_en"])]
        polite = ch == "email" and rng.random() < 0.45
        add_event(c, t, ch, lines, p, staff=staff, duration=rng.randint(200, 1500) if ch in ("phone", "visit") else None,
                  polite=polite, reply_p=0.25)
        d = t.date() + dt.timedelta(days=rng.randint(2, 12))
    sc = c["stateful"]
    maybe = lambda: [rng.choice(codes)] if codes and rng.random() < 0.45 else []
    if "repetition" in sc:
        dem_ja, dem_en, dcodes = rng.choice(b["rep"])
        t = open_time_on_or_after(rand_day(5, 75))
        for i in range(rng.randint(5, 6)):
            extra = maybe()
            pre = rng.choice(REP_PRE_JA if ja else REP_PRE_EN).replace("{n}", str(i + 2))
            core = (pre + rng.choice(["%s、と言っているんです。", "%sんですけど。", "%s。それだけです。", "要するに%s。", "%s、これが私の要求です。"]) % dem_ja
                    if ja else pre + rng.choice(["%s.", "please %s.", "I want you to %s.", "just %s, that's all I'm asking.", "%s - is that so hard?"]) % dem_en)
            lines = [core] + [h_sentences(c, x, staff_t) for x in extra]
            if rng.random() < 0.4:
                lines.insert(0, ctx_line(c, rng.randint(10000, 99999)))
            ch = pick_channel(c, allow_visit=False)
            add_event(c, t, ch, lines, dcodes + extra, duration=rng.randint(150, 900) if ch == "phone" else None,
                      demand="rep", reply_p=0.2)
            t = open_time_on_or_after(t.date() + dt.timedelta(days=1))
    if "off_hours_contact" in sc:
        d = rand_day(3, 72)
        for i in range(rng.randint(5, 7)):
            t = off_time_near(d)
            extra = maybe()
            u = rng.choice(URGENT_JA if ja else URGENT_EN)
            ask = rng.choice(b["normal_ja" if ja else "normal_en"]) if rng.random() < 0.4 else ctx_line(c, rng.randint(10000, 99999))
            lines = [u + ask] + [h_sentences(c, x, staff_t) for x in extra]
            if rng.random() < 0.4:
                lines.append(rng.choice(["夜分にすみませんが、明日の朝までに返事ください。", "休みでも関係ないでしょ、緊急なんだから。",
                                         "今夜中に連絡ください。", "土日でも誰か対応できる人いるでしょう？"] if ja else
                                        ["I know it's late, but answer before morning.", "Weekend or not, this is urgent.",
                                         "Someone must be on duty, call me tonight."]))
            ch = rng.choice(["email", "chat", "web_form", "sns", "phone"])
            if ch == "phone":
                lines = [("（留守番電話）" if ja else "(voicemail) ") + ("" if ja else " ").join(lines)]
            add_event(c, t, ch, lines, extra, staff=None if ch != "phone" else rng.choice(pool(c["biz"])),
                      duration=rng.randint(25, 110) if ch == "phone" else None, agent_lines=False, reply_p=0.0)
            d = d + dt.timedelta(days=rng.randint(1, 3))
    if "contact_flood" in sc:
        for burst in range(rng.choice([1, 1, 2])):
            t = open_time_on_or_after(rand_day(3, 80))
            t = t.replace(hour=min(t.hour, 16))
            n = rng.randint(7, 10)
            for i in range(n):
                ch = rng.choice(["chat", "chat", "phone", "email", "sns", "web_form"])
                if i == 0:
                    extra = maybe()
                    lines = [ctx_line(c, rng.randint(10000, 99999))] + [h_sentences(c, x, staff_t) for x in extra]
                else:
                    extra = maybe() if rng.random() < 0.5 else []
                    frag = rng.sample(FLOOD_JA if ja else FLOOD_EN, rng.randint(1, 2))
                    lines = [("" if ja else " ").join(frag)] + [h_sentences(c, x, staff_t) for x in extra]
                    if rng.random() < 0.5:
                        lines.append(("%d回目の連絡です。" % (i + 1)) if ja else "(message %d)" % (i + 1))
                if ch == "phone":
                    lines = [l for l in lines] + (["（すぐに切断）"] if ja else ["(hung up)"])
                add_event(c, t, ch, lines, extra, duration=rng.randint(8, 75) if ch == "phone" else None,
                          agent_lines=False, demand="flood")
                t = t + dt.timedelta(minutes=rng.randint(2, 6), seconds=rng.randint(0, 59))
    if "prolonged_contact" in sc:
        mode = rng.choice(["long", "long", "cum"] + (["visit"] if c["biz"] in ("auto", "ryokan") else []))
        t = open_time_on_or_after(rand_day(3, 80))
        t = t.replace(hour=min(t.hour, 13))
        durs = {"long": [rng.randint(3700, 8200)], "visit": [rng.randint(4000, 9000)],
                "cum": [rng.randint(1900, 2600) for _ in range(3)]}[mode]
        if mode == "long" and rng.random() < 0.5:
            durs.append(rng.randint(3650, 6000))
        for i, du in enumerate(durs):
            extra = maybe()
            loop = ["だから、さっきから言ってるでしょう。", "もう一回最初から説明して。", "納得できるまで切らないから。", "それはさっきも聞いた。で？"] if ja else \
                   ["Explain it again from the start.", "I'm not hanging up until I'm satisfied.", "You said that already. And?", "Start over."]
            lines = [ctx_line(c, rng.randint(10000, 99999))] + rng.sample(loop, 2) + [h_sentences(c, x, staff_t) for x in extra]
            lines.append(("（以降、同じやり取りが約%d分続く）" % (du // 60 - 5)) if ja else "[same exchange repeated for about %d more minutes]" % (du // 60 - 5))
            ch = "visit" if mode == "visit" else "phone"
            add_event(c, t, ch, lines, extra, duration=du, demand="long")
            if mode == "cum":
                t = t + dt.timedelta(seconds=du + rng.randint(600, 2400))
            else:
                t = open_time_on_or_after(t.date() + dt.timedelta(days=rng.randint(3, 10)))
                t = t.replace(hour=min(t.hour, 13))


# ---------------------------------------------------------------- customers
def build_customers():
    n_h, n_l, n_n = 60, 46, 294
    ids = ["cus-%06d" % i for i in rng.sample(range(1, 1000), n_h + n_l + n_n)]
    custs = []
    wts = [BIZ[k]["weight"] for k in BIZ_KEYS]
    for i, cid in enumerate(ids):
        prof = "harasser" if i < n_h else ("legit_complainer" if i < n_h + n_l else "normal")
        lang = "ja" if rng.random() < 0.58 else "en"
        biz = rng.choices(BIZ_KEYS, wts)[0]
        c = {"id": cid, "profile": prof, "lang": lang, "biz": biz,
             "name": rng.choice(CUST_JA) if lang == "ja" else rng.choice(CUST_EN),
             "no": "%08d" % rng.randint(10000000, 99999999), "typo": rng.random() < 0.3,
             "codes": [], "stateful": [], "target": rng.choice(pool(biz))}
        if prof == "harasser":
            if i < 44:
                cs = [CONTENT[i % 11]]
                if i % 2 == 0:
                    cs.append(CONTENT[(i * 7 + 3) % 11])
                if rng.random() < 0.15:
                    cs.append(rng.choice(CONTENT))
                c["codes"] = sorted(set(cs), key=CONTENT.index)
                if i < 12:
                    c["stateful"] = [STATEFUL[i // 3]]
            else:
                c["stateful"] = [STATEFUL[(i - 44) % 4]]
                if i % 2 == 0:
                    c["codes"] = [rng.choice(["pressure_language", "abusive_language", "excessive_demand", "legal_threat"])]
        custs.append(c)
    return custs


def off(t):
    return not is_open(t)


def stateful_flags(evs):
    inb = sorted([e for e in evs if e["direction"] == "inbound"], key=lambda e: e["_t"])
    ts = [e["_t"] for e in inb]
    got = set()
    for i in range(len(ts)):
        j = i
        while j < len(ts) and ts[j] - ts[i] <= dt.timedelta(minutes=60):
            j += 1
        if j - i >= 6:
            got.add("contact_flood")
    ot = [t for t in ts if off(t)]
    for i in range(len(ot)):
        if len([t for t in ot[i:] if t - ot[i] <= dt.timedelta(days=14)]) >= 4:
            got.add("off_hours_contact")
    perday = {}
    for e in inb:
        if e["channel"] in ("phone", "visit") and e.get("duration_s"):
            if e["duration_s"] >= 3600:
                got.add("prolonged_contact")
            k = e["_t"].astimezone(JST).date()
            perday[k] = perday.get(k, 0) + e["duration_s"]
    if any(v >= 5400 for v in perday.values()):
        got.add("prolonged_contact")
    bydem = {}
    for e in inb:
        if e["_demand"]:
            bydem.setdefault(e["_demand"], []).append(e["_t"])
    for k, lst in bydem.items():
        eps = []
        for t in lst:
            if not eps or t - eps[-1][1] >= dt.timedelta(hours=2):
                eps.append([t, t])
            else:
                eps[-1][1] = t
        st = [a for a, _ in eps]
        for i in range(len(st)):
            if len([t for t in st[i:] if t - st[i] <= dt.timedelta(days=7)]) >= 4:
                got.add("repetition")
    return got


def main(outdir):
    custs = build_customers()
    for c in custs:
        {"normal": normal_events, "legit_complainer": legit_events, "harasser": harasser_events}[c["profile"]](c)
    EVENTS.sort(key=lambda e: (dt.datetime.fromisoformat(e["occurred_at"].replace("Z", "+00:00")), e["event_id"]))
    ids = [e["event_id"] for e in EVENTS]
    assert len(ids) == len(set(ids))
    bycust = {}
    for e in EVENTS:
        bycust.setdefault(e["customer_id"], []).append(e)
    customers = {}
    problems = []
    for c in sorted(custs, key=lambda c: c["id"]):
        evs = bycust.get(c["id"], [])
        content = set(x for e in evs for x in e["_codes"])
        st = stateful_flags(evs)
        beh = [x for x in CONTENT if x in content] + [x for x in STATEFUL if x in st]
        if c["profile"] != "harasser" and beh:
            problems.append((c["id"], c["profile"], beh))
        if c["profile"] == "harasser":
            miss = [x for x in c["codes"] + c["stateful"] if x not in beh]
            if miss or not beh:
                problems.append((c["id"], "missing", miss))
        customers[c["id"]] = {"profile": c["profile"], "behaviors": beh}
    if problems:
        sys.stderr.write("label problems: %r\n" % problems)
    events_labels = {e["event_id"]: e["_codes"] for e in EVENTS}
    os.makedirs(outdir, exist_ok=True)
    keys = ["event_id", "occurred_at", "channel", "direction", "customer_id", "agent_id", "duration_s", "subject", "text",
            "language", "thread_id", "source"]
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in EVENTS:
            f.write(json.dumps({k: e[k] for k in keys if k in e}, ensure_ascii=False, separators=(",", ":")) + "\n")
    prof_counts = {p: sum(1 for v in customers.values() if v["profile"] == p) for p in ("normal", "legit_complainer", "harasser")}
    cpc = {k: sum(1 for v in customers.values() if k in v["behaviors"]) for k in CONTENT + STATEFUL}
    epc = {k: sum(1 for v in events_labels.values() if k in v) for k in CONTENT}
    lang = {}
    for e in EVENTS:
        lang[str(e["language"])] = lang.get(str(e["language"]), 0) + 1
    meta = {"seed": SEED, "customers": len(custs), "start": START.isoformat(), "end": END.isoformat(),
            "counts": {"events": len(EVENTS), "events_with_content_label": sum(1 for v in events_labels.values() if v),
                       "profiles": prof_counts, "customers_per_code": cpc, "events_per_content_code": epc,
                       "channels": {ch: sum(1 for e in EVENTS if e["channel"] == ch) for ch in ("phone", "email", "chat", "web_form", "visit", "sns")},
                       "language_hint": lang,
                       "inbound": sum(1 for e in EVENTS if e["direction"] == "inbound")},
            "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                         "closed_days_in_range": [d.isoformat() for d in CLOSED],
                         "notes": "2027-10-11 Sports Day, 11-03 Culture Day, 11-23 Labour Thanksgiving, 12-29..12-31 year-end closure (continues to 01-03); Black Friday 2027-11-26 drives card/travel volume"},
            "agents": {k: v for k, v in AGENTS.items()},
            "businesses": {k: {"ja": v["ja"], "en": v["en"]} for k, v in BIZ.items()},
            "stateful_rules": RULES,
            "labelling": "content codes are per inbound event, from the customer's own words only (agent lines and outbound replies carry none); one cue -> one code per contract section 3 boundaries; stateful codes per customer computed with stateful_rules over inbound events; normal and legit_complainer customers carry no behaviours"}
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"events": events_labels, "customers": customers, "meta": meta}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    sys.exit(main(sys.argv[1]))
