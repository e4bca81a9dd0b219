# -*- coding: utf-8 -*-
"""Hand-written sentence banks for stream9 (imported by gen.py; standard library only)."""

# ---------------------------------------------------------------- businesses
# key: (ja name, en name, customer-id prefix, sources by channel)
BUSINESSES = {
    "city":   ("みなと台市役所 市民サービスコールセンター", "Minatodai City Hall contact centre", "MNT-R",
               {"phone": "pbx-minatodai", "email": "lgwan-mail", "chat": "city-chatbot", "web_form": "e-shinsei", "sns": "city-line-official"}),
    "air":    ("スカイリンク航空 予約センター", "SkyLink Air reservations", "SKL-",
               {"phone": "pbx-haneda", "email": "zendesk-skylink", "chat": "skylink-livechat", "web_form": "skylink-form", "sns": "x-dm-skylink"}),
    "mobile": ("ハルモバイル お客さまセンター", "Haru Mobile customer centre", "HM",
               {"phone": "pbx-sendai", "email": "mail-gw-haru", "chat": "haru-app-chat", "web_form": "haru-web", "sns": "line-haru"}),
    "apt":    ("青葉レジデンス管理 入居者窓口", "Aoba Residence Management tenant desk", "AOB-",
               {"phone": "pbx-aoba", "email": "aoba-mail", "chat": "aoba-portal-chat", "web_form": "aoba-portal", "sns": "line-aoba"}),
    "clinic": ("さくら総合病院 予約センター", "Sakura General Hospital booking line", "SGH",
               {"phone": "pbx-sakura", "email": "sakura-mail", "chat": "sakura-webchat", "web_form": "sakura-yoyaku", "sns": "line-sakura"}),
    "game":   ("ネビュラゲームス サポート", "Nebula Games support", "NBL",
               {"phone": "pbx-nebula", "email": "nebula-helpdesk", "chat": "nebula-ingame", "web_form": "nebula-ticket", "sns": "discord-nebula"}),
}
BIZ_WEIGHTS = {"city": 18, "air": 18, "mobile": 20, "apt": 14, "clinic": 14, "game": 16}

STAFF = {
    "city":   ["佐々木", "大野", "松田", "今井", "原田", "北村"],
    "air":    ["高橋", "森", "青木", "石田", "Kimura", "Ogawa"],
    "mobile": ["田中", "藤井", "岡本", "小島", "Hayashi", "Nishida"],
    "apt":    ["中島", "上田", "村井", "Sakai"],
    "clinic": ["吉川", "野口", "菊地", "Matsumoto", "Arai"],
    "game":   ["山口", "荒木", "Kondo", "Ueno", "Sugimoto"],
}

SUBJ_JA = {
    "city": ["住民票について", "マイナンバーカードの件", "粗大ごみ収集", "住民税の通知書について", "保育園の入園申込", "問い合わせ"],
    "air": ["予約変更について", "手荷物の件", "欠航・遅延について", "マイルの加算", "座席指定", "払い戻し"],
    "mobile": ["料金について", "通信障害", "機種変更", "SIMカード", "解約について", "請求内容の確認"],
    "apt": ["水漏れの件", "騒音について", "契約更新", "鍵の紛失", "共用部について", "修繕依頼"],
    "clinic": ["予約の変更", "検査結果について", "予約の取り方", "待ち時間について", "紹介状の件"],
    "game": ["課金アイテムが反映されない", "アカウント停止について", "ガチャについて", "不具合報告", "引き継ぎコード"],
}
SUBJ_EN = {
    "city": ["Residence certificate", "My Number card", "Bulky waste pickup", "Tax notice question", "Nursery application"],
    "air": ["Booking change", "Baggage", "Delayed flight", "Missing miles", "Seat selection", "Refund"],
    "mobile": ["Billing question", "Network outage", "Phone upgrade", "eSIM", "Cancel contract"],
    "apt": ["Water leak", "Noise", "Lease renewal", "Lost key", "Repair request"],
    "clinic": ["Appointment change", "Test results", "Booking", "Referral letter"],
    "game": ["Purchase not received", "Account suspended", "Gacha rates", "Bug report", "Account transfer"],
}

# ---------------------------------------------------------------- normal inquiries
NORMAL_JA = {
    "city": ["転入届に必要な書類を教えてください。", "住民票の写しはコンビニでも取れますか。", "マイナンバーカードの受け取り予約をしたいです。",
             "粗大ごみの収集日を予約したいのですが、ソファは何点扱いになりますか。", "住民税の納付書をなくしてしまいました。再発行できますか。",
             "保育園の二次募集はいつからですか。", "印鑑登録証を紛失しました。どうすればいいでしょうか。",
             "法的な手続きで戸籍謄本が必要なんですが、郵送請求の方法を教えてください。", "窓口の混雑する時間帯ってありますか？",
             "児童手当の現況届はまだ必要ですか。", "引っ越し予定なので転出届の書き方を知りたいです。", "犬の登録ってどこでやればいいですか"],
    "air": ["来週の羽田→福岡便の予約を一日後ろにずらせますか。", "ベビーカーは機内に持ち込めますか。", "マイルが加算されていないようなので確認をお願いします。",
            "座席を通路側に変更したいです。", "ゴルフバッグを預ける場合の料金を教えてください。", "領収書を再発行していただけますか。",
            "乗り継ぎ時間が40分ですが間に合いますか。", "ペットを預けることはできますか。小型犬です。", "予約確認メールが届いていません。",
            "急ぎではないのですが、マイルの有効期限を知りたいです。", "車椅子の貸し出しをお願いしたいです。"],
    "mobile": ["今月の請求額が先月より高い理由を教えてください。", "機種変更の予約はオンラインでできますか。", "eSIMへの切り替え手順を知りたいです。",
               "家族割の適用条件を教えていただけますか。", "海外ローミングの設定方法を教えてください。", "支払い方法を口座振替に変えたいです。",
               "致命的ではないですが、アプリのグラフ表示がずれています。", "MNP予約番号を発行したいです。", "ギガの残量をアプリで確認できません。",
               "昨日の夜つながりにくかったのは障害ですか？ネットで何人か書き込んでたので。", "契約者を父から私に変更したいです。"],
    "apt": ["更新書類はいつ頃届きますか。", "エアコンの効きが悪いので点検をお願いできますか。", "ゴミ置き場の鍵の番号を教えてください。",
            "駐輪場のシールをもう一枚いただけますか。", "退去の連絡は何か月前までに必要ですか。", "インターホンの調子が悪いです。急ぎません。",
            "宅配ボックスが開かないのですが。", "ペット飼育の申請書はどこでもらえますか。", "給湯器から少し異音がします。見ていただけますか。"],
    "clinic": ["来週火曜の整形外科の予約を木曜に変更したいです。", "初診ですが紹介状がなくても予約できますか。", "健診の結果はいつ郵送されますか。",
               "駐車場の割引はありますか。", "予約票をなくしてしまいました。", "母の付き添いで一緒に診察室に入れますか。",
               "血液検査の前は絶食が必要ですか。", "オンライン予約のパスワードを忘れました。", "小児科の予約枠はいつ開きますか。"],
    "game": ["機種変更するので引き継ぎ方法を教えてください。", "イベントの報酬がまだ届いていません。", "フレンド申請が送れない不具合があります。",
             "課金したジェムが反映されていません。レシートを添付します。", "ニックネームの変更は何回までできますか。", "次のメンテナンスはいつですか？",
             "ガチャの提供割合はどこで見られますか。", "このゲーム神です笑 要望なんですけど、オート周回ほしいです", "通知をオフにする方法を教えて"],
}
NORMAL_EN = {
    "city": ["What documents do I need to register my new address?", "Can I get a residence certificate at a convenience store?",
             "How do I book a bulky waste pickup for a mattress?", "I lost my resident tax payment slip, can you reissue it?",
             "When does the second round of nursery applications open?", "My lawyer needs a certified copy of my family register - how do I request it by mail?",
             "Is there an English-speaking staff member at the ward office on Fridays?", "How do I register my dog?"],
    "air": ["Can I move my Fukuoka flight next week back by one day?", "Is a stroller allowed on board?", "My miles from last month's trip are missing.",
            "I'd like an aisle seat please.", "How much is it to check a golf bag?", "Could you resend my receipt?",
            "Is a 40-minute connection in Haneda enough?", "No rush, but when do my miles expire?", "I need wheelchair assistance at the gate."],
    "mobile": ["Why is my bill higher this month?", "Can I reserve a phone upgrade online?", "How do I switch to eSIM?",
               "What are the conditions for the family discount?", "How do I turn on roaming for a trip to Korea?",
               "Was there an outage last night? A few people on Reddit mentioned it.", "Not urgent at all, just wondering how to get my MNP number.",
               "The data usage graph in the app looks off, not a big deal."],
    "apt": ["When will the renewal papers arrive?", "The AC isn't cooling well, could someone check it?", "What's the code for the garbage room?",
            "How many months' notice do I need before moving out?", "The delivery locker won't open.", "The water heater is making a weird noise, no hurry."],
    "clinic": ["I'd like to move my orthopedics appointment from Tuesday to Thursday.", "Can I book a first visit without a referral letter?",
               "When will my health check results be mailed?", "Is there parking validation?", "Do I need to fast before the blood test?",
               "I forgot my password for online booking."],
    "game": ["How do I transfer my account to a new phone?", "The event rewards haven't arrived yet.", "I can't send friend requests, looks like a bug.",
             "My gem purchase didn't go through, receipt attached.", "When's the next maintenance?", "Love the game lol. Any plans for an auto-battle feature?"],
}

THANKS_JA = ["ありがとうございます。", "わかりました、助かります。", "承知しました。", "了解です！", "ご丁寧にどうも。", "前回対応してくれた{staff}さんにもお礼を伝えてください。"]
THANKS_EN = ["Thanks!", "Got it, thank you.", "Perfect, appreciate it.", "Okay, cheers.", "Please pass my thanks to {staff}, who helped me last time."]

# ---------------------------------------------------------------- grievances (context for complainers and harassers)
GRIEV_JA = {
    "city": ["住民票の住所が間違って発行されていました。", "粗大ごみの予約日に回収に来ませんでした。", "窓口で2時間待たされたうえに書類不備と言われました。",
             "住民税の通知書が届いていません。", "保育園の書類を出したのに受理されていないと言われました。", "マイナンバーカードの交付予約が勝手にキャンセルされていました。"],
    "air": ["昨日の便が3時間遅れて乗り継ぎに間に合いませんでした。", "預けたスーツケースの取っ手が壊れて戻ってきました。", "予約したはずの座席が別の人に割り当てられていました。",
            "欠航になったのに振替の案内が全くありませんでした。", "マイルが加算されないまま半年たっています。", "払い戻しの手続きをしたのに、まだ入金がありません。"],
    "mobile": ["今月の請求が二重に引き落とされています。", "三日間ずっと圏外で電話が使えませんでした。", "解約したはずの回線の料金がまだ請求されています。",
               "機種変更のときに頼んでいないオプションを付けられていました。", "店頭で聞いた料金と実際の請求が違います。", "データ移行に失敗して写真が全部消えました。"],
    "apt": ["天井からの水漏れを先週連絡したのに、まだ誰も来ていません。", "上の階の騒音について何度も相談しています。", "共用廊下の電気がずっと切れたままです。",
            "更新料の金額が契約書と違います。", "エレベーターが一週間止まったままです。", "退去時の修繕費の見積もりが高すぎます。"],
    "clinic": ["予約時間から1時間半待たされました。", "検査結果の説明の予約が勝手に消えていました。", "電話が全然つながりません。", "会計で請求額を間違えられました。",
               "予約センターで言われた持ち物と当日言われたことが違いました。", "紹介状を出したのに受付で記録がないと言われました。"],
    "game": ["課金した石が反映されていません。", "何もしていないのにアカウントが停止されました。", "メンテ後にイベントアイテムが消えました。",
             "ガチャの表記と実際の排出が違う気がします。", "引き継ぎコードを入れたのにデータが戻りません。", "不具合で限定キャラが使えなくなりました。"],
}
GRIEV_EN = {
    "city": ["My residence certificate was issued with the wrong address.", "Nobody came to collect the bulky waste on the booked day.",
             "I waited two hours at the counter and was then told a form was missing.", "My tax notice never arrived.", "My nursery application was apparently never logged."],
    "air": ["My flight yesterday was three hours late and I missed my connection.", "My suitcase came back with the handle broken.",
            "The seat I booked was given to someone else.", "My flight was cancelled and nobody told me about rebooking.", "My refund still hasn't arrived."],
    "mobile": ["I was charged twice this month.", "I had no signal for three days.", "I'm still being billed for a line I cancelled.",
               "The shop added options I never asked for.", "My data transfer failed and I lost all my photos."],
    "apt": ["I reported a leak from the ceiling last week and nobody has come.", "I've complained about the noise upstairs several times.",
            "The hallway light has been out for weeks.", "The renewal fee doesn't match my lease.", "The elevator has been broken for a week."],
    "clinic": ["I waited an hour and a half past my appointment time.", "My results appointment just disappeared from the system.",
               "Nobody picks up the phone.", "I was overcharged at the cashier.", "The front desk said they had no record of my referral."],
    "game": ["The gems I bought never showed up.", "My account was suspended for no reason.", "My event items vanished after maintenance.",
             "The gacha rates don't match what's advertised.", "My transfer code didn't restore my account."],
}

# legitimate (within policy) asks + angry-but-acceptable emotion
LEGIT_ASK_JA = ["規約どおり返金してください。", "二重に引かれた分を返してください。", "いつ対応していただけるのか、日程を教えてください。",
                "規定の払い戻しの手続きを進めてください。", "原因と今後の対応を説明してください。", "ミスを認めて、きちんと訂正してください。",
                "修理の日程を今週中に決めてもらえますか。", "正しい金額で請求し直してください。", "消えたアイテムを復旧してください。",
                "今回の件、担当の{staff}さんから折り返すと言われたのですが、まだ連絡がありません。確認してもらえますか。"]
LEGIT_ASK_EN = ["Please refund me as your own policy says.", "Please return the duplicate charge.", "Tell me when someone will actually come.",
                "Please process the refund I'm entitled to.", "I want an explanation of what went wrong and what you'll do.",
                "Please correct the bill.", "Please restore the items I paid for.", "{staff} promised a call back and I haven't heard anything. Can you check?"]
LEGIT_SPEC_JA = {
    "city": ["正しい住所で住民票を発行し直してください。", "回収日を改めて予約し直してください。", "受理状況を確認して、結果を教えてください。"],
    "air": ["運送約款にある払い戻しをお願いします。", "手荷物の破損について規定どおり修理か補償の手続きをしてください。", "マイルを正しく加算してください。"],
    "mobile": ["二重に引かれた分を返金してください。", "解約後の請求分を返金してください。", "付けられたオプションを外して、差額を返してください。"],
    "apt": ["修理業者の日程を今週中に決めてください。", "契約書どおりの更新料で請求し直してください。", "共用部の修繕予定を教えてください。"],
    "clinic": ["説明の予約を取り直してください。", "会計の差額を返金してください。", "紹介状の記録を確認してください。"],
    "game": ["購入した石を付与してください。", "停止理由を教えて、誤りなら解除してください。", "消えたアイテムを復旧してください。"],
}
LEGIT_SPEC_EN = {
    "city": ["Please reissue it with the correct address.", "Please rebook the pickup.", "Please check the status and tell me."],
    "air": ["Please refund me as your conditions of carriage say.", "Please repair or compensate the bag as your policy says.", "Please credit my miles."],
    "mobile": ["Please refund the duplicate charge.", "Please refund the charges after cancellation.", "Remove the options and refund the difference."],
    "apt": ["Please schedule the repair this week.", "Please reissue the bill with the fee in my lease.", "When will it be fixed?"],
    "clinic": ["Please rebook my results appointment.", "Please refund the overcharge.", "Please check the referral record."],
    "game": ["Please credit the gems I paid for.", "Tell me why I was suspended and lift it if it's a mistake.", "Please restore my items."],
}
LEGIT_EMO_JA = ["正直かなり腹が立っています。", "本当に困っています。", "何度も連絡させられて疲れました。", "こちらに落ち度はないはずです。",
                "納得がいきません。", "ちょっとひどくないですか。", "がっかりしました。", "これで3回目の問い合わせです。", "本当にもう、いい加減にしてほしいです。",
                "消費生活センターで「まず事業者に連絡を」と言われたので、こちらに連絡しています。", "ミスなら一言くらい説明がほしかったです。",
                "ネットでも同じ障害の書き込みを見ましたが、私のところだけではないですよね。"]
LEGIT_EMO_EN = ["Honestly, I'm really angry about this.", "This is ridiculous.", "I'm exhausted from chasing this.", "I did nothing wrong here.",
                "I'm very disappointed.", "This is the third time I'm writing.", "I'm furious, to be honest.", "Frankly this is unacceptable service.",
                "I saw others complaining about the same outage online, so it's not just me.", "At least explain what happened."]

# ---------------------------------------------------------------- content-code banks (harassment)
CODE_JA = {
"excessive_demand": [
    "ほな、お詫びに来年の分までまとめて無料にしてもらおか。", "[air]キャンセル料はもちろん、旅行全体の費用を持ってもらえるんですよね？", "[apt]家賃半年分をチャラにしてくれたら考えます。", "[game]限定キャラ全部つきのアカウントを新しく用意してくださいよ。",
    "迷惑料として10万円、今月中に振り込んでください。", "一年分の料金を全部タダにするのが当然でしょう。", "次からは全部最優先で、順番なんか関係なく対応してもらえますよね？",
    "慰謝料込みで三倍返しが常識だと思いますけど？", "新品を二台送って、それでやっと話を聞いてあげます。", "今後ずっと手数料は免除、それくらいしてもらわないと。",
    "お詫びの品として商品券をいくら用意できるんですか？", "誠意って言葉、ご存じですよね。金額で示してもらえますか。", "特別扱いしてもらえないなら話になりません。",
    "うちの分だけ規定外でやってくれたらええねん、簡単やろ。", "交通費と休んだ日の日当、あと精神的苦痛の分も請求しますね。", "全額返金に加えて、同じだけ上乗せしてください。"],
"apology_demand": [
    "謝罪文、いつ届くんですか？まさか出さないつもり？", "誠意ある謝罪ってのは、紙に書いて判子押したもんでしょうが。", "課長さんから直々に詫び状をいただけます？",
    "まず土下座してもらわないと話が始まりません。", "社長名義の謝罪文を書面で郵送してください。", "謝罪に来るのが筋でしょう？菓子折りの一つも持って。",
    "あなた個人の反省文を手書きで提出してもらえますか。", "ホームページにお詫びを載せてください。私あてに。", "上司と二人そろって頭を下げに来るべきじゃないですか。",
    "口だけのごめんなさいじゃ足りないんですよ。文書で。", "謝り方がなってない。やり直し。", "全社員の前で謝ってもらえます？"],
"in_person_demand": [
    "部長さんがうちの玄関まで来て説明するのが一番早いと思いません？", "担当の方、週末にうちに寄ってもらえます？直接見てもらわんと。", "[city]市長室で直接話をさせてもらいますから、時間空けといて。",
    "電話じゃ埒が明かないので、今日中にうちまで説明しに来てください。", "責任者を連れて直接会いに来て。", "支店長と対面で話をさせてください。日時はこっちが決めます。",
    "明日の朝、自宅に担当者をよこしなさい。", "顔を見て話さないと信用できません。来られますよね？", "そっちの事務所まで呼び出すから、逃げないで待っててよ。",
    "今から家来て直接見てってや。", "メールじゃなくて、会って説明してもらうのが普通じゃないですか？"],
"violence_threat": [
    "次に窓口行くとき、何持ってくか分かんないですよ。", "あんまりなめてると、後悔することになるで。", "帰り道、一人にならない方がいいんじゃない？",
    "夜道には気をつけたほうがいいですよ。", "このままだと、どうなっても知りませんからね。", "そっちに乗り込んだら自分でも何するかわからんわ。",
    "痛い目にあわないとわからないんですかね。", "あなたの職場の場所、もう分かってますから。", "次に同じことがあったら、ただじゃ済まさない。",
    "窓口ごと燃やしてやりたい気分です。", "覚悟しといてくださいね。", "こっちも手段は選ばないので。"],
"abusive_language": [
    "マニュアル読むだけならロボットで十分でしょう。", "[city]あんたらみたいなのを税金で養ってると思うと情けない。", "まともに敬語も使えないのに、よく電話に出てるね。", "役立たずばっかりやな、ここ。",
    "小学生でもわかることですよ、これ。", "あなたと話してると時間の無駄です。", "こんな簡単なことも出来ないなんて、よく採用されましたね。",
    "給料泥棒って言われません？", "頭、大丈夫ですか？", "もう少しまともな人いないの？", "ほんまアホちゃうか。", "あなたみたいな人が窓口にいるから駄目なんですよ。",
    "{staff}って人、本当に使えないですね。", "存在自体が迷惑なんですけど。", "脳みそ入ってる？", "日本語通じてます？"],
"legal_threat": [
    "[air]国交省に全部報告させてもらいますけど、いいんですね？", "[mobile]総務省に申し立てしたら困るのはそちらでしょう。", "内容証明送りますんで。", "知り合いの弁護士、こういう案件好きなんですよ。",
    "出るところに出ますよ。", "弁護士にはもう相談してありますので、そのつもりで。", "損害賠償を請求させてもらいます。", "このやり取りは全部記録してます。裁判になったら出しますから。",
    "監督官庁に報告しますね。それでいいんですね？", "訴えられたいんですか？", "消費者庁に通報しますよ、って言えば動いてくれます？", "法的措置も検討してますから覚悟してください。"],
"online_defamation_threat": [
    "Googleマップのレビュー、今日中に書いときますね。中身はお楽しみに。", "YouTubeで実名つきで紹介してあげようか？", "このメール、スクショしてXに貼ったらどうなるでしょうね。",
    "このやり取り、全部SNSに晒しますね。", "口コミに星1をつけまくってやります。", "フォロワー2万人いるんですけど、拡散してほしいんですか？",
    "録音したので動画にしてネットに上げます。", "{biz}の対応がひどいって、まとめサイトに書き込みますから。", "あなたの名前出してツイートしてもいいんですよ？",
    "ネットで炎上させるのなんて簡単ですよ。", "掲示板にスレ立てときますね。"],
"sexual_harassment": [
    "受付のあの子、今度デートに誘っていい？", "電話越しでもいい匂いしそうな声やね。", "担当の女の子、胸元あいた服着てたよね。",
    "声かわいいね、彼氏いるの？", "今度二人で飲みに行こうよ、奢るからさ。", "そんな声で言われたら許しちゃうな、何歳？", "どんな服着て電話してるの？",
    "スタイルいいって噂の人、今日はいないの？", "女の人に対応してほしいな、若い子で。", "仕事終わったら会えない？個人的に。"],
"privacy_intrusion": [
    "{staff}さんのインスタ見つけちゃいました。", "{staff}さんって、どこ住み？最寄り駅だけでいいから。", "駐車場で{staff}さんの車のナンバー、覚えちゃった。",
    "{staff}さんって何時に上がるんですか？", "{staff}さんの個人の携帯番号を教えてください。", "{staff}さんの住んでる駅ぐらい教えてくれてもいいでしょう。",
    "昨日{staff}さんが駅のほうに歩いてくの見かけましたよ。", "窓口の人の写真、撮らせてもらいましたから。", "{staff}さんの休みの日っていつですか？",
    "LINEのIDを教えて、直接やりとりしたいから。", "出口で待ってますね、{staff}さん。"],
"staff_naming": [
    "{staff}さんにつないで。いない？じゃあ戻るまで何度でもかける。", "{staff}をこの件から外すまで、こっちも引きませんから。",
    "{staff}を出してください。他の人では話になりません。", "{staff}はクビにしてください。", "{staff}以外とは話しません。今すぐ代わって。",
    "前回の{staff}って人、まだ働いてるの？辞めさせてよ。", "今日もまた{staff}さん？あの人を担当から外して。", "{staff}さんに電話させて。本人から説明を聞きたい。",
    "{staff}が対応するまで何度でもかけますから。"],
"pressure_language": [
    "こっちは生活かかってんねん、はよせえ。", "今この瞬間も損失が出てるんですよ、わかります？", "人生最大の危機ですよこれ。",
    "今すぐ対応しろ。", "これじゃ仕事にならないんですよ。", "致命的なミスですよ、分かってます？", "多大な損害が出てるんですけど。",
    "一分一秒を争ってるんだよ、こっちは。", "今日中に解決しろ、以上。", "とにかく急げって言ってるんだよ、こっちは死活問題なんだから。",
    "人生めちゃくちゃにされたんですよ。", "もう取り返しがつかないレベルですよ、これ。"],
}
CODE_EN = {
"excessive_demand": [
    "[air]Cover my whole holiday, hotels included, and we're even.", "[apt]I think six months of free rent is fair, don't you?", "[game]Give me every limited character on a fresh account.", "I expect lifetime free service after this.",
    "I expect 100,000 yen for my trouble, paid this month.", "A full year free is the least you can do.", "From now on I want to be first in line every time, no matter what.",
    "Triple the refund, that's what decent companies do.", "Send me two new ones and then we can talk.", "Waive all my fees permanently.",
    "So what kind of compensation are we talking about? Give me a number.", "[air]Upgrade me to business class on every flight this year.",
    "[apt]I want my rent cut by half until the end of the lease.", "Refund everything and add the same amount on top."],
"apology_demand": [
    "Where is my formal apology letter? I asked for it in writing.", "Your director should apologise to me personally, in writing, with a stamp on it.", "Say sorry properly. Again. Like you mean it.",
    "I want a written apology signed by your CEO.", "Post a public apology on your website, addressed to me.", "You should be on your knees apologising.",
    "Someone needs to come here and apologise properly, with a gift.", "A verbal sorry isn't enough. Put it in writing, on letterhead.",
    "I want you and your boss to apologise together, in person.", "Write me a handwritten letter of apology. Today."],
"in_person_demand": [
    "Tell your supervisor to drive over here this weekend and explain it face to face.", "I want someone at my door by 10am tomorrow.", "[air]Meet me at the terminal in person, I'm not talking to a phone line.",
    "Send someone to my house today to explain this.", "I want a face-to-face meeting with your manager, at my place.", "Come here and look at it yourselves, tonight.",
    "I'm not doing this by email. Meet me in person.", "Have the branch manager come to my office tomorrow morning.", "Why can't you just come over and explain it to my face?"],
"violence_threat": [
    "Next time I come in, you won't like what I bring.", "Keep it up and see what happens to you.", "I wouldn't walk home alone if I were you.",
    "You'd better watch your back.", "I know where your office is.", "If I come down there, I can't promise what I'll do.", "Something bad is going to happen if this isn't fixed.",
    "People like you need to be taught a lesson.", "Don't be surprised if I show up and things get ugly.", "You have no idea who you're dealing with."],
"abusive_language": [
    "Reading from a script is all you're good for.", "Honestly, a parrot would be more helpful.", "What a bunch of clowns you people are.", "You clearly failed at every other job.",
    "A child could do your job better.", "Are you even trained, or do they hire anyone?", "Talking to you is a complete waste of oxygen.",
    "You're useless, honestly.", "Is there anyone competent there?", "Do you have a brain at all?", "{staff} is the dumbest person I have ever spoken to.",
    "No wonder you work in a call centre.", "Pathetic. Just pathetic."],
"legal_threat": [
    "Expect a letter from my solicitor.", "I'm filing with the consumer affairs agency and naming you.", "[air]The aviation bureau will hear about this, believe me.",
    "My lawyer will be in touch.", "I'll sue you for damages.", "I'm reporting you to the ministry.", "See you in court.",
    "I've recorded every call, and my attorney will love them.", "You want a lawsuit? Because that's how you get a lawsuit.", "I'll file a complaint with the regulator unless this is fixed today."],
"online_defamation_threat": [
    "My Google review goes up tonight, and it won't be nice.", "How would you like this chat on TikTok?", "I'm starting a thread about you on every forum I know.",
    "I'm posting this whole conversation on X.", "I'll leave one-star reviews everywhere I can.", "I have 20k followers. Want me to tell them about you?",
    "I'm uploading the call recording to YouTube.", "I'll make sure everyone on Reddit knows what {biz} is like.", "Should I tweet your name too?"],
"sexual_harassment": [
    "Bet you look as good as you sound.", "Tell the girl at reception I said she's hot.", "Send me a selfie and I'll drop the complaint.",
    "You sound cute. Are you single?", "How about dinner, just the two of us?", "What are you wearing right now?", "I only want to talk to the pretty one from last time.",
    "Maybe you can make it up to me after work, if you know what I mean."],
"privacy_intrusion": [
    "I found {staff}'s Facebook page and sent a friend request.", "What car does {staff} drive? I'll recognise it.", "Just tell me the neighbourhood {staff} lives in.",
    "What time does {staff} finish work?", "Give me {staff}'s personal number.", "Which station does {staff} use to get home?", "I saw {staff} at the station yesterday.",
    "I took a photo of the girl at the counter.", "What's {staff}'s Instagram?", "I'll wait for {staff} outside after work."],
"staff_naming": [
    "I'm not done with {staff}. Get them back on the line.", "Make {staff} call me personally, today.",
    "Put {staff} on the phone. Nobody else.", "I want {staff} fired.", "I'm only talking to {staff}. Transfer me now.", "Is {staff} still working there? Get rid of them.",
    "Take {staff} off my case.", "I'll keep calling until {staff} picks up."],
"pressure_language": [
    "I am losing money every single second.", "This is the worst crisis of my life.", "Do it NOW, not in five minutes.",
    "Fix it right now.", "This is a total disaster for my business.", "This is catastrophic, do you understand?", "You have cost me a fortune.",
    "Drop everything and deal with this immediately.", "Every minute you waste is costing me money.", "My whole life is ruined because of you."],
}

# ---------------------------------------------------------------- stateful helpers
REPEAT_DEMAND_JA = {  # plain demand repeated (content-wise within bounds; the manner is the problem)
    "city": "住民票の再発行をしてください", "air": "払い戻しの入金日を確定してください", "mobile": "二重請求の返金日を教えてください",
    "apt": "水漏れの修理日を決めてください", "clinic": "検査結果の説明の予約を取り直してください", "game": "消えたアイテムを戻してください"}
REPEAT_DEMAND_EN = {
    "city": "reissue my residence certificate", "air": "confirm the date of my refund", "mobile": "tell me when the double charge will be refunded",
    "apt": "give me a date for the leak repair", "clinic": "rebook my results appointment", "game": "restore my missing items"}
REPEAT_WRAP_JA = ["何度も言ってますけど、{d}。", "昨日も言いましたよね。{d}。", "またかけました。{d}。", "もう{n}回目です。{d}。", "返事がないのでもう一度。{d}。",
                  "同じこと言わせないで。{d}。", "まだですか？{d}。", "{d}って、何回言えば伝わるんですか。", "念のため再送します。{d}。", "さっきの件です。{d}。"]
REPEAT_WRAP_EN = ["Like I said yesterday, {d}.", "Again: {d}.", "This is message number {n}. {d}.", "I'm asking one more time - {d}.", "No reply, so once more: {d}.",
                  "How many times do I have to say it? {d}.", "Following up AGAIN. {d}.", "Still waiting. {d}.", "Same thing as before: {d}."]
FLOOD_JA = ["まだ？", "おーい", "見てます？", "返事は？", "既読ついてるよね", "早く", "聞いてる？", "電話出て", "ちょっと", "？？？", "いつまで待たせるの", "もしもし",
            "担当者まだ？", "さっきの続き", "スクショ送ります", "なんで無視するの", "いるんでしょ", "はよ", "返信まだ？", "これ見て"]
FLOOD_EN = ["hello??", "anyone there", "answer", "???", "still waiting", "hellooo", "pick up", "why is nobody answering", "see screenshot", "come on",
            "are you reading this", "ok and?", "reply", "i can see you're online", "ping", "this again"]
OFFH_JA = ["至急です。", "緊急でお願いします。", "夜分にすみませんが急ぎです。", "【至急】", "今日中に何とかしてください、至急。", "休日でも関係ないので急ぎで。",
           "緊急！！", "朝一番じゃ遅いんです。至急。", "至急折り返しください。"]
OFFH_EN = ["URGENT.", "Urgent, please respond tonight.", "ASAP.", "Emergency - need an answer now.", "I know it's the weekend but this is urgent.", "[URGENT]", "Need this sorted tonight."]
PROLONG_JA = ["だから、さっきから言ってるでしょう。", "もう一回最初から説明してください。", "納得できるまで切りませんよ。", "それはさっきも聞きました。",
              "じゃあ、その規定ってどこに書いてあるんですか。", "時間はいくらでもありますから。", "話を戻しますけど。", "上の人に代わるまで待ちます。"]
PROLONG_EN = ["Like I said before.", "Explain it again from the beginning.", "I'm not hanging up until I'm satisfied.", "You already told me that.",
              "Where exactly is that written?", "I've got all day.", "Let's go back to the start.", "I'll hold until a supervisor comes."]

# ---------------------------------------------------------------- framing
GREET_MAIL_JA = ["お世話になっております。", "いつもお世話になっております。", "突然のご連絡失礼いたします。", "{biz} ご担当者様\n\nお世話になります。", "こんにちは。", ""]
SIGN_MAIL_JA = ["よろしくお願いいたします。", "以上、よろしくお願いします。", "ご確認のほど、よろしくお願い申し上げます。\n\n――――\n{name}", "何卒よろしくお願いいたします。\n{name}", "以上です。", ""]
GREET_MAIL_EN = ["Hello,", "Hi there,", "Dear {biz} team,", "To whom it may concern,", "Good afternoon,", ""]
SIGN_MAIL_EN = ["Regards,\n{name}", "Thanks,\n{name}", "Best,\n{name}", "Sent from my iPhone", "Kind regards,\n{name}\n--\nPlease reply to this address.", ""]
POLITE_PAD_JA = ["先日はお電話にてご対応いただき、ありがとうございました。", "お忙しいところ恐縮ですが、少しお時間をいただけますと幸いです。",
                 "経緯を順にご説明いたします。", "私としても穏便に済ませたいと考えております。", "長文になりますがご容赦ください。"]
POLITE_PAD_EN = ["Thank you for your call the other day.", "I appreciate you taking the time to read this.", "Let me lay out what happened.",
                 "I'd really like to resolve this amicably.", "Sorry for the long message."]
NAMES_JA = ["山本", "伊藤", "渡辺", "小林", "加藤", "吉田", "山田", "松本", "井上", "木村", "斎藤", "清水", "池田", "橋本", "石井"]
NAMES_EN = ["J. Smith", "Maria Lopez", "D. Chen", "Tom", "Priya K.", "Alex Martin", "S. Novak", "Liam", "Emma W.", "R. Gupta"]

TRANSCRIPT_LABELS_JA = [("客", "担当"), ("お客様", "オペレーター"), ("C", "OP"), ("顧客", "受付"), ("[発信者]", "[応答者]"), ("相手", "当方")]
TRANSCRIPT_LABELS_EN = [("Customer", "Agent"), ("Caller", "Rep"), ("C", "A"), ("[caller]", "[agent]"), ("CUST", "AGT")]
AGENT_LINES_JA = ["お電話ありがとうございます、{biz}の{staff}でございます。", "恐れ入りますが、ご本人確認をさせてください。", "確認いたしますので少々お待ちください。",
                  "ご不便をおかけして申し訳ございません。", "担当部署に確認のうえ、折り返しご連絡いたします。", "規定によりお受けできかねます。", "おっしゃる内容は承りました。",
                  "上の者と相談いたします。"]
AGENT_LINES_EN = ["Thank you for calling {biz}, this is {staff}.", "May I verify your identity first?", "Let me check, one moment please.",
                  "I'm sorry for the inconvenience.", "I'll check with the team and call you back.", "I'm afraid that's outside our policy.", "I understand."]
OUTBOUND_JA = ["お問い合わせありがとうございます。確認のうえ対応いたしました。", "ご連絡いただいた件、担当部署にて確認中です。今しばらくお待ちください。",
               "ご指摘の件、調査結果をご報告いたします。", "手続きが完了しましたのでお知らせいたします。", "先ほどはお電話ありがとうございました。ご案内の資料を添付いたします。",
               "ご不便をおかけしております。規定に基づき対応させていただきます。"]
OUTBOUND_EN = ["Thanks for contacting us. We've taken care of it.", "We're looking into this and will update you shortly.", "Here is the result of our investigation.",
               "Your request has been completed.", "Following up on our call, please find the documents attached.", "We're sorry for the trouble; we'll handle this per our policy."]
