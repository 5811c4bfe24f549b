using FsCheck.Fluent;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Rendering;
using SupportPlan.Rules.Decisions;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Rendering;

public sealed class HtmlPlanRendererProperties
{
    private static readonly HtmlPlanRenderer Renderer = new();
    private static readonly HtmlPlanRenderer SheetsOnly = new(new HtmlRenderOptions { IncludePackageCover = false });
    private static readonly DisclosureEngine Engine = new();

    [Fact]
    public void Rendering_any_plan_gives_a_well_formed_page_that_shows_every_free_text_value()
    {
        var marked = PlanGenerators.Plan.Select(Markers.Plant);
        Properties.ForAll(marked, sample =>
        {
            var page = RenderedPage.Parse(Renderer.Render(sample.Plan));
            var text = page.BodyText;
            var missing = sample.Owners.Where(o => !text.Contains(o.Key, StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, "not printed: " + string.Join(", ", missing.Select(m => $"{m.Key} ({m.Value})")));
            Assert.Empty(page.Markers());
        });
    }

    [Fact]
    public void Rendering_any_disclosure_marks_every_held_back_item_in_the_sheets_and_shows_only_what_was_disclosed()
    {
        Properties.ForAll(RequestGenerators.MarkedRequest, sample =>
        {
            var result = Engine.Decide(sample.Request);
            var page = RenderedPage.Parse(SheetsOnly.Render(PackageOf(sample.Request, result)));
            var markers = page.Markers();
            var held = result.Report.Entries.Where(WithheldItems.IsHeldBack).ToList();
            foreach (var entry in held)
            {
                Assert.True(markers.Any(m => m.Label == entry.LabelJa && m.Text.StartsWith("開示しない（", StringComparison.Ordinal)), $"{entry.ItemId} ({entry.Reason}) is not marked");
            }

            Assert.All(markers, m => Assert.Contains(held, e => e.LabelJa == m.Label));
            var text = page.BodyText;
            var heldIds = held.Select(e => e.ItemId == "extensions" ? "extensions#" + e.Pointer.Split('/')[2] : e.ItemId).ToHashSet(StringComparer.Ordinal);
            foreach (var (marker, owner) in sample.Markers)
            {
                // The report names what it held back: a regional extension by its label, which the marker then shows.
                if (heldIds.Contains(owner) && !held.Any(e => e.LabelJa == marker))
                {
                    Assert.DoesNotContain(marker, text, StringComparison.Ordinal);
                }
            }
        });
    }

    /// <summary>A package around a decision, without the checks <see cref="HandoverPackages.Create"/> makes, so that blocked and empty decisions render too.</summary>
    private static HandoverPackage PackageOf(DisclosureRequest request, DisclosureResult result) => new()
    {
        Format = PackageFormat.Name,
        FormatVersion = PackageFormat.CurrentVersion,
        PackageId = Guid.NewGuid(),
        CreatedAt = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9)),
        Sender = PackageParty.FromSender(request.Sender),
        Recipient = PackageParty.FromRecipient(request.Recipient),
        Purpose = request.Purpose,
        DecidedOn = request.Date,
        Plan = result.DisclosedPlan,
        Report = result.Report,
        Digest = PackageDigest.OfSha256(new string('0', 64)),
    };
}
