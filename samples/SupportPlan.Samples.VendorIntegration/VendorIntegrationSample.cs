using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SupportPlan.Interop.DependencyInjection;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Retention;

namespace SupportPlan.Samples.VendorIntegration;

/// <summary>
/// A vendor's school system, end to end, with <c>AddSupportPlan</c> and the real container: the sending school creates
/// a plan, stores it, hands it over to the next school (disclosure decided item by item, handover package written),
/// and the receiving school's installation imports it (package validated, APPI Art 30 confirmation record made).
/// </summary>
public static class VendorIntegrationSample
{
    /// <summary>The day the sending school decides and writes the handover (after the graduation, before the new school year).</summary>
    public static readonly DateTimeOffset HandedOverAt = new(2026, 3, 23, 15, 30, 0, TimeSpan.FromHours(9));

    /// <summary>The day the receiving school imports the package.</summary>
    public static readonly DateOnly ReceivedOn = new(2026, 3, 24);

    /// <summary>Runs the sample: <c>[--out DIR] [--lang ja|en]</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where the steps are told.</param>
    /// <param name="error">Where problems are told.</param>
    /// <returns>0 when every step succeeded, 1 when a check failed, 2 on a usage or file error.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Arguments(args, error) is not var (outDir, language))
        {
            return 2;
        }

        try
        {
            return Run(Path.GetFullPath(outDir), language, output, error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int Run(string root, string language, TextWriter output, TextWriter error)
    {
        var sendingDir = Path.Combine(root, "sending-school");
        var receivingDir = Path.Combine(root, "receiving-school");
        output.WriteLine($"SupportPlan vendor integration sample, writing to {root}");

        // The sending school's installation.
        using var sending = new ServiceCollection().AddSupportPlan(o => o.Language = language).BuildServiceProvider();
        var options = sending.GetRequiredService<SupportPlanOptions>();

        // 1. Create the plan and run the model checks.
        var plan = HokutoPlan.Build();
        var findings = sending.GetRequiredService<PlanChecker>().Check(plan);
        output.WriteLine($"1. created plan {plan.Id} ({plan.CommonSheet?.Student?.Name?.Name}, needs: {string.Join(", ", plan.Needs.Kinds())}): {Count(findings)}");
        if (findings.Any(f => f.Severity == FindingSeverity.Error))
        {
            return Fail(error, options, findings);
        }

        // 2. Store it as JSON and read it back.
        var planPath = Write(Path.Combine(sendingDir, "plans", $"{plan.Id}.json"), PlanJson.Serialize(plan, indented: true));
        var stored = PlanJson.Read(File.ReadAllBytes(planPath));
        if (stored.Plan != plan)
        {
            return Fail(error, options, stored.Findings);
        }

        output.WriteLine($"2. stored it as {Relative(root, planPath)} ({new FileInfo(planPath).Length:N0} bytes; it reads back equal)");

        // 3. Hand it over: decide what the high school may receive and write the handover package.
        var request = new DisclosureRequest
        {
            Plan = stored.Plan,
            Sender = HokutoPlan.Sender,
            Recipient = HokutoPlan.Recipient,
            Purpose = Model.Consent.DisclosurePurpose.Handover,
            Date = DateOnly.FromDateTime(HandedOverAt.DateTime),
        };
        var decision = sending.GetRequiredService<IDisclosureEngine>().Decide(request);
        if (decision.IsBlocked || decision.NothingDisclosed)
        {
            error.WriteLine("error: the disclosure is blocked or discloses nothing; no package is written.");
            return 1;
        }

        var package = HandoverPackages.Create(request, decision, HandedOverAt);
        var packagePath = Write(Path.Combine(sendingDir, "outbox", $"{package.PackageId}.json"), PackageJson.Serialize(package, indented: true));
        var withheld = decision.Report.Entries.Where(e => !e.IsDisclosed()).Select(e => e.LabelJa).ToList();
        output.WriteLine($"3. handed it over to {request.Recipient.Name} on {Iso(request.Date)}: {decision.Report.Entries.Count - withheld.Count} items disclosed, {withheld.Count} withheld ({string.Join("、", withheld)})");
        output.WriteLine($"   package {Relative(root, packagePath)}");
        if (decision.ProvisionRecord is { } provision)
        {
            var provisionPath = Write(Path.Combine(sendingDir, "records", $"provision-{package.PackageId}.json"), RulesJson.Serialize(provision, indented: true));
            output.WriteLine($"   Art 29 provision record {Relative(root, provisionPath)} (kept until {Iso(provision.KeepUntil)})");
        }

        // 4. The receiving school's installation imports it: validate, then make the Art 30 confirmation record.
        using var receiving = new ServiceCollection().AddSupportPlan(o => o.Language = language).BuildServiceProvider();
        var validation = receiving.GetRequiredService<PackageValidator>().ValidateFile(packagePath);
        if (!validation.IsValid || validation.Package is not { } received)
        {
            output.WriteLine($"4. the package is invalid: {Count(validation.Findings)}");
            return Fail(error, options, validation.Findings);
        }

        var importedPath = Write(Path.Combine(receivingDir, "plans", $"{received.Plan.Id}.json"), PlanJson.Serialize(received.Plan, indented: true));
        output.WriteLine($"4. imported it at the high school: the package is valid ({Count(validation.Findings)}); plan stored as {Relative(root, importedPath)}");
        var confirmation = receiving.GetRequiredService<IDisclosureEngine>().Confirm(received.Report, HokutoPlan.Recipient, ReceivedOn);
        if (confirmation is null)
        {
            output.WriteLine("   no Art 30 confirmation record is due (a public recipient, or provision under an exception)");
        }
        else
        {
            var confirmationPath = Write(Path.Combine(receivingDir, "records", $"confirmation-{received.PackageId}.json"), RulesJson.Serialize(confirmation, indented: true));
            output.WriteLine($"   Art 30 confirmation record {Relative(root, confirmationPath)}: {confirmation.Items.Count} items from {confirmation.ProviderName} (kept until {Iso(confirmation.KeepUntil)})");
        }

        // 5. Retention of the sending school's copy.
        var retention = sending.GetRequiredService<RetentionPolicy>().Evaluate(plan, ReceivedOn);
        output.WriteLine(retention.KeepUntil is { } until
            ? $"5. the junior high keeps its copy until {Iso(until)} (rule {retention.RuleId}, from the graduation on {Iso(retention.LeftOn!.Value)})"
            : $"5. retention of the junior high's copy: {retention.State}");
        return 0;
    }

    private static (string OutDir, string Language)? Arguments(string[] args, TextWriter error)
    {
        var outDir = Path.Combine("out", "vendor-sample");
        var language = "ja";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--lang" when i + 1 < args.Length && args[i + 1] is "ja" or "en":
                    language = args[++i];
                    break;
                default:
                    error.WriteLine($"error: unexpected argument '{args[i]}'");
                    error.WriteLine("usage: SupportPlan.Samples.VendorIntegration [--out DIR] [--lang ja|en]");
                    return null;
            }
        }

        return (outDir, language);
    }

    private static int Fail(TextWriter error, SupportPlanOptions options, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            error.WriteLine($"  {finding.Code} {finding.Pointer}: {options.Message(finding)}");
        }

        return 1;
    }

    private static string Count(IReadOnlyList<Finding> findings)
    {
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        return $"{errors} errors, {findings.Count - errors} warnings";
    }

    private static string Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
