#!/usr/bin/env python3
"""Blind labelled event stream no. 7 (2026 Q4, eight businesses).

usage: python3 gen.py OUTDIR   ->  OUTDIR/events.jsonl, OUTDIR/labels.json

Standard library only; deterministic (random.Random(7171)).
"""
import datetime as dt
import json
import os
import random
import sys

SEED = 7171
R = random.Random(SEED)
JST = dt.timezone(dt.timedelta(hours=9))
START = dt.date(2026, 10, 1)
END = dt.date(2026, 12, 31)
HOLIDAYS = [dt.date(2026, 10, 12), dt.date(2026, 11, 3), dt.date(2026, 11, 23),
            dt.date(2026, 12, 29), dt.date(2026, 12, 30), dt.date(2026, 12, 31)]

CODES = {
    "ex": "excessive_demand", "ap": "apology_demand", "ip": "in_person_demand",
    "vi": "violence_threat", "ab": "abusive_language", "le": "legal_threat",
    "od": "online_defamation_threat", "sx": "sexual_harassment",
    "pr": "privacy_intrusion", "sn": "staff_naming", "pl": "pressure_language",
}
CONTENT = list(CODES.values())
STATEFUL = {"rep": "repetition", "off": "off_hours_contact",
            "flood": "contact_flood", "long": "prolonged_contact"}
ALL_CODES = CONTENT + list(STATEFUL.values())

BUSINESSES = ["mobile_shop", "fitness_club", "car_dealer", "online_game",
              "pharmacy", "rental_property", "cram_school", "hospital_billing"]

# agent roster: id -> (ja, en); harasser/normal texts name some of them
AGENTS = {}
_NAMES = [("比嘉", "Higa"), ("宮城", "Miyagi"), ("大城", "Oshiro"), ("坂口", "Sakaguchi"),
          ("浜田", "Hamada"), ("野口", "Noguchi"), ("川村", "Kawamura"), ("上田", "Ueda"),
          ("松井", "Matsui"), ("三浦", "Miura"), ("桑原", "Kuwabara"), ("西村", "Nishimura"),
          ("岩崎", "Iwasaki"), ("原田", "Harada"), ("杉本", "Sugimoto"), ("今井", "Imai"),
          ("千葉", "Chiba"), ("菅原", "Sugawara"), ("久保", "Kubo"), ("内田", "Uchida"),
          ("平野", "Hirano"), ("北村", "Kitamura"), ("堀", "Hori"), ("福田", "Fukuda"),
          ("安藤", "Ando"), ("丸山", "Maruyama"), ("永井", "Nagai"), ("関", "Seki"),
          ("大野", "Ono"), ("吉川", "Yoshikawa")]
for _i, (_ja, _en) in enumerate(_NAMES):
    AGENTS["agt-%03d" % (701 + _i)] = {"ja": _ja, "en": _en}
NAME2AGT = {}
for _k, _v in AGENTS.items():
    NAME2AGT[_v["ja"]] = _k
    NAME2AGT[_v["en"]] = _k

# --------------------------------------------------------------------------------------
# Harassers. Each message: (codes, channel, text). channel: p phone, e email, c chat,
# w web form, v visit. "||" separates customer turns in phone/visit transcripts.
# st: stateful behaviours this customer is built to exhibit (rep/off/flood/long).
# Every harassing sentence is written for this one customer only.
# --------------------------------------------------------------------------------------
H = []


def h(lang, biz, style, st, staff, msgs, nudges=None):
    H.append(dict(lang=lang, biz=biz, style=style, st=st, staff=staff, msgs=msgs,
                  nudges=nudges or []))


h("ja", "mobile_shop", "沖縄方言", ["rep"], None, [
    ("ex", "p", "あのさー、水没したスマホ、タダで新品に替えてくれんかね？||保証の対象外とか、そんなの知らんさー。お宅で買ったんだから、新しいのよこすのが当たり前やっさー。"),
    ("ex", "c", "昨日も言ったけどよ、新品の本体を無料で出してくれって話さ。なんでできんわけ？"),
    ("ap", "p", "あんたらの説明が足りんかったんだから、謝罪文を一筆書いて送ってよ。ハンコも押してね。"),
    ("ex", "w", "新しい機種に無償で取り替えること。それ以外の返事はいらんよ。お金は一円も払わんからね。"),
    ("ex", "e", "まだ返事ないさ。とにかく新品と交換、費用はぜんぶそっち持ち。何回同じこと言わせるわけ。"),
    ("", "c", "あと、機種変更の予約って電話でもできるの？"),
])
h("ja", "car_dealer", "土佐弁", ["long"], None, [
    ("ab", "v", "おまん、何べん言うたらわかるがぞ。||車検から戻ってきたらドアに傷がついちゅう。||おまんみたいな半人前に触らせたのが間違いやった。頭に何が詰まっちゅうがか。"),
    ("vi", "p", "もうえい、店におる若いの、表に出てこいや。||ぶん殴っちゃるき覚悟しちょけ。||冗談で言いゆうがやないぞ。"),
    ("ab", "v", "ここで座って待たせてもらうきに。||おまんら揃いも揃って能無しばっかりや。||閉店まで帰らんぜよ。"),
    ("vi", "p", "夜道は気ぃつけや。どこで何があっても知らんきね。"),
    ("", "p", "オイル交換の予約を土曜に入れたいがですけど、空いちゅうかね。"),
])
h("ja", "rental_property", "北海道弁", ["off"], "宮城", [
    ("ip", "p", "なんもさ、夜中に悪いけど、お湯はもう出たわ。||したけど説明が気に食わんから、担当が今から部屋まで来て、直接説明しなさいって。"),
    ("pr", "e", "担当の宮城さん、なんぼ電話しても出ないっしょ。あの人の携帯番号教えてくれないかい。個人のでいいから。"),
    ("pr", "c", "宮城さんって何時に仕事終わるの？帰り道で待ってたら話できるっしょ。"),
    ("ip", "w", "緊急。明日の朝イチで、支店長と担当の二人で俺の部屋に来ること。顔見て話さないと納得できないしょ。"),
    ("", "c", "至急返事ちょうだい。こっちは寝れないんだわ。"),
    ("pr", "w", "宮城さんの住んでるとこ、この辺なんでしょ？今度見かけたら後ついてって声かけるわ。"),
])
h("ja", "fitness_club", "鹿児島弁", [], "今井", [
    ("sx", "v", "おはんが新しか受付の子け？よか体しちょっが、今度二人で飲みに行こかい。"),
    ("sn", "c", "インストラクターの今井さんば、おいの専属にしてくいやい。今井さん以外はだめじゃっど。"),
    ("pr", "w", "今井さんのLINE教えっくれんか。個人的に連絡取りたかとよ。"),
    ("sx,pr", "v", "今井さんのスパッツ姿、たまらんど。||こっそり写真撮らせてもろたで、後で見せっやる。"),
    ("pr", "c", "今井さんはいつシフト入っちょっと？全部教えてくいやい。"),
])
h("ja", "hospital_billing", "慇懃無礼なビジネスメール", ["off"], None, [
    ("pl", "e", "平素より大変お世話になっております。\n先般ご請求いただきました入院費の明細につき拝見いたしましたところ、納得いたしかねる点が多々ございます。\n本件により弊方は多大な損害を被っており、業務にも致命的な支障が生じておりますことを、まずはご承知おきくださいますようお願い申し上げます。"),
    ("ap", "e", "重ねて恐縮ではございますが、貴院事務長様より、書面にて正式な謝罪文を頂戴したく存じます。署名捺印のうえご郵送いただけますと幸甚に存じます。"),
    ("le", "e", "ご回答をいただけない場合、誠に遺憾ながら、然るべき筋に相談のうえ出るところに出させていただく所存でございます。"),
    ("le", "e", "なお、厚生局への申し立ても既に準備を進めておりますので、その旨お含みおきいただければ幸いでございます。"),
    ("", "e", "深夜のご連絡失礼いたします。前回のメールへのご返信がいまだ頂戴できておりませんが、いかがなりましたでしょうか。至急ご確認ください。"),
])
h("ja", "online_game", "ネットスラング", ["flood"], None, [
    ("ex", "c", "ガチャ100連して最高レア0とかマジ草も生えん。石全部返せ。あと詫び石10万個な"),
    ("ab", "c", "運営ガチ無能すぎｗｗｗ お前ら脳みそ入ってんの？"),
    ("od", "c", "対応しないなら5chとXで晒すわ。スクショ全部あるからな。炎上確定乙"),
    ("ab", "c", "サポ担、ゴミカスしかおらんのかｗ"),
    ("od", "c", "石返すまでレビュー★1爆撃するようフォロワーに呼びかけとくわ"),
], ["おい", "はよ", "既読スルー？", "返事まだ？", "？？？", "おーい運営さーん", "まだ？", "ねえ"])
h("ja", "pharmacy", "句読点なしの書き起こし", ["long"], None, [
    ("ex", "p", "あのねこの前もらった薬飲んだら胃がムカムカしたのよだからね今まで買った分全部お金返してもらって慰謝料も五十万くらい払ってもらわないと割に合わないと思うんですよ"),
    ("pl", "p", "ほんとにこっちは仕事にならないわけもう生活めちゃくちゃよこれは致命的な問題だって分かってるの今すぐ何とかしなさいよ"),
    ("vi", "p", "そっちの薬剤師さんねあんまりふざけた態度取ってるとね店に火つけてやろうかって気分になるのよ本気でね"),
    ("ex", "p", "それとね送料も薬代も全部タダで毎月郵送してほしいのよそれくらいしてくれて当然でしょ"),
    ("", "p", "えっとあと保険証の住所変わったんだけどどうしたらいいの"),
])
h("ja", "cram_school", "長い善良な文面の途中", [], "杉本", [
    ("ab", "e", "いつもお世話になっております。中2の息子の保護者です。\n先日の三者面談ではありがとうございました。夏期講習の成果もあって、数学の点数が少し上がってきたようで、本人も喜んでおります。\nさて、英語担当の杉本先生についてですが、正直申し上げて教える資格のない無能な方だと思っております。あんな人に大事な息子を任せていたのかと思うと情けないです。\nところで、冬期講習の日程表はいつ頃配布されますでしょうか。部活の遠征と重なりそうなので、早めに知りたいです。"),
    ("sn", "e", "お世話になっております。\n模試の申込書は提出済みです。受験料は振込で大丈夫でしょうか。\n話は変わりますが、杉本先生を来月までに辞めさせてください。教室長の判断を待つつもりはありません。\n寒くなってきましたので、先生方もご自愛ください。"),
    ("ip", "e", "先日はお電話ありがとうございました。\n教室長と担当講師のお二人で、今週中に我が家へ説明に来ていただけますか。玄関先ではなく、きちんと上がって話を聞いていただきます。\nそれと、自習室の利用時間が延びたと聞きました。とても助かります。"),
    ("sn", "w", "杉本先生の担当クラスから息子を外し、今後一切杉本先生を息子に近づけないこと。"),
])
h("ja", "mobile_shop", "標準・くだけた", ["rep"], None, [
    ("ex", "p", "解約金、払う気ないんで。ゼロにしてください。||あと迷惑料として三か月分の基本料もタダにして。"),
    ("ex,le", "c", "だから、違約金なしで解約させてって言ってるの。それが無理なら弁護士立てて訴えるから。"),
    ("ex,le", "e", "解約手数料の免除、まだですか。免除しないなら損害賠償請求の準備に入ります。"),
    ("ex", "w", "解約にかかる費用を全額そちら負担にしてください。これは何度もお願いしていることです。"),
    ("ex", "p", "もう一回言いますね。解約金は払いません。そっちで持ってください。"),
])
h("ja", "car_dealer", "関西弁", ["off"], None, [
    ("ap", "p", "夜分すまんな。せやけど緊急や。納車遅れた件、営業担当に土下座させろや。それで水に流したるわ。"),
    ("ip", "w", "至急。支店長がうちまで来て、家族の前で説明せえ。電話で済ませる話ちゃうで。"),
    ("ap", "c", "謝罪の手紙、社長の名前で書いて送ってこい。ハンコもちゃんと押してな。"),
    ("ip", "p", "休みやからって知らんぷりか？||明日の朝、営業所やなくてうちの家に来てもらうで。"),
    ("", "e", "緊急で確認してほしいことがあるんやけど、代車の保険ってどうなってるん？"),
])
h("ja", "pharmacy", "上品な高齢者の脅し", [], "北村", [
    ("pr", "v", "あなた、毎朝何時のバスで来てるの？||わたし、同じバス停使ってるから。"),
    ("pr", "p", "薬剤師の北村さんのお宅、この近くでしょう。住所を教えていただけないかしら。お礼の品を届けたいの。"),
    ("vi", "v", "あんまり私を怒らせない方がいいわよ。杖で一発やられたくなかったらね、ほほほ。"),
    ("pr", "w", "北村さんのお写真、この前こっそり撮らせてもらいました。よく撮れてますよ。"),
    ("vi", "p", "次に薬を間違えたら、ただじゃ済まないからね。覚えておきなさい。"),
])
h("ja", "rental_property", "慇懃無礼なビジネスメール", ["rep"], None, [
    ("ex", "e", "拝啓 時下ますますご清栄のこととお慶び申し上げます。\n隣室の騒音につきまして、貴社の管理不行き届きと判断いたしますので、向こう半年分の家賃を全額免除していただきたく、ここにお願い申し上げます。\n敬具"),
    ("ex,le", "e", "先日お送りした件、改めて申し上げます。半年間の賃料免除をご承諾くださいますよう、何卒よろしくお願い申し上げます。ご承諾いただけない場合は、顧問弁護士を通じて法的手続きに移行させていただきます。"),
    ("ex", "w", "賃料半年分の免除について、ご検討状況をお知らせください。併せて引越し費用全額のご負担もお願いいたします。"),
    ("ex,od", "e", "再三のお願いで恐縮ですが、家賃免除の件でございます。誠意あるご回答がない場合は、貴社の対応の一部始終を不動産口コミサイトに詳細に書き込ませていただきますので、悪しからずご了承ください。"),
    ("ex", "p", "家賃の免除、何度もお願いしていますよね。半年分です。お返事をいただけますか。"),
])
h("ja", "cram_school", "ネットスラング（生徒）", [], "千葉", [
    ("sx", "c", "千葉せんせーまじ推せる。今度デートしよーって伝えといてｗ 彼氏いるかも聞いといて"),
    ("pr", "c", "千葉先生のインスタ垢おしえて。裏垢でもいいよ"),
    ("sn", "w", "千葉先生の担当じゃないなら辞めます。千葉先生以外ありえん。千葉先生出して"),
    ("sx", "c", "先生の下着の色なにかなーってみんなで話してたｗ"),
    ("od", "c", "この塾の黒歴史まとめてTikTokで拡散しよっかなｗ 嫌なら言うこと聞いてね"),
])
h("ja", "hospital_billing", "話者ラベルなしの電話", ["long", "flood"], None, [
    ("ab", "p", "だからさぁ、その説明じゃ分かんないって言ってるの。||あんたじゃ話にならない。頭悪いんじゃないの？||謝れば済むと思ってんの、この給料泥棒。"),
    ("pl", "p", "こっちは明細のせいで何日も仕事にならないんだよ。||どうしてくれるの、多大な損害なんだけど。||今すぐ計算し直せ。"),
    ("ab", "p", "お前みたいなポンコツ事務員、さっさと辞めちまえよ。"),
], ["もしもし、さっきの件まだ？", "また切れたんだけど。", "責任者まだ？", "もしもし？聞こえてる？", "折り返しまだ来ないんだけど。", "さっきの人に代わって。", "もしもし。"])
h("ja", "fitness_club", "沖縄方言", ["off"], None, [
    ("ex", "w", "ジム休会中の会費、全部返してよ。休会は自分の都合だけど、そっちの案内が分かりにくかったのが悪いさー。"),
    ("ex", "c", "あと、パーソナル10回分、タダで付けてね。迷惑かけたお詫びってことでさ。"),
    ("ap", "e", "至急。受付の人の態度が悪かったから、店長から詫び状を出してほしいわけよ。手書きでね。"),
    ("", "c", "返事遅いさー。緊急って書いたでしょ。"),
    ("ap", "w", "マネージャーが一言謝るのが筋だと思うけどね。電話じゃなくて手紙で謝罪文送ってちょうだい。"),
    ("", "c", "夜遅くごめんけど、シャワー室って何時まで使えるわけ？"),
])
h("ja", "online_game", "土佐弁", [], None, [
    ("vi", "c", "アカウント凍結とかなんちゃあ聞いてないぜよ。運営の事務所、どこにあるがか。乗り込んで全部叩き壊しちゃる。"),
    ("od", "e", "こんな詐欺ゲーム、ようけの人に知らせちゃらんといかん。動画にしてYouTubeで晒しちゃるきな。"),
    ("od", "w", "担当者の名前出しちょいて、ネットに実名ごと書き込んじゃろか。"),
    ("vi", "c", "次会うたら、ただでは帰さんきね。"),
    ("", "c", "凍結の理由をちゃんと教えてほしいがやけど。"),
])
h("ja", "mobile_shop", "北海道弁", ["rep"], "坂口", [
    ("sn", "p", "坂口って店員いるっしょ。あいつ出して。ほかの人じゃダメだわ。"),
    ("ab", "c", "坂口さん、あんなトロくさくて頭の回らない人、よく雇ってるね。"),
    ("ip", "p", "だから、うちまで来て、スマホの設定をやり直してけれって言ってるんだわ。"),
    ("ip", "w", "自宅訪問での設定対応を希望します。店に行く気はないので、そちらから来てください。"),
    ("ip", "e", "何回も言ってるけど、家に来てちょうだい。来るまで電話し続けるから。"),
    ("ip", "c", "まだ来ないのかい。玄関で待ってるから、今週中に顔出してくれや。"),
    ("sn", "p", "うちに来るのは毎回坂口さんにして。坂口さん指名だから、ほかの人よこさないで。"),
])
h("ja", "car_dealer", "鹿児島弁", ["long"], None, [
    ("ex", "v", "こん車、買うてまだ半年じゃっど。||エンジンの音がちっと気になっだけじゃっどん、新車と交換してくいやい。||代金はそっち持ちで、諸費用も全部じゃ。"),
    ("pl", "p", "おいは毎日仕事にならんとよ。||こんた取り返しのつかん大損害じゃ。||早よせんか、今すぐ動け。"),
    ("le", "v", "ちゃんとせんなら、国土交通省と消費者庁に全部ぶちまけて、おたくの看板おろさせっど。"),
    ("le", "p", "裁判所で白黒つけもんそ。弁護士にはもう話しちょっでな。"),
    ("ex", "v", "ついでに冬タイヤ四本、サービスで付けてくいやい。当然じゃろ。"),
])
h("ja", "pharmacy", "Webフォーム", ["flood"], None, [
    ("sx", "w", "レジのお姉さん、胸元ばっかり見ちゃうんだよね。制服もう少し短くしたら客増えるよ。"),
    ("ab", "w", "この店の店員、どいつもこいつも愛想のないブスばっかり。"),
    ("sx", "w", "若い女の薬剤師さんに、夜に個人的に相談に乗ってほしいな。ホテルのラウンジとかでどう？"),
    ("", "w", "サプリの在庫あります？前回買ったやつ。"),
    ("ab", "w", "お前らみたいな低能に薬扱わせてる国が悪い。"),
], ["返信まだですか", "見てますか", "送信できてる？", "もう一回送ります", "確認して", "おーい", "届いてる？"])
h("ja", "rental_property", "チャット連投", ["flood", "off"], None, [
    ("pl", "c", "エアコン壊れてるんですけど、今すぐ対応しろって言ってるんです。"),
    ("pl", "c", "このままだと致命的。こっちは在宅勤務で、完全に仕事にならない。"),
    ("ex", "c", "修理が終わるまでのホテル代と食事代、全部そちら持ちで用意して。"),
    ("ex", "c", "あと、お詫びに来月の家賃タダにして。"),
    ("", "c", "業者さんって何時ごろ来ますか。"),
], ["まだ？", "見てる？", "返事", "おーい", "いつ来るの", "既読ついてる？", "無視？", "早く"])
h("ja", "hospital_billing", "来院（窓口）", ["long"], None, [
    ("ip", "v", "会計の責任者をここに呼んでこい。顔見て話すまで動かん。||院長も連れてこい、直接話をさせろ。"),
    ("ap", "v", "待合室のど真ん中で土下座しろ。みんなの前でな。"),
    ("vi", "v", "次にまたこんな請求書よこしたら、窓口のガラス叩き割るぞ。"),
    ("", "p", "明日もまた行くからな。朝から晩までそこにおるぞ。"),
    ("ip", "p", "明日、院長が俺の家まで説明しに来い。"),
])
h("ja", "fitness_club", "長い善良なメールの途中", ["off"], "丸山", [
    ("pr", "e", "夜分に失礼します。いつも楽しく通わせてもらっています。ヨガのクラスは本当に気持ちよくて、仕事のストレスが吹き飛びます。\nところで、トレーナーの丸山さん、どちらにお住まいなんでしょう。最寄り駅だけでも教えてもらえたら嬉しいです。\n来月から朝のクラスにも参加したいと思っていますので、スケジュールをお知らせください。"),
    ("pr", "e", "こんばんは。先日はありがとうございました。\n丸山さん、先週の土曜に駅前のカフェにいましたよね。声はかけずに、ずっと見てました。\nロッカーの鍵の調子が悪いので、見ていただけると助かります。"),
    ("sn", "c", "丸山さんのクラス以外は一切受けません。丸山さんを私の担当から絶対に外さないでください。"),
    ("sn", "w", "緊急：今日中に丸山さん本人から連絡をください。ほかのスタッフからの連絡はお断りです。"),
    ("", "e", "夜遅くにすみません。来月の休館日を教えてください。"),
])
# ---------------------------- English ----------------------------
h("en", "mobile_shop", "learner English", ["rep"], None, [
    ("ex", "c", "Hello, my phone screen is crack when I drop it. You must give me new phone with no money, because your shop sell me weak phone."),
    ("ex", "e", "I say again: please to exchange for brand new phone free. I not pay any money for this."),
    ("ap", "w", "Also your staff must write me the letter of sorry with signature of the shop boss."),
    ("ex", "p", "Why you not give new phone yet?||Free new phone, I am asking many times."),
    ("ex", "c", "Today again I ask — new phone, zero yen. This is my request until you do."),
    ("", "c", "Is there English manual for the router?"),
])
h("en", "fitness_club", "Scottish", ["flood"], None, [
    ("ab", "c", "Ye absolute numpty, ye've charged ma card twice an' ye cannae even say sorry right."),
    ("ab", "c", "Yer manager's a glaikit wee bawbag, so he is."),
    ("vi", "c", "Keep it up an' ah'll come doon there an' batter the lot o' ye."),
    ("vi", "c", "See that trainer wi' the man-bun? Ah'll burst his face if he looks at me like that again."),
], ["hello??", "answer me", "still waitin", "?", "oi", "are ye there", "anybody?", "hullo"])
h("en", "car_dealer", "US Southern", ["long"], None, [
    ("pl", "p", "Now listen here, darlin', I been without my truck for nine days.||This is costin' me a fortune, y'all are ruinin' my whole business, fix it right this minute."),
    ("ip", "v", "I want your general manager to drive out to my ranch tomorrow mornin' and look me in the eye, not some phone call."),
    ("le", "p", "My cousin's a big-shot attorney in Houston and I reckon we'll see y'all in court.||I'll be suin' for every last penny."),
    ("le", "v", "Bless your heart, you ain't gonna stall me. I'll report this dealership to the state attorney general till they yank y'all's license."),
    ("ip", "p", "You send that service manager out to my place, not tomorrow, today."),
])
h("en", "online_game", "gamer slang", ["flood", "off"], None, [
    ("ex", "c", "yo devs this patch is straight trash, nerfed my main into the ground. refund every cent I ever spent + 50k gems as comp or im out"),
    ("ab", "c", "ur support team are braindead bots lmao, absolute clowns, uninstall urselves"),
    ("od", "c", "gonna clip this convo and post it to my 40k twitch followers, watch ur ratings tank to 1 star gg ez"),
    ("ex", "c", "not asking, telling. legendary skin bundle for free on my acct, today"),
    ("ab", "c", "mods r literal garbage humans ngl"),
], ["hello?", "??", "bro", "respond", "yo", "u there", "waiting", "hellooo"])
h("en", "rental_property", "corporate passive-aggressive email", ["rep"], None, [
    ("ex", "e", "Per my last email, I am requesting that three months' rent be waived in full in light of the lift outage. Please action this at your earliest convenience."),
    ("ex,ap", "e", "Just circling back on the rent waiver — three months, as previously discussed. I will also need a formal written apology signed by your director for my file."),
    ("ex,le", "w", "Following up (again) regarding waiving Q4 rent. Failing a positive response, my solicitors will be instructed to commence proceedings for damages."),
    ("ex", "e", "Gentle reminder that the rent-free quarter remains outstanding. I trust I won't have to ask a fifth time."),
    ("ex", "e", "Re: the waiver. To be perfectly clear, I expect October to December rent cancelled. Thanks in advance."),
])
h("en", "hospital_billing", "dictation without punctuation", ["long"], "Harada", [
    ("pl", "p", "yeah so this bill is a complete disaster its catastrophic for me I cant work I cant sleep you people have caused enormous damage and I need this fixed right now not tomorrow right now"),
    ("sn", "p", "put Harada on the phone I want Harada only nobody else you hear me get Harada"),
    ("ab", "p", "honestly you are the most useless incompetent person I have ever spoken to do you even have a brain"),
    ("sn", "p", "and tell Harada I want her fired by friday"),
    ("", "p", "ok um also whats the copay for the follow up visit"),
])
h("en", "cram_school", "harassment inside long benign email", [], "Hirano", [
    ("sx", "e", "Thanks so much for the progress report on Ken — we're really pleased with how his reading scores have come along, and he actually looks forward to Thursdays now.\nBy the way, that new tutor Ms. Hirano is smoking hot; tell her I'd love to take her out for drinks sometime, just the two of us.\nCould you also confirm whether the mock exam on the 14th starts at 9 or 9:30?"),
    ("pr", "e", "Ken says the winter course materials are great.\nCould you pass along Ms. Hirano's personal cell number? I'd rather text her directly than go through the school.\nAlso, is parking available for the parents' evening?"),
    ("pr", "c", "saw Ms. Hirano at the station last night after class, waited so I could walk her home lol. which train does she usually take?"),
    ("sx", "w", "I'd like Ms. Hirano to wear something a bit more revealing to parent meetings, would make the evenings more fun."),
])
h("en", "pharmacy", "learner English", ["off"], None, [
    ("ex", "w", "URGENT. Your pharmacy give me wrong size of box. You must give me medicine free for one year for this mistake."),
    ("vi", "e", "If you not do, I will come and break your shop window. I am serious man."),
    ("ex", "c", "Emergency! Also you must pay me 100000 yen for my stress."),
    ("vi", "c", "Tonight I am very angry. Be careful when you walk outside the store."),
    ("", "w", "Please answer quickly, it is emergency. What time you open on Monday?"),
])
h("en", "car_dealer", "Scottish", ["rep"], "Ueda", [
    ("sn", "p", "Ah want Ueda aff ma account.||Sack him, pure an' simple."),
    ("sn", "e", "Again: Ueda is tae be taken aff ma file an' fired. Ah'll no' deal wi' him."),
    ("sn", "c", "Hae ye got rid o' Ueda yet? Ah've asked ye nicely."),
    ("sn,od", "w", "Ah'll say it wan mair time. Ueda oot the door, or ah'm postin' the hale story oan every review site an' Facebook group in Glasgow."),
    ("sn,od", "e", "Still nae word on Ueda bein' sacked. Ah'm writin' a Google review the night namin' an' shamin' the lot o' ye."),
])
h("en", "fitness_club", "US Southern", [], "Nagai", [
    ("sx", "v", "Well hey there, sugar, them yoga pants are doin' the Lord's work.||How 'bout you come keep me company in the sauna?"),
    ("pr", "c", "What time does Miss Nagai get off work? I'll wait for her by her car, give her a ride home."),
    ("sn", "w", "I only want Miss Nagai for my sessions, nobody else. Y'all put Nagai on every one of my bookings or I ain't comin' back."),
    ("pr,sx", "c", "Snapped a couple pictures of Miss Nagai on the treadmill without her knowin'. She sure looks fine from behind, want me to send 'em?"),
])
h("en", "online_game", "gamer slang", ["flood"], "Seki", [
    ("sn", "c", "GM Seki banned me for no reason, I want Seki off my ticket and sacked fr"),
    ("vi", "c", "ima find where ur office is and pull up on whoever did this, u better hope I dont"),
    ("sn", "e", "Get GM Seki on this ticket rn, only Seki, no one else touches my case"),
    ("vi", "c", "swear down if my acct isnt back ill smash whoever runs this server, real life not ingame"),
    ("", "c", "also whats the drop rate on the new event box"),
], ["ping", "???", "yo", "hello", "respond pls", "afk?", "bruh", "anyone"])
h("en", "mobile_shop", "standard business English", ["off"], None, [
    ("pl", "e", "URGENT: My data plan was changed without my consent. This is absolutely catastrophic, my business is grinding to a halt, deal with it immediately."),
    ("ip", "c", "I expect the store manager to come to my apartment tonight and fix the settings in person."),
    ("ap", "w", "I also want a handwritten apology from the manager AND the clerk, delivered on their knees if need be."),
    ("ip", "e", "Emergency, still waiting. Someone needs to be at my door by 9 a.m. tomorrow."),
    ("pl", "c", "Every hour you waste is costing me thousands, this is a total disaster, fix it NOW."),
    ("", "w", "Is the shop open on the 23rd?"),
])
h("en", "hospital_billing", "formal email", ["rep"], None, [
    ("ex", "e", "I am requesting that my entire hospital bill be cancelled. The wait time in the emergency department was unacceptable and I do not believe I should pay anything."),
    ("ex,le", "e", "Further to my previous message, I again ask that the full invoice be written off. Otherwise I will be filing a lawsuit against the hospital for damages."),
    ("ex,od", "w", "Write off my bill. Third time asking. If not, I will post your staff names and my invoice on Reddit and TripAdvisor so everyone knows."),
    ("ex", "e", "Fourth request: zero the balance. Don't make me ask again."),
    ("ex", "c", "I'd like a reply about cancelling my bill completely. Thanks."),
])
h("en", "rental_property", "chat bursts", ["flood"], "Kubo", [
    ("pr", "c", "whats the home address of the guy who came to fix my sink, Kubo? I wanna drop by"),
    ("ab", "c", "you're all a bunch of lazy useless idiots"),
    ("pr", "c", "send me Kubo's personal number now"),
    ("sx", "c", "tell Kubo he can come fix my pipes any time if you know what I mean ;) bet he looks good without the overalls"),
    ("ab", "c", "pathetic excuse for a company, run by morons"),
], ["hello", "??", "answer", "come on", "anyone", "helloooo", "reply", "waiting"])
h("en", "cram_school", "learner English", [], None, [
    ("ap", "e", "My daughter score is going down. The teachers must bow and say sorry to my family in the public meeting."),
    ("ip", "w", "Principal must come to my house this weekend and explain face to face. Not by phone."),
    ("le", "e", "If this is not done, I will tell to the Ministry of Education and make big trouble for your license."),
    ("le", "c", "I will take you to the court, my friend is lawyer."),
    ("", "c", "What is the fee for winter course?"),
])
h("en", "pharmacy", "walk-in transcript", ["long"], None, [
    ("ab", "v", "You're a brainless little pill-counter, you know that?||Worthless, the whole lot of you."),
    ("vi", "v", "Keep me waiting one more minute and I'll put my fist through that counter."),
    ("", "v", "Not leaving. I'll stand right here till closing."),
    ("vi", "p", "Next time I'm in, you'd better pray I'm in a good mood."),
])
h("en", "car_dealer", "web forms", ["off", "rep"], None, [
    ("ex", "w", "URGENT: I want a brand-new replacement vehicle at no cost, not a loaner."),
    ("ex,pl", "w", "Once more: new car, zero charge. This situation is a total catastrophe for me, fix it right away."),
    ("ex", "w", "Third time. Replacement vehicle, brand new, free. Emergency."),
    ("ex,pl", "w", "I'm asking again for the free new car. Your delay is causing me massive losses, act immediately."),
    ("ex", "w", "New car. Free. That's all I want to hear."),
])
h("en", "mobile_shop", "harassment inside long benign email", [], "Nishimura", [
    ("sn", "e", "Thanks for sorting out the SIM swap last week, the signal at home is much better now and my mum can finally video call us.\nOne thing though — I want that Nishimura kid banned from serving me ever again; put it on my file that he is never to handle my account.\nAlso, can you tell me if the trade-in offer on the older Pixel is still running?"),
    ("sx", "e", "Quick question about roaming in Korea next month.\nAlso, the girl at the front counter with the tight skirt — tell her she can upgrade me anytime, wink.\nThanks for the help as always."),
    ("od", "w", "If that kid is still working there next time I come in, I'm livestreaming the whole visit and tagging your store so the internet can see what a joke it is."),
    ("", "c", "Is my contract up for renewal in January?"),
])
# a few more Japanese ones so that the ja share of harassers stays above half
h("ja", "online_game", "ゲーマースラング", ["off"], None, [
    ("ex", "c", "深夜にすまんけど緊急。垢BANされたの納得いかん。解除＋今までの課金額全額返金＋限定スキン全部付与な。"),
    ("ab", "c", "運営のGMってマジで知能ないんか？猿でももっとマシな判定するわ"),
    ("ex", "w", "至急！シーズン報酬もランク落ちた分も全部戻して、さらに補償として最高ランク確定にしろ"),
    ("", "c", "寝る前に確認だけしたいんだけど、異議申し立てってここでいい？"),
    ("od", "c", "明日の配信で運営の対応全部読み上げてやるわ。切り抜きもバズらせる"),
])
h("ja", "rental_property", "句読点なしの書き起こし", ["long"], "大城", [
    ("sn", "p", "あのね前に来た大城さんっていう人あの人もう二度とうちの担当にしないでほしいのよ大城さんを外すって約束してちょうだい"),
    ("ip", "p", "それでね管理会社の偉い人がうちに来て畳の上でちゃんと説明するべきだと思うのよ電話一本で済ますなんておかしいでしょう"),
    ("sx", "p", "あとねこの前来た若い女の子いるでしょあの子ね足がきれいだったからまた来させてよミニスカートでね"),
    ("", "p", "ごめんなさいね長くなって網戸の張り替えってお願いできるのかしら"),
])
h("ja", "cram_school", "慇懃無礼なビジネスメール", [], None, [
    ("ex", "e", "平素は格別のご高配を賜り厚く御礼申し上げます。\n娘の成績が一向に向上いたしませんので、今年度の授業料全額のご返金と、来年度の無償受講をご手配くださいますようお願い申し上げます。"),
    ("pl", "e", "本件は弊家にとりまして致命的な問題であり、一刻の猶予もございません。直ちにご対応くださいますよう、重ねてお願い申し上げます。"),
    ("ap", "e", "なお、教室長様には、謝罪文に加え、保護者会の場で皆様の前にて頭を下げていただきたく存じます。"),
    ("le", "w", "誠意あるご回答がない場合には、損害賠償請求訴訟の提起も辞さない所存でございます。"),
])

# --------------------------------------------------------------------------------------
# Normal customers: ordinary questions per business, plus benign tricky sentences.
# --------------------------------------------------------------------------------------
NORMAL_Q = {
    "mobile_shop": {
        "ja": ["機種変更の来店予約はネットからできますか。", "SIMロック解除の手順を教えてください。",
               "料金プランを家族割に変更したいです。", "画面の保護フィルムは店頭で貼ってもらえますか。",
               "下取り価格の目安を知りたいです。", "先月と請求額が違うのですが、内訳を確認できますか。",
               "eSIMへの切り替えは何日くらいかかりますか。", "子ども用のフィルタリング設定を手伝ってもらえますか。"],
        "en": ["Can I book an in-store appointment for a model change online?", "How do I get my SIM unlocked?",
               "I'd like to move to the family plan.", "Do you apply screen protectors in store?",
               "Roughly what's the trade-in value for a two-year-old phone?", "My bill is higher than last month, could I get a breakdown?",
               "How long does switching to eSIM take?", "Can you help me set up parental controls on my kid's phone?"],
    },
    "fitness_club": {
        "ja": ["体験レッスンの予約をしたいです。", "休会の手続き方法を教えてください。", "タオルのレンタルはありますか。",
               "平日夜のヨガクラスに空きはありますか。", "家族会員の料金を教えてください。", "駐車場は何時まで使えますか。",
               "年末年始の営業時間を教えてください。", "ロッカーの月極契約はできますか。"],
        "en": ["I'd like to book a trial class.", "How do I freeze my membership for a month?", "Do you rent towels?",
               "Are there spots left in the weekday evening yoga class?", "What does a family membership cost?",
               "Until what time can I use the car park?", "What are your opening hours over New Year?", "Can I rent a locker monthly?"],
    },
    "car_dealer": {
        "ja": ["12か月点検の予約をお願いします。", "新型の試乗はできますか。", "スタッドレスタイヤへの交換費用を教えてください。",
               "車検の見積もりをお願いしたいです。", "自分の車がリコール対象か確認したいです。", "下取り査定の予約をしたいです。",
               "ドライブレコーダーの取り付けは当日できますか。", "ローンの残債がある車でも乗り換えられますか。"],
        "en": ["I'd like to book the 12-month inspection.", "Can I test drive the new model?", "How much is a swap to winter tyres?",
               "Could I get a quote for the shaken inspection?", "Is my car affected by the recall?", "I'd like to book a trade-in valuation.",
               "Can you fit a dashcam the same day?", "Can I trade in a car that still has a loan on it?"],
    },
    "online_game": {
        "ja": ["引き継ぎコードを忘れてしまいました。", "購入したアイテムがまだ反映されていません。", "機種変更時のデータ移行方法を教えてください。",
               "イベント報酬の受け取り期限はいつまでですか。", "ログインボーナスが受け取れません。", "通報機能の使い方を教えてください。",
               "ギルドを解散する方法はありますか。", "フレンド申請が送れない不具合が出ています。"],
        "en": ["I forgot my account transfer code.", "The item I purchased hasn't shown up yet.", "How do I move my data to a new phone?",
               "When is the deadline to claim event rewards?", "My login bonus won't claim.", "How does the report function work?",
               "Is there a way to disband my guild?", "Friend requests won't send, is that a known bug?"],
    },
    "pharmacy": {
        "ja": ["処方箋をFAXで先に送ってもいいですか。", "ジェネリックに変更できますか。", "お薬手帳を忘れてしまったのですが大丈夫ですか。",
               "湿布の在庫はありますか。", "土曜日の営業時間を教えてください。", "子ども用の解熱剤の飲ませ方を確認したいです。",
               "花粉症の薬を市販で買うならどれがいいですか。", "薬を飲み忘れた時はどうすればいいですか。"],
        "en": ["Can I fax my prescription ahead?", "Can I switch to the generic version?", "I forgot my medication notebook, is that okay?",
               "Do you have compression patches in stock?", "What are your Saturday hours?", "How should I give the fever syrup to my toddler?",
               "Which over-the-counter hay fever medicine would you suggest?", "What should I do if I missed a dose?"],
    },
    "rental_property": {
        "ja": ["契約更新の手続きについて教えてください。", "駐輪場に空きはありますか。", "粗大ごみの出し方を教えてください。",
               "退去の連絡は何日前までに必要ですか。", "インターネットの工事を入れてもいいですか。", "家賃の引き落とし口座を変更したいです。",
               "ペットの飼育について相談したいです。", "エアコンのフィルター掃除は入居者がやるものですか。"],
        "en": ["How does the lease renewal work?", "Is there space in the bike parking?", "How do I put out oversized garbage?",
               "How much notice do I need to give before moving out?", "May I have fibre internet installed?", "I want to change the bank account for rent.",
               "Could I ask about keeping a small pet?", "Am I supposed to clean the air-con filter myself?"],
    },
    "cram_school": {
        "ja": ["冬期講習の申し込み方法を教えてください。", "来週の授業を振替できますか。", "月謝の引き落とし日はいつですか。",
               "面談の日程を変更したいです。", "自習室は何時まで使えますか。", "体験授業を受けてみたいです。",
               "模試の結果はいつ返ってきますか。", "兄弟割引はありますか。"],
        "en": ["How do we sign up for the winter course?", "Can my son make up next week's lesson?", "When is the monthly fee debited?",
               "I need to reschedule our parent meeting.", "Until when is the study room open?", "My daughter would like a trial lesson.",
               "When will the mock exam results be back?", "Is there a sibling discount?"],
    },
    "hospital_billing": {
        "ja": ["領収書を再発行していただけますか。", "高額療養費の手続きについて教えてください。", "入院費はクレジットカードで払えますか。",
               "来月の手術の入院費の概算を知りたいです。", "医療費控除用の明細を出していただけますか。", "支払い期限を少し延ばしていただくことは可能ですか。",
               "分割払いの相談はどちらにすればいいですか。", "限度額適用認定証を後から提出しても大丈夫ですか。"],
        "en": ["Could you reissue my receipt?", "How do I apply for the high-cost medical expense benefit?", "Can I pay the inpatient bill by credit card?",
               "Could I get an estimate for next month's surgery stay?", "Can you print an itemised statement for my tax deduction?",
               "Would it be possible to extend the payment deadline a little?", "Who do I talk to about paying in instalments?",
               "Can I hand in the limit certificate after discharge?"],
    },
}
# benign sentences that look risky on the surface (idioms, urgency, staff names, reviews)
TRICKY = {
    "ja": ["息子がこのゲームに殺されそうなくらいハマってます（笑）。課金の上限設定ってできますか。",
           "先週のトレーニング、死ぬかと思うくらいキツかったです（笑）。次回もよろしくお願いします。",
           "受付の{staff}さんがとても親切でした。お礼を伝えてください。",
           "ネットの口コミで「待ち時間が長い」と書かれているのを見たのですが、土曜は混みますか。",
           "至急のお願いです。今日中に薬を受け取らないと明日の分がありません。何時まで開いていますか。",
           "新型のデザイン、めちゃくちゃセクシーですね。試乗できますか。",
           "先生の解説が神すぎて、息子が「数学で頭ぶっ飛んだ」と言っています（笑）",
           "この値段は正直、爆弾級の安さですね。分割払いはできますか。",
           "訴えるとかそういう話ではないのですが、契約書の控えをもう一度いただけますか。",
           "SNSで冬のキャンペーンの投稿を見ました。まだやっていますか。",
           "担当の{staff}さんに、先日は本当に助かりましたとお伝えください。",
           "娘が熱を出していて急いでいます。今日中に診療明細を出していただけますか。",
           "出張査定で家まで来ていただけると聞きました。申し込み方法を教えてください。",
           "謝罪なんてとんでもないです、こちらの勘違いでした。お手数をおかけしました。",
           "ボス戦で何回も死にまくってます。攻略のヒントってありますか。",
           "YouTubeのレビュー動画で見たのですが、この機種は防水ですか。",
           "鍵をなくしてしまいました。至急開けてもらえますか。今日中に部屋に入りたいです。",
           "レビューサイトに星5つ付けておきました！スタッフの皆さんありがとうございます。",
           "筋肉痛で脚が爆発しそうです（笑）。ストレッチのクラスはありますか。",
           "緊急ではないのですが、来月の引き落とし日を確認させてください。",
           "夫が「このジムのトレーナーは鬼だ」と言いながら楽しそうに通っています。家族会員に切り替えたいです。",
           "明細を見てびっくりして心臓が止まるかと思いましたが、保険適用前の金額でした。適用後の金額を教えてください。",
           "{staff}さんの授業が分かりやすいと娘が言っています。来期も{staff}さんのクラスを希望できますか。",
           "口コミで「車検が早い」と評判だったので、お願いしたいです。"],
    "en": ["This boss fight is killing me lol, any tips?",
           "The trainer absolutely murdered my legs yesterday, in the best way. Thanks!",
           "I'm dying to try the new spin class, is there space Thursday?",
           "That new model is sexy. Can I book a test drive?",
           "Please pass my thanks to {staff} at the front desk, they were wonderful.",
           "I read some Google reviews saying the wait is long on Saturdays, is that true?",
           "Urgent but simple: I need my inhaler refill today before 6, is it ready?",
           "No need to apologise at all, it was my mistake.",
           "My kid smashed the practice quiz, so proud! When's the next one?",
           "I saw your post on Instagram about the winter campaign, still on?",
           "Not threatening to sue or anything haha, I just need a copy of my lease.",
           "How do I book your home-visit setup service for my dad's new phone?",
           "The price knocked me out, in a good way. Do you do financing?",
           "My son's going to kill me if I miss his parents' evening, what time does it start?",
           "Could you thank {staff} for sorting my bill out so quickly? Lifesaver.",
           "I locked myself out and need someone to open my door ASAP please, it's urgent.",
           "Left you a 5-star review, you guys rock.",
           "This game is a total bloodbath in ranked, love it. Is there a new season date?",
           "My legs are on fire after that HIIT class, brutal but great.",
           "Just to be clear I'm not complaining, I only want to know when the bill is due.",
           "A friend posted about your clinic's billing desk being super helpful, so I'm asking here: can I pay by QR code?",
           "{staff} was so patient with my grandma, please tell their manager.",
           "Heads up, someone on Reddit says the event rewards are bugged, just letting you know.",
           "Our tutor {staff} is a legend. Can we keep them next term?"],
}
THANKS_STAFF = ["比嘉", "菅原", "久保", "内田", "福田", "安藤"]

# --------------------------------------------------------------------------------------
# Legitimate complainers: angry, real defects, refunds the terms allow, manager,
# lawyer relative, regulator named calmly.  None of these is an indicator.
# --------------------------------------------------------------------------------------
LEGIT = {
    "mobile_shop": {
        "ja": ["買って1週間のスマホが勝手に再起動を繰り返します。初期不良だと思うので、保証で交換してください。",
               "先月の請求に、解約したはずのオプション料金が入っています。返金してください。",
               "修理に出して3週間、何の連絡もありません。いい加減にしてください、本当に困っています。"],
        "en": ["The phone I bought eight days ago keeps rebooting. It's clearly defective, I want an exchange under warranty.",
               "You charged me for an add-on I cancelled in September. Please refund it.",
               "Three weeks in repair with zero updates. Honestly this is ridiculous, I need my phone."],
    },
    "fitness_club": {
        "ja": ["退会届を出したのに、今月も会費が引き落とされています。返金をお願いします。",
               "シャワーが先週からずっと水しか出ません。冬なのにひどすぎます。早く直してください。",
               "予約していたレッスンが連絡なしで中止になっていました。せめて連絡はください。"],
        "en": ["I cancelled my membership in writing and you still debited this month's fee. I want it refunded.",
               "The showers have been cold for a week. In December. Please get them fixed.",
               "My booked class was cancelled without any notice and I drove 30 minutes for nothing. Not okay."],
    },
    "car_dealer": {
        "ja": ["納車されたばかりの車なのに、エアコンが効きません。保証で修理してください。",
               "点検から戻ってきた車のバンパーに傷があります。預ける前にはありませんでした。確認してください。",
               "約束の納車日から2週間過ぎています。いつになるのか、はっきりさせてください。"],
        "en": ["The car was delivered last week and the air-con doesn't work. Please repair it under warranty.",
               "There's a fresh scratch on my bumper after your inspection. It wasn't there when I dropped it off.",
               "Delivery is two weeks past the promised date. I'm really frustrated, I need a firm date."],
    },
    "online_game": {
        "ja": ["有償石で買ったアイテムが消えました。購入履歴のスクショもあります。返還をお願いします。",
               "メンテ延長のせいで期間限定イベントが遊べませんでした。正直かなり腹が立っています。補填の予定はありますか。",
               "二重課金されています。明細を添付しますので、1回分を返金してください。"],
        "en": ["An item I bought with paid gems disappeared. I have the receipt, please restore it.",
               "The extended maintenance ate the whole limited event. I'm pretty annoyed, is there any compensation planned?",
               "I was charged twice for the same pack. Statement attached, please refund one of them."],
    },
    "pharmacy": {
        "ja": ["処方と違う薬が袋に入っていました。飲む前に気づいたからよかったものの、怖いです。きちんと確認してください。",
               "準備ができていると連絡をもらって行ったのに、1時間待たされました。どうなっているんですか。",
               "レシートの金額が処方箋の内容と合っていないと思います。確認して差額を返してください。"],
        "en": ["The bag had a different medicine than my prescription. I caught it before taking it, but that's scary. Please check your process.",
               "I was told my order was ready and then waited an hour at the counter. That's not acceptable.",
               "I think I was overcharged, the receipt doesn't match the prescription. Please check and refund the difference."],
    },
    "rental_property": {
        "ja": ["給湯器が壊れて3日経ちます。いつ修理業者さんに来ていただけますか。",
               "退去時の敷金精算で、経年劣化の分まで請求されています。国交省のガイドラインに沿って見直してください。",
               "上の階からの水漏れで天井にシミができています。早急に対応をお願いします。"],
        "en": ["The water heater has been broken for three days. When can a repair technician come?",
               "The deposit deduction includes normal wear and tear. Please review it in line with the standard guidelines.",
               "There's a leak from the flat above and a stain spreading on my ceiling. Please deal with it soon."],
    },
    "cram_school": {
        "ja": ["振替授業を申し込んだのに、当日行ったら講師がいませんでした。どういうことですか。",
               "退塾したのに翌月の月謝が引き落とされています。規約通り返金してください。",
               "模試の結果が3週間経っても届きません。受験前なので困ります。"],
        "en": ["We booked a make-up lesson and when my son arrived there was no tutor. What happened?",
               "We withdrew last month but the fee was still debited. Please refund it as your terms say.",
               "The mock exam results are three weeks late. Exams are close, this matters."],
    },
    "hospital_billing": {
        "ja": ["同じ検査が二重に請求されています。訂正をお願いします。",
               "保険証を提示したのに10割負担で請求されています。差額を返金してください。",
               "明細の説明をお願いして3回目ですが、まだどなたからも連絡がありません。"],
        "en": ["The same blood test appears twice on my bill. Please correct it.",
               "I showed my insurance card but was billed the full 100 %. Please refund the difference.",
               "This is my third request for an explanation of the statement and nobody has called me back."],
    },
}
ESCALATE = {
    "ja": ["責任者の方と話をさせてください。", "納得できないので、上の方に確認していただけますか。",
           "弟が弁護士なので相談しましたが、まずは御社の正式な回答をいただきたいと思っています。",
           "この件は消費生活センターにも相談済みです。事実関係を整理して回答してください。",
           "規約を確認しましたが、この場合は返金の対象だと書いてあります。手続きをお願いします。",
           "正直かなり腹が立っています。でも、きちんと直してもらえればそれで結構です。",
           "前回いただいた期日を過ぎていますので、状況を教えてください。",
           "店長さんかマネージャーさんに一度確認してもらえますか。",
           "家族に弁護士がいて相談はしましたが、大ごとにするつもりはありません。普通に対応してほしいだけです。",
           "念のため保健所にも問い合わせましたが、まずはそちらの説明を聞きたいです。"],
    "en": ["I'd like to speak to a manager, please.",
           "My sister is a lawyer and she read the contract, it says I'm entitled to a refund within 14 days. Please process it.",
           "I've logged this with the consumer affairs centre so there's a record, but I'd still rather sort it out with you directly.",
           "I'm honestly furious about this, but I just want it fixed.",
           "Your promised date has passed. Can you give me an update?",
           "Could a supervisor look at this? The first answer didn't address the problem.",
           "I checked your terms and this case is covered. Please go ahead with the refund.",
           "My dad's a retired solicitor and he says this is straightforward, so I'm hoping we can just resolve it.",
           "I'm not trying to make trouble, I just want what I paid for.",
           "I've also emailed the regulator's helpline for advice, but I'd prefer to settle it with you."],
}
LEGIT_THANKS = {"ja": ["対応していただきありがとうございました。解決しました。", "返金を確認しました。ありがとうございました。",
                       "修理が終わって問題なく使えています。お世話になりました。"],
                "en": ["Thanks, that's sorted now.", "Refund received, thank you.", "All fixed, appreciate the help."]}

# --------------------------------------------------------------------------------------
# engine
# --------------------------------------------------------------------------------------
CH = {"p": "phone", "e": "email", "c": "chat", "w": "web_form", "v": "visit"}
SOURCES = {"phone": ["pbx-tokyo", "pbx-osaka", "pbx-fukuoka"], "email": ["mail-gw", "zendesk"],
           "chat": ["chat-widget", "line-bridge"], "web_form": ["web-form"], "visit": ["store-pos", "front-desk"]}
LABEL_STYLES = [("客：", "担当："), ("〔お客様〕", "〔オペレーター〕"), ("CALLER> ", "AGENT> "),
                ("(client) ", "(staff) "), ("Cust - ", "Agt - "), ("", ""), ("お客様: ", "受付: "),
                ("Customer: ", "Agent: ")]
LABEL_W = {"ja": [5, 5, 1, 1, 1, 3, 3, 1], "en": [0, 0, 3, 3, 3, 3, 0, 3]}
AG_OPEN = {"ja": ["お電話ありがとうございます。{n}でございます。", "お待たせいたしました、{n}です。",
                  "はい、サポート窓口の{n}が承ります。"],
           "en": ["Thanks for calling, this is {n}.", "Support desk, {n} speaking.", "Hi, you're through to {n}."]}
AG_MID = {"ja": ["はい。", "左様でございますか。", "確認いたします。", "少々お待ちください。", "承知いたしました。",
                 "お話は承っております。", "担当部署に確認のうえ、折り返しご連絡いたします。"],
          "en": ["I see.", "Let me check that.", "I understand.", "One moment please.", "Okay.",
                 "I'll look into it.", "Let me pass this to the team and call you back."]}
VISIT_HDR = {"ja": ["【来店記録】", "窓口対応メモ", "来店対応ログ"], "en": ["[Walk-in note]", "Counter log", "Visit record"]}
GREET = {"ja": ["お世話になっております。", "いつもお世話になっております。", "ご担当者様", "突然のご連絡失礼いたします。", "こんにちは。"],
         "en": ["Hi,", "Hello,", "Dear Support Team,", "Hi there,", "To whom it may concern,", "Hello team,"]}
CLOSE = {"ja": ["よろしくお願いいたします。", "以上、ご確認ください。", "よろしくお願いします。", "お手数ですがよろしくお願いいたします。"],
         "en": ["Thanks,", "Best regards,", "Cheers,", "Regards,", "Thank you,", "Kind regards,"]}
SIG_JA_FAM = ["田中", "高木", "森本", "石田", "渡部", "金城", "新里", "野村", "中川", "佐野", "岡本", "竹内"]
SIG_JA_GIV = ["一郎", "美咲", "健太", "由美", "大輔", "さくら", "真理子", "翔", "陽子", "拓也"]
SIG_EN = ["J. Miller", "Sarah O'Neill", "Tom Baker", "Priya N.", "Mike Reyes", "Aileen MacLeod", "Chris W.",
          "Dana Brooks", "Liam Fraser", "K. Johnson", "Emma Stone-Hart", "Raj Patel"]
REPLY = {"ja": ["ご連絡ありがとうございます。内容を確認のうえ、改めてご連絡いたします。",
                "お問い合わせいただきありがとうございます。担当部署に確認しております。",
                "ご不便をおかけしております。確認が取れ次第ご案内いたします。",
                "お手続きが完了しましたのでお知らせいたします。"],
         "en": ["Thank you for contacting us. We are looking into this and will get back to you.",
                "Thanks for your message. I've passed this to the relevant team.",
                "We're sorry for the trouble. We'll update you as soon as we have more information.",
                "This has now been processed. Thank you for your patience."]}
FORM_CAT = {"ja": ["ご契約・料金", "予約・変更", "その他", "ご意見・ご要望", "不具合の報告"],
            "en": ["Billing", "Bookings", "Other", "Feedback", "Technical issue"]}
EMAIL_SUBJ = {"ja": ["お問い合わせ", "ご相談", "質問があります", "ご請求について", "確認のお願い"],
              "en": ["Question", "Enquiry", "Quick question", "About my account", "Follow-up"]}
CHAT_FOLLOW = {"ja": ["ありがとうございます！", "わかりました、助かります。", "了解です🙏", "ありがとうございました。"],
               "en": ["Thanks!", "Got it, thanks.", "Perfect, cheers 👍", "Okay great."]}
FORM_PREFIX = {"ja": "【お問い合わせ内容】\n", "en": "Message:\n"}

DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]


def is_open_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS


OPEN_DAYS = [d for d in DAYS if is_open_day(d)]


def is_off(t):
    return (not is_open_day(t.date())) or t.hour < 9 or t.hour >= 18


def at(d, h, m, s=None):
    return dt.datetime(d.year, d.month, d.day, h, m, R.randint(0, 59) if s is None else s, tzinfo=JST)


def biz_time(d):
    while not is_open_day(d):
        d += dt.timedelta(days=1)
    if d > END:
        d = OPEN_DAYS[-1]
    mins = R.randint(9 * 60 + 3, 17 * 60 + 35)
    return at(d, mins // 60, mins % 60)


def off_time(d):
    if not is_open_day(d):
        mins = R.randint(8 * 60, 22 * 60)
        return at(d, mins // 60, mins % 60)
    if R.random() < 0.7:
        mins = R.randint(21 * 60, 23 * 60 + 50)
    else:
        mins = R.randint(0, 6 * 60 + 30) if R.random() < 0.5 else R.randint(18 * 60 + 20, 20 * 60 + 50)
    return at(d, mins // 60, mins % 60)


def fmt_ts(t):
    r = R.random()
    ms = R.randint(0, 999)
    if r < 0.55:
        return t.strftime("%Y-%m-%dT%H:%M:%S+09:00")
    if r < 0.65:
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+09:00" % ms
    u = t.astimezone(dt.timezone.utc)
    if r < 0.95:
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms


def hexid(n):
    return "%0*x" % (n, R.getrandbits(4 * n))


def agent_name(agt, lang):
    a = AGENTS[agt]
    return a["ja"] if lang == "ja" else a["en"]


def transcript(lang, turns, agt, visit=False):
    style = R.choices(LABEL_STYLES, weights=LABEL_W[lang])[0]
    c, a = style
    lines = []
    if visit:
        lines.append(R.choice(VISIT_HDR[lang]))
    if not visit and R.random() < 0.7:
        lines.append(a + R.choice(AG_OPEN[lang]).format(n=agent_name(agt, lang)))
    for i, t in enumerate(turns):
        lines.append(c + t)
        if i < len(turns) - 1 or R.random() < 0.5:
            lines.append(a + R.choice(AG_MID[lang]))
    return "\n".join(lines)


def signature(lang):
    if lang == "ja":
        s = R.choice(SIG_JA_FAM) + " " + R.choice(SIG_JA_GIV)
        return "――――――――\n" + s + ("\n携帯から送信" if R.random() < 0.3 else "")
    return "-- \n" + R.choice(SIG_EN) + ("\nSent from my iPhone" if R.random() < 0.3 else "")


def email_body(lang, body, quote=None):
    parts = []
    starts = ("平素", "拝啓", "いつも", "お世話", "Hi", "Dear", "Hello", "夜分", "こんばんは")
    if not body.startswith(starts):
        parts.append(R.choice(GREET[lang]))
    parts.append(body)
    parts.append(R.choice(CLOSE[lang]))
    parts.append(signature(lang))
    text = "\n\n".join(parts)
    if quote:
        qd, qt = quote
        if lang == "ja":
            hdr = R.choice(["%s サポート窓口 <support@example.jp>:" % qd.strftime("%Y/%m/%d %H:%M"),
                            "-----Original Message-----"])
        else:
            hdr = R.choice(["On %s, Support <support@example.com> wrote:" % qd.strftime("%a %d %b %Y %H:%M"),
                            "-----Original Message-----"])
        text += "\n\n" + hdr + "\n" + "\n".join("> " + l for l in qt.split("\n"))
    return text


class Cust:
    def __init__(self, cid, profile, lang, biz):
        self.cid, self.profile, self.lang, self.biz = cid, profile, lang, biz
        self.events = []
        self.behaviors = set()
        self.email_thread = "th-" + hexid(10)
        self.ticket = "TKT-%06d" % R.randint(100000, 999999)
        self.last_reply = None
        self.home_agent = R.choice(list(AGENTS))


EVENTS = []


def emit(cu, t, channel, direction, text, codes=(), subject=None, duration=None, agent=None, thread=None):
    ev = {"event_id": "ev-" + hexid(16), "occurred_at": fmt_ts(t), "channel": channel,
          "direction": direction, "customer_id": cu.cid, "agent_id": agent}
    if channel in ("phone", "visit") or R.random() < 0.4:
        ev["duration_s"] = duration
    if channel in ("email", "web_form") or R.random() < 0.5:
        ev["subject"] = subject
    ev["text"] = text
    ev["language"] = cu.lang if R.random() > 0.08 else None
    ev["thread_id"] = thread
    ev["source"] = R.choice(SOURCES[channel])
    EVENTS.append((t, ev, sorted(set(codes), key=CONTENT.index), cu))
    cu.events.append((t, ev))
    return ev


def contact(cu, t, ch, body, codes=(), duration=None, agent=None, urgent=False, reply_p=0.5):
    """one inbound contact in the customer's voice, plus maybe an outbound reply."""
    lang = cu.lang
    agent = agent or (cu.home_agent if R.random() < 0.5 else R.choice(list(AGENTS)))
    turns = body.split("||")
    if ch == "p":
        text = transcript(lang, turns, agent)
        emit(cu, t, "phone", "inbound", text, codes, None, duration or R.randint(90, 1500), agent)
        return
    if ch == "v":
        text = transcript(lang, turns, agent, visit=True)
        emit(cu, t, "visit", "inbound", text, codes, None, duration or R.randint(300, 1700), agent)
        return
    flat = ("\n" if ch == "e" else " ").join(turns)
    if ch == "c":
        emit(cu, t, "chat", "inbound", flat, codes, None, None, agent, "chat-" + hexid(10))
        if R.random() < reply_p * 0.6:
            emit(cu, t + dt.timedelta(seconds=R.randint(40, 300)), "chat", "outbound",
                 R.choice(REPLY[lang]), (), None, None, agent, None)
        return
    if ch == "w":
        text = (FORM_PREFIX[lang] + flat) if R.random() < 0.3 else flat
        subj = ("お問い合わせフォーム：" if lang == "ja" else "Contact form: ") + R.choice(FORM_CAT[lang])
        emit(cu, t, "web_form", "inbound", text, codes, subj, None, agent if R.random() < 0.6 else None, cu.ticket)
        return
    # email
    subj = R.choice(EMAIL_SUBJ[lang])
    if urgent:
        subj = ("【至急】" if lang == "ja" else "URGENT: ") + subj
    quote = cu.last_reply if (cu.last_reply and R.random() < 0.7) else None
    if quote:
        subj = "Re: " + subj
    text = email_body(lang, flat, quote)
    emit(cu, t, "email", "inbound", text, codes, subj, None, agent, cu.email_thread)
    if R.random() < reply_p:
        rt = t + dt.timedelta(minutes=R.randint(30, 60 * 26))
        if not is_off(rt):
            rtext = R.choice(REPLY[lang])
            emit(cu, rt, "email", "outbound", rtext, (), "Re: " + subj.replace("Re: ", ""), None, agent, cu.email_thread)
            cu.last_reply = (rt, rtext)


def pick_channel(weights=(30, 20, 25, 15, 10)):
    return R.choices(["p", "e", "c", "w", "v"], weights=weights)[0]


def rand_day(a=START, b=END):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def spread_days(n, min_gap, max_gap, first_lo=START, first_hi=dt.date(2026, 11, 25)):
    d = rand_day(first_lo, first_hi)
    out = []
    for _ in range(n):
        out.append(d)
        d = d + dt.timedelta(days=R.randint(min_gap, max_gap))
    if out[-1] > dt.date(2026, 12, 27):        # pull the series back into the quarter
        shift = (out[-1] - dt.date(2026, 12, 27)).days
        out = [x - dt.timedelta(days=shift) for x in out]
    return out


def fill_staff(text, lang):
    if "{staff}" not in text:
        return text
    ja = R.choice(THANKS_STAFF)
    agt = NAME2AGT[ja]
    name = ja if lang == "ja" else R.choice(["Ms. ", "Mr. ", ""]) + AGENTS[agt]["en"]
    return text.replace("{staff}", name)


def make_normal(cu):
    n = R.choices([1, 2, 3, 4, 5], weights=[25, 30, 22, 15, 8])[0]
    days = sorted(set(rand_day() for _ in range(n)))
    off_idx = R.randrange(len(days)) if R.random() < 0.12 else -1
    for i, d in enumerate(days):
        if R.random() < 0.2:
            body = fill_staff(R.choice(TRICKY[cu.lang]), cu.lang)
        else:
            body = R.choice(NORMAL_Q[cu.biz][cu.lang])
        if i == off_idx:
            ch = R.choice(["e", "w", "c"])
            t = off_time(d)
        else:
            ch = "e" if (cu.last_reply and R.random() < 0.6) else pick_channel()
            t = biz_time(d)
        contact(cu, t, ch, body)
        if ch == "c" and R.random() < 0.35:
            emit(cu, t + dt.timedelta(seconds=R.randint(60, 400)), "chat", "inbound",
                 R.choice(CHAT_FOLLOW[cu.lang]), (), None, None, cu.home_agent, None)


def make_legit(cu):
    issue = R.choice(LEGIT[cu.biz][cu.lang])
    esc = R.sample(ESCALATE[cu.lang], R.choice([1, 1, 2]))
    days = spread_days(1 + len(esc), 2, 8)
    seq = [issue] + esc
    chs = [pick_channel((35, 30, 15, 10, 10)) for _ in seq]
    # the first contact sometimes carries the whole story plus the escalation in one go
    if R.random() < 0.3:
        seq = [issue + ("||" if chs[0] in "pv" else " ") + esc[0]] + esc[1:]
        days = days[:len(seq)]
        chs = chs[:len(seq)]
    for d, body, ch in zip(days, seq, chs):
        dur = R.randint(400, 2400) if ch in "pv" else None
        contact(cu, biz_time(d), ch, body, duration=dur, reply_p=0.8)
    if R.random() < 0.5:
        contact(cu, biz_time(days[-1] + dt.timedelta(days=R.randint(3, 12))), R.choice(["e", "c", "w"]),
                R.choice(LEGIT_THANKS[cu.lang]), reply_p=0.2)


def make_harasser(cu, spec):
    st = spec["st"]
    msgs = spec["msgs"]
    staff_agt = NAME2AGT.get(spec["staff"]) if spec["staff"] else None
    if "rep" in st:
        days = spread_days(len(msgs), 1, 3)
    else:
        days = spread_days(len(msgs), 6, 13, first_hi=dt.date(2026, 10, 31))
    if "off" in st:
        times = [off_time(d) for d in days]
    else:
        times = [biz_time(d) for d in days]
    # contact flood: a burst of 10-14 inbound contacts within 45 minutes
    burst = []
    if "flood" in st:
        anchor = times[0]
        moved = [i for i, m in enumerate(msgs) if m[1] in "cw"][:3]
        n_nudge = R.randint(8, 11)
        offs = sorted(R.sample(range(0, 45 * 60), len(moved) + n_nudge))
        for i, o in zip(moved, offs[:len(moved)]):
            times[i] = anchor + dt.timedelta(seconds=o)
        burst = [anchor + dt.timedelta(seconds=o) for o in offs[len(moved):]]
    long_ix = []
    if "long" in st:
        long_ix = [i for i, m in enumerate(msgs) if m[1] in "pv"]
        long_ix = long_ix[:max(2, min(3, len(long_ix)))]
    for i, (codes, ch, text) in enumerate(msgs):
        cs = [CODES[c] for c in codes.split(",") if c]
        cu.behaviors.update(cs)
        dur = None
        if ch in "pv":
            dur = R.randint(3700, 9600) if i in long_ix else R.randint(150, 1500)
        agent = staff_agt if (staff_agt and ch != "p" and R.random() < 0.4) else None
        contact(cu, times[i], ch, text, cs, duration=dur, agent=agent, urgent=("off" in st), reply_p=0.4)
    if burst:
        nch = "p" if all(m[1] == "p" for m in msgs) else ("w" if msgs[0][1] == "w" else "c")
        nudges = spec["nudges"]
        for j, t in enumerate(burst):
            txt = nudges[j % len(nudges)]
            if nch == "p":
                emit(cu, t, "phone", "inbound", transcript(cu.lang, [txt], R.choice(list(AGENTS))), (), None,
                     R.randint(15, 110), R.choice(list(AGENTS)))
            elif nch == "w":
                emit(cu, t, "web_form", "inbound", txt, (), ("お問い合わせフォーム：" if cu.lang == "ja" else "Contact form: ") + "その他",
                     None, None, cu.ticket)
            else:
                emit(cu, t, "chat", "inbound", txt, (), None, None, cu.home_agent, None)
    for s in st:
        cu.behaviors.add(STATEFUL[s])


# --------------------------------------------------------------------------------------
# stateful rules (documented in README.md) – checked on the generated stream
# --------------------------------------------------------------------------------------
def stateful_flags(cu):
    inbound = sorted((t, ev) for t, ev in cu.events if ev["direction"] == "inbound")
    flags = set()
    off = [t for t, _ in inbound if is_off(t)]
    if len(off) >= 4 and len({t.date() for t in off}) >= 3:
        flags.add("off_hours_contact")
    ts = [t for t, _ in inbound]
    j = 0
    for i in range(len(ts)):
        while ts[i] - ts[j] > dt.timedelta(minutes=60):
            j += 1
        if i - j + 1 >= 8:
            flags.add("contact_flood")
    per_day = {}
    for t, ev in inbound:
        if ev["channel"] in ("phone", "visit") and ev.get("duration_s"):
            per_day[t.date()] = per_day.get(t.date(), 0) + ev["duration_s"]
            if ev["duration_s"] >= 3600:
                flags.add("prolonged_contact")
    if any(v >= 5400 for v in per_day.values()):
        flags.add("prolonged_contact")
    return flags


def main(outdir):
    n_total = 420
    n_h = len(H)
    n_l = 40
    n_n = n_total - n_h - n_l
    ids = R.sample(range(1, 1000000), n_total)
    profiles = ["harasser"] * n_h + ["legit_complainer"] * n_l + ["normal"] * n_n
    R.shuffle(ids)
    custs = []
    legit_langs = ["ja"] * 22 + ["en"] * 18
    R.shuffle(legit_langs)
    for k, prof in enumerate(profiles):
        cid = "cus-%06d" % ids[k]
        if prof == "harasser":
            spec = H[k]
            cu = Cust(cid, prof, spec["lang"], spec["biz"])
            make_harasser(cu, spec)
        elif prof == "legit_complainer":
            cu = Cust(cid, prof, legit_langs[k - n_h], BUSINESSES[(k - n_h) % len(BUSINESSES)])
            make_legit(cu)
        else:
            lang = "ja" if R.random() < 0.56 else "en"
            cu = Cust(cid, prof, lang, R.choice(BUSINESSES))
            make_normal(cu)
        custs.append(cu)

    # sanity: the stateful rules hold exactly where intended
    for cu in custs:
        got = stateful_flags(cu)
        want = {c for c in cu.behaviors if c in ("off_hours_contact", "contact_flood", "prolonged_contact")}
        assert got == want, (cu.cid, cu.profile, got, want)

    EVENTS.sort(key=lambda x: (x[0], x[1]["event_id"]))
    os.makedirs(outdir, exist_ok=True)
    ev_labels = {}
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for t, ev, codes, cu in EVENTS:
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
            ev_labels[ev["event_id"]] = codes
    assert len(ev_labels) == len(EVENTS)
    cust_labels = {}
    for cu in sorted(custs, key=lambda c: c.cid):
        cust_labels[cu.cid] = {"profile": cu.profile,
                               "behaviors": [c for c in ALL_CODES if c in cu.behaviors]}
    per_code_c = {c: sum(1 for v in cust_labels.values() if c in v["behaviors"]) for c in ALL_CODES}
    per_code_e = {c: sum(1 for v in ev_labels.values() if c in v) for c in CONTENT}
    prof_counts = {p: sum(1 for v in cust_labels.values() if v["profile"] == p)
                   for p in ("normal", "legit_complainer", "harasser")}
    lang_c = {l: sum(1 for c in custs if c.lang == l) for l in ("ja", "en")}
    meta = {
        "seed": SEED, "customers": len(custs), "start": START.isoformat(), "end": END.isoformat(),
        "counts": {"events": len(ev_labels),
                   "events_with_content_label": sum(1 for v in ev_labels.values() if v),
                   "profiles": prof_counts, "customers_per_code": per_code_c,
                   "events_per_content_code": per_code_e, "customers_per_language": lang_c},
        "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                     "closed_days_in_range": [d.isoformat() for d in HOLIDAYS]},
        "stateful_rules": {
            "repetition": "the same demand restated (in new words) in >=4 inbound contacts within 14 days",
            "off_hours_contact": ">=4 inbound contacts outside the support calendar on >=3 distinct JST dates",
            "contact_flood": ">=8 inbound contacts within 60 minutes",
            "prolonged_contact": "a phone call or visit >=3600 s, or >=5400 s of calls/visits in one JST day"},
        "businesses": BUSINESSES,
        "agents": AGENTS,
    }
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"events": ev_labels, "customers": cust_labels, "meta": meta}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(meta["counts"], ensure_ascii=False, indent=1))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
