using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Testing;

/// <summary>Generators of disclosure requests: senders of every establishment, every recipient kind, purposes, dates, claims.</summary>
public static class RequestGenerators
{
    /// <summary>A sender identified by a school code of any establishment.</summary>
    public static Gen<Sender> Sender { get; } =
        from type in Gen.Elements(SchoolType.Elementary, SchoolType.JuniorHigh, SchoolType.HighSchool, SchoolType.SpecialNeeds)
        from code in PlanGenerators.SchoolCodeOf(type)
        select new Sender { SchoolCode = code, Name = "送信元の学校", Address = "北海道根室市" };

    /// <summary>A recipient of any kind, sometimes named "受け取る学校" (the name generated consents may use).</summary>
    public static Gen<Recipient> Recipient { get; } =
        from kind in Gen.Elements(Enum.GetValues<RecipientKind>())
        from named in Gen.Elements(false, true)
        from duty in Gen.Elements<bool?>(null, true, false)
        select new Recipient { Kind = kind, Name = named ? "受け取る学校" : "別の受領者", ConfidentialityDuty = duty };

    /// <summary>An exception claim, sometimes incomplete.</summary>
    public static Gen<ExceptionClaim?> Claim { get; } =
        Gen.Frequency(
            (2, Gen.Constant<ExceptionClaim?>(null)),
            (3, Gen.Constant<ExceptionClaim?>(new ExceptionClaim { Reason = "保護者と連絡が取れず、継続的な支援のため必要", ConsentEffort = "電話3回、家庭訪問2回", HarmAssessed = true })),
            (1, Gen.Constant<ExceptionClaim?>(new ExceptionClaim { Reason = "理由のみ" })));

    /// <summary>Recorded procedures.</summary>
    public static Gen<ValueList<RecordedProcedure>> Procedures { get; } =
        Gen.SubListOf(Enum.GetValues<ProcedureKind>()).Select(kinds => kinds.Select(k => new RecordedProcedure { Kind = k, On = new DateOnly(2025, 1, 10) }).ToValueList());

    /// <summary>
    /// A request for a plan: half the time aimed at one of the plan's consent records (its recipient, purpose and a
    /// date inside its period) so that consent paths are exercised, otherwise anything.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The generator.</returns>
    public static Gen<DisclosureRequest> For(StudentSupportPlan plan) =>
        from sender in Sender
        from recipient in Recipient
        from purpose in Gen.Elements(Enum.GetValues<DisclosurePurpose>())
        from day in Gen.Choose(0, 365 * 25)
        from claim in Claim
        from procedures in Procedures
        from aimed in plan.Consents.IsEmpty ? Gen.Constant<ConsentRecord?>(null) : Gen.Frequency((1, Gen.Constant<ConsentRecord?>(null)), (1, Gen.Elements(plan.Consents.ToArray()).Select(c => (ConsentRecord?)c)))
        from offset in Gen.Choose(0, 40)
        select new DisclosureRequest
        {
            Plan = plan,
            Sender = sender,
            Recipient = aimed is null ? recipient : recipient with { Kind = aimed.Recipient.Kind, Name = aimed.Recipient.Name ?? recipient.Name },
            Purpose = aimed?.Purpose ?? purpose,
            Date = aimed is null ? new DateOnly(2005, 4, 1).AddDays(day) : aimed.DecidedOn.AddDays(offset),
            Exception = claim,
            Procedures = procedures,
        };

    /// <summary>A plan with markers planted, and a request for it.</summary>
    public static Gen<(DisclosureRequest Request, IReadOnlyDictionary<string, string> Markers)> MarkedRequest { get; } =
        from plan in PlanGenerators.Plan
        let marked = Markers.Plant(plan)
        from request in For(marked.Plan)
        select (request, marked.Owners);
}
