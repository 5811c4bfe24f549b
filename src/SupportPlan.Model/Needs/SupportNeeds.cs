namespace SupportPlan.Model.Needs;

/// <summary>The support needs of one plan as facets: any combination of the three may be present.</summary>
public sealed record SupportNeeds
{
    /// <summary>障害: present when the student has disability-related needs.</summary>
    public DisabilityNeed? Disability { get; init; }

    /// <summary>不登校: present when the student does not, or may stop, attending school.</summary>
    public NonAttendanceNeed? NonAttendance { get; init; }

    /// <summary>日本語指導: present when the student needs Japanese-language instruction.</summary>
    public JapaneseLanguageNeed? JapaneseLanguage { get; init; }

    /// <summary>The needs present, in fixed order.</summary>
    /// <returns>The kinds.</returns>
    public IReadOnlyList<SupportNeedKind> Kinds()
    {
        var kinds = new List<SupportNeedKind>(3);
        if (Disability is not null)
        {
            kinds.Add(SupportNeedKind.Disability);
        }

        if (NonAttendance is not null)
        {
            kinds.Add(SupportNeedKind.NonAttendance);
        }

        if (JapaneseLanguage is not null)
        {
            kinds.Add(SupportNeedKind.JapaneseLanguage);
        }

        return kinds;
    }
}
