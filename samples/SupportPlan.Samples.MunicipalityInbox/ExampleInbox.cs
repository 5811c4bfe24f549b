using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Samples.MunicipalityInbox;

/// <summary>
/// A small inbox as a board of education receives it: four valid files from the domain's scenarios (two yearly
/// submissions to the town, two handovers between public schools) and three files broken the way real files break.
/// </summary>
internal static class ExampleInbox
{
    /// <summary>The example files: name, what it is, and whether it is valid.</summary>
    public static IReadOnlyList<(string Name, string Story, bool Valid)> Files { get; } =
    [
        ("memuro-town-submission.json", "芽室町: the kindergarten's yearly plan submission to the town", true),
        ("nakashibetsu-board-report.json", "中標津町: the school's per-student non-attendance report to the board", true),
        ("nemuro-handover.json", "根室市: junior high to a public high school, on the family's consent", true),
        ("foreign-student-handover.json", "elementary to the public junior high school, nationality withheld as refused", true),
        ("edited-after-sealing.json", "a teacher added a line to the handover notes in a text editor after the file was sealed", false),
        ("saved-from-spreadsheet.json", "opened and saved again by a spreadsheet tool, in Shift_JIS", false),
        ("whole-plan-exported.json", "a system that put the whole plan in the package instead of the disclosed one, and sealed it", false),
    ];

    /// <summary>Writes the example files into <paramref name="directory"/> (created when missing).</summary>
    /// <param name="directory">The inbox folder.</param>
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var memuro = Package("memuro", RecipientKind.Board, 1);
        var nakashibetsu = Package("nakashibetsu", RecipientKind.Board, 2);
        var nemuro = Package("nemuro", RecipientKind.PublicSchool, 3);
        var foreign = Package("foreign-student", RecipientKind.PublicSchool, 4);
        Save(directory, Files[0].Name, PackageJson.Serialize(memuro.Package, indented: true));
        Save(directory, Files[1].Name, PackageJson.Serialize(nakashibetsu.Package, indented: true));
        Save(directory, Files[2].Name, PackageJson.Serialize(nemuro.Package, indented: true));
        Save(directory, Files[3].Name, PackageJson.Serialize(foreign.Package, indented: true));
        Save(directory, Files[4].Name, EditedAfterSealing(PackageJson.Serialize(nemuro.Package, indented: true)));
        Save(directory, Files[5].Name, ShiftJis(PackageJson.Serialize(foreign.Package, indented: true)));
        Save(directory, Files[6].Name, PackageJson.Serialize(HandoverPackages.Seal(nakashibetsu.Package with { Plan = nakashibetsu.FullPlan }), indented: true));
    }

    /// <summary>A scenario's plan handed over on its first granted consent to a recipient of <paramref name="kind"/>, on the day that consent takes effect.</summary>
    private static (HandoverPackage Package, StudentSupportPlan FullPlan) Package(string scenario, RecipientKind kind, int number)
    {
        var plan = Scenarios.Scenarios.Find(scenario)!.Build();
        var consent = plan.Consents.First(c => c.Decision == ConsentDecision.Granted && c.Recipient.Kind == kind);
        var date = consent.EffectiveFrom();
        var request = new DisclosureRequest
        {
            Plan = plan,
            Sender = SenderOn(plan, date),
            Recipient = new Recipient { Kind = kind, Name = consent.Recipient.Name, SchoolCode = consent.Recipient.SchoolCode },
            Purpose = consent.Purpose,
            Date = date,
        };
        var result = new DisclosureEngine().Decide(request);
        var createdAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(9));
        var id = new Guid(string.Create(CultureInfo.InvariantCulture, $"5a3c1e00-0000-4000-8000-{number:D12}"));
        return (HandoverPackages.Create(request, result, createdAt, id), plan);
    }

    /// <summary>The school the child attended on <paramref name="date"/>.</summary>
    private static Sender SenderOn(StudentSupportPlan plan, DateOnly date)
    {
        var schools = plan.Header?.Schools ?? [];
        var school = schools.FirstOrDefault(s => s.SchoolCode is not null && s.EnteredOn <= date && (s.LeftOn is null || s.LeftOn >= date))
            ?? schools.Last(s => s.SchoolCode is not null);
        return Sender.FromSchoolCode(school.SchoolCode!.Value, school.SchoolName);
    }

    private static byte[] EditedAfterSealing(byte[] package)
    {
        var node = JsonNode.Parse(package)!;
        var sheet = node["plan"]!["gradeSheets"]!.AsArray().Last(s => s?["sheetA"]?["handoverNotes"] is not null)!;
        var notes = sheet["sheetA"]!["handoverNotes"]!;
        sheet["sheetA"]!["handoverNotes"] = notes.GetValue<string>() + "\n・3学期は保健室の利用が増えた（追記）。";
        return Encoding.UTF8.GetBytes(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = PlanJson.Options.Encoder }));
    }

    private static byte[] ShiftJis(byte[] utf8)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932).GetBytes(Encoding.UTF8.GetString(utf8));
    }

    private static void Save(string directory, string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(directory, name), bytes);
}
