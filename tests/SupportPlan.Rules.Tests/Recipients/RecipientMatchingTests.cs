using SupportPlan.Model.Consent;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Rules.Tests.Recipients;

public sealed class RecipientMatchingTests
{
    [Theory]
    [InlineData("清流学園小学校", "清流学園 小学校")]
    [InlineData("ｾｲﾘｭｳ学園小学校", "セイリュウ学園小学校")]
    [InlineData("第２小学校", "第2小学校")]
    [InlineData("清流学園　小学校", "清流学園小学校")]
    public void A_named_consent_matches_the_same_name_written_with_other_widths_or_spaces(string consentName, string recipientName) =>
        Assert.True(new Recipient { Kind = RecipientKind.PrivateSchool, Name = recipientName }
            .IsCoveredBy(new ConsentRecipient { Kind = RecipientKind.PrivateSchool, Name = consentName }));

    [Fact]
    public void A_named_consent_does_not_match_another_school_or_another_kind()
    {
        var consent = new ConsentRecipient { Kind = RecipientKind.PrivateSchool, Name = "清流学園小学校" };
        Assert.False(new Recipient { Kind = RecipientKind.PrivateSchool, Name = "清流学園中学校" }.IsCoveredBy(consent));
        Assert.False(new Recipient { Kind = RecipientKind.PublicSchool, Name = "清流学園小学校" }.IsCoveredBy(consent));
        Assert.False(new Recipient { Kind = RecipientKind.PrivateSchool }.IsCoveredBy(consent));
    }
}
