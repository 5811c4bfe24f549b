using System.Text.Json;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Extensions;

namespace SupportPlan.Interop.Rendering;

/// <summary>What the plan holds beyond the form: support needs, accommodations, regional extensions, consent records, the Gifu forms.</summary>
internal sealed partial class PlanSheets
{
    private void WriteOtherRecords()
    {
        var needs = plan.Needs;
        var anyNeeds = needs.Disability is not null || needs.NonAttendance is not null || needs.JapaneseLanguage is not null || withheld.AnyIn(PlanSection.Needs);
        var anyAccommodations = !plan.Accommodations.IsEmpty || withheld.AnyIn(PlanSection.Accommodations);
        var anyExtensions = !plan.Extensions.IsEmpty || withheld.Extensions.Count > 0;
        var anyConsents = !plan.Consents.IsEmpty || withheld.AnyIn(PlanSection.Consents);
        if (!(anyNeeds || anyAccommodations || anyExtensions || anyConsents))
        {
            return;
        }

        html.Open("section", "sheet", ("id", "other-records"));
        html.Element("div", "care", "取扱注意");
        html.Element("h2", null, "その他の記録（参考様式外の項目）");
        if (anyNeeds)
        {
            WriteNeeds();
        }

        if (anyAccommodations)
        {
            WriteAccommodations();
        }

        if (anyExtensions)
        {
            WriteExtensions();
        }

        if (anyConsents)
        {
            html.Element("h3", null, "○同意の記録");
            Held("consents");
            ConsentTable.Write(html, plan.Consents);
        }

        html.Close();
    }

    private void WriteNeeds()
    {
        var needs = plan.Needs;
        html.Element("h3", null, "○支援の必要性");
        html.Open("table", "meta");
        var disability = needs.Disability;
        TextRow("障害", "needs.disability", disability is null ? null : Join("、",
            "在籍形態: " + SheetText.Placement(disability.Placement),
            disability.Basis is { } basis ? "判断の根拠: " + SheetText.Basis(basis) : null,
            disability.Division is { } division ? "学部: " + SheetText.Division(division) : null,
            disability.MedicalCare ? "医療的ケアあり" : null));
        var nonAttendance = needs.NonAttendance;
        TextRow("不登校", "needs.non-attendance", nonAttendance is null ? null : Join("\n",
            "該当",
            nonAttendance.SupportStartedOn is { } started ? "支援開始日: " + SheetText.Date(started) : null,
            nonAttendance.Background is { } background ? "背景: " + background : null));
        var japanese = needs.JapaneseLanguage;
        TextRow("日本語指導", "needs.japanese-language", japanese is null ? null : Join("、",
            "該当",
            japanese.SpecialCurriculum ? "特別の教育課程による指導" : null,
            japanese.InstructionStartedOn is { } from ? "指導開始日: " + SheetText.Date(from) : null,
            japanese.WeeklyHours is { } hours ? $"週{SheetText.Number(hours)}時間" : null));
        html.Close();
    }

    private void WriteAccommodations()
    {
        html.Element("h3", null, "○合理的配慮");
        Held("accommodations");
        html.Open("table");
        html.Open("tr");
        html.Label("観点");
        html.Label("提供内容");
        html.Label("障害種");
        html.Label("合意形成");
        html.Label("見直し");
        html.Close();
        foreach (var accommodation in plan.Accommodations)
        {
            html.Open("tr");
            html.TextCell(SheetText.Viewpoint(accommodation.Viewpoint), cssClass: "text");
            html.TextCell(Join("\n", accommodation.Provision, accommodation.Notes is null ? null : "※ " + accommodation.Notes), cssClass: "text");
            html.TextCell(string.Join("、", accommodation.Categories.Select(SheetText.Category)), cssClass: "text");
            html.TextCell(Join("\n",
                SheetText.Consensus(accommodation.Status),
                SheetText.Date(accommodation.AgreedOn),
                accommodation.AgreedWith.IsEmpty ? null : string.Join("・", accommodation.AgreedWith.Select(SheetText.Party))), cssClass: "text");
            html.TextCell(string.Join("\n", accommodation.ReviewDates.Select(SheetText.Date)), cssClass: "text");
            html.Close();
        }

        html.Close();
    }

    private void WriteExtensions()
    {
        html.Element("h3", null, "○地域独自項目");
        foreach (var entry in withheld.Extensions)
        {
            html.Open("p");
            html.Text(entry.LabelJa + "（" + entry.LabelEn + "）: ");
            Marker(entry.LabelJa, WithheldItems.Marker(entry));
            html.Close();
        }

        foreach (var extension in plan.Extensions)
        {
            WriteExtension(extension);
        }
    }

    private void WriteExtension(RegionalExtension extension)
    {
        html.Open("table", "meta");
        html.Open("tr");
        html.Label("項目");
        html.TextCell(Join("　", extension.Label, $"（{extension.Namespace}" + (extension.Version is null ? "）" : $" 版 {extension.Version}）")));
        html.Close();
        if (extension.Data.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in extension.Data.EnumerateObject())
            {
                html.Open("tr");
                html.Label(member.Name, cssClass: "wrap");
                html.TextCell(Value(member.Value), cssClass: "text");
                html.Close();
            }
        }
        else if (extension.Data.ValueKind != JsonValueKind.Undefined)
        {
            html.Open("tr");
            html.Label("内容");
            html.TextCell(Value(extension.Data), cssClass: "text");
            html.Close();
        }

        html.Close();
    }

    /// <summary>An extension value: a string as is, anything else as its JSON text.</summary>
    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };

    private void WriteGifuForms()
    {
        var gifu = plan.GifuForms;
        if (gifu is null && !withheld.AnyIn(PlanSection.GifuForms))
        {
            return;
        }

        html.Open("section", "sheet", ("id", "gifu-forms"));
        html.Element("div", "care", "取扱注意");
        html.Element("h2", null, "個別の教育支援計画（岐阜県様式）");
        WriteAuthorshipLine("gifu.authorship", gifu?.Authorship, "作成日", "作成者", "追記");

        var profile = gifu?.Profile;
        html.Element("h3", null, "○様式1 プロフィール");
        html.Open("table", "meta");
        TextRow("得意なこと・好きなこと", "gifu.profile.characteristics", profile?.Strengths);
        TextRow("苦手なこと・困っていること", "gifu.profile.characteristics", profile?.Difficulties);
        TextRow("本人の願い", "gifu.profile.wishes", profile?.StudentWishes);
        TextRow("保護者の願い", "gifu.profile.wishes", profile?.GuardianWishes);
        TextRow("進路希望", "gifu.profile.wishes", profile?.CareerWishes);
        TextRow("相談歴", "gifu.profile.consultation-history", profile?.ConsultationHistory);
        html.Close();

        html.Element("h3", null, "○様式2 関係機関との連携");
        Held("gifu.agencies");
        html.Open("table");
        html.Open("tr");
        html.Label("機関名");
        html.Label("分野");
        html.Label("担当者");
        html.Label("連絡先");
        html.Label("連携の内容");
        html.Label("開始");
        html.Close();
        foreach (var agency in gifu?.Agencies ?? [])
        {
            html.Open("tr");
            html.TextCell(agency.AgencyName);
            html.TextCell(SheetText.Agency(agency.Kind));
            html.TextCell(agency.PersonInCharge);
            html.TextCell(agency.Phone?.Value);
            html.TextCell(agency.Collaboration, cssClass: "text");
            html.TextCell(SheetText.Date(agency.Since));
            html.Close();
        }

        html.Close();

        html.Element("h3", null, "○様式3 実態—支援目標—支援内容—評価");
        Held("gifu.support-chain");
        html.Open("table", "chain");
        html.Open("tr");
        html.Label("領域");
        html.Label("実態（できていること／困難なこと）");
        html.Label("支援目標");
        html.Label("支援内容（いつ・だれが・どのように）");
        html.Label("評価");
        html.Close();
        foreach (var entry in gifu?.SupportChain ?? [])
        {
            var support = entry.Support;
            html.Open("tr");
            html.TextCell(entry.Area, cssClass: "text");
            html.TextCell(Join("\n", entry.CanDo is null ? null : "できていること: " + entry.CanDo, entry.Difficulties is null ? null : "困難なこと: " + entry.Difficulties), cssClass: "text");
            html.TextCell(entry.Goal, cssClass: "text");
            html.TextCell(support is null ? null : Join("\n",
                support.When is null ? null : "いつ: " + support.When,
                support.Who is null ? null : "だれが: " + support.Who,
                support.How is null ? null : "どのように: " + support.How,
                support.WorkingEnvironment is null ? null : "うまく取り組める環境設定や働きかけ: " + support.WorkingEnvironment,
                support.WhenUnstable is null ? null : "不安定になった時の対応: " + support.WhenUnstable), cssClass: "text");
            html.TextCell(Join("\n", entry.Evaluation, SheetText.Date(entry.EvaluatedOn)), cssClass: "text");
            html.Close();
        }

        html.Close();
        html.Close();
    }
}
