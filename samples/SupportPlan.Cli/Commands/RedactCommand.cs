using System.Globalization;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Policy;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Cli.Commands;

/// <summary>
/// <c>supportplan redact PLAN.json --to KIND [--sender-code CODE] [--recipient-code CODE] [--recipient-name NAME]
/// [--purpose PURPOSE] [--date YYYY-MM-DD] [--exception-reason TEXT --consent-effort TEXT [--harm-assessed]]
/// [--sender-establishment E] [--recipient-address TEXT] [--created-at ISO-8601] [--policy FILE] [--out FILE]</c>:
/// decides the disclosure and writes the handover package (indented), or exits 3 without one when nothing may be
/// disclosed or a procedure is missing.
/// </summary>
internal static class RedactCommand
{
    public static int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        var kindText = args.Value("to") ?? throw new UsageException("redact needs --to KIND");
        var kind = CodeNames.Parse<RecipientKind>(kindText, "to");
        var purpose = args.Value("purpose") is { } p ? CodeNames.Parse<DisclosurePurpose>(p, "purpose") : DisclosurePurpose.Handover;
        var senderCode = Code(args.Value("sender-code"), "sender-code");
        var recipientCode = Code(args.Value("recipient-code"), "recipient-code");
        var recipientName = args.Value("recipient-name");
        var senderName = args.Value("sender-name");
        var date = args.Value("date") is { } d
            ? DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : throw new UsageException("--date must be YYYY-MM-DD")
            : DateOnly.FromDateTime(DateTime.Now);
        var reason = args.Value("exception-reason");
        var effort = args.Value("consent-effort");
        var harmAssessed = args.Flag("harm-assessed");
        var confidentiality = args.Flag("confidentiality-duty");
        var establishment = args.Value("sender-establishment") is { } e ? CodeNames.Parse<Establishment>(e, "sender-establishment") : (Establishment?)null;
        var recipientAddress = args.Value("recipient-address");
        var createdAt = args.Value("created-at") is { } c
            ? DateTimeOffset.TryParse(c, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : throw new UsageException("--created-at must be an ISO 8601 date and time, e.g. 2026-07-01T09:00:00+09:00")
            : DateTimeOffset.Now;
        var policyFile = args.Value("policy");
        var outFile = args.Value("out");
        args.RejectUnknown(maxPositional: 1);
        if (args.Positional.Count != 1)
        {
            throw new UsageException("redact needs one PLAN.json");
        }

        var path = args.Positional[0];
        var read = PlanJson.Read(File.ReadAllBytes(path));
        if (read.Plan is null)
        {
            return PolicyFile.Reject(stderr, $"{path} is not a readable plan", read.Findings);
        }

        if (PolicyFile.Load(policyFile, stderr) is not { } policy)
        {
            return CliApp.UsageError;
        }

        var request = new DisclosureRequest
        {
            Plan = read.Plan,
            Sender = new Sender { SchoolCode = senderCode, Name = senderName, DeclaredEstablishment = establishment },
            Recipient = new Recipient { Kind = kind, SchoolCode = recipientCode, Name = recipientName, Address = recipientAddress, ConfidentialityDuty = confidentiality ? true : null },
            Purpose = purpose,
            Date = date,
            Exception = reason is null ? null : new ExceptionClaim { Reason = reason, ConsentEffort = effort, HarmAssessed = harmAssessed },
        };
        var result = new DisclosureEngine(policy).Decide(request);
        if (result.NothingDisclosed || result.IsBlocked)
        {
            Summarize(result, stderr);
            stderr.WriteLine(result.IsBlocked
                ? "no package written: a required procedure is missing (see the blocked items)"
                : "no package written: nothing may be disclosed to this recipient");
            return CliApp.NothingDisclosed;
        }

        var package = HandoverPackages.Create(request, result, createdAt);
        var json = PackageJson.Serialize(package, indented: true);
        if (outFile is null)
        {
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(json));
        }
        else
        {
            FileOutput.Write(outFile, json);
        }

        var summary = outFile is null ? stderr : stdout;
        Summarize(result, summary);
        if (outFile is not null)
        {
            summary.WriteLine($"wrote {outFile} (handover package {package.PackageId}, digest {package.Digest.Value[..16]}…)");
        }

        return CliApp.Ok;
    }

    private static SchoolCode? Code(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = SchoolCode.Parse(text);
        return parsed.Success ? parsed.Value : throw new UsageException($"--{option}: {parsed.Error!.MessageEn} / {parsed.Error.MessageJa}");
    }

    internal static void Summarize(DisclosureResult result, TextWriter output)
    {
        var report = result.Report;
        output.WriteLine($"{RecipientKinds.JapaneseName(report.Recipient.Kind)} / {CodeNames.Of(report.Recipient.Kind)} — {CodeNames.Of(report.Purpose)} on {report.Date:yyyy-MM-dd} (policy {report.PolicyVersion})");
        foreach (var entry in report.Entries.Where(e => e.Outcome != ItemOutcome.DisclosedAsStructure))
        {
            var basis = entry.Outcome switch
            {
                ItemOutcome.DisclosedOnConsent => "consent " + string.Join(",", entry.ConsentIds),
                ItemOutcome.DisclosedUnderException or ItemOutcome.DisclosedToFamily => entry.CitationEn ?? string.Empty,
                _ => CodeNames.Of(entry.Reason ?? WithholdReason.NoConsent) + (entry.ConsentIds.IsEmpty ? string.Empty : " (" + string.Join(",", entry.ConsentIds) + ")"),
            };
            output.WriteLine($"  {Mark(entry.Outcome)} {entry.ItemId,-36} {basis}");
        }

        output.WriteLine($"disclosed {report.Count(ItemOutcome.DisclosedOnConsent)} on consent, {report.Count(ItemOutcome.DisclosedUnderException)} under exception, {report.Count(ItemOutcome.DisclosedToFamily)} to the family; withheld {report.Count(ItemOutcome.Withheld)}; blocked {report.Count(ItemOutcome.Blocked)}");
        if (result.ProvisionRecord is not null)
        {
            output.WriteLine("an APPI Art 29 provision record is due and included");
        }
    }

    private static string Mark(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.Withheld => "-",
        ItemOutcome.Blocked => "!",
        _ => "+",
    };
}
