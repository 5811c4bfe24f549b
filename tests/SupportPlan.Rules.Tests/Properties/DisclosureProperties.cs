using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Testing;

namespace SupportPlan.Rules.Tests.Properties;

public sealed class DisclosureProperties
{
    private static readonly DisclosureEngine Engine = new();

    private static HashSet<string> DisclosedContent(DisclosureResult result) =>
        [.. result.Report.Entries
            .Where(e => e.IsDisclosed() && e.Outcome != ItemOutcome.DisclosedAsStructure && e.ItemId != "consents")
            .Select(e => e.ItemId + e.Pointer)];

    [Fact]
    public void Disclosure_never_includes_an_item_without_consent_or_cited_exception() =>
        Testing.Properties.ForAll(RequestGenerators.MarkedRequest, c =>
        {
            var (request, markers) = c;
            var result = Engine.Decide(request);
            var output = PlanJson.SerializeToString(result.DisclosedPlan);
            var entries = result.Report.Entries;
            foreach (var (marker, owner) in Markers.FoundIn(output, markers))
            {
                var entry = owner.StartsWith("extensions#", StringComparison.Ordinal)
                    ? entries.Single(e => e.Pointer == "/extensions/" + owner["extensions#".Length..])
                    : entries.Single(e => e.ItemId == owner);
                Assert.True(entry.IsDisclosed(), $"{marker} of {owner} left although the report says {entry.Outcome} ({entry.Reason})");
                switch (entry.Outcome)
                {
                    case ItemOutcome.DisclosedOnConsent:
                        Assert.NotEmpty(entry.ConsentIds);
                        Assert.All(entry.ConsentIds, id => Assert.Contains(request.Plan.Consents, r => r.Id == id && r.Decision == ConsentDecision.Granted && r.Purpose == request.Purpose && request.Recipient.IsCoveredBy(r.Recipient)));
                        break;
                    case ItemOutcome.DisclosedUnderException:
                        Assert.NotNull(entry.ArticleId);
                        Assert.False(string.IsNullOrWhiteSpace(entry.RecordedReason));
                        Assert.Contains(entry.ItemId, Engine.Policy.IndispensableRange);
                        break;
                    case ItemOutcome.DisclosedToFamily:
                        Assert.Equal(RecipientKind.Family, request.Recipient.Kind);
                        Assert.NotNull(entry.ArticleId);
                        break;
                    case ItemOutcome.DisclosedAsStructure:
                        Assert.Contains(entries, e => e.Section == entry.Section && e.IsDisclosed() && e.Outcome != ItemOutcome.DisclosedAsStructure);
                        break;
                }
            }

            // and every marker of a withheld item is absent
            foreach (var (marker, owner) in markers)
            {
                var withheld = entries.Where(e => !e.IsDisclosed() && (e.ItemId == owner || "extensions#" + e.Pointer.Split('/')[^1] == owner && e.ItemId == "extensions")).ToList();
                if (withheld.Count > 0)
                {
                    Assert.DoesNotContain(marker, output, StringComparison.Ordinal);
                }
            }
        }, cases: 200);

    [Fact]
    public void More_consent_never_discloses_less()
    {
        var cases = from c in RequestGenerators.MarkedRequest
                    from consent in PlanGenerators.Consent(2015, 900)
                    select (c.Request, Extra: consent with { Decision = ConsentDecision.Granted, Withdraws = null, Refusal = null, RevisitOn = null, ContactAttempts = [] });
        Testing.Properties.ForAll(cases, c =>
        {
            var before = DisclosedContent(Engine.Decide(c.Request));
            var more = c.Request with { Plan = c.Request.Plan with { Consents = c.Request.Plan.Consents.Append(AimedAt(c.Extra, c.Request)) } };
            var after = DisclosedContent(Engine.Decide(more));
            Assert.Subset(after, before);
        }, cases: 200);
    }

    [Fact]
    public void A_refusal_or_withdrawal_never_discloses_more()
    {
        var cases = from c in RequestGenerators.MarkedRequest
                    from consent in PlanGenerators.Consent(2015, 901)
                    from withdraw in Gen.Elements(false, true)
                    select (c.Request, consent, withdraw);
        Testing.Properties.ForAll(cases, c =>
        {
            var plan = c.Request.Plan;
            var granted = plan.Consents.FirstOrDefault(r => r.Decision == ConsentDecision.Granted);
            var negative = c.withdraw && granted is not null
                ? c.consent with { Decision = ConsentDecision.Withdrawn, Withdraws = granted.Id, Recipient = granted.Recipient, Purpose = granted.Purpose, Refusal = null, ContactAttempts = [] }
                : AimedAt(c.consent with { Decision = ConsentDecision.Refused, Withdraws = null, ContactAttempts = [] }, c.Request);
            var before = DisclosedContent(Engine.Decide(c.Request));
            var after = DisclosedContent(Engine.Decide(c.Request with { Plan = plan with { Consents = plan.Consents.Append(negative) } }));
            Assert.Subset(before, after);
        }, cases: 200);
    }

    [Fact]
    public void Redacting_the_output_again_changes_nothing() =>
        Testing.Properties.ForAll(RequestGenerators.MarkedRequest, c =>
        {
            var first = Engine.Decide(c.Request).DisclosedPlan;
            var again = Engine.Decide(c.Request with { Plan = first with { Consents = c.Request.Plan.Consents } }).DisclosedPlan;
            Assert.Equal(first, again with { Consents = first.Consents });
        }, cases: 150);

    [Fact]
    public void The_report_accounts_for_every_item_of_the_input_exactly_once() =>
        Testing.Properties.ForAll(RequestGenerators.MarkedRequest, c =>
        {
            var plan = c.Request.Plan;
            var report = Engine.Decide(c.Request).Report;
            foreach (var item in PlanItemCatalog.All.Where(i => i.Id != "extensions"))
            {
                var expected = item.Structural ? DisclosureEngine.StructurePresent(plan, item.Id) : PlanRedactor.IsPresent(plan, item.Id);
                Assert.Equal(expected ? 1 : 0, report.Entries.Count(e => e.ItemId == item.Id));
            }

            Assert.Equal(plan.Extensions.Count, report.Entries.Count(e => e.ItemId == "extensions"));
            Assert.Equal(report.Entries.Count, report.Entries.Select(e => e.ItemId + e.Pointer).Distinct().Count());
        }, cases: 150);

    [Fact]
    public void Deciding_the_items_alone_gives_the_reports_content_and_extension_entries_and_whether_a_record_is_due() =>
        Testing.Properties.ForAll(RequestGenerators.MarkedRequest, c =>
        {
            // What the validator decides again with (DecideItems, ProvisionRecordDue) must be what Decide reports.
            var result = Engine.Decide(c.Request);
            var items = Engine.DecideItems(c.Request);
            var content = result.Report.Entries.Where(e => e.ItemId != "extensions" && PlanItemCatalog.Find(e.ItemId)!.Structural == false).ToList();
            Assert.Equal(content, items.Content);
            Assert.Equal(result.Report.Entries.Where(e => e.ItemId == "extensions"), items.Extensions);
            Assert.Equal(result.Report.SenderEstablishment, items.SenderEstablishment);
            Assert.Equal(result.ProvisionRecord is not null, Engine.ProvisionRecordDue(items, c.Request.Recipient.Kind));
        }, cases: 200);

    [Fact]
    public void Decisions_are_deterministic() =>
        Testing.Properties.ForAll(RequestGenerators.MarkedRequest, c =>
        {
            var a = Engine.Decide(c.Request);
            var b = Engine.Decide(c.Request);
            Assert.Equal(PlanJson.Serialize(a.DisclosedPlan), PlanJson.Serialize(b.DisclosedPlan));
            Assert.Equal(Json.RulesJson.Serialize(a.Report), Json.RulesJson.Serialize(b.Report));
        }, cases: 50);

    [Fact]
    public void Every_remover_removes_exactly_the_members_its_catalogue_pointers_name() =>
        Testing.Properties.ForAll(PlanGenerators.FullPlan, plan =>
        {
            var (marked, owners) = Markers.Plant(plan);
            foreach (var item in PlanItemCatalog.All.Where(i => PlanRedactor.CanRemove(i.Id)))
            {
                var json = PlanJson.SerializeToString(PlanRedactor.Remove(marked, item.Id));
                foreach (var (marker, owner) in owners)
                {
                    var shouldRemain = owner != item.Id && !(item.Id == "extensions" && owner.StartsWith("extensions#", StringComparison.Ordinal));
                    Assert.True(shouldRemain == json.Contains(marker, StringComparison.Ordinal), $"removing {item.Id}: marker of {owner} {(shouldRemain ? "vanished" : "remained")}");
                }
            }
        }, cases: 20);

    private static ConsentRecord AimedAt(ConsentRecord consent, DisclosureRequest request) => consent with
    {
        Id = "extra-" + consent.Id,
        Recipient = new ConsentRecipient { Kind = request.Recipient.Kind },
        Purpose = request.Purpose,
        DecidedOn = request.Date.AddDays(-1),
        ValidFrom = null,
        ValidUntil = null,
    };
}
