# -*- coding: utf-8 -*-
"""Hand-written text pools for gen.py (stream16, Fukuoka contact centre, 2029 Q2).
{s} = a staff member's name (filled from the agent roster)."""

CLIENTS = {
    "ferry": {"ja": "玄海フェリー＆バス", "en": "Genkai Ferry & Bus"},
    "denki": {"ja": "ハカタ電機", "en": "Hakata Denki"},
    "dental": {"ja": "みなと歯科クリニック", "en": "Minato Dental Clinic"},
    "travel": {"ja": "たびまど", "en": "Tabimado Travel"},
    "tax": {"ja": "玄洋県 県税事務所", "en": "Gen'yo Prefectural Tax Office"},
}

# ---------------- content-code sentences (10 ja + 8 en each) ----------------
CODES = {
"excessive_demand": {
 "ja": [
  "欠航したっちゃけん、往復運賃だけやなくてホテル代も晩飯代も全部そっちで持ってくれんね。",
  "冷蔵庫が壊れて中身ぜんぶダメになったけん、新品にタダで交換した上で食材代十万円払ってもらいます。",
  "予約がずれた分、次から一年間の治療費は全部無料にしてください。それが筋でしょう。",
  "返金だけでは足りませんので、迷惑料として旅行代金の倍額をお支払いいただけますでしょうか。",
  "延滞金とか払う気ないけん、今年の自動車税ごと免除しちゃり。",
  "保証切れとか知らん。修理代ぜんぶタダにしてもらわな納得せんばい。",
  "ぶっちゃけ全額返金＋次の旅行無料じゃないと無理っす",
  "取り付け遅れたんやけ、エアコンもう一台サービスでつけとってくれん？",
  "ご迷惑料として商品券五万円分を本日中にご送付願います。規約は関係ございません。",
  "うちだけ特別に納付期限を半年延ばしてくれんと困る。ほかの人は関係なか。",
 ],
 "en": [
  "I want a full refund AND a free round trip for my whole family next month, that's the minimum.",
  "Since the installer was late, you should just give me the washing machine for free.",
  "Cover my hotel, meals and taxi, all of it, and put us in first class on the next ferry too.",
  "refund isnt enough. i expect like 500 bucks compensation for my time lol",
  "I'd expect you to waive all my treatment fees for the next year as a goodwill gesture, whatever your policy says.",
  "ur policy says no refund after departure?? dont care, refund 100% plus the tour fee",
  "Give me a brand-new unit, the top model, not a repair. I don't care what the warranty says.",
  "Cancel the penalty and the whole tax for this year too, my situation is special.",
 ]},
"apology_demand": {
 "ja": [
  "責任者が土下座して謝るまで許さんけんね。",
  "謝罪文を社長名で書いて、今週中に自宅に郵送してください。",
  "電話の謝罪とかいらんけん、菓子折り持って謝りに来い。",
  "まず詫びろ。話はそれからたい。",
  "あの受付の態度について、全社員の前で謝罪させていただけますか。",
  "誠意ある謝罪とは何か、文書で三枚以上にまとめて提出してください。",
  "あやまれ　今すぐあやまれ　ちゃんと頭さげろや",
  "貴社としての正式な謝罪文を、代表印を押印の上ご提出いただきたく存じます。",
  "謝罪文、手書きで書いて送ってきて。パソコンで打ったのは誠意なかけん無効ね",
  "課長さんと二人で床に手ついて謝ってもらわな気が済まん。",
 ],
 "en": [
  "I want a written apology signed by your CEO, on letterhead, mailed to me.",
  "Get on your knees and apologize. Yes, I mean that literally.",
  "Your manager and that agent both owe me apologies in writing, signed, each of them.",
  "sayyy sorry. no, say it again. properly this time",
  "I demand a formal apology letter delivered to my base housing address by Friday.",
  "I expect a public apology to me on your homepage, with my name in it.",
  "Until your director personally apologizes to my whole family I won't accept anything.",
  "apologize in writing, 3 pages min, handwritten. typed = not sincere",
 ]},
"in_person_demand": {
 "ja": [
  "今から家に来て説明して。電話じゃ話にならん。",
  "支店長が直接うちまで来て説明しんしゃい。",
  "担当者をこちらの事務所まで寄越してください。今日中に。",
  "明日の朝、港のターミナルで責任者と会わせろ。顔見て話さんと信用できん。",
  "院長先生、うちまで来て診てくれんね。行くのめんどいけん。",
  "対面でないと納得いたしかねますので、ご担当の方に当方の自宅までお越しいただきたく存じます。",
  "ちょっとそっちの人、いますぐ店まで出てきてくれん？カウンターで待っとくけん。",
  "小倉の俺んとこまで来いっちゃ。話はそれからっちゃ。",
  "税務課の人間が家まで来て一から説明せえ。",
  "明日の昼、天神のカフェで担当さんと直接会いたいっす。そっちが来てよ",
 ],
 "en": [
  "Send someone to my house today to explain this face to face.",
  "I want the manager to come to my hotel lobby and talk to me in person.",
  "Come to the base gate and meet me. I'm not doing this over the phone.",
  "u guys need to come to my dorm and explain in person, like now",
  "I insist that the clinic director visit my apartment this evening.",
  "Your supervisor should meet me at the Hakata port terminal tomorrow morning, no excuses.",
  "I won't discuss this further unless someone from your office comes to my place.",
  "get ur boss down here to the store. im waiting at the counter",
 ]},
"violence_threat": {
 "ja": [
  "次会ったらただじゃおかんけんな。",
  "窓口ごと燃やしてやろうか。",
  "夜道には気をつけとけよ。",
  "お前の顔覚えたけん、覚悟しとけ。",
  "ぶっ殺すぞマジで",
  "包丁持ってそっち行ってもいいとばい？",
  "今度会ったら手ぇ出さん保証はできんばい。",
  "ﾌﾞﾁのめすぞ ｺﾗ",
  "事務所に車で突っ込んだろうか。",
  "後悔させてやりますからね。どうなっても知りませんよ。",
 ],
 "en": [
  "I know where your office is. Watch yourself.",
  "If I see that driver again I'll break his face.",
  "keep it up and someone's gonna get hurt",
  "Don't make me come down there, you won't like what happens.",
  "I swear I'll smash that counter to pieces with you behind it.",
  "you better hope we never meet in person",
  "ill f***ing end you",
  "Better sleep with one eye open.",
 ]},
"abusive_language": {
 "ja": [
  "お前みたいな無能、生きてる価値ないやろ。",
  "{s}って本当バカなんですか？日本語通じてます？",
  "給料泥棒が。税金で食っとるくせに。",
  "脳みそ入っとらんとやないと？",
  "頭わるすぎｗｗｗ　小学生からやり直せ",
  "クズしかおらん会社やね。",
  "あなたのような方に人の歯を触る資格はございませんね。",
  "ほんなこつ使えん奴ばっかりやな、アホが。",
  "{s}の声聞くだけでムカつく。存在がゴミ。",
  "役立たず。二度と電話出んな、カス。",
 ],
 "en": [
  "You're completely useless, an idiot could do your job.",
  "Is {s} brain-dead or just stupid?",
  "what a bunch of clowns lmao",
  "You people are pathetic morons.",
  "Honestly, a monkey would answer better than you.",
  "ur literally trash at ur job",
  "Are you deaf or just dumb?",
  "worthless garbage staff, all of you",
 ]},
"legal_threat": {
 "ja": [
  "訴えるけんね。弁護士もう決まっとるけん。",
  "損害賠償を請求しますので、覚悟なさってください。",
  "国交省に言いつけるぞ。運航停止になっても知らんぞ。",
  "出るところに出ましょうか。",
  "消費者庁と県議会の先生に話を持っていきますよ、いいんですね。",
  "裁判したら絶対勝てるけん、そっちが困るっちゃない？",
  "厚生局に通報して、医院の指定取り消してもらうけん。",
  "弁護士立てて徹底的にやりますんで。",
  "訴訟起こしたらあんたら終わりやけんね",
  "監督官庁に報告させていただくことになりますが、よろしいですね。",
 ],
 "en": [
  "I'll sue you for everything you've got.",
  "My lawyer will be in touch. Expect a lawsuit for damages.",
  "I'm reporting you to the Ministry and getting your license pulled.",
  "see u in court",
  "Fix this by Friday or I'm filing a claim against you in court.",
  "I will have the legal office on base and my consulate take action against your company.",
  "Do you want a lawsuit? Because this is how you get a lawsuit.",
  "I'll be pressing charges and claiming damages, count on it.",
 ]},
"online_defamation_threat": {
 "ja": [
  "この対応、全部ポストして拡散するけんね。",
  "Googleの口コミに星1つけまくってやる。",
  "録音しとるけん、YouTubeに上げて晒しちゃる。",
  "{s}の名前、ネットに晒しますね。",
  "知り合い百人に頼んで低評価つけさせるけん。",
  "インスタのストーリーで店名出して晒すわ。",
  "掲示板にこの歯医者のこと全部書き込みますので。",
  "TikTokでバズらせたるわ、悪い意味でな",
  "口コミサイトにあることないこと書いてやるけん。",
  "動画撮ったけん、拡散されたくなかったら言うこと聞いて。",
 ],
 "en": [
  "I'm posting this whole chat on X and tagging you.",
  "Enjoy the one-star reviews, I'll get all my friends to leave them.",
  "I'm gonna expose your company on Reddit and TikTok.",
  "Your agent's name is going on Facebook, everyone will know.",
  "I recorded the call. It goes on YouTube tonight unless you fix this.",
  "1-star on Google, Tripadvisor and Naver, watch me.",
  "ill blast this on threads and the PTT board so every Taiwanese tourist sees it",
  "I'll write reviews everywhere saying your clinic hurts patients.",
 ]},
"sexual_harassment": {
 "ja": [
  "{s}さん声かわいいね、彼氏おると？",
  "電話の子、何カップ？",
  "受付の女の子と飲みに行かせてくれたら許しちゃるよ。",
  "{s}ちゃん、今度二人でデートしよ。",
  "スリーサイズ教えてくれたら黙っとくけん。",
  "衛生士さんの制服姿、たまらんね。水着の写真とかないと？",
  "色っぽい声しとるね、今なん着とると？",
  "夜のサービスはないと？ｗ",
  "あんたとなら個室で二人きりでゆっくり話したかねぇ",
  "独身？　ホテル一緒に行かん？",
 ],
 "en": [
  "You sound sexy, are you single?",
  "What are you wearing right now?",
  "Send me a pic of that cute receptionist in a bikini and I'll drop the complaint.",
  "wanna grab drinks after ur shift babe?",
  "I'd be less angry if you came over and kept me company tonight ;)",
  "Bet you look hot in that uniform.",
  "Tell {s} she has a nice body.",
  "how bout u make it up to me on a date 😘",
 ]},
"privacy_intrusion": {
 "ja": [
  "{s}さんの自宅の住所教えて。",
  "{s}の個人のLINE教えてくれん？",
  "{s}さん、何時に仕事終わると？駐車場で待っとくけん。",
  "昨日{s}さんが天神駅で降りるとこ見たよ。",
  "{s}さんの写真撮ったけん、これ本人で合っとる？",
  "担当の方の携帯番号を個人的に教えていただけますか。",
  "{s}って何区に住んどると？最寄り駅どこ？",
  "毎朝フェリー乗り場で{s}さん見かけるけん、今度あとついて行ってみるね。",
  "{s}さんのシフト表送って。何曜日おるか知りたいけん。",
  "ｲﾝｽﾀやっとる？{s}さんの個人アカウント探しよるっちゃけど。",
 ],
 "en": [
  "What's {s}'s home address? I want to talk to her privately.",
  "Give me {s}'s personal phone number.",
  "What time does {s} get off work? I'll wait outside.",
  "I saw {s} at Canal City yesterday. She lives near there, right?",
  "I took a photo of the agent at the counter, is this {s}?",
  "Does {s} have Instagram? Send me her handle.",
  "Which days is {s} working? Send me the shift schedule.",
  "i followed the bus driver to his car lol, nice ride",
 ]},
"staff_naming": {
 "ja": [
  "{s}を出せ。ほかの奴じゃ話にならん。",
  "{s}をクビにしてください。",
  "{s}って人、今すぐ電話に出させて。",
  "{s}さん以外とは一切話しませんので。",
  "あの{s}を担当から外せ。それが条件たい。",
  "{s}を辞めさせるまで納得せんけんね。",
  "{s}はおらんと？おらんなら{s}が戻るまで待つけん、{s}出して。",
  "本日中に{s}様ご本人より直接ご連絡いただきますよう。",
  "{s}ば出してって言いよろうもん",
  "担当の{s}、処分したら報告して。",
 ],
 "en": [
  "Put {s} on the phone. Now.",
  "I want {s} fired.",
  "I'll only talk to {s}, nobody else.",
  "Take {s} off my case and report back when it's done.",
  "where is {s}?? get {s} here",
  "Have {s} call me personally today.",
  "Remove {s} from the counter, that's my condition.",
  "I want {s} disciplined and I want to be told when it happens.",
 ]},
"pressure_language": {
 "ja": [
  "仕事にならんっちゃけど！今すぐ対応しろ。",
  "致命的なミスですよこれは。多大な損害が出とります。",
  "今すぐ！！！今すぐなんとかして！！",
  "一分一秒を争うんよ、即刻対応せえ。",
  "こっちは多大な損失を被っとるんですよ、責任とれるんですか。",
  "今日中にやらんとか論外。ありえん。すぐやれ。",
  "これは御社にとって致命的な問題ですよ、いい加減にしてください。",
  "はよせんね！！待たせすぎやろ！！",
  "前代未聞の大損害です。即日対応以外は認めません。",
  "マジでやばいって、秒で対応して",
 ],
 "en": [
  "This is a catastrophic failure, fix it NOW.",
  "I'm losing thousands because of you, do it immediately!!!",
  "You have ten minutes. Ten.",
  "This is unacceptable on every level, I need this done right this second.",
  "ASAP means ASAP, not tomorrow!!!",
  "my whole life is ruined by this, hurry the hell up",
  "Drop everything and handle my case first.",
  "This is the worst disaster in history. Today. Not tomorrow.",
 ]},
}

# ---------------- neutral questions (normal customers) ----------------
QUESTIONS = {
 "ferry": {
  "ja": ["博多から壱岐行きの5月3日の便、車も一緒に乗せられますか。",
         "高速バスの回数券って、家族で使い回してもよかですか？",
         "天神から空港までのバスのICカード、チャージ上限いくらでしたっけ。",
         "ペット連れでフェリーに乗るときの手続きを教えてください。",
         "小倉行きのバスに忘れ物をしました。黒い折りたたみ傘です。",
         "学割の定期って、どの書類を出せばいいと？"],
  "en": ["Can I bring a bicycle on the ferry to Iki? How much extra is it?",
         "Is there an English timetable for the airport bus?",
         "Do you sell a tourist pass for buses plus the ferry? We are 4 people from Busan.",
         "I left my phone on the bus this morning, route 5, around 9am. Is there a lost and found?",
         "hi do u accept apple pay on the highway bus?"]},
 "denki": {
  "ja": ["ドラム式洗濯機の設置、マンションの3階でも大丈夫ですか。",
         "エアコン取り付けの訪問日を来週に変えたいです。",
         "冷蔵庫の延長保証って後から入れますか？",
         "古いテレビのリサイクル回収もお願いできますか。",
         "ポイントカードの名義変更したいっちゃけど、どうすればよか？",
         "炊飯器の内釜だけ取り寄せできますか。"],
  "en": ["Does the microwave I bought work on 100V? I'm moving back to the US next year.",
         "Can you install an air conditioner in base housing? Do you need a gate pass?",
         "What's the warranty on the rice cooker? The box is all in Japanese.",
         "hey can i change my installation slot to saturday morning?",
         "Do you ship to Korea? I want to buy a hair dryer for my mom."]},
 "dental": {
  "ja": ["定期検診の予約を来月に取りたいです。",
         "子どもの矯正相談って保険きくと？",
         "予約の時間を30分後ろにずらせますか。",
         "歯のクリーニングだけでも予約できますか。",
         "診療明細書を再発行してもらえますか。確定申告で使います。",
         "土曜日って何時まで開いとります？"],
  "en": ["Do you have a dentist who speaks English? I chipped a tooth.",
         "Does my military insurance (Tricare) work at your clinic?",
         "Can I get a receipt in English for my insurance claim?",
         "i'm an exchange student, is national health insurance ok for a cleaning?",
         "What are your hours on Saturday?"]},
 "travel": {
  "ja": ["由布院の旅館、チェックインを1時間遅らせられますか。",
         "ゴールデンウィークの別府のホテル、キャンセル料はいつからかかりますか。",
         "予約確認メールが届いとらんのですが、再送してもらえますか。",
         "クーポンの使い方がわからんです。",
         "同行者の名前を間違えて入力しました。修正できますか。",
         "長崎のツアー、子ども料金って何歳まで？"],
  "en": ["Can I change the name on my hotel booking in Fukuoka? My friend is going instead.",
         "Does the Beppu package include the onsen entry?",
         "I didn't get my confirmation email for the Nagasaki tour, can you resend it?",
         "is there a korean speaking guide for the yufuin day trip?",
         "How do I add a child to my booking? She is 6."]},
 "tax": {
  "ja": ["自動車税の納付書が届いとらんのですが。",
         "引っ越したので、納付書の送付先を変更したいです。",
         "自動車税ってスマホ決済で払えますか。",
         "軽自動車の廃車手続きはこちらで合っとりますか。",
         "納税証明書の発行に必要なものを教えてください。",
         "不動産取得税の減額の申告期限はいつまでですか。"],
  "en": ["I'm a US service member with a Japanese car. Do I pay the automobile tax here?",
         "Can I pay the automobile tax at a convenience store?",
         "I'm leaving Japan in June. What do I do about my car tax?",
         "Is there an English version of the tax notice?",
         "i sold my car in april, do i still pay the tax for this year?"]},
}

# ---------------- grievances (wrappers for harassers; neutral wording) ----------------
GRIEVANCES = {
 "ferry": {
  "ja": ["昨日の壱岐行きが欠航になって、代わりの便の案内がなかなか来んかった。",
         "高速バスが40分遅れて、乗り継ぎの新幹線に間に合わんかったんよ。",
         "バスの運転手さんが停留所を通過して、次で降ろされました。",
         "ICカードの残高が二重に引かれとる。"],
  "en": ["The ferry was cancelled yesterday and nobody told us what to do.",
         "The airport bus was 40 minutes late and we missed our flight to Taipei.",
         "The bus driver skipped our stop and we had to walk back with the kids.",
         "My IC card got charged twice for the same ride."]},
 "denki": {
  "ja": ["買って二週間の冷蔵庫が冷えんごとなった。",
         "エアコン取り付けの約束の時間に誰も来んかった。",
         "設置のとき床に傷がついとった。",
         "修理に出したテレビがまだ戻ってこん。"],
  "en": ["The fridge I bought two weeks ago stopped cooling.",
         "Nobody showed up for my AC installation appointment.",
         "Your installer scratched the floor in my apartment.",
         "My TV has been at repair for three weeks."]},
 "dental": {
  "ja": ["予約して行ったのに45分も待たされた。",
         "治療した歯がまだ痛か。",
         "会計のとき、説明なしで自費の金額を請求された。",
         "予約を勝手にキャンセル扱いにされとった。"],
  "en": ["I waited 45 minutes even though I had an appointment.",
         "The tooth you treated still hurts.",
         "I was charged for something nobody explained to me.",
         "My appointment was cancelled without anyone telling me."]},
 "travel": {
  "ja": ["予約した旅館に行ったら、予約が入っとらんって言われた。",
         "キャンセルしたのに返金がまだない。",
         "ツアーの集合場所がメールと違っとった。",
         "写真と全然違う部屋やった。"],
  "en": ["We arrived at the hotel and they had no booking for us.",
         "I cancelled two weeks ago and still have no refund.",
         "The tour meeting point was different from the email.",
         "The room looked nothing like the pictures."]},
 "tax": {
  "ja": ["自動車税の督促状が来たけど、もう払っとるはずなんよ。",
         "窓口で2時間待たされた。",
         "電話が全然つながらん。",
         "廃車にした車の税金の通知がまた来とる。"],
  "en": ["I got a reminder for the car tax but I already paid it.",
         "I waited two hours at the tax office counter.",
         "Nobody answers the phone at your office.",
         "I got a tax notice for a car I scrapped last year."]},
}

# ---------------- fair complaints (legitimate complainers; may be angry) ----------------
FAIR = {
 "ferry": {
  "ja": ["欠航やったので、約款どおり運賃の全額払い戻しをお願いします。",
         "正直かなり腹が立っとります。バスが30分来んで、案内放送も一回もなかった。改善してほしい。",
         "遅延証明書を出してもらえますか。会社に出さんといけんので。",
         "二重に引かれた分のICカード残高、返金してもらえますか。"],
  "en": ["The ferry was cancelled, so per your terms I'd like the full fare refunded please.",
         "Honestly I'm pretty upset. The bus never came and there was no announcement at all. Please fix this.",
         "Could I get a delay certificate for my employer? The 8:10 bus was 50 minutes late.",
         "I was charged twice on my IC card, please refund the extra fare."]},
 "denki": {
  "ja": ["三回目の修理なのにまだ冷えません。さすがに交換か返金を検討してもらえませんか。保証期間内です。",
         "取り付けの日に誰も来ず、半日休みを取ったのが無駄になりました。正直がっかりです。次はきちんと来てください。",
         "設置のときについた床の傷、保険で対応してもらえると聞きました。手続きを教えてください。",
         "初期不良なので、購入から一週間以内の返品をお願いしたいです。"],
  "en": ["This is the third repair and the fridge still doesn't cool. It's under warranty, so I'd like a replacement or a refund.",
         "Nobody came for the installation and I took half a day off for nothing. I'm really frustrated. Please make sure it happens next time.",
         "Your installer scratched my floor. I was told it's covered, how do I file that?",
         "The unit was defective out of the box, I'd like to return it within your 7-day policy."]},
 "dental": {
  "ja": ["予約時間から1時間待たされました。事情があったのかもしれませんが、一言説明があってもよかったと思います。",
         "治療した歯がまだ痛みます。もう一度診ていただけますか。",
         "会計の内訳について説明を受けていません。明細をいただけますか。",
         "受付の方の言い方が少しきつく感じました。改善していただけると嬉しいです。"],
  "en": ["I waited an hour past my appointment. I'd have appreciated at least a word of explanation.",
         "The filling fell out after a week. Can I come in to get it fixed?",
         "I was charged without an explanation. Could you send me an itemized receipt?",
         "The receptionist was a bit rude to me today, I just wanted you to know."]},
 "travel": {
  "ja": ["宿に予約が入っていませんでした。差額分の返金を規約どおりお願いします。",
         "キャンセル料無料期間内にキャンセルしたので、返金をお願いします。もう3週間経っています。",
         "写真と部屋が全然違いました。腹は立ちましたが、せめて事実確認をお願いします。",
         "ツアーの集合場所の案内が間違っていて、参加できませんでした。規約の補償について教えてください。"],
  "en": ["The hotel had no record of our booking. Per your terms, please refund the price difference we paid.",
         "I cancelled within the free cancellation period and it's been three weeks. Please process my refund.",
         "The room was nothing like the listing. I'm annoyed, but I'd just like you to look into it.",
         "We missed the tour because the meeting point in the email was wrong. What does your policy cover?"]},
 "tax": {
  "ja": ["督促状が届きましたが、5月10日にコンビニで納付済みです。領収書の写しを送りますので確認してください。",
         "電話が何度かけてもつながりませんでした。困っています。折り返しをお願いできますか。",
         "廃車済みの車に納税通知が来ました。廃車証明を送りますので取り消しをお願いします。",
         "窓口で2時間待ちました。仕方ないとは思いますが、番号札の案内をもう少し分かりやすくしてほしいです。"],
  "en": ["I received a reminder but I paid on May 10 at a convenience store. I can send the receipt.",
         "I've called several times and nobody picks up. Could someone call me back, please?",
         "I got a notice for a car I scrapped. I'll send the deregistration certificate, please cancel it.",
         "I waited two hours at the counter. I understand it's busy, but the queue signs were confusing."]},
}

# ---------------- hard negatives (no label) ----------------
HARDNEG = {
 "ja": [
  "口コミで「対応最悪」って書かれとったけど、実際どうなんかなと思って問い合わせました。",
  "ネットのレビューで、GWは電話がつながりにくいって読んだので、メールで失礼します。",
  "先日対応してくれた{s}さん、めっちゃ丁寧でした。よろしくお伝えください。",
  "{s}さんのおかげで助かりました。お礼だけ言いたくて。",
  "死ぬほど忙しくて確認が遅れました、すみません。",
  "このセール、破壊力やばいですね笑",
  "いや〜、暑くて死にそうですね。ところで、お盆の便の予約はいつからですか。",
  "明日の朝の便なので、急ぎで確認いただけると助かります。",
  "至急ではないので、お手すきの際にご返信ください。",
  "相続の関係で弁護士さんから書類を預かっています。どちらに送ればよいでしょうか。",
  "弁護士の先生と相談して、分割納付の申請をしたいと思っています。",
  "エアコンの取り付けで、来週うちに来てもらう日の確認です。",
  "訪問修理をお願いしたいです。平日の午前が都合いいです。",
  "前回の件、きちんと対応していただいてありがとうございました。",
  "爆速で返信もらえて助かりました！",
  "腕がちぎれるほど荷物が重かったので、配送に切り替えてもらえますか。",
  "インスタで見たキャンペーン、まだやっとりますか？",
  "社長さんにも感謝を伝えてください。本当に助かりました。",
 ],
 "en": [
  "I read some bad reviews on Google but decided to try you anyway. Quick question about the schedule.",
  "{s} was super helpful last week, please pass on my thanks!",
  "Shoutout to {s} at the counter, she saved our trip.",
  "This deal is killer, I'm dying to book it.",
  "I'm dead tired after the flight lol, can I check in late?",
  "Our ferry is tomorrow morning, so I'd appreciate a quick answer if possible.",
  "No rush on this, whenever you have time.",
  "My lawyer is handling my late father's estate. Can she contact you about his car tax?",
  "Could the technician come to our house on Thursday for the scheduled repair?",
  "I saw your post on Instagram, is the Golden Week discount still on?",
  "You guys knocked it out of the park, thanks for fixing it so fast.",
  "My kid almost killed the battery playing games on the bus, is there USB charging?",
 ],
}

# ---------------- repetition demands (same demand, paraphrased) ----------------
REPEAT = {
 "ja": [
  ["先週の欠航分のホテル代、いつ振り込まれるとですか。",
   "ホテル代の件、まだ振り込まれとらんのやけど。",
   "何回も聞きよるけど、欠航の日のホテル代はいつ払われると？",
   "ホテル代の返金、今日こそ日付を教えてください。",
   "まだですか、ホテル代。前も聞いたっちゃけど。"],
  ["冷蔵庫の交換品、いつ届くんですか。",
   "交換の冷蔵庫、まだ来んのやけど。",
   "冷蔵庫の交換の件です。到着日をはっきり言ってください。",
   "前も聞きましたが、冷蔵庫の交換はいつですか。",
   "冷蔵庫まだ？交換品の発送日だけでも教えて。"],
  ["院長先生の予約、今週に入れてもらえませんか。",
   "院長の予約、やっぱり今週に取れませんか。",
   "今週中に院長先生に診てもらいたいと、前も言いましたよね。",
   "院長の今週の枠、空いてないかもう一回確認してください。",
   "今週院長で予約取れんと？"],
  ["延滞金を取り消してください。",
   "延滞金の取り消しの件、どうなりました？",
   "延滞金なくしてって前から言いよるやろ。",
   "何度も申し上げていますが、延滞金の取り消しをお願いします。",
   "延滞金、取り消しできんと？もう一回確認して。"],
 ],
 "en": [
  ["When will the refund for my cancelled tour be in my account?",
   "Still waiting on the tour refund. When exactly?",
   "I asked before, when is my tour refund coming?",
   "Tour refund. Date please. This is the third time I'm asking.",
   "any update on my tour refund??"],
  ["I want my installation moved to this Saturday.",
   "Can you move my installation to Saturday? I asked already.",
   "Again: installation, this Saturday, please.",
   "Saturday installation, did you change it yet?",
   "Is my installation on Saturday now or not?"],
  ["Please remove the late fee from my car tax.",
   "Following up again on removing the late fee.",
   "I already asked you to cancel the late fee. Did you?",
   "The late fee, please take it off. Same request as before.",
   "late fee still there. remove it pls"],
  ["I want an English-speaking dentist this week.",
   "Again asking for an English-speaking dentist this week.",
   "Do you have the English-speaking dentist for this week yet?",
   "Same request: English-speaking dentist, this week.",
   "english dentist this week?? still waiting"],
 ]}

OFFHOURS_PREFIX = {
 "ja": ["【至急】", "緊急です。", "至急お願いします！", "夜分にすみませんが急ぎです。", "休みの日でも関係なか、至急。", "至急！！", "緊急‼️"],
 "en": ["URGENT: ", "Urgent!! ", "Need this tonight. ", "Emergency, ", "It's Sunday but this is urgent. ", "URGENT pls reply "],
}

FLOOD_LINES = {
 "ja": ["まだ？", "返事して", "おーい", "見とる？", "はよ", "既読ついとるやろ", "？？？", "電話もしたっちゃけど", "返信まだですか", "まだかいな", "ねえ", "ちょっと"],
 "en": ["hello??", "still waiting", "answer me", "??", "anyone there", "reply", "helloooo", "i called too", "why no answer", "ok??", "hey"],
}

PROLONGED_FILL = {
 "ja": ["さっきも言ったけど、最初から説明するね。", "いや、そうじゃなくて。", "だから、なんでそうなるとか聞きよると。", "ちょっと待って、もう一回最初から。", "納得いかんけん、もう一回説明して。", "うーん、それはわかったけど。"],
 "en": ["Like I said, let me start from the beginning.", "No, that's not what I mean.", "Explain it again.", "Hold on, go back to the start.", "I still don't get why.", "Okay but again."],
}

AGENT = {
 "greet_ja": ["お電話ありがとうございます。{c}サポートセンター、{a}でございます。", "お待たせいたしました、{a}です。", "{c}お客様窓口の{a}が承ります。", "はい、{c}の{a}です。"],
 "greet_en": ["Thank you for calling {c}, this is {a}.", "Hello, {c} support, {a} speaking.", "Thanks for waiting, this is {a}."],
 "mid_ja": ["ご不便をおかけして申し訳ございません。", "確認いたしますので、少々お待ちください。", "担当部署に確認のうえ、折り返しご連絡いたします。", "恐れ入りますが、予約番号をお伺いできますか。", "ご要望は承りましたが、規定によりお応えいたしかねます。", "おっしゃることは理解いたしました。", "そのようなご要望にはお応えできかねます。"],
 "mid_en": ["I'm sorry for the inconvenience.", "Let me check that for you.", "I'll confirm with the team and call you back.", "Could I have your booking number, please?", "I understand, but I'm not able to do that under our policy.", "I hear you.", "I'm afraid we can't accommodate that request."],
 "reply_ja": ["お問い合わせありがとうございます。ご連絡の件、確認いたしました。", "ご不便をおかけし申し訳ございません。担当部署にて確認のうえ、改めてご連絡いたします。", "お手続きが完了しましたのでお知らせいたします。", "先日ご案内のとおり、規定の範囲で対応させていただきます。", "ご指摘ありがとうございます。今後の改善に努めてまいります。", "恐れ入りますが、ご要望にはお応えいたしかねます。何卒ご理解ください。"],
 "reply_en": ["Thank you for contacting us. We have checked your request.", "We apologize for the inconvenience. Our team will follow up shortly.", "Your request has been processed.", "As explained previously, we will handle this within our policy.", "Thank you for your feedback, we will use it to improve.", "We are unable to accommodate this request. Thank you for your understanding."],
 "cust_close_ja": ["わかりました。", "ありがとうございます。", "よろしくお願いします。", "はい。", "了解です。"],
 "cust_close_en": ["Okay, thanks.", "Got it.", "Alright.", "Thank you.", "ok"],
}

# ======================= generator =======================
import json, os, random, sys, hashlib
import datetime as dt

SEED = 20290401
R = random.Random(SEED)
JST = dt.timezone(dt.timedelta(hours=9))
START = dt.date(2029, 4, 1)
END = dt.date(2029, 6, 30)
HOLIDAYS = {"2029-04-29": "昭和の日", "2029-04-30": "振替休日", "2029-05-03": "憲法記念日",
            "2029-05-04": "みどりの日", "2029-05-05": "こどもの日"}
OPEN_T, CLOSE_T = dt.time(8, 30), dt.time(19, 0)
CONTENT = list(CODES.keys())
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL_CODES = CONTENT + STATEFUL

AGENTS = [("佐藤", "サトウ", "Sato"), ("古賀", "コガ", "Koga"), ("高橋", "タカハシ", "Takahashi"),
          ("田中", "タナカ", "Tanaka"), ("末次", "スエツグ", "Suetsugu"), ("渡辺", "ワタナベ", "Watanabe"),
          ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("松尾", "マツオ", "Matsuo"),
          ("江口", "エグチ", "Eguchi"), ("吉田", "ヨシダ", "Yoshida"), ("原", "ハラ", "Hara"),
          ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
          ("林", "ハヤシ", "Hayashi"), ("野田", "ノダ", "Noda"), ("山口", "ヤマグチ", "Yamaguchi"),
          ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("中島", "ナカシマ", "Nakashima"),
          ("阿部", "アベ", "Abe"), ("石橋", "イシバシ", "Ishibashi"), ("前田", "マエダ", "Maeda")]
AGENT_IDS = ["agt-%03d" % (i + 1) for i in range(len(AGENTS))]
CLIENT_KEYS = list(CLIENTS.keys())


def is_open_day(d):
    return d.weekday() != 6 and d.isoformat() not in HOLIDAYS


def in_hours(t_jst):
    return is_open_day(t_jst.date()) and OPEN_T <= t_jst.time() < CLOSE_T


DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]
OPEN_DAYS = [d for d in DAYS if is_open_day(d)]
CLOSED_DAYS = [d for d in DAYS if not is_open_day(d)]


def biz_time(day=None, lo=(8, 35), hi=(18, 40)):
    d = day or R.choice(OPEN_DAYS)
    a = lo[0] * 60 + lo[1]; b = hi[0] * 60 + hi[1]
    m = R.randint(a, b)
    return dt.datetime(d.year, d.month, d.day, m // 60, m % 60, R.randint(0, 59), tzinfo=JST)


def off_time(day=None):
    if day is None:
        if R.random() < 0.45:
            d = R.choice(CLOSED_DAYS); m = R.randint(7 * 60, 23 * 60 + 50)
        else:
            d = R.choice(OPEN_DAYS)
            m = R.choice([R.randint(19 * 60 + 20, 23 * 60 + 55), R.randint(0, 7 * 60 + 50)])
    else:
        d = day
        m = R.randint(7 * 60, 23 * 60) if not is_open_day(d) else R.choice([R.randint(19 * 60 + 20, 23 * 60 + 55), R.randint(60, 7 * 60 + 50)])
    t = dt.datetime(d.year, d.month, d.day, m // 60, m % 60, R.randint(0, 59), tzinfo=JST)
    assert not in_hours(t)
    return t


FW = {c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!?"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def staff_ref(lang, idx):
    ja, kana, en = AGENTS[idx]
    if lang == "ja":
        return R.choice([ja, ja, ja + "さん" if False else ja, kana, ja])
    return R.choice([en, en, "Ms. " + en, en + "-san", en.lower()])


def fill(s, lang, idx):
    if "{s}" not in s:
        return s
    name = staff_ref(lang, idx)
    return s.replace("{s}", name)


_cnt = [0]


def new_id():
    _cnt[0] += 1
    return "ev-" + hashlib.sha1(("%d-%d" % (SEED, _cnt[0])).encode()).hexdigest()[:16]


def fmt_ts(t, source):
    style = R.random()
    if source.startswith("pbx") or source == "visit-desk":
        kinds = ["jst", "jst", "jst", "z"]
    elif source == "mail-gw":
        kinds = ["z", "z", "jst", "utc0"]
    elif source == "chat-widget":
        kinds = ["jstms", "jstms", "zms"]
    elif source.startswith("sns"):
        kinds = ["zms", "z", "jst"]
    else:
        kinds = ["jst", "jst", "z", "utc0ms"]
    k = kinds[int(style * len(kinds))]
    u = t.astimezone(dt.timezone.utc)
    if k == "jst":
        return t.strftime("%Y-%m-%dT%H:%M:%S+09:00")
    if k == "jstms":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+09:00" % R.randint(0, 999)
    if k == "z":
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    if k == "zms":
        return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % R.randint(0, 999)
    if k == "utc0":
        return u.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+00:00" % R.randint(0, 999)


SPEAKERS = [("担当", "客", ": "), ("オペレーター", "お客様", "："), ("OP", "CU", ": "), ("【担当】", "【顧客】", ""),
            ("A", "C", ": "), ("Agent", "Customer", ": "), ("Agent", "Caller", ": "), ("[OP]", "[Caller]", " "),
            ("agent>", "cust>", " "), ("スタッフ", "発信者", "："), ("S", "K", ": ")]

SUBJ = {"ja": ["お問い合わせ", "ご相談", "{c}について", "確認のお願い", "予約の件", "【要確認】", "至急ではありません", "質問です", "苦情", "Re: お問い合わせ"],
        "en": ["Question", "Inquiry about {c}", "Booking", "Help please", "Complaint", "About my appointment", "Request", "hi"]}
FORM_SUBJ = {"ja": "お問い合わせフォーム：{c}", "en": "Contact form: {c}"}


class Cust:
    pass


def make_customers():
    n = 400
    profiles = ["normal"] * 280 + ["legit_complainer"] * 48 + ["harasser"] * 72
    custs = []
    for i in range(n):
        c = Cust()
        c.idx = i
        r = R.random()
        if r < 0.82:
            c.id = "cus-%05d" % (16000 + i)
        elif r < 0.92:
            c.id = "+8190%08d" % R.randint(0, 99999999)
        else:
            c.id = "u%05d@mail.example.jp" % R.randint(0, 99999)
        c.lang = "ja" if R.random() < 0.55 else "en"
        c.client = R.choice(CLIENT_KEYS)
        c.codes = []       # intended content codes
        c.state = []       # intended stateful patterns
        c.target = R.randrange(len(AGENTS))
        custs.append(c)
    R.shuffle(profiles)
    for c, p in zip(custs, profiles):
        c.profile = p
    har = [c for c in custs if c.profile == "harasser"]
    # 12 stateful-only (3 per stateful code), 60 with content codes
    for k, c in enumerate(har[:12]):
        c.state = [STATEFUL[k % 4]]
    content_h = har[12:]
    for k, c in enumerate(content_h):
        c.codes = [CONTENT[k % 11]]
        extra = R.choice([0, 0, 1, 1, 2])
        for _ in range(extra):
            x = R.choice(CONTENT)
            if x not in c.codes:
                c.codes.append(x)
    # stateful on top for some content harassers (5 each)
    pool = content_h[:]
    R.shuffle(pool)
    for k, c in enumerate(pool[:20]):
        c.state.append(STATEFUL[k % 4])
    return custs


EVENTS = []   # dicts with internal keys _t, _demand, _codes


def add_event(c, t, channel, direction, text, lang, agent=None, dur=None, subject=None, thread=None, source=None, codes=(), demand=None):
    lang_field = lang
    r = R.random()
    if r < 0.08:
        lang_field = None
    elif r < 0.12:
        lang_field = "en" if lang == "ja" else "ja"
    ev = {"event_id": new_id(), "occurred_at": None, "channel": channel, "direction": direction,
          "customer_id": c.id, "agent_id": agent}
    if channel in ("phone", "visit"):
        ev["duration_s"] = dur
    elif R.random() < 0.5:
        ev["duration_s"] = None
    if channel in ("email", "web_form") or R.random() < 0.4:
        ev["subject"] = subject
    ev["text"] = text
    ev["language"] = lang_field
    ev["thread_id"] = thread
    ev["source"] = source
    ev["occurred_at"] = fmt_ts(t, source)
    ev["_t"] = t; ev["_codes"] = list(codes) if direction == "inbound" else []
    ev["_demand"] = demand; ev["_cust"] = c
    EVENTS.append(ev)
    return ev


def cname(c, lang):
    return CLIENTS[c.client][lang]


def thread_id(kind):
    if kind == "email":
        return "th-" + "%010x" % R.getrandbits(40)
    if kind == "chat":
        return "chat-" + "%010x" % R.getrandbits(40)
    if kind == "web_form":
        return "TKT-%06d" % R.randint(100000, 999999)
    return None


def render(c, channel, lang, parts, agent_idx, mood="calm"):
    """parts: list of customer sentences (already filled). Returns text, subject."""
    an = AGENTS[agent_idx]
    cn = cname(c, lang)
    subject = None
    if channel == "phone" or channel == "visit":
        ag, cu, sep = R.choice(SPEAKERS)
        if lang == "en" and R.random() < 0.6:
            ag, cu, sep = R.choice([("Agent", "Customer", ": "), ("Agent", "Caller", ": "), ("A", "C", ": "), ("OP", "CU", ": ")])
        lines = []
        if channel == "phone" and R.random() < 0.8:
            g = R.choice(AGENT["greet_" + lang]).format(c=cn, a=an[0] if lang == "ja" else an[2])
            lines.append(ag + sep + g)
        elif channel == "visit":
            lines.append(("【窓口対応記録】" if lang == "ja" else "[Counter visit log]"))
        cur = []
        for i, p in enumerate(parts):
            cur.append(p)
            if i == len(parts) - 1 or R.random() < 0.6:
                lines.append(cu + sep + " ".join(cur) if lang == "en" else cu + sep + "".join(cur))
                cur = []
                if i < len(parts) - 1 or R.random() < 0.7:
                    lines.append(ag + sep + R.choice(AGENT["mid_" + lang]))
        if mood == "calm" and R.random() < 0.5:
            lines.append(cu + sep + R.choice(AGENT["cust_close_" + lang]))
        return "\n".join(lines), None
    joiner = " " if lang == "en" else ""
    body = joiner.join(parts)
    if channel == "email":
        subject = R.choice(SUBJ[lang]).format(c=cn)
        if lang == "ja":
            head = R.choice(["お世話になっております。", "お問い合わせです。", "", "突然のご連絡失礼いたします。", "{}様".format(cn)])
            tail = R.choice(["よろしくお願いいたします。", "以上です。", "", "ご確認ください。"])
        else:
            head = R.choice(["Hello,", "Hi,", "Dear {} team,".format(cn), "", "To whom it may concern,"])
            tail = R.choice(["Thanks.", "Regards,", "", "Best,"])
        sp = "\n\n" if R.random() < 0.7 else "\n"
        text = sp.join(x for x in [head, body, tail] if x)
        return text, subject
    if channel == "web_form":
        cat = {"ja": ["予約・変更", "払い戻し", "設置・修理", "納税", "その他"], "en": ["Booking", "Refund", "Installation", "Tax", "Other"]}[lang]
        subject = FORM_SUBJ[lang].format(c=R.choice(cat))
        return body, subject
    if channel == "sns":
        pre = R.choice(["", "", "@" + {"ferry": "genkai_line", "denki": "hakata_denki", "dental": "minato_dc", "travel": "tabimado_jp", "tax": "genyo_zei"}[c.client] + " "])
        return pre + body, None
    if channel == "chat":
        if len(parts) > 1 and R.random() < 0.5:
            return "\n".join(parts), None
        return body, None
    return body, None


SOURCES = {"phone": ["pbx-fukuoka", "pbx-fukuoka", "pbx-kitakyushu"], "email": ["mail-gw"], "chat": ["chat-widget"],
           "web_form": ["web-form"], "sns": ["sns-x", "sns-line"], "visit": ["visit-desk"]}


def pick_channel(weights=None):
    ch = ["phone", "email", "chat", "web_form", "sns", "visit"]
    w = weights or [30, 24, 20, 14, 9, 3]
    return R.choices(ch, w)[0]


def inbound(c, t, channel, parts, codes=(), demand=None, dur=None, mood="calm"):
    lang = c.lang
    agent_idx = R.randrange(len(AGENTS))
    text, subject = render(c, channel, lang, parts, agent_idx, mood)
    src = R.choice(SOURCES[channel])
    if dur is None and channel in ("phone", "visit"):
        dur = R.randint(90, 1200)
    agent = AGENT_IDS[agent_idx] if channel in ("phone", "visit") or R.random() < 0.6 else None
    thr = thread_id(channel)
    ev = add_event(c, t, channel, "inbound", text, lang, agent, dur, subject, thr, src, codes, demand)
    # outbound reply
    if channel in ("email", "web_form", "sns", "chat") and R.random() < 0.5:
        rt = t + dt.timedelta(minutes=R.randint(3, 60 * 20))
        tries = 0
        while not in_hours(rt) and tries < 60:
            rt += dt.timedelta(minutes=R.randint(20, 200)); tries += 1
        if rt.date() <= END:
            rtext = R.choice(AGENT["reply_" + lang])
            if channel == "chat":
                rtext = R.choice(AGENT["mid_" + lang]) if R.random() < 0.5 else rtext
                rt = t + dt.timedelta(seconds=R.randint(30, 400))
            osrc = "zendesk" if channel in ("email", "web_form") else src
            subj = ("Re: " + subject) if subject else None
            add_event(c, rt, channel, "outbound", rtext, lang, AGENT_IDS[R.randrange(len(AGENTS))], None, subj, thr, osrc)
    elif channel == "phone" and R.random() < 0.12:
        rt = biz_time(t.date()) if t.date() < END else None
        if rt and rt > t and is_open_day(rt.date()):
            ai = R.randrange(len(AGENTS))
            a = AGENTS[ai][0] if lang == "ja" else AGENTS[ai][2]
            txt = ("担当: {}の{}です。先ほどのお問い合わせの件で折り返しお電話いたしました。\n客: はい。".format(cname(c, lang), a)
                   if lang == "ja" else "Agent: Hi, this is {} from {}, calling you back about your earlier inquiry.\nCustomer: Oh, thanks.".format(a, cname(c, lang)))
            add_event(c, rt, "phone", "outbound", txt, lang, AGENT_IDS[ai], R.randint(60, 400), None, None, R.choice(SOURCES["phone"]))
    return ev


def q(c):
    return R.choice(QUESTIONS[c.client][c.lang])


def hardneg(c):
    return fill(R.choice(HARDNEG[c.lang]), c.lang, R.randrange(len(AGENTS)))


def gen_normal(c):
    n = R.choice([1, 1, 2, 2, 2, 3])
    days = R.sample(OPEN_DAYS, n)
    off_used = False
    for d in sorted(days):
        parts = [q(c)]
        if R.random() < 0.35:
            parts = [hardneg(c)] + parts if R.random() < 0.5 else parts + [hardneg(c)]
        ch = pick_channel()
        if not off_used and ch in ("email", "web_form", "sns") and R.random() < 0.2:
            t = off_time(); off_used = True
        else:
            t = biz_time(d)
        inbound(c, t, ch, parts, dur=R.randint(90, 1500) if ch in ("phone", "visit") else None)


def gen_legit(c):
    n = R.choice([2, 2, 3, 3, 4])
    d0 = R.choice(OPEN_DAYS[:-20])
    fair = R.choice(FAIR[c.client][c.lang])
    dem = "L%d" % c.idx
    t = biz_time(d0)
    off_used = False
    for k in range(n):
        if k == 0:
            parts = [fair]
            demand = dem
        elif k == 1 and R.random() < 0.7:
            parts = [R.choice(["先日の件、その後どうなりましたか。", "前回お問い合わせした件の確認です。"] if c.lang == "ja" else ["Following up on my earlier message.", "Any update on my previous request?"]), fair]
            demand = dem
        else:
            parts = [q(c)] if R.random() < 0.5 else [hardneg(c)]
            demand = None
        ch = pick_channel()
        if not off_used and ch in ("email", "web_form") and R.random() < 0.15:
            tt = off_time(); off_used = True
        else:
            tt = t
        inbound(c, tt, ch, parts, demand=demand, dur=R.randint(200, 2400) if ch in ("phone", "visit") else None, mood="angry")
        t = biz_time(R.choice([d for d in OPEN_DAYS if d > t.date()][:12] or [OPEN_DAYS[-1]]))


def harass_parts(c, codes, lang):
    g = R.choice(GRIEVANCES[c.client][lang])
    parts = [g]
    for code in codes:
        s = R.choice(CODES[code][lang])
        s = fill(s, lang, c.target)
        if lang == "ja" and R.random() < 0.08:
            s = fullwidth(s)
        if lang == "en" and R.random() < 0.1:
            s = s.upper() if R.random() < 0.5 else s.lower()
        parts.append(s)
    return parts


def gen_harasser(c):
    lang = c.lang
    # plan which events carry which codes
    plan = []
    codes = c.codes[:]
    R.shuffle(codes)
    for code in codes:
        plan.append([code])
    # extra harassing events reusing codes
    for _ in range(R.randint(0, 2) if codes else 0):
        plan.append([R.choice(codes)])
    for p in plan:
        if len(codes) > 1 and R.random() < 0.3:
            o = R.choice(codes)
            if o not in p:
                p.append(o)
    benign_n = R.randint(1, 2)
    d0 = R.choice(OPEN_DAYS[5:-25])
    idx_days = sorted(R.sample([d for d in OPEN_DAYS if d >= d0][:30], min(30, len(plan) + benign_n)))
    seq = [None] * benign_n + plan
    # first contact benign (the grievance), then escalation
    for d, p in zip(idx_days, seq):
        ch = pick_channel()
        t = biz_time(d)
        if p is None:
            inbound(c, t, ch, [R.choice(GRIEVANCES[c.client][lang])], dur=R.randint(200, 1500) if ch in ("phone", "visit") else None, mood="angry")
        else:
            inbound(c, t, ch, harass_parts(c, p, lang), codes=p, dur=R.randint(300, 2400) if ch in ("phone", "visit") else None, mood="angry")
    last = idx_days[-1]
    for s in c.state:
        if s == "repetition":
            grp = R.choice(REPEAT[lang])
            k = R.randint(4, 6)
            d1 = R.choice([d for d in OPEN_DAYS if d > d0][:20])
            ds = [d for d in OPEN_DAYS if d >= d1][:9]
            ds = sorted(R.sample(ds, k))
            for j, d in enumerate(ds):
                ch = pick_channel([35, 25, 20, 15, 5, 0])
                inbound(c, biz_time(d), ch, [grp[j % len(grp)]], demand="R%d" % c.idx, dur=R.randint(120, 900) if ch == "phone" else None, mood="angry")
        elif s == "off_hours_contact":
            k = R.randint(4, 6)
            cand = [d for d in DAYS if d > d0][:28]
            ds = sorted(R.sample(cand, k))
            for d in ds:
                ch = pick_channel([25, 30, 20, 10, 15, 0])
                parts = [R.choice(OFFHOURS_PREFIX[lang]) + (q(c) if R.random() < 0.6 else R.choice(GRIEVANCES[c.client][lang]))]
                inbound(c, off_time(d), ch, parts, dur=R.randint(120, 900) if ch == "phone" else None, mood="angry")
        elif s == "contact_flood":
            for _ in range(R.choice([1, 1, 2])):
                d = R.choice([x for x in OPEN_DAYS if x > d0][:25])
                t = biz_time(d, hi=(17, 30))
                k = R.randint(7, 11)
                first = True
                for j in range(k):
                    ch = R.choice(["chat", "chat", "sns", "phone", "email"]) if not first else R.choice(["chat", "phone"])
                    if first:
                        parts = [R.choice(GRIEVANCES[c.client][lang])]
                        first = False
                    else:
                        parts = [R.choice(FLOOD_LINES[lang])]
                        if R.random() < 0.3:
                            parts.append(R.choice(FLOOD_LINES[lang]))
                    inbound(c, t, ch, parts, dur=R.randint(20, 120) if ch == "phone" else None, mood="angry")
                    t += dt.timedelta(seconds=R.randint(60, 330))
        elif s == "prolonged_contact":
            for _ in range(R.choice([1, 2])):
                d = R.choice([x for x in OPEN_DAYS if x > d0][:25])
                ch = "phone" if R.random() < 0.75 else "visit"
                t = biz_time(d, hi=(15, 0))
                parts = [R.choice(GRIEVANCES[c.client][lang])]
                for _ in range(R.randint(4, 8)):
                    parts.append(R.choice(PROLONGED_FILL[lang]))
                inbound(c, t, ch, parts, dur=R.randint(3900, 10800), mood="angry")


# ---------------------- stateful rules ----------------------
RULES = {
    "repetition": "same demand (generator demand key; paraphrased text) raised in >= 4 inbound contacts (first contact + >= 3 repeats) within 14 days",
    "off_hours_contact": "inbound contacts outside support hours (Mon-Sat 08:30-19:00 Asia/Tokyo, closed Sundays and holidays) on >= 3 distinct JST dates within any 30-day window",
    "contact_flood": ">= 6 inbound contacts (any channel) within any 60-minute window",
    "prolonged_contact": "a single inbound phone call or visit >= 3600 s, or cumulative inbound phone+visit duration >= 5400 s on one JST date",
}


def compute_stateful(evs):
    out = {}
    by = {}
    for e in evs:
        if e["direction"] == "inbound":
            by.setdefault(e["customer_id"], []).append(e)
    for cid, es in by.items():
        es.sort(key=lambda e: e["_t"])
        got = set()
        dem = {}
        for e in es:
            if e["_demand"]:
                dem.setdefault(e["_demand"], []).append(e["_t"])
        for ts in dem.values():
            for i in range(len(ts)):
                if sum(1 for x in ts[i:] if x - ts[i] <= dt.timedelta(days=14)) >= 4:
                    got.add("repetition")
        offd = sorted({e["_t"].astimezone(JST).date() for e in es if not in_hours(e["_t"].astimezone(JST))})
        for i in range(len(offd)):
            if sum(1 for x in offd[i:] if (x - offd[i]).days < 30) >= 3:
                got.add("off_hours_contact")
        ts = [e["_t"] for e in es]
        for i in range(len(ts)):
            if sum(1 for x in ts[i:] if x - ts[i] <= dt.timedelta(minutes=60)) >= 6:
                got.add("contact_flood")
        daily = {}
        for e in es:
            if e["channel"] in ("phone", "visit") and e.get("duration_s"):
                if e["duration_s"] >= 3600:
                    got.add("prolonged_contact")
                dd = e["_t"].astimezone(JST).date()
                daily[dd] = daily.get(dd, 0) + e["duration_s"]
        if any(v >= 5400 for v in daily.values()):
            got.add("prolonged_contact")
        out[cid] = got
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "out"
    os.makedirs(outdir, exist_ok=True)
    custs = make_customers()
    for c in custs:
        if c.profile == "normal":
            gen_normal(c)
        elif c.profile == "legit_complainer":
            gen_legit(c)
        else:
            gen_harasser(c)
    EVENTS.sort(key=lambda e: (e["_t"].astimezone(dt.timezone.utc), e["event_id"]))
    st = compute_stateful(EVENTS)
    cust_labels = {}
    content_by_c = {}
    for e in EVENTS:
        for code in e["_codes"]:
            content_by_c.setdefault(e["customer_id"], set()).add(code)
    for c in custs:
        beh = content_by_c.get(c.id, set()) | st.get(c.id, set())
        if c.profile != "harasser":
            assert not beh, (c.id, c.profile, beh)
        else:
            assert beh, c.id
            assert set(c.codes) | set(c.state) <= beh, (c.id, c.codes, c.state, beh)
        cust_labels[c.id] = {"profile": c.profile, "behaviors": [x for x in ALL_CODES if x in beh]}
    ev_labels = {e["event_id"]: [x for x in CONTENT if x in e["_codes"]] for e in EVENTS}
    cpc = {code: sum(1 for v in cust_labels.values() if code in v["behaviors"]) for code in ALL_CODES}
    epc = {code: sum(1 for v in ev_labels.values() if code in v) for code in CONTENT}
    prof = {p: sum(1 for v in cust_labels.values() if v["profile"] == p) for p in ("normal", "legit_complainer", "harasser")}
    inb = [e for e in EVENTS if e["direction"] == "inbound"]
    meta = {
        "seed": SEED, "customers": len(custs), "start": START.isoformat(), "end": END.isoformat(),
        "setting": "Fukuoka contact centre (outsourced) serving five fictional clients: " + ", ".join("%s / %s" % (v["ja"], v["en"]) for v in CLIENTS.values()),
        "counts": {"events": len(EVENTS), "inbound": len(inb), "outbound": len(EVENTS) - len(inb),
                   "events_with_content_label": sum(1 for v in ev_labels.values() if v),
                   "profiles": prof, "customers_per_code": cpc, "events_per_content_code": epc,
                   "channels": {ch: sum(1 for e in EVENTS if e["channel"] == ch) for ch in ["phone", "email", "chat", "web_form", "sns", "visit"]},
                   "languages_true": {l: sum(1 for c in custs if c.lang == l) for l in ("ja", "en")}},
        "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Sat", "hours": "08:30-19:00",
                     "closed": "Sundays and Japanese public holidays",
                     "holidays_in_range": HOLIDAYS,
                     "closed_days_in_range": [d.isoformat() for d in CLOSED_DAYS]},
        "stateful_rules": RULES,
        "labelling": "events: content codes of the hand-written sentences inserted into that inbound event (outbound always []); customers.behaviors: union of content codes and stateful codes computed from the generated events with stateful_rules",
        "agents": {AGENT_IDS[i]: {"ja": a[0], "kana": a[1], "en": a[2]} for i, a in enumerate(AGENTS)},
    }
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8") as f:
        for e in EVENTS:
            d = {k: v for k, v in e.items() if not k.startswith("_")}
            f.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": ev_labels, "customers": cust_labels, "meta": meta}, f, ensure_ascii=False, indent=1)
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    main()
