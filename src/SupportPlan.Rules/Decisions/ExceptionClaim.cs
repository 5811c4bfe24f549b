namespace SupportPlan.Rules.Decisions;

/// <summary>
/// The sender's claim that consent cannot be obtained and an exception of the law applies: the recorded reason
/// and the recorded effort to obtain consent that every exception path needs.
/// </summary>
public sealed record ExceptionClaim
{
    /// <summary>Why provision without consent is needed, addressing the rule's condition (recorded reason).</summary>
    public required string Reason { get; init; }

    /// <summary>
    /// What was done to obtain consent (visits, calls, discussions). Required unless the plan records an
    /// "unreachable" consent record with attempts for this recipient and purpose.
    /// </summary>
    public string? ConsentEffort { get; init; }

    /// <summary>
    /// Whether the sender assessed that provision does not unjustly harm the rights of the person or a third party
    /// (required for public senders: the proviso of APPI Art 69(2)).
    /// </summary>
    public bool HarmAssessed { get; init; }

    /// <summary>Who recorded the claim.</summary>
    public string? RecordedBy { get; init; }
}
