using System.Globalization;
using SupportPlan.Interop.Syntax;

namespace SupportPlan.Interop.Tests.Syntax;

public sealed class SyntaxFindingsTests
{
    [Fact]
    public void Codes_are_numbered_in_order_without_gaps()
    {
        Assert.Equal(
            Enumerable.Range(1, SyntaxFindings.All.Count).Select(i => string.Create(CultureInfo.InvariantCulture, $"SP-SYN-{i:000}")),
            SyntaxFindings.All.Select(d => d.Code));
    }

    [Fact]
    public void Every_definition_formats_in_both_languages()
    {
        foreach (var definition in SyntaxFindings.All)
        {
            var finding = definition.At("/a", 1, 2, 3);
            Assert.NotEmpty(finding.MessageJa);
            Assert.NotEmpty(finding.MessageEn);
            Assert.Contains(finding.MessageJa, c => c > 0x3000);
            Assert.DoesNotContain(finding.MessageEn, c => c is >= '\u3040' and <= '\u9FFF');
        }
    }

    [Fact]
    public void Only_the_byte_order_mark_is_a_warning() =>
        Assert.Equal([SyntaxFindings.Utf8ByteOrderMark], SyntaxFindings.All.Where(d => d.Severity == SupportPlan.Model.Checks.FindingSeverity.Warning));
}
