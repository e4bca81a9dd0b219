# -*- coding: utf-8 -*-
"""gen.py - blind labelled contact-event stream (stream19): outsourced contact centre in
Kitakyushu, 2030 Q1, five clients. Usage: python3 gen.py OUTDIR  (stdlib only, seed 2030).

Part 1: hand-written text pools. Part 2 (below): generator.

Format of the harassing pools: one sentence per line, "tag|text".
ja tags: kk = 北九州弁/小倉弁, ch = 筑豊弁, '' = standard / casual / keigo / kana.
en tags: ko = Korean L2 English, zh = Chinese L2 English, sc = Scottish,
bd = Bangladeshi English, '' = general / text-speak.
{name} = the staff member the customer targets (family name).
"""

HARASS = {}

HARASS["excessive_demand"] = ("""
kk|欠航したっちゃけ、往復の運賃だけやなくてホテル代も新幹線代も全部そっちで持ってもらうけね。
kk|教習が一回つぶれたんやけ、残りの技能教習は全部タダにしてくれんと割に合わんちゃ。
|誤報で警備の人が来たせいで一睡もできなかったので、今月と来月の契約料は免除してください。当然ですよね。
|動画が止まったぶん、一年分の料金を返金してもらえますか。それとは別に慰謝料もお願いします。
ch|予約の枠が埋まっとるとか関係なか。明日の朝イチでうちの分だけタダで取りに来てくれんね。
|これだけ迷惑をかけられたんですから、帰りの便は私だけ特等個室に無料で替えていただけますよね。
kk|誠意っちゅうのはね、商品券の十万円分でも包んでくるもんやろうもん。
|規約とかどうでもいいので、解約した月の分も含めて過去三年分ぜんぶ返金してください。
|ｷｬﾝｾﾙ料なしで仮免の再試験もタダ、あと卒業までの補習代も全部そっち持ちでよろしく
ch|冷蔵庫一台取りに来るついでに、タンスと畳と物置もまとめてタダで持って行っちゃりぃよ。
""", """
zh|I want full refund both ways, plus hotel, plus my flight to Shanghai which I missed. All of it, your company pay.
|Since the show buffered for one night I expect twelve months free and a gift card on top.
bd|Kindly credit my good self with three months free service and also return the installation fee, this is the bare minimum.
sc|Ye'll be giein me a free upgrade tae the suite on every crossin fae now on, that's the least ye owe me.
ko|You upgrade me to first class cabin for free, also my 4 friends, because your company make us wait so long.
|Give me the rest of the lessons for free and refund the ones I already took while you're at it.
|cover my whole trip pls, taxi hotel food everything, otherwise no deal
|I want the call-out fee waived and the next two years of monitoring for nothing, no exceptions.
""")

HARASS["apology_demand"] = ("""
kk|土下座して謝ってもらわんと気がすまんちゃ。
|社長の名前で謝罪文を書いて、うちに郵送してください。もちろん手書きで。
|電話一本で済ませる気？菓子折り持って謝りに来るのが筋でしょう。
ch|まず謝らんね。話はそれからたい。
|担当者全員で頭を下げている動画を撮って送ってきなさいよ。
kk|誠意ある謝罪文を書面で出しい。メールの一行なんかで済むと思わんどってね。
|すみませんの一言で終わらせるつもりですか。ちゃんと頭を下げてください。
|お詫びの文章を御社ホームページのトップに掲載してください。
|あやまって。ちゃんとこころからあやまって。わたしがいいっていうまで。
ch|上の人間に直接謝らせんしゃい、課長でも部長でもよかけん。
""", """
|I want a written apology signed by your CEO, on paper, posted to my house.
|Say sorry properly. Again. That wasn't a real apology, so do it again.
ko|I want your manager bow and apologize to me on video call, then I decide if I accept.
sc|An apology email's nae good enough, I want a proper letter fae the top man.
bd|Kindly arrange one formal apology letter on company letterhead addressed to my good self.
|sry isnt enough. i want ur boss to apologise personally, in writing, today
zh|Post public apology on your website with my name, say clearly your company was wrong.
|Every one of you who spoke to me must apologise to me one by one. I'll wait.
""")

HARASS["in_person_demand"] = ("""
kk|電話じゃ話にならんけ、今から家に来て説明しちゃってや。
|責任者が直接うちまで来てください。それ以外は受け付けません。
kk|明日、うちの事務所まで担当の人が来ちょって。顔見て話さな分からんけ。
ch|窓口に来いっちゅうなら、そっちがこっちに出向くのが筋やろうもん。今日中に来んね。
|所長さん、うちに来て親に直接説明してもらえます？来ないなら入校を取り消しますよ。
kk|面と向かって話さんと納得できん。営業所の人間を今晩うちによこしない。
ch|粗大ごみの件、市の人に今からうちの前まで来てもらうけん。来るまで待っとくばい。
|直接会って話しましょう。駅前の喫茶店に十五時、担当の方が来てください。
|家まで来て直接説明して。電話じゃわからんっちゃん。
|本社の人間がこっちに来て、うちの玄関先で説明しなさいよ。
""", """
|Send someone to my hotel now. I won't talk on the phone anymore.
|Your manager must come to my house and explain this face to face.
ko|You come to the terminal yourself and meet me, I am waiting at gate 2 until you come.
sc|I want tae meet the person in charge, in person, at ma flat, the morra.
bd|Kindly depute one officer to my residence today itself for discussion of this matter.
|u guys need to come here and talk to me in person, no more emails
zh|Your boss must come to my office in Fukuoka, face to face meeting, then we talk.
|Someone from the city office must come and stand at my door and explain why the sofa is still here.
""")

HARASS["violence_threat"] = ("""
kk|なめとったら本気でくらすぞ。
ch|今度来たら、その警備員ぼてくりこかすけな。
|事務所ごと燃やしてやろうか。
|夜道には気をつけたほうがいいですよ、お互いに。
kk|次また欠航したら、ターミナルの窓口で暴れちゃるけ覚えとけよ。
|ぶん殴られたいの？
|教官の車に何かあっても知らないよ？タイヤとか、ね。
|ｺﾛｽぞﾏｼﾞで
ch|おまえんとこの営業所、どこにあるか知っとるけんね。行ったらただじゃすまさんばい。
|包丁持って行こうか？冗談だと思う？
""", """
|If the ferry is cancelled again I swear I will smash that counter to pieces.
|Keep ignoring me and see what happens to you when you leave the office tonight.
sc|I'll come doon there and sort ye oot masel, ye hear me?
|You want me to break your face? Keep talking like that.
|i know where ur driving school is. watch ur back
ko|Maybe your car will have accident one day, who knows.
zh|If I see that security guard again I will beat him, I promise.
bd|Next time I come to your office somebody will get hurt, I am telling you this clearly.
""")

HARASS["abusive_language"] = ("""
|あなたみたいな無能を、よく雇ってますね。
kk|きさん、頭おかしいんやないと？
|給料泥棒。あんたに生きてる価値ある？
|バカなの？日本語も通じないわけ？
|{name}って人、ほんと使えない。脳みそ入ってる？
ch|役立たずばっかりやな、この会社は。
|ｸｿみたいな対応しかできんのか、ｶｽ
kk|バイトのあんたに何が分かるんか。黙っとき。
|おたくの教官、人間のクズですね。
|ほんっと頭わるいね～、小学生でもわかるよ？ｗｗ
""", """
|You are completely useless. How did you even get this job?
|Are you stupid or just pretending? Put someone with a brain on.
sc|Ye're a pure waste of space, the lot of ye.
zh|You idiot, you cannot understand even simple English.
|{name} is the dumbest person I have ever spoken to.
|what a clown show, u ppl are pathetic morons
ko|You are worthless, a robot can do your job much better than you.
bd|Shut up and listen, you brainless fellow, I am not talking to a donkey.
""")

HARASS["legal_threat"] = ("""
|弁護士に相談して、損害賠償を請求しますので。
|訴えますよ、本当に。裁判所で会いましょう。
kk|国交省と消費者庁に全部言いつけちゃるけ、覚悟しとき。
|こっちは出るところに出てもいいんですよ。
|警察に被害届を出しますからね。
ch|市議会議員の知り合いに言うて、市の監査にかけてもらうけんな。
|内容証明を送りますので、代表者のお名前を教えてください。
kk|集団訴訟の準備しよるけね。ほかの乗客にも声かけよるけ。
|慰謝料請求の裁判、起こしますね。
ch|公安委員会に通報して、この教習所の指定ば取り消してもらうけん。
""", """
|My lawyer will be sending you a letter. I am suing your company for damages.
|I will report you to the Consumer Affairs Agency and the Ministry, you will be in big trouble.
sc|See ye in court, pal.
ko|I already talk to my lawyer in Seoul, we will sue you in Korea and Japan both.
bd|Kindly note that I shall be filing a case against your esteemed company in the consumer court.
|lawsuit incoming. screenshot everything, ur going down
zh|I will complain to the police and to the embassy, what you did is a crime.
|Pay me or I take legal action. Your choice.
""")

HARASS["online_defamation_threat"] = ("""
|この対応、全部Xに晒しますね。録音もあるので。
kk|Googleの口コミに星ひとつで、あんたの名前も書いとくけ。
|YouTubeで実名出して動画にしますけど、いいんですね？
ch|知り合い百人に拡散してもらうけん、覚悟しときない。
kk|この教習所の評判、ネットで潰しちゃるけな。
|今のやりとりｽｸｼｮしてTikTokに上げるわ
|掲示板に「詐欺会社」って書き込んでおきますね。
kk|今ライブ配信しよるけ、あんたの対応全部流れよるよ。
|口コミサイトに低評価つけまくりますから。家族のアカウントでもね。
|韓国のコミュニティにも翻訳して載せますね、この会社最低だって。
""", """
ko|I will post this on Naver and tell every Korean traveller never use your ferry.
|Going on Twitter with the recording, your name included.
|Expect a flood of one-star reviews. I have a lot of friends.
sc|I'll have this aw ower Facebook by the night, ye'll be famous.
bd|I shall be writing about your company on all social media platforms, kindly be informed.
|gonna make a tiktok about this lol, ur company is done
zh|I will post on Weibo and Xiaohongshu, many Chinese people will see how you treat us.
|Every review site, every forum, I will make sure people know what you are.
""")

HARASS["sexual_harassment"] = ("""
kk|声かわいいね。彼氏おるん？
kk|教官の{name}さん、スタイルよかね～。今度二人で飲みに行こうや。
|受付の子、脚きれいだったね。今日もスカート？
kk|電話の声がえろいっちゃ。もっと喋ってや。
|いまどんな下着つけてるの？
|今度の教習のとき、手ぇ握ってもいい？
|ｶﾜｲｲ子が担当してくれるなら解約やめてもいいよ♡
|結婚してるの？夜は寂しくない？
ch|お姉さん、ホテルに来てくれたら許しちゃるばい。
|仮免受かったらデートしてくれるって約束でしょ？
""", """
|You sound really sexy on the phone. What are you wearing?
ko|Are you single? When I come to Kitakyushu I take you for dinner, just two of us.
zh|The lady at the ticket counter has very nice body, tell her I said this.
|Come to my cabin tonight and I'll forgive everything.
|ur voice is so hot, say my name again
sc|Ye've got a lovely voice hen, fancy a wee date?
bd|You are exactly my type madam, we can meet privately and become very close friends.
|If the instructor is a pretty girl I'll book extra lessons, haha, you know what I mean.
""")

HARASS["privacy_intrusion"] = ("""
kk|{name}さんって何時に仕事終わるん？どこ住んどると？
|あなたの個人のLINE教えて。会社通すと遅いから。
|昨日小倉駅で{name}さん見かけたよ。あとつけたら家わかるかな。
|受付の人の写真撮ったんで、これ誰か教えて。
ch|教官の{name}さん、家どこらへん？車は何乗っとると？
kk|警備員さんの携帯番号、直接教えてくれんね。
ch|営業所の前で待っとくけん、帰りは何時ね？
|あなたの本名フルネームと住所、教えてもらえます？
kk|{name}さんのインスタ見つけたっちゃ。旦那さんと写っとったね。
|ﾀｰﾐﾅﾙの駐車場で、あんたが出てくるの見てたよ
""", """
|What time does {name} finish? I will wait outside the office.
|Give me your personal phone number, not the company one.
|I found {name} on Facebook. Nice family photos.
ko|Where you live? Which area of Kitakyushu? I want to know.
zh|I took photo of the girl at the counter, tell me her name and her Instagram.
|i saw u at the station yesterday lol, u live near there right?
bd|Kindly share the home address of the instructor, I wish to discuss with her personally.
sc|Send us {name}'s private email, I'm only talkin tae her.
""")

HARASS["staff_naming"] = ("""
|{name}を出せ。{name}以外とは話さない。
|{name}さんを辞めさせてください。処分の報告もお願いします。
kk|またあの{name}か。あいつを担当から外しない。
ch|{name}っちゅう奴、まだおるんか？今日中にクビにしちゃり。
kk|{name}さん出してって何回言えば分かると？{name}さん以外とは話さんけ。
|{name}に責任を取らせて、どういう処分にしたか報告してください。
kk|名前控えとるけね、{name}。上にしっかり言うとくけ。
ch|{name}がおらんなら、{name}がおる日まで毎日かけるけんね。
|担当は{name}さん一択で。ほかの人は結構です。
|{name}を電話口に出しなさい！早く！
""", """
|Put {name} on the phone. Only {name}.
|I want {name} fired. Today.
ko|Is {name} still working there? Take {name} off my case right now.
sc|Get me {name}, I'm no speakin tae anybody else.
bd|Kindly ensure {name} is removed from service and inform me of the action taken.
|that {name} guy again?? i want him gone
zh|{name} must call me back, not you. Only {name}!
|I wrote down {name}. I'll report {name} to the top and make sure {name} is punished.
""")

HARASS["pressure_language"] = ("""
|今すぐ対応しろ。今すぐだ。
kk|仕事にならんっちゃけど、どげんしてくれるんか。
|これ致命的ですよ。多大な損害が出てるの分かってます？
kk|五分以内に折り返しがなかったら、次の手考えるけ。
|至急！！！至急！！！今日中に全部片付けて！！！
ch|いつまで待たせるとや。一秒でも早よせんね。
|こっちは客だぞ。分かってんのか。
|ﾊﾔｸｼﾛ ﾏｼﾞﾃﾞ ｲﾏｽｸﾞ
|あなたの判断でいいから今ここで決めて。上に確認とかいらない。
kk|生活かかっとるんよ。これで人生めちゃくちゃになったら、どう責任とるんか。
""", """
|Fix it NOW. Not tomorrow. NOW.
|This is a disaster, you have caused massive damage to my business.
ko|I am customer, you must do what I say, understand?
|Call me back within 10 minutes or else.
|URGENT URGENT URGENT!!! do it immediately!!!
bd|Do the needful immediately, I am telling you, not one more minute I will wait.
sc|Ye'll sort this the noo or there'll be hell tae pay.
zh|every minute u waste is costing me money, move it
""")


def parse_pool(block):
    out = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        tag, text = line.split("|", 1)
        out.append((tag, text))
    return out


HARASS_POOLS = {code: {"ja": parse_pool(ja), "en": parse_pool(en)} for code, (ja, en) in HARASS.items()}

CLIENTS = {
    "ferry": {"ja": "ひびき海運", "en": "Hibiki Ferry", "prefix": "FRY"},
    "driving": {"ja": "小倉みなみ自動車学校", "en": "Kokura Minami Driving School", "prefix": "DS"},
    "security": {"ja": "セキュアホーム九州", "en": "SecureHome Kyushu", "prefix": "SH"},
    "streaming": {"ja": "なみストリーム", "en": "NamiStream", "prefix": "NS"},
    "bulky": {"ja": "市粗大ごみ受付センター", "en": "City Bulky Waste Office", "prefix": "BW"},
}

# ---------------------------------------------------------------- normal questions
NORMAL_Q = {
    "ferry": {
        "ja": [
            "2月14日の新門司発釜山行き、二等和室の空きはありますか。",
            "車を載せて大阪南港まで行きたいのですが、軽自動車の料金を教えてください。",
            "パスポートの有効期限が残り5か月なんですが、乗船できますか。",
            "予約した便を1日後ろにずらしたいっちゃけど、手数料かかりますか。",
            "ペットを連れて乗れる部屋はありますか。小型犬一匹です。",
            "学割は何歳まで使えますか。",
            "新門司港まで小倉駅からの連絡バスは何時に出ますか。",
            "船内で韓国ウォンへの両替はできますか。",
            "明日の松山行き、時化で運休の可能性ありますかね。",
            "予約確認メールが届いとらんので、再送してもらえますか。",
        ],
        "en": [
            "Is there a women-only cabin on the Busan route?",
            "How early should I check in at Shin-Moji for the overnight sailing?",
            "I want change my ferry date to next Friday, is possible?",
            "Can I bring my bicycle on board to Busan? What is the fee?",
            "Do you accept Korean credit card on the booking site?",
            "Is there a shuttle bus from Kokura station to the port? What time?",
            "My booking email has wrong spelling of my name, passport say KIM MINJUN.",
            "Is breakfast included in the private cabin price?",
        ],
    },
    "driving": {
        "ja": [
            "春休みの合宿コースはまだ申し込めますか。",
            "AT限定からMTに変更したいんですが、追加料金はいくらですか。",
            "技能教習の予約を来週火曜の16時に変更できますか。",
            "送迎バスの八幡方面のルートを教えてください。",
            "学科教習は土曜日もやっていますか。",
            "仮免の学科試験の日程を知りたいです。",
            "卒業検定に落ちた場合の補習料金を教えてください。",
            "入校に必要な書類は住民票と何ですか。",
            "教習原簿をなくしてしもうたんですけど、再発行できますか。",
        ],
        "en": [
            "Do you have instructors who can teach in English?",
            "I have a Korean licence, can I convert it here or do I need lessons?",
            "How much is the full course for automatic car?",
            "Can I book my driving lessons online in English?",
            "Kindly inform me the documents required for admission, I am on a student visa.",
            "What time is the last lesson on Saturdays?",
        ],
    },
    "security": {
        "ja": [
            "旅行で一週間家を空けるので、その間の見回りをお願いできますか。",
            "暗証番号を変更したいのですが、手順を教えてください。",
            "引っ越し先でも契約を続けられますか。",
            "窓センサーの電池が少ないと表示されています。交換方法を教えてください。",
            "高齢の母のために見守りプランを追加したいです。",
            "次回の定期点検の日程を確認したいです。",
            "月額料金の引き落とし口座を変更したいんですけど。",
            "玄関のカードキーを一枚追加できますか。",
        ],
        "en": [
            "How do I add my wife's phone to the alarm app?",
            "Is there a plan for a small flat? I rent a 1LDK in Tobata.",
            "What happens if I forget to disarm when I come home?",
            "Can I pause the service while I'm abroad for two months?",
            "Kindly share the procedure to change the PIN of the control panel.",
            "The app shows 'sensor offline' for the back door. What should I do?",
        ],
    },
    "streaming": {
        "ja": [
            "ファミリープランで同時に何台まで見られますか。",
            "テレビのアプリでログインできません。パスワードの再設定方法を教えてください。",
            "支払い方法をクレジットカードからキャリア決済に変えたいです。",
            "ダウンロードした作品は何日間見られますか。",
            "韓国ドラマの新作はいつ追加されますか。",
            "年額プランに切り替えたら、残りの月額分はどうなりますか。",
            "子どもが勝手に購入しないように制限をかけたいっちゃけど。",
            "領収書を発行してもらえますか。",
        ],
        "en": [
            "How do I turn on English subtitles for Japanese dramas?",
            "Can I watch NamiStream from Korea when I go home for holiday?",
            "How many profiles can I create on the basic plan?",
            "I forgot which email I signed up with, can you help?",
            "Is 4K available on the standard plan or only premium?",
            "How do I cancel auto-renewal? I just want to stop after this month.",
        ],
    },
    "bulky": {
        "ja": [
            "ソファを粗大ごみで出したいのですが、処理券はいくらですか。",
            "小倉北区ですが、次の収集日はいつになりますか。",
            "エアコンは粗大ごみで出せますか。",
            "予約した収集日を変更したいです。受付番号はこちらです。",
            "処理券はどこのコンビニで買えますか。",
            "自転車を二台出したいっちゃけど、一回の予約でいけますか。",
            "高齢で運び出せないのですが、家の中からの運び出しはお願いできますか。",
            "マットレスは何センチ以上から粗大ごみになりますか。",
        ],
        "en": [
            "How do I throw away a bed frame? I live in Yahata Nishi ward.",
            "Where can I buy the bulky waste sticker?",
            "I am moving out next week, can I book a pickup before Saturday?",
            "Kindly tell me the procedure for disposing one old refrigerator.",
            "Can I book the collection in English online?",
            "Does a desk chair count as bulky waste?",
        ],
    },
}

# ---------------------------------------------------------------- grievances (legit kernel)
GRIEVANCE = {
    "ferry": {
        "ja": [
            "1月の欠航で予約の便がなくなったのに、振替の案内が一切来ませんでした。",
            "船内の暖房が効いてなくて、一晩中寒くて眠れませんでした。",
            "予約サイトで同じ便の料金が二重に引き落とされています。",
            "釜山港で預けた荷物が出てこんかったとですよ。",
            "昨日の便、また欠航しちょるやん。メールも来んし、港まで行って初めて知ったっちゃ。",
            "車両甲板で車のドアミラーに傷がついとりました。",
        ],
        "en": [
            "My sailing to Busan was cancelled and nobody emailed me.",
            "I was charged twice for the same booking.",
            "The heater in our cabin did not work the whole night.",
            "My luggage did not come out at Busan port.",
            "The boat left 3 hours late and I miss my train in Busan.",
        ],
    },
    "driving": {
        "ja": [
            "予約していた技能教習が、当日になって教官の都合でキャンセルされました。",
            "送迎バスが20分遅れて、学科に間に合いませんでした。",
            "入校のときに聞いた料金と、請求書の金額が違います。",
            "予約システムにログインできんで、何日も予約が取れんとです。",
            "教習中に教官に舌打ちされて、正直かなり嫌な気持ちになりました。",
        ],
        "en": [
            "My lesson was cancelled on the day because the instructor was not available.",
            "The shuttle bus was 20 minutes late and I missed my class.",
            "The fee on the invoice is different from what I was told at the desk.",
            "The booking app keeps logging me out and I can't reserve anything.",
        ],
    },
    "security": {
        "ja": [
            "誤報で夜中に三回もサイレンが鳴りました。機器の不具合じゃないですか。",
            "警報を出したのに、警備の方が来るまで40分かかりました。",
            "解約したはずなのに、翌月も引き落としされています。",
            "点検に来た方が、玄関の鍵を閉め忘れて帰っとったんですよ。",
            "警報機がいっちょん止まらんで、近所から苦情が来たっちゃ。",
        ],
        "en": [
            "The alarm went off three times at night with nobody there. False alarm again.",
            "It took 40 minutes for the guard to arrive after the alarm.",
            "I cancelled last month but you still took money.",
            "The technician left the front door unlocked after the inspection.",
        ],
    },
    "streaming": {
        "ja": [
            "毎晩21時ごろになると映像が止まって、まともに見られません。",
            "解約したのに今月も請求が来ています。",
            "無料体験のはずが、初月から料金がかかっていました。",
            "字幕がずれていて、ドラマが全然楽しめんちゃけど。",
            "年額プランにしたのに、月額でも引き落とされとるっちゃん。",
        ],
        "en": [
            "The video keeps freezing every evening around 9pm.",
            "I cancelled and was charged again this month.",
            "The free trial charged me from the first month.",
            "Subtitles are out of sync on every episode of the drama I'm watching.",
        ],
    },
    "bulky": {
        "ja": [
            "予約した日に粗大ごみが回収されず、まだ家の前に置きっぱなしです。",
            "処理券を貼っていたのに「券がない」と置いていかれました。",
            "電話が全然つながらず、予約が取れません。",
            "収集の人がマットレスを引きずって、うちの塀に傷がついとるんよ。",
            "回収に来るっち言うとった日に来んで、一日家で待っとったんよ。",
        ],
        "en": [
            "The sofa was not collected on the booked day and it's still outside.",
            "I put the sticker on but they left the wardrobe saying there was no sticker.",
            "The phone line is always busy, I cannot book a pickup.",
            "Your collectors scratched my gate when carrying out the mattress.",
        ],
    },
}

# what a legitimate complainer asks for (fair, within terms)
FAIR_ASK = {
    "ja": [
        "規定どおりの払い戻しをお願いします。",
        "原因を調べて、結果を教えてください。",
        "次の空いている日で振り替えてもらえますか。",
        "今後こういうことがないように改善をお願いします。",
        "契約どおりの対応をしてもらえれば、それで結構です。",
        "いつ頃対応してもらえるか、目安だけでも教えてください。",
    ],
    "en": [
        "Please give me the refund your terms allow.",
        "Please look into it and tell me what happened.",
        "Could you rebook me on the next available date?",
        "I'd just like this fixed and for it not to happen again.",
        "Please let me know roughly when this will be sorted.",
    ],
}

# ---------------------------------------------------------------- hard negatives
HARD_NEG = {
    "ja": [
        # angry but fair
        "正直かなり腹が立っています。欠航は仕方ないにしても、連絡がなかったのは困ります。規定の払い戻しをお願いします。",
        "三回も同じ説明をさせられて、本当にうんざりしています。記録を残して、次の人に引き継いでください。",
        # refund the terms allow
        "規約に「解約月は日割りで返金」とありますので、その手続きをお願いします。",
        "出航48時間前までのキャンセルは手数料無料と書いてあったので、全額返金でお願いします。",
        # reviews read
        "ネットの口コミで「誤報が多い」と書かれていたのを見ましたが、うちの機器も点検してもらえますか。",
        "Xで欠航の情報が流れとったのを見たんですけど、明日の便も運休ですか。",
        "ストアのレビューで星1が多かったので心配でしたが、普通に見られてます。4Kはどのプランですか。",
        # praise of named staff
        "教官の{name}さんの教え方がとても分かりやすく、おかげで一回で合格できました。よろしくお伝えください。",
        "先日の夜、警備の方がすぐ来てくださって本当に心強かったです。{name}さんにもお礼を伝えてください。",
        "電話で対応してくれた{name}さん、ちかっぱ親切やった。ありがとうございました。",
        # idioms with violent words
        "死ぬほど楽しみにしとったドラマなんで、配信日を教えてください。",
        "この映画、心に訴えるものがありました。続編の配信予定はありますか。",
        "寒さで死にそうやったけど、船内の大浴場で生き返りました。また乗ります。",
        "腹を割って相談したいんですが、プランを変えたら安くなりますか。",
        "最終回、完全にやられました。スピンオフはありますか。",
        # urgent but fair
        "明朝の釜山便に乗る予定です。至急、運航状況を確認させてください。",
        "明日が引っ越しなので、急ぎで収集日の空きを確認してもらえると助かります。",
        # service visits
        "点検の訪問日を変更したいです。来週の土曜午前は空いていますか。",
        "窓口に直接伺って手続きしたいのですが、何時まで開いていますか。",
        # lawyer without pressure
        "父が亡くなり、弁護士さんと相続の手続きを進めています。父名義の契約を解約するのに必要な書類を教えてください。",
        "法律事務所に勤めとるんで、請求書は事務所宛てで出してもらえますか。",
    ],
    "en": [
        "I'm absolutely furious nobody told me the sailing was cancelled, but I'll take the refund your terms allow.",
        "Your T&Cs say I can cancel within 14 days for a full refund, so please process that.",
        "I read loads of reviews saying the Busan route is great. Is there a student discount?",
        "I saw on Twitter that tomorrow's boat might be cancelled. Is that true?",
        "Please pass my thanks to {name}, she was brilliant with my mum on the phone.",
        "Huge thanks to {name} for the lessons, I passed first time!",
        "This new series is an absolute killer, when does season 2 drop?",
        "I'd murder a coffee after that crossing, is the cafe on deck open at night?",
        "The fight scenes in that show were insane lol. Is it available in 4K?",
        "I'm dying to get my licence before April, any slots left?",
        "My lawyer is handling my late father's estate. What documents do you need to close his account?",
        "The alarm has been beeping since this morning. Could an engineer visit to check the sensor? Any weekday is fine.",
        "Kindly do the needful and reschedule my pickup to Saturday, thank you.",
        "Sorry to be a pain but I need this sorted urgently, my flight is tomorrow. Can you confirm the booking today?",
        "The queue at the terminal was murder but the crew were lovely. Do you do loyalty points?",
        "I've been shooting photos of the sunset from the deck. Am I allowed to post them on Instagram with your logo?",
    ],
}

# ---------------------------------------------------------------- alarm line (24/7, genuine emergencies)
ALARM = {
    "ja": [
        "警報が鳴りよって止まらんのです。窓が割れとるみたいで、すぐ来てください。",
        "夜中に侵入センサーが反応しました。家族は全員寝室にいます。確認お願いします。",
        "火災報知器が鳴っています。煙は見えないんですが、念のため来てもらえますか。",
        "母の見守りボタンが押されたと通知が来ました。私は福岡にいて行けません。",
    ],
    "en": [
        "The alarm is going off and I think someone tried the back door. Please send a guard.",
        "Smoke detector is beeping in the kitchen, no fire I think, but can someone check?",
        "I got an intrusion alert on the app while I'm at work. Can a guard go and look?",
    ],
}

# ---------------------------------------------------------------- repetition demands (same demand restated)
REPEAT_DEMAND = {
    "ferry": {
        "ja": ["欠航した便の払い戻し、いつ振り込まれるんですか。", "払い戻しの入金日、まだ教えてもらってませんよね。", "返金の件です。振込日を教えてください。"],
        "en": ["When will the refund for the cancelled sailing arrive?", "I still don't know the date of my refund.", "Refund for the cancelled boat - what date?"],
    },
    "driving": {
        "ja": ["次の技能教習、土曜の午前に入れてほしいんです。", "土曜の午前で教習を入れてもらえませんか。", "例の土曜午前の枠、やっぱり取れませんか。"],
        "en": ["I need my next lesson on Saturday morning.", "Can you put me in a Saturday morning slot?", "Saturday morning lesson please, like I said."],
    },
    "security": {
        "ja": ["誤報の原因、もう一回説明してもらえますか。", "この前の誤報の原因をもう一度教えてください。", "誤報がなんで起きたのか、やっぱり分からんのですけど。"],
        "en": ["Can you explain again why the false alarm happened?", "I still need the reason for the false alarm.", "Explain the false alarm cause again please."],
    },
    "streaming": {
        "ja": ["解約できてるか確認したいです。", "本当に解約になってますか？確認してください。", "解約の件、ちゃんと処理されとるか見てもらえます？"],
        "en": ["I want to confirm my cancellation went through.", "Is my subscription really cancelled? Please check.", "Check my cancellation again please."],
    },
    "bulky": {
        "ja": ["うちの冷蔵庫、収集日を今週にずらせませんか。", "冷蔵庫の収集、今週中にできんですか。", "例の冷蔵庫の件、今週の収集に入れてもらえません？"],
        "en": ["Can you move my fridge pickup to this week?", "Fridge collection this week, is it possible now?", "About the fridge again, can it be collected this week?"],
    },
}
REPEAT_MARK = {
    "ja": ["前にも連絡しましたが、", "同じ件です。", "これで{n}回目の連絡ですが、", "昨日も問い合わせた件で、", "再度の確認です。", "何度もすみませんが、"],
    "en": ["Same question again: ", "As I asked before, ", "This is my message number {n}. ", "Asking again, ", "Following up once more. ", "Again - "],
}

# ---------------------------------------------------------------- flood (short bursts)
FLOOD = {
    "ja": ["まだですか", "返信まだ？", "見てます？", "おーい", "？？？", "既読ついてるよね", "さっきの件です", "返事ください", "もしもし", "まだかいな", "聞いとる？", "ねえ", "応答して", "さっき送ったやつ見た？", "……"],
    "en": ["hello?", "anyone?", "still waiting", "??", "reply pls", "hello???", "is anybody there", "helloooo", "you there?", "same question as above", "waiting...", "hi again", "?"],
}

# ---------------------------------------------------------------- off-hours markers (urgency, no content cue)
OFFH_MARK = {
    "ja": ["夜分にすみません、至急です。", "緊急です。", "日曜ですけど、至急確認お願いします。", "至急折り返しください。", "こんな時間ですが急ぎです。", "【至急】"],
    "en": ["Urgent: ", "Sorry it's late but this is urgent. ", "Emergency - ", "URGENT. ", "Need answer tonight. "],
}

# ---------------------------------------------------------------- prolonged call loops (no content cue)
LOOP = {
    "ja": ["でもさっきも言いましたけど、納得できんのですよ。", "それはおかしいでしょう。", "いや、だからその説明が分からんっちゃ。", "もう一回最初から説明してください。", "ちょっと待って、さっきと言うこと違わん？", "それじゃ話が終わらんですよ。", "ほかに方法ないんですか。"],
    "en": ["But like I said, I don't accept that.", "That makes no sense.", "No, explain it again from the start.", "Wait, that's not what the other person said.", "So what are you going to do about it?", "I'm not hanging up until this is sorted."],
}

# ---------------------------------------------------------------- agent lines
AGENT = {
    "ja": {
        "greet": ["お電話ありがとうございます。{client}お客様窓口の{name}でございます。", "お待たせいたしました、{name}です。", "はい、{client}サポート、{name}が承ります。"],
        "mid": ["確認いたしますので、少々お待ちください。", "かしこまりました。お調べいたします。", "ご不便をおかけして申し訳ございません。", "恐れ入りますが、お客様番号をお伺いできますか。", "担当部署に確認のうえ、折り返しご連絡いたします。"],
        "firm": ["申し訳ございませんが、規定によりそのご要望にはお応えいたしかねます。", "そのようなお言葉はお控えいただけますでしょうか。", "このお電話は品質向上のため録音しております。", "私どもで対応できる範囲をご説明させてください。", "恐れ入りますが、これ以上は同じご回答となります。"],
        "close": ["ほかにご不明な点はございますか。", "お電話ありがとうございました。", "失礼いたします。"],
        "cust_close": ["わかりました、ありがとうございます。", "はい、お願いします。", "助かりました。", "了解です。"],
    },
    "en": {
        "greet": ["Thank you for calling {client}, this is {name}.", "Hello, {client} support, {name} speaking.", "Sorry to keep you waiting, this is {name}."],
        "mid": ["Let me check that for you, one moment please.", "I understand. I'll look into it.", "I'm sorry for the inconvenience.", "Could I have your booking or customer number, please?", "I'll confirm with the team and call you back."],
        "firm": ["I'm sorry, but under our terms we can't do that.", "Please don't speak to me like that.", "This call is recorded for quality purposes.", "Let me explain what we are able to do.", "I'm afraid my answer will be the same."],
        "close": ["Is there anything else I can help with?", "Thank you for calling.", "Have a good day."],
        "cust_close": ["OK, thanks.", "Alright, got it.", "Thank you.", "Fine."],
    },
}

REPLY = {
    "ja": [
        "お問い合わせいただきありがとうございます。内容を確認し、担当部署より改めてご連絡いたします。",
        "ご連絡ありがとうございます。ご依頼の手続きが完了しましたのでお知らせいたします。",
        "ご不便をおかけし申し訳ございません。規定に基づき、払い戻しの手続きを進めております。",
        "お問い合わせの件、ご案内いたします。詳細は添付のご案内をご確認ください。",
        "ご指摘ありがとうございます。社内で共有し、改善に努めてまいります。",
    ],
    "en": [
        "Thank you for contacting us. We have passed your enquiry to the relevant team and will get back to you.",
        "Thank you for your message. Your request has been completed.",
        "We apologise for the inconvenience. Your refund is being processed in line with our terms.",
        "Thank you for your enquiry. Please find the information below.",
        "Thank you for the feedback. We have shared it with the team.",
    ],
}
REPLY_FIRM = {
    "ja": [
        "ご連絡を拝見しました。恐れ入りますが、規約の範囲を超えるご要望にはお応えいたしかねます。",
        "先日ご案内した内容から変更はございません。ご理解をお願いいたします。",
        "当社従業員に対する個人的なお問い合わせにはお答えできません。",
        "今後は書面でのやり取りとさせていただきます。",
    ],
    "en": [
        "We have reviewed your message. We are unable to meet requests beyond our terms of service.",
        "Our answer has not changed from our previous reply.",
        "We cannot share any personal information about our staff.",
        "From now on we will correspond in writing only.",
    ],
}

SUBJECT = {
    "ja": {
        "ferry": ["ご予約について", "欠航の件", "払い戻しについて", "乗船についての質問"],
        "driving": ["教習予約について", "料金について", "送迎バスの件"],
        "security": ["警報について", "契約内容の確認", "点検の件"],
        "streaming": ["アカウントについて", "請求について", "再生できません"],
        "bulky": ["粗大ごみ収集の件", "収集予約について", "処理券について"],
        "harsh": ["至急", "【重要】対応について", "どうなってるんですか", "抗議", "再度の連絡"],
    },
    "en": {
        "ferry": ["Booking question", "Cancelled sailing", "Refund", "Check-in"],
        "driving": ["Lesson booking", "Fees", "Shuttle bus"],
        "security": ["Alarm issue", "My contract", "Inspection"],
        "streaming": ["Account help", "Billing", "Playback problem"],
        "bulky": ["Bulky waste pickup", "Collection booking", "Sticker question"],
        "harsh": ["URGENT", "Complaint", "Unacceptable", "Still waiting", "Final warning"],
    },
}
FORM_CAT = {
    "ja": {"ferry": "運航・予約", "driving": "教習・予約", "security": "警備サービス", "streaming": "アカウント・請求", "bulky": "粗大ごみ収集"},
    "en": {"ferry": "Sailings", "driving": "Lessons", "security": "Security service", "streaming": "Account", "bulky": "Bulky waste"},
}

# ================================================================ generator
import hashlib
import json
import os
import random
import sys
from datetime import date, datetime, timedelta, timezone

SEED = 2030
JST = timezone(timedelta(hours=9))
START = date(2030, 1, 1)
END = date(2030, 3, 31)
CLOSED = {date(2030, 1, 1), date(2030, 1, 2), date(2030, 1, 3),
          date(2030, 1, 14), date(2030, 2, 11), date(2030, 2, 23), date(2030, 3, 20)}
OPEN_H, CLOSE_H = 9, 19
CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
           "abusive_language", "legal_threat", "online_defamation_threat", "sexual_harassment",
           "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL_CODES = CONTENT + STATEFUL
ALARM_SOURCE = "pbx-alarm24"

RULES = {
    "timezone": "Asia/Tokyo",
    "support_hours": "Mon-Sat 09:00-19:00 JST; closed Sundays, Japanese national holidays and 2030-01-01..03",
    "repetition": {"min_contacts_same_demand": 4, "window_days": 30,
                   "description": "the same customer restates the same demand (same request, reworded) in >= 4 inbound contacts, i.e. >= 3 repeat contacts after the first, within 30 days; follow-ups of normal and legitimate customers stay <= 3 contacts per demand"},
    "off_hours_contact": {"min_contacts": 4, "min_distinct_days": 3,
                          "excluded_sources": [ALARM_SOURCE],
                          "description": "inbound contacts outside Mon-Sat 09:00-19:00 JST or on a closed day (Sundays, holidays, 01-01..03), excluding calls to the home-security 24/7 emergency alarm line (source pbx-alarm24); fires at >= 4 such contacts on >= 3 distinct JST dates in the quarter"},
    "contact_flood": {"min_contacts": 6, "window_minutes": 60,
                      "description": ">= 6 inbound contacts (any channel) from one customer within any 60-minute window"},
    "prolonged_contact": {"single_contact_s": 3600, "daily_total_s": 5400,
                          "description": "one phone call or visit of >= 3600 s (holding staff >= 1 hour), or phone+visit duration (both directions) summing to >= 5400 s on one JST date"},
}

rng = random.Random(SEED)

AGENTS = [("佐藤", "Sato"), ("古賀", "Koga"), ("松尾", "Matsuo"), ("中島", "Nakashima"), ("井上", "Inoue"),
          ("田中", "Tanaka"), ("原田", "Harada"), ("山口", "Yamaguchi"), ("吉田", "Yoshida"), ("野口", "Noguchi"),
          ("江藤", "Eto"), ("末永", "Suenaga"), ("白石", "Shiraishi"), ("永田", "Nagata"), ("平川", "Hirakawa"),
          ("村上", "Murakami"), ("坂本", "Sakamoto"), ("藤井", "Fujii"), ("上野", "Ueno"), ("石橋", "Ishibashi"),
          ("内田", "Uchida"), ("岩崎", "Iwasaki"), ("樋口", "Higuchi"), ("宮本", "Miyamoto"), ("緒方", "Ogata"),
          ("久保", "Kubo")]
AGENT_IDS = ["agt-%03d" % (i + 1) for i in range(len(AGENTS))]
AGENT_NAME = {a: {"ja": j, "en": e} for a, (j, e) in zip(AGENT_IDS, AGENTS)}

_counter = [0]


def new_id():
    _counter[0] += 1
    return "ev-" + hashlib.sha1(("%d-%d" % (SEED, _counter[0])).encode()).hexdigest()[:16]


def uid(prefix, n=10):
    return prefix + hashlib.sha1(("%d-%f" % (SEED, rng.random())).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- calendar
ALL_DAYS = [START + timedelta(days=i) for i in range((END - START).days + 1)]
OPEN_DAYS = [d for d in ALL_DAYS if d.weekday() != 6 and d not in CLOSED]
CLOSED_DAYS = [d for d in ALL_DAYS if d.weekday() == 6 or d in CLOSED]


def is_open(dt):
    j = dt.astimezone(JST)
    return j.date() in OPEN_DAYS_SET and OPEN_H <= j.hour < CLOSE_H


OPEN_DAYS_SET = set(OPEN_DAYS)


def at(day, minutes):
    return datetime(day.year, day.month, day.day, tzinfo=JST) + timedelta(minutes=minutes, seconds=rng.randrange(60))


def biz_time(day, lo=OPEN_H * 60 + 2, hi=CLOSE_H * 60 - 25):
    return at(day, rng.randrange(lo, hi))


def off_time(prefer_closed_day=None, near=None):
    if prefer_closed_day or (prefer_closed_day is None and rng.random() < 0.4):
        cds = CLOSED_DAYS if near is None else [x for x in CLOSED_DAYS if abs((x - near).days) <= 3] or CLOSED_DAYS
        d = rng.choice(cds)
        return at(d, rng.randrange(8 * 60, 23 * 60 + 50))
    d = rng.choice(OPEN_DAYS) if near is None else near
    if rng.random() < 0.7:
        return at(d, rng.randrange(19 * 60 + 15, 23 * 60 + 55))
    return at(d, rng.randrange(5 * 60, 8 * 60 + 45))


def next_business(dt, min_gap=20, max_gap=600):
    t = dt + timedelta(minutes=rng.randrange(min_gap, max_gap))
    for _ in range(2000):
        if is_open(t):
            return t
        j = t.astimezone(JST)
        if j.hour >= CLOSE_H or j.date() not in OPEN_DAYS_SET:
            nd = j.date() + timedelta(days=1)
            t = at(nd, OPEN_H * 60 + rng.randrange(5, 90))
        else:
            t = at(j.date(), OPEN_H * 60 + rng.randrange(5, 90))
        if t.date() > END:
            return None
    return None


def fmt_ts(dt):
    r = rng.random()
    ms = rng.random() < 0.3
    if r < 0.6:
        d = dt.astimezone(JST)
        s = d.strftime("%Y-%m-%dT%H:%M:%S")
        if ms:
            s += ".%03d" % rng.randrange(1000)
        return s + "+09:00"
    if r < 0.93:
        d = dt.astimezone(timezone.utc)
        s = d.strftime("%Y-%m-%dT%H:%M:%S")
        if ms:
            s += ".%03d" % rng.randrange(1000)
        return s + "Z"
    d = dt.astimezone(timezone(timedelta(hours=8)))
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    return s + "+08:00"


# ---------------------------------------------------------------- text helpers
FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def to_fullwidth(s):
    out = []
    depth = 0
    for ch in s:
        if ch == "{":
            depth += 1
        if ch == "}":
            depth -= 1
        out.append(ch if depth else FW.get(ch, ch))
    return "".join(out)


def perturb(s, lang):
    """light surface variation: punctuation, emoji, full-width, lower-case. Never swaps words."""
    r = rng.random()
    if lang == "ja":
        if r < 0.12:
            s = s.replace("。", "！", 1)
        elif r < 0.2:
            s = s.replace("。", "…", 1)
        elif r < 0.26:
            s = s.replace("、", "､").replace("。", "｡")
        if rng.random() < 0.08:
            s += rng.choice(["💢", "😡", "（怒）", "!!", "😤"])
    else:
        if r < 0.1:
            s = s.lower()
        elif r < 0.16:
            s = s.replace(".", "!!", 1)
        if rng.random() < 0.06:
            s += rng.choice([" 😡", " smh", " !!!", " 🙄"])
    return s


def fill(s, cust):
    lang = cust["lang"]
    return s.replace("{name}", AGENT_NAME[cust["target"]][lang]).replace("{client}", CLIENTS[cust["client"]][lang])


USED = {}

# a sentence mentioning another client's domain is only used for that client
CLIENT_KW = {
    "ferry": ["欠航", "便", "船", "ターミナル", "乗客", "個室", "運賃", "ferry", "cabin", "crossin", "sailing", "terminal", "flight", "trip", "Busan", "Naver"],
    "driving": ["教官", "教習", "仮免", "入校", "所長", "instructor", "lesson", "driving school"],
    "security": ["警備", "誤報", "営業所", "alarm", "guard", "call-out", "monitoring", "installation"],
    "streaming": ["動画", "配信", "ドラマ", "show buffered", "series", "season"],
    "bulky": ["粗大ごみ", "冷蔵庫", "タンス", "市の", "sofa", "city office", "pickup"],
}


def fits_client(text, client):
    low = text.lower()
    for c, kws in CLIENT_KW.items():
        if c != client and any(k.lower() in low for k in kws):
            return False
    return True


def pick_harass(code, cust):
    lang = cust["lang"]
    pool = HARASS_POOLS[code][lang]
    st = cust["style"]
    near = {"kk": ("kk", "ch"), "ch": ("kk", "ch"), "ko": ("ko", "zh"), "zh": ("ko", "zh"), "": ("ko", "zh")}.get(st, (st,))
    cands = [i for i, (t, x) in enumerate(pool) if (t in ("", st) or (t in near and lang == "en") or
             (t in near and lang == "ja" and st)) and fits_client(x, cust["client"])]
    if len(cands) < 3:
        cands = [i for i, (t, x) in enumerate(pool) if fits_client(x, cust["client"])]
    key = (code, lang)
    used = USED.setdefault(key, {})
    # least-used first so that every sentence of the pool gets used
    cands.sort(key=lambda i: (used.get(i, 0), rng.random()))
    mine = cust.setdefault("used_sent", set())
    for i in cands:
        if (code, i) not in mine:
            break
    else:
        i = cands[0]
    mine.add((code, i))
    used[i] = used.get(i, 0) + 1
    s = fill(pool[i][1], cust)
    return perturb(s, lang)


def pick_neg(cust):
    return pick([x for x in HARD_NEG[cust["lang"]] if fits_client(x, cust["client"])])


def pick(lst):
    return rng.choice(lst)


# ---------------------------------------------------------------- transcripts
LABELS = {
    "ja": [("担当", "客", ": "), ("オペレーター", "お客様", "："), ("OP", "CL", "> "), ("【担当】", "【顧客】", ""),
           ("A", "C", ": "), ("受付", "相談者", "："), ("{agent}", "お客様", "：")],
    "en": [("Agent", "Customer", ": "), ("AGENT", "CALLER", " - "), ("[OP]", "[Caller]", " "), ("Rep", "Cust", ": "),
           ("A", "C", ": "), ("Operator", "Customer", "> "), ("{agent}", "Caller", ": ")],
}
VISIT_LABELS = {"ja": [("受付", "来所者", "："), ("窓口", "お客様", ": ")], "en": [("Staff", "Visitor", ": "), ("Counter", "Customer", ": ")]}


def transcript(cust, agent, cust_lines, firm=False, visit=False, outbound=False, loops=0):
    lang = cust["lang"]
    A = AGENT[lang]
    al, cl, sep = pick(VISIT_LABELS[lang] if visit else LABELS[lang])
    al = al.replace("{agent}", AGENT_NAME[agent][lang])
    stamp = rng.random() < 0.2
    turns = []
    name = AGENT_NAME[agent][lang]
    client = CLIENTS[cust["client"]][lang]
    if outbound:
        turns.append(("A", ("%sの%sです。先日のお問い合わせの件で折り返しご連絡いたしました。" % (client, name)) if lang == "ja"
                      else "Hello, this is %s from %s, calling back about your enquiry." % (name, client)))
    elif not visit and rng.random() < 0.8:
        turns.append(("A", pick(A["greet"]).format(client=client, name=name)))
    lines = list(cust_lines)
    i = 0
    while lines:
        n = 1 if len(lines) <= 2 else rng.choice([1, 2])
        turns.append(("C", join_lines(lines[:n], lang)))
        lines = lines[n:]
        if lines or rng.random() < 0.75:
            turns.append(("A", pick(A["firm"] if firm and rng.random() < 0.7 else A["mid"])))
        i += 1
    for _ in range(loops):
        turns.append(("C", pick(LOOP[lang])))
        turns.append(("A", pick(A["firm"] + A["mid"])))
    if not firm and rng.random() < 0.6:
        if turns[-1][0] == "C":
            turns.append(("A", pick(A["mid"])))
        turns.append(("C", pick(A["cust_close"])))
    if rng.random() < 0.3:
        turns.append(("A", pick(A["close"])))
    out = []
    t = 0
    for who, txt in turns:
        lab = al if who == "A" else cl
        pre = ""
        if stamp:
            pre = "[%02d:%02d:%02d] " % (t // 3600, (t // 60) % 60, t % 60)
            t += rng.randrange(8, 140)
        out.append(pre + lab + sep + txt)
    return "\n".join(out)


END_PUNCT = tuple("。！？!?…♡）)」ｗw｡.~～")


def join_lines(lines, lang):
    if lang != "ja":
        return " ".join(lines)
    out = ""
    for i, l in enumerate(lines):
        if i and not out.endswith(END_PUNCT):
            out += rng.choice(["　", " ", "\n"])
        elif i and rng.random() < 0.15:
            out += "\n"
        out += l
    return out


def wrap_written(cust, channel, body_lines, harsh=False):
    lang = cust["lang"]
    body = join_lines(body_lines, lang)
    if channel == "email":
        if lang == "ja":
            if harsh:
                return body if rng.random() < 0.6 else "担当者様\n\n" + body
            return pick(["お世話になっております。", "お問い合わせです。", "いつもお世話になっております。"]) + "\n\n" + body + "\n\n" + pick(["よろしくお願いいたします。", "以上、よろしくお願いします。", "よろしくお願いします。"])
        if harsh:
            return body if rng.random() < 0.6 else "To whom it may concern,\n\n" + body
        return pick(["Hi,", "Hello,", "Dear Sir/Madam,", "Dear team,"]) + "\n\n" + body + "\n\n" + pick(["Thanks", "Regards", "Best regards", "Thank you in advance"])
    if channel == "sns" and rng.random() < 0.3:
        return ("@%s " % {"ferry": "hibiki_ferry", "driving": "kokura_minami_ds", "security": "securehome_q",
                          "streaming": "namistream_jp", "bulky": "sodaigomi_center"}[cust["client"]]) + body
    return body


# ---------------------------------------------------------------- customers
EVENTS = []


def add_event(cust, dt, channel, direction, text, codes=(), subject=None, duration=None, agent=None,
              thread=None, source=None, demand=None):
    if dt is None or dt.date() > END or dt.astimezone(JST).date() < START:
        return None
    lang = cust["lang"]
    lang_field = lang
    r = rng.random()
    if r < 0.08:
        lang_field = None
    elif r < 0.12:
        lang_field = "en" if lang == "ja" else "ja"
    if text and lang == "ja" and rng.random() < 0.06:
        text = to_fullwidth(text)
    if source is None:
        source = {"phone": "pbx-kokura", "email": "mail-gw", "chat": "chat-widget", "web_form": "web-form",
                  "sns": pick(["line-oa", "x-dm", "kakao-ch"] if cust["style"] == "ko" else ["line-oa", "x-dm", "insta-dm"]),
                  "visit": "counter-" + {"ferry": "shinmoji", "driving": "kokura-minami", "security": "kokura-office",
                                         "streaming": "kokura-office", "bulky": "kokurakita-ward"}[cust["client"]]}[channel]
    ev = {
        "event_id": new_id(),
        "occurred_at": fmt_ts(dt),
        "channel": channel,
        "direction": direction,
        "customer_id": cust["id"],
        "agent_id": agent,
    }
    if channel in ("phone", "visit") or rng.random() < 0.5:
        ev["duration_s"] = duration
    ev["subject"] = subject
    ev["text"] = text
    ev["language"] = lang_field
    ev["thread_id"] = thread
    ev["source"] = source
    meta = {"dt": dt, "codes": sorted(set(codes)) if direction == "inbound" else [], "demand": demand, "cust": cust["id"]}
    EVENTS.append((ev, meta))
    return ev, meta


def make_customers():
    profiles = ["normal"] * 280 + ["legit_complainer"] * 48 + ["harasser"] * 72
    rng.shuffle(profiles)
    clients = ["ferry"] * 28 + ["driving"] * 18 + ["security"] * 18 + ["streaming"] * 20 + ["bulky"] * 16
    en_p = {"ferry": 0.62, "streaming": 0.5, "driving": 0.33, "security": 0.33, "bulky": 0.35}
    custs = []
    seen = set()
    for i, prof in enumerate(profiles):
        client = rng.choice(clients)
        lang = "en" if rng.random() < en_p[client] else "ja"
        if lang == "en":
            w = [("ko", 35), ("zh", 30), ("sc", 10), ("bd", 10), ("", 15)] if client == "ferry" else [("ko", 15), ("zh", 15), ("sc", 20), ("bd", 25), ("", 25)]
        else:
            w = [("kk", 40), ("ch", 20), ("", 40)]
        style = rng.choices([s for s, _ in w], [x for _, x in w])[0]
        pre = CLIENTS[client]["prefix"]
        while True:
            if client == "bulky" and rng.random() < 0.5:
                cid = "tel:+81-93-%03d-%04d" % (rng.randrange(200, 999), rng.randrange(10000))
            elif client == "streaming":
                cid = "NS-u%07d" % rng.randrange(10 ** 7)
            else:
                cid = "%s-%06d" % (pre, rng.randrange(10 ** 6))
            if cid not in seen:
                seen.add(cid)
                break
        custs.append({"id": cid, "profile": prof, "client": client, "lang": lang, "style": style,
                      "target": rng.choice(AGENT_IDS), "plan": set()})
    return custs


def plan_harassers(custs):
    hs = [c for c in custs if c["profile"] == "harasser"]
    # 12 stateful-only (3 per stateful code) + 2 with two stateful codes, rest content
    st_only = hs[:14]
    content = hs[14:]
    for i, c in enumerate(st_only[:12]):
        c["plan"] = {STATEFUL[i % 4]}
    st_only[12]["plan"] = {"repetition", "off_hours_contact"}
    st_only[13]["plan"] = {"contact_flood", "prolonged_contact"}
    for i, c in enumerate(content):
        p = {CONTENT[i % 11]}
        if rng.random() < 0.7:
            p.add(rng.choice(CONTENT))
        if rng.random() < 0.3:
            p.add(rng.choice(CONTENT))
        if i < 20:
            p.add(STATEFUL[i % 4])
        c["plan"] = p
    # guarantee >= 8 planned per content code
    for code in CONTENT:
        have = [c for c in content if code in c["plan"]]
        others = [c for c in content if code not in c["plan"]]
        rng.shuffle(others)
        while len(have) < 8:
            c = others.pop()
            c["plan"].add(code)
            have.append(c)


# ---------------------------------------------------------------- flows
def channel_choice(weights):
    ch = list(weights)
    return rng.choices(ch, [weights[c] for c in ch])[0]


NORMAL_W = {"phone": 34, "email": 20, "chat": 18, "web_form": 14, "sns": 11, "visit": 1.2}
HARSH_W = {"phone": 40, "email": 20, "chat": 14, "web_form": 8, "sns": 14, "visit": 2.5}


def inbound(cust, dt, channel, lines, codes=(), harsh=False, firm=False, demand=None, thread=None,
            duration=None, subject=None, reply=None, loops=0):
    """create one inbound contact (+ optional outbound reply). lines = customer sentences."""
    lang = cust["lang"]
    agent = rng.choice(AGENT_IDS)
    if channel in ("phone", "visit"):
        text = transcript(cust, agent, lines, firm=firm, visit=(channel == "visit"), loops=loops)
        if duration is None:
            lo, hi = (240, 1500) if not harsh else (420, 2700)
            if channel == "visit":
                lo, hi = 600, 2400
            if cust["profile"] == "normal":
                lo, hi = (90, 900) if channel == "phone" else (300, 1500)
            duration = rng.randrange(lo, hi)
        r = add_event(cust, dt, channel, "inbound", text, codes, duration=duration, agent=agent,
                      thread=thread, demand=demand)
        if r and reply is None and rng.random() < 0.08:
            cb = next_business(dt, 60, 1440)
            add_event(cust, cb, "phone", "outbound",
                      transcript(cust, agent, [pick(AGENT[lang]["cust_close"])], outbound=True),
                      duration=rng.randrange(60, 400), agent=agent)
        return r
    if channel == "email":
        subj = subject or pick(SUBJECT[lang]["harsh" if harsh else cust["client"]])
        thread = thread or uid("th-")
    elif channel == "web_form":
        subj = subject or ("お問い合わせフォーム：" if lang == "ja" else "Contact form: ") + FORM_CAT[lang][cust["client"]]
        thread = thread or "TKT-%06d" % rng.randrange(10 ** 6)
    elif channel == "chat":
        subj = None
        thread = thread or uid("chat-")
    else:
        subj = None
    text = wrap_written(cust, channel, lines, harsh=harsh)
    r = add_event(cust, dt, channel, "inbound", text, codes, subject=subj,
                  agent=(agent if rng.random() < 0.5 else None), thread=thread, demand=demand)
    if r is None:
        return None
    if reply is None:
        reply = rng.random() < (0.7 if channel in ("email", "web_form") else 0.45)
    if reply:
        pool = REPLY_FIRM[lang] if firm else REPLY[lang]
        if channel == "chat":
            rt = dt + timedelta(seconds=rng.randrange(40, 600))
            if not is_open(rt):
                rt = next_business(dt)
        else:
            rt = next_business(dt)
        rs = None
        if channel in ("email", "web_form"):
            rs = ("Re: " + subj) if channel == "email" or lang == "en" else "Re: " + subj
        add_event(cust, rt, "email" if channel == "web_form" else channel, "outbound", pick(pool),
                  subject=rs, agent=agent, thread=thread, source=None if channel != "web_form" else "zendesk")
    return r


def flow_normal(cust):
    lang, client = cust["lang"], cust["client"]
    n = rng.choices([1, 2, 3], [45, 40, 15])[0]
    offhours_left = 1 if rng.random() < 0.14 else 0
    day = rng.choice(OPEN_DAYS)
    for k in range(n):
        if k:
            day = min(END, day + timedelta(days=rng.randrange(1, 30)))
            while day not in OPEN_DAYS_SET and day < END:
                day += timedelta(days=1)
            if day not in OPEN_DAYS_SET:
                break
        ch = channel_choice(NORMAL_W)
        if rng.random() < 0.22:
            s = fill(pick_neg(cust), cust)
        else:
            s = pick(NORMAL_Q[client][lang])
        dt = biz_time(day)
        if offhours_left and ch in ("email", "web_form", "sns", "chat"):
            dt = off_time()
            offhours_left = 0
        inbound(cust, dt, ch, [s], demand="%s-n%d" % (cust["id"], k))
    if client == "security" and rng.random() < 0.3:
        dt = off_time() if rng.random() < 0.7 else biz_time(rng.choice(OPEN_DAYS))
        agent = rng.choice(AGENT_IDS)
        add_event(cust, dt, "phone", "inbound", transcript(cust, agent, [pick(ALARM[lang])]),
                  duration=rng.randrange(60, 420), agent=agent, source=ALARM_SOURCE)


def flow_legit(cust):
    lang, client = cust["lang"], cust["client"]
    griev = pick(GRIEVANCE[client][lang])
    ask = pick(FAIR_ASK[lang])
    day = rng.choice(OPEN_DAYS[:-10])
    demand = cust["id"] + "-g"
    ch = channel_choice(NORMAL_W)
    first = [griev, ask]
    if rng.random() < 0.35:
        first.insert(1, fill(pick_neg(cust), cust))
    dt = biz_time(day) if rng.random() < 0.85 else off_time()
    inbound(cust, dt, ch, first, demand=demand, reply=True if ch not in ("phone", "visit") else None)
    follow = rng.choices([0, 1, 2], [30, 50, 20])[0]
    for k in range(follow):
        day = day + timedelta(days=rng.randrange(2, 12))
        while day not in OPEN_DAYS_SET and day <= END:
            day += timedelta(days=1)
        if day > END:
            break
        ch = channel_choice(NORMAL_W)
        if lang == "ja":
            lines = [pick(["先日お問い合わせした件です。", "前回の件の続きです。", "以前連絡した件について確認です。"]), griev,
                     pick(["その後どうなりましたか。", "進捗を教えてください。", "まだ解決していません。"])]
        else:
            lines = [pick(["Following up on my earlier message.", "This is about my previous complaint.", "Checking on this again."]),
                     griev, pick(["Any update?", "Still not resolved.", "What's the status?"])]
        inbound(cust, biz_time(day), ch, lines, demand=demand)
    if rng.random() < 0.35:
        d2 = rng.choice(OPEN_DAYS)
        inbound(cust, biz_time(d2), channel_choice(NORMAL_W), [pick(NORMAL_Q[client][lang])], demand=cust["id"] + "-q")


def harass_lines(cust, codes):
    lang, client = cust["lang"], cust["client"]
    lines = [pick(GRIEVANCE[client][lang] + NORMAL_Q[client][lang][:3])]
    for c in codes:
        lines.append(pick_harass(c, cust))
    if rng.random() < 0.3:
        lines.append(pick(["分かった？", "以上。", "返事待っとるけ。", "よろしく。"] if lang == "ja" else ["Understood?", "That's all.", "Waiting.", "Reply asap."]))
    return lines


def flow_harasser(cust):
    lang, client = cust["lang"], cust["client"]
    plan = cust["plan"]
    ccodes = [c for c in CONTENT if c in plan]
    rng.shuffle(ccodes)
    stateful = [c for c in STATEFUL if c in plan]
    # -- content contacts
    if ccodes:
        n = max(len(ccodes) + 1, rng.randrange(3, 8))
        base = rng.choice(OPEN_DAYS[:-25])
        days = sorted({base + timedelta(days=rng.randrange(0, 24)) for _ in range(n)})
        assignments = []
        queue = list(ccodes)
        for k in range(len(days)):
            if k == 0 and rng.random() < 0.4 and len(days) > len(ccodes):
                assignments.append([])
                continue
            if queue:
                cs = [queue.pop()]
                if queue and rng.random() < 0.3:
                    cs.append(queue.pop())
            else:
                cs = rng.sample(ccodes, min(len(ccodes), rng.choice([1, 1, 2])))
            assignments.append(cs)
        while queue:  # not enough days: pile onto last contact
            assignments[-1].append(queue.pop())
        for k, (d, cs) in enumerate(zip(days, assignments)):
            if d not in OPEN_DAYS_SET:
                d2 = d
                while d2 not in OPEN_DAYS_SET and d2 < END:
                    d2 += timedelta(days=1)
                d = d2
            ch = channel_choice(HARSH_W)
            dt = biz_time(d)
            if "off_hours_contact" not in plan and rng.random() < 0.1 and ch != "phone":
                dt = off_time()
            lines = harass_lines(cust, cs) if cs else [pick(GRIEVANCE[client][lang]), pick(FAIR_ASK[lang])]
            inbound(cust, dt, ch, lines, codes=cs, harsh=bool(cs), firm=bool(cs), demand="%s-h%d" % (cust["id"], k))
    # -- stateful behaviours
    content_extra = lambda: ([rng.choice(ccodes)] if ccodes and rng.random() < 0.5 else [])
    if "contact_flood" in plan:
        d = rng.choice(OPEN_DAYS)
        off = "off_hours_contact" in plan
        t = off_time(False) if off else biz_time(d, OPEN_H * 60 + 10, CLOSE_H * 60 - 80)
        ch = rng.choice(["chat", "sns", "email", "chat"])
        thread = uid("chat-") if ch == "chat" else None
        m = rng.randrange(6, 11)
        first = [pick(GRIEVANCE[client][lang])]
        for k in range(m):
            cs = content_extra() if k in (2, 5) else []
            if k == 0:
                lines = first
            elif cs:
                lines = [pick_harass(cs[0], cust)]
            else:
                lines = [pick(FLOOD[lang])]
            inbound(cust, t, ch if rng.random() < 0.8 else rng.choice(["email", "sns", "web_form"]), lines, codes=cs,
                    harsh=True, firm=bool(cs), thread=thread if ch == "chat" else None, reply=(k == m - 1),
                    subject=(pick(SUBJECT[lang]["harsh"]) if ch == "email" else None))
            t = t + timedelta(seconds=rng.randrange(60, 420))
    if "repetition" in plan:
        demand = cust["id"] + "-rep"
        paras = REPEAT_DEMAND[client][lang]
        m = rng.randrange(4, 7)
        d = rng.choice(OPEN_DAYS[:-30])
        thread = uid("th-")
        for k in range(m):
            mark = pick(REPEAT_MARK[lang]).replace("{n}", str(k + 1))
            lines = [mark + paras[k % len(paras)]] if k else [paras[0]]
            cs = content_extra() if k >= 2 else []
            if cs:
                lines.append(pick_harass(cs[0], cust))
            ch = channel_choice({"phone": 40, "email": 30, "chat": 15, "web_form": 15})
            dt = biz_time(d)
            if "off_hours_contact" in plan and k % 2:
                dt = off_time(near=d)
            inbound(cust, dt, ch, lines, codes=cs, harsh=True, firm=k >= 2, demand=demand,
                    thread=thread if ch == "email" else None, reply=(k < 2 or rng.random() < 0.4) if ch not in ("phone", "visit") else None)
            d = d + timedelta(days=rng.randrange(1, 6))
            while d not in OPEN_DAYS_SET and d < END:
                d += timedelta(days=1)
    if "off_hours_contact" in plan:
        m = rng.randrange(4, 7)
        days_used = set()
        k = 0
        tries = 0
        while (k < m or len(days_used) < 3) and tries < 50:
            tries += 1
            dt = off_time()
            dd = dt.astimezone(JST).date()
            if dd in days_used and len(days_used) < 3:
                continue
            days_used.add(dd)
            cs = content_extra()
            lines = [pick(OFFH_MARK[lang]) + pick(GRIEVANCE[client][lang] + NORMAL_Q[client][lang])]
            if cs:
                lines.append(pick_harass(cs[0], cust))
            ch = channel_choice({"email": 30, "sns": 25, "web_form": 20, "chat": 10, "phone": 15})
            if ch == "phone":
                vm = ("【時間外留守番電話】\n" if lang == "ja" else "[after-hours voicemail]\n") + join_lines(lines, lang)
                add_event(cust, dt, "phone", "inbound", vm, cs, duration=rng.randrange(25, 110), agent=None,
                          demand="%s-o%d" % (cust["id"], k))
                k += 1
                continue
            inbound(cust, dt, ch, lines, codes=cs, harsh=True, firm=bool(cs), demand="%s-o%d" % (cust["id"], k),
                    duration=rng.randrange(30, 120) if ch == "phone" else None)
            k += 1
    if "prolonged_contact" in plan:
        d = rng.choice(OPEN_DAYS)
        mode = rng.choice(["long", "long", "visit", "multi"])
        cs = content_extra()
        lines = [pick(GRIEVANCE[client][lang])] + ([pick_harass(cs[0], cust)] if cs else []) + [pick(LOOP[lang])]
        if mode == "long":
            inbound(cust, biz_time(d, OPEN_H * 60 + 10, 14 * 60), "phone", lines, codes=cs, harsh=True, firm=True,
                    duration=rng.randrange(3700, 8200), loops=rng.randrange(4, 9), demand=cust["id"] + "-p")
        elif mode == "visit":
            inbound(cust, biz_time(d, OPEN_H * 60 + 10, 14 * 60), "visit", lines, codes=cs, harsh=True, firm=True,
                    duration=rng.randrange(4000, 9500), loops=rng.randrange(4, 9), demand=cust["id"] + "-p")
        else:
            t = biz_time(d, OPEN_H * 60 + 5, 10 * 60 + 30)
            for k in range(3):
                dur = rng.randrange(1900, 3300)
                inbound(cust, t, "phone", lines if k == 0 else [pick(LOOP[lang]), pick(LOOP[lang])],
                        codes=cs if k == 0 else [], harsh=True, firm=True, duration=dur, loops=rng.randrange(2, 5),
                        demand=cust["id"] + "-p", reply=False)
                t = t + timedelta(seconds=dur + rng.randrange(300, 1800))
    if not ccodes and not stateful:
        raise RuntimeError("harasser without plan")


# ---------------------------------------------------------------- stateful computation
def compute_stateful(custs):
    by = {}
    for ev, m in EVENTS:
        by.setdefault(ev["customer_id"], []).append((ev, m))
    res = {}
    for c in custs:
        evs = sorted(by.get(c["id"], []), key=lambda x: x[1]["dt"])
        inb = [(e, m) for e, m in evs if e["direction"] == "inbound"]
        got = set()
        # repetition
        dem = {}
        for e, m in inb:
            dem.setdefault(m["demand"], []).append(m["dt"])
        for k, ts in dem.items():
            if k is None:
                continue
            ts.sort()
            for i in range(len(ts)):
                j = i
                while j + 1 < len(ts) and ts[j + 1] - ts[i] <= timedelta(days=RULES["repetition"]["window_days"]):
                    j += 1
                if j - i + 1 >= RULES["repetition"]["min_contacts_same_demand"]:
                    got.add("repetition")
        # off hours
        offs = [m["dt"] for e, m in inb if e["source"] != ALARM_SOURCE and not is_open(m["dt"])]
        if len(offs) >= RULES["off_hours_contact"]["min_contacts"] and \
                len({t.astimezone(JST).date() for t in offs}) >= RULES["off_hours_contact"]["min_distinct_days"]:
            got.add("off_hours_contact")
        # flood
        ts = [m["dt"] for e, m in inb]
        for i in range(len(ts)):
            j = i
            while j + 1 < len(ts) and ts[j + 1] - ts[i] <= timedelta(minutes=RULES["contact_flood"]["window_minutes"]):
                j += 1
            if j - i + 1 >= RULES["contact_flood"]["min_contacts"]:
                got.add("contact_flood")
        # prolonged
        daily = {}
        for e, m in evs:
            if e["channel"] in ("phone", "visit") and e.get("duration_s"):
                if e["duration_s"] >= RULES["prolonged_contact"]["single_contact_s"]:
                    got.add("prolonged_contact")
                dd = m["dt"].astimezone(JST).date()
                daily[dd] = daily.get(dd, 0) + e["duration_s"]
        if any(v >= RULES["prolonged_contact"]["daily_total_s"] for v in daily.values()):
            got.add("prolonged_contact")
        res[c["id"]] = got
    return res


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "out"
    os.makedirs(outdir, exist_ok=True)
    custs = make_customers()
    plan_harassers(custs)
    for c in custs:
        {"normal": flow_normal, "legit_complainer": flow_legit, "harasser": flow_harasser}[c["profile"]](c)
    st = compute_stateful(custs)
    content_by_c = {}
    for ev, m in EVENTS:
        content_by_c.setdefault(ev["customer_id"], set()).update(m["codes"])
    customers = {}
    for c in custs:
        beh = sorted(content_by_c.get(c["id"], set()) | st[c["id"]], key=ALL_CODES.index)
        if c["profile"] != "harasser" and beh:
            raise RuntimeError("non-harasser %s over a threshold: %s" % (c["id"], beh))
        if c["profile"] == "harasser":
            missing = set(c["plan"]) - set(beh)
            if missing:
                raise RuntimeError("harasser %s plan not realised: %s" % (c["id"], missing))
        customers[c["id"]] = {"profile": c["profile"], "behaviors": beh}
    EVENTS.sort(key=lambda x: (x[1]["dt"], x[0]["event_id"]))
    events_lbl = {ev["event_id"]: m["codes"] for ev, m in EVENTS}
    per_code = {k: sum(1 for v in customers.values() if k in v["behaviors"]) for k in ALL_CODES}
    for k, v in per_code.items():
        if v < 7:
            raise RuntimeError("code %s has only %d customers" % (k, v))
    ev_code = {k: sum(1 for v in events_lbl.values() if k in v) for k in CONTENT}
    prof = {p: sum(1 for v in customers.values() if v["profile"] == p) for p in ("normal", "legit_complainer", "harasser")}
    lang_c = {l: sum(1 for c in custs if c["lang"] == l) for l in ("ja", "en")}
    ch_c = {}
    for ev, m in EVENTS:
        ch_c[ev["channel"]] = ch_c.get(ev["channel"], 0) + 1
    meta = {
        "seed": SEED,
        "customers": len(custs),
        "start": START.isoformat(),
        "end": END.isoformat(),
        "setting": "outsourced contact centre in Kitakyushu; clients: " + ", ".join(v["en"] for v in CLIENTS.values()),
        "counts": {
            "events": len(EVENTS),
            "inbound": sum(1 for e, _ in EVENTS if e["direction"] == "inbound"),
            "outbound": sum(1 for e, _ in EVENTS if e["direction"] == "outbound"),
            "events_with_content_label": sum(1 for v in events_lbl.values() if v),
            "profiles": prof,
            "customer_languages": lang_c,
            "channels": dict(sorted(ch_c.items())),
            "customers_per_code": per_code,
            "events_per_content_code": ev_code,
            "stateful_only_harassers": sum(1 for v in customers.values() if v["profile"] == "harasser" and not set(v["behaviors"]) & set(CONTENT)),
        },
        "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Sat", "hours": "09:00-19:00",
                     "closed_days_in_range": sorted(d.isoformat() for d in CLOSED),
                     "closed_weekday": "Sunday",
                     "exception": "home-security alarm line (source pbx-alarm24) is 24/7 for emergencies only"},
        "clients": {k: {"ja": v["ja"], "en": v["en"], "customer_id_prefix": v["prefix"]} for k, v in CLIENTS.items()},
        "agents": {a: {"ja": AGENT_NAME[a]["ja"], "en": AGENT_NAME[a]["en"]} for a in AGENT_IDS},
        "stateful_rules": RULES,
        "labelling": "events: content codes of the hand-written harassing sentences inserted into that inbound event (one sentence, one code); outbound events always []. customers: profile + (content codes of their events U stateful codes computed from the events with stateful_rules).",
    }
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8") as f:
        for ev, _ in EVENTS:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": events_lbl, "customers": customers, "meta": meta}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    main()
