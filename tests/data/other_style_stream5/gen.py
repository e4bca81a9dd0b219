# -*- coding: utf-8 -*-
"""Text pools for gen.py (blind test stream 5). Standard library only.

Fragment tuples are (style, text). Styles (ja): std, oki, ngy, ibr, kyu, slang, keigo, old
Styles (en): std, irish, sa, fil, hing, esl, caps, corp, legal
{n} = Japanese staff surname, {N} = romanised staff surname.
Every fragment in CODE_FRAGS[code] carries exactly that one code and no other cue.
"""

CODE_FRAGS = {
 "excessive_demand": {
  "ja": [
   ("std", "迷惑料として最低10万は払ってもらうからな。"),
   ("std", "今年の年会費、来年も再来年もずっとタダにしろ。"),
   ("std", "手間賃として5万円、今週中に振り込んでおけよ。"),
   ("std", "治療費はこの先ぜんぶそっち持ちにしてもらいます。当然でしょう。"),
   ("std", "家賃半年分免除、それ以外の答えは聞かない。"),
   ("std", "スイートに無料でアップグレードさせて、夕食も全部つけてよ。"),
   ("std", "授業料を全額返して、ついでに来期の分も無料にしてください。"),
   ("std", "送料どころか中身の倍額を補償しろ。"),
   ("kyu", "規約とか関係なかっちゃ。うちだけ特別に手数料ゼロにせんね。"),
   ("ngy", "ポイント10万つけてくれたら許したるがね、安いもんだでよ。"),
   ("std", "精神的苦痛の分も上乗せして返金しろ。"),
   ("keigo", "キャンセル料は当然ゼロ、加えて宿泊券を三泊分。これが最低ラインでございます。"),
   ("keigo", "利息分も含めて全額、いえ倍額でお返しいただけますよね。できない理由はございませんでしょう？"),
   ("ibr", "交通費もタクシー代も日当も、ぜんぶ出してもらうっぺ。"),
   ("slang", "一年分タダで授業受けさせてよｗ それくらい当然じゃね？"),
   ("std", "修理代？そっちが払うに決まってんだろ。ついでに壁紙も全部新品に替えろ。"),
   ("oki", "宿泊代ぜんぶチャラにしてよー、それで手を打つさー。"),
   ("old", "わしの分の診察代はこれから一生いらんようにしてもらわんとな。"),
   ("std", "今後の振込手数料、永久に無料にしてもらえますか。特別扱いで。"),
   ("slang", "マジで全額返金＋お詫び金1万な。ガチで。"),
  ],
  "en": [
   ("irish", "I want a full refund plus compensation for my time, 500 quid at the very least."),
   ("std", "Waive all my card fees for life, that's the least you can do."),
   ("std", "Comp the whole stay and throw in two free nights on top."),
   ("std", "I expect free tuition for the rest of the year for my son."),
   ("sa", "You will credit R5000 to my account for the inconvenience, ja."),
   ("std", "Pay me double what the parcel was worth."),
   ("hing", "Kindly refund full amount along with 20000 rupees extra for mental tension caused."),
   ("esl", "I dont care your terms, you give me free upgrade and free breakfast all days."),
   ("fil", "sir pls give me 3 months free rent po, because of the stress."),
   ("caps", "I WANT EVERY CENT BACK AND A YEAR OF FREE CHECKUPS."),
   ("corp", "We expect your firm to absorb all associated costs and to provide complimentary service going forward."),
   ("irish", "Give me the penthouse for free, sure you owe me that much."),
   ("std", "Cancel the interest on my whole balance, not just this month, all of it."),
   ("sa", "Free delivery for a year, that's what I want, and a voucher as well."),
   ("std", "I want a 50,000 yen voucher on top of the refund."),
   ("esl", "You refund me three time what I paid, this is only fair."),
   ("std", "From now on I expect VIP treatment and no charges, ever."),
   ("irish", "Knock a year's worth of fees off, sure it's nothing to ye."),
  ],
 },
 "apology_demand": {
  "ja": [
   ("std", "土下座して謝れ。"),
   ("std", "社長名義の謝罪文を書面で送ってこい。"),
   ("ngy", "謝りに来るのが筋だがや。"),
   ("std", "支店長直筆の詫び状、来週までに用意しろ。"),
   ("keigo", "お詫びのひと言もございませんの？文書で正式な謝罪をいただけますでしょうか。"),
   ("std", "全員並んで頭下げろよ。"),
   ("slang", "謝罪会見ひらけよｗｗ"),
   ("kyu", "地べたに手ついて謝らんね。"),
   ("std", "院長が菓子折り持って詫びに来い。"),
   ("old", "謝罪文に判子を押して郵送しなさい。それまでは納得せんよ。"),
   ("std", "謝れっつってんの、聞こえてる？"),
   ("slang", "あやまりにこいよまじで"),
   ("oki", "ちゃんと謝罪文書いて持ってきてよー、それが先さー。"),
   ("ibr", "謝るまで許さねっぺ。"),
   ("std", "塾長から息子に直接謝罪させろ。"),
   ("std", "上の人間が正式に謝罪するまで終わらせないからな。"),
  ],
  "en": [
   ("std", "I want a written apology signed by your CEO."),
   ("std", "Get down on your knees and say sorry."),
   ("std", "You will come to my door and apologise to me properly."),
   ("corp", "We require a formal letter of apology on company letterhead."),
   ("caps", "SAY SORRY. SAY IT. PROPERLY THIS TIME."),
   ("esl", "I want sorry letter from manager by tomorrow, signed."),
   ("hing", "Your manager must apologise to me publicly, na."),
   ("irish", "I'll be expecting a grovelling apology, so I will."),
   ("corp", "An unreserved written apology is required by close of business."),
   ("fil", "u guys owe me a proper sorry po, in writing."),
   ("sa", "Your boss must phone me and apologise, no excuses."),
   ("std", "This does not end until someone apologises to me in writing."),
  ],
 },
 "in_person_demand": {
  "ja": [
   ("std", "今日中に家まで説明しに来い。"),
   ("std", "責任者がうちに来て直接話せ。"),
   ("std", "電話じゃらちが明かん、顔見せに来い。"),
   ("std", "明日朝イチで部屋まで来てもらうからな。"),
   ("std", "塾長が家庭訪問して説明しなさいよ。"),
   ("std", "支配人、うちの実家まで来てくれる？じゃないと話進まない。"),
   ("std", "会って話そうや、営業所まで出てこいって言ってんの。"),
   ("keigo", "院長先生ご本人に、拙宅までお越しいただくのが筋ではございませんか。"),
   ("ibr", "うちさ来て説明すっぺよ。"),
   ("kyu", "家まで来てもらわんと話にならんばい。"),
   ("oki", "うちまで来てちゃんと説明してよー、待ってるさー。"),
   ("std", "担当と上司、二人そろって出てきて面談しろ。"),
   ("slang", "家まで来てｗ話はそれからｗ"),
   ("old", "わしの家まで足を運んで説明するのが当たり前じゃろう。"),
   ("ngy", "こっちまで来て顔見て話してちょう。"),
  ],
  "en": [
   ("std", "Send someone to my house today to explain this."),
   ("std", "I want your boss standing in my living room tonight explaining himself."),
   ("std", "Come to my office. Face to face. No more phone calls."),
   ("hing", "Kindly send your branch head to my residence for discussion."),
   ("fil", "ur manager should go here in my house po and talk to me personally."),
   ("sa", "I'm not talking to a phone, get someone out to the house."),
   ("esl", "You people must come to my home and explain me."),
   ("corp", "We require a face-to-face meeting at our premises with your senior management."),
   ("irish", "Get the manager out to the flat, I want to see him in person."),
   ("caps", "GET SOMEBODY OVER HERE TO MY HOUSE."),
  ],
 },
 "violence_threat": {
  "ja": [
   ("std", "ぶん殴ってやろうか。"),
   ("std", "夜道には気をつけた方がいいよ。"),
   ("std", "そっち行って暴れてやるぞ。"),
   ("std", "店ごと燃やしてやろうか。"),
   ("std", "次会ったらただじゃおかねえ。"),
   ("std", "ぶっ飛ばすぞ。"),
   ("kyu", "くらすぞ、本気で。"),
   ("oki", "たっくるすよー、まじで。"),
   ("ibr", "ぶっさらうぞ、こら。"),
   ("ngy", "しばいたるでよ。"),
   ("std", "刺されても文句言えないよね、そういう対応してると。"),
   ("keigo", "お宅の窓ガラス、割れないとよろしいですね。"),
   ("std", "家族がどうなっても知らんぞ。"),
   ("slang", "ナイフ持ってくわｗ"),
   ("old", "わしが若かったら、そこへ行って叩きのめしとるところじゃ。"),
  ],
  "en": [
   ("std", "I'll knock your teeth out."),
   ("std", "You'd better watch your back."),
   ("std", "I know where your office is. Think about that."),
   ("std", "I'll come down there and smash the place up."),
   ("std", "Someone's going to get hurt, and it won't be me."),
   ("std", "I'll break every bone in his body."),
   ("caps", "I WILL BURN YOUR PLACE TO THE GROUND."),
   ("irish", "You'll get a box in the mouth if I come in there."),
   ("sa", "I'll put you in hospital, bru."),
   ("esl", "If I come there you will be hurt very bad."),
  ],
 },
 "abusive_language": {
  "ja": [
   ("std", "無能しかいないのか、この会社は。"),
   ("std", "給料泥棒が。"),
   ("std", "お前バカだろ。"),
   ("std", "生きてて恥ずかしくないの？"),
   ("std", "頭わいてんのか。"),
   ("std", "使えねーな本当に。"),
   ("std", "{n}って本当にクズだな。"),
   ("ngy", "このたわけが。"),
   ("oki", "ふらーか、お前は。"),
   ("ibr", "ごじゃっぺばっか言ってんじゃねえ、このでれすけが。"),
   ("kyu", "このバカちんが。"),
   ("slang", "ゴミ対応乙ｗ"),
   ("slang", "脳みそ入ってる？草"),
   ("keigo", "人間として終わっていらっしゃいますね。よくその程度で接客業をなさっていますこと。"),
   ("std", "お前みたいなのは社会の役に立たん。"),
   ("old", "近頃の若いもんは本当に能無しじゃのう。"),
   ("std", "低能な受付しか雇えないんだな。"),
  ],
  "en": [
   ("std", "You're all useless idiots."),
   ("std", "What a pack of morons."),
   ("std", "Are you thick or something?"),
   ("std", "{N} is a brainless waste of space."),
   ("caps", "YOU ARE INCOMPETENT CLOWNS."),
   ("hing", "Stupid fellow, you don't know anything."),
   ("irish", "Ye absolute eejit."),
   ("std", "You're a bloody disgrace to the human race."),
   ("corp", "Frankly, your staff appear to be of remarkably limited intelligence."),
   ("fil", "are you bobo or what?"),
   ("sa", "You're so dof, man, honestly."),
   ("esl", "You are very stupid person, no brain."),
  ],
 },
 "legal_threat": {
  "ja": [
   ("std", "訴えてやる。"),
   ("std", "弁護士立てて損害賠償請求するからな。"),
   ("std", "金融庁に通報しますから。"),
   ("std", "保健所に言いつけるぞ。"),
   ("std", "出るところに出ましょうか。"),
   ("std", "国交省にも全部言うからな。"),
   ("ngy", "裁判になっても知らんがね。"),
   ("keigo", "法的措置も辞さない所存でございます。"),
   ("kyu", "内容証明送るけんね。"),
   ("ibr", "訴訟起こすっぺ。"),
   ("oki", "弁護士に頼んで訴えるさー。"),
   ("slang", "ガチで訴えるわｗ"),
   ("std", "観光庁に通報するからね。"),
   ("old", "出るところへ出て白黒つけてもらおうかの。"),
  ],
  "en": [
   ("std", "I'll sue you for every penny."),
   ("irish", "My solicitor will be in touch."),
   ("std", "See you in court."),
   ("std", "I'm reporting you to the regulator and the ombudsman."),
   ("legal", "We will institute legal proceedings without further notice."),
   ("hing", "I will file case in consumer court against your company."),
   ("fil", "I'll file a complaint at DTI against you po."),
   ("legal", "Be advised that we reserve all rights and intend to seek damages in full."),
   ("caps", "MY LAWYER WILL HAVE A FIELD DAY WITH YOU."),
   ("sa", "I'm taking you to the small claims court, I'm not joking."),
  ],
 },
 "online_defamation_threat": {
  "ja": [
   ("std", "SNSで晒すからな。"),
   ("std", "Googleの口コミに星1つけまくってやる。"),
   ("std", "Xで拡散するわ。"),
   ("std", "録音YouTubeに上げるけど文句ないよね。"),
   ("std", "ネットに全部書き込んでやる。"),
   ("slang", "この対応スクショしてインスタに載せとくねｗ"),
   ("std", "知り合い総動員で低評価つけさせます。"),
   ("std", "もう掲示板に書いた。これからもっと書く。"),
   ("ngy", "TikTokでさらしたるでよ。"),
   ("kyu", "ネットで拡散しちゃるけんね。"),
   ("keigo", "口コミサイトに、事実をそのまま書かせていただきますね。"),
   ("ibr", "ツイッターに載せっぺ。"),
   ("oki", "全部ネットに書くさー、みんなに見てもらうよー。"),
  ],
  "en": [
   ("std", "I'm putting this all over Facebook."),
   ("std", "Enjoy your one star reviews, I'm telling everyone."),
   ("std", "I'll post the recording on TikTok."),
   ("std", "Going viral with this, watch."),
   ("std", "Already posted on Reddit and I'm not done."),
   ("esl", "I will write bad review on all site and tag your company."),
   ("fil", "will post this in our FB group with 50k members po."),
   ("irish", "I'll expose the lot of ye on social media."),
   ("corp", "Rest assured this will feature prominently in our Google reviews."),
  ],
 },
 "sexual_harassment": {
  "ja": [
   ("std", "声かわいいね、彼氏いるの？"),
   ("std", "今度二人で飲みに行こうよ。"),
   ("std", "スタイルいいよね、何カップ？"),
   ("std", "ナースの制服似合ってるね、エロいわ。"),
   ("std", "あのフロントの子、脚きれいだったなあ。触りたい。"),
   ("std", "ねえちゃん、今夜ひま？"),
   ("slang", "下着何色？ｗ"),
   ("std", "胸元もっと見せてよ。"),
   ("std", "声聞いてたら興奮してきた。"),
   ("kyu", "よかおなごやね、ちょっと付き合わんね。"),
   ("ibr", "めんこいなー、デートすっぺ。"),
   ("oki", "ちゅらかーぎーやっさ、今度二人で遊びに行こうねー。"),
   ("old", "お嬢さん、わしの隣で酌でもしてくれんかね。"),
  ],
  "en": [
   ("std", "You sound sexy, what are you wearing?"),
   ("std", "Bet you look hot in that uniform."),
   ("std", "Are you single? Let's go for a drink, just us."),
   ("std", "Tell the girl at reception she has a nice body."),
   ("std", "Send me a pic of yourself, go on."),
   ("hing", "Madam your voice is very sweet, you are married or not?"),
   ("irish", "Fancy a date after work, love?"),
   ("std", "I'd like a massage from the pretty one, if you know what I mean."),
  ],
 },
 "privacy_intrusion": {
  "ja": [
   ("std", "その受付の人の住所教えて。"),
   ("std", "LINE交換しよ、個人のやつね。"),
   ("std", "何時に仕事終わるの？"),
   ("std", "駅で待ってるから。"),
   ("std", "この前、帰り道ついていったんだけど気づいた？"),
   ("std", "写真撮らせてもらったよ、よく撮れてる。"),
   ("std", "{n}さんの携帯番号教えてください。"),
   ("std", "休みの日は何してるの？シフト表見せてよ。"),
   ("kyu", "裏口で出待ちしとくけんね。"),
   ("ibr", "家どこけ？この近くだっぺ？"),
   ("oki", "どこに住んでるの？教えてよー。"),
   ("slang", "{n}さんのインスタ見つけたｗ"),
   ("keigo", "スタッフの方のご自宅、存じ上げておりますので。"),
   ("std", "{n}さんって何線で通勤してるの？"),
  ],
  "en": [
   ("std", "What's her home address?"),
   ("std", "Give me her personal mobile number."),
   ("std", "What time does {N} finish tonight?"),
   ("std", "I'll be waiting outside when you clock off."),
   ("std", "I took a few photos of you at the desk."),
   ("std", "I found your Facebook, nice pics of your kids."),
   ("std", "Which station do you get off at?"),
   ("fil", "send me her whatsapp number po."),
   ("sa", "I followed you home last week, nice neighbourhood."),
  ],
 },
 "staff_naming": {
  "ja": [
   ("std", "{n}を出せ。"),
   ("std", "{n}以外とは話さん。"),
   ("std", "{n}を辞めさせろ。"),
   ("std", "{n}をクビにしろ。"),
   ("std", "{n}呼んでこい。"),
   ("std", "{n}さんに代わって。{n}さんじゃないとダメなの。"),
   ("std", "{n}を担当から外して処分しろ。"),
   ("kyu", "{n}ば出さんね。"),
   ("ibr", "{n}出すっぺ。"),
   ("ngy", "{n}を出してちょうでゃあ。"),
   ("slang", "{n}呼んでー、マジで{n}じゃないと無理ｗ"),
   ("keigo", "{n}様をお出しいただけますか。{n}様以外の方とお話しするつもりはございません。"),
   ("oki", "{n}さん出してよー、{n}さんじゃないと話さないさー。"),
   ("old", "{n}という者をここへ呼びなさい。"),
  ],
  "en": [
   ("std", "Put {N} on the phone."),
   ("std", "I want {N} fired."),
   ("std", "Only {N}. Nobody else. Get {N}."),
   ("std", "I demand to speak to {N} and {N} alone."),
   ("irish", "Get me that {N} one again."),
   ("hing", "Kindly transfer the call to {N} only."),
   ("corp", "{N} must be disciplined; please confirm the outcome in writing."),
   ("caps", "I WANT {N}. PUT {N} ON."),
  ],
 },
 "pressure_language": {
  "ja": [
   ("std", "仕事にならないんだよ。"),
   ("std", "致命的なミスだぞこれ。"),
   ("std", "多大な損害が出てるんですけど。"),
   ("std", "今すぐ対応しろ。"),
   ("std", "一秒でも遅れたら全部そっちのせいだからな。"),
   ("std", "こっちは人生かかってんだよ。"),
   ("std", "今日中じゃなきゃ意味ないから。"),
   ("std", "どう責任取るつもり？"),
   ("kyu", "はよせんね、いつまで待たせると！"),
   ("std", "早くしろって言ってるの！"),
   ("std", "とっととやれや。"),
   ("ngy", "いますぐなんとかしてちょ、どえりゃあ損しとるでよ。"),
   ("ibr", "早くすっぺよ！いじやけるなあ。"),
   ("keigo", "取り返しのつかない損失でございますよ。本日中のご対応以外は考えられません。"),
   ("slang", "マジで死活問題なんだけど。"),
   ("oki", "今すぐやってよー、でーじ困るさー、大損さー。"),
  ],
  "en": [
   ("std", "This is a catastrophe."),
   ("std", "Every minute you waste costs me thousands."),
   ("caps", "FIX IT NOW."),
   ("std", "I need this sorted today, not tomorrow, TODAY."),
   ("std", "Do it immediately, no excuses."),
   ("std", "This is ruining my whole business."),
   ("corp", "This is a critical failure with severe financial impact."),
   ("hing", "Do the needful immediately, it is very very critical matter."),
   ("sa", "Sort it out right now, I'm losing money every second."),
  ],
 },
}

# ---------------------------------------------------------------- domains
DOMAINS = {
 "bank": {
  "agents": [("小野寺","Onodera"),("比嘉","Higa"),("真鍋","Manabe"),("宮城","Miyagi"),("杉浦","Sugiura"),("早川","Hayakawa")],
  "sources": {"phone":"pbx-cardcenter-osaka","email":"mail-gw-bank","chat":"bankapp-chat","web_form":"bank-webform","sns":"sns-monitor","visit":"branch-desk"},
  "phone_fmt": ["op_ja", "csr", "ts"],
  "org_ja": "カードセンター", "org_en": "Card Services",
  "normal_ja": [
   "カードの利用限度額を一時的に上げたいのですが、手続きを教えてください。",
   "ネットバンキングのワンタイムパスワードのアプリを機種変更で移したいです。",
   "口座振替の引き落とし日を変更できますか。",
   "海外旅行に行くので、カードの海外利用の設定を確認したいです。",
   "住所変更の書類はどこから出せばいいでしょうか。",
   "定期預金の満期の扱いについて相談したいです。",
   "明細をペーパーレスにしたいのですが、どこで設定しますか。",
   "リボ払いを一括払いに変更したいです。",
   "キャッシュカードの暗証番号を忘れてしまいました。",
  ],
  "normal_en": [
   "I'm travelling to Cebu next month, do I need to tell you before I use the card abroad?",
   "How do I add my wife as a supplementary cardholder?",
   "Can I change the due date for my card payment?",
   "The app keeps logging me out, is there an update coming?",
   "I need a bank statement in English for my visa renewal.",
   "How long does an international transfer to Ireland usually take?",
   "Can I set a spending limit on the card for online purchases?",
   "What's the fee for withdrawing cash at a convenience store ATM?",
  ],
  "legit_ja": [
   ("同じ店の支払いが二重に請求されています。4月10日のドラッグストアで3,280円が2件です。",
    "先週連絡した二重請求の件、まだ明細が直っていません。ちゃんと確認してもらえていますか。",
    "規約の不正利用補償の対象だと思うので、二重分の返金をお願いします。"),
   ("ATMにキャッシュカードが吸い込まれたまま出てきません。窓口も閉まっていて本当に困っています。",
    "カードの再発行に2週間と言われましたが、その間生活費が下ろせません。何とかなりませんか。",
    "責任者の方と話をさせてください。説明が担当ごとに違っていて納得できません。"),
   ("身に覚えのない海外サイトの利用が5件あります。カードを止めてください。",
    "不正利用の調査結果がまだ届きません。補償の手続きはどうなっていますか。",
    "補償規定に沿って不正利用分の返金をお願いします。もう一か月です。"),
   ("振込手数料が無料のはずのプランなのに、手数料が引かれています。",
    "問い合わせから10日経ちますが回答がありません。正直がっかりしています。",
    "約款を読み直しましたが、やはり無料の対象です。差額を戻してください。"),
  ],
  "legit_en": [
   ("I've been charged twice for the same hotel booking, 48,200 yen each time. Please look into it.",
    "It's been a week and the duplicate charge is still on my statement. I'm honestly quite annoyed.",
    "Under your own dispute policy this should be refunded. Can you confirm when the money comes back?"),
   ("My card was blocked while I was abroad even though I'd told you I was travelling. I was stuck at a hotel desk unable to pay.",
    "Nobody has explained why the travel notice was ignored. I'd like to speak to a supervisor please.",
    "I'm still waiting for the late-payment fee from that week to be reversed, as your agent promised."),
   ("There are three transactions on my card I never made, all from the same website.",
    "I reported the fraud ten days ago and still have no update. This is really stressful.",
    "Please process the fraud refund your terms promise. I've sent every document you asked for."),
  ],
  "gripe_ja": ["コンビニATMで手数料取られたんだけど。", "限度額上げてくれないって何なの。", "審査落ちたんだけど理由言えよ。", "電話が全然つながらないんだけど。", "ポイントの還元率が下がったって聞いてない。"],
  "gripe_en": ["You charged me an ATM fee again.", "Why was my limit increase refused?", "I waited forty minutes on hold.", "Your points rate went down and nobody told me.", "My application was declined and nobody will say why."],
  "look_ja": ["相続の件で弁護士さんに相談していて、その関係で残高証明書が必要です。", "キャンペーンの訴求ポイントがよく分からなかったので質問です。", "ネットの口コミで対応が丁寧だと見て、こちらでカードを作りました。"],
  "look_en": ["Is there a kill switch in the app so I can freeze the card myself?", "My lawyer is sorting out my mum's estate and needs a balance certificate.", "I need the transfer to beat the deadline for my rent on Friday."],
 },
 "clinic": {
  "agents": [("大城","Oshiro"),("金城","Kinjo"),("野口","Noguchi"),("若林","Wakabayashi"),("堀","Hori"),("片山","Katayama")],
  "sources": {"phone":"clinic-reception-pbx","email":"clinic-mail","chat":"clinic-line-chat","web_form":"clinic-yoyaku-form","sns":"clinic-sns","visit":"reception-desk"},
  "phone_fmt": ["uke", "plain", "agent_dash"],
  "org_ja": "さくら歯科・内科クリニック", "org_en": "Sakura Dental & Medical Clinic",
  "normal_ja": [
   "来週火曜日の歯のクリーニングの予約を木曜日に変更できますか。",
   "子どもの予防接種の予約は電話でも取れますか。",
   "保険証が新しくなったので、次回持っていけばいいですか。",
   "親知らずの抜歯の相談をしたいのですが、初診でも大丈夫ですか。",
   "診断書の発行にどのくらい日数がかかりますか。",
   "駐車場はありますか。車椅子の母を連れて行きます。",
   "土曜日の午前は何時まで受付していますか。",
   "処方された薬を飲み忘れた時はどうしたらいいですか。",
   "寝たきりの父の往診をお願いできるか相談したいです。",
  ],
  "normal_en": [
   "Do you have an English-speaking dentist on Saturdays?",
   "Can I book a check-up for my daughter after school?",
   "I lost my appointment card, can you tell me when my next visit is?",
   "Does the clinic accept travel insurance from abroad?",
   "How long should I wait to eat after the filling?",
   "Could you send me a receipt for my company health plan?",
   "Is it possible to get a flu shot without an appointment?",
  ],
  "legit_ja": [
   ("薬局の説明では一日3回と言われたのに、袋には一日1回と書いてあります。どちらが正しいんですか。もう2日3回飲んでしまいました。",
    "昨日問い合わせた薬の飲み方の件、まだ折り返しがありません。体調も少し悪いので本当に不安です。",
    "説明の間違いで追加の受診が必要になったので、その分の費用についてきちんと説明してください。"),
   ("先週詰めたところが一週間で取れました。保証期間内だと聞いています。",
    "予約を取ろうとしたら三週間先と言われました。取れた詰め物のままで三週間は無理です。",
    "保証の範囲で早めに再治療をお願いします。院長先生か責任者の方とお話しできますか。"),
   ("会計で同じ検査代が二回計算されていました。領収書の写真を添付します。",
    "返金の連絡をお待ちしていますが、二週間何もありません。",
    "差額の返金をお願いします。口コミで同じような会計ミスを書いている人もいて心配です。"),
  ],
  "legit_en": [
   ("The pharmacist told me to take the antibiotics three times a day but the label says once. Which is right? I've already taken six.",
    "Nobody called me back about the medication mix-up yesterday. I'm feeling dizzy and really worried.",
    "I'd like a clear explanation of what went wrong, and I don't think I should pay for the extra visit."),
   ("My appointment was cancelled without anyone telling me. I took a half-day off work and came in for nothing.",
    "This is the second time it has happened. I'd like to speak to the practice manager please.",
    "Please make sure my next appointment is actually booked, and confirm it by email."),
  ],
  "gripe_ja": ["予約時間から15分も待たされた。", "クリーニングが痛かった。", "受付の態度が気に入らない。", "薬がいつもと違う色だった。", "待合室が寒すぎる。"],
  "gripe_en": ["I waited twenty minutes past my appointment.", "The cleaning hurt.", "Your receptionist didn't smile at me.", "The waiting room was freezing.", "The new dentist was too quick with me."],
  "look_ja": ["抜歯した後、死ぬほど痛いかと思ったら全然平気でした。ありがとうございました。", "殴り書きのメモで分かりにくかったら申し訳ないのですが、症状をまとめました。", "母の往診の日程、こちらから先生に来ていただけるようお願いしたいです。"],
  "look_en": ["The nurse who helped my son yesterday was lovely, could I get her name so I can thank her properly?", "I posted a five-star review praising the hygienist, she was brilliant.", "I was dying to get that tooth sorted, thank you so much."],
 },
 "property": {
  "agents": [("新垣","Arakaki"),("荒井","Arai"),("矢野","Yano"),("桑原","Kuwahara"),("服部","Hattori"),("浜田","Hamada")],
  "sources": {"phone":"pm-callcenter","email":"pm-mail","chat":"tenant-portal-chat","web_form":"tenant-portal-form","sns":"pm-sns","visit":"pm-office-counter"},
  "phone_fmt": ["ts", "op_ja", "csr"],
  "org_ja": "みどり住宅管理", "org_en": "Midori Property Management",
  "normal_ja": [
   "来月末で退去したいので、手続きの書類を送ってください。",
   "駐輪場のステッカーを新しくもらえますか。",
   "ゴミ出しの曜日が変わったと聞いたのですが、本当ですか。",
   "更新の書類に印鑑を押して返送しました。届いていますか。",
   "インターネット回線の工事をしてもいいか確認したいです。",
   "給湯器の点検の日程、立ち会いに来ていただく時間を午後にしてもらえますか。",
   "ペットを飼いたいのですが、規約上どうなっていますか。",
   "隣の部屋の方宛ての郵便物がうちに入っていました。",
  ],
  "normal_en": [
   "My lease is up in August, can I renew for just six months?",
   "Is it okay to put up shelves with small screws?",
   "The entrance light in the lobby has been flickering for a few days.",
   "Can I get a copy of the building rules in English?",
   "When is the next fire safety inspection?",
   "I'd like to book the plumber visit you offered for the kitchen tap, any day next week works.",
   "Where do I put large rubbish like an old chair?",
  ],
  "legit_ja": [
   ("寝室の壁一面にカビが出ています。入居時からの結露がひどく、子どもが咳をしています。写真を送ります。",
    "カビの件で連絡して二週間、業者さんの日程がまだ決まりません。本当にいい加減にしてほしいです。",
    "契約書の修繕義務の範囲だと思いますので、早めに業者の手配と、その間の対応を責任者の方から説明してください。"),
   ("上の階から水漏れして天井にシミができています。もう三週間直っていません。",
    "昨日の雨でまたバケツが必要になりました。いつ修理に来てもらえるのか教えてください。",
    "家財保険の手続きのため、管理会社として漏水の事実を書面でいただけますか。"),
   ("退去時の敷金精算で、入居前からあった床の傷の修理代が引かれています。入居時の写真があります。",
    "ガイドライン上、経年劣化は借主負担ではないはずです。明細の根拠を教えてください。",
    "入居時写真を送りましたので、該当分の返金をお願いします。"),
  ],
  "legit_en": [
   ("There is black mould spreading across the bedroom wall and my kid has a cough. I reported it a month ago.",
    "Still no contractor. This is genuinely affecting our health and I'm fed up of waiting.",
    "The lease says structural damp is the landlord's responsibility. I'd like a date for the repair and a manager to call me."),
   ("The hot water has been out for four days. I've been showering at the gym.",
    "The repair company didn't turn up for the slot you gave me. I took the morning off for nothing.",
    "Please confirm the rent reduction for the days without hot water, as your tenant handbook says."),
  ],
  "gripe_ja": ["隣の部屋の生活音がうるさい。", "エアコンの効きが悪い。", "管理人の掃除が雑。", "ゴミ置き場が汚い。", "駐車場の白線が薄い。"],
  "gripe_en": ["My neighbour's washing machine is too loud.", "The air con is weak.", "The caretaker doesn't clean properly.", "The bin area is disgusting.", "The lift is slow."],
  "look_ja": ["内見の時に見た景色が死ぬほど気に入って、ここに決めました。", "更新料の件、弁護士の友人に相談したら普通の範囲だと言われたので大丈夫です。", "管理会社の口コミで評判が良かったので安心しています。"],
  "look_en": ["Where's the main breaker? I want a kill switch for the power before the electrician comes.", "I need the documents to beat the deadline for my visa renewal.", "The guy who fixed the door was a legend, what's his name? I'd like to thank him."],
 },
 "courier": {
  "agents": [("仲宗根","Nakasone"),("佐野","Sano"),("内田","Uchida"),("北村","Kitamura"),("松尾","Matsuo"),("岩崎","Iwasaki")],
  "sources": {"phone":"parcel-ivr-pbx","email":"parcel-mail","chat":"track-chatbot-handoff","web_form":"redelivery-form","sns":"parcel-sns","visit":"depot-counter"},
  "phone_fmt": ["agent_dash", "csr", "plain"],
  "org_ja": "はやて便", "org_en": "Hayate Express",
  "normal_ja": [
   "再配達を今日の19時から21時でお願いします。",
   "不在票の番号で荷物の場所を調べてもらえますか。",
   "営業所止めに変更できますか。",
   "送り状の書き方が分からないので教えてください。",
   "冷蔵便で送れるサイズの上限はいくつですか。",
   "置き配の指定をしたいです。玄関前で大丈夫です。",
   "引っ越し先への転送はできますか。",
   "集荷に来てもらえる時間帯を教えてください。",
  ],
  "normal_en": [
   "Can you redeliver my parcel tomorrow morning? Tracking number 4471-2280-9913.",
   "Is it possible to pick up the parcel at the depot instead?",
   "How much does it cost to send a box of 10kg to Okinawa?",
   "Can the driver leave it with the building manager?",
   "I'd like to arrange a pickup from my flat on Saturday.",
   "Do you deliver on public holidays?",
  ],
  "legit_ja": [
   ("追跡では配達完了になっていますが、荷物が届いていません。宅配ボックスにも玄関にもありません。",
    "昨日調べると言われたきり連絡がありません。中身は仕事で使う書類なので本当に困っています。",
    "補償規定に従って対応をお願いします。差出人にも説明が必要なので、状況を書面でください。"),
   ("届いた箱が潰れていて、中の食器が割れていました。写真を撮ってあります。",
    "破損の連絡をしたのに、誰も引き取りに来ません。",
    "運送約款の範囲での補償をお願いします。申請書はどこから出せばいいですか。"),
   ("代引きで払ったのに、同じ荷物の代金をもう一度請求されました。",
    "二重に払った分の返金がまだです。もう三回目の問い合わせです。",
    "責任者の方から返金日をはっきり教えてください。"),
  ],
  "legit_en": [
   ("Tracking says delivered at 14:02 but there's nothing here. I was home all day.",
    "No one has called me back about the missing parcel. It was a birthday present and the birthday is gone.",
    "I'd like the claim processed under your standard liability. Can a supervisor confirm the timeline?"),
   ("My parcel arrived soaking wet and the laptop inside won't turn on.",
    "The claim form link you sent me doesn't work. Third time I'm asking.",
    "Please process the damage claim as your terms say. I've attached photos and the receipt."),
  ],
  "gripe_ja": ["時間指定より30分遅れた。", "不在票入ってたけど家にいたんだけど。", "ドライバーの声が小さい。", "箱がちょっとへこんでた。", "追跡の更新が遅い。"],
  "gripe_en": ["The driver was thirty minutes late.", "You left a card but I was home.", "The box has a dent in the corner.", "Tracking didn't update for hours.", "The driver didn't ring twice."],
  "look_ja": ["爆速で届いて草。ありがとうございますｗ", "ドライバーさんが雨の中めちゃくちゃ丁寧で、インスタで褒めさせてもらいました！", "殴り書きみたいな字の送り状ですみません、読めますか。"],
  "look_en": ["Shoot me a text when the driver is close, cheers.", "I need this to beat the customs deadline on Thursday.", "Your driver was a killer at parking in our tiny street, legend."],
 },
 "cram": {
  "agents": [("喜屋武","Kyan"),("森田","Morita"),("丸山","Maruyama"),("今井","Imai"),("河野","Kono"),("安田","Yasuda")],
  "sources": {"phone":"juku-office-phone","email":"juku-mail","chat":"juku-parent-app","web_form":"juku-contact-form","sns":"juku-sns","visit":"juku-front"},
  "phone_fmt": ["juku", "plain", "ts"],
  "org_ja": "明星ゼミナール", "org_en": "Meisei Seminar",
  "normal_ja": [
   "夏期講習の申し込み締め切りはいつですか。",
   "息子が風邪で休むので、振替授業をお願いできますか。",
   "三者面談の日程を来週にしていただくことは可能ですか。",
   "模試の結果はいつ頃返ってきますか。",
   "兄弟割引について教えてください。",
   "自習室は何時まで使えますか。",
   "授業料の引き落とし口座を変更したいです。",
   "英検の対策講座はありますか。",
  ],
  "normal_en": [
   "Is there an English-speaking teacher for the maths course?",
   "My daughter will miss Thursday's class, can she join the Saturday one?",
   "When is the next parents' meeting? I'd like to book a slot.",
   "How do I pay the summer course fee by bank transfer?",
   "Does the school offer trial lessons for new students?",
  ],
  "legit_ja": [
   ("先月休講になった授業の分まで授業料が引き落とされています。振替もありませんでした。",
    "問い合わせて一週間たちますが、返事がありません。他の保護者も同じことを言っています。",
    "規約の休講時の返金にあたると思うので、その分を返してください。"),
   ("模試の成績表が別の生徒のものと入れ替わって届きました。個人情報なのにどうなっているんですか。",
    "うちの子の成績表は誰に届いているんですか。説明がまだありません。",
    "再発防止策も含めて、教室長から説明をお願いします。"),
   ("担当の先生が二回続けて授業に来ませんでした。子どもは一時間待っていました。",
    "代わりの先生の手配もなく、受験前なので本当に焦っています。",
    "欠けた分の補講の日程を確定してください。"),
  ],
  "legit_en": [
   ("We were charged for the whole summer course even though it was cancelled after week one.",
    "Two emails, no answer. I'm quite frustrated, other parents got their refunds.",
    "Please refund the unused weeks as your cancellation policy states."),
   ("My son was sent home from class without anyone calling us. He's eleven and walked home alone in the dark.",
    "I'd like to speak to the head of the school about how this happened.",
    "Please confirm in writing what the school's procedure is now."),
  ],
  "gripe_ja": ["息子の成績が全然上がらない。", "席替えで前の席にされた。", "宿題が多すぎる。", "先生の板書が見にくい。", "模試の日程が部活とかぶる。"],
  "gripe_en": ["My son's grades haven't improved.", "There's too much homework.", "The teacher talks too fast.", "The classroom is too hot.", "The mock exam clashes with football."],
  "look_ja": ["合格の知らせを聞いて、死ぬほど嬉しかったです。先生方、本当にありがとうございました。", "面談の時にお世話になった先生のお名前を伺ってもいいですか。お礼状を書きたくて。", "チラシの訴求がうまくて、それで体験授業に申し込みました。"],
  "look_en": ["My daughter said the new maths teacher is killer at explaining fractions, thank you!", "I read the reviews online before enrolling and they were spot on.", "We're trying to beat the application deadline, can you send the form today?"],
 },
 "hotel": {
  "agents": [("島袋","Shimabukuro"),("藤井","Fujii"),("石原","Ishihara"),("桜井","Sakurai"),("菅原","Sugawara"),("大野","Ono")],
  "sources": {"phone":"hotel-reservations-pbx","email":"hotel-guest-mail","chat":"hotel-web-chat","web_form":"hotel-inquiry-form","sns":"hotel-sns","visit":"front-desk"},
  "phone_fmt": ["front", "csr", "agent_dash"],
  "org_ja": "ホテル海風", "org_en": "Hotel Umikaze",
  "normal_ja": [
   "来月の予約を一泊延長できますか。",
   "チェックイン前に荷物を預けられますか。",
   "記念日なのでケーキの手配をお願いしたいです。",
   "駐車場の予約は必要ですか。",
   "朝食のアレルギー対応について教えてください。",
   "領収書の宛名を会社名にしていただけますか。",
   "空港からのシャトルバスの時刻を教えてください。",
   "禁煙ルームに変更できますか。",
  ],
  "normal_en": [
   "Can we get an early check-in on the 12th? Our flight lands at 7am.",
   "Is breakfast included in the rate I booked?",
   "Do you have a cot for a one-year-old?",
   "We're celebrating our anniversary, any chance of a room with a sea view?",
   "What time does the rooftop pool close?",
   "Could you book us a taxi to the aquarium tomorrow?",
   "Is there a laundry service in the hotel?",
  ],
  "legit_ja": [
   ("チェックアウト時に、使っていないミニバーの代金が請求されていました。",
    "明細の訂正をお願いしたのに、カードに請求が確定してしまいました。",
    "利用していない分の返金を正式にお願いします。"),
   ("予約していた部屋が、到着したら取れていないと言われました。確認メールもあります。",
    "結局別のホテルに移動したタクシー代もかかりました。説明がないのはおかしいです。",
    "予約規約に沿って、差額とタクシー代の扱いについて支配人の方から回答をください。"),
   ("部屋のベッドで虫に刺されました。写真もあります。",
    "フロントでは様子を見てくださいとだけ言われ、部屋も替えてもらえませんでした。",
    "宿泊代の扱いと、皮膚科の受診費用について、責任者の方とお話しさせてください。"),
  ],
  "legit_en": [
   ("We arrived at 11pm and our booked room had been given away. I have the confirmation email right here.",
    "We were moved to a smaller room with no view. Nobody has followed up since.",
    "Please refund the difference in rate, as your booking terms promise for downgrades."),
   ("Our room wasn't cleaned for three days despite us asking at the front desk each morning.",
    "Frankly this was shocking for a hotel of your standard. I'd like the general manager to reply.",
    "I'd appreciate a partial refund for the days without housekeeping."),
  ],
  "gripe_ja": ["部屋からの眺めが写真と違う。", "朝食のメニューが少ない。", "エレベーターが遅い。", "枕が硬い。", "フロントの案内が遅かった。"],
  "gripe_en": ["The view wasn't like the photos.", "Breakfast had too few options.", "The pillows were too hard.", "Check-in took ten minutes.", "The pool was crowded."],
  "look_ja": ["オーシャンビューが死ぬほど綺麗でした！", "フロントの方が神対応で、Xで褒めちぎっておきました！", "口コミを見てこちらに決めました。評判通りでした。"],
  "look_en": ["The view from the room was to die for, honestly.", "Your concierge was killer, what's his name? I'd like to mention him in my review.", "We need the booking confirmed to beat the early-bird deadline."],
 },
}

GENERIC_LOOK_JA = [
 "急ぎではないので、お手すきの時にお返事いただければ大丈夫です。",
 "死ぬほど忙しい時期にすみません。",
 "ヤバいくらい助かりました、ありがとうございます。",
 "手書きの殴り書きのメモを写真で送ります。読みにくかったらすみません。",
 "致命的な問題ではないのですが、念のため確認させてください。",
 "前回対応してくださった方のお名前を伺ってもよろしいですか。お礼を伝えたいので。",
 "損害保険の手続きで必要なだけなので、書類だけいただければ十分です。",
 "至急ではないですが、今週中にご確認いただけると嬉しいです。",
 "SNSでおすすめしておきました、これからもよろしくお願いします。",
 "友達が口コミでべた褒めしていたので、私も利用してみました。",
 "おかげで仕事がはかどりました。",
 "この前の担当の方、神対応でした。マジ感謝です。",
]
GENERIC_LOOK_EN = [
 "I'm killing time at the airport so no rush on the reply.",
 "You guys are killing it with the new app, honestly.",
 "Shoot me an email whenever suits.",
 "No need to apologise, these things happen.",
 "I read the reviews before signing up and they were right, great service.",
 "Could you pass on my thanks to the lady who answered last time? I didn't catch her name.",
 "Dead tired after the trip but all good.",
 "I'm dying to know if the new branch opens next month.",
 "I'll post a nice review when I get a minute, you deserve it.",
 "Sorry for the scribbled notes in the attachment.",
]

FLOOD_JA = ["まだ？", "おーい", "見てる？", "既読つかないんだけど", "電話つながらないんだけど", "折り返し待ってます", "返信まだですか", "？？", "ちょっと", "聞いてる？", "まだなの", "もしもし", "誰かいる？", "早く返事ちょうだい", "電話出て"]
FLOOD_EN = ["hello??", "anyone there", "still waiting", "?", "pick up the phone", "hello", "reply", "are you reading this", "still nothing", "answer me", "ring me back", "any update", "hellooo", "???"]

NEUTRAL_FU_JA = ["まだ連絡が来ないんだけど。", "この前の件、どうなってる？", "返事まだですか。", "前にも言ったけど、あの件。", "話が進んでないよね。"]
NEUTRAL_FU_EN = ["Still haven't heard back.", "What's happening with my complaint?", "Any news?", "I'm writing again about the same thing.", "Nothing has happened since my last message."]

AGENT_JA = [
 "ご連絡ありがとうございます。内容を確認のうえ、担当部署より折り返しご連絡いたします。",
 "ご不便をおかけしており申し訳ございません。現在確認を進めております。",
 "お問い合わせの件、手続きが完了いたしましたのでご報告いたします。",
 "恐れ入りますが、ご本人確認のため登録のお電話番号をお知らせいただけますでしょうか。",
 "ご指摘いただいた点につきまして、社内で確認のうえ改めてご回答いたします。",
 "お問い合わせいただきありがとうございます。ご案内は以下のとおりです。",
]
AGENT_EN = [
 "Thank you for contacting us. We are looking into this and will get back to you shortly.",
 "We're sorry for the inconvenience. Our team is reviewing your case.",
 "Your request has been processed. Please let us know if there is anything else we can help with.",
 "For security reasons, could you confirm your registered phone number?",
 "Thank you for your message. Please find the information below.",
 "We have passed your comments to the relevant department and will reply in writing.",
]
AGENT_TURN_JA = ["はい、承知いたしました。", "確認いたしますので少々お待ちください。", "大変申し訳ございません。", "おっしゃる内容は記録いたします。", "上の者に確認いたします。", "恐れ入ります、順番にお伺いいたします。", "はい。", "ご説明いたしますと……"]
AGENT_TURN_EN = ["I understand.", "Let me check that for you.", "I'm very sorry about that.", "I've noted that down.", "I'll need to check with my supervisor.", "Okay.", "Could I ask you to go through it once more?"]
CUST_ACK_JA = ["ありがとうございます。", "わかりました。", "助かります。", "了解です。", "よろしくお願いします。"]
CUST_ACK_EN = ["Thanks.", "Okay, great.", "Perfect, thank you.", "Grand, thanks.", "Alright."]

JA_NAMES = ["佐久間 和子", "上原 翔太", "新城 美咲", "加納 誠", "鬼頭 由美", "照屋 健", "大塚 春香", "野村 茂", "稲葉 里奈", "瀬戸 達也", "平良 奈々", "坂口 勝", "中西 愛", "菊地 悟", "富永 朋子"]
EN_NAMES = {
 "irish": ["Siobhan Byrne", "Ciaran O'Neill", "Aoife Murphy", "Padraig Walsh"],
 "sa": ["Thabo Nkosi", "Pieter van der Merwe", "Lerato Dlamini", "Ruan Botha"],
 "fil": ["Maria Santos", "Jun Dela Cruz", "Kristine Reyes", "Mark Villanueva"],
 "hing": ["Rohit Sharma", "Priya Nair", "Ankit Verma", "Sneha Iyer"],
 "esl": ["Nguyen Van An", "Li Wei", "Ana Souza", "Kim Min-jun", "Dmitri Orlov"],
 "std": ["Emma Clarke", "James Miller", "Olivia Brown"],
 "caps": ["Gary Hughes", "Dave Stone"],
 "corp": ["Hannah Lee, Operations Lead", "Mark Evans, Procurement"],
 "legal": ["R. J. Whitcombe", "S. Patel (for and on behalf of)"],
}

# fragments that only make sense in one or two domains (substring -> domains)
FRAG_DOMAIN = {
 "年会費": {"bank"}, "治療費": {"clinic"}, "家賃半年分": {"property"}, "スイートに": {"hotel"}, "授業料を全額": {"cram"},
 "送料どころか": {"courier"}, "手数料ゼロ": {"bank"}, "宿泊券": {"hotel"}, "利息分": {"bank"}, "一年分タダで授業": {"cram"},
 "修理代？": {"property"}, "宿泊代ぜんぶ": {"hotel"}, "診察代": {"clinic"}, "振込手数料": {"bank"},
 "card fees": {"bank"}, "Comp the whole stay": {"hotel"}, "free tuition": {"cram"}, "parcel was worth": {"courier"},
 "free upgrade and free breakfast": {"hotel"}, "free rent": {"property"}, "FREE CHECKUPS": {"clinic"}, "penthouse": {"hotel"},
 "interest on my whole balance": {"bank"}, "Free delivery for a year": {"courier"},
 "支店長直筆": {"bank"}, "院長が菓子折り": {"clinic"}, "塾長から息子": {"cram"},
 "部屋まで来て": {"property"}, "塾長が家庭訪問": {"cram"}, "支配人、うちの実家": {"hotel"}, "営業所まで": {"courier", "bank"},
 "院長先生ご本人": {"clinic"}, "branch head": {"bank"}, "out to the flat": {"property"},
 "金融庁": {"bank"}, "保健所": {"clinic"}, "国交省": {"property", "courier"}, "観光庁": {"hotel"},
 "ナースの制服": {"clinic"}, "あのフロントの子": {"hotel"}, "massage from the pretty one": {"hotel", "clinic"},
 "I followed you home": {"courier", "property"},
}

# ================================================================ generator logic
import sys, os, json, random, hashlib
from datetime import datetime, timedelta, timezone, date

SEED = 5151
rng = random.Random(SEED)
START, END = date(2026, 4, 1), date(2026, 6, 30)
HOLIDAYS = {date(2026, 4, 29), date(2026, 5, 3), date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6)}
NDAYS = (END - START).days + 1
CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat", "abusive_language",
           "legal_threat", "online_defamation_threat", "sexual_harassment", "privacy_intrusion", "staff_naming",
           "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALLCODES = CONTENT + STATEFUL
DEMAND = ["excessive_demand", "apology_demand", "in_person_demand", "staff_naming"]


def is_bday(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def in_hours(dt):
    return is_bday(dt.date()) and 9 <= dt.hour < 18


def day(i):
    return START + timedelta(days=max(0, min(NDAYS - 1, i)))


def t_in_hours(i, latest=17 * 60 + 40):
    d = day(i)
    k = 0
    while not is_bday(d):
        d = d + timedelta(days=1) if d < END else d - timedelta(days=1 + k)
        k += 1
    m = rng.randint(9 * 60, latest)
    return datetime(d.year, d.month, d.day, m // 60, m % 60, rng.randint(0, 59))


def t_off(i):
    d = day(i)
    if not is_bday(d):
        h = rng.choice([7, 8, 10, 11, 13, 14, 15, 16, 19, 20, 21, 22, 23, 0, 1])
    else:
        h = rng.choice([18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23, 0, 1, 2, 5, 6, 7, 7, 8])
    dt = datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59))
    if h == 18 and dt.minute < 5:
        dt = dt.replace(minute=rng.randint(5, 59))
    return dt


def next_bday_morning(dt):
    d = dt.date()
    if in_hours(dt) and dt.hour < 17:
        return dt
    if dt.hour >= 9 or not is_bday(d):
        d = d + timedelta(days=1)
    while not is_bday(d):
        d += timedelta(days=1)
    return datetime(d.year, d.month, d.day, 9, rng.randint(0, 50), rng.randint(0, 59))


def fmt(dt):
    r = rng.random()
    ms = rng.randint(0, 999)
    if r < 0.5:
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+09:00"
    if r < 0.65:
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+09:00" % ms
    u = dt - timedelta(hours=9)
    if r < 0.9:
        return u.strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms


# ---------------------------------------------------------------- styles
def sub1(t, a, b):
    return t.replace(a, b, 1)


def style_ja(t, st):
    if st == "sms":
        t = t.replace("。", rng.choice([" ", "", "！"])).strip()
        for a, b in rng.sample([("確認", "角煮ん"), ("以上", "異常"), ("返信", "変身"), ("予約", "予訳"),
                                ("お願いします", "おねがいしまs"), ("ありがとうございます", "ありがとうございますm(_ _)m"),
                                ("ください", "下さい"), ("できますか", "できますか？？")], 2):
            t = sub1(t, a, b)
    elif st == "oki":
        t = rng.choice(["はいさい、", "あのさー、", "あきさみよー、", ""]) + t.replace("とても", "でーじ")
        t = sub1(t, "ですか。", "ですかねー。") + rng.choice(["よろしくねー。", "お願いさー。", ""])
    elif st == "ngy":
        t = rng.choice(["あのよー、", "ちょっと聞きたいんだけど、", ""]) + t.replace("とても", "どえりゃあ").replace("だから", "だで")
        t = sub1(t, "ですか。", "ですかね。") + rng.choice(["よろしく頼むでよ。", "頼むがね。", ""])
    elif st == "ibr":
        t = rng.choice(["あのさぁ、", "ちょっといいけ？", ""]) + sub1(t, "ですか。", "ですけ？")
        t = t + rng.choice(["頼むっぺ。", "よろしくだっぺ。", ""])
    elif st == "kyu":
        t = rng.choice(["すみません、", "あの、", ""]) + t.replace("とても", "ばり")
        t = sub1(sub1(t, "ですか。", "ですかね？"), "ください。", "くれんですか。") + rng.choice(["よろしくお願いしますばい。", "頼みますけん。", ""])
    elif st == "slang":
        t = rng.choice(["マジで", "", "ガチで"]) + t.replace("ありがとうございます", "あざす").replace("とても", "ガチで")
        t = t.rstrip("。") + rng.choice(["ｗ", "草", "ｗｗ", "（笑）"]) + " "
    elif st == "gyaru":
        t = t.replace("とても", "めっちゃ").replace("ですか。", "ですか〜？").replace("ありがとうございます", "ありがと〜")
        t = t + rng.choice(["よろ〜♡", "ありがと〜✨", "ぴえん🥺", "💦"])
    elif st == "keigo":
        t = rng.choice(["恐れ入りますが、", "大変恐縮ではございますが、"]) + t + rng.choice(["何卒よろしくお願い申し上げます。", ""])
    elif st == "old":
        t = rng.choice(["わしは機械に疎いもので、", "年寄りで申し訳ないのですが、", ""]) + sub1(t, "ですか。", "ですかのう。")
    return t


ARTICLE_DROP = [" the ", " a ", " an "]


def style_en(t, st):
    if st == "irish":
        t = rng.choice(["Hiya, ", "Ah listen, ", "Hi there, ", ""]) + t + rng.choice([" Thanks a million.", " That'd be grand.", ""])
    elif st == "sa":
        t = rng.choice(["Howzit, ", "Hi, ", "Eish, ", ""]) + t + rng.choice([" Shot, thanks.", " Cheers.", ""])
    elif st == "fil":
        t = rng.choice(["Good day po! ", "Hi sir/ma'am, ", "Hello po, "]) + t + rng.choice([" Thank you po and God bless.", " Hoping for your kind response po.", ""])
    elif st == "hing":
        t = rng.choice(["Dear team, ", "Hello sir, ", "Kindly note, "]) + t + rng.choice([" Kindly do the needful.", " Please revert back at the earliest.", ""])
    elif st == "esl":
        for a in ARTICLE_DROP:
            if rng.random() < 0.6:
                t = t.replace(a, " ")
        t = t.replace("I'd like", "I am want").replace("Can you", "You can").replace("Could you", "You can")
        t = t + rng.choice([" Thank you for your kind.", " Sorry my english.", ""])
    elif st == "caps":
        t = t.upper() + rng.choice(["!!!", "!!", ""])
    elif st == "corp":
        t = rng.choice(["Following up on the below: ", "Just circling back: ", ""]) + t
    elif st == "legal":
        t = rng.choice(["We write in respect of the following matter. ", ""]) + t
    elif st == "sms":
        t = t.replace("you", "u").replace("please", "pls").replace("Please", "pls").replace("thanks", "thx").replace("Thanks", "thx").rstrip(".")
        t = t[:1].lower() + t[1:]
    return t


def cap_fix(t):
    for pre in ("Hiya, ", "Ah listen, ", "Hi there, ", "Howzit, ", "Hi, ", "Eish, ", "Hi sir/ma'am, ", "Hello po, ", "Dear team, ", "Hello sir, ", "Kindly note, "):
        if t.startswith(pre) and len(t) > len(pre) + 1 and not t[len(pre):].startswith(("I ", "I'", "I'm")):
            return pre + t[len(pre)].lower() + t[len(pre) + 1:]
    return t


def sty(c, t):
    if c["profile"] == "harasser":
        st = c["style"]
        if c["lang"] == "ja":
            if st in ("sms", "slang", "gyaru"):
                return style_ja(t, st)
            pre = {"oki": "あきさみよー、", "ngy": "なんだてー、", "ibr": "なんだっぺ、", "kyu": "なんね、", "old": "まったく、"}.get(st, "")
            return (pre if rng.random() < 0.5 else "") + t
        if st in ("caps", "sms"):
            return style_en(t.rstrip("."), st)
        pre = {"irish": "Ah here, ", "sa": "Eish, ", "fil": "Hello po, ", "hing": "Listen sir, "}.get(st, "")
        return (pre + t[0].lower() + t[1:]) if pre and rng.random() < 0.5 else t
    if c["lang"] == "ja":
        return style_ja(t, c["style"])
    if c["style"] == "caps":
        t = t.rstrip(".")
    return cap_fix(style_en(t, c["style"]))


# ---------------------------------------------------------------- customers
AGENTS = {}
for dn, D in DOMAINS.items():
    D["agent_ids"] = []
    for ja, en in D["agents"]:
        aid = "agt-%03d" % (len(AGENTS) + 101)
        AGENTS[aid] = {"ja": ja, "en": en, "domain": dn}
        D["agent_ids"].append(aid)

JA_STYLES = [("std", 28), ("sms", 12), ("oki", 8), ("ngy", 8), ("ibr", 8), ("kyu", 8), ("slang", 8), ("gyaru", 6), ("keigo", 8), ("old", 6)]
EN_STYLES_N = [("std", 14), ("irish", 14), ("sa", 14), ("fil", 14), ("hing", 14), ("esl", 16), ("corp", 7), ("sms", 7)]
EN_STYLES_H = EN_STYLES_N[:-1] + [("caps", 14), ("legal", 6)]


def wchoice(pairs):
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


used_ids = set()


def make_cid(dn):
    while True:
        if dn == "bank":
            c = "CRM-%07d" % rng.randint(1000000, 9999999)
        elif dn == "clinic":
            c = "PT%05d" % rng.randint(10000, 99999)
        elif dn == "property":
            c = "TN-B%02d-%02d%02d" % (rng.randint(1, 40), rng.randint(1, 12), rng.randint(1, 12))
        elif dn == "courier":
            c = "+81-%s-%04d-%04d" % (rng.choice(["90", "80", "70"]), rng.randint(0, 9999), rng.randint(0, 9999))
        elif dn == "cram":
            c = "fam-%05d" % rng.randint(1, 99999)
        else:
            c = "guest.%s%03d@example.jp" % (rng.choice(["k", "m", "s", "t", "y", "a", "r"]) + rng.choice(["ato", "ina", "ei", "oko", "ika", "en"]), rng.randint(1, 999))
        if c not in used_ids:
            used_ids.add(c)
            return c


profiles = ["normal"] * 370 + ["legit_complainer"] * 45 + ["harasser"] * 35
rng.shuffle(profiles)
domain_names = list(DOMAINS)
customers = []
for i, prof in enumerate(profiles):
    dn = domain_names[i % 6] if rng.random() < 0.7 else rng.choice(domain_names)
    lang = "ja" if rng.random() < (0.66 if prof == "harasser" else 0.7) else "en"
    if lang == "ja":
        st = wchoice(JA_STYLES)
    else:
        st = wchoice(EN_STYLES_H if prof != "normal" else EN_STYLES_N)
        if prof == "legit_complainer" and st == "legal":
            st = "corp"
    if lang == "ja":
        name = rng.choice(JA_NAMES)
    else:
        name = rng.choice(EN_NAMES.get(st, EN_NAMES["std"]))
    D = DOMAINS[dn]
    customers.append({"id": make_cid(dn), "profile": prof, "domain": dn, "lang": lang, "style": st, "name": name,
                      "home_agent": rng.choice(D["agent_ids"]), "target": rng.choice(D["agent_ids"]),
                      "codes": [], "stateful": [], "used": set()})

# harasser content codes + stateful behaviours
hs = [c for c in customers if c["profile"] == "harasser"]
usage = {k: 0 for k in CONTENT}
for c in hs:
    k = rng.choice([2, 3, 3, 4, 4, 5])
    pool = sorted(CONTENT, key=lambda x: (usage[x], rng.random()))
    c["codes"] = pool[:k]
    for x in c["codes"]:
        usage[x] += 1
for code in STATEFUL:
    idx = list(range(len(hs)))
    rng.shuffle(idx)
    for j in idx[:9]:
        hs[j]["stateful"].append(code)
for c in hs:
    if "repetition" in c["stateful"]:
        dem = [x for x in c["codes"] if x in DEMAND]
        if not dem:
            x = rng.choice(DEMAND)
            c["codes"].append(x)
            dem = [x]
        c["rep_code"] = rng.choice(dem)


# ---------------------------------------------------------------- text building
def frag(c, code):
    pool = [p for p in CODE_FRAGS[code][c["lang"]]
            if all(c["domain"] in ds for sub, ds in FRAG_DOMAIN.items() if sub in p[1])]
    fresh = [p for p in pool if (code, p[1]) not in c["used"]]
    if not fresh:
        fresh = pool
    match = [p for p in fresh if p[0] == c["style"]]
    neutral = [p for p in fresh if p[0] == "std"]
    r = rng.random()
    if match and r < 0.6:
        p = rng.choice(match)
    elif neutral and r < 0.9:
        p = rng.choice(neutral)
    else:
        p = rng.choice(fresh)
    c["used"].add((code, p[1]))
    a = AGENTS[c["target"]]
    t = p[1].replace("{n}", a["ja"]).replace("{N}", a["en"])
    if c["style"] == "caps":
        t = t.upper()
    elif c["style"] == "sms" and c["lang"] == "ja":
        t = t.rstrip("。")
    return t


def lookalike(c):
    D = DOMAINS[c["domain"]]
    if c["lang"] == "ja":
        return rng.choice(D["look_ja"] + GENERIC_LOOK_JA)
    return rng.choice(D["look_en"] + GENERIC_LOOK_EN)


def L(c, key):
    return DOMAINS[c["domain"]][key + "_" + c["lang"]]


LEGIT_ANGRY = {
    "ja": ["正直かなり怒っています。", "こういう対応は本当に残念です。", "納得がいきません。", "何度も同じ説明をさせられて疲れました。",
           "ちゃんと調べてからお返事ください。", "信頼していただけにショックです。"],
    "en": ["I'm honestly really angry about this.", "This is not good enough.", "I'm very disappointed.",
           "I shouldn't have to chase this.", "Please actually look into it this time.", "I expected much better from you."],
}
ACK_END = {"ja": ["対応ありがとうございました。確認できました。", "返金を確認しました。ありがとうございました。", "直していただきありがとうございました。助かりました。"],
           "en": ["Thanks, that's sorted now.", "Refund received, thank you.", "Thanks for fixing it in the end."]}
URGENT_JA = ["【至急】", "至急！", "緊急です。", "至急連絡ください。", "大至急。"]
URGENT_EN = ["URGENT: ", "Urgent!! ", "URGENT - ", "Urgent, read now. "]

TOPIC = {"bank": ("カードのお問い合わせ", "Card enquiry"), "clinic": ("診療・予約について", "Appointment"),
         "property": ("お部屋について", "Tenancy question"), "courier": ("配達について", "Delivery"),
         "cram": ("授業について", "About classes"), "hotel": ("ご宿泊について", "Your stay")}
FORM_ID = {"bank": ("会員番号", "Member no."), "clinic": ("診察券番号", "Patient no."), "property": ("物件・部屋番号", "Unit"),
           "courier": ("伝票番号", "Tracking no."), "cram": ("生徒番号", "Student no."), "hotel": ("予約番号", "Booking ref")}


def transcript(c, agent, sents, inbound=True, long=False):
    D = DOMAINS[c["domain"]]
    ja = c["lang"] == "ja"
    fmtk = rng.choice(D["phone_fmt"])
    a = AGENTS[agent]
    labels = {"op_ja": ("オペレーター：", "お客様："), "csr": ("[CSR] ", "[Caller] "), "ts": ("担当: ", "顧客: ") if ja else ("A: ", "C: "),
              "uke": ("受付：", "患者様：") if ja else ("Reception: ", "Patient: "), "plain": ("", ""),
              "agent_dash": ("Agent - ", "Customer - "), "juku": ("スタッフ：", "保護者：") if ja else ("Staff: ", "Parent: "),
              "front": ("フロント：", "ゲスト：") if ja else ("Front desk: ", "Guest: ")}
    if fmtk == "op_ja" and not ja:
        fmtk = "csr"
    la, lc = labels[fmtk]
    turns = []
    org = D["org_ja"] if ja else D["org_en"]
    if inbound:
        if rng.random() < 0.8:
            turns.append(("a", f"お電話ありがとうございます。{org}の{a['ja']}でございます。" if ja else f"Thank you for calling {org}, this is {a['en']}."))
    else:
        turns.append(("a", f"{org}の{a['ja']}と申します。先日のお問い合わせの件でお電話いたしました。" if ja else f"Hello, this is {a['en']} from {org}, calling back about your enquiry."))
    s = list(sents)
    while s:
        k = rng.randint(1, 2)
        turns.append(("c", " ".join(s[:k]) if not ja else "".join(s[:k])))
        s = s[k:]
        if s or rng.random() < 0.7:
            turns.append(("a", rng.choice(AGENT_TURN_JA if ja else AGENT_TURN_EN)))
        if long:
            for _ in range(rng.randint(2, 4)):
                turns.append(("c", rng.choice(L(c, "gripe") + (NEUTRAL_FU_JA if ja else NEUTRAL_FU_EN))))
                turns.append(("a", rng.choice(AGENT_TURN_JA if ja else AGENT_TURN_EN)))
    lines = []
    sec = 0
    for who, t in turns:
        sec += rng.randint(4, 40) if not long else rng.randint(60, 600)
        pre = la if who == "a" else lc
        if fmtk == "ts":
            lines.append("[%02d:%02d:%02d] %s%s" % (sec // 3600, (sec // 60) % 60, sec % 60, pre, t))
        elif fmtk == "plain":
            lines.append(("— " if rng.random() < 0.5 else "") + t)
        else:
            lines.append(pre + t)
    if long:
        lines.append("（通話が長時間に及んだため記録を要約）" if ja else "(call summarised; transcript truncated due to length)")
    return "\n".join(lines), sec


def wrap(c, ch, sents, agent, tid=None, quoted=None, urgent=False):
    """returns (subject, text, duration)"""
    ja = c["lang"] == "ja"
    D = DOMAINS[c["domain"]]
    if urgent:
        sents = [rng.choice(URGENT_JA if ja else URGENT_EN)] + list(sents)
    join = "".join if ja else " ".join
    subj, dur = None, None
    if ch == "phone":
        text, sec = transcript(c, agent, sents)
        dur = max(sec, rng.randint(90, 900))
        return None, text, dur
    if ch == "visit":
        body = join(sents)
        a = AGENTS[agent]
        text = (f"【窓口対応記録】来訪者の発言：「{body}」\n対応者：{a['ja']}" if ja and rng.random() < 0.6 else
                (f"来店メモ\nお客様：{body}" if ja else f"Front counter log. Visitor said: \"{body}\" (handled by {a['en']})"))
        return None, text, rng.randint(240, 1500)
    if ch == "email":
        t = TOPIC[c["domain"]][0 if ja else 1]
        subj = ("Re: " if quoted else "") + (("【至急】" if ja else "URGENT ") if urgent else "") + rng.choice(
            [t, t, "お問い合わせ", "ご相談", "確認のお願い"] if ja else [t, t, "Enquiry", "Question", "Follow-up"])
        if c["style"] == "sms":
            body = join(sents)
        elif ja:
            g = rng.choice(["お世話になっております。", f"{D['org_ja']} ご担当者様", "こんにちは。", ""])
            body = (g + "\n\n" if g else "") + join(sents) + "\n\n" + rng.choice(["よろしくお願いいたします。", "以上です。", ""])
            body += "\n--\n" + c["name"] + ("\nTEL 090-%04d-%04d" % (rng.randint(0, 9999), rng.randint(0, 9999)) if rng.random() < 0.4 else "")
        else:
            g = rng.choice(["Hello,", "Hi team,", "Dear Sir or Madam,", "To whom it may concern,", "Hi,"])
            if c["style"] == "corp":
                g = rng.choice(["Hi team,", "Good morning,"])
                sents = list(sents) + [rng.choice(["Per my last email, I'd appreciate a prompt response.", "Thanks in advance for your attention to this.", "Looking forward to your timely reply."])]
            if c["style"] == "legal":
                g = "Dear Sir or Madam,"
            body = g + "\n\n" + join(sents) + "\n\n" + rng.choice(["Regards,", "Best,", "Kind regards,", "Thanks,", "Yours faithfully,"]) + "\n" + c["name"]
            if rng.random() < 0.3:
                body += "\nSent from my iPhone"
        if quoted:
            if ja:
                hdr = rng.choice([f"\n\n-----Original Message-----\nFrom: {D['org_ja']} サポート\n", f"\n\n{quoted[0]} {D['org_ja']} wrote:\n"])
            else:
                hdr = rng.choice([f"\n\nOn {quoted[0]}, {D['org_en']} Support wrote:\n", "\n\n-----Original Message-----\n"])
            body += hdr + "\n".join("> " + ln for ln in quoted[1].split("\n"))
        return subj, body, None
    if ch == "web_form":
        idl = FORM_ID[c["domain"]][0 if ja else 1]
        subj = ("お問い合わせフォーム：" + TOPIC[c["domain"]][0]) if ja else ("Contact form: " + TOPIC[c["domain"]][1])
        ref = "%d%05d" % (rng.randint(1, 9), rng.randint(0, 99999))
        if ja:
            text = f"お名前：{c['name']}\n{idl}：{ref}\nご連絡方法：{rng.choice(['メール', '電話', 'どちらでも'])}\nお問い合わせ内容：\n{join(sents)}"
        else:
            text = f"Name: {c['name']}\n{idl}: {ref}\nPreferred contact: {rng.choice(['email', 'phone', 'either'])}\nMessage:\n{join(sents)}"
        return subj, text, None
    # chat / sns
    body = join(sents)
    if ch == "sns" and rng.random() < 0.4:
        body = ("@" + D["org_en"].replace(" ", "_") + " " + body)
    return None, body, None


def agent_reply_text(c, agent):
    ja = c["lang"] == "ja"
    a = AGENTS[agent]
    D = DOMAINS[c["domain"]]
    if ja:
        return f"{c['name'].split()[0]}様\n\n" + rng.choice(AGENT_JA) + f"\n\n{D['org_ja']} {a['ja']}"
    return f"Dear {c['name'].split(',')[0]},\n\n" + rng.choice(AGENT_EN) + f"\n\n{a['en']}\n{D['org_en']}"


# ---------------------------------------------------------------- event assembly
events = []
labels = {}
ev_counter = [0]
PREFIX = {"phone": "call", "email": "msg", "chat": "cht", "web_form": "frm", "sns": "sns", "visit": "vst"}


def new_id(ch):
    ev_counter[0] += 1
    h = hashlib.sha1(f"{SEED}:{ev_counter[0]}".encode()).hexdigest()[:16]
    return f"{PREFIX[ch]}-{h}"


def emit(c, dt, ch, direction, text, subj=None, dur=None, agent=None, tid=None, codes=()):
    D = DOMAINS[c["domain"]]
    if dt.date() > END:
        assert direction == "outbound"
        return None
    assert START <= dt.date(), dt
    eid = new_id(ch)
    lang = c["lang"] if rng.random() > 0.08 else None
    e = {"event_id": eid, "occurred_at": None, "_dt": dt, "channel": ch, "direction": direction, "customer_id": c["id"],
         "agent_id": agent}
    if ch in ("phone", "visit"):
        e["duration_s"] = dur if dur is not None else rng.randint(60, 600)
    elif rng.random() < 0.5:
        e["duration_s"] = None
    if ch in ("email", "web_form") or rng.random() < 0.5:
        e["subject"] = subj
    e["text"] = text
    e["language"] = lang
    e["thread_id"] = tid
    e["source"] = D["sources"][ch]
    e["_codes"] = sorted(set(codes), key=CONTENT.index)
    events.append(e)
    c.setdefault("events", []).append(e)
    return e


def thread_id(ch):
    if ch == "email":
        return "th-" + hashlib.sha1(str(rng.random()).encode()).hexdigest()[:10]
    if ch == "web_form":
        return "TKT-%06d" % rng.randint(100000, 999999)
    if ch == "chat":
        return "chat-" + hashlib.sha1(str(rng.random()).encode()).hexdigest()[:10]
    return None


def pick_ch(weights):
    return rng.choices(["phone", "email", "chat", "web_form", "sns", "visit"], weights)[0]


N_CH = [33, 25, 17, 15, 5, 5]
H_CH = [40, 20, 15, 10, 10, 5]


def spec(c, dt, ch, sents, codes=(), urgent=False, kind="msg", dur=None, long=False, tid=None):
    return {"dt": dt, "ch": ch, "sents": sents, "codes": list(codes), "urgent": urgent, "kind": kind, "dur": dur,
            "long": long, "tid": tid, "flood": kind == "flood"}


def enforce(c, specs, max_off):
    """no >3 inbound in 60 min (except flood bursts), cap off-hours inbound."""
    for _ in range(200):
        changed = False
        normal = sorted([s for s in specs if not s["flood"]], key=lambda s: s["dt"])
        offs = [s for s in normal if not in_hours(s["dt"])]
        if "off_hours_contact" not in c["stateful"] and len(offs) > max_off:
            for s in offs[max_off:]:
                s["dt"] = next_bday_morning(s["dt"]) + timedelta(minutes=rng.randint(0, 400))
                if not in_hours(s["dt"]) or s["dt"].date() > END:
                    s["dt"] = t_in_hours((s["dt"].date() - START).days)
            changed = True
        allin = sorted(specs, key=lambda s: s["dt"])
        for i in range(len(allin) - 3):
            if allin[i + 3]["dt"] - allin[i]["dt"] <= timedelta(minutes=61):
                grp = allin[i:i + 4]
                if "contact_flood" in c["stateful"] and any(s["flood"] for s in grp):
                    mv = [s for s in grp if not s["flood"]]
                    if not mv:
                        continue
                    s = mv[-1]
                else:
                    mv = [s for s in grp if not s.get("rep")]
                    s = mv[-1] if mv else grp[-1]
                if s.get("rep"):
                    s["dt"] = s["dt"] + timedelta(hours=rng.randint(2, 4))
                    changed = True
                    break
                base = (s["dt"].date() - START).days + rng.randint(1, 3)
                if base > NDAYS - 1:
                    base = (s["dt"].date() - START).days - rng.randint(2, 6)
                s["dt"] = t_off(base) if (not in_hours(s["dt"]) and "off_hours_contact" in c["stateful"]) else t_in_hours(base)
                changed = True
                break
        if not changed:
            return
    raise RuntimeError("enforce did not converge for " + c["id"])


def realise(c, specs):
    """turn inbound specs into events, plus outbound replies."""
    specs.sort(key=lambda s: s["dt"])
    last_reply = None
    for s in specs:
        ch = s["ch"]
        agent = c["home_agent"] if rng.random() < 0.5 else rng.choice(DOMAINS[c["domain"]]["agent_ids"])
        if ch in ("sns", "web_form") and rng.random() < 0.5:
            agent = None
        if ch == "phone" and s["long"]:
            text, sec = transcript(c, agent or c["home_agent"], s["sents"] if not s["urgent"] else
                                   [rng.choice(URGENT_JA if c["lang"] == "ja" else URGENT_EN)] + s["sents"], long=True)
            emit(c, s["dt"], ch, "inbound", text, None, max(s["dur"], sec + 60), agent or c["home_agent"], None, s["codes"])
            continue
        if s["kind"] == "flood" and ch == "phone":
            ja = c["lang"] == "ja"
            t = ("客: " if ja else "Caller: ") + s["sents"][0] + ("\n（お客様側で切断）" if ja else "\n(caller hung up)")
            emit(c, s["dt"], ch, "inbound", t, None, rng.randint(3, 40), agent, None, [])
            continue
        if ch == "phone" and not in_hours(s["dt"]):
            ja = c["lang"] == "ja"
            body = ("".join if ja else " ".join)(([rng.choice(URGENT_JA if ja else URGENT_EN)] if s["urgent"] else []) + s["sents"])
            hdr = rng.choice(["【留守番電話 文字起こし】\n", "留守電（自動文字起こし）：", "[voicemail transcript] "]) if ja else rng.choice(["[voicemail transcript] ", "Voicemail (auto-transcribed):\n"])
            emit(c, s["dt"], ch, "inbound", hdr + body, None, rng.randint(20, 180), None, None, s["codes"])
            continue
        tid = s["tid"] or thread_id(ch)
        quoted = None
        if ch == "email" and last_reply and rng.random() < 0.5:
            quoted = last_reply
            tid = last_reply[2]
        subj, text, dur = wrap(c, ch, s["sents"], agent or c["home_agent"], tid, quoted, s["urgent"])
        if ch in ("phone", "visit") and s["dur"] is not None:
            dur = s["dur"]
        if ch in ("phone", "visit"):
            agent = agent or c["home_agent"]
        emit(c, s["dt"], ch, "inbound", text, subj, dur, agent, tid if ch in ("email", "web_form", "chat") else None, s["codes"])
        # outbound reply
        p = {"normal": 0.6, "legit_complainer": 0.85, "harasser": 0.45}[c["profile"]]
        if s["kind"] == "flood" or rng.random() > p:
            continue
        ragent = agent or c["home_agent"]
        if ch in ("email", "web_form"):
            rdt = next_bday_morning(s["dt"] + timedelta(hours=rng.randint(1, 30)))
            rt = agent_reply_text(c, ragent)
            subj2 = "Re: " + (subj or TOPIC[c["domain"]][0 if c["lang"] == "ja" else 1])
            emit(c, rdt, "email", "outbound", rt, subj2, None, ragent, tid)
            stamp = rdt.strftime("%Y/%m/%d %H:%M") if c["lang"] == "ja" else rdt.strftime("%d %b %Y at %H:%M")
            last_reply = (stamp, rt.split("\n\n")[1], tid)
        elif ch == "chat":
            rdt = s["dt"] + timedelta(minutes=rng.randint(2, 25))
            if not in_hours(rdt):
                rdt = next_bday_morning(rdt)
            emit(c, rdt, "chat", "outbound", rng.choice(AGENT_JA if c["lang"] == "ja" else AGENT_EN), None, None, ragent, tid)
        elif ch == "phone" and rng.random() < 0.5:
            rdt = next_bday_morning(s["dt"] + timedelta(hours=rng.randint(3, 30)))
            ack = rng.choice(CUST_ACK_JA if c["lang"] == "ja" else CUST_ACK_EN)
            text, sec = transcript(c, ragent, [ack], inbound=False)
            emit(c, rdt, "phone", "outbound", text, None, max(sec, rng.randint(60, 400)), ragent, None)
        elif ch == "sns":
            rdt = next_bday_morning(s["dt"] + timedelta(hours=rng.randint(1, 20)))
            emit(c, rdt, "sns", "outbound", "DMにてご連絡いたします。" if c["lang"] == "ja" else "Sorry to hear this, we've sent you a DM.", None, None, None)


def base_msg(c):
    s = [sty(c, rng.choice(L(c, "normal")))]
    if rng.random() < 0.27:
        s.append(lookalike(c))
    return s


def build_normal(c):
    specs = []
    nth = rng.choices([1, 2, 3, 4], [22, 33, 30, 15])[0]
    for _ in range(nth):
        d = rng.randint(0, NDAYS - 1)
        ch = pick_ch(N_CH)
        dt = t_in_hours(d) if (rng.random() < 0.87 or ch in ("phone", "visit")) else t_off(d)
        specs.append(spec(c, dt, ch, base_msg(c)))
        if rng.random() < 0.3:
            ja = c["lang"] == "ja"
            fs = [rng.choice(CUST_ACK_JA if ja else CUST_ACK_EN)]
            if rng.random() < 0.3:
                fs.append(lookalike(c))
            specs.append(spec(c, t_in_hours(d + rng.randint(1, 4)), rng.choice(["email", "chat"]), fs))
    enforce(c, specs, 2)
    realise(c, specs)


def build_legit(c):
    specs = []
    D = DOMAINS[c["domain"]]
    nprob = 2 if rng.random() < 0.25 else 1
    probs = rng.sample(D["legit_" + c["lang"]], nprob)
    for pr in probs:
        d = rng.randint(0, 60)
        ch = pick_ch([35, 35, 10, 15, 0, 5])
        tid = thread_id(ch)
        for k, stage in enumerate(pr):
            s = [sty(c, stage)]
            if k > 0 and rng.random() < 0.5:
                s.append(rng.choice(LEGIT_ANGRY[c["lang"]]))
            if rng.random() < 0.25:
                s.append(lookalike(c))
            dt = t_in_hours(d) if rng.random() < 0.85 else t_off(d)
            chk = ch if rng.random() < 0.7 else pick_ch([40, 40, 10, 10, 0, 0])
            specs.append(spec(c, dt, chk, s, tid=tid if chk == ch else None, dur=rng.randint(300, 2100) if chk == "phone" else None))
            d += rng.randint(3, 12)
        if rng.random() < 0.6:
            specs.append(spec(c, t_in_hours(d + rng.randint(2, 8)), rng.choice(["email", "chat", "phone"]), [rng.choice(ACK_END[c["lang"]])]))
    for _ in range(rng.randint(0, 2)):
        d = rng.randint(0, NDAYS - 1)
        specs.append(spec(c, t_in_hours(d), pick_ch(N_CH), base_msg(c)))
    enforce(c, specs, 2)
    realise(c, specs)


def build_harasser(c):
    specs = []
    off = "off_hours_contact" in c["stateful"]
    Lc = rng.randint(25, 38)
    S = rng.randint(0, NDAYS - 1 - Lc - 3)
    ja = c["lang"] == "ja"

    def when(dd):
        if off and rng.random() < 0.78:
            return t_off(dd)
        return t_in_hours(dd)

    ncode = {}
    for code in c["codes"]:
        ncode[code] = rng.randint(2, 3) if code == "pressure_language" else (rng.randint(1, 2) if code in DEMAND else rng.randint(1, 3))
    if "repetition" in c["stateful"]:
        ncode[c["rep_code"]] = rng.randint(5, 7)
    rep_n = ncode.get(c.get("rep_code"), 0) if "repetition" in c["stateful"] else 0
    E = max(ncode.values()) + rng.randint(1, 3)
    slots = [[] for _ in range(E)]
    if rep_n:
        for k in range(rep_n):
            slots[k].append(c["rep_code"])
    for code, n in ncode.items():
        if rep_n and code == c["rep_code"]:
            continue
        for k in rng.sample(range(E), n):
            slots[k].append(code)
    # times
    W = rng.randint(S, S + Lc - 11)
    rep_days = sorted(rng.sample(range(W, W + 9), rep_n)) if rep_n else []
    other_days = sorted(rng.sample(range(S, S + Lc + 1), E - rep_n))
    slot_days = rep_days + other_days
    # non-repeating codes: keep same-code events far apart
    long_left = rng.randint(2, 3) if "prolonged_contact" in c["stateful"] else 0
    # initial gripe
    specs.append(spec(c, when(S), pick_ch(H_CH), [sty(c, rng.choice(L(c, "gripe")))], urgent=off and rng.random() < 0.5))
    order = list(range(E))
    rng.shuffle(order)
    long_slots = set(order[:long_left])
    for k in range(E):
        codes = slots[k]
        sents = []
        if rng.random() < 0.55 or not codes:
            sents.append(sty(c, rng.choice(L(c, "gripe"))))
        fr = [frag(c, code) for code in codes]
        rng.shuffle(fr)
        sents += fr
        if not codes and rng.random() < 0.5:
            sents.append(rng.choice(NEUTRAL_FU_JA if ja else NEUTRAL_FU_EN))
        if k in long_slots:
            ch = "phone" if rng.random() < 0.85 else "visit"
            dur = rng.randint(3600, 8400)
            sp = spec(c, t_in_hours(slot_days[k], latest=16 * 60), ch, sents, codes, dur=dur, long=(ch == "phone"))
        else:
            ch = pick_ch(H_CH)
            dur = rng.randint(180, 1500) if ch in ("phone", "visit") else None
            sp = spec(c, when(slot_days[k]), ch, sents, codes, urgent=off and rng.random() < 0.6, dur=dur)
        sp["rep"] = k < rep_n
        specs.append(sp)
    for _ in range(rng.randint(1, 3)):
        dd = rng.randint(S, S + Lc)
        specs.append(spec(c, when(dd), pick_ch(H_CH), [rng.choice(NEUTRAL_FU_JA if ja else NEUTRAL_FU_EN)], urgent=off and rng.random() < 0.5))
    if off:
        while sum(1 for s in specs if not in_hours(s["dt"])) < 7:
            dd = rng.randint(S, S + Lc)
            specs.append(spec(c, t_off(dd), pick_ch(H_CH), [rng.choice(NEUTRAL_FU_JA if ja else NEUTRAL_FU_EN)], urgent=True))
    if "contact_flood" in c["stateful"]:
        for b in range(rng.randint(1, 2)):
            dd = rng.randint(S, S + Lc)
            t0 = t_off(dd) if (off and rng.random() < 0.6) else t_in_hours(dd, latest=16 * 60 + 30)
            chs = rng.sample(["chat", "phone", "sns", "phone", "chat"], 2)
            n = rng.randint(8, 14)
            t = t0
            for j in range(n):
                msg = rng.choice(FLOOD_JA if ja else FLOOD_EN)
                specs.append(spec(c, t, rng.choice(chs), [msg], kind="flood"))
                t = t + timedelta(minutes=rng.randint(1, 4), seconds=rng.randint(0, 59))
    enforce(c, specs, 1)
    realise(c, specs)


for c in customers:
    {"normal": build_normal, "legit_complainer": build_legit, "harasser": build_harasser}[c["profile"]](c)


# ---------------------------------------------------------------- verification of stateful truth
def inbound(c):
    return sorted([e for e in c["events"] if e["direction"] == "inbound"], key=lambda e: e["_dt"])


def max_in_window(evs, minutes):
    best, j = 0, 0
    for i in range(len(evs)):
        while evs[i]["_dt"] - evs[j]["_dt"] > timedelta(minutes=minutes):
            j += 1
        best = max(best, i - j + 1)
    return best


for c in customers:
    ib = inbound(c)
    offn = sum(1 for e in ib if not in_hours(e["_dt"]))
    flood = max_in_window(ib, 60)
    longc = sum(1 for e in ib if (e.get("duration_s") or 0) >= 3600)
    maxdur = max([e.get("duration_s") or 0 for e in c["events"]] + [0])
    st = c["stateful"]
    assert ("off_hours_contact" in st) == (offn >= 6), (c["id"], offn, st)
    assert ("contact_flood" in st) == (flood >= 8), (c["id"], flood, st)
    if "contact_flood" not in st:
        assert flood <= 3, (c["id"], flood)
    assert ("prolonged_contact" in st) == (longc >= 2), (c["id"], longc, st)
    if "prolonged_contact" not in st:
        assert maxdur < 2400, (c["id"], maxdur)
    # repetition: same demand code >=5 times within 14 days
    for code in DEMAND:
        ts = [e["_dt"] for e in ib if code in e["_codes"]]
        rep = any(sum(1 for u in ts if timedelta(0) <= u - t <= timedelta(days=14)) >= 5 for t in ts)
        if "repetition" in st and code == c.get("rep_code"):
            assert rep, (c["id"], code)
        elif "repetition" not in st:
            assert len(ts) <= 2, (c["id"], code, len(ts))

# ---------------------------------------------------------------- output
def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for e in events:
        e["occurred_at"] = fmt(e["_dt"])
    evs = sorted(events, key=lambda e: (datetime.fromisoformat(e["occurred_at"].replace("Z", "+00:00")), e["event_id"]))
    lab_events, cust_labels = {}, {}
    per_code_ev = {k: 0 for k in CONTENT}
    cust_per_code = {k: 0 for k in ALLCODES}
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8") as f:
        for e in evs:
            out = {k: v for k, v in e.items() if not k.startswith("_")}
            f.write(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n")
            lab_events[e["event_id"]] = e["_codes"]
            for k in e["_codes"]:
                per_code_ev[k] += 1
    prof_count = {"normal": 0, "legit_complainer": 0, "harasser": 0}
    for c in customers:
        cc = set()
        for e in c["events"]:
            cc.update(e["_codes"])
        beh = [k for k in CONTENT if k in cc] + [k for k in STATEFUL if k in c["stateful"]]
        cust_labels[c["id"]] = {"profile": c["profile"], "behaviors": beh}
        prof_count[c["profile"]] += 1
        for k in beh:
            cust_per_code[k] += 1
    meta = {"seed": SEED, "customers": len(customers), "start": START.isoformat(), "end": END.isoformat(),
            "counts": {"events": len(evs), "events_with_content_label": sum(1 for v in lab_events.values() if v),
                       "profiles": prof_count, "customers_per_code": cust_per_code, "events_per_content_code": per_code_ev},
            "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                         "closed_days_in_range": sorted(d.isoformat() for d in HOLIDAYS)},
            "agents": {k: {"ja": v["ja"], "en": v["en"], "domain": v["domain"]} for k, v in AGENTS.items()},
            "domains": sorted(DOMAINS),
            "stateful_rules_used_for_truth": {
                "repetition": "same demand code (excessive/apology/in_person/staff_naming) in >=5 inbound events within 14 days, worded differently",
                "off_hours_contact": ">=6 inbound contacts outside Mon-Fri 09:00-18:00 JST or on holidays (others have <=2)",
                "contact_flood": ">=8 inbound within 60 minutes (others never more than 3)",
                "prolonged_contact": ">=2 calls/visits of >=3600 s (others always < 2400 s)"},
            "note": "written blind on 2026-12-04 from the contract and scoring rules only"}
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": lab_events, "customers": cust_labels, "meta": meta}, f, ensure_ascii=False, indent=1)
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    main(sys.argv[1])
