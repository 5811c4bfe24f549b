using SupportPlan.Model.Collections;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Model.Conferences;

/// <summary>
/// ケース会議・検討会等記録シート (協議シート): the record of one case conference. Written at every conference, even
/// before the other sheets exist.
/// </summary>
public sealed record CaseConferenceRecord
{
    /// <summary>日付: the day the conference was held.</summary>
    public required DateOnly HeldOn { get; init; }

    /// <summary>記録者 and the record's date, with later appends.</summary>
    public required Authorship Authorship { get; init; }

    /// <summary>The recorder's function (e.g. 生徒指導主事).</summary>
    public string? RecorderRole { get; init; }

    /// <summary>The purpose of the meeting (e.g. 個別の教育支援計画の作成).</summary>
    public string? Purpose { get; init; }

    /// <summary>学年 at the time of the conference.</summary>
    public Grade? Grade { get; init; }

    /// <summary>学級.</summary>
    public string? ClassName { get; init; }

    /// <summary>参加者・機関名.</summary>
    public ValueList<ConferenceParticipant> Participants { get; init => field = value ?? ValueList<ConferenceParticipant>.Empty; } = ValueList<ConferenceParticipant>.Empty;

    /// <summary>本人の意向, in the student's own words.</summary>
    public string? StudentIntentions { get; init; }

    /// <summary>保護者の意向, in the guardians' own words.</summary>
    public string? GuardianIntentions { get; init; }

    /// <summary>関係機関からの情報.</summary>
    public ValueList<AgencyInformation> AgencyInformation { get; init => field = value ?? ValueList<AgencyInformation>.Empty; } = ValueList<AgencyInformation>.Empty;

    /// <summary>支援状況(役割分担).</summary>
    public ValueList<RoleAssignment> SupportStatus { get; init => field = value ?? ValueList<RoleAssignment>.Empty; } = ValueList<RoleAssignment>.Empty;

    /// <summary>確認・同意事項.</summary>
    public string? AgreedItems { get; init; }

    /// <summary>特記事項.</summary>
    public string? SpecialNotes { get; init; }
}
