namespace SupportPlan.Model.Conferences;

/// <summary>参加者・機関名: one participant of a case conference.</summary>
public sealed record ConferenceParticipant
{
    /// <summary>What kind of participant.</summary>
    public required ParticipantRole Role { get; init; }

    /// <summary>The participant's name.</summary>
    public string? Name { get; init; }

    /// <summary>The participant's title or function (e.g. 相談支援専門員, 主治医).</summary>
    public string? Title { get; init; }

    /// <summary>機関名: the participant's agency or school.</summary>
    public string? Organization { get; init; }
}
