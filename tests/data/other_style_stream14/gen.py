#!/usr/bin/env python3
"""Blind labelled contact-event stream generator (stream14).

Setting: 2028 Q3, a contact centre in Fukuoka (Asia/Tokyo) serving six clients.
Usage:  python3 gen.py OUTDIR   -> OUTDIR/events.jsonl, OUTDIR/labels.json
Python 3.11 standard library only; fixed seed; byte-identical output on every run.
"""
import hashlib
import json
import os
import random
import sys
from datetime import date, datetime, time, timedelta, timezone

SEED = 141414
JST = timezone(timedelta(hours=9))
Q_START = date(2028, 7, 1)
Q_END = date(2028, 9, 30)
HOLIDAYS = {
    date(2028, 7, 17): "海の日 / Marine Day",
    date(2028, 8, 11): "山の日 / Mountain Day",
    date(2028, 9, 18): "敬老の日 / Respect-for-the-Aged Day",
    date(2028, 9, 22): "秋分の日 / Autumnal Equinox Day",
}
OPEN_T, CLOSE_T = time(9, 0), time(18, 0)

CONTENT_CODES = [
    "excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
    "abusive_language", "legal_threat", "online_defamation_threat", "sexual_harassment",
    "privacy_intrusion", "staff_naming", "pressure_language",
]
STATEFUL_CODES = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL_CODES = CONTENT_CODES + STATEFUL_CODES

# ---------------------------------------------------------------------------
# Agents (Fukuoka centre)
# ---------------------------------------------------------------------------
AGENT_NAMES = [
    ("古賀", "コガ", "Koga"), ("松尾", "マツオ", "Matsuo"), ("中島", "ナカシマ", "Nakashima"),
    ("井上", "イノウエ", "Inoue"), ("田中", "タナカ", "Tanaka"), ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"), ("原田", "ハラダ", "Harada"), ("平田", "ヒラタ", "Hirata"),
    ("堤", "ツツミ", "Tsutsumi"), ("野口", "ノグチ", "Noguchi"), ("江口", "エグチ", "Eguchi"),
    ("末松", "スエマツ", "Suematsu"), ("德永", "トクナガ", "Tokunaga"), ("大坪", "オオツボ", "Otsubo"),
    ("樋口", "ヒグチ", "Higuchi"), ("森", "モリ", "Mori"), ("藤井", "フジイ", "Fujii"),
    ("石橋", "イシバシ", "Ishibashi"), ("宮崎", "ミヤザキ", "Miyazaki"), ("永田", "ナガタ", "Nagata"),
    ("上野", "ウエノ", "Ueno"), ("坂本", "サカモト", "Sakamoto"), ("牟田", "ムタ", "Muta"),
    ("鶴田", "ツルタ", "Tsuruta"), ("久保", "クボ", "Kubo"), ("荒木", "アラキ", "Araki"),
    ("緒方", "オガタ", "Ogata"), ("クラーク", "クラーク", "Clarke"), ("李", "リ", "Lee"),
]
AGENTS = {f"agt-{201 + i}": {"ja": j, "kana": k, "en": e} for i, (j, k, e) in enumerate(AGENT_NAMES)}
AGENT_IDS = list(AGENTS)

# ---------------------------------------------------------------------------
# Clients
# ---------------------------------------------------------------------------
CLIENTS = {
    "rep": {"ja": "ホームリペア九州", "en": "Home Repair Kyushu", "handle": "@homerepair_q",
            "kind": "home-appliance repair service",
            "form_ja": ["修理受付", "見積もり", "保証・部品"], "form_en": ["Repair booking", "Estimate", "Warranty"]},
    "juku": {"ja": "明星ゼミナール", "en": "Meisei Seminar", "handle": "@meisei_semi",
             "kind": "cram school (juku)",
             "form_ja": ["授業・振替", "月謝・お支払い", "入塾・体験"], "form_en": ["Classes", "Tuition", "Enrolment"]},
    "aqua": {"ja": "アクアピュア九州", "en": "AquaPure Kyushu", "handle": "@aquapure_q",
             "kind": "water-server delivery company",
             "form_ja": ["配送", "解約・変更", "サーバー故障"], "form_en": ["Delivery", "Contract", "Server trouble"]},
    "park": {"ja": "ハカタ・ワンダーランド", "en": "Hakata Wonderland", "handle": "@hakata_wonder",
             "kind": "theme park",
             "form_ja": ["チケット", "落とし物", "アトラクション"], "form_en": ["Tickets", "Lost & found", "Attractions"]},
    "pet": {"ja": "ペットあんしん保険", "en": "PetAnshin Insurance", "handle": "@petanshin",
            "kind": "pet-insurance company",
            "form_ja": ["保険金請求", "ご契約内容", "保険料"], "form_en": ["Claims", "Policy", "Premiums"]},
    "car": {"ja": "カーステーション博多", "en": "Car Station Hakata", "handle": "@carstation_hkt",
            "kind": "used-car dealer",
            "form_ja": ["在庫・試乗", "保証・整備", "名義変更・書類"], "form_en": ["Stock & test drive", "Warranty", "Registration"]},
}
CLIENT_IDS = list(CLIENTS)

# ---------------------------------------------------------------------------
# Harassing sentences: 11 content codes x (10 ja + 8 en).  {staff} = agent surname.
# ---------------------------------------------------------------------------
CUES = {
    "excessive_demand": {
        "ja": [
            "こっちは散々待たされたっちゃけん、今回の代金は全額タダにしてもらわんと割に合わんばい。",
            "迷惑料として最低でも十万円は包んでもらわんとね、それが筋やろ。",
            "使った分も含めて、これまで払った分ぜーんぶ返してくれん？一年分まとめて。",
            "ほかの客と同じ扱いじゃ納得いかんけん、うちだけ特別に来年まで無料にしてくれんね。",
            ("rep aqua car", "保証期間とか知らんし。切れとろうがなんだろうが、新品と取り替えるのが当たり前やろうもん。"),
            "つきましては、規約にかかわらず、今後三年間の利用料を免除していただくことを要求いたします。",
            "てか きゃんせるりょう とか ありえんし。ぎゃくに めいわくりょう として さんまんえん ふりこんどいて。",
            "交通費も休んだ分の日当も、全部そっちが持つとが当たり前やろが。ほんなこつ。",
            "まあ、ここは一つＶＩＰ待遇ということで、来月以降の料金は０円にしておいてもらえますよね？",
            "お詫びの気持ちがあるなら、商品券の五万円分くらいは送ってくるとが普通やない？",
        ],
        "en": [
            "I want every cent I've paid back, plus the same again for my trouble.",
            "Reckon you lot owe me a free year on top of a full refund, mate, that's the least you can do.",
            ("park", "I am wanting you to pay my hotel for two more night and also the flight change, all of it."),
            ("park", "Comp my whole family's season passes for next year and we'll call it even."),
            ("rep aqua car", "Warranty or not, you give me a brand new one. Not repaired. NEW."),
            "just refund evrything incl the stuff i already used thx, n add something extra 4 my time",
            "I expect compensation of no less than 200,000 yen for the inconvenience, regardless of what your terms state.",
            "Please you make special price only for me, 50% off forever, because I am very disappointed customer.",
        ],
    },
    "apology_demand": {
        "ja": [
            "土下座して謝らんと許さんけんね。",
            "社長の名前で詫び状書いて、うちに郵送して。手書きでね。",
            "電話で謝って済むと思っとうと？ちゃんと謝罪文ば出しなさい。",
            "上の人が家まで来て頭下げるのが筋やろ。",
            "謝罪の言葉が足りんっちゃない？もう一回、最初から心を込めて謝り直して。",
            "今回の件について、関係者全員の連名による正式な謝罪文を書面でご提出ください。",
            "ごめんなさいの一言もないとかマジありえん。全員で謝ってるとこ動画で送ってきて",
            "あやまりかたが なっとらん。ひざついて あやまるまで ゆるさんけん",
            "謝罪文ば新聞に載せんね、そんくらいせんと気が済まんたい。",
            "担当者に始末書を書かせて、そのコピーを私にも送ってください。それが謝罪でしょう？",
        ],
        "en": [
            "I want a written apology signed by your CEO, on letterhead, posted to my home address.",
            "Get on your knees and say sorry properly. I mean it.",
            "A 'sorry for the inconvenience' email doesn't cut it, mate. I want a proper apology letter from the top bloke.",
            "Every single person who touched my file should apologise to me personally, one by one.",
            "You must to write the apology letter and put it on your homepage so everyone see you are sorry.",
            "sry doesnt cut it. i want ur manager to record a video apology 4 my kids",
            "Apologize again. Slower this time, and like you actually mean it.",
            "I demand a formal apology in writing from the branch manager before I even consider paying.",
        ],
    },
    "in_person_demand": {
        "ja": [
            "電話じゃらちがあかんけん、今から家まで来て説明して。",
            "担当者が直接うちに来て、目の前で説明せんと納得できんばい。",
            "責任者は明日の朝一でうちの店まで来なっせ。",
            "メールじゃなくて顔見て話したいけん、そっちから出向いてきてよ。",
            "本件につきましては、責任者の方に弊社までお越しいただき、対面でご説明いただきたく存じます。",
            "車で迎えに来てくれん？そっちの事務所で直接話すけん。",
            "支店長が駅前のカフェまで来て、会って説明してよ。話はそれからやし",
            "でんわ じゃ わからんけん、うちに きて せつめい してって いいよろうが",
            "どがんしてでん、あんたんとこの上の人がうちさん来て話さんといかんたい。",
            "週末でもよかけん、営業の人がうちまで来て説明すること。これは絶対。",
        ],
        "en": [
            "Forget the phone. Send someone to my apartment today to explain this face to face.",
            "Tell your manager to drive out to my place this arvo, I'm not doing this over email.",
            "I want your branch manager at my house, in person, this week.",
            "You come to my place and explain me directly, I don't talk with phone anymore.",
            "Have someone meet me outside my building at 10 tomorrow. Not a call. In person.",
            "i want 2 meet the guy in charge irl, send him over to my place",
            "I insist that your representative visit my office in person to discuss this matter.",
            "If you can't fix it on the phone, then your boss can come to my door and explain it.",
        ],
    },
    "violence_threat": {
        "ja": [
            "次おうたらただじゃすまんけんね、覚えとき。",
            "なめとったらくらすぞ。",
            "そっちの事務所に灯油持って行ってもよかとぞ。",
            "夜道には気をつけたほうがいいですよ、とだけ言っておきます。",
            "窓口行ってカウンター蹴り飛ばしちゃるけん。",
            "ぬしゃ、ぶったたかるっぞ。",
            "まじでいっぺん殴らんとわからんのかな",
            "そっちいって ぼこぼこに しちゃるけん まっとけ",
            "このままですと、私も何をするか分かりません。ご家族を大切になさってください。",
            "今から包丁持ってそっち行くけん。",
        ],
        "en": [
            "Keep this up and I'll come down there and knock your teeth in.",
            "I'll flatten the next bloke who tells me to wait, fair dinkum.",
            "You better watch your back when you leave work tonight.",
            "If you not fix, maybe I break your office window, I am serious.",
            "I know where your office is. Think about that.",
            "ppl like u get hurt, just saying",
            "Don't make me come down there. You won't like what happens.",
            "I swear I'll come down and wreck that front counter of yours with a baseball bat.",
        ],
    },
    "abusive_language": {
        "ja": [
            "あんた頭悪かとね？何回言わせると、このバカが。",
            "給料泥棒が。こんな仕事しかできんくせに。",
            "{staff}とかいう奴、ほんと使えん。生きとる価値あると？",
            "ほんなこつ、ぬしゃ能なしたい。",
            "は？日本語通じてる？小学生からやり直せば？",
            "さすが御社の社員の方は、揃いも揃って無能でいらっしゃいますね。",
            "おまえみたいな くず に はなす こと なんか ない",
            "女のくせに生意気な口きくな。",
            "ほんっとアホやね、こんなんでよく客商売しよるわ。",
            "お前らゴミみたいな会社のゴミ社員やろ。",
        ],
        "en": [
            "Are you thick or just pretending? Useless.",
            "You absolute galah, put someone on who's got half a brain.",
            "{staff} is the dumbest person I've ever dealt with, honestly pathetic.",
            "You are stupid worker, no brain, why they give you this job.",
            "Wow. Do they hire you people straight out of the trash?",
            "ur an idiot lol. like genuinely",
            "Listen, sweetheart, you're clearly too incompetent to understand simple English.",
            "What a worthless excuse for a customer service rep.",
        ],
    },
    "legal_threat": {
        "ja": [
            "出るところに出てもよかとよ。",
            "弁護士と相談して、損害賠償請求させてもらうけんね。",
            "消費者センターと監督官庁に全部言うけん、覚悟しとき。",
            "誠意あるご回答がない場合、法的措置も辞さない所存です。",
            "こら訴えるしかなかたい、裁判所で会おうや。",
            "訴えたら普通に勝てるっしょこれ。裁判しよっか？",
            "知り合いに弁護士おるけん、内容証明送りつけてやるけんね。",
            "うったえる けん。さいばん で ぜんぶ はっきり させる",
            "役所に通報して、営業停止にしてもらうけんね。",
            "慰謝料請求の訴訟を起こします。ＯＫ？",
        ],
        "en": [
            "My lawyer will be in touch, and we'll be suing for damages.",
            "I'll see you in small claims court. Count on it.",
            "I'm reporting you to the consumer affairs agency and every regulator I can find.",
            "Mate, I'll take this to the ACCC and your Japanese regulator, don't test me.",
            "I will make the lawsuit against your company, my cousin is lawyer in Seoul.",
            "gonna sue u so hard ur company closes lol",
            "Consider this formal notice: unless this is resolved, legal action will follow.",
            "I've already drafted a complaint to the consumer protection bureau. One more excuse and I file it.",
        ],
    },
    "online_defamation_threat": {
        "ja": [
            "このやり取り全部Xに晒すけん。",
            "Googleマップに星1レビュー、家族総出で書き込んじゃるけんね。",
            "あんたの名前と会社名、ネットに載せてもよかと？",
            "通話録音しとるけん、YouTubeに上げて拡散するばい。",
            "地元の掲示板に書いたら、こん辺じゃもう商売できんごつなるばい。",
            "本件の経緯は、私のブログにて実名を挙げて公開させていただきます。",
            "インスタのストーリーで晒しといたけん、見てみ？",
            "ねっとに かきこんで えんじょう させたる",
            "口コミサイトに低評価を百件つけるくらい簡単やけんね。",
            "ＴｉｋＴｏｋで拡散されたくなかったら、さっさと対応して。",
        ],
        "en": [
            "I'm posting this whole chat on Reddit tonight.",
            "Get ready for a one-star on every travel site I can find, mate.",
            "I'll make a TikTok about your company and tag your staff. Watch it go viral.",
            "I will write very bad review in my country travel site, many people will see.",
            "Already screenshotted everything, going on X with your name in it.",
            "gonna tank ur rating on google maps, me n my friends",
            "My blog has 40k followers. Shall I tell them how you treated me?",
            "Fix this or the recording goes on YouTube.",
        ],
    },
    "sexual_harassment": {
        "ja": [
            "声かわいかね〜、彼氏おると？",
            "今度二人でご飯行かん？お姉さんのこと気に入ったっちゃん。",
            "お姉さんのスリーサイズ教えてくれたら許してやるよ。",
            "どんな下着つけとると？",
            "あんた、よか声しとるね〜、ちょっと色っぽか話でもせんね？",
            "担当の方は大変お綺麗だと伺いました。ぜひ一度、個人的にお食事でもいかがでしょう。",
            "てか声エロくない？もっと喋って",
            "おねえさん かわいいけん ちゅー してくれたら ゆるす",
            "次の担当は若い女の子にして。胸の大きい子ね。",
            "デートしてくれたら解約せんでやるけど？",
        ],
        "en": [
            "You sound cute. Are you single?",
            "Bet you look a treat in that uniform, love.",
            "Tell me what you're wearing and I'll calm down.",
            "You are beautiful voice, we go for drink together after your work, only two of us ok?",
            "send me a pic of urself and i'll drop the complaint ;)",
            "Why don't you come sit on my lap and we'll sort this out.",
            "Honestly the only reason I keep calling is your sexy voice.",
            "Put the pretty girl from last time on, the one with the nice legs.",
        ],
    },
    "privacy_intrusion": {
        "ja": [
            "{staff}さんってどこに住んどると？最寄り駅だけでも教えて。",
            "あんたの個人の携帯番号教えてよ、そっちに直接かけるけん。",
            "{staff}のシフト何時に終わると？裏口で待っとくけん。",
            "この前、天神で{staff}さん見かけたよ。写真撮っといた。",
            "{staff}様のご自宅のご住所を伺えますか。個人的にお礼の品をお送りしたいので。",
            "あんたの家、どこらへんね？下通の近くやろ、見たことあるばい。",
            "LINE交換しよ？個人のID教えて",
            "{staff}さんの いえ どこ？ あとで いってみる けん",
            "{staff}のインスタ見つけたけん、フォローしといたわ。",
            "{staff}さんが何曜日に出勤しとるか教えて。その日に電話するけん。",
        ],
        "en": [
            "What's {staff}'s home address? I want to send something.",
            "Give me your personal number, not this hotline.",
            "What time does {staff} knock off? I'll wait out the front.",
            "I saw {staff} at Hakata station yesterday, got a photo too.",
            "Please tell me where {staff} living, which area, I want to visit and talk.",
            "found ur facebook btw. nice dog",
            "Which days is {staff} working? I'll only call on those days.",
            "I'll be waiting by the staff exit when your shift ends.",
        ],
    },
    "staff_naming": {
        "ja": [
            "{staff}ば出して。あんたとは話さん。",
            "{staff}をクビにせんと気が済まん。",
            "前の{staff}って人、まだおると？あの人辞めさせてよ。",
            "{staff}以外は信用できんけん、毎回{staff}につないで。",
            "{staff}氏を担当から外し、処分した上で、その結果をご報告ください。",
            "{staff}はおらんと？あん人ば出さんね。",
            "{staff}ってやつ出して。出すまで切らんけん",
            "{staff} を だせ。はやく。",
            "{staff}の上司の名前も教えて。そいつにも責任取らせるけん。",
            "担当の{staff}は処分されたとですか？どうなったか報告して。",
        ],
        "en": [
            "Put {staff} on. Nobody else.",
            "I want {staff} fired, and I want confirmation in writing.",
            "Where's {staff}? Get {staff} on the blower, I'm not talking to anyone else.",
            "I want only {staff} answer me, every time, other staff no.",
            "Has {staff} been disciplined yet? I'm asking again.",
            "take {staff} off my case and tell me what punishment they got",
            "I'll keep calling until {staff} picks up personally.",
            "Tell {staff}'s supervisor I want {staff} removed from the front desk.",
        ],
    },
    "pressure_language": {
        "ja": [
            "これのせいで仕事にならんとよ、どげんしてくれると？",
            "致命的なミスやろこれ、分かっとると？",
            "うちは多大な損害を被っとるとですよ。",
            "今すぐ対応しろって言いよるやろ。",
            "今日中に何とかせんと、どがんもこがんもならんとぞ。すぐやらんね。",
            "一刻の猶予もございません。本日中のご対応を強く求めます。",
            "ありえんくらいヤバい状況なんやけど、5分以内に折り返して",
            "いますぐ なんとか しろ。まてん",
            "こっちは一日何十万の損失出とるっちゃけん、最優先でやって。",
            "これは重大な過失です。１時間以内に回答しなさい。",
        ],
        "en": [
            "This is costing me thousands every hour, fix it NOW.",
            "Totally unacceptable. Catastrophic. I need this handled immediately.",
            "Mate, this is a complete disaster, sort it out right now, not tomorrow.",
            "This is very very critical problem, you must solve in 10 minutes.",
            "I can't do my job because of you people, drop everything and deal with me.",
            "asap. like ASAP asap. no excuses",
            "You have one hour. Not a minute more.",
            "This has caused enormous damage to my business and it takes priority over everything.",
        ],
    },
}

# ---------------------------------------------------------------------------
# Ordinary questions (normal customers), per client
# ---------------------------------------------------------------------------
QUESTIONS = {
    "rep": {
        "ja": [
            "洗濯機から変な音がするっちゃけど、出張修理って頼めますか？",
            "エアコンの修理の見積もりって無料ですか？",
            "冷蔵庫が冷えんくなったけん、修理の予約ばしたいです。いつ空いとりますか？",
            "修理の訪問日、来週の水曜に変えてもらえます？",
            "保証書なくしたっちゃけど、購入日がわかるレシートがあれば大丈夫ですか？",
            "電子レンジのドアが閉まらんごとなった。部品だけ取り寄せできる？",
            "先週修理してもらった食洗機、ちゃんと動いとります。ありがとうございました。",
        ],
        "en": [
            "My washing machine is making a grinding noise. Can someone come take a look?",
            "Hi, is the repair estimate free or is there a call-out fee?",
            "The aircon in my apartment stopped blowing cold air. When is the earliest repair slot?",
            "Can I change my technician visit to Thursday afternoon please?",
            "I don't have the warranty card, only the receipt. Is that ok?",
            "G'day, the fridge has carked it, reckon you could send a tech this week?",
        ],
    },
    "juku": {
        "ja": [
            "来週の数学の授業、部活の試合があるけん振替できますか？",
            "夏期講習の申し込みってまだ間に合いますか？",
            "体験授業ば受けたいっちゃけど、中2からでも大丈夫？",
            "月謝の引き落とし日って何日でしたっけ？",
            "息子がお盆明けから塾に戻るので、教材を準備しておいてもらえると助かります。",
            "模試の結果っていつ返ってくると？",
            "自習室って土曜も使えますか？",
        ],
        "en": [
            "Hello, my daughter is 12 and speaks little Japanese. Do you have English support classes?",
            "Can my son switch his Tuesday class to Thursday?",
            "What is the monthly fee for the high school entrance exam course?",
            "We are moving to Fukuoka in August for my husband's job, can she join in September?",
            "How do I pay the summer course fee with a foreign bank card?",
        ],
    },
    "aqua": {
        "ja": [
            "次の配送日、8月の第2週にずらせますか？",
            "ボトルがまだ3本余っとるけん、今月はお休みしたかです。",
            "サーバーの温水が出らんとですけど、どうしたらよかですか？",
            "引っ越すけん住所変更お願いします。熊本市内です。",
            "空きボトルの回収っていつ来ると？",
            "解約する場合、違約金はいくらかかりますか？",
            "チャイルドロックの外し方ば教えてください。",
        ],
        "en": [
            "Hi, can I skip next month's delivery? We'll be travelling.",
            "The hot water button doesn't work, is there a reset?",
            "I'm moving apartments within Fukuoka, how do I update my address?",
            "How many empty bottles can you pick up at once?",
            "Do you have an English contract? My Japanese reading is not so good.",
        ],
    },
    "park": {
        "ja": [
            "雨の日でもアトラクションって動いとりますか？",
            "年パスの更新ってネットでできますか？",
            "昨日パークに帽子を落としたっちゃけど、届いてないですか？",
            "車いすの貸し出しってありますか？",
            "夏休みの夜の花火、何時からですか？",
            "ベビーカーで入れるエリアを教えてください。",
            "再入場ってできると？お昼だけ外で食べたかっちゃけど。",
        ],
        "en": [
            "Hi! We're visiting from Singapore next week, can we buy tickets at the gate?",
            "Is the roller coaster open on Monday? My kids are so excited.",
            "I think I left my sunglasses near the food court yesterday, did anyone hand them in?",
            "Do you reckon it'll be packed on a Saturday arvo in August?",
            "Do you have halal food options inside the park?",
            "Is there luggage locker near entrance? We come straight from airport.",
            "Bonjour, is the park accessible with a stroller everywhere?",
        ],
    },
    "pet": {
        "ja": [
            "うちの犬が昨日から下痢しとって病院行ったっちゃけど、これって保険おりますか？",
            "保険金の請求書類ってどこからダウンロードすると？",
            "猫を新しく飼ったので追加で加入したいです。",
            "更新の時に保険料って上がるとですか？",
            "口座振替からクレジットカード払いに変えたいです。",
            "ワクチン接種って補償の対象ですか？",
        ],
        "en": [
            "Hi, my dog had surgery last week, how do I submit a claim?",
            "Does the policy still cover my cat if we move back to the US?",
            "What's the waiting period before coverage starts?",
            "Can I add a second dog to the same policy?",
            "The claim form is only in Japanese, is there an English version?",
        ],
    },
    "car": {
        "ja": [
            "ネットに載っとるアクア、試乗できますか？",
            "この車、車検の残りってどれくらいありますか？",
            "ローンの審査って何日くらいかかると？",
            "下取りの査定だけお願いできますか？",
            "納車の日、土曜の午前に変更できますか？",
            "保証の内容をもう一回教えてもらえますか。",
        ],
        "en": [
            "Hi, I'm on a work visa, can I get a car loan?",
            "Is the blue Fit still available? Can I test drive it on Saturday?",
            "G'day, after a cheap little kei car for getting around, what've you got under 500k?",
            "Do you handle the parking certificate (shako shomei) paperwork?",
            "What is the warranty on used cars? My Japanese is not so good, sorry.",
        ],
    },
}

# ---------------------------------------------------------------------------
# Real grievances (wrap harassment; also the base of legitimate complaints)
# ---------------------------------------------------------------------------
GRIEVANCES = {
    "rep": {
        "ja": [
            "先週修理してもらった洗濯機、もう同じエラーが出とるっちゃけど。",
            "訪問の約束で朝から一日待っとったのに、誰も来んかった。",
            "見積もりより2万円も高い請求が来とるとですけど。",
            "修理に出したエアコン、返ってきたら傷がついとった。",
            "部品待ちって言われて、もう三週間たっとるばい。",
        ],
        "en": [
            "The washer you 'fixed' last week is showing the same error code again.",
            "I took a day off work and the technician never showed up.",
            "The bill is 20,000 yen more than the estimate you gave me.",
            "My fridge came back from repair with a big dent in the door.",
        ],
    },
    "juku": {
        "ja": [
            "先月やめたとに、今月も月謝が引き落とされとる。",
            "講師がころころ変わって、子どもが授業についていけとらん。",
            "振替授業の予約したのに、行ったら席がなかって言われた。",
            "夏期講習のテキスト代、説明になかったっちゃけど。",
            "成績表、うちの子のと別の子のが入れ違いで届いとった。",
        ],
        "en": [
            "We cancelled last month but the tuition was still taken from my account.",
            "My son's teacher changed three times this term and he's falling behind.",
            "Nobody told us about the extra textbook fee for the summer course.",
            "We got another kid's report card in our envelope. That's not okay.",
        ],
    },
    "aqua": {
        "ja": [
            "配送予定日に水が届いとらん。もう残り一本もないとよ。",
            "サーバーの下から水漏れして、床がびしょびしょになった。",
            "解約したはずやのに、また請求が来とる。",
            "届いたボトルが潰れとって、中身が漏れとった。",
            "配達の人が玄関前に置いて帰って、ボトルが炎天下で熱々になっとった。",
        ],
        "en": [
            "Our delivery didn't come on the scheduled day and we're completely out of water.",
            "The server is leaking from underneath and soaked my floorboards.",
            "I cancelled in June and I'm still being charged.",
            "Two bottles arrived cracked and leaking all over the entrance.",
        ],
    },
    "park": {
        "ja": [
            "目当てのアトラクションが当日いきなり休止で、何のために来たとかわからん。",
            "ネットで買ったチケットのQRが読み取れんで、入口で30分待たされた。",
            "優先パス買ったのに、結局普通の列と変わらんかった。",
            "レストランで注文と違うものが出てきて、アレルギーのある子どもが食べられんかった。",
            "台風で閉園したのに、チケットの払い戻しの案内が来とらん。",
        ],
        "en": [
            "We flew in from Bangkok and the main coaster was closed without any notice.",
            "The QR code on our online tickets wouldn't scan, we waited 40 minutes at the gate.",
            "Paid for express passes and still queued over an hour for every ride.",
            "The park closed for the typhoon and I haven't heard anything about a refund.",
            "The restaurant served my son a dish with peanuts after we told them about his allergy.",
        ],
    },
    "pet": {
        "ja": [
            "保険金の請求から一か月以上たっとるのに、まだ振り込まれとらん。",
            "通院も補償って聞いとったとに、対象外って言われた。",
            "保険料が更新で倍近く上がっとって、説明もなかった。",
            "書類不備って言われて、三回も出し直したとよ。",
            "電話がつながらんで、問い合わせに一週間かかった。",
        ],
        "en": [
            "I submitted the claim five weeks ago and still haven't been paid.",
            "I was told outpatient visits were covered and now you say they're not.",
            "My premium nearly doubled at renewal with zero explanation.",
            "You've asked me to resubmit the same documents three times now.",
        ],
    },
    "car": {
        "ja": [
            "買って二週間でエンジンの警告灯がついた。",
            "修復歴なしって書いとったとに、点検で事故車って言われた。",
            "名義変更がまだ終わっとらんで、自動車税の通知が前の持ち主に行っとる。",
            "納車の日が二回も延期されとる。",
            "エアコンが効かんで、保証で直すって言われたまま連絡がない。",
        ],
        "en": [
            "Two weeks after I bought the car the engine warning light came on.",
            "The listing said no accident history and my mechanic says it's been in a crash.",
            "The registration transfer still isn't done and I can't sort out insurance.",
            "You've pushed the delivery date back twice now.",
        ],
    },
}

# Fair asks that follow a real grievance (legitimate complainers)
FAIR_ASKS = {
    "ja": [
        "規約に書いてある通り、返金の手続きをお願いします。",
        "保証期間内なので、無償で直してもらえますか。",
        "正直かなり腹が立っとります。でも、まずは原因と今後の対応を教えてください。",
        "ちゃんと説明してもらえれば納得しますけん、折り返しお願いします。",
        "こういうことが二度とないようにしてほしかです。",
        "今回の分の料金は、契約どおり差し引いてもらえますか。",
        "担当の方が悪いとは思っとらんけど、会社としてどう対応するか知りたいです。",
        "こんなずさんな対応、ほんとありえんと思います。いつ解決するか日付で教えてください。",
        "いっちょん連絡がこんけん不安です。進み具合だけでも教えてください。",
    ],
    "en": [
        "Per your terms this should be refundable, so please process it.",
        "It's still under warranty, so I expect it to be fixed at no cost.",
        "I'm honestly furious, but I just want to know what happened and what you'll do about it.",
        "Please call me back with a clear explanation and a date.",
        "I'd like the charge reversed, as your cancellation policy allows.",
        "Look, I'm not having a go at you personally, just sort it out properly, yeah?",
        "This is the worst service I've had all year. Please fix it and tell me when.",
        "I'm not angry at you, I'm angry at the situation. What are my options?",
    ],
}

# Hard negatives: (client or "*", text)
HARD_NEG = {
    "ja": [
        ("park", "あのジェットコースター、死ぬほど怖かったけど子どもが大喜びでした！"),
        ("park", "暑さが殺人的やけん、待ち列のミストをもうちょっと増やしてほしいです（要望です）。"),
        ("rep", "見積もりが安すぎて心臓止まるかと思いました（笑）ほんとにこの値段でよかとですか？"),
        ("juku", "夏期講習、息子が『頭が爆発しそう』って言いながら頑張っとります。"),
        ("*", "ネットの口コミで対応が悪いって書かれとったけど、全然そんなことなかったです。"),
        ("aqua", "Googleのレビューで水漏れの話を見たけん、うちのサーバーも念のため点検してほしいです。"),
        ("pet", "知恵袋に保険金がなかなか下りんって書いてあって不安になったっちゃけど、審査ってどれくらいかかりますか？"),
        ("*", "{staff}さんがめっちゃ丁寧に説明してくれて助かりました。よろしく伝えてください。"),
        ("*", "前回の{staff}さんの説明がわかりやすかったけん、また同じ方だと嬉しかです。無理なら大丈夫です。"),
        ("*", "私自身が弁護士で平日の日中は裁判所におることが多いので、連絡はメールでお願いします。"),
        ("car", "父の相続のことは弁護士さんにお願いしとるので、車の名義変更に必要な書類を教えてもらえますか。"),
        ("aqua", "至急すみません！サーバーの下から水が漏れよるっちゃけど、止め方だけ教えてください。"),
        ("park", "急ぎでごめんなさい、明日の朝の便で帰るので、落とし物をホテルに送ってもらうことはできますか？"),
        ("rep", "修理の人に来てもらう日、土曜の午前でもいけますか？"),
        ("car", "一度お店に伺って、実車を見てから決めたいです。何時まで開いとりますか？"),
        ("juku", "三者面談の日程、来週の金曜の夕方で調整できますか？"),
        ("park", "最高の一日でした！インスタに写真載せてもよかですか？"),
        ("rep", "致命的な故障ではなかとですけど、リモコンの反応が少し悪いです。"),
        ("aqua", "仕事にならんくらい忙しい時期なので、配送は夜の時間帯でお願いしたいです。"),
        ("pet", "うちの子、手術のあと元気すぎて家の中で暴れまわっとります（笑）ありがとうございました。"),
        ("*", "大至急ではないとですけど、今週中に返事もらえると助かります。"),
    ],
    "en": [
        ("park", "That drop tower absolutely killed me, best ride ever!"),
        ("park", "The kids were dying to go again, can we upgrade our day pass to two days?"),
        ("rep", "The new compressor is killing it, the fridge is colder than ever. Thanks!"),
        ("*", "I read some bad reviews on Google about refunds, so I just want to check how your cancellation works."),
        ("park", "Saw a Reddit thread saying August is super crowded. Any quieter days you'd recommend?"),
        ("*", "{staff} was brilliant on the phone yesterday, please pass on my thanks."),
        ("*", "If {staff} is around that'd be great since they know my file, but anyone is fine."),
        ("*", "I'm a lawyer myself so I'm in court most days. Email works best for me."),
        ("car", "Our lawyer is handling my late father's estate. What documents do you need to transfer the car?"),
        ("park", "Sorry for the rush, our flight is tomorrow morning. Could you ship the lost item to our hotel?"),
        ("aqua", "Urgent-ish: the server is dripping onto the floor, how do I shut it off?"),
        ("rep", "Could the technician come to my place on Saturday morning?"),
        ("car", "I'd like to come by the lot and see the car in person before deciding. Open Sundays?"),
        ("*", "Loved it! Will definitely leave you a 5-star review."),
        ("rep", "Not critical at all, but the remote lags a bit."),
        ("car", "My daughter Sue will pick up the car on Friday, is that ok?"),
        ("park", "Had a mild panic attack on the coaster lol, 10/10 would ride again"),
        ("juku", "Could we meet the teacher in person at the school to discuss her progress? Any weekday evening works."),
        ("pet", "Our cat is a little monster after the surgery, climbing everything. Thanks for covering it so fast!"),
    ],
}

# Repetition openers (same demand restated), off-hours urgency lines, flood nudges
REPEAT_OPEN = {
    "ja": ["昨日も言ったっちゃけど、", "何回も言いよるけど、", "もう一回言うね。", "前回の電話の続きです。",
           "先日と同じ件です。", "再度のお願いです。", "また同じこと聞くけど、", "まだ返事もらえとらんけん、もう一回。"],
    "en": ["Again: ", "Following up AGAIN on the same thing. ", "As I said yesterday, ", "Asking one more time: ",
           "Same question as before. ", "Re-sending this: ", "Still the same issue. ", "For the record, again: "],
}
REPEAT_ASK = {
    "ja": ["この件、どうなっとると？回答ください。", "いつ解決すると？日付で教えて。", "結局どうしてくれるとですか。",
           "返事をお待ちしています。", "ちゃんと答えてくれん？"],
    "en": ["What is happening with this? I need an answer.", "When will this be resolved? Give me a date.",
           "So what are you going to do about it?", "Waiting for your reply.", "Can someone actually answer me?"],
}
OFF_URGENT = {
    "ja": ["至急連絡ください。", "緊急です。朝一で電話ください。", "【至急】折り返しお願いします。", "夜分にすみませんが緊急です。",
           "休みとか関係なかけん、至急で。", "至急！！", "緊急なので、見たらすぐ連絡ください。"],
    "en": ["URGENT, call me back.", "Urgent!! Please reply first thing.", "Emergency - need a response.",
           "I know it's the weekend but this is urgent.", "URGENT URGENT", "Please treat this as urgent."],
}
NUDGES = {
    "ja": ["まだ？", "おーい", "見とる？", "返事は？", "電話出て", "？？？", "既読ついとるやろ", "はよ", "まだですか",
           "ちょっと", "無視せんで", "折り返しまだ？"],
    "en": ["hello??", "still waiting", "anyone there?", "???", "reply pls", "pick up the phone", "hellooo",
           "seriously?", "answer me", "waiting...", "u there?"],
}
THANKS = {
    "ja": ["対応ありがとうございました。助かりました。", "無事に解決しました、ありがとうございます。",
           "返金確認できました。ありがとうございました。", "ありがとうございます、了解です〜"],
    "en": ["Thanks, that's sorted now.", "Refund received, thank you.", "All good now, cheers!", "Thank you for fixing it."],
}
LONG_LOOP = {
    "ja": ["納得いかん。もう一回最初から説明して。", "いや、そこがわからんって言いよると。", "さっきの話と違うやん。",
           "だけん、なんでそうなると？", "それは聞いた。で？", "ちょっと待って、メモするけん。もう一回。"],
    "en": ["I don't get it. Explain it again from the start.", "No, that's not what I asked.", "That's different from what you said before.",
           "So why is that the case?", "I heard that already. And?", "Hang on, let me write this down. Again please."],
}

# Agent lines (neutral; never contain cues)
AG_GREET = {
    "ja": ["お電話ありがとうございます。{client}サポートの{agent}でございます。", "お待たせいたしました、{agent}です。",
           "はい、{client}カスタマーセンター、{agent}が承ります。", "{client}でございます。担当の{agent}です。"],
    "en": ["Thank you for calling {client}, this is {agent}.", "Hello, {client} support, {agent} speaking.",
           "Thanks for holding, my name is {agent}. How can I help?", "{client} customer centre, {agent} here."],
}
AG_RESP = {
    "ja": ["ご不便をおかけして申し訳ございません。", "確認いたしますので、少々お待ちください。",
           "担当部署に確認のうえ、折り返しご連絡いたします。", "恐れ入りますが、ご契約番号をお伺いできますか。",
           "ご説明が不十分で失礼いたしました。", "かしこまりました。", "状況を確認させていただきます。"],
    "en": ["I'm sorry for the trouble.", "Let me check that for you.", "I'll confirm with the team and call you back.",
           "Could I have your booking or contract number?", "Understood.", "Thanks for your patience."],
}
AG_FIRM = {
    "ja": ["申し訳ございませんが、そのご要望にはお応えいたしかねます。", "落ち着いてお話しいただけますでしょうか。",
           "規約に沿ったご対応となります。",
           "お電話でご説明させていただきます。", "このようなお話が続く場合、通話を終了させていただきます。"],
    "en": ["I'm afraid we can't accommodate that request.", "Please let me finish explaining.",
           "We can only act within the terms of your contract.",
           "I'll explain everything over the phone.", "If this continues I'll have to end the call."],
}
AG_CUE = {
    "excessive_demand": ("規約を超えるご補償はいたしかねます。", "I'm afraid compensation beyond the terms isn't possible."),
    "apology_demand": ("ご不快な思いをおかけした点はお詫びいたしますが、そのご要望にはお応えいたしかねます。",
                       "I'm sorry you were upset, but we can't provide that."),
    "in_person_demand": ("ご訪問でのご説明はいたしかねますので、このお電話でご説明いたします。",
                         "We can't send anyone out for that, but I can explain everything now."),
    "violence_threat": ("そのようなご発言はお控えください。続く場合は通話を終了いたします。",
                        "Please don't speak like that. If it continues I'll end the call."),
    "abusive_language": ("落ち着いてお話しいただけますでしょうか。", "Let's please keep this respectful."),
    "legal_threat": ("法的なお手続きはお客様のご判断となります。当社の見解をご説明いたします。",
                     "That's your decision to make; I can only explain our position."),
    "online_defamation_threat": ("ご意見として承ります。当社で可能な対応をご説明いたします。",
                                 "Understood. Let me explain what we can do."),
    "sexual_harassment": ("業務に関係のないご質問にはお答えできません。", "That's not appropriate. Let's stay on your enquiry."),
    "privacy_intrusion": ("従業員個人に関する情報はお伝えできません。", "I can't share personal information about staff."),
    "staff_naming": ("担当者のご指名はお受けしておりません。本日は私が承ります。",
                     "We don't assign staff by request; I'm handling your case today."),
    "pressure_language": ("順番に対応しておりますので、確認でき次第ご連絡いたします。",
                          "We're working through it in order; I'll get back to you as soon as it's checked."),
}
CUST_CLOSE = {
    "ja": ["ありがとうございます。", "わかりました、よろしくお願いします。", "助かりました〜", "了解です、お願いします。"],
    "en": ["Okay, thanks!", "Cheers mate.", "Thank you very much.", "Great, thanks a lot."],
}
HAR_CLOSE = {"ja": ["もうよか、また電話するけん。", "はいはい。", "ふーん。"], "en": ["Whatever. I'll call back.", "Fine.", "We'll see."]}

OUT_NORMAL = {
    "ja": ["お問い合わせありがとうございます。ご依頼の件、手続きが完了いたしました。",
           "ご連絡ありがとうございます。ご指定の日程で承りました。",
           "お問い合わせいただきありがとうございます。詳細は添付のご案内をご確認ください。",
           "担当部署に確認いたしましたので、ご案内いたします。ご不明点があればお気軽にどうぞ。"],
    "en": ["Thank you for contacting us. Your request has been completed.",
           "Thanks for your message. We've booked the date you asked for.",
           "Thank you for your enquiry. Please see the attached guide for details.",
           "We checked with the team; here is the information you asked for. Let us know if anything is unclear."],
}
OUT_LEGIT = {
    "ja": ["この度はご迷惑をおかけし、誠に申し訳ございません。規約に基づき返金の手続きを進めております。",
           "ご不便をおかけし申し訳ございません。無償での再対応を手配いたしました。",
           "ご指摘ありがとうございます。原因を調査し、結果を今週中にご報告いたします。"],
    "en": ["We're very sorry for the trouble. Your refund is being processed under our terms.",
           "Apologies for the inconvenience. We've arranged a free re-service.",
           "Thank you for flagging this. We're investigating and will report back this week."],
}
OUT_FIRM = {
    "ja": ["ご要望を検討いたしましたが、規約を超えるご対応はいたしかねます。",
           "恐れ入りますが、従業員個人に関するお問い合わせにはお答えできません。",
           "ご訪問のご要望にはお応えできかねますので、お電話またはメールにてご説明いたします。",
           "今後、威圧的なご発言が続く場合は対応を終了させていただくことがございます。",
           "お問い合わせの件は、前回ご案内した内容から変更はございません。"],
    "en": ["We have reviewed your request, but we cannot go beyond the terms of your contract.",
           "We are unable to share any personal information about our staff.",
           "We can't arrange a visit; we're happy to explain by phone or email.",
           "If intimidating remarks continue, we may have to end our support for this matter.",
           "There is no change from the answer we gave you previously."],
}

EMAIL_OPEN = {"ja": ["お世話になっております。", "お問い合わせです。", "", "すみません、", "こんにちは。"],
              "en": ["Hi,", "Hello,", "Dear Sir or Madam,", "", "Hi there,", "G'day,"]}
EMAIL_CLOSE = {"ja": ["よろしくお願いいたします。", "以上です。", "", "よろしくです。"],
               "en": ["Thanks,", "Regards,", "", "Cheers,", "Best,"]}
SUBJ = {
    "question": {"ja": ["お問い合わせ", "質問です", "{client}について", "ご相談"], "en": ["Question", "Enquiry", "Quick question", "Booking"]},
    "complaint": {"ja": ["請求について", "苦情", "対応について", "再度のお問い合わせ", "まだ解決していません"],
                  "en": ["Complaint", "Still waiting", "Problem with my order", "Re: my case", "Not happy"]},
    "urgent": {"ja": ["【至急】", "緊急", "【緊急】対応願います"], "en": ["URGENT", "Urgent - please read", "EMERGENCY"]},
}

# ---------------------------------------------------------------------------
# Sources / timestamp formats
# ---------------------------------------------------------------------------
SOURCES = {
    "phone": [("pbx-fukuoka", "jst"), ("pbx-fukuoka-b", "z")],
    "email": [("mail-gw", "z"), ("zendesk", "zms")],
    "web_form": [("web-form", "jst")],
    "chat": [("chat-widget", "jstms")],
    "sns": [("line-official", "jst"), ("x-dm", "utcms"), ("instagram-dm", "z")],
    "visit": [("counter-log", "jst")],
}


def fmt_ts(dt, style, rng):
    if style == "jst":
        return dt.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S+09:00")
    if style == "jstms":
        d = dt.astimezone(JST)
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+09:00" % (d.microsecond // 1000)
    u = dt.astimezone(timezone.utc)
    if style == "z":
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "zms":
        return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+00:00" % (u.microsecond // 1000)


# ---------------------------------------------------------------------------
# Calendar helpers
# ---------------------------------------------------------------------------
ALL_DAYS = [Q_START + timedelta(days=i) for i in range((Q_END - Q_START).days + 1)]
BIZ_DAYS = [d for d in ALL_DAYS if d.weekday() < 5 and d not in HOLIDAYS]
CLOSED_DAYS = [d for d in ALL_DAYS if d.weekday() >= 5 or d in HOLIDAYS]


def is_off_hours(dt):
    d = dt.astimezone(JST)
    if d.weekday() >= 5 or d.date() in HOLIDAYS:
        return True
    t = d.time()
    return t < OPEN_T or t >= CLOSE_T


def at(day, minutes):
    return datetime.combine(day, time(0, 0), JST) + timedelta(minutes=minutes)


def biz_dt(rng, day):
    return at(day, rng.randint(9 * 60 + 3, 17 * 60 + 35)) + timedelta(seconds=rng.randrange(60))


def off_dt(rng, day):
    """A time outside support hours on `day`."""
    if day.weekday() >= 5 or day in HOLIDAYS:
        m = rng.choice([rng.randint(7 * 60, 23 * 60 + 50), rng.randint(10 * 60, 21 * 60)])
    else:
        m = rng.choice([rng.randint(18 * 60 + 5, 23 * 60 + 55), rng.randint(5 * 60 + 30, 8 * 60 + 50),
                        rng.randint(0, 2 * 60 + 30)])
    return at(day, m) + timedelta(seconds=rng.randrange(60))


def next_biz_dt(rng, after, min_delay_min=15, max_delay_min=1500):
    t = after + timedelta(minutes=rng.randint(min_delay_min, max_delay_min))
    for _ in range(20):
        d = t.astimezone(JST)
        if d.date() > Q_END:
            return None
        if not is_off_hours(d) and d.time() <= time(17, 45):
            return d
        day = d.date()
        if d.time() >= time(17, 45) or day.weekday() >= 5 or day in HOLIDAYS:
            day = day + timedelta(days=1)
        while day.weekday() >= 5 or day in HOLIDAYS:
            day += timedelta(days=1)
        t = at(day, 9 * 60 + rng.randint(5, 150))
    return None


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------
FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def to_fullwidth(s):
    return "".join(FW.get(ch, ch) for ch in s)


def ja_variant(s, style):
    if style == "halfpunct":
        return s.replace("。", "｡").replace("、", "､").replace("「", "｢").replace("」", "｣")
    if style == "fullwidth":
        return to_fullwidth(s)
    return s


def en_typo(rng, s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.counter = 0
        self.events = []      # (utc_dt, event_dict)
        self.labels = {}      # event_id -> codes
        self.meta_ev = {}     # event_id -> internal info for stateful computation
        self.tkt = 410000

    def eid(self):
        self.counter += 1
        return "ev-" + hashlib.sha1(f"{SEED}:{self.counter}".encode()).hexdigest()[:16]

    def thread(self, channel):
        r = self.rng
        if channel == "email":
            return "th-" + hashlib.sha1(f"th{SEED}:{self.counter}:{r.random()}".encode()).hexdigest()[:10]
        if channel == "web_form":
            self.tkt += r.randint(3, 97)
            return f"TKT-{self.tkt}"
        if channel == "chat":
            return "chat-" + hashlib.sha1(f"ch{SEED}:{self.counter}:{r.random()}".encode()).hexdigest()[:10]
        if channel == "sns":
            return r.choice([None, "dm-" + hashlib.sha1(f"dm{self.counter}".encode()).hexdigest()[:8]])
        return None


# ---------------------------------------------------------------------------
# Customers and plans
# ---------------------------------------------------------------------------
N_CUSTOMERS = 400
N_NORMAL, N_LEGIT, N_HARASS = 280, 48, 72


def harasser_plans():
    plans = []
    for st in (["repetition"], ["repetition"], ["repetition"], ["off_hours_contact"], ["off_hours_contact"],
               ["off_hours_contact"], ["contact_flood"], ["contact_flood"], ["contact_flood"],
               ["prolonged_contact"], ["prolonged_contact"], ["prolonged_contact"],
               ["repetition", "off_hours_contact"], ["contact_flood", "prolonged_contact"]):
        plans.append(([], list(st)))
    n_content = N_HARASS - len(plans)
    for i in range(n_content):
        codes = [CONTENT_CODES[i % 11]]
        if i % 2 == 0:
            c = CONTENT_CODES[(i * 7 + 3) % 11]
            if c not in codes:
                codes.append(c)
        if i % 5 == 0:
            c = CONTENT_CODES[(i * 3 + 5) % 11]
            if c not in codes:
                codes.append(c)
        extra = {1: "legal_threat", 13: "legal_threat", 27: "legal_threat", 7: "violence_threat",
                 19: "privacy_intrusion", 33: "violence_threat", 41: "privacy_intrusion"}.get(i)
        if extra and extra not in codes and len(codes) < 3:
            codes.append(extra)
        st = [STATEFUL_CODES[(i // 3) % 4]] if i % 3 == 0 else []
        plans.append((codes, st))
    return plans


def pick_channel(rng, lang, client, allow_visit=True):
    if lang == "en" and client == "park":
        w = {"phone": 18, "email": 26, "web_form": 20, "chat": 22, "sns": 12, "visit": 2}
    elif lang == "en":
        w = {"phone": 24, "email": 26, "web_form": 14, "chat": 20, "sns": 12, "visit": 4}
    else:
        w = {"phone": 34, "email": 16, "web_form": 14, "chat": 18, "sns": 14, "visit": 4}
    if not allow_visit:
        w.pop("visit")
    keys = list(w)
    return rng.choices(keys, weights=[w[k] for k in keys])[0]


def build_customers(rng):
    profiles = ["normal"] * N_NORMAL + ["legit_complainer"] * N_LEGIT + ["harasser"] * N_HARASS
    rng.shuffle(profiles)
    plans = harasser_plans()
    rng.shuffle(plans)
    custs = []
    ids = rng.sample(range(1000, 9999), N_CUSTOMERS)
    hi = 0
    for n, prof in enumerate(profiles):
        lang = "ja" if rng.random() < 0.52 else "en"
        if lang == "en":
            client = rng.choices(CLIENT_IDS, weights=[12, 9, 14, 30, 15, 20])[0]
            voice = rng.choices(["nonnative", "aussie", "american"], weights=[45, 28, 27])[0]
        else:
            client = rng.choice(CLIENT_IDS)
            voice = rng.choices(["hakata", "kumamoto", "casual", "keigo"], weights=[35, 20, 30, 15])[0]
        c = {"id": f"cus-14{ids[n]:04d}", "profile": prof, "lang": lang, "client": client, "voice": voice,
             "target": rng.choice(AGENT_IDS), "content": [], "stateful": [], "contacts": []}
        if lang == "ja":
            c["mut"] = rng.choices(["none", "halfpunct", "fullwidth"], weights=[78, 16, 6])[0]
        else:
            c["mut"] = rng.choices(["none", "lower", "typo"], weights=[72, 12, 16])[0]
        if prof == "harasser":
            c["content"], c["stateful"] = list(plans[hi][0]), list(plans[hi][1])
            hi += 1
        custs.append(c)
    return custs


def contact(t, channel, kind, **kw):
    d = {"t": t, "channel": channel, "kind": kind, "key": None, "cues": [], "dur": None, "parts": None}
    d.update(kw)
    return d


def schedule(rng, c):
    lang, client = c["lang"], c["client"]
    out = []
    if c["profile"] == "normal":
        n = rng.choices([1, 2, 3, 4], weights=[45, 35, 15, 5])[0]
        days = sorted(rng.sample(BIZ_DAYS, n))
        off_used = 0
        for d in days:
            ch = pick_channel(rng, lang, client)
            t = biz_dt(rng, d)
            if ch not in ("phone", "visit") and off_used < 1 and rng.random() < 0.12:
                t = off_dt(rng, rng.choice([d, d + timedelta(days=1)]) if d + timedelta(days=1) <= Q_END else d)
                off_used += 1
            kind = "hardneg" if rng.random() < 0.3 else "question"
            out.append(contact(t, ch, kind))
        return out
    if c["profile"] == "legit_complainer":
        d0 = rng.choice(BIZ_DAYS[:-12])
        out.append(contact(biz_dt(rng, d0), pick_channel(rng, lang, client), "complaint"))
        if rng.random() < 0.65:
            d1 = d0 + timedelta(days=rng.randint(1, 6))
            while d1 not in BIZ_DAYS:
                d1 += timedelta(days=1)
            out.append(contact(biz_dt(rng, d1), pick_channel(rng, lang, client), "followup"))
        if rng.random() < 0.5:
            d2 = d0 + timedelta(days=rng.randint(8, 12))
            while d2 not in BIZ_DAYS:
                d2 += timedelta(days=1)
            out.append(contact(biz_dt(rng, d2), pick_channel(rng, lang, client, False), "thanks"))
        if rng.random() < 0.35:
            d3 = rng.choice(BIZ_DAYS)
            out.append(contact(biz_dt(rng, d3), pick_channel(rng, lang, client), "question"))
        off_used = 0
        for x in out:
            if x["channel"] not in ("phone", "visit") and off_used < 2 and rng.random() < 0.2:
                day = x["t"].date()
                x["t"] = off_dt(rng, day)
                off_used += 1
        return out
    # harasser
    st = c["stateful"]
    n_base = max(2 if not c["content"] else 3, (len(c["content"]) + 1) // 2 + 1) + rng.randint(0, 1)
    if not c["content"]:
        n_base = rng.randint(1, 2)
    start = rng.choice(BIZ_DAYS[:40])
    span_days = [d for d in BIZ_DAYS if start <= d <= start + timedelta(days=45)]
    days = sorted(rng.sample(span_days, n_base))
    off_used = 0
    for d in days:
        ch = pick_channel(rng, lang, client)
        t = biz_dt(rng, d)
        if "off_hours_contact" not in st and ch not in ("phone", "visit") and off_used < 1 and rng.random() < 0.2:
            t = off_dt(rng, d)
            off_used += 1
        out.append(contact(t, ch, "base"))
    if "repetition" in st:
        k = rng.randint(4, 6)
        s = rng.choice(BIZ_DAYS[5:-10])
        times = []
        while len(times) < k:
            dd = s + timedelta(days=rng.randint(0, 5))
            if "off_hours_contact" in st and rng.random() < 0.4:
                t = off_dt(rng, dd)
            elif dd in BIZ_DAYS:
                t = biz_dt(rng, dd)
            else:
                continue
            if all(abs((t - u).total_seconds()) > 3 * 3600 for u in times):
                times.append(t)
        for t in sorted(times):
            ch = pick_channel(rng, lang, client, False)
            if is_off_hours(t) and ch == "phone":
                ch = "email"
            out.append(contact(t, ch, "rep"))
    if "off_hours_contact" in st:
        k = rng.randint(5, 7)
        s = rng.choice(ALL_DAYS[3:-30])
        ds = sorted(rng.sample([s + timedelta(days=i) for i in range(24)], k))
        for d in ds:
            ch = rng.choices(["email", "sns", "chat", "web_form", "phone"], weights=[25, 25, 15, 15, 20])[0]
            out.append(contact(off_dt(rng, d), ch, "off"))
    if "contact_flood" in st:
        d = rng.choice(BIZ_DAYS[3:-3])
        t0 = at(d, rng.randint(10 * 60, 16 * 60))
        k = rng.randint(6, 9)
        span = rng.randint(28, 52)
        offs = sorted(rng.sample(range(0, span * 60), k - 1))
        out.append(contact(t0, rng.choice(["chat", "sns", "email"]), "flood_first"))
        for o in offs:
            ch = rng.choices(["phone", "chat", "sns", "email"], weights=[35, 30, 25, 10])[0]
            out.append(contact(t0 + timedelta(seconds=o + 30), ch, "nudge"))
    if "prolonged_contact" in st:
        k = rng.choice([1, 1, 2])
        ds = sorted(rng.sample(BIZ_DAYS[5:-5], k))
        for d in ds:
            ch = "visit" if (c["client"] in ("car", "park", "rep") and rng.random() < 0.35) else "phone"
            out.append(contact(at(d, rng.randint(9 * 60 + 10, 14 * 60)), ch, "long"))
    out.sort(key=lambda x: x["t"])
    return out


# ---------------------------------------------------------------------------
# Content assignment
# ---------------------------------------------------------------------------
def staff_name(rng, c, agent_id=None):
    a = AGENTS[agent_id or c["target"]]
    if c["lang"] == "en":
        return a["en"]
    return a["kana"] if rng.random() < 0.2 else a["ja"]


def choose_key(rng, c, x, pool_kind, n_pool, allow_rep_cap=True):
    """Pick a demand key that never makes 3 same-key contacts within 7 days (unless planned)."""
    used = c.setdefault("_keys", [])
    order = list(range(n_pool))
    rng.shuffle(order)
    best = None
    for i in order:
        key = (pool_kind, i)
        near = sum(1 for (k, t) in used if k == key and abs((t - x["t"]).total_seconds()) <= 8 * 86400)
        if near == 0:
            best = key
            break
        if near == 1 and best is None:
            best = key
    if best is None:
        best = (pool_kind, order[0])
    used.append((best, x["t"]))
    return best


def assign_texts(rng, c):
    lang, client = c["lang"], c["client"]
    qs = QUESTIONS[client][lang]
    gs = GRIEVANCES[client][lang]
    hn = [t for (cl, t) in HARD_NEG[lang] if cl in ("*", client)]
    contacts = c["contacts"]
    prof = c["profile"]
    if prof == "normal":
        qorder = list(range(len(qs)))
        rng.shuffle(qorder)
        horder = list(range(len(hn)))
        rng.shuffle(horder)
        for x in contacts:
            if x["kind"] == "hardneg" and horder:
                h = hn[horder.pop()].replace("{staff}", staff_name(rng, c))
                x["parts"] = [h] + ([qs[qorder[-1]]] if rng.random() < 0.4 and qorder else [])
                x["key"] = ("h", h)
                if len(x["parts"]) > 1:
                    qorder.pop()
            else:
                i = qorder.pop() if qorder else rng.randrange(len(qs))
                x["parts"] = [qs[i]]
                x["key"] = ("q", i)
        return
    if prof == "legit_complainer":
        gi = rng.randrange(len(gs))
        asks = rng.sample(FAIR_ASKS[lang], 2)
        for x in contacts:
            if x["kind"] == "complaint":
                x["parts"] = [gs[gi], asks[0]]
                if rng.random() < 0.3:
                    x["parts"].append(rng.choice(hn).replace("{staff}", staff_name(rng, c)))
                x["key"] = ("g", gi)
            elif x["kind"] == "followup":
                op = rng.choice(["先日問い合わせた件の続きです。", "前回の件で再度ご連絡しました。"] if lang == "ja"
                                else ["Following up on my earlier message.", "Hi again, about the same issue."])
                x["parts"] = [op, gs[gi], asks[1]]
                x["key"] = ("g", gi)
            elif x["kind"] == "thanks":
                x["parts"] = [rng.choice(THANKS[lang])]
                if rng.random() < 0.3:
                    x["parts"].append(rng.choice(hn).replace("{staff}", staff_name(rng, c)))
            else:
                x["parts"] = [rng.choice(qs)]
                x["key"] = ("q", x["parts"][0])
        return
    # harasser
    rep_g = rng.randrange(len(gs))
    rep_ask = rng.sample(REPEAT_ASK[lang], min(3, len(REPEAT_ASK[lang])))
    for x in contacts:
        k = x["kind"]
        if k == "rep":
            x["key"] = ("g", rep_g)
            op = rng.choice(REPEAT_OPEN[lang])
            x["parts"] = [op + gs[rep_g] if lang == "ja" else op + gs[rep_g], rng.choice(rep_ask)]
            c.setdefault("_keys", []).append((x["key"], x["t"]))
    for x in contacts:
        k = x["kind"]
        if k == "rep":
            continue
        if k == "nudge":
            x["parts"] = [rng.choice(NUDGES[lang])]
            continue
        key = choose_key(rng, c, x, "g", len(gs))
        if "repetition" in c["stateful"] and key == ("g", rep_g):
            key = ("g", (rep_g + 1) % len(gs))
        x["key"] = key
        g = gs[key[1]]
        if k == "base":
            x["parts"] = [g, rng.choice(FAIR_ASKS[lang] + REPEAT_ASK[lang])]
        elif k == "off":
            x["parts"] = [g, rng.choice(OFF_URGENT[lang])]
        elif k == "flood_first":
            x["parts"] = [g, rng.choice(REPEAT_ASK[lang])]
        elif k == "long":
            x["parts"] = [g] + rng.sample(LONG_LOOP[lang], 3)
    # content cues
    cands = [x for x in contacts if x["kind"] != "nudge"]
    used_sent = set()
    plan = []
    for code in c["content"]:
        plan.append(code)
        if rng.random() < 0.7 or code == "pressure_language":
            plan.append(code)
        if rng.random() < 0.25:
            plan.append(code)
    for code in plan:
        opts = [x for x in cands if code not in x["cues"] and len(x["cues"]) < 2]
        if not opts:
            opts = [x for x in cands if code not in x["cues"]]
        if not opts:
            continue
        opts.sort(key=lambda x: len(x["cues"]))
        m = len(opts[0]["cues"])
        x = rng.choice([o for o in opts if len(o["cues"]) == m])
        allp = [e[1] if isinstance(e, tuple) else e for e in CUES[code][lang]
                if not isinstance(e, tuple) or client in e[0].split()]
        pool = [s for s in allp if s not in used_sent] or allp
        s = rng.choice(pool)
        used_sent.add(s)
        x["cues"].append(code)
        s = s.replace("{staff}", staff_name(rng, c))
        x.setdefault("cue_text", {})[s] = code
        pos = rng.randint(1, len(x["parts"])) if rng.random() < 0.8 else 0
        x["parts"].insert(pos, s)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
JA_SPK = [("担当", "客", ": "), ("オペレーター", "お客様", "："), ("OP", "CU", ": "), ("【担当】", "【お客様】", ""),
          ("A", "C", "："), ("受付", "顧客", " - ")]
EN_SPK = [("Agent", "Customer", ": "), ("AGENT", "CALLER", ": "), ("Rep", "Caller", " - "), ("A", "C", ": "),
          ("Operator", "Guest", ": "), ("SPEAKER_00", "SPEAKER_01", ": ")]


def mutate(rng, c, s):
    m = c["mut"]
    if c["lang"] == "ja":
        if m == "halfpunct":
            return ja_variant(s, "halfpunct")
        if m == "fullwidth" and rng.random() < 0.6:
            return ja_variant(s, "fullwidth")
        return s
    if m == "lower":
        return s.lower().replace(".", "")
    if m == "typo" and rng.random() < 0.5:
        return en_typo(rng, s)
    return s


def join_parts(lang, parts, rng):
    if lang == "ja":
        return rng.choice(["", "", "\n", " "]).join(parts)
    return " ".join(parts)


def lang_hint(rng, lang):
    r = rng.random()
    if r < 0.08:
        return None
    if r < 0.14:
        return "en" if lang == "ja" else "ja"
    return lang


def phone_text(rng, c, x, agent, voicemail=False, long=False, outbound=False, cue_set=()):
    lang = c["lang"]
    cl = CLIENTS[c["client"]][lang]
    aname = AGENTS[agent]["ja" if lang == "ja" else "en"] if agent else None
    if voicemail:
        body = join_parts(lang, [mutate(rng, c, p) for p in x["parts"]], rng)
        return (rng.choice(["【留守番電話】", "[留守電] ", "留守番電話メッセージ：\n"]) if lang == "ja"
                else rng.choice(["[Voicemail] ", "VOICEMAIL: ", "[after-hours voicemail]\n"])) + body
    spk_pool = JA_SPK if (lang == "ja" or rng.random() < 0.2) else EN_SPK
    a_lab, c_lab, sep = rng.choice(spk_pool)
    if a_lab == "SPEAKER_00" and rng.random() < 0.5:
        a_lab, c_lab = c_lab, a_lab
    if rng.random() < 0.2 and a_lab in ("担当", "Agent"):
        a_lab = f"{a_lab}({aname})"
    stamp = rng.random() < 0.25
    lines = []
    clock = [rng.randint(0, 8)]

    def add(who, s):
        clock[0] += rng.randint(4, 40)
        pre = "[%02d:%02d:%02d] " % (clock[0] // 3600, clock[0] // 60 % 60, clock[0] % 60) if stamp else ""
        lines.append(f"{pre}{a_lab if who == 'A' else c_lab}{sep}{s}")

    greet = rng.choice(AG_GREET[lang]).format(client=cl, agent=aname)
    if outbound:
        add("A", (f"{cl}の{aname}です。先日のお問い合わせの件でお電話いたしました。" if lang == "ja"
                  else f"Hi, this is {aname} from {cl}, calling back about your enquiry."))
        add("C", "はい。" if lang == "ja" else "Oh, hi.")
        add("A", rng.choice(OUT_NORMAL[lang] + OUT_LEGIT[lang]))
        add("C", rng.choice(CUST_CLOSE[lang]))
        return "\n".join(lines)
    if rng.random() < 0.85:
        add("A", greet)
    harsh = bool(cue_set)
    parts = x["parts"]
    for i, p in enumerate(parts):
        add("C", mutate(rng, c, p))
        if long and i == 0:
            add("A", rng.choice(AG_RESP[lang]))
            for _ in range(rng.randint(3, 5)):
                add("C", mutate(rng, c, rng.choice(LONG_LOOP[lang])))
                add("A", rng.choice(AG_RESP[lang] + AG_FIRM[lang][3:5]))
            lines.append(rng.choice(["（保留 %d分）" % rng.randint(5, 20), "[hold %d min]" % rng.randint(5, 20)]))
        elif p in x.get("cue_text", {}):
            add("A", AG_CUE[x["cue_text"][p]][0 if lang == "ja" else 1])
        elif i < len(parts) - 1 or rng.random() < 0.7:
            add("A", rng.choice(AG_FIRM[lang] if harsh and i > 0 and rng.random() < 0.4 else AG_RESP[lang]))
    if rng.random() < 0.5:
        add("C", rng.choice(HAR_CLOSE[lang] if (harsh or c["profile"] == "harasser") else CUST_CLOSE[lang]))
    return "\n".join(lines)


def visit_text(rng, c, x, agent, mins):
    lang = c["lang"]
    parts = [mutate(rng, c, p) for p in x["parts"]]
    if lang == "ja":
        q = "".join("「%s」" % p for p in parts)
        head = rng.choice(["【窓口対応記録】", "【来店メモ】", "来店対応ログ："])
        tail = rng.choice(["対応：内容を確認し、後日連絡とした。", "対応：規定に沿って説明。", "対応：担当部署へ引き継ぎ。"])
        return f"{head}お客様ご来店（約{mins}分）。お客様のお話：{q}\n{tail}"
    q = " ".join('"%s"' % p for p in parts)
    head = rng.choice(["[Service desk log]", "[Counter note]", "Walk-in record:"])
    tail = rng.choice(["Action: explained policy, will follow up.", "Action: passed to back office.", "Action: checked details on file."])
    return f"{head} Guest visited (about {mins} min). Guest said: {q}\n{tail}"


def render_inbound(g, c, x):
    rng = g.rng
    lang, client = c["lang"], c["client"]
    ch = x["channel"]
    src, tstyle = rng.choice(SOURCES[ch])
    if tstyle in ("jstms", "zms", "utcms"):
        x["t"] = x["t"] + timedelta(milliseconds=rng.randrange(1000))
    off = is_off_hours(x["t"])
    agent = None
    if ch in ("phone", "visit", "chat") and not off:
        agent = rng.choice(AGENT_IDS)
    elif ch in ("email", "web_form") and rng.random() < 0.7:
        agent = rng.choice(AGENT_IDS)
    elif ch == "sns" and rng.random() < 0.5:
        agent = rng.choice(AGENT_IDS)
    subject, dur, text = None, None, None
    thread = g.thread(ch)
    cues = x["cues"]
    if ch == "phone":
        if x["kind"] == "nudge":
            dur = rng.randint(0, 25)
            if off:
                text = None
            elif rng.random() < 0.5:
                text = None  # missed / abandoned call
                agent = None
            else:
                text = phone_text(rng, c, x, agent)
            if text is None and rng.random() < 0.5:
                text = rng.choice(["（応答前に切断）", "[abandoned call]", "（無言）"])
        elif off:
            dur = rng.randint(18, 110)
            text = phone_text(rng, c, x, None, voicemail=True)
        elif x["kind"] == "long":
            dur = rng.randint(3700, 8400)
            text = phone_text(rng, c, x, agent, long=True, cue_set=cues)
        else:
            hi = {"normal": 1500, "legit_complainer": 2400, "harasser": 1800}[c["profile"]]
            lo = {"normal": 80, "legit_complainer": 300, "harasser": 240}[c["profile"]]
            dur = rng.randint(lo, hi)
            text = phone_text(rng, c, x, agent, cue_set=cues)
    elif ch == "visit":
        if x["kind"] == "long":
            dur = rng.randint(3700, 9000)
        else:
            dur = rng.randint(600, 2400 if c["profile"] != "normal" else 1800)
        text = visit_text(rng, c, x, agent, dur // 60)
    else:
        body = join_parts(lang, [mutate(rng, c, p) for p in x["parts"]], rng)
        if ch == "email":
            kind = "urgent" if x["kind"] == "off" else ("question" if x["kind"] in ("question", "hardneg", "thanks")
                                                          else "complaint")
            subject = rng.choice(SUBJ[kind][lang]).format(client=CLIENTS[client][lang])
            if x["kind"] in ("rep", "nudge", "followup") and rng.random() < 0.6:
                subject = rng.choice(["Re: ", "Re: Re: ", "RE: ", "Fwd: "]) + subject
            op, cl = rng.choice(EMAIL_OPEN[lang]), rng.choice(EMAIL_CLOSE[lang])
            text = "\n\n".join(s for s in (op, body, cl) if s)
        elif ch == "web_form":
            cat = rng.choice(CLIENTS[client]["form_" + lang])
            subject = ("お問い合わせフォーム：" if lang == "ja" else "Contact form: ") + cat
            text = body if rng.random() < 0.7 else (("【内容】\n" if lang == "ja" else "Message:\n") + body)
        elif ch == "sns":
            h = CLIENTS[client]["handle"]
            text = (h + " " + body) if rng.random() < 0.4 else body
            if rng.random() < 0.25:
                text += rng.choice(["😡", "💢", "🙄", "!!", "（怒）" if lang == "ja" else " smh"]) if c["profile"] != "normal" \
                    else rng.choice(["🙏", "😊", "✨", ""])
        else:
            text = body
    ev = {
        "event_id": g.eid(),
        "occurred_at": fmt_ts(x["t"], tstyle, rng),
        "channel": ch,
        "direction": "inbound",
        "customer_id": c["id"],
        "agent_id": agent,
        "duration_s": dur,
        "subject": subject,
        "text": text,
        "language": lang_hint(rng, lang),
        "thread_id": thread,
        "source": src,
    }
    g.events.append((x["t"].astimezone(timezone.utc), ev))
    g.labels[ev["event_id"]] = [k for k in CONTENT_CODES if k in cues]
    g.meta_ev[ev["event_id"]] = {"cust": c["id"], "t": x["t"], "inbound": True, "channel": ch, "dur": dur,
                                 "key": x["key"]}
    return ev


def render_outbound(g, c, x, inev):
    rng = g.rng
    lang = c["lang"]
    ch = x["channel"]
    if ch == "chat" and not is_off_hours(x["t"]):
        t = x["t"] + timedelta(minutes=rng.randint(1, 12))
    else:
        t = next_biz_dt(rng, x["t"], 20, 1800)
    if t is None:
        return
    if c["profile"] == "harasser" and (x["cues"] or x["kind"] in ("rep", "flood_first", "off")):
        pool = OUT_FIRM[lang]
    elif c["profile"] == "legit_complainer" and x["kind"] in ("complaint", "followup"):
        pool = OUT_LEGIT[lang]
    else:
        pool = OUT_NORMAL[lang]
    agent = inev["agent_id"] or rng.choice(AGENT_IDS)
    aname = AGENTS[agent]["ja" if lang == "ja" else "en"]
    dur, subject = None, None
    if ch == "phone":
        och = "phone"
        src, tstyle = rng.choice(SOURCES["phone"])
        text = phone_text(rng, c, x, agent, outbound=True)
        dur = rng.randint(60, 600)
    else:
        och = "email" if ch in ("email", "web_form") else ch
        src, tstyle = rng.choice(SOURCES[och]) if och != "email" else ("zendesk", "zms")
        body = rng.choice(pool)
        if och == "email":
            subject = "Re: " + (inev["subject"] or ("お問い合わせ" if lang == "ja" else "Your enquiry"))
            if lang == "ja":
                text = f"{rng.choice(['いつもご利用ありがとうございます。', 'お問い合わせありがとうございます。'])}\n{CLIENTS[c['client']]['ja']}の{aname}でございます。\n\n{body}\n\nよろしくお願いいたします。"
            else:
                text = f"Hello,\n\nThis is {aname} from {CLIENTS[c['client']]['en']}.\n\n{body}\n\nKind regards,\n{aname}"
        else:
            text = body
    if tstyle in ("jstms", "zms", "utcms"):
        t = t + timedelta(milliseconds=rng.randrange(1000))
    ev = {
        "event_id": g.eid(),
        "occurred_at": fmt_ts(t, tstyle, rng),
        "channel": och,
        "direction": "outbound",
        "customer_id": c["id"],
        "agent_id": agent,
        "duration_s": dur,
        "subject": subject,
        "text": text,
        "language": lang_hint(rng, lang) if rng.random() < 0.5 else lang,
        "thread_id": inev["thread_id"],
        "source": src,
    }
    g.events.append((t.astimezone(timezone.utc), ev))
    g.labels[ev["event_id"]] = []
    g.meta_ev[ev["event_id"]] = {"cust": c["id"], "t": t, "inbound": False, "channel": och, "dur": dur, "key": None}


# ---------------------------------------------------------------------------
# Stateful rules
# ---------------------------------------------------------------------------
RULES = {
    "repetition": {
        "rule": "the same demand (the same request about the same issue, restated verbatim or paraphrased) in >= 3 "
                "inbound contacts of one customer within any rolling 7-day window",
        "min_contacts": 3, "window_days": 7},
    "off_hours_contact": {
        "rule": ">= 4 inbound contacts outside support hours (before 09:00 or from 18:00 JST on business days, "
                "weekends, listed holidays) within any rolling 30-day window, falling on >= 3 distinct JST dates",
        "min_contacts": 4, "window_days": 30, "min_distinct_dates": 3},
    "contact_flood": {
        "rule": ">= 5 inbound contacts (any channel, including missed/abandoned calls) within any rolling 60 minutes",
        "min_contacts": 5, "window_minutes": 60},
    "prolonged_contact": {
        "rule": "one inbound phone call or visit with duration_s >= 3600 (holding staff for an hour or more), or "
                ">= 5400 s of inbound phone+visit time on one JST date",
        "single_s": 3600, "daily_s": 5400},
}


def compute_stateful(meta_ev):
    by = {}
    for eid, m in meta_ev.items():
        if m["inbound"]:
            by.setdefault(m["cust"], []).append(m)
    res = {}
    for cid, ms in by.items():
        ms = sorted(ms, key=lambda m: m["t"])
        got = []
        keys = {}
        for m in ms:
            if m["key"] is not None:
                keys.setdefault(repr(m["key"]), []).append(m["t"])
        if any(ts[i + 2] - ts[i] <= timedelta(days=7) for ts in keys.values() for i in range(len(ts) - 2)):
            got.append("repetition")
        off = [m["t"] for m in ms if is_off_hours(m["t"])]
        ok = False
        for i in range(len(off)):
            w = [u for u in off if off[i] <= u <= off[i] + timedelta(days=30)]
            if len(w) >= 4 and len({u.astimezone(JST).date() for u in w}) >= 3:
                ok = True
        if ok:
            got.append("off_hours_contact")
        ts = [m["t"] for m in ms]
        if any(ts[i + 4] - ts[i] <= timedelta(minutes=60) for i in range(len(ts) - 4)):
            got.append("contact_flood")
        daily = {}
        single = False
        for m in ms:
            if m["channel"] in ("phone", "visit") and m["dur"]:
                d = m["t"].astimezone(JST).date()
                daily[d] = daily.get(d, 0) + m["dur"]
                single = single or m["dur"] >= 3600
        if single or any(v >= 5400 for v in daily.values()):
            got.append("prolonged_contact")
        res[cid] = got
    return res


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def main(outdir):
    g = Gen(SEED)
    rng = g.rng
    custs = build_customers(rng)
    for c in custs:
        c["contacts"] = schedule(rng, c)
        assign_texts(rng, c)
    reply_p = {"normal": 0.42, "legit_complainer": 0.8, "harasser": 0.45}
    call_p = {"normal": 0.1, "legit_complainer": 0.35, "harasser": 0.12}
    for c in custs:
        flood_replied = False
        for x in c["contacts"]:
            ev = render_inbound(g, c, x)
            if x["kind"] == "nudge":
                if not flood_replied and rng.random() < 0.6 and x["channel"] != "phone":
                    flood_replied = True
                    render_outbound(g, c, x, ev)
                continue
            if x["channel"] in ("email", "web_form", "chat", "sns"):
                if rng.random() < reply_p[c["profile"]]:
                    render_outbound(g, c, x, ev)
            elif x["channel"] == "phone" and rng.random() < call_p[c["profile"]]:
                render_outbound(g, c, x, ev)

    stateful = compute_stateful(g.meta_ev)
    customers = {}
    for c in sorted(custs, key=lambda c: c["id"]):
        content = set()
        for eid, m in g.meta_ev.items():
            if m["cust"] == c["id"]:
                content.update(g.labels[eid])
        st = stateful.get(c["id"], [])
        beh = [k for k in ALL_CODES if k in content or k in st]
        if c["profile"] != "harasser":
            assert not beh, (c["id"], c["profile"], beh)
        else:
            assert sorted(st) == sorted(c["stateful"]), (c["id"], st, c["stateful"])
            assert set(c["content"]) == content, (c["id"], c["content"], content)
            assert beh, c["id"]
        customers[c["id"]] = {"profile": c["profile"], "behaviors": beh}

    g.events.sort(key=lambda p: (p[0], p[1]["event_id"]))
    events = [e for _, e in g.events]
    assert len({e["event_id"] for e in events}) == len(events)
    per_code = {k: sum(1 for v in customers.values() if k in v["behaviors"]) for k in ALL_CODES}
    assert min(per_code.values()) >= 7, per_code
    ev_code = {k: sum(1 for v in g.labels.values() if k in v) for k in CONTENT_CODES}
    prof_counts = {p: sum(1 for v in customers.values() if v["profile"] == p)
                   for p in ("normal", "legit_complainer", "harasser")}
    inbound = [e for e in events if e["direction"] == "inbound"]
    lang_true = {}
    for c in custs:
        for x in c["contacts"]:
            lang_true[c["lang"]] = lang_true.get(c["lang"], 0) + 1
    meta = {
        "seed": SEED,
        "generator": "stream14/gen.py",
        "customers": len(customers),
        "start": Q_START.isoformat(),
        "end": Q_END.isoformat(),
        "setting": "Contact centre in Fukuoka handling six clients; Japanese half leans on Kyushu speech "
                   "(Hakata-ben, Kumamoto-ben) and casual chat, English half on tourists and expats "
                   "(non-native, Australian, American English).",
        "clients": {k: {"ja": v["ja"], "en": v["en"], "kind": v["kind"],
                        "customers": sum(1 for c in custs if c["client"] == k)} for k, v in CLIENTS.items()},
        "calendar": {
            "timezone": "Asia/Tokyo",
            "weekdays": "Mon-Fri",
            "hours": "09:00-18:00",
            "closed_on_national_holidays": True,
            "closed_days_in_range": [d.isoformat() for d in sorted(HOLIDAYS)],
            "holiday_names": {d.isoformat(): n for d, n in sorted(HOLIDAYS.items())},
            "year_end_closure": "12-29 ... 01-03 (outside this range)",
        },
        "agents": AGENTS,
        "stateful_rules": RULES,
        "counts": {
            "events": len(events),
            "inbound": len(inbound),
            "outbound": len(events) - len(inbound),
            "events_with_content_label": sum(1 for v in g.labels.values() if v),
            "profiles": prof_counts,
            "customers_per_code": per_code,
            "events_per_content_code": ev_code,
            "channels": {ch: sum(1 for e in events if e["channel"] == ch) for ch in SOURCES},
            "inbound_by_customer_language": lang_true,
            "language_field": {str(k): sum(1 for e in events if e["language"] == k) for k in ("ja", "en", None)},
            "stateful_only_harassers": sum(1 for v in customers.values() if v["profile"] == "harasser"
                                           and not set(v["behaviors"]) & set(CONTENT_CODES)),
        },
        "label_notes": "events: content codes of the harassing sentences inserted into that inbound event "
                       "(one sentence, one code); outbound and unlabelled events map to []. customers: profile "
                       "and behaviors = content codes of its events plus stateful codes computed from the events "
                       "with stateful_rules.",
    }
    labels = {"events": {e["event_id"]: g.labels[e["event_id"]] for e in events}, "customers": customers, "meta": meta}
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    main(sys.argv[1])
