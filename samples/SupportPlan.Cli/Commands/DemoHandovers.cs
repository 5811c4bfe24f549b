using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;
using SupportPlan.Scenarios;

namespace SupportPlan.Cli.Commands;

/// <summary>
/// The demo's handovers: each scenario's plan to a public, a national and a private school (the next school stage), a
/// private facility and the municipality. The day is that of the latest consent the family granted for such a recipient
/// and purpose, else the day of the plan's latest consent decision. The recipient is the one that consent names, else a
/// fictional one near the sender with a valid school code. Where the plan records no decision of the family for the
/// purpose (no grant, refusal, withdrawal or deferral, for any recipient), the sender claims the law's exception with a
/// recorded reason and effort, as a school that could not reach the family would; where the family did decide, its
/// decision stands and only consent discloses.
/// </summary>
internal static class DemoHandovers
{
    /// <summary>The recipient kinds of the demo, in table order.</summary>
    public static IReadOnlyList<RecipientKind> Kinds { get; } =
        [RecipientKind.PublicSchool, RecipientKind.NationalSchool, RecipientKind.PrivateSchool, RecipientKind.PrivateFacility, RecipientKind.Board];

    /// <summary>The exception claim the demo's senders record where the family decided nothing.</summary>
    public static ExceptionClaim Claim { get; } = new()
    {
        Reason = "保護者と連絡が取れず同意を得ることが困難であり、進学・転学先での継続的な支援のために必要不可欠な範囲に限って提供する（デモ）",
        ConsentEffort = "家庭訪問2回、電話3回、文書による連絡1回（いずれも応答なし）（デモ）",
        HarmAssessed = true,
        RecordedBy = "特別支援教育コーディネーター（デモ）",
    };

    /// <summary>The purpose of a handover to each kind.</summary>
    public static DisclosurePurpose PurposeFor(RecipientKind kind) => kind switch
    {
        RecipientKind.PrivateFacility => DisclosurePurpose.AgencySharing,
        RecipientKind.Board => DisclosurePurpose.MunicipalSubmission,
        _ => DisclosurePurpose.Handover,
    };

    /// <summary>The request for handing <paramref name="plan"/> to a recipient of <paramref name="kind"/>.</summary>
    public static DisclosureRequest RequestFor(StudentSupportPlan plan, RecipientKind kind)
    {
        var purpose = PurposeFor(kind);
        var records = plan.Consents.Where(c => c.Recipient.Kind == kind && c.Purpose == purpose).ToList();
        var granted = records.Where(c => c.Decision == ConsentDecision.Granted).MaxBy(c => c.EffectiveFrom());
        var named = granted ?? records.MaxBy(c => c.EffectiveFrom());
        var date = granted?.EffectiveFrom() ?? plan.Consents.Select(c => c.EffectiveFrom()).DefaultIfEmpty(new DateOnly(2026, 4, 1)).Max();
        var sender = Handovers.SenderOn(plan, date);
        var recipient = named is not null && !named.Recipient.IsClass()
            ? Handovers.RecipientOf(named.Recipient)
            : Fictional(kind, sender);
        // Asked about this purpose, the family decided: the school relies on that decision, not on an exception.
        var decided = plan.Consents.Any(c => c.Purpose == purpose);
        return new DisclosureRequest
        {
            Plan = plan,
            Sender = sender,
            Recipient = recipient,
            Purpose = purpose,
            Date = date,
            Exception = decided ? null : Claim,
        };
    }

    /// <summary>A fictional recipient of <paramref name="kind"/> in the sender's prefecture and municipality, at the next school stage.</summary>
    private static Recipient Fictional(RecipientKind kind, Sender sender)
    {
        var prefecture = sender.SchoolCode?.Prefecture ?? Prefecture.FromNumber(1).Value;
        var (type, stage) = (sender.SchoolCode?.SchoolType ?? SchoolType.Elementary) switch
        {
            SchoolType.Kindergarten or SchoolType.CertifiedChildCareCenter => (SchoolType.Elementary, "小学校"),
            SchoolType.Elementary => (SchoolType.JuniorHigh, "中学校"),
            _ => (SchoolType.HighSchool, "高等学校"),
        };
        // "根室市立はまなす中学校" → "根室市": the municipality that runs the sender; else its prefecture.
        var founder = sender.Name is { } name && name.IndexOf('立', StringComparison.Ordinal) is var at and > 0 ? name[..at] : prefecture.JapaneseName;
        return kind switch
        {
            RecipientKind.PublicSchool => School(kind, (type == SchoolType.HighSchool ? prefecture.JapaneseName : founder) + "立みどり" + stage, type, prefecture, Establishment.Public, "9000017"),
            RecipientKind.NationalSchool => School(kind, "国立大学法人みらい教育大学 附属" + stage, type, prefecture, Establishment.National, "9000025"),
            RecipientKind.PrivateSchool => School(kind, "学校法人あおば学園 あおば学園" + stage, type, prefecture, Establishment.Private, "9000033"),
            // A free school run by an NPO has no statutory duty of confidentiality: checked and explained to the family.
            RecipientKind.PrivateFacility => new Recipient { Kind = kind, Name = "NPO法人こもれび フリースクールこもれび", ConfidentialityDuty = false },
            RecipientKind.Board => new Recipient { Kind = kind, Name = founder + "教育委員会" },
            _ => new Recipient { Kind = kind },
        };
    }

    private static Recipient School(RecipientKind kind, string name, SchoolType type, Prefecture prefecture, Establishment establishment, string number) =>
        new() { Kind = kind, Name = name, SchoolCode = SchoolCode.Create(type, prefecture, establishment, number) };
}
