using SupportPlan.Interop.Packages;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Interop.Validation;

/// <summary>
/// The disclosure layer: every item present in the package's plan is accounted for in its report as disclosed, and
/// deciding the disclosure again — with only the consent records the package carries, for the sender and recipient it
/// declares, on the date it states, under the validator's policy — discloses it too. So nothing was sent that should
/// not have been: a grant the package does not carry, an exception the sender's establishment or the recipient's kind
/// does not allow, an item outside the indispensable range, all show.
/// </summary>
internal static class DisclosureChecks
{
    public static IEnumerable<Finding> Check(HandoverPackage package, DisclosureEngine engine, bool migrated)
    {
        var findings = new List<Finding>();
        var report = package.Report;
        CheckReportAgrees(package, findings);
        var policy = engine.Policy;
        if (!string.Equals(report.PolicyName, policy.Name, StringComparison.Ordinal) || !string.Equals(report.PolicyVersion, policy.Version, StringComparison.Ordinal))
        {
            findings.Add(DisclosureFindings.OtherPolicy.At("/report/policyName", report.PolicyName, report.PolicyVersion, policy.Name, policy.Version));
        }

        var carried = package.Consents.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < report.Entries.Count; i++)
        {
            var entry = report.Entries[i];
            if (entry.ArticleId is { } article && !engine.DefinesArticle(article))
            {
                findings.Add(DisclosureFindings.UnknownArticle.At($"/report/entries/{i}/articleId", article));
            }

            if (entry.Outcome == ItemOutcome.DisclosedOnConsent && !migrated)
            {
                foreach (var id in entry.ConsentIds)
                {
                    if (!carried.Contains(id))
                    {
                        findings.Add(DisclosureFindings.MissingConsentRecord.At($"/report/entries/{i}/consentIds", id));
                    }
                }
            }
        }

        // The first entry of each content item.
        var byItem = new Dictionary<string, ItemDecision>(report.Entries.Count, StringComparer.Ordinal);
        foreach (var entry in report.Entries)
        {
            if (entry.ItemId != "extensions")
            {
                byItem.TryAdd(entry.ItemId, entry);
            }
        }

        var consents = package.Consents.Concat(package.Plan.Consents).DistinctBy(c => c.Id, StringComparer.Ordinal).ToValueList();
        // Only the decisions are made again: the validator needs neither the disclosed plan, nor the preview, nor the
        // records themselves.
        var again = engine.DecideItems(new DisclosureRequest
        {
            Plan = package.Plan with { Consents = consents },
            Sender = package.Sender.ToSender(),
            Recipient = package.Recipient.ToRecipient(),
            Purpose = package.Purpose,
            Date = package.DecidedOn,
            Exception = package.Exception,
            Procedures = package.Procedures,
        });

        // The engine decides exactly the content items present, in catalogue order. Only the consent records differ
        // from the package's plan (the carried ones are added), so their presence is taken from the package's plan itself.
        foreach (var redecided in again.Content)
        {
            if (redecided.ItemId == "consents" && package.Plan.Consents.IsEmpty)
            {
                continue;
            }

            if (!byItem.TryGetValue(redecided.ItemId, out var entry))
            {
                var item = PlanItemCatalog.Find(redecided.ItemId)!;
                findings.Add(DisclosureFindings.NotInReport.At(PointerOf(item), item.LabelJa, item.LabelEn));
            }
            else if (!entry.IsDisclosed())
            {
                var item = PlanItemCatalog.Find(redecided.ItemId)!;
                var reason = entry.Reason is { } r ? CodeName.Of(r.ToString()) : CodeName.Of(entry.Outcome.ToString());
                findings.Add(DisclosureFindings.PresentButWithheld.At(PointerOf(item), item.LabelJa, reason, item.LabelEn, reason));
            }
            else if (!redecided.IsDisclosed())
            {
                var item = PlanItemCatalog.Find(redecided.ItemId)!;
                var reason = CodeName.Of((redecided.Reason?.ToString() ?? redecided.Outcome.ToString()));
                var finding = DisclosureFindings.NotCovered.At(PointerOf(item), item.LabelJa, reason, item.LabelEn, reason);
                findings.Add(migrated ? finding with { Severity = FindingSeverity.Warning } : finding);
            }
        }

        CheckExtensions(package, again.Extensions, findings, migrated);
        if (package.ProvisionRecord is null && !migrated && engine.ProvisionRecordDue(again, package.Recipient.Kind))
        {
            findings.Add(DisclosureFindings.ProvisionRecordMissing.At(""));
        }

        return findings;
    }

    /// <summary>Where an item's finding points: its first pointer in the plan, up to its first wildcard (built only for a finding).</summary>
    private static string PointerOf(PlanItem item) => "/plan" + item.Pointers[0].Split("/*")[0];

    private static void CheckExtensions(HandoverPackage package, IReadOnlyList<ItemDecision> redecidedExtensions, List<Finding> findings, bool migrated)
    {
        if (package.Plan.Extensions.IsEmpty)
        {
            return;
        }

        // Report entries of extensions point into the original plan; match the disclosed ones by namespace.
        var reported = package.Report.Entries.Where(e => e.ItemId == "extensions" && e.IsDisclosed())
            .GroupBy(e => e.LabelEn, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = 0; i < package.Plan.Extensions.Count; i++)
        {
            var extension = package.Plan.Extensions[i];
            var pointer = "/plan/extensions/" + i;
            if (!reported.TryGetValue(extension.Namespace, out var left) || left == 0)
            {
                findings.Add(DisclosureFindings.NotInReport.At(pointer, extension.Label ?? extension.Namespace, extension.Namespace));
            }
            else
            {
                reported[extension.Namespace] = left - 1;
            }

            if (i < redecidedExtensions.Count)
            {
                var again = redecidedExtensions[i];
                if (!again.IsDisclosed())
                {
                    var reason = CodeName.Of(again.Reason?.ToString() ?? again.Outcome.ToString());
                    var finding = DisclosureFindings.NotCovered.At(pointer, extension.Label ?? extension.Namespace, reason, extension.Namespace, reason);
                    findings.Add(migrated ? finding with { Severity = FindingSeverity.Warning } : finding);
                }
            }
        }
    }

    private static void CheckReportAgrees(HandoverPackage package, List<Finding> findings)
    {
        var report = package.Report;
        void Check(bool agrees, string pointer, string ja, string en)
        {
            if (!agrees)
            {
                findings.Add(DisclosureFindings.ReportMismatch.At(pointer, ja, en));
            }
        }

        Check(report.PlanId == package.Plan.Id, "/report/planId", "計画ID", "plan id");
        Check(report.Recipient.Kind == package.Recipient.Kind, "/report/recipient/kind", "提供先の種別", "recipient kind");
        Check(report.Recipient.SchoolCode == package.Recipient.SchoolCode, "/report/recipient/schoolCode", "提供先の学校コード", "recipient school code");
        Check(string.Equals(report.Recipient.Name, package.Recipient.Name, StringComparison.Ordinal), "/report/recipient/name", "提供先の名称", "recipient name");
        Check(report.Sender.SchoolCode == package.Sender.SchoolCode, "/report/sender/schoolCode", "提供元の学校コード", "sender school code");
        Check((report.SenderEstablishment ?? report.Sender.Establishment()) == (package.Sender.SchoolCode?.Establishment ?? package.Sender.Establishment),
            "/report/senderEstablishment", "提供元の設置者区分", "sender establishment");
        Check(report.Purpose == package.Purpose, "/report/purpose", "利用目的", "purpose");
        Check(report.Date == package.DecidedOn, "/report/date", "判断日", "date");
    }
}
