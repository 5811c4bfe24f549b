namespace SupportPlan.Model.Gifu;

/// <summary>様式1 (プロフィール): the child's profile as the Gifu forms record it.</summary>
public sealed record GifuProfile
{
    /// <summary>得意なこと・好きなこと.</summary>
    public string? Strengths { get; init; }

    /// <summary>苦手なこと・困っていること.</summary>
    public string? Difficulties { get; init; }

    /// <summary>本人の願い.</summary>
    public string? StudentWishes { get; init; }

    /// <summary>保護者の願い.</summary>
    public string? GuardianWishes { get; init; }

    /// <summary>相談歴: the history of consultations (with whom, when).</summary>
    public string? ConsultationHistory { get; init; }

    /// <summary>進路希望 (高等学校 様式例): wishes for the path after school.</summary>
    public string? CareerWishes { get; init; }
}
