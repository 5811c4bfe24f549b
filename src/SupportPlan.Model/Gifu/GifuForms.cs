using SupportPlan.Model.Collections;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Model.Gifu;

/// <summary>The Gifu prefecture forms (様式1–3 and the high-school variant), beside the MEXT sheets.</summary>
public sealed record GifuForms
{
    /// <summary>作成日 / 作成者 and appends.</summary>
    public required Authorship Authorship { get; init; }

    /// <summary>様式1 (プロフィール).</summary>
    public GifuProfile? Profile { get; init; }

    /// <summary>様式2 (関係機関との連携).</summary>
    public ValueList<AgencyCollaboration> Agencies { get; init => field = value ?? ValueList<AgencyCollaboration>.Empty; } = ValueList<AgencyCollaboration>.Empty;

    /// <summary>様式3 (実態—支援目標—支援内容—評価).</summary>
    public ValueList<SupportChainEntry> SupportChain { get; init => field = value ?? ValueList<SupportChainEntry>.Empty; } = ValueList<SupportChainEntry>.Empty;
}
