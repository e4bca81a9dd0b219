# -*- coding: utf-8 -*-
#!/usr/bin/env python3
"""stream17: blind labelled ContactEvent stream, 2029 Q3, Sapporo contact centre.

python3 gen.py OUTDIR  ->  OUTDIR/events.jsonl, OUTDIR/labels.json
Standard library only, fixed seed, deterministic.

Hand-written text pools first, generator below.

Harassing sentences: one sentence = one content code (contract section 3).
Placeholders: {ja} {kana} {en} are replaced by a staff member's name.
"""

CLIENTS = {
    "mobile": {"ja": "ほっかいモバイル", "en": "Hokkai Mobile"},
    "car": {"ja": "北斗自動車保険", "en": "Hokuto Auto Insurance"},
    "water": {"ja": "すずらん市水道局", "en": "Suzuran City Waterworks Bureau"},
    "tutor": {"ja": "まなびやオンライン", "en": "Manabiya Online"},
    "pet": {"ja": "もふもふペット保険", "en": "Mofumofu Pet Insurance"},
}

AGENTS = [
    ("工藤", "クドウ", "Kudo"), ("菊地", "キクチ", "Kikuchi"), ("佐々木", "ササキ", "Sasaki"),
    ("三浦", "ミウラ", "Miura"), ("千葉", "チバ", "Chiba"), ("小野寺", "オノデラ", "Onodera"),
    ("高田", "タカダ", "Takada"), ("今井", "イマイ", "Imai"), ("成田", "ナリタ", "Narita"),
    ("大西", "オオニシ", "Onishi"), ("村上", "ムラカミ", "Murakami"), ("堀", "ホリ", "Hori"),
    ("藤田", "フジタ", "Fujita"), ("西村", "ニシムラ", "Nishimura"), ("岩崎", "イワサキ", "Iwasaki"),
    ("野口", "ノグチ", "Noguchi"), ("菅原", "スガワラ", "Sugawara"), ("桜井", "サクライ", "Sakurai"),
    ("安藤", "アンドウ", "Ando"), ("上田", "ウエダ", "Ueda"), ("原田", "ハラダ", "Harada"),
    ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"), ("福田", "フクダ", "Fukuda"),
    ("武田", "タケダ", "Takeda"), ("中島", "ナカジマ", "Nakajima"), ("北村", "キタムラ", "Kitamura"),
    ("横山", "ヨコヤマ", "Yokoyama"),
]

CONTENT_CODES = [
    "excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
    "abusive_language", "legal_threat", "online_defamation_threat", "sexual_harassment",
    "privacy_intrusion", "staff_naming", "pressure_language",
]
STATEFUL_CODES = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]

HARASS = {
    "excessive_demand": {
        "ja": [
            "mobile::解約金は全部そっちで持ってよ。ついでに三か月分の基本料もタダにしてもらうから。",
            "car::事故とは関係ないけど、ついでにバンパーの古い傷も保険で直しといてくれや。",
            "water::今年の水道代、ぜーんぶ無料にしてもらわんと割に合わんわ。",
            "tutor::体験が合わなかったんだから、入会金も教材費も一年分の月謝も返してもらえますよね？",
            "pet::待機期間中だろうが関係ねえ、手術代は満額出せ。",
            "mobile::規約なんか知らんけど、うちだけ特別にギガ無制限にしといて。",
            "なまら迷惑したんだから、商品券十万円分くらい送ってくるっしょ普通。",
            "car::ｶﾞｲﾄﾞﾗｲﾝとかよかけん､代車は高級車で一か月用意してくれんね｡",
            "tutor::担当講師をうちの子専属にして、毎日タダで補講つけてください。それくらい当然でしょう。",
            "car|pet::誠に恐縮ですが、本件につきましては過去五年分の保険料を全額ご返金いただくのが筋かと存じます。",
            "へんきん ぜんぶ ばいがえしで おねがいね。",
        ],
        "en": [
            "I want every month I've ever paid refunded, not just this one.",
            "car::Waive my deductible AND cover a rental for the whole summer, that's the least you can do.",
            "mobile::Just give me free unlimited data for a year and we'll call it even.",
            "tutor::pls refund all 12 months of tuition + give us the premium plan free, thx",
            "pet::I don't care what the policy says about pre-existing conditions, pay the full vet bill.",
            "mobile::Comp me a brand new phone, latest model, no charge.",
            "water::I expect my water bill to be zeroed out for the rest of the year.",
            "car|pet::Knock 50% off my premium permanently and throw in a gift card for my trouble.",
        ],
    },
    "apology_demand": {
        "ja": [
            "電話口で謝って済むと思うなよ、責任者が土下座しろ。",
            "mobile|car|tutor|pet::謝罪文を社長名義で書いて、判子押して送ってこい。",
            "あんたの謝り方、心がこもってない。最初からちゃんと謝り直して。",
            "誠意見せるいうんは、床に頭こすりつけることやろ。",
            "謝罪文ば書いてくれんと、こっちは納得できんとよ。",
            "関わった全員の名前入りで詫び状を出してください。",
            "ちゃんと謝れや、手ぇついて。",
            "恐れ入りますが、本件は貴社役員の方からの正式な謝罪文書を頂戴したく存じます。",
            "あやまれ。いますぐ かみで あやまれ。",
            "謝罪が先っしょ。説明とかいらないから、まず詫び入れてよ。",
        ],
        "en": [
            "mobile|car|tutor|pet::I want a written apology signed by your CEO, on company letterhead.",
            "Say sorry properly. Like you actually mean it. Again.",
            "I want your manager to bow and apologize to me personally, on the record.",
            "Nothing moves until I get a formal apology letter from every person who touched my file.",
            "apologize. in writing. and cc ur boss.",
            "A quick sorry won't cut it, I want a grovelling apology from the very top.",
            "I'd like a formal letter of apology from the branch director before we continue, not an email.",
            "ur gonna apologise for wasting my time, in writing, today",
        ],
    },
    "in_person_demand": {
        "ja": [
            "電話じゃ埒あかん、今日中にうちまで来て説明しろ。",
            "支店長が直接うちに来て、顔見て話せや。",
            "担当者を家によこしなさい。話はそれからです。",
            "窓口とか行かんけん、そっちが家まで来んね。",
            "書面で十分と言われても困ります。責任者の方に明日、当方の事務所までお越しいただきます。",
            "顔も見せんで済ませる気？会って話すまで納得せんからね。",
            "tutor::講師の先生に、うちまで直接来てもらいますから。オンラインだからって言い訳はなしで。",
            "したっけ明日、札幌駅の喫茶店まで出てきてよ。面と向かって話すべ。",
            "ｾｷﾆﾝｼｬｶﾞ ｳﾁﾆ ｾﾂﾒｲｼﾆ ｺｲ",
            "pet::獣医さんの説明、あんたらも動物病院まで来て一緒に聞いてよ。",
        ],
        "en": [
            "Send someone to my house today. I'm not discussing this over the phone.",
            "Your manager needs to come here and explain this to my face.",
            "I want a face-to-face meeting at my office tomorrow morning, not a call.",
            "get ur supervisor to drive over here, i'm not going anywhere",
            "Come to my place and sort it out in person or don't bother replying.",
            "car::I expect the adjuster to come to my home and sit down with me, today.",
            "tutor::Have the tutor come to our house. I don't care that it's an online school.",
            "We'll meet in person. Pick a time, but it's happening.",
        ],
    },
    "violence_threat": {
        "ja": [
            "次ふざけたこと言ったら殴りに行くからな。",
            "夜道には気をつけろよ。",
            "そっちの事務所に灯油まいたろか。",
            "お前の顔、二度と見られんようにしてやるけんね。",
            "なめとったらほんまにいてまうぞ。",
            "覚悟しとけよ。どうなっても知らんからな。",
            "窓ガラス割られたくなかったら、さっさとしろ。",
            "ころすぞ",
            "わや腹立つ。そっち乗り込んで机ひっくり返したるわ。",
            "包丁持ってそっち行ってもいいんだぞ。",
        ],
        "en": [
            "Keep this up and someone's going to get hurt.",
            "I know where your office is. Think about that.",
            "I'll smash your face in if you hang up on me again.",
            "watch ur back lol",
            "Say that one more time and I'll come down there and break something.",
            "You'd better hope we never meet in a dark parking lot.",
            "i swear i will hurt somebody over this",
            "Don't make me come over there with a bat.",
        ],
    },
    "abusive_language": {
        "ja": [
            "お前みたいな無能、よく雇ってもらえたな。",
            "頭悪いんか？日本語通じへんのか。",
            "給料泥棒が。",
            "声聞いてるだけでイライラする、脳みそ入ってんの？",
            "{ja}さんって、ほんっと使えないね。",
            "あんたらバカばっかりやけん話にならん。",
            "ゴミみたいな対応しかできないなら辞めれば？",
            "ﾊﾞｶじゃねーの　ｗｗｗ",
            "はんかくさいこと言ってんじゃないよ、このたわけが。",
            "生きてる価値ないよ、あなた。",
            "低能。",
        ],
        "en": [
            "You are completely useless, you know that?",
            "Are you stupid or just pretending?",
            "What a pathetic excuse for a company, staffed by morons.",
            "ur an idiot. an actual idiot.",
            "{en} is the dumbest person I've ever spoken to.",
            "Honestly, a trained monkey would do your job better.",
            "Shut up and listen, you brainless clown.",
            "You people are worthless, every single one of you.",
        ],
    },
    "legal_threat": {
        "ja": [
            "このままなら訴えますよ。弁護士にはもう話してありますから。",
            "損害賠償を請求させてもらうからな。",
            "mobile::消費者庁に言うぞ。総務省にもな。",
            "出るところに出てもいいんですよ、こっちは。",
            "car|pet::金融庁に通報しますね。",
            "裁判になってもええんやな？",
            "内容証明ば送るけん、待っとき。",
            "water::市議会と監査委員に全部言いつけるから。",
            "うったえるからね。ほんきだよ。",
            "法的措置も視野に入れておりますので、その旨ご承知おきください。",
        ],
        "en": [
            "Expect to hear from my lawyer.",
            "I'll sue you for every yen you've got.",
            "car|pet::I'm filing a complaint with the FSA and the consumer agency, see how you like that.",
            "Keep stalling and we'll settle this in court.",
            "my attorney is gonna have a field day with this",
            "I will be taking legal action unless this is resolved today.",
            "Don't think I won't report you to the regulator.",
            "Damages, lawsuit, the whole thing. You're about to find out.",
        ],
    },
    "online_defamation_threat": {
        "ja": [
            "この対応、全部Xに晒すから。",
            "録音したやつ、YouTubeに上げますね。",
            "Googleマップに星1の口コミ、家族全員で書き込んでやる。",
            "担当者の名前と一緒にネットに書いたるわ。",
            "ツイッターで拡散されたいんか？",
            "知り合いのインフルエンサーに頼んで炎上させてもらうけん。",
            "口コミサイトにあることないこと書いときますんで。",
            "まとめサイトに載るの楽しみにしとけ。",
            "さらす。ぜったい さらす。",
            "ＳＮＳにて本件の経緯を公表させていただく所存です。",
        ],
        "en": [
            "I'm posting this whole conversation on X tonight.",
            "Enjoy your one-star reviews, I'm getting all my friends to leave them.",
            "I'm recording this on my end and it's going straight to TikTok.",
            "i'll make sure the whole internet knows what a scam u are",
            "I'll name you personally in a Reddit post, see how your boss likes that.",
            "Give me what I want or I go viral with this.",
            "I'm going to write a review so brutal nobody signs up with you again.",
            "Watch your company trend for all the wrong reasons tomorrow.",
        ],
    },
    "sexual_harassment": {
        "ja": [
            "お姉さん声かわいいね、彼氏いるの？",
            "今度二人で飲みに行かない？",
            "今どんな下着つけてんの？",
            "そんな色っぽい声で言われたら許しちゃうかもなあ。",
            "{ja}ちゃん、スタイルいいって聞いたよ。",
            "その声だけで興奮するわ。",
            "電話越しでええから、ちょっとエロいこと言うてみてや。",
            "ﾁｭｰしてくれたら許してあげる♡",
            "なんも怒ってないって。したっけ今度デートしてよ、ね？",
            "独身？スリーサイズ教えてくれたら解約やめてあげるよ。",
        ],
        "en": [
            "You sound cute, are you single?",
            "What are you wearing right now?",
            "Let's talk about this over drinks, just you and me.",
            "ur voice is so sexy omg",
            "I'd forgive everything if you sent me a photo of yourself.",
            "Bet you look as good as you sound, sweetheart.",
            "Come on, say something dirty and I'll drop the complaint.",
            "car|pet::I'd rather discuss my policy in your bedroom.",
        ],
    },
    "privacy_intrusion": {
        "ja": [
            "あなたの家どこ？最寄り駅だけでもいいから。",
            "個人の携帯番号教えてよ、そっちに直接かけるから。",
            "何時にシフト終わるの？出口で待ってるわ。",
            "{ja}さん、昨日大通公園歩いてたよね。写真撮っといたよ。",
            "LINE交換しよ。IDここに送って。",
            "下の名前なんていうの？フルネームで教えて。",
            "こないだコールセンターのビルから出てくるとこ見とったよ。",
            "休みの日はどこにおるん？教えてや。",
            "明日も出勤？何曜日がお休み？",
            "インスタのアカウント見つけたけど、あれ本人だよね？",
        ],
        "en": [
            "What's your home address? I'd like to send you something personally.",
            "Give me your personal number, not the company line.",
            "What time does your shift end? I'll wait outside.",
            "I saw you leaving the building yesterday, nice jacket.",
            "Found your Instagram btw. Cute dog.",
            "Which subway station do you get off at? Just curious.",
            "What's your full name and where do you live?",
            "I took a couple of pics of you at the front desk, hope that's ok.",
        ],
    },
    "staff_naming": {
        "ja": [
            "{ja}を出せ。{ja}以外とは話さない。",
            "{ja}を今すぐ辞めさせろ。",
            "またあの{kana}って人？担当から外してって言ったよね。",
            "{ja}さんに代わって。前も言ったけど、{ja}さん以外は受け付けません。",
            "{ja}ってやつの上司の名前と、{ja}の社員番号も教えろ。",
            "{ja}、クビにしたってや。",
            "{ja}って人ば出さんね。",
            "{ja}の処分がどうなったか、報告してもらいますからね。",
            "{kana}さん いる？ {kana}さんじゃなきゃ やだ。",
            "前回の{ja}さん、あの人をうちの案件から外すまで引き下がりません。",
        ],
        "en": [
            "Put {en} on the phone. Nobody else.",
            "I want {en} fired. Today.",
            "Is {en} there? I only deal with {en}, I told you that last time.",
            "Take {en} off my account, I never want to hear that name again.",
            "What disciplinary action are you taking against {en}? I want details.",
            "get me {en}. not u. {en}.",
            "I've asked three times now: transfer me to {en}.",
            "Make sure {en} gets written up for this.",
        ],
    },
    "pressure_language": {
        "ja": [
            "今すぐ対応しろ。",
            "こっちは仕事にならないんだよ。",
            "これ致命的なミスだからね、わかってる？",
            "多大な損害が出てるんですけど、どうしてくれるんですか。",
            "一分一秒を争ってんねん、はよせえや。",
            "なして今すぐできないのさ。こっちはわやなんだわ。",
            "いつまで待たせる気？こっちは一日中振り回されてんの。",
            "今日中にせんと、こっちは商売あがったりやけんね。",
            "３０分以内に回答ください。それ以上は待てません。",
            "本件は弊社にとって死活問題でございますので、直ちにご対応くださいますよう強く申し上げます。",
        ],
        "en": [
            "Fix this NOW.",
            "This is a catastrophe and every minute you waste costs me money.",
            "I can't get any work done because of you people, sort it out immediately.",
            "I need an answer in the next ten minutes, not tomorrow, NOW.",
            "This is absolutely critical, drop whatever else you're doing.",
            "asap asap ASAP!!!",
            "You have no idea the massive losses this is causing, move it.",
            "Unacceptable. Top priority. Today. No excuses.",
        ],
    },
}

# Real grievances (fair on their own), per client and language.
GRIEVANCE = {
    "mobile": {
        "ja": [
            "先月の請求にローミング料金が二万円も乗ってるんですけど、海外なんて行ってません。",
            "機種変更してから電波が全然つかまらないんです。",
            "解約したはずなのに、まだ引き落とされてます。",
            "店で勧められたオプション、無料って説明だったのに有料になってました。",
            "通信障害で二日間ネットが使えませんでした。",
        ],
        "en": [
            "My bill has a 20,000 yen roaming charge and I never left Japan.",
            "Since the upgrade my phone keeps dropping calls.",
            "I cancelled last month and you still charged my card.",
            "The shop said the add-on was free, and now I'm being billed for it.",
        ],
    },
    "car": {
        "ja": [
            "事故から三週間たつのに、修理の見積もりの返事がまだありません。",
            "追突されたのはこっちなのに、過失割合が二割ってどういうことですか。",
            "高速でレッカーが来るまで三時間も待たされました。",
            "更新の案内が届かなくて、保険が切れてました。",
        ],
        "en": [
            "It's been three weeks since the accident and nobody has called me about the repair estimate.",
            "The other driver rear-ended me, so why am I being assigned 20% fault?",
            "I waited three hours on the expressway for the tow truck.",
            "My renewal notice never arrived and now my policy has lapsed.",
        ],
    },
    "water": {
        "ja": [
            "検針の数字がおかしくて、先月の倍の請求が来ています。",
            "工事のあと濁った水が出たのに、事前の説明が一切ありませんでした。",
            "道路の漏水、一週間前に連絡したのにまだ直っていません。",
            "口座振替の手続きをしたのに督促状が届きました。",
        ],
        "en": [
            "My water bill doubled and nothing changed at home.",
            "Brown water came out of the tap after the roadworks and nobody warned us.",
            "I reported a leak on the street a week ago and it's still running.",
            "I set up direct debit and still got a late-payment notice.",
        ],
    },
    "tutor": {
        "ja": [
            "予約した授業に講師が来ませんでした。これで二回目です。",
            "振替授業の枠が全然取れません。",
            "教材が届いていないのに月謝だけ引き落とされています。",
            "講師がころころ変わって、子どもが混乱しています。",
        ],
        "en": [
            "The tutor didn't show up for my daughter's lesson, for the second time.",
            "I can never book a make-up lesson, the slots are always full.",
            "We're paying monthly but the textbook still hasn't arrived.",
            "The tutor keeps changing and my son is completely lost.",
        ],
    },
    "pet": {
        "ja": [
            "保険金を請求して一か月たつのに、まだ振り込まれていません。",
            "手術したのに、既往症だからと不支給になりました。",
            "同じ書類を三回も出し直しさせられています。",
            "窓口精算できると聞いていたのに、病院で使えませんでした。",
        ],
        "en": [
            "I filed the claim for my dog's surgery a month ago and still haven't been paid.",
            "You denied the claim as pre-existing, but the vet says otherwise.",
            "I've had to resubmit the same documents three times.",
            "I was told I could settle at the vet's counter, but the clinic says you don't support it.",
        ],
    },
}

# Fair asks that follow a grievance (legit complainers, some harassers' calmer moments).
FAIR_ASK = {
    "ja": [
        "原因と今後の対応を教えてください。",
        "いつまでに回答いただけるか、目安だけでも知りたいです。",
        "確認して折り返しをお願いします。",
        "正直かなり腹が立っています。きちんと調べてください。",
        "責任者の方にも状況を確認していただけますか。",
        "書面で経緯を送っていただけると助かります。",
    ],
    "en": [
        "Please look into it and tell me what happened.",
        "Could you give me at least a rough date for an answer?",
        "Please check and call me back.",
        "I'm honestly furious about this. Please investigate properly.",
        "Could a supervisor review the case as well?",
        "A written summary of what went wrong would help.",
    ],
}

# Same demand restated (repetition harassers); paraphrases share the core demand.
REPEAT_DEMAND = {
    "mobile": {
        "ja": [
            "ローミング料金の二万円、請求から外してください。",
            "先日から言っている件です。ローミングの二万円、請求から外してもらえますか。",
            "まだ外れてないんですけど。ローミング料金二万円の取り消しをお願いします。",
            "同じことを何度も書いていますが、ローミングの二万円を請求から外してください。",
            "ローミング二万円の件、外したっていう返事をください。",
        ],
        "en": [
            "Please remove the 20,000 yen roaming charge from my bill.",
            "Following up again: the 20,000 yen roaming charge needs to come off my bill.",
            "Still waiting for the 20,000 yen roaming charge to be removed.",
            "Writing about the same thing again. Remove the roaming charge, 20,000 yen.",
            "The roaming charge. 20,000 yen. Take it off my bill please.",
        ],
    },
    "car": {
        "ja": [
            "修理の見積もり、今週中に回答してください。",
            "何度目かですが、見積もりの回答を今週中にお願いします。",
            "見積もりの件、まだですか。今週中に回答をください。",
            "修理工場に出した見積もりの回答、今週中って言いましたよね。",
            "見積もりの回答を今週中に。それだけです。",
        ],
        "en": [
            "I need a decision on the repair estimate this week.",
            "Again: the repair estimate decision, this week please.",
            "Still no decision on the repair estimate. I need it this week.",
            "Repair estimate. Decision. This week. Same as I asked before.",
            "Following up on the repair estimate decision I asked for this week.",
        ],
    },
    "water": {
        "ja": [
            "先月の水道料金、検針をやり直して請求を訂正してください。",
            "検針のやり直しと請求の訂正、まだでしょうか。",
            "前にもお願いしましたが、検針をやり直して先月分を訂正してください。",
            "請求の訂正の件です。検針やり直してって言ってますよね。",
            "先月分の請求、検針やり直しで訂正。お願いしたはずです。",
        ],
        "en": [
            "Please re-read my meter and correct last month's bill.",
            "Following up: meter re-read and bill correction for last month.",
            "I asked before, re-read the meter and fix last month's bill.",
            "Again about last month's bill, I want the meter re-read and the bill corrected.",
            "Meter re-read + corrected bill for last month. Still waiting.",
        ],
    },
    "tutor": {
        "ja": [
            "講師が来なかった二回分、振替授業を入れてください。",
            "振替二回分の件、まだ入っていません。入れてください。",
            "何度もすみませんが、来なかった二回分の振替をお願いします。",
            "二回分の振替授業、いつ入るんですか。入れてください。",
            "欠講二回分の振替を入れて、って前もお願いしました。",
        ],
        "en": [
            "Please schedule make-up lessons for the two sessions the tutor missed.",
            "The two make-up lessons still aren't scheduled. Please schedule them.",
            "Asking again: make-up lessons for the two missed sessions.",
            "When are the two make-up lessons? Please put them in the calendar.",
            "Two missed sessions, two make-up lessons. I asked for this already.",
        ],
    },
    "pet": {
        "ja": [
            "手術の保険金、いつ振り込まれるのか日付を教えてください。",
            "保険金の振込日、まだ教えてもらってません。",
            "前回も聞きましたが、手術の保険金の振込日はいつですか。",
            "振込日を教えてください。手術の保険金の件です。",
            "手術の保険金、振込日だけでいいので教えて。",
        ],
        "en": [
            "Tell me the exact date the surgery claim will be paid.",
            "I still don't have a payment date for the surgery claim.",
            "Asking again: what date will the surgery claim be paid?",
            "Payment date for the surgery claim, please. Same question as before.",
            "Just the date. When is the surgery claim being paid?",
        ],
    },
}

QUESTIONS = {
    "mobile": {
        "ja": [
            "料金プランを家族割に変更したいです。",
            "eSIMへの切り替え方法を教えてください。",
            "来月台湾に行くのですが、ローミングの設定は必要ですか。",
            "機種変更の予約はどこからできますか。",
            "今月のデータ残量を確認する方法を知りたいです。",
            "名義変更に必要な書類は何ですか。",
        ],
        "en": [
            "How do I switch to eSIM?",
            "Can I add my son to the family plan?",
            "What's the data allowance on the basic plan?",
            "I'm travelling to Seoul next month, do I need to turn on roaming?",
            "Where can I download last month's invoice?",
        ],
    },
    "car": {
        "ja": [
            "車を買い替えたので、車両入替の手続きをしたいです。",
            "運転者の範囲を家族限定に変えたいです。",
            "他社からの等級の引き継ぎはできますか。",
            "更新が近いので見積もりをお願いします。",
            "ロードサービスは何キロまで無料ですか。",
            "娘が免許を取ったので運転者に追加できますか。",
        ],
        "en": [
            "I bought a new car, how do I update the policy?",
            "Can my daughter be added as a driver?",
            "How many kilometres of towing are covered?",
            "When does my policy renew?",
            "Can I pay the premium annually instead of monthly?",
        ],
    },
    "water": {
        "ja": [
            "引っ越しするので、使用中止の手続きをお願いします。",
            "口座振替の申込書を送ってください。",
            "うちの地区の検針日はいつですか。",
            "水道メーターの場所がわかりません。",
            "漏水の減免制度について教えてください。",
            "夏の間二か月留守にしますが、何か手続きは必要ですか。",
        ],
        "en": [
            "I'm moving out at the end of August, how do I close my account?",
            "When is the meter read in my area?",
            "Can I pay the water bill by credit card?",
            "Where is the water meter usually located in an apartment?",
            "Is the tap water safe to drink right after the pipe work?",
        ],
    },
    "tutor": {
        "ja": [
            "体験授業を申し込みたいです。",
            "英検対策のコースはありますか。",
            "授業の録画はあとで見返せますか。",
            "兄弟割引はありますか。",
            "夏期講習の日程を教えてください。",
            "土曜の午前に空いている枠はありますか。",
        ],
        "en": [
            "Do you offer a trial lesson?",
            "Can lessons be recorded so we can rewatch them?",
            "Is there a sibling discount?",
            "What time slots are free on Saturdays?",
            "How do I change the card I pay with?",
        ],
    },
    "pet": {
        "ja": [
            "猫を新しく迎えたので加入したいです。",
            "保険金請求の書類はどこからダウンロードできますか。",
            "補償割合を70%に変えられますか。",
            "何歳まで新規加入できますか。",
            "ワクチン接種は補償の対象ですか。",
            "引っ越したので住所を変更したいです。",
        ],
        "en": [
            "I just adopted a puppy, how do I enrol her?",
            "What documents do I need to file a claim?",
            "Is dental treatment covered?",
            "Can I change from 50% to 70% coverage?",
            "Is there an upper age limit for new pets?",
        ],
    },
}

# Hard negatives: look like cues, are not (contract section 3 boundaries).
HARD_NEG = {
    "ja": [
        ("praise", "先日の{ja}さん、本当に丁寧に説明してくださって助かりました。よろしくお伝えください。"),
        ("praise", "電話に出てくれた{kana}さんのおかげで、すぐ解決しました。ありがとうございます。"),
        ("praise", "{ja}さんの案内がわかりやすかったので、また{ja}さんにお願いできたら嬉しいです。"),
        ("idiom", "water::死ぬほど暑い日が続くので、断水の予定があれば早めに知りたいです。"),
        ("idiom", "書類が多すぎて頭が爆発しそうです。まとめて送れる方法はありますか。"),
        ("idiom", "新しいアプリ、使いやすすぎて腹が立つくらいです（笑）。通知の設定だけ教えてください。"),
        ("idiom", "mobile::値上げが地味に痛いです。もう少し安いプランはありますか。"),
        ("urgent", "pet::至急ご確認ください。明日が手術日で、保険が使えるか知りたいです。"),
        ("urgent", "water::水道管が破裂して水が噴き出しています。止水栓の場所を急ぎで教えてください。"),
        ("urgent", "今日が支払期限なので、できれば今日中にお返事をいただけると助かります。"),
        ("visit", "water::メーター交換の立ち会い日程を決めたいです。来週の平日午前は空いています。"),
        ("visit", "water::家の中の蛇口を全部閉めてもメーターが回っています。調査に来ていただけますか。"),
        ("visit", "car::車の損傷確認に来ていただく日程、土曜日でも大丈夫でしょうか。"),
        ("lawyer", "car::事故の件で弁護士費用特約を使いたいのですが、手続きを教えてください。"),
        ("lawyer", "water|mobile|car::相続の関係で弁護士さんと名義変更を進めています。必要書類を教えてください。"),
        ("review", "pet::ネットの口コミで窓口精算に対応したと読んだのですが、本当ですか。"),
        ("review", "mobile::Xで通信障害の投稿をたくさん見かけました。復旧の見込みはいつ頃でしょうか。"),
        ("review", "tutor::口コミの評判が良かったので入会を考えています。無料体験はありますか。"),
        ("refund", "tutor::規約では開講前のキャンセルは全額返金とあるので、その通り返金をお願いします。"),
        ("refund", "二重に引き落とされていたので、一回分の返金をお願いします。明細を添付します。"),
        ("refund", "car|pet::約款の通り、解約月の翌月分以降の保険料を返還していただけますか。"),
        ("pressure_neg", "致命的な問題ではないのですが、マイページの表示が少しずれています。"),
        ("pressure_neg", "急ぎではないので、お手すきのときに確認をお願いします。"),
    ],
    "en": [
        ("praise", "Please pass my thanks to {en}, they sorted everything out in five minutes."),
        ("praise", "{en} was incredibly patient with my mum on the phone yesterday. Thank you."),
        ("praise", "Whoever {en} is, give them a raise. Best support call I've had all year."),
        ("idiom", "The new app is killer, honestly. How do I turn on dark mode?"),
        ("idiom", "tutor::I'm dying to know when the summer course schedule comes out."),
        ("idiom", "mobile|car|pet::The price hike is killing me, is there a cheaper plan?"),
        ("idiom", "pet::My dog nearly gave me a heart attack eating a sock. Is the vet visit covered?"),
        ("urgent", "car::This is urgent: my car was just towed after a crash, what do I do next?"),
        ("urgent", "Please reply today if possible, the payment deadline is tomorrow."),
        ("urgent", "water::Urgent please: water is gushing from the pipe under my sink, where is the stopcock?"),
        ("visit", "water::Could someone come and check the meter? It's spinning even with every tap off."),
        ("visit", "car::When can the adjuster come to look at the damage? Weekday mornings work for me."),
        ("lawyer", "car::I'd like to use the legal expenses rider for the accident, how does that work?"),
        ("lawyer", "water|mobile|car::My lawyer is handling my late father's estate and needs the account transferred. What forms are needed?"),
        ("review", "car|pet::I read some pretty bad reviews about claim speed online. Is it really that slow?"),
        ("review", "mobile::Saw lots of posts on X about the outage this morning. Any idea when it'll be fixed?"),
        ("refund", "mobile|tutor|car|pet::Your terms say unused months are refunded pro rata on cancellation, so please refund August and September."),
        ("refund", "I was charged twice for July. Could you refund the duplicate? Screenshot attached."),
        ("refund", "tutor::The policy says a cancelled lesson booked 48 hours ahead is credited back. Please credit it."),
        ("pressure_neg", "Not a critical issue, but the invoice PDF shows the wrong month."),
        ("pressure_neg", "No rush at all, whenever you get a chance."),
    ],
}

FLOOD_PING = {
    "ja": ["まだですか？", "返信ください", "見てますか", "？？？", "おーい", "電話つながらないんだけど",
           "念のためもう一回送ります", "読んだ？", "既読つかないね", "さっきの件です", "担当の方いますか",
           "まだ？", "返事まってます", "これ届いてる？"],
    "en": ["hello?", "any update", "still waiting", "??", "why no reply", "sending again in case you missed it",
           "is anyone reading this", "hello???", "same as above", "ping", "call me back", "are you there",
           "anyone?", "did this go through"],
}

OFF_HOURS_OPEN = {
    "night": {"ja": ["夜分にすみません、至急です。", "遅い時間にごめんなさい、急ぎです。", "こんな時間ですが緊急です。", "【緊急】"],
              "en": ["Sorry for the late message, this is urgent.", "Late night, sorry. Urgent.", "[URGENT]"]},
    "morning": {"ja": ["朝早くに失礼します。急ぎで確認したいことがあります。", "早朝にすみません、至急です。", "【至急】"],
                "en": ["Early message, urgent matter.", "Sorry for the early hour, urgent.", "[URGENT]"]},
    "sunday": {"ja": ["日曜ですが至急お願いします。", "休日ですが緊急の用件です。", "【緊急】"],
               "en": ["URGENT - I know it's Sunday.", "Sorry to write on a Sunday, it's urgent.", "[URGENT]"]},
    "holiday": {"ja": ["祝日だけど至急。", "休日ですが緊急の用件です。", "【緊急】"],
                "en": ["It's a holiday but this is urgent.", "I know you're closed for the holiday, urgent though.", "[URGENT]"]},
}

LONG_CUST = {
    "ja": ["だから、さっきも言いましたよね。", "納得できません。もう一回最初から説明してください。", "それはさっき聞きました。",
           "で、結局どうなるんですか。", "いや、そうじゃなくて。", "まだ話は終わってませんから。", "もう一度確認しますけど。",
           "その説明じゃわからないです。"],
    "en": ["I already told you that.", "Explain it again from the beginning.", "That's not what I asked.",
           "So what happens now?", "No, that's not it.", "We're not done here.", "Let me go over it one more time.",
           "That explanation makes no sense to me."],
}
LONG_AGENT = {
    "ja": ["恐れ入りますが、先ほどご説明した通りでございます。", "お時間が長くなっておりますので、一度整理させていただけますか。",
           "これ以上のご要望にはお応えいたしかねます。", "書面でご回答させていただく形でいかがでしょうか。",
           "繰り返しになりますが、規約上の取り扱いは変わりません。"],
    "en": ["As I explained earlier, that is our position.", "This call has been going on a long time, may I summarise?",
           "I'm afraid we can't go beyond what I've offered.", "Would a written answer by post work for you?",
           "I understand, but the terms don't change."],
}

AGENT_GREET = {
    "ja": ["お電話ありがとうございます。{client}サポートセンター、{name}でございます。", "お待たせいたしました、{name}です。",
           "{client}カスタマーセンターの{name}が承ります。", "はい、{client}です。"],
    "en": ["Thank you for calling {client}, this is {name}.", "Hi, you're through to {client} support, {name} speaking.",
           "Thanks for holding, this is {name}.", "{client}, how can I help?"],
}
AGENT_MID = {
    "ja": ["確認いたしますので、少々お待ちください。", "恐れ入りますが、契約番号をお伺いできますか。",
           "担当部署に確認のうえ、折り返しご連絡いたします。", "ご不便をおかけしております。",
           "大変申し訳ございません。", "はい、承知いたしました。", "お調べしますね。"],
    "en": ["Let me check that for you.", "Could I have your account number, please?", "I'll check with the team and call you back.",
           "I'm sorry for the trouble.", "I understand.", "Okay, noted.", "One moment please."],
}
AGENT_FIRM = {
    "ja": ["そのようなご発言はお控えいただけますでしょうか。", "申し訳ございませんが、規約上お受けいたしかねます。",
           "上席と共有のうえ、改めてご連絡いたします。", "この通話は品質向上のため録音しております。"],
    "en": ["I'd ask you not to speak to me like that, please.", "I'm sorry, but that's outside what the terms allow.",
           "I'll share this with my supervisor and we'll get back to you.", "Please note this call is recorded."],
}
CUST_CLOSE = {
    "ja": ["わかりました。", "お願いします。", "はい、待ってます。", "ありがとうございます。", "はい。"],
    "en": ["Okay.", "Fine.", "Thanks.", "Alright, I'll wait.", "Sure."],
}

OUT_REPLY = {
    "ja": ["お問い合わせいただきありがとうございます。担当部署にて確認のうえ、改めてご連絡いたします。",
           "ご不便をおかけし申し訳ございません。ご契約内容を確認いたしましたので、以下の通りご案内いたします。",
           "ご返信が遅くなり失礼いたしました。お手続きは完了しております。",
           "お問い合わせの件、規約上ご希望に沿うことが難しい旨、ご理解いただけますと幸いです。",
           "ご指摘いただいた点は社内で共有いたしました。引き続きよろしくお願いいたします。",
           "お電話でお伝えした内容を、念のためメールでもお送りいたします。"],
    "en": ["Thank you for contacting us. Our team is reviewing your request and will get back to you.",
           "We're sorry for the inconvenience. We've checked your contract and the details are below.",
           "Apologies for the slow reply. The change has now been processed.",
           "Unfortunately we are unable to accommodate this request under the terms of your contract.",
           "Thank you for the feedback, it has been shared with the relevant team.",
           "As discussed on the phone, here is a written summary for your records."],
}

SUBJECTS = {
    "mobile": {"ja": ["料金について", "請求内容の確認", "機種変更", "通信状況について"],
               "en": ["Billing question", "Charge on my bill", "Phone upgrade", "Signal problems"]},
    "car": {"ja": ["事故対応について", "契約内容の変更", "更新のご相談", "修理見積もりの件"],
            "en": ["Accident claim", "Policy change", "Renewal", "Repair estimate"]},
    "water": {"ja": ["水道料金について", "使用開始・中止", "漏水の件", "検針について"],
              "en": ["Water bill", "Moving in/out", "Leak report", "Meter reading"]},
    "tutor": {"ja": ["授業について", "振替のご相談", "月謝について", "講師について"],
              "en": ["Lessons", "Make-up lesson", "Tuition fees", "About the tutor"]},
    "pet": {"ja": ["保険金請求について", "補償内容の確認", "契約変更", "窓口精算について"],
            "en": ["Claim status", "Coverage question", "Policy change", "Vet counter payment"]},
}
FORM_TOPICS = {
    "ja": ["お問い合わせフォーム：料金・お支払い", "お問い合わせフォーム：契約内容", "お問い合わせフォーム：その他",
           "お問い合わせフォーム：ご意見・ご要望"],
    "en": ["Contact form: Billing", "Contact form: My contract", "Contact form: Other", "Contact form: Feedback"],
}
EMAIL_OPEN = {"ja": ["お世話になっております。", "", "突然のご連絡失礼いたします。", "お問い合わせです。"],
              "en": ["Hello,", "Hi,", "To whom it may concern,", ""]}
EMAIL_CLOSE = {"ja": ["よろしくお願いいたします。", "以上です。", "ご対応お願いします。", ""],
               "en": ["Thanks,", "Regards,", "", "Thank you."]}


def for_client(pool, client):
    """Items usable for this client: untagged ones, and 'a|b::text' ones tagged with the client."""
    out = []
    for x in pool:
        item, text = (x if isinstance(x, tuple) else (None, x))
        if "::" in text:
            tag, text = text.split("::", 1)
            if client not in tag.split("|"):
                continue
        out.append((item, text) if isinstance(x, tuple) else text)
    return out

# ---------------------------------------------------------------------------
# generator
# ---------------------------------------------------------------------------
import datetime as dt
import json
import os
import random
import sys

SEED = 291709
N_CUSTOMERS = 400
N_NORMAL, N_LEGIT, N_HARASS = 280, 48, 72
N_STATEFUL_ONLY = 12

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
START = dt.date(2029, 7, 1)
END = dt.date(2029, 9, 30)
HOLIDAYS = {
    dt.date(2029, 7, 16): "海の日 Marine Day",
    dt.date(2029, 8, 11): "山の日 Mountain Day (Saturday)",
    dt.date(2029, 9, 17): "敬老の日 Respect for the Aged Day",
    dt.date(2029, 9, 23): "秋分の日 Autumnal Equinox Day (Sunday)",
    dt.date(2029, 9, 24): "振替休日 substitute holiday",
}
OPEN_T = dt.time(8, 30)
CLOSE_T = dt.time(19, 30)

ALL_DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]
OPEN_DAYS = [d for d in ALL_DAYS if d.weekday() != 6 and d not in HOLIDAYS]
CLOSED_DAYS = [d for d in ALL_DAYS if d.weekday() == 6 or d in HOLIDAYS]

STATEFUL_RULES = {
    "timezone": "Asia/Tokyo; only inbound events count",
    "support_hours": "Mon-Sat 08:30-19:30 JST, closed Sundays and the public holidays in calendar.closed_days_in_range",
    "repetition": "the same demand (one request, restated or paraphrased; tracked by the generator) in >= 3 inbound "
                  "contacts within any 7-day window. Bare follow-up pings ('any update?') restate no demand and do not count.",
    "off_hours_contact": ">= 4 inbound contacts that start outside support hours (before 08:30, from 19:30, Sundays, holidays) "
                         "over the quarter, on >= 3 distinct JST dates",
    "contact_flood": ">= 5 inbound contacts (any channel) within any 60-minute window",
    "prolonged_contact": "an inbound phone call or visit with duration_s >= 3600, or >= 5400 s of inbound phone/visit "
                         "time summed over one JST date",
    "guarantees": "normal and legit_complainer customers stay below every rule: at most 1 off-hours contact, "
                  "at most 2 contacts per demand, at most 1 contact per day (so never 5 in an hour), calls <= 2400 s",
}


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.events = []
        self.used_ids = set()
        self.customers = []
        self.ticket = 310000

    # --- ids --------------------------------------------------------------
    def uid(self, prefix, bits=48):
        while True:
            v = "%s-%0*x" % (prefix, bits // 4, self.rng.getrandbits(bits))
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    def customer_id(self, client, n):
        r = self.rng
        if client == "mobile":
            return "HKM%08d" % (10000000 + n * 7919 % 89999999)
        if client == "car":
            return "POL-%s%05d" % ("ABCDEFGH"[n % 8], (n * 4271) % 100000)
        if client == "water":
            return "%04d-%06d" % (1100 + n % 37 * 3, (n * 60493) % 1000000)
        if client == "tutor":
            return "stu_%05d" % (n * 13 + 501)
        return "PET-2029-%05d" % ((n * 7793) % 100000)

    # --- time -------------------------------------------------------------
    def at(self, day, minute_lo, minute_hi):
        m = self.rng.randint(minute_lo, minute_hi)
        s = self.rng.randint(0, 59)
        return dt.datetime(day.year, day.month, day.day, tzinfo=JST) + dt.timedelta(minutes=m, seconds=s)

    def in_hours(self, day):
        return self.at(day, 8 * 60 + 31, 19 * 60 + 10)

    def off_hours(self, day=None):
        r = self.rng
        if day is None:
            day = r.choice(CLOSED_DAYS) if r.random() < 0.45 else r.choice(OPEN_DAYS)
        if day in CLOSED_DAYS:
            return self.at(day, 7 * 60, 23 * 60 + 30)
        if r.random() < 0.7:
            return self.at(day, 19 * 60 + 40, 23 * 60 + 50)
        return self.at(day, 5 * 60 + 30, 8 * 60 + 15)

    @staticmethod
    def off_kind(t):
        t = t.astimezone(JST)
        if t.date() in HOLIDAYS:
            return "holiday"
        if t.date().weekday() == 6:
            return "sunday"
        return "morning" if t.time() < OPEN_T else "night"

    @staticmethod
    def is_open(t):
        t = t.astimezone(JST)
        d = t.date()
        if d.weekday() == 6 or d in HOLIDAYS:
            return False
        return OPEN_T <= t.time() < CLOSE_T

    def next_open(self, t, delay_min):
        t = t + dt.timedelta(minutes=delay_min)
        for _ in range(10):
            if self.is_open(t) and t.astimezone(JST).time() < dt.time(19, 15):
                return t
            d = t.astimezone(JST).date()
            if t.astimezone(JST).time() >= dt.time(8, 30):
                d = d + dt.timedelta(days=1)
            while d.weekday() == 6 or d in HOLIDAYS:
                d = d + dt.timedelta(days=1)
            t = self.at(d, 8 * 60 + 35, 10 * 60 + 30)
        return t

    def fmt_time(self, t):
        r = self.rng.random()
        ms = self.rng.randint(0, 999)
        if r < 0.55:
            return t.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S+09:00"), t
        if r < 0.75:
            return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), t
        t2 = t + dt.timedelta(milliseconds=ms)
        if r < 0.86:
            return t2.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+09:00" % ms, t2
        if r < 0.96:
            return t2.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms, t2
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"), t

    # --- text helpers -------------------------------------------------------
    def agent(self):
        i = self.rng.randrange(len(AGENTS))
        return "op-%03d" % (101 + i), AGENTS[i]

    @staticmethod
    def fill(s, name):
        return s.replace("{ja}", name[0]).replace("{kana}", name[1]).replace("{en}", name[2])

    def noise(self, text, lang, channel):
        r = self.rng
        if lang == "ja":
            if r.random() < 0.1:
                text = text.replace("。", "｡").replace("、", "､")
            if r.random() < 0.06:
                text = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
        else:
            if channel in ("chat", "sns") and r.random() < 0.3:
                text = text.lower()
        if channel == "sns" and r.random() < 0.35:
            text = text + r.choice([" 😡", " 🙏", " …", " 😅", " 💢", " 😤", ""])
        return text

    def transcript(self, c, lang, name, lines, kind="phone", firm=False, long_turns=0):
        r = self.rng
        client = CLIENTS[c["client"]][lang]
        if kind == "visit":
            styles = ([("窓口", "来訪者", "："), ("職員", "お客様", ": ")] if lang == "ja"
                      else [("Staff", "Visitor", ": "), ("Counter", "Guest", " - ")])
        elif lang == "ja":
            styles = [("担当", "客", ": "), ("オペレーター", "お客様", "："), ("OP", "CL", ": "), ("A", "C", ": "),
                      ("[担当者]", "[顧客]", " "), ("話者1", "話者2", ": "), ("SPEAKER_00", "SPEAKER_01", ": "),
                      ("担当(" + name[0] + ")", "客", "：")]
        else:
            styles = [("Agent", "Customer", ": "), ("AGENT", "CALLER", ": "), ("Rep", "Cust", " - "), ("A", "C", ": "),
                      ("[agent]", "[customer]", " "), ("spk_0", "spk_1", ": "), ("CSR", "Caller", ": "),
                      ("Agent (" + name[2] + ")", "Customer", ": ")]
        a, cl, sep = r.choice(styles)
        if a == "SPEAKER_00" and r.random() < 0.5:
            a, cl = cl, a
        out = []
        nm = name[0] if lang == "ja" else name[2]
        if r.random() < 0.75:
            greet = AGENT_GREET[lang] if kind != "visit" else (
                ["いらっしゃいませ。担当の{name}が承ります。", "お待たせいたしました。{name}です。"] if lang == "ja"
                else ["Welcome to the {client} counter, I'm {name}.", "Hello, I'm {name}, how can I help?"])
            out.append(a + sep + r.choice(greet).replace("{client}", client).replace("{name}", nm))
        for i, line in enumerate(lines):
            out.append(cl + sep + line)
            if i < len(lines) - 1 or r.random() < 0.6:
                pool = AGENT_FIRM[lang] if firm and r.random() < 0.5 else AGENT_MID[lang]
                out.append(a + sep + r.choice(pool))
        for _ in range(long_turns):
            out.append(cl + sep + r.choice(LONG_CUST[lang]))
            out.append(a + sep + r.choice(LONG_AGENT[lang]))
        if r.random() < 0.4:
            out.append(cl + sep + r.choice(CUST_CLOSE[lang]))
        if not any(x.startswith(a + sep) for x in out):
            out.append(a + sep + r.choice(AGENT_MID[lang]))
        return "\n".join(out)

    def render(self, c, channel, lines, name, firm=False, long_turns=0):
        """Return (text, subject) for an inbound event."""
        r = self.rng
        lang = c["lang"]
        if channel in ("phone", "visit"):
            return self.transcript(c, lang, name, lines, channel, firm, long_turns), None
        sep = "" if lang == "ja" else " "
        if channel == "email":
            body = sep.join(lines) if r.random() < 0.5 else "\n".join(lines)
            o = r.choice(EMAIL_OPEN[lang]) if not firm else ""
            cl = r.choice(EMAIL_CLOSE[lang])
            text = "\n\n".join(x for x in (o, body, cl) if x)
            subj = r.choice(SUBJECTS[c["client"]][lang])
            if firm and r.random() < 0.4:
                subj = ("【再送】" if lang == "ja" else "RE-SENT: ") + subj
            return self.noise(text, lang, channel), subj
        if channel == "web_form":
            return self.noise(sep.join(lines), lang, channel), r.choice(FORM_TOPICS[lang])
        if channel == "sns":
            handle = "@" + {"mobile": "hokkai_mobile", "car": "hokuto_ins", "water": "suzuran_suido",
                            "tutor": "manabiya_online", "pet": "mofumofu_pet"}[c["client"]]
            pre = handle + " " if r.random() < 0.3 else ""
            return self.noise(pre + sep.join(lines), lang, channel), None
        # chat
        if len(lines) > 1 and r.random() < 0.5:
            return self.noise("\n".join(lines), lang, channel), None
        return self.noise(sep.join(lines), lang, channel), None

    def lang_tag(self, lang):
        r = self.rng.random()
        if r < 0.84:
            return lang
        if r < 0.95:
            return None
        return "en" if lang == "ja" else "ja"

    SOURCES = {
        "phone": ["pbx-sapporo", "pbx-sapporo", "pbx-sapporo-2"],
        "email": ["mail-gw", "zendesk", "zendesk"],
        "chat": ["chat-widget", "chat-widget", "line-chat"],
        "web_form": ["web-form"],
        "sns": ["sns-x-dm", "line-official", "insta-dm"],
        "visit": ["counter-odori"],
    }
    ID_PREFIX = {"phone": "call", "email": "mail", "chat": "chat", "web_form": "form", "sns": "sns", "visit": "visit"}

    # --- event creation -----------------------------------------------------
    def add(self, c, t, channel, lines, codes=(), demand=None, duration=None, firm=False,
            long_turns=0, ivr=False, reply_p=None, agent=None):
        r = self.rng
        lang = c["lang"]
        if agent is None:
            agent = self.agent()
        agent_id, name = agent
        if ivr:
            agent_id = None
            ivr_lab = r.choice(["IVR", "自動音声", "[system]"] if lang == "ja" else ["IVR", "[system]", "Auto-attendant"])
            ivr_msg = ("本日の受付は終了いたしました。発信音のあとにご用件をお話しください。" if lang == "ja"
                       else "Our lines are closed. Please leave a message after the tone.")
            clab = r.choice(["留守電", "発信者", "客"] if lang == "ja" else ["Caller", "Voicemail", "Customer"])
            text = ivr_lab + ": " + ivr_msg + "\n" + "\n".join(clab + ": " + x for x in lines)
            subject = None
        else:
            text, subject = self.render(c, channel, lines, name, firm, long_turns)
        if channel in ("web_form", "sns") and not ivr and r.random() < 0.35:
            agent_id = None
        ts, inst = self.fmt_time(t)
        thread = None
        if channel == "email":
            thread = c.get("thread") or self.uid("th", 40)
            c["thread"] = thread if r.random() < 0.5 else None
        elif channel == "web_form":
            self.ticket += r.randint(1, 97)
            thread = "TKT-%06d" % self.ticket
        elif channel == "chat":
            thread = self.uid("chat", 40)
        ev = {
            "event_id": self.uid(self.ID_PREFIX[channel]),
            "occurred_at": ts,
            "channel": channel,
            "direction": "inbound",
            "customer_id": c["id"],
            "agent_id": agent_id,
            "duration_s": duration if channel in ("phone", "visit") else None,
        }
        if channel not in ("chat", "sns") or subject:
            ev["subject"] = subject
        ev["text"] = text
        ev["language"] = self.lang_tag(lang)
        ev["thread_id"] = thread
        ev["source"] = r.choice(self.SOURCES[channel])
        ev["_inst"] = inst
        ev["_codes"] = sorted(set(codes))
        ev["_demand"] = demand
        self.events.append(ev)
        # outbound reply
        if reply_p is None:
            reply_p = {"email": 0.7, "web_form": 0.6, "sns": 0.45, "chat": 0.2, "phone": 0.1, "visit": 0.0}[channel]
        if r.random() < reply_p:
            self.reply(c, ev, inst, channel, subject, thread)
        return ev

    def reply(self, c, inbound, inst, channel, subject, thread):
        r = self.rng
        lang = c["lang"]
        agent_id, name = self.agent()
        t = self.next_open(inst, r.randint(15, 300))
        ochan = {"web_form": "email", "visit": "phone"}.get(channel, channel)
        nm = name[0] if lang == "ja" else name[2]
        client = CLIENTS[c["client"]][lang]
        if ochan == "phone":
            if lang == "ja":
                text = ("担当: %sの%sです。先ほどのお問い合わせの件で折り返しお電話いたしました。\n客: はい。\n担当: %s"
                        % (client, nm, r.choice(OUT_REPLY["ja"])))
            else:
                text = ("Agent: Hi, this is %s from %s, returning your call.\nCustomer: Yes, hi.\nAgent: %s"
                        % (nm, client, r.choice(OUT_REPLY["en"])))
            dur = r.randint(90, 600)
            subj = None
        else:
            body = r.choice(OUT_REPLY[lang] if ochan == "email" else OUT_REPLY[lang][:-1])
            if ochan == "email":
                text = body + ("\n\n%s サポートセンター　%s" % (client, nm) if lang == "ja" else "\n\n%s Support - %s" % (client, nm))
                subj = ("Re: " + subject) if subject else None
            else:
                text = body
                subj = None
            dur = None
        ts, inst2 = self.fmt_time(t)
        ev = {
            "event_id": self.uid(self.ID_PREFIX[ochan]),
            "occurred_at": ts,
            "channel": ochan,
            "direction": "outbound",
            "customer_id": c["id"],
            "agent_id": agent_id,
            "duration_s": dur,
            "subject": subj,
            "text": text,
            "language": lang if r.random() < 0.93 else None,
            "thread_id": thread,
            "source": r.choice(self.SOURCES[ochan]),
            "_inst": inst2, "_codes": [], "_demand": None,
        }
        self.events.append(ev)

    # --- channels -------------------------------------------------------------
    def channel(self, allow_visit=True):
        r = self.rng.random()
        if r < 0.36:
            return "phone"
        if r < 0.58:
            return "email"
        if r < 0.76:
            return "chat"
        if r < 0.89:
            return "web_form"
        if r < 0.985 or not allow_visit:
            return "sns"
        return "visit"

    def dur(self, channel, hi):
        if channel == "phone":
            return self.rng.randint(70, hi)
        if channel == "visit":
            return self.rng.randint(300, min(hi, 1800))
        return None

    # --- customers --------------------------------------------------------------
    def make_customers(self):
        r = self.rng
        clients = list(CLIENTS)
        profiles = ["normal"] * N_NORMAL + ["legit_complainer"] * N_LEGIT + ["harasser"] * N_HARASS
        r.shuffle(profiles)
        harassers = []
        for n, p in enumerate(profiles, start=1):
            client = clients[r.randrange(5)]
            c = {"id": self.customer_id(client, n), "client": client, "profile": p,
                 "lang": "ja" if r.random() < 0.55 else "en", "plan": []}
            self.customers.append(c)
            if p == "harasser":
                harassers.append(c)
        assert len({c["id"] for c in self.customers}) == N_CUSTOMERS
        # plan codes for harassers
        for i, c in enumerate(harassers):
            if i < N_STATEFUL_ONLY:
                plan = [STATEFUL_CODES[i % 4]]
                if r.random() < 0.4:
                    plan.append(r.choice([s for s in STATEFUL_CODES if s not in plan]))
            else:
                j = i - N_STATEFUL_ONLY
                plan = [CONTENT_CODES[j % 11]]
                k = r.choice([0, 1, 1, 1, 2, 2])
                plan += r.sample([x for x in CONTENT_CODES if x not in plan], k)
                if j % 3 == 0:
                    plan.append(STATEFUL_CODES[(j // 3) % 4])
            c["plan"] = plan
            c["target"] = self.agent()  # staff member this customer fixates on

    # --- profile generators -------------------------------------------------------
    def gen_normal(self, c):
        r = self.rng
        n = r.choices([1, 2, 3, 4], [40, 35, 18, 7])[0]
        days = r.sample(OPEN_DAYS, n)
        off = r.random() < 0.08
        lang, cl = c["lang"], c["client"]
        for i, d in enumerate(sorted(days)):
            ch = self.channel()
            if off and i == 0:
                ch = r.choice(["email", "web_form", "sns"])
                t = self.off_hours()
            else:
                t = self.in_hours(d)
            if r.random() < 0.38:
                kind, s = r.choice(for_client(HARD_NEG[lang], cl))
                if kind == "visit" and cl == "water" and r.random() < 0.5:
                    ch = "visit" if r.random() < 0.2 else ch
                lines = [self.fill(s, self.agent()[1])]
            else:
                lines = [r.choice(QUESTIONS[cl][lang])]
                if r.random() < 0.25:
                    lines.append(r.choice(QUESTIONS[cl][lang]))
                    if lines[0] == lines[1]:
                        lines.pop()
            self.add(c, t, ch, lines, demand=self.uid("dq"), duration=self.dur(ch, 1500))

    def gen_legit(self, c):
        r = self.rng
        lang, cl = c["lang"], c["client"]
        griev = r.sample(range(len(GRIEVANCE[cl][lang])), r.choice([1, 1, 2]))
        day_pool = sorted(r.sample(OPEN_DAYS[:-8], 6))
        used_days = set()
        off_used = False
        for gi in griev:
            g = GRIEVANCE[cl][lang][gi]
            key = "%s:g%d" % (c["id"], gi)
            d0 = [d for d in day_pool if d not in used_days][0]
            used_days.add(d0)
            ch = self.channel()
            extra = []
            if r.random() < 0.55:
                kind, s = r.choice([x for x in for_client(HARD_NEG[lang], cl) if x[0] in ("refund", "lawyer", "review", "urgent", "pressure_neg")])
                extra = [self.fill(s, self.agent()[1])]
            lines = [g, r.choice(FAIR_ASK[lang])] + extra
            if not off_used and r.random() < 0.12 and ch != "visit":
                ch = r.choice(["email", "web_form"])
                t = self.off_hours()
                off_used = True
            else:
                t = self.in_hours(d0)
            self.add(c, t, ch, lines, demand=key, duration=self.dur(ch, 2400))
            if r.random() < 0.6:  # one follow-up about the same grievance
                d1 = d0 + dt.timedelta(days=r.randint(2, 6))
                while d1 <= END and (d1 not in OPEN_DAYS or d1 in used_days):
                    d1 += dt.timedelta(days=1)
                if d1 > END:
                    continue
                used_days.add(d1)
                ch = self.channel()
                fu = ("先日問い合わせた件ですが、その後どうなっていますか。" if lang == "ja"
                      else "Following up on my earlier message, is there any news?")
                lines = [fu, g]
                if r.random() < 0.4:
                    lines.append(r.choice(FAIR_ASK[lang]))
                self.add(c, self.in_hours(d1), ch, lines, demand=key, duration=self.dur(ch, 2400))
        if r.random() < 0.4:
            d = [x for x in OPEN_DAYS if x not in used_days][r.randrange(40)]
            ch = self.channel()
            if r.random() < 0.5:
                lines = [self.fill(r.choice([x for x in for_client(HARD_NEG[lang], cl) if x[0] in ("praise", "idiom")])[1], self.agent()[1])]
            else:
                lines = [r.choice(QUESTIONS[cl][lang])]
            self.add(c, self.in_hours(d), ch, lines, demand=self.uid("dq"), duration=self.dur(ch, 2400))

    def harass_lines(self, c, codes, gi_key, used):
        """Grievance + one sentence per code (each sentence carries exactly one code)."""
        r = self.rng
        lang, cl = c["lang"], c["client"]
        g = GRIEVANCE[cl][lang][gi_key]
        sents = []
        for code in codes:
            pool = for_client(HARASS[code][lang], cl)
            cand = [s for s in pool if s not in used] or pool
            s = r.choice(cand)
            used.add(s)
            sents.append(self.fill(s, c["target"][1]))
        if r.random() < 0.7:
            lines = [g] + sents
        else:
            lines = sents + [g]
        if r.random() < 0.25:
            lines.append(r.choice(FAIR_ASK[lang]))
        return lines

    def gen_harasser(self, c):
        r = self.rng
        lang, cl = c["lang"], c["client"]
        content = [k for k in c["plan"] if k in CONTENT_CODES]
        stateful = [k for k in c["plan"] if k in STATEFUL_CODES]
        occ = []
        for k in content:
            occ += [k] * r.choice([1, 2, 2, 3])
        r.shuffle(occ)
        sets = []
        while occ:
            k = occ.pop()
            s = [k]
            if occ and r.random() < 0.35:
                for j, k2 in enumerate(occ):
                    if k2 != k:
                        s.append(occ.pop(j))
                        break
            sets.append(s)
        used = set()
        ng = len(GRIEVANCE[cl][lang])
        gcount = {}

        def next_g(t):
            # a grievance is restated at most twice within any 7 days (only designed repetition goes beyond)
            order = sorted(range(ng), key=lambda x: (len(gcount.get(x, [])), r.random()))
            for gi in order:
                near = [u for u in gcount.get(gi, []) if abs(u - t) <= dt.timedelta(days=7, hours=1)]
                if len(near) < 2:
                    gcount.setdefault(gi, []).append(t)
                    return gi
            raise AssertionError("no grievance slot")

        free_days = sorted(r.sample(OPEN_DAYS, 30))
        day_i = [0]

        def next_day():
            d = free_days[day_i[0]]
            day_i[0] += 1
            return d

        def content_event(t, ch, codeset, duration, demand=None, lead=None, long_turns=0):
            gi = next_g(t)
            lines = self.harass_lines(c, codeset, gi, used) if codeset else \
                [GRIEVANCE[cl][lang][gi], r.choice(FAIR_ASK[lang])]
            if lead:
                lines = lead + lines
            dm = demand or "%s:g%d" % (c["id"], gi)
            firm = bool(codeset)
            return self.add(c, t, ch, lines, codes=codeset, demand=dm, duration=duration, firm=firm,
                            long_turns=long_turns)

        if "repetition" in stateful:
            n = r.randint(4, 5)
            d0 = r.choice(OPEN_DAYS[:-10])
            offs = [0] + sorted(r.sample(range(1, 6), n - 1))
            key = "%s:repeat" % c["id"]
            variants = REPEAT_DEMAND[cl][lang][:]
            r.shuffle(variants)
            for i, o in enumerate(offs):
                d = d0 + dt.timedelta(days=o)
                while d not in OPEN_DAYS:
                    d += dt.timedelta(days=1)
                if d in free_days:
                    free_days.remove(d)
                t = self.at(d, 9 * 60 + 120 * (i % 2), 12 * 60 + 180 * (i % 2))
                ch = self.channel(allow_visit=False)
                lines = [variants[i % len(variants)]]
                codeset = sets.pop() if sets and r.random() < 0.5 else []
                if codeset:
                    for code in codeset:
                        pool = [s for s in for_client(HARASS[code][lang], cl) if s not in used] or for_client(HARASS[code][lang], cl)
                        s = r.choice(pool)
                        used.add(s)
                        lines.append(self.fill(s, c["target"][1]))
                self.add(c, t, ch, lines, codes=codeset, demand=key, duration=self.dur(ch, 1200), firm=bool(codeset))
        if "off_hours_contact" in stateful:
            n = r.randint(5, 6)
            days = r.sample(ALL_DAYS, n)
            for d in days:
                t = self.off_hours(d)
                ch = r.choice(["email", "web_form", "sns", "chat", "phone", "phone"])
                lead = [r.choice(OFF_HOURS_OPEN[self.off_kind(t)][lang])]
                codeset = sets.pop() if sets and r.random() < 0.5 else []
                if ch == "phone":
                    gi = next_g(t)
                    lines = lead + [GRIEVANCE[cl][lang][gi]]
                    for code in codeset:
                        pool = [s for s in for_client(HARASS[code][lang], cl) if s not in used] or for_client(HARASS[code][lang], cl)
                        s = r.choice(pool)
                        used.add(s)
                        lines.append(self.fill(s, c["target"][1]))
                    self.add(c, t, ch, lines, codes=codeset, demand="%s:g%d" % (c["id"], gi),
                             duration=r.randint(25, 110), ivr=True)
                else:
                    content_event(t, ch, codeset, None, lead=lead)
        if "contact_flood" in stateful:
            for b in range(r.choice([1, 1, 2])):
                d = next_day()
                t = self.at(d, 9 * 60 + 30, 17 * 60 + 30)
                n = r.randint(6, 9)
                ch0 = r.choice(["chat", "sns", "email", "phone"])
                codeset = sets.pop() if sets and r.random() < 0.5 else []
                content_event(t, ch0, codeset, self.dur(ch0, 600), )
                pings = FLOOD_PING[lang][:]
                r.shuffle(pings)
                for i in range(n - 1):
                    t = t + dt.timedelta(seconds=r.randint(150, 420))
                    ch = ch0 if r.random() < 0.6 else r.choice(["chat", "sns", "email", "phone", "web_form"])
                    dur = r.randint(20, 100) if ch == "phone" else None
                    self.add(c, t, ch, [pings[i % len(pings)]], demand=None, duration=dur, reply_p=0.0)
        if "prolonged_contact" in stateful:
            variant = r.random()
            if variant < 0.6:
                for _ in range(r.choice([1, 2])):
                    d = next_day()
                    ch = "visit" if r.random() < 0.2 else "phone"
                    t = self.at(d, 9 * 60, 15 * 60)
                    codeset = sets.pop() if sets else []
                    content_event(t, ch, codeset, r.randint(3700, 9000), long_turns=r.randint(5, 9))
            else:
                d = next_day()
                base = 9 * 60 + r.randint(0, 60)
                for k in range(3):
                    t = self.at(d, base + k * 150, base + k * 150 + 20)
                    codeset = sets.pop() if sets and r.random() < 0.6 else []
                    content_event(t, "phone", codeset, r.randint(1900, 2500), long_turns=r.randint(3, 5))
        # remaining content sets on their own days, in hours
        for s in sets:
            d = next_day()
            ch = self.channel()
            content_event(self.in_hours(d), ch, s, self.dur(ch, 2400))
        # some ordinary contacts too
        for _ in range(r.choice([0, 1, 1, 2]) if content else r.choice([1, 2])):
            d = next_day()
            ch = self.channel()
            self.add(c, self.in_hours(d), ch, [r.choice(QUESTIONS[cl][lang])], demand=self.uid("dq"),
                     duration=self.dur(ch, 1500))

    # --- stateful detection from the generated events ----------------------------
    def stateful(self):
        by = {}
        for e in self.events:
            if e["direction"] == "inbound":
                by.setdefault(e["customer_id"], []).append(e)
        res = {}
        for cid, evs in by.items():
            evs.sort(key=lambda e: (e["_inst"], e["event_id"]))
            hit = {}
            # repetition
            groups = {}
            for e in evs:
                if e["_demand"]:
                    groups.setdefault(e["_demand"], []).append(e)
            for g in groups.values():
                for i in range(len(g)):
                    win = [x for x in g[i:] if x["_inst"] - g[i]["_inst"] <= dt.timedelta(days=7)]
                    if len(win) >= 3:
                        hit.setdefault("repetition", set()).update(x["event_id"] for x in win)
            # off hours
            off = [e for e in evs if not self.is_open(e["_inst"])]
            if len(off) >= 4 and len({e["_inst"].astimezone(JST).date() for e in off}) >= 3:
                hit["off_hours_contact"] = {e["event_id"] for e in off}
            # flood
            for i in range(len(evs)):
                win = [x for x in evs[i:] if x["_inst"] - evs[i]["_inst"] < dt.timedelta(minutes=60)]
                if len(win) >= 5:
                    hit.setdefault("contact_flood", set()).update(x["event_id"] for x in win)
            # prolonged
            day_sum = {}
            for e in evs:
                if e["channel"] in ("phone", "visit") and e["duration_s"]:
                    if e["duration_s"] >= 3600:
                        hit.setdefault("prolonged_contact", set()).add(e["event_id"])
                    day_sum.setdefault(e["_inst"].astimezone(JST).date(), []).append(e)
            for d, es in day_sum.items():
                if sum(e["duration_s"] for e in es) >= 5400:
                    hit.setdefault("prolonged_contact", set()).update(e["event_id"] for e in es)
            res[cid] = {k: sorted(v) for k, v in hit.items()}
        return res

    # --- main ---------------------------------------------------------------------
    def run(self):
        self.make_customers()
        for c in self.customers:
            {"normal": self.gen_normal, "legit_complainer": self.gen_legit, "harasser": self.gen_harasser}[c["profile"]](c)
        self.events.sort(key=lambda e: (e["_inst"].astimezone(UTC), e["event_id"]))
        st = self.stateful()
        customers = {}
        content_by_c = {}
        for e in self.events:
            if e["_codes"]:
                content_by_c.setdefault(e["customer_id"], set()).update(e["_codes"])
        evidence = {}
        for c in sorted(self.customers, key=lambda x: x["id"]):
            fired = st.get(c["id"], {})
            if c["profile"] != "harasser":
                assert not fired, (c["id"], c["profile"], fired)
                assert not content_by_c.get(c["id"])
            else:
                for k in c["plan"]:
                    if k in STATEFUL_CODES:
                        assert k in fired, (c["id"], k)
                    else:
                        assert k in content_by_c.get(c["id"], ()), (c["id"], k)
            beh = [k for k in CONTENT_CODES if k in content_by_c.get(c["id"], ())] + \
                  [k for k in STATEFUL_CODES if k in fired]
            if c["profile"] == "harasser":
                assert beh
            customers[c["id"]] = {"profile": c["profile"], "behaviors": beh}
            if fired:
                evidence[c["id"]] = fired
        per_code = {k: sum(1 for v in customers.values() if k in v["behaviors"]) for k in CONTENT_CODES + STATEFUL_CODES}
        assert min(per_code.values()) >= 7, per_code
        ev_labels = {e["event_id"]: e["_codes"] for e in self.events}
        per_code_ev = {k: sum(1 for e in self.events if k in e["_codes"]) for k in CONTENT_CODES}
        inbound = [e for e in self.events if e["direction"] == "inbound"]

        def cnt(key, evs):
            out = {}
            for e in evs:
                out[str(e[key])] = out.get(str(e[key]), 0) + 1
            return dict(sorted(out.items()))

        meta = {
            "seed": SEED,
            "customers": N_CUSTOMERS,
            "start": START.isoformat(),
            "end": END.isoformat(),
            "setting": {
                "site": "Sapporo contact centre (札幌コンタクトセンター), 2029 Q3",
                "clients": {k: v for k, v in CLIENTS.items()},
                "customer_id_formats": {"mobile": "HKM########", "car": "POL-X#####", "water": "####-######",
                                        "tutor": "stu_#####", "pet": "PET-2029-#####"},
            },
            "counts": {
                "events": len(self.events),
                "inbound": len(inbound),
                "outbound": len(self.events) - len(inbound),
                "events_with_content_label": sum(1 for e in self.events if e["_codes"]),
                "profiles": {p: sum(1 for c in self.customers if c["profile"] == p)
                             for p in ("normal", "legit_complainer", "harasser")},
                "stateful_only_harassers": sum(1 for c in customers.values() if c["profile"] == "harasser"
                                               and all(k in STATEFUL_CODES for k in c["behaviors"])),
                "customers_per_code": per_code,
                "events_per_content_code": per_code_ev,
                "channels": cnt("channel", self.events),
                "language_field": cnt("language", self.events),
                "inbound_off_hours": sum(1 for e in inbound if not self.is_open(e["_inst"])),
            },
            "calendar": {
                "timezone": "Asia/Tokyo",
                "weekdays": "Mon-Sat",
                "hours": "08:30-19:30",
                "closed_days_in_range": [d.isoformat() for d in sorted(HOLIDAYS)],
                "holiday_names": {d.isoformat(): n for d, n in sorted(HOLIDAYS.items())},
                "also_closed": "every Sunday",
            },
            "agents": {"op-%03d" % (101 + i): {"ja": a[0], "kana": a[1], "en": a[2]} for i, a in enumerate(AGENTS)},
            "stateful_rules": STATEFUL_RULES,
            "stateful_evidence": evidence,
            "labelling": "events: content codes of the harassing sentences inserted in that inbound event (one sentence, "
                         "one code); outbound events and all other events map to []. customers.behaviors = content "
                         "codes of the customer's events + stateful codes computed from the events by stateful_rules.",
        }
        return [{k: v for k, v in e.items() if not k.startswith("_")} for e in self.events], \
            {"events": ev_labels, "customers": customers, "meta": meta}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    events, labels = Gen(SEED).run()
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    m = labels["meta"]["counts"]
    print("events=%d inbound=%d outbound=%d labelled=%d" % (m["events"], m["inbound"], m["outbound"],
                                                           m["events_with_content_label"]))


if __name__ == "__main__":
    main()
