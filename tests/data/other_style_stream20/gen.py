#!/usr/bin/env python3
"""Stream 20: blind labelled contact-event stream for Mamori.

Outsourced contact centre in Hamamatsu (Shizuoka), 2030-04-01 .. 2030-06-30, five
fictional clients. Standard library only, fixed seed, deterministic output.

usage: python3 gen.py OUT_DIR      -> OUT_DIR/events.jsonl, OUT_DIR/labels.json
"""
import datetime as dt
import hashlib
import json
import os
import random
import sys
import unicodedata

SEED = 2030_20
START = dt.date(2030, 4, 1)
END = dt.date(2030, 6, 30)

CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
           "abusive_language", "legal_threat", "online_defamation_threat",
           "sexual_harassment", "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL_CODES = CONTENT + STATEFUL

# ---------------------------------------------------------------------------
# clients
# ---------------------------------------------------------------------------
CLIENTS = {
    "moto": {"letter": "M", "ja": "遠州モーターサイクル オーナーサポート",
             "en": "Enshu Motorcycles Owner Support", "sns": "@enshu_moto_owners",
             "id": "EMO-{:06d}", "visit_ja": "浜松サービスセンター受付", "visit_en": "Hamamatsu service centre desk"},
    "tea": {"letter": "T", "ja": "牧之原 茶ノ木園（通販・茶摘み体験ツアー）",
            "en": "Makinohara Chanoki-en Tea Farm", "sns": "@chanokien_tea",
            "id": "CHA{:05d}", "visit_ja": "茶ノ木園 直売所カウンター", "visit_en": "Chanoki-en farm shop counter"},
    "rail": {"letter": "R", "ja": "浜名湖リバーサイド鉄道・バス",
             "en": "Hamanako Riverside Railway & Bus", "sns": "@hamanako_rw_bus",
             "id": "HRB{:07d}", "visit_ja": "新浜松口 お忘れ物センター", "visit_en": "lost property office, Shin-Hamamatsu gate"},
    "onsen": {"letter": "O", "ja": "駿遠温泉旅館協会",
              "en": "Sun-en Hot Spring Ryokan Association", "sns": "@sunen_onsen",
              "id": "SEO-{:05d}", "visit_ja": "協会事務局（静岡市）窓口", "visit_en": "association office desk, Shizuoka city"},
    "pet": {"letter": "P", "ja": "みかんの木ペット保険",
            "en": "Mikan-no-ki Pet Insurance", "sns": "@mikan_pet_ins",
            "id": "MPI-30-{:05d}", "visit_ja": "浜松営業所 相談窓口", "visit_en": "Hamamatsu branch counter"},
}
CLIENT_KEYS = ["moto", "tea", "rail", "onsen", "pet"]
CLIENT_W = [0.24, 0.18, 0.24, 0.16, 0.18]
LETTER2CLIENT = {v["letter"]: k for k, v in CLIENTS.items()}

# agents: (id, ja name, en name, site)
AGENTS = [
    ("hm-op-01", "望月", "Mochizuki", "hm"), ("hm-op-02", "杉山", "Sugiyama", "hm"),
    ("hm-op-03", "鈴木", "Suzuki", "hm"), ("hm-op-04", "山下", "Yamashita", "hm"),
    ("hm-op-05", "大石", "Oishi", "hm"), ("hm-op-06", "袴田", "Hakamata", "hm"),
    ("hm-op-07", "村松", "Muramatsu", "hm"), ("hm-op-08", "夏目", "Natsume", "hm"),
    ("hm-op-09", "河合", "Kawai", "hm"), ("hm-op-10", "内山", "Uchiyama", "hm"),
    ("hm-op-11", "石川", "Ishikawa", "hm"), ("hm-op-12", "松下", "Matsushita", "hm"),
    ("hm-op-13", "オリベイラ", "Oliveira", "bi"), ("hm-op-14", "ナカガワ", "Nakagawa", "bi"),
    ("mnl-op-01", "レイエス", "Reyes", "mnl"), ("mnl-op-02", "サントス", "Santos", "mnl"),
    ("mnl-op-03", "デラクルス", "Dela Cruz", "mnl"), ("mnl-op-04", "バウティスタ", "Bautista", "mnl"),
    ("mnl-op-05", "ビリャヌエバ", "Villanueva", "mnl"),
    ("rsa-01", "寺田", "Terada", "rsa"), ("rsa-02", "中野", "Nakano", "rsa"),
]
AG = {a[0]: a for a in AGENTS}
JA_AGENTS = [a[0] for a in AGENTS if a[3] in ("hm", "bi")]
EN_AGENTS = [a[0] for a in AGENTS if a[3] in ("bi", "mnl")] + ["hm-op-01", "hm-op-09"]
RSA_AGENTS = ["rsa-01", "rsa-02"]

# ---------------------------------------------------------------------------
# support calendar
# ---------------------------------------------------------------------------
GW_CLOSURE = [dt.date(2030, 4, 29) + dt.timedelta(days=i) for i in range(8)]  # 04-29 .. 05-06
NATIONAL_HOLIDAYS = ["2030-04-29", "2030-05-03", "2030-05-04", "2030-05-05", "2030-05-06"]
CLOSED = set(GW_CLOSURE)
HOURS = {0: (9, 0, 18, 0), 1: (9, 0, 18, 0), 2: (9, 0, 18, 0), 3: (9, 0, 18, 0),
         4: (9, 0, 18, 0), 5: (9, 30, 16, 30)}  # Sunday (6) closed


def is_closed_day(d):
    return d in CLOSED or d.weekday() == 6


def is_off(t):
    """t: naive datetime in Asia/Tokyo."""
    d = t.date()
    if is_closed_day(d):
        return True
    h0, m0, h1, m1 = HOURS[d.weekday()]
    return not (dt.time(h0, m0) <= t.time() < dt.time(h1, m1))


ALL_DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]
OPEN_DAYS = [d for d in ALL_DAYS if not is_closed_day(d)]
CLOSED_DAYS = [d for d in ALL_DAYS if is_closed_day(d)]

# ---------------------------------------------------------------------------
# text pools.  "X|" prefix = only for client X (M moto, T tea, R rail, O onsen, P pet)
# {staff} = a staff member's name
# ---------------------------------------------------------------------------
HARASS = {
 "excessive_demand": {
  "ja": [
   "M|こんなバイク要らんで、新車と交換しろ。",
   "M|修理の間の代車、大型のやつタダで用意してくれりゃいいだら。",
   "T|迷惑料としてお茶一年分タダで送ってくれるずら？",
   "T|ツアー代は全額返して、おまけに次回も無料にしてもらうでね。",
   "R|遅延のせいで損したで、定期代三か月分ただにしろや。",
   "R|タクシー代も飯代も全部そっち持ちにせい。",
   "O|宿泊代全額返金のうえ、次の宿泊も無料にしなさいよ。",
   "O|部屋をいちばん高い特別室にタダで変えてもらわんと納得いかん。",
   "P|免責だろうが何だろうが全額払え、約款なんか知らんわ。",
   "P|保険料一年分返して、その上お見舞い金も出してもらうでな。",
   "迷惑かけたんだから誠意見せてよ、金でね。",
   "ｿｯﾁﾉﾐｽﾅﾝﾀﾞｶﾗ ｾﾞﾝｶﾞｸﾍﾝｷﾝｼﾃ ﾎﾟｲﾝﾄﾓ10ﾊﾞｲﾂｹﾃﾖ",
   "そっちのせいなんだから今回の分は全部ただにしてそれと次の分もただでお願いしますよ",
   "これだけの不始末ですから、相応の補償金を包んでいただくのが筋というものでございましょう。",
  ],
  "en": [
   "M|Just swap it for a brand-new bike, that's the least you owe me.",
   "M|Bro, comp me a full set of aftermarket pipes and we're square.",
   "T|You will send me one year of tea for free, because of this trouble.",
   "R|I want my commuter pass free for three months, is your fault the train is late.",
   "O|Refund the entire stay AND give us a free weekend at your best ryokan, mate.",
   "P|Pay the full amount, I don't care what the policy says about exclusions.",
   "P|I want you to cover all my future vet bills for life, not just this one.",
   "Kindly also credit ten thousand yen extra as compensation for my mental agony.",
   "I expect a full refund plus compensation for every hour I've wasted on this.",
   "You guys give me double refund po, that's only fair.",
  ]},
 "apology_demand": {
  "ja": [
   "土下座して謝れや。",
   "社長名で謝罪文書いて送ってこいよ、手書きでな。",
   "謝りゃいいってもんじゃないけど、まずは土下座だら。",
   "聞こえんで、もっと大きい声で十回謝ってみろ。",
   "お詫び状を役員全員の連名で出しなさい。",
   "会社として正式な謝罪広告を新聞に載せなさい。",
   "ｱﾔﾏﾚ ﾄﾞｹﾞｻﾞｼﾛ ﾊﾅｼﾊｿﾚｶﾗﾀﾞ",
   "まず謝れって謝罪が先だろ文書で謝罪を出せって言ってんの",
   "誠に恐縮ですが、御社の代表者様直筆の詫び状を頂戴しないことには収まりがつきません。",
   "謝罪文、Ａ４で三枚以上な。",
   "R|駅のホームでみんなの前で土下座してもらうでな。",
   "O|女将が手をついて詫びるのが旅館の常識だら、詫び状も書かせろ。",
   "P|この子の写真に向かって土下座して謝って。",
  ],
  "en": [
   "I want a handwritten letter of apology from your president.",
   "Say sorry properly. On your knees, like they do in the dramas.",
   "I demand a formal written apology, signed by the whole board.",
   "Publish an apology on your homepage with my name in it.",
   "R|Make the driver apologise to me in front of the whole bus.",
   "Apologise ten times first, then maybe we can talk.",
   "Kindly send an apology letter on company letterhead by today itself.",
   "Sorry's not enough, mate, I want it in writing with the boss's signature.",
   "O|The okami must write my wife a formal apology, signed and stamped.",
  ]},
 "in_person_demand": {
  "ja": [
   "今から家まで来い、話はそれからだ。",
   "M|メカニックじゃなくて責任者がうちのガレージまで来て説明しろや。",
   "責任者が直接顔出して説明しに来いって言っとるだら。",
   "電話じゃ話にならん、上の人間連れて家に来なさい。",
   "T|茶園の社長がうちに来て目の前で淹れ直すまで納得せんでね。",
   "R|駅長をうちに寄越して説明させろ。",
   "O|協会の事務局長が袋井のうちまで来て話すのが筋だら。",
   "P|電話じゃ分からんで、担当の人がうちに来て直接説明して。",
   "ｾｷﾆﾝｼｬｶﾞ ｳﾁﾆｷﾃ ﾁｮｸｾﾂ ｾﾂﾒｲｼﾛ",
   "会って話さんと気が済まん、喫茶店でいいで出てこい。",
   "お手数ですが、担当の方に拙宅までお越しいただき、対面でご説明いただきたく存じます。",
   "そっちの人がうちに来て説明してくれないと話にならないから来てくださいって言ってるの",
  ],
  "en": [
   "Send someone to my house to explain this face to face.",
   "M|Your head mechanic comes to my garage and looks at it himself, I'm not riding it in.",
   "I want a manager in my living room, not on the phone.",
   "Come to my apartment in Kosai and we talk there, no more phone.",
   "Kindly depute your senior officer to my residence for a face-to-face meeting.",
   "T|Have the farm owner drive out to my place and brew it in front of me.",
   "P|Your adjuster needs to come to my home and see my cat himself.",
   "Meet me at the station cafe and bring your supervisor, we settle it in person.",
   "O|The association chief can come down to Atami and sit with us, that's the only way.",
  ]},
 "violence_threat": {
  "ja": [
   "次会ったらぶん殴るでな。",
   "窓口ごと燃やしたろか。",
   "なめとったらどうなるか分かってるだら？",
   "夜道には気をつけなよ。",
   "M|そっちの店にバイクで突っ込んでやるでな。",
   "R|駅員の胸ぐらつかんで引きずり出したるで覚えとけ。",
   "O|女将の顔見たらひっぱたくでな。",
   "ﾅﾒﾃﾙﾄ ﾏｼﾞﾃﾞ ｲﾀｲﾒﾐﾙｿﾞ",
   "おまえんとこ乗り込んで暴れたるでよ。",
   "ケガしたくなかったら言うこと聞けよ。",
   "刺されても文句言えんことしとるんだぞお前ら",
   "T|茶工場に火ぃつけてやろうか。",
   "P|あんたも同じ目に遭わせたろか。",
  ],
  "en": [
   "Next time I see your staff I'll knock his teeth out.",
   "Keep stalling and I'll come and smash your counter.",
   "You better watch your back, I know where your office is.",
   "M|I'll ride this lemon straight through your showroom window.",
   "Maybe I go there and make a big problem, you will see, somebody gets hurt.",
   "I swear I'll punch the next person who puts me on hold.",
   "R|I'll drag that driver off the bus myself.",
   "Push me once more and you'll regret it, mate, physically.",
   "You want me to come over there and break something? Is that it?",
  ]},
 "abusive_language": {
  "ja": [
   "お前ほんとにバカだら。",
   "無能しかおらんのかこの会社は。",
   "給料泥棒が。",
   "こんなこともできんのか、生きてる価値ないわ。",
   "ｱﾀﾏﾜﾙｲﾉ？ ﾎﾝﾄｲﾐﾜｶﾝﾅｲ",
   "日本語通じんのかお前。",
   "{staff}って人、脳みそ入ってないずら。",
   "あんたみたいなのがおるで会社が潰れるんだに。",
   "底辺の仕事しかできんくせに偉そうに。",
   "ばっかじゃないのマジで使えねーｗ",
   "まったく、近頃の窓口は程度が低い。人間の出来が悪いんだ。",
   "M|整備もまともにできんポンコツメカニックどもが。",
   "P|動物好きのふりしたクズ会社だな。",
  ],
  "en": [
   "You're a useless idiot.",
   "Are all of you this thick, or is it just you?",
   "What a bunch of brainless clowns.",
   "Stupid people working in stupid company.",
   "You are a disgrace, frankly, utterly incompetent.",
   "What nonsense, you people are good for nothing.",
   "You absolute drongo.",
   "Talking to you is like talking to a wall, you moron.",
   "M|Whoever built this bike is a total moron and so are you.",
  ]},
 "legal_threat": {
  "ja": [
   "弁護士立てて訴えるでな。",
   "損害賠償請求するで覚悟しとけ。",
   "出るとこ出てもいいんだに。",
   "M|国交省にリコール隠しだって通報するでな。",
   "R|国土交通省に言いつけてやる、どうなっても知らんぞ。",
   "P|金融庁に苦情入れるでね、業務停止になればいいだら。",
   "O|保健所に通報して営業停止にさせるでな。",
   "T|消費者庁に訴えてやる。",
   "ｿｼｮｳｽﾙｶﾗﾈ ﾍﾞﾝｺﾞｼﾓｲﾙｶﾗ",
   "裁判所で会いましょうかね。",
   "訴訟の準備はできてるからそのつもりで",
   "しかるべき機関に申し立てをいたしますので、覚悟なさってください。",
   "慰謝料取るまで裁判でも何でもやるでよ。",
  ],
  "en": [
   "I'll sue you for everything you've got.",
   "My lawyer will be filing a damages claim by Friday.",
   "See you in court.",
   "M|I'm reporting you to the transport ministry for hiding a recall.",
   "P|I will report your company to the Financial Services Agency and they shut you down.",
   "I'm going to take legal action unless this is fixed.",
   "Kindly note that legal proceedings will be initiated against your firm.",
   "I'll have the consumer agency on you so fast your head spins.",
   "O|I'll report this ryokan to the health centre and get it closed.",
  ]},
 "online_defamation_threat": {
  "ja": [
   "Googleの口コミに星１つで全部書いたるでな。",
   "Xで会社名出して晒すでね。",
   "YouTubeで動画にしてやるわ、再生回数稼げそうだら。",
   "M|バイク乗りのコミュニティに全部書き込むでな、誰も買わんくなるわ。",
   "O|旅行サイト全部に最低評価つけまくってやる。",
   "T|インスタで『まずい茶』ってストーリー上げとくでよろしく。",
   "R|この会話録音してるで、TikTokに流すわ。",
   "P|飼い主仲間のグループと掲示板に拡散するでね。",
   "ﾈｯﾄﾆｶｷｺﾑｶﾗ ｶｸｺﾞｼﾄｲﾃ",
   "知り合い全員にシェアして炎上させるで。",
   "もう掲示板にスレ立てたでな、見とけよ。",
   "この件、ブログに実名入りで載せさせていただきます。",
  ],
  "en": [
   "I'm gonna post this whole thread on the forum and tank your rep.",
   "I'll leave one-star reviews on every site I can find.",
   "I will make a TikTok about this, my followers will destroy you.",
   "I'm screenshotting this chat and putting it in every Filipino group in Hamamatsu.",
   "I will put this on the Brazilian community page, everyone will know.",
   "Expect a very detailed review on TripAdvisor, naming names.",
   "M|I'll trash you on every moto forum and YouTube channel I know.",
   "I've already started a thread about you lot on Reddit, and it's going to get worse.",
   "Fix it or this goes viral, I promise.",
  ]},
 "sexual_harassment": {
  "ja": [
   "声かわいいね、彼氏いるの？",
   "今度二人で飲みに行かん？",
   "スリーサイズ教えてよ。",
   "O|若い仲居さんに背中流してもらえるプランないの？",
   "その声聞いとるとムラムラするわ。",
   "ｶﾚｼｲﾙﾉ？ ｺﾝﾄﾞﾃﾞｰﾄｼﾖ",
   "胸おっきそうな声してるね。",
   "今日どんな下着はいてるの？",
   "T|ツアーのガイドのお姉さん色っぽかったで、今度個人的に案内してほしいな。",
   "M|後ろに乗せてやるで、ぴったりくっついてな。",
   "電話越しでも色っぽいねぇ、独身？",
   "P|獣医さんより君に診てほしいな、体のすみずみまで。",
  ],
  "en": [
   "You sound cute, are you single?",
   "How about you and me grab a drink after your shift, just us?",
   "Your voice is so sexy, say my name again.",
   "What are you wearing right now?",
   "O|Is there a plan where a young maid washes my back?",
   "I bet you look hot in that uniform.",
   "Send me a selfie, baby, then I'll calm down.",
   "M|Hop on the back of my bike, darling, and hold on tight.",
   "With that voice, honey, you should be whispering in my ear, not answering phones.",
  ]},
 "privacy_intrusion": {
  "ja": [
   "あんたの家どこ？",
   "LINEのID教えてよ、個人的に連絡したいで。",
   "何時に仕事終わるの？駅で待ってるで。",
   "R|あんたが何時の電車で帰るか知ってるでな。",
   "この前窓口で働いとるとこ、写真撮っといたで。",
   "{staff}さんの携帯番号教えて。",
   "ｼﾞｭｳｼｮ ｵｼｴﾃ ﾃｶﾞﾐｵｸﾙｶﾗ",
   "インスタ見つけたよ、鍵かけとっても無駄だに。",
   "浜松駅の北口で毎朝見かけるけど、あれ{staff}さんだら？",
   "O|フロントの子、どこに住んでるの？送ってくでさ。",
   "M|整備士の{staff}、休みの日はどこ走ってる？ついてくわ。",
   "お宅の{staff}さん、ご自宅はどちらでしたかね。年賀状を出したいもので。",
   "今週のシフト全部教えろよ、おる日に行くで。",
  ],
  "en": [
   "Where do you live? I'll drop by.",
   "Give me your personal WhatsApp, not the company one.",
   "What time do you finish? I'll wait for you outside.",
   "I took a photo of you at the counter last week, you look different in person.",
   "I found your Instagram, {staff}. Nice dog.",
   "Tell me {staff}'s home address, I'll send a letter.",
   "I know which bus {staff} takes home.",
   "What's your shift schedule this week? I want to know when you're there.",
   "Kindly share the personal mobile number of {staff}.",
  ]},
 "staff_naming": {
  "ja": [
   "{staff}を出せ。",
   "{staff}を辞めさせろ。",
   "{staff}以外とは話さんでな、{staff}呼んでこい。",
   "{staff}をクビにしろ、それが条件だ。",
   "{staff}ｦﾀﾞｾ ﾊﾅｼﾊｿﾚｶﾗ",
   "前に対応した{staff}ってのを出しなさいよ。",
   "{staff}を担当から外せ、二度と電話に出させるな。",
   "{staff}、あいつ今日おるだら？代われ。",
   "{staff}に処分が下るまで何回でも電話するでな。",
   "{staff}さんを出していただけますか。あの方でないと話になりませんので。",
   "だから{staff}さんを出してって言ってるんです{staff}さんじゃないとダメなんです",
  ],
  "en": [
   "Put {staff} on the line.",
   "I want {staff} fired.",
   "I'll only talk to {staff}, go get {staff}.",
   "Get me {staff}, the one who handled me before.",
   "{staff} should be removed from your team, I insist.",
   "Kindly transfer to {staff} only, no one else.",
   "Is {staff} there? Go fetch {staff} for me.",
   "Take {staff} off my case and make sure {staff} never answers my calls again.",
   "I need {staff} disciplined, and I want to hear it from you.",
  ]},
 "pressure_language": {
  "ja": [
   "仕事にならんだよ、どうしてくれるだ。",
   "これ致命的なミスだでな。",
   "多大な損害が出とるんだに。",
   "今すぐ対応しろ。",
   "一分一秒を争うんだよ、分かってるの？",
   "ｲﾏｽｸﾞﾔﾚ ﾏｼﾞﾃﾞ",
   "M|バイクが動かんで仕事にならん、今日中に何とかせい。",
   "R|おたくのせいで会社クビになったらどう責任とるんだ。",
   "O|せっかくの記念旅行が台無し、人生最大の損害だわ。",
   "T|贈答用がこれじゃ取引先との関係が終わる、損害は計り知れんでね。",
   "P|この子の命がかかってるんだよ、即刻払え。",
   "何回言わせるの、即刻対応して。",
   "こっちは一日何十万の損失だよ分かってんの",
  ],
  "en": [
   "This is catastrophic, I can't work like this.",
   "Fix it right now.",
   "You are causing me massive losses every single hour.",
   "This is a fatal mistake on your part.",
   "Do it immediately, I am not asking again.",
   "I'm losing thousands because of you people, deal with it NOW.",
   "This needs to be sorted within the hour or it's a total disaster.",
   "Kindly treat this as top-most priority and resolve immediately.",
   "Is life or death, you understand? Do it now.",
  ]},
}

# per-client pools: Q questions, G grievances, L legit angry-but-fair, N hard negatives,
# R repeated demand (one demand, many wordings)
CP = {
 "moto": {
  "Q": {"ja": [
    "オイル交換の目安って何キロごとだら？",
    "ETC車載器の取り付けって販売店でやってもらえますか。",
    "車検の前に点検パックって申し込めるずら？",
    "冬の間乗らんかったでバッテリーが上がってるみたいだけど、充電で直るかね。",
    "リコール対象かどうか、車体番号で調べてもらえますか。",
    "取扱説明書をなくしちゃったので、PDFでもらえませんか。",
    "純正のパニアケースって今から注文して何日くらいかかりますか",
    "中古で買ったんですけど、名義変更後もメーカー保証って引き継げますか。",
    "次のオーナーズミーティングって浜名湖であるんですか？行きたいです！",
    "ﾀｲﾔﾉｸｳｷｱﾂﾊ ﾄﾞﾉｸﾗｲﾃﾞｽｶ ﾌﾀﾘﾉﾘﾃﾞｽ"],
   "en": [
    "What's the recommended oil interval on the 650 twin?",
    "I bought this bike used, can I transfer the warranty to my name?",
    "May I ask where is the nearest authorised dealer in Toyohashi?",
    "Can I get the owner's manual in English as a PDF?",
    "Quick one: is my VIN under any open recall?",
    "Is the touring windscreen compatible with the 2028 model?",
    "Kindly share the service schedule for the first 1000 km.",
    "I would like to know if you have the rear brake pads in stock, please."]},
  "G": {"ja": [
    "先月買ったバイク、信号待ちでエンジンがストールするんだけど。",
    "修理に出して三週間、まだ部品が来んって言われとる。",
    "リコール修理の予約、販売店で二か月待ちって言われたんですけど。",
    "ブレーキから変な音がして、点検したのに直っとらんだよ。",
    "注文したパニアケースと違う色が届いたんですが。",
    "保証修理のはずが工賃を請求されたんだけど。"],
   "en": [
    "My new bike stalls at every red light.",
    "It's been three weeks and the part for my repair still hasn't arrived.",
    "The dealer says the recall fix is a two-month wait.",
    "The brakes still squeal after the service.",
    "I was charged labour for what should be a warranty repair."]},
  "L": {"ja": [
    "納車一週間でオイル漏れって、正直がっかりだよ。保証で直してもらえますよね。",
    "三回も販売店に持ってってまだ直らんのは、さすがにおかしいと思う。原因をちゃんと調べてほしい。",
    "ネットのレビューで同じ症状の人が何人もおるの読んだけど、メーカーとして把握してますか。",
    "知り合いの弁護士に聞いたら保証書を確認しろと言われたので、保証の範囲を書面で教えてください。",
    "来週から通勤で使うので、できれば今週中に修理の見通しだけでも教えてもらえると助かります。",
    "カーブで後輪が滑ってバイクに振り落とされかけた。ABSの点検をお願いしたい。"],
   "en": [
    "Oil leak one week after delivery. Honestly, pretty disappointed. This is covered under warranty, right?",
    "Third time at the dealer and it's still not fixed. Please have someone actually find the cause.",
    "I've read a bunch of forum posts about the same stalling issue. Are you aware of it?",
    "My brother-in-law is a lawyer and told me to check the warranty terms, so could you send me the coverage in writing?",
    "I need the bike for my commute from Monday, so even a rough repair timeline this week would really help."]},
  "N": {"ja": [
    "この前の点検で{staff}さんにすごく丁寧に説明してもらって助かりました。",
    "信号待ちでエンジンが死ぬ症状、キャブ掃除したら直ったで、ありがとね。",
    "キルスイッチの位置が前のバイクと違ってて、慣れるまで焦ったわｗ",
    "峠でこのバイクマジでぶっ飛ぶ、最高だら。タイヤの銘柄だけ教えて。",
    "ツーリング死ぬほど楽しかったです！次のイベントも参加したい。",
    "ぶっちゃけ前のバイクよりずっといい。オイル交換の時期だけ教えて。"],
   "en": [
    "Shoutout to {staff} at the service desk, super helpful last week.",
    "The engine kept killing at idle until the dealer cleaned the throttle body. Runs like a dream now.",
    "This thing pulls like a freight train and will throw you off if you're not careful, love it. What tyre pressure for two-up?",
    "Bike's a killer on the twisties. Where can I get the tank pad?",
    "I nearly died laughing at the owners' meet-up video, great job. When's the next one?"]},
  "R": {"ja": [
    "部品がいつ届くのか、日付で教えてください。",
    "で、結局部品の入荷日はいつになるだ？",
    "交換部品、何月何日に入るのか確定させてほしいんだけど。",
    "パーツの到着予定日、まだ決まらんの？教えてよ。",
    "入荷日をはっきり言ってもらえんかね、部品の。",
    "部品の納期、具体的な日にちを知りたいです。"],
   "en": [
    "When exactly is the part arriving? I need a date.",
    "So what's the ETA on my part?",
    "Give me a firm delivery date for the replacement part.",
    "Still no date for the part? Tell me when it's coming.",
    "I'm asking again: which day does the part get to the dealer?"]},
 },
 "tea": {
  "Q": {"ja": [
    "新茶の予約っていつから始まるずら？",
    "茶摘み体験ツアー、５月の土曜日に大人２人空いてますか。",
    "贈答用ののし紙って付けてもらえますか。",
    "定期便の届く日を月末にずらしたいんですけど。",
    "深蒸し茶と普通煎茶、どっちが水出しに向いてるだら？",
    "ツアーの集合場所は金谷駅でよかったですかね。",
    "カフェインが少ないお茶はありますか。妊娠中でして。",
    "領収書を会社名で出してもらえますか。",
    "雨の場合のツアーってどうなるの？"],
   "en": [
    "Do you ship your sencha to the Philippines?",
    "Is the tea-picking tour on May 18 still open for two adults?",
    "Which tea would you recommend for cold brew?",
    "Can I get gift wrapping with a message card?",
    "Is the tasting tour available in English or Portuguese?",
    "What's the pickup point for the tour, Kanaya station?",
    "Kindly tell me the caffeine content of your hojicha.",
    "Could I move my subscription delivery to the end of the month, please?"]},
  "G": {"ja": [
    "届いた新茶の袋が破れて、中身がこぼれとったんですけど。",
    "母の日に届くはずのギフトが、三日遅れて届きました。",
    "ツアーが雨で中止になったのに、返金の案内が来んのだけど。",
    "頼んだのは深蒸しなのに普通煎茶が入っとった。",
    "定期便、解約したはずなのにまた届いたんですけど。",
    "ツアーのバスが集合場所に来なくて30分待たされました。"],
   "en": [
    "The tea bag arrived torn and half the leaves were loose in the box.",
    "The Mother's Day gift arrived three days late.",
    "The tour was cancelled for rain and I still have no refund info.",
    "I ordered fukamushi and got regular sencha.",
    "I cancelled my subscription but got charged again."]},
  "L": {"ja": [
    "ギフトで贈ったのに三日も遅れて、先方に恥ずかしい思いをしました。規約どおり送料の返金をお願いします。",
    "雨で中止になったツアー代、規約では全額返金ですよね。手続きを進めてください。",
    "口コミで評判が良かったから頼んだのに、袋が破れとってがっかりだよ。交換をお願いします。",
    "解約したのにまた請求されてる。二重請求の分は返してください。",
    "明日の法事で使うお茶なので、今日の発送に間に合うかだけ確認したいです。",
    "熱湯で淹れたら苦くて飲めんかった。適温を説明書に書いといてほしいです。"],
   "en": [
    "The gift arrived three days late and I was embarrassed. Per your terms, please refund the shipping.",
    "Your terms say a rain-cancelled tour is fully refunded. Please process it.",
    "I read great reviews and ordered, and the bag arrived torn. Please send a replacement.",
    "I cancelled and was charged again. Please refund the duplicate charge.",
    "I brewed it with boiling water like the bag said and it was bitter as hell. The instructions need fixing."]},
  "N": {"ja": [
    "ツアーガイドの{staff}さんの説明がとても分かりやすかったです。",
    "熱湯じゃなくて７０度くらいで淹れたら、ほんとに甘くてびっくりしました。",
    "茶畑の防霜ファンって何のためにあるだら？子どもに聞かれて。",
    "殺青の工程を見学できる日ってありますか。",
    "新茶うますぎて死ぬ。リピート確定です。"],
   "en": [
    "Please thank {staff}, the tour guide, she was brilliant.",
    "The matcha is killer, my whole family is hooked. Do you sell bigger bags?",
    "I used boiling water at first and it tasted like death, 70 degrees is perfect though!",
    "What is the 'kill-green' step on the tour? Sounds intense.",
    "Bloody lovely tea, mate. Can I get it sent to Brisbane?"]},
  "R": {"ja": [
    "ツアー代の返金、いつ振り込まれるんですか。",
    "返金の入金日を教えてください。",
    "中止になったツアーのお金、いつ戻ってくるだ？",
    "返金手続き、どこまで進んでるか知りたいんだけど。",
    "ツアーの払い戻し、まだ入っとらんけどいつ？"],
   "en": [
    "When will the tour refund hit my account?",
    "What's the date for my refund?",
    "Where is my money for the cancelled tour?",
    "How far along is my refund, exactly?",
    "The tour refund still isn't in. When?"]},
 },
 "rail": {
  "Q": {"ja": [
    "昨日の夕方、新浜松行きの電車に傘を忘れたんですけど届いてますか。",
    "通学定期の継続って何日前から買えますか。",
    "ICカードの残高が合わない気がするんで、履歴見れますか。",
    "休日ダイヤの時刻表、PDFでありますか。",
    "自転車って電車に載せられるずら？",
    "バスの乗り継ぎ割引ってどうやって使うだ？",
    "車いすで乗りたいので、駅員さんの介助をお願いできますか。",
    "遅延証明書ってウェブで出せますか。",
    "定期を落としちゃったんですけど再発行できますか。"],
   "en": [
    "I left a black backpack on the bus to Hamamatsu station this morning, did anyone hand it in?",
    "How many days before can I renew my commuter pass?",
    "Can I take my bicycle on the train on weekends?",
    "Where can I download a delay certificate for my company?",
    "Does the bus from the university run during Golden Week?",
    "Can I buy the student pass with a foreign student ID?",
    "Is there step-free access at the lakeside station, please?",
    "How do I recharge the IC card with cash?"]},
  "G": {"ja": [
    "今朝の電車がまた遅れて、遅刻しました。",
    "忘れ物の財布、届いてるはずなのに駅で見つからんって言われた。",
    "定期券の払い戻し額が思っとったより少ないんだけど。",
    "バスが時刻表より早く出ちゃって乗れんかった。",
    "ICカードで二重に引き落とされとる。",
    "運転手さんに降りる停留所を飛ばされました。"],
   "en": [
    "The 7:42 was late again and I was late for work.",
    "My wallet was handed in but the station says they can't find it.",
    "The commuter pass refund is less than I expected.",
    "The bus left before the timetable time and I missed it.",
    "My IC card was charged twice at the gate."]},
  "L": {"ja": [
    "今月だけで遅延５回。通勤に使ってる身としては本当に困る。改善の予定はあるんですか。",
    "財布が届いてると連絡もらったのに窓口で見つからんって、どういう管理してるんですか。もう一度探してください。",
    "殺人的な混雑で子どもが押し潰されそうでした。増便を検討してほしい。",
    "払い戻し額の計算根拠を教えてください。規則どおりなら納得します。",
    "明日朝一の面接なので、始発の運行状況だけ今日中に教えてもらえると助かります。",
    "バスが早発して乗れんかった。仕事に遅れたし、運転手さんにちゃんと注意してください。"],
   "en": [
    "Five delays this month alone. For commuters this is a real problem. Is anything being done?",
    "You told me my wallet was handed in and now the counter can't find it. Please look again properly.",
    "The rush hour crowding is murderous, my kid nearly got crushed. Please consider more trains.",
    "Please explain how the pass refund was calculated. If it's per the rules, fine.",
    "The bus left four minutes early and I missed my shift start. Please remind the drivers."]},
  "N": {"ja": [
    "忘れ物の傘、{staff}さんが探してくれて見つかりました。ありがとうございます。",
    "人身事故で止まってた時の振替輸送、案内がわかりやすかったです。",
    "朝の通勤ラッシュ殺人的すぎｗ でも定時運行えらい。",
    "鉄道の日のイベント、子どもが死ぬほど喜んでました。",
    "運転士さんが急ブレーキで事故を防いでくれた件、お礼を伝えてください。"],
   "en": [
    "{staff} at the lost property counter found my bag, please pass on my thanks.",
    "The crowding at 8am is murder but the trains run on time, respect.",
    "The driver slammed the brakes and avoided a crash yesterday, please thank him.",
    "My son was dying to ride the old train at the open day. When is the next one?"]},
  "R": {"ja": [
    "黒いリュック、もう一回ちゃんと探してください。",
    "忘れ物のリュック、見つかったか教えて。",
    "この前の黒いリュック、ほんとに届いてないの？再確認して。",
    "リュックの件、全部の駅に問い合わせてもらえますか。",
    "落としたリュック、探してもらえたかね。"],
   "en": [
    "Please search again for my black rucksack.",
    "Any news on my lost backpack?",
    "Are you sure the black rucksack wasn't handed in? Check again.",
    "Could you ask every station about my bag?",
    "Did anyone find my backpack yet?"]},
 },
 "onsen": {
  "Q": {"ja": [
    "加盟旅館で犬と泊まれる宿を教えてもらえますか。",
    "源泉かけ流しの宿で、日帰り入浴できるところはありますか。",
    "湯めぐり手形って何軒まで使えるだら？",
    "車いすでも入れる貸切風呂がある宿を探しています。",
    "タトゥーがあるんですけど、入れるお風呂ありますか。",
    "協会の宿泊クーポン、有効期限はいつまででしょうか。",
    "７月の平日に一泊、５人で泊まれる宿ありますか。",
    "領収書の宛名を変えてもらうことはできますか。"],
   "en": [
    "Which member ryokan allow small dogs?",
    "Is there a private bath we can book? My husband uses a wheelchair.",
    "I have a small tattoo, are there baths where that's okay?",
    "How many baths can we visit with the onsen-hopping pass?",
    "Do any of your inns offer vegetarian kaiseki, please?",
    "When does the accommodation coupon expire?",
    "Any ryokan near the station that takes late check-in?",
    "Kindly share the list of ryokan with English-speaking staff."]},
  "G": {"ja": [
    "予約してた部屋と違う部屋に通されたんですけど。",
    "露天風呂が工事中って、予約の時に聞いとらんよ。",
    "湯めぐり手形を買ったのに、三軒も断られた。",
    "夕食のアレルギー対応をお願いしたのに、エビが出てきました。",
    "キャンセル料、規定より多く取られてる気がするんだけど。",
    "隣の部屋がうるさくて全然寝れんかったに。"],
   "en": [
    "We were given a different room from the one we booked.",
    "Nobody told us the outdoor bath was closed for works.",
    "Three inns refused our onsen pass.",
    "I said shellfish allergy and they served prawns.",
    "I think the cancellation fee charged is higher than the policy."]},
  "L": {"ja": [
    "アレルギーを伝えてたのにエビが出てきた。命に関わることなので、宿にきちんと伝えてください。",
    "露天風呂が工事中なら予約時に言ってほしかった。差額があるなら返金してもらえますか。",
    "源泉が熱湯みたいに熱くて、子どもが入れんかった。注意書きを出してもらえるといいです。",
    "旅行サイトの口コミで騒音の件を読んでたけど、まさか本当とは。次は部屋の変更できますか。",
    "キャンセル規定を読み直したら、取られた額が多い気がします。確認して差額を返してください。",
    "来週の予約で車いすの父が一緒なので、段差の確認だけ急ぎでお願いしたいです。"],
   "en": [
    "I told them about the shellfish allergy and prawns came out. This could have been serious, please make sure the inn knows.",
    "If the outdoor bath was under construction we should have been told. Is a partial refund possible?",
    "The spring water was scalding, my kids couldn't get in. A warning sign would help.",
    "I'd read reviews about the noise, and sure enough. Could the room be changed next time?",
    "Reading the cancellation policy again, I think I was overcharged. Please check and refund the difference."]},
  "N": {"ja": [
    "女将さんと仲居の{staff}さんのおもてなし、最高でした。",
    "熱湯風呂ってほんとにあるんですね、熱すぎて死ぬかと思ったｗ 楽しかったです。",
    "源泉の温度が高いので加水してるって聞いたけど、成分表ってもらえますか。",
    "サウナで整いすぎて昇天しかけました。また行きます。",
    "協会の湯めぐり手形、めちゃくちゃお得でした。"],
   "en": [
    "The okami and {staff} were wonderful, please tell them.",
    "The hot spring was killer, I was dying to go back the next morning.",
    "The source water is near boiling, is it cooled with water or just left to rest?",
    "We were knackered after the hike and the bath knocked us out cold, in the best way."]},
  "R": {"ja": [
    "宿泊の領収書、再発行してください。",
    "領収書をもう一回送ってもらえますか。",
    "この前の宿代の領収書、まだ来とらんけど。",
    "領収書の再発行の件、どうなりました？",
    "泊まった分の領収書、出し直してほしいだけど。"],
   "en": [
    "Please reissue the receipt for our stay.",
    "Can you send the receipt again?",
    "The receipt for the stay still hasn't arrived.",
    "What happened with my receipt reissue?",
    "I need that receipt re-sent, please."]},
 },
 "pet": {
  "Q": {"ja": [
    "猫の歯石取りは補償の対象になりますか。",
    "２匹目の加入で割引ってあるずら？",
    "保険証を動物病院で見せれば窓口精算できますか。",
    "請求書類の書き方がわからんで教えてもらえますか。",
    "うちの子が10歳になったけど、保険料はいくらになりますか。",
    "引っ越したので住所変更をお願いしたいです。",
    "ワクチンで予防できる病気は対象外って本当ですか。",
    "フェレットも入れますか。"],
   "en": [
    "Is dental cleaning for my cat covered?",
    "Do you have a discount for a second dog?",
    "How do I fill in the claim form? The vet's receipt is in Japanese.",
    "Can I use the insurance card directly at the vet?",
    "My rabbit turns 5 next month, will the premium change?",
    "How to change my address on the policy?",
    "Does the policy cover physiotherapy after surgery?",
    "What documents do I need to claim for an X-ray?"]},
  "G": {"ja": [
    "保険金の請求から一か月たつけど、まだ振り込まれとらんだけど。",
    "手術の請求が、既往症だって言われて払われんかった。",
    "書類を二回も出し直しさせられた。",
    "更新の案内が来ずに、保険が切れとったんですが。",
    "窓口精算できるはずの病院で使えんかった。",
    "保険料が急に上がったけど、説明がなかったよ。"],
   "en": [
    "It's been a month since my claim and no payment yet.",
    "My dog's surgery claim was rejected as pre-existing.",
    "I've had to resubmit the same documents twice.",
    "Nobody sent a renewal notice and my policy lapsed.",
    "The vet said your card couldn't be used there."]},
  "L": {"ja": [
    "請求から一か月、連絡もないのはさすがに遅いと思います。進捗を教えてください。",
    "既往症って言われたけど、加入前の診察は別の病気です。カルテを出すので見直してください。",
    "約款では手術費用は７割補償ですよね。明細を送るので規定どおり払ってください。",
    "更新の案内がなくて保険が切れとった。通知の仕組みを見直してほしい。",
    "明日手術なので、事前に補償対象か確認できると助かります。急ぎですみません。",
    "骨折の手術、補償対象って聞いて請求したのに減額されてる。理由を書面でください。"],
   "en": [
    "A month and no update on my claim is too slow. Please tell me where it stands.",
    "The pre-existing condition you mention is a different illness. I'll send the records, please review.",
    "The policy says 70% of surgery costs. I'm sending the itemised bill, please pay per the terms.",
    "No renewal notice and my policy lapsed. That process needs fixing.",
    "Surgery is tomorrow, so it would really help to confirm coverage today. Sorry for the rush."]},
  "N": {"ja": [
    "担当の{staff}さんが請求の書き方を丁寧に教えてくれました。",
    "保護犬を迎えました。殺処分寸前だった子ですが、加入できますか。",
    "安楽死を選んだ場合の費用は補償対象か、念のため聞いておきたいです。",
    "去勢手術って保険の対象外ですよね？確認です。",
    "うちの猫、爪切りで暴れて殺されるかと思いましたｗ 鎮静剤の費用は出ますか。"],
   "en": [
    "{staff} walked me through the claim form, very kind.",
    "We adopted a shelter dog that was about to be put down. Can he be insured?",
    "If we ever have to euthanise, is that covered? Asking ahead, sorry.",
    "My cat went full murder mode at the vet, ha. Is the sedation covered?"]},
  "R": {"ja": [
    "却下された請求、もう一度審査してください。",
    "手術の請求、再審査をお願いします。",
    "あの請求、見直してもらえんかね。",
    "不支払いの件、もう一回ちゃんと見てほしい。",
    "再審査の結果はまだですか。"],
   "en": [
    "Please re-review my rejected claim.",
    "I'm asking for a second assessment of the surgery claim.",
    "Can someone look at that claim again?",
    "Reconsider the non-payment, please.",
    "Any result on the re-review yet?"]},
 },
}

ROADSIDE = {
 "ja": [
  "国道１号でパンクして動けん、レッカーお願いします。浜松バイパスの篠原あたりです。",
  "夜分すみません、天竜の山道でエンジンが止まってかからんくなりました。",
  "転倒してハンドルが曲がった、ケガはないけど自走できんです。",
  "ガス欠です…一番近いスタンドまで運んでもらえますか。",
  "バッテリー上がりで、コンビニの駐車場で立ち往生してます。",
  "雨の中で電装系が死んだみたいでライトがつかない、危ないので迎えお願いします。"],
 "en": [
  "Flat tyre on Route 1 near Shinohara, I can't move, need a tow.",
  "Engine died on the mountain road past Tenryu, won't restart. It's pitch dark here.",
  "Dropped the bike, I'm okay but the bars are bent, can't ride it.",
  "Out of fuel on the bypass, can you get me to the nearest station?",
  "Battery's dead, I'm stuck in a convenience store car park in Iwata."],
}

PINGS = {
 "ja": ["まだ？", "おーい", "ねえ", "見てる？", "返事まだ？", "？？", "既読ついとるら？", "ちょっと",
        "聞いてる？", "おーい誰かおらんの", "ｵｰｲ", "まだかね", "まーだー？", "もしもーし"],
 "en": ["hello??", "read it yet?", "anyone there?", "???", "hellooo", "still waiting here",
        "u there?", "oi", "helloooo po?", "ola??", "ping", "hey", "answer pls"],
}
CHAT_EXTRA = {
 "ja": ["写真送ります。", "注文番号は{num}です。", "あ、あと一点だけ。", "ありがとうございます、助かりました。", "了解です！"],
 "en": ["Sending a photo now.", "Ref number is {num}.", "Oh, one more thing.", "Thanks, that helps!", "ok got it, thx"],
}
URGENT_TAG = {"ja": ["【至急】", "緊急です。", "至急お願いします。", ""], "en": ["URGENT: ", "Urgent. ", "ASAP pls. ", ""]}
FOLLOWUP = {"ja": ["先日お問い合わせした件の続きです。", "前にも連絡した件です。", "その後どうなったか確認したくて。"],
            "en": ["Following up on my earlier message.", "Re my previous contact:", "Just checking on this again."]}
LONG_FILL = {
 "ja": ["さっきも言ったけど、", "だからね、", "話を最初から整理するとね、", "ちょっと待って、まだ終わっとらんよ。", "それは聞いた、そうじゃなくて。"],
 "en": ["Like I said before,", "No, listen,", "Let me start from the beginning again.", "Hold on, I'm not done.", "I heard that already, that's not my point."],
}

JA_REGS = ["enshu", "shizuoka", "young", "elder", "casual", "kana", "hwkana", "voice"]
JA_REG_W = [0.2, 0.15, 0.14, 0.14, 0.12, 0.08, 0.07, 0.10]
EN_REGS = ["br", "ph", "us", "uk", "in", "au"]
JA_OPEN = {
 "enshu": ["あのさぁ、", "ちょっと聞きたいだけど、", "どうもね。"],
 "shizuoka": ["すいません、", "ちょっといいですか。", ""],
 "young": ["すみませーん", "あの〜", "てか"],
 "elder": ["お世話になっております。", "恐れ入ります。", "突然のご連絡失礼いたします。"],
 "casual": ["どうも。", "こんにちは。", ""],
 "kana": ["すみません、", "こんにちは。", ""],
 "hwkana": ["ｽﾐﾏｾﾝ ", "ｺﾝﾆﾁﾊ ", ""],
 "voice": ["もしもし", "えっと", ""],
}
JA_CLOSE = {
 "enshu": ["頼むでね。", "よろしくだに。", "じゃあね。"],
 "shizuoka": ["よろしくお願いします。", "お願いしますね。"],
 "young": ["よろです🙏", "おねしゃす", "お願いしまーす"],
 "elder": ["何卒よろしくお願い申し上げます。", "ご確認のほどよろしくお願いいたします。"],
 "casual": ["よろしく。", "お願いします。"],
 "kana": ["よろしく おねがいします。", "おねがいします。"],
 "hwkana": ["ﾖﾛｼｸ", "ｵﾈｶﾞｲｼﾏｽ"],
 "voice": ["よろしくお願いします", "以上です"],
}
REG_EXTRA = {
 "enshu": ["ほんとに困っとるだよ。", "どうすりゃいいだら。", "忙しいとこ悪いけど、頼むに。", "ちゃんと見てくれりゃいいだけど。"],
 "shizuoka": ["ちょっと困ってるだよね。", "これってどうなるずら？", "わからんもんで聞いてます。"],
 "young": ["マジ困ってます", "てかこれどうすればいいんすか", "ガチで謎なんだけど"],
 "elder": ["年寄りなもので、よく分からず申し訳ございません。", "お手数をおかけいたしますが、ご確認のほどお願い申し上げます。"],
 "casual": ["ちょっと困ってて。", "確認お願いできる？"],
 "kana": ["よく わからなくて こまってます。", "すみません、よろしく おねがいします。"],
 "hwkana": ["よくわからないのでおしえてください", "こまってます"],
 "voice": ["えっとですね", "あのちょっと待ってくださいね", "そうそうそれで"],
 "br": ["I am waiting since two weeks already.", "Please, I need this for my work, is very important for me.",
        "Sorry for my english.", "Nossa, I don't understand the letter you send.", "My japanese is not so good, please answer in english."],
 "ph": ["I already sent the documents last week po.", "Until now no reply yet.", "Kindly check naman po.",
        "Sorry for the disturbance po.", "Pls advise what to do next."],
 "us": ["Not trying to be a jerk here, just want it sorted.", "Been riding twenty years, never seen this.", "Appreciate you guys, seriously."],
 "uk": ["I must say I'm rather disappointed.", "I'd be grateful for a prompt reply.", "Frankly, I expected better."],
 "in": ["I have already informed the same yesterday itself.", "Kindly revert with the status.", "Please clarify the same."],
 "au": ["No worries if it takes a bit.", "Reckon it's a quick fix?", "Bit of a pain, to be honest."],
}
JA_CLOSE_H = ["返事待っとるでな。", "以上。", "分かった？", ""]
EN_OPEN = {
 "br": ["Hello, good afternoon!", "Hi, please,", "Ola,"],
 "ph": ["Good day po!", "Hi ma'am/sir,", "Hello po,"],
 "us": ["Hey,", "Yo,", "Hey guys,"],
 "uk": ["Good morning,", "Hello,", "I hope this finds you well."],
 "in": ["Dear Sir/Madam,", "Greetings,", "Hello team,"],
 "au": ["G'day,", "Hey mate,", "Hi there,"],
}
EN_CLOSE = {
 "br": ["Obrigado!", "Thank you very much.", "I wait your answer."],
 "ph": ["Thank you po.", "Kindly advise po.", "God bless."],
 "us": ["Thanks, man.", "Ride safe.", "Appreciate it."],
 "uk": ["Kind regards.", "Many thanks.", "Best wishes."],
 "in": ["Kindly do the needful.", "Please revert at the earliest.", "Thanks and regards."],
 "au": ["Cheers.", "Ta.", "Cheers mate."],
}
EN_CLOSE_H = ["Waiting.", "That's all.", "Your move.", ""]

AGENT_LINES = {
 "ja": ["さようでございますか。", "確認いたしますので、少々お待ちください。", "ご不便をおかけして申し訳ございません。",
        "担当部署に確認のうえ、折り返しご連絡いたします。", "恐れ入りますが、お客様番号をお伺いできますか。",
        "承知いたしました。", "規定に沿ってご案内いたします。"],
 "en": ["I see.", "Let me check that for you, one moment.", "I'm sorry for the inconvenience.",
        "I'll confirm with the team and call you back.", "May I have your customer number, please?",
        "Understood.", "I'll explain what the terms allow."],
}
REPLY_BODY = {
 "ja": ["担当部署に確認のうえ、改めてご連絡いたします。", "ご不便をおかけし申し訳ございません。規定に基づき対応いたします。",
        "ご案内のページをお送りいたします。", "本件、手配が完了いたしました。", "お問い合わせの件、下記のとおりご案内いたします。",
        "恐れ入りますが、追加で書類のご提出をお願いいたします。"],
 "en": ["We are checking with the team and will get back to you.", "We apologise for the inconvenience and will handle this under our terms.",
        "Please find the relevant page below.", "This has now been arranged.", "Here is the information you asked for.",
        "Could you please send us one more document?"],
}
SUBJ = {
 "moto": {"ja": ["修理・点検について", "部品のお問い合わせ", "リコールの件", "保証について"],
          "en": ["Repair / service", "Parts enquiry", "Recall question", "Warranty"]},
 "tea": {"ja": ["ご注文品について", "茶摘み体験ツアーの予約", "定期便の件", "ギフトのお届け"],
         "en": ["My order", "Tea-picking tour booking", "Subscription", "Gift delivery"]},
 "rail": {"ja": ["お忘れ物", "定期券について", "遅延について", "バスのご意見"],
          "en": ["Lost property", "Commuter pass", "Delay", "Bus feedback"]},
 "onsen": {"ja": ["宿泊の件", "湯めぐり手形", "クーポンについて", "ご意見"],
           "en": ["Stay enquiry", "Onsen pass", "Coupon", "Feedback"]},
 "pet": {"ja": ["保険金請求について", "契約内容の確認", "住所変更", "ご相談"],
         "en": ["Claim", "Policy question", "Change of address", "Enquiry"]},
}

# 16 transcript label formats: (agent, customer, time-code style)
TX_FORMATS = [
 ("担当: ", "客: ", None), ("Agent: ", "Customer: ", None), ("オペレーター：", "お客様：", None),
 ("[{tc}] AGT: ", "[{tc}] CUS: ", "hms"), ("OP> ", "CL> ", None), ("スタッフ｜", "顧客｜", None),
 ("Rep - ", "Caller - ", None), ("<agent> ", "<caller> ", None), ("応対者: ", "発信者: ", None),
 ("SPK1: ", "SPK2: ", None), ("{tc} 担当者 ", "{tc} お客さま ", "hms"), ("(オペ) ", "(客) ", None),
 ("Speaker A: ", "Speaker B: ", None), ("", "", None), ("ＡＧ：", "ＣＳ：", None),
 ("[Operator {tc}] ", "[Caller {tc}] ", "ms"), ("{tc} O: ", "{tc} C: ", "ms"),
]

# ---------------------------------------------------------------------------
# form-only transforms (never change words)
# ---------------------------------------------------------------------------
def _hw_table():
    rev = {}
    for cp in range(0xFF61, 0xFFA0):
        c = chr(cp)
        full = unicodedata.normalize("NFKC", c)
        if len(full) == 1 and full not in rev:
            rev[full] = c
        for mark in ("\uFF9E", "\uFF9F"):
            f2 = unicodedata.normalize("NFKC", c + mark)
            if len(f2) == 1 and f2 not in rev:
                rev[f2] = c + mark
    return rev


HW = _hw_table()


def to_halfwidth_kana(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x3041 <= o <= 0x3096:
            ch = chr(o + 0x60)
        out.append(HW.get(ch, ch))
    return "".join(out)


def to_fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def to_voice(s):
    for p in "。、！？!?「」｡､":
        s = s.replace(p, " ")
    return " ".join(s.split())


EMO_N = {"moto": ["🏍️", "👍"], "tea": ["🍵", "😊"], "rail": ["🚃", "🙏"], "onsen": ["♨️", "😊"], "pet": ["🐶", "🐱", "🙏"]}
EMO_H = ["😡", "💢", "😤", "🤬"]


def vary(s, lang, harsh, client, rng):
    if lang == "ja":
        r = rng.random()
        if r < 0.18:
            s = s.replace("。", "｡").replace("、", "､")
        elif r < 0.32 and harsh and s.endswith("。"):
            s = s[:-1] + rng.choice(["！", "！！", "!!"])
        elif r < 0.42 and s.endswith("。"):
            s = s[:-1]
        if rng.random() < (0.16 if harsh else 0.07):
            s += rng.choice(EMO_H if harsh else EMO_N[client])
    else:
        r = rng.random()
        if harsh and r < 0.14:
            s = s.upper()
        elif r < 0.24:
            s = s.lower()
        if s.endswith(".") and rng.random() < 0.18:
            s = s[:-1] + ("!!" if harsh else "")
        if rng.random() < (0.14 if harsh else 0.06):
            s += " " + rng.choice(EMO_H if harsh else EMO_N[client])
    return s


def eligible(lst, client):
    letter = CLIENTS[client]["letter"]
    out = []
    for s in lst:
        if len(s) > 2 and s[1] == "|":
            if s[0] != letter:
                continue
            s = s[2:]
        out.append(s)
    return out


# ---------------------------------------------------------------------------
# time helpers (naive datetimes are Asia/Tokyo)
# ---------------------------------------------------------------------------
def rand_in_hours(d, rng, latest_end_margin=8):
    h0, m0, h1, m1 = HOURS[d.weekday()]
    m = rng.randint(h0 * 60 + m0 + 3, h1 * 60 + m1 - latest_end_margin)
    return dt.datetime.combine(d, dt.time(m // 60, m % 60, rng.randint(0, 59)))


def rand_off(rng, day=None):
    if day is None:
        day = rng.choice(CLOSED_DAYS) if rng.random() < 0.45 else rng.choice(OPEN_DAYS)
    if is_closed_day(day):
        m = rng.randint(7 * 60, 23 * 60 + 30)
    elif day.weekday() == 5:
        m = rng.randint(17 * 60, 23 * 60 + 30)
    else:
        m = rng.randint(18 * 60 + 20, 23 * 60 + 40) if rng.random() < 0.75 else rng.randint(5 * 60 + 30, 8 * 60 + 40)
    t = dt.datetime.combine(day, dt.time(m // 60, m % 60, rng.randint(0, 59)))
    assert is_off(t)
    return t


def night_time(rng):
    d = rng.choice(ALL_DAYS)
    m = rng.choice([rng.randint(20 * 60, 23 * 60 + 50), rng.randint(0, 5 * 60)])
    return dt.datetime.combine(d, dt.time(m // 60, m % 60, rng.randint(0, 59)))


END_DT = dt.datetime.combine(END, dt.time(23, 59, 59))
START_DT = dt.datetime.combine(START, dt.time(0, 0, 0))


def next_open(t, rng, min_delay):
    t2 = t + dt.timedelta(minutes=min_delay)
    if not is_off(t2):
        return t2
    for d in OPEN_DAYS:
        if d < t2.date():
            continue
        h0, m0, h1, m1 = HOURS[d.weekday()]
        o = dt.datetime.combine(d, dt.time(h0, m0))
        if o > t2:
            return o + dt.timedelta(minutes=rng.randint(4, 150), seconds=rng.randint(0, 59))
    return None


# ---------------------------------------------------------------------------
# generator
# ---------------------------------------------------------------------------
SRC_OFFSET = {"pbx-hamamatsu": 9, "pbx-manila": 8, "livechat-cc": 9, "livechat-mnl": 8,
              "mailgw-shizuoka": 0, "webform-cms": 0, "sns-inbox": 9, "counter-tablet": 9,
              "roadside-24h": 9}
SRC_MS = {"livechat-cc": 1.0, "livechat-mnl": 1.0, "webform-cms": 0.5}


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.events = []
        self.n = 0
        self.thread_n = 0

    # ---------- ids ----------
    def eid(self):
        self.n += 1
        return "ce20-" + hashlib.sha1(f"{SEED}/{self.n}".encode()).hexdigest()[:16]

    def thread(self, ch):
        self.thread_n += 1
        pre = {"email": "MSG", "web_form": "WF", "chat": "CHT", "sns": "DM", "phone": "CALL", "visit": "VIS"}[ch]
        return f"{pre}-{300000 + self.thread_n * 7 + self.rng.randint(0, 6)}"

    # ---------- people ----------
    def agent_for(self, c, ch):
        rng = self.rng
        pool = JA_AGENTS if c["lang"] == "ja" else EN_AGENTS
        if rng.random() < 0.55 and c.get("usual") in pool:
            return c["usual"]
        return rng.choice(pool)

    def aname(self, aid, lang):
        return AG[aid][1] if lang == "ja" else AG[aid][2]

    def source_for(self, ch, agent):
        site = AG[agent][3] if agent else "hm"
        if ch == "phone":
            return "pbx-manila" if site == "mnl" else "pbx-hamamatsu"
        if ch == "chat":
            return "livechat-mnl" if site == "mnl" else "livechat-cc"
        return {"email": "mailgw-shizuoka", "web_form": "webform-cms", "sns": "sns-inbox", "visit": "counter-tablet"}[ch]

    def pick_channel(self, c, allow=None):
        w = dict(c["chw"])
        if allow is not None:
            w = {k: v for k, v in w.items() if k in allow}
        ks = list(w)
        return self.rng.choices(ks, [w[k] for k in ks])[0]

    # ---------- text ----------
    def reg_apply(self, c, s):
        if c["lang"] == "ja":
            if c["reg"] == "hwkana" and getattr(self, "cur_ch", "") not in ("phone", "visit"):
                s = to_halfwidth_kana(s)
            elif c["reg"] == "voice":
                s = to_voice(s)
        return s

    def staff_fill(self, s, c, aid=None):
        if "{staff}" in s:
            aid = aid or c["target"]
            s = s.replace("{staff}", self.aname(aid, c["lang"]))
        return s

    def harass_sentence(self, c, code):
        rng = self.rng
        pool = eligible(HARASS[code][c["lang"]], c["client"])
        unused = [s for s in pool if s not in c["used"]]
        s = rng.choice(unused or pool)
        c["used"].add(s)
        s = self.staff_fill(s, c)
        return vary(s, c["lang"], True, c["client"], rng)

    def base_sentence(self, c, kind, idx=None, harsh=False):
        rng = self.rng
        lst = CP[c["client"]][kind][c["lang"]]
        if idx is None:
            idx = rng.randrange(len(lst))
        s = lst[idx]
        s = self.staff_fill(s, c, aid=rng.choice(JA_AGENTS if c["lang"] == "ja" else EN_AGENTS))
        s = vary(s, c["lang"], False, c["client"], rng)
        if harsh:
            for em in sum(EMO_N.values(), []):
                s = s.replace(" " + em, "").replace(em, "")
        return s

    def wrap(self, c, sentences, harsh):
        """sentences -> (opener, [sentences], closer) in the customer's register"""
        rng = self.rng
        lang, reg = c["lang"], c["reg"]
        if lang == "ja":
            op = rng.choice(JA_OPEN[reg]) if rng.random() < 0.6 else ""
            cl = rng.choice(JA_CLOSE_H if harsh else JA_CLOSE[reg]) if rng.random() < 0.6 else ""
        else:
            op = rng.choice(EN_OPEN[reg]) if rng.random() < 0.6 else ""
            cl = rng.choice(EN_CLOSE_H if harsh else EN_CLOSE[reg]) if rng.random() < 0.6 else ""
        sentences = list(sentences)
        if rng.random() < 0.35:
            sentences.insert(rng.randint(1, len(sentences)), rng.choice(REG_EXTRA[reg]))
        ss = [self.reg_apply(c, s) for s in sentences]
        return self.reg_apply(c, op), ss, self.reg_apply(c, cl)

    def join(self, c, parts):
        parts = [p for p in parts if p]
        if c["lang"] == "ja":
            sep = self.rng.choice(["", "", "\n", " "]) if c["reg"] != "voice" else " "
        else:
            sep = " "
        return sep.join(parts)

    def transcript(self, lines, fmt=None):
        rng = self.rng
        fmt = fmt or rng.choice(TX_FORMATS)
        a, cu, tc = fmt
        sec = rng.randint(0, 5)
        out = []
        for spk, txt in lines:
            if not txt:
                continue
            sec += rng.randint(3, 45)
            if tc == "hms":
                tcs = "%02d:%02d:%02d" % (sec // 3600, sec // 60 % 60, sec % 60)
            else:
                tcs = "%02d:%02d" % (sec // 60, sec % 60)
            lab = (a if spk == "A" else cu).replace("{tc}", tcs)
            out.append(lab + txt)
        return "\n".join(out)

    def render(self, c, ch, sentences, agent, harsh=False, prefix="", emergency=False, long_call=False, voicemail=False):
        """returns (text, subject)"""
        rng = self.rng
        lang = c["lang"]
        cl = CLIENTS[c["client"]]
        self.cur_ch = ch
        op, ss, clo = self.wrap(c, sentences, harsh)
        if prefix:
            ss = [self.reg_apply(c, prefix)] + ss
        subject = None
        if voicemail:
            return ("【留守番電話】" if lang == "ja" else "[Voicemail] ") + self.join(c, [op] + ss + [clo]), None
        if ch in ("phone", "visit") and (ch == "phone" or rng.random() < 0.5):
            lines = []
            if rng.random() < 0.7:
                an = self.aname(agent, lang) if agent else ""
                if emergency:
                    g = f"ロードサービス24時間受付、{an}です。" if lang == "ja" else f"Roadside assistance, 24-hour desk, {an} speaking."
                elif ch == "visit":
                    g = "いらっしゃいませ。本日はどうされましたか。" if lang == "ja" else "Hello, how can I help you today?"
                else:
                    g = (f"お電話ありがとうございます。{cl['ja']}、{an}でございます。" if lang == "ja"
                         else f"Thank you for calling {cl['en']}, this is {an}.")
                lines.append(("A", g))
            first = True
            for s in ss:
                lines.append(("C", (op + (" " if lang == "en" else "") + s) if (first and op) else s))
                first = False
                if rng.random() < 0.6:
                    lines.append(("A", rng.choice(AGENT_LINES[lang])))
            if long_call:
                for _ in range(rng.randint(4, 9)):
                    lines.append(("C", self.reg_apply(c, rng.choice(LONG_FILL[lang]) + (" " if lang == "en" else "") + rng.choice(sentences))))
                    lines.append(("A", rng.choice(AGENT_LINES[lang])))
            if emergency and lines[-1][0] == "C":
                lines.append(("A", "お怪我はありませんか。レッカーを手配します、到着まで30分ほどです。" if lang == "ja"
                              else "Are you hurt? I'm sending a tow truck, about 30 minutes."))
            if clo:
                lines.append(("C", clo))
            if lines[-1][0] == "C":
                lines.append(("A", rng.choice(AGENT_LINES[lang])))
            return self.transcript(lines), None
        body = self.join(c, ss)
        if ch == "visit":
            an = self.aname(agent, lang) if agent else "-"
            if lang == "ja":
                return f"【来訪記録】{cl['visit_ja']}\nお客様のお話：「{body}」\n対応：{an}", None
            return f"[Walk-in] {cl['visit_en']}\nCustomer said: \"{body}\"\nHandled by {an}.", None
        subj_pool = SUBJ[c["client"]][lang]
        if ch == "email":
            subject = rng.choice(subj_pool)
            if harsh and rng.random() < 0.3:
                subject = ("【クレーム】" if lang == "ja" else "COMPLAINT: ") + subject
            text = "\n\n".join(p for p in [op, body, clo] if p)
        elif ch == "web_form":
            subject = ("お問い合わせフォーム：" if lang == "ja" else "Contact form: ") + rng.choice(subj_pool)
            core = self.join(c, [op, body, clo])
            if rng.random() < 0.5:
                text = (f"お問い合わせ種別：{subject.split('：')[-1]}\n内容：{core}" if lang == "ja"
                        else f"Category: {subject.split(': ')[-1]}\nMessage: {core}")
            else:
                text = core
        elif ch == "sns":
            core = self.join(c, [op, body])
            text = (cl["sns"] + " " + core) if rng.random() < 0.35 else core
        else:  # chat
            text = self.join(c, [op if rng.random() < 0.5 else "", body])
        if lang == "ja" and rng.random() < 0.12:
            text = to_fullwidth(text)
        return text, subject

    # ---------- events ----------
    def add(self, c, t, ch, direction, text, agent, *, duration=None, subject=None, thread=None,
            codes=(), key=None, emergency=False, source=None):
        assert START_DT <= t <= END_DT, t
        ev = {"_t": t, "_codes": sorted(set(codes), key=CONTENT.index), "_key": key,
              "_emerg": emergency, "_cust": c["id"], "_lang": c["lang"],
              "event_id": self.eid(), "channel": ch, "direction": direction,
              "customer_id": c["id"], "agent_id": agent, "duration_s": duration,
              "subject": subject, "text": text, "thread_id": thread,
              "source": source or ("roadside-24h" if emergency else self.source_for(ch, agent))}
        if emergency:
            ev["line"] = "roadside_24h"
        self.events.append(ev)
        c["events"].append(ev)
        return ev

    def inbound(self, c, t, ch, sentences, codes=(), key=None, harsh=False, prefix="",
                duration=None, emergency=False, long_call=False, agent="auto", voicemail=False):
        rng = self.rng
        if voicemail:
            agent = None
        if agent == "auto":
            if emergency:
                agent = rng.choice(RSA_AGENTS)
            elif ch in ("phone", "chat", "visit") or rng.random() < 0.5:
                agent = self.agent_for(c, ch)
            else:
                agent = None
        text, subject = self.render(c, ch, sentences, agent, harsh, prefix, emergency, long_call, voicemail)
        if ch in ("phone", "visit") and duration is None:
            duration = self.dur(ch, c)
        th = self.thread(ch) if ch != "phone" or rng.random() < 0.4 else None
        return self.add(c, t, ch, "inbound", text, agent, duration=duration, subject=subject,
                        thread=th, codes=codes, key=key, emergency=emergency)

    def dur(self, ch, c):
        rng = self.rng
        if ch == "phone":
            d = int(rng.lognormvariate(5.9, 0.55))
            return max(45, min(d, 1700 if c["profile"] != "legit_complainer" else 2400))
        return rng.randint(600, 3300 if c["client"] == "moto" else 2400)

    def reply(self, c, ev, p):
        """an outbound agent reply / call-back to inbound ev with probability p"""
        rng = self.rng
        if rng.random() >= p:
            return None
        lang = c["lang"]
        cl = CLIENTS[c["client"]]
        ch = ev["channel"]
        if ev["_emerg"]:
            t = ev["_t"] + dt.timedelta(minutes=rng.randint(8, 35), seconds=rng.randint(0, 59))
            if t > END_DT:
                return None
            ag = ev["agent_id"] or rng.choice(RSA_AGENTS)
            an = self.aname(ag, lang)
            lines = [("A", f"ロードサービスの{an}です。レッカーが間もなく到着します。" if lang == "ja"
                      else f"This is {an} from roadside assistance, the tow truck is almost there."),
                     ("C", "ありがとうございます、助かります。" if lang == "ja" else "Great, thanks a lot.")]
            return self.add(c, t, "phone", "outbound", self.transcript(lines), ag,
                            duration=rng.randint(40, 150), emergency=True)
        if ch == "chat":
            t = ev["_t"] + dt.timedelta(minutes=rng.randint(1, 6), seconds=rng.randint(0, 59))
            if is_off(t):
                t, out_ch = next_open(ev["_t"], rng, 30), "email"
            else:
                out_ch = "chat"
        elif ch == "phone" or ch == "visit":
            t, out_ch = next_open(ev["_t"], rng, rng.randint(40, 600)), ("phone" if ch == "phone" else "email")
        else:
            t, out_ch = next_open(ev["_t"], rng, rng.randint(25, 900)), ("sns" if ch == "sns" else "email")
        if t is None or t > END_DT:
            return None
        ag = ev["agent_id"] if ev["agent_id"] and AG[ev["agent_id"]][3] != "rsa" else self.agent_for(c, out_ch)
        an = self.aname(ag, lang)
        body = rng.choice(REPLY_BODY[lang])
        dur = None
        subject = None
        if out_ch == "email":
            subject = "Re: " + (ev["subject"] or (SUBJ[c["client"]][lang][0]))
            text = (f"お客様\n\nいつもご利用ありがとうございます。{cl['ja']}の{an}です。\n{body}\n\n引き続きよろしくお願いいたします。"
                    if lang == "ja" else
                    f"Dear customer,\n\nThank you for contacting {cl['en']}. This is {an}.\n{body}\n\nKind regards,\n{an}")
        elif out_ch == "chat":
            text = body
        elif out_ch == "sns":
            text = ("DMにてご案内いたしました。ご確認ください。" if lang == "ja" else "We've sent you a DM with the details.")
        else:
            lines = [("A", f"{cl['ja']}の{an}です。お問い合わせの件で折り返しお電話いたしました。" if lang == "ja"
                      else f"Hello, this is {an} from {cl['en']}, returning your call."),
                     ("C", "はい、どうも。" if lang == "ja" else "Yes, hi."),
                     ("A", body),
                     ("C", "わかりました。" if lang == "ja" else "Okay, understood.")]
            text = self.transcript(lines)
            dur = rng.randint(60, 420)
        return self.add(c, t, out_ch, "outbound", text, ag, duration=dur, subject=subject,
                        thread=ev["thread_id"])

    # ---------- keys ("the same demand" identity, used by the repetition rule) ----------
    def use_key(self, c, key):
        c["keys"][key] = c["keys"].get(key, 0) + 1
        return key

    def fresh_kind_idx(self, c, kinds=("G", "Q"), limit=1):
        rng = self.rng
        cands = []
        for k in kinds:
            for i in range(len(CP[c["client"]][k][c["lang"]])):
                if c["keys"].get(f"{k}:{i}", 0) < limit:
                    cands.append((k, i))
        if not cands:
            return self.fresh_kind_idx(c, kinds, limit + 1)
        return rng.choice(cands)

    # ---------- customers ----------
    def chat_extras(self, c, ev, k):
        rng = self.rng
        t = ev["_t"]
        for _ in range(k):
            t = t + dt.timedelta(minutes=rng.randint(1, 3), seconds=rng.randint(0, 59))
            s = rng.choice(CHAT_EXTRA[c["lang"]]).replace("{num}", str(rng.randint(100000, 999999)))
            self.cur_ch = "chat"
            s = self.reg_apply(c, s)
            self.add(c, t, "chat", "inbound", s, ev["agent_id"], thread=ev["thread_id"])

    def plan_normal(self, c):
        rng = self.rng
        n = rng.choices([1, 2, 3, 4], [74, 18, 6, 2])[0]
        days = sorted(rng.sample(OPEN_DAYS, n))
        qi = list(range(len(CP[c["client"]]["Q"][c["lang"]])))
        ni = list(range(len(CP[c["client"]]["N"][c["lang"]])))
        rng.shuffle(qi)
        rng.shuffle(ni)
        off_left = 2 if rng.random() < 0.22 else 0
        for d in days:
            kind = "N" if (rng.random() < 0.32 and ni) else "Q"
            idx = (ni if kind == "N" else qi).pop()
            ch = self.pick_channel(c)
            if off_left and ch in ("email", "web_form", "sns") and rng.random() < 0.7:
                t = rand_off(rng)
                off_left -= 1
            else:
                t = rand_in_hours(d, rng)
            sents = [self.base_sentence(c, kind, idx)]
            ev = self.inbound(c, t, ch, sents, key=self.use_key(c, f"{kind}:{idx}"))
            if ch == "chat" and not is_off(t) and rng.random() < 0.3:
                self.chat_extras(c, ev, rng.randint(1, 2))
            self.reply(c, ev, 0.45)
        if c["client"] == "moto" and rng.random() < 0.22:
            for _ in range(rng.choice([1, 1, 2, 3])):
                s = vary(rng.choice(ROADSIDE[c["lang"]]), c["lang"], False, "moto", rng)
                ev = self.inbound(c, night_time(rng), "phone", [s], duration=rng.randint(180, 900), emergency=True)
                self.reply(c, ev, 0.8)

    def plan_legit(self, c):
        rng = self.rng
        n = rng.choice([3, 3, 3, 4])
        L = CP[c["client"]]["L"][c["lang"]]
        issue = rng.randrange(len(L))
        n_issue = rng.choice([2, 3, 3])
        days = sorted(rng.sample(OPEN_DAYS, n))
        pos = sorted(rng.sample(range(n), n_issue))
        qi = list(range(len(CP[c["client"]]["Q"][c["lang"]])))
        rng.shuffle(qi)
        off_left = 1 if rng.random() < 0.3 else 0
        long_used = False
        for j, d in enumerate(days):
            dur = None
            prefix = ""
            if j in pos:
                kind, idx = "L", issue
                if j != pos[0]:
                    prefix = rng.choice(FOLLOWUP[c["lang"]])
            elif rng.random() < 0.3:
                kind, idx = "N", rng.randrange(len(CP[c["client"]]["N"][c["lang"]]))
            else:
                kind, idx = "Q", qi.pop()
            ch = self.pick_channel(c)
            if off_left and ch in ("email", "web_form", "sns"):
                t = rand_off(rng)
                off_left -= 1
            else:
                t = rand_in_hours(d, rng)
            if ch == "phone" and kind == "L" and not long_used and rng.random() < 0.4:
                dur = rng.randint(2000, 3400)
                long_used = True
            ev = self.inbound(c, t, ch, [self.base_sentence(c, kind, idx)], key=self.use_key(c, f"{kind}:{idx}"),
                              prefix=prefix, duration=dur, long_call=bool(dur))
            if ch == "chat" and not is_off(t) and rng.random() < 0.4:
                self.chat_extras(c, ev, rng.randint(1, 3))
            self.reply(c, ev, 0.7)

    def plan_harasser(self, c):
        rng = self.rng
        lang = c["lang"]
        plan = c["plan"]
        content = [x for x in plan if x in CONTENT]
        st = [x for x in plan if x in STATEFUL]
        # -- content-bearing base events --
        inst = []
        for code in content:
            k = rng.randint(2, 3) if code == "pressure_language" else 2 if code == "staff_naming" else (2 if rng.random() < 0.35 else 1)
            inst.append((code, k))
        if content:
            total = sum(k for _, k in inst)
            n_base = max(2, (total + 1) // 2 + (1 if rng.random() < 0.2 else 0), max(k for _, k in inst))
        else:
            n_base = rng.randint(1, 2)
        lead_clean = 1 if (content and rng.random() < 0.4) else 0
        slots = [[] for _ in range(n_base)]
        for code, k in inst:
            order = sorted(range(n_base), key=lambda i: (len(slots[i]), rng.random()))
            for i in order[:k]:
                slots[i].append(code)
        slots = [[] for _ in range(lead_clean)] + slots
        days = sorted(rng.sample(OPEN_DAYS, len(slots)))
        g0 = rng.randrange(len(CP[c["client"]]["G"][lang]))
        off_used = 0 if "off_hours_contact" not in st else 99
        for j, d in enumerate(days):
            codes = slots[j]
            if j < 3 and c["keys"].get(f"G:{g0}", 0) < 3:
                kind, idx = "G", g0
            else:
                kind, idx = self.fresh_kind_idx(c)
            ch = self.pick_channel(c)
            if off_used == 0 and ch in ("email", "web_form", "sns") and rng.random() < 0.15:
                t = rand_off(rng)
                off_used += 1
            else:
                t = rand_in_hours(d, rng)
            sents = [self.base_sentence(c, kind, idx, harsh=bool(codes))]
            for code in codes:
                hs = self.harass_sentence(c, code)
                if rng.random() < 0.25:
                    sents.insert(0, hs)
                else:
                    sents.append(hs)
            ev = self.inbound(c, t, ch, sents, codes=codes, key=self.use_key(c, f"{kind}:{idx}"), harsh=bool(codes))
            if ch == "chat" and not is_off(t) and rng.random() < 0.3:
                self.chat_extras(c, ev, rng.randint(1, 2))
            self.reply(c, ev, 0.55)
        # -- stateful behaviours --
        off = "off_hours_contact" in st
        wr = ("email", "web_form", "sns", "chat", "phone")
        if "repetition" in st:
            k = rng.randint(4, 6)
            s0 = rng.choice(OPEN_DAYS[:-26])
            window = [d for d in ALL_DAYS if s0 <= d <= s0 + dt.timedelta(days=24)]
            if off:
                rdays = sorted(rng.sample(window, k))
            else:
                rdays = sorted(rng.sample([d for d in window if not is_closed_day(d)], k))
            R = list(range(len(CP[c["client"]]["R"][lang])))
            rng.shuffle(R)
            for j, d in enumerate(rdays):
                s = vary(CP[c["client"]]["R"][lang][R[j % len(R)]], lang, False, c["client"], rng)
                ch = self.pick_channel(c, wr)
                pre = ""
                if j and rng.random() < 0.45:
                    pre = rng.choice(["何度も言ってるけど、", "また同じ話だけど、", "前にも聞いたけど、"] if lang == "ja"
                                     else ["Again, ", "Asking one more time.", "Same question as before."])
                if off:
                    t = rand_off(rng, d)
                    pre = rng.choice(URGENT_TAG[lang]) + pre
                else:
                    t = rand_in_hours(d, rng)
                vm = off and ch == "phone"
                ev = self.inbound(c, t, ch, [s], key=self.use_key(c, "REP"), prefix=pre, voicemail=vm,
                                  duration=rng.randint(20, 90) if vm else None)
                self.reply(c, ev, 0.4)
        if off and "repetition" not in st:
            k = rng.randint(4, 6)
            odays = sorted(rng.sample(ALL_DAYS, k))
            for d in odays:
                kind, idx = self.fresh_kind_idx(c)
                ch = self.pick_channel(c, wr)
                t = rand_off(rng, d)
                vm = ch == "phone"
                ev = self.inbound(c, t, ch, [self.base_sentence(c, kind, idx)], key=self.use_key(c, f"{kind}:{idx}"),
                                  prefix=rng.choice(URGENT_TAG[lang]), voicemail=vm,
                                  duration=rng.randint(20, 90) if vm else None)
                self.reply(c, ev, 0.4)
        if "contact_flood" in st:
            nb = rng.randint(7, 10)
            if off and rng.random() < 0.5:
                t0 = rand_off(rng, rng.choice(CLOSED_DAYS))
                t0 = t0.replace(hour=min(t0.hour, 22))
            else:
                d = rng.choice(OPEN_DAYS)
                h0, m0, h1, m1 = HOURS[d.weekday()]
                m = rng.randint(h0 * 60 + m0 + 5, h1 * 60 + m1 - 58)
                t0 = dt.datetime.combine(d, dt.time(m // 60, m % 60, rng.randint(0, 59)))
            offs = [0] + sorted(rng.sample(range(40, 50 * 60), nb - 1))
            kind, idx = self.fresh_kind_idx(c)
            key = f"{kind}:{idx}"
            agent = self.agent_for(c, "chat")
            first = self.inbound(c, t0, "chat", [self.base_sentence(c, kind, idx)], key=self.use_key(c, key), agent=agent)
            restate = rng.randrange(2, nb)
            for j in range(1, nb):
                t = t0 + dt.timedelta(seconds=offs[j])
                if j == restate:
                    self.inbound(c, t, "chat", [self.base_sentence(c, kind, idx)], key=self.use_key(c, key), agent=agent)
                    continue
                r = rng.random()
                if r < 0.15:
                    self.add(c, t, "phone", "inbound", None, None, duration=rng.randint(0, 12), source="pbx-hamamatsu")
                else:
                    ch = "chat" if r < 0.85 else "sns"
                    p = rng.choice(PINGS[lang])
                    self.cur_ch = ch
                    self.add(c, t, ch, "inbound", self.reg_apply(c, p), agent if ch == "chat" else None,
                             thread=first["thread_id"] if ch == "chat" else None)
            last = c["events"][-1]
            self.reply(c, last, 1.0)
        if "prolonged_contact" in st:
            variant = rng.choice(["call", "visit", "multi"])
            kind, idx = self.fresh_kind_idx(c)
            key = f"{kind}:{idx}"
            d = rng.choice([x for x in OPEN_DAYS if x.weekday() < 5])
            if variant in ("call", "visit"):
                t = dt.datetime.combine(d, dt.time(rng.randint(9, 13), rng.randint(0, 59), rng.randint(0, 59)))
                dur = rng.randint(3700, 7800) if variant == "call" else rng.randint(3900, 9000)
                ev = self.inbound(c, t, "phone" if variant == "call" else "visit", [self.base_sentence(c, kind, idx)],
                                  key=self.use_key(c, key), duration=dur, long_call=True)
                self.reply(c, ev, 0.5)
            else:
                for hh in (9, 12, 15):
                    t = dt.datetime.combine(d, dt.time(hh, rng.randint(10, 40), rng.randint(0, 59)))
                    self.inbound(c, t, "phone", [self.base_sentence(c, kind, idx)], key=self.use_key(c, key),
                                 duration=rng.randint(1850, 2450), long_call=True)


# ---------------------------------------------------------------------------
# stateful rules, computed from the generated events
# ---------------------------------------------------------------------------
RULES = {
 "repetition": "inbound events carrying the same demand (generator demand key; the same request in "
               "different wordings shares one key) >= 4 within any 30 days",
 "off_hours_contact": "inbound events outside support hours or on closed days (Asia/Tokyo local time), "
                      "roadside_24h line (source 'roadside-24h') excluded: >= 4 events on >= 3 distinct local dates "
                      "within the quarter",
 "contact_flood": "inbound events of any channel (incl. missed calls with null text): >= 6 within any 60 minutes",
 "prolonged_contact": "phone or visit events (both directions): one with duration_s >= 3600, or a sum of "
                      "duration_s >= 5400 on one Asia/Tokyo local date",
}


def compute_stateful(evs):
    inb = sorted([e for e in evs if e["direction"] == "inbound"], key=lambda e: e["_t"])
    out = {}
    bykey = {}
    for e in inb:
        if e["_key"]:
            bykey.setdefault(e["_key"], []).append(e)
    for k, lst in bykey.items():
        for i in range(len(lst) - 3):
            if lst[i + 3]["_t"] - lst[i]["_t"] <= dt.timedelta(days=30):
                out.setdefault("repetition", [e["event_id"] for e in lst])
                break
    offs = [e for e in inb if not e["_emerg"] and is_off(e["_t"])]
    if len(offs) >= 4 and len({e["_t"].date() for e in offs}) >= 3:
        out["off_hours_contact"] = [e["event_id"] for e in offs]
    for i in range(len(inb) - 5):
        if inb[i + 5]["_t"] - inb[i]["_t"] <= dt.timedelta(minutes=60):
            j = i + 5
            while j + 1 < len(inb) and inb[j + 1]["_t"] - inb[i]["_t"] <= dt.timedelta(minutes=60):
                j += 1
            out["contact_flood"] = [e["event_id"] for e in inb[i:j + 1]]
            break
    pv = [e for e in evs if e["channel"] in ("phone", "visit") and e["duration_s"]]
    long1 = [e for e in pv if e["duration_s"] >= 3600]
    per = {}
    for e in pv:
        per.setdefault(e["_t"].date(), []).append(e)
    longd = [l for d, l in sorted(per.items()) if sum(e["duration_s"] for e in l) >= 5400]
    if long1 or longd:
        out["prolonged_contact"] = [e["event_id"] for e in (long1 or longd[0])]
    return out


STATEFUL_ONLY = [["repetition"], ["off_hours_contact"], ["contact_flood"], ["prolonged_contact"],
                 ["repetition", "contact_flood"], ["off_hours_contact", "prolonged_contact"],
                 ["contact_flood", "repetition"], ["prolonged_contact", "off_hours_contact"],
                 ["repetition", "off_hours_contact"], ["off_hours_contact", "contact_flood"],
                 ["contact_flood", "prolonged_contact"], ["prolonged_contact", "repetition"],
                 ["repetition"], ["off_hours_contact"], ["contact_flood"], ["prolonged_contact"]]


def chw_for(client, lang, reg):
    if lang == "ja":
        if reg == "elder":
            w = {"phone": .55, "email": .18, "web_form": .10, "visit": .12, "chat": .03, "sns": .02}
        elif reg in ("young", "voice"):
            w = {"chat": .33, "sns": .22, "phone": .17, "web_form": .14, "email": .06, "visit": .08}
        elif reg == "hwkana":
            w = {"chat": .30, "sns": .25, "web_form": .20, "email": .15, "phone": .05, "visit": .05}
        else:
            w = {"phone": .36, "email": .17, "chat": .16, "web_form": .13, "sns": .10, "visit": .08}
    else:
        w = {"phone": .24, "email": .26, "chat": .22, "web_form": .15, "sns": .08, "visit": .05}
    w["visit"] *= {"moto": 1.6, "tea": 0.8, "rail": 1.2, "onsen": 0.5, "pet": 0.3}[client]
    return w


def fail(msg):
    sys.stderr.write("ABORT: " + msg + "\n")
    sys.exit(2)


def main(out_dir):
    g = Gen(SEED)
    rng = g.rng
    profiles = ["normal"] * 280 + ["legit_complainer"] * 48 + ["harasser"] * 72
    rng.shuffle(profiles)
    custs = []
    used_ids = set()
    h = 0
    for p in profiles:
        client = rng.choices(CLIENT_KEYS, CLIENT_W)[0]
        lang = "ja" if rng.random() < 0.55 else "en"
        if lang == "ja":
            reg = rng.choices(JA_REGS, JA_REG_W)[0]
        else:
            reg = rng.choices(EN_REGS, [1, 1, 3 if client == "moto" else 0.3, 1, 1, 0.8])[0]
        while True:
            cid = CLIENTS[client]["id"].format(rng.randint(1, 99999))
            if cid not in used_ids:
                used_ids.add(cid)
                break
        pool = JA_AGENTS if lang == "ja" else EN_AGENTS
        c = {"id": cid, "client": client, "lang": lang, "reg": reg, "profile": p, "plan": [],
             "target": rng.choice(pool), "usual": rng.choice(pool), "events": [], "used": set(), "keys": {},
             "chw": chw_for(client, lang, reg)}
        if p == "harasser":
            if h < 56:
                pl = [CONTENT[h % 11]]
                s2 = CONTENT[(h % 11 + 1 + h // 11) % 11]
                if s2 not in pl:
                    pl.append(s2)
                if rng.random() < 0.25:
                    x = rng.choice(CONTENT)
                    if x not in pl:
                        pl.append(x)
                if h % 4 == 0:
                    pl.append(STATEFUL[(h // 4) % 4])
            else:
                pl = list(STATEFUL_ONLY[h - 56])
            c["plan"] = pl
            h += 1
        custs.append(c)
    for c in custs:
        {"normal": g.plan_normal, "legit_complainer": g.plan_legit, "harasser": g.plan_harasser}[c["profile"]](c)

    # finalise timestamps, language hints
    for ev in g.events:
        off = SRC_OFFSET[ev["source"]]
        show = rng.random() < SRC_MS.get(ev["source"], 0.1)
        ms = rng.randint(0, 999) if show else 0
        ev["_t"] = ev["_t"].replace(microsecond=ms * 1000)
        local = ev["_t"] + dt.timedelta(hours=off - 9)
        ev["occurred_at"] = (local.strftime("%Y-%m-%dT%H:%M:%S") + (f".{ms:03d}" if show else "")
                             + ("Z" if off == 0 else f"+{off:02d}:00"))
        r = rng.random()
        ev["language"] = None if r < 0.08 else ({"ja": "en", "en": "ja"}[ev["_lang"]] if r < 0.12 else ev["_lang"])
    g.events.sort(key=lambda e: (e["_t"], e["event_id"]))

    # labels + checks
    ev_labels = {}
    cust_labels = {}
    per_code = {k: 0 for k in ALL_CODES}
    ev_per_code = {k: 0 for k in CONTENT}
    evidence = {}
    for c in custs:
        content = set()
        for e in c["events"]:
            if e["direction"] == "outbound" and e["_codes"]:
                fail("outbound with codes")
            content.update(e["_codes"])
        stf = compute_stateful(c["events"])
        beh = sorted(content | set(stf), key=ALL_CODES.index)
        if c["profile"] != "harasser" and beh:
            fail(f"{c['profile']} {c['id']} crosses {beh}")
        if c["profile"] == "harasser":
            planned = sorted(c["plan"], key=ALL_CODES.index)
            if planned != beh:
                fail(f"harasser {c['id']} planned {planned} realised {beh}")
        cust_labels[c["id"]] = {"profile": c["profile"], "behaviors": beh}
        for b in beh:
            per_code[b] += 1
        if stf:
            evidence[c["id"]] = stf
    for e in g.events:
        ev_labels[e["event_id"]] = e["_codes"]
        for k in e["_codes"]:
            ev_per_code[k] += 1
    for k, v in per_code.items():
        if v < 8:
            fail(f"code {k} has only {v} customers")
    st_only = sum(1 for c in custs if c["profile"] == "harasser" and not any(x in CONTENT for x in c["plan"]))
    if st_only < 14:
        fail("too few stateful-only harassers")
    if len(ev_labels) != len(g.events):
        fail("duplicate event ids")

    fields = ["event_id", "occurred_at", "channel", "direction", "customer_id", "agent_id", "duration_s",
              "subject", "text", "language", "thread_id", "source", "line"]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "events.jsonl"), "w", encoding="utf-8") as f:
        for e in g.events:
            o = {}
            for k in fields:
                if k not in e:
                    continue
                if k == "duration_s" and e["channel"] not in ("phone", "visit") and e["duration_s"] is None:
                    continue
                if k == "subject" and e["channel"] in ("chat", "sns") and e["subject"] is None:
                    continue
                o[k] = e[k]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    inbound = sum(1 for e in g.events if e["direction"] == "inbound")
    chans = {}
    for e in g.events:
        chans[e["channel"]] = chans.get(e["channel"], 0) + 1
    langs = {"ja": 0, "en": 0, "null": 0}
    wrong = 0
    for e in g.events:
        langs[e["language"] or "null"] += 1
        wrong += e["language"] is not None and e["language"] != e["_lang"]
    meta = {
        "seed": SEED, "stream": 20, "start": START.isoformat(), "end": END.isoformat(),
        "setting": "outsourced contact centre, Hamamatsu (Shizuoka); English overflow desk in Manila (+08:00)",
        "clients": {k: {"ja": v["ja"], "en": v["en"]} for k, v in CLIENTS.items()},
        "calendar": {
            "timezone": "Asia/Tokyo",
            "hours": {"Mon-Fri": "09:00-18:00", "Sat": "09:30-16:30", "Sun": "closed"},
            "closed_days_in_range": [d.isoformat() for d in sorted(CLOSED)] + ["every Sunday"],
            "national_holidays_in_range": NATIONAL_HOLIDAYS,
            "golden_week_closure": "2030-04-29 .. 2030-05-06 (whole centre closed)",
            "emergency_line": {"client": "moto", "name": "roadside assistance 24/7", "source": "roadside-24h",
                               "event_field": "line = roadside_24h",
                               "note": "night contacts on this line are the service itself, excluded from off_hours_contact"},
        },
        "stateful_rules": RULES,
        "transcript_label_formats": [f"{a.strip() or '(none)'} / {b.strip() or '(none)'}" for a, b, _ in TX_FORMATS],
        "agents": {a[0]: {"ja": a[1], "en": a[2], "site": a[3]} for a in AGENTS},
        "counts": {
            "customers": len(custs), "events": len(g.events), "inbound": inbound, "outbound": len(g.events) - inbound,
            "events_with_content_label": sum(1 for v in ev_labels.values() if v),
            "profiles": {p: profiles.count(p) for p in ("normal", "legit_complainer", "harasser")},
            "stateful_only_harassers": st_only,
            "customers_per_code": per_code, "events_per_content_code": ev_per_code,
            "channels": chans, "language_field": langs, "language_field_wrong": wrong,
            "customer_language": {"ja": sum(c["lang"] == "ja" for c in custs), "en": sum(c["lang"] == "en" for c in custs)},
            "customers_per_client": {k: sum(c["client"] == k for c in custs) for k in CLIENT_KEYS},
        },
        "stateful_evidence": evidence,
    }
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": ev_labels, "customers": cust_labels, "meta": meta}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
