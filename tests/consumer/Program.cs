// A consumer of the SupportPlan packages, built by tests/consumer/run.sh from the packed .nupkg files only: it writes a
// plan, hands it to a private school on the family's consent, writes the handover package and validates it, using the
// public API alone. The last line it prints is checked by the script.
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Json;
using SupportPlan.Model.Needs;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;

var outDir = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var hokkaido = Prefecture.FromNumber(1).Value;
var juniorHigh = SchoolCode.Create(SchoolType.JuniorHigh, hokkaido, Establishment.Public, "2230518");
var privateHigh = SchoolCode.Create(SchoolType.HighSchool, hokkaido, Establishment.Private, "3010041");

var plan = new StudentSupportPlan
{
    Id = new Guid("6a1d2f0e-7b3c-4e5f-8a90-0000000000c1"),
    Needs = new SupportNeeds { NonAttendance = new NonAttendanceNeed { Background = "友人関係のこじれから欠席が続いた" } },
    CommonSheet = new CommonSheet
    {
        Authorship = new Authorship { CreatedOn = new DateOnly(2026, 6, 2), CreatedBy = "根室 一郎" },
        Student = new StudentIdentity { Name = new PersonName { Name = "根室 太郎" } },
        Guardians = [new Guardian { Name = new PersonName { Name = "根室 花子" }, Relationship = "母", Contact = new ContactDetails { Address = "根室市（詳細は学籍簿による）" } }],
    },
    Consents =
    [
        new ConsentRecord
        {
            Id = "consumer-2026-001",
            Decision = ConsentDecision.Granted,
            Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = "根室 花子", Relationship = "母" },
            Recipient = new ConsentRecipient { Kind = RecipientKind.PrivateSchool, Name = "学校法人みさき学園 みさき高等学校", SchoolCode = privateHigh },
            Purpose = DisclosurePurpose.Handover,
            Items = ["common.student.identity", "needs.non-attendance"],
            DecidedOn = new DateOnly(2026, 12, 4),
            Method = ConsentMethod.Written,
            ContentShown = true,
            PurposeExplained = true,
        },
    ],
};
var planErrors = PlanChecker.Default.Check(plan).Count(f => f.Severity == FindingSeverity.Error);
var planReadsBack = PlanJson.Read(PlanJson.Serialize(plan)).Plan == plan;

var request = new DisclosureRequest
{
    Plan = plan,
    Sender = Sender.FromSchoolCode(juniorHigh, "根室市立はまなす中学校"),
    Recipient = new Recipient { Kind = RecipientKind.PrivateSchool, Name = "学校法人みさき学園 みさき高等学校", SchoolCode = privateHigh },
    Purpose = DisclosurePurpose.Handover,
    Date = new DateOnly(2026, 12, 10),
};
var result = new DisclosureEngine().Decide(request);
var package = HandoverPackages.Create(request, result, new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(9)));
var path = Path.Combine(outDir, "to-private-school.json");
File.WriteAllBytes(path, PackageJson.Serialize(package, indented: true));

var validation = new PackageValidator().ValidateFile(path);
foreach (var finding in validation.Findings)
{
    Console.WriteLine($"  {finding}");
}

var disclosed = result.Report.Count(ItemOutcome.DisclosedOnConsent);
var withheld = result.Report.Count(ItemOutcome.Withheld);
// The guardian's details were not consented to: they must not reach the private school.
var guardiansLeftBehind = package.Plan.CommonSheet?.Guardians.IsEmpty ?? true;
var ok = planErrors == 0 && planReadsBack && disclosed == 2 && withheld > 0 && guardiansLeftBehind && validation.IsValid;
Console.WriteLine($"consumer: plan errors {planErrors}, read back {planReadsBack}, disclosed {disclosed}, withheld {withheld}, guardians left behind {guardiansLeftBehind}, package {path}: {(validation.IsValid ? "valid" : "INVALID")}");
Console.WriteLine(ok ? "CONSUMER OK" : "CONSUMER FAILED");
return ok ? 0 : 1;
