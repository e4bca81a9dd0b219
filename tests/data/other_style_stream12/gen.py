#!/usr/bin/env python3
"""Blind labelled contact-event stream, 2028 Q1, multi-business contact centre.

Usage: python3 gen.py OUTDIR   -> OUTDIR/events.jsonl, OUTDIR/labels.json
Standard library only, deterministic (seed 121212).
"""
import sys, os, json, random, datetime as dt

SEED = 121212
R = random.Random(SEED)
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
START = dt.date(2028, 1, 1)
END = dt.date(2028, 3, 31)
CLOSED = {dt.date(2028, 1, 1), dt.date(2028, 1, 2), dt.date(2028, 1, 3),  # New Year closure
          dt.date(2028, 1, 10),  # Coming-of-Age Day
          dt.date(2028, 2, 11),  # National Foundation Day
          dt.date(2028, 2, 23),  # Emperor's Birthday
          dt.date(2028, 3, 20)}  # Vernal Equinox Day
DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]

CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat",
           "abusive_language", "legal_threat", "online_defamation_threat", "sexual_harassment",
           "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]


def is_open(t):
    t = t.astimezone(JST)
    d = t.date()
    return d.weekday() < 5 and d not in CLOSED and 9 <= t.hour < 18


# ---------------------------------------------------------------- agents
AGENT_NAMES = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"),
               ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"),
               ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"), ("山田", "Yamada"),
               ("佐々木", "Sasaki"), ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"),
               ("林", "Hayashi"), ("清水", "Shimizu"), ("山口", "Yamaguchi"), ("森", "Mori"),
               ("池田", "Ikeda"), ("橋本", "Hashimoto"), ("阿部", "Abe"), ("石川", "Ishikawa"),
               ("前田", "Maeda"), ("藤田", "Fujita"), ("小川", "Ogawa"), ("岡田", "Okada"),
               ("後藤", "Goto"), ("長谷川", "Hasegawa"), ("村上", "Murakami"), ("近藤", "Kondo"),
               ("石井", "Ishii"), ("坂本", "Sakamoto"), ("遠藤", "Endo")]

# ---------------------------------------------------------------- businesses
BIZ = {
    "moving": dict(
        ja="ひまわり引越センター", en="Himawari Moving", prefix="hmv", svc_ja="引越し代", svc_en="moving fee",
        visit=False, weight=1.0,
        normal_ja=["3月末の土曜日、まだ引越しの予約は取れますか。", "見積もりに来ていただく日を、来週の水曜に変更できますか。",
                   "段ボールは何箱までいただけますか。", "アップライトピアノの運搬もお願いできますか。",
                   "当日の立ち会いは家族でも大丈夫でしょうか。", "不用品の回収も一緒にお願いしたいです。",
                   "転勤で4月1日に大阪へ移ります。単身パックの料金を教えてください。",
                   "エアコンの取り外しと取り付けはオプションですか。",
                   "大学を卒業して3月中に実家へ戻ります。学生向けの割引はありますか。"],
        normal_en=["Do you still have a slot on the last weekend of March?", "Can I move the home survey visit to Saturday morning?",
                   "How many boxes come with the standard plan?", "Can your team move an upright piano?",
                   "Do you offer short-term storage between leases?", "I'm relocating to Osaka for work in April. How much is a single-person move?"],
        legit_ja=["引越しのときに冷蔵庫の扉がへこみました。写真を送りますので、補償規定に沿って対応してください。",
                  "予定より3時間も遅れて到着し、その間一度も連絡がありませんでした。正直かなり腹が立っています。",
                  "見積もりに含まれていたはずのエアコン取り外しが、当日になって別料金だと言われました。納得できません。",
                  "段ボールが一箱届いていません。中身は食器です。至急確認してください。"],
        legit_en=["Your crew gouged the hallway floor in my new flat. Photos attached - please handle it under your damage policy.",
                  "The truck turned up four hours late and nobody called. That is really not good enough.",
                  "The quote included packing materials, but I was billed extra for them. Please fix the invoice."],
        topics_ja=["お見積もり", "引越し日程", "作業内容"], topics_en=["Quote", "Moving date", "Damage report"]),
    "gym": dict(
        ja="フィットライン", en="FitLine Gyms", prefix="fit", svc_ja="会費", svc_en="membership fees",
        visit=True, weight=1.0,
        normal_ja=["1月から入会したいのですが、入会金無料のキャンペーンはまだありますか。", "2月だけ休会することはできますか。",
                   "年末年始の営業時間を教えてください。", "パーソナルトレーニングの料金を知りたいです。",
                   "成人式までに少し絞りたいので、短期集中プランがあれば教えてください。", "他店舗も追加料金なしで使えますか。",
                   "今日のトレーニング、マジで死ぬかと思いましたw 次回も同じメニューでお願いします。"],
        normal_en=["Can I freeze my membership for February?", "Is the January joining-fee promo still on?",
                   "What are your hours on Coming-of-Age Day?", "Can I bring a friend as a guest?",
                   "How do I update my card details?", "That leg day absolutely killed me, haha. Same trainer next week please."],
        legit_ja=["退会手続きをしたのに、今月も会費が引き落とされています。返金してください。",
                  "更衣室のシャワーが一週間以上お湯が出ません。会費を払っている以上、きちんと直してほしいです。",
                  "体験の時に聞いた説明と、実際の契約内容が違います。どういうことか説明してください。"],
        legit_en=["I cancelled in December and you still charged me for January. I want that refunded.",
                  "The lockers have been broken for two weeks and nobody seems to care. Please fix them.",
                  "I was told the pool would be open over New Year. It wasn't. Pretty frustrating."],
        topics_ja=["会員契約", "会費", "店舗設備"], topics_en=["Membership", "Billing", "Facilities"]),
    "ticket": dict(
        ja="チケットリンク", en="TicketLink", prefix="tkl", svc_ja="チケット代", svc_en="ticket price",
        visit=False, weight=1.1,
        normal_ja=["電子チケットの分配方法を教えてください。", "先行抽選の結果はいつ発表されますか。",
                   "機種変更したらチケットが表示されなくなりました。", "同行者の名前を変更できますか。",
                   "3月の公演の車椅子席の申し込み方法を教えてください。", "昨日の公演、最高すぎて死んだ…！次の発売日はいつですか？",
                   "卒業旅行で3月の大阪公演に行きたいのですが、まだチケットはありますか。"],
        normal_en=["How do I transfer a ticket to a friend?", "When are the lottery results announced?",
                   "I changed phones and my tickets disappeared from the app.", "Is there wheelchair seating for the March show?",
                   "The show last night was sick! When does the tour merch go on sale?",
                   "Graduation trip in March - any tickets left for the Osaka show?"],
        legit_ja=["公演中止の払い戻しがまだされていません。もう1か月以上経っています。",
                  "同じ公演のチケット代が二重に決済されていました。片方を返金してください。",
                  "発売開始と同時にアプリが落ちて、結局買えませんでした。ひどすぎます。何があったのか説明してください。"],
        legit_en=["The concert was cancelled six weeks ago and I still haven't been refunded. This is ridiculous.",
                  "I was charged twice for the same tickets. Please reverse one of the payments.",
                  "Your app crashed the second sales opened. Really disappointing - what happened?"],
        topics_ja=["払い戻し", "チケット発券", "決済"], topics_en=["Refund", "Ticket issue", "Payment"]),
    "dental": dict(
        ja="さくら歯科クリニック", en="Sakura Dental Clinic", prefix="skd", svc_ja="治療費", svc_en="treatment fees",
        visit=True, weight=0.9,
        normal_ja=["来週火曜の予約を木曜に変更したいです。", "子どもの歯科検診は何歳から受けられますか。",
                   "保険証が新しくなったので、次回持っていけばいいですか。", "ホワイトニングの料金を教えてください。",
                   "成人式の前にクリーニングをお願いしたいのですが、空いている日はありますか。", "親知らずの抜歯はそちらでできますか。"],
        normal_en=["Can I move my cleaning to next Thursday?", "Do you see patients who don't speak much Japanese?",
                   "How much is whitening?", "Is the clinic open on Saturdays?", "Can I get a receipt for my medical expense deduction?"],
        legit_ja=["予約時間に行ったのに1時間半待たされました。遅れるなら事前に連絡くらいほしかったです。",
                  "保険適用だと聞いていた治療が自費で請求されています。説明をお願いします。",
                  "詰め物が一週間で取れました。無償で再治療していただけますか。"],
        legit_en=["I waited over an hour past my appointment time with no explanation. Not acceptable.",
                  "The bill lists a procedure I never had. Please correct it.",
                  "My filling came out after five days. I'd expect it to be redone at no charge."],
        topics_ja=["ご予約", "お会計", "治療内容"], topics_en=["Appointment", "Billing", "Treatment"]),
    "driving": dict(
        ja="みどり自動車学校", en="Midori Driving School", prefix="mds", svc_ja="教習料金", svc_en="lesson fees",
        visit=True, weight=1.0,
        normal_ja=["春休みの合宿免許に参加したいのですが、まだ空きはありますか。", "仮免の学科試験の日程を教えてください。",
                   "明日の技能教習をキャンセルしたいです。", "送迎バスの時刻表はどこで見られますか。",
                   "AT限定からMTに変更できますか。", "卒業検定に落ちた場合、補習の料金はいくらですか。"],
        normal_en=["Do you have English-speaking instructors?", "How do I book lessons online?",
                   "When is the next written test?", "Can I switch from automatic to manual?",
                   "Is there a student discount for the spring break course?"],
        legit_ja=["予約していた技能教習が、そちらの手違いで取り消されていました。卒業が遅れたら本当に困ります。",
                  "教官が時間になっても来ず、40分待ってそのまま帰されました。振替をお願いします。",
                  "春休みの合宿の案内と実際の日程がまったく違います。どうなっているんですか。"],
        legit_en=["My lesson was double-booked by your system and cancelled at the last minute. Please rebook it at no cost.",
                  "The instructor never showed up. I waited 40 minutes. I'd like a free make-up lesson."],
        topics_ja=["教習予約", "検定", "合宿免許"], topics_en=["Lesson booking", "Tests", "Camp course"]),
    "tax": dict(
        ja="青木税理士事務所", en="Aoki Tax Office", prefix="atx", svc_ja="報酬", svc_en="your fee",
        visit=True, weight=0.8,
        normal_ja=["確定申告の書類はいつまでに送ればいいですか。", "医療費控除の領収書はコピーでも大丈夫ですか。",
                   "ふるさと納税の分はどう扱えばいいでしょうか。", "去年から副業の収入があるのですが、相談できますか。",
                   "e-Taxの利用者識別番号を忘れてしまいました。", "源泉徴収票が2枚あるのですが、両方必要ですか。"],
        normal_en=["What documents do you need for my return this year?", "I started freelancing last year - can you handle my filing?",
                   "Is the deadline March 15 again?", "Can I send receipts as photos?"],
        legit_ja=["事務所側の書類の出し忘れで、申告期限ギリギリになりました。正直不安です。状況を説明してください。",
                  "請求書の金額が、事前に聞いていた報酬額と違います。内訳を出してください。",
                  "医療費控除の資料を渡したのに反映されていませんでした。修正をお願いします。"],
        legit_en=["You told me my return was filed, but e-Tax shows nothing. I'm worried and frankly annoyed.",
                  "The invoice is higher than the fee we agreed. Please send a breakdown."],
        topics_ja=["確定申告", "ご請求", "必要書類"], topics_en=["Tax return", "Invoice", "Documents"]),
    "apartment": dict(
        ja="すまいる不動産", en="Smile Rentals", prefix="smr", svc_ja="家賃", svc_en="rent",
        visit=True, weight=1.0,
        normal_ja=["中野の1LDKの内見を予約したいです。", "更新の書類が届きました。いつまでに返送すればいいですか。",
                   "3月末で退去したいのですが、手続きを教えてください。", "鍵をなくしてしまいました。どうすればいいですか。",
                   "駐車場に空きはありますか。", "退去の立ち会いに来ていただく日を決めたいです。"],
        normal_en=["I'd like to view the 1LDK in Nakano.", "How much notice do I need to give before moving out?",
                   "I lost my key, what should I do?", "Is the apartment pet-friendly?", "Can someone come and check the flat before I hand back the keys?"],
        legit_ja=["給湯器が壊れて5日間お湯が出ません。何度も連絡しているのに業者が来ません。真冬なんですよ。",
                  "退去時の敷金精算で、入居前からあった傷の分まで引かれています。納得できません。",
                  "上の階の騒音について三回相談しましたが、何も変わっていません。"],
        legit_en=["The heating has been broken for five days in the middle of winter. I need a repair date.",
                  "You deducted cleaning fees from my deposit that weren't in the contract. I want that corrected."],
        topics_ja=["修繕", "契約更新", "退去"], topics_en=["Repair", "Lease renewal", "Move-out"]),
}
BIZ_KEYS = list(BIZ)


def day_weight(biz, d):
    w = 1.0
    if d in CLOSED or d.weekday() >= 5:
        w *= 0.35
    m = d.month
    if biz == "moving":
        w *= {1: 0.6, 2: 1.0, 3: 3.0}[m]
    elif biz == "tax":
        w *= 3.0 if (dt.date(2028, 2, 16) <= d <= dt.date(2028, 3, 15)) else 0.7
    elif biz == "gym":
        w *= 2.0 if m == 1 else 1.0
    elif biz == "driving":
        w *= {1: 0.8, 2: 1.6, 3: 2.2}[m]
    elif biz == "apartment":
        w *= {1: 0.8, 2: 1.8, 3: 2.6}[m]
    elif biz == "ticket":
        w *= 1.5 if d.day <= 15 and m == 1 else 1.0
    return w


# ---------------------------------------------------------------- harassment sentences (hand written)
H = {
 "excessive_demand": {
  "ja": ["今回の件、{svc}は全額タダにしてもらうのが筋ですよね？",
         "お詫びの気持ちがあるなら、来年分の{svc}も無料にしてくれますよね。",
         "規約とか知りませんけど、私だけ特別に対応してもらえませんか。ほかの人には言いませんから。",
         "迷惑料として{amt}円くらい包むのが常識じゃないんですか？",
         "返金だけじゃ足りないです。交通費と、仕事を休んだ分の日当も払ってください。",
         "キャンセル料？払うわけないでしょう。むしろそっちが慰謝料を出すべきでは？",
         "規約外なのは分かってますけど、そこを何とかするのがそちらの仕事ですよね。優先枠をください。",
         "ほんまに悪いと思てるんやったら、{svc}まるごと返してくれるやんな？",
         "家族全員の分も今回はタダにしてください。それくらいしてもらわないと割に合わない。",
         "誠意っていうのは形で見せるものでしょ。金額で示してください。",
         "一番いい枠を、これから毎回私のために空けておいてもらえますよね？",
         "半額とかじゃなくて、これまで払った{svc}を全部返すって話をしてるんです。"],
  "en": ["Frankly the only acceptable outcome is a full refund plus {amt} yen for my trouble.",
         "I expect the next three months free of charge. That's the least you can do.",
         "I don't care what the terms say. Make an exception for me.",
         "Wouldn't it be fair to cover my taxi fares and the wages I lost, on top of the refund?",
         "Since you clearly owe me, I'd like priority booking for the rest of the year - no waiting lists.",
         "Why should I pay the cancellation fee at all? If anything you should be paying me.",
         "Upgrade me to the premium plan permanently, for free. Call it goodwill.",
         "A simple refund won't cut it; I want compensation for the stress, say {amt} yen.",
         "How about you refund every payment I've ever made and we call it even?",
         "Waive all the fees for me and my family this year, that's my condition."]},
 "apology_demand": {
  "ja": ["電話で謝って済むと思ってるんですか。責任者が手書きの謝罪文を書いて郵送してください。",
         "本当に悪いと思ってるなら、土下座くらいできますよね？",
         "謝罪文には代表者の署名と印鑑を入れてくださいね。",
         "関わった担当者全員に、一人ずつ電話で謝らせてください。",
         "謝り方がなってない。もう一回、最初から心を込めて謝り直して。",
         "菓子折り持って頭下げに来るのが普通じゃないの？",
         "会社として正式に謝罪したと、ホームページに載せてください。",
         "「申し訳ございません」しか言えへんのか。ちゃんとした謝罪文もらうまで引かへんで。",
         "謝罪の言葉が軽すぎます。反省文を原稿用紙三枚で書いてもらえますか。",
         "説明はいらないから、まず謝って。謝るまで何も聞きません。"],
  "en": ["I want a handwritten letter of apology, signed by your director, mailed to my home.",
         "Your manager needs to call me personally and apologise - and mean it this time.",
         "That apology was pathetic. Do it again, properly, and in writing.",
         "I expect a formal public apology on your website by Friday.",
         "Every single person who touched my case should apologise to me individually.",
         "Until I get a written apology on company letterhead, I'm not discussing anything else.",
         "Don't explain. Just apologise. Then apologise again for making me ask.",
         "Would it really be so hard to send someone round with a proper apology and a gift?"]},
 "in_person_demand": {
  "ja": ["電話じゃ話にならないので、今日中にうちまで説明に来てください。",
         "担当の方が直接家に来て、顔を見て説明するべきじゃないですか？",
         "明日の朝、責任者をこっちの事務所によこしなさい。こっちから出向く気はないから。",
         "一度会って話しましょう。駅前のファミレスに夜8時、担当の人が来てください。",
         "メールじゃ気持ちが伝わらないので、会社の人が会いに来てくれませんか。",
         "今から行くんで、責任者を受付で待たせといてください。",
         "所長さんがわざわざ家まで来てくれたら、許してあげてもいいかな。",
         "顔も見せずに済ませる気？来週中に面談の場を作ってください、うちの自宅で。",
         "画面越しじゃダメ。一番上の人が直接こっちに来て話すこと、それが条件です。",
         "ほな、社長さんにうちまで来てもろて、直接話聞かせてもらおか。"],
  "en": ["Send someone to my house today to explain this face to face.",
         "I want to meet your manager in person. My place, tomorrow at 7.",
         "Emails are useless. Have the person in charge come to my office and sit down with me.",
         "Why can't your director just drive over here and talk to me like an adult?",
         "I'll be at your front desk at 10; make sure the branch manager is there to meet me.",
         "Unless someone shows up at my door this week, we're not done.",
         "Get the owner to come and see me in person - no calls, no emails.",
         "Could your supervisor come round this evening? I'm not going through this over the phone again."]},
 "violence_threat": {
  "ja": ["夜道には気をつけたほうがいいですよ、って担当の人に伝えといて。",
         "次に同じことされたら、自分でも何するか分かりません。",
         "そっちの事務所の場所、ちゃんと知ってますから。",
         "あんまりなめてると、痛い目見ることになるよ。",
         "うちの若いの何人か連れて、そっちに挨拶に行こうか？",
         "窓ガラスの一枚や二枚、割れても文句言えないよな。",
         "ただで済むと思うなよ。",
         "覚えとけよ、ほんまに。顔はもう覚えたからな。",
         "今度会ったら手が出てしまうかもしれない。それでもいいなら放っておけば？",
         "火でもつけられたいんか、あんな店。"],
  "en": ["You might want to watch your back when you leave work tonight.",
         "I know where your office is. Just saying.",
         "If this happens again I can't promise I'll stay calm the next time I'm there.",
         "People have gotten hurt over less than this.",
         "Keep stalling and see what happens to your front window.",
         "Tell that guy he'd better hope we don't run into each other.",
         "I'm done being nice. Next time I come in, I won't be alone.",
         "Someone is going to get hurt if this isn't fixed, and it won't be me."]},
 "abusive_language": {
  "ja": ["あなた、本当にこの仕事向いてないですね。小学生の方がまだまともに話せますよ。",
         "こんな簡単なことも分からないなんて、どういう育ち方をしたんですか。",
         "{st}さんって、頭を使うのが苦手なんでしょうね。",
         "給料泥棒って言葉、ご存知ですか？まさにあなたのことですよ。",
         "話が通じないにもほどがある。人間と話してる気がしない。",
         "あんたらの頭じゃ、こんな話も理解でけへんのやろな。",
         "いい年して、まともな日本語も使えないんですか。",
         "この程度の対応しかできないなら、生きてて恥ずかしくないの？",
         "使えない人ばっかり集めて、よく会社が回ってますね。",
         "{st}みたいなのが窓口にいるから客が離れるんだよ。",
         "あなたの代わりなんていくらでもいるってこと、自覚してます？"],
  "en": ["Are you genuinely this slow, or is it an act?",
         "I've met houseplants with more common sense than your staff.",
         "{st} is a complete waste of a salary.",
         "Do they hire people for being useless, or does it come naturally?",
         "Honestly, a child could run this place better than you lot.",
         "You people must be an embarrassment to your own families.",
         "Listen carefully, since thinking is obviously not your strong suit.",
         "It must be nice to get paid for being this incompetent.",
         "What a pathetic excuse for a professional."]},
 "legal_threat": {
  "ja": ["このまま誠意がなければ、出るところに出ますよ。",
         "知り合いの弁護士に、損害賠償を請求する方向で相談しています。",
         "消費者庁にも監督官庁にも全部報告します。それでもいいんですね？",
         "訴えられたいんですか？こっちはいつでも準備できてますけど。",
         "少額訴訟って知ってます？手続きはもう調べてありますから。",
         "役所に通報したら、そちら営業停止もあり得るんじゃないですか。",
         "内容証明、送りつけたろか。",
         "法的措置も視野に入れていますので、そのつもりで回答してください。",
         "業界団体と役所に苦情を入れますから、覚悟しといてください。",
         "裁判になったら困るのはそっちでしょ？"],
  "en": ["My lawyer will be in touch if I don't hear back by tomorrow.",
         "I'm prepared to take this to small claims court, and I will win.",
         "Keep this up and I'll be filing a complaint with the regulator.",
         "I'm sure a judge would love to hear how you treat customers.",
         "Consider this your final notice before legal action.",
         "I'll be suing for damages - every yen, plus costs.",
         "Do you want this to end up in court? Because that's where it's heading.",
         "I've already drafted a letter to the consumer affairs agency. Your call."]},
 "online_defamation_threat": {
  "ja": ["この対応、全部スクショしてXに晒しますね。",
         "グーグルの口コミに星1つけて、知り合いにも書いてもらいます。",
         "担当者の名前も出して、ネットで拡散しますけどいいですか？",
         "うちのブログ、月10万PVあるんですよ。記事にしちゃおうかな。",
         "通話は録音してあるんで、YouTubeに上げたらどうなるか分かりますよね。",
         "地域の掲示板とママ友のLINEグループに流しとくわ。",
         "今回のやりとり、全部まとめて口コミサイトに書き込みます。",
         "フォロワー多いんで、一言つぶやいたら終わりですよ、おたく。",
         "炎上させたくなかったら、ちゃんと対応したほうがいいと思いますよ。",
         "もうTikTokに動画上げました。消してほしかったら誠意見せて。"],
  "en": ["I'm screenshotting this whole chat and posting it on X tonight.",
         "Enjoy your one-star reviews - I'll make sure my friends leave some too.",
         "I have 20k followers. One thread from me and your bookings dry up.",
         "I recorded the call. Should I upload it to YouTube with your name in the title?",
         "I've already written the Google review. Whether I post it depends on you.",
         "I'll be naming and shaming your staff on every forum I can find.",
         "Watch what happens when this goes viral on TikTok.",
         "Just posted about you on Reddit. It's getting traction, by the way."]},
 "sexual_harassment": {
  "ja": ["電話の声かわいいね。彼氏いるの？",
         "受付のお姉さん、今度二人で飲みに行こうよ。",
         "あの若い先生、スタイルいいよね。次は薄着で来てくれない？",
         "クレームはもういいから、代わりに君がデートしてくれたら許すよ。",
         "そんな色っぽい声で謝られたら、怒る気も失せるわ。",
         "体に触りながら教えてくれるんでしょ？楽しみにしてるね。",
         "次はあの女の人で。二人きりになれるし。",
         "今日どんな下着つけてるの？なんてね、冗談冗談。",
         "女の人に担当されると、ついいろいろ想像しちゃうんだよね。"],
  "en": ["You sound cute on the phone. Single?",
         "Tell the girl at the front desk I'd like to take her out for drinks.",
         "Maybe you could make it up to me over dinner, just the two of us.",
         "Your voice is honestly turning me on, keep talking.",
         "Can she wear something tighter next time? Helps me focus.",
         "I'd forgive the whole thing for a date with you, sweetheart.",
         "What are you wearing right now? Kidding. Mostly.",
         "That new receptionist has quite a body. Put her on my case."]},
 "privacy_intrusion": {
  "ja": ["{st}さんって何時に上がるんですか？どの駅使ってるの？",
         "{st}さんの個人の携帯番号、教えてもらえませんか。直接話したいので。",
         "この前、{st}さんが駅の方に歩いてくの見かけましたよ。",
         "{st}さんの写真撮っといたんで、下の名前も教えてよ。",
         "{st}さんとLINE交換できるように伝えてください。",
         "{st}さんの家ってこの近くなんでしょ？何町？",
         "仕事終わるまで駐車場で待ってるって、{st}さんに言っといて。",
         "{st}さん、週末はどこで過ごしてるの？インスタやってる？",
         "{st}さんのシフト教えてよ。いる日に合わせて行くから。"],
  "en": ["What time does {st} finish today? I'll wait outside.",
         "Can you give me {st}'s personal number? I'd rather text directly.",
         "Which station does {st} use to get home? Just curious.",
         "I took a few photos of {st} at the desk, didn't notice me at all.",
         "Does {st} have Instagram? I couldn't find the account.",
         "I saw {st} at the supermarket on Sunday. Small world, right?",
         "Just tell me which days {st} works and I'll plan around that.",
         "Where does {st} live, roughly? Same neighbourhood as me, I think."]},
 "staff_naming": {
  "ja": ["{st}を出せ。あいつ以外とは話さない。",
         "{st}さんを担当から外してください。今すぐ。",
         "{st}って人、辞めさせてもらえます？二度と関わりたくない。",
         "前回の{st}さんに代わって。ほかの人じゃ駄目。",
         "{st}はクビにしたんですか？まだいるなら処分内容を教えて。",
         "{st}さん本人から、今日中に電話させてください。",
         "また{st}か。あの人の名前、本社にも伝えますから。",
         "{st}を呼んでこい。おらんのやったら戻るまで待つで。",
         "担当は{st}さん一択で。それ以外の人には何も説明しません。"],
  "en": ["Put {st} on the phone. Now.",
         "I want {st} taken off my case and disciplined.",
         "Is {st} still working there? Because that person shouldn't be.",
         "I'll only speak to {st}. Nobody else.",
         "Fire {st}. I'm serious. Let me know when it's done.",
         "Get {st} to call me back personally, today.",
         "Tell {st} I've written down the name and I'm sending it to head office.",
         "I've asked three times now for {st}. Why the hiding?"]},
 "pressure_language": {
  "ja": ["これじゃ仕事にならないんですよ！今すぐ対応してください。",
         "そちらのせいで多大な損害が出てるんですけど、分かってます？",
         "致命的ですよ、これ。一分一秒を争ってるんです。",
         "今日中じゃないと意味がないんだよ。今すぐ、今すぐやって。",
         "何回言わせるんですか、至急って書いてありますよね？最優先で動いて。",
         "はよせえや、こっちは一日何万も飛んでんねん。",
         "この遅れで人生めちゃくちゃです。どうしてくれるんですか。",
         "他の客は後回しでいいから、先にこっちをやって。",
         "今すぐ折り返し電話。五分以内。待ってますから。",
         "これ以上待たされたら取り返しがつかないんですよ。分かってる？"],
  "en": ["This is absolutely critical. Drop everything and fix it now.",
         "You've caused me enormous losses. I need this resolved within the hour.",
         "I can't work like this! Do it NOW.",
         "Every minute you waste costs me money. Move!",
         "I don't want to hear 'we'll look into it'. Immediately. Today. Not tomorrow.",
         "Call me back in five minutes, I'm waiting by the phone.",
         "This is a disaster and you're sitting there doing nothing.",
         "Stop whatever else you're doing - my case comes first."]},
}

# neutral repeated demands (repetition), flood pokes, fillers, traps
REPEAT = {
 "ja": [("見積書の再発行", ["{d}をお願いした件、まだ届いていません。", "{d}、どうなっていますか。", "先日から言っている{d}の件です。まだですか。",
         "もう一度お願いします、{d}。", "{d}の件、同じことを何度も書かせないでください。", "{d}はいつになりますか。返事ください。",
         "{d}について、再度ご連絡します。", "またですが{d}の件です。"]),
        ("予約の取り直し", None), ("書類の送り直し", None), ("担当変更の確認", None), ("支払い方法の変更", None)],
 "en": [("the revised quote", ["Following up again on {d}.", "Still waiting for {d}. Where is it?", "Writing again about {d}.",
         "Once more: {d}. When?", "I've asked for {d} several times now.", "Any news on {d}? Third time asking.",
         "Re: {d} - please reply.", "Again, {d}. Is anyone reading these?"]),
        ("my rebooking", None), ("the corrected invoice", None), ("the callback I was promised", None)],
}
FLOOD = {
 "ja": ["まだ？", "返事は？", "おーい", "無視ですか", "見てます？", "早く", "??", "既読ついてるよね", "ちょっと", "いつまで待たせるの",
        "返信して", "もしもし", "まだですか！", "聞いてる？", "はよ", "対応まだ？"],
 "en": ["hello??", "anyone there", "still waiting", "reply pls", "??", "hellooo", "are you ignoring me", "answer me",
        "come on", "seriously?", "I'm still here", "ping", "any update", "is this thing on"],
}
FILL = {
 "ja": ["だからさっきから言ってるでしょう。", "話をそらさないでください。", "それはもう聞きました。", "で？", "答えになってないんですけど。",
        "ちょっと待って、メモ取るから、もう一回。", "規定規定って、そればっかりですね。", "もうええわ、それで？", "前の人も同じこと言ってましたよ。"],
 "en": ["That's not what I asked.", "You already said that.", "So?", "Don't change the subject.", "Again, slowly this time.",
        "Policy, policy, policy. Is that all you've got?", "The last person said exactly the same thing."],
}
ANGRY_OK = {
 "ja": ["正直かなり困っています。", "もう三回目の連絡です。", "きちんと説明してください。", "納得のいく回答をお願いします。",
        "こちらとしては本当に残念です。", "早めにご対応いただけると助かります。"],
 "en": ["I'm really frustrated.", "This is the third time I've had to write.", "Please just sort it out.",
        "I'd appreciate a proper answer.", "Honestly this has been exhausting."],
}
TRAPS = {
 "ja": ["担当の{st}さんがとても丁寧で助かりました。お礼をお伝えください。", "口コミサイトの評判を見てお問い合わせしました。",
        "SNSでキャンペーンの投稿を見たのですが、まだ有効ですか。", "至急ではないのですが、", "致命的な問題ではないのですが、",
        "謝罪は不要です。確認だけお願いします。", "前回の{st}さんにまた担当していただけると嬉しいです。"],
 "en": ["Shout-out to {st}, who was brilliant last time.", "I read the Google reviews before booking.",
        "Saw your post on Instagram - is the promo still on?", "No need to apologise, just let me know.",
        "Not urgent at all, whenever you get a chance.", "Could {st} handle my booking again? Very helpful last time."],
}
URGENT = {"ja": ["【至急】", "緊急です。", "夜分にすみませんが至急です。", "休みとか関係ないので。", "至急！！", "緊急！"],
          "en": ["URGENT: ", "Emergency - ", "I know it's late but this can't wait. ", "ASAP. ", "URGENT!! "]}
AMT = ["3万", "5万", "10万", "20万", "30万", "50万"]
AMT_EN = ["30,000", "50,000", "100,000", "200,000", "500,000"]

JA_SUR = ["青山", "石田", "上野", "大西", "片山", "川口", "北村", "久保", "小島", "斎藤", "坂口", "島田", "杉山", "高木", "竹内",
          "千葉", "土屋", "中島", "西田", "野口", "原田", "平野", "福田", "堀", "松井", "丸山", "宮崎", "村田", "安田", "横山"]
JA_GIV = ["翔太", "美咲", "大輔", "陽子", "健一", "さくら", "拓也", "由美", "直樹", "愛", "亮", "真理子", "悠斗", "結衣", "誠"]
EN_NAMES = ["Emily Carter", "Raj Patel", "Lucas Silva", "Mei Lin", "Tom Becker", "Sarah O'Neil", "Ahmed Khan", "Olivia Brown",
            "Daniel Kim", "Nguyen Van Anh", "Chloe Martin", "James Wilson", "Priya Sharma", "Marco Rossi", "Hannah Lee",
            "Ben Harris", "Ana Santos", "Jack Taylor", "Sofia Garcia", "Liam Murphy"]


class Pool:
    def __init__(self, items, rng):
        self.items, self.rng, self.left = list(items), rng, []

    def take(self):
        if not self.left:
            self.left = self.items[:]
            self.rng.shuffle(self.left)
        return self.left.pop()


POOLS = {(c, l): Pool(H[c][l], R) for c in H for l in ("ja", "en")}


def fill(s, biz, lang, st, rng):
    b = BIZ[biz]
    return s.format(svc=b["svc_" + lang], amt=rng.choice(AMT if lang == "ja" else AMT_EN), st=st)


# ---------------------------------------------------------------- noise
ZEN = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def noise(text, lang, rng, angry=False):
    p = rng.random()
    if lang == "ja":
        if p < 0.12:
            text = text.translate(ZEN)
        elif p < 0.22:
            text = text.replace("、", "､").replace("。", "｡")
        elif p < 0.30:
            text = text.replace("ください", "下さい")
        elif p < 0.36:
            text = text.replace("？", "?").replace("！", "!")
        if angry and rng.random() < 0.2:
            text += rng.choice(["💢", "！！", "😡", "。。。", "ｗ"])
        elif not angry and rng.random() < 0.08:
            text += rng.choice(["😊", "🙇", "🙏"])
    else:
        if p < 0.12:
            text = text.lower()
        elif p < 0.22:
            text = text.replace("'", "").replace("’", "")
        elif p < 0.30:
            text = text.replace(" you ", " u ").replace("please", "pls").replace("Please", "Pls")
        elif p < 0.38:
            words = text.split(" ")
            i = rng.randrange(len(words))
            w = words[i]
            if len(w) > 4 and w.isalpha():
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            text = " ".join(words)
        if angry and rng.random() < 0.15:
            text += rng.choice(["!!", " >:(", "...", " 🙄"])
    return text


# ---------------------------------------------------------------- text builders
PH_LABELS = {"ja": [("担当", "客"), ("オペレーター", "お客様"), ("A", "C"), ("【係】", "【客】"), ("受付", "発信者"), ("OP", "CL")],
             "en": [("Agent", "Customer"), ("Rep", "Caller"), ("AGT", "CUST"), ("Staff", "Client"), ("A", "C")]}
AG_LINES = {"ja": ["確認いたしますので、少々お待ちください。", "申し訳ございません。", "おっしゃる内容は承りました。",
                   "規定により、そのご要望にはお応えいたしかねます。", "上の者に確認のうえ、折り返しご連絡いたします。",
                   "恐れ入りますが、ご登録のお名前を伺えますか。", "ご不便をおかけしております。", "はい、はい。"],
            "en": ["Let me check that for you, one moment.", "I'm sorry about that.", "I understand.",
                   "I'm afraid our policy doesn't allow that.", "I'll check with my supervisor and call you back.",
                   "Could I have the name on the account, please?", "Right, okay."]}


def agent_greet(lang, biz, aname, rng):
    if lang == "ja":
        return rng.choice(["お電話ありがとうございます。{b}の{a}でございます。", "お待たせいたしました、{a}です。",
                           "{b}サポート、{a}が承ります。"]).format(b=BIZ[biz]["ja"], a=aname[0])
    return rng.choice(["Thank you for calling {b}, this is {a}.", "{b}, {a} speaking.", "Hi, you're through to {a} at {b}."]
                      ).format(b=BIZ[biz]["en"], a=aname[1])


def phone_text(lang, biz, aname, sents, rng, long=False, visit=False):
    la, lc = rng.choice(PH_LABELS[lang])
    if visit:
        la, lc = ("受付", "来店者") if lang == "ja" else ("Desk", "Visitor")
    sep = rng.choice([": ", "：", "> "]) if lang == "ja" else rng.choice([": ", " - ", "> "])
    lines = []
    if rng.random() < 0.7:
        lines.append(la + sep + (agent_greet(lang, biz, aname, rng) if not visit else rng.choice(AG_LINES[lang])))
    for i, s in enumerate(sents):
        lines.append(lc + sep + s)
        if i < len(sents) - 1 or rng.random() < 0.5:
            lines.append(la + sep + rng.choice(AG_LINES[lang]))
        if long and rng.random() < 0.5:
            lines.append(lc + sep + rng.choice(FILL[lang]))
            lines.append(la + sep + rng.choice(AG_LINES[lang]))
    if long:
        lines.append(rng.choice(["（沈黙）", "[silence]", "(通話継続)", "[line continues]"]))
    if visit:
        head = "来店対応メモ" if lang == "ja" else "Front desk visit log"
        lines.insert(0, head)
    return "\n".join(lines)


def email_text(lang, biz, cname, sents, rng):
    if lang == "ja":
        g = rng.choice(["お世話になっております。", "{b}ご担当者様\n\nいつもお世話になっております。{n}です。", "お疲れ様です。",
                        "突然のメール失礼いたします。", "{b} 御中", "こんにちは。"]).format(b=BIZ[biz]["ja"], n=cname)
        c = rng.choice(["よろしくお願いいたします。", "以上、ご確認ください。", "ご返信お待ちしております。", "取り急ぎ。", ""])
        sig = rng.choice(["--\n" + cname, "――――――\n" + cname + "\n電話：090-" + "%04d-%04d" % (rng.randrange(10000), rng.randrange(10000)),
                          "", "iPhoneから送信", cname])
        body = rng.choice(["\n", "\n\n", ""]).join(sents)
    else:
        g = rng.choice(["Hi,", "Hello {b} team,", "Dear Sir or Madam,", "To whom it may concern,", "Hi there,", "Good afternoon,"]
                       ).format(b=BIZ[biz]["en"])
        c = rng.choice(["Thanks,", "Regards,", "Best,", "Kind regards,", "", "Thank you."])
        sig = rng.choice([cname, "", "Sent from my iPhone", "-- \n" + cname, cname.split()[0]])
        body = rng.choice(["\n", "\n\n", " "]).join(sents)
    parts = [g, body, c, sig]
    return "\n\n".join(p for p in parts if p)


def chat_text(lang, sents, rng):
    return rng.choice(["\n", " "]).join(sents)


def sns_text(lang, biz, sents, rng):
    t = " ".join(sents)
    if rng.random() < 0.3:
        t = "@" + BIZ[biz]["prefix"] + "_official " + t
    return t


def form_text(lang, biz, sents, rng, topic):
    body = "".join(sents) if lang == "ja" else " ".join(sents)
    if rng.random() < 0.4:
        if lang == "ja":
            return "【お問い合わせ種別】%s\n【内容】%s" % (topic, body)
        return "Category: %s\nMessage: %s" % (topic, body)
    return body


# ---------------------------------------------------------------- event factory
SOURCES = {"phone": ["pbx-tokyo", "pbx-osaka"], "email": ["mail-gw"], "chat": ["chat-widget"], "web_form": ["web-form"],
           "sns": ["sns-dm"], "visit": ["front-desk"]}
USED_IDS = set()


def new_id(rng):
    while True:
        e = "ev-%016x" % rng.getrandbits(64)
        if e not in USED_IDS:
            USED_IDS.add(e)
            return e


def fmt_ts(t, source, rng):
    if source in ("mail-gw",):
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if source == "sns-dm":
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randrange(1000)
    if source == "chat-widget":
        return t.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+09:00" % rng.randrange(1000)
    if source == "web-form" and rng.random() < 0.2:
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return t.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S+09:00")


class Cust:
    def __init__(self, cid, profile, biz, lang, rng):
        self.cid, self.profile, self.biz, self.lang, self.rng = cid, profile, biz, lang, rng
        self.name = (rng.choice(JA_SUR) + " " + rng.choice(JA_GIV)) if lang == "ja" else rng.choice(EN_NAMES)
        self.events = []
        self.codes = set()
        self.off_used = 0


def business_time(d, rng):
    while d.weekday() >= 5 or d in CLOSED:
        d += dt.timedelta(days=1)
        if d > END:
            d = END - dt.timedelta(days=3)
    return dt.datetime(d.year, d.month, d.day, 9, 3, tzinfo=JST) + dt.timedelta(seconds=rng.randrange(0, 8 * 3600 + 40 * 60))


def off_time(d, rng):
    if d.weekday() >= 5 or d in CLOSED:
        h = rng.randrange(7, 24)
    else:
        h = rng.choice([18, 19, 20, 21, 22, 23, 0, 1, 2, 6, 7, 8])
    t = dt.datetime(d.year, d.month, d.day, h, rng.randrange(60), rng.randrange(60), tzinfo=JST)
    if h == 18 and t.minute < 5:
        t = t.replace(minute=5 + t.minute)
    return t


def add_event(c, t, channel, text, inbound=True, agent=None, duration=None, subject=None, thread=None, codes=(), dk=None,
              lang=None):
    rng = c.rng
    src = rng.choice(SOURCES[channel])
    if channel == "email" and not inbound:
        src = "zendesk"
    lg = lang if lang is not None else c.lang
    if rng.random() < 0.06:
        lg = None
    ev = {"event_id": new_id(rng), "occurred_at": fmt_ts(t, src, rng), "channel": channel,
          "direction": "inbound" if inbound else "outbound", "customer_id": c.cid, "agent_id": agent}
    if channel in ("phone", "visit"):
        ev["duration_s"] = duration
        ev["subject"] = None
    elif channel == "email":
        ev["duration_s"] = None
        ev["subject"] = subject
    elif channel == "web_form":
        ev["subject"] = subject
    ev["text"] = text
    ev["language"] = lg
    ev["thread_id"] = thread
    ev["source"] = src
    c.events.append(dict(ev=ev, t=t, inbound=inbound, codes=sorted(set(codes)), dk=dk, channel=channel, dur=duration))
    if codes:
        c.codes.update(codes)
    return ev


AGENTS = {}
BIZ_AGENTS = {b: [] for b in BIZ_KEYS}


def setup_agents():
    for i, (ja, en) in enumerate(AGENT_NAMES):
        aid = "agt-%03d" % (i + 1)
        b = BIZ_KEYS[i % len(BIZ_KEYS)]
        AGENTS[aid] = {"name_ja": ja, "name_en": en, "business": b}
        BIZ_AGENTS[b].append(aid)


def aname(aid):
    return (AGENTS[aid]["name_ja"], AGENTS[aid]["name_en"])


def pick_day(c, lo=None, hi=None):
    days = [d for d in DAYS if (lo is None or d >= lo) and (hi is None or d <= hi)]
    ws = [day_weight(c.biz, d) for d in days]
    return c.rng.choices(days, ws)[0]


def thread_for(channel, rng):
    if channel == "email":
        return "th-%010x" % rng.getrandbits(40)
    if channel == "web_form":
        return "TKT-%06d" % rng.randrange(100000, 999999)
    if channel == "chat":
        return "chat-%010x" % rng.getrandbits(40)
    return None


def subject_for(c, topic, channel, coded=False):
    rng = c.rng
    if channel == "web_form":
        return ("お問い合わせフォーム：" + topic) if c.lang == "ja" else ("Contact form: " + topic)
    if c.lang == "ja":
        opts = ["お問い合わせ", topic + "について", "ご相談", BIZ[c.biz]["ja"] + "様", topic + "の件"]
        if coded:
            opts += ["【要回答】" + topic, "至急ご回答ください", "再度の問い合わせ", "いい加減にしてください"]
    else:
        opts = ["Question", topic, "Enquiry about " + topic.lower(), "Re: " + topic]
        if coded:
            opts += ["RESPONSE REQUIRED: " + topic, "Complaint", "Still no answer", "Still waiting"]
    return rng.choice(opts)


def compose(c, channel, sents, topic, t, inbound=True, codes=(), dk=None, duration=None, long=False, thread=None,
            subject=None, angry=False):
    rng = c.rng
    agent = rng.choice(BIZ_AGENTS[c.biz])
    if channel in ("web_form", "sns") and rng.random() < 0.5:
        agent = None
    L = c.lang
    if channel == "phone" and inbound and not is_open(t) and not long:
        agent = None
        head = rng.choice(["[留守番電話] ", "留守電メッセージ：", "（時間外受付・録音）"]) if L == "ja" else \
            rng.choice(["[voicemail] ", "After-hours voicemail: ", "(recorded message) "])
        text = head + (" " if L == "en" else "").join(sents)
        duration = rng.randrange(25, 170)
    elif channel in ("phone", "visit"):
        text = phone_text(L, c.biz, aname(agent or BIZ_AGENTS[c.biz][0]), sents, rng, long=long, visit=channel == "visit")
        if duration is None:
            duration = rng.randrange(90, 900)
    elif channel == "email":
        text = email_text(L, c.biz, c.name, [noise(x, L, rng, angry=angry or bool(codes)) for x in sents], rng)
    elif channel == "chat":
        text = chat_text(L, sents, rng)
    elif channel == "sns":
        text = sns_text(L, c.biz, sents, rng)
    else:
        text = form_text(L, c.biz, sents, rng, topic)
    if channel != "email":
        text = noise(text, L, rng, angry=angry or bool(codes))
    if thread is None:
        thread = thread_for(channel, rng)
    if subject is None and channel in ("email", "web_form"):
        subject = subject_for(c, topic, channel, coded=bool(codes))
    add_event(c, t, channel, text, inbound=inbound, agent=agent, duration=duration, subject=subject, thread=thread,
              codes=codes, dk=dk)
    return thread, subject, agent


REPLY = {"ja": ["ご連絡ありがとうございます。内容を確認のうえ、改めてご案内いたします。",
                "お問い合わせの件、手続きが完了しましたのでお知らせいたします。",
                "ご不便をおかけし申し訳ございません。担当部署にて確認しております。",
                "ご要望の件につきまして、規約に基づき対応させていただきます。",
                "お待たせいたしました。ご質問への回答をお送りします。"],
         "en": ["Thank you for getting in touch. We are looking into this and will update you shortly.",
                "Your request has been processed. Please let us know if there is anything else.",
                "We're sorry for the inconvenience. The relevant team is reviewing your case.",
                "We will handle your request in line with our terms of service.",
                "Thanks for waiting - please find our answer below."]}


def reply(c, t, thread, subject, channel="email"):
    rng = c.rng
    txt = rng.choice(REPLY[c.lang])
    if channel == "email":
        sig = "\n\n" + (BIZ[c.biz]["ja"] + " カスタマーサポート" if c.lang == "ja" else BIZ[c.biz]["en"] + " Support")
        txt = txt + sig
    t2 = business_time((t + dt.timedelta(hours=rng.randrange(2, 40))).astimezone(JST).date(), rng)
    if t2 <= t:
        t2 = t + dt.timedelta(hours=rng.randrange(1, 3))
    if t2.astimezone(JST).date() > END:
        return
    agent = rng.choice(BIZ_AGENTS[c.biz])
    add_event(c, t2, channel, txt, inbound=False, agent=agent, subject=("Re: " + subject) if subject else None,
              thread=thread, duration=rng.randrange(60, 400) if channel == "phone" else None)


def channel_pick(c, allow_visit=True, weights=None):
    rng = c.rng
    chans = ["phone", "email", "chat", "web_form", "sns", "visit"]
    w = weights or [31, 22, 20, 13, 10, 3 if (allow_visit and BIZ[c.biz]["visit"]) else 0]
    return rng.choices(chans, w)[0]


def inbound_time(c, d, cap):
    """business hours, occasionally (emails/forms) outside, respecting a cap on off-hours contacts"""
    rng = c.rng
    closed = d.weekday() >= 5 or d in CLOSED
    if c.off_used < cap and (rng.random() < 0.12 or (closed and rng.random() < 0.5)):
        c.off_used += 1
        return off_time(d, rng), True
    return business_time(d, rng), False


# ---------------------------------------------------------------- profiles
def gen_normal(c):
    rng = c.rng
    b = BIZ[c.biz]
    for _ in range(rng.choices([1, 2, 3], [38, 42, 20])[0]):
        d = pick_day(c)
        ch = channel_pick(c)
        t, off = inbound_time(c, d, 1)
        if off and ch in ("phone", "visit"):
            ch = rng.choice(["email", "web_form", "sns"])
        q = rng.choice(b["normal_" + c.lang])
        sents = [q]
        if rng.random() < 0.18:
            tr = fill(rng.choice(TRAPS[c.lang]), c.biz, c.lang, aname(rng.choice(BIZ_AGENTS[c.biz]))[0 if c.lang == "ja" else 1], rng)
            sents = [tr, q] if tr.endswith("、") or tr.endswith(",") else ([tr, q] if rng.random() < 0.5 else [q, tr])
            if tr.endswith("、"):
                sents = [tr + q]
        topic = rng.choice(b["topics_" + c.lang])
        dk = "n-%s-%d" % (c.cid, len(c.events))
        th, subj, ag = compose(c, ch, sents, topic, t, dk=dk)
        if ch in ("email", "web_form") and rng.random() < 0.75:
            reply(c, t, th, subj)
        if rng.random() < 0.15 and ch in ("email", "chat", "web_form"):
            t3 = business_time(min(END, d + dt.timedelta(days=rng.randrange(1, 5))), rng)
            fu = rng.choice(["先日の件、その後いかがでしょうか。", "追加で質問です。", "ありがとうございました。解決しました。"]) if c.lang == "ja" \
                else rng.choice(["Any update on this?", "One more question on the same topic.", "Thanks, all sorted now."])
            compose(c, ch, [fu], topic, t3, dk=dk, thread=th, subject=("Re: " + subj) if subj else None)


def gen_legit(c):
    rng = c.rng
    b = BIZ[c.biz]
    d = pick_day(c, hi=END - dt.timedelta(days=12))
    topic = rng.choice(b["topics_" + c.lang])
    comp = rng.choice(b["legit_" + c.lang])
    dk = "l-%s" % c.cid
    n = rng.choice([1, 2, 2, 3, 3])
    th = subj = None
    ch0 = channel_pick(c, weights=[35, 35, 15, 10, 5, 3])
    for i in range(n):
        t, off = inbound_time(c, d, 2)
        ch = ch0 if i == 0 else rng.choice(["phone", "email", ch0])
        if off and ch in ("phone", "visit"):
            ch = "email"
        if i == 0:
            sents = [comp] + rng.sample(ANGRY_OK[c.lang], rng.choice([0, 1, 2]))
        else:
            sents = [rng.choice(["先日お問い合わせした件、まだ回答をいただけていません。", "前回の件、どうなっていますか。",
                                 "再度の連絡です。早めのご対応をお願いします。"]) if c.lang == "ja" else
                     rng.choice(["I still haven't had an answer to my earlier message.", "Following up on my complaint from last week.",
                                 "Second time contacting you about this. Please respond."])] + rng.sample(ANGRY_OK[c.lang], 1)
        dur = rng.randrange(600, 2400) if ch in ("phone", "visit") else None
        th2, subj2, _ = compose(c, ch, sents, topic, t, dk=dk, duration=dur, thread=th if ch == "email" and th else None,
                                angry=True, long=dur is not None and dur > 1500)
        if ch == "email":
            th, subj = th2, subj2
        if ch in ("email", "web_form"):
            reply(c, t, th2, subj2)
        d = min(END, d + dt.timedelta(days=rng.randrange(3, 9)))
    if rng.random() < 0.4:
        gen_normal_one(c)


def gen_normal_one(c):
    rng = c.rng
    b = BIZ[c.biz]
    d = pick_day(c)
    t = business_time(d, rng)
    ch = channel_pick(c)
    compose(c, ch, [rng.choice(b["normal_" + c.lang])], rng.choice(b["topics_" + c.lang]), t, dk="n2-" + c.cid)


def coded_sentence(c, code, st_pair):
    s = POOLS[(code, c.lang)].take()
    st = st_pair[0] if c.lang == "ja" else st_pair[1]
    return fill(s, c.biz, c.lang, st, c.rng)


def harass_sents(c, codes, st_pair, context=True):
    """sentences for one harassing message: context + coded sentences, harassment often in the middle"""
    rng = c.rng
    b = BIZ[c.biz]
    coded = [coded_sentence(c, k, st_pair) for k in codes]
    sents = []
    if context and rng.random() < 0.8:
        sents.append(rng.choice(b["legit_" + c.lang] if rng.random() < 0.7 else b["normal_" + c.lang]))
    if rng.random() < 0.4:
        sents.append(rng.choice(FILL[c.lang]))
    sents += coded
    if rng.random() < 0.45:
        sents.append(rng.choice(ANGRY_OK[c.lang] + FILL[c.lang]))
    return sents


def gen_harasser(c, content, stateful):
    rng = c.rng
    b = BIZ[c.biz]
    staff = rng.choice(BIZ_AGENTS[c.biz])
    st_pair = aname(staff)
    topic = rng.choice(b["topics_" + c.lang])
    case_dk = "h-%s" % c.cid
    # message plan: each content code at least once; habitual codes twice
    todo = []
    for k in content:
        todo.append(k)
        if k in ("pressure_language", "staff_naming") or rng.random() < 0.5:
            todo.append(k)
    rng.shuffle(todo)
    msgs = []
    while todo:
        k = todo.pop()
        grp = [k]
        if todo and rng.random() < 0.35 and todo[-1] != k:
            grp.append(todo.pop())
        msgs.append(grp)
    start = pick_day(c, hi=END - dt.timedelta(days=40))
    if "off_hours_contact" in stateful and rng.random() < 0.35:
        start = dt.date(2028, 1, 1)  # first off-hours run falls in the New Year closure
    # off-hours: a run of >=4 off-hours contacts within 14 days
    off_slots = set()
    if "off_hours_contact" in stateful:
        n_off = rng.randrange(4, 7)
        while len(msgs) < n_off:
            msgs.append([])
        off_slots = set(rng.sample(range(len(msgs)), n_off))
        gap_lo, gap_hi = 1, 4
    else:
        gap_lo, gap_hi = 3, 11
    # opening, benign
    d = start
    t = business_time(d, rng)
    ch = channel_pick(c)
    if "off_hours_contact" in stateful and (d.weekday() >= 5 or d in CLOSED):
        t = off_time(d, rng)
        ch = rng.choice(["email", "web_form", "sns", "phone"])
    th, subj, ag = compose(c, ch, [rng.choice(b["legit_" + c.lang] + b["normal_" + c.lang])], topic, t, dk=case_dk)
    if ch in ("email", "web_form"):
        reply(c, t, th, subj)
    last_t = t
    prolonged_done = False
    for i, grp in enumerate(msgs):
        d = min(END, d + dt.timedelta(days=rng.randrange(gap_lo, gap_hi + 1)))
        if i in off_slots:
            t = off_time(d, rng)
            ch = rng.choice(["email", "chat", "sns", "web_form", "phone"])
        else:
            t = business_time(d, rng)
            ch = channel_pick(c)
        if t <= last_t:
            t = last_t + dt.timedelta(hours=rng.randrange(3, 20))
            if "off_hours_contact" not in stateful and not is_open(t):
                t = business_time(t.astimezone(JST).date() + dt.timedelta(days=1), rng)
            if i in off_slots and is_open(t):
                t = off_time(t.astimezone(JST).date() + dt.timedelta(days=1), rng)
        last_t = t
        sents = harass_sents(c, grp, st_pair) if grp else [rng.choice(b["legit_" + c.lang] + ANGRY_OK[c.lang])]
        if i in off_slots and rng.random() < 0.75:
            sents[0] = rng.choice(URGENT[c.lang]) + sents[0]
        dur = None
        long = False
        if ch in ("phone", "visit"):
            dur = rng.randrange(240, 1700)
            if "prolonged_contact" in stateful and not prolonged_done and i not in off_slots and rng.random() < 0.6:
                dur = rng.randrange(3700, 9800)
                long = True
                prolonged_done = True
                sents = sents + rng.sample(FILL[c.lang], 3)
        codes = list(grp)
        compose(c, ch, sents, topic, t, codes=codes, dk="%s-%d" % (case_dk, i), duration=dur, long=long)
        th2, subj2 = c.events[-1]["ev"].get("thread_id"), c.events[-1]["ev"].get("subject")
        if ch in ("email", "web_form") and rng.random() < 0.7:
            reply(c, t, th2, subj2)
    if "prolonged_contact" in stateful and not prolonged_done:
        gen_prolonged(c, content, st_pair, topic, case_dk)
    if "repetition" in stateful:
        gen_repetition(c, content, st_pair)
    if "contact_flood" in stateful:
        gen_flood(c, content, st_pair, topic)


def gen_prolonged(c, content, st_pair, topic, dk):
    rng = c.rng
    d = pick_day(c, lo=dt.date(2028, 1, 5))
    ch = "visit" if BIZ[c.biz]["visit"] and rng.random() < 0.3 else "phone"
    if rng.random() < 0.6:
        t = business_time(d, rng).replace(hour=rng.randrange(9, 14))
        codes = [rng.choice(content)] if content else []
        sents = harass_sents(c, codes, st_pair) + rng.sample(FILL[c.lang], 3)
        compose(c, ch, sents, topic, t, codes=codes, dk=dk, duration=rng.randrange(3700, 10800), long=True)
    else:  # cumulative: three calls on one day, each < 1h, total >= 90 min
        t = business_time(d, rng).replace(hour=9, minute=rng.randrange(5, 40))
        for j in range(3):
            dur = rng.randrange(1900, 2900)
            codes = [rng.choice(content)] if content and rng.random() < 0.6 else []
            sents = (harass_sents(c, codes, st_pair) if codes else [rng.choice(BIZ[c.biz]["legit_" + c.lang])]) + rng.sample(FILL[c.lang], 2)
            compose(c, "phone", sents, topic, t, codes=codes, dk=dk, duration=dur, long=True)
            t = t + dt.timedelta(seconds=dur + rng.randrange(600, 3000))


def gen_repetition(c, content, st_pair):
    rng = c.rng
    stem = rng.choice(REPEAT[c.lang])[0]
    phr = REPEAT[c.lang][0][1]  # phrasings shared by all stems
    dk = "rep-%s" % c.cid
    d = pick_day(c, lo=dt.date(2028, 1, 4), hi=END - dt.timedelta(days=8))
    n = rng.randrange(4, 8)
    forms = rng.sample(phr, min(n, len(phr)))
    th = thread_for("email", rng)
    subj = None
    t = business_time(d, rng)
    for j in range(n):
        sents = [forms[j % len(forms)].format(d=stem)]
        codes = []
        if content and rng.random() < 0.35:
            k = rng.choice(content)
            sents.append(coded_sentence(c, k, st_pair))
            codes = [k]
        ch = rng.choice(["email", "email", "phone", "chat", "web_form"])
        compose(c, ch, sents, stem, t, codes=codes, dk=dk, thread=th if ch == "email" else None,
                subject=("再送：" + stem if c.lang == "ja" else "Again: " + stem) if ch == "email" else None,
                duration=rng.randrange(120, 700) if ch == "phone" else None)
        t = t + dt.timedelta(hours=rng.choice([3, 5, 20, 24, 26, 30, 48]))
        if not is_open(t):
            t = business_time(t.astimezone(JST).date() + dt.timedelta(days=1), rng)


def gen_flood(c, content, st_pair, topic):
    rng = c.rng
    for burst in range(rng.choice([1, 1, 2])):
        d = pick_day(c, lo=dt.date(2028, 1, 4))
        t = business_time(d, rng).replace(hour=rng.randrange(10, 16))
        n = rng.randrange(6, 12)
        ch = rng.choice(["chat", "sns", "email", "phone"])
        th = thread_for(ch, rng)
        pokes = rng.sample(FLOOD[c.lang], min(n, len(FLOOD[c.lang])))
        for j in range(n):
            chj = ch if rng.random() < 0.75 else rng.choice(["chat", "sns", "phone", "email"])
            sents = [pokes[j % len(pokes)]]
            codes = []
            if j == n // 2 and content and rng.random() < 0.6:
                k = rng.choice(content)
                sents.append(coded_sentence(c, k, st_pair))
                codes = [k]
            if chj == "phone":
                sents = [sents[0] + (" もしもし？" if c.lang == "ja" else " hello?")] + sents[1:]
            compose(c, chj, sents, topic, t, codes=codes, dk="fl-%s-%d-%d" % (c.cid, burst, j),
                    thread=th if chj == ch else None, duration=rng.randrange(15, 90) if chj == "phone" else None)
            t = t + dt.timedelta(seconds=rng.randrange(60, 420))


# ---------------------------------------------------------------- stateful rules (applied to the generated data)
RULES = {
    "repetition": "same demand (as judged by the writer: one demand key per repeated request) in >=4 inbound contacts within 7 days, spread over >=2 calendar days (JST)",
    "off_hours_contact": ">=3 inbound contacts started outside support hours (Mon-Fri 09:00-18:00 JST, closed 2028-01-01..03, 01-10, 02-11, 02-23, 03-20) within any 14-day window",
    "contact_flood": ">=6 inbound contacts (any channel) within any 60-minute window",
    "prolonged_contact": "a single phone call or visit >= 3600 s, or phone+visit durations summing to >= 5400 s on one JST day (both directions)",
}


def stateful_of(c):
    out = set()
    inb = sorted([e for e in c.events if e["inbound"]], key=lambda e: e["t"])
    ts = [e["t"] for e in inb]
    off = [e["t"] for e in inb if not is_open(e["t"])]
    for i in range(len(off)):
        if sum(1 for x in off[i:] if x - off[i] <= dt.timedelta(days=14)) >= 3:
            out.add("off_hours_contact")
    for i in range(len(ts)):
        if sum(1 for x in ts[i:] if x - ts[i] <= dt.timedelta(minutes=60)) >= 6:
            out.add("contact_flood")
    daily = {}
    for e in c.events:
        if e["channel"] in ("phone", "visit") and e["dur"]:
            if e["dur"] >= 3600:
                out.add("prolonged_contact")
            k = e["t"].astimezone(JST).date()
            daily[k] = daily.get(k, 0) + e["dur"]
    if any(v >= 5400 for v in daily.values()):
        out.add("prolonged_contact")
    bykey = {}
    for e in inb:
        bykey.setdefault(e["dk"], []).append(e["t"])
    for k, lst in bykey.items():
        for i in range(len(lst)):
            w = [x for x in lst[i:] if x - lst[i] <= dt.timedelta(days=7)]
            if len(w) >= 4 and len({x.astimezone(JST).date() for x in w}) >= 2:
                out.add("repetition")
    return out


# ---------------------------------------------------------------- main
def main(outdir):
    setup_agents()
    n_total, n_legit, n_har = 400, 48, 66
    n_norm = n_total - n_legit - n_har
    profiles = ["normal"] * n_norm + ["legit_complainer"] * n_legit + ["harasser"] * n_har
    R.shuffle(profiles)
    # harasser behaviour plan
    har_idx = [i for i, p in enumerate(profiles) if p == "harasser"]
    plan = {i: [set(), set()] for i in har_idx}
    order = har_idx[:]
    R.shuffle(order)
    stateful_only = order[-6:]
    content_pool = order[:-6]
    for j, i in enumerate(content_pool):
        plan[i][0].add(CONTENT[j % len(CONTENT)])
        if R.random() < 0.6:
            plan[i][0].add(R.choice(CONTENT))
        if R.random() < 0.15:
            plan[i][0].add(R.choice(CONTENT))
    for k, code in enumerate(STATEFUL):
        chosen = [stateful_only[k]] + ([stateful_only[4 + k]] if 4 + k < 6 else [])
        chosen += R.sample([i for i in content_pool if len(plan[i][1]) == 0 or R.random() < 0.3], 7)
        for i in chosen:
            plan[i][1].add(code)
    for i in stateful_only:
        if not plan[i][1]:
            plan[i][1].add(R.choice(STATEFUL))
    customers = []
    bizw = [BIZ[b]["weight"] for b in BIZ_KEYS]
    counters = {b: 0 for b in BIZ_KEYS}
    for i, p in enumerate(profiles):
        b = R.choices(BIZ_KEYS, bizw)[0]
        counters[b] += 1
        cid = "%s-%05d" % (BIZ[b]["prefix"], 100 + counters[b] * 7 + R.randrange(7))
        lang = "ja" if R.random() < 0.56 else "en"
        seed = R.getrandbits(64)
        for attempt in range(20):
            c = Cust(cid, p, b, lang, random.Random(seed + attempt))
            if p == "normal":
                gen_normal(c)
                want = set()
            elif p == "legit_complainer":
                gen_legit(c)
                want = set()
            else:
                content, stateful = sorted(plan[i][0]), plan[i][1]
                gen_harasser(c, content, stateful)
                want = set(stateful)
                if not set(content) <= c.codes:
                    continue
            if stateful_of(c) == want:
                break
            for e in c.events:
                USED_IDS.discard(e["ev"]["event_id"])
        else:
            raise SystemExit("could not satisfy plan for %s %s" % (cid, p))
        customers.append(c)
    events = []
    for c in customers:
        events += c.events
    events.sort(key=lambda e: (e["t"], e["ev"]["event_id"]))
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e["ev"], ensure_ascii=False, separators=(",", ":")) + "\n")
    ev_labels = {e["ev"]["event_id"]: e["codes"] for e in events if e["codes"]}
    cust_labels = {}
    for c in sorted(customers, key=lambda c: c.cid):
        beh = sorted(c.codes | stateful_of(c), key=lambda k: (CONTENT + STATEFUL).index(k))
        cust_labels[c.cid] = {"profile": c.profile, "behaviors": beh}
    per_code = {k: sum(1 for v in cust_labels.values() if k in v["behaviors"]) for k in CONTENT + STATEFUL}
    per_ev = {k: sum(1 for v in ev_labels.values() if k in v) for k in CONTENT}
    prof = {}
    for v in cust_labels.values():
        prof[v["profile"]] = prof.get(v["profile"], 0) + 1
    meta = {
        "seed": SEED, "customers": len(customers), "start": "2028-01-01T00:00:00+09:00", "end": "2028-03-31T23:59:59+09:00",
        "counts": {"events": len(events), "events_with_content_label": len(ev_labels), "profiles": prof,
                   "customers_per_code": per_code, "events_per_content_code": per_ev},
        "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                     "closed_days_in_range": sorted(d.isoformat() for d in CLOSED)},
        "agents": AGENTS,
        "businesses": {k: {"ja": v["ja"], "en": v["en"], "customer_id_prefix": v["prefix"]} for k, v in BIZ.items()},
        "stateful_rules": RULES,
        "labelling_notes": [
            "content codes are labelled per inbound event, only where the customer's own words carry the cue",
            "stateful codes are labelled per customer, computed from the generated events with the rules above",
            "outbound (agent) events never carry labels and are not counted by the stateful rules, except call/visit duration",
            "legitimate complainers may be angry, write '至急', follow up up to 3 times, call up to 40 minutes: not labelled",
            "positive mentions of staff names, reviews read, idioms like 'killed me'/'死ぬかと思った' are not labelled",
        ],
    }
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": ev_labels, "customers": cust_labels, "meta": meta}, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python3 gen.py OUTDIR")
    main(sys.argv[1])
