#!/usr/bin/env python3
"""Blind labelled contact-event stream generator (stream18: Hiroshima outsourced contact centre, 2029 Q4).

Usage: python3 gen.py OUTDIR  ->  OUTDIR/events.jsonl, OUTDIR/labels.json   (stdlib only, seed 20291001)

The first part holds the hand-written text pools, the second the generator.

Every harassing sentence carries exactly one content code (contract §3, one cue one code).
{agent} is filled with a staff member's name.  Nothing here is a template with one word
swapped: each line is written on its own.
"""

CLIENTS = {
    "air": {"ja": "瀬戸内スカイライン", "en": "Setouchi Skyline", "sns": "@setouchisky_help"},
    "hosp": {"ja": "あさひ会病院グループ予約センター", "en": "Asahikai Hospital Group appointments", "sns": "@asahikai_yoyaku"},
    "gas": {"ja": "芸南シティガス", "en": "Geinan City Gas", "sns": "@geinan_gas"},
    "fash": {"ja": "MOMIJI&Co.オンラインストア", "en": "MOMIJI & Co. online store", "sns": "@momijico_store"},
    "tax": {"ja": "市税事務所 市税コールセンター", "en": "City Tax Office", "sns": "@city_tax_info"},
}

AGENTS = [
    ("藤井", "フジイ", "Fujii"), ("河野", "コウノ", "Kono"), ("岡本", "オカモト", "Okamoto"),
    ("平田", "ヒラタ", "Hirata"), ("土井", "ドイ", "Doi"), ("新谷", "シンタニ", "Shintani"),
    ("山根", "ヤマネ", "Yamane"), ("重松", "シゲマツ", "Shigematsu"), ("中原", "ナカハラ", "Nakahara"),
    ("村上", "ムラカミ", "Murakami"), ("小田", "オダ", "Oda"), ("石井", "イシイ", "Ishii"),
    ("三宅", "ミヤケ", "Miyake"), ("坂本", "サカモト", "Sakamoto"), ("藤原", "フジワラ", "Fujiwara"),
    ("大田", "オオタ", "Ota"), ("三好", "ミヨシ", "Miyoshi"), ("竹本", "タケモト", "Takemoto"),
    ("濱本", "ハマモト", "Hamamoto"), ("岩崎", "イワサキ", "Iwasaki"), ("松田", "マツダ", "Matsuda"),
    ("高田", "タカタ", "Takata"), ("西村", "ニシムラ", "Nishimura"), ("荒木", "アラキ", "Araki"),
    ("槙原", "マキハラ", "Makihara"), ("木下", "キノシタ", "Kinoshita"), ("田村", "タムラ", "Tamura"),
    ("児玉", "コダマ", "Kodama"), ("森田", "モリタ", "Morita"), ("沖", "オキ", "Oki"),
]

# ---------------------------------------------------------------- content cues
CUES = {
    "excessive_demand": {
        "ja": [
            "air|遅れたんじゃけぇ、運賃全額と往復のタクシー代、ついでに迷惑料も上乗せして払うてもらおうか。",
            "fash|返品期限？そがぁなもん知らん。二回着てしもうたけど全額返してぇや。",
            "gas|お詫びとして、今後一年分のガス代を無料にしていただくのが筋かと存じますが。",
            "hosp|予約の順番なんか関係ない、うちの母だけ明日の一番に診てもらえるよう枠を空けてや。",
            "tax|延滞金は全部なしにして、ついでに去年払うた分も返してくれるんじゃろうね。",
            "air|マイル十万くらい付けてくれりゃあ、許したってもええで。",
            "誠意というものは形で示すものでしょう。商品券でも現金でも、相応のものをご用意ください。",
            "air|次の便はビジネスクラスに無料で上げぇや、当たり前じゃろ。",
            "へんきんと、ばいしょうと、あとこうつうひ。ぜんぶはらって。",
            "gas|規約に書いてなかろうが関係ないけぇ、工事費は全部そっち持ちにしてもらうけんな。",
            "fash|送料も手数料も込みで倍額返金、それ以外は受け付けんから。",
            "休んだ分の日当、三日分きっちり補償してもらえますよね？",
        ],
        "en": [
            "air|I want a full refund AND free return tickets for my whole family, that's the minimum.",
            "fash|I know the policy says 14 days and I've worn it twice, so what, refund the full amount plus shipping both ways.",
            "gas|Frankly I'd expect you to waive the entire bill for the quarter as a goodwill gesture, nothing less.",
            "air|u owe me a free upgrade + lounge access for life after this tbh",
            "hosp|Put me at the front of the queue for the specialist, I don't care who's booked before me.",
            "tax|Cancel the late fee, and the tax itself while you're at it, I'm a foreigner, how was I supposed to know.",
            "I'll be needing ¥200,000 for the stress, in cash, by Friday.",
            "fash|Send me next season's coat for free, you clearly owe me that much.",
            "air|Reimburse my hotel, my dinner, my taxi AND the concert tickets I missed, mate, every last yen.",
            "air|Kindly credit 50,000 bonus miles to my account as compensation, that is the least expected.",
        ],
    },
    "apology_demand": {
        "ja": [
            "土下座して謝るんが筋じゃろうが。",
            "社長名義の謝罪文を書面で送ってください。メールでは受け付けません。",
            "謝り方がなっとらん、もう一回最初から謝り直せ。",
            "お詫び状に、関わった方全員の署名と押印を付けて郵送していただけますかしら。",
            "ごめんなさいの一言で済むと思うとるん？地べたに手ぇついて謝らんといけんじゃろ。",
            "あんたらのミスなんじゃけぇ、ホームページに謝罪文を載せぇや。",
            "ｼｬｻﾞｲﾌﾞﾝ、ﾃｶﾞｷﾃﾞｶｲﾃｵｸﾚ。ﾊﾟｿｺﾝﾉﾓｼﾞﾊﾀﾞﾒ。",
            "私に非がなかったことを認めて、文書で謝罪していただくまでこの件は終わりません。",
            "謝罪の言葉が足りん。あと十回は謝ってもらわんと気が済まんわ。",
            "窓口の人間を全員並ばせて、一人ずつ頭を下げさせてつかぁさい。",
            "反省文、原稿用紙五枚で書いて提出しといて。",
        ],
        "en": [
            "I want a handwritten apology letter signed by your CEO, not some copy-paste email.",
            "Get on your knees and say sorry properly, isn't that how it's done in Japan?",
            "That apology didn't count. Do it again, properly, and this time mean it.",
            "I expect a formal written apology on company letterhead within 48 hours.",
            "post a public apology on ur website saying i was the one who got wronged",
            "Say sorry ten more times and maybe I'll think about calming down.",
            "I require a personal letter of apology from each member of staff involved, individually addressed.",
            "sorry isnt enough. i want it in writing, stamped, notarised, the lot",
            "Admit in writing that your company was entirely at fault and that I did nothing wrong.",
        ],
    },
    "in_person_demand": {
        "ja": [
            "今から家まで来いや。説明はそれからじゃ。",
            "電話じゃ話にならんけぇ、責任者がうちまで来て説明しんさい。",
            "明日の朝一番に、担当者を直接こちらの会社へ寄越してください。",
            "顔見て話さんと納得できん。今週中にそっちから出向いてきてや。",
            "メールのやり取りはもう結構です。ご担当の方が直接お越しになるのが筋ではございませんか。",
            "air|空港のカウンターに上の人間を呼んどけ。明日そこで直接話すけぇ。",
            "gas|検針の人じゃのうて、課長さんがうちに来て説明してつかぁさい。",
            "じかにあわないとはなしにならないから、きょうじゅうにうちまできてね。",
            "hosp|病院の窓口に事務長を呼んどいて。面と向かって話さんと気が済まんけぇ。",
            "オンライン面談とか要らんわ、家まで来て玄関先で説明してもらうけん。",
            "わしゃ動けんけぇ、そっちが来るんが当たり前じゃろ。今日の夕方、待っとるで。",
        ],
        "en": [
            "Come to my hotel tonight and explain this to my face.",
            "Send someone to my apartment tomorrow morning, I'm not doing this over the phone.",
            "air|I want your manager waiting at the check-in counter in person when I arrive.",
            "Email is useless. Have whoever's responsible come to my office and sit down with me.",
            "u guys need to come to my place n sort this out face to face",
            "I shall expect a representative to call on me at home this week.",
            "Get someone round to my flat today or I'm not paying a single yen.",
            "hosp|Your supervisor meets me face to face at the clinic on Monday, that's not negotiable.",
            "Have the person in charge drive out to my house and deal with it in person.",
        ],
    },
    "violence_threat": {
        "ja": [
            "次会うたら、ただじゃ済まさんけぇの。",
            "夜道には気ぃつけぇよ。",
            "そっち行って、窓口ごと叩き壊したろうか。",
            "ガソリン持って行ったろか、冗談じゃないで。",
            "あんまり舐めとると、痛い目見るで。",
            "ぶち回すぞ、こら。",
            "殴られんとわからんのんか。",
            "覚悟しときんさいよ、どうなっても知らんけぇ。",
            "家族もおるんじゃろ？どうなっても知らんぞ。",
            "まじでころすぞ",
            "ｱﾝﾀﾉｶｵ､ｵﾎﾞｴﾀｹｪﾉ｡ｿﾄﾃﾞｱｳﾃﾞ｡",
        ],
        "en": [
            "Keep this up and someone's going to get hurt.",
            "I know where your office is. Think about that.",
            "I swear I'll come down there and smash every screen on that counter.",
            "you better watch your back",
            "Next time I see that agent I'll knock their teeth out.",
            "Don't make me come over there, you won't like what happens.",
            "one more excuse and I'll wring your neck, dead serious",
            "You'll be picking yourself up off the floor if I walk in there.",
        ],
    },
    "abusive_language": {
        "ja": [
            "お前ら給料泥棒か。",
            "ほんまに頭悪いんじゃのう、小学生でもわかるで。",
            "あんたみたいなんが電話に出とるけぇ会社が傾くんよ。",
            "バカかお前、何回言わすんなら。",
            "使えん女じゃの。代わりはなんぼでもおるじゃろ。",
            "このクズが。",
            "tax|税金で食っとる寄生虫のくせに偉そうにすな。",
            "御社の対応からは、知性というものが一切感じられませんね。",
            "ぼっけぇアホじゃな、あんた。",
            "人間として終わっとるわ、お前。",
            "ぽんこつオペレーター乙ｗｗｗ",
        ],
        "en": [
            "Are you actually this stupid or is it an act?",
            "You're a useless waste of space.",
            "Put someone on who has a brain.",
            "what a bunch of clowns, honestly, ur all idiots",
            "You people are incompetent morons, every single one of you.",
            "I've met houseplants with more intelligence than you.",
            "Shut up and listen, you pathetic little jobsworth.",
            "Absolute drongo, the lot of ya.",
        ],
    },
    "legal_threat": {
        "ja": [
            "出るところに出てもええんで。",
            "弁護士に相談して、損害賠償を請求させてもらうけぇ。",
            "air|消費者センターと国交省に全部言うたるからな。",
            "このままでしたら、法的措置も辞さない考えでございます。",
            "訴えたる。裁判所で会おうや。",
            "gas|経産省に通報しますよ、これガス事業法違反じゃないですか。",
            "hosp|保健所と厚労省に、この病院のこと報告しますからね。",
            "そしょうおこすぞ、まじで",
            "知り合いの市議さんに話を通すけぇ、覚悟しとき。",
            "内容証明で送りつけたるけぇ、待っときんさい。",
            "うちの顧問弁護士から連絡させます。その時になって慌てても遅いですよ。",
        ],
        "en": [
            "You'll be hearing from my lawyer.",
            "I'm going to sue you for every yen you've got.",
            "air|I'll be reporting you to the Civil Aviation Bureau and the consumer affairs agency.",
            "see you in small claims court, mate",
            "Fix this or I'm filing a formal complaint with the regulator and taking legal action.",
            "My solicitor will be in touch regarding damages.",
            "I have contacts at the consulate and I'll have them raise this with your ministry.",
            "Don't think I won't take this to court, I've done it before.",
        ],
    },
    "online_defamation_threat": {
        "ja": [
            "この対応、全部録音しとるけぇネットに晒すで。",
            "Googleマップに星1で書きまくったるわ。",
            "Xでお前の名前出して拡散するけぇな。",
            "口コミサイトに、知り合い総出で低評価つけさせますから。",
            "このやり取り、スクショしてインスタに上げてもええんよね？",
            "ユーチューブで実名出して告発動画作るわ。",
            "hosp|ネットの掲示板にここの病院のこと書いといたけぇ、見てみぃ。",
            "ﾌｫﾛﾜｰ3万人おるけぇ、一言つぶやいたら終わりよ。",
            "SNSで炎上させたろか？",
            "ﾚﾋﾞｭｰ★1、百件つけたるけぇね。",
            "TikTokに動画上げたらどうなるか、分かっとってですよね。",
        ],
        "en": [
            "I'm posting this whole conversation on X with your name on it.",
            "Enjoy your one-star reviews, I'm getting all my friends to leave one too.",
            "I've got 50k followers on TikTok and they're about to hear all about you.",
            "Already put it up on Reddit, go have a look.",
            "air|I'll name and shame you on every travel forum I can find.",
            "wait till this goes viral lol",
            "Screenshotting all of this for my Insta stories, just so you know.",
            "I'll trash your brand on Google reviews until you fix this.",
        ],
    },
    "sexual_harassment": {
        "ja": [
            "ねえちゃん声かわいいね、彼氏おるん？",
            "今どんな格好しとるん？",
            "仕事終わったら飲みに行こうや、二人で。",
            "そのエロい声でもう一回言うてや。",
            "スリーサイズ教えてくれたら許したるわ。",
            "air|CAさんの制服、スカートもっと短うしたらええのに。",
            "hosp|若い看護師さんに体触ってもらえるんなら、予約取ってもええで。",
            "あなたみたいな若い子に担当してもらえると、興奮しちゃうなぁ。",
            "ﾑﾈ大きいん？",
            "fash|試着した写真、下着姿で送るけぇ見てくれる？",
            "おねーさんの声聞いとったら、ムラムラしてきたわ。",
        ],
        "en": [
            "You sound cute, are you single?",
            "What are you wearing right now?",
            "Bet you look hot in that uniform, send me a pic.",
            "How about we discuss my refund over drinks tonight, just the two of us, sweetheart.",
            "Say that again in that sexy voice of yours.",
            "fash|I'd return this dress if you modelled it for me first ;)",
            "air|Are the cabin crew as hot as the ones in your ads?",
            "air|babe u can check me in anytime if u know what i mean",
        ],
    },
    "privacy_intrusion": {
        "ja": [
            "{agent}さんって何時に仕事終わるん？",
            "あんたの家どこ？最寄り駅くらい教えてぇや。",
            "{agent}さんのLINE教えてくれん？個人的に相談したいけぇ。",
            "昨日、紙屋町で{agent}さん見かけたで。白いコート着とったね。",
            "受付の子の写真、こっそり撮らせてもろうたわ。",
            "{agent}さんの下の名前と年齢、教えてもらえます？",
            "職員通用口の前で待っとったら、{agent}さんに会えるかね？",
            "休みの日は何しとるん？どこに住んどるん？",
            "{agent}さんの携帯番号を教えてください、直接連絡したいので。",
            "あの担当の人、毎朝同じバスで来よるよね。",
            "ご自宅のご住所を教えていただけましたら、個人的にお礼状をお送りしたく存じます。",
        ],
        "en": [
            "What time does {agent} get off work?",
            "Which neighbourhood do you live in? I'm in Hiroshima all week.",
            "Give me {agent}'s personal number, I'll sort it out with them directly.",
            "I took a photo of the person at the counter, hope they don't mind.",
            "I'll wait by the staff entrance until {agent} comes out.",
            "Saw {agent} at the Hondori arcade yesterday, they didn't notice me.",
            "is {agent} on instagram? whats the handle",
            "Tell me which days {agent} works, I'll plan my visits around those shifts.",
        ],
    },
    "staff_naming": {
        "ja": [
            "{agent}を出せ。{agent}以外とは話さん。",
            "{agent}って奴、今すぐクビにせえ。",
            "{agent}さんを私の担当から外してください。二度と電話に出させないで。",
            "前に対応した{agent}はどこ行ったんなら、呼んでこい。",
            "{agent}を懲戒処分にしたら、この件は終わりにしたるわ。",
            "{agent}に代われ言うとるじゃろうが！",
            "{agent}さんへの処分の内容を、文書で教えていただけますか。",
            "また{agent}か。あいつ以外に替えて。",
            "{agent}を辞めさせるまで、何回でも電話するけぇの。",
            "{agent}以外の人は要らん。{agent}本人を電話口に出してください。",
        ],
        "en": [
            "Put {agent} on the phone. Nobody else.",
            "I want {agent} fired, and I want confirmation in writing.",
            "Take {agent} off my case, I never want to deal with them again.",
            "Is {agent} still working there? Because they shouldn't be.",
            "Get me {agent}, the one who handled this last week. I'm not talking to you.",
            "Discipline {agent} and tell me exactly what action you've taken.",
            "Transfer me to {agent} or I'm not hanging up.",
            "{agent} needs to be sacked, end of story.",
        ],
    },
    "pressure_language": {
        "ja": [
            "今すぐ対応しろ。今すぐじゃ。",
            "これ、致命的なミスですよ。分かってます？",
            "仕事にならんのよ、どうしてくれるん。",
            "多大な損害が出とるんじゃ、今日中に片付けぇ。",
            "一分一秒を争う話なんですよ！！！すぐ折り返して！！！",
            "ありえんじゃろ、普通。常識で考えてすぐやれや。",
            "こっちは毎日何百万も動かしとるんじゃ、あんたらのせいで全部パーよ。",
            "至急至急至急！！今日中に回答がなければ大問題になりますよ。",
            "ｲﾏｽｸﾞﾔﾚ｡ﾏﾀﾅｲ｡",
            "会社の信用問題に関わる重大事案ですので、本日中のご回答を強く求めます。",
            "５分以内に折り返せ。",
        ],
        "en": [
            "Fix it NOW. Not tomorrow, NOW.",
            "This is a catastrophic failure and I'm losing thousands by the minute.",
            "I can't run my business because of you people, sort it out immediately.",
            "You have one hour. ONE HOUR.",
            "This is absolutely unacceptable and needs resolving today, full stop.",
            "URGENT URGENT URGENT respond within 10 mins",
            "Every hour this drags on costs me a fortune, so jump on it right away.",
            "I expect this escalated to the top and fixed before close of business, no excuses.",
        ],
    },
}

# --------------------------------------------------------- grievance wrappers
GRIEVANCE = {
    "air": {
        "ja": ["SX213便、また遅れたじゃろ。", "預けた荷物が出てこんかったんよ。", "座席指定しとったのに勝手に変えられとった。",
               "先月乗った分のマイルが付いとらん。", "欠航のせいで東京の商談に間に合わんかった。", "振替便の案内が遅すぎて、空港で三時間も待たされたんじゃけど。"],
        "en": ["Your flight was late again.", "My bag never came out on the carousel at Hiroshima.", "You moved my seat without asking.",
               "My miles from last month never got credited.", "Cancelled flight, I missed my meeting in Tokyo.", "Nobody at the gate could tell us anything for three hours."],
    },
    "hosp": {
        "ja": ["予約しとるのに一時間も待たされた。", "電話が全然つながらん。", "予約日を勝手に変えられとった。",
               "受付で保険証のことで散々待たされたわ。", "診察が五分で終わった。", "リハビリの予約、取れたはずなのに入っとらんかった。"],
        "en": ["I've been on hold for forty minutes.", "I waited an hour past my slot.", "Someone changed my appointment without telling me.",
               "Reception sent me to the wrong floor twice.", "The doctor saw me for five minutes.", "My booking for the scan vanished from the system."],
    },
    "gas": {
        "ja": ["今月のガス代、高すぎるじゃろ。", "点検の人、約束の時間に来んかった。", "開栓が一日遅れてお湯が使えんかった。",
               "検針票の数字がおかしい。", "家の前の工事、一週間ずっとうるさかったんよ。", "給湯器の修理、もう二週間待たされとる。"],
        "en": ["Your bill is ridiculous this month.", "The technician was two hours late.", "No hot water for a day because the gas wasn't connected.",
               "The meter reading is wrong.", "The roadworks outside my house went on all week.", "I've been waiting two weeks for the boiler repair."],
    },
    "fash": {
        "ja": ["届いた服のサイズが全然違うんじゃけど。", "セール品は返品できんとか聞いてないわ。", "配送が三日遅れた。",
               "写真と色が全然違う。", "貯めとったポイントが消えとる。", "一回洗っただけで縫い目がほつれた。"],
        "en": ["The jacket looks nothing like the photos.", "Delivery was three days late.", "You won't take back a sale item?",
               "Your size chart is useless.", "My loyalty points disappeared.", "The seam came apart after one wash."],
    },
    "tax": {
        "ja": ["住民税の額がおかしいじゃろ。", "督促状が来たんじゃけど。", "窓口で二時間待たされた。",
               "延滞金なんか聞いてない。", "通知書が前の住所に行っとった。", "軽自動車税、廃車にしたのにまだ請求が来とる。"],
        "en": ["My resident tax bill is way too high.", "I got a reminder letter, what is this.", "I waited two hours at your counter.",
               "Nobody told me about a late fee.", "The notice went to my old address.", "I scrapped my car and you're still billing me for it."],
    },
}

# Neutral demands used for repetition (restated, with frames below)
DEMAND_CORE = {
    "air": {"ja": ["壊れたスーツケースの修理代", "付いとらんマイルの加算", "欠航した便の払い戻しの時期"],
            "en": ["the repair cost for my damaged suitcase", "the missing miles on my account", "the refund for my cancelled flight"]},
    "hosp": {"ja": ["リハビリの予約の取り直し", "二重に取られた初診料の返金", "検査結果の郵送"],
             "en": ["rebooking my physio appointment", "the double-charged consultation fee", "getting my test results posted"]},
    "gas": {"ja": ["給湯器の修理日", "検針のやり直し", "先月分の請求額の説明"],
            "en": ["a date for the boiler repair", "a re-read of my meter", "an explanation of last month's bill"]},
    "fash": {"ja": ["返品したブーツの返金", "サイズ交換の発送日", "消えたポイントの復元"],
             "en": ["the refund for the boots I sent back", "the dispatch date for my size exchange", "restoring my loyalty points"]},
    "tax": {"ja": ["住民税の計算の見直し", "延滞金の扱い", "還付金の振込日"],
            "en": ["a recalculation of my resident tax", "the late fee on my overdue payment", "the payment date of my tax refund"]},
}
REPEAT_FRAME = {
    "ja": ["{d}、まだ返事がないんじゃけど。", "何回も言うとるけど、{d}はどうなっとるん？",
           "改めてお伺いしますが、{d}についてご回答をお願いいたします。", "{d}の件です。前回も前々回も同じことをお願いしております。",
           "昨日も言うたけど、{d}。はよ決めてや。", "{d}、結局どうなるんですか。同じこと聞くのもう何回目かわからんです。",
           "また電話しました。{d}のことです。", "{d}、まだ？これで何回目なら。"],
    "en": ["Again: {d}. Still no answer.", "Following up (again) on {d}, still nothing.",
           "This is the fourth time I'm asking about {d}.", "Same question as yesterday: {d}.",
           "I'll ask one more time, what about {d}?", "Writing again regarding {d}, as per my previous emails.",
           "Me again. {d}. Any update?", "Still waiting on {d}. How many times do I need to ask."],
}
FOLLOWUP_OPEN = {
    "ja": ["先日の件の続きです。", "前にも連絡したんじゃけど、", "度々すみません。", "昨日電話した者ですが、", "前回の問い合わせの件で。"],
    "en": ["Following up on my earlier message.", "Me again,", "Re my call yesterday:", "Further to my last email,", "Quick follow-up,"],
}
NUDGE = {
    "ja": ["まだ？", "おーい", "返事は？", "見とる？", "既読ついとるじゃろ", "はよして", "電話も出んのんか", "？？？", "もしもーし",
           "いつまで待たせるん", "ちょっと", "ねえ", "返信まだですか", "聞こえとる？"],
    "en": ["hello??", "anyone there", "??", "still waiting", "answer me", "helloooo", "r u ignoring me", "come on", "seriously?",
           "hello? anyone?", "reply pls", "...", "Waiting.", "you there?"],
}
OFFHOURS_INTRO = {
    "ja": {"night": ["夜分遅くにすみません、至急お願いしたいことがあります。", "深夜にすみません。明日の朝までに返事がほしいです。", "こんな時間に悪いけど、至急。"],
           "morning": ["朝早くから失礼します。急ぎの件です。", "開くまで待てんけぇ、朝早うに送ります。緊急です。"],
           "closed": ["休みなんは分かっとるけど、緊急なんよ。", "お休みのところ失礼します、至急の用件です。", "休業日と知りつつ連絡しました。緊急です。"],
           "any": ["【至急】", "緊急のお願いです。"]},
    "en": {"night": ["Sorry for the late hour but this is urgent.", "URGENT, please read tonight.", "Writing at midnight because it's urgent."],
           "morning": ["Early message, need this sorted before you open.", "Up at dawn with this, it's urgent."],
           "closed": ["I know you're closed today, but this can't wait.", "Day off or not, I need an answer.", "Sorry to bother you on a holiday, it's urgent."],
           "any": ["emergency!!", "Urgent:"]},
}
OFF_ASK = {
    "ja": ["明日の朝一で連絡ください。", "返事は朝イチでお願いします。", "折り返しの電話をください。", "開いたらすぐ確認してください。"],
    "en": ["Call me back first thing.", "Need a reply by morning.", "Please ring me back as soon as you open.", "Check this the minute you're in."],
}
PROLONG_LINES = {
    "ja": ["まだ話は終わっとらんよ。", "さっきの説明じゃ納得できん。もう一回最初から説明して。", "じゃけぇ、なんでそうなるんか聞いとるんよ。",
           "納得するまで切らんけぇね。", "ちょっと待って、今の話もう一回。", "それはさっきも聞いた。他に言うことないん？",
           "時間ならなんぼでもあるけぇ。", "ほいで？続けて。"],
    "en": ["No, go back to the beginning and explain it again.", "I'm not hanging up until I understand.", "That's not what I asked. Again.",
           "We've got all afternoon, haven't we?", "Right, let's go through it one more time.", "You said that already. What else?",
           "Hang on, repeat that last part.", "Keep going, I'm listening."],
}

# --------------------------------------------------------- normal questions
QUESTIONS = {
    "air": {
        "ja": ["来週の広島→羽田便、座席の変更はまだできますか。", "子ども連れなんですが、ベビーカーは搭乗口まで使えますか。",
               "マイルの有効期限がいつまでか教えてつかぁさい。", "台北行きの便に、ペットは預けられるんでしょうか。",
               "予約確認のメールが届いとらんのじゃけど、再送してもらえますか。", "出張で領収書が要るので、宛名を会社名にできますか。",
               "岡山から行くんじゃけど、空港リムジンに接続しやすい便を教えてもらえんかな。", "12月30日の那覇行き、まだ空席はありますか。"],
        "en": ["Can I change my seat on the Hiroshima to Haneda flight next Tuesday?", "What's the checked baggage allowance on the Taipei route?",
               "I'm travelling with a surfboard, can I check it in?", "Could you resend my e-ticket? It never arrived.",
               "Is there a vegetarian meal on the Seoul flight?", "Kindly confirm whether my booking reference is valid for the 14 Nov departure.",
               "Do y'all have wifi on the Sapporo flight?"],
    },
    "hosp": {
        "ja": ["来週の整形外科の予約を、木曜から金曜に変えてもらえますか。", "初診なんですが、紹介状がないと受診できんのですか。",
               "母の付き添いで行くんですが、駐車場はありますか。", "インフルエンザの予防接種の予約はいつから取れますか。",
               "健診の結果を郵送してもらうことはできますでしょうか。", "予約票をなくしてしもうたんですが、どうしたらええですか。",
               "土曜日の午前も小児科は診てもらえますか。"],
        "en": ["Do you have an English-speaking doctor in dermatology?", "I'd like to book flu jabs for my two kids, any slots next week?",
               "My insurance is from overseas, can I still make an appointment?", "Could I move my follow-up from the 12th to the 19th?",
               "Is there someone who can help with translation at reception?", "Can I get a medical certificate in English for my employer?"],
    },
    "gas": {
        "ja": ["引っ越しするので、ガスの開栓の予約をお願いしたいです。", "今月の検針票が届いていないのですが、Webで確認できますか。",
               "給湯器にエラー111が出とるんですが、どうしたらええですか。", "口座振替からクレジットカード払いに変えたいんじゃけど。",
               "ガス料金のシミュレーションはどこでできますか。", "来月から長く家を空けるので、閉栓の手続きを教えてください。",
               "ガスコンロの買い替えを考えとるんじゃけど、見積もりもお願いできますか。"],
        "en": ["I'm moving into a flat in Naka-ku on the 20th, how do I get the gas turned on?", "Can I get my gas bill in English?",
               "The water heater shows error 111, what does that mean?", "How do I switch payment to my credit card?",
               "Do I need to be home when you open the gas line?", "Is there a discount if I bundle gas and electricity?"],
    },
    "fash": {
        "ja": ["このワンピース、Mサイズの再入荷予定はありますか。", "ギフト包装は有料ですか。", "注文番号MJ-48213の配送状況を教えてください。",
               "サイズ交換ってどうやって申し込むんでしょうか。", "会員ランクの特典について聞きたいです。", "コンビニ受け取りにできますか。",
               "冬物のコート、丈の長さを詳しく教えてもらえますか。"],
        "en": ["Do you ship to Singapore, and how long does it take?", "Is the wool coat true to size? I'm usually a UK 10.",
               "Can I add gift wrapping to order MJ-50117?", "How do I exchange a size L for an M?",
               "When will the cashmere scarf be back in stock?", "can i pay with paypay or only card?"],
    },
    "tax": {
        "ja": ["住民税の納付書をなくしたんですが、再発行できますか。", "固定資産税の口座振替の申込書はどこでもらえますか。",
               "課税証明書を郵送で請求したいのですが、必要なものを教えてください。", "引っ越したんで、住民税の通知先を変えてもらいたいんじゃけど。",
               "スマホ決済で市県民税は払えますか。", "軽自動車税の減免について教えてつかぁさい。", "年末は窓口が何日まで開いていますか。"],
        "en": ["I moved to Hiroshima in April, do I pay resident tax this year?", "Can I pay my resident tax at a convenience store?",
               "I need a tax certificate for my visa renewal, how do I get one?", "Is there anyone who speaks English at the counter?",
               "I'm leaving Japan in December, what do I need to do about resident tax?", "Kindly advise the documents required for the income certificate."],
    },
}

# ------------------------------------------------- legitimate complaints (fair)
LEGIT = {
    "air": {
        "ja": ["SX215便が3時間遅れて、乗り継ぎの便に間に合いませんでした。正直かなり腹が立っています。規定の範囲で結構ですので、振替か払い戻しをお願いします。",
               "預けたスーツケースの取っ手が壊れて戻ってきました。到着後すぐ空港で報告書を書きました。補償の手続きを教えてください。",
               "欠航のメールが来たのが出発の一時間前でした。もう少し早う知らせてほしかったです。払い戻しは全額になりますよね？",
               "クレジットカードで同じ航空券が二重に請求されとります。一件分を返金してください。"],
        "en": ["Our flight SX702 to Taipei was cancelled and we only found out at the gate. I'm frustrated, honestly. Please process the refund your policy says we're entitled to.",
               "My suitcase came back with a cracked shell. I filed a report at the airport, ref HIJ-4471. What's the next step for the damage claim?",
               "I was charged twice for the same booking. Please refund the duplicate charge.",
               "The delay was four hours and nobody told us anything at the gate. Not good enough. What compensation applies under your conditions of carriage?"],
    },
    "hosp": {
        "ja": ["予約の時間に行ったのに二時間待たされました。予約の意味がないと思います。改善をお願いしたいです。",
               "電話で取った予約が入っていないと言われ、受診できずに帰りました。どういう経緯か確認してもらえますか。",
               "会計で初診料を二重に取られていました。差額を返してもらえますか。",
               "受付の方の説明が早口で、高齢の父には分かりにくかったようです。もう少しゆっくり説明していただけると助かります。"],
        "en": ["I waited two and a half hours past my appointment with a feverish child. That's really not okay. Could you look into what went wrong?",
               "My booking was cancelled without notice and I'd taken the day off work. I'd like an explanation and a new slot, please.",
               "I think I was billed for a test I didn't have. Could you check the invoice and correct it?",
               "The online booking form kept crashing and I couldn't get through by phone for an hour. Please fix this."],
    },
    "gas": {
        "ja": ["今月のガス代が先月の倍になっとります。使い方は変わっとらんので、検針を確認してもらえませんか。",
               "点検の予約をしとったのに、誰も来んかったです。半日休みを取ったのに。日程の再調整をお願いします。",
               "支払い済みなのに督促状が届きました。確認してください。",
               "工事の後、庭の砂利が元に戻っていませんでした。直していただけますか。"],
        "en": ["My bill this month is double last month's and nothing's changed at home. Could someone check the meter reading?",
               "I booked a safety inspection and no one showed up. I'd taken the morning off. Please rebook.",
               "I got a reminder notice even though I paid on the 5th. Please sort out your records.",
               "The engineer left the meter cover broken after the visit. Could you send someone to fix it?"],
    },
    "fash": {
        "ja": ["届いたコートのボタンが取れかけていました。不良品として交換をお願いします。",
               "返品して二週間経つのに、まだ返金されていません。規約では10日以内とありました。",
               "Mサイズを注文したのにLが届きました。正しいサイズに交換してください。",
               "お届け予定日を5日過ぎても届きません。誕生日プレゼントだったので本当に困っています。"],
        "en": ["The dress arrived with a torn seam. I'd like a replacement or a refund, whichever is quicker.",
               "I returned the boots three weeks ago and still haven't been refunded. Your policy says 10 days.",
               "Wrong colour sent, I ordered navy and got black. Please exchange.",
               "My order is a week late and tracking hasn't updated since Monday. Where is it?"],
    },
    "tax": {
        "ja": ["住民税の通知書の金額が、源泉徴収票の内容と合っていないように思います。確認してもらえますか。",
               "転居届を出したのに、前の住所に納付書が送られていました。期限が過ぎてしまったのですが、延滞金はどうなりますか。",
               "窓口で一時間半待ちました。番号札の案内ももう少し分かりやすくしてほしいです。",
               "払いすぎた固定資産税の還付がまだ振り込まれていません。いつ頃になりますか。"],
        "en": ["My resident tax notice seems to include income from after I left my previous job. Could you check the calculation?",
               "The payment slip went to my old address even though I registered my move. It's now overdue, what happens with the late fee?",
               "I waited over an hour at the counter and the number system was confusing. Please improve the signage.",
               "I was told I'd get a refund for the overpayment in October. It's December. When will it arrive?"],
    },
}
FAIR_ASK = {
    "ja": ["原因を調べて教えてください。", "今後どうなるのか連絡をください。", "規定どおりの対応で構いません。",
           "できれば今週中にお返事いただけると助かります。", "ほんまに困っとるんで、よろしくお願いします。", "お手数ですが確認をお願いします。"],
    "en": ["Please let me know what happens next.", "A reply this week would be appreciated.", "Whatever your policy allows is fine.",
           "Thanks in advance for looking into it.", "I'd appreciate a straight answer.", "Cheers for sorting it."],
}

# ---------------------------------------------------------- hard negatives
# (client or None, text).  Angry-but-fair, allowed refunds, reviews read, praise of named
# staff, idioms with violent words, urgent-but-fair, service visits, lawyer without pressure.
HARDNEG = {
    "ja": [
        (None, "{agent}さんにはぶち親切にしてもろうて、ほんまに助かりました。ありがとうございました。"),
        (None, "先日お電話に出てくださった{agent}さんの説明が分かりやすかったです。お礼をお伝えください。"),
        (None, "ネットの口コミで『電話がつながりにくい』って書いてあったけど、今日はすぐつながってよかったです。"),
        ("air", "殺人的な混み具合の保安検査場でしたが、スタッフさんの誘導のおかげで間に合いました。"),
        ("fash", "このブーツ、死ぬほど欲しかったんです！再入荷の通知をお願いできますか。"),
        ("fash", "友達に『でーれー似合う』って言われました。同じシリーズのスカートもありますか。"),
        ("gas", "ガス臭い気がするんですが、どうしたらいいですか。念のため今すぐ見に来てもらえますか。"),
        ("gas", "給湯器の点検で、来週のどこかで家に来ていただける日はありますか。"),
        ("tax", "相続の件は弁護士の先生にお願いしとるんですが、固定資産税の名義変更の書類を先生の事務所に送ってもらってもええですか。"),
        ("tax", "税理士さんと一緒に窓口に伺いたいのですが、予約は必要ですか。"),
        ("hosp", "母の薬が明後日で切れるので、急ぎで申し訳ないのですが今週中に予約を取りたいです。"),
        ("air", "明日の朝一の便なので、本日中に振替のご連絡をいただけると助かります。"),
        (None, "正直、頭にきとるのは確かですが、電話に出とるあなたが悪いわけじゃないのは分かっとります。"),
        ("fash", "規約の『未使用・タグ付き14日以内』に当てはまるので、返品をお願いします。"),
        ("air", "欠航した便は規定で全額払い戻しと書いてあったので、その手続きをお願いします。"),
        (None, "SNSでキャンペーンの投稿を見て連絡しました。まだやっとりますか。"),
        (None, "Googleマップのレビューで星1がついとったけぇ心配しとったけど、ちゃんと対応してもろうて安心しました。"),
        ("hosp", "心臓が止まるかと思うほど検査が怖かったんですが、看護師さんが優しゅうて救われました。"),
        (None, "消費生活センターで聞いたら、まずは事業者さんに相談してと言われたので連絡しました。"),
        ("gas", "蜂の巣が爆発的に大きゅうなっとって、メーターが見えんのです。検針の方が困らんか心配で。"),
        (None, "たいぎいけど、書類は自分で取りに行きます。窓口は何時まで開いとりますか。"),
        ("tax", "弁護士さんに聞いたら、この場合は減免の対象になるかもと言われました。申請方法を教えてください。"),
        (None, "前回の{agent}さん、ほんまに神対応でした。また同じ方にお願いできたら嬉しいです。"),
    ],
    "en": [
        (None, "{agent} was absolutely brilliant on the phone yesterday, please pass on my thanks."),
        (None, "Shout-out to {agent} who sorted my issue in five minutes. Legend."),
        ("air", "I read on a travel forum that your Taipei flights are often delayed, is that still the case in December?"),
        ("fash", "This coat is to die for. Any chance it comes in petite?"),
        ("air", "I'd kill for an aisle seat on the Haneda flight, any available?"),
        ("fash", "I saw a one-star review saying the sizes run small. Should I size up?"),
        ("gas", "I think I can smell gas near the boiler. What should I do right now, can someone come out today?"),
        ("gas", "Could a technician come round on the 15th to reconnect the gas? Mornings are best."),
        ("tax", "My lawyer is handling my late father's estate. Can the property tax certificate be sent to her office?"),
        ("tax", "I'll be coming in with my accountant next week. Do we need an appointment?"),
        ("hosp", "My daughter's inhaler runs out on Friday, is there any chance of an appointment before then?"),
        ("air", "The queue at security was murder but your ground staff got us through. Thank you!"),
        ("fash", "Under your 14-day policy I'd like to return the unworn shirt, tags still attached."),
        ("air", "Per your conditions of carriage, cancelled flights are refundable in full, please process mine."),
        (None, "I'm annoyed, not gonna lie, but I know it's not your fault personally."),
        (None, "Will definitely leave you a good review after this, you guys have been great."),
        ("hosp", "The nurse who took my blood was lovely, please tell her thanks."),
        (None, "The consumer centre suggested I contact you directly first, so here I am."),
        ("fash", "Knocked 'em dead at the wedding in your green dress, thanks for the quick delivery!"),
    ],
}

# ------------------------------------------------------------ agent side
AGENT_GREET = {
    "ja": ["お電話ありがとうございます。{client}、{agent}でございます。", "お待たせいたしました。{client}の{agent}です。",
           "はい、{client}お客様窓口、担当の{agent}が承ります。"],
    "en": ["Thank you for calling {client}, this is {agent}.", "{client} support, {agent} speaking. How can I help?",
           "Good afternoon, {client}, you're through to {agent}."],
}
AGENT_TURN = {
    "ja": ["さようでございますか。詳しくお伺いしてもよろしいでしょうか。", "ご不便をおかけしております。", "確認いたしますので少々お待ちください。",
           "恐れ入りますが、ご予約番号をお伺いできますか。", "担当部署に確認のうえ、折り返しご連絡いたします。", "規定についてご説明させていただきます。",
           "お気持ちは承知いたしました。", "申し訳ございませんが、そのご要望にはお応えいたしかねます。", "記録に残し、上長に報告いたします。",
           "そのようなご発言はお控えいただけますでしょうか。", "恐れ入りますが、先ほどと同じご案内になります。", "ご案内できる範囲でお答えいたします。"],
    "en": ["I see. Could you tell me a bit more?", "I'm sorry for the inconvenience.", "Let me check that for you, one moment please.",
           "Could I have your booking reference, please?", "I'll check with the team and call you back.", "Let me explain what our policy covers.",
           "I understand how you feel.", "I'm afraid we're not able to do that.", "I'll note this and pass it to my supervisor.",
           "I'd ask you not to speak to me like that, please.", "I'm afraid my answer is the same as before.", "I'll help as far as I'm able to."],
}
AGENT_ANSWER = {
    "ja": ["はい、可能でございます。お手続きをご案内いたします。", "こちらで変更を承りました。", "ホームページの「よくあるご質問」にも手順を掲載しております。",
           "書類は郵送でもお受けしております。", "本日中に確認のメールをお送りいたします。"],
    "en": ["Yes, that's possible, I'll walk you through it.", "I've made that change for you.", "There's also a step-by-step guide in our FAQ.",
           "You can send the documents by post as well.", "I'll send you a confirmation email today."],
}
CUST_CLOSE = {
    "ja": ["ありがとうございました。", "わかりました、お願いします。", "ほいじゃ、よろしく。", "助かりました。", "はい。"],
    "en": ["Thanks.", "Cheers.", "Okay, thank you.", "Great, appreciate it.", "Alright."],
}
OUT_REPLY = {
    "ja": ["お問い合わせいただきありがとうございます。担当部署にて確認のうえ、改めてご連絡いたします。",
           "ご連絡ありがとうございます。お手続きが完了しましたのでお知らせいたします。",
           "ご不便をおかけしております。現在確認中でございます。今しばらくお待ちください。",
           "お問い合わせの件につきまして、規定に基づきご案内いたします。詳細は添付の資料をご確認ください。",
           "いつもご利用いただきありがとうございます。ご質問の件、下記のとおり回答いたします。",
           "恐れ入りますが、ご要望の対応は規定上いたしかねます。ご理解賜りますようお願い申し上げます。"],
    "en": ["Thank you for contacting us. We've passed this to the relevant team and will update you shortly.",
           "Thanks for getting in touch. Your request has been completed.",
           "We're sorry for the inconvenience. We're looking into this and will reply as soon as we can.",
           "Regarding your enquiry, please see our policy details below.",
           "Thanks for your message, here's the information you asked for.",
           "We're unable to accommodate that request under our terms, and we appreciate your understanding."],
}
CALLBACK = {
    "ja": ["{client}の{agent}です。先日のお問い合わせの件で折り返しお電話いたしました。", "確認の結果をご報告いたします。"],
    "en": ["Hello, it's {agent} from {client}, calling back about your enquiry.", "I've got an update for you."],
}
CALLBACK_CUST = {"ja": ["ああ、はい。", "はい、どうも。", "そうですか。"], "en": ["Oh, hi.", "Right.", "Okay, go ahead."]}
IVR = {
    "ja": "IVR: お電話ありがとうございます。本日の受付は終了いたしました。発信音のあとにメッセージをどうぞ。",
    "en": "IVR: Thank you for calling. Our lines are now closed. Please leave a message after the tone.",
}

SUBJECTS = {
    "air": {"ja": ["予約について", "手荷物について", "払い戻しについて", "マイルについて"], "en": ["Booking enquiry", "Baggage", "Refund request", "Miles"]},
    "hosp": {"ja": ["予約変更のお願い", "受診について", "会計について"], "en": ["Appointment change", "Booking question", "Billing"]},
    "gas": {"ja": ["開栓・閉栓について", "ガス料金について", "点検について"], "en": ["Gas connection", "Bill question", "Inspection"]},
    "fash": {"ja": ["ご注文について", "返品・交換について", "配送について"], "en": ["My order", "Returns & exchanges", "Delivery"]},
    "tax": {"ja": ["市県民税について", "証明書の請求", "納付について"], "en": ["Resident tax", "Tax certificate", "Payment"]},
}
FORM_CAT = {"ja": "お問い合わせフォーム：", "en": "Contact form: "}
HARASS_SUBJ = {"ja": ["【至急】{s}", "再度の問い合わせ（{s}）", "苦情：{s}", "【返事ください】{s}", "責任者へ　{s}"],
               "en": ["URGENT: {s}", "Complaint - {s}", "4th email!! {s}", "Re: Re: {s} (no reply)", "FAO manager: {s}"]}

EMAIL_OPEN = {"ja": ["お世話になっております。", "初めて連絡します。", "", "お疲れさまです。", "{client}御中"],
              "en": ["Hi,", "Hello,", "Dear Sir/Madam,", "To whom it may concern,", "Hey there,", "G'day,", ""]}
EMAIL_CLOSE = {"ja": ["よろしくお願いいたします。", "以上です。", "よろしゅうお願いします。", ""],
               "en": ["Thanks,", "Best regards,", "Cheers,", "Kind regards,", "Thanking you,", ""]}
NAMES = {"ja": ["山根", "藤井 真由美", "岡田", "村上 健二", "小川", "宮本 さくら", "中島", "池田 翔太", "原", "久保 美穂"],
         "en": ["Emily Carter", "Raj Patel", "Liam O'Brien", "Chloe Tan", "Markus Weber", "Sophie Martin", "Jake Thompson",
                "Priya Nair", "Ben Walker", "Maria Santos"]}

# phone speaker label sets (agent, customer)
LABELS = {
    "ja": [("担当", "客"), ("オペレーター", "お客様"), ("OP", "CL"), ("【担当】", "【お客様】"), ("受付", "発信者"), ("A", "C"), ("{agent}", "顧客")],
    "en": [("Agent", "Customer"), ("Rep", "Caller"), ("AGT", "CUST"), ("A", "C"), ("Operator", "Client"), ("{agent}", "Caller"), ("S", "C")],
}
VISIT_LABELS = {"ja": [("職員", "来訪者"), ("窓口", "お客様")], "en": [("Staff", "Visitor"), ("Counter", "Customer")]}
VISIT_HEAD = {"ja": ["窓口対応記録", "来所メモ", ""], "en": ["Counter log", "Walk-in note", ""]}

# ====================================================================== generator
import sys, os, json, random, datetime as dt

SEED = 20291001
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
Q_START, Q_END = dt.date(2029, 10, 1), dt.date(2029, 12, 31)
HOLIDAYS = {dt.date(2029, 10, 8): "スポーツの日", dt.date(2029, 11, 3): "文化の日", dt.date(2029, 11, 23): "勤労感謝の日"}
YEAR_END = [dt.date(2029, 12, 29), dt.date(2029, 12, 30), dt.date(2029, 12, 31)]
OPEN_MIN, CLOSE_MIN = 8 * 60 + 30, 19 * 60
CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat", "abusive_language", "legal_threat",
           "online_defamation_threat", "sexual_harassment", "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL_CODES = CONTENT + STATEFUL

STATEFUL_RULES = {
    "support_hours": "Mon-Sat 08:30-19:00 Asia/Tokyo (local time of occurred_at converted to +09:00); closed Sundays, "
                     "2029-10-08, 2029-11-03, 2029-11-23 and 2029-12-29..31. Only inbound events count for every rule.",
    "repetition": "the same demand (same underlying request, restated) in >= 4 inbound contacts (the original + >= 3 repeats) "
                  "spread over >= 3 distinct local dates within any 14-day window. Normal and legitimate customers raise one "
                  "issue at most 3 times.",
    "off_hours_contact": ">= 4 inbound contacts outside support hours on >= 3 distinct local dates within the quarter "
                         "(typically with 至急/緊急/urgent). Normal and legitimate customers have at most 2 off-hours contacts.",
    "contact_flood": ">= 5 inbound contacts within any 60-minute window, or >= 8 within any 24-hour window. Normal and "
                     "legitimate customers have at most 3 inbound contacts in any 24 hours.",
    "prolonged_contact": "a single phone call or visit with duration_s >= 3600 (holding staff >= 1 hour), or phone+visit "
                         "duration summing to >= 7200 s on one local date. Normal and legitimate calls/visits stay <= 2400 s "
                         "and < 3600 s per day.",
}


class Gen:
    def __init__(self):
        self.r = random.Random(SEED)
        self.events = []          # internal specs
        self.decks = {}
        self.used_ids = set()
        days = []
        d = Q_START
        while d <= Q_END:
            days.append(d)
            d += dt.timedelta(days=1)
        self.days = days
        self.open_days = [d for d in days if self.is_open_day(d)]
        self.closed_days = [d for d in days if not self.is_open_day(d)]

    # ------------------------------------------------------------- calendar
    @staticmethod
    def is_open_day(d):
        return d.weekday() != 6 and d not in HOLIDAYS and d not in YEAR_END

    @classmethod
    def is_off_hours(cls, t):
        lt = t.astimezone(JST)
        if not cls.is_open_day(lt.date()):
            return True
        m = lt.hour * 60 + lt.minute
        return not (OPEN_MIN <= m < CLOSE_MIN)

    def t_in(self, day, lo=8 * 60 + 40, hi=18 * 60 + 45):
        m = self.r.randint(lo, hi)
        return dt.datetime(day.year, day.month, day.day, m // 60, m % 60, self.r.randint(0, 59), self.r.randint(0, 999) * 1000, tzinfo=JST)

    def t_off(self, day=None):
        r = self.r
        if day is None:
            day = r.choice(self.days)
        if not self.is_open_day(day):
            m = r.randint(7 * 60, 23 * 60 + 40)
        elif r.random() < 0.65:
            m = r.randint(19 * 60 + 10, 23 * 60 + 55)
        else:
            m = r.randint(5 * 60, 8 * 60 + 15)
        return dt.datetime(day.year, day.month, day.day, m // 60, m % 60, r.randint(0, 59), r.randint(0, 999) * 1000, tzinfo=JST)

    def next_open_time(self, t, delay_min):
        """first in-hours moment >= t + delay (local)."""
        t = (t + dt.timedelta(minutes=delay_min)).astimezone(JST)
        for _ in range(30):
            m = t.hour * 60 + t.minute
            if self.is_open_day(t.date()) and OPEN_MIN + 5 <= m < CLOSE_MIN - 5:
                return t
            if self.is_open_day(t.date()) and m < OPEN_MIN + 5:
                return t.replace(hour=8, minute=35, second=self.r.randint(0, 59)) + dt.timedelta(minutes=self.r.randint(0, 50))
            nd = t.date() + dt.timedelta(days=1)
            t = dt.datetime(nd.year, nd.month, nd.day, 8, 35, self.r.randint(0, 59), tzinfo=JST) + dt.timedelta(minutes=self.r.randint(0, 40))
        return t

    # ------------------------------------------------------------- helpers
    def deck(self, key, items):
        d = self.decks.get(key)
        if not d:
            d = list(range(len(items)))
            self.r.shuffle(d)
            self.decks[key] = d
        return items[d.pop()]

    def new_id(self, prefix):
        while True:
            x = "%s-%016x" % (prefix, self.r.getrandbits(64))
            if x not in self.used_ids:
                self.used_ids.add(x)
                return x

    def agent_name(self, ag, lang, kana_ok=True):
        ja, kana, en = AGENTS[ag]
        if lang == "en":
            return en
        return kana if (kana_ok and self.r.random() < 0.2) else ja

    def fill(self, s, lang, ag):
        if "{agent}" in s:
            nm = self.agent_name(ag, lang)
            s = s.replace("{agent}", nm)
        return s

    # --------------------------------------------------------- registers
    @staticmethod
    def fullwidth(s):
        out = []
        for c in s:
            o = ord(c)
            if 0x21 <= o <= 0x7e:
                out.append(chr(o + 0xFEE0))
            elif c == " ":
                out.append("\u3000")
            else:
                out.append(c)
        return "".join(out)

    def ja_style(self, s, harsh):
        r = self.r
        if r.random() < 0.12:
            s = self.fullwidth(s)
        if harsh and r.random() < 0.25:
            s = s.rstrip("。") + r.choice(["！！", "！", "（怒）", "💢", "。。。", "ｯ!!"])
        elif not harsh and r.random() < 0.06:
            s = s + r.choice(["😊", "🙏", "m(_ _)m"])
        return s

    def en_style(self, s, casual, harsh):
        r = self.r
        if casual and r.random() < 0.4:
            s = s.lower()
            for a, b in ((" you ", " u "), (" your ", " ur "), (" are ", " r "), ("please", "pls"), (" to ", " 2 ")):
                if r.random() < 0.6:
                    s = s.replace(a, b)
            s = s.rstrip(".")
        if r.random() < 0.12:
            w = s.split(" ")
            idx = [i for i, x in enumerate(w) if len(x) >= 5 and x.isalpha()]
            if idx:
                i = r.choice(idx)
                j = r.randint(2, len(w[i]) - 2)
                x = w[i]
                w[i] = x[:j - 1] + x[j] + x[j - 1] + x[j + 1:]
                s = " ".join(w)
        if harsh and r.random() < 0.2:
            s = s.rstrip(".") + r.choice(["!!", "!!!", "?!", " 😡", " smh"])
        return s

    def style(self, s, cust, harsh=False):
        if cust["lang"] == "ja":
            return self.ja_style(s, harsh)
        return self.en_style(s, cust["casual"], harsh)

    # ---------------------------------------------------------- customers
    def make_customers(self):
        r = self.r
        n = 400
        profiles = ["normal"] * 280 + ["legit_complainer"] * 48 + ["harasser"] * 72
        nums = r.sample(range(10000, 99999), n)
        custs = []
        for i, p in enumerate(profiles):
            lang = "ja" if r.random() < 0.58 else "en"
            if lang == "ja":
                client = r.choices(["air", "hosp", "gas", "fash", "tax"], [25, 20, 20, 20, 15])[0]
            else:
                client = r.choices(["air", "hosp", "gas", "fash", "tax"], [38, 16, 12, 22, 12])[0]
            cid = r.choice(["HC", "HC", "HC", "CRM"]) + "-%05d" % nums[i]
            custs.append({"id": cid, "profile": p, "lang": lang, "client": client,
                          "casual": lang == "en" and r.random() < 0.35,
                          "content": [], "stateful": [], "agents": []})
        # harasser code plan
        hs = [c for c in custs if c["profile"] == "harasser"]
        content_h, state_only = hs[:58], hs[58:]
        cnt = {c: 0 for c in ALL_CODES}
        for c in content_h:
            k = r.choices([1, 2, 3], [35, 45, 20])[0]
            pool = sorted(CONTENT, key=lambda x: (cnt[x], r.random()))
            chosen = pool[:k]
            for x in chosen:
                cnt[x] += 1
            c["content"] = [x for x in CONTENT if x in chosen]
        # stateful: each state-only harasser gets 1-2, plus ~34 assignments among content harassers
        for c in state_only:
            k = r.choices([1, 2], [70, 30])[0]
            pool = sorted(STATEFUL, key=lambda x: (cnt[x], r.random()))
            chosen = pool[:k]
            for x in chosen:
                cnt[x] += 1
            c["stateful"] = [x for x in STATEFUL if x in chosen]
        picks = r.sample(content_h, 32)
        for c in picks:
            k = r.choices([1, 2], [80, 20])[0]
            pool = sorted(STATEFUL, key=lambda x: (cnt[x], r.random()))
            chosen = pool[:k]
            for x in chosen:
                cnt[x] += 1
            c["stateful"] = [x for x in STATEFUL if x in chosen]
        r.shuffle(custs)
        self.custs = custs
        return custs

    def pick_agent(self, cust):
        r = self.r
        if cust["agents"] and r.random() < 0.35:
            return r.choice(cust["agents"])
        a = r.randrange(len(AGENTS))
        cust["agents"].append(a)
        return a

    # --------------------------------------------------------- event spec
    def add(self, cust, t, channel, segs, kind, demand=None, duration=None, direction="inbound", agent="auto", subject=None, thread=None):
        if agent == "auto":
            agent = self.pick_agent(cust)
        ev = {"cust": cust, "t": t, "channel": channel, "segs": segs, "kind": kind, "demand": demand,
              "duration": duration, "direction": direction, "agent": agent, "subject": subject, "thread": thread}
        self.events.append(ev)
        return ev

    def inbound_channel(self, cust, allow_visit=True):
        chans = ["phone", "email", "chat", "web_form", "sns", "visit"]
        w = [34, 22, 17, 14, 9, 4 if allow_visit else 0]
        return self.r.choices(chans, w)[0]

    def dur(self, lo, hi):
        return self.r.randint(lo, hi)

    def pick_days(self, k, min_gap=1, pool=None):
        pool = pool or self.open_days
        for _ in range(200):
            ds = sorted(self.r.sample(pool, k))
            if all((b - a).days >= min_gap for a, b in zip(ds, ds[1:])):
                return ds
        return sorted(self.r.sample(pool, k))

    # ----------------------------------------------------------- normal
    def gen_normal(self, c):
        r = self.r
        L, cl = c["lang"], c["client"]
        n = r.choices([1, 2, 3], [50, 35, 15])[0]
        days = self.pick_days(n, 2)
        offhours_left = 1 if r.random() < 0.18 else 0
        for i, day in enumerate(days):
            ch = self.inbound_channel(c)
            if ch == "visit" and cl == "fash":
                ch = "email"
            if r.random() < 0.32:
                hn = [x for x in HARDNEG[L] if x[0] in (None, cl)]
                body = [self.deck(("hn", L, cl), hn)[1]]
                if r.random() < 0.5:
                    body.append(self.deck(("q", L, cl), QUESTIONS[cl][L]))
            else:
                body = [self.deck(("q", L, cl), QUESTIONS[cl][L])]
            if i > 0 and r.random() < 0.3:
                body[0] = r.choice(FOLLOWUP_OPEN[L]) + (" " if L == "en" else "") + body[0]
            t = self.t_in(day)
            if offhours_left and ch in ("email", "web_form", "sns"):
                t = self.t_off(day if r.random() < 0.6 else None)
                offhours_left -= 1
            segs = [(self.style(self.fill(s, L, r.randrange(len(AGENTS))), c), None) for s in body]
            dur = self.dur(90, 1300) if ch == "phone" else (self.dur(300, 1800) if ch == "visit" else None)
            self.add(c, t, ch, segs, "normal", demand="n%d" % i, duration=dur)

    # ----------------------------------------------------------- legit
    def gen_legit(self, c):
        r = self.r
        L, cl = c["lang"], c["client"]
        issues = r.choices([1, 2], [60, 40])[0]
        total_contacts = 0
        offhours_left = 1 if r.random() < 0.25 else 0
        starts = self.pick_days(issues, 10)
        for k in range(issues):
            m = r.choices([1, 2, 3], [30, 45, 25])[0]
            if total_contacts + m > 4:
                m = max(1, 4 - total_contacts)
            total_contacts += m
            comp = self.deck(("legit", L, cl), LEGIT[cl][L])
            idx = self.open_days.index(starts[k]) if starts[k] in self.open_days else 0
            ds = [self.open_days[min(idx + j * r.randint(2, 4), len(self.open_days) - 1)] for j in range(m)]
            for j in range(m):
                ch = self.inbound_channel(c)
                if ch == "visit" and cl == "fash":
                    ch = "phone"
                if j == 0:
                    body = [comp, r.choice(FAIR_ASK[L])]
                else:
                    body = [r.choice(FOLLOWUP_OPEN[L]) + (" " if L == "en" else "") + r.choice(FAIR_ASK[L])]
                if r.random() < 0.35:
                    hn = [x for x in HARDNEG[L] if x[0] in (None, cl)]
                    body.insert(1, self.deck(("hn", L, cl), hn)[1])
                t = self.t_in(ds[j])
                if offhours_left and ch in ("email", "web_form"):
                    t = self.t_off(ds[j])
                    offhours_left -= 1
                segs = [(self.style(self.fill(s, L, r.randrange(len(AGENTS))), c), None) for s in body]
                dur = self.dur(300, 2400) if ch == "phone" else (self.dur(600, 2400) if ch == "visit" else None)
                self.add(c, t, ch, segs, "legit", demand="L%d" % k, duration=dur)

    # ----------------------------------------------------------- harasser
    def gen_harasser(self, c):
        r = self.r
        L, cl = c["lang"], c["client"]
        S = c["stateful"]
        evs = []
        used_days = set()

        def free_day(pool=None):
            pool = pool or self.open_days
            for _ in range(300):
                d = r.choice(pool)
                if d not in used_days:
                    used_days.add(d)
                    return d
            return r.choice(pool)

        griev = r.sample(GRIEVANCE[cl][L], 3)
        cores = r.sample(DEMAND_CORE[cl][L], 3)

        if "repetition" in S:
            m = r.randint(4, 6)
            for _ in range(20):
                d0 = r.randrange(0, len(self.open_days) - 14)
                cand = self.open_days[d0:d0 + 12]
                cand = [d for d in cand if d not in used_days and (d - self.open_days[d0]).days <= 13]
                if len(cand) >= m:
                    break
            ds = sorted(r.sample(cand, m))
            for j, d in enumerate(ds):
                used_days.add(d)
                body = []
                if j == 0:
                    body.append(("G", griev[0]))
                body.append(("R", r.choice(REPEAT_FRAME[L]).replace("{d}", cores[0])))
                ch = r.choices(["phone", "email", "chat", "web_form", "sns"], [40, 25, 15, 12, 8])[0]
                evs.append(dict(t=self.t_in(d), ch=ch, body=body, kind="repeat", demand="R0"))
        if "off_hours_contact" in S:
            m = r.randint(4, 6)
            pool = [d for d in self.days if d not in used_days]
            ds = sorted(r.sample(pool, m))
            for j, d in enumerate(ds):
                used_days.add(d)
                t = self.t_off(d)
                lt = t.astimezone(JST)
                typ = "closed" if not self.is_open_day(lt.date()) else ("morning" if lt.hour < 12 else "night")
                intro = OFFHOURS_INTRO[L]
                body = [("O", r.choice(intro[typ] + intro["any"]))]
                body.append(("G", griev[(1 + j) % 3]))
                if r.random() < 0.5:
                    body.append(("D", r.choice(OFF_ASK[L])))
                ch = r.choices(["email", "chat", "sns", "web_form", "phone"], [30, 20, 20, 15, 15])[0]
                evs.append(dict(t=t, ch=ch, body=body, kind="offhours", demand="O%d" % j))
        if "contact_flood" in S:
            d = free_day()
            m = r.randint(5, 9)
            span = r.randint(18, 52)
            t0 = self.t_in(d, 9 * 60, 17 * 60)
            offs = sorted(r.sample(range(0, span * 60), m - 1))
            times = [t0] + [t0 + dt.timedelta(seconds=o) for o in offs]
            chs = r.choice([["chat"], ["sns"], ["email", "phone"], ["chat", "phone"], ["sns", "email", "phone"]])
            for j, t in enumerate(times):
                body = [("G", griev[2])] if j == 0 else [("N", r.choice(NUDGE[L]))]
                if j > 0 and r.random() < 0.25:
                    body.append(("N", r.choice(NUDGE[L])))
                evs.append(dict(t=t, ch=r.choice(chs), body=body, kind="flood", demand="F"))
        if "prolonged_contact" in S:
            mode = r.choice(["long", "long", "visit", "sum"]) if cl != "fash" else r.choice(["long", "sum"])
            if mode == "long":
                for j in range(r.randint(1, 2)):
                    d = free_day()
                    evs.append(dict(t=self.t_in(d, 9 * 60, 16 * 60), ch="phone", body=[("G", griev[j % 3])], kind="prolonged",
                                    demand="P%d" % j, dur=self.dur(3700, 8400)))
            elif mode == "visit":
                d = free_day()
                evs.append(dict(t=self.t_in(d, 9 * 60, 15 * 60), ch="visit", body=[("G", griev[0])], kind="prolonged",
                                demand="P0", dur=self.dur(3800, 9000)))
            else:
                d = free_day()
                durs = [self.dur(2500, 3300) for _ in range(3)]
                while sum(durs) < 7400:
                    durs[0] += 300
                t = self.t_in(d, 9 * 60, 10 * 60)
                for j, du in enumerate(durs):
                    evs.append(dict(t=t, ch="phone", body=[("G", griev[0])] if j == 0 else [("F", r.choice(FOLLOWUP_OPEN[L]))],
                                    kind="prolonged", demand="P0", dur=du))
                    t = t + dt.timedelta(seconds=du + r.randint(300, 2400))
        # base contacts (carry most content cues)
        C = c["content"]
        if C:
            nb = r.randint(max(2, len(C)), 5) if not S else r.randint(1, 3)
        else:
            nb = r.randint(0, 1)
        case_i = 0
        per_case = 0
        for j in range(nb):
            if per_case >= 2 or (per_case >= 1 and r.random() < 0.4):
                case_i += 1
                per_case = 0
            per_case += 1
            d = free_day()
            body = [("G", griev[case_i % 3])] if per_case == 1 else [("F", r.choice(FOLLOWUP_OPEN[L])), ("G", griev[case_i % 3])]
            ch = self.inbound_channel(c, allow_visit=cl != "fash")
            evs.append(dict(t=self.t_in(d), ch=ch, body=body, kind="base", demand="B%d" % case_i))
        # distribute content cues
        if C:
            order = list(range(len(evs)))
            r.shuffle(order)
            # prefer non-nudge events
            order.sort(key=lambda i: evs[i]["kind"] == "flood" and i != 0)
            slots = {i: [] for i in range(len(evs))}
            for k, code in enumerate(C):
                slots[order[k % len(order)]].append(code)
            for i in order:
                if len(slots[i]) < 2 and r.random() < 0.35:
                    extra = r.choice(C)
                    if extra not in slots[i]:
                        slots[i].append(extra)
            for i, ev in enumerate(evs):
                for code in slots[i]:
                    ev["body"].append(("C", code))
        # materialise
        for ev in evs:
            ch = ev["ch"]
            if ch == "visit" and cl == "fash":
                ch = "phone"
            ag = self.pick_agent(c)
            segs = []
            cue_codes = [x[1] for x in ev["body"] if x[0] == "C"]
            harsh = bool(cue_codes)
            body = []
            for typ, val in ev["body"]:
                if body and body[-1][0] == "F" and typ != "C":
                    body[-1] = (typ, body[-1][1] + (" " if L == "en" else "") + val)
                else:
                    body.append((typ, val))
            for typ, val in body:
                if typ == "C":
                    pool = [x.split("|", 1)[-1] for x in CUES[val][L] if "|" not in x or x.split("|", 1)[0] == cl]
                    s = self.deck(("cue", val, L, cl), pool)
                    s = self.fill(s, L, ag if val != "privacy_intrusion" or r.random() < 0.5 else r.randrange(len(AGENTS)))
                    segs.append((self.style(s, c, True), val))
                else:
                    segs.append((self.style(val, c, harsh), None))
            # put cues after the first non-cue segment, shuffled among the rest
            plain = [s for s in segs if s[1] is None]
            for s in [s for s in segs if s[1] is not None]:
                plain.insert(r.randint(1 if plain else 0, len(plain)), s)
            segs = plain
            dur = ev.get("dur")
            if dur is None and ch == "phone":
                dur = self.dur(60, 400) if ev["kind"] == "flood" else self.dur(240, 2200)
            if dur is None and ch == "visit":
                dur = self.dur(600, 2200)
            self.add(c, ev["t"], ch, segs, ev["kind"], demand=ev["demand"], duration=dur, agent=ag)

    # --------------------------------------------------------- outbound
    def gen_outbound(self):
        r = self.r
        inb = [e for e in self.events if e["direction"] == "inbound"]
        for e in inb:
            c = e["cust"]
            ch = e["channel"]
            if ch == "visit":
                continue
            if e["kind"] == "flood" and r.random() < 0.75:
                continue
            p = {"email": 0.8, "web_form": 0.7, "chat": 0.55, "sns": 0.6, "phone": 0.08}[ch]
            if r.random() >= p:
                continue
            if ch == "chat":
                t = e["t"] + dt.timedelta(seconds=r.randint(30, 400))
                if self.is_off_hours(t):
                    t = self.next_open_time(e["t"], r.randint(5, 90))
            else:
                t = self.next_open_time(e["t"], r.randint(12, 60 * 20))
            if t.astimezone(JST).date() > Q_END:
                continue
            och = {"email": "email", "web_form": "email", "chat": "chat", "sns": "sns", "phone": "phone"}[ch]
            o = self.add(c, t, och, None, "outbound", direction="outbound", agent=e["agent"] if e["agent"] is not None else self.pick_agent(c))
            o["reply_to"] = e
            o["duration"] = self.dur(60, 420) if och == "phone" else None

    # --------------------------------------------------------- rendering
    def fmt_time(self, t, src):
        r = self.r
        style = {"pbx": ["jst", "jst", "jst", "z"], "ivr": ["jst"], "mail": ["z", "z", "zms", "jst"], "chat": ["jstms", "jstms", "zms"],
                 "form": ["jst", "jst", "utc00"], "sns": ["zms", "z", "utc00"], "visit": ["jst"]}[src]
        s = r.choice(style)
        if s.startswith("z") or s == "utc00":
            u = t.astimezone(UTC)
            base = u.strftime("%Y-%m-%dT%H:%M:%S")
            if s == "zms":
                base += ".%03d" % (u.microsecond // 1000)
            return base + ("+00:00" if s == "utc00" else "Z")
        lt = t.astimezone(JST)
        base = lt.strftime("%Y-%m-%dT%H:%M:%S")
        if s == "jstms":
            base += ".%03d" % (lt.microsecond // 1000)
        return base + "+09:00"

    def render(self, e):
        r = self.r
        c = e["cust"]
        L, cl = c["lang"], c["client"]
        client = CLIENTS[cl][L]
        ch = e["channel"]
        ag = e["agent"]
        agn = self.agent_name(ag, L, kana_ok=False) if ag is not None else None
        harass = c["profile"] == "harasser"
        subject = None
        thread = None
        duration = e["duration"]
        if e["direction"] == "outbound":
            src_e = e["reply_to"]
            if ch == "phone":
                lab = r.choice(LABELS[L])
                a_l = lab[0].replace("{agent}", agn)
                sep = r.choice([": ", "：", " > "]) if L == "ja" else r.choice([": ", " - ", "> "])
                lines = [a_l + sep + CALLBACK[L][0].replace("{client}", client).replace("{agent}", agn),
                         lab[1] + sep + r.choice(CALLBACK_CUST[L]),
                         a_l + sep + CALLBACK[L][1] + (" " if L == "en" else "") + r.choice(OUT_REPLY[L])]
                text = "\n".join(lines)
                src = "pbx"
                source = r.choice(["pbx-hiroshima", "pbx-hiroshima-2"])
            else:
                body = r.choice(OUT_REPLY[L])
                if ch == "email":
                    text = ("%s\n\n%s\n\n%s\n%s" % ("いつもお世話になっております。" if L == "ja" else "Hello,", body, client, agn))
                    subject = "Re: " + (src_e.get("out_subject") or ("お問い合わせ" if L == "ja" else "Your enquiry"))
                    thread = src_e.get("out_thread")
                    src = "mail"
                    source = "zendesk"
                elif ch == "chat":
                    text = body
                    thread = src_e.get("out_thread")
                    src = "chat"
                    source = "chat-widget"
                else:
                    text = body
                    thread = src_e.get("out_thread")
                    src = "sns"
                    source = src_e.get("out_source", "sns-x")
            return self.pack(e, text, subject, thread, source, src, duration)

        segs = e["segs"]
        sents = [s for s, _ in segs]
        if ch == "phone":
            if self.is_off_hours(e["t"]):
                # after-hours voicemail: IVR prompt + caller
                who = "発信者" if L == "ja" else "Caller"
                text = IVR[L] + "\n" + who + ": " + self.join(sents, L)
                e["agent"] = None
                duration = r.randint(25, 110)
                src, source = "ivr", "ivr-afterhours"
            else:
                lab = r.choice(LABELS[L])
                a_l = lab[0].replace("{agent}", agn)
                c_l = lab[1]
                sep = r.choice([": ", "：", "> ", " "]) if L == "ja" else r.choice([": ", " - ", "> ", ":"])
                if a_l.startswith("【"):
                    sep = ""
                ts = r.random() < 0.2
                lines = []
                clock = [0]
                last_who = [None]

                def line(who, s):
                    pre = ""
                    if ts:
                        clock[0] += r.randint(8, 90)
                        pre = "[%02d:%02d:%02d] " % (clock[0] // 3600, (clock[0] // 60) % 60, clock[0] % 60)
                    lines.append(pre + who + sep + s)
                    last_who[0] = who

                safe = AGENT_TURN[L][:9] + AGENT_TURN[L][11:]
                if r.random() < 0.8:
                    line(a_l, r.choice(AGENT_GREET[L]).replace("{client}", client).replace("{agent}", agn))
                for k, s in enumerate(sents):
                    line(c_l, s)
                    if k < len(sents) - 1 or r.random() < 0.6:
                        if e["kind"] == "normal":
                            line(a_l, r.choice(AGENT_ANSWER[L] + safe[:4]))
                        else:
                            line(a_l, r.choice(AGENT_TURN[L] if harass else safe))
                if e["kind"] == "prolonged":
                    if last_who[0] != a_l:
                        line(a_l, r.choice(AGENT_TURN[L]))
                    for _ in range(r.randint(4, 8)):
                        line(c_l, self.style(r.choice(PROLONG_LINES[L]), c))
                        line(a_l, r.choice(AGENT_TURN[L]))
                elif not harass and r.random() < 0.5:
                    line(c_l, r.choice(CUST_CLOSE[L]))
                text = "\n".join(lines)
                src = "pbx"
                source = r.choice(["pbx-hiroshima", "pbx-hiroshima", "pbx-hiroshima-2"])
        elif ch == "visit":
            lab = r.choice(VISIT_LABELS[L])
            head = r.choice(VISIT_HEAD[L])
            lines = [head] if head else []
            for k, s in enumerate(sents):
                lines.append(lab[1] + ": " + s)
                lines.append(lab[0] + ": " + r.choice(AGENT_TURN[L] if harass else AGENT_TURN[L][:9]))
            if e["kind"] == "prolonged":
                for _ in range(r.randint(4, 7)):
                    pl = r.choice(PROLONG_LINES[L]).replace("hanging up", "leaving").replace("切らん", "帰らん")
                    lines.append(lab[1] + ": " + self.style(pl, c))
                    lines.append(lab[0] + ": " + r.choice(AGENT_TURN[L]))
            text = "\n".join(lines)
            src, source = "visit", "counter-log"
        elif ch == "email":
            op = r.choice(EMAIL_OPEN[L]).replace("{client}", client)
            cl_ = r.choice(EMAIL_CLOSE[L])
            sep = "" if L == "ja" and r.random() < 0.5 else ("\n" if r.random() < 0.5 else " ")
            body = self.join(sents, L, None if sep == "" or sep == " " else sep) if L == "ja" else (self.join(sents, L) if r.random() < 0.6 else "\n".join(sents))
            parts = [p for p in [op, body, cl_] if p]
            if r.random() < 0.5:
                parts.append(r.choice(NAMES[L]))
            text = "\n\n".join(parts)
            if harass and r.random() < 0.4:
                subject = r.choice(HARASS_SUBJ[L]).replace("{s}", r.choice(SUBJECTS[cl][L]))
            else:
                subject = r.choice(SUBJECTS[cl][L])
            thread = "th-%010x" % r.getrandbits(40)
            src, source = "mail", "mail-gw"
        elif ch == "web_form":
            subject = FORM_CAT[L] + r.choice(SUBJECTS[cl][L])
            text = self.join(sents, L) if r.random() < 0.7 else "\n".join(sents)
            thread = "TKT-%06d" % r.randint(100000, 999999)
            src, source = "form", "web-form"
        elif ch == "chat":
            text = self.join(sents, L) if r.random() < 0.6 else "\n".join(sents)
            thread = "chat-%010x" % r.getrandbits(40)
            src, source = "chat", r.choice(["chat-widget", "livechat"])
        else:  # sns
            source = r.choice(["sns-x", "sns-line", "sns-instagram"])
            text = self.join(sents, L)
            if source == "sns-x" and r.random() < 0.6:
                text = CLIENTS[cl]["sns"] + " " + text
            thread = "dm-%010x" % r.getrandbits(40)
            src = "sns"
            e["out_source"] = source
        e["out_subject"] = subject
        e["out_thread"] = thread
        return self.pack(e, text, subject, thread, source, src, duration)

    @staticmethod
    def join(sents, L, sep=None):
        out = ""
        for s in sents:
            if not out:
                out = s
                continue
            last = out[-1]
            if L == "ja":
                glue = sep if sep is not None else ""
                if sep is None and last not in "。！？!?…」）)💢ｯｗw｡、，,":
                    glue = "。"
            else:
                glue = sep if sep is not None else " "
                if sep is None and last not in ".!?)…:;," and not last.isdigit():
                    glue = ". " if last.isalpha() and s[:1].isupper() else "\n"
            out += glue + s
        return out

    def pack(self, e, text, subject, thread, source, src, duration):
        r = self.r
        c = e["cust"]
        ch = e["channel"]
        prefix = {"phone": "call", "email": "msg", "chat": "cht", "web_form": "frm", "sns": "sns", "visit": "vst"}[ch]
        eid = self.new_id(r.choice([prefix, "ev"]))
        e["event_id"] = eid
        lang = c["lang"]
        x = r.random()
        if x < 0.08:
            lang = None
        elif x < 0.12:
            lang = "en" if lang == "ja" else "ja"
        out = {"event_id": eid, "occurred_at": self.fmt_time(e["t"], src), "channel": ch, "direction": e["direction"],
               "customer_id": c["id"], "agent_id": ("agt-%03d" % (e["agent"] + 1)) if e["agent"] is not None else None}
        if ch in ("phone", "visit"):
            out["duration_s"] = duration
        elif r.random() < 0.5:
            out["duration_s"] = None
        if subject is not None or ch in ("email", "web_form") or r.random() < 0.3:
            out["subject"] = subject
        out["text"] = text
        out["language"] = lang
        out["thread_id"] = thread
        out["source"] = source
        return out

    # ------------------------------------------------------- stateful truth
    def compute_stateful(self):
        by = {}
        for e in self.events:
            if e["direction"] == "inbound":
                by.setdefault(e["cust"]["id"], []).append(e)
        res = {}
        for cid, evs in by.items():
            evs = sorted(evs, key=lambda e: e["t"])
            codes = set()
            # repetition
            dem = {}
            for e in evs:
                dem.setdefault(e["demand"], []).append(e)
            for k, lst in dem.items():
                for i in range(len(lst)):
                    win = [x for x in lst[i:] if (x["t"] - lst[i]["t"]).total_seconds() <= 14 * 86400]
                    if len(win) >= 4 and len({x["t"].astimezone(JST).date() for x in win}) >= 3:
                        codes.add("repetition")
            # off hours
            off = [e for e in evs if self.is_off_hours(e["t"])]
            if len(off) >= 4 and len({e["t"].astimezone(JST).date() for e in off}) >= 3:
                codes.add("off_hours_contact")
            # flood
            for i in range(len(evs)):
                n60 = sum(1 for x in evs[i:] if (x["t"] - evs[i]["t"]).total_seconds() < 3600)
                n24 = sum(1 for x in evs[i:] if (x["t"] - evs[i]["t"]).total_seconds() < 86400)
                if n60 >= 5 or n24 >= 8:
                    codes.add("contact_flood")
            # prolonged
            per_day = {}
            for e in evs:
                if e["channel"] in ("phone", "visit") and e["duration"]:
                    if e["duration"] >= 3600:
                        codes.add("prolonged_contact")
                    dd = e["t"].astimezone(JST).date()
                    per_day[dd] = per_day.get(dd, 0) + e["duration"]
            if any(v >= 7200 for v in per_day.values()):
                codes.add("prolonged_contact")
            res[cid] = codes
        return res

    # ------------------------------------------------------------- run
    def run(self, outdir):
        custs = self.make_customers()
        for c in custs:
            {"normal": self.gen_normal, "legit_complainer": self.gen_legit, "harasser": self.gen_harasser}[c["profile"]](c)
        self.events.sort(key=lambda e: (e["t"], e["cust"]["id"]))
        self.gen_outbound()
        self.events.sort(key=lambda e: (e["t"], e["cust"]["id"], e["direction"]))
        rendered = []
        for e in self.events:
            rendered.append((e, self.render(e)))
        # voicemail: render may have cleared agent
        for e, o in rendered:
            if e["direction"] == "inbound" and e["channel"] == "phone" and e["agent"] is None:
                o["agent_id"] = None
                e["duration"] = o["duration_s"]
        # fix voicemail duration in spec (render chose it)
        for e, o in rendered:
            if e["channel"] == "phone":
                e["duration"] = o["duration_s"]
        rendered.sort(key=lambda p: (p[0]["t"].astimezone(UTC), p[1]["event_id"]))
        stateful = self.compute_stateful()
        ev_labels = {}
        cust_content = {c["id"]: set() for c in custs}
        for e, o in rendered:
            codes = []
            if e["direction"] == "inbound":
                codes = [x for x in CONTENT if any(cd == x for _, cd in e["segs"])]
                cust_content[e["cust"]["id"]].update(codes)
            ev_labels[o["event_id"]] = codes
        customers = {}
        problems = []
        for c in sorted(custs, key=lambda c: c["id"]):
            st = stateful.get(c["id"], set())
            beh = [x for x in ALL_CODES if x in cust_content[c["id"]] or x in st]
            if c["profile"] != "harasser" and beh:
                problems.append((c["id"], c["profile"], beh))
            if c["profile"] == "harasser":
                want = set(c["content"]) | set(c["stateful"])
                if want != set(beh):
                    problems.append((c["id"], "harasser-mismatch", sorted(want), beh))
                if not beh:
                    problems.append((c["id"], "harasser-empty"))
            customers[c["id"]] = {"profile": c["profile"], "behaviors": beh}
        if problems:
            for p in problems:
                print("PROBLEM", p, file=sys.stderr)
            raise SystemExit("label consistency check failed")
        per_code = {x: sum(1 for v in customers.values() if x in v["behaviors"]) for x in ALL_CODES}
        assert min(per_code.values()) >= 7, per_code
        os.makedirs(outdir, exist_ok=True)
        with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8") as f:
            for _, o in rendered:
                f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
        langs = {"ja": 0, "en": 0}
        chans = {}
        for e, o in rendered:
            langs[e["cust"]["lang"]] += 1
            chans[o["channel"]] = chans.get(o["channel"], 0) + 1
        meta = {
            "seed": SEED, "customers": len(custs), "start": str(Q_START), "end": str(Q_END),
            "setting": "Hiroshima outsourced contact centre, 2029 Q4; clients: " + ", ".join(CLIENTS[k]["en"] for k in CLIENTS),
            "counts": {
                "events": len(rendered),
                "inbound": sum(1 for e, _ in rendered if e["direction"] == "inbound"),
                "outbound": sum(1 for e, _ in rendered if e["direction"] == "outbound"),
                "events_with_content_label": sum(1 for v in ev_labels.values() if v),
                "profiles": {p: sum(1 for c in custs if c["profile"] == p) for p in ["normal", "legit_complainer", "harasser"]},
                "customers_per_code": per_code,
                "events_per_content_code": {x: sum(1 for v in ev_labels.values() if x in v) for x in CONTENT},
                "channels": dict(sorted(chans.items())),
                "text_language_true": langs,
                "stateful_only_harassers": sum(1 for v in customers.values() if v["profile"] == "harasser" and not set(v["behaviors"]) & set(CONTENT)),
            },
            "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Sat", "hours": "08:30-19:00",
                         "closed_days_in_range": [str(d) for d in sorted(list(HOLIDAYS) + YEAR_END)] + ["every Sunday"]},
            "stateful_rules": STATEFUL_RULES,
            "agents": {"agt-%03d" % (i + 1): {"ja": a[0], "kana": a[1], "en": a[2]} for i, a in enumerate(AGENTS)},
        }
        with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
            json.dump({"events": ev_labels, "customers": customers, "meta": meta}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python3 gen.py OUTDIR")
    Gen().run(sys.argv[1])
