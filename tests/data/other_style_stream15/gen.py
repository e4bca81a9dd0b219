# -*- coding: utf-8 -*-
"""Blind labelled contact-event stream generator: Sendai contact centre, 2029 Q1.

usage: python3 gen.py OUTDIR   (Python 3.11 stdlib only, fixed seed, deterministic)

Part 1: hand-written text pools ("client,client|" prefix = only for those clients).  Part 2: generator.

{n} = surname of a staff member (filled in by gen.py).
Every harassing sentence carries exactly one cue of exactly one content code.
"""

CONTENT_CODES = [
    "excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
    "abusive_language", "legal_threat", "online_defamation_threat",
    "sexual_harassment", "privacy_intrusion", "staff_naming", "pressure_language",
]
STATEFUL_CODES = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]

# ---------------------------------------------------------------- harassing sentences
HARASS = {
    "excessive_demand": {
        "ja": [
            "util|停電で冷凍庫の中身が全部だめになったんだから、中身の代金に上乗せして慰謝料10万円振り込んでけさい。",
            "ski|リフトが1時間止まったんだから、シーズン券の全額返金と来シーズンの券もタダでよこすのが筋でしょ。",
            "car|30分も待たされたので、次回の車検費用はすべてそちら持ちにしていただけますよね。",
            "bank|ATMで待たされた時間、時給換算で補償してもらえるんですよね？",
            "mobile|機種変の手数料ぜーんぶタダにして、ついでに最新機種もサービスしてくれたら許してやってもいい",
            "ward|住民票一枚にこんだけ待たせたんだがら、手数料はただにしてタクシー代も出してもらうべ。",
            "util|規約なんか知らね。とにかく今月の電気代はゼロにしてけろ。",
            "ski|ﾎﾃﾙ代もｳｪｱのﾚﾝﾀﾙ代も、全部そっちで負担してくださいね。当然でしょ？",
            "bank|金利を私だけ特別に0.1％にしていただけないなら、納得いたしかねます。",
            "car|代車は同じグレードの新車じゃなきゃ乗らないから。今日中に用意しといて。",
            "今回の件の迷惑料として、５万円払ってもらいます。",
            "来年の分までタダにしてもらわねぇと、割に合わねぇべ。",
            "これまで払った分、ぜんぶ返金してください。話はそれからです。",
            "ｵﾜﾋﾞﾆ商品券くらい送ってくるのが常識でしょ？３万円分ね",
            "ward|窓口で二時間も待たされたんだから、今年の住民税、少しは減らしてもらえるんでしょうね。",
            "規定外でも何でもいいから、私の分だけ特別扱いで何とかしてください。",
            "mobile|通信障害のおわびっつうなら、一年分の基本料ば返してもらわねば割に合わねぇっちゃ。",
        ],
        "en": [
            "ski|One day of lift closures and I want the whole week refunded, plus free lessons for the kids.",
            "bank,mobile,util|I expect every fee on my account to be waived for the next twelve months to make up for this.",
            "car|Give me a brand new replacement car, not a loaner, and pay for my petrol for the month.",
            "util|Refund all my gas bills since October, I don't care what the contract says.",
            "mobile|u owe me a free upgrade to the top plan for life tbh",
            "bank,mobile|Your app was down 20 mins so I expect at least 50,000 yen compensation lah.",
            "ward|The ward should pay for my removal van since your paperwork took so long.",
            "I want a full refund of everything I've ever paid you, and then some.",
            "Throw in a free year of service and we'll call it even.",
            "car|And I want free servicing for the life of the car on top of that.",
            "ward|Waive every fee I'll ever pay the ward office, that's fair after this.",
            "Make an exception for me, I don't care what your rules say, I want the money back plus extra.",
            "ski|Comp our entire trip - flights, hotel, the lot - that's the only fair outcome.",
        ],
    },
    "apology_demand": {
        "ja": [
            "まず土下座して謝れ。話はそれからだ。",
            "責任者の署名と印鑑の入った謝罪文を、明日までに郵送してください。",
            "誠意ってもんを見せてもらわねば。頭下げるのが先だべ。",
            "電話で謝っただけで済むとお思いですか。文書できちんと謝罪していただきます。",
            "社長名義のお詫び状、関わった社員全員の署名つきでよこして。",
            "あやまれ！ちゃんとあやまれ！！",
            "ｺﾞﾒﾝﾅｻｲじゃ足りないの、床に手ぇついて謝ってもらうから。",
            "朝礼で、職員全員の前で私に謝罪する場を設けてください。",
            "謝罪広告をホームページのトップに一ヶ月載せてください。",
            "上の人から直接謝罪の電話よこすまで、こっちは納得しねぇから。",
        ],
        "en": [
            "ski|I want a written apology signed by your CEO, on letterhead, posted to my hotel.",
            "Get on your knees and say sorry properly, that's the least you can do.",
            "Say sorry. No, say it like you actually mean it. Again.",
            "I demand a formal letter of apology from every single person who touched my case.",
            "Post a public apology on your website with my name in it.",
            "ur manager needs to ring me and grovel, sorry isnt enough",
            "Until your director apologises to me personally in writing, this isn't over.",
            "Each of your staff is to apologise to my wife one by one.",
        ],
    },
    "in_person_demand": {
        "ja": [
            "今から家まで説明に来い。電話じゃ話になんね。",
            "担当者が直接うちさ来て、説明してけさい。",
            "明日の朝一番に、責任者の方が私の会社までお越しください。",
            "顔も見せねぇで何が対応だ。こっちさ出向いてこい。",
            "窓口の人、午後にでも泉区のうちまで来てもらえます？",
            "ski|ホテルまで迎えに来て、面と向かって説明しなさい。",
            "bank,car,mobile|支店長を連れて我が家まで来るのが当然でしょう。",
            "直接会って話すまで引かないんで。日時決めてそっちから来てください。",
            "ｷｮｳﾁｭｳﾆ ｳﾁﾏﾃﾞ ｺｲ",
            "こっちから行く義理はない。そっちが仙台駅前まで出てきて。",
        ],
        "en": [
            "Send someone to my apartment tonight to explain this face to face.",
            "ski|I want your manager at my chalet tomorrow morning, in person.",
            "Come to my office and explain yourselves, I'm not doing this over the phone.",
            "ski|Meet me at the lodge. Not email, not chat. In person.",
            "ski|your boss come to my hotel lobby and talk to me, can or not",
            "ward|Someone from the ward needs to come round to my house and sort it out in person.",
            "bank,car,mobile|I expect the branch manager to visit me at home this week.",
            "I want someone here at my door tomorrow to explain this, in person.",
            "Don't call me, come and see me. Face to face, my place, this week.",
            "Get yourselves down to my place and look me in the eye when you explain it.",
        ],
    },
    "violence_threat": {
        "ja": [
            "次来たらぶん殴っからな。",
            "夜道には気をつけた方がいいっすよ。",
            "店ごと燃やしてやろうか。",
            "窓口のガラス、叩き割ってやる。",
            "覚えとけよ、ただじゃおかねぇ。",
            "お前んとこの営業所、車で突っ込んでもいいんだぞ。",
            "ｺﾛｽｿﾞ",
            "痛い目見ないとわかんねぇのか。",
            "ご家族がどうなっても知りませんよ？",
            "灯油持ってそっち行くからな、待ってろ。",
        ],
        "en": [
            "Keep this up and I'll come down there and smash your face in.",
            "I know where your office is. Think about that.",
            "Somebody's going to get hurt if this isn't sorted.",
            "car,mobile,ski,bank|I'll put a brick through your shop window, mate.",
            "You'd better watch your back when you leave work tonight.",
            "ski|i swear ill burn that ski hire place down",
            "I'll wring your neck if you hang up on me again.",
            "Want me to come in with a bat? Because that's where this is heading.",
        ],
    },
    "abusive_language": {
        "ja": [
            "ward|お前ら税金泥棒だべ。",
            "この無能が。給料泥棒。",
            "日本語わかる？バカなの？",
            "こんな簡単なこともできねぇのか、ほんっと使えねぇな。",
            "あんたみたいなのが窓口にいるから客が減るんだよ、ゴミが。",
            "{n}って人、頭おかしいんじゃないですか。",
            "クズ会社のクズ社員。",
            "ﾊﾞｶｼﾞｬﾈｰﾉ",
            "あんたなんか生きてる価値ないよ。",
            "おだづなよ、このぼんくらが。",
        ],
        "en": [
            "You're completely useless, do you know that?",
            "Are you thick or just pretending?",
            "You lot are a bunch of brainless clowns.",
            "{n} is an absolute idiot and should be ashamed of themselves.",
            "stupid girl cannot even do simple thing",
            "Honestly you're the dumbest person I've ever spoken to.",
            "Listen here, you worthless muppet.",
            "ur all morons. every single one of u",
        ],
    },
    "legal_threat": {
        "ja": [
            "訴えますよ。弁護士にはもう話してありますから。",
            "損害賠償を請求させてもらいますんで、そのつもりで。",
            "出るところに出てもいいんですよ？",
            "util|経産省さ通報すっぺか？",
            "bank|こんな対応、金融庁に言いつけますからね。",
            "mobile|総務省に苦情入れてやる。",
            "裁判になったら困るのはそっちでしょうが。",
            "うったえっぞ！",
            "消費者センターと弁護士に全部言うからね、いいの？",
            "監督官庁に報告させていただきますので、ご承知おきください。",
        ],
        "en": [
            "I'll be suing you for every yen you've got.",
            "My lawyer will be in touch and you won't like it.",
            "bank|Expect a complaint to the Financial Services Agency by tonight.",
            "See you in court.",
            "Fix it or I take you to small claims, your choice lah.",
            "I'm reporting you to the consumer affairs people and the ministry, watch me.",
            "I'll have my solicitor pick your terms apart line by line.",
            "one more excuse and its legal action",
        ],
    },
    "online_defamation_threat": {
        "ja": [
            "この対応、全部Xに晒すから。",
            "Googleの口コミに星1つけまくってやる。",
            "録音したやつ、YouTubeにあげてもいいんですね？",
            "担当の名前出して、SNSで拡散しますよ。",
            "地元の掲示板に書き込んで、二度と客来ないようにしてやる。",
            "ﾈｯﾄﾆｶｷｺﾑｿﾞ",
            "インスタのフォロワー3万人に、ここがどんだけひどいか教えてあげよっかな〜",
            "TikTokで動画にしたらバズるだろうなぁ。",
            "新聞に投書して、世間に知ってもらいます。",
            "知り合いのまとめサイトさ載せてもらうっちゃ。",
        ],
        "en": [
            "I'll be leaving a one-star review on every site I can find.",
            "ski|This is going straight on TripAdvisor, with photos.",
            "Wait till my 40k followers hear about this.",
            "gonna post the whole chat log on reddit lol",
            "I'll name and shame you in every expat Facebook group in Sendai.",
            "ski|Hong Kong travel forums will hear all about your resort, trust me.",
            "I've recorded this call and it's going on YouTube.",
            "Maybe a thread on X will get your attention.",
        ],
    },
    "sexual_harassment": {
        "ja": [
            "オペレーターさん声かわいいね。彼氏いんの？",
            "今日どんな下着つけてんの？",
            "窓口のお姉さん、今度飲みに行こうよ。ホテルもとってあるからさ。",
            "そのスカート短いね、もっと見せてよ。",
            "胸大きいって言われない？",
            "ｽﾘｰｻｲｽﾞ教えて",
            "声だけでムラムラするわ。",
            "お嬢ちゃん、おじさんと混浴の温泉さ行くべ。",
            "結婚してんの？夜の方はどうなのよ。",
            "手、握ってもいいですか？ちょっとくらいいいでしょ。",
        ],
        "en": [
            "You sound sexy, what are you wearing right now?",
            "Bet you look hot in that uniform.",
            "ski|Come up to my room after your shift, I'll make it worth your while.",
            "Are you single? Send me a pic ;)",
            "ski,car|The girl at the rental counter should wear shorter skirts, nice legs.",
            "talk dirty to me and maybe ill calm down",
            "How about you sit on my lap and we sort this out.",
            "Your voice is turning me on, keep talking.",
        ],
    },
    "privacy_intrusion": {
        "ja": [
            "{n}さんって何時に上がるの？駐車場で待ってるね。",
            "あの受付の人の住所教えて。お礼しに行きたいから。",
            "担当の人の個人のLINE教えてよ。",
            "昨日、{n}さん長町のスーパーにいたよね。見かけたよ。",
            "窓口の人の写真撮ったから、あとで名前調べとくわ。",
            "あなたの携帯番号を教えてください。会社の電話だと話しにくいので。",
            "お前の家、八幡町のあたりだべ？知ってんだ。",
            "ｼﾌﾄ何曜日？また見に行くから",
            "休みの日は何してるの？どこに住んでんの？",
            "退勤するとこ、車から見てたよ。",
        ],
        "en": [
            "What time does {n} finish? I'll wait for her outside.",
            "Give me her personal mobile number, not the office line.",
            "Which suburb do you live in? Just curious.",
            "I took a photo of the lady at the desk so I can find her on Facebook.",
            "saw you at the station starbucks yesterday, you didnt see me tho",
            "Tell me which days {n} works so I can catch her.",
            "What's your home address? I'd like to send you something personally.",
            "util,car|I followed your van back to the depot to see where you lot park.",
        ],
    },
    "staff_naming": {
        "ja": [
            "{n}を出せ。{n}以外とは話さねぇ。",
            "{n}さんを辞めさせてください。あの人がクビになるまで納得しません。",
            "また{n}か。担当から外せって言ったべ。",
            "{n}さんの上司のフルネームを教えてください。{n}さんの処分を求めます。",
            "{n}呼んでこい。",
            "{n}って奴、今日いるんだろ？代われ。",
            "{n}を異動させるまで、契約は続けません。",
            "{n}の名前は覚えたからな。{n}、{n}、{n}。",
            "{kana}トカイウヒトニカワッテ。ホカノヒトハイイ。",
            "前回の件は{n}さん本人から説明させてください。他の方は結構です。",
        ],
        "en": [
            "Put {n} on. I'm not talking to anyone else.",
            "I want {n} fired.",
            "Is {n} there? Get {n}, not you.",
            "Make sure {n} never handles my account again, and tell me what discipline {n} got.",
            "{n} {n} {n}. I'll keep saying the name until {n} calls me.",
            "I'm asking for {n} by name. Transfer me.",
            "bank,mobile,util|Get rid of {n} or I close every account I have with you.",
            "Tell {n} I'm asking for her specifically. Every time.",
        ],
    },
    "pressure_language": {
        "ja": [
            "仕事にならないんだよ！どうしてくれんの。",
            "今すぐ対応しろ。",
            "これは致命的なミスですよ、わかってます？",
            "多大な損害が出てるんですけど。",
            "一分一秒でも早く！！！",
            "いますぐなんとかしろや。",
            "こっちは生活かかってんだぞ、いぎなり困ってんだ。",
            "大至急！！大至急！！！",
            "どんだけ損してると思ってんの、何百万の話だよ。",
            "即刻、即日、即対応。それ以外の返事は要りません。",
        ],
        "en": [
            "This is costing me thousands every hour, fix it NOW.",
            "Do it immediately. Not tomorrow. Immediately.",
            "This is a catastrophic failure and completely unacceptable.",
            "I can't run my business like this, it's killing us.",
            "ASAP!!!!! like RIGHT NOW",
            "Drop everything and deal with me first.",
            "Every minute you waste is money out of my pocket.",
            "I need this sorted within the hour, full stop.",
        ],
    },
}

# ---------------------------------------------------------------- clients
CLIENTS = {
    "util": {"ja": "杜の都エナジー", "en": "Morinomiyako Energy", "prefix": "MEN", "share": 0.20, "en_share": 0.33},
    "bank": {"ja": "みちのく青葉銀行", "en": "Michinoku Aoba Bank", "prefix": "MAB", "share": 0.15, "en_share": 0.33},
    "car": {"ja": "広瀬モータース", "en": "Hirose Motors", "prefix": "HRM", "share": 0.13, "en_share": 0.33},
    "ski": {"ja": "みやぎ蔵王スノーパーク", "en": "Miyagi Zao Snow Park", "prefix": "MZS", "share": 0.20, "en_share": 0.83},
    "ward": {"ja": "区役所 区民課", "en": "Ward Office Citizens' Division", "prefix": "WRD", "share": 0.14, "en_share": 0.33},
    "mobile": {"ja": "ハヤテモバイル", "en": "Hayate Mobile", "prefix": "HYM", "share": 0.18, "en_share": 0.33},
}

# grievance statements (no content cue) -------------------------------------------
GRIEV = {
    "util": {
        "ja": [
            "今月の電気代が先月の倍近くになってます。使い方は何も変えてないんですけど。",
            "ガスの開栓を１月１５日の午前で予約してたのに、誰も来ませんでした。",
            "昨日の夕方から３時間も停電して、こっちは寒くていずかったんです。",
            "スマートメーターに替えてから、アプリの使用量の表示がおかしいです。",
            "引っ越しで解約したはずなのに、旧住所の分の請求がまだ来ています。",
            "検針票に書いてある指示数が、メーターの数字と合ってねぇんだわ。",
        ],
        "en": [
            "My electricity bill this month is almost double last month's and nothing has changed at home.",
            "I booked the gas to be connected on the 15th in the morning and no one showed up.",
            "We had a three-hour power cut last night and the apartment got freezing.",
            "Since the smart meter was swapped, the usage graph in the app makes no sense.",
            "I closed my account when I moved out, but I'm still getting bills for the old flat.",
        ],
    },
    "bank": {
        "ja": [
            "先週金曜に振り込んだお金が、まだ相手の口座に入ってないそうです。",
            "駅前のATMでキャッシュカードが出てこなくなりました。",
            "住宅ローンの審査結果、二週間待っても連絡がありません。",
            "アプリが更新されてから、ログインしようとするとエラーになります。",
            "窓口で言われた書類を持って行ったら、別の書類も要ると言われて二度手間になりました。",
            "通帳記帳したら、身に覚えのない手数料が引かれてたっちゃ。",
        ],
        "en": [
            "A transfer I made last Friday still hasn't reached the other account.",
            "The ATM at the station swallowed my cash card.",
            "It's been two weeks and nobody has told me the result of my mortgage application.",
            "Since the app update I can't log in, it just shows an error.",
            "There's a fee on my statement that I don't recognise at all.",
        ],
    },
    "car": {
        "ja": [
            "車検から戻ってきたら、エンジンの警告灯がつくようになりました。",
            "新車の納車が、最初に聞いてた日より二ヶ月も遅れてます。",
            "見積もりでは８万円って言われたのに、請求が１２万円になってました。",
            "スタッドレスへの履き替えを予約してたのに、行ったら予約が入ってないって言われた。",
            "修理から戻ってきた車のドアに、前はなかった傷がついてるんです。",
            "代車は満タンで返せって言われたけど、借りたとき半分しか入ってなかったんだっちゃ。",
        ],
        "en": [
            "After the shaken inspection the engine warning light keeps coming on.",
            "Delivery of my new car is two months later than I was originally told.",
            "The quote said 80,000 yen but the invoice came to 120,000.",
            "I booked a winter tyre change, turned up and you had no record of it.",
            "My car came back from repairs with a scratch on the door that wasn't there before.",
        ],
    },
    "ski": {
        "ja": [
            "第２リフトが止まって、吹雪の中１時間も待たされました。",
            "レンタルのブーツ、予約したサイズと違うのが用意されてました。",
            "仙台駅からのシャトルバス、時刻表の時間に来ませんでした。",
            "子どものスキースクール、予約してたのに名簿に名前がなかったんです。",
            "オンラインで買ったリフト券のQRコードが、ゲートで読み取れなかった。",
            "ロッカーの鍵が壊れてて、荷物が出せなくなったんだわ。",
        ],
        "en": [
            "Lift 2 stopped and we were stuck waiting in a blizzard for an hour.",
            "The rental boots waiting for us were not the size I booked.",
            "The shuttle bus from Sendai station never turned up at the timetabled time.",
            "I booked my kids into ski school and their names weren't on the list.",
            "The QR code on the lift pass I bought online wouldn't scan at the gate.",
            "The locker key broke and we couldn't get our bags out for ages.",
        ],
    },
    "ward": {
        "ja": [
            "転入届の書類、三回も出し直しさせられました。",
            "保育園の入所の結果通知が、期日を過ぎても届いていません。",
            "粗大ごみの収集日に、うちのだけ持って行かれてませんでした。",
            "窓口で番号札を取ってから二時間待ちました。",
            "マイナンバーカードの交付通知が、申請から三ヶ月たっても来ません。",
            "除雪車が通ったあと、家の前に雪の山が残されて車が出せねぇのっしゃ。",
        ],
        "en": [
            "I had to resubmit my moving-in forms three times.",
            "The daycare admission result was supposed to arrive last week and it hasn't.",
            "Our oversized rubbish was the only one on the street not collected.",
            "I waited two hours at the counter after taking a number.",
            "It's been three months since I applied for my My Number card and nothing has arrived.",
        ],
    },
    "mobile": {
        "ja": [
            "昨日の夜から電波がまったく入りません。",
            "先月で解約したはずなのに、今月も基本料金が引き落とされてます。",
            "機種変更のときに、写真のデータが全部消えてしまいました。",
            "ショップで説明されたプランと、請求されてるプランが違います。",
            "eSIMの開通手続き、何回やってもエラーで進めません。",
            "家族割が適用されてねぇって、明細見て気づいたんだけど。",
        ],
        "en": [
            "I've had no signal at all since last night.",
            "I cancelled last month but the basic fee was charged again this month.",
            "All my photos were lost when the shop transferred my data to the new phone.",
            "The plan on my bill isn't the plan the shop told me I was signing up for.",
            "My eSIM activation keeps failing with an error.",
        ],
    },
}

FAIR_ASK = {
    "ja": [
        "原因を確認して、ご連絡いただけますか。",
        "規約どおりの対応をお願いします。",
        "どういう経緯だったのか、説明をお願いしたいです。",
        "同じことが二度とないようにしていただければ、それで結構です。",
        "正直かなり腹が立っていますが、まずは事実を確認してください。",
        "返金の対象になるなら、手続きを教えてください。",
        "対応の記録を残しておいてください。",
        "担当部署に回して、今週中に回答をもらえると助かります。",
        "なじょなってるのか、調べてもらえますか。",
    ],
    "en": [
        "Could you look into what happened and get back to me?",
        "Please handle it according to your terms.",
        "I'd like an explanation of how this happened.",
        "Honestly I'm pretty annoyed, but I just want it fixed.",
        "If I'm entitled to a refund under the policy, please tell me how to claim it.",
        "Please make a note on my file so it doesn't happen again.",
        "Could someone get back to me by the end of the week?",
    ],
}

# ordinary requests ------------------------------------------------------------------
NORMAL = {
    "util": {
        "ja": [
            "引っ越しに伴い、電気とガスの使用開始の手続きをお願いしたいです。",
            "口座振替の申込書を送っていただけますか。",
            "検針票さ書いてある契約番号って、どこ見ればいいのっしゃ？",
            "オール電化向けの料金プランについて教えてください。",
            "ガス給湯器の点検はいつ頃の予定でしょうか。",
            "Web明細への切り替え方法を教えてください。",
            "冬場の電気代を抑えるコツがあれば知りたいです。",
        ],
        "en": [
            "I'm moving into a new apartment in Aoba-ku next month, how do I start electricity and gas?",
            "Can I pay my gas bill by credit card?",
            "Where do I find my customer number on the meter slip?",
            "Do you have an English version of the billing statement?",
            "What's the cheapest plan for a single person in a small flat?",
        ],
    },
    "bank": {
        "ja": [
            "普通預金口座の開設に必要な書類を教えてください。",
            "キャッシュカードの暗証番号を変更したいです。",
            "住所変更の手続きはアプリでもできますか。",
            "定期預金の金利を教えていただけますか。",
            "海外送金の手数料を確認したいです。",
            "通帳を無くしてしまったので、再発行をお願いしたいんだども。",
            "NISA口座について相談したいので、窓口の予約をお願いします。",
        ],
        "en": [
            "What documents do I need to open a savings account as a foreign resident?",
            "How do I set up an overseas transfer to Singapore?",
            "Can I change my registered phone number in the app?",
            "Is the English menu available on your ATMs?",
            "I'd like to book an appointment to talk about a home loan.",
        ],
    },
    "car": {
        "ja": [
            "次回の車検の予約を取りたいです。",
            "スタッドレスタイヤへの交換、今週空いてる日ありますか。",
            "新型の試乗はできますか。",
            "オイル交換だけでもお願いできますか。",
            "下取りの査定をお願いしたいのですが。",
            "冬場、バッテリー上がりした時はどこさ連絡すればいいの？",
        ],
        "en": [
            "Can I book my car in for its shaken inspection next month?",
            "Do you do winter tyre swaps on Saturdays?",
            "Is there an English-speaking staff member for a test drive?",
            "How much would a trade-in valuation take?",
            "My lease ends in April, what are my options?",
        ],
    },
    "ski": {
        "ja": [
            "ナイター営業は何時までですか。",
            "子ども用のレンタルスキーセット、予約できますか。",
            "仙台駅からのシャトルバスの時刻表を教えてください。",
            "シーズン券の購入方法を教えてください。",
            "初心者向けのレッスンは何歳から受けられますか。",
            "今週末のゲレンデの積雪はどのくらいですか。",
            "駐車場は何時から開いてますか。",
        ],
        "en": [
            "Hi! Are there English-speaking ski instructors for kids?",
            "How do we get to the resort from Sendai station?",
            "Can we rent snowboards and jackets at the base lodge?",
            "What time does night skiing finish on weekdays?",
            "Do you sell multi-day lift passes online?",
            "Is there a locker room where we can leave our suitcases?",
            "hi can book private lesson for 2 adults on 14 feb?",
        ],
    },
    "ward": {
        "ja": [
            "住民票の写しを郵送で請求したいのですが。",
            "児童手当の申請に必要なものを教えてください。",
            "粗大ごみの申し込み方法を教えてください。",
            "印鑑登録の手続きはどこでできますか。",
            "確定申告の相談会の日程を知りたいです。",
            "ごみの分別表、新しいのもらえっかな？",
        ],
        "en": [
            "How do I register my address after moving to Sendai?",
            "Where can I get a residence certificate in English?",
            "What are the rubbish collection days for Wakabayashi-ku?",
            "How do I apply for national health insurance?",
            "Is there help available in English for the tax return?",
        ],
    },
    "mobile": {
        "ja": [
            "データ容量の追加はどうやってしますか。",
            "SIMの再発行をお願いしたいです。",
            "海外ローミングの料金を教えてください。",
            "家族割に子どもの回線を追加したいです。",
            "機種変更の予約はできますか。",
            "ギガ足りなくなったんだけど、今月だけ増やせる？",
        ],
        "en": [
            "Can I get a prepaid SIM with a short contract?",
            "How do I turn on international roaming before my trip to Hong Kong?",
            "Is there an English version of the My Hayate app?",
            "How much is it to add a second line for my partner?",
            "Can I keep my number if I switch plans?",
        ],
    },
}

# hard negatives: look like cues, are not -----------------------------------------------
# (client or "*", text)
HARDNEG = {
    "ja": [
        ("*", "{n}さんにとても丁寧に対応していただきました。お礼をお伝えください。"),
        ("*", "前回の{n}さんの説明がわかりやすかったので、また{n}さんにお願いできますか。"),
        ("ski", "先週の吹雪は殺人的でしたね（笑）。今週末は営業してますか？"),
        ("ski", "死ぬほど寒かったけど最高のパウダーでした！来月の予約もしたいです。"),
        ("ski", "強風でリフトが全面運休になったので、規約どおりリフト券の払い戻しをお願いします。"),
        ("ski", "Googleの口コミで『レンタルが混む』と書かれてましたが、予約すれば待たずに済みますか。"),
        ("util", "ガスくさい気がします。至急、点検に来ていただけますか。"),
        ("util", "メーター交換の立ち会い、火曜の午後なら家にいます。"),
        ("util", "Xで停電の情報を見たんですが、復旧の見込みはわかりますか。"),
        ("util", "停電で仕事にならない状況で困ってます。復旧の見込みだけでも教えてください。"),
        ("bank", "父が亡くなり、弁護士さんと相続の手続きを進めています。必要な書類を教えてください。"),
        ("bank", "カードを盗まれたかもしれません。至急止めてください。"),
        ("bank", "二重に引き落とされているので、差額の返金をお願いします。本当に頭にきていますが、まずは確認をお願いします。"),
        ("car", "訴えるつもりはありませんが、修理の経緯を文書でいただけますか。保険会社に出すので。"),
        ("car", "エンジンの警告灯がついたので、明日の朝一で伺います。見てもらえますか。"),
        ("car", "腕が鳴りますね、新しいスポーツモデルの試乗、楽しみにしてます。"),
        ("ward", "消費生活センターに相談したら、まずは区役所に確認するように言われました。"),
        ("ward", "足が悪いので、訪問での手続きが可能な制度があれば教えてください。"),
        ("ward", "窓口の方に謝っていただきましたが、こちらも書類を忘れて申し訳なかったです。"),
        ("mobile", "ネットの掲示板で『つながりにくい』と読んだのですが、泉区のエリアは大丈夫ですか。"),
        ("mobile", "解約したのに請求されているので、規約どおり返金をお願いします。正直かなり怒っています。"),
        ("mobile", "首を長くして待ってた新機種、入荷したら連絡ください。"),
        ("*", "三回も同じ説明をさせられて正直腹が立っています。記録を共有していただけますか。"),
        ("*", "顔から火が出るほど恥ずかしいんですが、パスワードを忘れてしまいました。"),
        ("*", "お手数をおかけして申し訳ありません、至急ではないのでお手すきの時に。"),
    ],
    "en": [
        ("*", "Please pass my thanks to {n}, she was brilliant on the phone yesterday."),
        ("*", "Could I ask for {n} again? She explained everything really clearly last time."),
        ("ski", "The powder yesterday was killer! Can we extend our lift passes two more days?"),
        ("ski", "I'd kill for a powder day like last Tuesday again - any snow forecast for the weekend?"),
        ("ski", "The lifts were all closed for wind, so per your policy I'd like the day refunded please."),
        ("ski", "I read on TripAdvisor that the rental shop gets slammed at 9, is it better to book ahead?"),
        ("ski", "The moguls on the black run nearly killed me haha. Can I book an intermediate lesson?"),
        ("ski", "I cancelled the lesson 48 hours ahead, so under your terms I should get a full refund - could you process it?"),
        ("util", "There's a smell of gas in the kitchen, can someone come and check it urgently?"),
        ("util", "A technician can come to swap the meter any time Tuesday afternoon, I'll be home."),
        ("bank", "Our lawyer is handling my late father's estate - which documents does the bank need?"),
        ("bank", "My card was stolen on the train, please block it urgently."),
        ("bank", "I'm really angry - I was charged twice for the same payment. Please refund the duplicate."),
        ("car", "I'm not going to make a fuss online, I just want the extra charge explained."),
        ("car", "That deal on the hybrid is a steal, can I come in Saturday to look at it?"),
        ("ward", "A friend shared your post on Facebook about the new English desk - which days is it open?"),
        ("mobile", "The queue at the shop was murder, can I do the plan change online instead?"),
        ("mobile", "I'm dying to try the new phone - when can I pre-order?"),
        ("*", "Sorry to bother you again, it's not urgent, just whenever you get a chance."),
        ("*", "I'm pretty fed up after explaining this three times, but I know it's not your fault. Can you check?"),
    ],
}

# stateful-only material ---------------------------------------------------------------
REPEAT_DEMAND = {
    "util": {"ja": "検針の数字をもう一度確認して、結果を書面で送ってください。",
             "en": "Please re-check my meter reading and send me the result in writing."},
    "bank": {"ja": "引かれた手数料の内訳を書面で送ってください。",
             "en": "Please post me a written breakdown of the fees you took."},
    "car": {"ja": "見積もりと請求の差額の内訳を出してください。",
            "en": "Please send an itemised breakdown of the difference between the quote and the invoice."},
    "ski": {"ja": "シャトルバスが実際に何時に出たのか、記録を確認して教えてください。",
            "en": "Please confirm in writing what time the shuttle bus actually left."},
    "ward": {"ja": "結果通知がいつ届くのか、日付をはっきり教えてください。",
             "en": "Please tell me the exact date the result notice will be sent."},
    "mobile": {"ja": "解約日の記録を確認して、書面で送ってください。",
               "en": "Please confirm my cancellation date in writing."},
}
REPEAT_PREFIX = {
    "ja": ["", "先日もお願いしましたが、", "繰り返しになりますが、", "何度もすみません。",
           "まだお返事がないので、もう一度書きます。", "昨日も電話しましたが、", "回答がないので再度連絡しました。",
           "前にも言ったっけど、"],
    "en": ["", "As I asked before, ", "Following up again: ", "Sorry to repeat myself, but ",
           "Still no answer, so once more: ", "I called yesterday too. ", "Again: "],
}
FLOOD_MSG = {
    "ja": ["まだですか", "見てますか？", "返事ください", "おーい", "？？？", "ちょっと", "担当の人いないの？",
           "既読ついてますよね", "さっきの件です", "聞こえてますかー", "まだ？", "もしもし", "返信まだ",
           "いつになったら返事来るのっしゃ"],
    "en": ["hello?", "anyone there", "still waiting", "??", "reply pls", "helloooo", "is this chat even working",
           "hello???", "are you there", "any update", "same question as above", "waiting..."],
}
OFFHOURS_OPEN = {
    "ja": {"night": ["夜分に失礼します。至急確認したいのですが、", "こんな時間にすみません。", "【至急】", "緊急です！", "夜遅くに失礼します、急ぎです。"],
           "early": ["朝早くにすみません。至急です。", "【至急】", "出勤前に失礼します、緊急で。"],
           "holiday": ["休日にすみません、緊急で。", "お休みのところ失礼します。至急です。", "【至急】", "緊急です！"]},
    "en": {"night": ["Sorry for the late message, urgent: ", "URGENT - ", "I know it's late but this can't wait. "],
           "early": ["Sorry it's early, but this is urgent: ", "URGENT - "],
           "holiday": ["I know you're closed today but this is urgent. ", "URGENT - ", "Sorry to message on your day off, urgent: "]},
}

# agent lines ---------------------------------------------------------------------
AGENT_GREET = {
    "ja": ["お電話ありがとうございます。{c}の{n}でございます。", "お待たせいたしました、{n}です。",
           "はい、{c}お客さまセンター、{n}が承ります。", "お電話ありがとうございます、{n}と申します。"],
    "en": ["Thank you for calling {c}, this is {n}.", "Hello, {c} support, {n} speaking.",
           "Thanks for holding, my name is {n}, how can I help?"],
}
AGENT_MID = {
    "ja": ["確認いたしますので、少々お待ちください。", "恐れ入りますが、お客さま番号を伺えますか。",
           "ご不便をおかけして申し訳ございません。", "担当部署に確認のうえ、折り返しご連絡いたします。",
           "状況を確認させていただきます。", "さようでございますか。", "はい、承知いたしました。"],
    "en": ["Let me check that for you, one moment please.", "Could I have your customer number, please?",
           "I'm sorry for the inconvenience.", "I'll check with the team and call you back.",
           "I understand.", "Right, I see.", "Thank you for your patience."],
}
AGENT_FIRM = {
    "ja": ["恐れ入りますが、規約上そのご要望にはお応えいたしかねます。", "そのような言葉はお控えいただけますでしょうか。",
           "これ以上は対応いたしかねますので、お電話を終了させていただきます。", "上の者と相談のうえ、書面でご回答いたします。"],
    "en": ["I'm afraid that's not something we can do under the terms.", "Please don't speak to me like that.",
           "If this continues I will have to end the call.", "I'll pass this to my supervisor and we'll reply in writing."],
}
CUST_TAIL = {
    "ja": ["わかりました。", "ありがとうございます。", "はい。", "お願いします。", "んだね、わかった。"],
    "en": ["Okay, thanks.", "Got it.", "Cheers.", "Alright.", "Thank you."],
}
CUST_HOSTILE_TAIL = {
    "ja": ["話になんねぇな。", "もういい。", "はぁ？", "またかけるから。"],
    "en": ["Unbelievable.", "Whatever.", "We're not done.", "I'll call again."],
}
LONGCALL_CUST = {
    "ja": ["だから、さっきから言ってるとおりなんですよ。", "最初から説明しますね。", "いや、まだ話終わってないから。",
           "それはさっきも聞きました。", "じゃあ、もう一回整理しますけど。", "そもそもの話なんだけどね。",
           "ちょっと待って、メモ取るから。", "納得できないんですよ、そこが。"],
    "en": ["Like I said at the start.", "Let me explain it again from the beginning.", "No, I haven't finished.",
           "You told me that already.", "Okay so let's go through it one more time.",
           "Hang on, I'm writing this down.", "That's the bit I don't accept."],
}
LONGCALL_AGENT = {
    "ja": ["はい、伺っております。", "先ほどご説明したとおりでございます。", "恐れ入りますが、ご回答は変わりません。",
           "ほかのお客さまもお待ちですので、そろそろ……", "記録には残しておりますので。"],
    "en": ["Yes, I'm listening.", "As I explained earlier.", "I'm afraid the answer is the same.",
           "I do need to help other customers soon.", "It's all noted on your file."],
}

OUTBOUND = {
    "ja": ["ご連絡ありがとうございます。確認いたしましたので、ご報告いたします。",
           "お問い合わせいただいた件につきまして、ご案内いたします。詳細は下記のとおりです。",
           "ご不便をおかけしております。担当部署にて確認中ですので、今しばらくお待ちください。",
           "お手続きが完了しましたのでお知らせいたします。",
           "ご指摘いただいた点について、調査の結果をご報告いたします。"],
    "en": ["Thank you for contacting us. We've looked into this and here is what we found.",
           "Thanks for your message - the change has been made on your account.",
           "We're sorry for the trouble. The team is checking and we'll update you shortly.",
           "Your request has been processed. Please let us know if anything else comes up."],
}
OUTBOUND_FIRM = {
    "ja": ["ご要望につきましては、規約に基づきお応えいたしかねます。何卒ご理解ください。",
           "先日ご回答したとおり、当社の対応は変わりません。",
           "今後、同様のご要望には書面でのみ回答いたします。"],
    "en": ["We're unable to meet this request under the terms of your contract.",
           "As we replied previously, our position has not changed.",
           "Further requests of this kind will be answered in writing only."],
}

SUBJECTS = {
    "util": {"ja": ["ご請求について", "電気料金の件", "ガス開栓について", "お問い合わせ", "停電について"],
             "en": ["Billing question", "Electricity bill", "Gas connection", "Enquiry", "Power cut"]},
    "bank": {"ja": ["振込について", "キャッシュカードの件", "住宅ローンのご相談", "お問い合わせ", "口座について"],
             "en": ["Transfer", "Cash card", "Home loan", "Question", "My account"]},
    "car": {"ja": ["車検の件", "納車について", "お見積りの件", "タイヤ交換予約", "修理について"],
            "en": ["Shaken inspection", "Delivery date", "Invoice", "Tyre change booking", "Repair"]},
    "ski": {"ja": ["リフト券について", "レンタルの件", "スクール予約", "シャトルバスについて", "お問い合わせ"],
            "en": ["Lift pass", "Rental gear", "Ski school booking", "Shuttle bus", "Question re our stay"]},
    "ward": {"ja": ["転入手続きについて", "保育園入所の件", "粗大ごみ収集", "窓口について", "マイナンバーカード"],
             "en": ["Moving-in registration", "Daycare admission", "Rubbish collection", "Counter service", "My Number card"]},
    "mobile": {"ja": ["通信障害について", "解約の件", "機種変更", "料金プランについて", "eSIMの開通"],
               "en": ["No signal", "Cancellation", "Phone upgrade", "Plan / billing", "eSIM activation"]},
}

EMAIL_OPEN = {
    "ja": ["お世話になっております。", "いつもお世話になっております。", "はじめてご連絡いたします。", "お問い合わせです。",
           "", "こんにちは。"],
    "en": ["Hi,", "Hello there,", "Dear Sir/Madam,", "G'day,", "Hi team,", ""],
}
EMAIL_CLOSE = {
    "ja": ["よろしくお願いいたします。", "以上です。", "よろしくです。", "", "ご確認お願いします。"],
    "en": ["Thanks", "Cheers", "Regards", "", "Thank you,", "Best"],
}
EN_SIGN = ["Mick", "Sarah", "Wong", "Priya", "Jason", "Mei Ling", "Tom", "Chloe", "Raj", "Ka Yan", "Liam", "Ana"]

# =====================================================================================
# generator
# =====================================================================================
import datetime as _dt
import hashlib
import json
import os
import random
import sys

SEED = 20290101
JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
START = _dt.date(2029, 1, 1)
END = _dt.date(2029, 3, 31)
PUBLIC_HOLIDAYS = {
    "2029-01-01": "元日",
    "2029-01-08": "成人の日",
    "2029-02-11": "建国記念の日 (Sunday)",
    "2029-02-12": "振替休日",
    "2029-02-23": "天皇誕生日",
    "2029-03-20": "春分の日",
}
YEAR_END_CLOSURE = ["2029-01-02", "2029-01-03"]  # contract default 12-29 .. 01-03
CLOSED = sorted(set(PUBLIC_HOLIDAYS) | set(YEAR_END_CLOSURE))
N_CUSTOMERS = 400
N_NORMAL, N_LEGIT, N_HARASS = 280, 48, 72
N_STATEFUL_ONLY = 12

AGENTS = [("佐藤", "サトウ", "Sato"), ("高橋", "タカハシ", "Takahashi"), ("千葉", "チバ", "Chiba"),
          ("菅原", "スガワラ", "Sugawara"), ("阿部", "アベ", "Abe"), ("佐々木", "ササキ", "Sasaki"),
          ("遠藤", "エンドウ", "Endo"), ("菊地", "キクチ", "Kikuchi"), ("及川", "オイカワ", "Oikawa"),
          ("熊谷", "クマガイ", "Kumagai"), ("小野寺", "オノデラ", "Onodera"), ("今野", "コンノ", "Konno"),
          ("庄司", "ショウジ", "Shoji"), ("引地", "ヒキチ", "Hikichi"), ("丹野", "タンノ", "Tanno"),
          ("大友", "オオトモ", "Otomo"), ("三浦", "ミウラ", "Miura"), ("後藤", "ゴトウ", "Goto"),
          ("斎藤", "サイトウ", "Saito"), ("鈴木", "スズキ", "Suzuki"), ("渡辺", "ワタナベ", "Watanabe"),
          ("加藤", "カトウ", "Kato"), ("伊藤", "イトウ", "Ito"), ("桜井", "サクライ", "Sakurai"),
          ("カーター", "カーター", "Carter"), ("リー", "リー", "Lee")]
AGENT_IDS = ["agt-%03d" % (i + 1) for i in range(len(AGENTS))]
AG = dict(zip(AGENT_IDS, AGENTS))

STATEFUL_RULES = {
    "repetition": {
        "rule": "the same demand (same underlying request/grievance of the customer) raised in >= 4 inbound "
                "contacts (the first one plus >= 3 repeats) spread over >= 3 distinct JST dates within any 14-day window",
        "min_contacts": 4, "min_distinct_days": 3, "window_days": 14,
        "note": "a single burst on one day is contact_flood, not repetition; normal customers raise a demand at most 2 times, legitimate complainers at most 3 times",
    },
    "off_hours_contact": {
        "rule": "inbound contacts whose JST start time is outside Mon-Fri 09:00-18:00 or on a closed day: >= 4 such contacts on >= 3 distinct JST dates in the quarter",
        "min_contacts": 4, "min_distinct_days": 3,
        "note": "normal customers have at most 1 off-hours contact, legitimate complainers at most 2; harassers' off-hours messages often carry 至急/緊急/urgent",
    },
    "contact_flood": {
        "rule": ">= 6 inbound contacts (any channel) within any 60-minute window",
        "min_contacts": 6, "window_minutes": 60,
        "note": "normal customers have at most 2 inbound contacts in any hour, legitimate complainers at most 3",
    },
    "prolonged_contact": {
        "rule": "one inbound phone call or visit with duration_s >= 3600, or inbound phone+visit duration summing to >= 5400 s on one JST date",
        "single_min_s": 3600, "daily_sum_min_s": 5400,
        "note": "normal customers: calls <= 1500 s, visits <= 2400 s; legitimate complainers: calls <= 2700 s and < 3600 s per day",
    },
}


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.events = []       # internal dicts
        self.counter = 0
        self.used = {}         # per (customer, pool) used indices

    # ------------------------------------------------------------------ time helpers
    def is_closed_day(self, d):
        return d.weekday() >= 5 or d.isoformat() in CLOSED

    def biz_days(self):
        d, out = START, []
        while d <= END:
            if not self.is_closed_day(d):
                out.append(d)
            d += _dt.timedelta(days=1)
        return out

    def at(self, d, h, m, s=None):
        if s is None:
            s = self.r.randint(0, 59)
        return _dt.datetime(d.year, d.month, d.day, h, m, s, tzinfo=JST)

    def biz_time(self, d, latest_h=17):
        h = self.r.randint(9, latest_h)
        m = self.r.randint(0, 59 if h < 17 else 40)
        return self.at(d, h, m)

    @staticmethod
    def is_off(dt):
        j = dt.astimezone(JST)
        d = j.date()
        if d.weekday() >= 5 or d.isoformat() in CLOSED:
            return True
        return not (9 <= j.hour < 18)

    def off_time(self, d=None):
        """random off-hours datetime (on date d if given)."""
        r = self.r
        if d is None:
            d = START + _dt.timedelta(days=r.randint(3, (END - START).days))
        if self.is_closed_day(d):
            h = r.choice([7, 8, 10, 11, 13, 15, 17, 19, 20, 21, 22, 23])
        else:
            h = r.choice([6, 7, 8, 18, 19, 20, 21, 22, 23, 0, 1, 2])
            if h in (0, 1, 2):
                d = d + _dt.timedelta(days=1)
        return self.at(d, h, r.randint(0, 59))

    # ------------------------------------------------------------------ text helpers
    def pick(self, key, pool):
        """pick without repetition per key until exhausted."""
        used = self.used.setdefault(key, [])
        avail = [i for i in range(len(pool)) if i not in used]
        if not avail:
            used.clear()
            avail = list(range(len(pool)))
        i = self.r.choice(avail)
        used.append(i)
        return pool[i]

    def fill(self, s, agent_id, lang):
        ja, kana, en = AG[agent_id]
        if lang == "ja" and self.r.random() < 0.2:
            ja = kana
        return s.replace("{n}", ja if lang == "ja" else en).replace("{kana}", kana)

    def noise(self, text, lang):
        r = self.r
        if lang == "ja":
            x = r.random()
            if x < 0.12:
                text = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
            elif x < 0.17:
                text = text.replace("。", "｡").replace("、", "､")
            elif x < 0.22:
                text = text.replace("。", " ")
            if r.random() < 0.06:
                text += r.choice(["🙏", "😡", "💢", "😊", "❄️", "📱", "(-_-;)", "w"])
        else:
            x = r.random()
            if x < 0.10:
                text = text.lower()
            elif x < 0.18:
                text = text.replace("'", "")
            elif x < 0.25:
                words = text.split(" ")
                idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
                if idx:
                    i = r.choice(idx)
                    w = words[i]
                    k = r.randint(1, len(w) - 2)
                    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
                    text = " ".join(words)
            if r.random() < 0.05:
                text += " " + r.choice(["🙏", "😡", "❄️", "⛷️", "😤", ":(", "!!"])
        return text

    def join(self, parts, lang):
        parts = [p.strip() for p in parts if p and p.strip()]
        return ("" if lang == "ja" else " ").join(parts)

    # ------------------------------------------------------------------ event builders
    def new_id(self):
        self.counter += 1
        h = hashlib.sha256(("%d:%d" % (SEED, self.counter)).encode()).hexdigest()
        return "ev-" + h[:16]

    def emit(self, c, dt, channel, direction, text, codes=(), demand=None, agent=None,
             duration=None, subject=None, thread=None):
        self.events.append({
            "id": self.new_id(), "dt": dt, "channel": channel, "direction": direction,
            "cust": c["id"], "agent": agent, "duration": duration, "subject": subject,
            "text": text, "codes": sorted(set(codes)) if direction == "inbound" else [],
            "demand": demand, "thread": thread,
        })
        return self.events[-1]

    def body_parts(self, c, kind, codes=(), demand_text=None, prefix=""):
        """returns (list of sentences for the customer, codes used)"""
        r, lang, cl = self.r, c["lang"], c["client"]
        parts, used = [], []
        if kind == "normal":
            parts.append(self.pick((c["id"], "normal"), NORMAL[cl][lang]))
        elif kind == "hardneg":
            pool = [t for (k, t) in HARDNEG[lang] if k in ("*", cl)]
            parts.append(self.fill(self.pick((c["id"], "hn"), pool), c["fav_agent"], lang))
        elif kind == "legit":
            parts.append(demand_text)
            parts.append(self.pick((c["id"], "ask"), FAIR_ASK[lang]))
        elif kind == "repeat":
            parts.append(demand_text)
        elif kind == "harass":
            parts.append(demand_text)
            sents = []
            for code in codes:
                pool = [x.split("|", 1)[-1] for x in HARASS[code][lang]
                        if "|" not in x or cl in x.split("|", 1)[0].split(",")]
                s = self.pick(("H", lang, code, c["id"]), pool)
                sents.append(self.fill(s, c["target_agent"], lang))
                used.append(code)
            # harassing sentences sometimes before, sometimes after the grievance
            if r.random() < 0.3:
                parts = sents + parts
            else:
                parts = parts + sents
            if r.random() < 0.25:
                parts.append(self.pick((c["id"], "ask"), FAIR_ASK[lang]))
        if prefix:
            parts[0] = prefix + ("" if lang == "ja" or prefix.endswith(" ") else " ") + parts[0]
        return parts, used

    def agent_for(self, c):
        if c.get("target_agent") and self.r.random() < 0.5:
            return c["target_agent"]
        if c["client"] == "ski" and c["lang"] == "en" and self.r.random() < 0.3:
            return self.r.choice(["agt-025", "agt-026"])
        return self.r.choice(AGENT_IDS[:24])

    def speaker_fmt(self, lang, agent):
        r = self.r
        ja, kana, en = AG[agent]
        if lang == "ja":
            a, cu = r.choice([("担当", "客"), ("オペレーター", "お客様"), ("OP", "CL"), ("【担当】", "【顧客】"),
                              ("A", "C"), ("受付", "相談者"), (ja, "お客さま"), ("agent", "caller")])
        else:
            a, cu = r.choice([("Agent", "Customer"), ("AGENT", "CALLER"), ("Op", "Cust"), ("[A]", "[C]"),
                              ("Staff", "Guest"), ("CSR", "Client"), (en, "Caller"), ("S1", "S2")])
        sep = r.choice([": ", "：", " - ", "> ", " "]) if not a.startswith(("【", "[")) else r.choice(["", " "])
        if lang == "en" and sep == "：":
            sep = ": "
        return a, cu, sep

    def transcript(self, c, agent, cust_sents, hostile=False, long=False):
        r, lang = self.r, c["lang"]
        a, cu, sep = self.speaker_fmt(lang, agent)
        cname = CLIENTS[c["client"]][lang]
        lines = []
        if r.random() < 0.75:
            lines.append((a, self.fill(r.choice(AGENT_GREET[lang]).replace("{c}", cname), agent, lang)))
        for i, s in enumerate(cust_sents):
            lines.append((cu, s))
            if i < len(cust_sents) - 1 or r.random() < 0.7:
                pool = AGENT_FIRM[lang] if (hostile and r.random() < 0.5) else AGENT_MID[lang]
                lines.append((a, r.choice(pool)))
        if long:
            for _ in range(r.randint(4, 8)):
                lines.append((cu, r.choice(LONGCALL_CUST[lang])))
                lines.append((a, r.choice(LONGCALL_AGENT[lang])))
        if r.random() < 0.6:
            lines.append((cu, r.choice(CUST_HOSTILE_TAIL[lang] if hostile else CUST_TAIL[lang])))
        if all(sp == cu for sp, _ in lines):   # always both speakers
            lines.append((a, r.choice(AGENT_MID[lang])))
        return "\n".join("%s%s%s" % (sp, sep, t) for sp, t in lines)

    def wrap_email(self, c, parts):
        r, lang = self.r, c["lang"]
        body = self.noise(self.join(parts, lang), lang)
        op, cl = r.choice(EMAIL_OPEN[lang]), r.choice(EMAIL_CLOSE[lang])
        if lang == "en" and cl and r.random() < 0.6:
            cl += "\n" + r.choice(EN_SIGN)
        return "\n\n".join(x for x in [op, body, cl] if x)

    def visit_text(self, c, agent, parts, hostile):
        r, lang = self.r, c["lang"]
        ja, kana, en = AG[agent]
        said = self.noise(self.join(parts, lang), lang)
        if lang == "ja":
            act = r.choice(AGENT_FIRM["ja"] if hostile else AGENT_MID["ja"])
            return "【来店記録】\n対応者：%s\nお客様：「%s」\n対応：%s" % (ja, said, act)
        act = r.choice(AGENT_FIRM["en"] if hostile else AGENT_MID["en"])
        return "[Visit log]\nStaff: %s\nCustomer said: \"%s\"\nAction: %s" % (en, said, act)

    def contact(self, c, dt, channel, parts, codes=(), demand=None, hostile=False, long=False,
                duration=None, subject_hint=None, thread=None):
        """build one inbound event on the given channel from customer sentences."""
        r, lang, cl = self.r, c["lang"], c["client"]
        agent = self.agent_for(c)
        subject = None
        if channel == "phone":
            sents = [self.noise(p, lang) for p in parts]
            text = self.transcript(c, agent, sents, hostile, long)
            if duration is None:
                duration = r.randint(90, 900)
        elif channel == "visit":
            text = self.visit_text(c, agent, parts, hostile)
            if duration is None:
                duration = r.randint(600, 2400)
        elif channel == "email":
            text = self.wrap_email(c, parts)
            subject = subject_hint or r.choice(SUBJECTS[cl][lang])
            if r.random() < 0.5 or thread is None:
                agent = agent if r.random() < 0.7 else None
        elif channel == "web_form":
            text = self.noise(self.join(parts, lang), lang)
            cat = subject_hint or r.choice(SUBJECTS[cl][lang])
            subject = ("お問い合わせフォーム：" if lang == "ja" else "Contact form: ") + cat
            agent = agent if r.random() < 0.5 else None
        elif channel == "sns":
            handle = {"util": "@morinomiyako_energy", "bank": "@aoba_bank", "car": "@hirose_motors",
                      "ski": "@zao_snowpark", "ward": "@ward_koho", "mobile": "@hayate_mobile"}[cl]
            body = self.noise(self.join(parts, lang), lang)
            text = (handle + " " + body) if r.random() < 0.5 else body
            agent = None
        else:  # chat
            text = self.noise(self.join(parts, lang), lang)
        if thread is None:
            thread = {"email": "th-%s", "web_form": "TKT-%s", "chat": "chat-%s", "sns": None,
                      "phone": None, "visit": None}[channel]
            if thread:
                thread = thread % hashlib.sha256(("t%d:%s" % (self.counter, c["id"])).encode()).hexdigest()[:10]
        return self.emit(c, dt, channel, "inbound", text, codes, demand, agent, duration, subject, thread)

    def reply(self, c, ev, firm=False, delay_min=None):
        """outbound agent reply in business hours after ev."""
        r, lang = self.r, c["lang"]
        if ev["channel"] in ("phone", "visit"):
            if r.random() < 0.5:
                return None
            ch = "phone"
        else:
            ch = ev["channel"]
        t = ev["dt"] + _dt.timedelta(minutes=delay_min if delay_min is not None else r.randint(15, 600))
        t = self.next_biz(t)
        if t.date() > END:
            return None
        agent = ev["agent"] or self.r.choice(AGENT_IDS[:24])
        pool = OUTBOUND_FIRM[lang] if firm else OUTBOUND[lang]
        if ch == "phone":
            a, cu, sep = self.speaker_fmt(lang, agent)
            first = ("先日お問い合わせいただいた件で、%sの%sです。" % (CLIENTS[c["client"]]["ja"], AG[agent][0])
                     if lang == "ja" else "Hi, it's %s from %s, calling back about your enquiry." %
                     (AG[agent][2], CLIENTS[c["client"]]["en"]))
            text = "\n".join("%s%s%s" % (sp, sep, t_) for sp, t_ in
                             [(a, first), (a, r.choice(pool)), (cu, r.choice(CUST_TAIL[lang]))])
            return self.emit(c, t, "phone", "outbound", text, agent=agent, duration=r.randint(60, 400))
        subj = None
        if ch in ("email", "web_form"):
            subj = "Re: " + (ev["subject"] or "")
        text = r.choice(pool)
        if ch == "email":
            text = ("%s様\n\n" % "お客" if lang == "ja" else "Hello,\n\n") + text + (
                "\n\n%s %s" % (CLIENTS[c["client"]]["ja"], AG[agent][0]) if lang == "ja"
                else "\n\n%s, %s" % (AG[agent][2], CLIENTS[c["client"]]["en"]))
        return self.emit(c, t, ch if ch != "web_form" else "email", "outbound", text, agent=agent,
                         subject=subj, thread=ev["thread"])

    def next_biz(self, t):
        j = t.astimezone(JST)
        while True:
            d = j.date()
            if self.is_closed_day(d) or j.hour >= 18:
                j = self.at(d + _dt.timedelta(days=1), 9, self.r.randint(5, 50))
                continue
            if j.hour < 9:
                j = self.at(d, 9, self.r.randint(5, 50))
            return j

    # ------------------------------------------------------------------ channel choice
    def channel(self, c, allow_visit=True):
        cl, lang = c["client"], c["lang"]
        opts = [("phone", 30), ("email", 22), ("chat", 17), ("web_form", 14), ("sns", 11)]
        if cl == "ski" and lang == "en":
            opts = [("phone", 14), ("email", 28), ("chat", 24), ("web_form", 14), ("sns", 18)]
        if allow_visit and cl in ("bank", "car", "ward", "mobile"):
            opts.append(("visit", 6))
        tot = sum(w for _, w in opts)
        x = self.r.uniform(0, tot)
        for ch, w in opts:
            x -= w
            if x <= 0:
                return ch
        return opts[-1][0]

    def spread_days(self, n, gap_min=2, pool=None):
        days = pool or self.biz_days()
        for _ in range(200):
            pick = sorted(self.r.sample(days, n))
            if all((b - a).days >= gap_min for a, b in zip(pick, pick[1:])):
                return pick
        return sorted(self.r.sample(days, n))

    # ------------------------------------------------------------------ profiles
    def gen_normal(self, c):
        r = self.r
        n = r.choices([1, 2, 3, 4], [34, 36, 20, 10])[0]
        days = self.spread_days(n)
        off_used = False
        for i, d in enumerate(days):
            ch = self.channel(c)
            dt = self.biz_time(d)
            if ch in ("email", "web_form", "sns", "chat") and not off_used and r.random() < 0.15:
                dt = self.off_time(d)
                off_used = True
            kind = "hardneg" if r.random() < 0.28 else "normal"
            parts, _ = self.body_parts(c, kind)
            dur = r.randint(60, 1500) if ch == "phone" else (r.randint(600, 2400) if ch == "visit" else None)
            ev = self.contact(c, dt, ch, parts, demand=(c["id"], i), duration=dur)
            if r.random() < 0.25:
                self.reply(c, ev)

    def gen_legit(self, c):
        r, lang = self.r, c["lang"]
        n = r.choices([2, 3, 4, 5], [30, 35, 25, 10])[0]
        days = self.spread_days(n, gap_min=2)
        griev = self.pick((c["id"], "gv"), GRIEV[c["client"]][lang])
        off_left = 2 if r.random() < 0.3 else (1 if r.random() < 0.4 else 0)
        n_main = min(n, r.choice([1, 2, 3]))     # contacts on the main complaint (<= 3)
        for i, d in enumerate(days):
            ch = self.channel(c)
            dt = self.biz_time(d)
            if ch in ("email", "web_form", "sns") and off_left and r.random() < 0.4:
                dt = self.off_time(d)
                off_left -= 1
            if i < n_main:
                pref = "" if i == 0 else self.r.choice(REPEAT_PREFIX[lang][1:4])
                parts, _ = self.body_parts(c, "legit", demand_text=griev, prefix=pref)
                demand = (c["id"], "main")
            else:
                kind = r.choice(["hardneg", "hardneg", "normal", "legit2"])
                if kind == "legit2":
                    g2 = self.pick((c["id"], "gv"), GRIEV[c["client"]][lang])
                    parts, _ = self.body_parts(c, "legit", demand_text=g2)
                else:
                    parts, _ = self.body_parts(c, kind)
                demand = (c["id"], i)
            dur = r.randint(300, 2700) if ch == "phone" else (r.randint(900, 2400) if ch == "visit" else None)
            ev = self.contact(c, dt, ch, parts, demand=demand, duration=dur)
            if r.random() < 0.6:
                self.reply(c, ev)

    def gen_harasser(self, c):
        r, lang, cl = self.r, c["lang"], c["client"]
        content, stateful = c["content"], c["stateful"]
        grievs = GRIEV[cl][lang][:]
        r.shuffle(grievs)
        gi = [0]

        def next_griev():
            g = grievs[gi[0] % len(grievs)]
            gi[0] += 1
            return g

        # codes queue so that every content code is used at least once
        queue = content[:]
        r.shuffle(queue)

        def take_codes():
            if not content:
                return []
            k = r.choices([1, 2, 3], [55, 35, 10])[0]
            k = min(k, len(content))
            out = []
            while queue and len(out) < k:
                out.append(queue.pop())
            while len(out) < k:
                x = r.choice(content)
                if x not in out:
                    out.append(x)
            return out

        days_all = self.biz_days()
        used_days = set()

        def free_day(lo=None, hi=None):
            cand = [d for d in days_all if d not in used_days and (lo is None or d >= lo) and (hi is None or d <= hi)]
            d = r.choice(cand)
            used_days.add(d)
            return d

        prolonged = "prolonged_contact" in stateful

        def dur_for(ch):
            if ch == "phone":
                return r.randint(120, 2400)
            if ch == "visit":
                return r.randint(600, 2400)
            return None

        def harass_parts(demand_text, prefix=""):
            codes = take_codes() if (content and r.random() < 0.85) else []
            if codes:
                return self.body_parts(c, "harass", codes=codes, demand_text=demand_text, prefix=prefix)
            return self.body_parts(c, "repeat", demand_text=demand_text, prefix=prefix)

        # -- repetition block: same demand >= 4 times over >= 3 days within 14 days
        if "repetition" in stateful:
            k = r.randint(4, 7)
            d0 = free_day(hi=END - _dt.timedelta(days=20))
            demand_text = next_griev() if content else self.join(
                [next_griev(), REPEAT_DEMAND[cl][lang]], lang)
            cand = [d for d in days_all if d0 < d <= d0 + _dt.timedelta(days=13) and d not in used_days]
            extra = sorted(r.sample(cand, min(k - 1, len(cand))))
            th = None
            for j, d in enumerate([d0] + extra):
                used_days.add(d)
                ch = r.choice(["email", "phone", "web_form", "chat", "email"])
                pref = "" if j == 0 else r.choice(REPEAT_PREFIX[lang][1:])
                parts, used = harass_parts(demand_text, pref)
                ev = self.contact(c, self.biz_time(d), ch, parts, used, (c["id"], "rep"),
                                  hostile=bool(used), duration=dur_for(ch),
                                  thread=th if ch == "email" else None)
                if ch == "email":
                    th = ev["thread"]
                if j < 2 or r.random() < 0.4:
                    self.reply(c, ev, firm=j >= 1)

        # -- flood block: >= 6 inbound within < 60 minutes
        if "contact_flood" in stateful:
            nb = 1 if r.random() < 0.7 else 2
            for _ in range(nb):
                d = free_day()
                t = self.at(d, r.randint(9, 16), r.randint(0, 15))
                ch0 = r.choice(["chat", "sns", "email", "phone", "chat"])
                g = next_griev()
                m = r.randint(6, 11)
                span = r.randint(18, 50) * 60
                offs = sorted(r.sample(range(0, span), m))
                for j, o in enumerate(offs):
                    dt = t + _dt.timedelta(seconds=o)
                    ch = ch0 if r.random() < 0.75 else r.choice(["chat", "sns", "phone", "email"])
                    if j == 0:
                        parts, used = harass_parts(g)
                    elif content and r.random() < 0.3:
                        parts, used = self.body_parts(c, "harass", codes=take_codes(),
                                                      demand_text=r.choice(FLOOD_MSG[lang]))
                    else:
                        parts, used = [r.choice(FLOOD_MSG[lang])], []
                    dur = r.randint(15, 150) if ch == "phone" else None
                    self.contact(c, dt, ch, parts, used, (c["id"], "flood", j), hostile=bool(used), duration=dur)

        # -- off-hours block: >= 4 off-hours inbound on >= 3 dates
        if "off_hours_contact" in stateful:
            k = r.randint(4, 7)
            all_days = [START + _dt.timedelta(days=i) for i in range((END - START).days - 1)]
            ds = sorted(r.sample(all_days, k))
            for j, d in enumerate(ds):
                dt = self.off_time(d)
                ch = r.choice(["email", "web_form", "sns", "chat", "email", "phone"])
                jd = dt.astimezone(JST)
                kind_t = "holiday" if self.is_closed_day(jd.date()) else ("early" if 5 <= jd.hour < 9 else "night")
                opener = r.choice(OFFHOURS_OPEN[lang][kind_t]) if r.random() < 0.75 else ""
                g = next_griev()
                parts, used = harass_parts(g, opener)
                subj = None
                if ch == "email" and "至急" in opener:
                    subj = "【至急】" + r.choice(SUBJECTS[cl][lang])
                elif ch == "email" and "URGENT" in opener.upper():
                    subj = "URGENT: " + r.choice(SUBJECTS[cl][lang])
                dur = r.randint(60, 600) if ch == "phone" else None  # after-hours line / on-call
                ev = self.contact(c, dt, ch, parts, used, (c["id"], "off", j), hostile=bool(used),
                                  duration=dur, subject_hint=subj and subj.split("】")[-1].split(": ")[-1])
                if subj:
                    ev["subject"] = subj
                if r.random() < 0.4:
                    self.reply(c, ev, firm=bool(used))

        # -- prolonged block
        if prolonged:
            mode = r.choice(["single", "single", "daysum"])
            if mode == "single":
                for _ in range(r.randint(1, 2)):
                    d = free_day()
                    ch = "visit" if (cl in ("ward", "bank", "car") and r.random() < 0.3) else "phone"
                    parts, used = harass_parts(next_griev())
                    self.contact(c, self.at(d, r.randint(9, 15), r.randint(0, 59)), ch, parts, used,
                                 (c["id"], "long", d.isoformat()), hostile=True, long=True,
                                 duration=r.randint(3700, 9000))
            else:
                d = free_day()
                g = next_griev()
                durs = [r.randint(1500, 3300) for _ in range(r.randint(2, 3))]
                while sum(durs) < 5600:
                    durs.append(r.randint(1200, 3000))
                t = self.at(d, 9, r.randint(5, 30))
                for j, du in enumerate(durs):
                    parts, used = harass_parts(g, "" if j == 0 else r.choice(REPEAT_PREFIX[lang][1:]))
                    self.contact(c, t, "phone", parts, used, (c["id"], "longday"), hostile=True, long=True,
                                 duration=du)
                    t = t + _dt.timedelta(seconds=du + r.randint(300, 2400))

        # -- remaining ordinary-timed harassing contacts
        n_more = 0
        if content:
            n_more = max(1, len(content) + r.randint(0, 2) - len(stateful))
            if queue:
                n_more = max(n_more, (len(queue) + 1) // 2)
        elif r.random() < 0.5:
            n_more = 1
        i = 0
        while i < n_more or queue:
            d = free_day()
            ch = self.channel(c)
            g = next_griev()
            if content:
                codes = take_codes()
                parts, used = self.body_parts(c, "harass", codes=codes, demand_text=g)
            else:
                parts, used = self.body_parts(c, "legit", demand_text=g)
            ev = self.contact(c, self.biz_time(d), ch, parts, used, (c["id"], "h", i), hostile=bool(used),
                              duration=dur_for(ch))
            if r.random() < 0.45:
                self.reply(c, ev, firm=bool(used))
            i += 1
        # a harmless contact now and then
        if r.random() < 0.35:
            d = free_day()
            parts, _ = self.body_parts(c, "normal")
            ch = self.channel(c, allow_visit=False)
            self.contact(c, self.biz_time(d), ch, parts, (), (c["id"], "n"),
                         duration=r.randint(60, 600) if ch == "phone" else None)

    # ------------------------------------------------------------------ population
    def customers(self):
        r = self.r
        profiles = ["normal"] * N_NORMAL + ["legit_complainer"] * N_LEGIT + ["harasser"] * N_HARASS
        r.shuffle(profiles)
        cl_names = list(CLIENTS)
        weights = [CLIENTS[k]["share"] for k in cl_names]
        custs = []
        used_ids = set()
        for i, p in enumerate(profiles):
            cl = r.choices(cl_names, weights)[0]
            lang = "en" if r.random() < CLIENTS[cl]["en_share"] else "ja"
            while True:
                cid = "%s-%07d" % (CLIENTS[cl]["prefix"], r.randint(100000, 9999999))
                if cid not in used_ids:
                    used_ids.add(cid)
                    break
            custs.append({"id": cid, "profile": p, "client": cl, "lang": lang,
                          "fav_agent": r.choice(AGENT_IDS[:24]), "target_agent": None,
                          "content": [], "stateful": []})
        # harasser code assignment
        hs = [c for c in custs if c["profile"] == "harasser"]
        so = hs[:N_STATEFUL_ONLY]
        ch = hs[N_STATEFUL_ONLY:]
        # content: guarantee >= 9 customers per code, then random extras
        slots = []
        for code in CONTENT_CODES:
            slots += [code] * 9
        r.shuffle(slots)
        k = 0
        for code in slots:
            for _ in range(len(ch)):
                c = ch[k % len(ch)]
                k += 1
                if code not in c["content"] and len(c["content"]) < 4:
                    c["content"].append(code)
                    break
        for c in ch:
            if not c["content"] or r.random() < 0.25:
                extra = r.choice(CONTENT_CODES)
                if extra not in c["content"]:
                    c["content"].append(extra)
        # stateful: stateful-only harassers 1-2 codes, ~22 content harassers 1 code; >= 9 each
        st_slots = []
        for code in STATEFUL_CODES:
            st_slots += [code] * 10
        r.shuffle(st_slots)
        # stateful-only first: each gets at least one
        for i, c in enumerate(so):
            c["stateful"].append(STATEFUL_CODES[i % 4])
            st_slots.remove(STATEFUL_CODES[i % 4])
        for c in so[:6]:
            extra = r.choice([x for x in STATEFUL_CODES if x not in c["stateful"]])
            c["stateful"].append(extra)
            if extra in st_slots:
                st_slots.remove(extra)
        order = ch[:]
        r.shuffle(order)
        j = 0
        for code in st_slots:
            for _ in range(len(order)):
                c = order[j % len(order)]
                j += 1
                if code not in c["stateful"] and len(c["stateful"]) < 2:
                    c["stateful"].append(code)
                    break
        for c in hs:
            c["content"].sort(key=CONTENT_CODES.index)
            c["stateful"].sort(key=STATEFUL_CODES.index)
            c["target_agent"] = r.choice(AGENT_IDS[:24]) if c["lang"] == "ja" or c["client"] != "ski" \
                else r.choice(AGENT_IDS)
        return custs

    # ------------------------------------------------------------------ stateful evaluation
    def compute_stateful(self, evs):
        out = set()
        inb = sorted([e for e in evs if e["direction"] == "inbound"], key=lambda e: e["dt"])
        # repetition
        by_dem = {}
        for e in inb:
            by_dem.setdefault(e["demand"], []).append(e)
        for dem, es in by_dem.items():
            for i, e in enumerate(es):
                win = [x for x in es[i:] if x["dt"] - e["dt"] <= _dt.timedelta(days=14)]
                days = {x["dt"].astimezone(JST).date() for x in win}
                if len(win) >= 4 and len(days) >= 3:
                    out.add("repetition")
        # off hours
        off = [e for e in inb if self.is_off(e["dt"])]
        if len(off) >= 4 and len({e["dt"].astimezone(JST).date() for e in off}) >= 3:
            out.add("off_hours_contact")
        # flood
        for i, e in enumerate(inb):
            if len([x for x in inb[i:] if x["dt"] - e["dt"] < _dt.timedelta(minutes=60)]) >= 6:
                out.add("contact_flood")
                break
        # prolonged
        per_day = {}
        for e in inb:
            if e["channel"] in ("phone", "visit") and e["duration"]:
                if e["duration"] >= 3600:
                    out.add("prolonged_contact")
                dd = e["dt"].astimezone(JST).date()
                per_day[dd] = per_day.get(dd, 0) + e["duration"]
        if any(v >= 5400 for v in per_day.values()):
            out.add("prolonged_contact")
        return out

    def margins(self, evs):
        """how close a customer gets to each rule (used to assert non-harassers stay well below)."""
        inb = sorted([e for e in evs if e["direction"] == "inbound"], key=lambda e: e["dt"])
        by_dem = {}
        for e in inb:
            by_dem.setdefault(e["demand"], []).append(e)
        rep = max((len(v) for v in by_dem.values()), default=0)
        off = len([e for e in inb if self.is_off(e["dt"])])
        fl = max((len([x for x in inb[i:] if x["dt"] - e["dt"] < _dt.timedelta(minutes=60)])
                  for i, e in enumerate(inb)), default=0)
        per_day = {}
        mx = 0
        for e in inb:
            if e["channel"] in ("phone", "visit") and e["duration"]:
                mx = max(mx, e["duration"])
                dd = e["dt"].astimezone(JST).date()
                per_day[dd] = per_day.get(dd, 0) + e["duration"]
        return rep, off, fl, mx, max(per_day.values(), default=0)

    # ------------------------------------------------------------------ serialisation
    def fmt_time(self, e):
        r = self.r
        src = e["source"]
        dt = e["dt"]
        if src in ("mail-gw", "sns-x") or (src == "zendesk" and r.random() < 0.5):
            u = dt.astimezone(UTC)
            if src == "sns-x":
                return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)
            return u.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if r.random() < 0.8 else "+00:00")
        j = dt.astimezone(JST)
        if src == "chat-widget":
            return j.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+09:00" % (j.microsecond // 1000)
        return j.strftime("%Y-%m-%dT%H:%M:%S+09:00")

    def source_for(self, e):
        r = self.r
        ch, d = e["channel"], e["direction"]
        if ch == "phone":
            return r.choice(["pbx-sendai", "pbx-sendai", "pbx-sendai-2"]) if d == "inbound" else "pbx-sendai-ob"
        if ch == "email":
            return "mail-gw" if d == "inbound" else "zendesk"
        return {"chat": "chat-widget", "web_form": "web-form", "sns": r.choice(["sns-x", "line-oa"]),
                "visit": "visit-log"}[ch]


def main():
    if len(sys.argv) != 2:
        print("usage: python3 gen.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    outdir = sys.argv[1]
    g = Gen(SEED)
    custs = g.customers()
    for c in custs:
        start = len(g.events)
        if c["profile"] == "normal":
            g.gen_normal(c)
        elif c["profile"] == "legit_complainer":
            g.gen_legit(c)
        else:
            g.gen_harasser(c)
        c["_events"] = g.events[start:]

    # labels / checks
    r = g.r
    cust_labels = {}
    for c in custs:
        evs = c["_events"]
        st = g.compute_stateful(evs)
        content = sorted({code for e in evs for code in e["codes"]}, key=CONTENT_CODES.index)
        if c["profile"] == "harasser":
            assert st == set(c["stateful"]), (c["id"], st, c["stateful"])
            assert content == c["content"], (c["id"], content, c["content"])
            assert st or content
        else:
            assert not st and not content, (c["id"], c["profile"], st, content)
            rep, off, fl, mx, day = g.margins(evs)
            lim = (2, 1, 2, 1500, 3000) if c["profile"] == "normal" else (3, 2, 3, 2700, 3600)
            assert rep <= lim[0] and off <= lim[1] and fl <= lim[2], (c["id"], rep, off, fl)
            assert day < lim[4] or (c["profile"] == "normal"), (c["id"], day)
            for e in evs:
                if e["channel"] == "phone" and e["direction"] == "inbound":
                    assert e["duration"] <= lim[3]
        beh = content + [s for s in STATEFUL_CODES if s in st]
        cust_labels[c["id"]] = {"profile": c["profile"], "behaviors": beh}

    # serialise events
    cust_by_id = {c["id"]: c for c in custs}
    for e in g.events:   # source + sub-second part fixed before sorting, so the file order is exact
        e["source"] = g.source_for(e)
        if e["source"] in ("chat-widget", "sns-x"):
            e["dt"] = e["dt"].replace(microsecond=r.randint(0, 999) * 1000)
    evs = sorted(g.events, key=lambda e: (e["dt"].astimezone(UTC), e["id"]))
    lines, ev_labels = [], {}
    n_lang = {"ja": 0, "en": 0}
    for e in evs:
        c = cust_by_id[e["cust"]]
        lang = c["lang"]
        n_lang[lang] += 1
        x = r.random()
        lang_field = lang if x < 0.88 else (None if x < 0.95 else ("en" if lang == "ja" else "ja"))
        o = {"event_id": e["id"], "occurred_at": g.fmt_time(e), "channel": e["channel"],
             "direction": e["direction"], "customer_id": e["cust"], "agent_id": e["agent"]}
        if e["channel"] in ("phone", "visit"):
            o["duration_s"] = e["duration"]
        elif r.random() < 0.5:
            o["duration_s"] = None
        if e["subject"] is not None or e["channel"] in ("email", "web_form") or r.random() < 0.4:
            o["subject"] = e["subject"]
        o["text"] = e["text"]
        o["language"] = lang_field
        o["thread_id"] = e["thread"]
        o["source"] = e["source"]
        lines.append(json.dumps(o, ensure_ascii=False, separators=(",", ":")))
        ev_labels[e["id"]] = e["codes"] if e["direction"] == "inbound" else []

    # meta
    prof_counts = {p: sum(1 for c in custs if c["profile"] == p) for p in ("normal", "legit_complainer", "harasser")}
    per_code = {code: sum(1 for v in cust_labels.values() if code in v["behaviors"])
                for code in CONTENT_CODES + STATEFUL_CODES}
    ev_per_code = {code: sum(1 for v in ev_labels.values() if code in v) for code in CONTENT_CODES}
    assert all(v >= 7 for v in per_code.values()), per_code
    chan = {}
    for e in evs:
        k = "%s/%s" % (e["channel"], e["direction"])
        chan[k] = chan.get(k, 0) + 1
    meta = {
        "seed": SEED,
        "customers": len(custs),
        "start": START.isoformat(),
        "end": END.isoformat(),
        "setting": "Sendai contact centre (2029 Q1) serving six clients: " +
                   ", ".join("%s (%s)" % (v["en"], v["ja"]) for v in CLIENTS.values()),
        "counts": {
            "events": len(evs),
            "inbound": sum(1 for e in evs if e["direction"] == "inbound"),
            "outbound": sum(1 for e in evs if e["direction"] == "outbound"),
            "events_with_content_label": sum(1 for v in ev_labels.values() if v),
            "profiles": prof_counts,
            "stateful_only_harassers": sum(1 for c in custs if c["profile"] == "harasser" and not c["content"]),
            "customers_per_code": per_code,
            "events_per_content_code": ev_per_code,
            "channels": dict(sorted(chan.items())),
            "text_language": n_lang,
            "clients": {k: sum(1 for c in custs if c["client"] == k) for k in CLIENTS},
        },
        "calendar": {
            "timezone": "Asia/Tokyo",
            "weekdays": "Mon-Fri",
            "hours": "09:00-18:00",
            "closed_days_in_range": CLOSED,
            "public_holidays": PUBLIC_HOLIDAYS,
            "year_end_closure": YEAR_END_CLOSURE,
            "note": "Saturdays and Sundays are closed as well; 2029-02-11 falls on a Sunday, so 2029-02-12 is the substitute holiday",
        },
        "stateful_rules": STATEFUL_RULES,
        "labelling": "events: content codes of the hand-written sentences inserted in that inbound event "
                     "(one sentence = one cue = one code); outbound events are never labelled; "
                     "customers.behaviors = content codes of their events + stateful codes computed from the events "
                     "with meta.stateful_rules",
        "agents": {a: {"ja": v[0], "kana": v[1], "en": v[2]} for a, v in AG.items()},
    }
    labels = {"events": ev_labels, "customers": cust_labels, "meta": meta}
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("events=%d customers=%d profiles=%s" % (len(evs), len(custs), prof_counts))


if __name__ == "__main__":
    main()
