using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Tests.Validation;

/// <summary>A finding written as the objects of <c>supportplan validate --format json</c>.</summary>
public sealed class FindingJsonTests
{
    private static string Written(Finding finding, string language)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            FindingJson.Write(writer, finding, language);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void An_error_with_its_position_in_Japanese() =>
        Assert.Equal(
            """{"code":"SP-SYN-009","severity":"error","pointer":"/plan/id","line":3,"column":5,"message":"メンバーが重複しています。"}""",
            Written(new Finding
            {
                Code = "SP-SYN-009", Severity = FindingSeverity.Error, Pointer = "/plan/id", Line = 3, Column = 5,
                MessageJa = "メンバーが重複しています。", MessageEn = "A member is repeated.",
            }, "ja"));

    [Fact]
    public void A_warning_without_a_position_in_English() =>
        Assert.Equal(
            """{"code":"SP-VER-002","severity":"warning","pointer":"","line":null,"column":null,"message":"Read as version 0."}""",
            Written(new Finding
            {
                Code = "SP-VER-002", Severity = FindingSeverity.Warning, Pointer = "",
                MessageJa = "バージョン0として読みました。", MessageEn = "Read as version 0.",
            }, "en"));
}
