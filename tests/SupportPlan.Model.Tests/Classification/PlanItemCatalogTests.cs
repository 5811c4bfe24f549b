using System.Text.Json.Nodes;
using FsCheck.Fluent;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Json;
using SupportPlan.Testing;

namespace SupportPlan.Model.Tests.Classification;

public sealed class PlanItemCatalogTests
{
    /// <summary>Every value the serializer writes, as a concrete JSON Pointer (empty arrays and objects excluded).</summary>
    internal static IEnumerable<string> LeafPointers(JsonNode? node, string pointer = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var leaf in LeafPointers(child, JsonPointer.Append(pointer, name)))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var leaf in LeafPointers(array[i], JsonPointer.Append(pointer, i)))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
                yield return pointer;
                break;
        }
    }

    private static IEnumerable<string> LeavesOf(Plans.StudentSupportPlan plan) =>
        LeafPointers(JsonNode.Parse(PlanJson.Serialize(plan)));

    [Fact]
    public void Every_member_the_serializer_writes_is_covered_by_exactly_one_item() =>
        Testing.Properties.ForAll(PlanGenerators.FullPlan, plan =>
        {
            foreach (var leaf in LeavesOf(plan))
            {
                var segments = leaf.Split('/')[1..];
                var matching = PlanItemCatalog.All.Where(i => i.Pointers.Any(p => Covers(p, segments))).ToList();
                Assert.True(matching.Count == 1, $"{leaf} is covered by {matching.Count} items: {string.Join(", ", matching)}");
                Assert.Same(matching[0], PlanItemCatalog.ForPointer(leaf));
            }
        }, cases: 30);

    [Fact]
    public void Every_item_covers_something_that_full_plans_write()
    {
        var seen = new HashSet<string>();
        foreach (var plan in PlanGenerators.FullPlan.Sample(60, 40))
        {
            foreach (var leaf in LeavesOf(plan))
            {
                seen.Add(PlanItemCatalog.ForPointer(leaf)!.Id);
            }
        }

        Assert.Empty(PlanItemCatalog.All.Select(i => i.Id).Except(seen));
    }

    [Fact]
    public void Ids_are_unique_and_kebab_case_with_dots()
    {
        Assert.Equal(PlanItemCatalog.All.Count, PlanItemCatalog.All.Select(i => i.Id).Distinct().Count());
        Assert.All(PlanItemCatalog.All, i => Assert.Matches("^[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)*$", i.Id));
    }

    [Fact]
    public void Diagnosis_certificates_and_medical_items_are_special_care()
    {
        foreach (var id in new[] { "common.basic.diagnosis", "common.basic.certificate", "common.basic.disability-type", "needs.disability", "conference.agency-information", "common.family.developmental-history" })
        {
            Assert.True(PlanItemCatalog.Find(id)!.IsSpecialCare, id);
        }

        Assert.False(PlanItemCatalog.Find("grade.b.year-goal")!.IsSpecialCare);
    }

    [Fact]
    public void A_section_id_covers_its_items_except_special_care_ones()
    {
        var covered = PlanItemCatalog.Covered("common-sheet").Select(i => i.Id).ToList();
        Assert.Contains("common.basic.strengths", covered);
        Assert.DoesNotContain("common.basic.diagnosis", covered);
        Assert.DoesNotContain("grade.b.year-goal", covered);
        Assert.Equal(["common.basic.diagnosis"], PlanItemCatalog.Covered("common.basic.diagnosis").Select(i => i.Id));
        Assert.Empty(PlanItemCatalog.Covered("no-such-thing"));
    }

    [Theory]
    [InlineData("/commonSheet/guardians/0/contact/phone", "common.guardians.contact")]
    [InlineData("/gradeSheets/3/sheetA/monthlyAttendance/11/institutionDays/ict", "grade.a.monthly-attendance")]
    [InlineData("/caseConferences/0/agencyInformation/1/text", "conference.agency-information")]
    [InlineData("/id", "plan.id")]
    public void Pointers_resolve_to_their_item(string pointer, string id) =>
        Assert.Equal(id, PlanItemCatalog.ForPointer(pointer)?.Id);

    [Theory]
    [InlineData("/commonSheet/guardians/x/contact")]
    [InlineData("/nothing")]
    [InlineData("")]
    [InlineData("commonSheet")]
    public void Unknown_pointers_resolve_to_nothing(string pointer) => Assert.Null(PlanItemCatalog.ForPointer(pointer));

    private static bool Covers(string pattern, string[] segments)
    {
        var parts = pattern.Split('/')[1..];
        return parts.Length <= segments.Length
            && parts.Select((p, i) => p == "*" ? int.TryParse(segments[i], out _) : p == segments[i]).All(x => x);
    }
}
