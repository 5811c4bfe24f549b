using SupportPlan.Model.Conferences;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.People;
using SupportPlan.Model.Sheets;
using static SupportPlan.Scenarios.Parts;

namespace SupportPlan.Scenarios;

public static partial class Scenarios
{
    private static readonly LifeYear[] LifeYears =
    [
        new("年少 ちゅうりっぷ組", "佐藤 美香", "さとう みか", "園長 吉村 和子", 14, 6, 4,
            "（担任が聞き取り）「ブロックであそぶの すき。」", "（担任が聞き取り）「ショベルカーに のりたい。」",
            "「目を離すとすぐにいなくなる。園でけがをしないか心配。」", "「お友達と楽しく過ごしてほしい。」",
            "園の生活に慣れ、安全に過ごす。",
            ["園の生活の流れを知る。", "集まりの時間に座って話を聞く。", "友達と一緒に遊ぶ。"],
            "欠席は感冒と中耳炎による。", "・活動の切り替えの前に予告すると、泣かずに移れることが多い。\n・高い所に登ってしまうので、遊具では大人がそばにつく。"),
        new("年中 すみれ組", "佐藤 美香", "さとう みか", "園長 吉村 和子", 12, 5, 3,
            "「おともだちと おにごっこ した。」", "「きかんしゃの うんてんし に なる。」",
            "「友達に手が出てしまうことがあり、謝りに行くことが多い。」", "「自分の気持ちを言葉で伝えられるようになってほしい。」",
            "自分の気持ちを言葉で伝え、友達と遊ぶ。",
            ["「かして」「いれて」を言葉で伝える。", "運動会の練習に参加する。", "順番を待つ。"],
            "欠席は感冒と胃腸炎による。", "・叩いてしまった後は、落ち着いてから絵で場面を振り返ると理解できる。\n・体を動かす係の仕事で自信をもてる。"),
        new("年長 ゆり組", "山口 奈緒", "やまぐち なお", "園長 吉村 和子", 9, 4, 2,
            "「しょうがっこう たのしみ。ランドセル あおいの かった。」", "「しょうぼうしに なりたい。」",
            "「小学校で座っていられるか、勉強についていけるか心配。」", "「小学校でも、今の支援を続けてほしい。」",
            "就学に向けて、座って取り組む時間を伸ばす。",
            ["10分間座って活動に取り組む。", "発表会で役を演じる。", "小学校の生活を知る。"],
            "欠席は感冒による。", "・小学校へ：指示は一つずつ、目を見て短く伝えると動ける。\n・座席は前方、窓から離れた所が望ましい。\n・褒められると意欲が続く。"),
        new("1年1組", "渡辺 恵子", "わたなべ けいこ", "校長 斎藤 隆", 6, 5, 2,
            "「やすみじかんが いちばん すき。」", "「しょうぼうしに なりたい。」",
            "「宿題を始めるまでに時間がかかる。」", "「授業中に座っていられるようになってほしい。」",
            "学校の生活のきまりを身に付け、45分の授業に参加する。",
            ["授業の始まりに準備をして座る。", "ひらがなを正しく書く。", "係の仕事をやり遂げる。"],
            "欠席は感冒による。", "・ひらがなの「ぬ」「め」など形の似た字の書き分けが難しい。\n・離席は係の仕事で体を動かす機会をつくると減る。"),
        new("2年1組", "渡辺 恵子", "わたなべ けいこ", "校長 斎藤 隆", 8, 6, 2,
            "「かん字が きらい。さんすうは すき。」", "「くるまを つくる 人に なりたい。」",
            "「2月に病院で診断を受けた。薬を飲み始めて、朝の支度が早くなった。」", "「漢字の練習で毎日泣いている。量を減らしてもらえないか。」",
            "自分に合った学び方を見つけ、学習に意欲をもって取り組む。",
            ["漢字の読みを覚える。", "音読を家庭で続ける。", "計算の速さを生かして自信をもつ。"],
            "欠席は感冒とインフルエンザによる。", "・ADHDの診断（2016年2月）。服薬は家庭で管理。\n・書字に強い苦手意識がある。量を調整すると取り組める。"),
        new("3年2組", "中川 信也", "なかがわ しんや", "校長 斎藤 隆", 10, 8, 3,
            "「通級の先生とタブレットで作文を書くのが楽しい。」", "「車の整備士になりたい。」",
            "「9月に学習障害の診断も受けた。できないのは怠けではないと分かってほっとした。」", "「通級で読み書きの方法を身に付けてほしい。」",
            "通級指導教室で自分に合った読み書きの方法を身に付ける。",
            ["通級指導教室に慣れる。", "タブレットで作文を書く。", "テストのルビを使って問題を理解する。"],
            "欠席は感冒と通院による。", "・通級指導教室（週2時間）を開始。タブレットの音声入力が有効。\n・テストの問題文にルビを振ると理解できる。"),
        new("4年2組", "中川 信也", "なかがわ しんや", "校長 菅野 修", 13, 9, 4,
            "「漢字テストの日は学校に行きたくない。」", "「整備士になって、お父さんの車を直したい。」",
            "「父が札幌に単身赴任になり、私の負担が増えた。宿題をめぐって言い争いになる。」", "「家で勉強を見るのが難しい。放課後に見てくれる場所がほしい。」",
            "苦手なことを周りに伝え、必要な支援を受けながら学習する。",
            ["漢字テストの形を本人と相談して決める。", "放課後等デイサービスで宿題を終わらせる。", "学習発表会で得意なことを発表する。"],
            "漢字テストの日に腹痛を訴えて欠席することがあった。感冒による欠席もある。", "・漢字テストは読みのテストに変えると受けられた。\n・放課後等デイサービスを週2日利用開始（2017年10月）。"),
        new("5年1組", "小林 亜紀", "こばやし あき", "校長 菅野 修", 15, 10, 4,
            "「宿泊学習でカレーを作ったのが楽しかった。」", "「ロボットを作る人になりたい。」",
            "「祖母が同居することになり、夕方の見守りが助かっている。」", "「高学年になり、友達関係のトラブルが心配。」",
            "宿泊学習などの行事に見通しをもって参加し、友達と協力する。",
            ["宿泊学習の準備を自分で進める。", "委員会活動で役割を果たす。", "友達とのトラブルを言葉で解決する。"],
            "感冒と通院による欠席のほか、友達とのトラブルの翌日に欠席したことがあった。", "・トラブルの後は、時間をおいて担任と振り返ると落ち着いて話せる。\n・委員会（放送）で機械の操作を任されると張り切る。"),
        new("6年1組", "小林 亜紀", "こばやし あき", "校長 菅野 修", 18, 12, 5,
            "「中学校は部活が楽しみ。勉強は不安。」", "「ロボットを作る人になりたい。」",
            "「3月は休校になり、家で過ごす時間が長く生活リズムが崩れた。」", "「中学校でも通級を続けてほしい。」",
            "中学校への進学に向けて、自分の苦手と必要な支援を知る。",
            ["自分の得意・苦手を書き出す。", "中学校の学習に向けてタブレットの使い方を身に付ける。", "中学校に伝えたいことを整理する。"],
            "感冒と通院による欠席。3月は新型コロナウイルス感染症の影響による臨時休業（2月27日から）。", "・中学校へ：板書の撮影、テストのルビと読み上げが有効。\n・通級指導教室の継続を保護者が希望。\n・臨時休業中に生活リズムが崩れたので、入学後の朝の様子に注意。"),
        new("1年3組", "高野 雄一", "たかの ゆういち", "校長 村井 徹", 22, 14, 6,
            "「分散登校のときは人が少なくて楽だった。ノートを書くのが間に合わない。」", "「機械の仕事がしたい。」",
            "「休校明けから朝起きられない日が増えた。」", "「ノートを取るのが大変なようなので、配慮してほしい。」",
            "中学校の学習と生活に慣れ、自分に必要な配慮を先生に伝える。",
            ["分散登校から通常の生活にリズムを戻す。", "板書の撮影を使って家庭学習をする。", "定期テストを全て受ける。"],
            "4月〜5月は臨時休業。欠席は主に朝起きられないことと通院による。", "・板書の撮影を許可すると家庭学習ができる。\n・定期テスト前に不安が高まる。範囲を早めに示すこと。"),
        new("2年3組", "高野 雄一", "たかの ゆういち", "校長 村井 徹", 96, 0, 0,
            "「クラスに戻るのはまだ怖い。センターなら行ける。」", "「高校には行きたい。機械のことを勉強したい。」",
            "「学校に行けなくなり、昼夜逆転している。どう声をかけていいか分からない。」", "「まずは外に出られるようになってほしい。」",
            "安心できる居場所で過ごし、生活リズムを整える。",
            ["欠席が続く中でも担任とつながりを保つ。", "教育支援センターに通室する。", "相談室への別室登校を試みる。"],
            "6月、学級での口論をきっかけに友人関係が悪化した。読み書きの負担が大きい定期テストの前後から欠席が増え、9月以降は長期の欠席となった。10月は家庭と連絡がとれない期間があった。11月から教育支援センターに通室（指導要録上の出席扱い）。", "・教育支援センターでは機械の分解・組み立ての活動で他の生徒と関われた。\n・1月から相談室への別室登校を週1〜2日行っている。\n・口論の相手の生徒とは3年次に別の学級とする。"),
        new("3年1組", "森田 真由", "もりた まゆ", "校長 村井 徹", 58, 0, 0,
            "「相談室なら毎日行ける。高校では普通に通いたい。」", "「工業系の高校で機械を勉強したい。」",
            "「朝起きて相談室に行けるようになった。受験が心配。」", "「通級のある高校で、支援を続けてほしい。」",
            "相談室と教育支援センターを活用し、高校進学に向けて学習を進める。",
            ["相談室登校を週4日にする。", "高校見学と体験入学に参加する。", "入試で配慮申請を行い、受験する。"],
            "1学期は相談室登校とセンター通室の組み合わせ。2学期以降は欠席が減った。", "・高校へ：入試で別室・読み上げの配慮を受けた。\n・自分の特性と必要な配慮を説明する練習を通級で行った。\n・疲れると朝起きにくくなる。欠席が2日続いたら連絡を。"),
        new("1年4組", "川村 大介", "かわむら だいすけ", "校長 堀 誠司", 11, 8, 4,
            "「高校は自分で選んだので頑張りたい。通級で相談できるのが安心。」", "「物流か整備の仕事がしたい。」",
            "「毎朝自分で起きて登校している。」", "「高校を卒業して、働けるようになってほしい。」",
            "高校生活に慣れ、合理的配慮を使いながら単位を修得する。",
            ["合理的配慮の内容を自分で確認する。", "考査を全て受け、単位を修得する。"],
            "欠席は感冒と通院による。", "・合理的配慮（考査の読み上げ・時間延長、タブレット）を4月に合意。\n・通級による指導（自立活動）で、配慮を自分で依頼する練習をしている。"),
        new("2年4組", "川村 大介", "かわむら だいすけ", "校長 堀 誠司", 9, 6, 3,
            "「フォークリフトの講習が面白かった。」", "「物流センターで働きたい。」",
            "「アルバイトを始めたいと言っている。続くか心配。」", "「本人に合った職場を一緒に探してほしい。」",
            "自分に合った働き方について考え、職場見学に参加する。",
            ["職場見学に参加する。", "アルバイトと学業を両立する。"],
            "欠席は感冒と通院による。", "・職場見学（物流センター）で、手順が決まった作業に集中できた。\n・スーパーの品出しのアルバイト（週2日）を続けている。"),
        new("3年2組", "斉藤 玲奈", "さいとう れいな", "校長 堀 誠司", 7, 4, 2,
            "「実習先の人に、指示を復唱するのがいいと言われた。そこで働きたい。」", "「物流センターで働き、一人暮らしをしたい。」",
            "「障害者雇用で働くことを本人が決めた。手帳の申請をした。」", "「職場で配慮してもらえるように、これまでのことを伝えてほしい。」",
            "職場実習を経て就職先を決め、卒業後の生活の準備をする。",
            ["職場実習に参加し、就職先を決める。", "卒業後の相談先を確認し、就労先への引継ぎを行う。"],
            "欠席は感冒と通院による。", "・就職先：" + LifeEmployer + "（2026年4月から、障害者雇用枠）。\n・就労先には本人の同意を得て、強みと必要な配慮を伝える。"),
    ];

    private static ValueList<Assessment> LifeAssessments() =>
    [
        new Assessment { Date = D(2010, 11, 25), Instrument = "3歳児健康診査", Assessor = "釧路市保健師", Summary = "多動と衝動性の強さを指摘。親子教室を紹介。" },
        new Assessment { Date = D(2012, 7, 12), Instrument = "新版K式発達検査2001", Assessor = LifeDevelopment + " 心理士", Summary = "全領域DQ 96。注意の持続が短く、検査中の離席が多い。" },
        new Assessment { Date = D(2013, 10, 3), Instrument = "就学時健康診断", Assessor = "釧路市教育委員会", Summary = "個別の指示で行動できる。就学先は通常の学級が適当。" },
        new Assessment { Date = D(2016, 1, 21), Instrument = "WISC-IV", Assessor = LifeClinic + " 臨床心理士", Summary = "FSIQ 98。ワーキングメモリー 82、処理速度 85と低く、知覚推理 112が高い。" },
        new Assessment { Date = D(2016, 1, 21), Instrument = "Conners 3（保護者・教師）", Assessor = LifeClinic, Summary = "不注意・多動性の尺度が臨床域。" },
        new Assessment { Date = D(2016, 9, 8), Instrument = "STRAW-R（標準読み書きスクリーニング検査）", Assessor = "通級指導教室担当", Summary = "音読の速度が遅く、漢字の書き取りが学年平均の-2SD以下。" },
        new Assessment { Date = D(2018, 6, 14), Instrument = "KABC-II", Assessor = LifeClinic + " 臨床心理士", Summary = "継次処理より同時処理が優位。習得尺度の書きが低い。" },
        new Assessment { Date = D(2019, 6, 20), Instrument = "WISC-IV", Assessor = LifeClinic + " 臨床心理士", Summary = "FSIQ 101。ワーキングメモリー 86。前回から大きな変化なし。" },
        new Assessment { Date = D(2021, 12, 9), Instrument = "スクールカウンセラー面談", Assessor = "スクールカウンセラー", Summary = "友人関係への不安と、学習の遅れへの焦りが強い。センターでは表情が明るい。" },
        new Assessment { Date = D(2022, 8, 4), Instrument = "WISC-V", Assessor = LifeClinic + " 臨床心理士", Summary = "FSIQ 100。処理速度 84。読み上げ・時間延長の配慮の根拠として意見書を作成。" },
        new Assessment { Date = D(2024, 11, 14), Instrument = "職業適性検査（GATB）", Assessor = "ハローワーク釧路", Summary = "形態知覚・手腕の器用さが高い。書記的知覚は低い。" },
        new Assessment { Date = D(2025, 7, 3), Instrument = "職場実習評価", Assessor = "くしろ障害者就業・生活支援センター", Summary = "ピッキング作業の正確さ98%。指示を復唱して確認する習慣が定着している。" },
    ];

    private static ValueList<DatedNote> LifeFamilyChanges() =>
    [
        new DatedNote { Date = D(2013, 9, 1), Text = "母がパート勤務を始め、延長保育を利用するようになった。" },
        new DatedNote { Date = D(2016, 2, 18), Text = "ADHDの診断を受け、服薬を始めた。" },
        new DatedNote { Date = D(2017, 4, 1), Text = "父が札幌に単身赴任となった（月2回帰宅）。" },
        new DatedNote { Date = D(2019, 5, 1), Text = "母方の祖母が同居を始めた。" },
        new DatedNote { Date = D(2020, 3, 2), Text = "新型コロナウイルス感染症による臨時休業。家庭で過ごす時間が長くなった。" },
        new DatedNote { Date = D(2021, 10, 1), Text = "母が体調を崩して休職し、学校との連絡が途絶えた時期があった（10月中旬に再開）。" },
        new DatedNote { Date = D(2022, 4, 1), Text = "母が職場に復帰した。" },
        new DatedNote { Date = D(2023, 4, 1), Text = "父の単身赴任が終わり、家族全員で暮らすようになった。" },
        new DatedNote { Date = D(2024, 6, 1), Text = "スーパーの品出しのアルバイトを始めた（週2日）。" },
        new DatedNote { Date = D(2025, 8, 22), Text = "精神障害者保健福祉手帳（3級）の交付を受けた（障害者雇用での就労のため）。" },
        new DatedNote { Date = D(2026, 3, 1), Text = "高等学校を卒業。4月から" + LifeEmployer + "で就労。" },
    ];

    private static ValueList<CaseConferenceRecord> LifeConferences()
    {
        (DateOnly On, int Index, string Recorder, string Purpose, string? Student, string Guardian, string Agreed, string[] Members)[] rows =
        [
            (D(2013, 6, 14), 2, "特別支援教育コーディネーター", "個別の教育支援計画の作成", null, "「小学校に上がるまでに、座っていられるようにしたい。」", "園と発達支援センターで同じ絵カードを使う。個別の教育支援計画を作成する。", ["保護者|田村 由美子|母", "園|山口 奈緒|担任", "園|石田 典子|特別支援教育コーディネーター", "機関|近藤 綾|保育士|" + LifeDevelopment]),
            (D(2013, 11, 21), 2, "特別支援教育コーディネーター", "就学に向けた情報の整理", null, "「通常の学級で、支援を受けながら学ばせたい。」", "就学先の小学校と1月に移行支援会議を開く。", ["保護者|田村 由美子|母", "園|石田 典子|特別支援教育コーディネーター", "機関|釧路市教育委員会|就学相談員"]),
            (D(2014, 2, 21), 2, "特別支援教育コーディネーター", "就学移行支援会議（幼稚園→小学校）", null, "「小学校の先生に、これまでのことを知ってもらえて安心した。」", "計画を小学校に引き継ぐことに保護者が同意した。", ["保護者|田村 由美子|母", "園|山口 奈緒|担任", "小|渡辺 恵子|1年担任予定", "小|大塚 洋平|特別支援教育コーディネーター"]),
            (D(2014, 10, 16), 3, "特別支援教育コーディネーター", "1学期の評価と2学期の支援の確認", "「休み時間にサッカーをするのが好き。」", "「宿題の時間が長くなりすぎる。」", "宿題は15分で区切る。", ["保護者|田村 由美子|母", "小|渡辺 恵子|担任", "小|大塚 洋平|特別支援教育コーディネーター"]),
            (D(2016, 3, 4), 4, "特別支援教育コーディネーター", "診断を受けての支援の見直し", "「漢字の練習がいやだ。」", "「診断を受けて、本人に合った学び方を考えてほしい。」", "漢字の宿題の量を半分にする。通級指導教室の利用を検討する。", ["保護者|田村 由美子|母", "小|渡辺 恵子|担任", "小|大塚 洋平|特別支援教育コーディネーター", "機関|主治医意見書|児童精神科|" + LifeClinic]),
            (D(2016, 10, 20), 5, "特別支援教育コーディネーター", "通級指導教室の利用開始", "「タブレットで書けるなら頑張る。」", "「読み書きの方法を身に付けてほしい。」", "通級指導教室（週2時間）を開始。テストの問題文にルビを振る。", ["保護者|田村 由美子|母", "小|中川 信也|担任", "小|大塚 洋平|通級指導教室担当"]),
            (D(2017, 10, 12), 6, "特別支援教育コーディネーター", "家庭状況の変化を受けた放課後の支援", "「デイサービスは体を動かせるから好き。」", "「父が単身赴任になり、宿題を見るのが難しい。」", "放課後等デイサービスを週2日利用する。", ["保護者|田村 由美子|母", "小|中川 信也|担任", "機関|森 健二|相談支援専門員|相談支援事業所 みらい", "機関|堀江 智|児童指導員|" + LifeDayService]),
            (D(2018, 11, 15), 7, "特別支援教育コーディネーター", "友人関係のトラブルへの対応", "「からかわれたから言い返した。」", "「トラブルの後に学校を休みたがる。」", "トラブルの後は時間をおいて担任と振り返る。", ["保護者|田村 由美子|母", "小|小林 亜紀|担任", "小|大塚 洋平|特別支援教育コーディネーター"]),
            (D(2020, 2, 14), 8, "特別支援教育コーディネーター", "中学校への移行支援会議", "「中学校でも通級に行きたい。」", "「板書の撮影とテストの配慮を続けてほしい。」", "計画を中学校に引き継ぐことに保護者が同意した（診断名・アセスメントを含む）。", ["保護者|田村 由美子|母", "小|小林 亜紀|担任", "小|大塚 洋平|通級指導教室担当", "中|栗田 聡|生徒指導主事"]),
            (D(2020, 7, 10), 9, "生徒指導主事", "休校明けの生活リズムの確認", "「朝起きるのがつらい。」", "「休校中に生活が乱れた。」", "欠席が2日続いたら担任が連絡する。", ["保護者|田村 由美子|母", "中|高野 雄一|担任", "中|栗田 聡|生徒指導主事"]),
            (D(2021, 6, 25), 10, "生徒指導主事", "欠席の増加についての校内ケース会議", null, "（電話で聞き取り）「友達とのことで、学校に行きたくないと言っている。」", "児童生徒理解・支援シートの月別欠席状況の記録を開始する。SC面談を設定する。", ["中|高野 雄一|担任", "中|栗田 聡|生徒指導主事", "中|大塚 洋平|通級担当", "機関|松本 由香|スクールカウンセラー|北海道教育委員会（派遣）"]),
            (D(2021, 10, 15), 10, "生徒指導主事", "家庭と連絡がとれない状況への対応", null, "（連絡がとれず、聞き取りなし）", "SSWが家庭訪問を続ける。必要な範囲で児童相談所と情報を共有することを検討する（保護者の同意を得る努力を継続）。", ["中|高野 雄一|担任", "中|栗田 聡|生徒指導主事", "機関|梅田 真|スクールソーシャルワーカー|釧路市こども支援課"]),
            (D(2021, 10, 29), 10, "生徒指導主事", "教育支援センター通室に向けた確認", "「センターなら行ける。機械の活動をやってみたい。」", "「体調を崩して連絡できずに申し訳なかった。センターに通わせたい。」", "11月から教育支援センターに通室（指導要録上の出席扱い）。センターと情報共有することに保護者が同意した。", ["本人|田村 航", "保護者|田村 由美子|母", "中|高野 雄一|担任", "機関|大野 健|指導員|" + LifeCentre, "機関|梅田 真|スクールソーシャルワーカー|釧路市こども支援課"]),
            (D(2021, 12, 17), 10, "生徒指導主事", "2学期の振り返りと別室登校の検討", "「相談室なら行けるかもしれない。」", "「昼夜逆転が直ってきた。」", "1月から相談室への別室登校を試みる。", ["本人|田村 航", "保護者|田村 由美子|母", "中|高野 雄一|担任", "機関|大野 健|指導員|" + LifeCentre]),
            (D(2022, 3, 11), 10, "生徒指導主事", "3年次への引継ぎ", null, "「3年生ではクラスのことを配慮してほしい。」", "学級編成で配慮する。センター通室と相談室登校を継続する。", ["保護者|田村 由美子|母", "中|高野 雄一|担任", "中|栗田 聡|生徒指導主事", "中|森田 真由|3年担任予定"]),
            (D(2022, 9, 16), 11, "生徒指導主事", "進路の検討と入試での配慮申請", "「あけぼの高校に行きたい。通級があるから。」", "「入試で読み上げの配慮を受けられるか知りたい。」", "主治医の意見書を添えて入試の配慮を申請する。", ["本人|田村 航", "保護者|田村 由美子|母", "中|森田 真由|担任", "中|大塚 洋平|通級担当"]),
            (D(2023, 2, 17), 11, "生徒指導主事", "高等学校への移行支援会議", "「高校では自分で配慮をお願いできるようにしたい。」", "「これまでの経過を高校に伝えてほしい。」", "計画を高校に引き継ぐことに本人と保護者が同意した。", ["本人|田村 航", "保護者|田村 由美子|母", "中|森田 真由|担任", "中|栗田 聡|生徒指導主事", "高|若林 沙織|通級担当"]),
            (D(2023, 4, 21), 12, "特別支援教育コーディネーター", "合理的配慮の合意形成", "「考査の読み上げとタブレットがあれば頑張れる。」", "「本人が自分で決めたことを尊重したい。」", "考査の読み上げ・時間延長、タブレットの使用、通級指導教室の利用を合意した。", ["本人|田村 航", "保護者|田村 由美子|母", "高|川村 大介|担任", "高|若林 沙織|通級担当", "高|堀 誠司|校長"]),
            (D(2024, 10, 4), 13, "特別支援教育コーディネーター", "合理的配慮の見直しと進路の相談", "「物流の仕事に興味がある。」", "「アルバイトが続いていて安心している。」", "配慮を継続する。3年次に職場実習を行う。", ["本人|田村 航", "保護者|田村 由美子|母", "高|川村 大介|担任", "高|岡 紀子|進路指導部", "機関|三宅 亮|就職支援ナビゲーター|ハローワーク釧路"]),
            (D(2025, 7, 11), 14, "進路指導主事", "職場実習の振り返りと就職先の検討", "「実習先で働きたい。」", "「障害者雇用で、配慮を受けながら長く働いてほしい。」", "実習先への応募を決めた。手帳の申請を行う。", ["本人|田村 航", "保護者|田村 由美子|母", "高|斉藤 玲奈|担任", "高|岡 紀子|進路指導部", "機関|秋山 恵|就業支援員|くしろ障害者就業・生活支援センター"]),
            (D(2026, 1, 23), 14, "進路指導主事", "就労先への引継ぎ内容の確認", "「強みと、指示は一つずつ出してほしいことを伝えてほしい。診断名は自分で伝える。」", "「本人の考えを尊重する。」", "就労先に提供する項目を本人が選び、同意した。", ["本人|田村 航", "保護者|田村 由美子|母", "高|斉藤 玲奈|担任", "高|岡 紀子|進路指導部", "機関|秋山 恵|就業支援員|くしろ障害者就業・生活支援センター"]),
        ];

        return rows.Select(r =>
        {
            var grade = LifeGrade(r.Index);
            return new CaseConferenceRecord
            {
                HeldOn = r.On,
                Authorship = Authored(r.On, r.Recorder + "（" + LifeYears[r.Index].ClassName + "）"),
                RecorderRole = r.Recorder,
                Purpose = r.Purpose,
                Grade = grade,
                ClassName = LifeYears[r.Index].ClassName,
                Participants = r.Members.Select(LifeParticipant).ToValueList(),
                StudentIntentions = r.Student,
                GuardianIntentions = r.Guardian,
                AgreedItems = r.Agreed,
            };
        }).ToValueList();
    }

    private static ConferenceParticipant LifeParticipant(string member)
    {
        var parts = member.Split('|');
        var (role, organization) = parts[0] switch
        {
            "本人" => (ParticipantRole.Student, null),
            "保護者" => (ParticipantRole.Guardian, null),
            "園" => (ParticipantRole.SchoolStaff, LifeKindergarten),
            "小" => (ParticipantRole.SchoolStaff, LifeElementary),
            "中" => (ParticipantRole.SchoolStaff, LifeJuniorHigh),
            "高" => (ParticipantRole.SchoolStaff, LifeHighSchool),
            _ => (ParticipantRole.Agency, (string?)null),
        };
        return Who(role, parts[1], parts.Length > 2 ? parts[2] : null, parts.Length > 3 ? parts[3] : organization);
    }

    private static ValueList<ConsentRecord> LifeConsents(PersonName mother, PersonName student, SchoolCode highSchool)
    {
        var guardian = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" };
        var self = new ConsentGrantor { Kind = GrantorKind.Student, Name = student.Name, Relationship = "本人" };
        return
        [
            new ConsentRecord
            {
                Id = "lifelong-2014-001", Decision = ConsentDecision.Granted, Grantor = guardian,
                Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool }, Purpose = DisclosurePurpose.Handover,
                Items = ["common-sheet", "grade-sheet", "grade-sheet-b", "case-conference", "needs.disability"],
                DecidedOn = D(2014, 2, 21), ValidUntil = D(2020, 3, 31), Method = ConsentMethod.Written, ContentShown = true, PurposeExplained = true,
                RecordedBy = "若草幼稚園 特別支援教育コーディネーター 石田 典子", Note = "小学校就学時の引継ぎ。",
            },
            new ConsentRecord
            {
                Id = "lifelong-2017-001", Decision = ConsentDecision.Granted, Grantor = guardian,
                Recipient = new ConsentRecipient { Kind = RecipientKind.PrivateAgency, Name = LifeDayService }, Purpose = DisclosurePurpose.AgencySharing,
                Items = ["common.basic.strengths", "grade.b.term-plans", "grade.a.handover-notes"],
                DecidedOn = D(2017, 10, 12), ValidUntil = D(2020, 3, 31), Method = ConsentMethod.Written, ContentShown = true, PurposeExplained = true,
                RecordedBy = "港が丘小学校 特別支援教育コーディネーター 大塚 洋平", Note = "放課後の支援を学校と揃えるため。事業所の守秘義務を保護者に説明済み。",
            },
            new ConsentRecord
            {
                Id = "lifelong-2020-001", Decision = ConsentDecision.Granted, Grantor = guardian,
                Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool }, Purpose = DisclosurePurpose.Handover,
                Items = ["common-sheet", "grade-sheet", "grade-sheet-a", "grade-sheet-b", "case-conference", "needs.disability", "common.basic.disability-type", "common.basic.diagnosis", "common.basic.assessments"],
                DecidedOn = D(2020, 2, 14), ValidUntil = D(2023, 3, 31), Method = ConsentMethod.Written, ContentShown = true, PurposeExplained = true,
                RecordedBy = "港が丘小学校 特別支援教育コーディネーター 大塚 洋平", Note = "中学校進学時の引継ぎ。診断名とアセスメントの項目を示し、個別に同意を得た。",
            },
            new ConsentRecord
            {
                Id = "lifelong-2021-001", Decision = ConsentDecision.Unreachable,
                Recipient = new ConsentRecipient { Kind = RecipientKind.PublicAgency, Name = "北海道釧路児童相談所" }, Purpose = DisclosurePurpose.AgencySharing,
                Items = ["needs.non-attendance", "grade.a.monthly-attendance", "grade.a.absence-reasons"],
                DecidedOn = D(2021, 10, 15), RecordedBy = "みなと台中学校 生徒指導主事 栗田 聡",
                ContactAttempts =
                [
                    new ContactAttempt { On = D(2021, 10, 4), Method = ContactMethod.Phone, Outcome = "自宅・母の携帯電話とも応答なし" },
                    new ContactAttempt { On = D(2021, 10, 6), Method = ContactMethod.Phone, Outcome = "母の携帯電話は使われていないとの案内" },
                    new ContactAttempt { On = D(2021, 10, 8), Method = ContactMethod.HomeVisit, Outcome = "担任が訪問。不在" },
                    new ContactAttempt { On = D(2021, 10, 12), Method = ContactMethod.Letter, Outcome = "連絡を依頼する手紙を投函" },
                    new ContactAttempt { On = D(2021, 10, 14), Method = ContactMethod.HomeVisit, Outcome = "SSWと担任が訪問。祖母が応対し、母が体調を崩していると聞いた。母とは話せず" },
                ],
                Note = "本人の安全は祖母を通じて確認。同意を得る努力を続け、10月29日に母と面談できた。",
            },
            new ConsentRecord
            {
                Id = "lifelong-2021-002", Decision = ConsentDecision.Granted, Grantor = guardian,
                Recipient = new ConsentRecipient { Kind = RecipientKind.PublicAgency, Name = LifeCentre }, Purpose = DisclosurePurpose.AgencySharing,
                Items = ["needs.non-attendance", "common.basic.strengths", "grade.a.monthly-attendance", "grade.b.term-plans", "conference.support-status"],
                DecidedOn = D(2021, 10, 29), ValidUntil = D(2023, 3, 31), Method = ConsentMethod.Written, ContentShown = true, PurposeExplained = true,
                RecordedBy = "みなと台中学校 生徒指導主事 栗田 聡",
            },
            new ConsentRecord
            {
                Id = "lifelong-2023-001", Decision = ConsentDecision.Granted, Grantor = self,
                Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool, Name = LifeHighSchool, SchoolCode = highSchool }, Purpose = DisclosurePurpose.Handover,
                Items = ["common-sheet", "grade-sheet", "grade-sheet-a", "grade-sheet-b", "case-conference", "needs.disability", "needs.non-attendance", "common.basic.disability-type", "common.basic.diagnosis", "common.basic.assessments"],
                DecidedOn = D(2023, 2, 17), ValidUntil = D(2026, 3, 31), Method = ConsentMethod.Written, ContentShown = true, PurposeExplained = true,
                RecordedBy = "みなと台中学校 生徒指導主事 栗田 聡", Note = "本人が内容を確認して署名。",
            },
            new ConsentRecord
            {
                Id = "lifelong-2023-002", Decision = ConsentDecision.Granted, Grantor = guardian,
                Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool, Name = LifeHighSchool, SchoolCode = highSchool }, Purpose = DisclosurePurpose.Handover,
                Items = ["common-sheet", "grade-sheet", "grade-sheet-a", "grade-sheet-b", "case-conference", "needs.disability", "needs.non-attendance", "common.basic.disability-type", "common.basic.diagnosis", "common.basic.assessments"],
                DecidedOn = D(2023, 2, 17), ValidUntil = D(2026, 3, 31), Method = ConsentMethod.Written, ContentShown = true, PurposeExplained = true,
                RecordedBy = "みなと台中学校 生徒指導主事 栗田 聡", Note = "保護者としても同意。",
            },
            new ConsentRecord
            {
                Id = "lifelong-2025-001", Decision = ConsentDecision.Granted, Grantor = self,
                Recipient = new ConsentRecipient { Kind = RecipientKind.PublicAgency, Name = "ハローワーク釧路 専門援助部門" }, Purpose = DisclosurePurpose.AgencySharing,
                Items = ["common.basic.strengths", "accommodations", "grade.b.student-situation"],
                DecidedOn = D(2025, 6, 20), ValidUntil = D(2026, 3, 31), Method = ConsentMethod.Written, ContentShown = true, PurposeExplained = true,
                RecordedBy = "あけぼの高等学校 進路指導部 岡 紀子",
            },
            new ConsentRecord
            {
                Id = "lifelong-2026-001", Decision = ConsentDecision.Granted, Grantor = self,
                Recipient = new ConsentRecipient { Kind = RecipientKind.Employer, Name = LifeEmployer }, Purpose = DisclosurePurpose.WorkTransition,
                Items = ["common.basic.strengths", "accommodations", "grade.a.handover-notes", "grade.b.student-situation"],
                DecidedOn = D(2026, 1, 23), ValidFrom = D(2026, 3, 2), ValidUntil = D(2027, 3, 31), Method = ConsentMethod.Written, ContentShown = true, PurposeExplained = true,
                RecordedBy = "あけぼの高等学校 進路指導部 岡 紀子",
                Note = "本人が提供する項目を選んだ。診断名・手帳・家族の情報は提供しない（本人が必要に応じて自分で伝える）。",
            },
        ];
    }

    private sealed record LifeYear(
        string ClassName,
        string Teacher,
        string TeacherReading,
        string Administrator,
        int Absent,
        int Late,
        int Early,
        string StudentNow,
        string StudentHope,
        string GuardianNow,
        string GuardianHope,
        string YearGoal,
        string[] TermGoals,
        string AbsenceReasons,
        string Handover);
}
