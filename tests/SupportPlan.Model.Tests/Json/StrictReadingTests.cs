using System.Text;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Model.Tests.Json;

public sealed class StrictReadingTests
{
    private const string Minimal = """{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11"}""";

    [Fact]
    public void A_minimal_plan_reads() => Assert.True(PlanJson.Read(Minimal).Success);

    [Theory]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11"}""", "SP-JSON-003", "")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","favouriteColour":"blue"}""", "SP-JSON-002", "")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","needs":{"disability":{"placement":1}}}""", "SP-JSON-005", "/needs/disability/placement")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","needs":{"disability":{"placement":"moon-base"}}}""", "SP-JSON-005", "/needs/disability/placement")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","needs":{"disability":{"placement":"Regular-Class"}}}""", "SP-JSON-005", "/needs/disability/placement")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","needs":{"disability":{"placement":"RegularClass"}}}""", "SP-JSON-005", "/needs/disability/placement")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","needs":{"disability":{"placement":"regularclass"}}}""", "SP-JSON-005", "/needs/disability/placement")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","needs":{"disability":{"placement":" regular-class"}}}""", "SP-JSON-005", "/needs/disability/placement")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","needs":{"disability":{"placement":"regular-class, regular-class"}}}""", "SP-JSON-005", "/needs/disability/placement")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","commonSheet":{}}""", "SP-JSON-004", "/commonSheet")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","gradeSheets":null}""", "SP-JSON-005", "/gradeSheets")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","header":{"schools":[{"stage":"elementary","schoolName":"x","schoolCode":"B108254200027"}]}}""", "SP-JSON-006", "/header/schools/0/schoolCode")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","gradeSheets":[{"schoolYear":2025,"grade":"小1"}]}""", "SP-JSON-006", "/gradeSheets/0/grade")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11",""", "SP-JSON-001", "")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11",}""", "SP-JSON-001", "")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11"} // comment""", "SP-JSON-001", "")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","commonSheet":{"authorship":{"createdOn":"2025-13-01","createdBy":"x"}}}""", "SP-JSON-005", "/commonSheet/authorship/createdOn")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","gradeSheets":[{"schoolYear":"2025","grade":"elementary-1"}]}""", "SP-JSON-005", "/gradeSheets/0/schoolYear")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","commonSheet":{"guardians":[null]}}""", "SP-JSON-005", "/commonSheet/guardians/0")]
    [InlineData("""{"id":"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11","consents":[],"accommodations":[null]}""", "SP-JSON-005", "/accommodations/0")]
    [InlineData("null", "SP-JSON-007", "")]
    [InlineData("", "SP-JSON-001", "")]
    public void Bad_input_gets_a_specific_finding_not_an_exception(string json, string code, string pointerPrefix)
    {
        var read = PlanJson.Read(json);
        Assert.False(read.Success);
        var finding = Assert.Single(read.Findings);
        Assert.Equal(code, finding.Code);
        Assert.StartsWith(pointerPrefix, finding.Pointer, StringComparison.Ordinal);
        Assert.NotEmpty(finding.MessageJa);
        Assert.NotEmpty(finding.MessageEn);
    }

    [Fact]
    public void Findings_carry_line_and_column()
    {
        var json = "{\n  \"id\": \"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11\",\n  \"unknown\": 1\n}";
        var finding = Assert.Single(PlanJson.Read(json).Findings);
        Assert.Equal(3, finding.Line);
        Assert.True(finding.Column > 0);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted() =>
        Assert.True(PlanJson.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Minimal)]).Success);

    [Fact]
    public void Japanese_text_is_written_as_is_and_html_characters_are_escaped()
    {
        var plan = new StudentSupportPlan
        {
            Id = Guid.Empty,
            CommonSheet = new CommonSheet { Authorship = new Authorship { CreatedOn = new DateOnly(2025, 4, 1), CreatedBy = "根室 一郎" }, Remarks = "<b>" },
        };
        var json = PlanJson.SerializeToString(plan);
        Assert.Contains("根室 一郎", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        Assert.Contains("\"createdOn\":\"2025-04-01\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Nulls_and_code_values_are_written_as_documented()
    {
        var plan = new StudentSupportPlan { Id = Guid.Empty, Needs = new() { NonAttendance = new() } };
        Assert.Equal("""{"id":"00000000-0000-0000-0000-000000000000","needs":{"nonAttendance":{}},"gradeSheets":[],"caseConferences":[],"accommodations":[],"consents":[],"extensions":[]}""", PlanJson.SerializeToString(plan));
    }

    [Fact]
    public void Reading_a_deeply_nested_document_gives_a_finding()
    {
        var json = "{\"id\":\"6f1c2a6e-2f7b-4f35-9a57-0b1f5b7f7c11\",\"extensions\":[{\"namespace\":\"jp.a.b\",\"dataClass\":\"family\",\"data\":" + new string('[', 5000) + new string(']', 5000) + "}]}";
        var finding = Assert.Single(PlanJson.Read(json).Findings);
        Assert.StartsWith("SP-JSON-", finding.Code, StringComparison.Ordinal);
    }
}
