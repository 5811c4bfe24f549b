using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;
using SupportPlan.Rules.Tests.Decisions;
using static SupportPlan.Rules.Tests.Decisions.SamplePlans;

namespace SupportPlan.Rules.Tests.Records;

/// <summary>
/// Records of provision (domain guide §6.4): a national or private school providing to a private-sector recipient on
/// consent keeps an APPI Art 29 record for 3 years; no record for public senders, public recipients or provision under
/// an exception. The private-sector recipient confirms and records on receipt (Art 30).
/// </summary>
public sealed class ProvisionRecordTests
{
    private static readonly DisclosureEngine Engine = new();

    /// <summary>Every sender establishment × recipient kind (but the family), and whether Art 29 asks for a record on consent.</summary>
    public static TheoryData<Establishment, RecipientKind, bool> DutyTable
    {
        get
        {
            var data = new TheoryData<Establishment, RecipientKind, bool>();
            RecipientKind[] privateSector = [RecipientKind.PrivateSchool, RecipientKind.NationalSchool, RecipientKind.PrivateFacility, RecipientKind.PrivateAgency, RecipientKind.Employer];
            foreach (var sender in new[] { Establishment.Public, Establishment.National, Establishment.Private })
            {
                foreach (var kind in Enum.GetValues<RecipientKind>().Where(k => k != RecipientKind.Family))
                {
                    data.Add(sender, kind, sender != Establishment.Public && privateSector.Contains(kind));
                }
            }

            return data;
        }
    }

    private static DisclosurePurpose PurposeFor(RecipientKind kind) => kind switch
    {
        RecipientKind.Employer => DisclosurePurpose.WorkTransition,
        RecipientKind.PrivateFacility or RecipientKind.PrivateAgency or RecipientKind.PublicAgency => DisclosurePurpose.AgencySharing,
        RecipientKind.Board => DisclosurePurpose.MunicipalSubmission,
        _ => DisclosurePurpose.Handover,
    };

    private static DisclosureRequest OnConsent(Establishment sender, RecipientKind kind, params string[] items)
    {
        var purpose = PurposeFor(kind);
        var consent = Consent("consent-" + kind, kind, purpose, items.Length == 0 ? ["common.basic.strengths"] : items);
        return Request(Plan(consent), sender, RecipientOf(kind), purpose);
    }

    [Theory]
    [MemberData(nameof(DutyTable))]
    public void Art_29_record_on_consent_follows_the_duty_table(Establishment sender, RecipientKind kind, bool recordRequired)
    {
        var result = Engine.Decide(OnConsent(sender, kind));

        Assert.Equal(ItemOutcome.DisclosedOnConsent, result.Entry("common.basic.strengths").Outcome);
        Assert.Equal(recordRequired, result.ProvisionRecord is not null);
    }

    [Theory]
    [InlineData(Establishment.National, RecipientKind.PrivateSchool)]
    [InlineData(Establishment.Private, RecipientKind.PrivateSchool)]
    [InlineData(Establishment.Private, RecipientKind.PrivateAgency)]
    [InlineData(Establishment.National, RecipientKind.NationalSchool)]
    public void No_record_for_items_disclosed_only_under_an_exception(Establishment sender, RecipientKind kind)
    {
        var result = Engine.Decide(Request(Plan(), sender, RecipientOf(kind), claim: ValidClaim));

        Assert.False(result.NothingDisclosed);
        Assert.Null(result.ProvisionRecord);
    }

    [Fact]
    public void No_record_when_nothing_is_disclosed()
    {
        var result = Engine.Decide(Request(Plan(), Establishment.Private, RecipientOf(RecipientKind.PrivateSchool)));

        Assert.Null(result.ProvisionRecord);
    }

    [Fact]
    public void The_record_cites_Art_29()
    {
        var record = Engine.Decide(OnConsent(Establishment.Private, RecipientKind.PrivateSchool)).ProvisionRecord;

        Assert.Equal("appi-29", record?.ArticleId);
    }

    [Fact]
    public void The_record_lists_exactly_the_items_provided_on_consent_not_those_under_an_exception()
    {
        var first = Consent("c-b", RecipientKind.PrivateSchool, DisclosurePurpose.Handover, "common.basic.strengths");
        var second = Consent("c-a", RecipientKind.PrivateSchool, DisclosurePurpose.Handover, "common.basic.diagnosis", "common.basic.strengths");
        var request = Request(Plan(first, second), Establishment.Private, RecipientOf(RecipientKind.PrivateSchool), claim: ValidClaim);

        var result = Engine.Decide(request);

        Assert.Equal(ItemOutcome.DisclosedUnderException, result.Entry("needs.disability").Outcome);
        var record = Assert.IsType<Rules.Records.ProvisionRecord>(result.ProvisionRecord);
        Assert.Equal(["本人の強み", "診断名"], record.Items.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_record_names_every_consent_relied_on_once_in_order()
    {
        var first = Consent("c-b", RecipientKind.PrivateSchool, DisclosurePurpose.Handover, "common.basic.strengths");
        var second = Consent("c-a", RecipientKind.PrivateSchool, DisclosurePurpose.Handover, "common.basic.diagnosis", "common.basic.strengths");

        var record = Engine.Decide(Request(Plan(first, second), Establishment.Private, RecipientOf(RecipientKind.PrivateSchool))).ProvisionRecord;

        Assert.Equal(["c-a", "c-b"], record?.ConsentIds);
    }

    [Fact]
    public void The_record_is_kept_three_years_from_the_date_of_provision()
    {
        var record = Engine.Decide(OnConsent(Establishment.Private, RecipientKind.PrivateSchool)).ProvisionRecord;

        Assert.Equal(new DateOnly(2029, 1, 15), record?.KeepUntil);
        Assert.Equal(Today, record?.ProvidedOn);
    }

    [Fact]
    public void The_record_names_the_recipient_with_its_address_and_the_student()
    {
        var record = Engine.Decide(OnConsent(Establishment.Private, RecipientKind.PrivateSchool)).ProvisionRecord;

        Assert.NotNull(record);
        Assert.Equal("学校法人光陽学園 光陽中学校", record.RecipientName);
        Assert.Equal("北海道札幌市中央区北1条西1丁目", record.RecipientAddress);
        Assert.Equal(RecipientKind.PrivateSchool, record.RecipientKind);
        Assert.Equal("北野 はると", record.Subject);
        Assert.Equal("学校法人北星学園 北星中学校", record.ProviderName);
        Assert.Equal(Plan().Id, record.PlanId);
    }

    [Fact]
    public void A_policy_may_keep_records_longer()
    {
        var policy = Rules.Policy.DefaultDisclosurePolicy.Instance;
        var engine = new DisclosureEngine(policy with { ProvisionRecordDuties = [policy.ProvisionRecordDuties[0] with { RetentionYears = 5 }] });

        var record = engine.Decide(OnConsent(Establishment.Private, RecipientKind.PrivateSchool)).ProvisionRecord;

        Assert.Equal(new DateOnly(2031, 1, 15), record?.KeepUntil);
    }

    [Theory]
    [InlineData(Establishment.National, RecipientKind.PrivateSchool, true)]
    [InlineData(Establishment.Private, RecipientKind.NationalSchool, true)]
    [InlineData(Establishment.Private, RecipientKind.PrivateFacility, true)]
    [InlineData(Establishment.National, RecipientKind.Employer, true)]
    [InlineData(Establishment.Public, RecipientKind.PrivateSchool, false)]
    [InlineData(Establishment.Public, RecipientKind.PrivateAgency, false)]
    [InlineData(Establishment.Private, RecipientKind.PublicSchool, false)]
    [InlineData(Establishment.National, RecipientKind.Board, false)]
    public void Art_30_confirmation_for_a_private_sector_recipient_receiving_on_consent_from_a_national_or_private_sender(Establishment sender, RecipientKind kind, bool expected)
    {
        var request = OnConsent(sender, kind);
        var report = Engine.Decide(request).Report;

        var record = Engine.Confirm(report, request.Recipient, Today.AddDays(2));

        Assert.Equal(expected, record is not null);
    }

    [Fact]
    public void No_Art_30_confirmation_for_what_came_under_an_exception()
    {
        var request = Request(Plan(), Establishment.Private, RecipientOf(RecipientKind.PrivateSchool), claim: ValidClaim);
        var report = Engine.Decide(request).Report;

        Assert.Null(Engine.Confirm(report, request.Recipient, Today));
    }

    [Fact]
    public void The_Art_30_confirmation_records_the_provider_how_it_obtained_the_data_and_the_items()
    {
        var request = OnConsent(Establishment.Private, RecipientKind.PrivateSchool, "common.basic.strengths", "grade.b.year-goal");
        var received = Today.AddDays(2);

        var record = Engine.Confirm(Engine.Decide(request).Report, request.Recipient, received);

        Assert.NotNull(record);
        Assert.Equal("appi-30", record.ArticleId);
        Assert.Equal("学校法人北星学園 北星中学校", record.ProviderName);
        Assert.Contains("consent-PrivateSchool", record.HowObtained, StringComparison.Ordinal);
        Assert.Equal(["本人の強み", "本学年の目標"], record.Items);
        Assert.Equal(["consent-PrivateSchool"], record.ConsentIds);
        Assert.Equal(received, record.ConfirmedOn);
        Assert.Equal(received.AddYears(3), record.KeepUntil);
    }

    [Fact]
    public void The_Art_30_confirmation_survives_the_report_travelling_as_json()
    {
        var request = OnConsent(Establishment.National, RecipientKind.PrivateSchool);
        var json = Json.RulesJson.Serialize(Engine.Decide(request).Report);
        var (report, findings) = Json.RulesJson.ReadReport(json);

        Assert.Empty(findings);
        Assert.NotNull(Engine.Confirm(report!, request.Recipient, Today));
    }
}
