using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Model.Consent;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;
using SupportPlan.Scenarios;

namespace SupportPlan.Interop.Tests.Support;

/// <summary>
/// Real handover packages: every scenario plan handed over on each of its granted consents, to the recipient, for the
/// purpose and on the first day that consent names, from the school the child attended that day.
/// </summary>
internal static class SamplePackages
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(9));

    private static readonly DisclosureEngine Engine = new();

    private static readonly Lazy<IReadOnlyList<Sample>> AllSamples = new(Build);

    public static IReadOnlyList<Sample> All => AllSamples.Value;

    /// <summary>The Nemuro plan to the public high school on its 2026 consent (the README's example).</summary>
    public static Sample Nemuro => All.First(s => s.Scenario == "nemuro" && s.Request.Recipient.Kind == RecipientKind.PublicSchool);

    /// <summary>The sample with the most items disclosed (a large package).</summary>
    public static Sample Largest => All.MaxBy(s => s.Bytes.Length)!;

    public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.Name });

    public static Sample Named(string name) => All.Single(s => s.Name == name);

    private static List<Sample> Build()
    {
        var samples = new List<Sample>();
        foreach (var scenario in Scenarios.Scenarios.All)
        {
            var plan = scenario.Build();
            foreach (var consent in plan.Consents.Where(c => c.Decision == ConsentDecision.Granted))
            {
                var date = consent.EffectiveFrom();
                var request = new DisclosureRequest
                {
                    Plan = plan,
                    Sender = Handovers.SenderOn(plan, date),
                    Recipient = Handovers.RecipientOf(consent.Recipient),
                    Purpose = consent.Purpose,
                    Date = date,
                };
                var result = Engine.Decide(request);
                if (result.IsBlocked || result.NothingDisclosed)
                {
                    continue;
                }

                var package = HandoverPackages.Create(request, result, CreatedAt, DeterministicId(samples.Count));
                samples.Add(new Sample($"{scenario.Name}/{consent.Id}", scenario.Name, request, result, package, PackageJson.Serialize(package, indented: true)));
            }
        }

        return samples;
    }

    private static Guid DeterministicId(int index) => new($"00000000-0000-4000-8000-{index:D12}");
}

/// <summary>One sample package and how it was made.</summary>
internal sealed record Sample(string Name, string Scenario, DisclosureRequest Request, DisclosureResult Result, HandoverPackage Package, byte[] Bytes)
{
    public override string ToString() => Name;
}
