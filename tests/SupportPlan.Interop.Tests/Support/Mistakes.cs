using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SupportPlan.Interop.Integrity;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Interop.Tests.Support;

/// <summary>
/// Real-world mistakes made to a valid package (the Nemuro handover), each as a vendor or a person would make it. All
/// but the tampered file are re-sealed, so the finding is the mistake's own, not only a digest mismatch.
/// </summary>
internal static class Mistakes
{
    public static IReadOnlyList<Mistake> All { get; } =
    [
        new("wrong-check-digit", "SP-SEM-105", "/sender/schoolCode", () => Sealed(n =>
        {
            var code = n["sender"]!["schoolCode"]!.GetValue<string>();
            var wrong = code[..^1] + (char)('0' + ((code[^1] - '0' + 1) % 10));
            n["sender"]!["schoolCode"] = wrong;
            n["report"]!["sender"]!["schoolCode"] = wrong;
        })),
        new("private-school-declared-public", "SP-SEM-101", "/sender/establishment", () => Sealed(n =>
        {
            var code = SchoolCode.Parse(n["sender"]!["schoolCode"]!.GetValue<string>()).Value;
            var asPrivate = SchoolCode.Create(code.SchoolType, code.Prefecture, Establishment.Private, code.ToString()[5..12]).ToString();
            n["sender"]!["schoolCode"] = asPrivate;
            n["report"]!["sender"]!["schoolCode"] = asPrivate;
        })),
        new("attendance-over-required-days", "SP-SEM-001", "/plan/commonSheet/attendanceByGrade/0/attendedDays", () => Sealed(n =>
        {
            var row = n["plan"]!["commonSheet"]!["attendanceByGrade"]![0]!;
            row["attendedDays"] = row["requiredDays"]!.GetValue<int>() + 12;
        })),
        new("withheld-in-report-but-present", "SP-DSC-002", "/plan/commonSheet/student/name", () => Sealed(n =>
        {
            var entry = n["report"]!["entries"]!.AsArray().First(e => e!["itemId"]!.GetValue<string>() == "common.student.identity")!.AsObject();
            entry["outcome"] = "withheld";
            entry["reason"] = "refused";
            entry.Remove("articleId");
            entry.Remove("citationJa");
            entry.Remove("citationEn");
        })),
        new("created-at-without-offset", "SP-SCH-009", "/createdAt", () => Sealed(n =>
        {
            // a local time written without its offset: read as is, it would mean a different instant on each machine
            n["createdAt"] = n["createdAt"]!.GetValue<string>()[..19];
        })),
        new("code-in-csharp-spelling", "SP-SCH-004", "/purpose", () => Sealed(n =>
        {
            // a vendor's serializer writing the C# enum name ("Handover") instead of the code ("handover")
            var code = n["purpose"]!.GetValue<string>();
            n["purpose"] = string.Concat(code.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        })),
        new("tampered-digest", "SP-INT-001", "/digest/value", () => Bytes(n =>
        {
            var student = n["plan"]!["commonSheet"]!["student"]!["name"]!;
            student["name"] = "別人 の名前";
        })),
        new("truncated", "SP-SYN-008", "", () => SamplePackages.Nemuro.Bytes[..(SamplePackages.Nemuro.Bytes.Length * 2 / 3)]),
        new("saved-as-shift-jis", "SP-SYN-005", "", () => ShiftJis(SamplePackages.Nemuro.Bytes)),
    ];

    public static IEnumerable<object[]> Names => All.Select(m => new object[] { m.Name });

    public static Mistake Named(string name) => All.Single(m => m.Name == name);

    public static byte[] Sealed(Action<JsonObject> change) => Bytes(n =>
    {
        change(n);
        Reseal(n);
    });

    public static byte[] Bytes(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(SamplePackages.Nemuro.Bytes)!.AsObject();
        change(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = Model.Json.PlanJson.Options.Encoder }));
    }

    public static void Reseal(JsonObject node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        Assert.True(CanonicalDigest.TrySha256(document.RootElement, "digest", out var hex, out var error), error);
        node["digest"]!["value"] = hex;
    }

    private static byte[] ShiftJis(byte[] utf8)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("shift_jis").GetBytes(Encoding.UTF8.GetString(utf8));
    }
}

/// <summary>A mistake: its name, the finding it must produce and where.</summary>
internal sealed record Mistake(string Name, string Code, string Pointer, Func<byte[]> Make)
{
    public override string ToString() => Name;
}
