using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Benchmarks;

/// <summary>
/// The benchmark inputs, shared by every benchmark class: three plans of increasing size, the two disclosure requests
/// made of them, and the handover file written from a decision. Every input is deterministic (fixed ids, dates and
/// content) and checked when built: the plans have no model finding, the files pass the validator with no finding.
/// <c>ValidationBenchmarks</c> builds its own requests (the same family request, and the first rather than the last
/// consented handover); it could use these later.
/// </summary>
internal static class Workloads
{
    /// <summary>A small, typical plan: the Nemuro scenario (two grade sheets, six conferences; about 34 KB compact).</summary>
    public const string Small = "nemuro";

    /// <summary>The largest scenario: <c>lifelong</c> (fifteen school years of grade sheets, 21 conferences; about 124 KB compact).</summary>
    public const string Largest = "lifelong";

    /// <summary>A synthetic plan of at least <see cref="SyntheticTargetBytes"/>: <c>lifelong</c> with its conferences repeated.</summary>
    public const string Synthetic = "synthetic-200k";

    /// <summary>The compact JSON size the synthetic plan reaches (it stops at the first conference copy past it).</summary>
    public const int SyntheticTargetBytes = 200_000;

    /// <summary>When every package in the benchmarks is written.</summary>
    public static readonly DateTimeOffset CreatedAt = new(2026, 7, 2, 9, 0, 0, TimeSpan.FromHours(9));

    /// <summary>The three plan workloads, small to large.</summary>
    public static IEnumerable<string> Names { get; } = [Small, Largest, Synthetic];

    /// <summary>
    /// The plan of a workload, read back from its compact JSON so that it shares no object between sections (as a plan
    /// loaded from storage does; the scenario builders reuse some records).
    /// </summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="InvalidOperationException">The plan does not read back, or has model findings.</exception>
    public static StudentSupportPlan Plan(string name)
    {
        var built = name switch
        {
            Small => Scenarios.Scenarios.Nemuro(),
            Largest => Scenarios.Scenarios.Lifelong(),
            Synthetic => SyntheticPlan(),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown workload."),
        };
        var read = PlanJson.Read(PlanJson.Serialize(built));
        var plan = read.Plan ?? throw new InvalidOperationException($"{name}: the plan does not read back: {Describe(read.Findings)}");
        var findings = PlanChecker.Default.Check(plan);
        return findings.Count == 0 ? plan : throw new InvalidOperationException($"{name}: the plan has model findings: {Describe(findings)}");
    }

    /// <summary>
    /// The synthetic large plan: the <c>lifelong</c> plan with further rounds of its 21 conferences (each round from a
    /// fresh build, the purpose marked with the round) until the compact JSON reaches <see cref="SyntheticTargetBytes"/>;
    /// a long case with many meetings. Deterministic: the same bytes every time.
    /// </summary>
    /// <returns>The plan.</returns>
    public static StudentSupportPlan SyntheticPlan()
    {
        var plan = Scenarios.Scenarios.Lifelong();
        var conferences = new List<CaseConferenceRecord>(plan.CaseConferences);
        for (var round = 2; PlanJson.Serialize(plan).Length < SyntheticTargetBytes; round++)
        {
            foreach (var conference in Scenarios.Scenarios.Lifelong().CaseConferences)
            {
                conferences.Add(conference with { Purpose = $"{conference.Purpose}（第{round}部会）" });
            }

            plan = plan with { CaseConferences = [.. conferences.OrderBy(c => c.HeldOn)] };
        }

        return plan;
    }

    /// <summary>
    /// The handover to the family (everything is disclosed: the largest output), from the last school with a code, on
    /// 2026-07-01.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The request.</returns>
    public static DisclosureRequest FamilyRequest(StudentSupportPlan plan)
    {
        var school = plan.Header!.Schools.Last(s => s.SchoolCode is not null);
        return new DisclosureRequest
        {
            Plan = plan,
            Sender = Sender.FromSchoolCode(school.SchoolCode!.Value, school.SchoolName),
            Recipient = new Recipient { Kind = RecipientKind.Family, Name = "保護者" },
            Purpose = DisclosurePurpose.Handover,
            Date = new DateOnly(2026, 7, 1),
        };
    }

    /// <summary>
    /// The typical handover: the one the plan's last granted handover consent to a public school names, from the school
    /// attended on the day the consent takes effect (most sheets go, some items are withheld).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The request.</returns>
    public static DisclosureRequest ConsentedHandoverRequest(StudentSupportPlan plan) =>
        RequestOn(plan, plan.Consents.Last(c => c.Decision == ConsentDecision.Granted && c.Purpose == DisclosurePurpose.Handover && c.Recipient.Kind == RecipientKind.PublicSchool));

    /// <summary>
    /// The request a consent record names: to its recipient, for its purpose, on the day it takes effect, from the
    /// school attended that day (or the last school with a code).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="consent">One of the plan's consent records.</param>
    /// <returns>The request.</returns>
    public static DisclosureRequest RequestOn(StudentSupportPlan plan, ConsentRecord consent)
    {
        var date = consent.EffectiveFrom();
        var schools = plan.Header?.Schools ?? [];
        var school = schools.FirstOrDefault(s => s.SchoolCode is not null && s.EnteredOn <= date && (s.LeftOn is null || s.LeftOn >= date))
            ?? schools.Last(s => s.SchoolCode is not null);
        return new DisclosureRequest
        {
            Plan = plan,
            Sender = Sender.FromSchoolCode(school.SchoolCode!.Value, school.SchoolName),
            Recipient = new Recipient { Kind = consent.Recipient.Kind, Name = consent.Recipient.Name, SchoolCode = consent.Recipient.SchoolCode },
            Purpose = consent.Purpose,
            Date = date,
        };
    }

    /// <summary>The package for a decided request, with a fixed creation time and an id made from <paramref name="number"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="result">The engine's decision for it.</param>
    /// <param name="number">Makes the package id (and so the digest) differ between files of a batch.</param>
    /// <returns>The sealed package.</returns>
    public static HandoverPackage Package(DisclosureRequest request, DisclosureResult result, int number = 1) =>
        HandoverPackages.Create(request, result, CreatedAt, PackageId(number));

    /// <summary>A fixed, valid version-4 package id for a number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The id.</returns>
    public static Guid PackageId(int number) => new($"00000000-0000-4000-8000-{number:D12}");

    /// <summary>A handover file as the command line writes it (indented UTF-8).</summary>
    /// <param name="package">The package.</param>
    /// <returns>The bytes.</returns>
    public static byte[] File(HandoverPackage package) => PackageJson.Serialize(package, indented: true);

    /// <summary>Throws unless the validator passes the file with no finding at all.</summary>
    /// <param name="validator">The validator.</param>
    /// <param name="bytes">The file.</param>
    /// <param name="what">Names the file in the exception.</param>
    /// <returns>The package the validator read.</returns>
    /// <exception cref="InvalidOperationException">The file is invalid or has findings.</exception>
    public static HandoverPackage RequireValid(PackageValidator validator, byte[] bytes, string what)
    {
        var result = validator.Validate(bytes);
        return result.IsValid && result.Findings.Count == 0 && result.Package is { } package
            ? package
            : throw new InvalidOperationException($"{what}: the file is not valid with zero findings: {Describe(result.Findings)}");
    }

    /// <summary>Throws with <paramref name="what"/> unless <paramref name="condition"/> holds.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="what">What failed.</param>
    /// <exception cref="InvalidOperationException">The condition is false.</exception>
    public static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException(what);
        }
    }

    private static string Describe(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Take(10).Select(f => $"{f.Code} {f.Pointer} {f.MessageEn}"));
}
