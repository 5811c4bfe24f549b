using System.Text.RegularExpressions;
using SupportPlan.Interop.Schemas;
using SupportPlan.Interop.Syntax;
using SupportPlan.Interop.Validation;
using SupportPlan.Interop.Versioning;
using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Tests.Validation;

public sealed partial class FindingCatalogueTests
{
    private static readonly IReadOnlyList<FindingDefinition> All =
    [
        .. SyntaxFindings.All, .. VersionFindings.All, .. StructureFindings.All, .. IntegrityFindings.All,
        .. PackageFindings.All, .. DisclosureFindings.All, .. InputFindings.All,
    ];

    [Fact]
    public void Codes_are_unique_stable_in_shape_and_bilingual()
    {
        Assert.Equal(All.Count, All.Select(d => d.Code).Distinct().Count());
        Assert.All(All, d =>
        {
            Assert.Matches("^SP-(SYN|VER|SCH|INT|SEM|DSC|IO)-[0-9]{3}$", d.Code);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|\p{IsHiragana}|\p{IsKatakana}", d.TemplateJa);
            Assert.DoesNotMatch(@"\p{IsHiragana}", d.TemplateEn);
        });
        // Package meaning codes must not collide with the model's SP-SEM-001…
        Assert.DoesNotContain(PackageFindings.All, d => ModelCodes().Contains(d.Code));
    }

    [Fact]
    public void The_validation_guide_lists_every_code_and_no_other()
    {
        var doc = File.ReadAllText(Path.Combine(MistakeTests.RepositoryRoot(), "docs", "validation.md"));
        var listed = TableCode().Matches(doc).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(All.Select(d => d.Code).Concat(ModelCodes()).Order(), listed.Order());
        foreach (var definition in All.Concat(ModelDefinitions()))
        {
            Assert.Contains($"| {definition.Code} | {definition.Severity.ToString().ToLowerInvariant()} | {definition.TemplateJa} | {definition.TemplateEn} |", doc, StringComparison.Ordinal);
        }
    }

    private static HashSet<string> ModelCodes() => [.. ModelDefinitions().Select(d => d.Code)];

    private static IEnumerable<FindingDefinition> ModelDefinitions() =>
        typeof(ModelFindings).GetProperties().Where(p => p.PropertyType == typeof(FindingDefinition)).Select(p => (FindingDefinition)p.GetValue(null)!);

    [GeneratedRegex(@"^\| (SP-[A-Z]+-[0-9]{3}) \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();
}
